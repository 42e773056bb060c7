//! Reading every input format from files made in a temp dir.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::write::GzEncoder;
use whosaid_corpus::{
    CorpusError, DocError, Encoding, InputFormat, Record, SourceOptions, UTF16_REPLACED_NOTE,
    WINDOWS_1252_NOTE, discover_sources, open_input, open_source, open_stream,
};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn read_all(path: &Path, opts: &SourceOptions) -> Vec<Record> {
    open_source(path, opts).unwrap().collect()
}

fn texts(records: &[Record]) -> Vec<Result<&str, &DocError>> {
    records.iter().map(|r| r.text.as_deref()).collect()
}

const JSONL: &str = r#"{"id": "a", "text": "First doc."}
{"id": 7, "text": "Second doc.", "extra": [1, 2]}
{"text": "No id here."}
"#;

const CSV: &str = "id,title,text\n\
a,T1,\"Line one\nline two, with comma\"\n\
b,T2,\"He said \"\"no\"\".\"\n";

const HTML: &str = "<html><head><title>x</title><script>var a = 1;</script></head>\
<body><p>Tom &amp; Jerry said &ldquo;hi&rdquo;&hellip;</p><p>Bye&#8212;now &#x263A;</p></body></html>";

/// File name, content, and the (id, text) pairs expected from it.
type Case = (
    &'static str,
    &'static str,
    Vec<(&'static str, &'static str)>,
);

/// Each format, plain and gzip-compressed, gives the same records.
#[test]
fn every_format_plain_and_gzip() {
    let dir = tempfile::tempdir().unwrap();
    let opts = SourceOptions::default();
    let cases: [Case; 5] = [
        (
            "doc.txt",
            "Plain text.\n",
            vec![("doc.txt", "Plain text.\n")],
        ),
        ("notes.md", "# Title\n", vec![("notes.md", "# Title\n")]),
        (
            "page.html",
            HTML,
            vec![("page.html", "Tom & Jerry said “hi”…\n\nBye—now ☺")],
        ),
        (
            "c.jsonl",
            JSONL,
            vec![
                ("a", "First doc."),
                ("7", "Second doc."),
                // No id: the file's and the line number.
                (":3", "No id here."),
            ],
        ),
        (
            "c.csv",
            CSV,
            vec![
                ("a", "Line one\nline two, with comma"),
                ("b", "He said \"no\"."),
            ],
        ),
    ];
    for (name, content, want) in cases {
        for gz in [false, true] {
            let (file, bytes) = if gz {
                (format!("{name}.gz"), gzip(content.as_bytes()))
            } else {
                (name.to_string(), content.as_bytes().to_vec())
            };
            let path = write(dir.path(), &file, &bytes);
            let recs = read_all(&path, &opts);
            let got: Vec<(&str, &str)> = recs
                .iter()
                .map(|r| (r.id.as_str(), r.text.as_deref().unwrap()))
                .collect();
            let want: Vec<(String, &str)> = want
                .iter()
                .map(|&(id, t)| {
                    // A whole-file document is named after its file.
                    let id = if id == name {
                        file.clone()
                    } else if id.starts_with(':') {
                        format!("{file}{id}")
                    } else {
                        id.to_string()
                    };
                    (id, t)
                })
                .collect();
            let got: Vec<(String, &str)> = got.into_iter().map(|(i, t)| (i.into(), t)).collect();
            assert_eq!(got, want, "{file}");
            assert!(recs.iter().all(|r| r.note.is_none()), "{file}");
        }
    }
}

#[test]
fn sources_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "c.jsonl", JSONL.as_bytes());
    let recs = read_all(&p, &SourceOptions::default());
    let want: Vec<String> = (1..=3).map(|l| format!("{}:{l}", p.display())).collect();
    assert_eq!(
        recs.iter().map(|r| r.source.clone()).collect::<Vec<_>>(),
        want
    );

    let p = write(dir.path(), "c.csv", CSV.as_bytes());
    let recs = read_all(&p, &SourceOptions::default());
    // The first record spans lines 2-3, so the second starts on line 4.
    let want: Vec<String> = [2, 4]
        .iter()
        .map(|l| format!("{}:{l}", p.display()))
        .collect();
    assert_eq!(
        recs.iter().map(|r| r.source.clone()).collect::<Vec<_>>(),
        want
    );

    let p = write(dir.path(), "d.txt", b"x");
    assert_eq!(
        read_all(&p, &SourceOptions::default())[0].source,
        p.display().to_string()
    );
}

#[test]
fn malformed_jsonl_lines_are_errors_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let content = "{\"id\": \"1\", \"text\": \"ok one\"}\n\
                   {\"id\": \"2\", \"text\": \"broken\n\
                   \n\
                   [1, 2, 3]\n\
                   {\"id\": \"5\", \"body\": \"no text field\"}\n\
                   {\"id\": \"6\", \"text\": 42}\n\
                   {\"id\": \"7\", \"text\": \"ok seven\"}\r\n\
                   {\"id\": \"8\", \"text\": \"ok eight, no newline\"}";
    let p = write(dir.path(), "mixed.ndjson", content.as_bytes());
    let recs = read_all(&p, &SourceOptions::default());
    let file = p.display().to_string();
    // The blank line 3 is skipped but still counted.
    let ids: Vec<&str> = recs.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        ["1", "mixed.ndjson:2", "mixed.ndjson:4", "5", "6", "7", "8"]
    );
    assert_eq!(recs[0].text.as_deref(), Ok("ok one"));
    match &recs[1].text {
        Err(DocError::Json {
            file: f, line: 2, ..
        }) => assert_eq!(f, &file),
        other => panic!("{other:?}"),
    }
    assert!(matches!(&recs[2].text, Err(DocError::Json { line: 4, .. })));
    assert_eq!(
        recs[3].text,
        Err(DocError::MissingField {
            file: file.clone(),
            line: 5,
            field: "text".into()
        })
    );
    assert!(matches!(
        &recs[4].text,
        Err(DocError::MissingField { line: 6, .. })
    ));
    assert_eq!(recs[5].text.as_deref(), Ok("ok seven"));
    assert_eq!(recs[6].text.as_deref(), Ok("ok eight, no newline"));
    let msg = recs[1].text.as_ref().unwrap_err().to_string();
    assert!(msg.starts_with(&format!("{file}:2: ")), "{msg}");
    let msg = recs[3].text.as_ref().unwrap_err().to_string();
    assert_eq!(msg, format!("{file}:5: no string field \"text\""));
}

#[test]
fn custom_id_and_text_fields() {
    let dir = tempfile::tempdir().unwrap();
    let opts = SourceOptions {
        id_field: "url".into(),
        text_field: "body".into(),
        ..SourceOptions::default()
    };
    let p = write(
        dir.path(),
        "c.jsonl",
        b"{\"url\": \"u1\", \"body\": \"B1\", \"text\": \"no\"}\n{\"url\": null, \"body\": \"B2\"}\n",
    );
    let recs = read_all(&p, &opts);
    assert_eq!(
        texts(&recs),
        [Ok("B1"), Ok("B2")],
        "the configured field wins"
    );
    assert_eq!(recs[0].id, "u1");
    assert_eq!(
        recs[1].id, "c.jsonl:2",
        "a null id falls back to the file and line number"
    );

    let p = write(dir.path(), "c.csv", b"URL,Body\nu1,B1\n,B2\n");
    let recs = read_all(&p, &opts);
    assert_eq!(texts(&recs), [Ok("B1"), Ok("B2")]);
    assert_eq!(recs[0].id, "u1");
    assert_eq!(
        recs[1].id, "c.csv:3",
        "an empty id cell falls back to the file and line number"
    );
}

#[test]
fn csv_without_id_column_uses_file_and_line_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "c.csv", b"title,text\nA,\"x\ny\"\nB,z\n");
    let recs = read_all(&p, &SourceOptions::default());
    let ids: Vec<&str> = recs.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["c.csv:2", "c.csv:4"]);
}

#[test]
fn missing_csv_text_column_is_fatal_and_lists_columns() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "c.csv", b"id,title,body\n1,a,b\n");
    let err = open_source(&p, &SourceOptions::default()).unwrap_err();
    match &err {
        CorpusError::MissingColumn {
            path,
            column,
            available,
        } => {
            assert_eq!(path, &p);
            assert_eq!(column, "text");
            assert_eq!(available, &["id", "title", "body"]);
        }
        other => panic!("{other:?}"),
    }
    let msg = err.to_string();
    assert!(msg.starts_with(&p.display().to_string()), "{msg}");
    assert!(msg.contains("id, title, body"), "{msg}");

    // A 0-byte file has no header to lack a column: no document, as a
    // 0-byte JSON Lines file.
    let p = write(dir.path(), "empty.csv", b"");
    assert_eq!(
        open_source(&p, &SourceOptions::default()).unwrap().count(),
        0
    );
}

#[test]
fn bad_csv_record_is_an_error_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.csv",
        b"id,text\n1,one\n2,two,extra\n3,three\n",
    );
    let recs = read_all(&p, &SourceOptions::default());
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0].text.as_deref(), Ok("one"));
    match &recs[1].text {
        Err(DocError::Csv { file, line: 3, .. }) => assert_eq!(file, &p.display().to_string()),
        other => panic!("{other:?}"),
    }
    assert_eq!(recs[2].text.as_deref(), Ok("three"));
}

#[test]
fn missing_file_is_fatal() {
    let err = open_source("/no/such/whosaid.jsonl", &SourceOptions::default()).unwrap_err();
    assert!(
        err.to_string().starts_with("/no/such/whosaid.jsonl: "),
        "{err}"
    );
}

#[test]
fn explicit_format_overrides_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "data.txt", JSONL.as_bytes());
    let opts = SourceOptions {
        format: InputFormat::Jsonl,
        ..SourceOptions::default()
    };
    assert_eq!(read_all(&p, &opts).len(), 3);
    let p = write(dir.path(), "page.jsonl", b"<p>a&amp;b</p>");
    let opts = SourceOptions {
        format: InputFormat::Html,
        ..SourceOptions::default()
    };
    assert_eq!(read_all(&p, &opts)[0].text.as_deref(), Ok("a&b"));
}

#[test]
fn names_parse_for_the_command_line() {
    assert_eq!("JSONL".parse(), Ok(InputFormat::Jsonl));
    assert_eq!("ndjson".parse(), Ok(InputFormat::Jsonl));
    assert_eq!("auto".parse(), Ok(InputFormat::Auto));
    assert!("xml".parse::<InputFormat>().unwrap_err().contains("xml"));
    assert_eq!("latin1".parse(), Ok(Encoding::Windows1252));
    assert_eq!("UTF-8".parse(), Ok(Encoding::Utf8));
    assert!("koi8-r".parse::<Encoding>().is_err());
}

#[test]
fn discovered_documents_keep_their_relative_ids() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    write(dir.path(), "sub/p.htm", b"<p>x</p>");
    write(dir.path(), "sub/c.jsonl.gz", &gzip(JSONL.as_bytes()));
    let docs = discover_sources(&[dir.path().to_path_buf()]).unwrap();
    let mut ids = Vec::new();
    for doc in &docs {
        for r in open_input(doc, &SourceOptions::default()).unwrap() {
            ids.push(r.id);
        }
    }
    // A record's fallback id starts with its file's relative id.
    assert_eq!(ids, ["a", "7", "sub/c.jsonl.gz:3", "sub/p.htm"]);
}

#[test]
fn format_from_path() {
    for (name, f) in [
        ("a.jsonl", InputFormat::Jsonl),
        ("a.NDJSON", InputFormat::Jsonl),
        ("a.json.gz", InputFormat::Jsonl),
        ("dir/a.csv.gz", InputFormat::Csv),
        ("a.htm", InputFormat::Html),
        ("a.HTML", InputFormat::Html),
        ("a.txt.gz", InputFormat::Text),
        ("a.gz", InputFormat::Text),
        ("README", InputFormat::Text),
        ("-", InputFormat::Text),
    ] {
        assert_eq!(InputFormat::from_path(Path::new(name)), f, "{name}");
    }
}

fn utf16(s: &str, big_endian: bool) -> Vec<u8> {
    let mut v = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in s.encode_utf16() {
        v.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    v
}

#[test]
fn utf16_le_and_be_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let opts = SourceOptions::default();
    for be in [false, true] {
        let p = write(dir.path(), "u.txt", &utf16("Zoë said “yes” 🎉", be));
        assert_eq!(
            read_all(&p, &opts)[0].text.as_deref(),
            Ok("Zoë said “yes” 🎉")
        );

        let p = write(
            dir.path(),
            "u.jsonl",
            &utf16("{\"text\": \"é1\"}\n{\"text\": \"“2”\"}\n", be),
        );
        assert_eq!(texts(&read_all(&p, &opts)), [Ok("é1"), Ok("“2”")]);

        let p = write(dir.path(), "u.csv", &utf16("id,text\nx,\"é\nü\"\n", be));
        let recs = read_all(&p, &opts);
        assert_eq!(texts(&recs), [Ok("é\nü")]);
        assert_eq!(recs[0].id, "x");

        let p = write(dir.path(), "u.csv.gz", &gzip(&utf16("id,text\nx,y\n", be)));
        assert_eq!(texts(&read_all(&p, &opts)), [Ok("y")]);
    }
}

/// UTF-16 bytes with a BOM for `pieces`: text, or a lone code unit (a
/// surrogate without its partner) given as a number.
fn utf16_units(pieces: &[Result<&str, u16>], big_endian: bool) -> Vec<u8> {
    let units: Vec<u16> = std::iter::once(0xFEFF)
        .chain(pieces.iter().flat_map(|p| match p {
            Ok(s) => s.encode_utf16().collect::<Vec<_>>(),
            Err(u) => vec![*u],
        }))
        .collect();
    units
        .into_iter()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

/// Damaged UTF-16 (an unpaired surrogate, an odd last byte) is what
/// invalid UTF-8 is: an error naming the file, line and byte offset (in
/// the UTF-16 bytes, after the BOM) under strict UTF-8, for the document,
/// line or record that holds it; U+FFFD with a note under auto.
#[test]
fn damaged_utf16_is_an_error_with_its_offset_or_replaced_under_auto() {
    let dir = tempfile::tempdir().unwrap();
    let strict = SourceOptions {
        encoding: Encoding::Utf8,
        ..SourceOptions::default()
    };
    let auto = SourceOptions::default();
    for be in [false, true] {
        let err = |p: &Path, line: u64, offset: u64| {
            Err(DocError::Utf16At {
                file: p.display().to_string(),
                line,
                offset,
            })
        };
        // A lone high surrogate on line 2: units a b \n D83D c.
        let p = write(
            dir.path(),
            "s.txt",
            &utf16_units(&[Ok("ab\n"), Err(0xD83D), Ok("c")], be),
        );
        assert_eq!(read_all(&p, &strict)[0].text, err(&p, 2, 6));
        let r = &read_all(&p, &auto)[0];
        assert_eq!(r.text.as_deref(), Ok("ab\n\u{FFFD}c"));
        assert_eq!(r.note.as_deref(), Some(UTF16_REPLACED_NOTE));
        // A BOM outranks the encoding asked for: Windows-1252 does not
        // read the transcoded UTF-8 as its own bytes ("\u{FFFD}" as "ï¿½").
        let cp1252 = SourceOptions {
            encoding: Encoding::Windows1252,
            ..SourceOptions::default()
        };
        assert_eq!(
            read_all(&p, &cp1252)[0].text.as_deref(),
            Ok("ab\n\u{FFFD}c")
        );

        // An odd byte at the end.
        let mut bytes = utf16_units(&[Ok("ab")], be);
        bytes.push(b'c');
        let p = write(dir.path(), "o.txt", &bytes);
        assert_eq!(read_all(&p, &strict)[0].text, err(&p, 1, 4));
        assert_eq!(read_all(&p, &auto)[0].text.as_deref(), Ok("ab\u{FFFD}"));

        // JSON Lines: only the damaged line is an error. Line 1 is 15
        // units, then `{"text": "x` is 11.
        let p = write(
            dir.path(),
            "s.jsonl",
            &utf16_units(
                &[
                    Ok("{\"text\": \"ok\"}\n{\"text\": \"x"),
                    Err(0xDC00),
                    Ok("\"}\n{\"text\": \"fine\"}\n"),
                ],
                be,
            ),
        );
        let recs = read_all(&p, &strict);
        assert_eq!(recs.len(), 3);
        assert_eq!(recs[1].text, err(&p, 2, 52));
        assert_eq!((texts(&recs)[0], texts(&recs)[2]), (Ok("ok"), Ok("fine")));
        let recs = read_all(&p, &auto);
        assert_eq!(texts(&recs), [Ok("ok"), Ok("x\u{FFFD}"), Ok("fine")]);
        let notes: Vec<_> = recs.iter().map(|r| r.note.as_deref()).collect();
        assert_eq!(notes, [None, Some(UTF16_REPLACED_NOTE), None]);

        // CSV: the id field is damaged too, and a doubled quote comes
        // before the damage in the text: the offset is still exact. The
        // header is 8 units, then `a?,"q""` is 7.
        let p = write(
            dir.path(),
            "s.csv",
            &utf16_units(
                &[
                    Ok("id,text\na"),
                    Err(0xD800),
                    Ok(",\"q\"\""),
                    Err(0xDC00),
                    Ok("\"\nb,fine\n"),
                ],
                be,
            ),
        );
        let recs = read_all(&p, &strict);
        assert_eq!(recs[0].text, err(&p, 2, 30));
        assert_eq!(recs[1].text.as_deref(), Ok("fine"));
        let recs = read_all(&p, &auto);
        assert_eq!(texts(&recs), [Ok("q\"\u{FFFD}"), Ok("fine")]);
        assert_eq!(recs[0].id, "a\u{FFFD}");
    }
}

#[test]
fn utf8_bom_is_removed_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let opts = SourceOptions::default();
    let p = write(dir.path(), "b.txt", b"\xEF\xBB\xBFhi");
    assert_eq!(read_all(&p, &opts)[0].text.as_deref(), Ok("hi"));
    let p = write(dir.path(), "b.jsonl", b"\xEF\xBB\xBF{\"text\": \"hi\"}\n");
    assert_eq!(texts(&read_all(&p, &opts)), [Ok("hi")]);
    // Without BOM removal the first column would be "\u{FEFF}id".
    let p = write(dir.path(), "b.csv", b"\xEF\xBB\xBFid,text\nk,hi\n");
    let recs = read_all(&p, &opts);
    assert_eq!(
        (recs[0].id.as_str(), recs[0].text.as_deref()),
        ("k", Ok("hi"))
    );
}

#[test]
fn latin1_bytes_strict_and_auto() {
    let dir = tempfile::tempdir().unwrap();
    let strict = SourceOptions {
        encoding: Encoding::Utf8,
        ..SourceOptions::default()
    };
    let auto = SourceOptions::default();
    let file_of = |p: &Path| p.display().to_string();

    let p = write(dir.path(), "l.txt", b"line one\ncaf\xE9 \x93ok\x94");
    assert_eq!(
        read_all(&p, &strict)[0].text,
        Err(DocError::EncodingAt {
            file: file_of(&p),
            line: 2,
            offset: 12
        })
    );
    let r = &read_all(&p, &auto)[0];
    assert_eq!(r.text.as_deref(), Ok("line one\ncafé “ok”"));
    assert_eq!(r.note.as_deref(), Some(WINDOWS_1252_NOTE));

    let p = write(
        dir.path(),
        "l.jsonl",
        b"{\"text\": \"fine\"}\n{\"text\": \"na\xEFve\"}\n{\"text\": \"fine too\"}\n",
    );
    let recs = read_all(&p, &strict);
    assert_eq!(recs[0].text.as_deref(), Ok("fine"));
    assert_eq!(
        recs[1].text,
        Err(DocError::EncodingAt {
            file: file_of(&p),
            line: 2,
            // Line 1 is 17 bytes, then `{"text": "na` is 12.
            offset: 29
        })
    );
    assert_eq!(recs[2].text.as_deref(), Ok("fine too"));
    let recs = read_all(&p, &auto);
    assert_eq!(texts(&recs), [Ok("fine"), Ok("naïve"), Ok("fine too")]);
    let notes: Vec<_> = recs.iter().map(|r| r.note.as_deref()).collect();
    assert_eq!(notes, [None, Some(WINDOWS_1252_NOTE), None]);

    let p = write(dir.path(), "l.csv", b"id,text\n1,caf\xE9\n2,ok\n");
    let recs = read_all(&p, &strict);
    assert!(
        matches!(&recs[0].text, Err(DocError::EncodingAt { line: 2, .. })),
        "{recs:?}"
    );
    assert_eq!(recs[1].text.as_deref(), Ok("ok"));
    let recs = read_all(&p, &auto);
    assert_eq!(texts(&recs), [Ok("café"), Ok("ok")]);
    assert_eq!(recs[0].note.as_deref(), Some(WINDOWS_1252_NOTE));

    let explicit = SourceOptions {
        encoding: Encoding::Windows1252,
        ..SourceOptions::default()
    };
    let p = write(dir.path(), "w.txt", b"\x80 5");
    let r = &read_all(&p, &explicit)[0];
    assert_eq!((r.text.as_deref(), r.note.as_deref()), (Ok("€ 5"), None));
}

#[test]
fn corrupt_gzip_is_a_record_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = gzip(JSONL.repeat(50).as_bytes());
    let n = bytes.len();
    bytes.truncate(n / 2);
    let p = write(dir.path(), "t.jsonl.gz", &bytes);
    let recs = read_all(&p, &SourceOptions::default());
    let last = recs.last().unwrap();
    assert!(
        matches!(&last.text, Err(DocError::ReadAt { .. })),
        "{last:?}"
    );
    assert!(recs[..recs.len() - 1].iter().all(|r| r.text.is_ok()));

    // Named .gz but not gzip at all: the header is read at open, so the
    // whole source fails, naming the file.
    let p = write(dir.path(), "fake.txt.gz", b"plain");
    let err = open_source(&p, &SourceOptions::default()).unwrap_err();
    assert!(
        matches!(&err, CorpusError::Path { path, .. } if path == &p),
        "{err:?}"
    );
}

#[test]
fn gzip_is_recognised_without_the_suffix() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "c.jsonl", &gzip(JSONL.as_bytes()));
    assert_eq!(read_all(&p, &SourceOptions::default()).len(), 3);
}

/// An endless JSONL stream: if reading were not lazy, taking three records
/// would never return.
struct Endless {
    line: &'static [u8],
    pos: usize,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut n = 0;
        while n < buf.len() {
            buf[n] = self.line[self.pos % self.line.len()];
            self.pos += 1;
            n += 1;
        }
        Ok(n)
    }
}

#[test]
fn reading_is_lazy() {
    let reader = Endless {
        line: b"{\"text\": \"again\"}\n",
        pos: 0,
    };
    let opts = SourceOptions::default();
    let recs: Vec<Record> = open_stream("endless", "endless", reader, InputFormat::Jsonl, &opts)
        .unwrap()
        .take(3)
        .collect();
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[2].source, "endless:3");

    let reader = Endless {
        line: b"x,\"again\nand again\"\n",
        pos: 0,
    };
    let opts = SourceOptions {
        text_field: "x".into(),
        ..SourceOptions::default()
    };
    let recs: Vec<Record> = open_stream("endless", "endless", reader, InputFormat::Csv, &opts)
        .unwrap()
        .take(3)
        .collect();
    assert_eq!(recs.len(), 3);
}

/// shared/ sits beside the checkout, for developers and CI alike.
fn wikinews(name: &str) -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/wikinews")
        .join(name);
    assert!(p.exists(), "{} is missing", p.display());
    p
}

#[test]
fn wikinews_csv_has_as_many_records_as_python_csv() {
    let path = wikinews("wikinews_2019.csv");
    // 171 = sum(1 for _ in csv.DictReader(open(path, newline="", encoding="utf-8")))
    // with Python 3's csv module (172 rows including the header).
    const PYTHON_CSV_RECORDS: usize = 171;
    let recs = read_all(&path, &SourceOptions::default());
    assert_eq!(recs.len(), PYTHON_CSV_RECORDS);
    assert!(recs.iter().all(|r| r.text.is_ok() && r.note.is_none()));
    assert!(recs.iter().any(|r| r.text.as_ref().unwrap().contains('\n')));
    // No id column: ids are the file's and the starting line numbers,
    // unique and rising.
    let lines: Vec<u64> = recs
        .iter()
        .map(|r| {
            let line = r.id.strip_prefix("wikinews_2019.csv:").unwrap();
            line.parse().unwrap()
        })
        .collect();
    assert_eq!(lines[0], 2);
    assert!(lines.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn wikinews_jsonl_has_295_records() {
    let path = wikinews("wikinews.jsonl");
    let recs = read_all(&path, &SourceOptions::default());
    assert_eq!(recs.len(), 295);
    assert!(recs.iter().all(|r| r.text.is_ok()));
    assert_eq!(recs[0].id, "wikinews-2019-0000");
}

/// A whole document is read into a buffer of the file's length, not one
/// doubled as it filled, which a long article kept through its extraction
/// (a 20 MB file held 32 MiB).
#[test]
fn a_text_file_is_read_into_a_buffer_of_its_length() {
    let dir = tempfile::tempdir().unwrap();
    let text = "The mayor said taxes would rise. ".repeat(3000);
    let p = write(dir.path(), "long.txt", text.as_bytes());
    let recs = read_all(&p, &SourceOptions::default());
    let got = recs[0].text.as_ref().unwrap();
    assert_eq!(got, &text);
    assert!(
        got.capacity() <= text.len() + 1,
        "{} bytes held for {}",
        got.capacity(),
        text.len()
    );
    // Compressed, the length is unknown: still read whole.
    let p = write(dir.path(), "long.txt.gz", &gzip(text.as_bytes()));
    assert_eq!(
        read_all(&p, &SourceOptions::default())[0].text.as_ref(),
        Ok(&text)
    );
}
