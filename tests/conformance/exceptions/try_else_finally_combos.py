# Every combination of try with except, else and finally, with and without an exception.


def run(label, fail):
    print("--", label, "fail" if fail else "ok")

    def body():
        print("   body")
        if fail:
            raise ValueError(label)

    try:
        try:
            body()
        except ValueError:
            print("   except")
    except Exception:
        pass

    try:
        try:
            body()
        finally:
            print("   finally only")
    except ValueError:
        print("   propagated out of try/finally")

    try:
        body()
    except ValueError:
        print("   except (with else)")
    else:
        print("   else")

    try:
        body()
    except ValueError:
        print("   except (with finally)")
    finally:
        print("   finally")

    try:
        body()
    except ValueError:
        print("   except (full)")
    else:
        print("   else (full)")
    finally:
        print("   finally (full)")

    try:
        try:
            body()
        except KeyError:
            print("   never")
        else:
            print("   else (non-matching)")
        finally:
            print("   finally (non-matching)")
    except ValueError:
        print("   escaped non-matching handler")


run("a", False)
run("b", True)


# An exception in else is not caught by the same try's handlers.
def else_raises():
    try:
        pass
    except ZeroDivisionError:
        print("not here")
    else:
        1 / 0
    finally:
        print("finally after else raised")


try:
    else_raises()
except ZeroDivisionError as e:
    print("outer caught:", e)


# An exception in a handler still runs finally.
def handler_raises():
    try:
        raise KeyError("k")
    except KeyError:
        raise IndexError("from handler")
    finally:
        print("finally after handler raised")


try:
    handler_raises()
except IndexError as e:
    print("outer caught:", e, type(e.__context__).__name__)
