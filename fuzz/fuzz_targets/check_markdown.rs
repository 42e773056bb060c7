//! `whosaid check` on a Markdown file: masking, rules, suppressions; every
//! diagnostic has a sane position; the JSON and SARIF renderings parse.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;
use whosaid_check::{Checker, FileKind, OutputFormat, Settings, Summary, render};

static CHECKER: LazyLock<Checker> = LazyLock::new(Checker::new);
static SETTINGS: LazyLock<Settings> = LazyLock::new(Settings::default);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let report = CHECKER.check_text("fuzz.md", text, FileKind::Markdown, &SETTINGS);
    let nchars = text.chars().count();
    for d in &report.diagnostics {
        assert!(d.start <= d.end, "diagnostic ends before it starts: {d:?}");
        assert!(d.end.offset <= nchars, "diagnostic past the end: {d:?}");
        assert!(d.start.line >= 1 && d.start.column >= 1);
    }
    let summary = Summary::default();
    for f in [OutputFormat::Full, OutputFormat::Github, OutputFormat::Csv] {
        let mut out = Vec::new();
        render(f, &report.diagnostics, &summary, &mut out).unwrap();
    }
    for f in [OutputFormat::Json, OutputFormat::Sarif] {
        let mut out = Vec::new();
        render(f, &report.diagnostics, &summary, &mut out).unwrap();
        let _: serde_json::Value = serde_json::from_slice(&out).expect("invalid JSON output");
    }
});
