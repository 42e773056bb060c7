//! Typed errors. Parsing errors carry the line number; loading errors also
//! name the file.

use std::path::PathBuf;

use thiserror::Error;

/// What is wrong with one line of a BRAT standoff (`.ann`) file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AnnErrorKind {
    /// The line is neither an annotation (`T1\t…`, `E1\t…`, `A1\t…`, `#1\t…`
    /// …) nor the continuation of a text-bound annotation's reference text.
    #[error("not a BRAT annotation line: {0:?}")]
    UnrecognisedLine(String),
    /// A `T` line without the `ID\tTYPE START END[;START END…]\tTEXT` shape.
    #[error("malformed text-bound annotation: {0:?}")]
    MalformedTextBound(String),
    /// An offset pair that is not two non-negative integers.
    #[error("malformed offsets {0:?}")]
    BadOffsets(String),
    /// A fragment whose end comes before its start.
    #[error("fragment {start} {end} ends before it starts")]
    ReversedFragment {
        /// Start offset (characters).
        start: usize,
        /// End offset (characters, exclusive).
        end: usize,
    },
    /// A fragment past the end of the document text.
    #[error("fragment {start} {end} goes past the end of the text ({text_len} characters)")]
    OutOfText {
        /// Start offset (characters).
        start: usize,
        /// End offset (characters, exclusive).
        end: usize,
        /// Length of the document text in characters.
        text_len: usize,
    },
    /// An `E` line without the `ID\tTYPE:ID ROLE:ID…` shape.
    #[error("malformed event: {0:?}")]
    MalformedEvent(String),
    /// An argument of an `E` line that is not `ROLE:ID`.
    #[error("malformed event argument {0:?}")]
    BadArgument(String),
    /// An `E` line refers to an id that no `T` line of the file defines.
    #[error("event refers to {0}, which no text-bound annotation in the file defines")]
    UnknownId(String),
    /// Two annotations with the same id.
    #[error("id {0} is defined twice")]
    DuplicateId(String),
}

/// An error in a BRAT standoff text, with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {kind}")]
pub struct AnnError {
    /// 1-based line number in the `.ann` text.
    pub line: usize,
    /// What is wrong.
    pub kind: AnnErrorKind,
}

/// An error while loading a gold directory.
#[derive(Debug, Error)]
pub enum EvalError {
    /// A file or directory could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A file is not valid UTF-8.
    #[error("{}: not valid UTF-8 (byte {byte})", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        byte: usize,
    },
    /// A `.ann` file has a malformed line.
    #[error("{}:{}: {}", path.display(), error.line, error.kind)]
    Ann {
        /// The `.ann` file.
        path: PathBuf,
        /// The line and what is wrong with it.
        #[source]
        error: AnnError,
    },
}

impl EvalError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        EvalError::Io {
            path: path.into(),
            source,
        }
    }
}
