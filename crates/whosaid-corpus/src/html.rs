//! HTML to plain text: enough for news pages, not a conforming parser.

use crate::encoding::cp1252_char;

/// Elements whose content is never prose.
const DROPPED: &[&str] = &["script", "style", "noscript", "template", "svg", "head"];

/// Elements that start or end a paragraph of their own.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "title",
    "tr",
    "ul",
];

/// Turns HTML into text: tags removed, the content of `script`, `style`,
/// `noscript`, `template`, `svg` and `head` dropped (so a page's `<title>`,
/// usually a copy of its headline, is not read twice), block elements separated by blank lines (`br`
/// by a line break), runs of source whitespace collapsed to one space, and
/// character references decoded (see [`decode_entities`]).
pub fn strip_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        let after = &rest[lt + 1..];
        if let Some(body) = after.strip_prefix("!--") {
            rest = body.find("-->").map_or("", |e| &body[e + 3..]);
            continue;
        }
        let starts_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!' || c == '?');
        if !starts_tag {
            // A bare '<' in text, as in "a < b".
            push_text(&mut out, "<");
            rest = after;
            continue;
        }
        // An unterminated tag at the end is markup, not text.
        let Some(gt) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !closing && DROPPED.contains(&name.as_str()) && !tag.ends_with('/') {
            // No break: an inline script sits inside a sentence.
            rest = skip_element(rest, &name);
        } else if name == "br" {
            push_break(&mut out, "\n");
        } else if BLOCKS.contains(&name.as_str()) {
            push_break(&mut out, "\n\n");
        }
    }
    push_text(&mut out, rest);
    tidy(&out)
}

/// Everything after the matching close tag of `name`, or nothing when it is
/// never closed (browsers drop the rest of the document in that case too).
fn skip_element<'a>(rest: &'a str, name: &str) -> &'a str {
    let close = format!("</{name}");
    let mut from = 0;
    while let Some(i) = find_ascii_ci(&rest[from..], &close) {
        let at = from + i;
        let tail = &rest[at + close.len()..];
        // `</scripts>` is not `</script>`.
        if tail
            .chars()
            .next()
            .is_none_or(|c| c == '>' || c.is_whitespace() || c == '/')
        {
            return tail.find('>').map_or("", |g| &tail[g + 1..]);
        }
        from = at + close.len();
    }
    ""
}

fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    hay.as_bytes()
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
}

fn push_text(out: &mut String, raw: &str) {
    if raw.is_empty() {
        return;
    }
    // Only ASCII whitespace collapses: a decoded &nbsp; is meant to stay.
    let mut last_space = out.ends_with([' ', '\n']) || out.is_empty();
    for c in decode_entities(raw).chars() {
        if c.is_ascii_whitespace() {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
        } else {
            out.push(c);
            last_space = false;
        }
    }
}

fn push_break(out: &mut String, brk: &str) {
    while out.ends_with(' ') {
        out.pop();
    }
    out.push_str(brk);
}

/// Lines trimmed, at most one blank line in a row, no blank lines at the
/// ends.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank_run = 0;
    for line in s.split('\n') {
        let line = line.trim_matches(' ');
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run >= 2 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "mdash" => '—',
        "ndash" => '–',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "sbquo" => '‚',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "euro" => '€',
        "pound" => '£',
        "middot" => '·',
        "bull" => '•',
        "shy" => '\u{AD}',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "oacute" => 'ó',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "ntilde" => 'ñ',
        "szlig" => 'ß',
        _ => return None,
    })
}

fn numeric_entity(body: &str) -> Option<char> {
    let n = if let Some(hex) = body.strip_prefix(['x', 'X']) {
        u32::from_str_radix(hex, 16).ok()?
    } else {
        body.parse::<u32>().ok()?
    };
    Some(match n {
        // Pages written on Windows put code page bytes in references;
        // browsers read them as Windows-1252, so do the same.
        0x80..=0x9F => cp1252_char(n as u8),
        0 => char::REPLACEMENT_CHARACTER,
        _ => char::from_u32(n).unwrap_or(char::REPLACEMENT_CHARACTER),
    })
}

/// Decodes character references: the common named ones (`&amp;`, `&lt;`,
/// `&gt;`, `&quot;`, `&apos;`, `&nbsp;`, dashes, curly quotes, `&hellip;`
/// and a few more) and numeric ones (`&#8220;`, `&#x201C;`). An unknown or
/// unterminated reference is kept as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        // References are short; looking further would swallow prose.
        let semi = after.char_indices().take(12).find(|&(_, c)| c == ';');
        let decoded = semi.and_then(|(i, _)| {
            let body = &after[..i];
            let c = match body.strip_prefix('#') {
                Some(num) => numeric_entity(num),
                None => named_entity(body),
            }?;
            Some((c, i + 1))
        });
        match decoded {
            Some((c, used)) => {
                out.push(c);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a &amp; b &lt;c&gt; &quot;q&quot; &apos;s&apos;"),
            "a & b <c> \"q\" 's'"
        );
        assert_eq!(
            decode_entities("&ldquo;Hi&rdquo; &lsquo;x&rsquo; &mdash; &ndash; &hellip;&nbsp;"),
            "“Hi” ‘x’ — – …\u{A0}"
        );
        assert_eq!(decode_entities("&#8220;&#x201D;&#X41;&#150;"), "“”A–");
        assert_eq!(
            decode_entities("&#0;&#xD800;&#99999999;"),
            "\u{FFFD}\u{FFFD}\u{FFFD}"
        );
        assert_eq!(
            decode_entities("AT&T &unknown; & &#xZZ; &amp"),
            "AT&T &unknown; & &#xZZ; &amp"
        );
    }

    #[test]
    fn strips_tags_and_drops_scripts() {
        let html = r#"<!DOCTYPE html><html><head><title>T</title>
<style>p { color: red }</style></head>
<body><script type="text/javascript">var x = "<p>not text</p>";</script>
<h1>Headline</h1><p>The  mayor   said
<b>&ldquo;no&rdquo;</b>.<br>Next line.</p><!-- comment <p>hidden</p> -->
<div>a &lt; b<SCRIPT>bad()</SCRIPT> end</div><p>x < y</p></body></html>"#;
        assert_eq!(
            strip_html(html),
            "Headline\n\nThe mayor said “no”.\nNext line.\n\na < b end\n\nx < y"
        );
    }

    #[test]
    fn odd_markup_never_panics() {
        for s in [
            "",
            "<",
            "<p",
            "<!--",
            "<script>",
            "</",
            "&",
            "&#",
            "<<>>",
            "é<é>é",
            "<a href='>'>x",
            "&#x;",
            "<scripts>y</scripts>",
        ] {
            let _ = strip_html(s);
        }
        assert_eq!(strip_html("<script>x</scripts>y"), "");
        assert_eq!(strip_html("<b>bold</b> text"), "bold text");
    }
}
