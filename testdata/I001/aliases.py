import os as o, sys
import a.b as c
import a.b
import a
