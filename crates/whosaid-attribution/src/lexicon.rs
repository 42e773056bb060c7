//! The cue lexicon: attribution verbs, phrases, nouns and prepositions, read
//! from a tab-separated data file (`data/cues.tsv`) and extendable by users.

use crate::Stance;
use crate::words::Sketch;
use rustc_hash::FxHashMap;
use std::sync::{Arc, OnceLock};

/// Errors reading a lexicon file.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A line that does not follow `lemma<TAB>stance<TAB>flags<TAB>forms`.
    #[error("{origin}:{line}: {message}")]
    Syntax {
        /// Where the lexicon came from (a path, or "built-in").
        origin: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// The grammatical role of a cue form, which decides how its source and
/// content are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// "say", "point out".
    Base,
    /// "says".
    Present3,
    /// "said" (also the participle when both are written the same).
    Past,
    /// "written", "shown": a participle only.
    Participle,
    /// "saying".
    Gerund,
    /// A nominal cue: "statement", "allegation".
    Noun,
    /// A prepositional cue: "according to".
    Preposition,
    /// A colon after a name: "Bill Clinton: Hillary thinks …".
    Colon,
    /// An adverb of hearsay: "reportedly", "allegedly".
    Adverb,
}

/// One lexicon entry: a lemma with its stance class and flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueEntry {
    /// The dictionary form ("point out").
    pub lemma: Arc<str>,
    /// The stance class the cue signals.
    pub stance: Stance,
    /// Style guides flag this verb as loaded.
    pub loaded: bool,
    /// Its object is a target (accused X), not content.
    pub target: bool,
    /// A cue only when a complement follows.
    pub needs_clause: bool,
    /// A raising verb: a cue only before "to", "that", "like" or "as"
    /// ("seemed to suggest").
    pub raising: bool,
}

/// A surface form of an entry, as a sequence of lower-case words.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    pub words: Vec<String>,
    pub kind: FormKind,
    pub entry: usize,
}

/// The cue lexicon, indexed by the first word of each form.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    entries: Vec<CueEntry>,
    index: FxHashMap<String, Vec<Form>>,
    /// The index's words: most tokens start no form, and this says so
    /// without hashing them.
    maybe: Sketch,
}

impl Lexicon {
    /// The lexicon shipped with whosaid.
    pub fn builtin() -> Self {
        let mut lex = Lexicon::default();
        lex.extend_from_str(include_str!("../data/cues.tsv"), "built-in")
            .expect("the built-in lexicon parses; tested");
        lex
    }

    /// Adds the entries of a lexicon file in the built-in format. An entry
    /// whose form is already known replaces the earlier meaning of that form.
    pub fn extend_from_str(&mut self, data: &str, origin: &str) -> Result<(), LexiconError> {
        for (n, raw) in data.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let err = |message: String| LexiconError::Syntax {
                origin: origin.to_string(),
                line: n + 1,
                message,
            };
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            if cols.len() != 4 {
                return Err(err(format!(
                    "expected 4 tab-separated columns (lemma, stance, flags, forms), found {}",
                    cols.len()
                )));
            }
            let lemma = cols[0];
            if lemma.is_empty() {
                return Err(err("empty lemma".into()));
            }
            let stance = Stance::parse(cols[1])
                .ok_or_else(|| err(format!("unknown stance {:?}", cols[1])))?;
            let mut entry = CueEntry {
                lemma: Arc::from(lemma.to_lowercase()),
                stance,
                loaded: false,
                target: false,
                needs_clause: false,
                raising: false,
            };
            let mut noun = false;
            let mut prep = false;
            let mut colon = false;
            let mut adverb = false;
            for flag in cols[2]
                .split(',')
                .map(str::trim)
                .filter(|f| !f.is_empty() && *f != "-")
            {
                match flag {
                    "loaded" => entry.loaded = true,
                    "target" => entry.target = true,
                    "clause" => entry.needs_clause = true,
                    "noun" => noun = true,
                    "prep" => prep = true,
                    "colon" => colon = true,
                    "adverb" => adverb = true,
                    "raising" => entry.raising = true,
                    other => return Err(err(format!("unknown flag {other:?}"))),
                }
            }
            let forms: Vec<String> = cols[3]
                .split('|')
                .map(|f| f.trim().to_lowercase())
                .filter(|f| !f.is_empty())
                .collect();
            if forms.is_empty() {
                return Err(err("no forms".into()));
            }
            let kinds: Vec<(String, FormKind)> = if colon {
                forms.into_iter().map(|f| (f, FormKind::Colon)).collect()
            } else if adverb {
                forms.into_iter().map(|f| (f, FormKind::Adverb)).collect()
            } else if prep {
                forms
                    .into_iter()
                    .map(|f| (f, FormKind::Preposition))
                    .collect()
            } else if noun {
                forms.into_iter().map(|f| (f, FormKind::Noun)).collect()
            } else {
                let five = match forms.len() {
                    1 => inflect(&forms[0]),
                    5 => [
                        forms[0].clone(),
                        forms[1].clone(),
                        forms[2].clone(),
                        forms[3].clone(),
                        forms[4].clone(),
                    ],
                    k => return Err(err(format!("a verb needs 1 or 5 forms, found {k}"))),
                };
                let [base, s, past, part, ing] = five;
                let part_kind = if part == past {
                    None
                } else {
                    Some((part, FormKind::Participle))
                };
                let mut v = vec![
                    (base, FormKind::Base),
                    (s, FormKind::Present3),
                    (past, FormKind::Past),
                    (ing, FormKind::Gerund),
                ];
                v.extend(part_kind);
                v
            };
            let id = self.entries.len();
            self.entries.push(entry);
            for (form, kind) in kinds {
                let words: Vec<String> = form.split_whitespace().map(str::to_string).collect();
                let first = words[0].clone();
                self.maybe.insert(&first);
                let list = self.index.entry(first).or_default();
                // A later entry for the same form and part of speech replaces it.
                let is_noun = matches!(kind, FormKind::Noun);
                list.retain(|f| !(f.words == words && matches!(f.kind, FormKind::Noun) == is_noun));
                list.push(Form {
                    words,
                    kind,
                    entry: id,
                });
            }
        }
        Ok(())
    }

    /// The entry with index `id`; an index past the end (a cue the learned
    /// detector found) gives the neutral entry of such cues.
    pub fn entry(&self, id: usize) -> &CueEntry {
        static LEARNED: OnceLock<CueEntry> = OnceLock::new();
        self.entries.get(id).unwrap_or_else(|| {
            LEARNED.get_or_init(|| CueEntry {
                lemma: Arc::from(""),
                stance: Stance::Assert,
                loaded: false,
                target: false,
                needs_clause: false,
                raising: false,
            })
        })
    }

    /// All entries.
    pub fn entries(&self) -> &[CueEntry] {
        &self.entries
    }

    pub(crate) fn forms_starting_with(&self, word: &str) -> &[Form] {
        if !self.maybe.may_contain(word) {
            return &[];
        }
        self.index.get(word).map_or(&[], Vec::as_slice)
    }
}

/// Regular English inflection of a verb (or of the first word of a phrasal
/// verb): base, 3rd person singular, past, past participle, -ing form.
fn inflect(base: &str) -> [String; 5] {
    let (head, tail) = match base.split_once(' ') {
        Some((h, t)) => (h, format!(" {t}")),
        None => (base, String::new()),
    };
    let vowel = |c: char| "aeiou".contains(c);
    let chars: Vec<char> = head.chars().collect();
    let n = chars.len();
    let s = if head.ends_with('s')
        || head.ends_with("sh")
        || head.ends_with("ch")
        || head.ends_with('x')
        || head.ends_with('z')
    {
        format!("{head}es")
    } else if head.ends_with('y') && n > 1 && !vowel(chars[n - 2]) {
        format!("{}ies", &head[..head.len() - 1])
    } else {
        format!("{head}s")
    };
    let (past, ing) = if let Some(stem) = head.strip_suffix('e') {
        (format!("{head}d"), format!("{stem}ing"))
    } else if head.ends_with('y') && n > 1 && !vowel(chars[n - 2]) {
        (
            format!("{}ied", &head[..head.len() - 1]),
            format!("{head}ing"),
        )
    } else {
        (format!("{head}ed"), format!("{head}ing"))
    };
    [
        format!("{head}{tail}"),
        format!("{s}{tail}"),
        format!("{past}{tail}"),
        format!("{past}{tail}"),
        format!("{ing}{tail}"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses_and_inflects() {
        let lex = Lexicon::builtin();
        let stated = lex.forms_starting_with("stated");
        assert_eq!(stated.len(), 1);
        assert_eq!(&*lex.entry(stated[0].entry).lemma, "state");
        assert_eq!(stated[0].kind, FormKind::Past);
        let pointing = lex.forms_starting_with("pointing");
        assert_eq!(pointing[0].words, vec!["pointing", "out"]);
        assert!(lex.entry(pointing[0].entry).loaded);
        assert!(lex.forms_starting_with("arrived").is_empty());
        assert_eq!(lex.forms_starting_with("denies").len(), 1);
    }

    #[test]
    fn inflection_rules() {
        assert_eq!(inflect("state")[4], "stating");
        assert_eq!(inflect("deny")[2], "denied");
        assert_eq!(inflect("stress")[1], "stresses");
        assert_eq!(inflect("call for")[2], "called for");
    }

    #[test]
    fn user_entries_extend_and_errors_name_the_line() {
        let mut lex = Lexicon::builtin();
        lex.extend_from_str("# mine\nopine\tassert\tloaded\topine\n", "mine.tsv")
            .unwrap();
        let f = &lex.forms_starting_with("opined")[0];
        assert!(lex.entry(f.entry).loaded);
        let err = lex
            .extend_from_str("\nsay\tshout\t-\tsay\n", "bad.tsv")
            .unwrap_err();
        assert_eq!(err.to_string(), "bad.tsv:2: unknown stance \"shout\"");
    }
}
