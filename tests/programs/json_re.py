import json
import re
data = {"name": "py2c", "versions": [3, 11], "nested": {"ok": True, "none": None, "pi": 3.5}}
text = json.dumps(data, sort_keys=True, indent=2)
print(text)
print(json.loads(text) == data, json.loads('[1, "two", 3.0, null, false]'))
print(json.dumps("caf\u00e9"), json.dumps("caf\u00e9", ensure_ascii=False))
m = re.match(r"(\w+)@(\w+)\.com", "user@example.com")
print(m.group(1), m.group(2), m.groups(), m.span())
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"\s+", " ", "a   b \n c"), re.split(r"[,;]", "a,b;c"))
pat = re.compile(r"(?P<key>\w+)=(?P<val>\d+)")
print(list(map(lambda mm: mm.groupdict(), pat.finditer("x=1 y=22"))))
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.search("z", "abc"))
