# an input UP032 must leave byte-for-byte as it is
