//! Corpus-scale runs: every input format, every document accounted for,
//! output independent of the thread count, spreadsheet-safe CSV.

use assert_cmd::Command;
use std::fs;
use std::path::Path;

fn whosaid() -> Command {
    Command::cargo_bin("whosaid").unwrap()
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap();
    rdr.records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn output_is_byte_identical_for_any_thread_count() {
    let mut outputs = Vec::new();
    for jobs in ["1", "2", "4"] {
        let out = whosaid()
            .args(["extract", "-q", "--jobs", jobs, "fixtures"])
            .output()
            .unwrap();
        assert!(out.status.success());
        outputs.push(out.stdout);
    }
    assert!(outputs[0].len() > 10_000);
    assert_eq!(outputs[0], outputs[1]);
    assert_eq!(outputs[0], outputs[2]);
}

#[test]
fn out_dir_accounts_for_every_document() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir_all(&input).unwrap();
    fs::write(
        input.join("a-good.txt"),
        "The mayor said the bridge will open.",
    )
    .unwrap();
    fs::write(input.join("b-empty.txt"), "  \n").unwrap();
    fs::write(
        input.join("c-latin1.txt"),
        b"The caf\xe9 owner said prices rose.",
    )
    .unwrap();
    fs::write(input.join("d-binary.txt"), [0u8, 159, 146, 150, 255, 0, 1]).unwrap();
    fs::write(
        input.join("e-page.html"),
        "<html><body><p>Officials said the road was closed &amp; guarded.</p></body></html>",
    )
    .unwrap();
    // A dangling link stands for a file that cannot be read.
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("nowhere.txt"), input.join("f-gone.txt")).unwrap();
    let out = dir.path().join("out");
    let res = whosaid()
        .args(["extract", "-q", "--out-dir"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(res.status.code(), Some(1), "some documents fail");
    let docs = read_csv(&out.join("documents.csv"));
    assert_eq!(
        docs[0],
        vec![
            "doc_id",
            "source",
            "bytes",
            "sentences",
            "claims",
            "status",
            "message"
        ]
    );
    let status: Vec<(&str, &str)> = docs[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[5].as_str()))
        .collect();
    assert_eq!(
        status,
        vec![
            ("a-good.txt", "ok"),
            ("b-empty.txt", "empty"),
            ("c-latin1.txt", "error"),
            ("d-binary.txt", "error"),
            ("e-page.html", "ok"),
            #[cfg(unix)]
            ("f-gone.txt", "error"),
        ]
    );
    assert!(docs[3][6].contains("byte 7"), "{:?}", docs[3]);
    let claims = read_csv(&out.join("claims.csv"));
    assert_eq!(claims.len(), 3, "{claims:?}");
    assert_eq!(claims[2][0], "e-page.html");
    assert_eq!(claims[2][14], "the road was closed & guarded");
    let speakers = read_csv(&out.join("speakers.csv"));
    assert_eq!(speakers[1][1], "mayor");
    let summary: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["documents"], if cfg!(unix) { 6 } else { 5 });
    assert_eq!(summary["errors"], if cfg!(unix) { 3 } else { 2 });
    assert_eq!(summary["claims"], 2);

    // With --encoding auto the Latin-1 file is read, and says how.
    let res = whosaid()
        .args(["extract", "-q", "--encoding", "auto", "--out-dir"])
        .arg(&out)
        .arg(input.join("c-latin1.txt"))
        .output()
        .unwrap();
    assert_eq!(res.status.code(), Some(0));
    let docs = read_csv(&out.join("documents.csv"));
    assert_eq!(docs[1][5], "ok");
    assert!(docs[1][6].contains("Windows-1252"), "{:?}", docs[1]);
    let claims = read_csv(&out.join("claims.csv"));
    assert!(claims[1][14].contains("prices rose"));
}

#[test]
fn jsonl_with_malformed_lines_streams_errors_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    fs::write(
        &input,
        "{\"id\": \"x1\", \"text\": \"The minister said taxes will fall.\"}\n\
         {not json\n\
         {\"id\": \"x3\", \"body\": \"no text field\"}\n\
         {\"id\": \"x4\", \"text\": \"Critics say the plan fails.\"}\n",
    )
    .unwrap();
    let out = whosaid()
        .args(["extract", "-q", "--format", "jsonl"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert_eq!(lines[0]["doc_id"], "x1");
    assert!(lines[1]["error"].is_string());
    assert!(lines[1]["source"].as_str().unwrap().ends_with(":2"));
    assert_eq!(lines[2]["doc_id"], "x3");
    assert!(lines[2]["error"].is_string());
    assert_eq!(lines[3]["doc_id"], "x4");
    assert_eq!(lines[3]["speaker_type"], "group");

    // --exit-zero keeps the exit code 0: the errors are in the stream.
    let out = whosaid()
        .args(["extract", "-q", "--format", "jsonl", "--exit-zero"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 4);
    let err = String::from_utf8(out.stderr).unwrap();
    let first = err.lines().next().unwrap();
    assert!(first.contains("corpus.jsonl:2: "), "{err}");
    assert_eq!(
        first.matches("corpus.jsonl:2").count(),
        1,
        "the place is named once: {first}"
    );

    // --fail-fast stops at the first bad line.
    let out = whosaid()
        .args(["extract", "-q", "--format", "jsonl", "--fail-fast"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 2);
}

#[test]
fn csv_input_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("export.csv");
    fs::write(
        &input,
        "url,title,text\nu1,T1,\"It rained.\nThe mayor said the bridge will open.\"\nu2,T2,Nothing here.\n",
    )
    .unwrap();
    let out = whosaid()
        .args(["extract", "-q", "--id-column", "url"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.lines()
            .nth(1)
            .unwrap()
            .starts_with("u1,0,1,indirect,mayor,person,"),
        "{s}"
    );
    assert_eq!(s.lines().count(), 2, "{s}");
    let bad = whosaid()
        .args(["extract", "-q", "--text-column", "body"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("export.csv"));

    let out = whosaid()
        .args([
            "extract",
            "-q",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "-",
        ])
        .write_stdin("{\"id\":\"s1\",\"text\":\"Police said two men were held.\"}\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["doc_id"], "s1");
}

#[test]
fn csv_cells_cannot_become_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("evil.txt");
    fs::write(
        &input,
        "\"=HYPERLINK(\"\"http://x\"\")\" the hacker said.\n",
    )
    .unwrap();
    fs::write(&input, "The hacker said: =cmd|' /C calc'!A0").unwrap();
    let out = whosaid()
        .args(["extract", "-q", "--excel"])
        .arg(&input)
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with('\u{feff}'));
    assert!(s.contains("\r\n"));
    assert!(s.contains(",'=cmd|' /C calc'!A0,"), "{s}");
}

/// `--excel --no-header` parts, concatenated after a part with a header
/// as Spark's are, hold one byte order mark: at the start of the file.
#[test]
fn excel_parts_without_a_header_have_no_byte_order_mark() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    fs::write(&input, "Officials said the road was closed.").unwrap();
    let part = |extra: &[&str]| {
        let out = whosaid()
            .args(["extract", "-q", "--excel"])
            .args(extra)
            .arg(&input)
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let headed = part(&[]);
    let bare = part(&["--no-header"]);
    assert!(headed.starts_with("\u{feff}doc_id,".as_bytes()));
    assert!(
        bare.starts_with(b"a.txt,"),
        "{:?}",
        String::from_utf8_lossy(&bare)
    );
    assert!(bare.ends_with(b"\r\n"));
}

#[test]
fn globs_include_and_exclude_files_of_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(corpus.join("drafts")).unwrap();
    let text = "The minister said the bridge would open.";
    for name in ["a.txt", "b.md", "skip-me.txt", "drafts/c.txt"] {
        fs::write(corpus.join(name), text).unwrap();
    }
    let docs = |globs: &[&str], extra: &[&Path]| -> Vec<String> {
        let out_dir = dir.path().join("out");
        let mut cmd = whosaid();
        cmd.args(["extract", "-q", "--out-dir"]).arg(&out_dir);
        for g in globs {
            cmd.args(["--glob", g]);
        }
        cmd.arg(&corpus).args(extra);
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        read_csv(&out_dir.join("documents.csv"))
            .into_iter()
            .skip(1)
            .map(|r| r[0].clone())
            .collect()
    };
    assert_eq!(
        docs(&[], &[]),
        ["a.txt", "b.md", "drafts/c.txt", "skip-me.txt"]
    );
    assert_eq!(docs(&["*.txt", "!drafts/**", "!skip-*"], &[]), ["a.txt"]);
    // A file named on the command line is read whatever the globs say.
    let named = corpus.join("b.md");
    assert_eq!(
        docs(&["*.txt", "!drafts/**", "!skip-*"], &[&named]),
        ["a.txt", "b.md"]
    );
    // A bad pattern is a usage error naming it.
    let out = whosaid()
        .args(["extract", "--glob", "a[", "fixtures"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("a["));
}

#[test]
fn long_and_short_documents_and_errors_in_one_batch_each_get_their_row() {
    // A worker extracts its batch in groups of about a megabyte of text:
    // a long document between short ones and an unreadable file must
    // still each give one row, in order, with the claims of a document
    // read alone.
    let dir = tempfile::tempdir().unwrap();
    let sentence = "The mayor said that the bridge would reopen in May. ";
    let long = sentence.repeat((1 << 20) / sentence.len() + 100);
    for i in 0..20 {
        let name = dir.path().join(format!("d{i:02}.txt"));
        match i {
            5 | 6 => fs::write(&name, &long).unwrap(),
            9 => fs::write(&name, b"abc \xc3\x28 def").unwrap(),
            _ => fs::write(&name, sentence).unwrap(),
        }
    }
    let mut outputs = Vec::new();
    for jobs in ["1", "2"] {
        let out_dir = dir.path().join(format!("out{jobs}"));
        whosaid()
            .args(["extract", "-q", "--jobs", jobs, "--out-dir"])
            .arg(&out_dir)
            .arg(dir.path())
            .arg("--glob")
            .arg("d*.txt")
            .assert()
            .code(1);
        let docs = read_csv(&out_dir.join("documents.csv"));
        let ids: Vec<&str> = docs[1..].iter().map(|r| r[0].as_str()).collect();
        let want: Vec<String> = (0..20).map(|i| format!("d{i:02}.txt")).collect();
        assert_eq!(ids, want);
        let claims = |i: usize| docs[i + 1][4].parse::<usize>().unwrap();
        assert_eq!(docs[10][5], "error");
        assert_eq!(claims(0), 1);
        assert_eq!(claims(5), long.matches("said").count());
        outputs.push(fs::read(out_dir.join("claims.csv")).unwrap());
    }
    assert_eq!(outputs[0], outputs[1]);
}
