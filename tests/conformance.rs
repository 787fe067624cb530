//! The language conformance corpus: `tests/conformance/<area>/*.py`, small programs of our
//! own, one topic each, grouped by area (functions, scopes, classes, exceptions, expressions,
//! flow, ...). Each is compiled, run with no mounts and compared with python3.11 on stdout,
//! exit code and uncaught tracebacks (see `common`).

mod common;

#[test]
fn conformance_corpus_matches_cpython() {
    common::check_corpus(&common::manifest_dir().join("tests/conformance"), "conformance", 300);
}
