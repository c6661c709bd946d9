# an input E501 must leave byte-for-byte as it is
