from a import b  # one; two
