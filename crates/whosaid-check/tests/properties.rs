//! Output formats stay well-formed whatever the text and path: JSON and
//! SARIF parse; GitHub annotations are one command line per finding with
//! escaped properties; CSV cells never start a formula.

use proptest::prelude::*;
use std::sync::LazyLock;
use whosaid_check::{Checker, Diagnostic, FileKind, OutputFormat, Settings, Summary, render};

static CHECKER: LazyLock<Checker> = LazyLock::new(Checker::new);

fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"We will not raise taxes,\" ".to_string()),
        Just("“".to_string()),
        Just("\"".to_string()),
        Just("officials said ".to_string()),
        Just("he claimed ".to_string()),
        Just("The vote was close. ".to_string()),
        Just("\n::error file=x.md,line=1::pwned\n".to_string()),
        Just("%0A%25".to_string()),
        Just("\r".to_string()),
        Just("\n\n".to_string()),
        Just("=HYPERLINK(\"x\")".to_string()),
        Just("＝1+1 ".to_string()),
        Just("\u{0}\u{1b}[31m\u{7f}".to_string()),
        Just("\\u0000 \\\" </script> ".to_string()),
        Just("\u{2028}\u{fffe}😀".to_string()),
        Just("<!-- whosaid-disable-next-line WS001 -->\n".to_string()),
        Just("```\n".to_string()),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![hostile(), any::<String>()]
}

fn path() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("drafts/a.md".to_string()),
        Just("=cmd|' /C calc'!A0.md".to_string()),
        Just("a,b:c%25\n::warning::x.md".to_string()),
        "[a-z=+@,:%\r\n ＝-]{1,12}\\.md",
    ]
}

fn diags(path: &str, text: &str) -> Vec<Diagnostic> {
    let mut d = CHECKER
        .check_text(path, text, FileKind::Markdown, &Settings::default())
        .diagnostics;
    // A quotation with no speaker, so there is always something to render.
    d.extend(
        CHECKER
            .check_text(
                path,
                "The vote was close. \"We will not raise taxes this year.\" The budget passed.",
                FileKind::Markdown,
                &Settings::default(),
            )
            .diagnostics,
    );
    d
}

fn rendered(format: OutputFormat, d: &[Diagnostic]) -> String {
    let mut out = Vec::new();
    render(format, d, &Summary::default(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn starts_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn json_and_sarif_are_valid_json(p in path(), t in text()) {
        let d = diags(&p, &t);
        let json: serde_json::Value = serde_json::from_str(&rendered(OutputFormat::Json, &d)).unwrap();
        prop_assert_eq!(json.as_array().map(Vec::len), Some(d.len()));
        let sarif: serde_json::Value = serde_json::from_str(&rendered(OutputFormat::Sarif, &d)).unwrap();
        prop_assert!(sarif["runs"].is_array());
    }

    #[test]
    fn github_annotations_cannot_start_a_command(p in path(), t in text()) {
        let d = diags(&p, &t);
        let out = rendered(OutputFormat::Github, &d);
        let lines: Vec<&str> = out.lines().collect();
        prop_assert_eq!(lines.len(), d.len(), "one line per finding:\n{}", out);
        for (l, d) in lines.iter().zip(&d) {
            prop_assert!(!l.contains('\r'));
            let rest = l
                .strip_prefix("::error ")
                .or_else(|| l.strip_prefix("::warning "))
                .or_else(|| l.strip_prefix("::notice "));
            prop_assert!(rest.is_some(), "{l}");
            let rest = rest.unwrap();
            // The properties end at the first "::"; no property may contain
            // an unescaped ':' or ',' from the path.
            let (props, _msg) = rest.split_once("::").unwrap();
            let file = props.split(',').next().unwrap();
            let expect = d
                .path
                .replace('%', "%25")
                .replace('\r', "%0D")
                .replace('\n', "%0A")
                .replace(':', "%3A")
                .replace(',', "%2C");
            prop_assert_eq!(file.strip_prefix("file="), Some(expect.as_str()));
            prop_assert!(!props.contains(':'));
        }
    }

    #[test]
    fn csv_cells_never_start_a_formula(p in path(), t in text()) {
        let d = diags(&p, &t);
        let out = rendered(OutputFormat::Csv, &d);
        let mut rdr = csv::ReaderBuilder::new().has_headers(true).from_reader(out.as_bytes());
        let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
        prop_assert_eq!(rows.len(), d.len());
        for row in &rows {
            for cell in row {
                prop_assert!(!starts_formula(cell), "cell {cell:?} starts a formula");
            }
        }
    }
}
