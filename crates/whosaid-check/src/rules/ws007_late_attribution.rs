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
    // Claims outside quoted speech with a source, by where their content
    // starts: each quotation looks only at those that can reach it, where
    // asking every claim of every quotation was quadratic in a long file.
    let mut claims: Vec<(Span, Span)> = ctx
        .claims
        .iter()
        .filter(|c| !ctx.quoted_claim(c))
        .filter_map(|c| Some((c.content?, c.source?)))
        .collect();
    claims.sort_by_key(|(content, _)| content.start);
    let longest = claims.iter().map(|(c, _)| c.len()).max().unwrap_or(0);
    for q in ctx.top_quotes() {
        let first = sentences.partition_point(|s| s.end <= q.inner.start);
        let inside: Vec<Span> = sentences[first..]
            .iter()
            .take_while(|s| s.start < q.inner.end)
            .filter(|s| s.overlaps(q.inner))
            .copied()
            .collect();
        if inside.len() < 3 {
            continue;
        }
        let from = claims.partition_point(|(c, _)| c.start + longest < q.span.start);
        let to = claims.partition_point(|(c, _)| c.start < q.span.end);
        let speaker_at = claims[from..to.max(from)]
            .iter()
            .filter(|(content, _)| content.overlaps(q.span))
            .map(|(_, source)| *source)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Lists, quoted_spans};
    use whosaid_attribution::Document;

    fn lists() -> Lists {
        Lists {
            loaded: Vec::new(),
            allowed_verbs: Vec::new(),
            accepted_sources: Vec::new(),
            anonymity_reasons: Vec::new(),
            anonymity_markers: Vec::new(),
            vague_phrases: Vec::new(),
        }
    }

    #[test]
    fn a_long_file_of_quotations_is_checked_in_linear_time() {
        // 30,000 quotations of two sentences: each looked at every sentence
        // of the file (3.3 s for 2.7 MB in release; 16 s here in a debug build).
        let text = "\"Yes. No.\" Then. ".repeat(30_000);
        let doc = Document::new(text);
        let lower = doc.text().to_ascii_lowercase();
        let lists = lists();
        let ctx = Ctx {
            doc: &doc,
            lower: &lower,
            claims: &[],
            lists: &lists,
            quoted: quoted_spans(&doc),
        };
        let started = std::time::Instant::now();
        let mut out = Vec::new();
        check(&ctx, &mut out);
        assert!(out.is_empty());
        // Linear is a few milliseconds even in a debug build on a busy
        // machine; the old loop took 16 s.
        let took = started.elapsed();
        assert!(took.as_secs_f64() < 2.0, "{took:?}");
    }
}
