//! Baselines: the findings a project accepts for now, keyed by file, rule
//! and a hash of the normalised sentence (not line numbers), so edits above
//! a finding do not revive it and only new findings fail. Files are stored
//! by their path relative to the directory holding the baseline file (with
//! `..` when elsewhere) and matched by the file they name, so a baseline
//! matches however the paths were typed (`check docs`, `cd docs && check
//! .`, an absolute path) and in another copy of the project; a path stored
//! relative to the working directory, as older baselines have it, still
//! matches.

use crate::{CheckError, Diagnostic};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    path: String,
    code: String,
    sentence_hash: String,
    count: usize,
}

#[derive(Debug, Serialize, Deserialize)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

/// A set of accepted findings, with counts (one sentence can hold several).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    entries: BTreeMap<(String, String, String), usize>,
    /// The directory the file paths are relative to.
    base: PathBuf,
}

/// The directory holding the baseline file `file`, as the file system
/// names it (symbolic links and `..` resolved).
fn base_of(file: &Path) -> PathBuf {
    let dir = std::path::absolute(file)
        .ok()
        .and_then(|f| f.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    std::fs::canonicalize(&dir).unwrap_or(dir)
}

/// The path a baseline stores for a finding's file (as shown: relative to
/// the working directory, or absolute): relative to `base`, with `..` when
/// the file lies elsewhere, so that a copy of the project elsewhere (another
/// checkout, CI) still matches; forward slashes. A path that names no file
/// (standard input, `-`) is kept as shown.
fn stored_path(shown: &str, base: &Path) -> String {
    match std::fs::canonicalize(shown) {
        Ok(abs) => slashes(&relative_path(&abs, base)),
        Err(_) => shown.strip_prefix("./").unwrap_or(shown).to_string(),
    }
}

/// `abs` relative to `base` (both absolute, canonical), through `..` where
/// they part.
fn relative_path(abs: &Path, base: &Path) -> PathBuf {
    let a: Vec<_> = abs.components().collect();
    let b: Vec<_> = base.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if common == 0 {
        return abs.to_path_buf();
    }
    let mut rel = PathBuf::new();
    for _ in common..b.len() {
        rel.push("..");
    }
    for c in &a[common..] {
        rel.push(c);
    }
    rel
}

fn slashes(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// What a file is matched by: its canonical path when it exists, else the
/// path as written.
fn file_key(path: &Path, written: &str) -> String {
    std::fs::canonicalize(path).map_or_else(|_| written.to_string(), |p| slashes(&p))
}

/// The file a stored path names: relative to the baseline's directory, or,
/// as earlier versions stored them, to the working directory.
fn entry_key(stored: &str, base: &Path) -> String {
    let p = Path::new(stored);
    if p.is_absolute() {
        return file_key(p, stored);
    }
    let under_base = base.join(p);
    if under_base.exists() {
        return file_key(&under_base, stored);
    }
    file_key(p, stored)
}

impl Baseline {
    /// A baseline accepting exactly `diags`, to be written to `file`.
    pub fn from_diagnostics(diags: &[Diagnostic], file: &Path) -> Baseline {
        let base = base_of(file);
        let mut entries = BTreeMap::new();
        let mut paths = HashMap::new();
        for d in diags {
            *entries.entry(Self::key(&base, &mut paths, d)).or_insert(0) += 1;
        }
        Baseline { entries, base }
    }

    fn key(
        base: &Path,
        paths: &mut HashMap<String, String>,
        d: &Diagnostic,
    ) -> (String, String, String) {
        let path = paths
            .entry(d.path.clone())
            .or_insert_with(|| stored_path(&d.path, base))
            .clone();
        (path, d.code.to_string(), d.sentence_hash.clone())
    }

    /// Number of accepted findings.
    pub fn len(&self) -> usize {
        self.entries.values().sum()
    }

    /// True when nothing is accepted.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The baseline as pretty JSON, sorted, ending with a newline.
    pub fn to_json(&self) -> String {
        let f = File {
            version: 1,
            findings: self
                .entries
                .iter()
                .map(|((path, code, h), &count)| Entry {
                    path: path.clone(),
                    code: code.clone(),
                    sentence_hash: h.clone(),
                    count,
                })
                .collect(),
        };
        let mut s = serde_json::to_string_pretty(&f).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Parses a baseline written by [`Baseline::to_json`].
    pub fn parse(text: &str, path: &Path) -> Result<Baseline, CheckError> {
        let err = |message: String| CheckError::Baseline {
            path: path.to_path_buf(),
            message,
        };
        let f: File = serde_json::from_str(text).map_err(|e| err(e.to_string()))?;
        if f.version != 1 {
            return Err(err(format!("unsupported version {}", f.version)));
        }
        let mut entries = BTreeMap::new();
        for e in f.findings {
            // Written by hand or by an older version: "./a.md" is "a.md".
            let path = e.path.strip_prefix("./").unwrap_or(&e.path).to_string();
            *entries.entry((path, e.code, e.sentence_hash)).or_insert(0) += e.count;
        }
        Ok(Baseline {
            entries,
            base: base_of(path),
        })
    }

    /// Reads a baseline file.
    pub fn load(path: &Path) -> Result<Baseline, CheckError> {
        let text = std::fs::read_to_string(path).map_err(|source| CheckError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Baseline::parse(&text, path)
    }

    /// Writes the baseline to `path`.
    pub fn write(&self, path: &Path) -> Result<(), CheckError> {
        std::fs::write(path, self.to_json()).map_err(|source| CheckError::Write {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Splits `diags` into the new ones and the number the baseline accepts.
    pub fn filter(&self, diags: Vec<Diagnostic>) -> (Vec<Diagnostic>, usize) {
        // Both sides by the file they name, however each was written.
        let mut left: HashMap<(String, String, String), usize> = HashMap::new();
        for ((path, code, hash), n) in &self.entries {
            *left
                .entry((entry_key(path, &self.base), code.clone(), hash.clone()))
                .or_insert(0) += n;
        }
        let mut new = Vec::new();
        let mut matched = 0;
        let mut paths: HashMap<String, String> = HashMap::new();
        for d in diags {
            let path = paths
                .entry(d.path.clone())
                .or_insert_with(|| file_key(Path::new(&d.path), &d.path))
                .clone();
            match left.get_mut(&(path, d.code.to_string(), d.sentence_hash.clone())) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    matched += 1;
                }
                _ => new.push(d),
            }
        }
        (new, matched)
    }
}
