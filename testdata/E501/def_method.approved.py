class A:
    def method(
        self, first_argument, second_argument, third_argument, fourth_argument_x
    ):
        return first_argument
