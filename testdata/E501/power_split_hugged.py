x = () << 0**101234234242352525425252352352525234890264906820496920680926538059059209922523523525
y = {**aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, **bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb}
