//! Inline suppressions in HTML comments:
//!
//! - `<!-- whosaid-disable WS004 -->` … `<!-- whosaid-enable WS004 -->`
//! - `<!-- whosaid-disable-next-line WS001 -->`
//! - `<!-- whosaid-disable-file -->` (optionally with codes)
//!
//! Codes may be rule codes or names, separated by spaces or commas; none
//! means every rule. A suppression that silences nothing is reported by
//! `WS100 unused-suppression`.

use crate::rules::{self, Hit, UNUSED_SUPPRESSION};
use std::collections::BTreeSet;
use whosaid_text::{OffsetMap, Span};

/// A finding before positions are computed: rule code and byte span.
#[derive(Debug, Clone)]
pub(crate) struct RawFinding {
    pub code: &'static str,
    pub hit: Hit,
}

#[derive(Debug, Clone, Copy)]
enum Region {
    Bytes(usize, usize),
    Line(usize),
}

#[derive(Debug)]
struct Suppression {
    /// `None`: every rule.
    code: Option<&'static str>,
    region: Region,
    comment: Span,
    directive: String,
    used: bool,
}

/// Applies the suppression comments of a file to its findings; returns the
/// findings kept, the number suppressed, and the `WS100` findings.
pub(crate) fn apply(
    original: &str,
    comments: &[Span],
    map: &OffsetMap,
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
                    sups.push(mk(t, Region::Bytes(0, original.len())));
                }
            }
            "disable-next-line" => {
                let line = map.line_col(c.end).line + 1;
                for t in targets {
                    sups.push(mk(t, Region::Line(line)));
                }
            }
            "disable" => {
                for t in targets {
                    open.push(mk(t, Region::Bytes(c.end, original.len())));
                }
            }
            "enable" => {
                let before = open.len();
                let (closing, still): (Vec<_>, Vec<_>) = open
                    .drain(..)
                    .partition(|s| codes.is_empty() || s.code.is_some_and(|k| codes.contains(&k)));
                open = still;
                for mut s in closing {
                    if let Region::Bytes(start, _) = s.region {
                        s.region = Region::Bytes(start, c.start);
                    }
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
        let line = map.line_col(f.hit.span.start).line;
        let hit = sups.iter_mut().find(|s| {
            s.code.is_none_or(|k| k == f.code)
                && match s.region {
                    Region::Bytes(a, b) => a <= f.hit.span.start && f.hit.span.start < b.max(a + 1),
                    Region::Line(l) => l == line,
                }
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
    fn suppressions_of_rules_that_did_not_run_are_not_unused() {
        let t =
            "<!-- whosaid-disable-next-line WS004 -->\nb\n<!-- whosaid-disable-next-line -->\nc\n";
        let m = mask_plain(t);
        let map = OffsetMap::new(t);
        let only_ws001: BTreeSet<&'static str> = ["WS001"].into_iter().collect();
        let (_, _, problems) = apply(t, &m.comments, &map, Vec::new(), &only_ws001);
        // The one naming no rule applies to WS001, which ran.
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("`whosaid-disable-next-line`"));
        let (_, _, problems) = apply(t, &m.comments, &map, Vec::new(), &all());
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
        let map = OffsetMap::new(t);
        let at = |s: &str| t.find(s).unwrap();
        let fs = vec![
            finding("WS004", at("b c")),
            finding("WS001", at("b c")),
            finding("WS004", at("d\n")),
            finding("WS004", at("e\n")),
        ];
        let (kept, n, problems) = apply(t, &m.comments, &map, fs, &all());
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
        let map = OffsetMap::new(t);
        let (kept, n, problems) = apply(t, &m.comments, &map, vec![finding("WS003", 31)], &all());
        assert!(kept.is_empty());
        assert_eq!(n, 1);
        assert_eq!(problems.len(), 2);
    }
}
