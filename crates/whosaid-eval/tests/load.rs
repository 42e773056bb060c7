//! `load_gold` on small directories written by the test.

use std::fs;
use std::path::Path;

use whosaid_eval::{AnnErrorKind, EvalError, Relation, load_gold};

fn write(dir: &Path, rel: &str, content: &[u8]) {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, content).expect("write");
}

const ANN_A: &str =
    "T1\tSource 0 5\tObama\nT2\tCue 6 10\tsaid\nE1\tAttribution:T2 Cue:T2 Source:T1\n";
const ANN_B: &str = "T1\tCue 6 10\tsaid\nE1\tAttribution:T1 Cue:T1\n";

#[test]
fn picks_the_first_annotator_and_reports_mismatches() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = tmp.path();
    write(d, "text/a_b.txt", "\u{feff}Obama said so.".as_bytes());
    write(d, "text/c.txt", b"Nothing here.");
    write(d, "text/notes.md", b"ignored");
    // Article names may contain '_'; the annotator is after the last one.
    write(d, "attributions/a_b_x2.ann", ANN_B.as_bytes());
    write(d, "attributions/a_b_x1.ann", ANN_A.as_bytes());
    write(d, "attributions/zz_x1.ann", ANN_A.as_bytes());
    write(d, "attributions/noannotator.ann", ANN_A.as_bytes());
    let gold = load_gold(d).expect("loads");
    assert_eq!(gold.docs.len(), 2);
    let a = &gold.docs[0];
    assert_eq!(a.name, "a_b");
    assert_eq!(a.annotator.as_deref(), Some("x1"));
    assert_eq!(a.text, "Obama said so.");
    assert_eq!(
        a.relations,
        vec![Relation::new(Some(vec![(0, 5)]), Some(vec![(6, 10)]), None)]
    );
    let c = &gold.docs[1];
    assert_eq!((c.name.as_str(), c.annotator.as_deref()), ("c", None));
    assert!(c.relations.is_empty());
    let r = &gold.report;
    assert_eq!((r.texts, r.annotation_files, r.other_annotators), (2, 4, 1));
    assert_eq!(r.texts_without_annotations, vec!["c".to_string()]);
    assert_eq!(
        r.unmatched_annotation_files,
        vec!["noannotator.ann".to_string(), "zz_x1.ann".to_string()]
    );
    assert!(!r.is_consistent());
}

#[test]
fn an_ann_file_named_as_its_text_is_read() {
    // BRAT's own naming, without an annotator: text/a.txt, attributions/a.ann.
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = tmp.path();
    write(d, "text/a.txt", b"Obama said so.");
    write(d, "text/b_c.txt", b"Obama said so.");
    write(d, "attributions/a.ann", ANN_A.as_bytes());
    write(d, "attributions/a_x1.ann", ANN_B.as_bytes());
    write(d, "attributions/b_c.ann", ANN_A.as_bytes());
    let gold = load_gold(d).expect("loads");
    let r = &gold.report;
    assert!(r.texts_without_annotations.is_empty(), "{r:?}");
    assert!(r.unmatched_annotation_files.is_empty(), "{r:?}");
    assert_eq!(r.other_annotators, 1);
    for doc in &gold.docs {
        assert_eq!(doc.annotator.as_deref(), Some(""), "{}", doc.name);
        assert_eq!(
            doc.relations,
            vec![Relation::new(Some(vec![(0, 5)]), Some(vec![(6, 10)]), None)]
        );
    }
}

#[test]
fn errors_name_the_file_and_line() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = tmp.path();
    write(d, "text/a.txt", b"Obama");
    write(d, "attributions/a_x1.ann", ANN_A.as_bytes());
    let e = load_gold(d).expect_err("cue past the end of the text");
    let msg = e.to_string();
    assert!(msg.contains("a_x1.ann:2:"), "{msg}");
    assert!(matches!(
        e,
        EvalError::Ann { ref error, .. } if matches!(error.kind, AnnErrorKind::OutOfText { .. })
    ));

    write(d, "text/a.txt", b"Obama said so.");
    write(d, "attributions/a_x1.ann", b"T1\tCue 6 10\tsaid\nbroken\n");
    let msg = load_gold(d).expect_err("malformed").to_string();
    assert!(msg.contains("a_x1.ann:2:"), "{msg}");

    write(d, "text/a.txt", b"Obama \xff said");
    let e = load_gold(d).expect_err("not UTF-8");
    assert!(matches!(e, EvalError::NotUtf8 { byte: 6, .. }), "{e}");
    assert!(e.to_string().contains("a.txt"));

    let e = load_gold(d.join("missing")).expect_err("no such directory");
    assert!(matches!(e, EvalError::Io { .. }));
    assert!(e.to_string().contains("missing"), "{e}");
}
