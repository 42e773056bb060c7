//! What the pattern tests read of each claim, shared by `patterns.rs` and
//! `cues.rs`.

// Each test file reads only some of the fields.
#![allow(dead_code)]

use whosaid_attribution::{ClaimKind, Document, Extractor, SpeakerType, Stance};

/// A claim's spans as text, and its other fields.
#[derive(Debug)]
pub struct Got {
    pub cue: String,
    /// The cue with its verb group, as PolNeAR marks cues.
    pub group: String,
    pub source: Option<String>,
    pub speaker: Option<String>,
    pub speaker_type: SpeakerType,
    pub content: Option<String>,
    pub kind: ClaimKind,
    pub stance: Stance,
    pub negated: bool,
    pub target: Option<String>,
}

/// The claims `whosaid` finds in `text`.
pub fn claims(text: &str) -> Vec<Got> {
    let doc = Document::new(text);
    let t = doc.text();
    Extractor::default()
        .extract(&doc)
        .into_iter()
        .map(|c| Got {
            cue: c.cue.text(t).to_string(),
            group: c.cue_group.text(t).to_string(),
            source: c.source.map(|s| s.text(t).to_string()),
            speaker: c.speaker.name.clone(),
            speaker_type: c.speaker.kind,
            content: c.content.map(|s| s.text(t).to_string()),
            kind: c.kind,
            stance: c.stance,
            negated: c.negated,
            target: c.target.map(|s| s.text(t).to_string()),
        })
        .collect()
}

/// The first claim of `text` at the cue `cue`; fails the test when there
/// is none.
pub fn claim_at(text: &str, cue: &str) -> Got {
    let mut v = claims(text);
    let Some(k) = v.iter().position(|g| g.cue == cue) else {
        panic!(
            "no claim at {cue:?} in {text:?}, only at {:?}",
            v.iter().map(|g| &g.cue).collect::<Vec<_>>()
        );
    };
    v.swap_remove(k)
}

/// The one claim of `text`; fails the test when there are more or none.
pub fn one(text: &str) -> Got {
    let mut v = claims(text);
    assert_eq!(
        v.len(),
        1,
        "expected one claim in {text:?}, got {:?}",
        v.iter().map(|g| &g.cue).collect::<Vec<_>>()
    );
    v.remove(0)
}

/// Fails the test unless some claim of `text` has the cue group `group`
/// (others may be found beside it).
pub fn assert_group(text: &str, group: &str) {
    let c = claims(text);
    assert!(
        c.iter().any(|g| g.group == group),
        "no cue group {group:?} in {text:?}: {:?}",
        c.iter().map(|g| &g.group).collect::<Vec<_>>()
    );
}
