a = b'{}'.format(x)
