a = '\t{}\n\N{EM DASH}'.format(x)
