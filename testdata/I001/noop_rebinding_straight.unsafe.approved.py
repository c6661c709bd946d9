import a.b as m
import c as m
