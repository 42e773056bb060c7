//! The text layer of whosaid: a [`Document`] with its paragraphs, sentences,
//! tokens and quotation spans, all as byte [`Span`]s into the original text,
//! and an [`OffsetMap`] that turns byte offsets into character offsets (and
//! back) and line/column positions at the output edge.
//!
//! Nothing here allocates per character or rewrites the text: every span
//! points into the string the caller gave. The one copy is
//! [`mask_markdown`]'s, for Markdown input: the prose kept byte for byte,
//! everything else blanked to spaces, so its offsets are the file's.

mod document;
mod markdown;
mod offsets;
mod quotes;
mod sentences;
mod span;
mod tokens;

pub use document::Document;
pub use markdown::{Masked, mask_markdown, mask_mdx, mask_plain};
pub use offsets::{LineCol, OffsetMap};
pub use quotes::{Quotation, QuoteStyle, quotations};
pub use sentences::{paragraphs, split_sentences};
pub use span::Span;
pub use tokens::{Token, TokenKind, is_general_punctuation, tokenize};

/// Removes a leading UTF-8 byte order mark, the way offsets are defined for
/// every output of the tool.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}
