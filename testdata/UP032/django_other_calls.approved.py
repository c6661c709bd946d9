from django.utils.translation import gettext

a = 1
print(f"{a} items")
{"k": print}["k"](f"{a}")
gettext("{} items".format(a))
