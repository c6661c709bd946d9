#!/usr/bin/env python3
# header comment
import abc
import sys
