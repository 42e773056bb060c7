//! Inline suppressions in HTML comments:
//!
//! - `<!-- whosaid-disable WS004 -->` … `<!-- whosaid-enable WS004 -->`
//! - `<!-- whosaid-disable-next-line WS001 -->`: the next line that is not
//!   blank, and the rest of the paragraph it opens (a wrapped paragraph is
//!   one unit of prose: a finding on its third line is still "next")
//! - `<!-- whosaid-disable-file -->` (optionally with codes)
//!
//! Codes may be rule codes or names, separated by spaces or commas; none
//! means every rule. A suppression that silences nothing is reported by
//! `WS100 unused-suppression`.

use crate::rules::{self, Hit, UNUSED_SUPPRESSION};
use std::collections::BTreeSet;
use whosaid_text::Span;

/// A finding before positions are computed: rule code and byte span.
#[derive(Debug, Clone)]
pub(crate) struct RawFinding {
    pub code: &'static str,
    pub hit: Hit,
}

#[derive(Debug)]
struct Suppression {
    /// `None`: every rule.
    code: Option<&'static str>,
    /// The bytes it covers, end exclusive.
    region: (usize, usize),
    comment: Span,
    directive: String,
    used: bool,
}

/// The bytes a `disable-next-line` comment ending at `end` covers: from the
/// start of the next line that is not blank to the end of its paragraph
/// (the next blank line, or a line opening with another comment). Lines
/// are told by the original text, where the comment stands.
fn next_paragraph(text: &str, end: usize) -> (usize, usize) {
    let line_end = |at: usize| text[at..].find('\n').map_or(text.len(), |k| at + k + 1);
    let blank = |a: usize, b: usize| text[a..b].trim().is_empty();
    let mut from = line_end(end.min(text.len()));
    while from < text.len() && blank(from, line_end(from)) {
        from = line_end(from);
    }
    // The paragraph ends at a blank line, or at a line opening with another
    // comment (the next directive).
    let mut to = line_end(from);
    while to < text.len()
        && !blank(to, line_end(to))
        && !text[to..line_end(to)].trim_start().starts_with("<!--")
    {
        to = line_end(to);
    }
    (from, to)
}

/// Applies the suppression comments of a file to its findings; returns the
/// findings kept, the number suppressed, and the `WS100` findings.
pub(crate) fn apply(
    original: &str,
    comments: &[Span],
    findings: Vec<RawFinding>,
    enabled: &BTreeSet<&'static str>,
) -> (Vec<RawFinding>, usize, Vec<Hit>) {
    let mut problems = Vec::new();
    let mut sups: Vec<Suppression> = Vec::new();
    let mut open: Vec<Suppression> = Vec::new();
    for &c in comments {
        let body = c
            .text(original)
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim();
        let Some(rest) = body.strip_prefix("whosaid-") else {
            continue;
        };
        let (kind, args) = rest
            .split_once(|ch: char| ch.is_whitespace())
            .unwrap_or((rest, ""));
        let directive = format!("whosaid-{kind}");
        let mut codes = Vec::new();
        for id in args
            .split(|ch: char| ch.is_whitespace() || ch == ',')
            .filter(|s| !s.is_empty())
        {
            match rules::rule(id) {
                Some(r) => codes.push(r.code),
                None => problems.push(Hit {
                    span: c,
                    message: format!("unknown rule {id:?} in `{directive}`"),
                    help: Some("use a rule code (WS004) or name (loaded-verb)".into()),
                }),
            }
        }
        let named_any = args
            .split(|ch: char| ch.is_whitespace() || ch == ',')
            .any(|a| !a.is_empty());
        if named_any && codes.is_empty() {
            // Only unknown codes: already reported; suppress nothing.
            continue;
        }
        let targets: Vec<Option<&'static str>> = if codes.is_empty() {
            vec![None]
        } else {
            codes.iter().copied().map(Some).collect()
        };
        let mk = |code, region| Suppression {
            code,
            region,
            comment: c,
            directive: directive.clone(),
            used: false,
        };
        match kind {
            "disable-file" => {
                for t in targets {
                    sups.push(mk(t, (0, original.len())));
                }
            }
            "disable-next-line" => {
                let (from, to) = next_paragraph(original, c.end);
                for t in targets {
                    sups.push(mk(t, (from, to)));
                }
            }
            "disable" => {
                for t in targets {
                    open.push(mk(t, (c.end, original.len())));
                }
            }
            "enable" => {
                let before = open.len();
                let (closing, still): (Vec<_>, Vec<_>) = open
                    .drain(..)
                    .partition(|s| codes.is_empty() || s.code.is_some_and(|k| codes.contains(&k)));
                open = still;
                for mut s in closing {
                    s.region.1 = c.start;
                    sups.push(s);
                }
                if open.len() == before {
                    problems.push(Hit {
                        span: c,
                        message: "`whosaid-enable` with no matching `whosaid-disable` before it".into(),
                        help: Some("delete the comment or add the matching disable".into()),
                    });
                }
            }
            other => problems.push(Hit {
                span: c,
                message: format!("unknown suppression directive `whosaid-{other}`"),
                help: Some(
                    "use whosaid-disable, whosaid-enable, whosaid-disable-next-line or whosaid-disable-file"
                        .into(),
                ),
            }),
        }
    }
    sups.append(&mut open);

    let mut kept = Vec::with_capacity(findings.len());
    let mut suppressed = 0;
    for f in findings {
        let at = f.hit.span.start;
        let hit = sups.iter_mut().find(|s| {
            let (a, b) = s.region;
            s.code.is_none_or(|k| k == f.code) && a <= at && at < b.max(a + 1)
        });
        match hit {
            Some(s) => {
                s.used = true;
                suppressed += 1;
            }
            None => kept.push(f),
        }
    }
    // A suppression of a rule that did not run could not have been used:
    // ignoring a rule (--ignore, an override) must not turn its
    // suppressions into warnings, as ruff leaves "non-enabled" ones alone.
    for s in sups
        .iter()
        .filter(|s| !s.used && s.code.is_none_or(|k| enabled.contains(k)))
    {
        let what = s
            .code
            .map_or("finding".to_string(), |k| format!("{k} finding"));
        problems.push(Hit {
            span: s.comment,
            message: format!("unused suppression: `{}` silenced no {what}", s.directive),
            help: Some("delete the comment".into()),
        });
    }
    problems.sort_by_key(|h| h.span);
    debug_assert!(rules::rule(UNUSED_SUPPRESSION).is_some());
    (kept, suppressed, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid_text::mask_plain;

    fn all() -> BTreeSet<&'static str> {
        rules::rules().iter().map(|r| r.code).collect()
    }

    #[test]
    fn next_line_is_the_next_paragraph_past_blank_lines() {
        // A wrapped paragraph whose finding is on its third line, after a
        // blank line: suppressed; the paragraph after it is not.
        let t = "<!-- whosaid-disable-next-line WS001 -->\n\nThe vote was close, and the\ncouncil met late into the night\nto hear it. \"Quote.\"\n\nNext \"one\".\n";
        let m = mask_plain(t);
        let q1 = t.find("\"Quote").unwrap();
        let q2 = t.find("\"one").unwrap();
        let (kept, n, problems) = apply(
            t,
            &m.comments,
            vec![finding("WS001", q1), finding("WS001", q2)],
            &all(),
        );
        assert_eq!(n, 1);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].hit.span.start, q2);
    }

    #[test]
    fn suppressions_of_rules_that_did_not_run_are_not_unused() {
        let t =
            "<!-- whosaid-disable-next-line WS004 -->\nb\n<!-- whosaid-disable-next-line -->\nc\n";
        let m = mask_plain(t);
        let only_ws001: BTreeSet<&'static str> = ["WS001"].into_iter().collect();
        let (_, _, problems) = apply(t, &m.comments, Vec::new(), &only_ws001);
        // The one naming no rule applies to WS001, which ran.
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("`whosaid-disable-next-line`"));
        let (_, _, problems) = apply(t, &m.comments, Vec::new(), &all());
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    fn finding(code: &'static str, at: usize) -> RawFinding {
        RawFinding {
            code,
            hit: Hit {
                span: Span::new(at, at + 1),
                message: String::new(),
                help: None,
            },
        }
    }

    #[test]
    fn ranges_lines_and_unused() {
        let t = "a\n<!-- whosaid-disable-next-line WS004 -->\nb c\n<!-- whosaid-disable loaded-verb,WS001 -->\nd\n<!-- whosaid-enable WS004 WS001 -->\ne\n<!-- whosaid-disable-next-line WS002 WS999 -->\nf\n";
        let m = mask_plain(t);
        let at = |s: &str| t.find(s).unwrap();
        let fs = vec![
            finding("WS004", at("b c")),
            finding("WS001", at("b c")),
            finding("WS004", at("d\n")),
            finding("WS004", at("e\n")),
        ];
        let (kept, n, problems) = apply(t, &m.comments, fs, &all());
        assert_eq!(n, 2);
        assert_eq!(kept.len(), 2);
        let msgs: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert!(msgs.iter().any(|m| m.contains("WS999")), "{msgs:?}");
        assert!(
            msgs.iter().any(|m| m.contains("silenced no WS001")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("silenced no WS002")),
            "{msgs:?}"
        );
        assert_eq!(msgs.len(), 3, "{msgs:?}");
    }

    #[test]
    fn file_wide_and_stray_enable() {
        let t = "<!-- whosaid-disable-file -->\nx\n<!-- whosaid-enable -->\n<!-- whosaid-bogus -->";
        let m = mask_plain(t);
        let (kept, n, problems) = apply(t, &m.comments, vec![finding("WS003", 31)], &all());
        assert!(kept.is_empty());
        assert_eq!(n, 1);
        assert_eq!(problems.len(), 2);
    }
}
