import numpy as np
import matplotlib.pyplot
from . import models
from .signals import handlers
import yaml, requests, json
