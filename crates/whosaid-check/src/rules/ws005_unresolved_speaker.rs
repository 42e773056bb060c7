//! A pronoun speaker ("he said", "they say") with no antecedent in the
//! draft.
//!
//! # What it does
//!
//! Finds claims whose source is a pronoun that the speaker resolver could not
//! link to anyone named earlier in the draft: a "he", "she" or "they" with no
//! person, organisation or group for it to point to. Pronouns inside quoted
//! speech are not flagged.
//!
//! # Why
//!
//! A draft cut and reordered by editors often loses the paragraph that
//! introduced the speaker; the pronoun left behind attributes the claim to
//! nobody, or to the wrong person.
//!
//! # Example
//!
//! ```markdown
//! He said the plant would close by March.
//! ```
//!
//! # How to fix
//!
//! Name the speaker at the first attribution:
//!
//! ```markdown
//! Plant manager Tom Reyes said the plant would close by March.
//! ```

use super::{Ctx, Hit, RuleInfo};
use crate::Severity;
use whosaid_attribution::SpeakerType;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "WS005",
    name: "unresolved-speaker",
    default_severity: Severity::Warning,
    source: include_str!("ws005_unresolved_speaker.rs"),
    check,
};

const FIRST_SECOND_PERSON: &[&str] = &["i", "we", "me", "us", "you"];

fn check(ctx: &Ctx, out: &mut Vec<Hit>) {
    for c in ctx.claims {
        if c.speaker.kind != SpeakerType::Pronoun || ctx.quoted_claim(c) {
            continue;
        }
        let Some(src) = c.source else { continue };
        let pronoun = ctx.flat(src);
        // The writer and the reader need no antecedent.
        if FIRST_SECOND_PERSON.contains(&pronoun.to_lowercase().as_str()) {
            continue;
        }
        out.push(Hit {
            span: src,
            message: format!("speaker \u{201c}{pronoun}\u{201d} has no antecedent in the draft"),
            help: Some("name the speaker before referring to them by a pronoun".into()),
        });
    }
}
