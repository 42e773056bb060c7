//! Canonical speakers and stances against hand-annotated gold sets, written
//! from reading the articles before the tool was run on them. Scores are
//! over the gold attributions whose cue the extractor finds.
//!
//! - `tests/data/speakers-gold/` (48 Wikinews fixtures in
//!   `fixtures/wikinews/`, by three annotators) is the tuning set: its
//!   errors may be read and fixed. Its speaker and stance floors are the
//!   project's targets, 90% and 85% (today: speaker 92.1%, stance 85.9%,
//!   with 82.2% of its cues found). The last 12 articles were a held-out set
//!   until tuning on the first 36 reached 87% while they stayed at 67%;
//!   they were moved here to learn why.
//! - `tests/data/speakers-dev/` (145 more articles in
//!   `fixtures/wikinews-dev/`, in seven batches by more annotators) is a
//!   development set: each batch first measured before any rule was chosen
//!   from it, then read to find where resolution fails to generalise
//!   (`SPEAKERS_DEV_VERBOSE=1`).
//! - `tests/data/speakers-polnear/` (84 PolNeAR train articles, US
//!   political news read from `../shared`) is a second development set,
//!   on quote-heavy news where nearly every speaker is a person.
//! - `tests/data/speakers-heldout/` (40 other articles in
//!   `fixtures/wikinews-heldout/`, by two more annotators) is only ever
//!   counted, never listed, so that its figures say how resolution does on
//!   articles no rule was chosen for.
//!
//! `SPEAKERS_GOLD_VERBOSE=1 cargo test -p whosaid-attribution --test
//! speakers_gold -- --nocapture` lists every missed cue and every wrong
//! speaker or stance of the tuning set, with its source, content and the
//! gold note.

use std::fs;
use std::path::{Path, PathBuf};
use whosaid_attribution::{ClaimKind, Document, Extractor};

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

/// Regression floors on the held-out set, just under what the extractor
/// reaches on it today (40 articles: speaker 81.9%, stance 70.0%, with
/// 77.6% of its cues found). Its first 15 articles were at 70.6% and 67.1%
/// when first measured (82.8%, 68.2% before the second batch); the 25 of
/// the second batch, first measured at 599b579, at 78.3% and about 73%.
/// The first annotator calls many more statements accusations or requests
/// than the tuning set's did.
const HELD_OUT_SPEAKER_FLOOR: f64 = 81.0;
const HELD_OUT_STANCE_FLOOR: f64 = 66.5;

/// Regression floors on the development set (145 articles), just under
/// today's figures (speaker 88.6%, stance 78.7%, with 78.1% of its cues
/// found). Each batch was first measured before any rule was chosen from
/// it, with the rules learnt from the batches before: the first 15 articles
/// at speaker 72.4%, stance 72.4%; the next 20 at 69.2%, 66.5%; the next
/// 20 at 68.4%, 83.1%; the next 25 at 71.2%, 71.2%; the next 25 at 67.9%,
/// 83.3%; the next 20 at 82.0%, 85.0%; the last 20 at 75.6%, about 65%.
const DEV_SPEAKER_FLOOR: f64 = 88.3;
const DEV_STANCE_FLOOR: f64 = 78.3;

/// A speaker name as compared: case, a leading "the" and the apostrophe's
/// typography aside (the annotations type a straight one where the article
/// prints "’").
fn norm(s: &str) -> String {
    let s = s.trim().to_lowercase().replace('\u{2019}', "'");
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

/// What a gold set scores: attributions, those whose cue the extractor
/// finds, and among those the right canonical speakers and stances.
struct Figures {
    gold: usize,
    found: usize,
    speaker_ok: usize,
    stance_ok: usize,
    /// Found claims in quotation marks (direct or mixed), and those of
    /// them with the right speaker: what quote extractors such as the
    /// GenderGapTracker's are scored on.
    quotes: usize,
    quote_speaker_ok: usize,
}

impl Figures {
    fn pct(a: usize, b: usize) -> f64 {
        100.0 * a as f64 / b.max(1) as f64
    }
    fn found(&self) -> f64 {
        Self::pct(self.found, self.gold)
    }
    fn speaker(&self) -> f64 {
        Self::pct(self.speaker_ok, self.found)
    }
    fn stance(&self) -> f64 {
        Self::pct(self.stance_ok, self.found)
    }
    fn quote_speaker(&self) -> f64 {
        Self::pct(self.quote_speaker_ok, self.quotes)
    }
    /// Fails when the speaker or stance figure is under its floor.
    fn assert_floors(&self, speaker: f64, stance: f64) {
        assert!(
            self.speaker() >= speaker,
            "canonical speakers: {:.1}%",
            self.speaker()
        );
        assert!(self.stance() >= stance, "stances: {:.1}%", self.stance());
    }
}

/// The repository's root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Scores the annotations in `tests/data/<set>` against the articles of the
/// same names in `articles`; `verbose` prints each miss and mismatch.
fn score(set: &str, articles: &Path, verbose: bool) -> (usize, Figures) {
    let gold_dir = root().join("tests/data").join(set);
    let extractor = Extractor::default();
    let (mut gold, mut found, mut speaker_ok, mut stance_ok) = (0, 0, 0, 0);
    let (mut quotes, mut quote_speaker_ok) = (0, 0);
    let mut names: Vec<_> = fs::read_dir(&gold_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    names.sort();
    let articles_read = names.len();
    for tsv in names {
        let article = articles
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
                if verbose {
                    println!(
                        "MISSED\t{cue}#{occ}\t{}",
                        cols.get(5).copied().unwrap_or("")
                    );
                }
                continue;
            };
            found += 1;
            let got = c.speaker.name.as_deref().unwrap_or("");
            let speaker_right = norm(got) == norm(speaker);
            let stance_right = c.stance.as_str() == stance;
            speaker_ok += usize::from(speaker_right);
            stance_ok += usize::from(stance_right);
            if matches!(c.kind, ClaimKind::Direct | ClaimKind::Mixed) {
                quotes += 1;
                quote_speaker_ok += usize::from(speaker_right);
            }
            if verbose && !(speaker_right && stance_right) {
                let src = c.source.map_or("", |s| s.text(&text));
                println!(
                    "{}\t{cue}#{occ}\tspeaker {}\tgold {speaker:?} got {got:?} ({}) from {src:?}\tstance gold {stance} got {}\t{}\t[{}] {} {:?}",
                    tsv.file_stem().unwrap().to_string_lossy(),
                    if speaker_right { "ok" } else { "WRONG" },
                    c.speaker.kind.as_str(),
                    c.stance.as_str(),
                    cols.get(5).copied().unwrap_or(""),
                    c.cue_lemma,
                    c.kind.as_str(),
                    c.content.map_or("", |s| s.text(&text)),
                );
            }
        }
    }
    let figures = Figures {
        gold,
        found,
        speaker_ok,
        stance_ok,
        quotes,
        quote_speaker_ok,
    };
    println!(
        "{set}: {articles_read} articles, gold {gold}, found {found} ({:.1}%), speaker {:.1}%, stance {:.1}%; quotes {quotes}, speaker {:.1}%",
        figures.found(),
        figures.speaker(),
        figures.stance(),
        figures.quote_speaker()
    );
    (articles_read, figures)
}

#[test]
fn canonical_speakers_and_stances_on_the_gold_set() {
    // SPEAKERS_GOLD_VERBOSE=1 prints every miss and mismatch, for error
    // analysis (run with `-- --nocapture`).
    let verbose = std::env::var_os("SPEAKERS_GOLD_VERBOSE").is_some();
    let (articles, f) = score("speakers-gold", &root().join("fixtures/wikinews"), verbose);
    assert!(articles >= 48, "the 48 annotated articles");
    assert!(f.gold >= 800);
    assert!(f.found() >= 80.5, "cues found: {:.1}%", f.found());
    assert!(
        f.speaker() >= 90.0,
        "canonical speakers: {:.1}%",
        f.speaker()
    );
    assert!(f.stance() >= 85.0, "stances: {:.1}%", f.stance());
}

/// The development set: 145 more articles annotated blind by the same
/// guide, whose errors may be read (`SPEAKERS_DEV_VERBOSE=1`) to find where
/// resolution fails to generalise; its floor guards what was gained on it.
#[test]
fn canonical_speakers_and_stances_on_the_dev_set() {
    let verbose = std::env::var_os("SPEAKERS_DEV_VERBOSE").is_some();
    let (articles, f) = score(
        "speakers-dev",
        &root().join("fixtures/wikinews-dev"),
        verbose,
    );
    assert!(articles >= 145 && f.gold >= 1300);
    f.assert_floors(DEV_SPEAKER_FLOOR, DEV_STANCE_FLOOR);
}

/// The held-out set is never listed in detail: its mistakes are not to be
/// read for choosing rules, only counted.
#[test]
fn canonical_speakers_and_stances_on_the_held_out_set() {
    let (articles, f) = score(
        "speakers-heldout",
        &root().join("fixtures/wikinews-heldout"),
        false,
    );
    assert!(articles >= 15 && f.gold >= 180);
    f.assert_floors(HELD_OUT_SPEAKER_FLOOR, HELD_OUT_STANCE_FLOOR);
}

/// Regression floors on the PolNeAR set (84 train articles of US political
/// news, quote-heavy, nearly all attributions to people; texts read from
/// `../shared`, never copied): just under today's figures (speaker 88.2%,
/// stance 58.6%, with 78.8% of its cues found). Each batch was first
/// measured before any rule was chosen from it: the first 15 articles at
/// speaker 73.5%, stance 48.4%; the next 15 (with the rules learnt from the
/// first) at 75.3%, about 55%; the next 12 at 78.3%, 45.9%; the next 12 at
/// 83.5%, 51.9%; the next 15 (topics furthest from campaign coverage) at
/// 70.4%, about 53%; the last 15 (Congress, courts, states, foreign news,
/// economy) at 73.7%, 50.2%.
const POLNEAR_SPEAKER_FLOOR: f64 = 88.0;
const POLNEAR_STANCE_FLOOR: f64 = 58.0;

/// Speakers on another kind of news than Wikinews: 84 PolNeAR train
/// articles annotated blind by the same guide, whose errors may be read
/// (`SPEAKERS_POLNEAR_VERBOSE=1`). Skipped, with a message, where
/// `../shared` is not beside the repository.
#[test]
fn canonical_speakers_and_stances_on_polnear_articles() {
    let texts = root().join("../shared/data/polnear/train/text");
    if !texts.is_dir() {
        eprintln!("PolNeAR train texts not found beside the repository: skipping");
        return;
    }
    let verbose = std::env::var_os("SPEAKERS_POLNEAR_VERBOSE").is_some();
    let (articles, f) = score("speakers-polnear", &texts, verbose);
    assert!(articles >= 30 && f.gold >= 700);
    f.assert_floors(POLNEAR_SPEAKER_FLOOR, POLNEAR_STANCE_FLOOR);
}
