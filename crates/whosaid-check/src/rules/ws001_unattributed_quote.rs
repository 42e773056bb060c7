//! A direct quotation with no speaker in its sentence, the sentences next to
//! it, or its running quotation.
//!
//! # What it does
//!
//! Finds quotations of speech (four words or more in double quotation marks)
//! where no attribution with a source is found in the sentence holding the
//! quotation, the sentence before it or the sentence after it. A running
//! quotation (AP style, over several paragraphs) counts as one quotation.
//! Cues inside quoted speech ("they said" within the quote) do not count as
//! its attribution.
//!
//! # Why
//!
//! A reader must know who said every quoted sentence. An unattributed quote
//! reads as the newsroom's own voice, or as invented, and is one of the first
//! things an editor or a correction request catches.
//!
//! # Example
//!
//! ```markdown
//! The council met on Tuesday. "We will not raise taxes this year." The
//! budget passed by one vote.
//! ```
//!
//! # How to fix
//!
//! Attribute the quotation in the same or the next sentence:
//!
//! ```markdown
//! "We will not raise taxes this year," Mayor Jane Doe said.
//! ```

use super::{Ctx, Hit, RuleInfo};
use crate::Severity;
use whosaid_attribution::SpeakerType;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "WS001",
    name: "unattributed-quote",
    default_severity: Severity::Error,
    source: include_str!("ws001_unattributed_quote.rs"),
    check,
};

/// Fewer words than this in quotation marks is a scare quote or a title.
const MIN_WORDS: usize = 4;

fn check(ctx: &Ctx, out: &mut Vec<Hit>) {
    let text = ctx.doc.text();
    for q in ctx.top_quotes() {
        if !q.closed || q.inner.text(text).split_whitespace().count() < MIN_WORDS {
            continue;
        }
        let (first, last) = ctx.sentences_of(q.span);
        let lo = first.saturating_sub(1);
        let hi = last + 1;
        let attributed = ctx.claims.iter().any(|c| {
            !ctx.quoted_claim(c)
                && c.speaker.kind != SpeakerType::None
                && ((lo..=hi).contains(&c.sentence_index)
                    || c.content.is_some_and(|s| s.overlaps(q.span)))
        });
        if !attributed {
            let words: Vec<&str> = q.inner.text(text).split_whitespace().take(6).collect();
            out.push(Hit {
                span: q.span,
                message: format!(
                    "quotation \u{201c}{}{}\u{201d} has no speaker in its sentence or the sentences next to it",
                    words.join(" "),
                    if q.inner.text(text).split_whitespace().count() > 6 {
                        "…"
                    } else {
                        ""
                    }
                ),
                help: Some("attribute it: add who said it (\"…,\" Jane Doe said.) in the same or the next sentence".into()),
            });
        }
    }
}
