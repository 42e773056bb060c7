//! A reader for BRAT standoff (`.ann`) files as PolNeAR writes them.
//!
//! Lines used:
//! - `T<n>\t<Type> <start> <end>[;<start> <end>…]\t<text>`: a text-bound
//!   annotation (span). Discontinuous spans list fragments separated by `;`.
//!   The type label is not used: the role comes from the event argument that
//!   refers to the span (PolNeAR has a few events whose `Cue` argument points
//!   at a `Discuss` span, or whose `Source` points at a `Content` span).
//! - `E<n>\t<Trigger>:T<n> <Role>:T<n> …`: an event, here an attribution
//!   relation. Roles `Source`, `Cue` and `Content` are read; a numeric
//!   suffix is BRAT's way of repeating a role (`Content2`: PolNeAR's second
//!   content piece) and is merged into the same role as more fragments. All
//!   other roles, including the trigger (`Attribution`,
//!   `Attribution-no-source`, which repeat the cue), are ignored.
//!
//! Lines ignored: attributes (`A`), relations (`R`), normalisations (`N`),
//! modifications (`M`), notes (`#`), equivalences (`*`) and blank lines.
//!
//! Oddities handled (all present in PolNeAR train/dev):
//! - a span's reference text can contain newlines, so the `T` line runs over
//!   several physical lines; lines after a `T` line that do not start like an
//!   annotation are taken as the rest of its text while that text is shorter
//!   than the span (sum of fragment lengths plus one separator between
//!   fragments);
//! - events may refer to spans defined further down the file;
//! - event lines may end with a space;
//! - fragments of a discontinuous span are not always in text order;
//! - events may lack any of the roles (33 train and 1 dev relation have none
//!   of the three: they are kept, as empty relations, in file order);
//! - notes (`#1\tAnnotatorNotes T66\t…`) and empty `.ann` files.

use std::collections::HashMap;

use crate::error::{AnnError, AnnErrorKind};
use crate::relation::{Fragment, Relation, Role};

/// Parses the text of a BRAT `.ann` file into its attribution relations, one
/// per `E` line, in file order.
///
/// Offsets are not checked against any document; see [`read_ann_for`].
pub fn read_ann(ann: &str) -> Result<Vec<Relation>, AnnError> {
    parse(ann, None)
}

/// Like [`read_ann`], and also checks that every fragment lies within
/// `text` (the document text; a leading byte order mark is not counted).
pub fn read_ann_for(ann: &str, text: &str) -> Result<Vec<Relation>, AnnError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    parse(ann, Some(text.chars().count()))
}

/// The annotation type letter of a line that starts like a BRAT annotation
/// (`T12\t`, `E3\t`, `#1\t`, `*\t`, …), or `None`.
fn annotation_type(line: &str) -> Option<char> {
    let (id, _) = line.split_once('\t')?;
    let mut chars = id.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    match first {
        '*' if rest.is_empty() => Some('*'),
        'T' | 'E' | 'R' | 'A' | 'M' | 'N' | '#'
            if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(first)
        }
        _ => None,
    }
}

fn shorten(line: &str) -> String {
    const MAX: usize = 80;
    match line.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &line[..i]),
        None => line.to_string(),
    }
}

fn err(line: usize, kind: AnnErrorKind) -> AnnError {
    AnnError { line, kind }
}

/// Parses `START END` (whitespace-separated) into a fragment.
fn parse_fragment(s: &str, line: usize) -> Result<Fragment, AnnError> {
    let mut nums = s.split_whitespace();
    let (Some(a), Some(b), None) = (nums.next(), nums.next(), nums.next()) else {
        return Err(err(line, AnnErrorKind::BadOffsets(shorten(s))));
    };
    let (Ok(start), Ok(end)) = (a.parse::<usize>(), b.parse::<usize>()) else {
        return Err(err(line, AnnErrorKind::BadOffsets(shorten(s))));
    };
    if end < start {
        return Err(err(line, AnnErrorKind::ReversedFragment { start, end }));
    }
    Ok((start, end))
}

struct Event<'a> {
    line: usize,
    args: Vec<(&'a str, &'a str)>,
}

fn role_of(name: &str) -> Option<Role> {
    match name.trim_end_matches(|c: char| c.is_ascii_digit()) {
        "Source" => Some(Role::Source),
        "Cue" => Some(Role::Cue),
        "Content" => Some(Role::Content),
        _ => None,
    }
}

fn parse(ann: &str, text_len: Option<usize>) -> Result<Vec<Relation>, AnnError> {
    let ann = ann.strip_prefix('\u{feff}').unwrap_or(ann);
    let lines: Vec<&str> = ann
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();

    // id -> fragments, for T lines; ids of E lines (for references and duplicates).
    let mut spans: HashMap<&str, Vec<Fragment>> = HashMap::new();
    let mut event_ids: HashMap<&str, usize> = HashMap::new();
    let mut events: Vec<Event> = Vec::new();

    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let lineno = i + 1;
        i += 1;
        if line.trim().is_empty() {
            continue;
        }
        match annotation_type(line) {
            Some('T') => {
                let mut fields = line.splitn(3, '\t');
                let id = fields.next().unwrap_or_default();
                let type_offsets = fields.next().unwrap_or_default();
                let reference = fields.next().unwrap_or_default();
                let Some((_label, offsets)) = type_offsets.split_once(' ') else {
                    return Err(err(lineno, AnnErrorKind::MalformedTextBound(shorten(line))));
                };
                let fragments = offsets
                    .split(';')
                    .map(|f| parse_fragment(f, lineno))
                    .collect::<Result<Vec<_>, _>>()?;
                if let Some(len) = text_len
                    && let Some(&(start, end)) = fragments.iter().find(|&&(_, e)| e > len)
                {
                    return Err(err(
                        lineno,
                        AnnErrorKind::OutOfText {
                            start,
                            end,
                            text_len: len,
                        },
                    ));
                }
                // The reference text may run over several lines.
                let expected = fragments
                    .iter()
                    .fold(fragments.len().saturating_sub(1), |acc, &(s, e)| {
                        acc.saturating_add(e - s)
                    });
                let mut got = reference.chars().count();
                while got < expected && i < lines.len() && annotation_type(lines[i]).is_none() {
                    got += 1 + lines[i].chars().count();
                    i += 1;
                }
                if spans.contains_key(id) || event_ids.contains_key(id) {
                    return Err(err(lineno, AnnErrorKind::DuplicateId(id.to_string())));
                }
                spans.insert(id, fragments);
            }
            Some('E') => {
                let Some((id, rest)) = line.split_once('\t') else {
                    return Err(err(lineno, AnnErrorKind::MalformedEvent(shorten(line))));
                };
                let mut args = Vec::new();
                for arg in rest.split_whitespace() {
                    match arg.split_once(':') {
                        Some((role, target)) if !role.is_empty() && !target.is_empty() => {
                            args.push((role, target))
                        }
                        _ => return Err(err(lineno, AnnErrorKind::BadArgument(shorten(arg)))),
                    }
                }
                if args.is_empty() {
                    return Err(err(lineno, AnnErrorKind::MalformedEvent(shorten(line))));
                }
                if spans.contains_key(id) || event_ids.contains_key(id) {
                    return Err(err(lineno, AnnErrorKind::DuplicateId(id.to_string())));
                }
                event_ids.insert(id, lineno);
                events.push(Event { line: lineno, args });
            }
            Some(_) => {}
            None => return Err(err(lineno, AnnErrorKind::UnrecognisedLine(shorten(line)))),
        }
    }

    let mut relations = Vec::with_capacity(events.len());
    for event in events {
        let mut relation = Relation::default();
        for (role_name, target) in event.args {
            match (role_of(role_name), spans.get(target)) {
                (Some(role), Some(fragments)) => relation
                    .get_mut(role)
                    .get_or_insert_with(Vec::new)
                    .extend_from_slice(fragments),
                (None, Some(_)) => {}
                (None, None) if event_ids.contains_key(target) => {}
                (_, None) => {
                    return Err(err(event.line, AnnErrorKind::UnknownId(target.to_string())));
                }
            }
        }
        relations.push(relation);
    }
    Ok(relations)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_simple_relation() {
        let ann = "T1\tSource 0 5\tObama\nT2\tCue 6 10\tsaid\nT3\tContent 11 20\tsomething\n\
                   T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        let rels = read_ann(ann).unwrap();
        assert_eq!(
            rels,
            vec![Relation::new(
                Some(vec![(0, 5)]),
                Some(vec![(6, 10)]),
                Some(vec![(11, 20)])
            )]
        );
    }

    #[test]
    fn discontinuous_forward_references_and_trailing_space() {
        let ann = "E1\tAttribution:T4 Content:T3 Cue:T2 \n\
                   T2\tCue 6 10\tsaid\nT3\tContent 852 944;954 1048\tx\nT4\tAttribution 6 10\tsaid\n";
        let rels = read_ann(ann).unwrap();
        assert_eq!(rels.len(), 1);
        assert_eq!(rels[0].source, None);
        assert_eq!(rels[0].content, Some(vec![(852, 944), (954, 1048)]));
    }

    #[test]
    fn content2_merges_and_other_lines_are_ignored() {
        let ann = "#1\tAnnotatorNotes T1\ta note\nT1\tSource 0 3\tabc\nT2\tCue 4 5\tb\n\
                   T3\tContent 6 7\tc\nT5\tContent 9 10\te\nA1\tNegated E1\nR1\tRel Arg1:T1 Arg2:T2\n\
                   *\tEquiv T1 T2\n\
                   E1\tAttribution-no-source:T2 Cue:T2 Content:T3 Content2:T5 Source:T1\n\
                   E2\tAttribution-no-source:T2 \n";
        let rels = read_ann(ann).unwrap();
        assert_eq!(rels.len(), 2);
        assert_eq!(rels[0].content, Some(vec![(6, 7), (9, 10)]));
        assert!(rels[1].is_empty());
    }

    #[test]
    fn multi_line_reference_text() {
        // The reference text is already complete: a following line that does
        // not start like an annotation is an error.
        let e = read_ann("T1\tContent 0 2\t3.\nThe number\n").unwrap_err();
        assert_eq!(e.line, 2);
        let ann = "T38\tContent 0 14;15 19\t3.\n\nThe number ours\nT39\tCue 11 12\tx\n\
                   E1\tAttribution:T39 Cue:T39 Content:T38\n";
        let rels = read_ann(ann).unwrap();
        assert_eq!(rels[0].content, Some(vec![(0, 14), (15, 19)]));
    }

    #[test]
    fn crlf_and_bom() {
        let ann = "\u{feff}T1\tCue 0 4\tsaid\r\nE1\tAttribution:T1 Cue:T1\r\n";
        assert_eq!(read_ann(ann).unwrap()[0].cue, Some(vec![(0, 4)]));
    }

    #[test]
    fn errors_carry_line_numbers() {
        let cases: [(&str, usize); 8] = [
            ("T1\tCue 0 4\tsaid\ngarbage\n", 2),
            ("T1\tCue 0 x\tsaid\n", 1),
            ("\nT1\tCue 5 4\tsaid\n", 2),
            ("T1\tCue\tsaid\n", 1),
            ("T1\tCue 0 4\tsaid\nE1\tCue:T9\n", 2),
            ("T1\tCue 0 4\tsaid\nE1\tCue=T1\n", 2),
            ("T1\tCue 0 4\tsaid\nT1\tCue 0 4\tsaid\n", 2),
            ("T1\tCue 0 4;\tsaid\n", 1),
        ];
        for (ann, line) in cases {
            let e = read_ann(ann).unwrap_err();
            assert_eq!(e.line, line, "{ann:?}: {e}");
        }
    }

    #[test]
    fn huge_offsets_do_not_overflow() {
        let max = usize::MAX;
        let ann = format!("T1\tContent 0 {max};0 {max}\tx\nE1\tContent:T1\n");
        assert_eq!(
            read_ann(&ann).unwrap()[0].content.as_ref().map(Vec::len),
            Some(2)
        );
        assert!(read_ann_for(&ann, "abc").is_err());
    }

    #[test]
    fn offsets_checked_against_text() {
        let ann = "T1\tCue 0 5\tsaidé\nE1\tCue:T1\n";
        assert!(read_ann_for(ann, "\u{feff}saidé").is_ok());
        let e = read_ann_for(ann, "said").unwrap_err();
        assert!(matches!(
            e.kind,
            AnnErrorKind::OutOfText { text_len: 4, .. }
        ));
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn piece() -> impl Strategy<Value = &'static str> {
            proptest::sample::select(vec![
                "T1",
                "T2",
                "E1",
                "A1",
                "#1",
                "*",
                "\t",
                "\n",
                "\r",
                " ",
                ";",
                ":",
                "Cue",
                "Source",
                "Content2",
                "Attribution",
                "0",
                "4",
                "18446744073709551615",
                "18446744073709551616",
                "é",
                "“",
                "\u{feff}",
                "x",
            ])
        }

        proptest! {
            #[test]
            fn never_panics(pieces in proptest::collection::vec(piece(), 0..40), text in "[a é]{0,8}") {
                let ann: String = pieces.concat();
                let _ = read_ann(&ann);
                let _ = read_ann_for(&ann, &text);
            }

            #[test]
            fn never_panics_on_any_string(ann in "\\PC*") {
                let _ = read_ann(&ann);
            }
        }
    }
}
