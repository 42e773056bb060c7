use std::path::PathBuf;

/// Everything that can go wrong in a check run.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// A directory under a path named on the command line cannot be
    /// listed: "DIR: cannot read: REASON", as extract says it.
    #[error("{}", walk_message(source))]
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

/// The walker's error as extract words an unreadable directory. Its own
/// wording named the directory twice ("u/sub: IO error for operation on
/// u/sub: Permission denied (os error 13)").
fn walk_message(e: &ignore::Error) -> String {
    fn path_of(e: &ignore::Error) -> Option<&std::path::Path> {
        match e {
            ignore::Error::WithPath { path, .. } => Some(path),
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                path_of(err)
            }
            _ => None,
        }
    }
    match (path_of(e), e.io_error()) {
        (Some(path), Some(io)) => format!("{}: cannot read: {}", path.display(), reason(io)),
        _ => e.to_string(),
    }
}

/// The system's words for why, found under the walker's wrapping.
fn reason(io: &std::io::Error) -> String {
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(io);
    while let Some(e) = next {
        let code = e
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::raw_os_error);
        if let Some(code) = code {
            return std::io::Error::from_raw_os_error(code).to_string();
        }
        next = e.source();
    }
    io.to_string()
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What the walker wraps a system error in, as walkdir's error does.
    #[derive(Debug)]
    struct Wrapped(std::io::Error);

    impl std::fmt::Display for Wrapped {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "IO error for operation on u/sub: {}", self.0)
        }
    }

    impl std::error::Error for Wrapped {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn an_unreadable_directory_is_named_once() {
        let denied = |inner: std::io::Error| CheckError::Walk {
            path: PathBuf::from("u"),
            source: ignore::Error::WithPath {
                path: PathBuf::from("u/sub"),
                err: Box::new(ignore::Error::WithDepth {
                    depth: 1,
                    err: Box::new(ignore::Error::Io(inner)),
                }),
            },
        };
        let os = || std::io::Error::from_raw_os_error(13);
        let want = format!("u/sub: cannot read: {}", os());
        assert_eq!(denied(os()).to_string(), want);
        let wrapped = std::io::Error::new(std::io::ErrorKind::PermissionDenied, Wrapped(os()));
        assert_eq!(denied(wrapped).to_string(), want);
    }
}
