//! Trains the learned cue detector (`data/cue-model.bin`) on the PolNeAR
//! train split, deterministically:
//!
//! ```sh
//! cargo run --release -p whosaid-attribution --example train_cues -- \
//!     ../shared/data/polnear/train crates/whosaid-attribution/data/cue-model.bin
//! ```
//!
//! Every tenth article is held out first to report how well the detector
//! does on text it has not seen; the shipped model is then trained on all
//! of train. Dev is never read.

use std::process::ExitCode;
use whosaid_attribution::{Lexicon, TrainingDoc, train_cue_model};

fn epochs() -> usize {
    std::env::var("EPOCHS")
        .ok()
        .and_then(|e| e.parse().ok())
        .unwrap_or(4)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(gold), Some(out)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: train_cues GOLD_DIR OUT_FILE");
        return ExitCode::from(2);
    };
    let gold = match whosaid_eval::load_gold(gold) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("train_cues: {e}");
            return ExitCode::from(2);
        }
    };
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
    let lex = Lexicon::builtin();
    let (held, fit): (Vec<_>, Vec<_>) = docs
        .iter()
        .cloned()
        .enumerate()
        .partition(|(i, _)| i % 10 == 9);
    let held: Vec<TrainingDoc> = held.into_iter().map(|(_, d)| d).collect();
    let fit: Vec<TrainingDoc> = fit.into_iter().map(|(_, d)| d).collect();
    let model = train_cue_model(&lex, &fit, epochs());
    for (name, (tp, fp, fn_)) in [
        ("held-out", model.evaluate(&lex, &held)),
        ("fit", model.evaluate(&lex, &fit)),
    ] {
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        println!(
            "{name}: cue words precision {:.1}%, recall {:.1}%, F1 {:.1}%",
            100.0 * p,
            100.0 * r,
            200.0 * p * r / (p + r).max(1e-9)
        );
    }
    // TUNE=1 writes the model trained without the held-out tenth, so that
    // thresholds can be chosen on text the model has not seen
    // (`whosaid eval` on those articles).
    let model = if std::env::var_os("TUNE").is_some() {
        model
    } else {
        train_cue_model(&lex, &docs, epochs())
    };
    if let Err(e) = std::fs::write(out, model.to_bytes()) {
        eprintln!("train_cues: {out}: {e}");
        return ExitCode::from(2);
    }
    println!(
        "wrote {out} ({} documents, {} epochs)",
        docs.len(),
        epochs()
    );
    ExitCode::SUCCESS
}
