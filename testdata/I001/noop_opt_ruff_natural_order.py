# pyfix: --import-style=ruff
import a
import a.b
import a1
import a_b
import aB
import ab
import h.x
import h5py
from oauth.x import y
from oauth2 import z
