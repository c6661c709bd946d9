# A signature typed in a `# type:` comment (PEP 484): the comment must open the body, and it would
# still give the old type; mypy reads it with `ast.parse(..., type_comments=True)`.
from typing import Dict


def count(x={}):
    # type: (Dict[str, int]) -> int
    return len(x)


def total(a,  # type: int
          x=[],  # type: list
          ):
    # type: (...) -> int
    return a + len(x)

