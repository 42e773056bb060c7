//! Sentence and quotation segmentation, and tokenization of every sentence:
//! spans are in range, on char boundaries, ordered; nothing panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid_text::{Document, tokenize};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = Document::new(text);
    let t = doc.text();
    let mut last = 0;
    for &s in doc.sentences() {
        assert!(
            s.start <= s.end && s.end <= t.len(),
            "sentence {s:?} out of range"
        );
        assert!(s.start >= last, "sentences out of order");
        assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
        last = s.end;
        for tok in tokenize(t, s) {
            let sp = tok.span;
            assert!(
                sp.start >= s.start && sp.end <= s.end,
                "token outside its sentence"
            );
            assert!(t.is_char_boundary(sp.start) && t.is_char_boundary(sp.end));
        }
        let _ = doc.tokens(s);
    }
    for &p in doc.paragraphs() {
        assert!(p.start <= p.end && p.end <= t.len());
    }
    for q in doc.quotations() {
        for sp in [q.span, q.inner] {
            assert!(
                sp.start <= sp.end && sp.end <= t.len(),
                "quotation {q:?} out of range"
            );
            assert!(t.is_char_boundary(sp.start) && t.is_char_boundary(sp.end));
        }
        assert!(q.span.contains(q.inner), "inner outside quotation {q:?}");
    }
});
