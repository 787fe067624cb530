//! Compile-time diagnostics, worded and located the way CPython reports them.

use std::fmt;

/// A source position: 1-based line, 1-based column (CPython's `offset`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// A real Python `SyntaxError` (CPython would reject the program too).
    Syntax,
    /// Valid Python that this compiler does not translate yet.
    Unsupported,
}

#[derive(Debug, Clone)]
pub struct CompileError {
    pub file: String,
    pub pos: Pos,
    pub kind: ErrorKind,
    pub msg: String,
}

impl CompileError {
    pub fn syntax(file: &str, pos: Pos, msg: impl Into<String>) -> Self {
        CompileError { file: file.to_string(), pos, kind: ErrorKind::Syntax, msg: msg.into() }
    }
    pub fn unsupported(file: &str, pos: Pos, what: impl Into<String>) -> Self {
        CompileError { file: file.to_string(), pos, kind: ErrorKind::Unsupported, msg: what.into() }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Unsupported => "error: not supported yet",
        };
        write!(f, "{}:{}:{}: {}: {}", self.file, self.pos.line, self.pos.col, kind, self.msg)
    }
}

impl std::error::Error for CompileError {}

pub type CResult<T> = Result<T, CompileError>;
