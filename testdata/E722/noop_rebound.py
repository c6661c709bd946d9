from errors import BaseException, Exception

try:
    run()
except:
    pass
try:
    run()
except:
    if retry:
        raise
