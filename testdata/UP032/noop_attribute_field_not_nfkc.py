# Python reads identifiers in source NFKC-normalized, so `o.ﬁ` would read `o.fi`;
# str.format looks up the attribute as written
label = '{0.ﬁ}'.format(o)
