a = f'\t{x}\n\N{EM DASH}'
