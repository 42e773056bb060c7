//! The 52 English "Golden Rules" of the Pragmatic Segmenter project, read
//! from the shared data directory. Published anchors on the same cases:
//! pySBD 48, pragmatic-segmenter 45, sentencex 44.

use whosaid_text::split_sentences;

fn cases() -> Vec<serde_json::Value> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/golden-rules/en.json"
    );
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let v: serde_json::Value = serde_json::from_str(&data).expect("golden rules are JSON");
    v.as_array().expect("a list of cases").clone()
}

fn ours(text: &str) -> Vec<String> {
    split_sentences(text)
        .iter()
        .map(|s| s.text(text).trim().to_string())
        .collect()
}

/// Whitespace runs folded to one space: our sentences are spans of the
/// input, so a sentence that wraps over a line keeps its newline.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn golden_rules_score() {
    let cases = cases();
    assert_eq!(cases.len(), 52);
    let mut exact = 0;
    let mut folded = 0;
    let mut failures = Vec::new();
    for c in &cases {
        let text = c["text"].as_str().expect("text");
        let expected: Vec<String> = c["expected"]
            .as_array()
            .expect("expected")
            .iter()
            .map(|e| e.as_str().expect("sentence").trim().to_string())
            .collect();
        let got = ours(text);
        if got == expected {
            exact += 1;
        } else {
            failures.push(format!(
                "#{} {}\n  text:     {:?}\n  expected: {:?}\n  got:      {:?}",
                c["id"], c["name"], text, expected, got
            ));
        }
        let f = |v: &[String]| v.iter().map(|s| fold(s)).collect::<Vec<_>>();
        if f(&got) == f(&expected) {
            folded += 1;
        }
    }
    println!("golden rules: {exact}/52 exact, {folded}/52 with whitespace folded");
    for f in &failures {
        println!("{f}");
    }
    assert!(exact >= 50, "only {exact}/52 golden rules exact");
}
