//! The command line's contract: formats, document ids, exit codes and
//! errors that name the path.

use assert_cmd::Command;
use std::fs;

fn whosaid() -> Command {
    Command::cargo_bin("whosaid").unwrap()
}

/// Fails with whosaid's standard error unless it exited 0.
fn assert_succeeded(out: &std::process::Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A temporary directory holding one article, `a.txt`, of one claim.
fn one_article() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "The mayor said that the bridge will open.",
    )
    .unwrap();
    dir
}

const HEADER: &str = "doc_id,claim_index,sentence_index,kind,speaker,speaker_type,speaker_title,source_text,source_start,source_end,cue_text,cue_start,cue_end,cue_lemma,content_text,content_start,content_end,stance,negated,target_text";

#[test]
fn directory_ids_are_relative_paths_and_order_is_stable() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("sub")).unwrap();
    fs::write(
        dir.path().join("sub/b.md"),
        "The mayor said that the bridge will open.",
    )
    .unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "\u{feff}Critics say the plan is too costly.",
    )
    .unwrap();
    fs::write(dir.path().join("ignored.json"), "Nobody said anything.").unwrap();
    let out = whosaid()
        .args(["extract", "-q"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines[0], HEADER);
    assert_eq!(lines.len(), 3, "{s}");
    assert!(lines[1].starts_with("a.txt,0,0,indirect,Critics,group,,Critics,0,7,say,8,11,say,the plan is too costly,12,34,"), "{}", lines[1]);
    assert!(
        lines[2].starts_with("sub/b.md,0,0,indirect,"),
        "{}",
        lines[2]
    );
}

#[test]
fn jsonl_output_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("claims.jsonl");
    whosaid()
        .args([
            "extract",
            "-q",
            "--format",
            "jsonl",
            "fixtures/blinken-cairo.txt",
            "-o",
        ])
        .arg(&out_path)
        .assert()
        .success()
        .stdout("");
    let text = fs::read_to_string(out_path).unwrap();
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["doc_id"], "blinken-cairo.txt");
    assert_eq!(first["speaker"], "Anthony Blinken");
    assert_eq!(first["target_text"], serde_json::Value::Null);
    assert_eq!(first["negated"], false);
    assert_eq!(first["cue_start"], 264);
    assert_eq!(text.lines().count(), 13);
}

#[test]
fn dash_output_is_standard_output() {
    // A file called "-" in the working directory would be a surprise:
    // `-o -` is standard output, as `-` among the paths is standard input.
    let dir = one_article();
    let out = whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "a.txt", "-o", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.lines().next(), Some(HEADER), "{s}");
    assert!(s.contains("a.txt,0,0,indirect,"), "{s}");
    fs::write(dir.path().join("draft.md"), "\"We will win,\" he said.\n").unwrap();
    let out = whosaid()
        .current_dir(dir.path())
        .args(["check", "draft.md", "--output-format", "concise", "-o", "-"])
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("draft.md:1:"), "{s}");
    assert!(
        !dir.path().join("-").exists(),
        "a file named '-' was written"
    );
    // Standard output carries the claims: a second report cannot share it.
    let out = whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "a.txt", "--speakers", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("--speakers -"), "{err}");
}

#[test]
fn missing_path_exits_2_naming_it() {
    let out = whosaid().args(["extract", "no/such/dir"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no/such/dir"), "{err}");
}

#[test]
fn usage_error_exits_2() {
    whosaid().args(["extract"]).assert().code(2);
    whosaid()
        .args(["extract", "--format", "xml", "fixtures"])
        .assert()
        .code(2);
}

#[test]
fn bad_document_exits_1_and_others_are_still_written() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("bad.txt"),
        b"The minister said \xff\xfe that.",
    )
    .unwrap();
    fs::write(
        dir.path().join("good.txt"),
        "The minister said that taxes will fall.",
    )
    .unwrap();
    let out = whosaid()
        .args(["extract", "-q"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.txt") && err.contains("byte 18"), "{err}");
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.lines().nth(1).unwrap().starts_with("good.txt,0,"), "{s}");
}

#[test]
fn user_lexicon_adds_cues_and_bad_lexicon_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let lex = dir.path().join("extra.tsv");
    fs::write(&lex, "opine\tassert\tloaded\topine\n").unwrap();
    let doc = dir.path().join("d.txt");
    fs::write(&doc, "The columnist opined that the vote was rigged.").unwrap();
    let out = whosaid()
        .args(["extract", "-q", "--lexicon"])
        .arg(&lex)
        .arg(&doc)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout).unwrap().contains(",opined,"));
    fs::write(&lex, "opine\tshout\t-\topine\n").unwrap();
    let out = whosaid()
        .args(["extract", "--lexicon"])
        .arg(&lex)
        .arg(&doc)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("extra.tsv:1: unknown stance")
    );
}

#[test]
fn split_prints_sentences() {
    let out = whosaid()
        .args(["split", "fixtures/blinken-cairo.txt"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.lines().count(), 10);
    assert!(
        s.lines()
            .next()
            .unwrap()
            .starts_with("U.S. Secretary of State Anthony Blinken arrived in Cairo")
    );
}

/// A gold directory in PolNeAR's layout holding one article, `a`, with its
/// annotations.
fn gold_dir(text: &str, ann: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("text")).unwrap();
    fs::create_dir_all(dir.path().join("attributions")).unwrap();
    fs::write(dir.path().join("text/a.txt"), text).unwrap();
    fs::write(dir.path().join("attributions/a_x1.ann"), ann).unwrap();
    dir
}

/// Runs `whosaid eval --format json` on one BRAT document and returns the
/// scores, failing on a non-zero exit.
fn eval_one(text: &str, ann: &str) -> serde_json::Value {
    let dir = gold_dir(text, ann);
    let out = whosaid()
        .args(["eval", "--format", "json", "--gold"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_succeeded(&out);
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn eval_counts_the_object_of_a_target_cue_as_content() {
    // PolNeAR's convention: "criticized Clinton for …" has the content
    // "Clinton for …"; whosaid reports "Clinton" as the target.
    let v = eval_one(
        "Officials criticized Clinton for accepting donations.",
        "T1\tSource 0 9\tOfficials\nT2\tCue 10 20\tcriticized\n\
         T3\tContent 21 52\tClinton for accepting donations\n\
         E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n",
    );
    assert_eq!(v["content"]["tp_exact"], 1, "{v}");
}

#[test]
fn eval_errors_lists_the_spans_that_did_not_match() {
    // "said" is found exactly; the gold also has "waved", which the tool
    // does not report as a cue.
    let dir = gold_dir(
        "The mayor said that the bridge will open. Residents waved at the river.",
        "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 41\tthat the bridge will open.\n\
         E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n\
         T5\tSource 42 51\tResidents\nT6\tCue 52 57\twaved\nT7\tContent 58 70\tat the river\n\
         E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7\n",
    );
    let errors = dir.path().join("errors.jsonl");
    let out = whosaid()
        .args(["eval", "--gold"])
        .arg(dir.path())
        .arg("--errors")
        .arg(&errors)
        .output()
        .unwrap();
    assert_succeeded(&out);
    let rows: Vec<serde_json::Value> = fs::read_to_string(&errors)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let cue: Vec<_> = rows.iter().filter(|r| r["role"] == "cue").collect();
    assert_eq!(cue.len(), 1, "{rows:?}");
    assert_eq!(cue[0]["kind"], "missed");
    assert_eq!(cue[0]["doc"], "a");
    assert_eq!(cue[0]["gold_text"], "waved");
    assert_eq!(cue[0]["gold_start"], 52);
    assert!(cue[0]["predicted_text"].is_null());
    // One missed span per role, nothing else.
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(rows.iter().all(|r| r["kind"] == "missed"), "{rows:?}");
}

#[test]
fn eval_scores_against_brat_gold() {
    // One attribution found exactly; one the gold has and the tool misses.
    let v = eval_one(
        "The mayor said that the bridge will open. Residents waved at the river.",
        "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 41\tthat the bridge will open.\n\
         T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n\
         T5\tSource 42 51\tResidents\nT6\tCue 52 57\twaved\nT7\tContent 58 70\tat the river\n\
         E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7\n",
    );
    assert_eq!(v["documents"], 1);
    for role in ["source", "cue", "content"] {
        assert_eq!(v[role]["n_gold"], 2, "{role}: {v}");
        assert_eq!(v[role]["n_pred"], 1, "{role}: {v}");
        assert_eq!(v[role]["tp_exact"], 1, "{role}: {v}");
        assert_eq!(v[role]["exact"]["recall"], 0.5, "{role}: {v}");
    }
    let missing = whosaid()
        .args(["eval", "--gold", "no/such/gold"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/gold"));
}

#[test]
fn dash_is_refused_where_a_folder_or_second_report_is_wanted() {
    let dir = one_article();
    let out = whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "a.txt", "--out-dir", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("--out-dir -"), "{err}");
    assert!(
        !dir.path().join("-").exists(),
        "a folder named '-' was made"
    );
    // eval's scores are on standard output: the mismatches cannot be.
    let gold = dir.path().join("gold");
    fs::create_dir_all(gold.join("text")).unwrap();
    fs::create_dir_all(gold.join("attributions")).unwrap();
    fs::write(gold.join("text/a.txt"), "The mayor said so.").unwrap();
    fs::write(gold.join("attributions/a_X.ann"), "").unwrap();
    let out = whosaid()
        .current_dir(dir.path())
        .args(["eval", "--gold", "gold", "--errors", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("--errors -"), "{err}");
    assert!(
        !dir.path().join("-").exists(),
        "a file named '-' was written"
    );
}

#[test]
fn eval_reads_an_ann_file_named_as_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path();
    fs::create_dir_all(gold.join("text")).unwrap();
    fs::create_dir_all(gold.join("attributions")).unwrap();
    fs::write(gold.join("text/a.txt"), "Obama said so.").unwrap();
    fs::write(
        gold.join("attributions/a.ann"),
        "T1\tSource 0 5\tObama\nT2\tCue 6 10\tsaid\nE1\tAttribution:T2 Cue:T2 Source:T1\n",
    )
    .unwrap();
    let out = whosaid()
        .args(["eval", "--format", "json", "--gold"])
        .arg(gold)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains("no annotation file"), "{err}");
    let scores: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        scores["cue"]["n_gold"], 1,
        "the gold cue is counted: {scores}"
    );
    assert_eq!(scores["source"]["n_gold"], 1, "{scores}");
}

#[test]
fn the_roll_up_may_be_written_into_the_new_output_directory() {
    let dir = one_article();
    let out = whosaid()
        .current_dir(dir.path())
        .args(["extract", "-q", "a.txt", "--out-dir", "out"])
        .args(["--speakers-summary", "out/rollup.csv"])
        .output()
        .unwrap();
    assert_succeeded(&out);
    assert!(dir.path().join("out/claims.csv").exists());
    let rollup = fs::read_to_string(dir.path().join("out/rollup.csv")).unwrap();
    assert!(rollup.contains("mayor"), "{rollup}");
}

/// `split` takes extract's input options (one struct for both): the same
/// CSV corpus, read with a named id and text column, a glob and
/// `--encoding auto`, gives the same documents under the same ids.
#[test]
fn split_and_extract_read_a_csv_corpus_alike() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("corpus")).unwrap();
    let mut csv = b"key,title,body\n".to_vec();
    csv.extend_from_slice(b"k1,One,\"The caf\xe9 owner said prices rose. It rained.\"\n");
    csv.extend_from_slice(b"k2,Two,\"Ms. Park said no.\"\n");
    csv.extend_from_slice(b",Three,\"Nobody spoke.\"\n");
    fs::write(root.join("corpus/news.csv"), csv).unwrap();
    fs::write(root.join("corpus/old.csv"), "key,body\nx,\"Old news.\"\n").unwrap();
    let options = [
        "--id-column",
        "key",
        "--text-column",
        "body",
        "--encoding",
        "auto",
        "--glob",
        "!old.csv",
        "corpus",
    ];
    let out = whosaid()
        .current_dir(root)
        .args(["extract", "-q", "--out-dir", "out"])
        .args(options)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let docs = fs::read_to_string(root.join("out/documents.csv")).unwrap();
    let extract_ids: Vec<&str> = docs
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(extract_ids, ["k1", "k2", "news.csv:4"]);

    let out = whosaid()
        .current_dir(root)
        .args(["split", "--format", "jsonl"])
        .args(options)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut split_ids: Vec<&str> = lines
        .iter()
        .map(|l| l["doc_id"].as_str().unwrap())
        .collect();
    split_ids.dedup();
    assert_eq!(split_ids, extract_ids);
    assert_eq!(lines[0]["text"], "The café owner said prices rose.");
    assert_eq!(lines.len(), 4);
}

/// `split` reads Markdown as extract does: sentences of the prose, not of
/// code blocks, printed as the file has them, at the file's offsets.
#[test]
fn split_reads_markdown_as_extract_does() {
    let dir = tempfile::tempdir().unwrap();
    let md =
        "# Budget vote\n\nThe mayor said **no**.\n\n```\nlet x = \"a. b.\";\n```\n\nIt rained.\n";
    fs::write(dir.path().join("a.md"), md).unwrap();
    let out = whosaid()
        .current_dir(dir.path())
        .args(["split", "a.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Budget vote\nThe mayor said **no**.\nIt rained.\n"
    );
    let out = whosaid()
        .current_dir(dir.path())
        .args(["split", "--format", "jsonl", "a.md"])
        .output()
        .unwrap();
    let last: serde_json::Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .last()
            .unwrap(),
    )
    .unwrap();
    let start = md.find("It rained").unwrap();
    assert_eq!(
        (last["start"].as_u64(), last["end"].as_u64()),
        (Some(start as u64), Some(start as u64 + 10))
    );
}

/// Standard error closed before whosaid writes to it (`2>&1 | head -1`):
/// the messages are lost, not a panic, and the exit code still tells.
#[test]
fn a_closed_standard_error_is_no_panic() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "The mayor said taxes would rise.").unwrap();
    fs::write(dir.path().join("b.txt"), b"caf\xe9 said no.").unwrap();
    let out = dir.path().join("out.csv");
    for args in [
        vec![
            "extract",
            dir.path().to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        vec!["check", dir.path().join("b.txt").to_str().unwrap()],
        vec!["extract", "/no/such/folder", "-o", out.to_str().unwrap()],
    ] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("whosaid"))
            .args(&args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // The reading end closed at once: whosaid writes to a broken pipe.
        drop(child.stderr.take());
        let status = child.wait().unwrap();
        let code = status.code();
        assert!(matches!(code, Some(1) | Some(2)), "{args:?}: {code:?}");
    }
}
