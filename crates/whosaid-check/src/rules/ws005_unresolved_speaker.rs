//! A pronoun speaker ("he said", "they say") with no antecedent in the
//! draft.
//!
//! # What it does
//!
//! Finds claims whose source is a pronoun that the speaker resolver could not
//! link to anyone named earlier in the draft: a "he", "she" or "they" with no
//! person, organisation or group for it to point to. Pronouns inside quoted
//! speech are not flagged. A plural "they" or "them" is flagged only when
//! nothing comes before it in the draft: its antecedent is as often a group
//! or a coordination the resolver does not track ("The Rivera family lost
//! everything. They said…", "The union and the city reached a deal. They
//! said…", "Police arrested a man. They released him…"), and a false
//! warning costs more than a missed one.
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
        let lower = pronoun.to_lowercase();
        // The writer and the reader need no antecedent.
        if FIRST_SECOND_PERSON.contains(&lower.as_str()) {
            continue;
        }
        let first_words = ctx
            .doc
            .text()
            .get(..src.start)
            .is_some_and(|b| b.trim().is_empty());
        if matches!(lower.as_str(), "they" | "them") && !first_words {
            continue;
        }
        out.push(Hit {
            span: src,
            message: format!("speaker \u{201c}{pronoun}\u{201d} has no antecedent in the draft"),
            help: Some("name the speaker before referring to them by a pronoun".into()),
        });
    }
}

#[cfg(test)]
mod tests {
    fn ws005(text: &str) -> usize {
        crate::rules::findings_of("WS005", text)
    }

    #[test]
    fn they_after_a_group_is_not_flagged() {
        for text in [
            "The Rivera family lost everything in the fire. They said the insurance company had stopped answering calls.",
            "The union and the city reached a deal. They said it would be ratified by Friday.",
        ] {
            assert_eq!(ws005(text), 0, "{text}");
        }
        assert_eq!(ws005("They said the plant would close by March."), 1);
        assert_eq!(ws005("He said the plant would close by March."), 1);
    }
}
