"""Writes, for each codec among the coding-cookie names given, a source file holding every BMP
character the codec can encode, one per line, each before a backslash and a quote that a lead
byte must not swallow, and the text python3 decodes from it.

Usage: encoded_sources.py OUT_DIR NAME...; writes OUT_DIR/NAME.py and OUT_DIR/NAME.txt (UTF-8)
for the first NAME of each codec.
"""
import codecs
import sys

out = sys.argv[1]
seen = set()
for name in sys.argv[2:]:
    codec = codecs.lookup(name).name
    if codec in seen:
        continue
    seen.add(codec)
    lines = [b"# coding: %s\n" % name.encode()]
    for code in range(0x80, 0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        c = chr(code)
        try:
            encoded = c.encode(name)
            if encoded.decode(name) != c or b"\n" in encoded or b"\r" in encoded:
                continue
        except UnicodeError:
            continue
        # ASCII as ASCII bytes (mac_arabic encodes a space as 0xA0, its right-to-left space)
        lines.append(b'x = "%s\\"" + \'%s\'  # %s\n' % (encoded, encoded, encoded))
    data = b"".join(lines)
    with open("%s/%s.py" % (out, name), "wb") as f:
        f.write(data)
    with open("%s/%s.txt" % (out, name), "w", encoding="utf-8", newline="") as f:
        f.write(data.decode(name))
