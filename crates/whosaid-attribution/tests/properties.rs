//! Properties of extraction over arbitrary and news-like text: every span
//! lies in the document on character boundaries with `start <= end`; cues
//! come in document order inside their sentence; the same input gives the
//! same claims; nothing panics.

use proptest::prelude::*;
use std::sync::LazyLock;
use whosaid_attribution::{Claim, Document, Extractor, Span};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::default);

/// Sentences assembled from speaker, cue, quotation and glue fragments, so
/// that random input reaches the extractor's interesting branches.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        // speakers
        Just("Jane Doe ".to_string()),
        Just("Mr. Smith ".to_string()),
        Just("He ".to_string()),
        Just("she ".to_string()),
        Just("They ".to_string()),
        Just("The U.S. Secretary of State Anthony Blinken ".to_string()),
        Just("Israeli officials ".to_string()),
        Just("a source familiar with the talks ".to_string()),
        Just("the website ".to_string()),
        Just("Israel ".to_string()),
        Just("Critics ".to_string()),
        // cues
        Just("said ".to_string()),
        Just("stated that ".to_string()),
        Just("did not deny ".to_string()),
        Just("accused ".to_string()),
        Just("According to ".to_string()),
        Just("told reporters ".to_string()),
        Just("pointed out ".to_string()),
        Just("was accused by ".to_string()),
        Just("opposed ".to_string()),
        Just("refused to confirm ".to_string()),
        Just("it is believed ".to_string()),
        // quotations and punctuation
        Just("\"We will win,\" ".to_string()),
        Just("“It is over.” ".to_string()),
        Just("‘no’ ".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("«".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(" that ".to_string()),
        Just("the plan ".to_string()),
        "[a-zA-Z ]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![newsy(), any::<String>()]
}

fn check_span(text: &str, what: &str, s: Span) -> Result<(), TestCaseError> {
    prop_assert!(s.start <= s.end, "{what} {s:?} inverted");
    prop_assert!(
        s.end <= text.len(),
        "{what} {s:?} past the end ({})",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} not on char boundaries"
    );
    Ok(())
}

fn check_claims(doc: &Document, claims: &[Claim]) -> Result<(), TestCaseError> {
    let text = doc.text();
    let mut last_cue = 0;
    for c in claims {
        check_span(text, "cue", c.cue)?;
        prop_assert!(!c.cue.is_empty(), "empty cue {c:?}");
        for (what, s) in [
            ("source", c.source),
            ("content", c.content),
            ("target", c.target),
        ] {
            if let Some(s) = s {
                check_span(text, what, s)?;
            }
        }
        prop_assert!(c.cue.start >= last_cue, "cues out of order");
        last_cue = c.cue.start;
        let sent = doc.sentences().get(c.sentence_index);
        prop_assert!(
            sent.is_some(),
            "sentence_index {} out of range",
            c.sentence_index
        );
        prop_assert!(
            sent.unwrap().contains(c.cue),
            "cue {:?} outside its sentence {:?}",
            c.cue,
            sent
        );
    }
    Ok(())
}

proptest! {
    #[test]
    fn spans_lie_in_the_document(text in any_text()) {
        let doc = Document::new(text);
        let claims = EXTRACTOR.extract(&doc);
        check_claims(&doc, &claims)?;
    }

    #[test]
    fn same_input_same_output(text in any_text()) {
        let a = EXTRACTOR.extract(&Document::new(text.clone()));
        let b = Extractor::default().extract(&Document::new(text));
        prop_assert_eq!(a, b);
    }
}

#[test]
fn news_like_inputs_yield_claims() {
    // The strategy is not vacuous: its fragments do produce claims.
    let doc = Document::new("\"We will win,\" Jane Doe said. Critics accused Israel of lying.");
    let claims = EXTRACTOR.extract(&doc);
    assert!(claims.len() >= 2, "{claims:?}");
    check_claims(&doc, &claims).unwrap();
}
