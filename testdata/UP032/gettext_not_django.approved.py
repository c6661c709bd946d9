from gettext import gettext as _, ngettext

a = 1
_(f"hello {a}")
ngettext(f"{a} item", f"{a} items", a)
