import sys, os, abc
