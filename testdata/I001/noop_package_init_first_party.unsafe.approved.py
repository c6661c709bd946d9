# pyfix: --package-init --known-first-party=pkg
from pkg.common import x
from pkg.core import diag
