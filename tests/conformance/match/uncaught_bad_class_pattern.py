# Ends with an uncaught TypeError from a class pattern with too many positional sub-patterns, deep in calls.
from dataclasses import dataclass


@dataclass
class Move:
    dx: int
    dy: int


@dataclass
class Say:
    text: str


def apply(command, position):
    x, y = position
    match command:
        case Move(0, 0):
            return position
        case Move(dx, dy):
            return (x + dx, y + dy)
        case Say(text) if text:
            print("  says:", text)
            return position
        case Say(text, volume):
            print("  says loudly:", text, volume)
            return position
        case _:
            return position


def run_script(commands):
    pos = (0, 0)
    for cmd in commands:
        pos = apply(cmd, pos)
        print("  position:", pos)
    return pos


def main():
    print("script 1 ->", run_script([Move(1, 2), Say("hi"), Move(0, 0), Move(-1, 5)]))
    print("script 2 ->", run_script([Move(3, 3), "ignored", Say("")]))


main()
