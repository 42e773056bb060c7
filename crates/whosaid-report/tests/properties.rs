//! Properties of claim records over arbitrary and news-like text: every
//! `*_text` equals the document text at its character offsets; offsets lie
//! in the document with `start <= end`; the same input gives the same
//! records; CSV and JSON Lines round-trip (JSON exactly, CSV as the
//! spreadsheet-safe cell); no CSV text cell starts a formula; nothing panics.

use proptest::prelude::*;
use std::sync::LazyLock;
use whosaid_attribution::{Document, Extractor};
use whosaid_report::{
    CLAIM_COLUMNS, ClaimRecord, CsvOptions, Format, RecordWriter, Table, safe_text,
};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::default);

/// Sentences from speaker, cue, quotation and glue fragments, plus
/// characters that are wide in UTF-8 or spreadsheet formula triggers.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Jane Doe ".to_string()),
        Just("Mr. Smith ".to_string()),
        Just("He ".to_string()),
        Just("The U.S. Secretary of State ".to_string()),
        Just("Israeli officials ".to_string()),
        Just("a source familiar with the talks ".to_string()),
        Just("Zoë Ñúñez ".to_string()),
        Just("said ".to_string()),
        Just("stated that ".to_string()),
        Just("did not deny ".to_string()),
        Just("accused ".to_string()),
        Just("According to ".to_string()),
        Just("pointed out ".to_string()),
        Just("\"=HYPERLINK(\"\"x\"\"),\" ".to_string()),
        Just("“＝1+1,” ".to_string()),
        Just("\"-2 degrees,\" ".to_string()),
        Just("“It is over.” ".to_string()),
        Just("\"".to_string()),
        Just("”".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just(" that ".to_string()),
        Just("😀".to_string()),
        Just("\u{0}".to_string()),
        "[a-zA-Z ]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![newsy(), any::<String>()]
}

fn records(text: &str) -> Vec<ClaimRecord> {
    let doc = Document::new(text);
    EXTRACTOR
        .extract(&doc)
        .iter()
        .enumerate()
        .map(|(i, c)| ClaimRecord::new("doc", i, &doc, c))
        .collect()
}

fn check_field(
    chars: &[char],
    what: &str,
    text: Option<&str>,
    start: Option<usize>,
    end: Option<usize>,
) -> Result<(), TestCaseError> {
    match (text, start, end) {
        (Some(t), Some(s), Some(e)) => {
            prop_assert!(s <= e, "{what}: {s} > {e}");
            prop_assert!(e <= chars.len(), "{what}: end {e} past {}", chars.len());
            let cut: String = chars[s..e].iter().collect();
            prop_assert_eq!(
                cut.as_str(),
                t,
                "{}_text differs from text[{}..{}]",
                what,
                s,
                e
            );
        }
        (None, None, None) => {}
        other => prop_assert!(false, "{what}: text and offsets disagree: {other:?}"),
    }
    Ok(())
}

fn is_trigger(c: Option<char>) -> bool {
    matches!(
        c,
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '＝' | '＋' | '－' | '＠' | '\u{2212}')
    )
}

fn write(format: Format, recs: &[ClaimRecord]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut w = RecordWriter::new(format, &mut out, CsvOptions::default()).unwrap();
    for r in recs {
        w.write(r).unwrap();
    }
    w.flush().unwrap();
    out
}

proptest! {
    #[test]
    fn texts_equal_the_document_at_their_offsets(text in any_text()) {
        let chars: Vec<char> = text.chars().collect();
        let recs = records(&text);
        let mut last_cue = 0;
        for r in &recs {
            check_field(&chars, "source", r.source_text.as_deref(), r.source_start, r.source_end)?;
            check_field(&chars, "cue", Some(&r.cue_text), Some(r.cue_start), Some(r.cue_end))?;
            check_field(&chars, "content", r.content_text.as_deref(), r.content_start, r.content_end)?;
            prop_assert!(r.cue_start >= last_cue, "cues out of order");
            last_cue = r.cue_start;
            if let Some(t) = &r.target_text {
                prop_assert!(text.contains(t.as_str()), "target {t:?} not in the text");
            }
        }
    }

    #[test]
    fn same_input_same_records(text in any_text()) {
        prop_assert_eq!(records(&text), records(&text));
    }

    #[test]
    fn jsonl_round_trips_exactly(text in any_text()) {
        let recs = records(&text);
        let out = String::from_utf8(write(Format::Jsonl, &recs)).unwrap();
        let lines: Vec<&str> = out.split_terminator('\n').collect();
        prop_assert_eq!(lines.len(), recs.len(), "one line per record");
        for (line, r) in lines.iter().zip(&recs) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            prop_assert_eq!(v["cue_text"].as_str(), Some(r.cue_text.as_str()));
            prop_assert_eq!(v["content_text"].as_str(), r.content_text.as_deref());
            prop_assert_eq!(v["source_text"].as_str(), r.source_text.as_deref());
            prop_assert_eq!(v["target_text"].as_str(), r.target_text.as_deref());
        }
    }

    #[test]
    fn csv_round_trips_safe_cells(text in any_text()) {
        let recs = records(&text);
        let out = write(Format::Csv, &recs);
        let mut rdr = csv::ReaderBuilder::new().has_headers(true).from_reader(out.as_slice());
        prop_assert_eq!(rdr.headers().unwrap().iter().collect::<Vec<_>>(), CLAIM_COLUMNS.to_vec());
        let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
        prop_assert_eq!(rows.len(), recs.len());
        for (row, r) in rows.iter().zip(&recs) {
            for (cell, expect) in row.iter().zip(r.cells()) {
                let expect = expect.csv();
                prop_assert_eq!(cell, expect.as_ref());
            }
            for col in ["source_text", "cue_text", "content_text", "target_text", "speaker"] {
                let i = CLAIM_COLUMNS.iter().position(|c| *c == col).unwrap();
                prop_assert!(!is_trigger(row[i].chars().next()), "{col} cell {:?} starts a formula", &row[i]);
            }
        }
    }

    #[test]
    fn safe_text_never_starts_a_formula(s in any::<String>()) {
        let out = safe_text(&s);
        prop_assert!(!is_trigger(out.chars().next()), "{out:?}");
        if !is_trigger(s.chars().next()) {
            prop_assert_eq!(out.as_ref(), s.as_str());
        }
    }
}
