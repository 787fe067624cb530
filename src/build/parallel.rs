//! One work queue over every core, for the build's per-module stages (front end, C
//! emission): results come back in input order, and a panic in one item (a compiler bug)
//! becomes that item's error instead of bringing the build down.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use anyhow::{anyhow, Result};

/// Worker threads: `PY2C_JOBS`, else the machine's cores.
pub fn jobs() -> usize {
    std::env::var("PY2C_JOBS")
        .ok()
        .and_then(|j| j.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2))
        .max(1)
}

/// `f` over `items` in parallel; `what(item)` names an item in a panic's error.
pub fn map<T: Sync, R: Send>(items: &[T], what: impl Fn(&T) -> String + Sync, f: impl Fn(&T) -> Result<R> + Sync) -> Vec<Result<R>> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<R>>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..jobs().min(items.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                let r = catch_unwind(AssertUnwindSafe(|| f(item))).unwrap_or_else(|payload| {
                    let msg = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".into());
                    Err(anyhow!("internal error of py2c-wasm on {}: {} (please report it)", what(item), msg))
                });
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(anyhow!("a build worker stopped early"))))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_order_and_panics_become_errors() {
        let items: Vec<u32> = (0..50).collect();
        let out = super::map(&items, |i| format!("item {}", i), |&i| if i == 7 { panic!("boom") } else { Ok(i * 2) });
        assert_eq!(out.len(), 50);
        assert_eq!(*out[3].as_ref().unwrap(), 6);
        let e = out[7].as_ref().unwrap_err().to_string();
        assert!(e.contains("item 7") && e.contains("boom"), "{}", e);
    }
}
