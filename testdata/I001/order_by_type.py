from m import func, Class, CONST, _private, __dunder, A
