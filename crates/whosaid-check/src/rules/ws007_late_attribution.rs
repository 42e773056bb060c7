//! A quotation of three or more sentences whose speaker first appears after
//! its second sentence.
//!
//! # What it does
//!
//! Finds quotations (including AP running quotations over several
//! paragraphs) of three or more sentences whose attribution, the mention of
//! the speaker, comes only after the quotation's second sentence.
//!
//! # Why
//!
//! The AP Stylebook asks that a long quotation be attributed early, at the
//! end of its first sentence: a reader who gets through two sentences without
//! knowing who is talking assumes it is the reporter.
//!
//! # Example
//!
//! ```markdown
//! "We have cut the deficit. We have hired teachers. We have fixed the
//! roads," the governor said.
//! ```
//!
//! # How to fix
//!
//! Move the attribution to the end of the first sentence:
//!
//! ```markdown
//! "We have cut the deficit," the governor said. "We have hired teachers. We
//! have fixed the roads."
//! ```

use super::{Ctx, Hit, RuleInfo};
use crate::Severity;
use whosaid_attribution::Span;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "WS007",
    name: "late-attribution",
    default_severity: Severity::Info,
    source: include_str!("ws007_late_attribution.rs"),
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Hit>) {
    let sentences = ctx.doc.sentences();
    for q in ctx.top_quotes() {
        let inside: Vec<Span> = sentences
            .iter()
            .filter(|s| s.overlaps(q.inner))
            .copied()
            .collect();
        if inside.len() < 3 {
            continue;
        }
        let speaker_at = ctx
            .claims
            .iter()
            .filter(|c| !ctx.quoted_claim(c) && c.content.is_some_and(|s| s.overlaps(q.span)))
            .filter_map(|c| c.source)
            .filter(|s| !q.inner.contains(*s))
            .map(|s| s.start)
            .min();
        let Some(at) = speaker_at else { continue };
        if at < inside[1].end {
            continue;
        }
        let first = Span::new(
            q.span.start,
            inside[0].end.min(q.span.end).max(q.span.start),
        );
        let lc = ctx.doc.offsets().line_col(at);
        out.push(Hit {
            span: first,
            message: format!(
                "quotation of {} sentences is attributed only after its second sentence (speaker at line {}, column {})",
                inside.len(),
                lc.line,
                lc.column
            ),
            help: Some("attribute the quotation at the end of its first sentence".into()),
        });
    }
}
