//! Scope analysis checked against CPython's own `symtable` module, never by eye.

use super::*;
use crate::parse::parse_source;
use std::process::Command;

/// Dumps "path name scope" lines; `path` names the block and its ancestors.
const DUMP_PY: &str = r#"
import sys, symtable
src = sys.stdin.read()
out = []
def walk(t, path):
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        out.append(f"{path} {s.get_name()} {s._Symbol__scope}")
    seen = {}
    for c in t.get_children():
        n = c.get_name(); seen[n] = seen.get(n, 0) + 1
        walk(c, f"{path}/{n}#{seen[n]}")
walk(symtable.symtable(src, "t.py", "exec"), "top")
print("\n".join(sorted(out)))
"#;

fn cpython(src: &str) -> String {
    use std::io::Write;
    let mut child = Command::new("python3.11")
        .args(["-c", DUMP_PY])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3.11 must be installed for scope tests");
    child.stdin.take().unwrap().write_all(src.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "symtable failed");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn ours(src: &str) -> String {
    let file = parse_source("t.py", src).expect("parses");
    let table = analyze(&file).expect("analyses");
    let mut out = Vec::new();
    fn walk(t: &SymbolTable, id: ScopeId, path: &str, out: &mut Vec<String>) {
        let s = t.get(id);
        for sym in &s.symbols {
            let code = match sym.binding {
                Binding::Local => 1,
                Binding::GlobalExplicit => 2,
                Binding::GlobalImplicit => 3,
                Binding::Free => 4,
                Binding::Cell => 5,
            };
            out.push(format!("{} {} {}", path, sym.name, code));
        }
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for &c in &s.children {
            let n = t.get(c).name.as_str();
            *seen.entry(n).or_default() += 1;
            walk(t, c, &format!("{}/{}#{}", path, n, seen[n]), out);
        }
    }
    walk(&table, 0, "top", &mut out);
    out.sort();
    out.join("\n")
}

fn check(src: &str) {
    assert_eq!(ours(src), cpython(src), "scope mismatch for:\n{}", src);
}

#[test]
fn module_level_names() {
    check("import os.path as p, sys\nfrom json import dumps\nx = 1\ny += x\ndel z\nprint(x)\n");
}

#[test]
fn function_locals_params_globals() {
    check("g = 1\ndef f(a, b=2, *c, d, e=3, **k):\n    global g\n    g = a\n    h = b\n    return print(h, undefined)\n");
}

#[test]
fn closures_cells_and_nonlocal() {
    check(concat!(
        "def outer(a):\n    x = 1\n    def mid():\n        def inner():\n            nonlocal x\n            x = a\n",
        "            return x\n        return inner\n    return mid\n"
    ));
}

#[test]
fn class_scopes_and_super() {
    check(concat!(
        "x = 1\nclass C(Base, metaclass=M):\n    x = 2\n    y = x\n    def m(self):\n        return super().m(x, __class__)\n",
        "    def n(self):\n        def y():\n            return x\n        return y\n    __p = 1\n"
    ));
}

#[test]
fn class_free_names_shadowed_in_class() {
    check("def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self):\n            return x\n    return C\n");
}

#[test]
fn comprehensions_and_walrus() {
    check(concat!(
        "def f(xs):\n    ys = [y * k for y in xs if (k := y) for z in range(y)]\n",
        "    return {a: b for a, b in ys}, (q for q in xs), k\n[w := 1 for _ in range(3)]\n"
    ));
}

#[test]
fn lambdas_and_defaults() {
    check("def f(a=lambda: b):\n    return lambda x, y=a: (x, y, a, c)\n");
}

#[test]
fn global_in_nested_blocks() {
    check("def f():\n    global x\n    def g():\n        return x\n    x = 1\n    return g\n");
}

#[test]
fn errors_are_syntax_errors_with_positions() {
    let file = parse_source("t.py", "def f(a):\n    global a\n").unwrap();
    let err = analyze(&file).unwrap_err();
    assert_eq!(err.msg, "name 'a' is parameter and global");
    assert_eq!(err.pos.line, 2);

    let file = parse_source("t.py", "def f():\n    nonlocal q\n").unwrap();
    let err = analyze(&file).unwrap_err();
    assert_eq!(err.msg, "no binding for nonlocal 'q' found");
    assert_eq!(err.pos.line, 2);

    let file = parse_source("t.py", "def f():\n    print(x)\n    global x\n").unwrap();
    assert_eq!(analyze(&file).unwrap_err().msg, "name 'x' is used prior to global declaration");
}
