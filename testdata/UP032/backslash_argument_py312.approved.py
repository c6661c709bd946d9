# pyfix: --target-version=py312
a = f"{'\n'.join(lines)}"
