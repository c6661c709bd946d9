setup()
import logging.config

print(logging)
