//! Evaluation for whosaid: reads gold attribution relations from BRAT
//! standoff files (as in PolNeAR) and scores predicted relations against
//! them per role (source, cue, content), for exact and partial match.
//!
//! This crate does no extraction: the caller supplies predicted relations
//! as character-offset spans. A typical run:
//!
//! ```no_run
//! use whosaid_eval::{Scorer, load_gold, render_table};
//!
//! let gold = load_gold("gold/dev")?;
//! let mut scorer = Scorer::new();
//! for doc in &gold.docs {
//!     let predicted = Vec::new(); // extraction goes here
//!     scorer.add(&doc.text, &doc.relations, &predicted);
//! }
//! let table = render_table(&scorer.scores());
//! # let _ = table;
//! # Ok::<(), whosaid_eval::EvalError>(())
//! ```
//!
//! Offsets everywhere are character offsets (Unicode scalar values) into the
//! text after any byte order mark, end exclusive. See [`score`] for the
//! exact scoring definitions and [`brat`] for what the reader accepts.
//!
//! Nothing here prints or panics on bad input: malformed files are typed
//! errors naming the file and line.

pub mod brat;
mod error;
mod gold;
mod punct;
mod relation;
pub mod score;

pub use brat::{read_ann, read_ann_for};
pub use error::{AnnError, AnnErrorKind, EvalError};
pub use gold::{Gold, GoldDoc, LoadReport, load_gold};
pub use punct::is_punctuation;
pub use relation::{Fragment, Relation, Role};
pub use score::{
    Counts, CountsByRole, Mismatch, MismatchKind, Prf, RoleScores, Scorer, Scores, mismatches,
    render_table, score_document, span_chars,
};
