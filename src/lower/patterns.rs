//! `match` (PEP 634), compiled as CPython 3.11's compiler does: the subject is evaluated
//! once; each case's pattern tests it step by step, jumping to the case's failure exit
//! at the first mismatch; names are bound only once the whole pattern matched (then the
//! guard runs), so a failed case binds nothing.

use std::collections::HashSet;

use rustpython_parser::ast::Ranged;

use super::Lowerer;
use crate::constants::Const;
use crate::diag::CResult;
use crate::ir::{Instr, Label, Temp};
use crate::parse::ast::{self, Constant, Expr, Pattern};

/// Captures of a pattern, in binding order: (name, temp holding the value).
type Binds = Vec<(String, Temp)>;

impl<'a> Lowerer<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        let subject = self.expr(&m.subject)?;
        let end = self.label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let (fail, next) = (self.label(), self.label());
            let allow_irrefutable = case.guard.is_some() || i == n - 1;
            let mark = self.b.taken.len();
            let mut binds = Binds::new();
            self.pattern(&case.pattern, subject, fail, &mut binds, allow_irrefutable)?;
            let pattern_temps: Vec<Temp> = self.b.taken[mark..].to_vec();
            for (name, t) in binds {
                self.store_name(&name, t, &case.pattern)?;
            }
            if let Some(g) = &case.guard {
                let body = self.label();
                self.branch(g, body, next)?;
                self.emit(Instr::Label(body));
            }
            self.stmts(&case.body)?;
            self.emit(Instr::Jump(end));
            // A failed pattern drops whatever it had taken so far.
            self.emit(Instr::Label(fail));
            for t in pattern_temps {
                self.emit(Instr::Reset(t));
            }
            self.emit(Instr::Label(next));
        }
        self.emit(Instr::Label(end));
        self.clear(subject);
        Ok(())
    }

    fn bind<T: Ranged>(&mut self, node: &T, binds: &mut Binds, name: &str, value: Temp) -> CResult<()> {
        if binds.iter().any(|(n, _)| n == name) {
            return Err(self.file.error_at(node, format!("multiple assignments to name '{}' in pattern", name)));
        }
        binds.push((name.to_string(), value));
        Ok(())
    }

    /// Jumps to `fail` unless `cond` holds.
    fn require(&mut self, cond: u32, fail: Label) {
        let ok = self.label();
        self.emit(Instr::Branch { cond, if_true: ok, if_false: fail });
        self.emit(Instr::Label(ok));
    }

    /// Tests `subj` (borrowed) against `p`; captures go to `binds`.
    fn pattern(&mut self, p: &Pattern, subj: Temp, fail: Label, binds: &mut Binds, allow_irrefutable: bool) -> CResult<()> {
        self.line(p);
        match p {
            Pattern::MatchValue(v) => {
                let val = self.expr(&v.value)?;
                self.line(p);
                let r = self.temp();
                self.emit(Instr::Compare { dst: r, op: crate::ir::CmpOp::Eq, a: subj, b: val });
                self.clear(val);
                let c = self.cond();
                self.emit(Instr::Truth { dst: c, src: r });
                self.clear(r);
                self.require(c, fail);
            }
            Pattern::MatchSingleton(s) => {
                let k = match s.value {
                    Constant::None => Const::None,
                    Constant::Bool(true) => Const::True,
                    Constant::Bool(false) => Const::False,
                    _ => return Err(self.file.error_at(p, "patterns may only match literals and attribute lookups")),
                };
                let k = self.load_const(k);
                let c = self.cond();
                self.emit(Instr::Identical { dst: c, a: subj, b: k });
                self.clear(k);
                self.require(c, fail);
            }
            Pattern::MatchAs(a) => {
                match &a.pattern {
                    None => {
                        if !allow_irrefutable {
                            let msg = match &a.name {
                                Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n),
                                None => "wildcard makes remaining patterns unreachable".to_string(),
                            };
                            return Err(self.file.error_at(p, msg));
                        }
                    }
                    Some(inner) => self.pattern(inner, subj, fail, binds, allow_irrefutable)?,
                }
                if let Some(name) = &a.name {
                    let t = self.temp();
                    self.emit(Instr::Dup { dst: t, src: subj });
                    self.bind(p, binds, name.as_str(), t)?;
                }
            }
            Pattern::MatchStar(_) => return Err(self.file.error_at(p, "can't use starred name here")),
            Pattern::MatchOr(o) => self.or_pattern(p, o, subj, fail, binds, allow_irrefutable)?,
            Pattern::MatchSequence(sq) => self.sequence_pattern(p, &sq.patterns, subj, fail, binds)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(p, m, subj, fail, binds)?,
            Pattern::MatchClass(c) => self.class_pattern(p, c, subj, fail, binds)?,
        }
        Ok(())
    }

    fn or_pattern(
        &mut self,
        p: &Pattern,
        o: &ast::PatternMatchOr,
        subj: Temp,
        fail: Label,
        binds: &mut Binds,
        allow_irrefutable: bool,
    ) -> CResult<()> {
        let names = capture_names(&o.patterns[0]);
        let results: Vec<Temp> = names.iter().map(|_| self.temp()).collect();
        let ok = self.label();
        let n = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            let last = i == n - 1;
            let alt_fail = self.label();
            let mark = self.b.taken.len();
            let mut alt_binds = Binds::new();
            self.pattern(alt, subj, alt_fail, &mut alt_binds, allow_irrefutable && last)?;
            let got: HashSet<&str> = alt_binds.iter().map(|(n, _)| n.as_str()).collect();
            let want: HashSet<&str> = names.iter().map(|n| n.as_str()).collect();
            if got != want {
                return Err(self.file.error_at(alt, "alternative patterns bind different names"));
            }
            let temps: Vec<Temp> = self.b.taken[mark..].to_vec();
            for (name, t) in alt_binds {
                let k = names.iter().position(|x| *x == name).expect("same names");
                self.emit(Instr::Move { dst: results[k], src: t });
            }
            self.emit(Instr::Jump(ok));
            self.emit(Instr::Label(alt_fail));
            for t in temps {
                self.emit(Instr::Reset(t));
            }
            if last {
                self.emit(Instr::Jump(fail));
            }
        }
        self.emit(Instr::Label(ok));
        for (name, t) in names.into_iter().zip(results) {
            self.bind(p, binds, &name, t)?;
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, p: &Pattern, items: &[Pattern], subj: Temp, fail: Label, binds: &mut Binds) -> CResult<()> {
        let star = items.iter().position(|x| matches!(x, Pattern::MatchStar(_)));
        if items.iter().filter(|x| matches!(x, Pattern::MatchStar(_))).count() > 1 {
            return Err(self.file.error_at(p, "multiple starred names in sequence pattern"));
        }
        let c = self.cond();
        self.emit(Instr::MatchKind { dst: c, subject: subj, mapping: false });
        self.require(c, fail);
        let size = items.len() as u32;
        let c = self.cond();
        match star {
            None => self.emit(Instr::MatchLen { dst: c, subject: subj, n: size, at_least: false }),
            Some(_) => self.emit(Instr::MatchLen { dst: c, subject: subj, n: size - 1, at_least: true }),
        }
        self.require(c, fail);
        if items.iter().all(is_wildcard) {
            return Ok(());
        }
        let star_wildcard = star.is_some_and(|i| is_wildcard(&items[i]));
        if star_wildcard {
            // `[a, *_, b]`: index the items it needs instead of unpacking them all.
            let star = star.unwrap_or(0);
            for (i, item) in items.iter().enumerate() {
                if i == star || is_wildcard(item) {
                    continue;
                }
                let t = self.temp();
                let (index, from_end) = if i < star { (i as u32, false) } else { (size - i as u32, true) };
                self.emit(Instr::SeqItem { dst: t, seq: subj, index, from_end });
                self.pattern(item, t, fail, binds, true)?;
                self.clear(t);
            }
            return Ok(());
        }
        let dsts: Vec<Temp> = items.iter().map(|_| self.temp()).collect();
        match star {
            None => self.emit(Instr::UnpackSequence { src: subj, dsts: dsts.clone() }),
            Some(i) => self.emit(Instr::UnpackEx { src: subj, before: i as u32, after: size - i as u32 - 1, dsts: dsts.clone() }),
        }
        for (item, t) in items.iter().zip(dsts) {
            match item {
                Pattern::MatchStar(s) => match &s.name {
                    Some(name) => self.bind(item, binds, name.as_str(), t)?,
                    None => self.clear(t),
                },
                _ => {
                    self.pattern(item, t, fail, binds, true)?;
                    self.clear(t);
                }
            }
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, p: &Pattern, m: &ast::PatternMatchMapping, subj: Temp, fail: Label, binds: &mut Binds) -> CResult<()> {
        let c = self.cond();
        self.emit(Instr::MatchKind { dst: c, subject: subj, mapping: true });
        self.require(c, fail);
        let n = m.keys.len() as u32;
        if n > 0 {
            let c = self.cond();
            self.emit(Instr::MatchLen { dst: c, subject: subj, n, at_least: true });
            self.require(c, fail);
        }
        if n == 0 && m.rest.is_none() {
            return Ok(());
        }
        let mut seen: Vec<Const> = Vec::new();
        let mut keys = Vec::new();
        for k in &m.keys {
            match k {
                Expr::Attribute(_) | Expr::UnaryOp(_) | Expr::BinOp(_) => {}
                Expr::Constant(kc) => {
                    let c = super::constant_value(&kc.value);
                    if seen.contains(&c) {
                        return Err(self.file.error_at(p, format!("mapping pattern checks duplicate key ({})", python_repr(&kc.value))));
                    }
                    seen.push(c);
                }
                _ => return Err(self.file.error_at(k, "mapping pattern keys may only match literals and attribute lookups")),
            }
            keys.push(self.expr(k)?);
        }
        self.line(p);
        let keys_t = self.temp();
        self.emit(Instr::BuildTuple { dst: keys_t, items: keys });
        if n > 0 {
            let values = self.temp();
            self.emit(Instr::MatchKeys { dst: values, subject: subj, keys: keys_t });
            let none = self.load_const(Const::None);
            let c = self.cond();
            self.emit(Instr::Identical { dst: c, a: values, b: none });
            self.clear(none);
            let ok = self.label();
            self.emit(Instr::Branch { cond: c, if_true: fail, if_false: ok });
            self.emit(Instr::Label(ok));
            let dsts: Vec<Temp> = m.patterns.iter().map(|_| self.temp()).collect();
            self.emit(Instr::UnpackSequence { src: values, dsts: dsts.clone() });
            self.clear(values);
            for (item, t) in m.patterns.iter().zip(dsts) {
                self.pattern(item, t, fail, binds, true)?;
                self.clear(t);
            }
        }
        if let Some(rest) = &m.rest {
            let r = self.temp();
            self.emit(Instr::DictWithoutKeys { dst: r, subject: subj, keys: keys_t });
            self.bind(p, binds, rest.as_str(), r)?;
        }
        self.clear(keys_t);
        Ok(())
    }

    fn class_pattern(&mut self, p: &Pattern, c: &ast::PatternMatchClass, subj: Temp, fail: Label, binds: &mut Binds) -> CResult<()> {
        for (i, a) in c.kwd_attrs.iter().enumerate() {
            if c.kwd_attrs[..i].iter().any(|b| b == a) {
                return Err(self.file.error_at(&c.kwd_patterns[i], format!("attribute name repeated in class pattern: {}", a)));
            }
        }
        let cls = self.expr(&c.cls)?;
        self.line(p);
        let kwnames = self.konst(Const::Tuple(c.kwd_attrs.iter().map(|a| Const::str(a.as_str())).collect()));
        let attrs = self.temp();
        let nargs = c.patterns.len() as u32;
        self.emit(Instr::MatchClass { dst: attrs, subject: subj, cls, nargs, kwnames });
        self.clear(cls);
        let none = self.load_const(Const::None);
        let cond = self.cond();
        self.emit(Instr::Identical { dst: cond, a: attrs, b: none });
        self.clear(none);
        let ok = self.label();
        self.emit(Instr::Branch { cond, if_true: fail, if_false: ok });
        self.emit(Instr::Label(ok));
        let subs: Vec<&Pattern> = c.patterns.iter().chain(c.kwd_patterns.iter()).collect();
        if subs.iter().all(|x| is_wildcard(x)) {
            self.clear(attrs);
            return Ok(());
        }
        let dsts: Vec<Temp> = subs.iter().map(|_| self.temp()).collect();
        self.emit(Instr::UnpackSequence { src: attrs, dsts: dsts.clone() });
        self.clear(attrs);
        for (item, t) in subs.into_iter().zip(dsts) {
            self.pattern(item, t, fail, binds, true)?;
            self.clear(t);
        }
        Ok(())
    }
}

/// `_` and `*_`: match anything, bind nothing.
fn is_wildcard(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none() && a.name.is_none(),
        Pattern::MatchStar(s) => s.name.is_none(),
        _ => false,
    }
}

/// The names a pattern binds, in binding order.
fn capture_names(p: &Pattern) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(p: &Pattern, out: &mut Vec<String>) {
        match p {
            Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    walk(inner, out);
                }
                if let Some(n) = &a.name {
                    out.push(n.to_string());
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    out.push(n.to_string());
                }
            }
            Pattern::MatchOr(o) => walk(&o.patterns[0], out),
            Pattern::MatchSequence(s) => s.patterns.iter().for_each(|x| walk(x, out)),
            Pattern::MatchMapping(m) => {
                m.patterns.iter().for_each(|x| walk(x, out));
                if let Some(r) = &m.rest {
                    out.push(r.to_string());
                }
            }
            Pattern::MatchClass(c) => c.patterns.iter().chain(c.kwd_patterns.iter()).for_each(|x| walk(x, out)),
        }
    }
    walk(p, &mut out);
    out
}

/// The repr CPython's message shows for a duplicate literal key.
fn python_repr(c: &Constant) -> String {
    match c {
        Constant::Str(s) if s.contains('\'') && !s.contains('"') => format!("\"{}\"", s),
        Constant::Str(s) => format!("'{}'", s.replace('\'', "\\'")),
        Constant::Int(i) => i.to_string(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::None => "None".into(),
        Constant::Float(f) => format!("{:?}", f),
        other => format!("{:?}", other),
    }
}
