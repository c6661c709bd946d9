try:
    run()
except:
    cleanup()
    raise
try:
    run()
except: cleanup(); raise
try:
    run()
except Exception:
    pass
try:
    run()
except:  # noqa: E722
    pass
try:
    run()
except (ValueError, TypeError):
    pass
