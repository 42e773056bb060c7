//! Markdown input (for `whosaid extract` and `whosaid check`): everything
//! that is not prose (front matter, fenced and indented code, inline code,
//! HTML and comments, link and image targets, markup characters) is
//! blanked out with spaces of the same byte length,
//! keeping line breaks, so every byte offset in the masked text is the same
//! byte in the original file.

use crate::Span;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// A text with its non-prose regions blanked, and the HTML comments found
/// (in original byte offsets) for suppression directives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Masked {
    /// Same byte length as the input; blanked bytes are spaces.
    pub text: String,
    /// `<!-- … -->` comments, marks included.
    pub comments: Vec<Span>,
}

fn blank_all(text: &str) -> Vec<u8> {
    text.bytes()
        .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
        .collect()
}

fn finish(bytes: Vec<u8>, original: &str) -> String {
    // Kept ranges lie on character boundaries and everything else is ASCII,
    // so this cannot fail; fall back to an all-blank text rather than panic.
    String::from_utf8(bytes)
        .unwrap_or_else(|_| String::from_utf8_lossy(&blank_all(original)).into_owned())
}

/// HTML comments inside `range` of `text`.
fn comments_in(text: &str, range: Span, out: &mut Vec<Span>) {
    let s = range.text(text);
    let mut from = 0;
    while let Some(k) = s[from..].find("<!--") {
        let start = from + k;
        let end = match s[start + 4..].find("-->") {
            Some(e) => start + 4 + e + 3,
            None => s.len(),
        };
        out.push(Span::new(range.start + start, range.start + end));
        from = end;
    }
}

/// Masks a plain-text file: only `<!-- … -->` comments (suppression
/// directives) are blanked.
pub fn mask_plain(text: &str) -> Masked {
    let mut comments = Vec::new();
    comments_in(text, Span::new(0, text.len()), &mut comments);
    if comments.is_empty() {
        return Masked {
            text: text.to_string(),
            comments,
        };
    }
    let mut bytes = text.as_bytes().to_vec();
    for c in &comments {
        for b in &mut bytes[c.range()] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    Masked {
        text: finish(bytes, text),
        comments,
    }
}

/// Masks a Markdown file: keeps only the prose text of paragraphs, headings,
/// lists, block quotes, emphasis and link texts.
pub fn mask_markdown(text: &str) -> Masked {
    let opts = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut bytes = blank_all(text);
    let src = text.as_bytes();
    let mut comments = Vec::new();
    // Depth of regions whose text is not prose: code blocks, front matter,
    // image alt text, autolinks.
    let mut skip = 0usize;
    // For each open link: is it an autolink (its text is the URL)?
    let mut links: Vec<bool> = Vec::new();
    // Where the open HTML block began: the parser gives a block one event
    // per line, and a comment over several lines must be read whole.
    let mut html_block: Option<usize> = None;
    for (event, range) in Parser::new_ext(text, opts).into_offset_iter() {
        let range = Span::new(range.start.min(text.len()), range.end.min(text.len()));
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::Image { .. }) => {
                skip += 1
            }
            Event::Start(Tag::Link { link_type, .. }) => {
                let auto = matches!(link_type, LinkType::Autolink | LinkType::Email);
                links.push(auto);
                skip += usize::from(auto);
            }
            Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::Image) => {
                skip = skip.saturating_sub(1)
            }
            Event::End(TagEnd::Link) if links.pop() == Some(true) => {
                skip = skip.saturating_sub(1);
            }
            Event::Text(_) if skip == 0 => {
                bytes[range.range()].copy_from_slice(&src[range.range()]);
            }
            Event::Start(Tag::HtmlBlock) => html_block = Some(range.start),
            Event::End(TagEnd::HtmlBlock) => {
                if let Some(start) = html_block.take() {
                    comments_in(text, Span::new(start, range.end.max(start)), &mut comments);
                }
            }
            Event::Html(_) if html_block.is_some() => {}
            Event::Html(_) | Event::InlineHtml(_) => comments_in(text, range, &mut comments),
            _ => {}
        }
    }
    comments.sort();
    comments.dedup();
    Masked {
        text: finish(bytes, text),
        comments,
    }
}

/// Masks an MDX file: as Markdown, and its ESM blocks too (`import …` and
/// `export const meta = { title: "…" }`, from a line opening with `import`
/// or `export` to the next blank line), whose strings are code, not quoted
/// speech. JSX elements are HTML to the Markdown parser and already blank.
pub fn mask_mdx(text: &str) -> Masked {
    let mut m = mask_markdown(text);
    let mut bytes = std::mem::take(&mut m.text).into_bytes();
    let mut esm = false;
    let mut start = 0;
    while start < bytes.len() {
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |k| start + k + 1);
        let line = &bytes[start..end];
        if line.iter().all(u8::is_ascii_whitespace) {
            esm = false;
        } else if !esm {
            // Code blocks are blank already, so a keyword there is not seen.
            esm = ["import", "export"].iter().any(|k| {
                line.starts_with(k.as_bytes())
                    && line
                        .get(k.len())
                        .is_some_and(|&b| b == b' ' || b == b'{' || b == b'*')
            });
        }
        if esm {
            for b in &mut bytes[start..end] {
                if *b != b'\n' && *b != b'\r' {
                    *b = b' ';
                }
            }
        }
        start = end;
    }
    m.text = finish(bytes, text);
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mdx_esm_blocks_are_blank_and_prose_is_kept() {
        let mdx = "import { Chart } from \"./Chart\"\nexport const meta = {\n  title: \"Budget fight\",\n}\n\n# Budget\n\nexport tariffs rose, \"a lot,\" she said.\n\n```\nimport \"x\"\n```\n";
        let m = mask_mdx(mdx);
        assert_eq!(m.text.len(), mdx.len());
        assert!(!m.text.contains("Chart") && !m.text.contains("Budget fight"));
        assert!(m.text.contains("Budget"));
        // A paragraph after a blank line that merely opens with the word is
        // ESM to MDX as well; prose after the ESM block is kept.
        assert!(!m.text.contains("tariffs"), "{}", m.text);
        assert_eq!(
            mask_markdown("# A\n\nSmith said it.\n").text,
            mask_mdx("# A\n\nSmith said it.\n").text
        );
    }

    #[test]
    fn masks_non_prose_and_keeps_offsets() {
        let md = "---\ntitle: \"x\"\n---\n# Head\n\nSee [the “report”](http://a.b/\"q\") and `code \"x`.\n\n```\n\"open\n```\n\n<!-- whosaid-disable WS001 -->\nText <https://x.y> ![alt \"z\"](i.png).\n";
        let m = mask_markdown(md);
        assert_eq!(m.text.len(), md.len());
        assert_eq!(m.text.matches('\n').count(), md.matches('\n').count());
        assert!(!m.text.contains("title"));
        assert!(!m.text.contains("http"));
        assert!(!m.text.contains("code"));
        assert!(!m.text.contains("open"));
        assert!(!m.text.contains("alt"));
        assert!(m.text.contains("the “report”"));
        assert!(m.text.contains("Head"));
        let at = md.find("the “report”").unwrap();
        assert_eq!(&m.text[at..at + "the “report”".len()], "the “report”");
        assert_eq!(m.comments.len(), 1);
        assert_eq!(m.comments[0].text(md), "<!-- whosaid-disable WS001 -->");
    }

    #[test]
    fn a_comment_over_several_lines_is_one_comment() {
        for md in [
            "Intro.\n\n<!--\nwhosaid-disable-next-line WS004\n-->\nTom said it.\n",
            "Intro.\n\n<!-- whosaid-disable-next-line WS004\n-->\nTom said it.\n",
            "Intro. <!-- whosaid-disable\nWS004 --> Tom said it.\n",
        ] {
            let m = mask_markdown(md);
            assert_eq!(m.comments.len(), 1, "{md:?}: {:?}", m.comments);
            let c = m.comments[0].text(md);
            assert!(c.starts_with("<!--") && c.ends_with("-->"), "{c:?}");
            assert_eq!(m.text.len(), md.len());
        }
    }

    #[test]
    fn plain_text_blanks_only_comments() {
        let t = "A \"b\" <!-- whosaid-disable-file --> c";
        let m = mask_plain(t);
        assert_eq!(m.comments.len(), 1);
        assert_eq!(m.text.len(), t.len());
        assert!(m.text.starts_with("A \"b\" "));
        assert!(!m.text.contains("whosaid"));
    }

    #[test]
    fn unclosed_fence_and_front_matter_only() {
        for md in ["```\n\"a", "---\na: b\n---\n", "", "<!--", "[a](", "> \"x"] {
            let m = mask_markdown(md);
            assert_eq!(m.text.len(), md.len());
        }
    }
}
