# pyfix: --known-first-party=mypkg
import mypkg
import requests
import os
