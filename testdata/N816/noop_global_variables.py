from collections import namedtuple

audioSampleRate = 16000
_cacheSize = 10
__privateName = 1
for loopVar in range(2):
    pass
if (walRus := 1):
    pass
AUDIO_SAMPLE_RATE = 16000
audio_sample_rate = 16000
pointXY = namedtuple("pointXY", "x y")
Mixed = 1


def setter():
    global moduleName
    moduleName = 1
    localName = 2
    return localName


class Holder:
    classAttr = 1


someName = 1  # noqa: N816
