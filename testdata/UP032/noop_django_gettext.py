from django.utils import translation as t
from django.utils.translation import gettext, gettext_lazy as _

a = 1
gettext("hello {}".format(a))
_("hello {}".format(a) + "!")
t.gettext_lazy("{} items".format(a))
