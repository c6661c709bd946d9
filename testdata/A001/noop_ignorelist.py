# pyfix: --builtins-ignorelist=id,type --target-version=py311
id = 1
type = 2
input = 3
aiter = 4
ExceptionGroup = 5
PythonFinalizationError = 6
