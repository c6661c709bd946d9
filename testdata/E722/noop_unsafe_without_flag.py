try:
    run()
except:
    log("failed")
