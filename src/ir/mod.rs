//! The IR between lowering and C emission.
//!
//! One instruction per semantic operation, in evaluation order, over C temporaries.
//! Ownership is explicit so the emitter never re-decides it:
//! - every `Temp` holds a strong reference or NULL; instructions that produce a value
//!   write a fresh reference into a NULL temp;
//! - operand temps are *borrowed*, except where a variant says it *steals*
//!   (then the emitter NULLs the temp);
//! - `Clear` drops a temp; on every exit path (return or error) the function
//!   releases whatever temps are still non-NULL.
//! Line numbers are explicit (`Line`), so tracebacks name the line CPython would.

use crate::constants::Const;

pub type Temp = u32;
pub type Cond = u32;
pub type Label = u32;
pub type ConstId = u32;
pub type FuncId = u32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    LtE,
    Eq,
    NotEq,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Debug, Clone)]
pub enum Instr {
    /// The source line of what follows (for tracebacks).
    Line(u32),
    Label(Label),
    Jump(Label),
    Branch { cond: Cond, if_true: Label, if_false: Label },

    Const { dst: Temp, c: ConstId },
    /// `dst = src` (steals src).
    Move { dst: Temp, src: Temp },
    /// `dst = src` with a new reference (src stays).
    Dup { dst: Temp, src: Temp },
    /// Drops a temp's value; the temp is dead afterwards.
    Clear(Temp),
    /// Drops a temp's value that is assigned again on this path (the temp stays in use).
    Reset(Temp),

    LoadFast { dst: Temp, slot: u32 },
    /// Steals `src`.
    StoreFast { slot: u32, src: Temp },
    DeleteFast { slot: u32 },
    LoadDeref { dst: Temp, slot: u32 },
    /// Steals `src`.
    StoreDeref { slot: u32, src: Temp },
    DeleteDeref { slot: u32 },
    /// The cell object itself (for building a closure).
    LoadClosure { dst: Temp, slot: u32 },
    LoadGlobal { dst: Temp, name: ConstId },
    StoreGlobal { name: ConstId, src: Temp },
    DeleteGlobal { name: ConstId },
    /// Namespace lookups of module and class bodies (`ns`, then globals, then builtins).
    LoadName { dst: Temp, name: ConstId },
    /// A class body's free variable: the class namespace first, then the cell.
    LoadClassDeref { dst: Temp, slot: u32, name: ConstId },
    StoreName { name: ConstId, src: Temp },
    DeleteName { name: ConstId },

    Unary { dst: Temp, op: UnaryOp, src: Temp },
    Binary { dst: Temp, op: BinOp, inplace: bool, a: Temp, b: Temp },
    Compare { dst: Temp, op: CmpOp, a: Temp, b: Temp },
    /// C truth value of an object.
    Truth { dst: Cond, src: Temp },
    /// `bool(a op b)` as a C truth value (no `in`/`not in`).
    CompareCond { dst: Cond, op: CmpOp, a: Temp, b: Temp },

    GetAttr { dst: Temp, obj: Temp, name: ConstId },
    SetAttr { obj: Temp, name: ConstId, val: Temp },
    DelAttr { obj: Temp, name: ConstId },
    GetItem { dst: Temp, obj: Temp, key: Temp },
    SetItem { obj: Temp, key: Temp, val: Temp },
    DelItem { obj: Temp, key: Temp },
    BuildSlice { dst: Temp, lower: Option<Temp>, upper: Option<Temp>, step: Option<Temp> },
    /// `obj[lower:upper:step]`: lists, tuples (and strs, without a step) with small int or
    /// absent parts are sliced directly; anything else gets BuildSlice's slice and GetItem.
    GetSlice { dst: Temp, obj: Temp, lower: Option<Temp>, upper: Option<Temp>, step: Option<Temp> },
    /// `obj[lower:upper] = val`: a list with small int or absent bounds directly.
    SetSlice { obj: Temp, lower: Option<Temp>, upper: Option<Temp>, val: Temp },

    /// `meth`/`self_or_null` as `_PyObject_GetMethod` (avoids a bound method).
    LoadMethod { meth: Temp, self_or_null: Temp, obj: Temp, name: ConstId },
    /// Positional args then keyword values; `kwnames` is a tuple constant.
    Call { dst: Temp, func: Temp, args: Vec<Temp>, kwnames: Option<ConstId> },
    CallMethod { dst: Temp, meth: Temp, self_or_null: Temp, args: Vec<Temp>, kwnames: Option<ConstId> },
    /// `func(*args, **kwargs)` with a tuple and an optional dict.
    CallEx { dst: Temp, func: Temp, args: Temp, kwargs: Option<Temp> },

    /// Build* steal their items.
    BuildTuple { dst: Temp, items: Vec<Temp> },
    BuildList { dst: Temp, items: Vec<Temp> },
    BuildSet { dst: Temp, items: Vec<Temp> },
    /// Borrows keys and values.
    BuildDict { dst: Temp, keys: Vec<Temp>, values: Vec<Temp> },
    /// `*src` into a list; `call` is the callee when the list is a call's positional
    /// arguments (its name is in the error for a non-iterable).
    ListExtend { list: Temp, src: Temp, call: Option<Temp> },
    ListAppend { list: Temp, item: Temp },
    ListToTuple { dst: Temp, src: Temp },
    /// Steals `item`.
    SetAdd { set: Temp, item: Temp },
    SetUpdate { set: Temp, src: Temp },
    DictUpdate { dict: Temp, src: Temp },
    /// `**src` into call kwargs: duplicate keys are a TypeError naming `func`.
    DictMerge { dict: Temp, src: Temp, func: Temp },
    DictSetItem { dict: Temp, key: Temp, val: Temp },

    /// f-string piece: `conversion` is 0, b's', b'r' or b'a'; `spec` borrowed.
    FormatValue { dst: Temp, src: Temp, conversion: u8, spec: Option<Temp> },
    /// Concatenates str pieces (steals them).
    BuildString { dst: Temp, items: Vec<Temp> },

    /// Unpack exactly `dsts.len()` items.
    UnpackSequence { src: Temp, dsts: Vec<Temp> },
    /// Unpack with a starred target at index `before` (its list included in `dsts`).
    UnpackEx { src: Temp, before: u32, after: u32, dsts: Vec<Temp> },

    GetIter { dst: Temp, src: Temp },
    /// `iter(func(*args))` with positional `args` (a `for` loop's iterable): `range` with
    /// small ints makes its iterator directly; anything else is the call, then GetIter.
    CallIter { dst: Temp, func: Temp, args: Vec<Temp> },
    /// Next item into `dst`, or jump to `on_end` when exhausted.
    ForIter { dst: Temp, iter: Temp, on_end: Label },
    /// Whether `src` is the builtin type `kind` names (a rebound name is not).
    IsBuiltinType { dst: Cond, src: Temp, kind: Collect },
    /// `list(genexpr)`, `tuple(genexpr)`, `set(genexpr)` with the builtin type: calls `func`,
    /// the genexpr compiled to gather its items into a list (a set for `set`) in its
    /// `<genexpr>` frame, with `iter`; a StopIteration escaping it becomes the RuntimeError
    /// a generator raises, and `tuple`'s list becomes a tuple.
    CollectGenexpr { dst: Temp, func: Temp, iter: Temp, kind: Collect },

    /// Create a compiled function; annotations is a dict, closure a tuple of cells.
    MakeFunction {
        dst: Temp,
        func: FuncId,
        qualname: ConstId,
        defaults: Option<Temp>,
        kwdefaults: Option<Temp>,
        annotations: Option<Temp>,
        closure: Option<Temp>,
    },

    /// `__build_class__`: runs the compiled class body `body` in a namespace from the
    /// metaclass's `__prepare__`, then calls the metaclass. `bases` is a tuple.
    BuildClass { dst: Temp, body: Temp, name: ConstId, bases: Temp, kwargs: Option<Temp> },
    ImportName { dst: Temp, name: ConstId, fromlist: ConstId, level: u32 },
    ImportFrom { dst: Temp, module: Temp, name: ConstId },
    ImportStar { module: Temp },

    /// Steals `src`, leaves the function.
    Return { src: Temp },
    /// `raise exc [from cause]`; `None` exc is a bare re-raise.
    Raise { exc: Option<Temp>, cause: Option<Temp> },
    /// Runs a chunk of the module body (a Module-kind function); its failure has already
    /// added the `<module>` traceback entry.
    CallChunk(FuncId),
    /// `assert` failure: raises AssertionError (from the builtins module, as CPython) with msg.
    AssertFail { msg: Option<Temp> },

    /// Until the matching PopHandler (lexically), a failing instruction jumps to `label`'s
    /// handler entry instead of the function's error exit.
    PushHandler(Label),
    PopHandler,
    /// A handler entry: adds this frame's traceback entry (as CPython does once per frame
    /// an exception passes), then the handler code follows. Re-raises jump past the entry.
    HandlerLabel(Label),
    /// Takes the raised exception into `exc` and makes it the handled exception,
    /// saving the previous one in `prev` (PUSH_EXC_INFO).
    CatchException { exc: Temp, prev: Temp },
    /// Restores the handled exception saved by CatchException (POP_EXCEPT).
    RestoreExcInfo { prev: Temp },
    /// `isinstance`-style match of the caught exception against an except clause's type.
    ExcMatch { dst: Cond, exc: Temp, typ: Temp },
    /// Raises `exc` again with its traceback, without a new traceback entry (RERAISE);
    /// drops the temp's reference.
    Reraise { exc: Temp },
    /// The current exception goes on to the enclosing handler (or out of the function)
    /// without a new traceback entry.
    Propagate,
    /// except*'s CHECK_EG_MATCH: splits `rest` (replaced by what is left unmatched, or
    /// None) by `typ`; `dst` gets the matching part (a group; a naked exception is
    /// wrapped) and `matched` whether there was one. The match becomes the handled exception.
    ExceptStarMatch { dst: Temp, matched: Cond, rest: Temp, typ: Temp },
    /// The exception raised inside a handler, taken (with its traceback) into `dst`
    /// without touching the handled exception.
    FetchRaised { dst: Temp },
    /// except*'s PREP_RERAISE_STAR: what to raise after the clauses, from the original
    /// group and the list of raised/unhandled parts; `raise_it` is false for None.
    PrepReraiseStar { dst: Temp, raise_it: Cond, orig: Temp, list: Temp },
    /// `__enter__`/`__exit__` of a context manager (BEFORE_WITH's lookup and errors);
    /// `exit` receives the bound `__exit__`, `dst` the result of calling `__enter__`.
    WithEnter { dst: Temp, exit: Temp, mgr: Temp },
    /// `exit(type, value, tb)` of the caught exception (or None x3 when `exc` is None).
    WithExit { dst: Temp, exit: Temp, exc: Option<Temp> },

    /// Suspends a generator with `value` (stolen; wrapped in an async generator); on
    /// resumption `dst` gets the sent value, or the thrown exception is raised here.
    Yield { dst: Temp, value: Temp },
    /// `yield from`/`await`: sends into the delegate `iter` (stolen) until it returns;
    /// `dst` gets its return value. While suspended the delegate is on top of the frame's
    /// stack, where CPython's generator methods look for it (`throw`/`close` delegate).
    YieldFrom { dst: Temp, iter: Temp },
    /// GET_YIELD_FROM_ITER.
    GetYieldFromIter { dst: Temp, src: Temp },
    /// GET_AWAITABLE: `kind` 0 for `await`, 1 for `__aenter__`'s, 2 for `__aexit__`'s result.
    GetAwaitable { dst: Temp, src: Temp, kind: u8 },
    /// GET_AITER.
    GetAIter { dst: Temp, src: Temp },
    /// GET_ANEXT: the awaitable of `iter.__anext__()`.
    GetANext { dst: Temp, iter: Temp },
    /// At an `async for` handler: whether the exception is StopAsyncIteration (then cleared).
    EndAsyncFor { dst: Cond },
    /// `match`: whether len(subject) is `n` (or, `at_least`, `n` or more).
    MatchLen { dst: Cond, subject: Temp, n: u32, at_least: bool },
    /// MATCH_MAPPING / MATCH_SEQUENCE: the type's Py_TPFLAGS_MAPPING or _SEQUENCE.
    MatchKind { dst: Cond, subject: Temp, mapping: bool },
    /// MATCH_KEYS: a tuple of the values for `keys` (a tuple), or None if one is missing.
    MatchKeys { dst: Temp, subject: Temp, keys: Temp },
    /// COPY_DICT_WITHOUT_KEYS, for `**rest`.
    DictWithoutKeys { dst: Temp, subject: Temp, keys: Temp },
    /// MATCH_CLASS: a tuple of the attributes for `nargs` positional and the `kwnames`
    /// keyword sub-patterns, or None when the subject does not match.
    MatchClass { dst: Temp, subject: Temp, cls: Temp, nargs: u32, kwnames: ConstId },
    /// `seq[index]`, or `seq[len(seq) - index]` when `from_end` (sequence patterns with `*_`).
    SeqItem { dst: Temp, seq: Temp, index: u32, from_end: bool },
    /// `a is b` as a C truth value.
    Identical { dst: Cond, a: Temp, b: Temp },
    /// BEFORE_ASYNC_WITH: `exit` gets the bound `__aexit__`, `dst` what `__aenter__()` returned.
    AsyncWithEnter { dst: Temp, exit: Temp, mgr: Temp },
    /// An arithmetic expression over locals and numbers computed in C when every local
    /// holds a small exact int (or every one an exact float) and nothing overflows or
    /// divides by zero: `dst` gets the boxed result and control goes to `done`.
    /// Otherwise nothing happens and the generic code that follows computes it.
    FastArith { dst: Temp, tree: Arith, done: Label },
}

/// The builtin a generator expression's items are gathered into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Collect {
    List,
    Tuple,
    Set,
}

impl Collect {
    /// The builtin called `name`, when its call with a genexpr can gather the items directly.
    pub fn of_builtin(name: &str) -> Option<Collect> {
        match name {
            "list" => Some(Collect::List),
            "tuple" => Some(Collect::Tuple),
            "set" => Some(Collect::Set),
            _ => None,
        }
    }

    /// The C type object.
    pub fn c_type(self) -> &'static str {
        match self {
            Collect::List => "PyList_Type",
            Collect::Tuple => "PyTuple_Type",
            Collect::Set => "PySet_Type",
        }
    }
}

/// The expression of a `FastArith`.
#[derive(Debug, Clone, PartialEq)]
pub enum Arith {
    Local(u32),
    Int(i64),
    Float(f64),
    Neg(Box<Arith>),
    /// Add, Sub, Mult, Div (floats only), FloorDiv and Mod (ints only).
    Bin(BinOp, Box<Arith>, Box<Arith>),
}

impl Arith {
    /// Operators in the tree.
    pub fn ops(&self) -> usize {
        match self {
            Arith::Local(_) | Arith::Int(_) | Arith::Float(_) => 0,
            Arith::Neg(a) => 1 + a.ops(),
            Arith::Bin(_, a, b) => 1 + a.ops() + b.ops(),
        }
    }

    /// Fast slots read, each once, in first-use order.
    pub fn locals(&self, out: &mut Vec<u32>) {
        match self {
            Arith::Local(s) if !out.contains(s) => out.push(*s),
            Arith::Neg(a) => a.locals(out),
            Arith::Bin(_, a, b) => {
                a.locals(out);
                b.locals(out);
            }
            _ => {}
        }
    }

    /// Whether the tree has a node matching `f`.
    pub fn any(&self, f: &dyn Fn(&Arith) -> bool) -> bool {
        f(self)
            || match self {
                Arith::Neg(a) => a.any(f),
                Arith::Bin(_, a, b) => a.any(f) || b.any(f),
                _ => false,
            }
    }

    /// Whether C can compute it over ints: no float constant, no true division.
    pub fn int_path(&self) -> bool {
        !self.any(&|n| matches!(n, Arith::Float(_) | Arith::Bin(BinOp::Div, ..)))
    }

    /// Whether C can compute it over floats: no floor division or modulo (their float
    /// semantics are CPython's own functions).
    pub fn float_path(&self) -> bool {
        !self.any(&|n| matches!(n, Arith::Bin(BinOp::FloorDiv | BinOp::Mod, ..)))
    }
}

/// What calling the function makes: its result, or a suspended frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoroKind {
    Plain,
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// Parameter shape, as CPython's code object counts it.
#[derive(Debug, Clone, Default)]
pub struct Params {
    pub posonly: u32,
    /// All positional parameters, positional-only included (`co_argcount`).
    pub positional: u32,
    pub kwonly: u32,
    pub varargs: bool,
    pub varkw: bool,
}

impl Params {
    pub fn total(&self) -> u32 {
        self.positional + self.kwonly + self.varargs as u32 + self.varkw as u32
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FuncKind {
    Module,
    Function,
    /// A class body: names live in the namespace `ns`; returns the `__class__` cell or None.
    Class,
}

#[derive(Debug, Clone)]
pub struct Function {
    pub kind: FuncKind,
    /// `co_name`: what tracebacks show.
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub params: Params,
    /// Fast slots: parameters first, then other locals, then cells, then free variables.
    pub slots: Vec<String>,
    /// Slots that hold a cell created at entry (a parameter's value moves into it).
    pub cell_slots: Vec<u32>,
    /// Slots filled from the closure tuple at entry, in closure order.
    pub free_slots: Vec<u32>,
    /// Constant ids of the slot names (interned), for messages and keyword binding.
    pub slot_names: Vec<ConstId>,
    pub doc: Option<ConstId>,
    pub ntemps: u32,
    pub nconds: u32,
    pub coro: CoroKind,
    /// A generator expression compiled to gather its items (CollectGenexpr): a plain
    /// function whose code object still says CO_GENERATOR, as the genexpr's does.
    pub code_is_generator: bool,
    pub body: Vec<Instr>,
}

impl Function {
    /// Parameters plus plain locals: the slots before cell-only and free slots.
    pub fn nlocals(&self) -> u32 {
        if self.kind == FuncKind::Module {
            return 0;
        }
        let nparams = self.params.total();
        let cell_only = self.cell_slots.iter().filter(|&&s| s >= nparams).count();
        (self.slots.len() - cell_only - self.free_slots.len()) as u32
    }
}

/// One Python module, lowered.
#[derive(Debug, Clone)]
pub struct Module {
    /// Import name (`__main__` for the program).
    pub name: String,
    /// The path tracebacks show.
    pub filename: String,
    pub consts: Vec<Const>,
    /// Function 0 is the module body.
    pub functions: Vec<Function>,
    /// Modules named by import statements (absolute names), for bundling.
    pub imports: Vec<String>,
}
