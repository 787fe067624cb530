from . import thing
VALUE = thing.describe().upper()
