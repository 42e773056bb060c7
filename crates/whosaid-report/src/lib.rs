//! Output records and writers. Offsets are converted from bytes to
//! characters here, at the output edge, and nowhere else.

use serde::Serialize;
use std::io::Write;
use whosaid_attribution::{Claim, Document, Span};

/// The columns of a claims report, in order. CSV headers and JSON keys.
pub const CLAIM_COLUMNS: [&str; 20] = [
    "doc_id",
    "claim_index",
    "sentence_index",
    "kind",
    "speaker",
    "speaker_type",
    "speaker_title",
    "source_text",
    "source_start",
    "source_end",
    "cue_text",
    "cue_start",
    "cue_end",
    "cue_lemma",
    "content_text",
    "content_start",
    "content_end",
    "stance",
    "negated",
    "target_text",
];

/// One claim as reported: character offsets, texts cut from the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimRecord {
    /// The document's id.
    pub doc_id: String,
    /// 0-based, in order of the cue in the document.
    pub claim_index: usize,
    /// The sentence holding the cue.
    pub sentence_index: usize,
    /// direct, mixed, indirect or none.
    pub kind: &'static str,
    /// Canonical speaker name.
    pub speaker: Option<String>,
    /// person, organization, group, anonymous, pronoun or none.
    pub speaker_type: &'static str,
    /// Title or role given with the speaker.
    pub speaker_title: Option<String>,
    /// The source mention.
    pub source_text: Option<String>,
    /// Character offset where the source starts.
    pub source_start: Option<usize>,
    /// Character offset where the source ends (exclusive).
    pub source_end: Option<usize>,
    /// The cue words.
    pub cue_text: String,
    /// Character offset where the cue starts.
    pub cue_start: usize,
    /// Character offset where the cue ends (exclusive).
    pub cue_end: usize,
    /// The cue's lemma.
    pub cue_lemma: String,
    /// The content.
    pub content_text: Option<String>,
    /// Character offset where the content starts.
    pub content_start: Option<usize>,
    /// Character offset where the content ends (exclusive).
    pub content_end: Option<usize>,
    /// The stance class.
    pub stance: &'static str,
    /// The cue is negated.
    pub negated: bool,
    /// What is accused, opposed, supported or denied.
    pub target_text: Option<String>,
}

impl ClaimRecord {
    /// The record of `claim`, the `index`-th claim of `doc`.
    pub fn new(doc_id: &str, index: usize, doc: &Document, claim: &Claim) -> Self {
        let text = doc.text();
        let map = doc.offsets();
        let chars = |s: Span| (map.char_offset(s.start), map.char_offset(s.end));
        let src = claim.source.map(chars);
        let cue = chars(claim.cue);
        let content = claim.content.map(chars);
        ClaimRecord {
            doc_id: doc_id.to_string(),
            claim_index: index,
            sentence_index: claim.sentence_index,
            kind: claim.kind.as_str(),
            speaker: claim.speaker.name.clone(),
            speaker_type: claim.speaker.kind.as_str(),
            speaker_title: claim.speaker.title.clone(),
            source_text: claim.source.map(|s| s.text(text).to_string()),
            source_start: src.map(|s| s.0),
            source_end: src.map(|s| s.1),
            cue_text: claim.cue.text(text).to_string(),
            cue_start: cue.0,
            cue_end: cue.1,
            cue_lemma: claim.cue_lemma.to_string(),
            content_text: claim.content.map(|s| s.text(text).to_string()),
            content_start: content.map(|s| s.0),
            content_end: content.map(|s| s.1),
            stance: claim.stance.as_str(),
            negated: claim.negated,
            target_text: claim.target.map(|s| s.text(text).to_string()),
        }
    }
}

/// Output formats for claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// RFC 4180 CSV with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

/// Errors writing a report.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The sink failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// CSV encoding failed.
    #[error(transparent)]
    Csv(#[from] csv::Error),
    /// JSON encoding failed.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

impl ReportError {
    /// The I/O error underneath, if any (a closed pipe, a full disk).
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        match self {
            ReportError::Io(e) => Some(e.kind()),
            ReportError::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(io) => Some(io.kind()),
                _ => None,
            },
            ReportError::Json(e) => e.io_error_kind(),
        }
    }
}

/// Writes claim records in one format.
pub struct ClaimWriter<W: Write> {
    inner: Inner<W>,
}

enum Inner<W: Write> {
    Csv(Box<csv::Writer<W>>),
    Jsonl(W),
}

impl<W: Write> ClaimWriter<W> {
    /// A writer of `format` to `out`; CSV writes its header row first.
    pub fn new(format: Format, out: W) -> Result<Self, ReportError> {
        let inner = match format {
            Format::Csv => {
                let mut w = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(out);
                w.write_record(CLAIM_COLUMNS)?;
                Inner::Csv(Box::new(w))
            }
            Format::Jsonl => Inner::Jsonl(out),
        };
        Ok(ClaimWriter { inner })
    }

    /// Writes one record.
    pub fn write(&mut self, r: &ClaimRecord) -> Result<(), ReportError> {
        match &mut self.inner {
            Inner::Csv(w) => w.serialize(r)?,
            Inner::Jsonl(w) => {
                serde_json::to_writer(&mut *w, r)?;
                w.write_all(b"\n")?;
            }
        }
        Ok(())
    }

    /// Flushes buffered output.
    pub fn flush(&mut self) -> Result<(), ReportError> {
        match &mut self.inner {
            Inner::Csv(w) => w.flush()?,
            Inner::Jsonl(w) => w.flush()?,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid_attribution::Extractor;

    fn records(text: &str) -> Vec<ClaimRecord> {
        let doc = Document::new(text);
        Extractor::default()
            .extract(&doc)
            .iter()
            .enumerate()
            .map(|(i, c)| ClaimRecord::new("d", i, &doc, c))
            .collect()
    }

    #[test]
    fn offsets_count_characters() {
        let text = "“Ça va,” said Zoë Müller. Later, Müller said that it was fine.";
        let recs = records(text);
        assert_eq!(recs.len(), 2);
        let chars: Vec<char> = text.chars().collect();
        for r in &recs {
            let cut = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
            assert_eq!(cut(r.cue_start, r.cue_end), r.cue_text);
            if let (Some(s), Some(e)) = (r.source_start, r.source_end) {
                assert_eq!(Some(cut(s, e)), r.source_text);
            }
            if let (Some(s), Some(e)) = (r.content_start, r.content_end) {
                assert_eq!(Some(cut(s, e)), r.content_text);
            }
        }
        assert_eq!(recs[0].content_text.as_deref(), Some("“Ça va,”"));
        assert_eq!(recs[1].speaker.as_deref(), Some("Zoë Müller"));
    }

    #[test]
    fn csv_has_header_and_empty_absent_values() {
        let recs = records("Officials opposed the plan.");
        let mut out = Vec::new();
        let mut w = ClaimWriter::new(Format::Csv, &mut out).unwrap();
        for r in &recs {
            w.write(r).unwrap();
        }
        w.flush().unwrap();
        drop(w);
        let s = String::from_utf8(out).unwrap();
        let mut lines = s.lines();
        assert_eq!(lines.next().unwrap(), CLAIM_COLUMNS.join(","));
        assert_eq!(
            lines.next().unwrap(),
            "d,0,0,none,Officials,group,,Officials,0,9,opposed,10,17,oppose,,,,oppose,false,the plan"
        );
    }

    #[test]
    fn jsonl_uses_null_for_absent_values() {
        let recs = records("Officials opposed the plan.");
        let mut out = Vec::new();
        let mut w = ClaimWriter::new(Format::Jsonl, &mut out).unwrap();
        w.write(&recs[0]).unwrap();
        drop(w);
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert!(v["content_text"].is_null());
        assert_eq!(v["speaker_type"], "group");
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), CLAIM_COLUMNS.len());
    }
}
