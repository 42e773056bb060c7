//! Corpus input for whosaid: finding the documents under the paths a user
//! names, reading each one (never failing the batch for one bad file), and
//! running a function over all of them in parallel with results delivered in
//! input order and memory bounded by a window.
//!
//! Besides whole text files ([`discover`], [`read_document`]), documents can
//! be streamed from HTML, JSON Lines and CSV files, gzip-compressed or not,
//! or from standard input, with [`open_source`].

mod driver;
mod encoding;
mod html;
mod input;
mod source;

pub use driver::{Batch, run_ordered};
pub use encoding::{Decoded, Encoding, WINDOWS_1252_NOTE, decode_bytes, decode_windows_1252};
pub use html::{decode_entities, strip_html};
pub use input::{CorpusError, DocError, InputDoc, discover, read_document};
pub use source::{InputFormat, Record, Records, SourceOptions, open_source, open_stream};
