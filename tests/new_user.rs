//! What a new user runs into, from a walk through the tool (review 12):
//! outputs inside the corpus, files with the same name in different
//! folders, unreadable folders, Markdown, ignored flags, messages.

use assert_cmd::Command;
use std::fs;
use std::path::Path;

fn whosaid() -> Command {
    Command::cargo_bin("whosaid").unwrap()
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    r.records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The JSON Lines rows of `stdout`, and each row's `doc_id`.
fn jsonl_rows(stdout: &str) -> (Vec<serde_json::Value>, Vec<String>) {
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids = rows
        .iter()
        .map(|r| r["doc_id"].as_str().unwrap_or_default().to_string())
        .collect();
    (rows, ids)
}

const SAID: &str = "The mayor said that taxes would rise.";

#[test]
fn an_output_file_inside_the_corpus_is_not_read_back() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), SAID).unwrap();
    // Twice: the second run finds the first run's claims.csv in the corpus.
    for _ in 0..2 {
        whosaid()
            .current_dir(dir.path())
            .args(["extract", "-q", ".", "-o", "claims.csv"])
            .assert()
            .code(0);
    }
    let rows = read_csv(&dir.path().join("claims.csv"));
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0][0], "a.txt");
    // --out-dir inside the corpus: its CSV files are not documents either,
    // nor is the roll-up.
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), SAID).unwrap();
    for _ in 0..2 {
        whosaid()
            .current_dir(dir.path())
            .args(["extract", "-q", ".", "--out-dir", "out"])
            .args(["--speakers-summary", "rollup.csv"])
            .assert()
            .code(0);
    }
    let docs = read_csv(&dir.path().join("out/documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, ["a.txt"]);
}

#[test]
fn files_with_one_name_in_two_folders_get_their_paths_as_ids() {
    let dir = tempfile::tempdir().unwrap();
    for (sub, text) in [
        ("a", SAID),
        ("b", "The governor said that roads would close."),
    ] {
        fs::create_dir_all(dir.path().join(sub)).unwrap();
        fs::write(dir.path().join(sub).join("story.txt"), text).unwrap();
    }
    fs::write(dir.path().join("lone.txt"), SAID).unwrap();
    let out = whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "a/story.txt", "./b/story.txt", "lone.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<&str> = s
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(ids, ["a/story.txt", "b/story.txt", "lone.txt"], "{s}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("2 inputs are named story.txt") && err.contains("a/story.txt, b/story.txt"),
        "{err}"
    );
    // Two directory arguments with the same relative path.
    let out = whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "a", "b"])
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<&str> = s
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(ids, ["a/story.txt", "b/story.txt"], "{s}");
}

/// Runs `whosaid` as an unprivileged user when the tests run as root (who
/// can read any directory), or as the current user otherwise. `None` when
/// neither can produce a directory that cannot be read.
fn unprivileged() -> Option<Command> {
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .ok()
        .is_some_and(|o| o.stdout.starts_with(b"0\n"));
    if !root {
        return Some(whosaid());
    }
    let setpriv = Path::new("/usr/bin/setpriv");
    if !setpriv.exists() {
        return None;
    }
    let mut cmd = Command::new(setpriv);
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(assert_cmd::cargo::cargo_bin("whosaid"));
    Some(cmd)
}

#[test]
fn an_unreadable_folder_is_one_error_row_and_the_run_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let Some(mut cmd) = unprivileged() else {
        eprintln!("skipped: cannot run as an unprivileged user");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::set_permissions(root, fs::Permissions::from_mode(0o755)).unwrap();
    fs::create_dir_all(root.join("locked")).unwrap();
    fs::create_dir_all(root.join("open")).unwrap();
    fs::write(root.join("locked/x.txt"), SAID).unwrap();
    fs::write(root.join("open/y.txt"), SAID).unwrap();
    fs::write(root.join("z.txt"), SAID).unwrap();
    fs::set_permissions(root.join("locked"), fs::Permissions::from_mode(0o000)).unwrap();
    let out = cmd
        .args(["extract", "-q", "--format", "jsonl"])
        .arg(root)
        .output()
        .unwrap();
    fs::set_permissions(root.join("locked"), fs::Permissions::from_mode(0o755)).unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{err}");
    let s = String::from_utf8(out.stdout).unwrap();
    let (lines, ids) = jsonl_rows(&s);
    assert_eq!(ids, ["locked", "open/y.txt", "z.txt"], "{s}");
    assert!(lines[0]["error"].is_string(), "{s}");
    assert!(err.contains("locked"), "{err}");
    // Left out by a glob: not reported.
    let mut cmd = unprivileged().unwrap();
    fs::set_permissions(root.join("locked"), fs::Permissions::from_mode(0o000)).unwrap();
    let out = cmd
        .args(["extract", "-q", "--glob", "!locked/**"])
        .arg(root)
        .output()
        .unwrap();
    fs::set_permissions(root.join("locked"), fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Named on the command line: the folder itself, or a file inside it.
    let mut cmd = unprivileged().unwrap();
    fs::set_permissions(root.join("locked"), fs::Permissions::from_mode(0o000)).unwrap();
    let out = cmd
        .args(["extract", "-q", "--format", "jsonl"])
        .arg(root.join("locked"))
        .arg(root.join("locked/x.txt"))
        .arg(root.join("z.txt"))
        .output()
        .unwrap();
    fs::set_permissions(root.join("locked"), fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = String::from_utf8(out.stdout).unwrap();
    let (lines, ids) = jsonl_rows(&s);
    assert_eq!(ids, ["locked", "x.txt", "z.txt"], "{s}");
    assert!(
        lines[0]["error"].is_string() && lines[1]["error"].is_string(),
        "{s}"
    );
    // A path that is not there is still a usage error.
    whosaid()
        .args(["extract", "-q"])
        .arg(root.join("nowhere"))
        .assert()
        .code(2);
}

const MARKDOWN: &str = "# Budget\n\nThe [mayor](https://example.com/mayor) said that **taxes** would _rise_ next year.\n\n```\nThe spokesman said that the code is fine.\n```\n\n<!-- The editor said that this note is hidden. -->\n\nCritics said the plan was “too costly.”\n";

#[test]
fn markdown_markup_is_not_read_as_text_and_offsets_are_the_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("story.md"), MARKDOWN).unwrap();
    fs::write(dir.path().join("notes.markdown"), MARKDOWN).unwrap();
    let out = whosaid()
        .args(["extract", "-q", "--format", "jsonl"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    let (rows, ids) = jsonl_rows(&s);
    // Both files, and in each only the two claims of the prose: none from
    // the code block or the comment.
    assert_eq!(
        ids,
        ["notes.markdown", "notes.markdown", "story.md", "story.md"],
        "{s}"
    );
    let mayor = &rows[2];
    assert_eq!(mayor["speaker"], "mayor", "{s}");
    assert_eq!(mayor["cue_text"], "said");
    // Offsets are characters of the file as it is, and the text quoted is
    // the file's.
    let chars: Vec<char> = MARKDOWN.chars().collect();
    let at = |k: &str| mayor[k].as_u64().unwrap() as usize;
    let piece: String = chars[at("content_start")..at("content_end")]
        .iter()
        .collect();
    assert_eq!(piece, mayor["content_text"].as_str().unwrap());
    assert!(piece.starts_with("taxes"), "{piece}");
    let critics = &rows[3];
    assert_eq!(critics["speaker"], "Critics");
    let piece: String = chars[critics["cue_start"].as_u64().unwrap() as usize..]
        .iter()
        .take(4)
        .collect();
    assert_eq!(piece, "said");
    // --input-format text reads the markup as text.
    let out = whosaid()
        .args(["extract", "-q", "--input-format", "text"])
        .arg(dir.path().join("story.md"))
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("The editor"), "{s}");
}

#[test]
fn speaker_names_have_single_spaces() {
    let out = whosaid()
        .args(["extract", "-q", "-"])
        .write_stdin("The  mayor said that taxes would rise.\n\nPresident  Joe  Biden said that roads would close.\n")
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    let names: Vec<(&str, &str)> = s
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[4], f[6])
        })
        .collect();
    assert_eq!(
        names,
        [("mayor", "mayor"), ("Joe Biden", "President")],
        "{s}"
    );
}

/// Runs `whosaid ARGS` on a pseudo-terminal 80 columns wide, as a user at a
/// terminal does, with `script(1)`; returns everything the terminal shows.
/// `None` when `script` is not installed.
fn on_terminal(args: &str) -> Option<String> {
    let script = Path::new("/usr/bin/script");
    if !script.exists() {
        return None;
    }
    let bin = assert_cmd::cargo::cargo_bin("whosaid");
    let out = std::process::Command::new(script)
        .args(["-qec"])
        .arg(format!("stty cols 80 rows 24; {} {args}", bin.display()))
        .arg("/dev/null")
        .output()
        .unwrap();
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn no_progress_bar_among_rows_printed_on_the_terminal() {
    let Some(shown) = on_terminal("extract fixtures/blinken-cairo.txt") else {
        return;
    };
    assert!(shown.contains("blinken-cairo.txt,0,"), "{shown}");
    assert!(
        !shown.contains('\u{1b}'),
        "terminal codes among the rows: {shown:?}"
    );
    assert!(!shown.contains('█'), "{shown:?}");
}

#[test]
fn progress_bar_fits_the_terminal_and_reads_well() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("claims.csv");
    let Some(shown) = on_terminal(&format!(
        "extract fixtures/blinken-cairo.txt -o {}",
        out.display()
    )) else {
        return;
    };
    // The bar's frames, between carriage returns and erase codes.
    let frames: Vec<&str> = shown
        .split(['\r', '\n'])
        .map(|f| f.trim_start_matches("\u{1b}[2K"))
        .filter(|f| f.contains("document") && !f.starts_with("whosaid:"))
        .collect();
    assert!(!frames.is_empty(), "{shown:?}");
    for f in &frames {
        assert!(
            f.chars().count() <= 80,
            "{} columns: {f:?}",
            f.chars().count()
        );
        assert!(!f.contains("documents"), "one document: {f:?}");
        // A whole number of documents per second, no decimals.
        let rate = f
            .split_whitespace()
            .find(|w| w.ends_with("/s"))
            .unwrap_or_else(|| panic!("no rate in {f:?}"));
        assert!(
            rate.trim_end_matches("/s")
                .bytes()
                .all(|b| b.is_ascii_digit()),
            "{f:?}"
        );
    }
}

#[test]
fn flags_that_out_dir_would_ignore_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = whosaid()
        .args([
            "extract",
            "-q",
            "--format",
            "jsonl",
            "fixtures/blinken-cairo.txt",
            "--out-dir",
        ])
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--format jsonl") && err.contains("-o FILE"),
        "{err}"
    );
    assert!(!dir.path().join("out/claims.csv").exists());
    let out = whosaid()
        .args(["extract", "-q", "fixtures/blinken-cairo.txt", "--speakers"])
        .arg(dir.path().join("speakers.csv"))
        .arg("--out-dir")
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--speakers") && err.contains("--out-dir"),
        "{err}"
    );
    // The default format with --out-dir is fine.
    whosaid()
        .args(["extract", "-q", "fixtures/blinken-cairo.txt", "--out-dir"])
        .arg(dir.path().join("out"))
        .assert()
        .code(0);
}

#[test]
fn hard_wrapped_lines_without_blank_lines_are_one_paragraph() {
    let text = "The mayor said on Monday that the budget would be\nbalanced next year in the capital.\nCritics said the plan was too costly.\n";
    let out = whosaid()
        .args(["extract", "-q", "--format", "jsonl", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    let (rows, _) = jsonl_rows(&s);
    assert_eq!(rows.len(), 2, "{s}");
    assert_eq!(
        rows[0]["content_text"], "the budget would be\nbalanced next year in the capital",
        "{s}"
    );
    assert_eq!(rows[1]["sentence_index"], 1, "{s}");
}

#[test]
fn drafts_in_other_encodings_are_read_or_explained() {
    let dir = tempfile::tempdir().unwrap();
    let utf16: Vec<u8> = SAID.encode_utf16().flat_map(u16::to_le_bytes).collect();
    fs::write(dir.path().join("utf16.txt"), utf16).unwrap();
    fs::write(
        dir.path().join("latin.txt"),
        b"The caf\xe9 owner said that taxes would rise.",
    )
    .unwrap();
    let out = whosaid()
        .args(["extract", "-q", "--out-dir"])
        .arg(dir.path().join("out"))
        .arg(dir.path().join("utf16.txt"))
        .arg(dir.path().join("latin.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let docs = read_csv(&dir.path().join("out/documents.csv"));
    // UTF-16 without a byte order mark: read, one claim.
    assert_eq!(
        (docs[0][0].as_str(), docs[0][4].as_str()),
        ("utf16.txt", "1"),
        "{docs:?}"
    );
    assert_eq!(docs[0][5], "ok");
    // Windows-1252: an error that says what to do.
    assert_eq!(docs[1][5], "error");
    assert!(docs[1][6].contains("--encoding auto"), "{docs:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("--encoding auto"), "{err}");
}

#[test]
fn split_reads_what_extract_reads_and_keeps_one_sentence_a_line() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(
        root.join("a.html"),
        "<html><body><p>The mayor spoke.</p><script>x = 1;</script><p>It rained.</p></body></html>",
    )
    .unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"{\"id\": \"n1\", \"text\": \"The budget was\\u2028approved today. Second.\"}\n")
        .unwrap();
    fs::write(root.join("b.jsonl.gz"), gz.finish().unwrap()).unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Wide text.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    fs::write(root.join("c.txt"), utf16).unwrap();
    let out = whosaid().args(["split"]).arg(root).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = s.split('\n').collect();
    assert_eq!(
        lines,
        [
            "The mayor spoke.",
            "It rained.",
            "The budget was approved today.",
            "Second.",
            "Wide text.",
            ""
        ],
        "{s:?}"
    );
    let out = whosaid()
        .args(["split", "--format", "jsonl"])
        .arg(root.join("b.jsonl.gz"))
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with("{\"doc_id\":\"n1\""), "{s}");
}

#[test]
fn messages_say_what_and_where_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // A directory with nothing to read, or a glob that keeps nothing.
    fs::create_dir_all(root.join("empty")).unwrap();
    fs::write(root.join("empty/notes.pdf"), "x").unwrap();
    let out = whosaid()
        .current_dir(root)
        .args(["extract", "-q", "empty"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("empty: no file to read"), "{err}");
    // A link to nothing: its path once.
    fs::create_dir_all(root.join("odd")).unwrap();
    std::os::unix::fs::symlink(root.join("nowhere"), root.join("odd/dangling.txt")).unwrap();
    let out = whosaid()
        .current_dir(root)
        .args(["extract", "-q", "odd"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.matches("dangling.txt").count(), 1, "{err}");
    // A CSV record with too many fields keeps its id.
    fs::write(
        root.join("bad.csv"),
        "id,text\nx1,The mayor said so.\nx2,\"bad\",extra\n",
    )
    .unwrap();
    let out = whosaid()
        .current_dir(root)
        .args(["extract", "-q", "--format", "jsonl", "bad.csv"])
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    let last: serde_json::Value = serde_json::from_str(s.lines().last().unwrap()).unwrap();
    assert_eq!(last["doc_id"], "x2", "{s}");
    assert!(last["error"].is_string(), "{s}");
    // A full disk on standard output is named as such.
    if Path::new("/dev/full").exists() {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("whosaid"))
            .args(["extract", "-q", "fixtures/blinken-cairo.txt"])
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("standard output: cannot write"), "{err}");
    }
}

/// The `doc_id`s of documents.csv under `out`.
fn document_ids(out: &Path) -> Vec<String> {
    read_csv(&out.join("documents.csv"))
        .into_iter()
        .map(|r| r[0].clone())
        .collect()
}

#[test]
fn hidden_files_and_folders_are_not_walked_into() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("corpus");
    for sub in [".git", ".ipynb_checkpoints", "__MACOSX", "news"] {
        fs::create_dir_all(c.join(sub)).unwrap();
    }
    fs::write(c.join("news/story.txt"), SAID).unwrap();
    // What a zip from a Mac, git and Jupyter leave beside the articles.
    fs::write(c.join("news/._story.txt"), b"\x00\x05\x16\x07\x00\x02").unwrap();
    fs::write(c.join("__MACOSX/story.txt"), SAID).unwrap();
    fs::write(c.join(".git/description.txt"), SAID).unwrap();
    fs::write(c.join(".ipynb_checkpoints/story-checkpoint.txt"), SAID).unwrap();
    fs::write(c.join(".notes.md"), SAID).unwrap();
    let out = dir.path().join("out");
    whosaid()
        .args(["extract", "-q", "--out-dir"])
        .arg(&out)
        .arg(&c)
        .assert()
        .code(0);
    assert_eq!(document_ids(&out), ["news/story.txt"]);
    // Named on the command line, a hidden file is read.
    whosaid()
        .args(["extract", "-q", "--out-dir"])
        .arg(&out)
        .arg(c.join(".notes.md"))
        .assert()
        .code(0);
    assert_eq!(document_ids(&out), [".notes.md"]);
}

#[test]
fn a_binary_file_is_an_error_row() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("corpus");
    fs::create_dir_all(&c).unwrap();
    fs::write(c.join("a.txt"), SAID).unwrap();
    // Valid UTF-8, but a NUL and control bytes: no article.
    fs::write(
        c.join("image.txt"),
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00\x02\x02D\x01\x00;",
    )
    .unwrap();
    let out = dir.path().join("out");
    whosaid()
        .args(["extract", "-q", "--out-dir"])
        .arg(&out)
        .arg(&c)
        .assert()
        .code(1);
    let rows = read_csv(&out.join("documents.csv"));
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[1][0], "image.txt");
    assert_eq!(rows[1][5], "error");
    assert!(rows[1][6].contains("not a text file"), "{rows:?}");
    // Under --encoding auto too, where the bytes decode as Windows-1252.
    fs::write(
        c.join("image.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8",
    )
    .unwrap();
    whosaid()
        .args(["extract", "-q", "--encoding", "auto", "--out-dir"])
        .arg(&out)
        .arg(&c)
        .assert()
        .code(1);
    let rows = read_csv(&out.join("documents.csv"));
    assert!(rows[1][6].contains("not a text file"), "{rows:?}");
}

#[test]
fn a_mistyped_id_column_or_field_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("a.csv"), format!("doc_id,text\nx1,{SAID}\n")).unwrap();
    // A CSV without the id column asked for: an error naming file, column
    // and the columns there are, as for the text column.
    let out = whosaid()
        .current_dir(root)
        .args(["extract", "-q", "--id-column", "docid", "a.csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("a.csv: no column \"docid\" in the CSV header; columns are: doc_id, text"),
        "{err}"
    );
    assert!(out.stdout.ends_with(b"target_text\n"), "no rows");
    // JSON Lines: a record without the field named is said once per file,
    // and still processed.
    fs::write(
        root.join("b.jsonl"),
        format!("{{\"doc_id\": \"n1\", \"text\": \"{SAID}\"}}\n{{\"doc_id\": \"n2\", \"text\": \"{SAID}\"}}\n"),
    )
    .unwrap();
    let out = whosaid()
        .current_dir(root)
        .args([
            "extract",
            "-q",
            "--format",
            "jsonl",
            "--id-field",
            "docid",
            "b.jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.matches("warning").count(), 1, "{err}");
    assert!(err.contains("b.jsonl:1: no field \"docid\""), "{err}");
    let (_, ids) = jsonl_rows(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(ids, ["b.jsonl:1", "b.jsonl:2"]);
    // Without --id-field, the default `id` may be absent: no warning.
    let out = whosaid()
        .current_dir(root)
        .args(["extract", "-q", "b.jsonl"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
}

#[test]
fn a_record_without_an_id_cannot_take_another_records_id() {
    // Line 2 has no id; the record on line 1 is called "2".
    let stdin =
        format!("{{\"id\": 2, \"text\": \"{SAID}\"}}\n{{\"id\": null, \"text\": \"{SAID}\"}}\n");
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
        .write_stdin(stdin)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let (_, ids) = jsonl_rows(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(ids, ["2", "-:2"]);
}

#[test]
fn an_excluded_folder_name_leaves_out_all_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("corpus");
    for sub in ["drafts", "news/drafts", "news/2019"] {
        fs::create_dir_all(c.join(sub)).unwrap();
    }
    for f in [
        "drafts/a.txt",
        "news/drafts/b.txt",
        "news/2019/c.txt",
        "d.txt",
    ] {
        fs::write(c.join(f), SAID).unwrap();
    }
    let out = dir.path().join("out");
    // A name without a slash matches at any depth, as in ripgrep; a path
    // with one is taken from the top.
    for (glob, want) in [
        ("!drafts", &["d.txt", "news/2019/c.txt"][..]),
        (
            "!drafts/**",
            &["d.txt", "news/2019/c.txt", "news/drafts/b.txt"][..],
        ),
    ] {
        whosaid()
            .args(["extract", "-q", "-g", glob, "--out-dir"])
            .arg(&out)
            .arg(&c)
            .assert()
            .code(0);
        assert_eq!(document_ids(&out), want, "{glob}");
    }
    // A path under the folder excludes that folder only.
    whosaid()
        .args(["extract", "-q", "-g", "!news/drafts", "--out-dir"])
        .arg(&out)
        .arg(&c)
        .assert()
        .code(0);
    assert_eq!(
        document_ids(&out),
        ["d.txt", "drafts/a.txt", "news/2019/c.txt"]
    );
}

#[test]
fn an_earlier_runs_outputs_in_the_corpus_are_not_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("c3");
    fs::create_dir_all(&c).unwrap();
    fs::write(c.join("a.txt"), SAID).unwrap();
    fs::write(c.join("other.csv"), format!("id,text\nx1,{SAID}\n")).unwrap();
    whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "c3", "--out-dir", "c3/out"])
        .args(["--speakers-summary", "c3/rollup.csv", "--excel"])
        .assert()
        .code(0);
    // Another run, another out-dir: the first run's tables are no corpus.
    let out = whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "c3", "--out-dir", "out2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(document_ids(&dir.path().join("out2")), ["a.txt", "x1"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("c3/out/claims.csv and 3 more: not read"),
        "{err}"
    );
    // Named, such a file is read.
    whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "--text-column", "content_text"])
        .args(["c3/out/claims.csv", "--out-dir", "out3"])
        .assert()
        .code(0);
    assert_eq!(document_ids(&dir.path().join("out3")).len(), 2);
}

#[test]
fn an_input_named_as_the_output_is_refused_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), SAID).unwrap();
    let out = whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "a.txt", "-o", "./a.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("a.txt: named as an input and written as an output"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(dir.path().join("a.txt")).unwrap(), SAID);
}

#[test]
fn outputs_are_checked_before_the_work_and_write_errors_name_them() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), SAID).unwrap();
    // A roll-up that cannot be written fails before any claim is printed.
    let out = whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "a.txt"])
        .args(["--speakers-summary", "no/such/folder/s.csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no/such/folder/s.csv"), "{err}");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "", "work was done");
    if !Path::new("/dev/full").exists() {
        return;
    }
    // A full disk under --speakers or documents.csv: the file is named.
    let out = whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "a.txt", "-o", "claims.csv"])
        .args(["--speakers", "/dev/full"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("/dev/full: cannot write"), "{err}");
    fs::create_dir_all(dir.path().join("out")).unwrap();
    std::os::unix::fs::symlink("/dev/full", dir.path().join("out/documents.csv")).unwrap();
    let out = whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "a.txt", "--out-dir", "out"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("out/documents.csv: cannot write"), "{err}");
}

/// whosaid reading a pipe the test holds open, its output lines arriving
/// on a channel as it prints them.
struct LivePipe {
    child: std::process::Child,
    stdin: Option<std::process::ChildStdin>,
    lines: std::sync::mpsc::Receiver<String>,
    reader: std::thread::JoinHandle<()>,
}

impl LivePipe {
    fn new(args: &[&str]) -> LivePipe {
        use std::io::BufRead;
        use std::process::Stdio;
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("whosaid"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                if tx.send(line.unwrap()).is_err() {
                    break;
                }
            }
        });
        LivePipe {
            child,
            stdin,
            lines,
            reader,
        }
    }

    /// Writes one JSON Lines record with `SAID` as its text, and flushes.
    fn record(&mut self, id: &str) {
        use std::io::Write;
        let stdin = self.stdin.as_mut().unwrap();
        writeln!(stdin, "{{\"id\": \"{id}\", \"text\": \"{SAID}\"}}").unwrap();
        stdin.flush().unwrap();
    }

    /// The next line printed, if it comes within a generous time (it is
    /// due in milliseconds).
    fn next_line(&self) -> Result<String, std::sync::mpsc::RecvTimeoutError> {
        self.lines.recv_timeout(std::time::Duration::from_secs(30))
    }

    /// Closes the input and returns the lines printed after it.
    fn finish(mut self) -> Vec<String> {
        drop(self.stdin.take());
        let rest = self.lines.iter().collect();
        self.child.wait().unwrap();
        self.reader.join().unwrap();
        rest
    }
}

#[test]
fn rows_of_a_live_pipe_come_out_batch_by_batch() {
    let mut pipe = LivePipe::new(&[
        "extract",
        "-q",
        "--jobs",
        "1",
        "--input-format",
        "jsonl",
        "--format",
        "jsonl",
        "-",
    ]);
    // One batch (16 documents), and the pipe left open.
    for i in 0..16 {
        pipe.record(&format!("n{i}"));
    }
    let first = pipe.next_line();
    let rest = pipe.finish();
    let first = first.expect("no row before the end of the input");
    assert!(first.starts_with("{\"doc_id\":\"n0\""), "{first}");
    assert_eq!(rest.len(), 15);
}

/// JSON Lines arriving slowly on a pipe: each record's rows come out while
/// the next is awaited, with one job or several, not once a batch (16
/// documents) or a window (256) has filled.
#[test]
fn each_record_of_a_slow_pipe_is_written_before_the_next_arrives() {
    for jobs in ["1", "2"] {
        let mut pipe = LivePipe::new(&[
            "extract",
            "-q",
            "--jobs",
            jobs,
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "-",
        ]);
        let mut got = Vec::new();
        for i in 0..3 {
            pipe.record(&format!("n{i}"));
            got.push(pipe.next_line());
        }
        let rest = pipe.finish();
        for (i, row) in got.iter().enumerate() {
            let row = row.as_ref().unwrap_or_else(|_| {
                panic!("--jobs {jobs}: record {i} had no row while the pipe was open")
            });
            assert!(row.starts_with(&format!("{{\"doc_id\":\"n{i}\"")), "{row}");
        }
        assert!(rest.is_empty(), "{rest:?}");
    }
}

/// `split` on a slow pipe prints each record's sentences before the next
/// record arrives, as extract writes its rows.
#[test]
fn split_prints_each_record_of_a_slow_pipe_at_once() {
    let mut pipe = LivePipe::new(&["split", "--input-format", "jsonl", "-"]);
    pipe.record("n0");
    let first = pipe.next_line();
    pipe.finish();
    assert_eq!(
        first.as_deref(),
        Ok(SAID),
        "no sentence while the pipe was open"
    );
}
