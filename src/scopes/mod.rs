//! Scope analysis: the decisions CPython's `Python/symtable.c` makes, made the same way.
//!
//! Pass 1 (`collect`) walks the AST and records, per block, every name with its
//! DEF_* / USE flags. Pass 2 (`analyze`, below) resolves each name to LOCAL,
//! GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL exactly as `analyze_block` does,
//! including free variables passed through intermediate blocks and the class
//! `__class__` cell. Later stages trust these answers and never re-decide them.

mod collect;
pub use collect::mangle;

use std::collections::{HashMap, HashSet};

use crate::diag::CResult;
use crate::parse::SourceFile;

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

/// Where a name lives at run time (CPython's `_Py_SCOPE` values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub binding: Binding,
}

pub type ScopeId = usize;

#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Block name as CPython names it: `top`, the function/class name, `lambda`,
    /// `listcomp`, `setcomp`, `dictcomp`, `genexpr`.
    pub name: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Symbols in first-seen order (the order CPython's dict keeps).
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameter names in declaration order (posonly, args, *args, kwonly, **kwargs).
    pub params: Vec<String>,
    /// Nested inside a function (CPython's `ste_nested`).
    pub nested: bool,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_comprehension: bool,
    /// A class whose methods use `__class__` or `super()`.
    pub needs_class_closure: bool,
    /// Where each `global`/`nonlocal` declaration stands, for analysis errors.
    pub decl_pos: HashMap<String, crate::diag::Pos>,
    /// Byte offset of the defining node: how lowering finds the scope of a node.
    pub start: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>, start: u32) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            nested: false,
            is_generator: false,
            is_coroutine: false,
            is_comprehension: false,
            needs_class_closure: false,
            decl_pos: HashMap::new(),
            start,
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    fn add_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags |= flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push(Symbol { name: name.to_string(), flags, binding: Binding::GlobalImplicit });
            }
        }
    }

    /// The binding of a name used in this scope; a name never seen is implicit global.
    pub fn binding(&self, name: &str) -> Binding {
        self.lookup(name).map_or(Binding::GlobalImplicit, |s| s.binding)
    }

    /// Names that are cells of this scope, in CPython's `co_cellvars` order (sorted).
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> =
            self.symbols.iter().filter(|s| s.binding == Binding::Cell).map(|s| s.name.clone()).collect();
        if self.needs_class_closure {
            v.push("__class__".to_string());
        }
        v.sort();
        v
    }

    /// Names that are free in this scope, in CPython's `co_freevars` order (sorted).
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.binding == Binding::Free || (self.kind == ScopeKind::Class && s.flags & DEF_FREE_CLASS != 0))
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// The analysed scopes of one module; scope 0 is the module itself.
#[derive(Debug, Clone)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_start: HashMap<(u32, u8), ScopeId>,
}

impl SymbolTable {
    pub fn top(&self) -> &Scope {
        &self.scopes[0]
    }

    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// The scope a function, class, lambda or comprehension node opens.
    pub fn scope_at(&self, start: u32, kind: NodeKind) -> Option<ScopeId> {
        self.by_start.get(&(start, kind as u8)).copied()
    }
}

/// Which kind of AST node opened a scope (keys `scope_at`, since two kinds may share an offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Function = 0,
    Class = 1,
    Lambda = 2,
    Comprehension = 3,
}

/// Builds the symbol table of a parsed file.
pub fn analyze(file: &SourceFile) -> CResult<SymbolTable> {
    let mut table = collect::collect(file)?;
    let mut free = HashSet::new();
    let mut global = HashSet::new();
    analyze_block(&mut table.scopes, 0, None, &mut free, &mut global, file)?;
    Ok(table)
}

type Names = HashSet<String>;

/// CPython's `analyze_block`.
fn analyze_block(
    scopes: &mut Vec<Scope>,
    id: ScopeId,
    bound: Option<&Names>,
    free: &mut Names,
    global: &mut Names,
    file: &SourceFile,
) -> CResult<()> {
    let kind = scopes[id].kind;
    let mut local = Names::new();
    let mut decided: HashMap<String, Binding> = HashMap::new();
    let mut newglobal = Names::new();
    let mut newfree = Names::new();
    let mut newbound = Names::new();

    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }

    // `bound` is mutated by `global` declarations (discard), so work on a copy.
    let mut bound_copy: Option<Names> = bound.cloned();
    let names: Vec<(String, u32)> = scopes[id].symbols.iter().map(|s| (s.name.clone(), s.flags)).collect();
    for (name, flags) in &names {
        let b = analyze_name(
            &scopes[id],
            name,
            *flags,
            bound_copy.as_mut(),
            &mut local,
            free,
            global,
            file,
        )?;
        decided.insert(name.clone(), b);
    }

    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_copy {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }

    let children = scopes[id].children.clone();
    let mut allfree = Names::new();
    for child in children {
        // analyze_child_block: each child sees copies, so siblings do not affect each other.
        let mut temp_bound = newbound.clone();
        let mut temp_free = newfree.clone();
        let mut temp_global = newglobal.clone();
        analyze_block_child(scopes, child, &mut temp_bound, &mut temp_free, &mut temp_global, file)?;
        allfree.extend(temp_free);
    }
    newfree.extend(allfree);

    if kind == ScopeKind::Function {
        // analyze_cells: locals that children use freely become cells.
        for (name, b) in decided.iter_mut() {
            if *b == Binding::Local && newfree.contains(name) {
                *b = Binding::Cell;
                newfree.remove(name);
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        scopes[id].needs_class_closure = true;
    }

    update_symbols(&mut scopes[id], &decided, bound_copy.as_ref(), &newfree, kind == ScopeKind::Class);
    free.extend(newfree);
    Ok(())
}

fn analyze_block_child(
    scopes: &mut Vec<Scope>,
    id: ScopeId,
    bound: &mut Names,
    free: &mut Names,
    global: &mut Names,
    file: &SourceFile,
) -> CResult<()> {
    analyze_block(scopes, id, Some(&*bound), free, global, file)
}

/// CPython's `analyze_name`.
#[allow(clippy::too_many_arguments)]
fn analyze_name(
    scope: &Scope,
    name: &str,
    flags: u32,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
    file: &SourceFile,
) -> CResult<Binding> {
    let at = scope.decl_pos.get(name).copied().unwrap_or_default();
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(crate::diag::CompileError::syntax(&file.path, at, format!("name '{}' is nonlocal and global", name)));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(Binding::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        match bound {
            None => {
                return Err(crate::diag::CompileError::syntax(
                    &file.path,
                    at,
                    "nonlocal declaration not allowed at module level",
                ))
            }
            Some(b) if !b.contains(name) => {
                return Err(crate::diag::CompileError::syntax(&file.path, at, format!("no binding for nonlocal '{}' found", name)))
            }
            Some(_) => {}
        }
        free.insert(name.to_string());
        return Ok(Binding::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(Binding::Local);
    }
    if let Some(b) = &bound {
        if b.contains(name) {
            free.insert(name.to_string());
            return Ok(Binding::Free);
        }
    }
    if global.contains(name) {
        return Ok(Binding::GlobalImplicit);
    }
    Ok(Binding::GlobalImplicit)
}

/// CPython's `update_symbols`: record the decisions, then pass children's free names through.
fn update_symbols(
    scope: &mut Scope,
    decided: &HashMap<String, Binding>,
    bound: Option<&Names>,
    free: &Names,
    classflag: bool,
) {
    for sym in scope.symbols.iter_mut() {
        if let Some(b) = decided.get(&sym.name) {
            sym.binding = *b;
        }
    }
    let mut free_sorted: Vec<&String> = free.iter().collect();
    free_sorted.sort();
    for name in free_sorted {
        if let Some(&i) = scope.index.get(name.as_str()) {
            let sym = &mut scope.symbols[i];
            if classflag && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound {
            if !b.contains(name.as_str()) {
                continue;
            }
        }
        // Propagate a new free symbol up the lexical stack.
        scope.index.insert(name.clone(), scope.symbols.len());
        scope.symbols.push(Symbol { name: name.clone(), flags: 0, binding: Binding::Free });
    }
}

#[cfg(test)]
mod tests;
