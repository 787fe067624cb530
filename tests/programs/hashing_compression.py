import hashlib
import zlib
import bz2
import lzma
import base64
import binascii
payload = b"py2c-wasm " * 100
print(hashlib.sha256(payload).hexdigest())
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"abc").hexdigest(), hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(hashlib.sha3_256(b"").hexdigest()[:16], hashlib.sha512(b"a").hexdigest()[:16])
z = zlib.compress(payload)
print(len(z) < len(payload), zlib.decompress(z) == payload, zlib.crc32(payload), zlib.adler32(b"abc"))
b = bz2.compress(payload)
print(bz2.decompress(b) == payload)
x = lzma.compress(payload)
print(lzma.decompress(x) == payload)
print(base64.b64encode(b"hello world"), base64.b64decode("aGk="), base64.urlsafe_b64encode(b"\xff\xfe"))
print(binascii.hexlify(b"\x01\xab"), base64.b32encode(b"ab"), base64.b16decode("4142"))
