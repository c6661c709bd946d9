#!/usr/bin/env python3
# header comment
import sys
import abc
