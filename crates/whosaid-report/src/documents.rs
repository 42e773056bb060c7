use crate::cell::{Cell, Table};
use serde::Serialize;

/// Columns of `documents.csv`.
pub const DOCUMENT_COLUMNS: [&str; 7] = [
    "doc_id",
    "source",
    "bytes",
    "sentences",
    "claims",
    "status",
    "message",
];

/// What became of one input document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocStatus {
    /// Processed.
    Ok,
    /// Processed, but it holds no text (empty or only whitespace).
    Empty,
    /// Could not be read or decoded; see the message.
    Error,
}

impl DocStatus {
    /// The lower-case name used in output.
    pub fn as_str(&self) -> &'static str {
        match self {
            DocStatus::Ok => "ok",
            DocStatus::Empty => "empty",
            DocStatus::Error => "error",
        }
    }
}

/// One row of `documents.csv`: every input document gets one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentRecord {
    /// The document's id.
    pub doc_id: String,
    /// Where it came from (a path, or `path:line` inside a JSONL or CSV file).
    pub source: String,
    /// Size of its text in bytes (0 when unreadable).
    pub bytes: usize,
    /// Number of sentences.
    pub sentences: usize,
    /// Number of claims.
    pub claims: usize,
    /// ok, empty or error.
    pub status: DocStatus,
    /// Why it failed, or a note (e.g. the encoding used); empty otherwise.
    pub message: Option<String>,
}

impl Table for DocumentRecord {
    fn columns() -> &'static [&'static str] {
        &DOCUMENT_COLUMNS
    }

    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(&self.doc_id),
            Cell::Text(&self.source),
            Cell::Int(self.bytes as u64),
            Cell::Int(self.sentences as u64),
            Cell::Int(self.claims as u64),
            Cell::Text(self.status.as_str()),
            Cell::opt_text(&self.message),
        ]
    }
}
