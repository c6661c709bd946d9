from django.utils.translation import gettext

a = 1
print("{} items".format(a))
{"k": print}["k"]("{}".format(a))
gettext("{} items".format(a))
