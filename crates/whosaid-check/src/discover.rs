use crate::CheckError;
use ignore::WalkBuilder;
use std::path::{Path, PathBuf};

/// Extensions of files checked when a directory is searched.
pub const EXTENSIONS: [&str; 3] = ["md", "markdown", "txt"];

/// How a path is shown to the user: as given, with forward slashes.
pub fn display_path(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// The files to check under `paths`: a file is checked whatever its
/// extension; a directory is searched recursively for `.md`, `.markdown` and
/// `.txt` files, skipping hidden files and whatever `.gitignore`, `.ignore`
/// and git's exclude files exclude (even outside a git repository). Sorted,
/// without duplicates.
pub fn discover_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CheckError> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_file() {
            out.push(p.clone());
            continue;
        }
        if !p.exists() {
            return Err(CheckError::Missing(p.clone()));
        }
        let mut files = Vec::new();
        for entry in WalkBuilder::new(p).require_git(false).build() {
            let entry = entry.map_err(|source| CheckError::Walk {
                path: p.clone(),
                source,
            })?;
            let path = entry.path();
            let wanted = entry.file_type().is_some_and(|t| t.is_file())
                && path
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
            if wanted {
                files.push(path.to_path_buf());
            }
        }
        files.sort();
        out.extend(files);
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(p.clone()));
    Ok(out)
}
