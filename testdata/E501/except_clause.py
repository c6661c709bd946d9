try:
    pass
except (FirstExceptionTypeWithLongName, SecondExceptionTypeWithLongName, ThirdException) as e:
    pass
