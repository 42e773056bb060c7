//! Whole-word, case-insensitive phrase matching over a text, and the word
//! lists shipped as data files.

use whosaid_text::Span;

/// Phrases from a data file: one a line, `#` comments and blank lines
/// skipped, lower-cased, inner whitespace collapsed.
pub(crate) fn parse_list(data: &str) -> Vec<String> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(normalise_phrase)
        .collect()
}

/// The phrases of section `[name]` of a data file with sections, as
/// [`parse_list`] reads them.
pub(crate) fn parse_section(data: &str, name: &str) -> Vec<String> {
    let head = format!("[{name}]");
    let body: Vec<&str> = data
        .lines()
        .skip_while(|l| l.trim() != head)
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .collect();
    parse_list(&body.join("\n"))
}

/// Lower case with single spaces between words.
pub(crate) fn normalise_phrase(p: &str) -> String {
    p.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A byte that continues a word: a hyphen joins words, so a phrase ends
/// neither in "thought-provoking" nor in "say-on-pay".
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b >= 0x80
}

/// Every whole-word occurrence of any phrase in `lower` (the text already
/// ASCII-lower-cased, so byte offsets match the original), within `within`.
/// A space in a phrase matches any run of spaces or line breaks.
pub(crate) fn find_all(lower: &str, within: Span, phrases: &[String]) -> Vec<(Span, usize)> {
    let hay = within.text(lower);
    let bytes = hay.as_bytes();
    let mut out = Vec::new();
    for (pi, phrase) in phrases.iter().enumerate() {
        let words: Vec<&str> = phrase.split(' ').filter(|w| !w.is_empty()).collect();
        let Some(first) = words.first() else { continue };
        for (at, _) in hay.match_indices(first) {
            if at > 0 && is_word_byte(bytes[at - 1]) {
                continue;
            }
            let mut end = at + first.len();
            let mut ok = true;
            for w in &words[1..] {
                let ws = hay[end..]
                    .bytes()
                    .take_while(|b| b.is_ascii_whitespace())
                    .count();
                if ws == 0 || !hay[end + ws..].starts_with(w) {
                    ok = false;
                    break;
                }
                end += ws + w.len();
            }
            if !ok || bytes.get(end).is_some_and(|&b| is_word_byte(b)) {
                continue;
            }
            out.push((Span::new(within.start + at, within.start + end), pi));
        }
    }
    out.sort_by_key(|&(s, _)| s);
    out
}

/// True when `phrase` occurs as whole words in `text` (any case).
pub(crate) fn contains_any(text: &str, phrases: &[String]) -> bool {
    let lower = text.to_ascii_lowercase();
    !find_all(&lower, Span::new(0, lower.len()), phrases).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_across_line_breaks() {
        let text = "it is\nbelieved; bit is believed".to_ascii_lowercase();
        let hits = find_all(&text, Span::new(0, text.len()), &["it is believed".into()]);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].0, Span::new(0, 14));
    }

    #[test]
    fn lists_skip_comments() {
        assert_eq!(parse_list("# c\n\n Some  Say \n"), vec!["some say"]);
        assert!(contains_any(
            "He was NOT authorized.",
            &["not authorized".into()]
        ));
        assert!(!contains_any("unauthorizedly", &["authorized".into()]));
    }
}
