use crate::CheckError;
use ignore::WalkBuilder;
use std::path::{Path, PathBuf};

/// Extensions of files checked when a directory is searched: Markdown,
/// MDX (an MDX-only site is checked whole) and plain text.
pub const EXTENSIONS: [&str; 4] = ["md", "markdown", "mdx", "txt"];

/// True when a file named on the command line is Markdown or plain text by
/// its name: an extension of [`EXTENSIONS`], or none at all (a file with no
/// extension, "README", "NOTES", is plain text).
pub fn is_supported(p: &Path) -> bool {
    let Some(ext) = p.extension() else {
        return true;
    };
    ext.to_str().is_some_and(|e| {
        let e = e.to_ascii_lowercase();
        EXTENSIONS.contains(&e.as_str())
    })
}

/// True when a directory search would check `p`: its extension is one of
/// [`EXTENSIONS`].
pub fn is_walked(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// True when `p` names a stream rather than a file of the project: a pipe
/// (`<(git show HEAD:a.md)` is `/dev/fd/63`), a socket or a device, or any
/// other entry under `/dev` or `/proc` (`/dev/stdin` leads to a regular
/// file when standard input is redirected from one, and is standard input
/// all the same). Such a path is read as `-` is: its name tells no kind
/// and its place no config. A directory or a path that does not exist is
/// no stream.
pub(crate) fn is_stream(p: &Path) -> bool {
    std::fs::metadata(p).is_ok_and(|m| {
        !m.is_dir() && (!m.is_file() || p.starts_with("/dev") || p.starts_with("/proc"))
    })
}

/// True when the file at `p` is empty or its first line is one `check`
/// writes in some format (a finding, a closing line, a JSON array or
/// object, the CSV header, a workflow command): an earlier report, which a
/// run may replace, unlike a draft. A file that cannot be read is no report.
pub fn looks_like_output(p: &Path) -> bool {
    use std::io::{BufRead, Read};
    let Ok(file) = std::fs::File::open(p) else {
        return false;
    };
    let mut line = Vec::new();
    if std::io::BufReader::new(file)
        .take(4096)
        .read_until(b'\n', &mut line)
        .is_err()
    {
        return false;
    }
    let line = String::from_utf8_lossy(&line);
    let line = line.trim_end();
    if line.is_empty() {
        return true;
    }
    let finding_header = ["error[WS", "warning[WS", "info[WS"]
        .iter()
        .any(|h| line.starts_with(h));
    let closing = line.starts_with("No problems in ")
        || line.starts_with("Found ")
        || line.contains(" could not be checked (errors on standard error)");
    let json = matches!(line, "[" | "[]" | "{");
    // path:LINE:COL: WS000 [severity] …
    let concise = line.split_once(": ").is_some_and(|(place, rest)| {
        let mut parts = place.rsplitn(3, ':');
        let numbers = parts
            .by_ref()
            .take(2)
            .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let code = rest.get(..7).is_some_and(|c| {
            c.starts_with("WS")
                && c.as_bytes()[2..5].iter().all(u8::is_ascii_digit)
                && c.ends_with(" [")
        });
        numbers && parts.next().is_some() && code
    });
    finding_header
        || closing
        || json
        || concise
        || line.starts_with("path,line,column,")
        || line.starts_with("::error ")
        || line.starts_with("::warning ")
        || line.starts_with("::notice ")
}

/// The files a run checks, and the files named on the command line that it
/// skips.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Files to check: sorted per named directory, in the order named,
    /// without duplicates.
    pub files: Vec<PathBuf>,
    /// Files named explicitly that are neither Markdown nor plain text by
    /// their name (`ci.yml`, `x.py`): read as prose, their strings and
    /// code give only false findings.
    pub skipped: Vec<PathBuf>,
    /// Paths that could not be searched (missing, unreadable directories):
    /// the run reports them and checks every other file.
    pub errors: Vec<CheckError>,
}

/// The path that stands for standard input, as ruff and Vale take it.
pub const STDIN: &str = "-";

/// How a path is shown to the user: as given, with forward slashes.
pub fn display_path(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// The files to check under `paths`: a file is checked when it is Markdown
/// or plain text by its name ([`is_supported`]) and skipped otherwise; a
/// directory is searched recursively for `.md`, `.markdown` and
/// `.txt` files, skipping hidden files and whatever `.gitignore`, `.ignore`
/// and git's exclude files exclude (even outside a git repository). Sorted,
/// without duplicates (a file named twice, however spelled, is checked once). [`STDIN`] and paths that are neither files nor
/// directories (`/dev/stdin`, a pipe from `<(…)`) are read as named files.
/// A path that cannot be searched is listed in [`Discovered::errors`] and
/// the others are still searched.
pub fn discover_files(paths: &[PathBuf]) -> Discovered {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == STDIN {
            out.push(p.clone());
            continue;
        }
        if let Err(source) = std::fs::metadata(p) {
            // A link that leads nowhere (or round in a loop) exists: its
            // reason is told, as extract tells it, not "no such file".
            errors.push(match std::fs::symlink_metadata(p) {
                Ok(_) => CheckError::Read {
                    path: p.clone(),
                    source,
                },
                Err(_) => CheckError::Missing(p.clone()),
            });
            continue;
        }
        if !p.is_dir() {
            // Named explicitly: a pipe or device is read as the user asked,
            // not searched and found empty.
            if is_supported(p) || is_stream(p) {
                out.push(p.clone());
            } else {
                skipped.push(p.clone());
            }
            continue;
        }
        let mut files = Vec::new();
        // A zip's `__MACOSX/` folder holds resource forks, not drafts, as
        // extract's walks skip it.
        let walk = WalkBuilder::new(p)
            .require_git(false)
            .filter_entry(|e| e.file_name() != "__MACOSX")
            .build();
        for entry in walk {
            let entry = match entry {
                Ok(e) => e,
                Err(source) => {
                    errors.push(CheckError::Walk {
                        path: p.clone(),
                        source,
                    });
                    continue;
                }
            };
            let path = entry.path();
            // A link to a file is a draft, as extract reads it; a link
            // that leads nowhere is taken too, so that reading it says
            // what is wrong rather than the draft being passed over. A
            // link to a directory is not followed, so no loop recurses,
            // nor one to a pipe, which would wait for a writer for ever.
            let link_to_file = |p: &Path| std::fs::metadata(p).map_or(true, |m| m.is_file());
            let wanted = entry
                .file_type()
                .is_some_and(|t| t.is_file() || (t.is_symlink() && link_to_file(path)))
                && is_walked(path);
            if wanted {
                files.push(path.to_path_buf());
            }
        }
        files.sort();
        out.extend(files);
    }
    // The same file named twice (`drafts drafts/a.md ./drafts/a.md`) is
    // checked once, under the first name given: compared as the file
    // system names it. One path searched needs no system call per file.
    let mut seen = std::collections::HashSet::new();
    let several = paths.len() > 1;
    out.retain(|p| {
        let key = if several && p.as_os_str() != STDIN {
            std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())
        } else {
            p.clone()
        };
        seen.insert(key)
    });
    Discovered {
        files: out,
        skipped,
        errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_files_are_checked_only_when_markdown_or_text() {
        for ok in [
            "a.md",
            "b.MARKDOWN",
            "c.txt",
            "d.mdx",
            "README",
            "dir.v2/NOTES",
        ] {
            assert!(is_supported(Path::new(ok)), "{ok}");
        }
        for no in ["ci.yml", "x.py", "page.html", "data.json", "a.md.bak"] {
            assert!(!is_supported(Path::new(no)), "{no}");
        }
    }

    #[test]
    fn unsupported_named_files_are_skipped_and_listed() {
        let dir = tempfile::tempdir().unwrap();
        let md = dir.path().join("a.md");
        let yml = dir.path().join("ci.yml");
        std::fs::write(&md, "Smith said it.\n").unwrap();
        std::fs::write(&yml, "a: \"We will not raise taxes this year\"\n").unwrap();
        let d = discover_files(&[yml.clone(), md.clone()]);
        assert_eq!(d.files, vec![md]);
        assert_eq!(d.skipped, vec![yml]);
    }

    #[test]
    fn a_file_named_twice_is_checked_once() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.md");
        std::fs::write(&a, "Smith said it.\n").unwrap();
        let other = dir.path().join("sub/../a.md");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let d = discover_files(&[dir.path().to_path_buf(), a.clone(), other]);
        assert_eq!(d.files, vec![a]);
    }

    #[test]
    fn walks_take_mdx_and_skip_macosx() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("__MACOSX")).unwrap();
        std::fs::write(dir.path().join("__MACOSX/story.md"), "x\n").unwrap();
        std::fs::write(dir.path().join("page.mdx"), "x\n").unwrap();
        let d = discover_files(&[dir.path().to_path_buf()]);
        assert_eq!(d.files, vec![dir.path().join("page.mdx")]);
    }

    #[test]
    fn pipes_and_devices_are_streams_and_files_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("a.md"), "x\n").unwrap();
        assert!(!is_stream(&d.join("a.md")));
        assert!(!is_stream(d));
        assert!(!is_stream(&d.join("missing")));
        assert!(!is_stream(Path::new("/dev")));
        for device in ["/dev/null", "/dev/stdin"] {
            if Path::new(device).exists() {
                assert!(is_stream(Path::new(device)), "{device}");
            }
        }
        #[cfg(unix)]
        {
            let fifo = d.join("pipe");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            assert!(made.unwrap().success());
            assert!(is_stream(&fifo));
            // Reached through a link, it is still a pipe.
            std::os::unix::fs::symlink(&fifo, d.join("link.md")).unwrap();
            assert!(is_stream(&d.join("link.md")));
        }
    }

    #[cfg(unix)]
    #[test]
    fn links_to_files_are_drafts_and_broken_links_are_errors() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("drafts")).unwrap();
        std::fs::write(d.join("real.md"), "x\n").unwrap();
        symlink(d.join("real.md"), d.join("drafts/linked.md")).unwrap();
        symlink(d.join("nowhere.md"), d.join("drafts/dangling.md")).unwrap();
        symlink(d.join("drafts/l2.md"), d.join("drafts/l1.md")).unwrap();
        symlink(d.join("drafts/l1.md"), d.join("drafts/l2.md")).unwrap();
        // A link to a directory above is not followed.
        symlink(d, d.join("drafts/up")).unwrap();
        let found = discover_files(&[d.join("drafts")]);
        let names: Vec<_> = found
            .files
            .iter()
            .map(|f| f.strip_prefix(d).unwrap().to_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "drafts/dangling.md",
                "drafts/l1.md",
                "drafts/l2.md",
                "drafts/linked.md"
            ]
        );
        assert!(found.errors.is_empty());
        // Named, a broken link says why it cannot be read.
        let found = discover_files(&[d.join("drafts/l1.md"), d.join("drafts/dangling.md")]);
        let said: Vec<String> = found.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(said.len(), 2);
        assert!(said[0].contains("l1.md: cannot read: "), "{said:?}");
        assert!(said[1].contains("dangling.md: cannot read: "), "{said:?}");
        let found = discover_files(&[d.join("missing.md")]);
        assert!(matches!(found.errors[..], [CheckError::Missing(_)]));
    }

    #[test]
    fn earlier_reports_are_told_from_drafts() {
        let dir = tempfile::tempdir().unwrap();
        let file = |text: &str| {
            let p = dir.path().join("r.txt");
            std::fs::write(&p, text).unwrap();
            looks_like_output(&p)
        };
        for report in [
            "",
            "error[WS001]: quotation has no speaker\n",
            "No problems in 3 files.\n",
            "drafts/a.md:1:4: WS004 [warning] loaded\n",
            "[]\n",
            "path,line,column,end_line\n",
            "::error file=a.md,line=1::x\n",
        ] {
            assert!(file(report), "{report}");
        }
        for draft in [
            "# Budget\n",
            "The vote was close. \"We will not,\" she said.\n",
            "[Home](/) | News\n",
            "Note: WS001 is a rule.\n",
        ] {
            assert!(!file(draft), "{draft}");
        }
    }
}
