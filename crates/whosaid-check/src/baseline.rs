//! Baselines: the findings a project accepts for now, keyed by file, rule
//! and a hash of the normalised sentence (not line numbers), so edits above
//! a finding do not revive it and only new findings fail.

use crate::{CheckError, Diagnostic};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

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
}

fn key(d: &Diagnostic) -> (String, String, String) {
    (d.path.clone(), d.code.to_string(), d.sentence_hash.clone())
}

impl Baseline {
    /// A baseline accepting exactly `diags`.
    pub fn from_diagnostics(diags: &[Diagnostic]) -> Baseline {
        let mut entries = BTreeMap::new();
        for d in diags {
            *entries.entry(key(d)).or_insert(0) += 1;
        }
        Baseline { entries }
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
            *entries
                .entry((e.path, e.code, e.sentence_hash))
                .or_insert(0) += e.count;
        }
        Ok(Baseline { entries })
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
        std::fs::write(path, self.to_json()).map_err(|source| CheckError::Read {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Splits `diags` into the new ones and the number the baseline accepts.
    pub fn filter(&self, diags: Vec<Diagnostic>) -> (Vec<Diagnostic>, usize) {
        let mut left = self.entries.clone();
        let mut new = Vec::new();
        let mut matched = 0;
        for d in diags {
            match left.get_mut(&key(&d)) {
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
