"""Writes the PWA icons (static/icons/icon-{192,512}.png): a white map pin on the brand colour,
drawn with plain Python (no imaging library on the build machines). Run once; output is committed."""
import math, struct, zlib, sys, os

BRAND = (11, 90, 107)
WHITE = (255, 255, 255)

def pin(size):
    rows = []
    cx, cy, r = size / 2, size * 0.42, size * 0.22
    tip = size * 0.80
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            px, py = x + 0.5, y + 0.5
            d = math.hypot(px - cx, py - cy)
            inside = d <= r
            # the point: a triangle from the circle's sides down to the tip
            if not inside and cy <= py <= tip:
                half = r * (tip - py) / (tip - cy) * 0.95
                inside = abs(px - cx) <= half
            hole = d <= r * 0.42
            c = WHITE if inside and not hole else BRAND
            row += bytes(c)
        rows.append(bytes(row))
    return b''.join(rows)

def png(size):
    raw = pin(size)
    def chunk(t, data):
        return struct.pack('>I', len(data)) + t + data + struct.pack('>I', zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

out = sys.argv[1] if len(sys.argv) > 1 else 'static/icons'
os.makedirs(out, exist_ok=True)
for s in (192, 512):
    open(os.path.join(out, f'icon-{s}.png'), 'wb').write(png(s))
