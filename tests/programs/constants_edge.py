# Constants at the edges of 32- and 64-bit widths, floats bit-exact, every code point kind.
ints = [2**31 - 1, 2**31, -2**31 - 1, 2**63, -2**63, 2**64, 10**300, 0x7fffffff, 0xffffffff, 0x100000000]
for v in ints:
    print(v, type(v).__name__, v.bit_length())
floats = [5e-324, 1e308, 1e400, -1e400, -0.0, 0.0, 2.5e-308, 1.7976931348623157e308]
for f in floats:
    print(repr(f), f.hex())
print(1e400j, -1e400j, 3.5j, (1e400 * 0) != (1e400 * 0))
strings = ['\ud800', '\udfff', '\U0001F600', 'caf\u00e9', '\x00', '\u4e2d']
for s in strings:
    print(ascii(s), len(s), list(map(ord, s)))
allbytes = bytes(range(256))
print(allbytes == b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff')
deep = ((((((((((((((((((((1,),),),),),),),),),),),),),),),),),),),)
print(deep, (1, 2) + (3,), 'a' * 3, 2**100, -2**63 // 3, ~0xffffffff)
def defaults(a=2**64, b=-0.0, c=('x', b'y', None, ...)):
    "docstring \u00e9"
    return a, b, c
print(defaults(), defaults.__doc__, 5 in {1, 5}, 'q' in ['p', 'q'])
