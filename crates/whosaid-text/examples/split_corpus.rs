//! Splits every text file in a directory, repeatedly, and prints the
//! throughput: a profiling target for `perf record`.
//!
//! `cargo run --release -p whosaid-text --example split_corpus -- DIR [ROUNDS]`

use std::time::Instant;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "../shared/data/polnear/train/text".to_string());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let mut texts = Vec::new();
    for e in std::fs::read_dir(&dir)? {
        texts.push(std::fs::read_to_string(e?.path())?);
    }
    let text = texts.join("\n\n");
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        n += whosaid_text::split_sentences(&text).len();
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} sentences, {:.1} MB/s",
        n / rounds,
        (text.len() * rounds) as f64 / 1e6 / secs
    );
    Ok(())
}
