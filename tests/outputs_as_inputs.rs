//! An output that is also an input, however its path is spelled: `check`
//! refusing to replace a draft, `check` leaving its own earlier report out
//! of a directory walk, `extract` refusing an article named as its output
//! and leaving its own earlier output out of a walk. Each is tried with
//! `./x`, `dir/../x`, a symbolic link and a hard link, the spellings one
//! shared test for "same file" must survive.

use assert_cmd::Command;
use std::fs;
use std::path::Path;

const DRAFT: &str = "The vote was close. \"We will not raise taxes this year at all.\"\n";
const SAID: &str = "The mayor said that taxes would rise.\n";

fn whosaid(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("whosaid").unwrap();
    c.current_dir(dir);
    c
}

/// Runs in `dir`: exit code and standard error.
fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = whosaid(dir).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Other names for `target` (relative to `dir`): `./target`,
/// `sub/../target` (`sub` is made), and on Unix `soft-NAME` and `hard-NAME`,
/// a symbolic and a hard link made beside `dir`'s top.
fn spellings(dir: &Path, target: &str, name: &str) -> Vec<String> {
    fs::create_dir_all(dir.join("sub")).unwrap();
    #[allow(unused_mut)]
    let mut names = vec![format!("./{target}"), format!("sub/../{target}")];
    #[cfg(unix)]
    {
        let soft = format!("soft-{name}");
        let hard = format!("hard-{name}");
        let _ = fs::remove_file(dir.join(&soft));
        let _ = fs::remove_file(dir.join(&hard));
        std::os::unix::fs::symlink(dir.join(target), dir.join(&soft)).unwrap();
        fs::hard_link(dir.join(target), dir.join(&hard)).unwrap();
        names.extend([soft, hard]);
    }
    names
}

/// Runs whosaid with `args` and asserts it refused (exit 2) with a message
/// holding each of `says`, leaving `kept` (a path under `dir`) holding
/// `before`.
fn assert_refused(dir: &Path, args: &[&str], says: &[&str], kept: &str, before: &str) {
    let (code, err) = run(dir, args);
    assert_eq!(code, 2, "{args:?}: {err}");
    for s in says {
        assert!(err.contains(s), "{args:?}: {err}");
    }
    assert_eq!(
        fs::read_to_string(dir.join(kept)).unwrap(),
        before,
        "{args:?}"
    );
}

#[test]
fn check_never_writes_its_report_over_a_named_draft() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.md"), DRAFT).unwrap();
    for out in spellings(d, "a.md", "a.md") {
        let args = ["check", "a.md", "-o", &out];
        assert_refused(
            d,
            &args,
            &["it is named as a draft to check"],
            "a.md",
            DRAFT,
        );
    }
}

#[test]
fn check_never_writes_its_report_over_a_draft_in_a_searched_directory() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("drafts")).unwrap();
    fs::write(d.join("drafts/c.md"), DRAFT).unwrap();
    for out in spellings(d, "drafts/c.md", "c.md") {
        let args = ["check", "drafts", "-o", &out];
        assert_refused(
            d,
            &args,
            &["it is a draft under drafts"],
            "drafts/c.md",
            DRAFT,
        );
    }
}

#[test]
fn check_leaves_its_earlier_report_out_of_a_walk() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("drafts")).unwrap();
    fs::write(d.join("drafts/a.md"), DRAFT).unwrap();
    let report = "drafts/report.txt";
    let args = ["check", "--output-format", "concise", "drafts", "-o"];
    let (code, err) = run(d, &[&args[..], &[report]].concat());
    assert_eq!(code, 1, "{err}");
    for out in spellings(d, report, "report.txt") {
        let (code, err) = run(d, &[&args[..], &[out.as_str()]].concat());
        assert_eq!(code, 1, "-o {out}: {err}");
        assert!(
            err.contains("drafts/report.txt: not checked, it is an output of this run"),
            "-o {out}: {err}"
        );
        let text = fs::read_to_string(d.join(report)).unwrap();
        assert!(text.contains("in 1 file"), "-o {out}: {text}");
    }
}

#[test]
fn extract_never_writes_over_a_named_article() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.txt"), SAID).unwrap();
    for out in spellings(d, "a.txt", "a.txt") {
        let args = ["extract", "-q", "a.txt", "-o", &out];
        let says = ["a.txt: named as an input and written as an output"];
        assert_refused(d, &args, &says, "a.txt", SAID);
    }
}

#[test]
fn extract_leaves_its_earlier_output_out_of_a_walk() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("corpus")).unwrap();
    fs::write(d.join("corpus/a.txt"), SAID).unwrap();
    // JSON Lines: a CSV output would also be told by its header.
    let output = "corpus/claims.jsonl";
    let args = ["extract", "-q", "--format", "jsonl", "corpus", "-o"];
    let (code, err) = run(d, &[&args[..], &[output]].concat());
    assert_eq!(code, 0, "{err}");
    let first = fs::read_to_string(d.join(output)).unwrap();
    assert!(first.contains("\"doc_id\":\"a.txt\""), "{first}");
    for out in spellings(d, output, "claims.jsonl") {
        let (code, err) = run(d, &[&args[..], &[out.as_str()]].concat());
        assert_eq!(code, 0, "-o {out}: {err}");
        assert!(
            err.contains("corpus/claims.jsonl: not read, it is an output of this run"),
            "-o {out}: {err}"
        );
        assert_eq!(
            fs::read_to_string(d.join(output)).unwrap(),
            first,
            "-o {out}"
        );
    }
    // A link inside the corpus to the output is the output too.
    #[cfg(unix)]
    {
        fs::hard_link(d.join(output), d.join("corpus/copy.jsonl")).unwrap();
        let (code, err) = run(d, &[&args[..], &[output]].concat());
        assert_eq!(code, 0, "{err}");
        assert!(
            err.contains("corpus/copy.jsonl: not read, it is an output of this run"),
            "{err}"
        );
        assert_eq!(fs::read_to_string(d.join(output)).unwrap(), first);
    }
}

#[test]
fn extract_never_writes_over_a_document_found_in_a_walk() {
    // An article, or a JSON Lines corpus, in the searched directory named
    // as the output was left out of the run and emptied, as check would
    // never do with a draft.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("corpus")).unwrap();
    fs::write(d.join("corpus/a.txt"), SAID).unwrap();
    let records = "{\"id\":\"x\",\"text\":\"The mayor said no.\"}\n";
    fs::write(d.join("corpus/more.jsonl"), records).unwrap();
    for (file, format) in [("a.txt", "csv"), ("more.jsonl", "jsonl")] {
        let target = format!("corpus/{file}");
        let before = fs::read_to_string(d.join(&target)).unwrap();
        for out in spellings(d, &target, file) {
            let args = ["extract", "-q", "--format", format, "corpus", "-o", &out];
            let says = ["as a document to read", "nothing was done"];
            assert_refused(d, &args, &says, &target, &before);
        }
    }
    // An earlier output of any kind in the walk is still replaced.
    for (out, format) in [
        ("corpus/claims.txt", "csv"),
        ("corpus/claims.jsonl", "jsonl"),
    ] {
        for _ in 0..2 {
            let (code, err) = run(
                d,
                &["extract", "-q", "--format", format, "corpus", "-o", out],
            );
            assert_eq!(code, 0, "-o {out}: {err}");
        }
    }
}

#[test]
fn extract_never_writes_two_outputs_into_one_file() {
    // Both tables went into the one file, one over the other, with exit 0.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.txt"), SAID).unwrap();
    fs::create_dir(d.join("sub")).unwrap();
    let fresh: [&[&str]; 3] = [
        &["-o", "x.csv", "--speakers", "x.csv"],
        &["-o", "x.csv", "--speakers-summary", "sub/../x.csv"],
        &[
            "--out-dir",
            "out",
            "--speakers-summary",
            "out/./speakers.csv",
        ],
    ];
    for outputs in fresh {
        let (code, err) = run(d, &[&["extract", "-q", "a.txt"][..], outputs].concat());
        assert_eq!(code, 2, "{outputs:?}: {err}");
        assert!(
            err.contains("each output needs a file of its own"),
            "{outputs:?}: {err}"
        );
        assert!(
            !d.join("x.csv").exists() && !d.join("out").exists(),
            "{outputs:?}"
        );
    }
    fs::write(d.join("x.csv"), "").unwrap();
    for other in spellings(d, "x.csv", "x.csv") {
        let outputs = ["-o", "x.csv", "--speakers", other.as_str()];
        let (code, err) = run(d, &[&["extract", "-q", "a.txt"][..], &outputs].concat());
        assert_eq!(code, 2, "{outputs:?}: {err}");
        assert!(
            err.contains("each output needs a file of its own"),
            "{outputs:?}: {err}"
        );
        assert_eq!(
            fs::read_to_string(d.join("x.csv")).unwrap(),
            "",
            "{outputs:?}"
        );
    }
    // Distinct files are written as before.
    let (code, err) = run(
        d,
        &[
            "extract",
            "-q",
            "a.txt",
            "-o",
            "x.csv",
            "--speakers",
            "s.csv",
        ],
    );
    assert_eq!(code, 0, "{err}");
}
