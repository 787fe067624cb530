//! Lowering: AST + scopes -> IR.
//!
//! Split by concern as mypyc's `irbuild`: `expr` (expressions), `stmt` (statements,
//! assignment targets, loops), `function` (def/lambda, parameters, closures). This
//! file holds the driver and name resolution, the one place that turns a scope
//! decision into a load/store instruction.

mod exceptions;
mod expr;
mod function;
mod generator;
mod patterns;
mod stmt;

use std::collections::HashMap;

use rustpython_parser::ast::Ranged;

use crate::constants::{Const, Pool};
use crate::diag::CResult;
use crate::ir::{ConstId, FuncId, FuncKind, Function, Instr, Label, Module, Params, Temp};
use crate::parse::{ast, SourceFile};
use crate::scopes::{Binding, ScopeId, ScopeKind, SymbolTable};

pub use expr::constant as constant_value;

/// Lowers a whole module; `name` is its import name (`__main__` for the program),
/// `filename` what its code objects and tracebacks name (compile errors use `file.path`).
pub fn lower_module(file: &SourceFile, table: &SymbolTable, name: &str, filename: &str) -> CResult<Module> {
    let mut l = Lowerer {
        file,
        table,
        pool: Pool::default(),
        functions: vec![None],
        imports: Vec::new(),
        b: FnBuilder::new(0, FuncKind::Module, "<module>", "<module>", 1),
        fblocks: Vec::new(),
        future_annotations: future_features(&file.body).iter().any(|f| f == "annotations"),
    };
    l.module_body(&file.body)?;
    let body = std::mem::replace(&mut l.b, FnBuilder::new(0, FuncKind::Module, "", "", 0)).finish();
    l.functions[0] = Some(body);
    let mut imports = l.imports;
    imports.sort();
    imports.dedup();
    Ok(Module {
        name: name.to_string(),
        filename: filename.to_string(),
        consts: l.pool.values,
        functions: l.functions.into_iter().map(|f| f.expect("every reserved function is lowered")).collect(),
        imports,
    })
}

/// IR instructions per module-body chunk function.
const CHUNK_INSTRUCTIONS: usize = 600;

/// The function being built.
struct FnBuilder {
    f: Function,
    scope: ScopeId,
    slot_of: HashMap<String, u32>,
    next_label: Label,
    /// The line the last `Line` instruction set (0: unknown, e.g. after a label).
    cur_line: u32,
    /// Temps and conditions whose value is dead, ready for reuse: keeping the number of
    /// C variables small keeps clang fast and register pressure low on large bodies.
    free_temps: Vec<Temp>,
    free_conds: Vec<u32>,
    /// Every temp handed out, in order (try bodies clear theirs at the handler).
    taken: Vec<Temp>,
}

impl FnBuilder {
    fn new(scope: ScopeId, kind: FuncKind, name: &str, qualname: &str, line: u32) -> Self {
        FnBuilder {
            f: Function {
                kind,
                name: name.to_string(),
                qualname: qualname.to_string(),
                firstlineno: line,
                params: Params::default(),
                slots: Vec::new(),
                cell_slots: Vec::new(),
                free_slots: Vec::new(),
                slot_names: Vec::new(),
                doc: None,
                ntemps: 0,
                nconds: 0,
                coro: crate::ir::CoroKind::Plain,
                code_is_generator: false,
                body: Vec::new(),
            },
            scope,
            slot_of: HashMap::new(),
            next_label: 0,
            cur_line: 0,
            free_temps: Vec::new(),
            free_conds: Vec::new(),
            taken: Vec::new(),
        }
    }

    fn finish(self) -> Function {
        self.f
    }

    fn add_slot(&mut self, name: &str) -> u32 {
        if let Some(&s) = self.slot_of.get(name) {
            return s;
        }
        let s = self.f.slots.len() as u32;
        self.f.slots.push(name.to_string());
        self.slot_of.insert(name.to_string(), s);
        s
    }
}

struct Lowerer<'a> {
    file: &'a SourceFile,
    table: &'a SymbolTable,
    pool: Pool,
    /// Reserved ids are filled when their body is finished (nested functions finish first).
    functions: Vec<Option<Function>>,
    imports: Vec<String>,
    b: FnBuilder,
    /// Blocks enclosing the current statement in the current function (loops, try
    /// regions, handlers, with bodies): what `return`/`break`/`continue` must unwind.
    fblocks: Vec<exceptions::FBlock<'a>>,
    /// `from __future__ import annotations` (PEP 563): annotations are stored as strings.
    future_annotations: bool,
}

/// The `__future__` features a module imports: its leading `from __future__ import`
/// statements, after an optional docstring (CPython's future.c).
fn future_features(body: &[ast::Stmt]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, s) in body.iter().enumerate() {
        match s {
            ast::Stmt::Expr(e) if i == 0 && matches!(&*e.value, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_))) => {}
            ast::Stmt::ImportFrom(f) if f.module.as_ref().is_some_and(|m| m.as_str() == "__future__") && f.level.map_or(true, |l| l.to_u32() == 0) => {
                out.extend(f.names.iter().map(|a| a.name.to_string()));
            }
            _ => break,
        }
    }
    out
}

impl<'a> Lowerer<'a> {
    /// An annotation's value: evaluated, or under PEP 563 its text as CPython's
    /// ast_unparse.c writes it.
    fn annotation(&mut self, ann: &ast::Expr) -> CResult<Temp> {
        if self.future_annotations {
            let text = ann.to_string();
            return Ok(self.load_const(Const::str(&text)));
        }
        self.expr(ann)
    }

    fn emit(&mut self, i: Instr) {
        if let Instr::Label(_) | Instr::HandlerLabel(_) = i {
            self.b.cur_line = 0;
        }
        // Temps an instruction consumes (steals or clears) are dead after it.
        let dead: Vec<Temp> = match &i {
            Instr::Clear(t) => vec![*t],
            Instr::Move { src, .. }
            | Instr::StoreFast { src, .. }
            | Instr::StoreDeref { src, .. }
            | Instr::StoreGlobal { src, .. }
            | Instr::StoreName { src, .. }
            | Instr::Return { src } => vec![*src],
            Instr::BuildTuple { items, .. }
            | Instr::BuildList { items, .. }
            | Instr::BuildSet { items, .. }
            | Instr::BuildString { items, .. } => items.clone(),
            Instr::ListAppend { item, .. } | Instr::SetAdd { item, .. } => vec![*item],
            Instr::Yield { value, .. } => vec![*value],
            Instr::YieldFrom { iter, .. } => vec![*iter],
            _ => vec![],
        };
        if let Instr::Branch { cond, .. } = &i {
            self.b.free_conds.push(*cond);
        }
        self.b.f.body.push(i);
        for t in dead {
            debug_assert!(!self.b.free_temps.contains(&t), "temp t{} released twice", t);
            self.b.free_temps.push(t);
        }
    }

    fn temp(&mut self) -> Temp {
        let t = match self.b.free_temps.pop() {
            Some(t) => t,
            None => {
                self.b.f.ntemps += 1;
                self.b.f.ntemps - 1
            }
        };
        self.b.taken.push(t);
        t
    }

    fn cond(&mut self) -> u32 {
        match self.b.free_conds.pop() {
            Some(c) => c,
            None => {
                self.b.f.nconds += 1;
                self.b.f.nconds - 1
            }
        }
    }

    fn label(&mut self) -> Label {
        let l = self.b.next_label;
        self.b.next_label += 1;
        l
    }

    fn konst(&mut self, c: Const) -> ConstId {
        self.pool.add(c)
    }

    fn name_const(&mut self, s: &str) -> ConstId {
        self.pool.name(s)
    }

    /// Marks the source line of the node about to be evaluated.
    fn line<T: Ranged>(&mut self, node: &T) {
        let line = self.file.pos_of(node).line;
        if line != self.b.cur_line {
            self.b.cur_line = line;
            self.b.f.body.push(Instr::Line(line));
        }
    }

    fn load_const(&mut self, c: Const) -> Temp {
        let id = self.konst(c);
        let dst = self.temp();
        self.emit(Instr::Const { dst, c: id });
        dst
    }

    fn clear(&mut self, t: Temp) {
        self.emit(Instr::Clear(t));
    }

    fn scope_kind(&self) -> ScopeKind {
        self.table.get(self.b.scope).kind
    }

    /// The innermost enclosing class name, for private-name mangling.
    fn class_name(&self) -> Option<String> {
        let mut id = Some(self.b.scope);
        while let Some(i) = id {
            let s = self.table.get(i);
            if s.kind == ScopeKind::Class {
                return Some(s.name.clone());
            }
            id = s.parent;
        }
        None
    }

    fn mangle(&self, name: &str) -> String {
        crate::scopes::mangle(self.class_name().as_deref(), name)
    }

    fn binding(&self, name: &str) -> Binding {
        self.table.get(self.b.scope).binding(name)
    }

    pub(crate) fn load_name<T: Ranged>(&mut self, name: &str, _node: &T) -> CResult<Temp> {
        let name = self.mangle(name);
        let dst = self.temp();
        let instr = match (self.scope_kind(), self.binding(&name)) {
            (ScopeKind::Module, _) => Instr::LoadName { dst, name: self.name_const(&name) },
            (ScopeKind::Function, Binding::Local) => Instr::LoadFast { dst, slot: self.b.add_slot(&name) },
            (ScopeKind::Function, Binding::Free | Binding::Cell) => Instr::LoadDeref { dst, slot: self.b.add_slot(&name) },
            (ScopeKind::Function, _) => Instr::LoadGlobal { dst, name: self.name_const(&name) },
            // Class bodies: LOAD_NAME, LOAD_GLOBAL for `global` names, LOAD_CLASSDEREF for free ones.
            (ScopeKind::Class, Binding::GlobalExplicit) => Instr::LoadGlobal { dst, name: self.name_const(&name) },
            (ScopeKind::Class, Binding::Free) => {
                Instr::LoadClassDeref { dst, slot: self.b.add_slot(&name), name: self.name_const(&name) }
            }
            (ScopeKind::Class, _) => Instr::LoadName { dst, name: self.name_const(&name) },
        };
        self.emit(instr);
        Ok(dst)
    }

    /// The fast slot of `name` when it is a plain local of a function (LOAD_FAST).
    pub(crate) fn fast_local(&mut self, name: &str) -> Option<u32> {
        let name = self.mangle(name);
        match (self.scope_kind(), self.binding(&name)) {
            (ScopeKind::Function, Binding::Local) => Some(self.b.add_slot(&name)),
            _ => None,
        }
    }

    /// Stores `src` (stolen) under `name`.
    pub(crate) fn store_name<T: Ranged>(&mut self, name: &str, src: Temp, _node: &T) -> CResult<()> {
        let name = self.mangle(name);
        let instr = match (self.scope_kind(), self.binding(&name)) {
            (ScopeKind::Module, _) => Instr::StoreName { name: self.name_const(&name), src },
            (ScopeKind::Function, Binding::Local) => Instr::StoreFast { slot: self.b.add_slot(&name), src },
            (ScopeKind::Function, Binding::Free | Binding::Cell) => Instr::StoreDeref { slot: self.b.add_slot(&name), src },
            (ScopeKind::Function, _) => Instr::StoreGlobal { name: self.name_const(&name), src },
            (ScopeKind::Class, Binding::GlobalExplicit) => Instr::StoreGlobal { name: self.name_const(&name), src },
            (ScopeKind::Class, Binding::Free) => Instr::StoreDeref { slot: self.b.add_slot(&name), src },
            (ScopeKind::Class, _) => Instr::StoreName { name: self.name_const(&name), src },
        };
        self.emit(instr);
        Ok(())
    }

    pub(crate) fn delete_name<T: Ranged>(&mut self, name: &str, _node: &T) -> CResult<()> {
        let name = self.mangle(name);
        let instr = match (self.scope_kind(), self.binding(&name)) {
            (ScopeKind::Module, _) => Instr::DeleteName { name: self.name_const(&name) },
            (ScopeKind::Function, Binding::Local) => Instr::DeleteFast { slot: self.b.add_slot(&name) },
            (ScopeKind::Function, Binding::Free | Binding::Cell) => Instr::DeleteDeref { slot: self.b.add_slot(&name) },
            (ScopeKind::Function, _) => Instr::DeleteGlobal { name: self.name_const(&name) },
            (ScopeKind::Class, Binding::GlobalExplicit) => Instr::DeleteGlobal { name: self.name_const(&name) },
            (ScopeKind::Class, Binding::Free) => Instr::DeleteDeref { slot: self.b.add_slot(&name) },
            (ScopeKind::Class, _) => Instr::DeleteName { name: self.name_const(&name) },
        };
        self.emit(instr);
        Ok(())
    }

    fn module_body(&mut self, body: &'a [ast::Stmt]) -> CResult<()> {
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            let dst = self.load_const(Const::str(doc));
            let name = self.name_const("__doc__");
            self.emit(Instr::StoreName { name, src: dst });
            rest = &body[1..];
        }
        if stmt::has_annotations(body) {
            let dst = self.temp();
            self.emit(Instr::BuildDict { dst, keys: vec![], values: vec![] });
            let name = self.name_const("__annotations__");
            self.emit(Instr::StoreName { name, src: dst });
        }
        // Top-level statements go into chunk functions of bounded size: clang's wasm
        // backend is superlinear in function size (irreducible-control-flow fixing), and
        // no temp or control flow crosses a top-level statement.
        let mut chunk: Option<(FuncId, FnBuilder)> = None;
        for s in rest {
            if chunk.is_none() {
                let fid = self.functions.len() as FuncId;
                self.functions.push(None);
                let line = self.file.pos_of(s).line;
                let builder = FnBuilder::new(0, FuncKind::Module, "<module>", "<module>", line);
                chunk = Some((fid, std::mem::replace(&mut self.b, builder)));
            }
            self.stmt(s)?;
            if self.b.f.body.len() >= CHUNK_INSTRUCTIONS {
                self.finish_chunk(chunk.take().expect("a chunk is open"));
            }
        }
        if let Some(c) = chunk {
            self.finish_chunk(c);
        }
        let none = self.load_const(Const::None);
        self.emit(Instr::Return { src: none });
        Ok(())
    }

    fn finish_chunk(&mut self, (fid, main): (FuncId, FnBuilder)) {
        let none = self.load_const(Const::None);
        self.emit(Instr::Return { src: none });
        let done = std::mem::replace(&mut self.b, main);
        self.functions[fid as usize] = Some(done.finish());
        self.emit(Instr::CallChunk(fid));
    }
}

/// The docstring of a body, if its first statement is a string literal.
fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match body.first()? {
        ast::Stmt::Expr(e) => match &*e.value {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}
