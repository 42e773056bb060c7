//! Injection through the real binary: article text and file names that
//! start spreadsheet formulas (ASCII and full-width) are neutralised in
//! `extract`'s CSV and `check`'s csv output; GitHub annotations keep each
//! finding on one command line; JSON and SARIF parse.

use assert_cmd::Command;
use std::fs;

fn whosaid() -> Command {
    Command::cargo_bin("whosaid").unwrap()
}

const TRIGGERS: [&str; 11] = [
    "=", "+", "-", "@", "\t", "\u{ff1d}", "\u{ff0b}", "\u{ff0d}", "\u{ff20}", "\u{2212}", "\r",
];

fn starts_formula(s: &str) -> bool {
    s.starts_with([
        '=', '+', '-', '@', '\t', '\r', '\n', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
        '\u{2212}',
    ])
}

fn cells(csv_text: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn extract_csv_neutralises_formula_cells() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path();
    let mut lines = String::new();
    for (i, t) in TRIGGERS.iter().enumerate() {
        let t = t.replace('\r', "");
        let line = serde_json::json!({
            "id": format!("{t}cmd{i}"),
            "text": format!("{t}SUM(A1) said {t}Jane Doe. Jane Doe said that {t}HYPERLINK(1) is due."),
        });
        lines.push_str(&format!("{line}\n"));
    }
    fs::write(p.join("docs.jsonl"), lines).unwrap();
    fs::write(p.join("=evil.txt"), "Officials said that -2+3 is right.").unwrap();
    for extra in [&[][..], &["--excel"][..]] {
        let out = whosaid()
            .current_dir(p)
            .args(["extract", "-q", "docs.jsonl", "=evil.txt"])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let rows = cells(
            out.stdout
                .strip_prefix("\u{feff}".as_bytes())
                .unwrap_or(&out.stdout),
        );
        assert!(rows.len() > TRIGGERS.len(), "{rows:?}");
        let mut neutralised = 0;
        for row in &rows {
            for c in row {
                assert!(!starts_formula(c), "cell {c:?} in {row:?}");
                neutralised += usize::from(c.starts_with('\''));
            }
        }
        assert!(neutralised >= TRIGGERS.len(), "{rows:?}");
    }
    // JSON Lines keeps the text exactly.
    let out = whosaid()
        .current_dir(p)
        .args(["extract", "-q", "--format", "jsonl", "=evil.txt"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(v["doc_id"], "=evil.txt");
    assert_eq!(v["content_text"], "-2+3 is right");
}

#[test]
fn check_outputs_cannot_be_injected() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path();
    let body = "The vote was close. \"We will not raise taxes%0A::error::pwned\" The budget passed.\n\
                =1+1 \"Our plan works,\" he claimed.\n\
                ＝1 \"Another quote here.\" And then.\n";
    fs::write(p.join("=a,b:c%.md"), body).unwrap();
    let run = |fmt: &str| {
        let out = whosaid()
            .current_dir(p)
            .args(["check", "--output-format", fmt, "=a,b:c%.md"])
            .output()
            .unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{fmt}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let n = json.as_array().unwrap().len();
    assert!(n >= 2, "{json}");
    let _: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let gh = run("github");
    assert_eq!(gh.lines().count(), n, "{gh}");
    for l in gh.lines() {
        assert!(
            l.starts_with("::error file==a%2Cb%3Ac%25.md,")
                || l.starts_with("::warning file==a%2Cb%3Ac%25.md,")
                || l.starts_with("::notice file==a%2Cb%3Ac%25.md,"),
            "{l}"
        );
        assert!(
            !l.contains("%0A::error::pwned") || l.contains("%250A"),
            "{l}"
        );
    }
    let rows = cells(run("csv").as_bytes());
    assert_eq!(rows.len(), n + 1);
    for row in &rows {
        for c in row {
            assert!(!starts_formula(c), "cell {c:?} in {row:?}");
        }
    }
    assert!(rows[1..].iter().all(|r| r[0] == "'=a,b:c%.md"), "{rows:?}");
}

/// A draft's escape sequence (an OSC that retitles the terminal, ending in
/// BEL) reaches no terminal or CI log through a message or a path.
#[test]
fn check_messages_carry_no_control_characters() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path();
    let body = "Intro.\n\nThe vote was close. \"We will never \u{1b}]0;pwned\u{7}again accept a budget written like that.\" Done.\n";
    fs::write(p.join("esc.md"), body).unwrap();
    for fmt in ["full", "concise", "github"] {
        let out = whosaid()
            .current_dir(p)
            .args(["check", "--output-format", fmt, "esc.md"])
            .output()
            .unwrap();
        let s = String::from_utf8(out.stdout).unwrap();
        assert!(s.contains("WS001"), "{fmt}: {s}");
        assert!(
            !s.chars().any(|c| c.is_control() && c != '\n'),
            "{fmt}: {s:?}"
        );
    }
}
