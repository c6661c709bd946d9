# the keyword `ﬁ` is `fi` once Python has read it: the first call prints 1, the second raises
a = '{fi}'.format(ﬁ=1)
b = '{ﬁ}'.format(ﬁ=1)
