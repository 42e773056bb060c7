//! Streaming document sources: plain text, HTML, JSON Lines and CSV files,
//! gzip-compressed or not, or standard input.

use std::fs::File;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use serde_json::Value;

use std::sync::Arc;

use crate::encoding::{
    BadText, DAMAGED, Decoded, Encoding, Normalized, Utf16Damage, Utf16Place, binary_in,
    decode_chunk, decode_piece, normalize_stream, not_text,
};
use crate::html::strip_html;
use crate::input::{CorpusError, DocError, InputDoc};

/// How a source's bytes are split into documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Chosen from the file name by [`InputFormat::from_path`]; standard
    /// input is read as text.
    #[default]
    Auto,
    /// The whole file is one document.
    Text,
    /// The whole file is one HTML document, reduced to text by
    /// [`strip_html`](crate::strip_html).
    Html,
    /// One JSON object per line.
    Jsonl,
    /// A CSV file with a header row; one document per record.
    Csv,
}

impl InputFormat {
    /// The format a file name implies, ignoring a trailing `.gz`:
    /// `.jsonl`, `.ndjson` and `.json` → JSON Lines, `.csv` → CSV,
    /// `.html`/`.htm` → HTML, anything else → text. Never returns `Auto`.
    pub fn from_path(path: &Path) -> InputFormat {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
        match ext {
            "jsonl" | "ndjson" | "json" => InputFormat::Jsonl,
            "csv" => InputFormat::Csv,
            "html" | "htm" => InputFormat::Html,
            _ => InputFormat::Text,
        }
    }
}

impl std::str::FromStr for InputFormat {
    type Err = String;

    /// Parses a command-line spelling: `auto`, `text` (or `txt`), `html`,
    /// `jsonl` (or `ndjson`), `csv`, in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(InputFormat::Auto),
            "text" | "txt" => Ok(InputFormat::Text),
            "html" | "htm" => Ok(InputFormat::Html),
            "jsonl" | "ndjson" => Ok(InputFormat::Jsonl),
            "csv" => Ok(InputFormat::Csv),
            _ => Err(format!(
                "unknown input format {s:?}; expected auto, text, html, jsonl or csv"
            )),
        }
    }
}

/// How to read a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceOptions {
    /// The format; `Auto` infers it from the file name.
    pub format: InputFormat,
    /// JSONL field or CSV column holding the document id. When a record
    /// has none, its id is the source's id and its 1-based line number,
    /// `news.jsonl:7` (`-:7` on standard input), which no id of another
    /// record or file can be.
    pub id_field: String,
    /// The user named `id_field`: a CSV file without that column is an
    /// error, as one without the text column is, and a JSON Lines record
    /// without that field gets [`MISSING_ID_NOTE`], where the default `id`
    /// may well be absent from a corpus that has no ids.
    pub id_named: bool,
    /// JSONL field or CSV column holding the document text.
    pub text_field: String,
    /// How bytes become text.
    pub encoding: Encoding,
}

impl Default for SourceOptions {
    fn default() -> Self {
        SourceOptions {
            format: InputFormat::Auto,
            id_field: "id".to_string(),
            id_named: false,
            text_field: "text".to_string(),
            encoding: Encoding::Auto,
        }
    }
}

/// The note on a JSON Lines record without the id field the user named
/// ([`SourceOptions::id_named`]): its id is the source's and its line
/// number instead.
pub const MISSING_ID_NOTE: &str = "no id field: the id is the file and line";

/// One document read from a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The document id: for a text or HTML file its file name (`-` for
    /// standard input); for JSONL and CSV the id field, or the source's id
    /// and the record's 1-based line number (`news.jsonl:7`) when the
    /// record has none.
    pub id: String,
    /// Where the document came from: the path, plus `:line` for JSONL and
    /// CSV records.
    pub source: String,
    /// The text, or why this document could not be read. An error here
    /// affects only this record; the source goes on with the next one.
    pub text: Result<String, DocError>,
    /// A remark on how the text was obtained, e.g.
    /// [`WINDOWS_1252_NOTE`](crate::WINDOWS_1252_NOTE).
    pub note: Option<String>,
}

/// The documents of one source, read lazily: at most one line, CSV record
/// or (for text and HTML) one file is in memory at a time.
pub struct Records {
    state: State,
}

impl std::fmt::Debug for Records {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Records").finish_non_exhaustive()
    }
}

enum State {
    Whole(Option<WholeDoc>),
    Jsonl(JsonlDocs),
    Csv(Box<CsvDocs>),
}

impl Iterator for Records {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        match &mut self.state {
            State::Whole(doc) => doc.take().map(WholeDoc::read),
            State::Jsonl(docs) => docs.next(),
            State::Csv(docs) => docs.next(),
        }
    }
}

/// Opens `path` (`-` for standard input) as a stream of documents.
///
/// A file whose name ends in `.gz`, or whose bytes start with the gzip
/// magic number, is decompressed on the fly. Only problems that make the
/// whole source unreadable are errors here (a missing file, a CSV without
/// the text column); problems with single documents arrive as records whose
/// `text` is an error.
pub fn open_source(path: impl AsRef<Path>, opts: &SourceOptions) -> Result<Records, CorpusError> {
    open_path(path.as_ref(), None, opts)
}

/// [`open_source`] for a discovered document: a text or HTML file's record
/// takes `doc.id` (its path relative to the directory argument) rather than
/// just its file name.
pub fn open_input(doc: &InputDoc, opts: &SourceOptions) -> Result<Records, CorpusError> {
    open_path(&doc.path, Some(doc.id.clone()), opts)
}

fn open_path(
    path: &Path,
    id: Option<String>,
    opts: &SourceOptions,
) -> Result<Records, CorpusError> {
    let is_stdin = path.as_os_str() == "-";
    let err = |source| CorpusError::Path {
        path: path.to_path_buf(),
        source,
    };
    // A regular file's length, so that a whole document is read into a
    // buffer of its size rather than one doubled as it fills (a 20 MB
    // article held 32 MiB through its extraction).
    let mut len = None;
    let raw: Box<dyn Read + Send> = if is_stdin {
        Box::new(io::stdin())
    } else {
        let file = File::open(path).map_err(err)?;
        len = file
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len());
        Box::new(file)
    };
    let named_gz = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let (reader, gz) = gunzip_if_needed(raw, named_gz).map_err(err)?;
    let len = len.filter(|_| !gz);
    let format = match opts.format {
        InputFormat::Auto if is_stdin => InputFormat::Text,
        InputFormat::Auto => InputFormat::from_path(path),
        f => f,
    };
    let id = if let Some(id) = id {
        id
    } else if is_stdin {
        "-".to_string()
    } else {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string())
    };
    open_reader(path, id, reader, len, format, opts)
}

/// Like [`open_source`] for a stream already opened, e.g. an HTTP body or a
/// test buffer. `name` is used in `source` and in errors; `id` is the
/// document id for text and HTML. The stream is not decompressed, and
/// `format` must not be `Auto` (it is taken as text if it is).
pub fn open_stream<R: Read + Send + 'static>(
    name: impl AsRef<Path>,
    id: impl Into<String>,
    reader: R,
    format: InputFormat,
    opts: &SourceOptions,
) -> Result<Records, CorpusError> {
    open_reader(
        name.as_ref(),
        id.into(),
        Box::new(reader),
        None,
        format,
        opts,
    )
}

/// `len` is the length of the stream's bytes when known (a regular file,
/// not compressed).
fn open_reader(
    path: &Path,
    id: String,
    reader: Box<dyn Read + Send>,
    len: Option<u64>,
    format: InputFormat,
    opts: &SourceOptions,
) -> Result<Records, CorpusError> {
    let file = path.display().to_string();
    let Normalized { reader, utf16 } =
        normalize_stream(reader).map_err(|source| CorpusError::Path {
            path: path.to_path_buf(),
            source,
        })?;
    let state = match format {
        InputFormat::Auto | InputFormat::Text | InputFormat::Html => State::Whole(Some(WholeDoc {
            reader,
            id,
            file,
            html: format == InputFormat::Html,
            encoding: opts.encoding,
            // Transcoded UTF-16 is not the file's length.
            len: len.filter(|_| utf16.is_none()),
            utf16,
        })),
        InputFormat::Jsonl => State::Jsonl(JsonlDocs {
            reader,
            file,
            source_id: id,
            seen_line: false,
            line: 0,
            offset: 0,
            buf: Vec::new(),
            done: false,
            id_field: opts.id_field.clone(),
            id_named: opts.id_named,
            text_field: opts.text_field.clone(),
            encoding: opts.encoding,
            utf16,
        }),
        InputFormat::Csv => State::Csv(Box::new(CsvDocs::open(
            reader,
            utf16,
            path.to_path_buf(),
            file,
            id,
            opts,
        )?)),
    };
    Ok(Records { state })
}

/// Gzip is recognised by its magic number as well as its name, so a
/// compressed stream on standard input needs no flag. A `.gz` name forces
/// decompression so that a damaged file reports a gzip error instead of
/// being read as binary text.
fn gunzip_if_needed(
    mut raw: Box<dyn Read + Send>,
    named_gz: bool,
) -> io::Result<(Box<dyn Read + Send>, bool)> {
    let mut head = Vec::with_capacity(2);
    let mut byte = [0u8; 1];
    while head.len() < 2 {
        match raw.read(&mut byte) {
            Ok(0) => break,
            Ok(_) => head.push(byte[0]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let is_gz = named_gz || head == [0x1F, 0x8B];
    let joined = io::Cursor::new(head).chain(raw);
    let reader: Box<dyn Read + Send> = if is_gz {
        // Multi-member: `cat a.gz b.gz` and pigz output are valid gzip.
        Box::new(MultiGzDecoder::new(io::BufReader::new(joined)))
    } else {
        Box::new(joined)
    };
    Ok((reader, is_gz))
}

struct WholeDoc {
    reader: Box<dyn BufRead + Send>,
    id: String,
    file: String,
    html: bool,
    encoding: Encoding,
    /// Set when the stream is transcoded from UTF-16.
    utf16: Option<Arc<Utf16Damage>>,
    /// The file's length, when it is a regular file read as it is.
    len: Option<u64>,
}

impl WholeDoc {
    fn read(mut self) -> Record {
        let mut bytes = Vec::new();
        if let Some(len) = self.len.and_then(|n| usize::try_from(n).ok()) {
            // One byte more, so that the read that finds the end needs no
            // room of its own; a file that grew since is still read whole.
            // Too big a file fails here as it would while reading.
            let _ = bytes.try_reserve_exact(len.saturating_add(1));
        }
        let (text, note) = match self.reader.read_to_end(&mut bytes) {
            Err(e) => (
                Err(DocError::ReadAt {
                    file: self.file.clone(),
                    line: line_at(&bytes, bytes.len()),
                    message: e.to_string(),
                }),
                None,
            ),
            Ok(_) => match decode_piece(bytes, self.encoding, place(&self.utf16, 0)) {
                Ok(Decoded { text, note }) => match binary_in(&self.file, &text) {
                    // A binary file (an image, a PDF, a word processor's
                    // file named .txt) is refused, as `whosaid check`
                    // refuses it: read as text it gave no claim and no error.
                    Some(e) => (Err(e), None),
                    None => {
                        let text = if self.html { strip_html(&text) } else { text };
                        (Ok(text), note)
                    }
                },
                // As decode_file says it, which `whosaid check` reads with.
                Err(bad) => (Err(not_text(&self.file, bad)), None),
            },
        };
        Record {
            id: self.id,
            source: self.file,
            text,
            note,
        }
    }
}

fn line_at(bytes: &[u8], end: usize) -> u64 {
    let n = bytes[..end.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    1 + n as u64
}

/// The error of a piece that starts on line `first_line` at offset `base`
/// of its stream.
fn encoding_error(file: &str, first_line: u64, base: u64, bad: BadText) -> DocError {
    match bad {
        BadText::Utf8(bad) => DocError::EncodingAt {
            file: file.to_string(),
            line: first_line.saturating_add(bad.newlines_before as u64),
            offset: base.saturating_add(bad.offset as u64),
        },
        // The offset is the UTF-16 stream's already.
        BadText::Utf16 {
            offset,
            newlines_before,
        } => DocError::Utf16At {
            file: file.to_string(),
            line: first_line.saturating_add(newlines_before as u64),
            offset,
        },
    }
}

/// A line longer than this leaves its buffer behind once read, so one
/// freak line does not pin its memory for the rest of the file.
const KEEP_BUF: usize = 1 << 20;

struct JsonlDocs {
    reader: Box<dyn BufRead + Send>,
    file: String,
    /// The source's own id, the stem of a record's fallback id.
    source_id: String,
    /// A line that is not blank was read: the first one tells a JSON array.
    seen_line: bool,
    /// 1-based number of the line last read.
    line: u64,
    /// Byte offset of the next line.
    offset: u64,
    buf: Vec<u8>,
    done: bool,
    id_field: String,
    id_named: bool,
    text_field: String,
    encoding: Encoding,
    /// Set when the stream is transcoded from UTF-16.
    utf16: Option<Arc<Utf16Damage>>,
}

impl JsonlDocs {
    fn next(&mut self) -> Option<Record> {
        while !self.done {
            if self.buf.capacity() > KEEP_BUF {
                self.buf = Vec::new();
            }
            self.buf.clear();
            let start = self.offset;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(n) => {
                    self.line += 1;
                    self.offset = self.offset.saturating_add(n as u64);
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let first = !std::mem::replace(&mut self.seen_line, true);
                    if first && self.buf.trim_ascii_start().starts_with(b"[") {
                        // The file is one JSON array: said once, and read
                        // no further, as none of its lines is a document.
                        self.done = true;
                        return Some(Record {
                            id: self.source_id.clone(),
                            source: self.file.clone(),
                            text: Err(DocError::JsonArray {
                                file: self.file.clone(),
                            }),
                            note: None,
                        });
                    }
                    return Some(self.record(start));
                }
                Err(e) => {
                    // The stream's position is unknown after an I/O or gzip
                    // error, so nothing later can be trusted.
                    self.done = true;
                    let line = self.line + 1;
                    return Some(Record {
                        id: fallback_id(&self.source_id, line),
                        source: format!("{}:{line}", self.file),
                        text: Err(DocError::ReadAt {
                            file: self.file.clone(),
                            line,
                            message: e.to_string(),
                        }),
                        note: None,
                    });
                }
            }
        }
        None
    }

    fn record(&mut self, start: u64) -> Record {
        let line = self.line;
        let mut rec = Record {
            id: fallback_id(&self.source_id, line),
            source: format!("{}:{line}", self.file),
            text: Ok(String::new()),
            note: None,
        };
        let bytes = std::mem::take(&mut self.buf);
        if let Some(damage) = &self.utf16 {
            damage.forget_before(start);
        }
        let decoded = match decode_piece(bytes, self.encoding, place(&self.utf16, start)) {
            Ok(d) => d,
            Err(bad) => {
                rec.text = Err(encoding_error(&self.file, line, start, bad));
                return rec;
            }
        };
        rec.note = decoded.note;
        let mut obj = match serde_json::from_str::<serde_json::Map<String, Value>>(&decoded.text) {
            Ok(obj) => obj,
            Err(e) => {
                rec.text = Err(DocError::Json {
                    file: self.file.clone(),
                    line,
                    message: e.to_string(),
                });
                return rec;
            }
        };
        match obj.get(&self.id_field) {
            // A field named on the command line and absent is most likely
            // misspelt: said, where a missing default `id` is not.
            None if self.id_named => {
                rec.note = Some(match rec.note.take() {
                    Some(n) => format!("{n}; {MISSING_ID_NOTE}"),
                    None => MISSING_ID_NOTE.to_string(),
                });
            }
            // An empty id would collide across records; the fallback
            // cannot.
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.trim().is_empty() => {}
            Some(Value::String(s)) => rec.id = s.clone(),
            Some(other) => rec.id = other.to_string(),
        }
        // Taken out, not copied: articles are the bulk of the bytes.
        rec.text = match obj.remove(&self.text_field) {
            Some(Value::String(s)) => Ok(s),
            _ => Err(DocError::MissingField {
                file: self.file.clone(),
                line,
                field: self.text_field.clone(),
            }),
        };
        rec
    }
}

struct CsvDocs {
    reader: csv::Reader<Box<dyn BufRead + Send>>,
    file: String,
    /// The source's own id, the stem of a record's fallback id.
    source_id: String,
    record: csv::ByteRecord,
    id_col: Option<usize>,
    text_col: usize,
    encoding: Encoding,
    /// Set when the stream is transcoded from UTF-16.
    utf16: Option<Arc<Utf16Damage>>,
    done: bool,
}

impl CsvDocs {
    fn open(
        reader: Box<dyn BufRead + Send>,
        utf16: Option<Arc<Utf16Damage>>,
        path: PathBuf,
        file: String,
        source_id: String,
        opts: &SourceOptions,
    ) -> Result<CsvDocs, CorpusError> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .from_reader(reader);
        let headers = reader
            .byte_headers()
            .map_err(|e| CorpusError::CsvHeader {
                path: path.clone(),
                message: e.to_string(),
            })?
            .clone();
        // Header names are only compared and shown, so a lossy decode is
        // enough and a strange header never stops a run by itself.
        let names: Vec<String> = headers
            .iter()
            .map(|h| match utf16 {
                // Transcoded: UTF-8 whatever the encoding.
                Some(_) => String::from_utf8_lossy(h).into_owned(),
                None => match decode_chunk(h.to_vec(), opts.encoding) {
                    Ok(d) => d.text,
                    Err(_) => String::from_utf8_lossy(h).into_owned(),
                },
            })
            .collect();
        let find = |want: &str| {
            names.iter().position(|n| n == want).or_else(|| {
                names
                    .iter()
                    .position(|n| n.trim().eq_ignore_ascii_case(want.trim()))
            })
        };
        let empty = headers.is_empty();
        let Some(text_col) = find(&opts.text_field).or(empty.then_some(0)) else {
            return Err(CorpusError::MissingColumn {
                path,
                column: opts.text_field.clone(),
                available: names,
            });
        };
        let id_col = find(&opts.id_field);
        if id_col.is_none() && opts.id_named && !empty {
            return Err(CorpusError::MissingColumn {
                path,
                column: opts.id_field.clone(),
                available: names,
            });
        }
        Ok(CsvDocs {
            reader,
            file,
            source_id,
            record: csv::ByteRecord::new(),
            id_col,
            text_col,
            encoding: opts.encoding,
            utf16,
            // A 0-byte file has no header and no record: no document, as a
            // 0-byte JSON Lines file has none, not a missing column.
            done: empty,
        })
    }

    fn next(&mut self) -> Option<Record> {
        if self.done {
            return None;
        }
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => Some(self.record()),
            Err(e) => {
                let line = error_line(&e)
                    .unwrap_or_else(|| self.reader.position().line().saturating_add(1));
                let text = if e.is_io_error() {
                    self.done = true;
                    Err(DocError::ReadAt {
                        file: self.file.clone(),
                        line,
                        message: e.to_string(),
                    })
                } else {
                    Err(DocError::Csv {
                        file: self.file.clone(),
                        line,
                        message: e.to_string(),
                    })
                };
                // A record with the wrong number of fields is still read:
                // its id, when it has one, says which document failed.
                let id = match e.kind() {
                    csv::ErrorKind::UnequalLengths { .. } => self.record_id(),
                    _ => None,
                };
                Some(Record {
                    id: id.unwrap_or_else(|| fallback_id(&self.source_id, line)),
                    source: format!("{}:{line}", self.file),
                    text,
                    note: None,
                })
            }
        }
    }

    /// The id field of the record just read, when it has a non-blank one.
    fn record_id(&self) -> Option<String> {
        let col = self.id_col?;
        let raw = self.record.get(col)?.to_vec();
        decode_piece(raw, self.encoding, self.place(col))
            .ok()
            .filter(|d| !d.text.trim().is_empty())
            .map(|d| d.text)
    }

    /// Where field `col` of the record just read starts in the stream,
    /// as a [`DocError::EncodingAt`] offset: a few bytes short, as the
    /// commas and quotes before it are not counted.
    fn field_start(&self, col: usize) -> u64 {
        let base = self.record.position().map_or(0, csv::Position::byte);
        let field = self.record.range(col).map_or(0, |r| r.start as u64);
        base.saturating_add(field)
    }

    /// Where field `col` lies in a stream transcoded from UTF-16: after
    /// the record's start and the damaged units of the fields before it,
    /// exactly, where its offset is not.
    fn place(&self, col: usize) -> Option<Utf16Place<'_>> {
        let damage = self.utf16.as_deref()?;
        let skip = (0..col)
            .filter_map(|i| self.record.get(i))
            .map(|f| f.iter().filter(|&&b| b == DAMAGED).count())
            .sum();
        Some(Utf16Place {
            damage,
            start: self.record.position().map_or(0, csv::Position::byte),
            skip,
        })
    }

    fn record(&mut self) -> Record {
        let pos = self.record.position().cloned();
        let line = pos.as_ref().map_or(0, csv::Position::line);
        if let Some(damage) = &self.utf16 {
            damage.forget_before(pos.as_ref().map_or(0, csv::Position::byte));
        }
        let mut rec = Record {
            id: fallback_id(&self.source_id, line),
            source: format!("{}:{line}", self.file),
            text: Ok(String::new()),
            note: None,
        };
        if let Some(id) = self.record_id() {
            rec.id = id;
        }
        let raw = self.record.get(self.text_col).unwrap_or_default().to_vec();
        let start = self.field_start(self.text_col);
        rec.text = match decode_piece(raw, self.encoding, self.place(self.text_col)) {
            Ok(d) => {
                rec.note = d.note;
                Ok(d.text)
            }
            Err(bad) => Err(encoding_error(&self.file, line, start, bad)),
        };
        rec
    }
}

/// Where a piece starting at `start` of a stream lies, when the stream is
/// transcoded from UTF-16.
fn place(utf16: &Option<Arc<Utf16Damage>>, start: u64) -> Option<Utf16Place<'_>> {
    utf16.as_deref().map(|damage| Utf16Place {
        damage,
        start,
        skip: 0,
    })
}

/// The id of a record without one: its source's id and line number. A
/// bare line number would clash with a record whose id is that number, and
/// with the same line of another file.
fn fallback_id(source_id: &str, line: u64) -> String {
    format!("{source_id}:{line}")
}

fn error_line(e: &csv::Error) -> Option<u64> {
    match e.kind() {
        csv::ErrorKind::UnequalLengths { pos: Some(p), .. }
        | csv::ErrorKind::Utf8 { pos: Some(p), .. }
        | csv::ErrorKind::Deserialize { pos: Some(p), .. } => Some(p.line()),
        _ => None,
    }
}
