//! The embedded read-only filesystem: the packer (host side). The build lists what the
//! `.wasm` carries as [`Entry`]s; [`pack`] writes them into one image that the C runtime
//! (`templates/runtime/vfs.c`, `vfs_wasi.c`) serves at the WASI calls, below libc and
//! Python, so `open`, `os.stat`, `os.scandir`, sqlite3's C code... all see the same tree.
//! The byte format is in `docs/vfs.md`; [`list`] reads it back.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

/// Where an embedded file's bytes come from.
#[derive(Debug, Clone)]
pub enum Content {
    /// A host file, read at pack time.
    File(PathBuf),
    /// Bytes given by the build.
    Bytes(Vec<u8>),
    /// A compiled module's file (`__file__`): it is listed and stats as an empty file, but
    /// opening it fails (EACCES): there is no source to read, as where CPython runs from
    /// `.pyc` files only, and code that falls back to reading the file (linecache,
    /// Django's debug page) finds an error rather than an empty source.
    Compiled,
    /// A directory (parents of every entry are implied; this one is for empty ones).
    Dir,
}

/// One path of the embedded tree: absolute guest path, `/`-separated, no `.`/`..`.
#[derive(Debug, Clone)]
pub struct Entry {
    pub path: String,
    pub content: Content,
}

/// The WASI functions of wasi-libc the runtime interposes (`wasm-ld --wrap=NAME`); each has a
/// `__wrap_NAME` in `templates/runtime/vfs_wasi.c` with exactly the signature of `wasi/api.h`.
pub const WRAPPED: &[&str] = &[
    "__wasi_fd_advise",
    "__wasi_fd_allocate",
    "__wasi_fd_close",
    "__wasi_fd_datasync",
    "__wasi_fd_fdstat_get",
    "__wasi_fd_fdstat_set_flags",
    "__wasi_fd_filestat_get",
    "__wasi_fd_filestat_set_size",
    "__wasi_fd_filestat_set_times",
    "__wasi_fd_pread",
    "__wasi_fd_prestat_dir_name",
    "__wasi_fd_prestat_get",
    "__wasi_fd_pwrite",
    "__wasi_fd_read",
    "__wasi_fd_readdir",
    "__wasi_fd_renumber",
    "__wasi_fd_seek",
    "__wasi_fd_sync",
    "__wasi_fd_tell",
    "__wasi_fd_write",
    "__wasi_path_create_directory",
    "__wasi_path_filestat_get",
    "__wasi_path_filestat_set_times",
    "__wasi_path_link",
    "__wasi_path_open",
    "__wasi_path_readlink",
    "__wasi_path_remove_directory",
    "__wasi_path_rename",
    "__wasi_path_symlink",
    "__wasi_path_unlink_file",
];

/// `"P2VF"`, the first four bytes of an image.
pub const MAGIC: &[u8; 4] = b"P2VF";
pub const VERSION: u32 = 1;
/// The one mtime (seconds since the epoch) of every embedded node: 1980-01-01T00:00:00Z, the
/// earliest time a zip entry can hold, so `zipfile` can archive embedded files.
pub const MTIME: u32 = 315_532_800;
const HEADER_LEN: usize = 32;
const NODE_LEN: usize = 24;
const KIND_DIR: u32 = 1;
const KIND_FILE: u32 = 2;
const KIND_COMPILED: u32 = 3;
/// File data starts at multiples of this (so the C side may read aligned words).
const DATA_ALIGN: usize = 8;

/// The in-memory tree: directories map names to children (sorted: BTreeMap on bytes).
#[derive(PartialEq)]
enum Node {
    Dir(BTreeMap<Vec<u8>, Node>),
    File(Vec<u8>),
    Compiled,
}

/// The path's components, checked: absolute, no empty/`.`/`..` parts, no NUL, not under `/tmp`
/// (the runtime's in-memory writable directory).
fn components(path: &str) -> Result<Vec<&str>> {
    let Some(rest) = path.strip_prefix('/') else { bail!("embedded path {:?} is not absolute", path) };
    if rest.is_empty() {
        return Ok(Vec::new());
    }
    let parts: Vec<&str> = rest.split('/').collect();
    for p in &parts {
        if p.is_empty() || *p == "." || *p == ".." || p.contains('\0') {
            bail!("embedded path {:?}: bad component {:?}", path, p);
        }
        if p.len() > 255 {
            bail!("embedded path {:?}: a component is longer than 255 bytes", path);
        }
    }
    if parts[0] == "tmp" {
        bail!("embedded path {:?}: /tmp is the runtime's writable in-memory directory", path);
    }
    Ok(parts)
}

fn insert(root: &mut Node, entry: &Entry) -> Result<()> {
    let parts = components(&entry.path)?;
    let leaf = match &entry.content {
        Content::Dir => None,
        Content::Bytes(b) => Some(Node::File(b.clone())),
        Content::File(p) => Some(Node::File(std::fs::read(p).with_context(|| format!("cannot read {} (for {})", p.display(), entry.path))?)),
        Content::Compiled => Some(Node::Compiled),
    };
    if parts.is_empty() {
        return match leaf {
            None => Ok(()),
            Some(_) => bail!("embedded path \"/\" must be a directory"),
        };
    }
    let mut node = root;
    for (i, part) in parts.iter().enumerate() {
        let Node::Dir(children) = node else {
            bail!("embedded path {:?}: {:?} is a file", entry.path, format!("/{}", parts[..i].join("/")));
        };
        let last = i + 1 == parts.len();
        let key = part.as_bytes().to_vec();
        if !last {
            node = children.entry(key).or_insert_with(|| Node::Dir(BTreeMap::new()));
            continue;
        }
        match (children.get(&key), &leaf) {
            (None, None) => {
                children.insert(key, Node::Dir(BTreeMap::new()));
            }
            (None, Some(_)) => {
                children.insert(key, leaf.unwrap());
            }
            (Some(Node::Dir(_)), None) => {}
            (Some(old @ (Node::File(_) | Node::Compiled)), Some(new)) if old == new => {}
            (Some(_), _) => bail!("embedded path {:?} is listed twice with different contents", entry.path),
        }
        return Ok(());
    }
    unreachable!()
}

fn u32_of(n: usize, what: &str) -> Result<u32> {
    u32::try_from(n).map_err(|_| anyhow::anyhow!("the embedded filesystem is too large ({} > 4 GiB)", what))
}

/// The image of `entries` (byte-identical for the same entries, whatever their order).
pub fn pack(entries: &[Entry]) -> Result<Vec<u8>> {
    if entries.is_empty() {
        // No files: the runtime still serves `/` and `/tmp` (docs/vfs.md).
        return Ok(Vec::new());
    }
    let mut root = Node::Dir(BTreeMap::new());
    for e in entries {
        insert(&mut root, e)?;
    }
    // Breadth-first, so each directory's children are contiguous and sorted.
    struct Flat<'a> {
        parent: u32,
        name: &'a [u8],
        node: &'a Node,
    }
    let mut flat = vec![Flat { parent: 0, name: b"", node: &root }];
    let mut first_child = Vec::new();
    let mut i = 0;
    while i < flat.len() {
        first_child.push(flat.len());
        if let Node::Dir(children) = flat[i].node {
            for (name, child) in children {
                flat.push(Flat { parent: i as u32, name, node: child });
            }
        }
        i += 1;
    }
    let mut names = Vec::new();
    let mut name_at = Vec::with_capacity(flat.len());
    for f in &flat {
        name_at.push(names.len());
        names.extend_from_slice(f.name);
    }
    let names_offset = HEADER_LEN + NODE_LEN * flat.len();
    let mut data_start = names_offset + names.len();
    data_start = data_start.div_ceil(DATA_ALIGN) * DATA_ALIGN;
    // Identical contents are stored once (licenses repeat, many files are empty).
    let mut data: Vec<u8> = Vec::new();
    let mut seen: HashMap<[u8; 32], usize> = HashMap::new();
    let mut nodes = Vec::with_capacity(NODE_LEN * flat.len());
    for (i, f) in flat.iter().enumerate() {
        let (kind, a, b) = match f.node {
            Node::Dir(children) => (KIND_DIR, first_child[i], children.len()),
            Node::File(bytes) => {
                let digest: [u8; 32] = Sha256::digest(bytes).into();
                let at = *seen.entry(digest).or_insert_with(|| {
                    while data.len() % DATA_ALIGN != 0 {
                        data.push(0);
                    }
                    let at = data.len();
                    data.extend_from_slice(bytes);
                    at
                });
                (KIND_FILE, data_start + at, bytes.len())
            }
            Node::Compiled => (KIND_COMPILED, 0, 0),
        };
        for v in [kind, f.parent, u32_of(name_at[i], "names")?, f.name.len() as u32, u32_of(a, "data")?, u32_of(b, "a file")?] {
            nodes.extend_from_slice(&v.to_le_bytes());
        }
    }
    let total = data_start + data.len();
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(MAGIC);
    for v in [VERSION, flat.len() as u32, HEADER_LEN as u32, names_offset as u32, names.len() as u32, MTIME, u32_of(total, "image")?] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&nodes);
    out.extend_from_slice(&names);
    out.resize(data_start, 0);
    out.extend_from_slice(&data);
    Ok(out)
}

/// A decoded node: guest path, and the file's bytes (`None`: a directory).
type Decoded<'a> = (String, Option<&'a [u8]>);

/// Every node of `image` but the root, in image order (breadth-first, sorted per directory),
/// checking the format as the C side relies on it.
fn decode(image: &[u8]) -> Result<Vec<Decoded<'_>>> {
    if image.is_empty() {
        return Ok(Vec::new());
    }
    let word = |at: usize| -> Result<usize> {
        let b = image.get(at..at + 4).context("truncated image")?;
        Ok(u32::from_le_bytes(b.try_into().unwrap()) as usize)
    };
    if image.len() < HEADER_LEN || &image[..4] != MAGIC || word(4)? != VERSION as usize {
        bail!("not a version {} embedded filesystem image", VERSION);
    }
    let (count, nodes_at, names_at, names_len, total) = (word(8)?, word(12)?, word(16)?, word(20)?, word(28)?);
    if total != image.len() || count == 0 || nodes_at + count * NODE_LEN > image.len() || names_at + names_len > image.len() {
        bail!("inconsistent embedded filesystem image header");
    }
    let mut paths: Vec<String> = vec![String::new()];
    let mut out = Vec::new();
    for i in 0..count {
        let f = |k: usize| word(nodes_at + i * NODE_LEN + 4 * k);
        let (kind, parent, name_off, name_len, a, b) = (f(0)?, f(1)?, f(2)?, f(3)?, f(4)?, f(5)?);
        if i == 0 {
            if kind != KIND_DIR as usize {
                bail!("the image's root is not a directory");
            }
            continue;
        }
        if parent >= i || name_off + name_len > names_len {
            bail!("bad node {} in the image", i);
        }
        let name = std::str::from_utf8(&image[names_at + name_off..names_at + name_off + name_len])?;
        let path = format!("{}/{}", paths[parent], name);
        let content = match kind as u32 {
            KIND_DIR => {
                if a + b > count {
                    bail!("bad directory node {}", i);
                }
                None
            }
            KIND_FILE => Some(image.get(a..a + b).context("file data outside the image")?),
            KIND_COMPILED => Some(&[][..]),
            _ => bail!("bad node kind {}", kind),
        };
        paths.push(path.clone());
        out.push((path, content));
    }
    Ok(out)
}

/// What `image` holds, for `build --list-files`: every path with its size, in image order;
/// directories end with `/` and have size 0.
pub fn list(image: &[u8]) -> Result<Vec<(String, u64)>> {
    Ok(decode(image)?
        .into_iter()
        .map(|(p, c)| match c {
            Some(bytes) => (p, bytes.len() as u64),
            None => (p + "/", 0),
        })
        .collect())
}

/// Entries for a whole host directory mounted at `guest` (files and empty directories,
/// symlinks followed), for builds that embed a data folder as it is.
pub fn entries_from_dir(host: &Path, guest: &str) -> Result<Vec<Entry>> {
    let mut out = vec![Entry { path: guest.to_string(), content: Content::Dir }];
    let mut items: Vec<_> = std::fs::read_dir(host)
        .with_context(|| format!("cannot read directory {}", host.display()))?
        .collect::<std::io::Result<Vec<_>>>()?;
    items.sort_by_key(|e| e.file_name());
    for item in items {
        let name = item.file_name();
        let Some(name) = name.to_str() else { bail!("{}: file name is not UTF-8", item.path().display()) };
        let path = format!("{}/{}", guest.trim_end_matches('/'), name);
        if item.path().is_dir() {
            out.extend(entries_from_dir(&item.path(), &path)?);
        } else {
            out.push(Entry { path, content: Content::File(item.path()) });
        }
    }
    Ok(out)
}

/// Link arguments that route wasi-libc's WASI calls through the runtime's filesystem.
pub fn link_args() -> Vec<String> {
    WRAPPED.iter().map(|w| format!("-Wl,--wrap={}", w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(path: &str, b: &[u8]) -> Entry {
        Entry { path: path.into(), content: Content::Bytes(b.to_vec()) }
    }

    fn sample() -> Vec<Entry> {
        vec![
            bytes("/app/b.txt", b"bee"),
            bytes("/app/a/deep/x.bin", &[0, 1, 2, 255]),
            Entry { path: "/app/empty".into(), content: Content::Dir },
            bytes("/app/a/z.py", b""),
            bytes("/app/a/y.py", b""),
            bytes("/top.json", b"{}"),
        ]
    }

    #[test]
    fn same_bytes_whatever_the_order() {
        let a = pack(&sample()).unwrap();
        let mut rev = sample();
        rev.reverse();
        assert_eq!(a, pack(&rev).unwrap());
        let mut rot = sample();
        rot.rotate_left(2);
        assert_eq!(a, pack(&rot).unwrap());
        assert_eq!(&a[..4], MAGIC);
        assert_eq!(a.len() as u32, u32::from_le_bytes(a[28..32].try_into().unwrap()));
    }

    #[test]
    fn parents_implied_and_round_trip() {
        let image = pack(&sample()).unwrap();
        let listed = list(&image).unwrap();
        let want: Vec<(String, u64)> = [
            ("/app/", 0),
            ("/top.json", 2),
            ("/app/a/", 0),
            ("/app/b.txt", 3),
            ("/app/empty/", 0),
            ("/app/a/deep/", 0),
            ("/app/a/y.py", 0),
            ("/app/a/z.py", 0),
            ("/app/a/deep/x.bin", 4),
        ]
        .iter()
        .map(|(p, s)| (p.to_string(), *s))
        .collect();
        assert_eq!(listed, want);
        let decoded = decode(&image).unwrap();
        let get = |p: &str| decoded.iter().find(|(q, _)| q == p).unwrap().1;
        assert_eq!(get("/app/a/deep/x.bin"), Some(&[0u8, 1, 2, 255][..]));
        assert_eq!(get("/app/b.txt"), Some(&b"bee"[..]));
        assert_eq!(get("/app/empty"), None);
    }

    #[test]
    fn file_data_aligned_and_deduplicated() {
        let image = pack(&[bytes("/a", b"same"), bytes("/b", b"same"), bytes("/c", b"other")]).unwrap();
        let offset = |i: usize| u32::from_le_bytes(image[HEADER_LEN + i * NODE_LEN + 16..][..4].try_into().unwrap());
        assert_eq!(offset(1), offset(2));
        assert_ne!(offset(1), offset(3));
        for i in 1..=3 {
            assert_eq!(offset(i) as usize % DATA_ALIGN, 0);
        }
    }

    #[test]
    fn rejects_bad_paths_and_conflicts() {
        assert!(pack(&[bytes("rel/x", b"")]).is_err());
        assert!(pack(&[bytes("/a/../x", b"")]).is_err());
        assert!(pack(&[bytes("/a//x", b"")]).is_err());
        assert!(pack(&[bytes("/tmp/x", b"")]).is_err());
        assert!(pack(&[bytes("/a", b"1"), bytes("/a/b", b"2")]).is_err());
        assert!(pack(&[bytes("/a", b"1"), bytes("/a", b"2")]).is_err());
        assert!(pack(&[bytes("/a", b"1"), bytes("/a", b"1")]).is_ok());
        assert!(pack(&[bytes("/a/b", b"1"), Entry { path: "/a".into(), content: Content::Dir }]).is_ok());
        assert!(list(b"P2VF garbage").is_err());
    }

    #[test]
    fn every_wrapped_call_has_a_wrapper() {
        let c = include_str!("../../templates/runtime/vfs.c");
        let mut defined: Vec<String> =
            c.lines().filter_map(|l| l.strip_prefix("WRAP(")).map(|l| format!("__wasi_{}", &l[..l.find(',').unwrap()])).collect();
        defined.sort();
        let mut wrapped: Vec<String> = WRAPPED.iter().map(|s| s.to_string()).collect();
        wrapped.sort();
        assert_eq!(defined, wrapped);
        assert_eq!(link_args().len(), WRAPPED.len());
    }

    #[test]
    fn empty_means_no_image() {
        assert!(pack(&[]).unwrap().is_empty());
        assert!(list(&[]).unwrap().is_empty());
    }
}
