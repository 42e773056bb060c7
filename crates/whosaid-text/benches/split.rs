//! Sentence splitting throughput on news text, against the `sentencex`
//! crate on the same input, plus two adversarial inputs that would expose
//! quadratic behaviour.
//!
//! Run with `cargo bench -p whosaid-text --bench split`. The news input is
//! the PolNeAR train texts, read from `../shared` at bench time.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};
use whosaid_text::{Document, quotations, split_sentences};

const NEWS_DIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/polnear/train/text"
);
const TARGET: usize = 5 * 1024 * 1024;

/// The train texts joined by blank lines, repeated until at least 5 MB.
fn news_corpus() -> Option<String> {
    let dir = Path::new(NEWS_DIR);
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut docs = Vec::new();
    for f in files {
        if let Ok(t) = std::fs::read_to_string(&f) {
            docs.push(t);
        }
    }
    if docs.is_empty() {
        return None;
    }
    let mut out = String::new();
    while out.len() < TARGET {
        for d in &docs {
            out.push_str(d.trim());
            out.push_str("\n\n");
        }
    }
    Some(out)
}

fn mb_per_s(bytes: usize, f: impl Fn()) -> f64 {
    // A few warm runs, then the best of several timed ones, so the printed
    // figure is stable on a busy 2-core machine.
    f();
    let mut best = Duration::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed());
    }
    bytes as f64 / 1e6 / best.as_secs_f64()
}

fn bench_news(c: &mut Criterion) {
    let Some(text) = news_corpus() else {
        eprintln!("skipping news bench: {NEWS_DIR} not found");
        return;
    };
    let ours = mb_per_s(text.len(), || {
        black_box(split_sentences(black_box(&text)));
    });
    let theirs = mb_per_s(text.len(), || {
        black_box(sentencex::segment("en", black_box(&text)));
    });
    eprintln!(
        "news {:.1} MB: whosaid-text {ours:.1} MB/s, sentencex {theirs:.1} MB/s, ratio {:.2}x",
        text.len() as f64 / 1e6,
        ours / theirs
    );
    let mut g = c.benchmark_group("news");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("whosaid_split_sentences", |b| {
        b.iter(|| split_sentences(black_box(&text)))
    });
    g.bench_function("sentencex_segment_en", |b| {
        b.iter(|| sentencex::segment("en", black_box(&text)))
    });
    g.bench_function("whosaid_quotations", |b| {
        b.iter(|| quotations(black_box(&text)))
    });
    g.bench_function("whosaid_document", |b| {
        b.iter(|| Document::new(black_box(text.as_str())))
    });
    g.finish();
}

fn bench_adversarial(c: &mut Criterion) {
    let words = "word ".repeat(TARGET / 5);
    let quotes = "a \" b ' c “ ".repeat(100_000 / 3 + 1);
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(words.len() as u64));
    g.bench_function("no_punctuation_5mb", |b| {
        b.iter(|| split_sentences(black_box(&words)))
    });
    g.bench_function("no_punctuation_5mb_document", |b| {
        b.iter(|| Document::new(black_box(words.as_str())))
    });
    g.throughput(Throughput::Bytes(quotes.len() as u64));
    g.bench_function("unmatched_quotes_100k", |b| {
        b.iter(|| Document::new(black_box(quotes.as_str())))
    });
    g.finish();
}

criterion_group!(benches, bench_news, bench_adversarial);
criterion_main!(benches);
