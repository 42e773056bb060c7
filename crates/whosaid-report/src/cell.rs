//! Spreadsheet-safe CSV cells.
//!
//! A report is opened in Excel or LibreOffice by people who did not write the
//! articles in it, so article text must never become a formula there.

use std::borrow::Cow;

/// The longest text a spreadsheet cell holds (Excel: 32,767 characters);
/// longer text is cut to this many characters, marker included.
pub const MAX_CELL_CHARS: usize = 32_000;

/// What ends a cut cell, so a reader sees the text is not whole.
pub const CUT_MARKER: &str = " […cut by whosaid]";

/// One cell of a row, typed so numbers stay numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    /// Free text: neutralised and cut in CSV.
    Text(&'a str),
    /// A count or an offset.
    Int(u64),
    /// A floating-point figure.
    Float(f64),
    /// `true` or `false`.
    Bool(bool),
    /// An absent value: an empty CSV cell.
    Empty,
}

impl<'a> Cell<'a> {
    /// Text, or empty when absent.
    pub fn opt_text(s: &'a Option<String>) -> Cell<'a> {
        s.as_deref().map_or(Cell::Empty, Cell::Text)
    }

    /// A number, or empty when absent.
    pub fn opt_int(n: Option<usize>) -> Cell<'a> {
        n.map_or(Cell::Empty, |n| Cell::Int(n as u64))
    }

    /// The CSV field for this cell.
    pub fn csv(&self) -> Cow<'a, str> {
        match *self {
            Cell::Text(s) => safe_text(s),
            Cell::Int(n) => Cow::Owned(n.to_string()),
            Cell::Float(f) => Cow::Owned(format!("{f}")),
            Cell::Bool(b) => Cow::Borrowed(if b { "true" } else { "false" }),
            Cell::Empty => Cow::Borrowed(""),
        }
    }
}

/// A row type with fixed columns.
pub trait Table {
    /// Column names, in order.
    fn columns() -> &'static [&'static str];
    /// The row's cells, in column order.
    fn cells(&self) -> Vec<Cell<'_>>;
}

/// Characters that make a spreadsheet read a cell as a formula, with their
/// full-width forms, which some spreadsheets also honour.
fn is_formula_trigger(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '＝' | '＋' | '－' | '＠' | '\u{2212}'
    )
}

/// Text made safe for a spreadsheet: a leading apostrophe when it would
/// start a formula, and cut with a visible marker when too long.
pub fn safe_text(s: &str) -> Cow<'_, str> {
    let trigger = s.chars().next().is_some_and(is_formula_trigger);
    let long = s.len() > MAX_CELL_CHARS && s.chars().count() > MAX_CELL_CHARS;
    if !trigger && !long {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len().min(MAX_CELL_CHARS * 4) + 1);
    if trigger {
        out.push('\'');
    }
    if long {
        let keep = MAX_CELL_CHARS - CUT_MARKER.chars().count() - usize::from(trigger);
        out.extend(s.chars().take(keep));
        out.push_str(CUT_MARKER);
    } else {
        out.push_str(s);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_triggers_are_neutralised() {
        for s in [
            "=1+1",
            "+SUM(A1)",
            "-2",
            "@cmd",
            "\tx",
            "\rx",
            "＝HYPERLINK()",
            "＠x",
        ] {
            let safe = safe_text(s);
            assert!(safe.starts_with('\''), "{s:?} -> {safe:?}");
            assert_eq!(&safe[1..], s);
        }
        assert_eq!(safe_text("He said =1"), "He said =1");
        assert_eq!(Cell::Int(5).csv(), "5");
        assert_eq!(Cell::Bool(false).csv(), "false");
    }

    #[test]
    fn long_cells_are_cut_with_a_marker() {
        let s = "é".repeat(40_000);
        let safe = safe_text(&s);
        assert_eq!(safe.chars().count(), MAX_CELL_CHARS);
        assert!(safe.ends_with(CUT_MARKER));
        let s = format!("={}", "a".repeat(40_000));
        let safe = safe_text(&s);
        assert_eq!(safe.chars().count(), MAX_CELL_CHARS);
        assert!(safe.starts_with("'=a"));
    }
}
