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
    /// The opening mark: German „ is closed by “, and » by «.
    mark: char,
}

fn unclosed(o: Open, end: usize) -> Quotation {
    Quotation {
        span: Span::new(o.start, end),
        inner: Span::new(o.inner, end),
        style: QuoteStyle::Double,
        closed: false,
        running: o.running,
    }
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

/// True when a straight mark between `prev` and `next` can only close a
/// quotation: it hugs a word on its left and not on its right ("6'2\" tall",
/// "win,\" he").
fn closing_only(prev: Option<char>, next: Option<char>) -> bool {
    let hugs_left =
        prev.is_some_and(|p| !p.is_whitespace() && !matches!(p, '(' | '[' | '—' | '–' | '/'));
    let free_right = next.is_none_or(|n| {
        n.is_whitespace() || n.is_ascii_punctuation() || matches!(n, '—' | '–' | '…')
    });
    hugs_left && free_right
}

/// Quotation spans of `text`, ordered by start; single-quoted spans nested in
/// a double quotation come after it.
///
/// A quotation never crosses a paragraph unless the next paragraph reopens it
/// with a mark (an AP running quotation); an unclosed one ends with its
/// paragraph, so a stray mark cannot swallow the rest of the document.
pub fn quotations(text: &str) -> Vec<Quotation> {
    quotations_in(text, &paragraphs(text))
}

/// Quotation spans of `text` given its paragraphs.
pub(crate) fn quotations_in(text: &str, paras: &[Span]) -> Vec<Quotation> {
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    let mut prev_end = 0;
    for p in paras {
        let s = p.text(text);
        let mut skip_first = false;
        if let Some(o) = open.take() {
            if s.starts_with(['"', '“']) || s.starts_with("''") {
                open = Some(Open { running: true, ..o });
                skip_first = true;
            } else {
                out.push(unclosed(o, prev_end));
            }
        }
        let b = s.as_bytes();
        // Where the last '' pair ended: the character before a mark there
        // counts as a double quotation mark.
        let mut pair_end: Option<usize> = None;
        // Every mark of interest is '"', '\'', or starts with byte 0xC2 (« »)
        // or 0xE2 (“ ” „): jump from one such byte to the next.
        let guillemets = memchr::memchr(0xC2, b).is_some();
        let next_mark = |from: usize| -> Option<usize> {
            let rest = b.get(from..)?;
            let j = if guillemets {
                rest.iter()
                    .position(|&x| matches!(x, b'"' | b'\'' | 0xC2 | 0xE2))
            } else {
                memchr::memchr3(b'"', b'\'', 0xE2, rest)
            };
            j.map(|j| from + j)
        };
        let mut k = 0;
        while let Some(at_mark) = next_mark(k) {
            k = at_mark;
            let Some(c) = s[k..].chars().next() else {
                break;
            };
            // Two apostrophes stand for a double quotation mark in some
            // newswire text (''We will win,'' he said).
            let (c, width) = if c == '\'' && b.get(k + 1) == Some(&b'\'') {
                ('"', 2)
            } else {
                (c, c.len_utf8())
            };
            let this_prev = if pair_end == Some(k) {
                Some('"')
            } else {
                s[..k].chars().next_back()
            };
            let next = s[k + width..].chars().next();
            let at = p.start + k;
            let after = at + width;
            if width == 2 && c == '"' {
                pair_end = Some(k + 2);
            }
            let here = k;
            k += width;
            if skip_first && here == 0 {
                continue;
            }
            match c {
                // German „…“: the mark that opens in English closes here.
                '“' if open.as_ref().is_some_and(|o| o.mark == '„') => {
                    if let Some(o) = open.take() {
                        out.push(close(o, at, after));
                    }
                }
                // German »…«: « closes what » opened.
                '«' if open.as_ref().is_some_and(|o| o.mark == '»') => {
                    if let Some(o) = open.take() {
                        out.push(close(o, at, after));
                    }
                }
                // » with nothing open opens a German quotation; elsewhere
                // it closes.
                '»' if open.is_none() => {
                    open = Some(Open {
                        start: at,
                        inner: after,
                        running: false,
                        mark: '»',
                    });
                }
                '“' | '„' | '«' => {
                    // An explicit opening mark while a quotation is open means
                    // the earlier one was never closed.
                    if let Some(o) = open.take() {
                        let end = p.start + s[..here].trim_end().len();
                        out.push(unclosed(o, end));
                    }
                    open = Some(Open {
                        start: at,
                        inner: after,
                        running: false,
                        mark: c,
                    });
                }
                '”' | '»' => {
                    if let Some(o) = open.take() {
                        out.push(close(o, at, after));
                    }
                }
                '"' => match open.take() {
                    Some(o) => out.push(close(o, at, after)),
                    // A mark that can only close, with nothing open, is an
                    // inch mark or a stray: opening on it would invert every
                    // later pair in the paragraph.
                    None if closing_only(this_prev, next) => {}
                    None => {
                        open = Some(Open {
                            start: at,
                            inner: after,
                            running: false,
                            mark: '"',
                        })
                    }
                },
                _ => {}
            }
        }
        singles(text, *p, &mut out);
        prev_end = p.end;
    }
    if let Some(o) = open {
        out.push(unclosed(o, prev_end));
    }
    out.retain(|q| !nickname(text, q));
    out.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    out
}

/// Whether `q` is a nickname inside a name rather than a quotation:
/// `Gabrielle "Gaby" St-Onge`, `Angus “Gus” MacIsaac`: one or two
/// capitalised words, closed, between two capitalised words on the same
/// line.
fn nickname(text: &str, q: &Quotation) -> bool {
    // A word that ends a sentence ("Carney." before '"Never Again."') is
    // no part of a name; an initial ("J.") is.
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
            && !(w.ends_with('.') && w.chars().count() > 2)
    };
    // Most quotations are sentences: turned away by length before any
    // character is read.
    if !q.closed || q.style != QuoteStyle::Double || q.inner.end.saturating_sub(q.inner.start) > 40
    {
        return false;
    }
    let (Some(inner), Some(before), Some(after)) = (
        text.get(q.inner.start..q.inner.end),
        text.get(..q.span.start),
        text.get(q.span.end..),
    ) else {
        return false;
    };
    let mut words = inner.split(' ');
    words.clone().count() <= 2
        && words.all(capitalised)
        && before
            .strip_suffix(' ')
            .and_then(|b| b.rsplit([' ', '\n']).next())
            .is_some_and(capitalised)
        && after
            .strip_prefix(' ')
            .and_then(|a| a.split([' ', '\n']).next())
            .map(|w| w.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '-'))
            .is_some_and(capitalised)
}

/// Elisions that start with an apostrophe and are not quotations.
const ELISIONS: &[&str] = &[
    "n", "em", "til", "cause", "tis", "twas", "bout", "round", "nuff", "s", "cuz",
];

fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’')
}

/// Single-quoted spans inside one paragraph. Only pairs that close are kept:
/// an unpaired single mark is far more often an apostrophe than a quotation.
fn singles(text: &str, p: Span, out: &mut Vec<Quotation>) {
    let s = p.text(text);
    if !s.contains(is_single) {
        return;
    }
    let mut open: Option<(usize, usize)> = None;
    let b = s.as_bytes();
    // Where the last '' pair ended: it counts as a double mark before a
    // single one there.
    let mut pair_end: Option<usize> = None;
    let mut k = 0;
    // ' is 0x27; ‘ and ’ start with byte 0xE2: jump between those bytes.
    while let Some(j) = b
        .get(k..)
        .and_then(|rest| memchr::memchr2(b'\'', 0xE2, rest))
    {
        k += j;
        let Some(c) = s[k..].chars().next() else {
            break;
        };
        let here = k;
        k += c.len_utf8();
        if !is_single(c) {
            continue;
        }
        // '' is a double mark, handled with the double quotations.
        if c == '\'' && b.get(k) == Some(&b'\'') {
            k += 1;
            pair_end = Some(k);
            continue;
        }
        let before = if pair_end == Some(here) {
            Some('"')
        } else {
            s[..here].chars().next_back()
        };
        let next = s[k..].chars().next();
        let prev_word = before.is_some_and(char::is_alphanumeric);
        let next_word = next.is_some_and(char::is_alphanumeric);
        if prev_word && next_word {
            continue; // don't, Clinton’s
        }
        let at = p.start + here;
        let after = at + c.len_utf8();
        let opening_context = before.is_none_or(|b| {
            b.is_whitespace() || matches!(b, '"' | '“' | '(' | '[' | '—' | '–' | '-')
        });
        if open.is_none() && opening_context && next_word && c != '’' {
            // Bounded look-ahead: an elision is a short word.
            let rest = &s[after - p.start..];
            let raw_len: usize = rest
                .chars()
                .take(8)
                .take_while(|ch| ch.is_alphanumeric())
                .map(char::len_utf8)
                .sum();
            let raw = rest.get(..raw_len).unwrap_or("");
            let word = raw.to_lowercase();
            let followed_by_mark = rest
                .get(raw_len..)
                .is_some_and(|r| r.starts_with(is_single));
            let digit = next.is_some_and(|n| n.is_ascii_digit());
            if digit || (ELISIONS.contains(&word.as_str()) && (followed_by_mark || word != "n")) {
                continue; // the '90s, rock 'n' roll, 'em
            }
            open = Some((at, after));
        } else if let Some((o, inner)) = open {
            let closing_context = next.is_none_or(|n| !n.is_alphanumeric());
            if closing_context && c != '‘' && before.is_some_and(|b| !b.is_whitespace()) {
                out.push(Quotation {
                    span: Span::new(o, after),
                    inner: Span::new(inner, at),
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
    fn a_nickname_inside_a_name_is_no_quotation() {
        assert!(quoted("Singer Gabrielle \"Gaby\" St-Onge took the stage.").is_empty());
        assert!(quoted("Fiddler Angus “Gus” MacIsaac played.").is_empty());
        // A quotation that opens a sentence, or follows a word in lower
        // case, stays one.
        assert_eq!(quoted("He said \"Never\" Twice."), vec!["\"Never\""]);
        // A quotation between two sentences, each word capitalised.
        assert_eq!(
            quoted("He met Mark Carney. \"Never Again.\" Carney wrote later."),
            vec!["\"Never Again.\""]
        );
    }

    #[test]
    fn german_marks_pair_as_german_writes_them() {
        let t = "„Wir werden das nicht akzeptieren“, sagte Scholz. »Nie«, sagte sie.";
        let q = quotations(t);
        let inner: Vec<&str> = q.iter().map(|q| q.inner.text(t)).collect();
        assert_eq!(inner, ["Wir werden das nicht akzeptieren", "Nie"]);
        assert!(q.iter().all(|q| q.closed));
        // French and English marks are read as before.
        let f = "« Non », a-t-il dit. “Yes,” she said.";
        let inner: Vec<String> = quotations(f)
            .iter()
            .map(|q| q.inner.text(f).trim().to_string())
            .collect();
        assert_eq!(inner, ["Non", "Yes,"]);
    }

    #[test]
    fn two_apostrophes_are_a_double_mark() {
        let t = "''We will win,'' he said of the team's ''best year.''";
        assert_eq!(quoted(t), vec!["''We will win,''", "''best year.''"]);
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
        let t =
            "\"They called it 'a disaster' in the '90s,\" Clinton's aide said of rock 'n' roll.";
        assert_eq!(
            quoted(t),
            vec![
                "\"They called it 'a disaster' in the '90s,\"",
                "'a disaster'"
            ]
        );
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
