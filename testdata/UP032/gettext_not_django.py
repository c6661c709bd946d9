from gettext import gettext as _, ngettext

a = 1
_("hello {}".format(a))
ngettext("{} item".format(a), "{} items".format(a), a)
