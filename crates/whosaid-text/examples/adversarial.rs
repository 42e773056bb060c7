//! Times `Document::new` on inputs built to expose quadratic behaviour, at
//! two sizes: linear code takes about twice as long on the larger one.
//!
//! `cargo run --release -p whosaid-text --example adversarial`

use std::time::Instant;
use whosaid_text::Document;

fn main() {
    let cases: &[(&str, &str)] = &[
        ("no punctuation", "word "),
        ("unmatched quotes", "a \" b ' c “ "),
        ("straight doubles", "\""),
        ("periods", ". "),
        ("glued periods", "a.Ab"),
        ("spaced dots", " ."),
        ("list items", "1. x 2. y "),
        ("bullets", " • "),
        ("line bullets", "\n- "),
        ("apostrophes", " 'abc"),
        ("closers", ".\"')] "),
        ("one long line", "x"),
        ("blank lines", "\n\n"),
    ];
    for (name, unit) in cases {
        let mut times = Vec::new();
        for mb in [2usize, 4] {
            let text = unit.repeat(mb * 1_000_000 / unit.len());
            let t = Instant::now();
            let d = Document::new(text);
            std::hint::black_box(d.sentences().len());
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        println!(
            "{name:>18}: 2 MB {:7.1} ms, 4 MB {:7.1} ms, ratio {:.2}",
            times[0],
            times[1],
            times[1] / times[0]
        );
    }
}
