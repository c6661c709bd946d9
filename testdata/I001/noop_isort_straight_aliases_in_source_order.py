# pyfix: --import-style=isort
import os
import sys
import sys as osp
import sys as np

print(os, sys, osp, np)
