import logging.config

setup()
import logging.config

print(logging)
