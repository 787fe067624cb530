//! Size bounds for the caches under `~/.cache/py2c-wasm`.
//!
//! Compiled modules (~20 MB each), Cranelift's per-function results and build work
//! directories grow with every distinct program; unbounded, they filled the disk.
//! Each is pruned, least recently used first, down to a budget once it goes over it.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// One cache directory and its budget.
pub struct Bounded<'a> {
    pub dir: &'a Path,
    /// Entries are the paths this many levels below `dir` (1: its children); an entry
    /// is removed whole, with its size counted recursively.
    pub depth: usize,
    pub max_bytes: u64,
}

/// Budgets in MiB, overridable with `PY2C_CACHE_MAX_MB` (applies to each cache).
pub fn budget(default_mib: u64) -> u64 {
    let mib = std::env::var("PY2C_CACHE_MAX_MB").ok().and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(default_mib);
    mib << 20
}

/// Marks an entry as just used (its mtime is the LRU clock). Best effort.
pub fn touch(path: &Path) {
    // A read-only handle suffices for the owner, and opens directories too.
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.set_modified(SystemTime::now());
    }
}

/// Prunes `cache` when it is over budget, at most once per `every` (a stamp file's
/// mtime keeps the time), since walking a large cache costs more than a hit saves.
/// Returns the bytes removed. Errors are ignored: a cache is never worth failing for.
pub fn prune_now_and_then(cache: &Bounded, every: Duration) -> u64 {
    let stamp = cache.dir.join(".pruned");
    let recent = std::fs::metadata(&stamp)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_some_and(|age| age < every);
    if recent {
        return 0;
    }
    let removed = prune(cache);
    let _ = std::fs::write(&stamp, b"");
    removed
}

/// Removes the least recently modified entries until the total is within budget.
pub fn prune(cache: &Bounded) -> u64 {
    let mut entries: Vec<(SystemTime, u64, PathBuf)> = Vec::new();
    collect(cache.dir, cache.depth, &mut entries);
    let mut total: u64 = entries.iter().map(|e| e.1).sum();
    if total <= cache.max_bytes {
        return 0;
    }
    entries.sort_by_key(|e| e.0);
    let mut removed = 0;
    for (_, size, path) in entries {
        if total <= cache.max_bytes {
            break;
        }
        let gone = if path.is_dir() { std::fs::remove_dir_all(&path) } else { std::fs::remove_file(&path) };
        if gone.is_ok() {
            total -= size;
            removed += size;
        }
    }
    removed
}

fn collect(dir: &Path, depth: usize, out: &mut Vec<(SystemTime, u64, PathBuf)>) {
    let Ok(read) = std::fs::read_dir(dir) else { return };
    for entry in read.flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n == ".pruned") {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        if depth > 1 && meta.is_dir() {
            collect(&path, depth - 1, out);
        } else {
            let mtime = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
            let size = if meta.is_dir() { tree_size(&path) } else { meta.len() };
            out.push((mtime, size, path));
        }
    }
}

fn tree_size(dir: &Path) -> u64 {
    let Ok(read) = std::fs::read_dir(dir) else { return 0 };
    read.flatten()
        .filter_map(|e| Some((e.path(), e.metadata().ok()?)))
        .map(|(p, m)| if m.is_dir() { tree_size(&p) } else { m.len() })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(dir: &Path, name: &str, bytes: usize, age_s: u64) -> PathBuf {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, vec![0u8; bytes]).unwrap();
        let f = std::fs::OpenOptions::new().append(true).open(&p).unwrap();
        f.set_modified(SystemTime::now() - Duration::from_secs(age_s)).unwrap();
        p
    }

    #[test]
    fn removes_oldest_entries_until_within_budget() {
        let dir = std::env::temp_dir().join(format!("py2c-cache-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let old = file(&dir, "old", 400, 300);
        let mid = file(&dir, "mid", 400, 200);
        let new = file(&dir, "new", 400, 100);
        let removed = prune(&Bounded { dir: &dir, depth: 1, max_bytes: 900 });
        assert_eq!(removed, 400);
        assert!(!old.exists() && mid.exists() && new.exists());
        // A touched entry counts as the newest.
        touch(&mid);
        prune(&Bounded { dir: &dir, depth: 1, max_bytes: 500 });
        assert!(mid.exists() && !new.exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn nested_entries_are_counted_at_their_depth() {
        let dir = std::env::temp_dir().join(format!("py2c-cache-test-nested-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let a = file(&dir, "ab/one", 300, 300);
        let b = file(&dir, "cd/two", 300, 100);
        prune(&Bounded { dir: &dir, depth: 2, max_bytes: 300 });
        assert!(!a.exists() && b.exists());
        // Whole directories at depth 1.
        let c = file(&dir, "w1/x/y", 300, 50);
        touch(&dir.join("w1"));
        prune(&Bounded { dir: &dir, depth: 1, max_bytes: 300 });
        assert!(!b.exists() && c.exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
