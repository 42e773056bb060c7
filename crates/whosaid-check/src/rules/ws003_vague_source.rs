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
//! flagged. Phrases inside quoted speech are never flagged.
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
        if contains_any(&who, &ctx.lists.accepted_sources) || anaphoric(ctx, src, &who) {
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

/// A pronoun ("they") or a definite group whose head word the draft used
/// before ("the defendants", "both officers") points back to people already
/// introduced, so it is not a vague source of its own.
fn anaphoric(ctx: &Ctx, src: Span, who: &str) -> bool {
    let lower = who.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() == 1 && matches!(words[0], "they" | "them" | "we") {
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
