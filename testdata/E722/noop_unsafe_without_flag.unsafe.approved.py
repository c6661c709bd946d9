try:
    run()
except Exception:
    log("failed")
