password = "hunter2"
my_password = "x"
passwd_hash = "x"
self.password = "x"
settings["password"] = "x"
obj.token = "x"
secret: str = "x"
a = password = "x"
PASSWORD = "a" "b"
if password == "x":
    pass
if obj.password != "y":
    pass
if token_secret == "abc":
    pass
