# pyfix: --flake8-annotations=mypy-init-return
class Checked:
    def __init__(self, size: int):  # a typed parameter: mypy checks it as returning None
        self.size = size


class Unchecked:
    def __init__(self, size) -> None:  # nothing typed: still reported
        self.size = size
