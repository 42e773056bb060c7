//! Attribution verbs that style guides flag as loaded (claimed, admitted,
//! conceded, insisted, revealed, noted, pointed out, stated…); suggests
//! "said".
//!
//! # What it does
//!
//! Finds attribution cues whose verb the AP Stylebook or Wikipedia's "words
//! to watch" (MOS:SAID) call loaded, and suggests the neutral "said". The
//! list is `data/loaded-verbs.tsv`; add verbs with `loaded-verbs` and accept some with
//! `allowed-verbs` in `whosaid.toml`. Nouns ("his claim that") and verbs
//! inside quoted speech are not flagged.
//!
//! # Why
//!
//! "Claimed" casts doubt, "admitted" implies wrongdoing, "revealed" and
//! "pointed out" present the statement as established fact. Each takes a
//! side the reporter did not mean to take; "said" takes none.
//!
//! # Example
//!
//! ```markdown
//! The minister admitted that the figures were late.
//! ```
//!
//! # How to fix
//!
//! Use "said" (or "told", "added"), unless the loaded meaning is exactly what
//! the reporting supports:
//!
//! ```markdown
//! The minister said the figures were late.
//! ```

use super::{Ctx, Hit, RuleInfo};
use crate::Severity;
use whosaid_attribution::ClaimKind;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "WS004",
    name: "loaded-verb",
    default_severity: Severity::Warning,
    source: include_str!("ws004_loaded_verb.rs"),
    check,
};

/// Words before a cue that make it a noun ("the claim", "his admission").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "such", "any", "no", "whose", "s",
];

fn check(ctx: &Ctx, out: &mut Vec<Hit>) {
    let text = ctx.doc.text();
    for c in ctx.claims {
        // Only a cue that attributes something to someone: "declared a state
        // of emergency" or "could reveal more" report no speech.
        if ctx.quoted_claim(c) || c.source.is_none() || c.kind == ClaimKind::None {
            continue;
        }
        let lemma = c.cue_lemma.as_ref();
        if ctx.lists.allowed_verbs.iter().any(|a| a == lemma) {
            continue;
        }
        let listed = ctx.lists.loaded.iter().find(|l| l.lemma == lemma);
        // The list (not the lexicon's own `loaded` flag, which also marks
        // performative uses like "declared a state of emergency") decides.
        let Some(l) = listed else { continue };
        let before = text[..c.cue.start.min(text.len())]
            .trim_end()
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if DETERMINERS.contains(&before.as_str()) {
            continue;
        }
        let cue = ctx.flat(c.cue);
        let (instead, why) = (l.instead.as_str(), l.why.as_str());
        out.push(Hit {
            span: c.cue,
            message: format!("loaded attribution verb \u{201c}{cue}\u{201d}: it {why}"),
            help: Some(format!("use the neutral \u{201c}{instead}\u{201d}")),
        });
    }
}
