def render(template):
    import os
    import json
    return template.format(**locals())
