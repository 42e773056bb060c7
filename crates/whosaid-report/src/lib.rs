//! Output records and writers: claims, documents, speakers and the run
//! summary, as spreadsheet-safe CSV or JSON Lines. Offsets are converted from
//! bytes to characters here, at the output edge, and nowhere else.

mod cell;
mod claims;
mod documents;
mod speakers;
mod summary;
mod writer;

pub use cell::{CUT_MARKER, Cell, MAX_CELL_CHARS, Table, safe_text};
pub use claims::{CLAIM_COLUMNS, ClaimRecord};
pub use documents::{DOCUMENT_COLUMNS, DocStatus, DocumentRecord};
pub use speakers::{
    SPEAKER_COLUMNS, SPEAKER_SUMMARY_COLUMNS, SpeakerRecord, SpeakerRollup, SpeakerSummaryRecord,
    speaker_records,
};
pub use summary::Summary;
pub use writer::{CsvOptions, Format, RecordWriter, ReportError, render_rows};

/// A writer of claim records.
pub type ClaimWriter<W> = RecordWriter<W, ClaimRecord>;

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid_attribution::{Document, Extractor};

    fn records(text: &str) -> Vec<ClaimRecord> {
        let doc = Document::new(text);
        Extractor::default()
            .extract(&doc)
            .iter()
            .enumerate()
            .map(|(i, c)| ClaimRecord::new("d", i, &doc, c))
            .collect()
    }

    #[test]
    fn offsets_count_characters() {
        let text = "“Ça va,” said Zoë Müller. Later, Müller said that it was fine.";
        let recs = records(text);
        assert_eq!(recs.len(), 2);
        let chars: Vec<char> = text.chars().collect();
        for r in &recs {
            let cut = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
            assert_eq!(cut(r.cue_start, r.cue_end), r.cue_text);
            if let (Some(s), Some(e)) = (r.source_start, r.source_end) {
                assert_eq!(Some(cut(s, e)), r.source_text);
            }
            if let (Some(s), Some(e)) = (r.content_start, r.content_end) {
                assert_eq!(Some(cut(s, e)), r.content_text);
            }
        }
        assert_eq!(recs[0].content_text.as_deref(), Some("“Ça va,”"));
        assert_eq!(recs[1].speaker.as_deref(), Some("Zoë Müller"));
    }

    #[test]
    fn csv_has_header_and_empty_absent_values() {
        let recs = records("Officials opposed the plan.");
        let mut out = Vec::new();
        let mut w = ClaimWriter::new(Format::Csv, &mut out, CsvOptions::default()).unwrap();
        for r in &recs {
            w.write(r).unwrap();
        }
        w.flush().unwrap();
        let s = String::from_utf8(out).unwrap();
        let mut lines = s.lines();
        assert_eq!(lines.next().unwrap(), CLAIM_COLUMNS.join(","));
        assert_eq!(
            lines.next().unwrap(),
            "d,0,0,none,Officials,group,,Officials,0,9,opposed,10,17,oppose,,,,oppose,false,the plan"
        );
    }

    #[test]
    fn jsonl_uses_null_for_absent_values() {
        let recs = records("Officials opposed the plan.");
        let mut out = Vec::new();
        let mut w = ClaimWriter::new(Format::Jsonl, &mut out, CsvOptions::default()).unwrap();
        w.write(&recs[0]).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert!(v["content_text"].is_null());
        assert_eq!(v["speaker_type"], "group");
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), CLAIM_COLUMNS.len());
    }

    #[test]
    fn csv_neutralises_formulas_and_excel_mode_adds_bom_and_crlf() {
        let recs = records("\"=HYPERLINK(evil),\" the hacker said.");
        assert_eq!(
            recs[0].content_text.as_deref(),
            Some("\"=HYPERLINK(evil),\"")
        );
        let mut out = Vec::new();
        let opts = CsvOptions {
            header: true,
            excel: true,
        };
        let mut w = ClaimWriter::new(Format::Csv, &mut out, opts).unwrap();
        let mut r = recs[0].clone();
        r.content_text = Some("=HYPERLINK(evil)".into());
        w.write(&r).unwrap();
        w.flush().unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.starts_with('\u{feff}'));
        assert!(s.contains(",'=HYPERLINK(evil),"), "{s}");
        assert!(s.contains("\r\n"));
        // JSON keeps the text as it is.
        let mut out = Vec::new();
        let mut w = ClaimWriter::new(Format::Jsonl, &mut out, CsvOptions::default()).unwrap();
        w.write(&r).unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .contains("\"=HYPERLINK(evil)\"")
        );
    }

    #[test]
    fn excel_without_a_header_has_no_byte_order_mark() {
        let recs = records("Officials said the road was closed.");
        let part = |header: bool| {
            let mut out = Vec::new();
            let opts = CsvOptions {
                header,
                excel: true,
            };
            let mut w = ClaimWriter::new(Format::Csv, &mut out, opts).unwrap();
            w.write(&recs[0]).unwrap();
            w.flush().unwrap();
            String::from_utf8(out).unwrap()
        };
        // Partitions concatenated after the first: one mark, at the start.
        let file = part(true) + &part(false) + &part(false);
        assert!(file.starts_with('\u{feff}'));
        assert_eq!(file.matches('\u{feff}').count(), 1, "{file:?}");
        assert_eq!(file.lines().count(), 4);
        assert!(part(false).ends_with("\r\n"));
    }

    #[test]
    fn rows_rendered_elsewhere_are_written_byte_for_byte() {
        let recs = records(
            "\"=1+1,\" she said. Officials said, \"a\nb\", and denied it. He added that it was fine.",
        );
        assert!(recs.len() >= 2);
        for format in [Format::Csv, Format::Jsonl] {
            for excel in [false, true] {
                let opts = CsvOptions {
                    header: true,
                    excel,
                };
                let mut one_by_one = Vec::new();
                let mut w = ClaimWriter::new(format, &mut one_by_one, opts).unwrap();
                for r in &recs {
                    w.write(r).unwrap();
                }
                let mut rendered = Vec::new();
                let mut w = ClaimWriter::new(format, &mut rendered, opts).unwrap();
                let (a, b) = recs.split_at(1);
                w.write_rendered(&render_rows(format, opts, a).unwrap())
                    .unwrap();
                w.write_rendered(&render_rows(format, opts, b).unwrap())
                    .unwrap();
                assert_eq!(
                    String::from_utf8(one_by_one).unwrap(),
                    String::from_utf8(rendered).unwrap()
                );
            }
        }
    }

    #[test]
    fn speakers_roll_up_per_document_and_corpus() {
        let recs = records(
            "Senator Ana Ruiz said taxes will rise. Ruiz also warned that rates would climb. Critics say she is wrong.",
        );
        let sp = speaker_records(&recs);
        assert_eq!(sp.len(), 2);
        assert_eq!(sp[0].speaker, "Ana Ruiz");
        assert_eq!(sp[0].claims, 2);
        assert_eq!(sp[0].cue_lemmas, "say;warn");
        assert_eq!(sp[0].stances, "assert:1;warn:1");
        assert_eq!(sp[0].first_mention_start, Some(0));
        assert_eq!(sp[1].speaker_type, "group");
        let mut roll = SpeakerRollup::default();
        roll.add(&sp);
        roll.add(&sp[..1]);
        let r = roll.records();
        assert_eq!(r[0].speaker, "Ana Ruiz");
        assert_eq!((r[0].documents, r[0].claims), (2, 4));
        assert_eq!(r[0].stances, "assert:2;warn:2");
    }
}
