def configure(
    host="localhost",
    port=8080,
    timeout=30.0,
    retries=3,
    verbose=False,
    debug=False,
    x=1,
):
    pass
