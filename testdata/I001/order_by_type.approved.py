from m import CONST, A, Class, __dunder, _private, func
