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
    /// A UTF-8 byte order mark and CRLF line ends, so Excel opens the file
    /// with the right encoding.
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
pub struct RecordWriter<W: Write, R> {
    inner: Inner<W>,
    row: PhantomData<fn(&R)>,
}

enum Inner<W: Write> {
    Csv(Box<csv::Writer<W>>),
    Jsonl(W),
}

impl<W: Write, R: Table + Serialize> RecordWriter<W, R> {
    /// A writer of `format` to `out`; CSV writes its header row first unless
    /// told not to.
    pub fn new(format: Format, mut out: W, opts: CsvOptions) -> Result<Self, ReportError> {
        let inner = match format {
            Format::Csv => {
                if opts.excel {
                    out.write_all("\u{feff}".as_bytes())?;
                }
                let mut b = csv::WriterBuilder::new();
                b.has_headers(false);
                if opts.excel {
                    b.terminator(csv::Terminator::CRLF);
                }
                let mut w = b.from_writer(out);
                if opts.header {
                    w.write_record(R::columns())?;
                }
                Inner::Csv(Box::new(w))
            }
            Format::Jsonl => Inner::Jsonl(out),
        };
        Ok(RecordWriter {
            inner,
            row: PhantomData,
        })
    }

    /// Writes one record.
    pub fn write(&mut self, r: &R) -> Result<(), ReportError> {
        match &mut self.inner {
            Inner::Csv(w) => w.write_record(r.cells().iter().map(|c| c.csv().into_owned()))?,
            Inner::Jsonl(w) => {
                serde_json::to_writer(&mut *w, r)?;
                w.write_all(b"\n")?;
            }
        }
        Ok(())
    }

    /// Writes a raw JSON line (JSON Lines only; ignored for CSV), for error
    /// records that share the stream with claims.
    pub fn write_json_line(&mut self, value: &serde_json::Value) -> Result<(), ReportError> {
        if let Inner::Jsonl(w) = &mut self.inner {
            serde_json::to_writer(&mut *w, value)?;
            w.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Flushes buffered output.
    pub fn flush(&mut self) -> Result<(), ReportError> {
        match &mut self.inner {
            Inner::Csv(w) => w.flush()?,
            Inner::Jsonl(w) => w.flush()?,
        }
        Ok(())
    }
}
