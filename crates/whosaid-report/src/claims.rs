use crate::cell::{Cell, Table};
use serde::Serialize;
use whosaid_attribution::{Claim, Document, Span};
use whosaid_text::OffsetMap;

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
        Self::from_text(doc_id, index, doc.text(), doc.offsets(), claim)
    }

    /// Like [`ClaimRecord::new`], for a claim found in another text of the
    /// same byte length than the one reported: e.g. Markdown whose markup
    /// was blanked for extraction, while the row quotes and counts
    /// characters in the original `text`, whose map is `map`.
    pub fn from_text(
        doc_id: &str,
        index: usize,
        text: &str,
        map: &OffsetMap,
        claim: &Claim,
    ) -> Self {
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

impl Table for ClaimRecord {
    fn columns() -> &'static [&'static str] {
        &CLAIM_COLUMNS
    }

    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(&self.doc_id),
            Cell::Int(self.claim_index as u64),
            Cell::Int(self.sentence_index as u64),
            Cell::Text(self.kind),
            Cell::opt_text(&self.speaker),
            Cell::Text(self.speaker_type),
            Cell::opt_text(&self.speaker_title),
            Cell::opt_text(&self.source_text),
            Cell::opt_int(self.source_start),
            Cell::opt_int(self.source_end),
            Cell::Text(&self.cue_text),
            Cell::Int(self.cue_start as u64),
            Cell::Int(self.cue_end as u64),
            Cell::Text(&self.cue_lemma),
            Cell::opt_text(&self.content_text),
            Cell::opt_int(self.content_start),
            Cell::opt_int(self.content_end),
            Cell::Text(self.stance),
            Cell::Bool(self.negated),
            Cell::opt_text(&self.target_text),
        ]
    }
}
