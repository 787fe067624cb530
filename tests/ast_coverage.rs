//! Every AST node kind of CPython 3.11 (read from python3.11's `_ast` module, so a kind we
//! forgot cannot hide) must have an entry here, with a snippet that contains it. Every
//! kind that can appear in a module must translate all the way to C: the whole grammar.

use std::io::Write;
use std::process::{Command, Stdio};

#[derive(Clone, Copy, PartialEq, Debug)]
enum Part {
    /// A module construct: must translate.
    One,
    /// Not a module construct (other compile modes, type comments).
    NotInModules,
}
use Part::*;

const KINDS: &[(&str, Part, &str)] = &[
    // mod
    ("Module", One, "pass"),
    ("Interactive", NotInModules, ""),
    ("Expression", NotInModules, ""),
    ("FunctionType", NotInModules, ""),
    ("TypeIgnore", NotInModules, ""),
    // stmt
    ("FunctionDef", One, "def f(a, /, b=1, *c, d, e=2, **g):\n    return a"),
    ("AsyncFunctionDef", One, "async def f():\n    pass"),
    ("ClassDef", One, "class C(object, metaclass=type):\n    x = 1"),
    ("Return", One, "def f():\n    return 1"),
    ("Delete", One, "x = 1\ndel x"),
    ("Assign", One, "a = b = 1"),
    ("AugAssign", One, "x = 1\nx += 2"),
    ("AnnAssign", One, "x: int = 1\ny: str"),
    ("For", One, "for i in range(3):\n    pass\nelse:\n    pass"),
    ("AsyncFor", One, "async def f():\n    async for x in y:\n        pass"),
    ("While", One, "while False:\n    pass\nelse:\n    pass"),
    ("If", One, "if 1:\n    pass\nelif 2:\n    pass\nelse:\n    pass"),
    ("With", One, "with a as b, c:\n    pass"),
    ("AsyncWith", One, "async def f():\n    async with a:\n        pass"),
    ("Match", One, "match x:\n    case _:\n        pass"),
    ("Raise", One, "raise ValueError from None"),
    ("Try", One, "try:\n    pass\nexcept ValueError as e:\n    pass\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass"),
    ("TryStar", One, "try:\n    pass\nexcept* ValueError as e:\n    pass\nelse:\n    pass\nfinally:\n    pass"),
    ("Assert", One, "assert x, 'msg'"),
    ("Import", One, "import os.path as p, sys"),
    ("ImportFrom", One, "from os import path as p, sep"),
    ("Global", One, "def f():\n    global g\n    g = 1"),
    ("Nonlocal", One, "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2"),
    ("Expr", One, "print(1)"),
    ("Pass", One, "pass"),
    ("Break", One, "while True:\n    break"),
    ("Continue", One, "for i in []:\n    continue"),
    // expr
    ("BoolOp", One, "x = a and b or c"),
    ("NamedExpr", One, "if (n := 3) > 2:\n    pass"),
    ("BinOp", One, "x = a + b"),
    ("UnaryOp", One, "x = -a"),
    ("Lambda", One, "f = lambda a, *b, c=1, **d: a"),
    ("IfExp", One, "x = a if b else c"),
    ("Dict", One, "x = {1: 2, **y}"),
    ("Set", One, "x = {1, *y}"),
    ("ListComp", One, "x = [i for i in y if i for j in z]"),
    ("SetComp", One, "x = {i for i in y}"),
    ("DictComp", One, "x = {i: j for i, j in y}"),
    ("GeneratorExp", One, "x = sum(i for i in y)"),
    ("Await", One, "async def f():\n    await g()"),
    ("Yield", One, "def f():\n    yield 1"),
    ("YieldFrom", One, "def f():\n    yield from g"),
    ("Compare", One, "x = a < b <= c != d"),
    ("Call", One, "f(a, *b, c=1, **d)"),
    ("FormattedValue", One, "x = f'{a!r:>{w}}'"),
    ("JoinedStr", One, "x = f'a{b}c{d=}'"),
    ("Constant", One, "x = (1, 2.5, 3j, 'a', b'b', None, True, ...)"),
    ("Attribute", One, "x = a.b\na.b = 1\ndel a.b"),
    ("Subscript", One, "x = a[1]\na[1:2] = b\ndel a[::2]"),
    ("Starred", One, "a, *b = c\nx = [*a]"),
    ("Name", One, "x = y"),
    ("List", One, "[a, b] = [1, 2]"),
    ("Tuple", One, "a, b = b, a"),
    ("Slice", One, "x = a[1:2:3]"),
    // expr_context
    ("Load", One, "x = y"),
    ("Store", One, "x = y"),
    ("Del", One, "del x"),
    // boolop
    ("And", One, "x = a and b"),
    ("Or", One, "x = a or b"),
    // operator
    ("Add", One, "x = a + b"),
    ("Sub", One, "x = a - b"),
    ("Mult", One, "x = a * b"),
    ("MatMult", One, "x = a @ b"),
    ("Div", One, "x = a / b"),
    ("Mod", One, "x = a % b"),
    ("Pow", One, "x = a ** b"),
    ("LShift", One, "x = a << b"),
    ("RShift", One, "x = a >> b"),
    ("BitOr", One, "x = a | b"),
    ("BitXor", One, "x = a ^ b"),
    ("BitAnd", One, "x = a & b"),
    ("FloorDiv", One, "x = a // b"),
    // unaryop
    ("Invert", One, "x = ~a"),
    ("Not", One, "x = not a"),
    ("UAdd", One, "x = +a"),
    ("USub", One, "x = -a"),
    // cmpop
    ("Eq", One, "x = a == b"),
    ("NotEq", One, "x = a != b"),
    ("Lt", One, "x = a < b"),
    ("LtE", One, "x = a <= b"),
    ("Gt", One, "x = a > b"),
    ("GtE", One, "x = a >= b"),
    ("Is", One, "x = a is b"),
    ("IsNot", One, "x = a is not b"),
    ("In", One, "x = a in b"),
    ("NotIn", One, "x = a not in b"),
    // the rest
    ("comprehension", One, "x = [i for i in y if i]"),
    ("ExceptHandler", One, "try:\n    pass\nexcept E:\n    pass"),
    ("arguments", One, "def f(a, /, b, *, c):\n    pass"),
    ("arg", One, "def f(a: int):\n    pass"),
    ("keyword", One, "f(a=1)"),
    ("alias", One, "import os as o"),
    ("withitem", One, "with a as b:\n    pass"),
    ("match_case", One, "match x:\n    case 1 if y:\n        pass"),
    ("MatchValue", One, "match x:\n    case 1:\n        pass"),
    ("MatchSingleton", One, "match x:\n    case None:\n        pass"),
    ("MatchSequence", One, "match x:\n    case [a, *b]:\n        pass"),
    ("MatchMapping", One, "match x:\n    case {'k': v, **r}:\n        pass"),
    ("MatchClass", One, "match x:\n    case C(a, b=c):\n        pass"),
    ("MatchStar", One, "match x:\n    case [*_]:\n        pass"),
    ("MatchAs", One, "match x:\n    case y:\n        pass"),
    ("MatchOr", One, "match x:\n    case 1 | 2:\n        pass"),
];

fn python(script: &str, stdin: &str) -> String {
    let mut child = Command::new("python3.11")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3.11 is needed");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "python3.11 failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_cpython_node_kind_has_an_entry() {
    let kinds = python(
        "import _ast\n\
         cs = [getattr(_ast, n) for n in dir(_ast)]\n\
         cs = [c for c in cs if isinstance(c, type) and issubclass(c, _ast.AST)]\n\
         print('\\n'.join(sorted(c.__name__ for c in cs if not any(d is not c and issubclass(d, c) for d in cs))))",
        "",
    );
    let ours: Vec<&str> = KINDS.iter().map(|k| k.0).collect();
    let missing: Vec<&str> = kinds.lines().filter(|k| !ours.contains(k)).collect();
    assert!(missing.is_empty(), "AST node kinds with no entry (and so no known translation): {:?}", missing);
    let stale: Vec<&str> = ours.iter().copied().filter(|k| !kinds.lines().any(|l| l == *k)).collect();
    assert!(stale.is_empty(), "entries that are not CPython 3.11 node kinds: {:?}", stale);
}

#[test]
fn every_snippet_contains_its_node_kind() {
    // One python3.11 run checks all snippets: NUL-separated "kind\x01source" records.
    let input: String = KINDS
        .iter()
        .filter(|k| k.1 != NotInModules)
        .map(|(k, _, src)| format!("{}\x01{}\x00", k, src))
        .collect();
    let out = python(
        "import ast, sys\n\
         for rec in sys.stdin.read().split('\\0')[:-1]:\n\
         \x20   kind, src = rec.split('\\1')\n\
         \x20   found = {type(n).__name__ for n in ast.walk(ast.parse(src))}\n\
         \x20   if kind not in found: print(kind)",
        &input,
    );
    assert!(out.trim().is_empty(), "snippets that lack their node kind: {}", out);
}

#[test]
fn every_module_kind_translates_to_c() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("ast-coverage");
    std::fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    for (i, (kind, part, src)) in KINDS.iter().enumerate() {
        if *part == NotInModules {
            continue;
        }
        let path = dir.join(format!("k{}.py", i));
        std::fs::write(&path, format!("{}\n", src)).unwrap();
        let p = path.to_str().unwrap();
        let result = py2c_wasm::build::compile_module(p, p, "__main__").map(|m| py2c_wasm::emit::emit_module(&m));
        match (part, result) {
            (One, Ok(c)) if c.contains("PyObject") => {}
            (One, Ok(_)) => failures.push(format!("{}: no C emitted", kind)),
            (One, Err(e)) => failures.push(format!("{}: {}", kind, e)),
            _ => {}
        }
    }
    assert!(failures.is_empty(), "node kinds without a translation:\n{}", failures.join("\n"));
}
