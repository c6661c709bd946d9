# pyfix: --import-style=isort --import-option=multi_line_output=0 --import-option=line_length=79
from p import (Gamma, Alpha,  # after several names: the statement's
    Beta, Delta)
from u import (
    Gamma, Alpha,  # c6
    Beta
)
from x import Alpha, Beta
from x import Gamma, Delta  # a comment that grid mode keeps after the first line's names
from w import Omega, Iota
from w import Sigma, Theta  # comment about the second statement that is long
