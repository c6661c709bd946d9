import os

# a comment is not a docstring


def main() -> None:
    """Run."""
    os.getcwd()
