import traceback
counter = 0
def helper(values):
    total = 0
    for v in values:
        total += v
    return totl
def outer():
    return helper([1, 2])
try:
    outer()
except NameError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_qualname, tb.tb_lineno, tb.tb_frame.f_lineno)
    print(tb.tb_frame.f_code.co_varnames, tb.tb_frame.f_globals is globals())
    print(traceback.format_exception_only(type(e), e)[-1], end="")
class K:
    def m(self):
        return self.vaule
    vale = 3
try:
    K().m()
except AttributeError as e:
    print(traceback.format_exception_only(type(e), e)[-1], end="")
print(coutner)
