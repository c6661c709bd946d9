a = f'{a:>10} {b:.3f} {c:,} {when:%Y-%m-%d}'
