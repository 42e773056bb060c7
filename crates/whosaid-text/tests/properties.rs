//! Properties that hold for any input: sentences are ordered, disjoint, on
//! character boundaries and cover every non-whitespace character; quotation
//! spans lie in the text; nothing panics.

use proptest::prelude::*;
use whosaid_text::{Document, OffsetMap, Span, paragraphs, quotations, split_sentences, tokenize};

/// Text built from the pieces that drive the segmenter's decisions, so that
/// random strings reach the interesting branches, plus arbitrary characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(". ".to_string()),
        Just(".".to_string()),
        Just("? ".to_string()),
        Just("!".to_string()),
        Just("…".to_string()),
        Just(" . . . ".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(" • ".to_string()),
        Just("\n- ".to_string()),
        Just("1. ".to_string()),
        Just("2) ".to_string()),
        Just("a. ".to_string()),
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("a.m. ".to_string()),
        Just("said ".to_string()),
        Just("The ".to_string()),
        Just("[...]".to_string()),
        Just("www.x.com".to_string()),
        "[a-zA-Z0-9 ]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![newsy(), any::<String>()]
}

fn check_sentences(text: &str) {
    let sents = split_sentences(text);
    let mut last_end = 0;
    for s in &sents {
        assert!(
            s.start >= last_end,
            "out of order or overlapping: {sents:?}"
        );
        assert!(s.start < s.end, "empty sentence {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.end <= text.len());
        let t = s.text(text);
        assert_eq!(t, t.trim(), "sentence not trimmed");
        last_end = s.end;
    }
    // Every non-whitespace character is inside some sentence.
    let mut k = 0;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        while k < sents.len() && sents[k].end <= i {
            k += 1;
        }
        assert!(
            k < sents.len() && sents[k].start <= i,
            "char {c:?} at {i} not covered by {sents:?}"
        );
    }
}

proptest! {
    #[test]
    fn sentences_cover_in_order(text in any_text()) {
        check_sentences(&text);
    }

    #[test]
    fn paragraphs_are_ordered_and_trimmed(text in any_text()) {
        let mut last = 0;
        for p in paragraphs(&text) {
            prop_assert!(p.start >= last && p.start < p.end);
            prop_assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            last = p.end;
        }
    }

    #[test]
    fn quotations_lie_in_the_text(text in any_text()) {
        for q in quotations(&text) {
            for s in [q.span, q.inner] {
                prop_assert!(s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
            prop_assert!(q.span.contains(q.inner));
        }
    }

    #[test]
    fn tokens_lie_in_the_span(text in any_text(), a in 0usize..64, b in 0usize..64) {
        // Arbitrary spans, even off boundaries or inverted, must not panic.
        let span = Span::new(a.min(text.len()), b.min(text.len()));
        let mut last = span.start;
        for t in tokenize(&text, span) {
            prop_assert!(t.span.start >= last && t.span.end <= span.end && !t.span.is_empty());
            prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            last = t.span.end;
        }
    }

    #[test]
    fn offsets_never_panic(text in any_text(), probe in 0usize..256) {
        let m = OffsetMap::new(&text);
        let lc = m.line_col(probe);
        prop_assert!(lc.line >= 1 && lc.line <= m.line_count() && lc.column >= 1);
        prop_assert!(m.char_offset(probe) <= text.chars().count());
        prop_assert_eq!(m.char_offset(text.len()), text.chars().count());
        for (b, _) in text.char_indices() {
            prop_assert_eq!(m.char_offset(b), text[..b].chars().count());
        }
        // LF, CRLF and a lone CR each end a line.
        let breaks = text.replace("\r\n", "\n").matches(['\n', '\r']).count();
        prop_assert_eq!(m.line_count(), breaks + 1);
    }

    #[test]
    fn document_never_panics(text in any_text(), probe in 0usize..256) {
        let d = Document::new(text.clone());
        if let Some(k) = d.sentence_at(probe) {
            prop_assert!(k < d.sentences().len());
        }
    }
}

#[test]
fn regressions() {
    for t in [
        "",
        ".",
        ". . .",
        "a. b",
        "1. a 2. b",
        "“",
        "\"\"\"",
        "x.\u{2026}Y",
        "• • •",
        "\n- \n- ",
        "İ'İİ'",
        "'İstanbul' is",
    ] {
        check_sentences(t);
        let _ = quotations(t);
    }
}

/// Found by `sentences_cover_in_order`: a break decided after a run of
/// periods fell inside the "…" that follows it.
#[test]
fn an_ellipsis_among_periods_keeps_spans_on_char_boundaries() {
    for text in ["…. . . . ? ", "[...]…. . . . ? 1. ", "x…. . . . ? 1. Then."] {
        check_sentences(text);
        let _ = Document::new(text);
    }
}
