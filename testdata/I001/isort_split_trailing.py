import d
import c
import b  # isort: split
import z
import a
