//! Wire-story datelines ("WASHINGTON (AP) — "), which name where a story
//! was filed, not anyone in it.

/// The dateline opening a wire story's body ("WASHINGTON (AP) — ",
/// "MANCHESTER, N.H. — ", "New York (AFP) – "), as a byte range: it says
/// where the story was filed and who filed it, and names no one who
/// speaks in it. Looked for at the start of the lines of the first 1,000
/// bytes; the place is in capitals (but for a state after a comma), or
/// in title case when a news agency's name follows in brackets; a dash
/// ends it.
pub(crate) fn dateline(text: &str) -> std::ops::Range<usize> {
    let b = text.as_bytes();
    let limit = b.len().min(1000);
    let mut start = 0;
    while start < limit {
        if let Some(end) = dateline_at(b, start) {
            return start..end;
        }
        match b[start..limit].iter().position(|&c| c == b'\n') {
            Some(k) => start += k + 1,
            None => break,
        }
    }
    0..0
}

/// The end of a dateline starting at `at` (`dateline`), if one does.
fn dateline_at(b: &[u8], at: usize) -> Option<usize> {
    let mut k = at;
    // A lower-case letter before any comma: the state after the city may
    // be in title case ("ORLANDO, Fla."), the city not.
    let mut lower = false;
    let mut comma = false;
    let mut word_start = true;
    // The place: words opening with a capital, with dots, commas and
    // spaces ("ST. LOUIS", "COLUMBIA, S.C."), at most 40 bytes.
    while k < b.len() && k - at < 40 {
        let c = b[k];
        if c.is_ascii_alphabetic() {
            if word_start && !c.is_ascii_uppercase() {
                return None;
            }
            lower |= !comma && c.is_ascii_lowercase();
            word_start = false;
        } else if c == b' ' || c == b',' || c == b'.' || c == b'\'' {
            word_start = c == b' ';
            comma |= c == b',';
        } else {
            break;
        }
        k += 1;
    }
    if k == at || !b[at].is_ascii_uppercase() {
        return None;
    }
    while b.get(k) == Some(&b' ') {
        k += 1;
    }
    // A news agency in brackets: "(AP)", "(Reuters)".
    let mut agency = false;
    if b.get(k) == Some(&b'(') {
        let close = b[k..b.len().min(k + 24)].iter().position(|&c| c == b')')?;
        agency = b[k + 1..k + close]
            .iter()
            .all(|c| c.is_ascii_alphabetic() || *c == b' ')
            && close > 1;
        if !agency {
            return None;
        }
        k += close + 1;
        while b.get(k) == Some(&b' ') {
            k += 1;
        }
    }
    if lower && !agency {
        return None;
    }
    // The dash: "-", "--", an en or em dash, then a space.
    let rest = &b[k..];
    let dash = if rest.starts_with("—".as_bytes()) || rest.starts_with("–".as_bytes()) {
        3
    } else if rest.starts_with(b"--") {
        2
    } else if rest.starts_with(b"-") {
        1
    } else {
        return None;
    };
    (b.get(k + dash) == Some(&b' ')).then_some(k + dash + 1)
}

#[cfg(test)]
mod tests {
    use super::dateline;

    fn place(text: &str) -> &str {
        &text[dateline(text)]
    }

    #[test]
    fn wire_datelines_are_found_at_a_line_start() {
        assert_eq!(
            place("Headline\n\nWASHINGTON (AP) — The Senate met."),
            "WASHINGTON (AP) — "
        );
        assert_eq!(
            place("MANCHESTER, N.H. - Voters lined up."),
            "MANCHESTER, N.H. - "
        );
        assert_eq!(place("ORLANDO, Fla. -- Crowds came."), "ORLANDO, Fla. -- ");
        assert_eq!(
            place("New York (AFP) – Joe Biden spoke."),
            "New York (AFP) – "
        );
    }

    #[test]
    fn sentences_with_dashes_are_no_datelines() {
        // A title-case place with no agency, a sentence with a dash, a
        // dash inside a line, and a dash with no space after it.
        for text in [
            "New York – the city – voted.",
            "But one naysayer remained — Sanders.",
            "The vote was close. WASHINGTON — no.",
            "WASHINGTON—The Senate met.",
            "",
        ] {
            assert_eq!(dateline(text), 0..0, "{text}");
        }
    }
}
