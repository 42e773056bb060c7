use serde::{Deserialize, Serialize};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Style advice.
    Info,
    /// Likely a problem.
    Warning,
    /// Must be fixed before publication.
    Error,
}

impl Severity {
    /// The lower-case name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses `error`, `warning` or `info`.
    pub fn parse(s: &str) -> Option<Severity> {
        match s.trim().to_ascii_lowercase().as_str() {
            "error" => Some(Severity::Error),
            "warning" | "warn" => Some(Severity::Warning),
            "info" | "note" => Some(Severity::Info),
            _ => None,
        }
    }
}

/// A position in the original file: 1-based line, 1-based column counted in
/// characters, and the 0-based character offset from the start of the file
/// (after a leading byte order mark).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
    /// Character offset, from 0.
    pub offset: usize,
}

/// One finding of one rule in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The file as named to the user (forward slashes).
    pub path: String,
    /// Stable rule code ("WS004").
    pub code: &'static str,
    /// Kebab-case rule name ("loaded-verb").
    pub name: &'static str,
    /// Severity after configuration.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it, when the rule knows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Start of the flagged text.
    pub start: Position,
    /// End of the flagged text (exclusive).
    pub end: Position,
    /// Stable fingerprint: rule, path and a hash of the normalised sentence,
    /// plus an occurrence number when one sentence has several findings.
    pub fingerprint: String,
    /// Hash of the normalised sentence the finding is in (the baseline key).
    #[serde(skip)]
    pub sentence_hash: String,
    /// The text of the original file's line where the finding starts (for
    /// snippets). A line longer than [`MAX_LINE_TEXT`] bytes is kept only
    /// around the finding, from character column `line_text_column`, so a
    /// file with one huge line costs linear memory.
    #[serde(skip)]
    pub line_text: String,
    /// The 1-based column of the line where `line_text` starts (1 unless
    /// the line was cut).
    #[serde(skip)]
    pub line_text_column: usize,
}

/// Lines up to this many bytes are kept whole in [`Diagnostic::line_text`].
pub const MAX_LINE_TEXT: usize = 4096;

/// FNV-1a 64-bit: a stable hash that does not change between Rust releases.
pub(crate) fn stable_hash(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in p.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// A sentence normalised for hashing: lower case, whitespace collapsed, so
/// moving it to another line or re-wrapping it keeps its key.
pub(crate) fn normalise_sentence(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_normalisation_ignores_wrapping() {
        assert_eq!(stable_hash(&["a"]), "af63dc4c8601ec8c");
        assert_eq!(
            normalise_sentence("He  said\n  THAT"),
            normalise_sentence("he said that")
        );
        assert_ne!(stable_hash(&["ab", "c"]), stable_hash(&["a", "bc"]));
    }

    #[test]
    fn severity_orders_and_parses() {
        assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
        assert_eq!(Severity::parse("Warning"), Some(Severity::Warning));
        assert_eq!(Severity::parse("fatal"), None);
    }
}
