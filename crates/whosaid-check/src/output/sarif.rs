//! SARIF 2.1.0 with what GitHub code scanning requires: rules with id, short
//! and full description and help; results with ruleId, level, message, a
//! region (end column exclusive) and partialFingerprints.

use super::Failure;
use crate::rules::{SECTIONS, rules};
use crate::{Diagnostic, Severity};
use serde_json::{Value, json};
use std::path::{Component, Path, PathBuf};

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

/// `path` with `.` and `..` resolved without touching the file system.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The `artifactLocation` of a file shown as `path`, for a run from `root`
/// (the current directory, which is `%SRCROOT%`): a relative URI against
/// `%SRCROOT%` when the file is under it, else an absolute `file://` URI
/// with no base, since a viewer would join a path outside the checkout, or
/// an absolute one, to the checkout's root.
fn artifact(path: &str, root: Option<&Path>) -> Value {
    let p = Path::new(path);
    let full = match root {
        Some(r) if p.is_relative() => normalise(&r.join(p)),
        _ => normalise(p),
    };
    let under = root.and_then(|r| full.strip_prefix(normalise(r)).ok());
    match under {
        Some(rel) if !rel.as_os_str().is_empty() => json!({
            "uri": uri(&rel.to_string_lossy().replace('\\', "/")),
            "uriBaseId": "%SRCROOT%",
        }),
        // No root to resolve against: a relative path stays relative.
        _ if root.is_none() && p.is_relative() && !path.starts_with("..") => json!({
            "uri": uri(path),
            "uriBaseId": "%SRCROOT%",
        }),
        _ => {
            let abs = full.to_string_lossy().replace('\\', "/");
            let abs = abs.trim_start_matches('/');
            json!({ "uri": format!("file:///{}", uri(abs)) })
        }
    }
}

pub(super) fn log(diags: &[Diagnostic], failures: &[Failure]) -> Value {
    log_from(diags, failures, std::env::current_dir().ok().as_deref())
}

fn log_from(diags: &[Diagnostic], failures: &[Failure], root: Option<&Path>) -> Value {
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
                        "artifactLocation": artifact(&d.path, root),
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
    // Files that could not be checked: a viewer shows these as the run's
    // errors, where a result would be a finding in the draft.
    let notifications: Vec<Value> = failures
        .iter()
        .map(|f| {
            json!({
                "level": "error",
                "message": { "text": f.message },
                "locations": [{
                    "physicalLocation": { "artifactLocation": artifact(&f.path, root) }
                }]
            })
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
            "invocations": [{
                "executionSuccessful": failures.is_empty(),
                "toolExecutionNotifications": notifications
            }],
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

    /// Review12 item 14: an absolute path or one outside the current
    /// directory is no path under `%SRCROOT%`.
    #[test]
    fn only_files_under_the_root_are_relative_to_srcroot() {
        let root = Path::new("/work/repo");
        let rel = |p: &str| artifact(p, Some(root));
        assert_eq!(
            rel("drafts/a b.md"),
            json!({ "uri": "drafts/a%20b.md", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(
            rel("/work/repo/drafts/a.md"),
            json!({ "uri": "drafts/a.md", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(rel("/tmp/x y.md"), json!({ "uri": "file:///tmp/x%20y.md" }));
        assert_eq!(
            rel("../other/a.md"),
            json!({ "uri": "file:///work/other/a.md" })
        );
        assert_eq!(
            artifact("a.md", None),
            json!({ "uri": "a.md", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(
            artifact("/tmp/a.md", None),
            json!({ "uri": "file:///tmp/a.md" })
        );
    }

    #[test]
    fn unreadable_files_are_tool_notifications() {
        let failures = [Failure {
            path: "drafts/b.txt".into(),
            message: "drafts/b.txt: not valid UTF-8 (first bad byte at offset 4)".into(),
        }];
        let log = log_from(&[], &failures, Some(Path::new("/work/repo")));
        let inv = &log["runs"][0]["invocations"][0];
        assert_eq!(inv["executionSuccessful"], json!(false));
        let n = &inv["toolExecutionNotifications"][0];
        assert_eq!(n["level"], json!("error"));
        assert_eq!(
            n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            json!("drafts/b.txt")
        );
        let ok = log_from(&[], &[], None);
        assert_eq!(
            ok["runs"][0]["invocations"][0]["executionSuccessful"],
            json!(true)
        );
    }
}
