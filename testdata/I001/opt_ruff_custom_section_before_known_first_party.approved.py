# pyfix: --import-style=ruff --import-option=known-first-party=["numpy","scipy"] --import-option=section-order=["future","standard-library","third-party","first-party","local-folder","sci"] --import-option=sections={sci=["numpy"]}

import scipy

import numpy
