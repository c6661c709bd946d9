from p import Alpha, Beta, Delta, Gamma  # after several names: the statement's
from x import Beta  # c1; after the only name of its line: Beta's
from x import Alpha, Gamma
from y import Alpha, Beta, Gamma  # the statement's again
