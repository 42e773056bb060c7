//! Loading a gold directory laid out as PolNeAR: `DIR/text/<article>.txt`
//! and `DIR/attributions/<article>_<annotator>.ann`, or BRAT's own
//! `<article>.ann`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::brat::read_ann_for;
use crate::error::EvalError;
use crate::relation::Relation;

/// One gold document: an article's text and one annotator's relations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldDoc {
    /// The article name: the text file's name without `.txt`.
    pub name: String,
    /// The annotator id (the part of the `.ann` name after the last `_`),
    /// empty for a file named `<article>.ann`, or `None` if the article has
    /// no `.ann` file.
    pub annotator: Option<String>,
    /// The article text, with any leading byte order mark removed: offsets
    /// count from here.
    pub text: String,
    /// The annotator's relations, in file order.
    pub relations: Vec<Relation>,
}

/// How the files of a gold directory matched up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LoadReport {
    /// Number of `text/*.txt` files (= number of documents).
    pub texts: usize,
    /// Number of `attributions/*.ann` files.
    pub annotation_files: usize,
    /// Number of `.ann` files not used because another annotator's file for
    /// the same article comes first in sorted order.
    pub other_annotators: usize,
    /// Articles without any `.ann` file; they are loaded with no relations.
    pub texts_without_annotations: Vec<String>,
    /// `.ann` files whose name is neither `<article>.ann` nor
    /// `<article>_<annotator>.ann` for any article in `text/`; they are
    /// ignored.
    pub unmatched_annotation_files: Vec<String>,
}

impl LoadReport {
    /// Whether every text has an annotation file and every annotation file
    /// belongs to a text.
    pub fn is_consistent(&self) -> bool {
        self.texts_without_annotations.is_empty() && self.unmatched_annotation_files.is_empty()
    }
}

/// A loaded gold directory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Gold {
    /// The documents, sorted by name.
    pub docs: Vec<GoldDoc>,
    /// How the files matched up.
    pub report: LoadReport,
}

/// Names of the files in `dir` with extension `ext`, in sorted order of
/// their full names, without the extension.
fn list(dir: &Path, ext: &str) -> Result<Vec<String>, EvalError> {
    let entries = std::fs::read_dir(dir).map_err(|e| EvalError::io(dir, e))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| EvalError::io(dir, e))?;
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some(ext) {
            continue;
        }
        let is_file = entry
            .file_type()
            .map_err(|e| EvalError::io(&path, e))?
            .is_file()
            || path.is_file();
        if !is_file {
            continue;
        }
        // Names that are not UTF-8 cannot be matched up; skip them.
        if let Some(name) = path.file_name().and_then(|s| s.to_str()) {
            names.push(name.to_string());
        }
    }
    // Sort by the whole file name ("first .ann in sorted order"), then drop
    // the extension.
    names.sort();
    let suffix = format!(".{ext}");
    Ok(names
        .into_iter()
        .filter_map(|n| n.strip_suffix(&suffix).map(str::to_string))
        .collect())
}

fn read_utf8(path: &Path) -> Result<String, EvalError> {
    let bytes = std::fs::read(path).map_err(|e| EvalError::io(path, e))?;
    String::from_utf8(bytes).map_err(|e| EvalError::NotUtf8 {
        path: path.to_path_buf(),
        byte: e.utf8_error().valid_up_to(),
    })
}

/// Loads a gold directory: every `DIR/text/*.txt` becomes a document, with
/// the relations of the first of `DIR/attributions/<article>.ann` (BRAT's
/// own naming) and `DIR/attributions/<article>_<annotator>.ann` (PolNeAR's,
/// one file per annotator) in sorted file-name order (the annotator id is
/// what follows the last `_`, so article names may contain `_`).
///
/// An article without any `.ann` file is kept as a document with no
/// relations and listed in [`LoadReport::texts_without_annotations`]: in
/// BRAT an article with nothing annotated still has a (possibly empty)
/// `.ann` file, and PolNeAR's train and dev have one for every article, so a
/// missing file is worth a warning but need not stop the evaluation. `.ann`
/// files that match no text are listed and ignored.
///
/// Errors name the file (and, for `.ann` files, the line): unreadable
/// directories or files, invalid UTF-8, malformed annotation lines, and
/// fragments beyond the end of the text.
pub fn load_gold(dir: impl AsRef<Path>) -> Result<Gold, EvalError> {
    let dir = dir.as_ref();
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let texts = list(&text_dir, "txt")?;
    let anns = list(&ann_dir, "ann")?;

    let mut report = LoadReport {
        texts: texts.len(),
        annotation_files: anns.len(),
        ..LoadReport::default()
    };

    // article -> the first annotation file in sorted order (anns are
    // sorted; `a.ann` comes before `a_x1.ann`): its stem and annotator.
    let mut first: BTreeMap<&str, Option<(&str, &str)>> =
        texts.iter().map(|t| (t.as_str(), None)).collect();
    for stem in &anns {
        let stem = stem.as_str();
        let matched = if first.contains_key(stem) {
            first.get_mut(stem).map(|slot| (slot, ""))
        } else {
            stem.rsplit_once('_')
                .filter(|(_, annotator)| !annotator.is_empty())
                .and_then(|(article, annotator)| {
                    first.get_mut(article).map(|slot| (slot, annotator))
                })
        };
        match matched {
            Some((slot, annotator)) if slot.is_none() => *slot = Some((stem, annotator)),
            Some(_) => report.other_annotators += 1,
            None => report
                .unmatched_annotation_files
                .push(format!("{stem}.ann")),
        }
    }

    let mut docs = Vec::with_capacity(texts.len());
    for (name, found) in first {
        let text_path = text_dir.join(format!("{name}.txt"));
        let mut text = read_utf8(&text_path)?;
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        let (annotator, relations) = if let Some((stem, annotator)) = found {
            let ann_path: PathBuf = ann_dir.join(format!("{stem}.ann"));
            let ann = read_utf8(&ann_path)?;
            let relations = read_ann_for(&ann, &text).map_err(|error| EvalError::Ann {
                path: ann_path.clone(),
                error,
            })?;
            (Some(annotator.to_string()), relations)
        } else {
            report.texts_without_annotations.push(name.to_string());
            (None, Vec::new())
        };
        docs.push(GoldDoc {
            name: name.to_string(),
            annotator,
            text,
            relations,
        });
    }
    Ok(Gold { docs, report })
}
