# https://example.com/a/very/long/url/that/cannot/be/split/anywhere/at/all/because/it/is/one/token
x = 1
