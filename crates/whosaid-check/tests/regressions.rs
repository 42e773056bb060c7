//! Regressions found by fuzzing and the bad-input suite.

use whosaid_check::{Checker, FileKind, OutputFormat, Settings, Summary, render};

/// A news paragraph repeated on one line with no line break: every finding
/// used to copy the whole line into its `line_text`, so memory (and time)
/// grew with findings × line length — a 1 MB line needed gigabytes.
#[test]
fn one_huge_line_costs_linear_memory() {
    let s = "\"We will win,\" Jane Doe said on Monday. Officials said the plan was dead. ";
    let text = s.repeat(100_000 / s.len());
    let r = Checker::new().check_text("long.md", &text, FileKind::Markdown, &Settings::default());
    assert!(r.diagnostics.len() > 300, "{}", r.diagnostics.len());
    let total: usize = r.diagnostics.iter().map(|d| d.line_text.len()).sum();
    assert!(
        total <= r.diagnostics.len() * 4096,
        "line_text is not bounded: {total} bytes"
    );
    for d in &r.diagnostics {
        assert!(d.line_text.len() <= 4096);
        assert!(d.line_text_column <= d.start.column);
    }
}

/// On a cut line the snippet still shows the flagged text above its carets.
#[test]
fn snippet_of_a_cut_line_points_at_the_finding() {
    let text = format!(
        "{}\"We will not raise taxes this year.\" {}",
        "word ".repeat(4000),
        "word ".repeat(4000)
    );
    let r = Checker::new().check_text("long.md", &text, FileKind::Markdown, &Settings::default());
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == "WS001")
        .expect("an unattributed quotation");
    assert!(d.line_text_column > 1);
    let mut out = Vec::new();
    render(
        OutputFormat::Full,
        std::slice::from_ref(d),
        &Summary::default(),
        &mut out,
    )
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    let snippet = lines
        .iter()
        .position(|l| l.starts_with("1 | ") && l.contains("We will not"))
        .expect(&out);
    let carets = lines[snippet + 1];
    let at = carets.find('^').expect(&out);
    let chars: Vec<char> = lines[snippet].chars().collect();
    let caret_col = carets[..at].chars().count();
    assert_eq!(
        chars[caret_col], '"',
        "caret not under the quotation:\n{out}"
    );
}

/// Review12 item 18: carets are placed by terminal columns, so they stay
/// under the finding after CJK (two columns each) and combining marks (none).
#[test]
fn carets_line_up_after_wide_characters() {
    for (prefix, columns) in [("東京 ", 5), ("Cafe\u{301} ", 5), ("", 0)] {
        let text = format!("{prefix}Smith admitted that he lied.\n");
        let r = Checker::new().check_text("t.md", &text, FileKind::Markdown, &Settings::default());
        let mut out = Vec::new();
        render(
            OutputFormat::Full,
            &r.diagnostics,
            &Summary::default(),
            &mut out,
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        let carets = out
            .lines()
            .find(|l| l.contains('^'))
            .unwrap_or_else(|| panic!("{out}"));
        // The gutter, then the columns of the prefix and "Smith ".
        let want = format!("  | {}{}", " ".repeat(columns + 6), "^".repeat(8));
        assert_eq!(carets, want, "{out}");
    }
}
