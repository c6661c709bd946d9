# pyfix: --line-length=20
名前名前名前 = 1
s = "{}".format(
    名前名前名前,
)
t = f"{名前名}"
