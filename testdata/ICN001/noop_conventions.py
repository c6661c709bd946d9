import numpy
import pandas as pds
import matplotlib.pyplot as pyplt
from matplotlib import pyplot
import numpy as np, pandas as pandas
import xml.etree.ElementTree
import numpy.typing as nt
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from xml.etree import ElementTree as ET
import numpy.linalg
from numpy import linalg
from . import numpy
import dask.dataframe as ddf


def local():
    import tensorflow

    return tensorflow


import seaborn  # noqa: ICN001
