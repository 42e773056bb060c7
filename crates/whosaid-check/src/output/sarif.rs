//! SARIF 2.1.0 with what GitHub code scanning requires: rules with id, short
//! and full description and help; results with ruleId, level, message, a
//! region (end column exclusive) and partialFingerprints.

use crate::rules::{SECTIONS, rules};
use crate::{Diagnostic, Severity};
use serde_json::{Value, json};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative path as a URI reference: unreserved characters and `/` kept,
/// everything else percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub(super) fn log(diags: &[Diagnostic]) -> Value {
    let rule_list: Vec<Value> = rules()
        .iter()
        .map(|r| {
            let help_text = r.section("How to fix").unwrap_or_else(|| r.summary());
            let markdown: String = SECTIONS
                .iter()
                .filter_map(|t| r.section(t).map(|b| format!("## {t}\n\n{b}\n\n")))
                .collect();
            json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": { "text": r.summary() },
                "fullDescription": {
                    "text": r.section("What it does").unwrap_or_else(|| r.summary())
                },
                "help": { "text": help_text, "markdown": markdown.trim_end() },
                "defaultConfiguration": { "level": level(r.default_severity) },
                "properties": { "tags": ["attribution", "journalism"] }
            })
        })
        .collect();
    let results: Vec<Value> = diags
        .iter()
        .map(|d| {
            let index = rules().iter().position(|r| r.code == d.code);
            let end_column = if d.end.line == d.start.line {
                d.end.column.max(d.start.column + 1)
            } else {
                d.end.column.max(1)
            };
            let mut msg = d.message.clone();
            if let Some(h) = &d.help {
                msg.push_str(&format!(" (help: {h})"));
            }
            let mut r = json!({
                "ruleId": d.code,
                "level": level(d.severity),
                "message": { "text": msg },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&d.path), "uriBaseId": "%SRCROOT%" },
                        "region": {
                            "startLine": d.start.line,
                            "startColumn": d.start.column,
                            "endLine": d.end.line,
                            "endColumn": end_column,
                            "charOffset": d.start.offset,
                            "charLength": d.end.offset.saturating_sub(d.start.offset),
                        }
                    }
                }],
                "partialFingerprints": { "whosaidFingerprint/v1": d.fingerprint },
            });
            if let (Some(i), Some(obj)) = (index, r.as_object_mut()) {
                obj.insert("ruleIndex".into(), json!(i));
            }
            r
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "whosaid",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rule_list
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results
        }]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("docs/a b#1.md"), "docs/a%20b%231.md");
        assert_eq!(uri("é.md"), "%C3%A9.md");
    }
}
