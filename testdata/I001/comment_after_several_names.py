from p import (Gamma, Alpha,  # after several names: the statement's
    Beta, Delta)
from x import (Gamma, Alpha,  # c1
               Beta)  # after the only name of its line: Beta's
from y import (Gamma,
    Alpha, Beta)  # the statement's again
