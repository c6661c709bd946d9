import c
import d
import b  # isort: split
import a
import z
