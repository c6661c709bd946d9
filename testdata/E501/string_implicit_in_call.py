call_function("first part of a long message that goes on and on ", "second part", keyword_argument=1)
