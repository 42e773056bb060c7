//! Closed-class word lists (data/words.txt) and the token view the
//! extractor works on.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;
use whosaid_text::{Span, Token, TokenKind, is_general_punctuation};

/// A pre-check in front of a word table: one bit per (length, first two
/// bytes) of the words in it. Most words looked up are in no table, and a
/// clear bit turns them away without hashing them.
#[derive(Clone)]
pub(crate) struct Sketch(Box<[u64; (16 << 12) / 64]>);

impl Sketch {
    /// 16 lengths × 64 × 64 first-byte pairs.
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let at = |i: usize| usize::from(b.get(i).copied().unwrap_or(0) & 63);
        ((b.len() & 15) << 12) | (at(0) << 6) | at(1)
    }

    /// Notes that `w` is in the table.
    pub(crate) fn insert(&mut self, w: &str) {
        let k = Sketch::bit(w);
        self.0[k / 64] |= 1 << (k % 64);
    }

    /// False when `w` is surely not in the table.
    pub(crate) fn may_contain(&self, w: &str) -> bool {
        let k = Sketch::bit(w);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

impl Default for Sketch {
    fn default() -> Self {
        Sketch(Box::new([0; (16 << 12) / 64]))
    }
}

impl std::fmt::Debug for Sketch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sketch")
    }
}

/// Parses a `[section]`-headed word list into sets, lower-cased.
pub(crate) fn sections(data: &'static str) -> FxHashMap<&'static str, FxHashSet<String>> {
    let mut out: FxHashMap<&'static str, FxHashSet<String>> = FxHashMap::default();
    let mut cur = "";
    for line in data.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            cur = name;
            out.entry(cur).or_default();
            continue;
        }
        out.entry(cur).or_default().insert(line.to_lowercase());
    }
    out
}

/// The bits of the closed classes that never head a name: determiner,
/// pronoun, auxiliary, negation, conjunction, subordinator, preposition
/// (one mask test instead of seven look-ups).
const FUNCTION_CLASSES: u32 = 1 | 2 | 4 | 16 | 64 | 128 | 256;

/// The bit of a section: a `match`, because this runs for every word test.
#[inline]
fn section_bit(section: &str) -> u32 {
    match section {
        "determiner" => 1,
        "pronoun" => 2,
        "auxiliary" => 4,
        "passive-be" => 8,
        "negation" => 16,
        "adverb" => 32,
        "conjunction" => 64,
        "subordinator" => 128,
        "preposition" => 256,
        "object-pronoun" => 512,
        "ly-not-adverb" => 1024,
        // 2048 is `MODEL_SUBJECT`.
        "refusal" => 1 << 12,
        "catenative" => 1 << 13,
        "experienced" => 1 << 14,
        "view-noun" => 1 << 15,
        "document" => 1 << 16,
        "takes-to" => 1 << 17,
        "focus" => 1 << 18,
        "opening-subordinator" => 1 << 19,
        "particle" => 1 << 20,
        "particle-preposition" => 1 << 21,
        "leads-into-verb" => 1 << 22,
        "addressed" => 1 << 23,
        "occasion" => 1 << 24,
        "dash-continues" => 1 << 25,
        "clause-subject" => 1 << 26,
        "discourse-opener" => 1 << 27,
        "poll-share" => 1 << 28,
        "object-control" => 1 << 29,
        "line-label" => 1 << 30,
        "clause-subordinator" => 1 << 31,
        _ => 0,
    }
}

/// A number from two to ten written as a word: a count of people ("three
/// officials", "two in three said").
pub(crate) fn count_word(lower: &str) -> bool {
    matches!(
        lower,
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// Words of data/model-subjects.txt: what the cue model learnt as a
/// speaker-like subject, frozen with it.
const MODEL_SUBJECT: u32 = 2048;

pub(crate) struct Words {
    /// Closed-class bits of words.txt (with `MODEL_SUBJECT` for the words
    /// of model-subjects.txt), and the speaker-list bits of speakers.txt
    /// (see `speakers::class_table`), in one table: a token is looked up
    /// once for all of them.
    classes: FxHashMap<String, (u32, u32)>,
    /// The word beginnings of the "-stem" sections, by section.
    stems: FxHashMap<&'static str, Vec<String>>,
    /// Sections with no class bit (the `u32` is full): sets of their own,
    /// for lists few words are asked of (`in_set`).
    sets: FxHashMap<&'static str, FxHashSet<String>>,
}

impl Words {
    pub(crate) fn get() -> &'static Words {
        static W: OnceLock<Words> = OnceLock::new();
        W.get_or_init(|| {
            let mut classes: FxHashMap<String, (u32, u32)> = FxHashMap::default();
            let mut stems: FxHashMap<&'static str, Vec<String>> = FxHashMap::default();
            let mut sets: FxHashMap<&'static str, FxHashSet<String>> = FxHashMap::default();
            for (section, words) in sections(include_str!("../data/words.txt")) {
                if section.ends_with("-stem") {
                    let mut words: Vec<String> = words.into_iter().collect();
                    words.sort();
                    stems.insert(section, words);
                    continue;
                }
                if SETS.contains(&section) {
                    sets.insert(section, words);
                    continue;
                }
                let bit = section_bit(section);
                for w in words {
                    classes.entry(w).or_default().0 |= bit;
                }
            }
            for w in include_str!("../data/model-subjects.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
            {
                classes.entry(w.to_lowercase()).or_default().0 |= MODEL_SUBJECT;
            }
            for (w, bits) in crate::speakers::class_table() {
                classes.entry(w.clone()).or_default().1 |= bits;
            }
            Words {
                classes,
                stems,
                sets,
            }
        })
    }

    fn classes(&self, lower: &str) -> (u32, u32) {
        self.classes.get(lower).copied().unwrap_or((0, 0))
    }
}

/// A word in lower case listed in a section of data/words.txt (for words
/// that are not a token's, such as a cue's lemma).
pub(crate) fn word_in(lower: &str, section: &str) -> bool {
    Words::get().classes(lower).0 & section_bit(section) != 0
}

/// The sections of data/words.txt with no class bit (the `u32` of
/// `section_bit` is full): each a set of its own, for `in_set`. A section
/// must be here, have a bit or end in "-stem", or it would be ignored.
const SETS: [&str; 2] = ["pro-verb", "time-of-day"];

/// A word in lower case listed in one of the `SETS` sections of
/// data/words.txt.
pub(crate) fn in_set(lower: &str, section: &str) -> bool {
    Words::get()
        .sets
        .get(section)
        .is_some_and(|s| s.contains(lower))
}

/// A word in lower case that begins with one of the entries of a "-stem"
/// section of data/words.txt.
pub(crate) fn has_stem(lower: &str, section: &str) -> bool {
    Words::get()
        .stems
        .get(section)
        .is_some_and(|stems| stems.iter().any(|s| lower.starts_with(s.as_str())))
}

/// A word in lower case that is an adverb: a listed one, or one ending in
/// "-ly" that is not a listed exception ("family", "reply"), as
/// `Tok::is_adverb` tells for a token.
pub(crate) fn is_adverb_lower(lower: &str) -> bool {
    adverb(Words::get().classes(lower).0, lower)
}

/// An adverb by its closed-class bits and lower case: listed, or ending in
/// "-ly" and not listed as an exception.
fn adverb(classes: u32, lower: &str) -> bool {
    classes & section_bit("adverb") != 0
        || (lower.len() > 4 && lower.ends_with("ly") && classes & section_bit("ly-not-adverb") == 0)
}

/// Seven in ten of the words of at least `min_len` bytes capitalised, and
/// at least `min_words` of them: a headline in title case ("Senator
/// Compares Trump's Remarks To …").
pub(crate) fn title_case(toks: &[Tok], min_len: usize, min_words: usize) -> bool {
    let (mut words, mut caps) = (0, 0);
    for t in toks {
        if t.is_word() && t.lower.len() >= min_len {
            words += 1;
            caps += usize::from(t.cap);
        }
    }
    words >= min_words && caps * 10 >= words * 7
}

/// A token with its lower-cased text, for matching.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub span: Span,
    pub kind: TokenKind,
    pub lower: String,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Every letter is upper-case ("WHO", "U.S.").
    pub upper: bool,
    /// Bits of the closed classes the word belongs to.
    classes: u32,
    /// Bits of the speaker lists the word belongs to.
    speaker_classes: u32,
    /// `is_adverb`, worked out once: it is asked of most tokens several
    /// times, and its test branches on the word's ending.
    adverb: bool,
}

/// "didn't", "don’t": a negated auxiliary, with a straight or a curly
/// apostrophe.
fn contracted_not(lower: &str) -> bool {
    lower.ends_with("n't") || lower.ends_with("n’t")
}

/// Where the dash that token `k` ends starts, when it sets words apart:
/// "—" or "–" alone, "--" written as two hyphens (`k` its second), or a
/// hyphen with a space on each side (" - "), which news copy uses for a
/// dash; not the hyphen of "Coca-Cola". For the tokens of a sentence
/// (`Tok`) or of a source (`&Tok`).
pub(crate) fn aside_dash_start<T: std::borrow::Borrow<Tok>>(
    text: &[u8],
    toks: &[T],
    k: usize,
) -> Option<usize> {
    let t = toks.get(k)?.borrow();
    if t.is_punct("—") || t.is_punct("–") {
        return Some(k);
    }
    if !t.is_punct("-") {
        return None;
    }
    if let Some(k1) = k.checked_sub(1)
        && toks[k1].borrow().is_punct("-")
        && toks[k1].borrow().span.end == t.span.start
    {
        return Some(k1);
    }
    let spaced = |at: Option<&u8>| at.is_some_and(|b| b.is_ascii_whitespace());
    (spaced(t.span.start.checked_sub(1).and_then(|i| text.get(i))) && spaced(text.get(t.span.end)))
        .then_some(k)
}

impl Tok {
    pub(crate) fn new(text: &str, t: Token) -> Tok {
        let s = t.span.text(text);
        // Nearly every news token is ASCII, where a byte loop does what the
        // Unicode case mapping does, several times faster.
        let (lower, cap, upper) = if s.is_ascii() {
            let b = s.as_bytes();
            (
                s.to_ascii_lowercase(),
                b.first().is_some_and(u8::is_ascii_uppercase),
                !b.iter().any(u8::is_ascii_lowercase),
            )
        } else if s.chars().all(is_general_punctuation) {
            // Curly quotes, dashes, ellipses: no case to map.
            (s.to_owned(), false, true)
        } else {
            (
                s.to_lowercase(),
                s.chars().next().is_some_and(char::is_uppercase),
                s.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()),
            )
        };
        let (classes, speaker_classes) = Words::get().classes(&lower);
        let adverb = classes & section_bit("adverb") != 0
            || (t.kind == TokenKind::Word && !cap && adverb(classes, &lower));
        Tok {
            span: t.span,
            kind: t.kind,
            classes,
            speaker_classes,
            adverb,
            lower,
            cap,
            upper,
        }
    }

    /// The word as a plain name: no closed class, no list ("May" in
    /// "Theresa May" is no modal and no month).
    pub(crate) fn clear_classes(&mut self) {
        self.classes = 0;
        self.speaker_classes = 0;
        self.adverb = self.is_word() && !self.cap && adverb(0, &self.lower);
    }

    /// The speaker-list bits of the word (`speakers::classes` of its
    /// lower case, without a second look-up).
    #[inline]
    pub(crate) fn speaker_classes(&self) -> u32 {
        self.speaker_classes
    }

    /// A subject the cue model counts as speaker-like: a word of its frozen
    /// list (or the plural of one), or a relative pronoun. The speaker
    /// lists may change without retraining it.
    pub(crate) fn is_model_subject(&self) -> bool {
        if self.classes & MODEL_SUBJECT != 0 {
            return true;
        }
        let lower = self.lower.as_str();
        let singular = crate::speakers::singular_of(lower);
        (singular.len() < lower.len() && Words::get().classes(singular).0 & MODEL_SUBJECT != 0)
            || matches!(lower, "who" | "which" | "that")
    }

    /// A day, month or deictic time word ("Friday", "yesterday").
    #[inline]
    pub(crate) fn is_time_word(&self) -> bool {
        self.is_word() && self.speaker_classes & crate::speakers::TIME != 0
    }

    pub(crate) fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    #[inline]
    pub(crate) fn is(&self, section: &str) -> bool {
        self.classes & section_bit(section) != 0
    }

    pub(crate) fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.lower == p
    }

    pub(crate) fn is_quote(&self) -> bool {
        self.kind == TokenKind::Quote
    }

    pub(crate) fn is_negation(&self) -> bool {
        self.is("negation") || (self.is_word() && contracted_not(&self.lower))
    }

    pub(crate) fn is_auxiliary(&self) -> bool {
        self.is("auxiliary")
            || (self.is_word()
                && contracted_not(&self.lower)
                && !matches!(self.lower.as_str(), "n't" | "n’t"))
    }

    pub(crate) fn is_adverb(&self) -> bool {
        self.adverb
    }

    /// A word of any closed class: such a word never heads a name.
    pub(crate) fn is_function(&self) -> bool {
        self.classes & FUNCTION_CLASSES != 0 || self.is_adverb()
    }

    /// A clause boundary: punctuation that separates clauses.
    pub(crate) fn is_clause_punct(&self) -> bool {
        self.kind == TokenKind::Punct
            && matches!(
                self.lower.as_str(),
                "," | ";" | ":" | "—" | "–" | "(" | ")" | "--" | "-"
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sections with no class bit are sets of their own, and only theirs.
    #[test]
    fn sections_without_a_bit_are_sets() {
        assert!(in_set("afternoon", "time-of-day"));
        assert!(in_set("has", "pro-verb"));
        assert!(!in_set("has", "time-of-day"));
        assert!(!in_set("the", "determiner"));
        assert!(Words::get().sets.keys().all(|s| section_bit(s) == 0));
        assert_eq!(Words::get().sets.len(), SETS.len());
    }

    #[test]
    fn a_sketch_turns_away_words_not_inserted() {
        let mut s = Sketch::default();
        assert!(!s.may_contain("said"));
        s.insert("said");
        assert!(s.may_contain("said"));
        assert!(!s.may_contain("zebra"));
    }

    #[test]
    fn every_section_of_the_word_list_is_read() {
        // A section with no bit (a misspelt name) would be ignored silently.
        let data = include_str!("../data/words.txt");
        let found = sections(data);
        assert!(found.len() >= 25, "{}", found.len());
        for name in found.keys() {
            assert!(
                name.ends_with("-stem") || section_bit(name) != 0 || SETS.contains(name),
                "section [{name}] of words.txt has no bit"
            );
        }
        let bits: Vec<u32> = found
            .keys()
            .filter(|n| !n.ends_with("-stem") && !SETS.contains(n))
            .map(|n| section_bit(n))
            .collect();
        for (i, b) in bits.iter().enumerate() {
            assert_eq!(b.count_ones(), 1);
            assert!(b & MODEL_SUBJECT == 0 && bits[i + 1..].iter().all(|o| o & b == 0));
        }
        assert!(word_in("refused", "refusal") && !word_in("said", "refusal"));
        assert!(has_stem("reiterated", "light-verb-stem") && !has_stem("said", "light-verb-stem"));
    }

    #[test]
    fn function_words_are_the_closed_classes() {
        let tok = |w: &str| {
            Tok::new(
                w,
                Token {
                    span: Span::new(0, w.len()),
                    kind: TokenKind::Word,
                },
            )
        };
        for (w, function) in [
            ("the", true),
            ("they", true),
            ("would", true),
            ("not", true),
            ("and", true),
            ("because", true),
            ("in", true),
            ("quickly", true),
            ("said", false),
            ("minister", false),
        ] {
            assert_eq!(tok(w).is_function(), function, "{w}");
        }
        let names = [
            "determiner",
            "pronoun",
            "auxiliary",
            "negation",
            "conjunction",
            "subordinator",
            "preposition",
        ];
        let mask = names.iter().fold(0, |m, s| m | section_bit(s));
        assert_eq!(mask, FUNCTION_CLASSES);
    }
}
