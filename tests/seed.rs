//! The seed article (fixtures/blinken-cairo.txt) must come out right through
//! the real command line: the claims listed in the foundation issue, with
//! their speakers and stances, and nothing that is not an attribution.

use assert_cmd::Command;
use std::collections::HashMap;

fn seed_rows() -> Vec<HashMap<String, String>> {
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["extract", "--quiet", "fixtures/blinken-cairo.txt"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = rdr.headers().unwrap().clone();
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn by_cue<'a>(rows: &'a [HashMap<String, String>], cue: &str) -> Vec<&'a HashMap<String, String>> {
    rows.iter().filter(|r| r["cue_text"] == cue).collect()
}

#[test]
fn seed_claims_have_the_right_speakers_and_stances() {
    let rows = seed_rows();
    let cues: Vec<&str> = rows.iter().map(|r| r["cue_text"].as_str()).collect();
    assert_eq!(
        cues,
        vec![
            "stated",
            "discussed",
            "announced",
            "asserting",
            "affirmed",
            "emphasized",
            "emphasized",
            "underscoring",
            "pointed out",
            "stressed",
            "opposed",
            "accused of",
            "acknowledged"
        ],
        "exactly the attributions of the seed, in order"
    );
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r["claim_index"], i.to_string());
        assert_eq!(r["doc_id"], "blinken-cairo.txt");
    }
    // Every claim by Blinken, whatever the mention: "Blinken", "He", "The
    // U.S. Secretary of State".
    for r in &rows[..10] {
        assert_eq!(r["speaker"], "Anthony Blinken", "{r:?}");
        assert_eq!(r["speaker_type"], "person");
        assert_eq!(r["speaker_title"], "U.S. Secretary of State");
        assert_eq!(r["stance"], "assert");
        assert_eq!(r["negated"], "false");
    }
    let discussed = by_cue(&rows, "discussed")[0];
    assert_eq!(discussed["source_text"], "The U.S. Secretary of State");
    assert!(discussed["content_text"].starts_with("the importance of reforming"));
    let stated = by_cue(&rows, "stated")[0];
    assert_eq!(stated["source_text"], "Blinken");
    assert_eq!(stated["kind"], "indirect");
    assert!(stated["content_text"].starts_with("he is exploring ways"));
    assert!(stated["content_text"].ends_with("which lasted a week"));
    assert_eq!(stated["cue_lemma"], "state");

    let emphasized = by_cue(&rows, "emphasized");
    assert_eq!(
        emphasized[0]["sentence_index"],
        by_cue(&rows, "affirmed")[0]["sentence_index"]
    );
    assert_eq!(emphasized[1]["kind"], "mixed");
    assert_eq!(by_cue(&rows, "underscoring")[0]["kind"], "mixed");
    assert_eq!(
        by_cue(&rows, "underscoring")[0]["sentence_index"],
        emphasized[1]["sentence_index"]
    );

    for cue in ["pointed out", "stressed"] {
        assert_eq!(by_cue(&rows, cue)[0]["source_text"], "He");
    }
    assert_eq!(by_cue(&rows, "pointed out")[0]["cue_lemma"], "point out");

    let opposed = by_cue(&rows, "opposed")[0];
    assert_eq!(opposed["speaker"], "Israeli officials");
    assert_eq!(opposed["speaker_type"], "group");
    assert_eq!(opposed["stance"], "oppose");
    assert_eq!(opposed["target_text"], "Blinken's demands");
    assert_eq!(opposed["kind"], "none");

    let accused = by_cue(&rows, "accused of")[0];
    assert_eq!(accused["speaker"], "");
    assert_eq!(accused["speaker_type"], "none");
    assert_eq!(accused["stance"], "accuse");
    assert_eq!(accused["target_text"], "Israel");

    let ack = by_cue(&rows, "acknowledged")[0];
    assert_eq!(ack["speaker"], "Israel");
    assert_eq!(ack["source_text"], "it");
    assert_eq!(ack["negated"], "true");
}

#[test]
fn seed_offsets_cut_the_reported_texts() {
    let text = std::fs::read_to_string("fixtures/blinken-cairo.txt").unwrap();
    let chars: Vec<char> = text.trim_start_matches('\u{feff}').chars().collect();
    let cut = |s: &str, e: &str| -> String {
        let (s, e): (usize, usize) = (s.parse().unwrap(), e.parse().unwrap());
        chars[s..e].iter().collect()
    };
    for r in seed_rows() {
        for role in ["source", "cue", "content"] {
            let (s, e) = (&r[&format!("{role}_start")], &r[&format!("{role}_end")]);
            if !s.is_empty() {
                assert_eq!(cut(s, e), r[&format!("{role}_text")], "{role} of {r:?}");
            }
        }
    }
}
