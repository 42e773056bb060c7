//! Extraction and claim records: every `*_text` equals the document text at
//! its character offsets, offsets are in range and in order, cues come in
//! document order; nothing panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;
use whosaid_attribution::{Document, Extractor};
use whosaid_report::ClaimRecord;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::default);

fn check_span(
    chars: &[char],
    what: &str,
    text: &Option<String>,
    s: Option<usize>,
    e: Option<usize>,
) {
    match (text, s, e) {
        (Some(t), Some(s), Some(e)) => {
            assert!(
                s <= e && e <= chars.len(),
                "{what}: {s}..{e} out of range ({})",
                chars.len()
            );
            let cut: String = chars[s..e].iter().collect();
            assert_eq!(&cut, t, "{what}_text differs from the text at {s}..{e}");
        }
        (None, None, None) => {}
        other => panic!("{what}: text and offsets disagree: {other:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = Document::new(text);
    let claims = EXTRACTOR.extract(&doc);
    let chars: Vec<char> = doc.text().chars().collect();
    let mut last_cue = 0;
    for (i, c) in claims.iter().enumerate() {
        assert!(c.sentence_index < doc.sentences().len().max(1));
        let r = ClaimRecord::new("fuzz", i, &doc, c);
        check_span(
            &chars,
            "source",
            &r.source_text,
            r.source_start,
            r.source_end,
        );
        check_span(
            &chars,
            "cue",
            &Some(r.cue_text.clone()),
            Some(r.cue_start),
            Some(r.cue_end),
        );
        check_span(
            &chars,
            "content",
            &r.content_text,
            r.content_start,
            r.content_end,
        );
        assert!(r.cue_start >= last_cue, "cues out of order");
        last_cue = r.cue_start;
        if let Some(t) = c.target {
            assert!(t.start <= t.end && t.end <= doc.text().len());
            assert!(doc.text().is_char_boundary(t.start) && doc.text().is_char_boundary(t.end));
        }
    }
});
