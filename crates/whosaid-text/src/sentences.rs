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

fn speech_verbs() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../data/speech_verbs.txt")))
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

/// The longest prefix of `s` of at most `max` bytes that ends on a character
/// boundary. Look-arounds use it so that no decision scans unbounded text,
/// which keeps splitting linear on adversarial input.
fn window(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The longest suffix of `s` of at most `max` bytes that starts on a
/// character boundary.
fn window_back(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut start = s.len() - max;
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// Raw lines of `text`, without their terminators (LF, CRLF or a lone CR).
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        // The LF of a CRLF: the CR already ended the line.
        if bytes[i] == b'\n' && i > 0 && bytes[i - 1] == b'\r' && start == i {
            continue;
        }
        out.push(Span::new(start, i));
        start = i + 1;
    }
    out.push(Span::new(start, text.len()));
    out
}

/// Paragraphs of `text`, trimmed of surrounding whitespace.
///
/// Text with blank lines between blocks is taken as hard-wrapped: a paragraph
/// is a block of lines between blank lines. Text without any blank line is
/// taken as one paragraph per line, as news feeds deliver it, except that a
/// line ending in a space and followed by a line that opens in lower case is
/// an errant break inside a sentence and joins the next line.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let lines = lines(text);
    let blank = |s: &Span| s.text(text).trim().is_empty();
    let (Some(first), Some(last)) = (
        lines.iter().position(|l| !blank(l)),
        lines.iter().rposition(|l| !blank(l)),
    ) else {
        return Vec::new();
    };
    let body = &lines[first..=last];
    // Only a blank line between two non-blank ones separates blocks: a
    // trailing newline does not make a text hard-wrapped.
    let blocks = body.iter().any(blank);
    let mut out = Vec::new();
    let mut cur: Option<Span> = None;
    for l in body {
        if blank(l) {
            out.extend(cur.take());
            continue;
        }
        cur = Some(match cur {
            Some(c) if blocks || errant_break(text, c, *l) => c.cover(*l),
            Some(c) => {
                out.push(c);
                *l
            }
            None => *l,
        });
    }
    out.extend(cur);
    out.into_iter().map(|s| trim(text, s)).collect()
}

/// A line break inside a sentence: the next line opens in lower case or
/// with a parenthesis, and the line before ends in a space (pySBD's rule) or
/// is a hard-wrapped line cut mid-sentence: at least [`WRAPPED_LINE`]
/// characters long and ending on a letter, digit or comma ("The mayor said
/// that the budget would be" / "balanced next year"). A line ending as a
/// sentence or a headline does ('.', '?', ':', a closing quote…) still ends
/// its paragraph, and so does a short one (a list item: "features" /
/// "contact manager").
fn errant_break(text: &str, prev: Span, line: Span) -> bool {
    let prev = prev.text(text);
    let ends_in_space = prev.ends_with([' ', '\t']);
    let last_line = prev.rsplit(['\n', '\r']).next().unwrap_or(prev);
    let wrapped = last_line
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',')
        && last_line.chars().nth(WRAPPED_LINE - 1).is_some();
    let next = line.text(text).trim_start();
    (ends_in_space || wrapped)
        && next
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c == '(')
}

/// The shortest line taken for one cut by hard wrapping. Text is wrapped
/// at 60 to 80 columns, so a wrapped line is rarely much shorter than
/// that (a long word carried over); list items and labels are.
const WRAPPED_LINE: usize = 40;

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
    sentences_in(text, &paragraphs(text))
}

/// Sentences of the given paragraphs of `text`, for callers that already
/// hold them.
pub(crate) fn sentences_in(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for &p in paragraphs {
        split_paragraph(text, p, &mut out);
    }
    out
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›')
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '‹')
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '‣' | '⁃' | '◦' | '●' | '▪' | '■' | '►' | '▸')
}

/// A run of terminal punctuation: "." "?!" "..." "…" or a spaced ". . .".
struct Run {
    /// One past the run's last character.
    end: usize,
    /// Periods in the run.
    dots: usize,
    /// True when the periods are separated by single spaces.
    spaced: bool,
    /// True when the run holds "!" or "?".
    bang: bool,
    /// True when the run holds "…".
    ellipsis: bool,
}

fn scan_run(b: &[u8], p: &str, i: usize) -> Run {
    let mut run = Run {
        end: i,
        dots: 0,
        spaced: false,
        bang: false,
        ellipsis: false,
    };
    let mut j = i;
    loop {
        match b.get(j) {
            Some(b'.') => run.dots += 1,
            Some(b'!' | b'?') => run.bang = true,
            Some(b' ')
                if run.dots > 0 && b.get(j - 1) == Some(&b'.') && b.get(j + 1) == Some(&b'.') =>
            {
                // ". . ." keeps going only when its periods alternate with
                // single spaces.
                run.spaced = true;
            }
            Some(0xE2) if p[j..].starts_with('…') => {
                run.ellipsis = true;
                j += '…'.len_utf8();
                continue;
            }
            _ => break,
        }
        j += 1;
    }
    run.end = j;
    run
}

/// Breaks before each item of a numbered or lettered list whose first item
/// opens the paragraph ("1) … 2) …", "a. … b. …"), even where an item does not
/// end in punctuation.
fn list_breaks(p: &str) -> Vec<usize> {
    let b = p.as_bytes();
    let mut out = Vec::new();
    let lead = p.trim_start_matches(|c: char| c.is_whitespace() || is_bullet(c));
    let Some((kind, mut value)) = list_marker(lead.as_bytes()) else {
        return out;
    };
    for i in 1..b.len() {
        if !b[i - 1].is_ascii_whitespace() {
            continue;
        }
        if let Some((k, v)) = list_marker(&b[i..])
            && k == kind
            && v == value + 1
        {
            // "• 10. The second item": the break goes before the bullet that
            // carries the marker.
            let head = p[..i].trim_end();
            let at = match head.chars().next_back() {
                Some(c) if is_bullet(c) => head.len() - c.len_utf8(),
                _ => i,
            };
            out.push(at);
            value = v;
        }
    }
    out
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum MarkerKind {
    Number,
    Letter,
}

/// A list marker at the start of `b`: "12." "3)" "4.)" "b." "c)", followed
/// by whitespace. Returns its kind and value.
fn list_marker(b: &[u8]) -> Option<(MarkerKind, u32)> {
    let digits = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    let (kind, value, len) = if (1..=3).contains(&digits) {
        let v = b[..digits]
            .iter()
            .fold(0u32, |v, &d| v * 10 + u32::from(d - b'0'));
        (MarkerKind::Number, v, digits)
    } else if b.first().is_some_and(u8::is_ascii_lowercase) {
        (MarkerKind::Letter, u32::from(b[0]), 1)
    } else {
        return None;
    };
    let rest = &b[len..];
    let punct = if rest.starts_with(b".)") {
        2
    } else if rest.first().is_some_and(|&c| c == b'.' || c == b')') {
        1
    } else {
        return None;
    };
    rest.get(punct).filter(|c| c.is_ascii_whitespace())?;
    Some((kind, value))
}

/// True when the sentence so far is only a list marker: "1", "• 10", "a".
fn is_list_marker(before: &str) -> bool {
    let s = before.trim_matches(|c: char| c.is_whitespace() || is_bullet(c));
    let digits = !s.is_empty() && s.len() <= 3 && s.bytes().all(|c| c.is_ascii_digit());
    let mut chars = s.chars();
    let letter = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_alphabetic());
    digits || letter
}

/// Bytes the splitter stops at: terminal punctuation, the lead byte of "…"
/// and of the bullets, and line feeds (a bullet may open the next line).
/// Everything else is skipped in a tight loop, which is where the time goes.
const STOP: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xE2] = true;
    t
};

fn split_paragraph(text: &str, para: Span, out: &mut Vec<Span>) {
    let p = para.text(text);
    let b = p.as_bytes();
    let list = list_breaks(p);
    let mut list = list.iter().copied().peekable();
    let mut start = 0;
    let cut = |from: usize, to: usize, out: &mut Vec<Span>| {
        let s = trim(text, Span::new(para.start + from, para.start + to));
        if !s.is_empty() {
            out.push(s);
        }
    };
    // A forced break (bullet, list item) ends whatever came before it, if
    // anything did.
    let force = |at: usize, start: &mut usize, out: &mut Vec<Span>| {
        if at > *start && !p[*start..at].trim().is_empty() {
            cut(*start, at, out);
            *start = at;
        }
    };
    let mut i = 0;
    loop {
        while i < b.len() && !STOP[usize::from(b[i])] {
            i += 1;
        }
        while let Some(&f) = list.peek() {
            if f > i {
                break;
            }
            force(f, &mut start, out);
            list.next();
        }
        let Some(&c) = b.get(i) else {
            break;
        };
        if c == b'\n' {
            let line = p[i + 1..].trim_start_matches([' ', '\t']);
            if line.starts_with("- ") || line.starts_with("* ") {
                force(i, &mut start, out);
            }
            i += 1;
            continue;
        }
        if c == 0xE2 && !p[i..].starts_with('…') {
            let bullet = p[i..].chars().next().is_some_and(is_bullet);
            if bullet && i > 0 && b[i - 1].is_ascii_whitespace() {
                force(i, &mut start, out);
            }
            i += 1;
            continue;
        }
        let run = scan_run(b, p, i);
        let mut end = run.end;
        let mut quoted = false;
        for ch in p[end..].chars() {
            if !is_closer(ch) {
                break;
            }
            quoted |= is_quote_mark(ch);
            end += ch.len_utf8();
        }
        let rest = &p[end..];
        let next = rest.trim_start();
        if next.is_empty() {
            break;
        }
        let gap = rest.len() != next.len();
        let at = Boundary {
            p,
            start,
            i,
            run: &run,
            end,
            quoted,
            next,
        };
        let split = if gap {
            at.decide()
        } else {
            at.no_space().then_some(end)
        };
        if let Some(k) = split {
            // A break inside a multi-byte mark ("…" after a run of periods)
            // moves to the mark's start: spans stay on character boundaries.
            let k = p.floor_char_boundary(k);
            cut(start, k, out);
            start = k;
        }
        i = p.ceil_char_boundary(end.max(i + 1));
    }
    cut(start, b.len(), out);
}

/// Words that can follow a verb of saying in a closed attribution clause.
const CIRCUMSTANCE: &[&str] = &[
    "of",
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "to",
    "from",
    "about",
    "when",
    "while",
    "as",
    "last",
    "yesterday",
    "today",
    "earlier",
    "later",
    "then",
    "again",
    "recently",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The context of one run of terminal punctuation inside a paragraph `p`.
struct Boundary<'a> {
    p: &'a str,
    /// Where the current sentence starts.
    start: usize,
    /// Where the run starts.
    i: usize,
    run: &'a Run,
    /// After the run and any closing quotes or brackets.
    end: usize,
    /// True when a closing quotation mark follows the run.
    quoted: bool,
    /// The text after the whitespace that follows `end`; not empty.
    next: &'a str,
}

impl Boundary<'_> {
    /// The first word after the break, past opening quotes and brackets and
    /// without a possessive or contraction ("It's" → "It").
    fn next_word(&self) -> &str {
        let s = window(self.next, 64).trim_start_matches(is_opener);
        let end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
        &s[..end]
    }

    fn next_opens(&self) -> bool {
        starters().contains(self.next_word())
    }

    /// The next word is a single capital with a period and a space ("I. ",
    /// "A. "): after an initial, one more initial ("Wayne A. I. Frederick"),
    /// not the pronoun or article opening a sentence.
    fn next_is_initial(&self) -> bool {
        let s = self.next.trim_start_matches(is_opener);
        let mut c = s.chars();
        c.next().is_some_and(|c| c.is_uppercase()) && c.as_str().starts_with(". ")
    }

    /// Where the sentence ends, if it ends at this run (whitespace follows).
    fn decide(&self) -> Option<usize> {
        let p = self.p;
        let run = self.run;
        let before = &p[self.start..self.i];
        let first = self.next.chars().next()?;
        if before.trim().is_empty() {
            return None;
        }
        // A lower-case word continues the sentence ('"Really?" she asked.',
        // "10 a.m. yesterday"), and no sentence opens with these marks.
        if first.is_lowercase()
            || matches!(
                first,
                ',' | ';' | ':' | ')' | ']' | '}' | '—' | '–' | '-' | '%'
            )
        {
            return None;
        }
        let attached = before
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace());
        if run.bang {
            return (!self.attribution_follows()).then_some(self.end);
        }
        if run.dots >= 2 || run.spaced || run.ellipsis {
            if before.ends_with('[') {
                return None; // "[...]" marks an omission
            }
            if run.spaced && attached && run.dots >= 4 {
                // "compounds. . . . The": a period ends the sentence, the
                // spaced ellipsis opens the next one.
                return Some(self.i + 1);
            }
            if run.spaced && run.dots <= 3 {
                return None; // ". . ." between words is an omission
            }
            return Some(self.end);
        }
        if self.quoted && self.attribution_follows() {
            return None;
        }
        let word = window_back(before, 64)
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .trim_start_matches(is_opener);
        if word.is_empty() {
            return Some(self.end);
        }
        if is_list_marker(before) || titles().contains(word) {
            return None;
        }
        match word {
            // "At 5 a.m. Mr. Smith went" but "He left at 6 P.M. Mr. Smith
            // then went": the lower-case time goes on unless an opener
            // follows, the capitalised one ends.
            "a.m" | "p.m" => return self.next_opens().then_some(self.end),
            "A.M" | "P.M" => return Some(self.end),
            _ => {}
        }
        if first.is_ascii_digit() {
            // "Jan. 5", "No. 10", "p. 55"
            return (!abbreviations().contains(word)).then_some(self.end);
        }
        if is_initial_or_acronym(word) || abbreviations().contains(word) {
            if word.chars().count() == 1 && self.next_is_initial() {
                return None;
            }
            // "George W. Bush", "U.S. Government", "Pitt, Briggs & Co. at":
            // only a common opener after them starts a new sentence.
            return self.next_opens().then_some(self.end);
        }
        Some(self.end)
    }

    /// A period with no space after it ends a sentence only between a
    /// lower-case word or a number and a capitalised word ("world.Today",
    /// "1,000.That"), and not inside an address ("Jane.Doe@example.com").
    fn no_space(&self) -> bool {
        let p = self.p;
        let run = self.run;
        if run.dots != 1 || run.bang || run.ellipsis || run.spaced {
            return false;
        }
        let prev_ok = p[..self.i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        let mut nx = self.next.chars();
        let next_ok = matches!((nx.next(), nx.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase());
        if !prev_ok || !next_ok {
            return false;
        }
        let back = window_back(&p[..self.i], 64);
        let word = back.rsplit(char::is_whitespace).next().unwrap_or("");
        let ahead = window(self.next, 64);
        let tail = ahead.split(char::is_whitespace).next().unwrap_or("");
        let address = |s: &str| s.contains(['@', '/']) || s.contains("www");
        if address(word) || address(tail) {
            return false;
        }
        let word = word.trim_start_matches(is_opener);
        !(titles().contains(word) || abbreviations().contains(word))
    }

    /// True when a short attribution clause follows a closing quotation:
    /// '"Why now?" Obama asked.', '"We won." The senator said.'.
    fn attribution_follows(&self) -> bool {
        if !self.quoted {
            return false;
        }
        let mut determiner = false;
        let mut words = window(self.next, 120)
            .split_whitespace()
            .take(7)
            .enumerate()
            .peekable();
        while let Some((k, word)) = words.next() {
            let bare = word.trim_end_matches([',', '.', ';', ':', '!', '?']);
            if k > 0 && speech_verbs().contains(bare) {
                // After a question or an exclamation the clause is an
                // attribution ('"Why?" Obama asked the crowd.'). After a
                // period it is one only when the verb closes it or a
                // circumstance follows ('." Trump said of Apple'); with an
                // object it is new reported speech ('." He said the FBI').
                let closes = bare.len() != word.len();
                let after = words.peek().map_or("", |&(_, w)| w);
                return self.run.bang
                    || closes
                    || after.is_empty()
                    || CIRCUMSTANCE.contains(&after);
            }
            let Some(f) = bare.chars().next() else {
                return false;
            };
            let punctuated = bare.len() != word.len();
            if f.is_uppercase() {
                // Names, titles and pronouns; a word that ends a clause is
                // not part of an attribution unless it is a title ("Sen.").
                if punctuated && !titles().contains(bare) {
                    return false;
                }
                determiner |= matches!(
                    bare,
                    "The" | "A" | "An" | "His" | "Her" | "Their" | "Its" | "Our" | "My"
                );
                continue;
            }
            if punctuated {
                return false;
            }
            if matches!(
                bare,
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
            ) {
                determiner = true;
                continue;
            }
            // "The White House press secretary said": common nouns only
            // after a determiner.
            if !determiner {
                return false;
            }
        }
        false
    }
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
            split(
                "U.S. Secretary of State Anthony Blinken arrived. He met Mr. Abbas in the U.S. The talks ended."
            ),
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
            split(
                "George W. Bush spoke on Sept. 11 about 3.5 percent growth at 10 a.m. yesterday. It rained."
            ),
            vec![
                "George W. Bush spoke on Sept. 11 about 3.5 percent growth at 10 a.m. yesterday.",
                "It rained."
            ]
        );
        // Two initials, the second one a starter word's letter.
        assert_eq!(
            split("Wayne A. I. Frederick wrote to the students. It rained."),
            vec!["Wayne A. I. Frederick wrote to the students.", "It rained."]
        );
    }

    #[test]
    fn lines_are_paragraphs_without_blank_lines() {
        assert_eq!(
            split("Headline here\nBody text. More."),
            vec!["Headline here", "Body text.", "More."]
        );
    }

    #[test]
    fn hard_wrapped_lines_without_blank_lines() {
        // Wrapped mid-sentence: one paragraph, one sentence.
        assert_eq!(
            split(
                "The mayor said on Monday that the budget would be\nin the capital, not here.\nIt rained."
            ),
            vec![
                "The mayor said on Monday that the budget would be\nin the capital, not here.",
                "It rained."
            ]
        );
        // A line ending as a sentence does ends its paragraph, even before
        // lower case; so does a headline before a capital.
        assert_eq!(
            split("Budget vote\nOfficials met.\nit rained.\n\u{201c}Yes.\u{201d}\nand more."),
            vec![
                "Budget vote",
                "Officials met.",
                "it rained.",
                "\u{201c}Yes.\u{201d}",
                "and more."
            ]
        );
        // Short lines are list items, not wrapped text.
        assert_eq!(
            split("features\ncontact manager\nevents, activities\n"),
            vec!["features", "contact manager", "events, activities"]
        );
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
