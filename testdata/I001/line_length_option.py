# pyfix: --line-length=40
from package.module import alpha, beta, gamma
