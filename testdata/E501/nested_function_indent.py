class A:
    def f(self):
        if True:
            value = self.compute(argument_number_one, argument_number_two, argument_three)
