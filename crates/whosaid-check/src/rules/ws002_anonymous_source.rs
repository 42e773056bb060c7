//! A claim pinned on an anonymous source with no stated reason for the
//! anonymity.
//!
//! # What it does
//!
//! Finds claims whose source is anonymous ("a source familiar with the
//! talks", "people familiar with the matter", "an official who spoke on
//! condition of anonymity") when neither the claim's sentence nor the next
//! one gives a reason for granting anonymity ("because he was not authorized
//! to speak publicly", "for fear of reprisal", "spoke on condition of
//! anonymity to discuss private deliberations"). A reason names what it
//! explains (the anonymity, the naming, the speaking): a "because" or
//! "feared" that belongs to the claim ("said the merger collapsed because
//! of financing costs") is none. The reasons are a data file
//! (`data/anonymity-reasons.txt`), extendable with `anonymity-reasons` in
//! `whosaid.toml`.
//!
//! # Why
//!
//! The AP Stylebook and most newsroom codes allow anonymous sources only when
//! the story says why the source was granted anonymity; readers can then
//! weigh the claim. An anonymous claim without a reason is the most common
//! standards complaint after an unattributed quote.
//!
//! # Example
//!
//! ```markdown
//! A source familiar with the talks said a deal was close.
//! ```
//!
//! # How to fix
//!
//! State why the source is anonymous, or name the source:
//!
//! ```markdown
//! A source familiar with the talks, who spoke on condition of anonymity
//! because the negotiations are private, said a deal was close.
//! ```

use super::{Ctx, Hit, RuleInfo};
use crate::Severity;
use crate::phrases::contains_any;
use whosaid_attribution::SpeakerType;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "WS002",
    name: "anonymous-source",
    default_severity: Severity::Error,
    source: include_str!("ws002_anonymous_source.rs"),
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Hit>) {
    let sentences = ctx.doc.sentences();
    let text = ctx.doc.text();
    for c in ctx.claims {
        if ctx.quoted_claim(c) {
            continue;
        }
        let Some(sentence) = sentences.get(c.sentence_index) else {
            continue;
        };
        let anonymous = match c.speaker.kind {
            SpeakerType::Anonymous => true,
            SpeakerType::None => contains_any(sentence.text(text), &ctx.lists.anonymity_markers),
            // "According to people briefed on the plan": a group only the
            // words of its mention show to be anonymous.
            SpeakerType::Group | SpeakerType::Organization => c
                .source
                .is_some_and(|s| contains_any(s.text(text), &ctx.lists.anonymity_markers)),
            _ => false,
        };
        if !anonymous {
            continue;
        }
        let next = sentences
            .get(c.sentence_index + 1)
            .map_or("", |s| s.text(text));
        if contains_any(sentence.text(text), &ctx.lists.anonymity_reasons)
            || contains_any(next, &ctx.lists.anonymity_reasons)
        {
            continue;
        }
        let span = c.source.unwrap_or(*sentence);
        let who = match c.source {
            Some(s) => format!("\u{201c}{}\u{201d}", ctx.flat(s)),
            None => "an anonymous source".to_string(),
        };
        out.push(Hit {
            span,
            message: format!("claim attributed to {who} with no reason given for the anonymity"),
            help: Some(
                "say why the source is anonymous (\"because they were not authorized to speak publicly\") or name the source"
                    .into(),
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::{Checker, FileKind, Settings};

    fn ws002(text: &str) -> usize {
        let s = Settings {
            enabled: ["WS002"].into_iter().collect(),
            ..Settings::default()
        };
        Checker::new()
            .check_text("t.md", text, FileKind::Markdown, &s)
            .diagnostics
            .len()
    }

    #[test]
    fn a_because_about_the_claim_is_no_reason_for_anonymity() {
        for flagged in [
            "A source close to the talks said the merger collapsed because of financing costs.",
            "A senior official said the ministry feared a second wave of infections.",
            "A source familiar with the talks said a deal was close. It fell apart because of costs.",
            "A source familiar with the case said it was confidential and under investigation.",
            "According to people briefed on the plan, the company will cut 500 jobs.",
        ] {
            assert_eq!(ws002(flagged), 1, "{flagged}");
        }
        for reasoned in [
            "A source familiar with the talks, who spoke on condition of anonymity because the negotiations are private, said a deal was close.",
            "A senior official said a deal was close. The official spoke on condition of anonymity to discuss private deliberations.",
            "A senior official, who was not authorized to speak publicly, said a deal was close.",
            "A source familiar with the talks said a deal was close, speaking on condition of anonymity for fear of reprisal.",
            "A senior official, who asked not to be named because of the sensitivity of the talks, said a deal was close.",
        ] {
            assert_eq!(ws002(reasoned), 0, "{reasoned}");
        }
    }
}
