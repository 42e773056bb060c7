use crate::{OffsetMap, Quotation, Span, quotations, split_sentences};

/// A document: its text (a leading BOM already removed by the reader), its
/// sentences and quotations, and the offset map for reporting.
#[derive(Debug, Clone)]
pub struct Document {
    text: String,
    sentences: Vec<Span>,
    quotations: Vec<Quotation>,
    offsets: OffsetMap,
}

impl Document {
    /// Segments `text` into sentences and quotations.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let sentences = split_sentences(&text);
        let quotations = quotations(&text);
        let offsets = OffsetMap::new(&text);
        Document {
            text,
            sentences,
            quotations,
            offsets,
        }
    }

    /// The text as read.
    pub fn text(&self) -> &str {
        &self.text
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

    /// Index of the sentence holding byte `pos`, or the last one starting
    /// before it.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.start <= pos);
        k.checked_sub(1)
    }
}
