//! Every rule fires on its `-fires` fixture and stays silent on its `-clean`
//! one (fixtures/check/ at the top of the repository).

use std::path::{Path, PathBuf};
use whosaid_check::{Checker, Settings, rules};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/check")
}

fn codes(name: &str) -> Vec<&'static str> {
    let path = fixtures().join(name);
    Checker::new()
        .check_file(&path, name, &Settings::default())
        .unwrap()
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

#[test]
fn each_rule_fires_on_its_fixture_and_not_on_the_clean_one() {
    for r in rules() {
        if r.code == "WS100" {
            continue;
        }
        let stem = r.code.to_lowercase();
        let fired = codes(&format!("{stem}-fires.md"));
        assert!(
            !fired.is_empty() && fired.iter().all(|c| *c == r.code),
            "{}: expected only {} findings, got {fired:?}",
            r.code,
            r.code
        );
        let clean = codes(&format!("{stem}-clean.md"));
        assert!(clean.is_empty(), "{}: clean fixture gave {clean:?}", r.code);
    }
}

#[test]
fn markdown_regions_are_skipped_and_positions_are_original() {
    let path = fixtures().join("markdown.md");
    let r = Checker::new()
        .check_file(&path, "markdown.md", &Settings::default())
        .unwrap();
    let got: Vec<_> = r
        .diagnostics
        .iter()
        .map(|d| (d.code, d.start.line, d.start.column, d.end.column))
        .collect();
    // "Zoë Müller, the café’s owner, **admitted**": column counts characters.
    assert_eq!(got, vec![("WS004", 18, 33, 41)]);
}

#[test]
fn suppressions_silence_and_unused_ones_are_reported() {
    let path = fixtures().join("suppressions.md");
    let r = Checker::new()
        .check_file(&path, "suppressions.md", &Settings::default())
        .unwrap();
    let got: Vec<_> = r
        .diagnostics
        .iter()
        .map(|d| (d.code, d.start.line))
        .collect();
    assert_eq!(
        got,
        vec![("WS003", 8), ("WS100", 10), ("WS100", 13)],
        "{:#?}",
        r.diagnostics
    );
    assert_eq!(r.suppressed, 2);
    assert!(codes("disable-file.md").is_empty());
}

#[test]
fn no_panic_on_odd_input() {
    let c = Checker::new();
    let s = Settings::default();
    let long_quotes = "\"".repeat(10_000);
    let inputs = [
        "",
        "\"",
        "”",
        "\u{0}\u{1}\"a",
        "<!-- whosaid-disable",
        "<!-- whosaid-enable WS001 -->",
        "---\n---",
        "```",
        long_quotes.as_str(),
        "He said \"“‘’”\" »« „",
    ];
    for kind in [
        whosaid_check::FileKind::Markdown,
        whosaid_check::FileKind::Text,
    ] {
        for t in inputs {
            let _ = c.check_text("x", t, kind, &s);
        }
    }
}

proptest::proptest! {
    #[test]
    fn positions_stay_inside_the_text(text in "[a-zA-Z \"“”'`#*\\[\\]()<>!\n.,é—-]{0,200}") {
        let r = Checker::new().check_text("x", &text, whosaid_check::FileKind::Markdown, &Settings::default());
        let chars = text.chars().count();
        for d in r.diagnostics {
            proptest::prop_assert!(d.start.offset <= d.end.offset && d.end.offset <= chars);
        }
    }
}
