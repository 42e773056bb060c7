use crate::cell::Table;
use serde::Serialize;
use std::io::Write;
use std::marker::PhantomData;

/// Output formats for records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// RFC 4180 CSV with a header row, spreadsheet-safe.
    Csv,
    /// One JSON object per line, text as it is.
    Jsonl,
}

/// CSV settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// Write the header row (off when partitions are concatenated).
    pub header: bool,
    /// A UTF-8 byte order mark (with the header row only) and CRLF line
    /// ends, so Excel opens the file with the right encoding. Without a
    /// header there is no mark: headerless output is a part to be
    /// concatenated after one with a header (Spark or Hadoop partitions),
    /// where a mark would land mid-file as a stray U+FEFF in a cell.
    pub excel: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            header: true,
            excel: false,
        }
    }
}

/// Errors writing a report.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The sink failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// CSV encoding failed.
    #[error(transparent)]
    Csv(#[from] csv::Error),
    /// JSON encoding failed.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

impl ReportError {
    /// The I/O error underneath, if any (a closed pipe, a full disk).
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        match self {
            ReportError::Io(e) => Some(e.kind()),
            ReportError::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(io) => Some(io.kind()),
                _ => None,
            },
            ReportError::Json(e) => e.io_error_kind(),
        }
    }
}

/// Writes records of one row type in one format.
///
/// Rows can also be rendered to bytes elsewhere with [`render_rows`] (on a
/// worker thread, say) and written here with
/// [`RecordWriter::write_rendered`]; the output is the same byte for byte.
pub struct RecordWriter<W: Write, R> {
    out: W,
    format: Format,
    opts: CsvOptions,
    row: PhantomData<fn(&R)>,
}

fn csv_writer(opts: CsvOptions, buf: Vec<u8>) -> csv::Writer<Vec<u8>> {
    let mut b = csv::WriterBuilder::new();
    b.has_headers(false).buffer_capacity(4096);
    if opts.excel {
        b.terminator(csv::Terminator::CRLF);
    }
    b.from_writer(buf)
}

fn finish(w: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, ReportError> {
    w.into_inner().map_err(|e| ReportError::Io(e.into_error()))
}

/// Renders `rows` as [`RecordWriter::write`] would write them, one after
/// the other, without a header (CSV) and without a byte order mark.
pub fn render_rows<R: Table + Serialize>(
    format: Format,
    opts: CsvOptions,
    rows: &[R],
) -> Result<Vec<u8>, ReportError> {
    let buf = Vec::with_capacity(rows.len() * 256);
    match format {
        Format::Csv => {
            let mut w = csv_writer(opts, buf);
            for r in rows {
                let cells = r.cells();
                let texts: Vec<_> = cells.iter().map(|c| c.csv()).collect();
                w.write_record(texts.iter().map(|t| t.as_bytes()))?;
            }
            finish(w)
        }
        Format::Jsonl => {
            let mut buf = buf;
            for r in rows {
                serde_json::to_writer(&mut buf, r)?;
                buf.push(b'\n');
            }
            Ok(buf)
        }
    }
}

impl<W: Write, R: Table + Serialize> RecordWriter<W, R> {
    /// A writer of `format` to `out`; CSV writes its header row first unless
    /// told not to, after a byte order mark under [`CsvOptions::excel`].
    pub fn new(format: Format, mut out: W, opts: CsvOptions) -> Result<Self, ReportError> {
        // The mark goes with the header: a part without one is concatenated
        // after a part with one.
        if format == Format::Csv && opts.header {
            if opts.excel {
                out.write_all("\u{feff}".as_bytes())?;
            }
            let mut w = csv_writer(opts, Vec::new());
            w.write_record(R::columns())?;
            out.write_all(&finish(w)?)?;
        }
        Ok(RecordWriter {
            out,
            format,
            opts,
            row: PhantomData,
        })
    }

    /// Writes one record.
    pub fn write(&mut self, r: &R) -> Result<(), ReportError> {
        let bytes = render_rows(self.format, self.opts, std::slice::from_ref(r))?;
        self.out.write_all(&bytes)?;
        Ok(())
    }

    /// Writes rows rendered by [`render_rows`] with this writer's format and
    /// options.
    pub fn write_rendered(&mut self, bytes: &[u8]) -> Result<(), ReportError> {
        self.out.write_all(bytes)?;
        Ok(())
    }

    /// Writes a raw JSON line (JSON Lines only; ignored for CSV), for error
    /// records that share the stream with claims.
    pub fn write_json_line(&mut self, value: &serde_json::Value) -> Result<(), ReportError> {
        if self.format == Format::Jsonl {
            serde_json::to_writer(&mut self.out, value)?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Flushes buffered output.
    pub fn flush(&mut self) -> Result<(), ReportError> {
        self.out.flush()?;
        Ok(())
    }
}
