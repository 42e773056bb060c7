//! Canonical speakers and stances against the hand-annotated gold set in
//! `tests/data/speakers-gold/` (20 Wikinews fixtures, written from reading
//! the articles before the tool was run on them). Scores are over the gold
//! attributions whose cue the extractor finds.
//!
//! The floors below guard against regressions; they sit just under what the
//! extractor reaches today (80% of the gold cues found, 76% canonical
//! speakers and 81% stances among them), which is below the project's
//! targets (90% speakers, 85% stance).

use std::fs;
use std::path::Path;
use whosaid_attribution::{Document, Extractor};

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Byte offsets of whole-word, case-sensitive occurrences of `cue`.
fn occurrences(text: &str, cue: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    text.match_indices(cue)
        .map(|(i, _)| i)
        .filter(|&i| {
            let before = i.checked_sub(1).map(|k| bytes[k]);
            let after = bytes.get(i + cue.len()).copied();
            // A multi-byte letter next to the cue also makes it part of a word.
            let letter_before = text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let letter_after = text[i + cue.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            !before.is_some_and(is_word_byte)
                && !after.is_some_and(is_word_byte)
                && !letter_before
                && !letter_after
        })
        .collect()
}

fn norm(s: &str) -> String {
    let s = s.trim().to_lowercase();
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

#[test]
fn canonical_speakers_and_stances_on_the_gold_set() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let gold_dir = root.join("tests/data/speakers-gold");
    let extractor = Extractor::default();
    let (mut gold, mut found, mut speaker_ok, mut stance_ok) = (0, 0, 0, 0);
    let mut names: Vec<_> = fs::read_dir(&gold_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    names.sort();
    assert!(names.len() >= 15, "at least 15 annotated articles");
    for tsv in names {
        let article = root
            .join("fixtures/wikinews")
            .join(tsv.file_stem().unwrap())
            .with_extension("txt");
        let text = fs::read_to_string(&article).unwrap();
        let doc = Document::new(text.as_str());
        let claims = extractor.extract(&doc);
        for line in fs::read_to_string(&tsv).unwrap().lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (cue, occ, speaker, stance) = (cols[0], cols[1], cols[2], cols[4]);
            let occ: usize = occ.parse().unwrap();
            let at = occurrences(&text, cue)[occ - 1];
            gold += 1;
            let Some(c) = claims.iter().find(|c| c.cue.start <= at && at < c.cue.end) else {
                continue;
            };
            found += 1;
            let got = c.speaker.name.as_deref().unwrap_or("");
            speaker_ok += usize::from(norm(got) == norm(speaker));
            stance_ok += usize::from(c.stance.as_str() == stance);
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let (f, s, t) = (
        pct(found, gold),
        pct(speaker_ok, found),
        pct(stance_ok, found),
    );
    println!("gold {gold}, found {found} ({f:.1}%), speaker {s:.1}%, stance {t:.1}%");
    assert!(gold >= 300);
    assert!(f >= 77.0, "cues found: {f:.1}%");
    assert!(s >= 73.0, "canonical speakers: {s:.1}%");
    assert!(t >= 78.0, "stances: {t:.1}%");
}
