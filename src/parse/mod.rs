//! The front end: source text -> AST, behind our own thin layer.
//!
//! Every later stage imports AST types from here (`crate::parse::ast`), never from
//! `rustpython_parser` directly, so the parser can be swapped (ruff's is the likely
//! successor) by changing this module alone.

pub mod strings;

pub use rustpython_parser::ast;
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextSize;
use rustpython_parser::Parse;

use crate::diag::{CResult, CompileError, Pos};

/// Maps byte offsets to CPython-style (1-based line, 1-based column) positions.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut line_starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts }
    }

    pub fn pos(&self, offset: TextSize) -> Pos {
        let off = u32::from(offset);
        let line = match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        Pos { line: line as u32 + 1, col: off - self.line_starts[line] + 1 }
    }
}

/// One parsed Python source file.
pub struct SourceFile {
    /// The path as the user named it; it is what tracebacks show (as CPython does).
    pub path: String,
    pub source: String,
    pub body: Vec<ast::Stmt>,
    pub lines: LineIndex,
}

impl SourceFile {
    pub fn pos_of<T: Ranged>(&self, node: &T) -> Pos {
        self.lines.pos(node.start())
    }

    /// The source text of a node.
    pub fn text_of<T: Ranged>(&self, node: &T) -> &str {
        let r = node.range();
        &self.source[usize::from(r.start())..usize::from(r.end())]
    }

    pub fn error_at<T: Ranged>(&self, node: &T, msg: impl Into<String>) -> CompileError {
        CompileError::syntax(&self.path, self.pos_of(node), msg)
    }

    pub fn unsupported<T: Ranged>(&self, node: &T, what: impl Into<String>) -> CompileError {
        CompileError::unsupported(&self.path, self.pos_of(node), what)
    }
}

/// Parses `source`, reporting syntax errors at file:line:col.
pub fn parse_source(path: &str, source: &str) -> CResult<SourceFile> {
    let lines = LineIndex::new(source);
    match ast::Suite::parse(source, path) {
        Ok(body) => Ok(SourceFile { path: path.to_string(), source: source.to_string(), body, lines }),
        Err(err) => {
            let pos = lines.pos(err.offset);
            Err(CompileError::syntax(path, pos, syntax_message(&err.error.to_string())))
        }
    }
}

/// rustpython words token errors differently from CPython; CPython says "invalid syntax".
fn syntax_message(msg: &str) -> String {
    if msg.starts_with("invalid syntax") || msg.starts_with("Got unexpected token") {
        "invalid syntax".to_string()
    } else {
        msg.to_string()
    }
}

pub fn parse_file(path: &str) -> anyhow::Result<SourceFile> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("can't open file '{}': {}", path, e))?;
    Ok(parse_source(path, &source)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        let idx = LineIndex::new("a = 1\nbb = 2\n");
        assert_eq!(idx.pos(TextSize::from(0)), Pos { line: 1, col: 1 });
        assert_eq!(idx.pos(TextSize::from(7)), Pos { line: 2, col: 2 });
    }

    #[test]
    fn syntax_error_is_located() {
        let err = parse_source("x.py", "a = 1\nif a\n    pass\n").err().expect("must fail");
        assert_eq!(err.pos.line, 2);
        assert!(err.to_string().starts_with("x.py:2:"), "{}", err);
    }
}
