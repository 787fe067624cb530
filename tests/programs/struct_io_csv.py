import struct
import io
import csv
packed = struct.pack("<iHd4s", -5, 65535, 1.5, b"abcd")
print(packed.hex(), struct.unpack("<iHd4s", packed), struct.calcsize("<iHd4s"), struct.calcsize("q"))
print(struct.pack(">Q", 2 ** 64 - 1), struct.unpack("<q", b"\xff" * 8))
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["name", "qty", "note"])
w.writerow(["apple", 3, "red, round"])
w.writerow(["quote", 1, 'say "hi"'])
text = buf.getvalue()
print(repr(text))
for row in csv.reader(io.StringIO(text)):
    print(row)
dr = csv.DictReader(io.StringIO("a,b\n1,2\n3,4\n"))
print(list(map(dict, dr)))
bio = io.BytesIO()
bio.write(b"xyz")
bio.seek(0)
print(bio.read(2), bio.tell())
