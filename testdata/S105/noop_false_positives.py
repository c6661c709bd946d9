password = ""
token = ""
TOKEN_URL = "https://example.com/oauth/token"
token_type = "bearer"
PASSWORD_FIELD = "password"
secret_name = "db-password"
PasswordField = "x"
tokens = "x"
password = b"bytes are not a str"
password = f"{prefix}-built"
password += "x"
if "x" == password:
    pass
config = {"password": "x"}
password = "hunter2"  # noqa: S105
if token == "def":
    pass
if next_token != "=":
    pass
TOKEN_PREFIX = "k8s-aws-v1."
