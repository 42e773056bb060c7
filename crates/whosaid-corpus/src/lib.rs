//! Corpus input for whosaid: finding the documents under the paths a user
//! names, reading each one (never failing the batch for one bad file), and
//! running a function over all of them in parallel with results delivered in
//! input order and memory bounded by a window.
//!
//! Besides whole text files ([`discover`], [`read_document`]), documents can
//! be streamed from HTML, JSON Lines and CSV files, gzip-compressed or not,
//! or from standard input, with [`open_source`].
//!
//! ```
//! use whosaid_corpus::{SourceOptions, open_source};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("news.jsonl");
//! std::fs::write(&path, "{\"id\": \"a\", \"text\": \"Hi.\"}\nnot json\n").unwrap();
//! for record in open_source(&path, &SourceOptions::default()).unwrap() {
//!     match record.text {
//!         Ok(text) => assert_eq!((record.id.as_str(), text.as_str()), ("a", "Hi.")),
//!         // One bad line costs one record; the rest of the file is read.
//!         Err(e) => assert!(e.to_string().contains("news.jsonl:2: not a JSON object")),
//!     }
//! }
//! ```

mod driver;
mod encoding;
mod html;
mod input;
mod source;

pub use driver::{Batch, run_ordered, run_ordered_batches, run_ordered_batches_live};
pub use encoding::{
    Decoded, Encoding, UTF16_REPLACED_NOTE, WINDOWS_1252_NOTE, binary_at, decode_bytes,
    decode_file, decode_windows_1252,
};
pub use html::{decode_entities, strip_html};
pub use input::{
    CorpusError, DocError, Globs, InputDoc, SOURCE_EXTENSIONS, discover, discover_sources,
    discover_sources_with, display_path, make_ids_unique, read_document,
};
pub use source::{
    InputFormat, MISSING_ID_NOTE, Record, Records, SourceOptions, open_input, open_source,
    open_stream,
};
