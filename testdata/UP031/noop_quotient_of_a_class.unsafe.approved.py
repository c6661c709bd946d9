# A class's `/` may give a tuple, which `%` unpacks: only a quotient of numbers is no tuple.
class Half:
    def __truediv__(self, n):
        return ("x",)


a = f"{(Half() / 2)!s:>5}|"
