//! Spreadsheet-safe CSV: RFC 4180 quoting; text cells that would start a
//! formula (`=`, `+`, `-`, `@`, tab, CR and their full-width forms) get a
//! leading apostrophe; numbers stay plain; cells over 32,000 characters are
//! cut with a visible marker.

use crate::Diagnostic;
use std::io::Write;

/// The columns, in order.
pub const COLUMNS: [&str; 12] = [
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "code",
    "name",
    "severity",
    "message",
    "help",
    "fingerprint",
    "source_line",
];

/// Spreadsheet cell limit, less room for the marker.
const MAX_CELL: usize = 32_000;
const CUT_MARKER: &str = "…[cut]";

/// A text cell made safe for spreadsheets and quoted for CSV.
pub(crate) fn text_cell(s: &str) -> String {
    let mut v: String = if s.chars().count() > MAX_CELL {
        let mut t: String = s.chars().take(MAX_CELL).collect();
        t.push_str(CUT_MARKER);
        t
    } else {
        s.to_string()
    };
    if v.starts_with([
        '=', '+', '-', '@', '\t', '\r', '\n', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
        '\u{2212}',
    ]) {
        v.insert(0, '\'');
    }
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

pub(super) fn write(
    diags: &[Diagnostic],
    failures: &[super::Failure],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(out, "{}", COLUMNS.join(","))?;
    let failed: Vec<Diagnostic> = failures.iter().map(super::failure_entry).collect();
    for d in failed.iter().chain(diags) {
        writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{},{}",
            text_cell(&d.path),
            d.start.line,
            d.start.column,
            d.end.line,
            d.end.column,
            d.code,
            d.name,
            d.severity.as_str(),
            text_cell(&d.message),
            text_cell(d.help.as_deref().unwrap_or("")),
            d.fingerprint,
            text_cell(&d.line_text),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_triggers_are_neutralised() {
        assert_eq!(text_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(text_cell("\u{ff1d}1+1"), "'\u{ff1d}1+1");
        assert_eq!(text_cell("-2, he said"), "\"'-2, he said\"");
        assert_eq!(text_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text_cell("plain"), "plain");
        let long = "a".repeat(40_000);
        assert!(text_cell(&long).ends_with(CUT_MARKER));
    }
}
