# The oracle of qr's tests: Segno (Debian python3-segno), an independent QR
# encoder. Reads JSON lines {"digits", "version", "level", "mask"} on stdin
# (mask null: Segno chooses by penalty) and prints, per line, the symbol
# without quiet zone as rows of 0/1 joined by "/", then a space and the mask.
import json
import sys

import segno

for line in sys.stdin:
    c = json.loads(line)
    q = segno.make_qr(c["digits"], error=c["level"], version=c["version"],
                      mode="numeric", mask=c["mask"], boost_error=False)
    assert q.version == c["version"] and q.error == c["level"].upper()
    rows = ["".join("1" if b else "0" for b in row) for row in q.matrix_iter(border=0)]
    print("/".join(rows), q.mask)
