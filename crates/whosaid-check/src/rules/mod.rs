//! The rules. Each lives in its own file with a stable code (`WS001`…), a
//! kebab-case name, a default severity and a module doc comment in fixed
//! sections (`# What it does`, `# Why`, `# Example`, `# How to fix`); the
//! doc comment is read at build time (`include_str!`) so the rule table in
//! `docs/rules.md`, SARIF rule descriptions and `--explain` all come from it.

use crate::Severity;
use crate::phrases::parse_list;
use std::collections::HashSet;
use std::sync::LazyLock;
use whosaid_attribution::{Claim, Document, Span};
use whosaid_text::QuoteStyle;

mod ws001_unattributed_quote;
mod ws002_anonymous_source;
mod ws003_vague_source;
mod ws004_loaded_verb;
mod ws005_unresolved_speaker;
mod ws006_unbalanced_quotes;
mod ws007_late_attribution;
mod ws100_unused_suppression;

/// The code of the rule that reports unused or unknown suppressions.
pub const UNUSED_SUPPRESSION: &str = "WS100";

/// A rule's identity and documentation.
#[derive(Clone, Copy)]
pub struct RuleInfo {
    /// Stable code, "WS004".
    pub code: &'static str,
    /// Kebab-case name, "loaded-verb".
    pub name: &'static str,
    /// Severity unless configured otherwise.
    pub default_severity: Severity,
    /// The rule's source file; its `//!` lines are the documentation.
    source: &'static str,
    check: fn(&Ctx, &mut Vec<Hit>),
}

impl std::fmt::Debug for RuleInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuleInfo")
            .field("code", &self.code)
            .field("name", &self.name)
            .finish()
    }
}

impl RuleInfo {
    /// The `//!` documentation as Markdown.
    pub fn doc(&self) -> String {
        let mut out = String::new();
        for line in self.source.lines() {
            let Some(rest) = line.strip_prefix("//!") else {
                if !out.is_empty() {
                    break;
                }
                continue;
            };
            out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            out.push('\n');
        }
        out
    }

    /// The first paragraph of the documentation: a one-line description.
    pub fn summary(&self) -> String {
        let doc = self.doc();
        doc.split("\n\n")
            .next()
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The body of section `# {title}` of the documentation, trimmed.
    pub fn section(&self, title: &str) -> Option<String> {
        let doc = self.doc();
        let head = format!("# {title}\n");
        let start = doc.find(&head)? + head.len();
        let rest = &doc[start..];
        let end = rest.find("\n# ").map_or(rest.len(), |k| k + 1);
        let body = rest[..end].trim();
        (!body.is_empty()).then(|| body.to_string())
    }

    pub(crate) fn run(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        (self.check)(ctx, out)
    }
}

/// The fixed sections every rule documents, in order.
pub const SECTIONS: [&str; 4] = ["What it does", "Why", "Example", "How to fix"];

static RULES: [RuleInfo; 8] = [
    ws001_unattributed_quote::RULE,
    ws002_anonymous_source::RULE,
    ws003_vague_source::RULE,
    ws004_loaded_verb::RULE,
    ws005_unresolved_speaker::RULE,
    ws006_unbalanced_quotes::RULE,
    ws007_late_attribution::RULE,
    ws100_unused_suppression::RULE,
];

/// All rules, in code order.
pub fn rules() -> &'static [RuleInfo] {
    &RULES
}

/// The rule with this code or name (case-insensitive).
pub fn rule(id: &str) -> Option<&'static RuleInfo> {
    let id = id.trim();
    RULES
        .iter()
        .find(|r| r.code.eq_ignore_ascii_case(id) || r.name.eq_ignore_ascii_case(id))
}

/// The short rule table for the README, linking each rule to its section of
/// `docs/rules.md`.
pub fn rule_summary_table() -> String {
    rule_table("docs/rules.md")
}

/// The rule table, each code linking to its section in `page` ("" for the
/// page the table is on).
fn rule_table(page: &str) -> String {
    let mut s =
        String::from("| Code | Name | Default severity | What it flags |\n|---|---|---|---|\n");
    for r in rules() {
        s.push_str(&format!(
            "| [`{}`]({page}#{}) | `{}` | {} | {} |\n",
            r.code,
            format!("{}-{}", r.code, r.name).to_lowercase(),
            r.name,
            r.default_severity.as_str(),
            r.summary().replace('|', "\\|")
        ));
    }
    s
}

/// The rule table and per-rule documentation, as written to `docs/rules.md`.
pub fn rule_table_markdown() -> String {
    let mut s = String::from(
        "<!-- Generated from the rule doc comments in crates/whosaid-check/src/rules/.\n     \
         Do not edit: run `UPDATE_DOCS=1 cargo test --test check_docs` or\n     \
         `cargo run -p whosaid-check --example rules_doc > docs/rules.md`. -->\n\n\
                  # `whosaid check` rules\n\n",
    );
    s.push_str(&rule_table(""));
    for r in rules() {
        s.push_str(&format!("\n## {} {}\n\n", r.code, r.name));
        s.push_str(&format!(
            "{}\n\nDefault severity: **{}**.\n",
            r.summary(),
            r.default_severity.as_str()
        ));
        for title in SECTIONS {
            if let Some(body) = r.section(title) {
                s.push_str(&format!("\n### {title}\n\n{body}\n"));
            }
        }
    }
    s
}

/// Words that name things, not people (`data/not-people.txt`,
/// `data/inanimate-sources.txt` and the documents of `data/titles.txt`): a
/// source headed by one is no speaker to judge ("the law states", "a
/// report said").
pub(crate) static THINGS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    NOT_PEOPLE
        .iter()
        .cloned()
        .chain(crate::phrases::parse_section(TITLES_DATA, "document"))
        .chain(parse_list(include_str!("../../data/inanimate-sources.txt")))
        .collect()
});

/// Head nouns that name things, not people (`data/not-people.txt`).
pub(crate) static NOT_PEOPLE: LazyLock<Vec<String>> =
    LazyLock::new(|| parse_list(include_str!("../../data/not-people.txt")));

/// `data/titles.txt`: title words, signs, documents and the words around
/// them, by section.
pub(crate) const TITLES_DATA: &str = include_str!("../../data/titles.txt");

/// One raw finding of a rule, in byte offsets of the checked text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

/// One loaded verb: lemma, neutral replacement, what it implies.
#[derive(Debug, Clone)]
pub(crate) struct LoadedVerb {
    pub lemma: String,
    pub instead: String,
    pub why: String,
}

/// Word lists the rules use, after configuration.
#[derive(Debug, Clone)]
pub(crate) struct Lists {
    pub loaded: Vec<LoadedVerb>,
    pub allowed_verbs: Vec<String>,
    pub accepted_sources: Vec<String>,
    pub anonymity_reasons: Vec<String>,
    pub anonymity_markers: Vec<String>,
    pub vague_phrases: Vec<String>,
}

/// What a rule sees: the (masked) document, its claims, the word lists.
pub(crate) struct Ctx<'a> {
    pub doc: &'a Document,
    /// The document text, ASCII-lower-cased (same byte offsets).
    pub lower: &'a str,
    pub claims: &'a [Claim],
    pub lists: &'a Lists,
    /// The insides of all quotations, merged where they overlap, in order:
    /// [`Ctx::in_quote`] asks it by binary search, where asking every
    /// quotation made rules quadratic in a long file.
    pub quoted: Vec<Span>,
}

/// The insides of `doc`'s quotations as sorted, disjoint spans.
pub(crate) fn quoted_spans(doc: &Document) -> Vec<Span> {
    let mut inner: Vec<Span> = doc
        .quotations()
        .iter()
        .map(|q| q.inner)
        .filter(|s| s.start < s.end)
        .collect();
    inner.sort_by_key(|s| s.start);
    let mut out: Vec<Span> = Vec::with_capacity(inner.len());
    for s in inner {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

impl Ctx<'_> {
    /// True when byte `pos` lies inside the words of any quotation: rules
    /// never flag the quoted speech itself.
    pub fn in_quote(&self, pos: usize) -> bool {
        let k = self.quoted.partition_point(|s| s.start <= pos);
        k.checked_sub(1).is_some_and(|i| pos < self.quoted[i].end)
    }

    /// True when the claim's cue is part of quoted speech.
    pub fn quoted_claim(&self, c: &Claim) -> bool {
        self.in_quote(c.cue.start)
    }

    /// Double quotations not nested in another quotation.
    pub fn top_quotes(&self) -> Vec<whosaid_text::Quotation> {
        let all = self.doc.quotations();
        // In order of start, a quotation is nested when an earlier one's
        // inside reaches past its end: one pass, where asking every other
        // quotation was quadratic in a long file of quotations.
        let mut order: Vec<usize> = (0..all.len()).collect();
        order.sort_by_key(|&i| (all[i].span.start, std::cmp::Reverse(all[i].span.end)));
        let mut nested = vec![false; all.len()];
        let mut reach: Option<usize> = None;
        for &i in &order {
            let q = &all[i];
            nested[i] = reach.is_some_and(|end| end >= q.span.end);
            reach = Some(reach.map_or(q.inner.end, |end| end.max(q.inner.end)));
        }
        all.iter()
            .zip(&nested)
            .filter(|(q, n)| q.style == QuoteStyle::Double && !**n)
            .map(|(q, _)| *q)
            .collect()
    }

    /// The span of the sentence holding byte `pos`.
    pub fn sentence_span_at(&self, pos: usize) -> Option<Span> {
        self.doc
            .sentence_at(pos)
            .and_then(|i| self.doc.sentences().get(i))
            .copied()
    }

    /// Indices of the sentences overlapping `span` (at least one).
    pub fn sentences_of(&self, span: Span) -> (usize, usize) {
        let first = self.doc.sentence_at(span.start).unwrap_or(0);
        let last = self
            .doc
            .sentence_at(span.end.saturating_sub(1).max(span.start))
            .unwrap_or(first)
            .max(first);
        (first, last)
    }

    /// The text of `span` with runs of whitespace collapsed.
    pub fn flat(&self, span: Span) -> String {
        span.text(self.doc.text())
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// How many findings the rule `code` alone makes on Markdown `text`, for
/// the tests beside each rule.
#[cfg(test)]
pub(crate) fn findings_of(code: &'static str, text: &str) -> usize {
    let s = crate::Settings {
        enabled: [code].into_iter().collect(),
        ..crate::Settings::default()
    };
    crate::Checker::new()
        .check_text("t.md", text, crate::FileKind::Markdown, &s)
        .diagnostics
        .len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_documented_in_all_sections() {
        let mut codes = std::collections::HashSet::new();
        for r in rules() {
            assert!(codes.insert(r.code), "duplicate code {}", r.code);
            assert!(r.code.starts_with("WS") && r.code.len() == 5);
            assert!(r.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert!(!r.summary().is_empty(), "{} has no summary", r.code);
            for s in SECTIONS {
                assert!(r.section(s).is_some(), "{} lacks section {s}", r.code);
            }
        }
        assert_eq!(rule("loaded-verb").map(|r| r.code), Some("WS004"));
        assert_eq!(rule("ws001").map(|r| r.name), Some("unattributed-quote"));
        assert!(rule("WS999").is_none());
    }
}
