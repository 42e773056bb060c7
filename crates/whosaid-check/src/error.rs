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
    /// A file is no text: not UTF-8 or UTF-16, or binary. Said as `whosaid
    /// extract` says it of the same file, naming the file and the line
    /// ([`whosaid_corpus::decode_file`]).
    #[error("{source}")]
    Text {
        /// The file.
        path: PathBuf,
        /// Why, with where.
        source: whosaid_corpus::DocError,
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
