# Early returns from nested loops, try/finally and with blocks inside loops.
trace = []


def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None


print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2, 3], 100), find_pair([3, 3], 6))


def first_match(rows, pred):
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            try:
                if pred(cell):
                    return (r, c, cell)
            finally:
                trace.append((r, c))
    return "none"


print(first_match([[1, 2], [3, 4]], lambda v: v > 2), trace)
trace.clear()


class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        trace.append("enter " + self.name)

    def __exit__(self, *exc):
        trace.append("exit " + self.name)


def guarded_search(groups, wanted):
    for gi, group in enumerate(groups):
        with Guard("g%d" % gi):
            for item in group:
                with Guard("i%s" % item):
                    if item == wanted:
                        return "found %s in group %d" % (item, gi)
    return "missing"


print(guarded_search([["a", "b"], ["c", "d"]], "c"))
print(trace)
trace.clear()
print(guarded_search([["a"]], "z"), trace)


def returns_in_while(limit):
    n = 0
    while True:
        for k in range(3):
            n += 1
            if n >= limit:
                return n, k
        if n > 100:
            return "too far"


print(returns_in_while(5), returns_in_while(1))


def early_exit_with_else(values):
    for v in values:
        if v is None:
            return "found None"
    else:
        return "no None"
    return "unreachable"


print(early_exit_with_else([1, None]), early_exit_with_else([1, 2]))


def nested_return_value_from_finally(data):
    for d in data:
        try:
            for x in d:
                if x < 0:
                    return x
        finally:
            if d and d[0] == "override":
                return "overridden"
    return "end"


print(nested_return_value_from_finally([[1, 2], [3, -1]]))
print(nested_return_value_from_finally([["override", -5]]))
print(nested_return_value_from_finally([[1]]))


def count_until(matrix, stop):
    count = 0
    for row in matrix:
        for v in row:
            if v == stop:
                return count
            count += 1
    return -count


print(count_until([[1, 2, 3], [4, 5]], 5), count_until([[1], [2]], 9))
