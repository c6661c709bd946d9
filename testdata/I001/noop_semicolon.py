import sys; import os
