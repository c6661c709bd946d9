import numpy
import json
import numpy

print(numpy, json)
