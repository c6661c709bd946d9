# pyfix: --extend-aliases=dask.dataframe:dd,numpy:numpy
import dask.dataframe as ddf
import dask.dataframe as dd
import numpy
import numpy as np
import pandas
