use crate::quotes::quotations_in;
use crate::sentences::sentences_in;
use crate::{OffsetMap, Quotation, Span, Token, paragraphs, tokenize};

/// A document: its text (a leading BOM already removed by the reader), its
/// paragraphs, sentences and quotations, and the offset map for reporting.
/// Tokens are made on demand for any span.
#[derive(Debug, Clone)]
pub struct Document {
    text: String,
    paragraphs: Vec<Span>,
    sentences: Vec<Span>,
    quotations: Vec<Quotation>,
    offsets: OffsetMap,
}

impl Document {
    /// Segments `text` into paragraphs, sentences and quotations.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let paragraphs = paragraphs(&text);
        let sentences = sentences_in(&text, &paragraphs);
        let quotations = quotations_in(&text, &paragraphs);
        let offsets = OffsetMap::new(&text);
        Document {
            text,
            paragraphs,
            sentences,
            quotations,
            offsets,
        }
    }

    /// The text as read.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Paragraph spans in order, trimmed of whitespace.
    pub fn paragraphs(&self) -> &[Span] {
        &self.paragraphs
    }

    /// Sentence spans in order.
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }

    /// Quotation spans ordered by start.
    pub fn quotations(&self) -> &[Quotation] {
        &self.quotations
    }

    /// The byte → character / line map.
    pub fn offsets(&self) -> &OffsetMap {
        &self.offsets
    }

    /// Tokens of `span`, with spans into the whole text.
    pub fn tokens(&self, span: Span) -> Vec<Token> {
        tokenize(&self.text, span)
    }

    /// Index of the sentence holding byte `pos`, or the last one starting
    /// before it.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.start <= pos);
        k.checked_sub(1)
    }

    /// Index of the paragraph holding byte `pos`, or the last one starting
    /// before it.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let k = self.paragraphs.partition_point(|s| s.start <= pos);
        k.checked_sub(1)
    }
}
