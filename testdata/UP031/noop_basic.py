# an input UP031 must leave byte-for-byte as it is
