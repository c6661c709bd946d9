import readline
import encodings.idna
import this
from idlelib import idle
