# F401 removes `os` in the same run: the plain string would become greet's docstring
def greet():
    import os
    f"Say hello."
    return "hi"


class Shape:
    def area(self):
        pass

    f"F811 may remove the first area() in the same run"

    def area(self):
        return 0
