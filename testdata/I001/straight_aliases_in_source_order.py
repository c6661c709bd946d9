# pyfix: --import-style=isort
import sys as osp
import os
import sys as np
import sys

print(os, sys, osp, np)
