//! `whosaid check` end to end: exit codes, formats, config discovery,
//! baselines, errors.

use assert_cmd::Command;
use std::path::Path;

fn whosaid() -> Command {
    let mut c = Command::cargo_bin("whosaid").unwrap();
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = whosaid().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn exit_codes_follow_fail_on() {
    // An error-level finding fails by default.
    assert_eq!(run(&["check", "fixtures/check/ws001-fires.md"]).0, 1);
    // Warnings do not fail unless fail-on says so.
    assert_eq!(run(&["check", "fixtures/check/ws004-fires.md"]).0, 0);
    let (code, out, _) = run(&[
        "check",
        "--fail-on",
        "warning",
        "--output-format",
        "concise",
        "fixtures/check/ws004-fires.md",
    ]);
    assert_eq!(code, 1);
    assert!(
        out.contains("fixtures/check/ws004-fires.md:1:14: WS004 [warning]"),
        "{out}"
    );
    // --exit-zero never fails on findings.
    assert_eq!(
        run(&["check", "--exit-zero", "fixtures/check/ws001-fires.md"]).0,
        0
    );
    // Clean files pass.
    let (code, out, _) = run(&["check", "fixtures/check/ws001-clean.md"]);
    assert_eq!(code, 0);
    assert!(out.contains("No problems in 1 file."), "{out}");
}

#[test]
fn errors_exit_two_and_name_the_path() {
    let (code, _, err) = run(&["check", "fixtures/check/no-such-file.md"]);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-file.md"), "{err}");
    let (code, _, err) = run(&["check", "--select", "WS999", "fixtures/check"]);
    assert_eq!(code, 2);
    assert!(err.contains("WS999"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("whosaid.toml"), "fail-on = \"sometimes\"\n").unwrap();
    std::fs::write(dir.path().join("a.md"), "Smith said it.\n").unwrap();
    let (code, _, err) = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("whosaid.toml") && err.contains("sometimes"),
        "{err}"
    );
    // An unreadable file is named; the others are still checked.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "\"Never closed\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), b"bad \xff byte").unwrap();
    let (code, out, err) = run(&[
        "check",
        "--output-format",
        "concise",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("b.txt:1: not valid UTF-8 at byte 4"), "{err}");
    assert!(out.contains("a.md:1:1: WS006"), "{out}");
}

#[test]
fn select_and_ignore_on_the_command_line() {
    let (_, out, _) = run(&[
        "check",
        "--output-format",
        "concise",
        "--select",
        "loaded-verb",
        "fixtures/check/ws003-fires.md",
        "fixtures/check/ws004-fires.md",
    ]);
    assert!(out.contains("WS004") && !out.contains("WS003"), "{out}");
    let (_, out, _) = run(&[
        "check",
        "--output-format",
        "concise",
        "--ignore",
        "WS004,WS003",
        "fixtures/check/ws003-fires.md",
        "fixtures/check/ws004-fires.md",
    ]);
    assert!(out.contains("No problems in 2 files."), "{out}");
}

#[test]
fn config_is_found_by_walking_up_with_overrides() {
    let (code, out, _) = run(&[
        "check",
        "--output-format",
        "concise",
        "fixtures/check/configured",
    ]);
    // fail-on = "warning"; loaded-verb raised to error; "slam" added; police
    // accepted; opinion/ ignores WS004.
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "fixtures/check/configured/news.md:1:34: WS003 [warning] claim attributed to an unnamed group (“Officials”)",
            "fixtures/check/configured/news.md:1:92: WS004 [error] loaded attribution verb “slammed”: it is on this project's list of loaded verbs",
            "fixtures/check/configured/news.md:1:107: WS004 [error] loaded attribution verb “claimed”: it casts doubt on what the speaker said",
        ],
        "{out}"
    );
    assert!(!out.contains("opinion/column.md"), "{out}");
    // --config replaces discovery: the defaults file accepts nothing special.
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(&cfg, "select = [\"WS005\"]\n").unwrap();
    let (_, out, _) = run(&[
        "check",
        "--output-format",
        "concise",
        "--config",
        cfg.to_str().unwrap(),
        "fixtures/check/configured",
    ]);
    assert!(out.contains("No problems in 2 files."), "{out}");
}

#[test]
fn baseline_fails_only_on_new_findings() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.md");
    let base = dir.path().join("baseline.json");
    std::fs::write(
        &draft,
        "The vote was close. \"We will not raise taxes this year at all.\"\n",
    )
    .unwrap();
    let d = draft.to_str().unwrap();
    let b = base.to_str().unwrap();
    assert_eq!(run(&["check", d]).0, 1);
    let (code, _, err) = run(&["check", "--write-baseline", b, d]);
    assert_eq!(code, 0);
    assert!(err.contains("wrote 1 finding"), "{err}");
    assert_eq!(run(&["check", "--baseline", b, d]).0, 0);
    // Moving the sentence down keeps it baselined; a new one fails.
    std::fs::write(
        &draft,
        "A new first paragraph.\n\nThe vote was close. \"We will not raise taxes this year at all.\"\n",
    )
    .unwrap();
    let (code, out, _) = run(&["check", "--baseline", b, d]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 in baseline"), "{out}");
    std::fs::write(
        &draft,
        "The vote was close. \"We will not raise taxes this year at all.\"\n\nIt rained. \"Nobody expected the storm to be this bad.\"\n",
    )
    .unwrap();
    let (code, out, _) = run(&["check", "--baseline", b, "--output-format", "concise", d]);
    assert_eq!(code, 1);
    assert_eq!(out.matches("WS001").count(), 1, "{out}");
    std::fs::write(&base, "not json").unwrap();
    assert_eq!(run(&["check", "--baseline", b, d]).0, 2);
}

#[test]
fn every_format_is_written_and_machine_formats_parse() {
    let f = "fixtures/check/ws006-fires.md";
    for fmt in ["full", "concise", "json", "sarif", "github", "csv"] {
        let (code, out, err) = run(&["check", "--output-format", fmt, f]);
        assert_eq!(code, 1, "{fmt}: {err}");
        assert!(out.contains("WS006"), "{fmt}: {out}");
    }
    let (_, out, _) = run(&["check", "--output-format", "json", f]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["start"]["line"], 1);
    let (_, out, _) = run(&["check", "--output-format", "sarif", f]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let (_, out, _) = run(&["check", "--output-format", "csv", f]);
    let mut rows = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(rows.records().count(), 2);
    let dir = tempfile::tempdir().unwrap();
    let o = dir.path().join("report.sarif");
    whosaid()
        .args(["check", "--exit-zero", "--output-format", "sarif", "-o"])
        .arg(&o)
        .arg(f)
        .assert()
        .success();
    assert!(Path::new(&o).exists());
}

#[test]
fn directories_respect_gitignore_and_extensions() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join(".gitignore"), "drafts/\n").unwrap();
    std::fs::create_dir(p.join("drafts")).unwrap();
    std::fs::write(p.join("drafts/x.md"), "\"Unclosed\n").unwrap();
    std::fs::write(p.join("a.md"), "Smith said it.\n").unwrap();
    std::fs::write(p.join("b.txt"), "Jones said it.\n").unwrap();
    std::fs::write(p.join("c.html"), "\"Unclosed\n").unwrap();
    let (code, out, _) = run(&["check", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("No problems in 2 files."), "{out}");
}

/// Review12 item 2: YAML strings and Python literals read as prose were
/// unattributed quotes. A named file that is neither Markdown nor plain text
/// is skipped with a warning and not counted.
#[test]
fn named_files_that_are_not_prose_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(
        p.join("ci.yml"),
        "a: \"We will not raise taxes this year\"\n",
    )
    .unwrap();
    std::fs::write(
        p.join("x.py"),
        "print(\"We will not raise taxes this year\")\n",
    )
    .unwrap();
    std::fs::write(p.join("a.md"), "Smith said it.\n").unwrap();
    std::fs::write(p.join("NOTES"), "Jones said it.\n").unwrap();
    let arg = |n: &str| p.join(n).to_str().unwrap().to_string();
    let (code, out, err) = run(&[
        "check",
        &arg("ci.yml"),
        &arg("x.py"),
        &arg("a.md"),
        &arg("NOTES"),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("No problems in 2 files."), "{out}");
    assert!(
        err.contains("ci.yml: skipped") && err.contains("x.py: skipped"),
        "{err}"
    );
    assert!(!err.contains("a.md") && !err.contains("NOTES"), "{err}");
}

/// Review12 item 12: a reader that closes the pipe early (`| head -1`) must
/// not turn a failing run into a passing one under `pipefail`.
#[test]
fn closed_stdout_keeps_the_exit_code() {
    for format in ["full", "concise", "json", "sarif"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_whosaid"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["check", "--output-format", format, "fixtures/check"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Close the read end before the report is written.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert!(
            out.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Review12 item 14: no "No problems" when a file could not be checked or
/// its config is broken; only checked files are counted; in SARIF a path
/// outside the current directory is an absolute `file://` URI with no
/// `%SRCROOT%`, and an unreadable file is a tool notification.
#[test]
fn unchecked_files_are_reported_not_counted() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("b.txt"), b"bad \xff byte").unwrap();
    let (code, out, _) = run(&["check", p.join("b.txt").to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(!out.contains("No problems"), "{out}");
    assert!(out.contains("1 file could not be checked"), "{out}");
    std::fs::write(p.join("a.md"), "Smith said it.\n").unwrap();
    let (code, out, _) = run(&["check", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        out.contains("1 file could not be checked")
            && out.contains("no findings in the 1 other file."),
        "{out}"
    );
    std::fs::write(
        p.join("c.md"),
        "The vote was close. \"We will not raise taxes this year.\" It passed.\n",
    )
    .unwrap();
    let (code, out, _) = run(&["check", "--output-format", "concise", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        out.contains("in 2 files; 1 file could not be checked"),
        "{out}"
    );

    let (code, out, _) = run(&["check", "--output-format", "sarif", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    let log: serde_json::Value = serde_json::from_str(&out).unwrap();
    let run0 = &log["runs"][0];
    let loc = &run0["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert!(
        loc["uri"].as_str().unwrap().starts_with("file:///") && loc.get("uriBaseId").is_none(),
        "{loc}"
    );
    let inv = &run0["invocations"][0];
    assert_eq!(inv["executionSuccessful"], serde_json::json!(false));
    let n = &inv["toolExecutionNotifications"][0];
    assert!(
        n["message"]["text"].as_str().unwrap().contains("b.txt"),
        "{n}"
    );
    let uri = n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(
        uri.starts_with("file:///") && uri.ends_with("/b.txt"),
        "{uri}"
    );

    // JSON and CSV list it too, as a WS000 finding at 1:1, before the rest.
    let (code, out, _) = run(&["check", "--output-format", "json", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list[0]["code"], "WS000", "{out}");
    assert_eq!(list[0]["name"], "unchecked-file", "{out}");
    assert!(
        list[0]["path"].as_str().unwrap().ends_with("b.txt"),
        "{out}"
    );
    assert!(
        list[0]["message"].as_str().unwrap().contains("UTF-8"),
        "{out}"
    );
    assert_eq!(list[1]["code"], "WS001", "{out}");
    let (code, out, _) = run(&["check", "--output-format", "csv", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    let row = out.lines().nth(1).unwrap_or_default();
    assert!(
        row.contains("b.txt,1,1,1,1,WS000,unchecked-file,error,"),
        "{out}"
    );

    // A broken whosaid.toml: nothing is checked.
    let bad = tempfile::tempdir().unwrap();
    std::fs::write(bad.path().join("whosaid.toml"), "fail-on = 3\n").unwrap();
    std::fs::write(bad.path().join("a.md"), "Smith said it.\n").unwrap();
    let (code, out, _) = run(&["check", bad.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(!out.contains("No problems"), "{out}");
    assert!(out.contains("1 file could not be checked"), "{out}");
}

/// Review12 item 16: a Windows-1252 draft is an error that says how to read
/// it, and `--encoding auto` reads it, as `extract` does.
#[test]
fn encoding_auto_reads_windows_1252() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("cp.txt");
    std::fs::write(
        &f,
        b"The vote was close. \x93We will not raise taxes this year.\x94 It passed.\n",
    )
    .unwrap();
    let f = f.to_str().unwrap();
    let (code, _, err) = run(&["check", f]);
    assert_eq!(code, 2);
    assert!(err.contains("--encoding auto"), "{err}");
    let (code, out, _) = run(&[
        "check",
        "--output-format",
        "concise",
        "--encoding",
        "auto",
        f,
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("WS001"), "{out}");
}

/// Review12 item 18: a run that finds nothing to check says so.
#[test]
fn nothing_to_check_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.html"), "<p>Hi</p>\n").unwrap();
    let (code, out, err) = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains("No problems in 0 files."), "{out}");
    assert!(
        err.contains("no Markdown or plain-text files found"),
        "{err}"
    );
}

#[test]
fn standard_input_and_pipes_are_checked() {
    let draft = "The vote was close. \"We will not raise taxes this year at all.\"\n";
    let out = whosaid()
        .args(["check", "--output-format", "concise", "-"])
        .write_stdin(draft)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("-:1:21: WS001"), "{s}");
    // --stdin-filename names it, and its extension says what it is.
    let out = whosaid()
        .args(["check", "--output-format", "concise", "-"])
        .args(["--stdin-filename", "drafts/vote.md"])
        .write_stdin(draft)
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("drafts/vote.md:1:21: WS001"), "{s}");
    // A pipe or device named on the command line is read, not searched
    // and found empty (a gate that would pass whatever the draft said).
    if Path::new("/dev/stdin").exists() {
        let out = whosaid()
            .args(["check", "--output-format", "concise", "/dev/stdin"])
            .write_stdin(draft)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let s = String::from_utf8_lossy(&out.stdout);
        assert!(s.contains("WS001"), "{s}");
    }
}

#[test]
fn a_missing_path_fails_the_run_but_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "\"Never closed\n").unwrap();
    let report = dir.path().join("report.txt");
    let (code, _, err) = run(&[
        "check",
        "--output-format",
        "concise",
        "no/such/dir",
        dir.path().to_str().unwrap(),
        "-o",
        report.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("no/such/dir: no such file"), "{err}");
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(text.contains("a.md:1:1: WS006"), "{text}");
    // The report left in the directory is not checked on the next run.
    let (_, _, err) = run(&[
        "check",
        "--output-format",
        "concise",
        dir.path().to_str().unwrap(),
        "-o",
        report.to_str().unwrap(),
    ]);
    assert!(err.contains("report.txt: not checked"), "{err}");
    let again = std::fs::read_to_string(&report).unwrap();
    assert!(again.contains("in 1 file"), "{again}");
    // A baseline that cannot be written says so.
    let (code, _, err) = run(&[
        "check",
        dir.path().to_str().unwrap(),
        "--write-baseline",
        "no/such/dir/base.json",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot write"), "{err}");
}

#[test]
fn a_baseline_matches_however_the_paths_are_typed() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(
        docs.join("draft.md"),
        "The vote was close. \"We will not raise taxes this year at all.\"\n",
    )
    .unwrap();
    let check = |cwd: &Path, args: &[&str]| {
        let out = Command::cargo_bin("whosaid")
            .unwrap()
            .current_dir(cwd)
            .arg("check")
            .args(args)
            .output()
            .unwrap();
        out.status.code()
    };
    assert_eq!(
        check(dir.path(), &["docs", "--write-baseline", "base.json"]),
        Some(0)
    );
    assert_eq!(
        check(dir.path(), &["docs", "--baseline", "base.json"]),
        Some(0)
    );
    assert_eq!(check(&docs, &[".", "--baseline", "../base.json"]), Some(0));
    let abs = docs.join("draft.md");
    assert_eq!(
        check(
            &docs,
            &[abs.to_str().unwrap(), "--baseline", "../base.json"]
        ),
        Some(0)
    );
    assert_eq!(check(&docs, &["draft.md"]), Some(1));
}

#[test]
fn mdx_imports_and_exports_are_code_not_quotations() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("budget.mdx");
    std::fs::write(
        &page,
        "import { Chart } from \"../components/Chart\"\n\
         export const meta = { title: \"Budget fight heats up in the council chamber\" }\n\n\
         # Budget\n\n<Chart title=\"Spending has risen sharply in ten years\" />\n\n\
         The vote was close. \"We will not raise taxes this year at all.\"\n",
    )
    .unwrap();
    let (code, out, _) = run(&[
        "check",
        "--output-format",
        "concise",
        page.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{out}");
    // Only the quotation in the prose, on line 8.
    assert_eq!(out.matches("WS001").count(), 1, "{out}");
    assert!(out.contains("budget.mdx:8:"), "{out}");
}

#[test]
fn a_baseline_beside_the_drafts_survives_a_copy_of_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let proj = dir.path().join("proj");
    std::fs::create_dir_all(proj.join("docs")).unwrap();
    std::fs::create_dir_all(proj.join("ci")).unwrap();
    std::fs::write(
        proj.join("docs/draft.md"),
        "The vote was close. \"We will not raise taxes this year at all.\"\n",
    )
    .unwrap();
    let check = |cwd: &Path, args: &[&str]| {
        Command::cargo_bin("whosaid")
            .unwrap()
            .current_dir(cwd)
            .arg("check")
            .args(args)
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(
        check(&proj, &["docs", "--write-baseline", "ci/base.json"]),
        Some(0)
    );
    let stored = std::fs::read_to_string(proj.join("ci/base.json")).unwrap();
    assert!(stored.contains("\"../docs/draft.md\""), "{stored}");
    // Another checkout of the same project.
    let copy = dir.path().join("copy");
    std::fs::create_dir_all(copy.join("docs")).unwrap();
    std::fs::create_dir_all(copy.join("ci")).unwrap();
    std::fs::copy(proj.join("docs/draft.md"), copy.join("docs/draft.md")).unwrap();
    std::fs::copy(proj.join("ci/base.json"), copy.join("ci/base.json")).unwrap();
    assert_eq!(
        check(&copy, &["docs", "--baseline", "ci/base.json"]),
        Some(0)
    );
    // A baseline written by an earlier version, relative to the working
    // directory, still matches from there.
    let old = stored.replace("../docs/draft.md", "docs/draft.md");
    std::fs::write(copy.join("ci/old.json"), old).unwrap();
    assert_eq!(
        check(&copy, &["docs", "--baseline", "ci/old.json"]),
        Some(0)
    );
}

#[test]
fn writing_a_baseline_leaves_the_report_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "\"Never closed\n").unwrap();
    let report = dir.path().join("report.txt");
    std::fs::write(&report, "yesterday's report\n").unwrap();
    let (code, _, _) = run(&[
        "check",
        dir.path().join("a.md").to_str().unwrap(),
        "-o",
        report.to_str().unwrap(),
        "--write-baseline",
        dir.path().join("base.json").to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        std::fs::read_to_string(&report).unwrap(),
        "yesterday's report\n"
    );
}

#[test]
fn a_report_or_baseline_never_replaces_a_draft_or_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let draft = "The vote was close. \"We will not raise taxes this year at all.\"\n";
    std::fs::create_dir(d.join("drafts")).unwrap();
    for f in ["a.md", "b.md", "drafts/c.md"] {
        std::fs::write(d.join(f), draft).unwrap();
    }
    let config = "fail-on = \"warning\"\n";
    std::fs::write(d.join("whosaid.toml"), config).unwrap();
    std::fs::write(d.join("base.json"), "{\"version\":1,\"findings\":[]}\n").unwrap();
    let p = |f: &str| d.join(f).to_str().unwrap().to_string();
    for args in [
        vec!["check".to_string(), p("a.md"), "-o".into(), p("a.md")],
        // A shell glob that names the output among the drafts.
        vec!["check".into(), p("a.md"), p("b.md"), "-o".into(), p("b.md")],
        vec![
            "check".into(),
            p("a.md"),
            "--write-baseline".into(),
            p("a.md"),
        ],
        vec!["check".into(), p("a.md"), "-o".into(), p("whosaid.toml")],
        vec![
            "check".into(),
            p("a.md"),
            "--write-baseline".into(),
            p("whosaid.toml"),
        ],
        vec![
            "check".into(),
            p("a.md"),
            "--baseline".into(),
            p("base.json"),
            "-o".into(),
            p("base.json"),
        ],
        // A draft found in a searched directory.
        vec!["check".into(), p("drafts"), "-o".into(), p("drafts/c.md")],
    ] {
        let out = whosaid().args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("nothing was done"), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    for f in ["a.md", "b.md", "drafts/c.md"] {
        assert_eq!(std::fs::read_to_string(d.join(f)).unwrap(), draft, "{f}");
    }
    assert_eq!(
        std::fs::read_to_string(d.join("whosaid.toml")).unwrap(),
        config
    );
    // Renewing the baseline it filters by is allowed, and so is replacing
    // an earlier report found in a searched directory.
    let (code, _, err) = run(&[
        "check",
        &p("a.md"),
        "--baseline",
        &p("base.json"),
        "--write-baseline",
        &p("base.json"),
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&["check", &p("drafts"), "-o", &p("drafts/report.txt")]);
    assert_eq!(code, 1, "{err}");
    let (code, _, err) = run(&["check", &p("drafts"), "-o", &p("drafts/report.txt")]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("report.txt: not checked"), "{err}");
}

#[test]
fn overrides_apply_however_the_config_and_files_are_named() {
    // opinion/** ignores WS004, raised to error for the rest.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/check/configured");
    let check = |cwd: &Path, args: &[&str]| {
        let out = Command::cargo_bin("whosaid")
            .unwrap()
            .current_dir(cwd)
            .args(["check", "--output-format", "concise"])
            .args(args)
            .output()
            .unwrap();
        let s = String::from_utf8_lossy(&out.stdout).into_owned();
        (out.status.code(), s)
    };
    let opinion = root.join("opinion");
    for (cwd, args) in [
        (&root, vec!["opinion/column.md"]),
        (&root, vec!["--config", "whosaid.toml", "opinion/column.md"]),
        (
            &root,
            vec!["--config", "./whosaid.toml", "opinion/column.md"],
        ),
        (&opinion, vec!["--config", "../whosaid.toml", "column.md"]),
        (&opinion, vec!["../opinion/column.md"]),
        (&opinion, vec!["column.md"]),
    ] {
        let (code, out) = check(cwd, &args);
        assert!(!out.contains("WS004"), "{args:?} in {cwd:?}: {out}");
        assert_eq!(code, Some(0), "{args:?} in {cwd:?}: {out}");
    }
}

#[test]
fn a_pipe_is_read_as_markdown_under_the_working_directory_config() {
    if !Path::new("/dev/stdin").exists() {
        return;
    }
    // Front matter and code are no prose; the config here raises WS004 to
    // an error and fails on warnings.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("whosaid.toml"),
        "[severity]\nWS004 = \"error\"\n",
    )
    .unwrap();
    let draft = "---\ntitle: \"We will not raise taxes this year, whatever happens\"\n---\n\n\
                 The council met on Monday. The budget passed.\n\n\
                 Jones claimed the vote was rigged.\n\n\
                 ```\nx = \"We will not raise taxes this year, whatever happens next\"\n```\n";
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--output-format", "concise", "/dev/stdin"])
        .write_stdin(draft)
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(!s.contains("WS001"), "{s}");
    assert!(s.contains("WS004 [error]"), "{s}");
    assert_eq!(out.status.code(), Some(1), "{s}");
}

#[test]
fn ignoring_a_rule_leaves_its_suppressions_alone() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("ig.md");
    std::fs::write(
        &f,
        "Intro.\n\n<!-- whosaid-disable-next-line WS004 -->\nTom Reyes admitted that the plan was flawed.\n",
    )
    .unwrap();
    let f = f.to_str().unwrap();
    let (code, out, _) = run(&["check", f, "--ignore", "WS004", "--fail-on", "warning"]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("WS100"), "{out}");
    // With the rule running and nothing to silence, it is unused.
    std::fs::write(
        dir.path().join("ig.md"),
        "Intro.\n\n<!-- whosaid-disable-next-line WS004 -->\nTom Reyes said the plan was flawed.\n",
    )
    .unwrap();
    let (code, out, _) = run(&["check", f, "--fail-on", "warning"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("WS100"), "{out}");
}

/// A draft read as a stream: its fenced code holds the only quotation,
/// so WS001 stays silent when it is read as Markdown, and its 'claimed'
/// is WS004, a warning unless the config beside the drafts is used.
const STREAM_DRAFT: &str = "```\nx = \"We will not raise taxes this year, whatever happens next\"\n```\n\n\
                            Jones claimed the vote was rigged.\n";

/// A folder with `drafts/whosaid.toml` making WS004 an error: a stream
/// under the working directory's config does not take it.
fn stream_drafts() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("drafts")).unwrap();
    std::fs::write(
        dir.path().join("drafts/whosaid.toml"),
        "[severity]\nWS004 = \"error\"\n",
    )
    .unwrap();
    dir
}

#[test]
fn dev_stdin_from_a_file_is_read_as_standard_input_is() {
    // `check /dev/stdin < drafts/vote` is `check - < drafts/vote`: Markdown,
    // under the working directory's config, not the config beside the file
    // standard input happens to come from.
    if !Path::new("/dev/stdin").exists() {
        return;
    }
    let dir = stream_drafts();
    let d = dir.path();
    std::fs::write(d.join("drafts/vote"), STREAM_DRAFT).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("whosaid");
    let check = |path: &str| {
        let out = std::process::Command::new(&bin)
            .current_dir(d)
            .args(["check", "--output-format", "concise", path])
            .stdin(std::fs::File::open(d.join("drafts/vote")).unwrap())
            .output()
            .unwrap();
        let s = String::from_utf8_lossy(&out.stdout).replace("/dev/stdin", "-");
        (out.status.code(), s)
    };
    let (code, out) = check("-");
    assert!(out.contains("WS004 [warning]"), "{out}");
    assert!(!out.contains("WS001"), "{out}");
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(check("/dev/stdin"), (code, out));
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_read_as_markdown_under_the_working_directory_config() {
    let dir = stream_drafts();
    let d = dir.path();
    let fifo = d.join("drafts/pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, STREAM_DRAFT).unwrap())
    };
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .current_dir(d)
        .args(["check", "--output-format", "concise", "drafts/pipe"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    writer.join().unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("drafts/pipe:5:7: WS004 [warning]"), "{s}");
    assert!(!s.contains("WS001"), "{s}");
    assert_eq!(out.status.code(), Some(0), "{s}");
}

#[cfg(unix)]
#[test]
fn a_linked_draft_in_a_searched_directory_is_checked() {
    // A gate passed a draft kept as a symbolic link (exit 0, "1 file"),
    // where extract reads it; a link round in a loop went unmentioned.
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("drafts")).unwrap();
    std::fs::write(d.join("drafts/ok.md"), "Fine text.\n").unwrap();
    std::fs::write(
        d.join("vote.md"),
        "The vote was close. \"We will not raise taxes this year at all.\"\n",
    )
    .unwrap();
    symlink(d.join("vote.md"), d.join("drafts/vote.md")).unwrap();
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .current_dir(d)
        .args(["check", "--output-format", "concise", "drafts"])
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("drafts/vote.md:1:21: WS001"), "{s}");
    assert!(s.contains("in 2 files"), "{s}");
    assert_eq!(out.status.code(), Some(1), "{s}");
    symlink(d.join("drafts/l2.md"), d.join("drafts/l1.md")).unwrap();
    symlink(d.join("drafts/l1.md"), d.join("drafts/l2.md")).unwrap();
    for args in [vec!["drafts"], vec!["drafts/l1.md"]] {
        let out = Command::cargo_bin("whosaid")
            .unwrap()
            .current_dir(d)
            .arg("check")
            .args(&args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("drafts/l1.md: cannot read: Too many levels of symbolic links"),
            "{args:?}: {err}"
        );
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    }
}
