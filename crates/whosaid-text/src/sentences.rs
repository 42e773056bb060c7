//! Paragraph and sentence segmentation tuned for news English.

use crate::Span;
use std::collections::HashSet;
use std::sync::OnceLock;

fn word_list(data: &'static str) -> HashSet<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

fn titles() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../data/titles.txt")))
}

fn abbreviations() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../data/abbreviations.txt")))
}

fn starters() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../data/starters.txt")))
}

/// True when `word` (without its final period) is an abbreviation that a
/// period does not end: a title, a listed abbreviation, an initial or a dotted
/// acronym such as "U.S".
pub(crate) fn is_abbreviation(word: &str) -> bool {
    titles().contains(word) || abbreviations().contains(word) || is_initial_or_acronym(word)
}

fn is_initial_or_acronym(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c.is_alphabetic(),
        (Some(c), Some('.')) if c.is_alphabetic() => {
            // "U.S", "D.C", "a.m": letters separated by single periods.
            word.split('.')
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
        }
        _ => false,
    }
}

/// Paragraphs of `text`, trimmed of surrounding whitespace.
///
/// Text with blank lines between blocks is taken as hard-wrapped: a paragraph
/// is a block of lines between blank lines. Text without any blank line is
/// taken as one paragraph per line, as news feeds deliver it.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(Span::new(start, i));
                start = i + 1;
            }
            b'\r' => {
                lines.push(Span::new(start, i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    lines.push(Span::new(start, text.len()));
    let blank = |s: &Span| s.text(text).trim().is_empty();
    let has_blank_separator = lines.iter().any(blank) && lines.iter().filter(|l| !blank(l)).count() > 1;
    let mut out = Vec::new();
    if has_blank_separator {
        let mut cur: Option<Span> = None;
        for l in &lines {
            if blank(l) {
                out.extend(cur.take());
            } else {
                cur = Some(match cur {
                    Some(c) => c.cover(*l),
                    None => *l,
                });
            }
        }
        out.extend(cur);
    } else {
        out.extend(lines.into_iter().filter(|l| !blank(l)));
    }
    out.into_iter().map(|s| trim(text, s)).collect()
}

/// Shrinks a span to exclude leading and trailing whitespace.
pub(crate) fn trim(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

/// Sentences of `text`, in order, never crossing a paragraph, each trimmed of
/// whitespace. Together they cover every non-whitespace character.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for p in paragraphs(text) {
        split_paragraph(text, p, &mut out);
    }
    out
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn split_paragraph(text: &str, para: Span, out: &mut Vec<Span>) {
    let p = para.text(text);
    let mut start = 0;
    let mut iter = p.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_terminal(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut only_period = c == '.';
        while let Some(&(j, d)) = iter.peek() {
            if is_terminal(d) {
                only_period = false;
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        while let Some(&(j, d)) = iter.peek() {
            if is_closer(d) {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = &p[end..];
        let next = rest.trim_start();
        if next.is_empty() {
            break;
        }
        if rest.len() == next.len() {
            // No space after: "3.5", "U.S.-led", "Yahoo!'s".
            continue;
        }
        if ends_sentence(&p[start..i], c, only_period, next) {
            out.push(trim(text, Span::new(para.start + start, para.start + end)));
            start = end;
        }
    }
    let last = trim(text, Span::new(para.start + start, para.end));
    if !last.is_empty() {
        out.push(last);
    }
}

/// Decides whether terminal punctuation `term`, after the sentence text
/// `before`, ends a sentence given the text that follows (`next`, trimmed).
fn ends_sentence(before: &str, term: char, only_period: bool, next: &str) -> bool {
    let first = match next.chars().next() {
        Some(f) => f,
        None => return true,
    };
    let next_word: &str = next
        .trim_start_matches(|c: char| matches!(c, '"' | '\'' | '“' | '‘' | '(' | '['))
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .next()
        .unwrap_or("");
    if first.is_lowercase() {
        // '"Really?" she asked.', "10 a.m. yesterday": a lower-case word
        // continues the sentence.
        return false;
    }
    if !only_period || term != '.' {
        return true;
    }
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_start_matches(|c: char| matches!(c, '"' | '\'' | '“' | '‘' | '(' | '['));
    if word.is_empty() {
        return true;
    }
    if titles().contains(word) {
        return false;
    }
    let opener = starters().contains(next_word);
    if first.is_ascii_digit() {
        // "Jan. 5", "No. 10", "Vol. 3"
        return !abbreviations().contains(word);
    }
    if is_initial_or_acronym(word) {
        // A single capital is an initial ("George W. Bush") unless a sentence
        // opener follows; a dotted acronym ("U.S.") likewise.
        return opener;
    }
    if abbreviations().contains(word) {
        return opener;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn titles_and_acronyms() {
        assert_eq!(
            split("U.S. Secretary of State Anthony Blinken arrived. He met Mr. Abbas in the U.S. The talks ended."),
            vec![
                "U.S. Secretary of State Anthony Blinken arrived.",
                "He met Mr. Abbas in the U.S.",
                "The talks ended."
            ]
        );
    }

    #[test]
    fn quote_then_lowercase_attribution_continues() {
        assert_eq!(
            split("\"Really?\" she asked. \"We will win.\" He left."),
            vec!["\"Really?\" she asked.", "\"We will win.\"", "He left."]
        );
    }

    #[test]
    fn initials_numbers_dates() {
        assert_eq!(
            split("George W. Bush spoke on Sept. 11 about 3.5 percent growth at 10 a.m. yesterday. It rained."),
            vec![
                "George W. Bush spoke on Sept. 11 about 3.5 percent growth at 10 a.m. yesterday.",
                "It rained."
            ]
        );
    }

    #[test]
    fn lines_are_paragraphs_without_blank_lines() {
        assert_eq!(split("Headline here\nBody text. More."), vec!["Headline here", "Body text.", "More."]);
    }

    #[test]
    fn hard_wrapped_paragraphs() {
        let t = "One sentence\nwraps here.\n\nNext para.";
        assert_eq!(split(t), vec!["One sentence\nwraps here.", "Next para."]);
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(split("").is_empty());
        assert!(split("  \n\n \t").is_empty());
    }
}
