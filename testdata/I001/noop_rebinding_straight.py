import c as m
import a.b as m
