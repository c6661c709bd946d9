# pyfix: --known-first-party=mypkg
import os

import requests

import mypkg
