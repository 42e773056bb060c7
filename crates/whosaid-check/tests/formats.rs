//! One snapshot per output format over the rule fixtures, and the SARIF
//! output validated against the SARIF 2.1.0 JSON schema shipped in
//! `schema/`.

use std::path::{Path, PathBuf};
use whosaid_check::{Checker, Diagnostic, OutputFormat, Settings, Summary, render};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/check")
}

fn diagnostics() -> Vec<Diagnostic> {
    let c = Checker::new();
    let mut out = Vec::new();
    for name in [
        "ws001-fires.md",
        "ws002-fires.md",
        "ws003-fires.md",
        "ws004-fires.md",
        "ws005-fires.md",
        "ws006-fires.md",
        "ws007-fires.md",
        "suppressions.md",
        "markdown.md",
    ] {
        let r = c
            .check_file(
                &fixtures().join(name),
                &format!("fixtures/check/{name}"),
                &Settings::default(),
            )
            .unwrap();
        out.extend(r.diagnostics);
    }
    out
}

fn rendered(format: OutputFormat) -> String {
    let mut out = Vec::new();
    let summary = Summary {
        files: 9,
        suppressed: 2,
        ..Summary::default()
    };
    render(format, &diagnostics(), &summary, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn snapshot_full() {
    insta::assert_snapshot!("full", rendered(OutputFormat::Full));
}

#[test]
fn snapshot_concise() {
    insta::assert_snapshot!("concise", rendered(OutputFormat::Concise));
}

#[test]
fn snapshot_json() {
    insta::assert_snapshot!("json", rendered(OutputFormat::Json));
}

#[test]
fn snapshot_sarif() {
    insta::assert_snapshot!("sarif", rendered(OutputFormat::Sarif));
}

#[test]
fn snapshot_github() {
    insta::assert_snapshot!("github", rendered(OutputFormat::Github));
}

#[test]
fn snapshot_csv() {
    insta::assert_snapshot!("csv", rendered(OutputFormat::Csv));
}

#[test]
fn sarif_validates_against_the_2_1_0_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schema/sarif-schema-2.1.0.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles offline");
    let log: serde_json::Value = serde_json::from_str(&rendered(OutputFormat::Sarif)).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // What GitHub code scanning needs beyond the schema.
    let run = &log["runs"][0];
    for r in run["tool"]["driver"]["rules"].as_array().unwrap() {
        for key in ["shortDescription", "fullDescription", "help"] {
            assert!(
                r[key]["text"].as_str().is_some_and(|t| !t.is_empty()),
                "{r}"
            );
        }
    }
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for res in results {
        let region = &res["locations"][0]["physicalLocation"]["region"];
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(region[key].as_u64().is_some_and(|n| n >= 1), "{res}");
        }
        assert!(
            res["partialFingerprints"]
                .as_object()
                .is_some_and(|o| !o.is_empty())
        );
        assert!(res["message"]["text"].is_string() && res["ruleId"].is_string());
    }
    // Files that could not be checked, and paths outside the current
    // directory, validate too.
    let mut diags = diagnostics();
    diags[0].path = "/elsewhere/a b.md".into();
    let summary = whosaid_check::Summary {
        failures: vec![whosaid_check::Failure {
            path: "../b.txt".into(),
            message: "../b.txt:1: not valid UTF-8 at byte 4".into(),
        }],
        ..Summary::default()
    };
    let mut out = Vec::new();
    render(OutputFormat::Sarif, &diags, &summary, &mut out).unwrap();
    let with_failures: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&with_failures)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let notes = &with_failures["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(notes.as_array().map(Vec::len), Some(1));
    // A schema violation is caught: a result without a message.
    let mut bad = log.clone();
    bad["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    assert!(!validator.is_valid(&bad));
}

#[test]
fn github_annotations_escape_untrusted_text() {
    let c = Checker::new();
    let r = c.check_text(
        "a,b:c%.md",
        "He said the vote was fine.\n\n\"Unclosed %0A::error::injected\r\n",
        whosaid_check::FileKind::Text,
        &Settings::default(),
    );
    let mut out = Vec::new();
    render(
        OutputFormat::Github,
        &r.diagnostics,
        &Summary::default(),
        &mut out,
    )
    .unwrap();
    let s = String::from_utf8(out).unwrap();
    for line in s.lines() {
        assert!(line.starts_with("::"), "{line}");
        assert!(line.contains("file=a%2Cb%3Ac%25.md"), "{line}");
    }
    assert_eq!(s.lines().count(), r.diagnostics.len());
}
