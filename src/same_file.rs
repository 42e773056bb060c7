//! Whether a path names a file this run writes. `check` and `extract` both
//! ask it of what they are about to read (a draft, an article, a config, a
//! baseline), before they create their outputs and while they walk
//! directories: one answer for both, however the two paths are spelled.

use std::path::{Path, PathBuf};

/// What makes a file itself, whatever path reaches it: on Unix its device
/// and inode, which a hard link shares and a symbolic link leads to.
#[cfg(unix)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileId(u64, u64);

/// Elsewhere the path with links, `.` and `..` resolved: the standard
/// library does not tell a file's identity there, so two hard links to one
/// file are two files.
#[cfg(not(unix))]
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileId(PathBuf);

impl FileId {
    /// `None` for a path that does not exist (or cannot be looked at),
    /// which is no file either side can be.
    #[cfg(unix)]
    fn of(p: &Path) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        // metadata, not symlink_metadata: a link to an output is the output.
        std::fs::metadata(p).ok().map(|m| FileId(m.dev(), m.ino()))
    }

    #[cfg(not(unix))]
    fn of(p: &Path) -> Option<FileId> {
        std::fs::canonicalize(p).ok().map(FileId)
    }
}

/// The outputs of a run that exist now, to ask of an input whether it is
/// one of them. An output not created yet cannot be among the inputs found
/// so far, so it is left out.
#[derive(Debug, Default)]
pub(crate) struct Outputs {
    files: Vec<(FileId, PathBuf)>,
}

impl Outputs {
    /// The existing files among `paths`, each kept with its path as given.
    pub(crate) fn existing<'a>(paths: impl IntoIterator<Item = &'a PathBuf>) -> Outputs {
        Outputs {
            files: paths
                .into_iter()
                .filter_map(|p| FileId::of(p).map(|id| (id, p.clone())))
                .collect(),
        }
    }

    /// True when no output exists yet, so that callers walking many inputs
    /// can skip a system call per input.
    pub(crate) fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The output (as its path was given) that `input` is the same file as,
    /// if any.
    pub(crate) fn written_as(&self, input: &Path) -> Option<&Path> {
        if self.files.is_empty() {
            return None;
        }
        let id = FileId::of(input)?;
        self.files
            .iter()
            .find(|(o, _)| *o == id)
            .map(|(_, p)| p.as_path())
    }
}

/// True when two paths this run writes would be one file: the same file
/// when both exist, else the same name in the same directory (`x.csv` and
/// `./x.csv`), so that two outputs are never written into one.
pub(crate) fn same_output(a: &Path, b: &Path) -> bool {
    match (FileId::of(a), FileId::of(b)) {
        (Some(x), Some(y)) => x == y,
        (None, None) => match (place(a), place(b)) {
            (Some(x), Some(y)) => x == y,
            // A directory still to be made (`--out-dir new/`): by words.
            _ => lexical(a) == lexical(b),
        },
        _ => false,
    }
}

/// `p` made absolute, with `.` dropped and `..` taking off the word before.
fn lexical(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in std::path::absolute(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .components()
    {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// The directory (as a file) and the name of a path that does not exist.
fn place(p: &Path) -> Option<(FileId, std::ffi::OsString)> {
    let name = p.file_name()?;
    let dir = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some((FileId::of(dir)?, name.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_file_however_it_is_reached() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("out.csv"), "x\n").unwrap();
        std::fs::write(d.join("other.csv"), "x\n").unwrap();
        let outputs = Outputs::existing(&[d.join("out.csv"), d.join("not-yet.csv")]);
        assert!(!outputs.is_empty());
        for same in [
            d.join("out.csv"),
            d.join("./out.csv"),
            d.join("sub/../out.csv"),
        ] {
            assert_eq!(
                outputs.written_as(&same),
                Some(d.join("out.csv").as_path()),
                "{same:?}"
            );
        }
        // Same contents, same name elsewhere, or missing: another file.
        std::fs::write(d.join("sub/out.csv"), "x\n").unwrap();
        for other in [
            d.join("other.csv"),
            d.join("sub/out.csv"),
            d.join("not-yet.csv"),
        ] {
            assert_eq!(outputs.written_as(&other), None, "{other:?}");
        }
        assert!(Outputs::existing(&[d.join("not-yet.csv")]).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn links_lead_to_the_file_they_name() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("out.csv"), "x\n").unwrap();
        std::os::unix::fs::symlink(d.join("out.csv"), d.join("soft.txt")).unwrap();
        std::fs::hard_link(d.join("out.csv"), d.join("hard.txt")).unwrap();
        let outputs = Outputs::existing(&[d.join("out.csv")]);
        assert!(outputs.written_as(&d.join("soft.txt")).is_some());
        assert!(outputs.written_as(&d.join("hard.txt")).is_some());
        // And from the other side: the output named through a link.
        let outputs = Outputs::existing(&[d.join("hard.txt")]);
        assert!(outputs.written_as(&d.join("out.csv")).is_some());
    }

    #[test]
    fn two_outputs_are_one_file_by_name_before_they_exist() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        assert!(same_output(&d.join("x.csv"), &d.join("sub/../x.csv")));
        assert!(same_output(&d.join("x.csv"), &d.join("./x.csv")));
        assert!(!same_output(&d.join("x.csv"), &d.join("sub/x.csv")));
        assert!(!same_output(&d.join("x.csv"), &d.join("y.csv")));
        let new = d.join("new");
        assert!(same_output(&new.join("s.csv"), &new.join("./s.csv")));
        assert!(!same_output(&new.join("s.csv"), &new.join("t.csv")));
        std::fs::write(d.join("x.csv"), "").unwrap();
        assert!(same_output(&d.join("x.csv"), &d.join("sub/../x.csv")));
        assert!(!same_output(&d.join("x.csv"), &d.join("y.csv")));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(d.join("x.csv"), d.join("link.csv")).unwrap();
            assert!(same_output(&d.join("x.csv"), &d.join("link.csv")));
        }
    }
}
