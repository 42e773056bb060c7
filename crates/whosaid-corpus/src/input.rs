use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// A fatal error: the batch cannot start.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// A path named on the command line does not exist or cannot be read.
    #[error("{path}: {source}")]
    Path {
        /// The path as given.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// A `--glob` pattern is not a valid glob.
    #[error("invalid glob {pattern:?}: {message}")]
    Glob {
        /// The pattern as given.
        pattern: String,
        /// What is wrong with it.
        message: String,
    },
    /// A CSV file has no column with the requested text field, or with the
    /// id field the user named.
    #[error(
        "{}: no column {column:?} in the CSV header; columns are: {}",
        path.display(),
        available.join(", ")
    )]
    MissingColumn {
        /// The file, `-` for standard input.
        path: PathBuf,
        /// The column asked for.
        column: String,
        /// The columns the header does have.
        available: Vec<String>,
    },
    /// A CSV header could not be read.
    #[error("{}: cannot read the CSV header: {message}", path.display())]
    CsvHeader {
        /// The file, `-` for standard input.
        path: PathBuf,
        /// What the CSV reader reported.
        message: String,
    },
}

/// Why one document could not be read; the batch goes on without it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocError {
    /// The file could not be read.
    #[error("cannot read: {0}")]
    Io(String),
    /// The bytes are not UTF-8.
    #[error("not valid UTF-8 at byte {offset}")]
    Encoding {
        /// Byte offset of the first invalid sequence (after any BOM).
        offset: usize,
    },
    /// Bytes that are not UTF-8 under [`Encoding::Utf8`](crate::Encoding::Utf8),
    /// located in a named file.
    #[error("{file}:{line}: not valid UTF-8 at byte {offset}")]
    EncodingAt {
        /// The file, `-` for standard input.
        file: String,
        /// 1-based line of the bad byte.
        line: u64,
        /// Byte offset of the first invalid sequence from the start of the
        /// (decompressed, BOM-free) stream. Inside a quoted CSV field the
        /// quotes before it are not counted, so it may be a little short.
        offset: u64,
    },
    /// A whole UTF-16 file (told by its BOM or its zero bytes) with a
    /// damaged code unit, an unpaired surrogate or an odd last byte, under
    /// [`Encoding::Utf8`](crate::Encoding::Utf8) (see
    /// [`decode_bytes`](crate::decode_bytes)).
    #[error("not valid UTF-16 at byte {offset}")]
    Utf16 {
        /// Byte offset of the damaged unit, from the first byte after the
        /// BOM.
        offset: usize,
    },
    /// UTF-16 (told by its BOM or its zero bytes) with a damaged code unit,
    /// an unpaired surrogate or an odd last byte, under
    /// [`Encoding::Utf8`](crate::Encoding::Utf8), located in a named file.
    #[error("{file}:{line}: not valid UTF-16 at byte {offset}")]
    Utf16At {
        /// The file, `-` for standard input.
        file: String,
        /// 1-based line of the damaged unit.
        line: u64,
        /// Byte offset of the damaged unit in the (decompressed) UTF-16
        /// stream, from the first byte after its BOM.
        offset: u64,
    },
    /// A file that is not text: its decoded text is binary (see
    /// [`binary_at`](crate::binary_at)), or its bytes are neither UTF-8 nor
    /// UTF-16 and hold a NUL. Read as text it would give no sentence and no
    /// error.
    #[error("{file}:{line}: not a text file: a NUL or control character at byte {offset}")]
    Binary {
        /// The file, `-` for standard input.
        file: String,
        /// 1-based line of that byte.
        line: u64,
        /// Byte offset of the first NUL or control character in the
        /// decoded text, or of the first NUL in the file (after any byte
        /// order mark) when it could not be decoded. The two are the same
        /// in a UTF-8 file.
        offset: usize,
    },
    /// A JSON Lines source that is one JSON array (`[{…}, {…}]`, as a
    /// `.json` export often is): one error for the file, where each of its
    /// lines would be an error of its own.
    #[error(
        "{file}: a JSON array, not JSON Lines (one JSON object per line); convert it with jq -c '.[]'"
    )]
    JsonArray {
        /// The file, `-` for standard input.
        file: String,
    },
    /// A JSON Lines line that is not a JSON object.
    #[error("{file}:{line}: not a JSON object: {message}")]
    Json {
        /// The file, `-` for standard input.
        file: String,
        /// 1-based line number.
        line: u64,
        /// What the JSON parser reported.
        message: String,
    },
    /// A JSON Lines object without a string in the text field.
    #[error("{file}:{line}: no string field {field:?}")]
    MissingField {
        /// The file, `-` for standard input.
        file: String,
        /// 1-based line number.
        line: u64,
        /// The text field asked for.
        field: String,
    },
    /// A CSV record that could not be parsed, e.g. with the wrong number
    /// of fields.
    #[error("{file}:{line}: bad CSV record: {message}")]
    Csv {
        /// The file, `-` for standard input.
        file: String,
        /// 1-based line where the record starts.
        line: u64,
        /// What the CSV reader reported.
        message: String,
    },
    /// Reading the file failed part way (I/O or corrupt gzip); nothing after
    /// this point of the file is read.
    #[error("{file}:{line}: cannot read: {message}")]
    ReadAt {
        /// The file, `-` for standard input.
        file: String,
        /// 1-based line being read when it failed.
        line: u64,
        /// The underlying error.
        message: String,
    },
}

/// A document to process: where it comes from and the id it is reported
/// under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputDoc {
    /// `doc_id` in the output: for a file under a directory argument, its
    /// path relative to that directory with `/` separators; for a file
    /// argument, its file name.
    pub id: String,
    /// The file to read.
    pub path: PathBuf,
}

/// Extensions read when walking a directory.
const EXTENSIONS: &[&str] = &["txt", "md"];

/// Extensions [`discover_sources`] takes when walking a directory, each also
/// with `.gz` appended: every format [`open_source`](crate::open_source)
/// reads.
/// Plain `.json` is left out of directory walks: such a file is usually one
/// JSON document (a config, a manifest), not JSON Lines; name it directly to
/// read it as JSON Lines.
pub const SOURCE_EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "html", "htm", "jsonl", "ndjson", "csv",
];

fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn is_source_file(path: &Path) -> bool {
    if has_extension(path, &["gz"]) {
        has_extension(&path.with_extension(""), SOURCE_EXTENSIONS)
    } else {
        has_extension(path, SOURCE_EXTENSIONS)
    }
}

/// Include and exclude patterns for the files of a directory walk, as
/// ripgrep's `--glob`: `pattern` includes, `!pattern` excludes. A pattern is
/// matched against the path relative to the directory and against the file
/// name (`*.txt`, `2019-*`, `drafts/**`); with any include pattern, only
/// files matching one are taken; an exclude always wins, and one that
/// matches a folder (`!drafts`, `!drafts/**`) leaves out all it holds.
/// Files named directly on the command line are always taken.
#[derive(Debug, Clone, Default)]
pub struct Globs {
    include: Option<globset::GlobSet>,
    exclude: Option<globset::GlobSet>,
}

impl Globs {
    /// Compiles `patterns`; an invalid one is an error naming it.
    pub fn new(patterns: &[String]) -> Result<Self, CorpusError> {
        let (mut inc, mut exc) = (
            globset::GlobSetBuilder::new(),
            globset::GlobSetBuilder::new(),
        );
        let (mut any_inc, mut any_exc) = (false, false);
        for p in patterns {
            let (neg, pat) = match p.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, p.as_str()),
            };
            let glob = globset::Glob::new(pat).map_err(|e| CorpusError::Glob {
                pattern: p.clone(),
                message: e.kind().to_string(),
            })?;
            if neg {
                exc.add(glob);
                any_exc = true;
            } else {
                inc.add(glob);
                any_inc = true;
            }
        }
        let build = |b: globset::GlobSetBuilder, p: &[String]| {
            b.build().map_err(|e| CorpusError::Glob {
                pattern: p.join(" "),
                message: e.to_string(),
            })
        };
        Ok(Globs {
            include: if any_inc {
                Some(build(inc, patterns)?)
            } else {
                None
            },
            exclude: if any_exc {
                Some(build(exc, patterns)?)
            } else {
                None
            },
        })
    }

    /// Whether a file at `rel` (relative to the walked directory) is taken.
    pub fn allows(&self, rel: &Path) -> bool {
        let name = rel.file_name().map(Path::new);
        let hit =
            |set: &globset::GlobSet| set.is_match(rel) || name.is_some_and(|n| set.is_match(n));
        self.include.as_ref().is_none_or(hit) && !self.exclude.as_ref().is_some_and(hit)
    }

    /// Whether an exclude pattern covers the directory at `rel` as a whole
    /// (`!drafts`, `!drafts/**`), so that a subdirectory that cannot be
    /// listed is not reported when the user left it out anyway.
    pub fn excludes_dir(&self, rel: &Path) -> bool {
        self.exclude.as_ref().is_some_and(|set| {
            set.is_match(rel)
                || rel.file_name().is_some_and(|n| set.is_match(Path::new(n)))
                || set.is_match(rel.join("\u{0}"))
        })
    }
}

/// Like [`discover_sources`], with the files of directory walks filtered
/// by `globs`.
pub fn discover_sources_with(
    paths: &[PathBuf],
    globs: &Globs,
) -> Result<Vec<InputDoc>, CorpusError> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(InputDoc {
                id: "-".to_string(),
                path: p.clone(),
            });
        } else {
            let wanted =
                |f: &Path| is_source_file(f) && globs.allows(f.strip_prefix(p).unwrap_or(f));
            let excluded = |d: &Path| globs.excludes_dir(d.strip_prefix(p).unwrap_or(d));
            discover_one(p, &wanted, &excluded, &mut out)?;
        }
    }
    Ok(out)
}

/// Like [`discover`], but a directory walk also takes HTML, JSON Lines and
/// CSV files and gzip-compressed versions of all of them (see
/// [`SOURCE_EXTENSIONS`]), and `-` is passed through as standard input
/// (id `-`). Open each result with [`open_input`](crate::open_input).
///
/// A directory that cannot be listed (the argument itself or one found in
/// the walk) is returned as an input of its own, so that opening it fails
/// and the caller reports it in place of the documents it may hold.
pub fn discover_sources(paths: &[PathBuf]) -> Result<Vec<InputDoc>, CorpusError> {
    discover_sources_with(paths, &Globs::default())
}

/// The documents under `paths`, in a stable order: each argument in turn, a
/// directory's files sorted by relative path. A file named directly is taken
/// whatever its extension.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<InputDoc>, CorpusError> {
    let mut out = Vec::new();
    let wanted = |p: &Path| has_extension(p, EXTENSIONS);
    for p in paths {
        discover_one(p, &wanted, &|_| false, &mut out)?;
    }
    Ok(out)
}

fn discover_one(
    p: &PathBuf,
    wanted: &dyn Fn(&Path) -> bool,
    excluded: &dyn Fn(&Path) -> bool,
    out: &mut Vec<InputDoc>,
) -> Result<(), CorpusError> {
    let meta = match fs::metadata(p) {
        Ok(meta) => Some(meta),
        // A path that is there but cannot be looked at (a folder on the way
        // without permission) is an input that cannot be read, as a file
        // without read permission is: taken, so that opening it reports the
        // error in its place.
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => None,
        // One that is not there (or a link to nowhere, a link loop) is a
        // mistake on the command line.
        Err(source) => {
            return Err(CorpusError::Path {
                path: p.clone(),
                source,
            });
        }
    };
    if meta.is_some_and(|m| m.is_dir()) {
        let mut found = Vec::new();
        walk(p, p, wanted, excluded, &mut found)?;
        found.sort_by(|a: &InputDoc, b| a.id.cmp(&b.id));
        out.extend(found);
    } else {
        out.push(InputDoc {
            id: file_id(p),
            path: p.clone(),
        });
    }
    Ok(())
}

fn walk(
    root: &Path,
    dir: &Path,
    wanted: &dyn Fn(&Path) -> bool,
    excluded: &dyn Fn(&Path) -> bool,
    out: &mut Vec<InputDoc>,
) -> Result<(), CorpusError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        // A directory that cannot be listed (no permission, a path too
        // long) is one input that cannot be read: it is taken as such, so
        // that the run reports it in its place and goes on with the rest.
        // The directory argument itself is named as a file argument is.
        Err(_) => {
            unlistable(root, dir, excluded, out);
            return Ok(());
        }
    };
    for entry in entries {
        let Ok(entry) = entry else {
            // An entry that cannot be read mid-listing: the rest of the
            // directory is unknown, so the directory is reported.
            unlistable(root, dir, excluded, out);
            return Ok(());
        };
        // Hidden files and folders (`.git/`, `.ipynb_checkpoints/`, macOS's
        // `._story.txt` resource forks) and the `__MACOSX/` folder of a zip
        // are no articles: skipped, as ripgrep and `whosaid check` skip
        // them. A path named on the command line is still read.
        if is_hidden(&entry.file_name()) {
            continue;
        }
        let path = entry.path();
        // Symlinks are followed for files but not for directories, so a link
        // loop cannot recurse forever.
        let Ok(ft) = entry.file_type() else {
            // Type unknown: taken if its name is wanted, so that opening it
            // reports what is wrong.
            if wanted(&path) {
                out.push(InputDoc {
                    id: relative_id(root, &path),
                    path,
                });
            }
            continue;
        };
        if ft.is_dir() {
            // `!drafts` leaves the folder out with all it holds, as in
            // ripgrep, not only a file of that name.
            if !excluded(&path) {
                walk(root, &path, wanted, excluded, out)?;
            }
            continue;
        }
        // A link to a directory is not walked; a link to a file, or a
        // dangling link with a wanted name, is taken, so an unreadable
        // document is reported rather than silently skipped. A link to a
        // pipe or device is left, as they are: reading one found in a
        // walk would wait for a writer for ever.
        let is_file =
            ft.is_file() || (ft.is_symlink() && fs::metadata(&path).map_or(true, |m| m.is_file()));
        if is_file && wanted(&path) {
            out.push(InputDoc {
                id: relative_id(root, &path),
                path,
            });
        }
    }
    Ok(())
}

/// Whether a directory entry is left out of walks: a name starting with
/// `.`, or `__MACOSX`.
fn is_hidden(name: &std::ffi::OsStr) -> bool {
    let name = name.as_encoded_bytes();
    name.starts_with(b".") || name == b"__MACOSX"
}

/// Takes a directory that cannot be listed as an input of its own, which
/// will fail to open and be reported in its place; one inside the walk is
/// left out when an exclude glob covers it. The directory argument itself
/// is named as a file argument is.
fn unlistable(root: &Path, dir: &Path, excluded: &dyn Fn(&Path) -> bool, out: &mut Vec<InputDoc>) {
    let id = if dir == root {
        file_id(dir)
    } else if excluded(dir) {
        return;
    } else {
        relative_id(root, dir)
    };
    out.push(InputDoc {
        id,
        path: dir.to_path_buf(),
    });
}

/// The id of a path named on the command line: its file name.
fn file_id(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.to_string_lossy().into_owned())
}

/// The id of `path` found under the directory argument `root`: its path
/// relative to `root`, with `/` separators.
fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// How a path is shown: as given, with `/` separators and without a
/// leading `./`.
pub fn display_path(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    match s.strip_prefix("./") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => s,
    }
}

/// Makes the ids of `docs` unique. Ids are short (a file's name, or its
/// path relative to its directory argument), so two inputs can share one:
/// `a/story.txt` and `b/story.txt` named directly, or the same relative path
/// under two directory arguments. Each input of such a group takes its path
/// as given on the command line instead ([`display_path`]: `a/story.txt`),
/// so rows can be joined back to their files; inputs with an id of their
/// own keep it. Standard input (`-`) keeps its id.
///
/// Returns each id that was shared, in order of first appearance, with the
/// ids its inputs have now. An id stays shared only when the same path is
/// given twice.
pub fn make_ids_unique(docs: &mut [InputDoc]) -> Vec<(String, Vec<String>)> {
    let mut count: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for d in docs.iter() {
        *count.entry(d.id.clone()).or_default() += 1;
    }
    let mut shared: Vec<(String, Vec<String>)> = Vec::new();
    for d in docs.iter_mut() {
        if d.id == "-" || count[&d.id] < 2 {
            continue;
        }
        let new = display_path(&d.path);
        match shared.iter_mut().find(|(id, _)| *id == d.id) {
            Some((_, now)) => now.push(new.clone()),
            None => shared.push((d.id.clone(), vec![new.clone()])),
        }
        d.id = new;
    }
    shared
}

/// Reads a document as UTF-8 text without its leading byte order mark.
pub fn read_document(doc: &InputDoc) -> Result<String, DocError> {
    let bytes = fs::read(&doc.path).map_err(|e| DocError::Io(e.to_string()))?;
    decode(bytes)
}

fn decode(mut bytes: Vec<u8>) -> Result<String, DocError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| DocError::Encoding {
        offset: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_sorted_with_relative_ids() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/c")).unwrap();
        fs::write(root.join("b/c/z.txt"), "z").unwrap();
        fs::write(root.join("a.md"), "a").unwrap();
        fs::write(root.join("skip.json"), "{}").unwrap();
        let docs = discover(&[root.to_path_buf()]).unwrap();
        let ids: Vec<_> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, vec!["a.md", "b/c/z.txt"]);
        let one = discover(&[root.join("b/c/z.txt")]).unwrap();
        assert_eq!(one[0].id, "z.txt");
    }

    #[test]
    fn discover_sources_takes_every_format() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in [
            "a.txt",
            "b.html",
            "c.jsonl.gz",
            "d.csv",
            "e.json",
            "f.bin",
            "g.gz",
            "h.tar.gz",
        ] {
            fs::write(root.join(name), "x").unwrap();
        }
        let docs = discover_sources(&[root.to_path_buf(), PathBuf::from("-")]).unwrap();
        let ids: Vec<_> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            ["a.txt", "b.html", "c.jsonl.gz", "d.csv", "-"],
            "a plain .json file is not walked into"
        );
        // The old entry point still walks only text.
        let docs = discover(&[root.to_path_buf()]).unwrap();
        assert_eq!(docs.len(), 1);
    }

    #[test]
    fn shared_ids_become_paths_as_given() {
        let doc = |id: &str, path: &str| InputDoc {
            id: id.to_string(),
            path: PathBuf::from(path),
        };
        let mut docs = vec![
            doc("story.txt", "./a/story.txt"),
            doc("other.txt", "b/other.txt"),
            doc("story.txt", "b/story.txt"),
            doc("-", "-"),
            doc("-", "-"),
        ];
        let shared = make_ids_unique(&mut docs);
        let ids: Vec<_> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a/story.txt", "other.txt", "b/story.txt", "-", "-"]);
        assert_eq!(
            shared,
            [(
                "story.txt".to_string(),
                vec!["a/story.txt".to_string(), "b/story.txt".to_string()]
            )]
        );
        let mut unique = vec![doc("a.txt", "a.txt"), doc("b.txt", "b.txt")];
        assert!(make_ids_unique(&mut unique).is_empty());
    }

    #[test]
    fn exclude_globs_cover_whole_directories() {
        let globs = Globs::new(&["!drafts/**".to_string(), "!old".to_string()]).unwrap();
        assert!(globs.excludes_dir(Path::new("drafts")));
        assert!(globs.excludes_dir(Path::new("x/old")));
        assert!(!globs.excludes_dir(Path::new("news")));
        assert!(!Globs::default().excludes_dir(Path::new("news")));
    }

    #[test]
    fn missing_path_is_an_error_naming_it() {
        let err = discover(&[PathBuf::from("/no/such/whosaid-dir")]).unwrap_err();
        assert!(
            err.to_string().starts_with("/no/such/whosaid-dir: "),
            "{err}"
        );
    }

    #[test]
    fn bom_removed_and_bad_utf8_located() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi".to_vec()).unwrap(), "hi");
        assert_eq!(
            decode(b"ok \xFF".to_vec()),
            Err(DocError::Encoding { offset: 3 })
        );
    }
}
