//! The shipped cue model (`data/cue-model.bin`) is exactly what the
//! documented command builds from PolNeAR train with the current code:
//!
//! ```sh
//! cargo run --release -p whosaid-attribution --example train_cues -- \
//!     ../shared/data/polnear/train crates/whosaid-attribution/data/cue-model.bin
//! ```
//!
//! A change to tokenization, features or the lexicon that the model was not
//! retrained for fails here.

use std::path::Path;
use whosaid_attribution::{Lexicon, TrainingDoc, train_cue_model};

#[test]
fn shipped_model_is_reproducible_from_train() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let train = root.join("../../../shared/data/polnear/train");
    // The tests read ../shared beside the clone (README), as CI lays it out.
    let gold = whosaid_eval::load_gold(&train)
        .unwrap_or_else(|e| panic!("PolNeAR train at {}: {e}", train.display()));
    let docs: Vec<TrainingDoc> = gold
        .docs
        .iter()
        .map(|g| {
            let cues = g
                .relations
                .iter()
                .filter_map(|r| r.cue.as_ref())
                .flatten()
                .copied();
            TrainingDoc::from_char_spans(g.text.clone(), cues)
        })
        .collect();
    let model = train_cue_model(&Lexicon::builtin(), &docs, 4);
    let shipped = std::fs::read(root.join("data/cue-model.bin")).unwrap();
    assert!(
        model.to_bytes() == shipped,
        "data/cue-model.bin is stale: retrain it with examples/train_cues.rs"
    );
}
