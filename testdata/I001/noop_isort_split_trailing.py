import c
import b  # isort: split
import a
