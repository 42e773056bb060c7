//! A quotation mark never closed or never opened, aware of AP running
//! quotations across paragraphs.
//!
//! # What it does
//!
//! Finds opening double quotation marks (`"`, `“`, `„`, `«`) with no closing
//! mark before the end of their paragraph, and closing marks (`”`, `»`, or a
//! straight `"` that can only close) with no opening mark. German marks pair
//! as German writes them: `„` is closed by `“`, and `»` opens what `«`
//! closes. A quotation that
//! runs over several paragraphs in AP style, each paragraph reopening with a
//! mark and only the last one closing, is balanced; a paragraph that neither
//! closes the quotation nor is followed by one reopening it is not. Marks in
//! code, front matter and link targets are ignored.
//!
//! # Why
//!
//! An unclosed quotation leaves the reader unable to tell where the quoted
//! speech ends and the reporter's words begin: the newsroom ends up putting
//! words in a source's mouth.
//!
//! # Example
//!
//! ```markdown
//! "We will appeal the ruling, the lawyer said.
//! ```
//!
//! # How to fix
//!
//! Close the quotation where the speech ends:
//!
//! ```markdown
//! "We will appeal the ruling," the lawyer said.
//! ```

use super::{Ctx, Hit, RuleInfo};
use crate::Severity;
use whosaid_attribution::Span;
use whosaid_text::QuoteStyle;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "WS006",
    name: "unbalanced-quotes",
    default_severity: Severity::Error,
    source: include_str!("ws006_unbalanced_quotes.rs"),
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Hit>) {
    let text = ctx.doc.text();
    let doubles: Vec<_> = ctx
        .doc
        .quotations()
        .iter()
        .filter(|q| q.style == QuoteStyle::Double)
        .copied()
        .collect();
    for q in &doubles {
        if q.closed {
            continue;
        }
        let mark_len = text[q.span.start..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
        out.push(Hit {
            span: Span::new(q.span.start, q.span.start + mark_len),
            message: if q.running {
                "running quotation is never closed: its last paragraph has no closing mark".into()
            } else {
                "quotation mark is never closed before the end of its paragraph".into()
            },
            help: Some(
                "close the quotation where the speech ends; for a quotation over several paragraphs, open each paragraph with a mark and close only the last"
                    .into(),
            ),
        });
    }
    // Closing marks outside every quotation.
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let before = prev;
        prev = Some(c);
        let closing = match c {
            '\u{201d}' | '\u{bb}' => true,
            '"' => {
                let next = text[i + 1..].chars().next();
                before.is_some_and(|p| p.is_alphabetic() || matches!(p, '.' | ',' | '!' | '?'))
                    && next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation())
            }
            _ => false,
        };
        if !closing || doubles.iter().any(|q| q.span.start <= i && i < q.span.end) {
            continue;
        }
        out.push(Hit {
            span: Span::new(i, i + c.len_utf8()),
            message: "closing quotation mark with no opening mark".into(),
            help: Some("add the opening mark where the quoted speech begins".into()),
        });
    }
}
