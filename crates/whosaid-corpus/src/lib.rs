//! Corpus input for whosaid: finding the documents under the paths a user
//! names, reading each one (never failing the batch for one bad file), and
//! running a function over all of them in parallel with results delivered in
//! input order and memory bounded by a window.

mod driver;
mod input;

pub use driver::{Batch, run_ordered};
pub use input::{CorpusError, DocError, InputDoc, discover, read_document};
