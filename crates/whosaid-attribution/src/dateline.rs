//! Wire-story datelines ("WASHINGTON (AP) — "), which name where a story
//! was filed, not anyone in it.

/// The dateline opening a wire story's body ("WASHINGTON (AP) — ",
/// "MANCHESTER, N.H. — ", "LONDON, Nov 27 (Reuters) - ", "New York (AFP)
/// – "), as a byte range: it says where the story was filed and who filed
/// it, and names no one who speaks in it. Looked for at the start of the
/// lines of the first 1,000 bytes, the first that holds one.
///
/// The place is in capitals (what follows a comma, a state or a date, may
/// not be), or in title case when a news agency's name follows in
/// brackets (in capitals, then); a dash ends it, and a sentence opens
/// after it (`dateline_at`) on a line of at least 40 bytes that ends one:
/// a headline such as "US - China talks stall" is none. Labels in
/// capitals with no agency after them ("EXCLUSIVE – ", "UPDATE - ",
/// "EDITOR'S NOTE — ") are no places.
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

/// Words in capitals that open a line as a dateline's place would, but
/// label the story or a picture.
/// A label's first word is enough ("BREAKING NEWS", "EDITOR'S NOTE").
const LABELS: [&str; 20] = [
    "ANALYSIS",
    "BREAKING",
    "COMMENTARY",
    "CORRECTION",
    "EDITOR'S",
    "EDITORS",
    "EDITORIAL",
    "EXCLUSIVE",
    "FACT",
    "FILE",
    "LIVE",
    "OPINION",
    "PHOTOS",
    "READ",
    "REVIEW",
    "UPDATE",
    "UPDATED",
    "URGENT",
    "VIDEO",
    "WATCH",
];

/// The end of a dateline starting at `at` (`dateline`), if one does.
fn dateline_at(b: &[u8], at: usize) -> Option<usize> {
    let mut k = at;
    // A lower-case letter before any comma: the state after the city may
    // be in title case ("ORLANDO, Fla."), the city not.
    let mut lower = false;
    let mut comma = false;
    let mut word_start = true;
    // The place: words opening with a capital, with dots, commas, spaces
    // and inner hyphens ("ST. LOUIS", "COLUMBIA, S.C.", "WILKES-BARRE"),
    // a slash between two ("NEW YORK/WASHINGTON"), any byte outside ASCII
    // (for letters such as "SÃO PAULO"), and after a comma a date ("Nov
    // 27"), at most 40 bytes.
    while k < b.len() && k - at < 40 {
        let c = b[k];
        let rest = &b[k..];
        if rest.starts_with("—".as_bytes()) || rest.starts_with("–".as_bytes()) {
            break;
        }
        if c.is_ascii_alphabetic() {
            if word_start && !c.is_ascii_uppercase() {
                return None;
            }
            lower |= !comma && c.is_ascii_lowercase();
            word_start = false;
        } else if c >= 0x80 || (comma && c.is_ascii_digit()) {
            word_start = false;
        } else if c == b'-'
            && k > at
            && b[k - 1].is_ascii_alphabetic()
            && b.get(k + 1).is_some_and(u8::is_ascii_uppercase)
        {
            word_start = true;
        } else if c == b'/' && k > at && b.get(k + 1).is_some_and(u8::is_ascii_uppercase) {
            // "NEW YORK/WASHINGTON (Reuters) -": two places.
            word_start = true;
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
    let place = std::str::from_utf8(&b[at..k]).unwrap_or("").trim_end();
    // A label has no agency after it ("LIVE OAK, Fla. (AP)" is a town).
    let first_word = place.split([' ', ',']).next().unwrap_or("");
    let labelled = LABELS.contains(&first_word.replace('’', "'").as_str());
    let blank = |b: &[u8], k: &mut usize| loop {
        if b.get(*k) == Some(&b' ') {
            *k += 1;
        } else if b[*k..].starts_with("\u{a0}".as_bytes()) {
            *k += 2;
        } else {
            break;
        }
    };
    blank(b, &mut k);
    // A news agency in brackets: "(AP)", "(Reuters)"; not a party, "(R)".
    // After a place in title case only an agency in capitals ("New York
    // (AFP)"), not "Donald Trump (Republican)".
    let mut agency = false;
    if b.get(k) == Some(&b'(') {
        let close = b[k..b.len().min(k + 24)].iter().position(|&c| c == b')')?;
        let name = &b[k + 1..k + close];
        agency = close > 2
            && name.iter().all(|c| c.is_ascii_alphabetic() || *c == b' ')
            && (!lower || name.iter().all(|c| !c.is_ascii_lowercase()));
        if !agency {
            return None;
        }
        k += close + 1;
        blank(b, &mut k);
    }
    if (lower || labelled) && !agency {
        return None;
    }
    // The dash: "-", "--", an en or em dash.
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
    k += dash;
    // Spaces, no-break spaces or nothing, then a sentence: a capital, a
    // digit, a quotation mark ('"', "''", a curly one) or any byte outside
    // ASCII; on a line that goes on and ends as a sentence does, with a
    // full stop, question or exclamation mark or closing quotation mark (a
    // headline with a dash ends with a word: "US - China trade talks
    // resume in Beijing as U.S. negotiators seek a deal").
    blank(b, &mut k);
    let opens = b.get(k).is_some_and(|&c| {
        c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'"' || c == b'\'' || c >= 0x80
    });
    let line = &b[k..k + b[k..].iter().take_while(|&&c| c != b'\n').count()];
    let line = line.trim_ascii_end();
    let ends_sentence = line.ends_with(b".")
        || line.ends_with(b"?")
        || line.ends_with(b"!")
        || line.ends_with("”".as_bytes())
        || line.ends_with(b"\"")
        || line.ends_with(b"'");
    (opens && line.len() >= 40 && ends_sentence).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::dateline;

    fn place(text: &str) -> &str {
        &text[dateline(text)]
    }

    // A sentence long enough to be a story's first.
    const BODY: &str = "Mayor Ann Brandt toured the flooded streets on Monday.";

    #[test]
    fn wire_datelines_are_found_at_a_line_start() {
        for (dateline_text, rest) in [
            ("WASHINGTON (AP) — ", BODY),
            ("MANCHESTER, N.H. - ", BODY),
            ("ORLANDO, Fla. -- ", BODY),
            ("New York (AFP) – ", BODY),
            ("LONDON, Nov 27 (Reuters) - ", BODY),
            ("WASHINGTON, Jan. 5 (UPI) -- ", BODY),
            ("SÃO PAULO (Reuters) - ", BODY),
            ("WILKES-BARRE, Pa. (AP) — ", BODY),
            ("WASHINGTON—", BODY),
            ("BOSTON —\u{a0}", BODY),
            ("WASHINGTON --  ", BODY),
            ("NEW YORK/WASHINGTON (Reuters) - ", BODY),
            (
                "LOS ANGELES -- ",
                "''The stories were true,'' she said on Monday.",
            ),
        ] {
            let text = format!("Flood hits town\n\n{dateline_text}{rest}");
            assert_eq!(place(&text), dateline_text, "{text}");
        }
        // The first line that holds one: a headline with a dash, a caption
        // or a note before it is passed over (a headline holding a full
        // stop, "U.S.", still ends with a word); a town whose name opens
        // as a label does ("LIVE OAK") is one, with its agency.
        for (before, dateline_text) in [
            ("US - China talks stall\n\n", "BEIJING (Reuters) - "),
            (
                "FILE - In this Oct. 5 file photo, a crowd waits.\n",
                "KESTREL BAY, Ore. (AP) — ",
            ),
            (
                "EDITOR'S NOTE — This story is part of a series on floods.\n\n",
                "KESTREL BAY, Ore. (AP) — ",
            ),
            (
                "US - China trade talks resume in Beijing as negotiators seek a deal\n\n",
                "BEIJING (Reuters) - ",
            ),
            (
                "US - China talks resume as U.S. negotiators seek a deal\n\n",
                "BEIJING (Reuters) - ",
            ),
            ("Fire\n\n", "LIVE OAK, Fla. (AP) — "),
        ] {
            let text = format!("{before}{dateline_text}{BODY}");
            assert_eq!(place(&text), dateline_text, "{text}");
        }
    }

    #[test]
    fn sentences_with_dashes_are_no_datelines() {
        // A title-case place with no agency, a sentence with a dash, a
        // dash inside a line, a dash-set aside after an acronym, a party
        // in brackets, labels, a short headline.
        for text in [
            format!("New York – the city – voted. {BODY}"),
            format!("But one naysayer remained — Sanders. {BODY}"),
            format!("The vote was close. WASHINGTON — {BODY}"),
            format!("NATO — the alliance of 32 nations — met on Monday. {BODY}"),
            format!("Sen. Ted Cruz (R) - {BODY}"),
            format!("EXCLUSIVE – {BODY}"),
            format!("UPDATE - {BODY}"),
            format!("BREAKING NEWS - {BODY}"),
            format!("Donald Trump (Republican) – {BODY}"),
            "US - China talks stall".to_string(),
            String::new(),
        ] {
            assert_eq!(dateline(&text), 0..0, "{text}");
        }
    }
}
