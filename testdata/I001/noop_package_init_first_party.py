# pyfix: --package-init --known-first-party=pkg
from pkg.core import diag
from pkg.common import x
