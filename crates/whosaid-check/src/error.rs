use std::path::PathBuf;

/// Everything that can go wrong in a check run.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// A directory under a path named on the command line cannot be
    /// listed. The walker's message names the directory itself.
    #[error("{source}")]
    Walk {
        /// The path named on the command line.
        path: PathBuf,
        /// Why.
        source: ignore::Error,
    },
    /// A path named on the command line does not exist.
    #[error("{0}: no such file or directory")]
    Missing(PathBuf),
    /// A file could not be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A file is not valid UTF-8.
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset})")]
    Utf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A UTF-16 file has a damaged code unit (an unpaired surrogate, an
    /// odd last byte).
    #[error(
        "{path}: not valid UTF-16 (first damaged unit at byte {offset} after the byte order mark)"
    )]
    Utf16 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the damaged unit, after any byte order mark.
        offset: usize,
    },
    /// A file is binary: it holds a NUL, or control characters in number,
    /// once decoded (or it is text in an encoding that is neither UTF-8
    /// nor recognisable UTF-16).
    #[error(
        "{path}: not a text file: a NUL or control character at byte {offset} of the decoded text (save it as UTF-8, or UTF-16 with a BOM)"
    )]
    Nul {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first NUL in the decoded text (in the file,
        /// when a NUL kept it from being decoded).
        offset: usize,
    },
    /// A configuration file is not valid TOML or has unknown keys.
    #[error("{path}: {message}")]
    Config {
        /// The configuration file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A file could not be written.
    #[error("{path}: cannot write: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A baseline file is unreadable or malformed.
    #[error("{path}: bad baseline: {message}")]
    Baseline {
        /// The baseline file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Writing output failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// JSON encoding failed.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

impl CheckError {
    /// The I/O error kind underneath, if any (a closed pipe).
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        match self {
            CheckError::Io(e) => Some(e.kind()),
            CheckError::Json(e) => e.io_error_kind(),
            _ => None,
        }
    }
}
