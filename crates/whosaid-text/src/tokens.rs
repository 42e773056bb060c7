//! A tokenizer for news English that keeps abbreviations ("U.S.", "Sen."),
//! numbers ("3.5", "$1.2") and hyphenated names ("el-Sisi") whole and splits
//! the possessive "'s" off its noun.

use crate::Span;
use crate::sentences::is_abbreviation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes and periods.
    Word,
    /// Digits, possibly with inner separators and a suffix ("24th", "1990s").
    Number,
    /// A possessive ending: "'s", "’s", or a lone apostrophe after a plural.
    Possessive,
    /// A quotation mark (straight or curly, single or double).
    Quote,
    /// Any other punctuation or symbol.
    Punct,
}

/// A token with its byte span in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where the token is in the document.
    pub span: Span,
    /// Its class.
    pub kind: TokenKind,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '\'' | '‘' | '’' | '«' | '»')
}

/// The contracted auxiliary ending `w` ("'ll" in "he'll"), if any.
fn contraction_suffix(w: &str) -> Option<&'static str> {
    const ENDINGS: [&str; 10] = [
        "'ll", "’ll", "'ve", "’ve", "'re", "’re", "'d", "’d", "'m", "’m",
    ];
    // Most words have no apostrophe; skip them without looking further.
    if !w.contains(['\'', '’']) {
        return None;
    }
    ENDINGS.into_iter().find(|c| {
        w.len() > c.len()
            && w.is_char_boundary(w.len() - c.len())
            && w[w.len() - c.len()..].eq_ignore_ascii_case(c)
    })
}

/// Tokens of `text[span]`, with spans relative to the whole `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = span.text(text);
    let base = span.start;
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        // ASCII needs no decoding.
        let c = match b[i] {
            a @ 0..0x80 => char::from(a),
            _ => match s[i..].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        let cl = c.len_utf8();
        if c.is_whitespace() {
            i += cl;
            continue;
        }
        if is_alpha(c) {
            let end = scan_word(s, i);
            // Split a trailing possessive "'s" off the word.
            let w = &s[i..end];
            // A contracted auxiliary is its own word: "he'll" → "he", "'ll";
            // "they've" → "they", "'ve".
            let contraction = contraction_suffix(w);
            if let Some(c) = contraction {
                let split = end - c.len();
                out.push(Token {
                    span: Span::new(base + i, base + split),
                    kind: TokenKind::Word,
                });
                out.push(Token {
                    span: Span::new(base + split, base + end),
                    kind: TokenKind::Word,
                });
                i = end;
                continue;
            }
            let (word_end, poss) =
                if w.len() > 2 && (w.ends_with("'s") || w.ends_with("’s") || w.ends_with("'S")) {
                    let ap = w
                        .char_indices()
                        .rev()
                        .nth(1)
                        .map(|(k, _)| i + k)
                        .unwrap_or(end);
                    (ap, true)
                } else {
                    (end, false)
                };
            out.push(Token {
                span: Span::new(base + i, base + word_end),
                kind: TokenKind::Word,
            });
            if poss {
                out.push(Token {
                    span: Span::new(base + word_end, base + end),
                    kind: TokenKind::Possessive,
                });
            }
            i = end;
            continue;
        }
        if c.is_ascii_digit() {
            let end = scan_number(s, i);
            out.push(Token {
                span: Span::new(base + i, base + end),
                kind: TokenKind::Number,
            });
            i = end;
            continue;
        }
        // '' stands for a double quotation mark in some newswire text.
        if c == '\'' && s[i + 1..].starts_with('\'') {
            out.push(Token {
                span: Span::new(base + i, base + i + 2),
                kind: TokenKind::Quote,
            });
            i += 2;
            continue;
        }
        if is_apostrophe(c) {
            // A plural possessive: "countries' leaders".
            let prev_letter = i > 0
                && s[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p == 's' || p == 'S');
            let next = s[i + cl..].chars().next();
            if prev_letter && next.is_none_or(|n| n.is_whitespace() || n == ',' || n == '.') {
                out.push(Token {
                    span: Span::new(base + i, base + i + cl),
                    kind: TokenKind::Possessive,
                });
                i += cl;
                continue;
            }
        }
        if is_quote_char(c) {
            out.push(Token {
                span: Span::new(base + i, base + i + cl),
                kind: TokenKind::Quote,
            });
            i += cl;
            continue;
        }
        // Runs of periods ("...") stay one token; other symbols stand alone.
        let mut end = i + cl;
        if c == '.' {
            while end < b.len() && b[end] == b'.' {
                end += 1;
            }
        }
        out.push(Token {
            span: Span::new(base + i, base + end),
            kind: TokenKind::Punct,
        });
        i = end;
    }
    out
}

fn scan_word(s: &str, start: usize) -> usize {
    let bytes = s.as_bytes();
    let mut end = start;
    loop {
        // Most words are ASCII letters: take them without decoding.
        while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
            end += 1;
        }
        let Some(c) = s[end..].chars().next() else {
            break;
        };
        if is_alnum(c) || is_mark(c) {
            end += c.len_utf8();
            continue;
        }
        // Inner hyphen or apostrophe followed by a letter: "el-Sisi", "don't".
        let after = end + c.len_utf8();
        if (c == '-' || c == '‐' || is_apostrophe(c))
            && s[after..].chars().next().is_some_and(is_alnum)
        {
            end = after;
            continue;
        }
        break;
    }
    let bytes = s.as_bytes();
    // Web names stay whole: "Znak.com", "News.com.au", "Portfolio.hu". A
    // period followed by two or more lower-case ASCII letters and then no
    // letter is a domain dot, not a sentence end.
    let mut e = end;
    let mut domain = false;
    while e < bytes.len() && bytes[e] == b'.' {
        let tld = bytes[e + 1..]
            .iter()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        let after = bytes.get(e + 1 + tld);
        if (2..=6).contains(&tld) && after.is_none_or(|b| !b.is_ascii_alphanumeric()) {
            e += 1 + tld;
            domain = true;
        } else {
            break;
        }
    }
    if domain && end - start >= 2 {
        return e;
    }
    // Dotted acronyms and abbreviations keep their periods: "U.S.", "a.m.",
    // "Sen.", "Gov.-elect".
    if end < bytes.len() && bytes[end] == b'.' {
        let word = &s[start..end];
        // "U.S.": single letters joined by periods.
        let mut e = end;
        let mut dotted = false;
        loop {
            let rest = &s[e + 1..];
            let mut it = rest.chars();
            match (it.next(), it.next()) {
                (Some(l), Some('.')) if l.is_alphabetic() && word.chars().count() == 1 => {
                    e += 1 + l.len_utf8();
                    dotted = true;
                }
                _ => break,
            }
        }
        if dotted {
            return e + 1;
        }
        if is_abbreviation(word) {
            // "Gov.-elect" stays one word.
            if s[end + 1..].starts_with("-elect") {
                return end + 7;
            }
            return end + 1;
        }
    }
    end
}

/// The General Punctuation block (U+2000–U+206F: curly quotes, dashes,
/// ellipses, special spaces) has no letters or digits; news text is full of
/// its marks, and this spares them the Unicode table look-up.
pub fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206f}').contains(&c)
}

/// `char::is_alphabetic`, quicker on punctuation.
fn is_alpha(c: char) -> bool {
    !is_general_punctuation(c) && c.is_alphabetic()
}

/// `char::is_alphanumeric`, quicker on punctuation.
fn is_alnum(c: char) -> bool {
    !is_general_punctuation(c) && c.is_alphanumeric()
}

fn is_mark(c: char) -> bool {
    // Combining marks keep accented names whole even when decomposed.
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn scan_number(s: &str, start: usize) -> usize {
    let b = s.as_bytes();
    let mut end = start;
    while end < b.len() {
        let c = b[end];
        let inner_separator =
            matches!(c, b'.' | b',' | b':') && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_digit() || inner_separator {
            end += 1;
        } else {
            break;
        }
    }
    // Suffixes: "24th", "1990s", "10am".
    while end < b.len() && b[end].is_ascii_alphabetic() {
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.span.text(text))
            .collect()
    }

    #[test]
    fn news_tokens() {
        assert_eq!(
            toks("U.S. Sen. el-Sisi's 3.5% on Nov. 24th, \"don't\" countries' a.m."),
            vec![
                "U.S.",
                "Sen.",
                "el-Sisi",
                "'s",
                "3.5",
                "%",
                "on",
                "Nov.",
                "24th",
                ",",
                "\"",
                "don't",
                "\"",
                "countries",
                "'",
                "a.m."
            ]
        );
    }

    #[test]
    fn spans_are_relative_to_the_whole_text() {
        let text = "xx “Hé said”";
        let t = tokenize(text, Span::new(3, text.len()));
        assert_eq!(t[0].span.text(text), "“");
        assert_eq!(t[1].span.text(text), "Hé");
        assert_eq!(t.last().unwrap().kind, TokenKind::Quote);
    }

    #[test]
    fn contracted_auxiliaries_are_words() {
        assert_eq!(
            toks("he'll say they’ve I'm don't"),
            vec!["he", "'ll", "say", "they", "’ve", "I", "'m", "don't"]
        );
    }

    #[test]
    fn web_names_stay_whole() {
        assert_eq!(
            toks("Znak.com said News.com.au and Portfolio.hu. Then"),
            vec![
                "Znak.com",
                "said",
                "News.com.au",
                "and",
                "Portfolio.hu",
                ".",
                "Then"
            ]
        );
        assert_eq!(toks("the end.The"), vec!["the", "end", ".", "The"]);
    }

    #[test]
    fn gov_elect() {
        assert_eq!(toks("Gov.-elect Smith"), vec!["Gov.-elect", "Smith"]);
    }
}
