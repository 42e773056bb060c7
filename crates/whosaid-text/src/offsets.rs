/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column in characters, starting at 1.
    pub column: usize,
}

/// Maps byte offsets into a text to character offsets and to line/column
/// positions.
///
/// Pure ASCII text (most news) maps bytes to characters one to one; other text
/// keeps one checkpoint per multi-byte character, so the map stays small.
#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// For each multi-byte character: (byte offset just after it, extra bytes
    /// seen so far including it). Sorted by byte offset.
    wide: Vec<(usize, usize)>,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
    len: usize,
}

impl OffsetMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0;
            let bytes = text.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                // News text is nearly all ASCII with a curly quote here and
                // there: skip eight ASCII bytes at a time.
                if let Some(chunk) = bytes
                    .get(i..i + 8)
                    .and_then(|c| <[u8; 8]>::try_from(c).ok())
                    && u64::from_ne_bytes(chunk) & 0x8080_8080_8080_8080 == 0
                {
                    i += 8;
                    continue;
                }
                // A lead byte tells the width of its character; no need to
                // decode.
                let n = match bytes[i] {
                    0xc0..=0xdf => 2,
                    0xe0..=0xef => 3,
                    0xf0..=0xff => 4,
                    _ => 1,
                };
                if n > 1 {
                    extra += n - 1;
                    wide.push((i + n, extra));
                }
                i += 1;
            }
        }
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            // A lone CR ends a line as well as LF and CRLF do.
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                line_starts.push(i + 1);
            }
        }
        OffsetMap {
            wide,
            line_starts,
            len: text.len(),
        }
    }

    /// The character offset of byte offset `byte` (clamped to the text); a
    /// byte inside a multi-byte character maps to that character.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        // Number of wide characters that end at or before `byte`.
        let k = self.wide.partition_point(|&(end, _)| end <= byte);
        let extra_before = k.checked_sub(1).map_or(0, |j| self.wide[j].1);
        if let Some(&(end, extra)) = self.wide.get(k) {
            let start = end - (extra - extra_before) - 1;
            if byte > start {
                return start - extra_before;
            }
        }
        byte - extra_before
    }

    /// The byte offset of character `char_offset` (the inverse of
    /// [`OffsetMap::char_offset`]); past the end, the text's length.
    pub fn byte_offset(&self, char_offset: usize) -> usize {
        // A wide character ending at byte `end` with `extra` bytes beyond
        // one per character so far starts at character `end - 1 - extra`.
        let k = self
            .wide
            .partition_point(|&(end, extra)| end - 1 - extra < char_offset);
        let extra_before = k.checked_sub(1).map_or(0, |j| self.wide[j].1);
        (char_offset + extra_before).min(self.len)
    }

    /// The 1-based line and character column of byte offset `byte`.
    pub fn line_col(&self, byte: usize) -> LineCol {
        let byte = byte.min(self.len);
        let line = self.line_starts.partition_point(|&s| s <= byte);
        let start = self.line_starts[line - 1];
        LineCol {
            line,
            column: self.char_offset(byte) - self.char_offset(start) + 1,
        }
    }

    /// Number of lines in the text.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let m = OffsetMap::new("abc\ndef");
        assert_eq!(m.char_offset(5), 5);
        assert_eq!(m.line_col(5), LineCol { line: 2, column: 2 });
    }

    #[test]
    fn multibyte_counts_characters() {
        let text = "“Hé” said é\nnext";
        let m = OffsetMap::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(m.char_offset(bi), ci, "byte {bi}");
        }
        assert_eq!(m.char_offset(text.len()), text.chars().count());
        let next = text.find("next").unwrap();
        assert_eq!(m.line_col(next), LineCol { line: 2, column: 1 });
        let e = text.rfind('é').unwrap();
        assert_eq!(m.line_col(e).column, 11);
    }

    #[test]
    fn byte_offset_inverts_char_offset() {
        let text = "“Hé” said é😀\nnext";
        let m = OffsetMap::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(m.byte_offset(ci), bi, "char {ci}");
        }
        let n = text.chars().count();
        assert_eq!(m.byte_offset(n), text.len());
        assert_eq!(m.byte_offset(n + 5), text.len());
    }

    #[test]
    fn wide_characters_after_ascii_runs_of_any_length() {
        // The scan skips ASCII eight bytes at a time: a wide character must
        // be seen wherever it falls in or after such a run.
        for k in 0..20 {
            let run = "a".repeat(k);
            let text = format!("{run}é{run}“x”{run}😀{run}");
            let m = OffsetMap::new(&text);
            for (ci, (bi, _)) in text.char_indices().enumerate() {
                assert_eq!(m.char_offset(bi), ci, "run {k}, byte {bi}");
            }
            assert_eq!(m.char_offset(text.len()), text.chars().count());
        }
    }

    #[test]
    fn cr_and_crlf_end_lines() {
        let m = OffsetMap::new("a\r\nb\rc");
        assert_eq!(m.line_col(3).line, 2);
        assert_eq!(m.line_col(5).line, 3);
        assert_eq!(m.line_count(), 3);
    }
}
