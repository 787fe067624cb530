//! C emission: the file skeletons are askama templates under `templates/`
//! (`module.c`, `function.c`, `main.c`, `frozen.c`); instruction bodies are
//! printed by `function::FunctionEmitter`.

mod function;

use askama::Template;

use crate::constants::{encode_table, Const};
use crate::ir::{self, FuncKind};

/// Escapes text for a C string literal (bytes outside printable ASCII as octal).
pub fn c_string(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'?' => out.push_str("\\?"), // no trigraphs
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\{:03o}", b)),
        }
    }
    out
}

/// A C identifier for a module name (`pkg.mod` -> `pkg_2e_mod`), injective.
pub fn c_ident(name: &str) -> String {
    let mut out = String::new();
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else if ch == '_' {
            out.push_str("__");
        } else {
            out.push_str(&format!("_{:x}_", ch as u32));
        }
    }
    out
}

/// The C name of a module's function `i`'s body.
pub fn body_cname(module: &str, i: u32) -> String {
    format!("f_{}_{}", c_ident(module), i)
}

pub fn exec_name(module: &str) -> String {
    format!("py2c_exec_{}", c_ident(module))
}

struct FuncView {
    cname: String,
    name_c: String,
    qualname_c: String,
    kind: &'static str,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: String,
    nslots: usize,
    nlocals: usize,
    nfree: usize,
    ncells: usize,
    cells_alloc: usize,
    cells: String,
    firstlineno: u32,
    lastlineno: u32,
    slot_alloc: usize,
    slot_ids: String,
    doc: i64,
    ntemps: u32,
    nyields: usize,
    yields: String,
    code: String,
    /// Has a direct-call entry (`<cname>_call`).
    direct: bool,
}

#[derive(Template)]
#[template(path = "module.c", escape = "none")]
struct ModuleTemplate<'a> {
    module_name: &'a str,
    filename_c: String,
    blob_len: usize,
    blob_bytes: String,
    consts_alloc: usize,
    nconsts: usize,
    functions: Vec<FuncView>,
    exec_name: String,
}

#[derive(Template)]
#[template(path = "function.c", escape = "none")]
pub(crate) struct FunctionTemplate<'a> {
    pub qualname_comment: &'a str,
    pub cname: &'a str,
    pub is_module: bool,
    /// A generator or coroutine body: resumable, temps in the frame.
    pub resumable: bool,
    pub decls: Vec<String>,
    pub prologue: Vec<String>,
    pub body: Vec<String>,
    pub cleanup: Vec<String>,
    pub undefs: Vec<String>,
}

#[derive(Template)]
#[template(path = "main.c", escape = "none")]
struct MainTemplate {
    modules: Vec<AppModuleView>,
    sys_path: Vec<String>,
    start_dir_c: String,
    script_c: String,
    file_c: String,
    main_exec: String,
    entries: Vec<EntryView>,
    /// Emit the `wizer-initialize` export.
    snapshot: bool,
    /// C expression: the module the initializer imports, or NULL.
    preinit_c: String,
    hash_seed: i64,
    /// A wasi:http component's core module: the handler's export instead of `main`.
    component: bool,
}

/// How the program starts: from a snapshot taken at build (with `preinit` imported), or
/// from scratch each run.
#[derive(Debug, Clone)]
pub struct Startup {
    pub snapshot: bool,
    pub preinit: Option<String>,
    /// PYTHONHASHSEED given at build.
    pub hash_seed: Option<u32>,
    /// Exports `wasi:http/incoming-handler` (`--target wasi-http`) instead of `main`.
    pub component: bool,
}

impl Default for Startup {
    /// The interpreter's own start-up is always safe to snapshot.
    fn default() -> Self {
        Startup { snapshot: true, preinit: None, hash_seed: None, component: false }
    }
}

/// An `--entry` script: another program the module runs as `__main__` when argv[0] is
/// `script`. `module` is the name its C is emitted under.
pub struct MainEntry {
    pub script: String,
    pub file: String,
    pub module: String,
}

struct EntryView {
    script_c: String,
    file_c: String,
    exec_name: String,
}

/// A compiled module of the program besides `__main__`, importable by name.
pub struct AppModuleEntry {
    pub name: String,
    pub file: String,
    pub is_package: bool,
}

struct AppModuleView {
    name_c: String,
    file_c: String,
    exec_name: String,
    is_package: u8,
}

pub struct FrozenEntry {
    pub name: String,
    pub offset: usize,
    pub size: usize,
    pub is_package: bool,
}

#[derive(Template)]
#[template(path = "frozen.c", escape = "none")]
struct FrozenTemplate<'a> {
    blob_path: String,
    entries: &'a [FrozenEntryView],
}

struct FrozenEntryView {
    name: String,
    offset: usize,
    size: usize,
    is_package: u8,
}

fn bytes_initializer(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 5);
    for (i, b) in bytes.iter().enumerate() {
        out.push_str(&format!("{},", b));
        if i % 24 == 23 {
            out.push('\n');
        }
    }
    if bytes.is_empty() {
        out.push('0');
    }
    out
}

/// The C source of one lowered module.
pub fn emit_module(m: &ir::Module) -> String {
    let blob = encode_table(&m.consts);
    let defs = crate::optimize::known_calls::Defs::of(m);
    // A code object's line table must cover every line its frame can be at; the module
    // body's chunks all run in the module's frame.
    let last_line = |f: &ir::Function| {
        f.body.iter().filter_map(|i| if let ir::Instr::Line(n) = i { Some(*n) } else { None }).max().unwrap_or(0).max(f.firstlineno)
    };
    let module_last = m.functions.iter().filter(|f| f.kind == FuncKind::Module).map(last_line).max().unwrap_or(1);
    let functions: Vec<FuncView> = m
        .functions
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let cname = body_cname(&m.name, i as u32);
            let (code, yields) = function::FunctionEmitter::new(m, &defs, f, &cname).emit();
            let mut flags = Vec::new();
            match f.coro {
                ir::CoroKind::Plain if f.code_is_generator => flags.push("PY2C_CODE_GENERATOR"),
                ir::CoroKind::Plain => {}
                ir::CoroKind::Generator => flags.push("CO_GENERATOR"),
                ir::CoroKind::Coroutine => flags.push("CO_COROUTINE"),
                ir::CoroKind::AsyncGenerator => flags.push("CO_ASYNC_GENERATOR"),
            }
            if f.params.varargs {
                flags.push("CO_VARARGS");
            }
            if f.params.varkw {
                flags.push("CO_VARKEYWORDS");
            }
            FuncView {
                name_c: c_string(&f.name),
                qualname_c: c_string(&f.qualname),
                kind: match f.kind {
                    FuncKind::Module => "PY2C_KIND_MODULE",
                    FuncKind::Function => "PY2C_KIND_FUNCTION",
                    FuncKind::Class => "PY2C_KIND_CLASS",
                },
                argcount: f.params.positional,
                posonly: f.params.posonly,
                kwonly: f.params.kwonly,
                flags: if flags.is_empty() { "0".into() } else { flags.join(" | ") },
                nslots: if f.kind == FuncKind::Module { 0 } else { f.slots.len() },
                // (class bodies: cells and free variables only)
                nlocals: f.nlocals() as usize,
                nfree: f.free_slots.len(),
                ncells: f.cell_slots.len(),
                cells_alloc: f.cell_slots.len().max(1),
                cells: {
                    let mut c = f.cell_slots.clone();
                    c.sort();
                    if c.is_empty() { "0".into() } else { c.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ") }
                },
                firstlineno: f.firstlineno,
                lastlineno: if f.kind == FuncKind::Module { module_last } else { last_line(f) },
                slot_alloc: f.slot_names.len().max(1),
                slot_ids: if f.slot_names.is_empty() {
                    "0".into()
                } else {
                    f.slot_names.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ")
                },
                doc: f.doc.map_or(-1, |d| d as i64),
                ntemps: f.ntemps,
                nyields: yields.len(),
                yields: if yields.is_empty() {
                    "0".into()
                } else {
                    yields.iter().map(|&(line, from)| (line * 2 + from as u32).to_string()).collect::<Vec<_>>().join(", ")
                },
                code,
                cname,
                direct: crate::optimize::known_calls::has_direct_entry(f),
            }
        })
        .collect();
    let t = ModuleTemplate {
        module_name: &m.name,
        filename_c: c_string(&m.filename),
        blob_len: blob.len(),
        blob_bytes: bytes_initializer(&blob),
        consts_alloc: m.consts.len().max(1),
        nconsts: m.consts.len(),
        functions,
        exec_name: exec_name(&m.name),
    };
    t.render().expect("module template renders")
}

/// The C source of the program entry (`main`).
/// `sys_path` is the guest's sys.path; the program starts in directory `start_dir`.
pub fn emit_main(
    script: &str,
    file: &str,
    modules: &[AppModuleEntry],
    entries: &[MainEntry],
    sys_path: &[String],
    start_dir: &str,
    startup: &Startup,
) -> String {
    // Sorted by name: the importer looks modules up by binary search.
    let mut modules: Vec<&AppModuleEntry> = modules.iter().collect();
    modules.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
    MainTemplate {
        sys_path: sys_path.iter().map(|p| c_string(p)).collect(),
        start_dir_c: c_string(start_dir),
        modules: modules
            .iter()
            .map(|m| AppModuleView {
                name_c: c_string(&m.name),
                file_c: c_string(&m.file),
                exec_name: exec_name(&m.name),
                is_package: m.is_package as u8,
            })
            .collect(),
        script_c: c_string(script),
        file_c: c_string(file),
        main_exec: exec_name("__main__"),
        entries: entries
            .iter()
            .map(|e| EntryView {
                script_c: c_string(&e.script),
                file_c: c_string(&e.file),
                exec_name: exec_name(&e.module),
            })
            .collect(),
        snapshot: startup.snapshot,
        preinit_c: startup.preinit.as_deref().map(|m| format!("\"{}\"", c_string(m))).unwrap_or_else(|| "NULL".into()),
        hash_seed: startup.hash_seed.map(i64::from).unwrap_or(-1),
        component: startup.component,
    }
    .render()
    .expect("main template renders")
}

/// The C source of the frozen-module table over a blob file (embedded with `#embed`).
pub fn emit_frozen(blob_path: &str, entries: &[FrozenEntry]) -> String {
    let views: Vec<FrozenEntryView> = entries
        .iter()
        .map(|e| FrozenEntryView { name: c_string(&e.name), offset: e.offset, size: e.size, is_package: e.is_package as u8 })
        .collect();
    FrozenTemplate { blob_path: c_string(blob_path), entries: &views }.render().expect("frozen template renders")
}

/// Number of keyword names in a call's `kwnames` constant.
pub(crate) fn kwnames_len(m: &ir::Module, id: Option<u32>) -> usize {
    match id.map(|i| &m.consts[i as usize]) {
        Some(Const::Tuple(items)) => items.len(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emit(src: &str) -> String {
        let file = crate::parse::parse_source("t.py", src).unwrap();
        let table = crate::scopes::analyze(&file).unwrap();
        emit_module(&crate::lower::lower_module(&file, &table, "__main__", "t.py").unwrap())
    }

    /// No integer literal in generated C may exceed what a wasm32 C `int`/`long` holds:
    /// big values travel in the constant blob, never as C literals.
    #[test]
    fn no_c_integer_literal_exceeds_32_bits() {
        let c = emit("a = 2**64\nb = -2**63 - 1\nc = 0xffffffff\nd = 10**300\ne = 1e308\ndef f(x=2**40):\n    return x * 4294967296\n");
        let mut num = String::new();
        let mut prev_ident = false;
        for ch in c.chars().chain(std::iter::once(' ')) {
            if ch.is_ascii_digit() && (!num.is_empty() || !prev_ident) {
                num.push(ch);
                continue;
            }
            if !num.is_empty() {
                let v: u128 = num.parse().unwrap();
                assert!(v <= i32::MAX as u128, "C literal {} exceeds 32 bits", num);
                num.clear();
            }
            prev_ident = ch.is_ascii_alphanumeric() || ch == '_';
        }
    }

    #[test]
    fn c_identifiers_are_injective() {
        assert_ne!(c_ident("a.b"), c_ident("a_b"));
        assert_ne!(c_ident("a_b"), c_ident("a__b"));
        assert_eq!(c_string("a\"b\\c\u{e9}"), "a\\\"b\\\\c\\303\\251");
    }
}

#[derive(Template)]
#[template(path = "vfs_image.c", escape = "none")]
struct VfsImageTemplate {
    image_path: String,
    len: usize,
    empty: bool,
}

/// The C file that links the embedded filesystem's image (`image_path`, `len` bytes).
pub fn emit_vfs_image(image_path: &str, len: usize) -> String {
    VfsImageTemplate { image_path: c_string(image_path), len, empty: len == 0 }.render().expect("vfs template renders")
}
