import xml.etree.ElementTree as ET
root = ET.fromstring("<root><item id='1'>one</item><item id='2'>two</item><other/></root>")
print(root.tag, len(root), list(map(lambda c: c.tag, root)))
for item in root.iter("item"):
    print(item.get("id"), item.text)
new = ET.SubElement(root, "item", id="3")
new.text = "three & more"
print(ET.tostring(root, encoding="unicode"))
print(root.find("other") is not None, root.findall("item")[-1].text)
