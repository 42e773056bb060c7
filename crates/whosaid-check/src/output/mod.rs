//! Output formats, all behind [`OutputFormat`] and [`render`].

mod csv;
mod full;
mod github;
mod sarif;

use crate::{CheckError, Diagnostic, Severity};
use std::io::Write;

/// How findings are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// rustc/ruff-style: a header, the line and a caret under the finding.
    Full,
    /// One line per finding: `path:line:col: CODE message`.
    Concise,
    /// A JSON array of findings.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// Spreadsheet-safe CSV with a header row.
    Csv,
}

impl OutputFormat {
    /// Every format with its command-line name.
    pub const ALL: [(&'static str, OutputFormat); 6] = [
        ("full", OutputFormat::Full),
        ("concise", OutputFormat::Concise),
        ("json", OutputFormat::Json),
        ("sarif", OutputFormat::Sarif),
        ("github", OutputFormat::Github),
        ("csv", OutputFormat::Csv),
    ];

    /// Parses a command-line name.
    pub fn parse(s: &str) -> Option<OutputFormat> {
        Self::ALL.iter().find(|(n, _)| *n == s).map(|&(_, f)| f)
    }
}

/// A file that could not be checked (unreadable, not UTF-8, under a broken
/// config file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The file, as shown to the user.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

/// Totals of a run, for the closing line of the human formats, and the
/// files that could not be checked (SARIF tool notifications).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Files checked: those that could not be are in `failures` instead.
    pub files: usize,
    /// Findings silenced by suppression comments.
    pub suppressed: usize,
    /// Findings accepted by the baseline.
    pub baselined: usize,
    /// Files that could not be checked.
    pub failures: Vec<Failure>,
}

/// Writes `diags` in `format`. Human formats end with a summary line.
pub fn render(
    format: OutputFormat,
    diags: &[Diagnostic],
    summary: &Summary,
    out: &mut dyn Write,
) -> Result<(), CheckError> {
    match format {
        OutputFormat::Full => {
            full::write(diags, out)?;
            write_summary(diags, summary, out)?;
        }
        OutputFormat::Concise => {
            for d in diags {
                writeln!(
                    out,
                    "{}:{}:{}: {} [{}] {}",
                    one_line(&d.path),
                    d.start.line,
                    d.start.column,
                    d.code,
                    d.severity.as_str(),
                    one_line(&d.message)
                )?;
            }
            write_summary(diags, summary, out)?;
        }
        OutputFormat::Json => {
            // Files that could not be checked come first, as findings of
            // their own at 1:1 (ruff's E902), so a program reading only
            // the report still sees the run was incomplete.
            let failed: Vec<Diagnostic> = summary.failures.iter().map(failure_entry).collect();
            let entries: Vec<&Diagnostic> = failed.iter().chain(diags).collect();
            serde_json::to_writer_pretty(&mut *out, &entries)?;
            writeln!(out)?;
        }
        OutputFormat::Sarif => {
            serde_json::to_writer_pretty(&mut *out, &sarif::log(diags, &summary.failures))?;
            writeln!(out)?;
        }
        OutputFormat::Github => github::write(diags, &summary.failures, out)?,
        OutputFormat::Csv => csv::write(diags, &summary.failures, out)?,
    }
    Ok(())
}

/// The code under which a file that could not be checked is listed in the
/// JSON and CSV reports.
pub const UNCHECKED_CODE: &str = "WS000";
/// The name that goes with [`UNCHECKED_CODE`].
pub const UNCHECKED_NAME: &str = "unchecked-file";

/// A file that could not be checked, as a finding at line 1, column 1.
pub(crate) fn failure_entry(f: &Failure) -> Diagnostic {
    let at = crate::Position {
        line: 1,
        column: 1,
        offset: 0,
    };
    Diagnostic {
        path: f.path.clone(),
        code: UNCHECKED_CODE,
        name: UNCHECKED_NAME,
        severity: Severity::Error,
        message: f.message.clone(),
        help: None,
        start: at,
        end: at,
        fingerprint: String::new(),
        sentence_hash: String::new(),
        line_text: String::new(),
        line_text_column: 1,
    }
}

/// Text on one line, safe for a terminal or a CI log: line breaks and
/// every other control character become spaces, so a draft's quotation
/// (or a file name) holding an escape sequence cannot retitle a terminal,
/// move its cursor or hide a line of the report.
pub(crate) fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// As [`one_line`], but keeping line breaks (`\n`, `\r`), which the GitHub
/// format escapes itself.
pub(crate) fn printable(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\r' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn write_summary(diags: &[Diagnostic], s: &Summary, out: &mut dyn Write) -> std::io::Result<()> {
    let count = |sev| diags.iter().filter(|d| d.severity == sev).count();
    let files = if s.files == 1 { "file" } else { "files" };
    let mut extra = Vec::new();
    if s.suppressed > 0 {
        extra.push(format!("{} suppressed", s.suppressed));
    }
    if s.baselined > 0 {
        extra.push(format!("{} in baseline", s.baselined));
    }
    let extra = if extra.is_empty() {
        String::new()
    } else {
        format!(" ({})", extra.join(", "))
    };
    // Never "No problems" when some file went unchecked: say so instead.
    let unchecked = match s.failures.len() {
        0 => String::new(),
        n => format!(
            "; {n} file{} could not be checked (errors on standard error)",
            plural(n)
        ),
    };
    if diags.is_empty() && !s.failures.is_empty() {
        let n = s.failures.len();
        let others = if s.files == 0 {
            String::new()
        } else {
            format!("; no findings in the {} other {files}", s.files)
        };
        writeln!(
            out,
            "{n} file{} could not be checked (errors on standard error){others}{extra}.",
            plural(n)
        )
    } else if diags.is_empty() {
        writeln!(out, "No problems in {} {files}{extra}.", s.files)
    } else {
        writeln!(
            out,
            "Found {} problem{} ({} error{}, {} warning{}, {} info) in {} {files}{extra}{unchecked}.",
            diags.len(),
            plural(diags.len()),
            count(Severity::Error),
            plural(count(Severity::Error)),
            count(Severity::Warning),
            plural(count(Severity::Warning)),
            count(Severity::Info),
            s.files
        )
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
