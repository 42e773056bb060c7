//! No input makes the readers panic, and `-` reads standard input.

use std::io::Write;
use std::process::{Command, Stdio};

use proptest::prelude::*;
use whosaid_corpus::{
    Encoding, InputFormat, SourceOptions, decode_bytes, open_source, open_stream, strip_html,
};

fn all_formats() -> [InputFormat; 4] {
    [
        InputFormat::Text,
        InputFormat::Html,
        InputFormat::Jsonl,
        InputFormat::Csv,
    ]
}

fn all_encodings() -> [Encoding; 3] {
    [Encoding::Auto, Encoding::Utf8, Encoding::Windows1252]
}

/// Bytes that look a little like each format, so the parsers get past their
/// first check more often than with uniform noise.
fn inputs() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"{\"id\":1,\"text\":\"a\"}\n".to_vec()),
        Just(b"id,text\n".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"<script>".to_vec()),
        Just(b"<p>&amp;&#x41;&#".to_vec()),
        Just(vec![0xFF, 0xFE]),
        Just(vec![0xFE, 0xFF]),
        Just(vec![0xEF, 0xBB, 0xBF]),
        Just(vec![0x1F, 0x8B]),
        Just(vec![0xD8, 0x00]),
        proptest::collection::vec(any::<u8>(), 0..8),
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn readers_never_panic(bytes in inputs()) {
        for format in all_formats() {
            for encoding in all_encodings() {
                let opts = SourceOptions { format, encoding, ..SourceOptions::default() };
                let reader = std::io::Cursor::new(bytes.clone());
                if let Ok(records) = open_stream("p", "p", reader, format, &opts) {
                    for r in records.take(100) {
                        prop_assert!(!r.source.is_empty());
                    }
                }
            }
        }
        for encoding in all_encodings() {
            let _ = decode_bytes(bytes.clone(), encoding);
        }
        let _ = strip_html(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn files_never_panic(bytes in inputs(), ext in prop_oneof![
        Just("txt"), Just("html"), Just("jsonl"), Just("csv"), Just("jsonl.gz"), Just("txt.gz"),
    ]) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(format!("f.{ext}"));
        std::fs::write(&p, &bytes).unwrap();
        if let Ok(records) = open_source(&p, &SourceOptions::default()) {
            prop_assert!(records.take(100).count() <= 100);
        }
    }
}

const CHILD: &str = "WHOSAID_CORPUS_STDIN_CHILD";

/// Runs in a child process whose standard input the parent fills.
#[test]
fn stdin_child() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let opts = SourceOptions {
        format: InputFormat::Jsonl,
        ..SourceOptions::default()
    };
    let recs: Vec<_> = open_source("-", &opts).unwrap().collect();
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1].text.as_deref(), Ok("two"));
    assert_eq!(recs[1].source, "-:2");
}

#[test]
fn dash_reads_stdin_even_gzipped() {
    let jsonl = b"{\"text\": \"one\"}\n{\"text\": \"two\"}\n";
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(jsonl).unwrap();
    let gz = gz.finish().unwrap();
    for input in [jsonl.to_vec(), gz] {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "stdin_child", "--test-threads=1"])
            .env(CHILD, "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&input).unwrap();
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{stdout}");
        assert!(stdout.contains("1 passed"), "{stdout}");
    }
}

/// The lead hands sources to worker threads, so they must be `Send`.
#[test]
fn records_are_send() {
    fn is_send<T: Send>() {}
    is_send::<whosaid_corpus::Records>();
    is_send::<whosaid_corpus::Record>();
}
