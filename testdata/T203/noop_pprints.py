import pprint
import pprint as pp
from pprint import pprint as show


def dump(config, stream):
    pprint.pprint(config)
    pp.pprint(config)
    show(config)
    pprint.pprint(config, stream=stream)
    print(pprint.pformat(config))
    pprint.PrettyPrinter().pprint(config)
