//! Unnamed groups and weasel attribution ("officials said", "critics say",
//! "it is believed", "some say").
//!
//! # What it does
//!
//! Finds claims whose source is an unnamed group ("officials", "Israeli
//! officials", "critics", "experts", "analysts") and weasel phrasings with no
//! source at all ("it is believed", "it was reported", "some say", "many
//! believe"; the list is `data/vague-phrases.txt`). Sources listed in
//! `accepted-sources` in `whosaid.toml` (for example "police") are not
//! flagged when they head the source ("the police", "State police"; not
//! "critics of the police" or "some police officers"); nor is a group
//! narrowed down by a name ("analysts at Goldman Sachs", "doctors from St.
//! Mary's Hospital"), a relative pronoun ("who"), or things rather than
//! people ("the data", "records"). A phrase is matched as whole words, and
//! a hyphen joins words ("thought-provoking" is not "it is thought").
//! Phrases inside quoted speech are never flagged.
//!
//! # Why
//!
//! Wikipedia's "words to watch" and the AP Stylebook both ask for a specific
//! source: "officials said" hides who is speaking and how they know, and "it
//! is believed" hides whether anyone said it at all.
//!
//! # Example
//!
//! ```markdown
//! Officials said the bridge would reopen in May. It is believed the repairs
//! cost more than planned.
//! ```
//!
//! # How to fix
//!
//! Name the source, or narrow it down as far as you can:
//!
//! ```markdown
//! Transport Department spokeswoman Ana Ruiz said the bridge would reopen in
//! May.
//! ```

use super::{Ctx, Hit, RuleInfo};
use crate::Severity;
use crate::phrases::{contains_any, find_all};
use whosaid_attribution::{Span, SpeakerType};

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "WS003",
    name: "vague-source",
    default_severity: Severity::Warning,
    source: include_str!("ws003_vague_source.rs"),
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Hit>) {
    let mut covered: Vec<Span> = Vec::new();
    for c in ctx.claims {
        if c.speaker.kind != SpeakerType::Group || ctx.quoted_claim(c) {
            continue;
        }
        let Some(src) = c.source else { continue };
        let who = ctx.flat(src);
        if accepted(&who, &ctx.lists.accepted_sources)
            || narrowed(&who)
            || things(&who)
            || anaphoric(ctx, src, &who)
        {
            continue;
        }
        covered.push(src.cover(c.cue));
        out.push(Hit {
            span: src,
            message: format!(
                "claim attributed to an unnamed group (\u{201c}{who}\u{201d})"
            ),
            help: Some(
                "name the source or narrow it down; add the phrase to `accepted-sources` in whosaid.toml if your newsroom accepts it"
                    .into(),
            ),
        });
    }
    let all = Span::new(0, ctx.lower.len());
    for (span, _) in find_all(ctx.lower, all, &ctx.lists.vague_phrases) {
        if ctx.in_quote(span.start) || covered.iter().any(|c| c.overlaps(span)) {
            continue;
        }
        let phrase = ctx.flat(span);
        if contains_any(&phrase, &ctx.lists.accepted_sources) {
            continue;
        }
        covered.push(span);
        out.push(Hit {
            span,
            message: format!("weasel attribution \u{201c}{phrase}\u{201d} names no source"),
            help: Some("say who believes, reports or says it".into()),
        });
    }
}

/// Words that end the head of a source and begin what qualifies it
/// ("critics *of* the police", "analysts *at* Goldman Sachs").
const PREPOSITIONS: [&str; 8] = ["of", "at", "from", "with", "for", "in", "on", "near"];

/// The source's words, split where letters and digits end (hyphens and
/// apostrophes too).
fn words(who: &str) -> Vec<&str> {
    who.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The words of the source's head: those before its first preposition,
/// lower-cased ("Police in Ohio" → "police").
fn head(who: &str) -> Vec<String> {
    words(who)
        .into_iter()
        .map(str::to_lowercase)
        .take_while(|w| !PREPOSITIONS.contains(&w.as_str()))
        .collect()
}

/// True when the head of the source ends with an accepted group ("the
/// police", "State police"), not when the group only qualifies it
/// ("critics of the police", "some police officers").
fn accepted(who: &str, accepted: &[String]) -> bool {
    let head = head(who);
    accepted.iter().any(|a| {
        let a = words(a);
        !a.is_empty()
            && head.len() >= a.len()
            && head[head.len() - a.len()..]
                .iter()
                .zip(&a)
                .all(|(h, w)| h.eq_ignore_ascii_case(w))
    })
}

/// True when a preposition ties the group to a name ("analysts at Goldman
/// Sachs", "scientists from the University of Bristol"): the reader can
/// tell where they speak from. "in" and "on" give a place or a time, which
/// narrows nothing.
fn narrowed(who: &str) -> bool {
    let w = words(who);
    w.iter().enumerate().any(|(i, p)| {
        matches!(p.to_lowercase().as_str(), "at" | "from" | "of" | "with")
            && w[i + 1..]
                .iter()
                .find(|x| !matches!(x.to_lowercase().as_str(), "the" | "a" | "an"))
                .is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase))
    })
}

/// Head nouns that name things, not people (`data/not-people.txt`).
fn things(who: &str) -> bool {
    head(who)
        .last()
        .is_some_and(|h| super::NOT_PEOPLE.contains(h))
}

/// A pronoun ("they") or a definite group whose head word the draft used
/// before ("the defendants", "both officers") points back to people already
/// introduced, so it is not a vague source of its own.
fn anaphoric(ctx: &Ctx, src: Span, who: &str) -> bool {
    let lower = who.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() == 1 && matches!(words[0], "they" | "them" | "we" | "who" | "which" | "that") {
        return true;
    }
    let definite = words
        .first()
        .is_some_and(|w| matches!(*w, "the" | "both" | "these" | "those" | "their" | "its"));
    let Some(head) = words.last() else {
        return false;
    };
    definite
        && ctx.lower.get(..src.start).is_some_and(|before| {
            before.match_indices(head).any(|(i, _)| {
                let b = before.as_bytes();
                let left = i == 0 || !b[i - 1].is_ascii_alphanumeric();
                let right = b
                    .get(i + head.len())
                    .is_none_or(|c| !c.is_ascii_alphanumeric());
                left && right
            })
        })
}

#[cfg(test)]
mod tests {
    use crate::{Checker, FileKind, Settings};

    fn ws003(text: &str) -> Vec<String> {
        let s = Settings {
            enabled: ["WS003"].into_iter().collect(),
            accepted_sources: vec!["police".into()],
            ..Settings::default()
        };
        Checker::new()
            .check_text("t.md", text, FileKind::Markdown, &s)
            .diagnostics
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn hyphenated_words_are_no_weasel_phrase() {
        assert!(
            ws003("It is thought-provoking work, and the gallery has extended the show.")
                .is_empty()
        );
        assert!(
            ws003("Many say-on-pay votes failed this year, shareholder adviser ISS said.")
                .is_empty()
        );
        assert_eq!(
            ws003("It is thought the repairs cost more than planned.").len(),
            1
        );
        assert_eq!(
            ws003("It has been widely reported that the deal collapsed.").len(),
            1
        );
    }

    #[test]
    fn an_accepted_group_must_head_the_source() {
        assert_eq!(
            ws003("Critics of the police said the raid was heavy-handed.").len(),
            1
        );
        assert_eq!(
            ws003("Some police officers say the new rules are unworkable.").len(),
            1
        );
        assert!(ws003("The police said the raid was lawful.").is_empty());
    }

    #[test]
    fn named_groups_and_things_are_not_unnamed_groups() {
        assert!(
            ws003("Analysts at Goldman Sachs said the bank would cut rates in June.").is_empty()
        );
        assert!(ws003("The data confirmed that the bridge was unsafe.").is_empty());
        assert_eq!(
            ws003("Analysts said the bank would cut rates in June.").len(),
            1
        );
    }
}
