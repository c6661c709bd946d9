# pyfix: --import-style=isort --known-first-party=my*,tool[a-c].s?b
import requests
import mylib.sub
import os
import myother
import amy
import toolb.sub
import toold.sub
from mypkg import x
