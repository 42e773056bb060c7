//! What speaker resolution costs on the PolNeAR train texts (read from
//! `../shared`), for when the criterion bench is too noisy (a shared
//! machine) or a profiler needs a single pass.
//!
//! ```sh
//! cargo build --release -p whosaid-attribution --example speaker_cost
//! # one pass, with or without resolution, e.g. under callgrind:
//! valgrind --tool=callgrind target/release/examples/speaker_cost full
//! valgrind --tool=callgrind target/release/examples/speaker_cost bare
//! # interleaved timed passes of both (time on the CPU, where Linux tells
//! # it); the minimum of each is the least disturbed by other load:
//! target/release/examples/speaker_cost compare 30
//! ```
//!
//! Documents are extracted in batches of 16 with `extract_all`, as the
//! batch driver does; `BATCH=N` sets another size, and `BATCH=1` extracts
//! them one by one with `extract`.
//!
//! For `full` and `bare`, an optional second argument takes only the first
//! N texts, and an optional third repeats the pass that many times (for a
//! sampling profiler, which needs more than one pass to say much).
use std::path::Path;
use std::time::{Duration, Instant};
use whosaid_attribution::{Document, Extractor};

// The allocator of the whosaid binary and of the criterion bench.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "full".into());
    let n: usize = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX);
    let repeat: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1).max(1);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/polnear/train/text");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    names.sort();
    let limit = if mode == "compare" { usize::MAX } else { n };
    let texts: Vec<String> = names
        .iter()
        .take(limit)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let full = Extractor::default();
    let bare = Extractor::default().without_speaker_resolution();
    // Documents go through `extract_all` in batches of this many, as the
    // batch driver hands them to a worker; `BATCH=1` takes them one by one
    // through `extract`.
    let batch: usize = std::env::var("BATCH")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(16)
        .max(1);
    let pass = |x: &Extractor| {
        let (start, cpu) = (Instant::now(), cpu_time());
        let mut claims = 0;
        for chunk in texts.chunks(batch) {
            if batch == 1 {
                claims += x.extract(&Document::new(chunk[0].as_str())).len();
            } else {
                let docs: Vec<Document> = chunk.iter().map(|t| Document::new(t.as_str())).collect();
                claims += x.extract_all(&docs).iter().map(Vec::len).sum::<usize>();
            }
        }
        // On-CPU time where the kernel reports it: time spent preempted by
        // other load does not count.
        let spent = match (cpu, cpu_time()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => start.elapsed(),
        };
        (spent, claims)
    };
    match mode.as_str() {
        "compare" => {
            let rounds = n.clamp(1, 1000);
            let (mut f, mut b): (Vec<Duration>, Vec<Duration>) = (Vec::new(), Vec::new());
            for _ in 0..rounds {
                f.push(pass(&full).0);
                b.push(pass(&bare).0);
            }
            f.sort();
            b.sort();
            let ms = |d: Duration| d.as_secs_f64() * 1e3;
            let (fm, bm) = (ms(f[0]), ms(b[0]));
            let (fmed, bmed) = (ms(f[rounds / 2]), ms(b[rounds / 2]));
            println!(
                "{rounds} rounds: full min {fm:.2} ms (median {fmed:.2}), bare min {bm:.2} ms (median {bmed:.2}); ratio min {:.3}, median {:.3}",
                fm / bm,
                fmed / bmed
            );
        }
        _ => {
            let (name, extractor) = if mode == "bare" {
                ("bare", &bare)
            } else {
                ("full", &full)
            };
            let mut claims = 0;
            for _ in 0..repeat {
                claims = pass(extractor).1;
            }
            println!("{name}: {} texts, {claims} claims", texts.len())
        }
    }
}

/// This thread's time on a CPU so far, from Linux's scheduler statistics.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}
