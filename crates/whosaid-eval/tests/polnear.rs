//! Loads PolNeAR train and dev from the shared data folder (never copied into
//! the repository) and checks the reader and the scorer on them.

use std::path::PathBuf;

use whosaid_eval::{Gold, Role, Scorer, load_gold, read_ann_for};

fn polnear(split: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/polnear")
        .join(split)
}

fn load(split: &str) -> Gold {
    let dir = polnear(split);
    assert!(
        dir.join("text").is_dir(),
        "PolNeAR {split} not found at {}",
        dir.display()
    );
    load_gold(&dir).unwrap_or_else(|e| panic!("{e}"))
}

/// Relations per role before normalisation.
fn role_counts(gold: &Gold) -> [usize; 3] {
    Role::ALL.map(|role| {
        gold.docs
            .iter()
            .flat_map(|d| &d.relations)
            .filter(|r| r.get(role).is_some())
            .count()
    })
}

fn self_scores(gold: &Gold) -> whosaid_eval::Scores {
    let mut scorer = Scorer::new();
    for doc in &gold.docs {
        scorer.add(&doc.text, &doc.relations, &doc.relations);
    }
    scorer.scores()
}

#[test]
fn dev_loads_with_expected_counts_and_scores_perfectly_against_itself() {
    let gold = load("dev");
    assert_eq!(gold.docs.len(), 84);
    assert_eq!(gold.report.texts, 84);
    assert_eq!(gold.report.annotation_files, 94);
    assert_eq!(gold.report.other_annotators, 10);
    assert!(gold.report.is_consistent(), "{:?}", gold.report);
    assert!(gold.docs.iter().all(|d| d.annotator.is_some()));
    let relations: usize = gold.docs.iter().map(|d| d.relations.len()).sum();
    assert_eq!(relations, 2193);
    assert_eq!(role_counts(&gold), [2066, 2192, 2192]);

    let s = self_scores(&gold);
    assert_eq!(s.documents, 84);
    // Spans after normalisation: shared sources count once, and 47 cues
    // made only of punctuation (":", "―", "--") are dropped.
    let n_gold = Role::ALL.map(|r| s.get(r).counts.n_gold);
    assert_eq!(n_gold, [1952, 2145, 2192]);
    for role in Role::ALL {
        let r = s.get(role);
        assert_eq!(r.counts.n_pred, r.counts.n_gold, "{role}");
        assert_eq!(r.counts.tp_exact, r.counts.n_gold, "{role}");
        assert_eq!(r.exact.f1, 1.0, "{role}");
        assert_eq!(r.partial.f1, 1.0, "{role}");
    }
}

#[test]
fn train_loads_with_expected_counts() {
    let gold = load("train");
    assert_eq!(gold.docs.len(), 840);
    assert_eq!(gold.report.annotation_files, 919);
    assert_eq!(gold.report.other_annotators, 79);
    assert!(gold.report.is_consistent(), "{:?}", gold.report);
    let relations: usize = gold.docs.iter().map(|d| d.relations.len()).sum();
    assert_eq!(relations, 19868);
    assert_eq!(role_counts(&gold), [18361, 19833, 19832]);
    let empty = gold
        .docs
        .iter()
        .flat_map(|d| &d.relations)
        .filter(|r| r.is_empty())
        .count();
    assert_eq!(empty, 34);
    let s = self_scores(&gold);
    let n_gold = Role::ALL.map(|r| s.get(r).counts.n_gold);
    assert_eq!(n_gold, [17206, 19662, 19828]);
    for role in Role::ALL {
        assert_eq!(s.get(role).exact.f1, 1.0, "{role}");
    }
}

/// Every `.ann` file, not only the first annotator's, reads without error
/// and within its text.
#[test]
fn every_annotation_file_reads() {
    for split in ["train", "dev"] {
        let dir = polnear(split);
        let entries = std::fs::read_dir(dir.join("attributions")).expect("attributions dir");
        let mut n = 0;
        for entry in entries {
            let path = entry.expect("dir entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let Some((article, _)) = name.strip_suffix(".ann").and_then(|s| s.rsplit_once('_'))
            else {
                continue;
            };
            let ann = std::fs::read_to_string(&path).expect("ann");
            let text = std::fs::read_to_string(dir.join("text").join(format!("{article}.txt")))
                .expect("text");
            if let Err(e) = read_ann_for(&ann, &text) {
                panic!("{}: {e}", path.display());
            }
            n += 1;
        }
        assert_eq!(n, if split == "train" { 919 } else { 94 });
    }
}
