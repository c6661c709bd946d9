assert isinstance(value_being_checked, (ExpectedTypeOne, ExpectedTypeTwo)), f"unexpected {value_being_checked!r}"
