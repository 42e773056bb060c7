//! Character encodings: byte order marks, UTF-16 and the Windows-1252
//! fallback for text that is not UTF-8.

use std::io::{self, BufRead, Read};

use crate::input::DocError;

/// How the bytes of an input are turned into text.
///
/// Whatever the choice, a byte order mark at the start of a stream is
/// honoured: a UTF-8 BOM is dropped and a UTF-16 LE/BE BOM switches the
/// whole stream to UTF-16, because a BOM is a stronger statement about the
/// bytes than any default. Without a BOM, a stream whose first bytes hold
/// a zero in nearly every other byte is read as UTF-16 too (Latin-script
/// text saved as "Unicode" on Windows), as no UTF-8 or Windows-1252 text
/// holds zero bytes.
///
/// UTF-16 with an unpaired surrogate or an odd last byte is damaged as
/// invalid UTF-8 is: under [`Encoding::Utf8`] the streaming readers
/// ([`open_source`](crate::open_source)) make the document (line, record)
/// an error naming its byte offset, under [`Encoding::Auto`] each damaged
/// code unit becomes U+FFFD with [`UTF16_REPLACED_NOTE`]. [`decode_bytes`]
/// does the same for a whole file ([`DocError::Utf16`] under
/// [`Encoding::Utf8`], else U+FFFD).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8, with each byte that is not part of a valid UTF-8 sequence
    /// read as the Windows-1252 character it stands for; a document (or
    /// JSONL line, or CSV field) that holds such bytes says so in
    /// [`Record::note`](crate::Record::note). A UTF-8 article with one
    /// pasted Windows-1252 curly quote keeps its other accented letters,
    /// and a Windows-1252 file, whose high bytes almost never form valid
    /// UTF-8, is read as Windows-1252 throughout.
    #[default]
    Auto,
    /// Strict UTF-8: invalid bytes make the document an error with their
    /// byte offset.
    Utf8,
    /// Every byte is a Windows-1252 character (a superset of Latin-1 for
    /// printable text), so decoding never fails.
    Windows1252,
}

impl std::str::FromStr for Encoding {
    type Err = String;

    /// Parses a command-line spelling: `auto`, `utf-8` (or `utf8`),
    /// `windows-1252` (or `cp1252`, `latin1`, `latin-1`, `iso-8859-1`), in
    /// any case. Latin-1 is accepted as a name for Windows-1252 because the
    /// two agree on every printable Latin-1 character.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Encoding::Auto),
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "windows-1252" | "cp1252" | "latin1" | "latin-1" | "iso-8859-1" => {
                Ok(Encoding::Windows1252)
            }
            _ => Err(format!(
                "unknown encoding {s:?}; expected auto, utf-8 or windows-1252"
            )),
        }
    }
}

/// The note put on a record whose bytes were not UTF-8 and were read as
/// Windows-1252 under [`Encoding::Auto`].
pub const WINDOWS_1252_NOTE: &str = "decoded as Windows-1252";

/// The note put on a record of a UTF-16 stream whose damaged code units
/// (an unpaired surrogate, an odd last byte) became U+FFFD under
/// [`Encoding::Auto`].
pub const UTF16_REPLACED_NOTE: &str = "invalid UTF-16 replaced by U+FFFD";

/// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five bytes the
/// code page leaves undefined keep their C1 control meaning, as browsers do.
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// The character a Windows-1252 byte stands for.
pub(crate) fn cp1252_char(b: u8) -> char {
    match b {
        0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Decodes bytes as Windows-1252; every byte sequence is valid.
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| cp1252_char(b)).collect()
}

/// Decodes bytes as UTF-8 where they are valid UTF-8 and as Windows-1252
/// byte by byte where they are not ([`Encoding::Auto`]). Decoding the
/// whole text as Windows-1252 because of one stray byte would turn every
/// valid multi-byte character of a UTF-8 article into mojibake ("café" as
/// "cafÃ©").
fn decode_utf8_or_1252(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        text.extend(chunk.invalid().iter().map(|&b| cp1252_char(b)));
    }
    text
}

/// Text decoded from bytes, with a note when a fallback was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Set when the bytes were not what the encoding asked for and a fallback
    /// decoded them, e.g. [`WINDOWS_1252_NOTE`].
    pub note: Option<String>,
}

/// Decodes a whole document: BOMs and UTF-16 without one as described on
/// [`Encoding`], then the encoding's rule for the rest. The offset in an error counts from the
/// first byte after any BOM. Damaged UTF-16 is [`DocError::Utf16`] under
/// [`Encoding::Utf8`], as the streaming readers make it, and U+FFFD under
/// the others.
pub fn decode_bytes(bytes: Vec<u8>, encoding: Encoding) -> Result<Decoded, DocError> {
    decode_whole(bytes, encoding).map_err(|bad| match bad {
        BadText::Utf8(bad) => DocError::Encoding { offset: bad.offset },
        BadText::Utf16 { offset, .. } => DocError::Utf16 {
            offset: usize::try_from(offset).unwrap_or(usize::MAX),
        },
    })
}

/// Decodes a whole file read into memory as `whosaid extract` reads a file
/// (see [`decode_bytes`]), and says why it is no text as `extract` says it,
/// naming `file` and the line: bytes that are not UTF-8 or UTF-16 are
/// [`DocError::EncodingAt`] or [`DocError::Utf16At`], unless they hold a
/// NUL, and a decoded text that [`binary_at`] finds binary is
/// [`DocError::Binary`]. `whosaid check` reads its drafts with it, so that a
/// file gets one diagnosis from both commands.
pub fn decode_file(bytes: Vec<u8>, encoding: Encoding, file: &str) -> Result<Decoded, DocError> {
    let decoded = decode_whole(bytes, encoding).map_err(|bad| not_text(file, bad))?;
    match binary_in(file, &decoded.text) {
        Some(e) => Err(e),
        None => Ok(decoded),
    }
}

/// The error of a whole document whose bytes could not be decoded: binary
/// at its first NUL when it has one, else where decoding failed.
pub(crate) fn not_text(file: &str, bad: BadText) -> DocError {
    match bad {
        BadText::Utf8(BadUtf8 {
            nul: Some((offset, newlines_before)),
            ..
        }) => DocError::Binary {
            file: file.to_string(),
            line: 1 + newlines_before as u64,
            offset,
        },
        BadText::Utf8(bad) => DocError::EncodingAt {
            file: file.to_string(),
            line: 1 + bad.newlines_before as u64,
            offset: bad.offset as u64,
        },
        BadText::Utf16 {
            offset,
            newlines_before,
        } => DocError::Utf16At {
            file: file.to_string(),
            line: 1 + newlines_before as u64,
            offset,
        },
    }
}

/// [`DocError::Binary`] for a decoded whole document that [`binary_at`]
/// finds binary.
pub(crate) fn binary_in(file: &str, text: &str) -> Option<DocError> {
    binary_at(text).map(|offset| DocError::Binary {
        file: file.to_string(),
        line: 1 + text[..offset].bytes().filter(|&b| b == b'\n').count() as u64,
        offset,
    })
}

/// [`decode_bytes`] with the place of a failure kept: its line, and a NUL
/// in bytes that are not UTF-8.
fn decode_whole(bytes: Vec<u8>, encoding: Encoding) -> Result<Decoded, BadText> {
    // Damaged UTF-16 is an error under strict UTF-8, as the streaming
    // readers make it; otherwise each damaged unit reads as U+FFFD.
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16| match decode_utf16(rest, unit) {
        (_, Some(offset)) if encoding == Encoding::Utf8 => Err(BadText::Utf16 {
            offset: offset as u64,
            newlines_before: rest[..offset]
                .chunks_exact(2)
                .filter(|c| unit([c[0], c[1]]) == u16::from(b'\n'))
                .count(),
        }),
        (text, _) => Ok(plain(text)),
    };
    let utf8 = |bytes: Vec<u8>| decode_chunk(bytes, encoding).map_err(BadText::Utf8);
    match bytes.as_slice() {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        [0xEF, 0xBB, 0xBF, ..] => utf8(bytes[3..].to_vec()),
        // As the streaming readers do (`normalize_stream`), so that `check`
        // reads such a file as `extract` does.
        _ => match utf16_without_bom(&bytes[..bytes.len().min(SNIFF)]) {
            Some(false) => utf16(&bytes, u16::from_le_bytes),
            Some(true) => utf16(&bytes, u16::from_be_bytes),
            None => utf8(bytes),
        },
    }
}

/// Where decoded text shows itself binary: its first NUL, or its first C0
/// control character when they make up at least one in ten characters (and
/// four or more): a few colour escapes in a short text are still text. Tab,
/// line breaks, form feed, vertical tab (Word's line break) and a DOS
/// end-of-file mark are text. Returns the byte offset in `text`.
///
/// Both `whosaid extract` (a binary file is an error row) and `whosaid
/// check` (a binary file is refused) decide by this.
pub fn binary_at(text: &str) -> Option<usize> {
    if let Some(at) = text.find('\0') {
        return Some(at);
    }
    let control =
        |c: char| c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{1a}');
    let (mut chars, mut controls, mut first) = (0usize, 0usize, None);
    for (at, c) in text.char_indices() {
        chars += 1;
        if control(c) {
            controls += 1;
            first.get_or_insert(at);
        }
    }
    first.filter(|_| controls >= 4 && controls * 10 >= chars)
}

fn plain(text: String) -> Decoded {
    Decoded { text, note: None }
}

/// Where strict UTF-8 decoding of a piece failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BadUtf8 {
    /// Offset of the first invalid byte in the piece.
    pub offset: usize,
    /// Line breaks in the piece before that byte.
    pub newlines_before: usize,
    /// The piece's first NUL byte and the line breaks before it, looked for
    /// only once the piece failed to decode: bytes that are not UTF-8 and
    /// hold a NUL are no text in another encoding but a binary file.
    pub nul: Option<(usize, usize)>,
}

/// Decodes one piece of an already BOM-free stream (a document, a line, a
/// field) by the encoding's rule.
pub(crate) fn decode_chunk(bytes: Vec<u8>, encoding: Encoding) -> Result<Decoded, BadUtf8> {
    if encoding == Encoding::Windows1252 {
        return Ok(plain(decode_windows_1252(&bytes)));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(plain(text)),
        Err(e) if encoding == Encoding::Auto => Ok(Decoded {
            text: decode_utf8_or_1252(e.as_bytes()),
            note: Some(WINDOWS_1252_NOTE.to_string()),
        }),
        Err(e) => {
            let bytes = e.as_bytes();
            let newlines = |end: usize| bytes[..end].iter().filter(|&&b| b == b'\n').count();
            let offset = e.utf8_error().valid_up_to();
            Err(BadUtf8 {
                offset,
                newlines_before: newlines(offset),
                nul: bytes
                    .iter()
                    .position(|&b| b == 0)
                    .map(|at| (at, newlines(at))),
            })
        }
    }
}

/// Where decoding a piece of a stream failed: bytes that are not UTF-8, or
/// a damaged UTF-16 code unit of a stream transcoded from UTF-16.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BadText {
    /// Not UTF-8, at this place in the piece.
    Utf8(BadUtf8),
    /// A damaged UTF-16 code unit.
    Utf16 {
        /// Its byte offset in the UTF-16 stream (after any BOM).
        offset: u64,
        /// Line breaks in the piece before it.
        newlines_before: usize,
    },
}

/// Where a piece of a transcoded stream lies, to find its damaged units'
/// offsets in the UTF-16 bytes.
#[derive(Clone, Copy)]
pub(crate) struct Utf16Place<'a> {
    /// The stream's damage.
    pub damage: &'a Utf16Damage,
    /// Where the piece starts in the transcoded stream, or where its CSV
    /// record does.
    pub start: u64,
    /// Damaged units between `start` and the piece (those of the CSV
    /// fields before it).
    pub skip: usize,
}

/// Decodes one piece of a stream opened by [`normalize_stream`]: `utf16`
/// says where it lies when the stream was transcoded from UTF-16. A
/// transcoded stream is UTF-8 whatever `encoding` says, but for the
/// damaged units, which are an error under [`Encoding::Utf8`] and U+FFFD
/// otherwise.
pub(crate) fn decode_piece(
    bytes: Vec<u8>,
    encoding: Encoding,
    utf16: Option<Utf16Place<'_>>,
) -> Result<Decoded, BadText> {
    let Some(place) = utf16 else {
        return decode_chunk(bytes, encoding).map_err(BadText::Utf8);
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(plain(text)),
        Err(e) if encoding == Encoding::Utf8 => {
            let at = e.utf8_error().valid_up_to();
            let newlines_before = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
            // The first invalid byte is the piece's first damaged unit.
            let offset = place.damage.source_offset(place.start, place.skip);
            Err(BadText::Utf16 {
                offset,
                newlines_before,
            })
        }
        Err(e) => {
            // Each damaged unit is one 0xFF byte, never part of UTF-8,
            // so each becomes one U+FFFD.
            Ok(Decoded {
                text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
                note: Some(UTF16_REPLACED_NOTE.to_string()),
            })
        }
    }
}

/// Where a stream transcoded from UTF-16 had damaged code units: an
/// unpaired surrogate or an odd last byte. The transcoder writes each as
/// the byte [`DAMAGED`], which UTF-8 never holds, so that reading the piece
/// as UTF-8 fails right there, and notes where it was in the UTF-16 bytes.
#[derive(Debug, Default)]
pub(crate) struct Utf16Damage {
    /// (offset in the transcoded stream, offset in the UTF-16 stream), in
    /// order; the readers drop those before the record they read
    /// ([`Utf16Damage::forget_before`]), so a long damaged stream does not
    /// pile them up.
    marks: std::sync::Mutex<std::collections::VecDeque<(u64, u64)>>,
}

impl Utf16Damage {
    fn marks(&self) -> std::sync::MutexGuard<'_, std::collections::VecDeque<(u64, u64)>> {
        self.marks.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn mark(&self, out: u64, source: u64) {
        let mut marks = self.marks();
        // Only a piece's first damaged unit is ever looked up, and pieces
        // drop the marks before them: a bound costs nothing on real text,
        // and keeps a file of nothing but lone surrogates from holding 8
        // bytes of marks per byte (past it, an offset may read 0).
        if marks.len() < MAX_MARKS {
            marks.push_back((out, source));
        }
    }

    /// The UTF-16 offset of the damaged unit that comes `skip` units after
    /// the first at or after `out` in the transcoded stream.
    fn source_offset(&self, out: u64, skip: usize) -> u64 {
        let marks = self.marks();
        let i = marks.partition_point(|&(o, _)| o < out);
        marks
            .get(i.saturating_add(skip))
            .map_or(0, |&(_, source)| source)
    }

    /// Drops the marks before `out`, where a reader starts its next record.
    pub(crate) fn forget_before(&self, out: u64) {
        let mut marks = self.marks();
        while marks.front().is_some_and(|&(o, _)| o < out) {
            marks.pop_front();
        }
    }
}

/// The most damaged units noted at once (16 MB of marks).
const MAX_MARKS: usize = 1 << 20;

/// The byte a damaged UTF-16 code unit becomes in a transcoded stream.
pub(crate) const DAMAGED: u8 = 0xFF;

/// UTF-16 `bytes` as text, unpaired surrogates and a dangling odd byte
/// read as U+FFFD, with the byte offset of the first such damaged unit, if
/// any: one pass gives both what auto reads and what strict refuses.
fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> (String, Option<usize>) {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut s = String::with_capacity(bytes.len());
    let (mut at, mut damaged) = (0, None);
    for r in char::decode_utf16(units) {
        match r {
            Ok(c) => {
                s.push(c);
                at += 2 * c.len_utf16();
            }
            Err(_) => {
                s.push(char::REPLACEMENT_CHARACTER);
                damaged.get_or_insert(at);
                at += 2;
            }
        }
    }
    if bytes.len() % 2 == 1 {
        s.push(char::REPLACEMENT_CHARACTER);
        damaged.get_or_insert(bytes.len() - 1);
    }
    (s, damaged)
}

/// A stream as [`normalize_stream`] hands it on.
pub(crate) struct Normalized {
    /// BOM-free bytes: UTF-8 (damaged units aside) when transcoded.
    pub reader: Box<dyn BufRead + Send>,
    /// Set when the stream was UTF-16 and is transcoded.
    pub utf16: Option<std::sync::Arc<Utf16Damage>>,
}

/// Wraps a stream so that what comes out is BOM-free and, when the stream
/// started with a UTF-16 BOM (or was told UTF-16 by its zero bytes),
/// UTF-8 but for damaged code units (see [`Utf16Damage`]). Line and CSV
/// readers then only ever see ASCII-compatible bytes.
pub(crate) fn normalize_stream<R: Read + Send + 'static>(mut inner: R) -> io::Result<Normalized> {
    // One read may return fewer bytes than the stream has (pipes, gzip
    // block ends), so keep reading until the BOM question is settled: up
    // to SNIFF bytes, or a whole first line of at least 4 (a BOM and two
    // code units), as a live pipe's writer may pause after a line (one
    // JSON Lines record) and that record is to be read now.
    let mut head = Vec::with_capacity(SNIFF);
    let mut buf = [0u8; SNIFF];
    // An error past the BOM bytes belongs to the documents there (a gzip
    // stream cut short): it is handed on at its place rather than failing
    // the whole source at open.
    let mut failed = None;
    while head.len() < SNIFF {
        // As many bytes as one read gives, up to what is still wanted: one
        // system call for most files, not one per byte.
        match inner.read(&mut buf[..SNIFF - head.len()]) {
            Ok(0) => break,
            Ok(n) => {
                head.extend_from_slice(&buf[..n]);
                if head.len() >= 4 && head.contains(&b'\n') {
                    break;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if head.len() < 3 => return Err(e),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    let (skip, utf16) = match head.as_slice() {
        [0xEF, 0xBB, 0xBF, ..] => (3, None),
        [0xFF, 0xFE, ..] => (2, Some(false)),
        [0xFE, 0xFF, ..] => (2, Some(true)),
        _ => (0, utf16_without_bom(&head)),
    };
    let rest = io::Cursor::new(head.split_off(skip)).chain(ErrorFirst {
        error: failed,
        inner,
    });
    let buffered = io::BufReader::with_capacity(64 * 1024, rest);
    Ok(match utf16 {
        Some(big_endian) => {
            let damage = std::sync::Arc::new(Utf16Damage::default());
            let reader = Utf16Reader::new(buffered, big_endian, damage.clone());
            Normalized {
                reader: Box::new(io::BufReader::new(reader)),
                utf16: Some(damage),
            }
        }
        None => Normalized {
            reader: Box::new(buffered),
            utf16: None,
        },
    })
}

/// A reader that first returns a read error met earlier, then reads on.
struct ErrorFirst<R> {
    error: Option<io::Error>,
    inner: R,
}

impl<R: Read> Read for ErrorFirst<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.error.take() {
            Some(e) => Err(e),
            None => self.inner.read(buf),
        }
    }
}

/// How many bytes of a stream are looked at to tell its encoding.
const SNIFF: usize = 64;

/// UTF-16 written without a byte order mark (`Some(true)` big-endian),
/// told by its zero bytes: text in a Latin script has a zero high byte in
/// nearly every code unit, while UTF-8 and Windows-1252 text has no zero
/// byte at all. Read as UTF-8, such a file was all NULs and letters, and
/// gave no sentence and no error.
fn utf16_without_bom(head: &[u8]) -> Option<bool> {
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros = |k: usize| {
        head.iter()
            .skip(k)
            .step_by(2)
            .take(pairs)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    if even == 0 && odd * 4 >= pairs * 3 {
        Some(false)
    } else if odd == 0 && even * 4 >= pairs * 3 {
        Some(true)
    } else {
        None
    }
}

/// Streaming UTF-16 → UTF-8 transcoder. A damaged code unit comes out as
/// the byte [`DAMAGED`], noted in the shared [`Utf16Damage`].
struct Utf16Reader<R> {
    inner: R,
    big_endian: bool,
    /// A high surrogate waiting for its partner across a read boundary,
    /// with its offset.
    pending_high: Option<(u16, u64)>,
    /// An odd byte left over from the last read.
    odd: Option<u8>,
    out: Vec<u8>,
    out_pos: usize,
    /// Bytes handed out before `out`.
    out_base: u64,
    /// Offset of the next code unit in the UTF-16 stream.
    in_pos: u64,
    damage: std::sync::Arc<Utf16Damage>,
    done: bool,
}

impl<R: BufRead> Utf16Reader<R> {
    fn new(inner: R, big_endian: bool, damage: std::sync::Arc<Utf16Damage>) -> Self {
        Utf16Reader {
            inner,
            big_endian,
            pending_high: None,
            odd: None,
            out: Vec::new(),
            out_pos: 0,
            out_base: 0,
            in_pos: 0,
            damage,
            done: false,
        }
    }

    fn push_char(&mut self, c: char) {
        let mut tmp = [0u8; 4];
        self.out
            .extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
    }

    /// A damaged unit at `at` in the UTF-16 stream.
    fn push_damaged(&mut self, at: u64) {
        self.damage.mark(self.out_base + self.out.len() as u64, at);
        self.out.push(DAMAGED);
    }

    fn push_unit(&mut self, u: u16) {
        let at = self.in_pos;
        self.in_pos += 2;
        if let Some((high, high_at)) = self.pending_high.take() {
            if (0xDC00..0xE000).contains(&u) {
                let c = 0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(u) - 0xDC00);
                match char::from_u32(c) {
                    Some(c) => self.push_char(c),
                    None => self.push_damaged(high_at),
                }
                return;
            }
            self.push_damaged(high_at);
        }
        match u {
            0xD800..=0xDBFF => self.pending_high = Some((u, at)),
            0xDC00..=0xDFFF => self.push_damaged(at),
            _ => match char::from_u32(u32::from(u)) {
                Some(c) => self.push_char(c),
                None => self.push_damaged(at),
            },
        }
    }

    fn refill(&mut self) -> io::Result<()> {
        self.out_base += self.out.len() as u64;
        self.out.clear();
        self.out_pos = 0;
        while self.out.is_empty() && !self.done {
            let chunk = self.inner.fill_buf()?.to_vec();
            if chunk.is_empty() {
                self.done = true;
                if let Some((_, at)) = self.pending_high.take() {
                    self.push_damaged(at);
                }
                if self.odd.take().is_some() {
                    let at = self.in_pos;
                    self.push_damaged(at);
                }
                break;
            }
            self.inner.consume(chunk.len());
            let mut bytes = chunk.as_slice();
            // The chunk is non-empty here, so a held odd byte always pairs.
            if let Some(first) = self.odd.take()
                && let Some((&second, rest)) = bytes.split_first()
            {
                self.push_pair([first, second]);
                bytes = rest;
            }
            let mut pairs = bytes.chunks_exact(2);
            for p in pairs.by_ref() {
                self.push_pair([p[0], p[1]]);
            }
            self.odd = pairs.remainder().first().copied();
        }
        Ok(())
    }

    fn push_pair(&mut self, pair: [u8; 2]) {
        let u = if self.big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        };
        self.push_unit(u);
    }
}

impl<R: BufRead> Read for Utf16Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.out_pos >= self.out.len() {
            self.refill()?;
        }
        let avail = &self.out[self.out_pos..];
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.out_pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_text_is_told_by_nuls_or_many_control_characters() {
        assert_eq!(binary_at("GIF89a\u{1}\0\u{1}"), Some(7));
        assert_eq!(binary_at("\u{1}\u{2}\u{3}\u{4} ab"), Some(0));
        // A few colour escapes in a sentence, tabs and form feeds are text.
        assert_eq!(
            binary_at("\u{1b}[1mHe\u{1b}[0m said it was \u{1b}[1mfine\u{1b}[0m, and she agreed."),
            None
        );
        assert_eq!(binary_at("a\tb\r\n\u{c}c\u{b}d\u{1a}"), None);
    }

    #[test]
    fn utf16_without_bom_is_told_by_its_zero_bytes() {
        let text = "The caf\u{e9}\u{2019}s owner said \u{201c}yes.\u{201d}";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, want) in [(le, Some(false)), (be, Some(true))] {
            assert_eq!(utf16_without_bom(&bytes[..bytes.len().min(SNIFF)]), want);
            let mut out = String::new();
            normalize_stream(io::Cursor::new(bytes.clone()))
                .unwrap()
                .reader
                .read_to_string(&mut out)
                .unwrap();
            assert_eq!(out, text);
            // A whole file read at once is decoded the same way.
            assert_eq!(decode_bytes(bytes, Encoding::Utf8).unwrap().text, text);
        }
        for plain in [
            "The mayor said so.".as_bytes(),
            b"a",
            b"",
            b"caf\xe9 au lait",
        ] {
            assert_eq!(utf16_without_bom(plain), None);
        }
    }

    fn utf16(s: &str, be: bool) -> Vec<u8> {
        let mut v = if be {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for u in s.encode_utf16() {
            v.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        v
    }

    #[test]
    fn boms_and_utf16() {
        let s = "Zoë said “hi” 🎉\nline two";
        for be in [false, true] {
            let d = decode_bytes(utf16(s, be), Encoding::Utf8).unwrap();
            assert_eq!(d.text, s);
            let mut out = String::new();
            normalize_stream(io::Cursor::new(utf16(s, be)))
                .unwrap()
                .reader
                .read_to_string(&mut out)
                .unwrap();
            assert_eq!(out, s);
        }
        assert_eq!(
            decode_bytes(b"\xEF\xBB\xBFhi".to_vec(), Encoding::Utf8)
                .unwrap()
                .text,
            "hi"
        );
    }

    #[test]
    fn utf16_stream_survives_tiny_reads() {
        let s = "a🎉b";
        let bytes = utf16(s, false);
        // A 1-byte buffer splits every code unit and the surrogate pair.
        let inner = io::BufReader::with_capacity(1, io::Cursor::new(bytes[2..].to_vec()));
        let mut out = String::new();
        Utf16Reader::new(inner, false, Default::default())
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, s);
    }

    #[test]
    fn broken_utf16_is_an_error_when_strict_and_replaced_otherwise() {
        // Lone high surrogate then 'A', then an odd byte.
        let bytes = [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x42];
        assert_eq!(
            decode_bytes(bytes.to_vec(), Encoding::Utf8).unwrap_err(),
            DocError::Utf16 { offset: 0 }
        );
        for e in [Encoding::Auto, Encoding::Windows1252] {
            let d = decode_bytes(bytes.to_vec(), e).unwrap();
            assert_eq!(d.text, "\u{FFFD}A\u{FFFD}");
        }
        // Only the odd last byte, after 'é' and an emoji (two units).
        let mut v = utf16("é🎉", false);
        v.push(0x42);
        assert_eq!(
            decode_bytes(v, Encoding::Utf8).unwrap_err(),
            DocError::Utf16 { offset: 6 }
        );
        assert_eq!(
            decode_utf16(&utf16("ok", true)[2..], u16::from_be_bytes),
            ("ok".to_string(), None)
        );
    }

    #[test]
    fn damage_marks_are_bounded_and_keep_the_first() {
        let damage = Utf16Damage::default();
        for k in 0..(MAX_MARKS as u64 + 10) {
            damage.mark(k, 2 * k + 2);
        }
        assert_eq!(damage.marks().len(), MAX_MARKS);
        assert_eq!(damage.source_offset(0, 0), 2);
        assert_eq!(damage.source_offset(5, 1), 14);
        damage.forget_before(MAX_MARKS as u64);
        assert!(damage.marks().is_empty());
    }

    #[test]
    fn latin1_strict_and_auto() {
        let bytes = b"caf\xE9 \x93quoted\x94 \x80".to_vec();
        assert_eq!(
            decode_bytes(bytes.clone(), Encoding::Utf8),
            Err(DocError::Encoding { offset: 3 })
        );
        let d = decode_bytes(bytes.clone(), Encoding::Auto).unwrap();
        assert_eq!(d.text, "café “quoted” €");
        assert_eq!(d.note.as_deref(), Some(WINDOWS_1252_NOTE));
        let d = decode_bytes(bytes, Encoding::Windows1252).unwrap();
        assert_eq!(d.text, "café “quoted” €");
        assert_eq!(d.note, None);
        assert_eq!(decode_windows_1252(&[0x81, 0xFF]), "\u{81}ÿ");
    }

    #[test]
    fn auto_keeps_valid_utf8_and_reads_only_stray_bytes_as_windows_1252() {
        // A UTF-8 article with one pasted Windows-1252 curly quote pair.
        let bytes = "The caf\u{e9}\u{2019}s owner, Zo\u{eb}, said "
            .bytes()
            .chain(*b"\x93yes\x94 \xE2\x80 \xF0\x9F\x8E\x89 ok")
            .collect::<Vec<u8>>();
        let d = decode_bytes(bytes, Encoding::Auto).unwrap();
        // A truncated sequence (E2 80) is two Windows-1252 characters; the
        // complete four-byte emoji after it is UTF-8.
        assert_eq!(
            d.text,
            "The caf\u{e9}\u{2019}s owner, Zo\u{eb}, said \u{201c}yes\u{201d} \u{e2}\u{20ac} \u{1F389} ok"
        );
        assert_eq!(d.note.as_deref(), Some(WINDOWS_1252_NOTE));
    }

    #[test]
    fn valid_utf8_has_no_note() {
        let d = decode_bytes("café".as_bytes().to_vec(), Encoding::Auto).unwrap();
        assert_eq!(d, plain("café".into()));
    }

    #[test]
    fn a_file_that_is_no_text_is_said_with_its_line() {
        let said = |bytes: &[u8], encoding| {
            decode_file(bytes.to_vec(), encoding, "f.txt")
                .unwrap_err()
                .to_string()
        };
        // Not UTF-8 and holding a NUL: binary at the NUL, not "not valid
        // UTF-8" with a hint to read it as Windows-1252. Read as
        // Windows-1252, the decoded text is found binary (its 0x89 is
        // three bytes there).
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        for (encoding, at) in [
            (Encoding::Utf8, 8),
            (Encoding::Auto, 10),
            (Encoding::Windows1252, 10),
        ] {
            assert_eq!(
                said(png, encoding),
                format!("f.txt:3: not a text file: a NUL or control character at byte {at}"),
                "{encoding:?}"
            );
        }
        // After a byte order mark, offsets count from the text.
        assert_eq!(
            said(b"\xEF\xBB\xBFok\nno\0", Encoding::Utf8),
            "f.txt:2: not a text file: a NUL or control character at byte 5"
        );
        assert_eq!(
            said(b"ok\nthe caf\xe9", Encoding::Utf8),
            "f.txt:2: not valid UTF-8 at byte 10"
        );
        let mut utf16: Vec<u8> = vec![0xFF, 0xFE];
        utf16.extend("a\nb\n".encode_utf16().flat_map(u16::to_le_bytes));
        utf16.extend([0x00, 0xD8]);
        assert_eq!(
            said(&utf16, Encoding::Utf8),
            "f.txt:3: not valid UTF-16 at byte 8"
        );
        // The old reading is unchanged.
        assert_eq!(
            decode_bytes(png.to_vec(), Encoding::Utf8),
            Err(DocError::Encoding { offset: 0 })
        );
    }
}
