//! The JSON Lines reader over arbitrary bytes: every record is an Ok text or
//! a typed error; nothing panics; the stream ends.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid_corpus::{InputFormat, SourceOptions, open_stream};

fuzz_target!(|data: &[u8]| {
    let opts = SourceOptions::default();
    let Ok(records) = open_stream(
        "fuzz.jsonl",
        "fuzz",
        std::io::Cursor::new(data.to_vec()),
        InputFormat::Jsonl,
        &opts,
    ) else {
        return;
    };
    let mut n = 0usize;
    for r in records {
        n += 1;
        assert!(n <= data.len() + 1, "more records than lines");
        match &r.text {
            Ok(_) => {}
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
});
