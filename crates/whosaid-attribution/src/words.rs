//! Closed-class word lists (data/words.txt) and the token view the
//! extractor works on.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use whosaid_text::{Span, Token, TokenKind};

/// Parses a `[section]`-headed word list into sets, lower-cased.
pub(crate) fn sections(data: &'static str) -> HashMap<&'static str, HashSet<String>> {
    let mut out: HashMap<&'static str, HashSet<String>> = HashMap::new();
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

pub(crate) struct Words {
    sets: HashMap<&'static str, HashSet<String>>,
}

impl Words {
    pub(crate) fn get() -> &'static Words {
        static W: OnceLock<Words> = OnceLock::new();
        W.get_or_init(|| Words {
            sets: sections(include_str!("../data/words.txt")),
        })
    }

    pub(crate) fn is(&self, section: &str, lower: &str) -> bool {
        self.sets.get(section).is_some_and(|s| s.contains(lower))
    }
}

/// A token with its lower-cased text, for matching.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub span: Span,
    pub kind: TokenKind,
    pub lower: String,
    /// Starts with an upper-case letter.
    pub cap: bool,
}

impl Tok {
    pub(crate) fn new(text: &str, t: Token) -> Tok {
        let s = t.span.text(text);
        Tok {
            span: t.span,
            kind: t.kind,
            lower: s.to_lowercase(),
            cap: s.chars().next().is_some_and(char::is_uppercase),
        }
    }

    pub(crate) fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub(crate) fn is(&self, section: &str) -> bool {
        Words::get().is(section, &self.lower)
    }

    pub(crate) fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.lower == p
    }

    pub(crate) fn is_quote(&self) -> bool {
        self.kind == TokenKind::Quote
    }

    pub(crate) fn is_negation(&self) -> bool {
        self.is("negation") || (self.is_word() && self.lower.ends_with("n't"))
    }

    pub(crate) fn is_auxiliary(&self) -> bool {
        self.is("auxiliary")
            || (self.is_word()
                && self.lower.ends_with("n't")
                && !matches!(self.lower.as_str(), "n't"))
    }

    pub(crate) fn is_adverb(&self) -> bool {
        if self.is("adverb") {
            return true;
        }
        self.is_word()
            && !self.cap
            && self.lower.len() > 4
            && self.lower.ends_with("ly")
            && !self.is("ly-not-adverb")
    }

    /// A word of any closed class: such a word never heads a name.
    pub(crate) fn is_function(&self) -> bool {
        [
            "determiner",
            "pronoun",
            "auxiliary",
            "negation",
            "conjunction",
            "subordinator",
            "preposition",
        ]
        .iter()
        .any(|s| self.is(s))
            || self.is_adverb()
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
