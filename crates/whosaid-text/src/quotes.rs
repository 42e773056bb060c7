//! Quotation spans: straight and curly double quotes, single quotes told
//! apart from apostrophes, and AP running quotations across paragraphs.

use crate::Span;
use crate::sentences::paragraphs;

/// The kind of marks around a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteStyle {
    /// `"…"` or `“…”`.
    Double,
    /// `'…'` or `‘…’`, usually nested inside a double quotation.
    Single,
}

/// A quotation: from its opening mark to its closing mark, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotation {
    /// The quotation with its marks.
    pub span: Span,
    /// The quoted words, without the marks.
    pub inner: Span,
    /// Double or single marks.
    pub style: QuoteStyle,
    /// False when no closing mark was found: the quotation was ended at its
    /// paragraph's end so it cannot swallow the rest of the document.
    pub closed: bool,
    /// True when the quotation runs over more than one paragraph (AP style:
    /// each paragraph opens with a mark, only the last one closes).
    pub running: bool,
}

struct Open {
    start: usize,
    inner: usize,
    running: bool,
}

/// Quotation spans of `text`, ordered by start; single-quoted spans nested in
/// a double quotation come after it.
pub fn quotations(text: &str) -> Vec<Quotation> {
    let paras = paragraphs(text);
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    for (pi, p) in paras.iter().enumerate() {
        let s = p.text(text);
        let mut skip_first = false;
        if let Some(o) = &mut open {
            // An AP running quotation re-opens with a mark at the start of the
            // next paragraph.
            if s.starts_with(['"', '“']) {
                o.running = true;
                skip_first = true;
            } else {
                let o = open.take().expect("checked above");
                let prev = paras[pi - 1];
                out.push(Quotation {
                    span: Span::new(o.start, prev.end),
                    inner: Span::new(o.inner, prev.end),
                    style: QuoteStyle::Double,
                    closed: false,
                    running: o.running,
                });
            }
        }
        for (k, c) in s.char_indices() {
            if skip_first && k == 0 {
                continue;
            }
            let at = p.start + k;
            let after = at + c.len_utf8();
            match c {
                '“' | '„' => {
                    if open.is_none() {
                        open = Some(Open { start: at, inner: after, running: false });
                    }
                }
                '”' => {
                    if let Some(o) = open.take() {
                        out.push(close(o, at, after));
                    }
                }
                '"' => match open.take() {
                    Some(o) => out.push(close(o, at, after)),
                    None => {
                        open = Some(Open { start: at, inner: after, running: false });
                    }
                },
                _ => {}
            }
        }
        singles(text, *p, &mut out);
    }
    if let Some(o) = open {
        let end = paras.last().map_or(text.len(), |p| p.end);
        out.push(Quotation {
            span: Span::new(o.start, end),
            inner: Span::new(o.inner, end),
            style: QuoteStyle::Double,
            closed: false,
            running: o.running,
        });
    }
    out.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    out
}

fn close(o: Open, at: usize, after: usize) -> Quotation {
    Quotation {
        span: Span::new(o.start, after),
        inner: Span::new(o.inner, at),
        style: QuoteStyle::Double,
        closed: true,
        running: o.running,
    }
}

/// Elisions that start with an apostrophe and are not quotations.
const ELISIONS: &[&str] = &["n", "em", "til", "cause", "tis", "twas", "bout", "round", "nuff"];

/// Single-quoted spans inside one paragraph. Only pairs that close are kept:
/// an unpaired single mark is far more often an apostrophe than a quotation.
fn singles(text: &str, p: Span, out: &mut Vec<Quotation>) {
    let s = p.text(text);
    let mut open: Option<usize> = None;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (idx, &(k, c)) in chars.iter().enumerate() {
        if c != '\'' && c != '‘' && c != '’' {
            continue;
        }
        let prev = idx.checked_sub(1).map(|j| chars[j].1);
        let next = chars.get(idx + 1).map(|&(_, n)| n);
        let prev_word = prev.is_some_and(|p| p.is_alphanumeric());
        let next_word = next.is_some_and(|n| n.is_alphanumeric());
        if prev_word && next_word {
            continue; // don't, Clinton’s
        }
        let at = p.start + k;
        let opening_context = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '"' | '“' | '(' | '[' | '—' | '-'));
        if open.is_none() && opening_context && next_word && c != '’' {
            let rest: String = s[k + c.len_utf8()..]
                .chars()
                .take_while(|ch| ch.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            let digit = next.is_some_and(|n| n.is_ascii_digit());
            if digit || ELISIONS.contains(&rest.as_str()) {
                continue; // the '90s, rock 'n' roll
            }
            open = Some(at);
        } else if let Some(o) = open {
            let closing_context = next.is_none_or(|n| !n.is_alphanumeric());
            if closing_context && c != '‘' && prev.is_some_and(|p| !p.is_whitespace()) {
                let after = at + c.len_utf8();
                out.push(Quotation {
                    span: Span::new(o, after),
                    inner: Span::new(o + 1, at),
                    style: QuoteStyle::Single,
                    closed: true,
                    running: false,
                });
                open = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quotations(text).iter().map(|q| q.span.text(text)).collect()
    }

    #[test]
    fn straight_and_curly() {
        assert_eq!(
            quoted("He said \"yes,\" and “no” then."),
            vec!["\"yes,\"", "“no”"]
        );
    }

    #[test]
    fn nested_single_and_apostrophes() {
        let t = "\"They called it 'a disaster' in the '90s,\" Clinton's aide said of rock 'n' roll.";
        assert_eq!(quoted(t), vec!["\"They called it 'a disaster' in the '90s,\"", "'a disaster'"]);
    }

    #[test]
    fn running_quotation_across_paragraphs() {
        let t = "\"First part.\n\n\"Second part,\" he said.\n\nNext.";
        let q = quotations(t);
        assert_eq!(q.len(), 1);
        assert!(q[0].running && q[0].closed);
        assert_eq!(q[0].span.text(t), "\"First part.\n\n\"Second part,\"");
    }

    #[test]
    fn unclosed_quote_stops_at_paragraph_end() {
        let t = "He said \"never closed.\n\nA new paragraph \"with a quote\".";
        let q = quotations(t);
        assert_eq!(q[0].span.text(t), "\"never closed.");
        assert!(!q[0].closed);
        assert_eq!(q[1].span.text(t), "\"with a quote\"");
    }
}
