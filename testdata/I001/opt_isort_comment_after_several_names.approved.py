# pyfix: --import-style=isort --import-option=multi_line_output=0 --import-option=line_length=79
from p import Alpha, Beta, Delta, Gamma  # after several names: the statement's
from u import Alpha, Beta, Gamma  # c6
from w import (Iota, Omega,  # comment about the second statement that is long
               Sigma, Theta,)
from x import (  # a comment that grid mode keeps after the first line's names
    Alpha, Beta, Delta, Gamma,)
