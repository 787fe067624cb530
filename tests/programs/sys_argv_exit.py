import sys
print(len(sys.argv), sys.argv[1:])
print(sys.version_info[:2], sys.maxsize > 0, sys.byteorder)
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
sys.exit(3)
