# Recursive backtracking and a recursive-descent parser that reports errors by raising.


def queens(n):
    solutions = []
    cols = []

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            ok = True
            for r, pc in enumerate(cols):
                if pc == c or abs(pc - c) == row - r:
                    ok = False
                    break
            if not ok:
                continue
            cols.append(c)
            place(row + 1)
            cols.pop()

    place(0)
    return solutions


for n in [1, 4, 5, 6]:
    sols = queens(n)
    print(n, len(sols), sols[0] if sols else None)


def subset_sum(nums, target, start=0):
    if target == 0:
        return []
    for i in range(start, len(nums)):
        if nums[i] <= target:
            rest = subset_sum(nums, target - nums[i], i + 1)
            if rest is not None:
                return [nums[i]] + rest
    return None


print(subset_sum([8, 6, 7, 5, 3], 16), subset_sum([2, 4], 5))


class ParseError(Exception):
    pass


def parse(text):
    tokens = text.replace("(", " ( ").replace(")", " ) ").split()
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        tok = peek()
        if tok is None:
            raise ParseError("unexpected end")
        pos += 1
        return tok

    def expr():
        value = term()
        while peek() in ("+", "-"):
            op = take()
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term():
        value = factor()
        while peek() in ("*", "/"):
            op = take()
            rhs = factor()
            if op == "/" and rhs == 0:
                raise ParseError("division by zero at token %d" % pos)
            value = value * rhs if op == "*" else value // rhs
        return value

    def factor():
        tok = take()
        if tok == "(":
            value = expr()
            if take() != ")":
                raise ParseError("expected )")
            return value
        if tok == "-":
            return -factor()
        try:
            return int(tok)
        except ValueError:
            raise ParseError("bad token %r" % tok) from None

    result = expr()
    if peek() is not None:
        raise ParseError("trailing %r" % peek())
    return result


for src in ["1 + 2 * 3", "(1 + 2) * 3", "- ( 4 - 10 ) * 2", "((((7))))", "2 * (3 + 4) - 5 / 2",
            "1 +", "3 / (2 - 2)", "4 $ 4", "x + 1", "(1 + 2", "1 2"]:
    try:
        print(repr(src), "=", parse(src))
    except ParseError as e:
        print(repr(src), "error:", e, "| context:", type(e.__context__).__name__, e.__suppress_context__)
