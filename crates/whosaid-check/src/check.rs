//! The check of one file: mask Markdown, extract claims, run the enabled
//! rules, apply suppressions, compute positions and fingerprints.

use crate::diagnostic::{MAX_LINE_TEXT, normalise_sentence, stable_hash};
use crate::phrases::parse_list;
use crate::rules::{self, Ctx, Lists, LoadedVerb, UNUSED_SUPPRESSION, rules};
use crate::suppress::{self, RawFinding};
use crate::{CheckError, Diagnostic, Position, Settings};
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use whosaid_attribution::{Document, Extractor, Lexicon, Span};
use whosaid_corpus::{Encoding, decode_file};
use whosaid_text::OffsetMap;
use whosaid_text::{Masked, mask_markdown, mask_mdx, mask_plain};

/// How a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Markdown: non-prose regions are skipped.
    Markdown,
    /// Plain text: checked as is.
    Text,
    /// MDX: Markdown with ESM (`import`, `export`) and JSX, which are code.
    Mdx,
}

impl FileKind {
    /// Markdown for `.md`, `.markdown`; MDX for `.mdx`; plain text
    /// otherwise.
    pub fn from_path(p: &Path) -> FileKind {
        match p
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown") => FileKind::Markdown,
            Some("mdx") => FileKind::Mdx,
            _ => FileKind::Text,
        }
    }
}

/// The result of checking one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    /// The file as shown to the user.
    pub path: String,
    /// Findings, in order of position.
    pub diagnostics: Vec<Diagnostic>,
    /// Findings silenced by suppression comments.
    pub suppressed: usize,
}

/// Runs the rules. Cheap to share between threads; keeps one extractor per
/// distinct set of extra loaded verbs.
#[derive(Debug)]
pub struct Checker {
    builtin: Lists,
    extractors: Mutex<HashMap<Vec<String>, Arc<Extractor>>>,
    encoding: Encoding,
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new()
    }
}

impl Checker {
    /// A checker with the built-in word lists.
    pub fn new() -> Self {
        let loaded = include_str!("../data/loaded-verbs.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some(LoadedVerb {
                    lemma: cols.next()?.trim().to_lowercase(),
                    instead: cols.next().unwrap_or("said").trim().to_string(),
                    why: cols
                        .next()
                        .unwrap_or("is flagged as loaded by style guides")
                        .trim()
                        .to_string(),
                })
            })
            .collect();
        Checker {
            builtin: Lists {
                loaded,
                allowed_verbs: Vec::new(),
                accepted_sources: parse_list(include_str!("../data/accepted-sources.txt")),
                anonymity_reasons: parse_list(include_str!("../data/anonymity-reasons.txt")),
                anonymity_markers: parse_list(include_str!("../data/anonymity-markers.txt")),
                vague_phrases: parse_list(include_str!("../data/vague-phrases.txt")),
            },
            extractors: Mutex::new(HashMap::new()),
            encoding: Encoding::Utf8,
        }
    }

    /// Reads files as `whosaid extract --encoding` does: a UTF-16 or UTF-8
    /// byte order mark is always honoured; then strict UTF-8
    /// ([`Encoding::Utf8`], the default) or UTF-8 with Windows-1252 for a
    /// file that is not ([`Encoding::Auto`]).
    pub fn with_encoding(mut self, encoding: Encoding) -> Self {
        self.encoding = encoding;
        self
    }

    fn lists(&self, s: &Settings) -> Lists {
        let mut l = self.builtin.clone();
        for v in &s.loaded_verbs {
            if !l.loaded.iter().any(|x| &x.lemma == v) {
                l.loaded.push(LoadedVerb {
                    lemma: v.clone(),
                    instead: "said".into(),
                    why: "is on this project's list of loaded verbs".into(),
                });
            }
        }
        l.allowed_verbs.extend(s.allowed_verbs.iter().cloned());
        l.accepted_sources
            .extend(s.accepted_sources.iter().cloned());
        l.anonymity_reasons
            .extend(s.anonymity_reasons.iter().cloned());
        l
    }

    /// The extractor for `s`: the built-in lexicon plus any extra loaded
    /// verb it does not know as a cue.
    fn extractor(&self, s: &Settings) -> Arc<Extractor> {
        let mut key = s.loaded_verbs.clone();
        key.sort();
        key.dedup();
        if let Some(e) = self
            .extractors
            .lock()
            .ok()
            .and_then(|m| m.get(&key).cloned())
        {
            return e;
        }
        let mut lex = Lexicon::builtin();
        for v in &key {
            let known = lex.entries().iter().any(|e| &*e.lemma == v);
            let clean = !v.contains(['\t', '|', '\n']) && !v.is_empty();
            if !known && clean {
                // A regular verb: the lexicon inflects it.
                let _ = lex.extend_from_str(&format!("{v}\tassert\tloaded\t{v}\n"), "whosaid.toml");
            }
        }
        let e = Arc::new(Extractor::new(lex));
        if let Ok(mut m) = self.extractors.lock() {
            m.insert(key, e.clone());
        }
        e
    }

    /// Reads and checks a file; `display` is how its path is shown. Bytes
    /// are decoded as [`Checker::with_encoding`] says.
    pub fn check_file(
        &self,
        path: &Path,
        display: &str,
        settings: &Settings,
    ) -> Result<FileReport, CheckError> {
        let bytes = std::fs::read(path).map_err(|source| CheckError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        // A pipe or device named as a path (`<(git show HEAD:a.md)`,
        // `/dev/stdin`) has no extension to tell its kind: read it as `-`
        // is read, as Markdown, whose masking leaves plain prose alone.
        let kind = if path.extension().is_none() && crate::discover::is_stream(path) {
            FileKind::Markdown
        } else {
            FileKind::from_path(path)
        };
        self.check_bytes(bytes, path, display, kind, settings)
    }

    /// Checks bytes read from `path` (standard input, say) as a file of
    /// `kind`, decoded as [`Checker::check_file`] decodes a file.
    pub fn check_bytes(
        &self,
        bytes: Vec<u8>,
        path: &Path,
        display: &str,
        kind: FileKind,
        settings: &Settings,
    ) -> Result<FileReport, CheckError> {
        let text = decode_file(bytes, self.encoding, &path.display().to_string())
            .map_err(|source| CheckError::Text {
                path: path.to_path_buf(),
                source,
            })?
            .text;
        let text = whosaid_text::strip_bom(&text);
        Ok(self.check_text(display, text, kind, settings))
    }

    /// Checks `text` (a leading byte order mark already removed).
    pub fn check_text(
        &self,
        display: &str,
        text: &str,
        kind: FileKind,
        settings: &Settings,
    ) -> FileReport {
        let Masked {
            text: masked,
            comments,
        } = match kind {
            FileKind::Markdown => mask_markdown(text),
            FileKind::Mdx => mask_mdx(text),
            FileKind::Text => mask_plain(text),
        };
        let doc = Document::new(masked);
        let runs_claims = settings
            .enabled
            .iter()
            .any(|c| !matches!(*c, "WS006" | UNUSED_SUPPRESSION));
        let claims = if runs_claims {
            self.extractor(settings).extract(&doc)
        } else {
            Vec::new()
        };
        let lists = self.lists(settings);
        let lower = doc.text().to_ascii_lowercase();
        let ctx = Ctx {
            doc: &doc,
            lower: &lower,
            claims: &claims,
            lists: &lists,
            quoted: rules::quoted_spans(&doc),
        };
        let mut findings = Vec::new();
        for r in rules() {
            if r.code == UNUSED_SUPPRESSION || !settings.enabled.contains(r.code) {
                continue;
            }
            let mut hits = Vec::new();
            r.run(&ctx, &mut hits);
            // Two claims can share one source ("officials told …, adding
            // …"): one finding per place is enough.
            hits.sort_by_key(|h| h.span);
            hits.dedup_by_key(|h| h.span);
            findings.extend(hits.into_iter().map(|hit| RawFinding { code: r.code, hit }));
        }
        let map = OffsetMap::new(text);
        let (mut kept, suppressed, problems) =
            suppress::apply(text, &comments, findings, &settings.enabled);
        if settings.enabled.contains(UNUSED_SUPPRESSION) {
            kept.extend(problems.into_iter().map(|hit| RawFinding {
                code: UNUSED_SUPPRESSION,
                hit,
            }));
        }
        kept.sort_by(|a, b| (a.hit.span, a.code).cmp(&(b.hit.span, b.code)));

        let mut seen: HashMap<(&str, String), usize> = HashMap::new();
        // One hash per sentence, and line breaks found once: many findings in
        // one huge sentence or line must not cost its length each.
        let mut sentence_hashes: HashMap<usize, String> = HashMap::new();
        let breaks: Vec<usize> = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n' || b == b'\r')
            .map(|(i, _)| i)
            .collect();
        let diagnostics = kept
            .into_iter()
            .map(|f| {
                let span = clamp(f.hit.span, text);
                let hash_of = |s: &str| stable_hash(&[&normalise_sentence(s)]);
                let sentence = doc.sentence_at(span.start).filter(|&i| {
                    doc.sentences()
                        .get(i)
                        .is_some_and(|s| !s.text(doc.text()).trim().is_empty())
                });
                let sentence_hash = match sentence {
                    Some(i) => sentence_hashes
                        .entry(i)
                        .or_insert_with(|| hash_of(doc.sentences()[i].text(doc.text())))
                        .clone(),
                    None => hash_of(span.text(text)),
                };
                let n = seen.entry((f.code, sentence_hash.clone())).or_insert(0);
                let fingerprint = stable_hash(&[f.code, display, &sentence_hash, &n.to_string()]);
                *n += 1;
                let rule = rules::rule(f.code);
                let (line, line_column) = line_at(text, &map, &breaks, span.start);
                Diagnostic {
                    path: display.to_string(),
                    code: f.code,
                    name: rule.map_or("", |r| r.name),
                    severity: settings.severity_of(f.code),
                    message: f.hit.message,
                    help: f.hit.help,
                    start: position(&map, span.start),
                    end: position(&map, span.end),
                    fingerprint,
                    sentence_hash,
                    line_text: line.to_string(),
                    line_text_column: line_column,
                }
            })
            .collect();
        FileReport {
            path: display.to_string(),
            diagnostics,
            suppressed,
        }
    }
}

/// A span on character boundaries inside `text`.
fn clamp(s: Span, text: &str) -> Span {
    let fix = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    Span::new(fix(s.start), fix(s.end))
}

fn position(map: &OffsetMap, byte: usize) -> Position {
    let lc = map.line_col(byte);
    Position {
        line: lc.line,
        column: lc.column,
        offset: map.char_offset(byte),
    }
}

/// The line of `text` holding byte `at`, without its line break, given the
/// sorted byte offsets of every CR and LF; with the 1-based column where the
/// returned text starts. A line longer than [`MAX_LINE_TEXT`] bytes is cut
/// to a window around `at`.
fn line_at<'t>(text: &'t str, map: &OffsetMap, breaks: &[usize], at: usize) -> (&'t str, usize) {
    let k = breaks.partition_point(|&b| b < at);
    let start = k.checked_sub(1).map_or(0, |j| breaks[j] + 1);
    let end = breaks.get(k).copied().unwrap_or(text.len());
    if end - start <= MAX_LINE_TEXT {
        return (&text[start..end], 1);
    }
    // Up to 1 KiB before the finding and 3 KiB from it, on char boundaries.
    let mut from = at.saturating_sub(MAX_LINE_TEXT / 4).max(start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (at + MAX_LINE_TEXT * 3 / 4).min(end);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    (&text[from..to], map.line_col(from).column)
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid_corpus::{DocError, binary_at};

    fn codes(text: &str, kind: FileKind) -> Vec<(&'static str, usize, usize)> {
        Checker::new()
            .check_text("t", text, kind, &Settings::default())
            .diagnostics
            .iter()
            .map(|d| (d.code, d.start.line, d.start.column))
            .collect()
    }

    #[test]
    fn positions_are_in_the_original_markdown() {
        let md = "---\nt: «é»\n---\n`é` Smith **admitted** that he lied.\n";
        let got = codes(md, FileKind::Markdown);
        assert_eq!(got, vec![("WS004", 4, 13)]);
    }

    #[test]
    fn code_and_quotes_in_code_are_skipped() {
        let md = "```\n\"never closed\n```\n\n    \"indented\n\nInline `\"` ok.\n";
        assert!(codes(md, FileKind::Markdown).is_empty());
        assert!(!codes(md, FileKind::Text).is_empty());
    }

    #[test]
    fn a_suppression_comment_over_several_lines_applies() {
        for md in [
            "Intro line.\n\n<!--\nwhosaid-disable-next-line WS004\n-->\nTom Reyes admitted the plan was flawed.\n",
            "Intro line.\n\n<!-- whosaid-disable-next-line WS004\n-->\nTom Reyes admitted the plan was flawed.\n",
        ] {
            assert!(codes(md, FileKind::Markdown).is_empty(), "{md:?}");
        }
    }

    #[test]
    fn extra_loaded_verb_from_config() {
        let s = Settings {
            loaded_verbs: vec!["opine".into()],
            ..Settings::default()
        };
        let r =
            Checker::new().check_text("t", "Smith opined that it was late.", FileKind::Text, &s);
        assert_eq!(r.diagnostics.len(), 1, "{:?}", r.diagnostics);
        assert_eq!(r.diagnostics[0].code, "WS004");
        let allowed = Settings {
            allowed_verbs: vec!["admit".into()],
            ..Settings::default()
        };
        let r = Checker::new().check_text(
            "t",
            "Smith admitted that it was late.",
            FileKind::Text,
            &allowed,
        );
        assert!(r.diagnostics.is_empty());
    }

    /// Review12 item 16: check reads what extract reads.
    #[test]
    fn files_are_decoded_as_extract_decodes_them() {
        let dir = tempfile::tempdir().unwrap();
        let text = "\u{201c}Ok\u{201d}, Smith admitted that he lied.\n";
        let write = |name: &str, bytes: Vec<u8>| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        };
        let utf16 = |bom: &[u8], f: fn(u16) -> [u8; 2]| {
            let mut b = bom.to_vec();
            b.extend(text.encode_utf16().flat_map(f));
            b
        };
        let le = write("le.txt", utf16(&[0xFF, 0xFE], u16::to_le_bytes));
        let be = write("be.txt", utf16(&[0xFE, 0xFF], u16::to_be_bytes));
        let bare = write("bare.txt", utf16(&[], u16::to_le_bytes));
        let bare_be = write("bare-be.txt", utf16(&[], u16::to_be_bytes));
        let binary = write(
            "bin.txt",
            b"\"Ok\", Smith \0admitted that he lied.\n".to_vec(),
        );
        // Small 16-bit numbers, little-endian: zero high bytes, sniffed as
        // UTF-16, but they decode to control characters.
        let numbers = write(
            "numbers.txt",
            (1u16..40).flat_map(|n| (n % 7 + 1).to_le_bytes()).collect(),
        );
        let cp1252 = write(
            "cp.txt",
            b"\x93Ok\x94, Smith admitted that he lied.\n".to_vec(),
        );
        let s = Settings::default();
        let found = |c: &Checker, p: &Path| {
            c.check_file(p, "t", &s).map(|r| {
                r.diagnostics
                    .iter()
                    .map(|d| (d.code, d.start.line, d.start.column))
                    .collect::<Vec<_>>()
            })
        };
        let want = vec![("WS004", 1, 13)];
        let strict = Checker::new();
        assert_eq!(found(&strict, &le).unwrap(), want);
        assert_eq!(found(&strict, &be).unwrap(), want);
        assert!(matches!(
            found(&strict, &cp1252),
            Err(CheckError::Text {
                source: DocError::EncodingAt {
                    line: 1,
                    offset: 0,
                    ..
                },
                ..
            })
        ));
        // UTF-16 with no byte order mark is read as `extract` reads it.
        assert_eq!(found(&strict, &bare).unwrap(), want);
        assert_eq!(found(&strict, &bare_be).unwrap(), want);
        assert!(matches!(
            found(&strict, &binary),
            Err(CheckError::Text {
                source: DocError::Binary { offset: 12, .. },
                ..
            })
        ));
        assert!(matches!(
            found(&strict, &numbers),
            Err(CheckError::Text {
                source: DocError::Binary { offset: 0, .. },
                ..
            })
        ));
        // A PNG saved as .md: binary, not "not UTF-8" (which pointed to
        // --encoding auto).
        let png = write(
            "png.md",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\x90\xff\xfe".to_vec(),
        );
        assert!(matches!(
            found(&strict, &png),
            Err(CheckError::Text {
                source: DocError::Binary { offset: 8, .. },
                ..
            })
        ));
        // A few stray control characters in a long text are still text.
        assert_eq!(
            binary_at("\u{1b}[0m He said it was fine, and she said so too."),
            None
        );
        assert_eq!(
            binary_at("\u{1b}[1mHe\u{1b}[0m said it was \u{1b}[1mfine\u{1b}[0m, and she agreed."),
            None
        );
        // Damaged UTF-16 (a lone surrogate after the text) is refused, named
        // as UTF-16, unless auto reads the unit as U+FFFD.
        let mut damaged = utf16(&[0xFF, 0xFE], u16::to_le_bytes);
        damaged.extend([0x00, 0xD8]);
        let damaged = write("damaged.txt", damaged);
        let at = 2 * text.encode_utf16().count();
        assert!(matches!(
            found(&strict, &damaged),
            Err(CheckError::Text {
                source: DocError::Utf16At { offset, .. },
                ..
            }) if offset == at as u64
        ));
        let auto = Checker::new().with_encoding(Encoding::Auto);
        assert_eq!(found(&auto, &cp1252).unwrap(), want);
        assert_eq!(found(&auto, &le).unwrap(), want);
        assert_eq!(found(&auto, &damaged).unwrap(), want);
    }

    #[test]
    fn fingerprints_survive_moving_lines() {
        let c = Checker::new();
        let a = c.check_text(
            "t",
            "Smith claimed it.",
            FileKind::Text,
            &Settings::default(),
        );
        let b = c.check_text(
            "t",
            "\n\nNew text.\n\nSmith claimed it.",
            FileKind::Text,
            &Settings::default(),
        );
        assert_eq!(a.diagnostics[0].fingerprint, b.diagnostics[0].fingerprint);
        assert_ne!(a.diagnostics[0].start.line, b.diagnostics[0].start.line);
    }
}
