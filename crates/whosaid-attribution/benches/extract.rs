//! Extraction throughput, segmentation included, single-threaded, over the
//! PolNeAR train texts read from `../shared` (skipped with a message when
//! they are not there), with the binary's allocator (mimalloc).
//! `polnear-train-no-speakers` is the same extraction
//! without speaker resolution: the target is for the full pipeline to
//! stay within 1.2× of it. Both take the documents in batches of 16
//! through `extract_all`, as the batch driver does; `polnear-train-one-by-one` is the full
//! pipeline through `extract`, a document at a time.
//!
//! ```sh
//! cargo bench -p whosaid-attribution --bench extract
//! ```

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

// The allocator the `whosaid` binary runs with, so that the figures are
// the ones users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::path::Path;
use whosaid_attribution::{Document, Extractor};

fn corpus() -> Option<Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/polnear/train/text");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    names.sort();
    Some(
        names
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect(),
    )
}

fn bench(c: &mut Criterion) {
    let Some(texts) = corpus() else {
        eprintln!("PolNeAR train texts not found beside the repository: skipping");
        return;
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    let extractor = Extractor::default();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    // The driver's batch size for a worker (at most 16 documents).
    let batched = |x: &Extractor| {
        let mut claims = 0;
        for chunk in texts.chunks(16) {
            let docs: Vec<Document> = chunk.iter().map(|t| Document::new(t.as_str())).collect();
            claims += x.extract_all(&docs).iter().map(Vec::len).sum::<usize>();
        }
        claims
    };
    g.bench_function("polnear-train", |b| b.iter(|| batched(&extractor)));
    let bare = Extractor::default().without_speaker_resolution();
    g.bench_function("polnear-train-no-speakers", |b| b.iter(|| batched(&bare)));
    g.bench_function("polnear-train-one-by-one", |b| {
        b.iter(|| {
            let mut claims = 0;
            for t in &texts {
                let doc = Document::new(t.as_str());
                claims += extractor.extract(&doc).len();
            }
            claims
        })
    });
    g.bench_function("segmentation-only", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| Document::new(t.as_str()).sentences().len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
