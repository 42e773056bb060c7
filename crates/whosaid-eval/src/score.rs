//! Scoring predicted attribution relations against gold ones.
//!
//! The definitions, so that figures are comparable across tools:
//! - each role (source, cue, content) is scored separately, as a set of
//!   spans per document;
//! - a span is the set of its character offsets whose characters are neither
//!   whitespace (`char::is_whitespace`) nor Unicode punctuation (general
//!   categories Pc, Pd, Ps, Pe, Pi, Pf, Po; see [`is_punctuation`]); a
//!   discontinuous span is the union of its fragments; offsets past the end
//!   of the text are ignored;
//! - a predicted content span has its own relation's source and cue
//!   characters removed (gold spans are used as annotated);
//! - spans that are empty after this are dropped, and identical spans of the
//!   same role in the same document count once (a set);
//! - predicted and gold spans are paired one to one, greedily by overlap
//!   size (number of shared characters); ties go to the pair with the
//!   smaller union, then to the gold span, then the predicted span, that
//!   comes first in the order of sorted offset lists — so the result does not
//!   depend on the order relations are given in;
//! - an exact match is a pair whose sets are equal, a partial match is any
//!   pair (they share at least one character);
//! - precision = matches / predicted spans, recall = matches / gold spans,
//!   F1 their harmonic mean; each is 0 (never NaN) when its denominator is 0.
//!
//! [`is_punctuation`]: crate::is_punctuation

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::punct::is_punctuation;
use crate::relation::{Fragment, Relation, Role};

/// Span counts for one role.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Gold spans (after normalisation, empty ones dropped, deduplicated).
    pub n_gold: usize,
    /// Predicted spans (after normalisation, empty ones dropped, deduplicated).
    pub n_pred: usize,
    /// Pairs whose character sets are equal.
    pub tp_exact: usize,
    /// Pairs (they share at least one character).
    pub tp_partial: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.n_gold += other.n_gold;
        self.n_pred += other.n_pred;
        self.tp_exact += other.tp_exact;
        self.tp_partial += other.tp_partial;
    }
}

/// Counts for the three roles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountsByRole {
    /// Source spans.
    pub source: Counts,
    /// Cue spans.
    pub cue: Counts,
    /// Content spans.
    pub content: Counts,
}

impl CountsByRole {
    /// The counts of `role`.
    pub fn get(&self, role: Role) -> &Counts {
        match role {
            Role::Source => &self.source,
            Role::Cue => &self.cue,
            Role::Content => &self.content,
        }
    }

    fn get_mut(&mut self, role: Role) -> &mut Counts {
        match role {
            Role::Source => &mut self.source,
            Role::Cue => &mut self.cue,
            Role::Content => &mut self.content,
        }
    }
}

impl std::ops::AddAssign for CountsByRole {
    fn add_assign(&mut self, other: CountsByRole) {
        for role in Role::ALL {
            *self.get_mut(role) += *other.get(role);
        }
    }
}

/// Precision, recall and F1, each in `[0, 1]`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    /// Matches / predicted spans (0 if there are no predicted spans).
    pub precision: f64,
    /// Matches / gold spans (0 if there are no gold spans).
    pub recall: f64,
    /// Harmonic mean of precision and recall (0 if both are 0).
    pub f1: f64,
}

impl Prf {
    /// Precision, recall and F1 from a number of matches and the numbers of
    /// predicted and gold spans.
    pub fn new(tp: usize, n_pred: usize, n_gold: usize) -> Self {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(tp, n_pred);
        let recall = ratio(tp, n_gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// Counts and scores for one role.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct RoleScores {
    /// The counts behind the scores.
    #[serde(flatten)]
    pub counts: Counts,
    /// Scores for exact matches.
    pub exact: Prf,
    /// Scores for partial matches.
    pub partial: Prf,
}

impl RoleScores {
    /// Scores from counts.
    pub fn from_counts(counts: Counts) -> Self {
        RoleScores {
            counts,
            exact: Prf::new(counts.tp_exact, counts.n_pred, counts.n_gold),
            partial: Prf::new(counts.tp_partial, counts.n_pred, counts.n_gold),
        }
    }
}

/// Scores for the three roles over a set of documents; serialises to JSON
/// as `{"documents": N, "source": {"n_gold", "n_pred", "tp_exact",
/// "tp_partial", "exact": {"precision", "recall", "f1"}, "partial": {…}},
/// "cue": …, "content": …}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Number of documents scored.
    pub documents: usize,
    /// Source spans.
    pub source: RoleScores,
    /// Cue spans.
    pub cue: RoleScores,
    /// Content spans.
    pub content: RoleScores,
}

impl Scores {
    /// Scores from counts over `documents` documents.
    pub fn from_counts(documents: usize, counts: &CountsByRole) -> Self {
        Scores {
            documents,
            source: RoleScores::from_counts(counts.source),
            cue: RoleScores::from_counts(counts.cue),
            content: RoleScores::from_counts(counts.content),
        }
    }

    /// The scores of `role`.
    pub fn get(&self, role: Role) -> &RoleScores {
        match role {
            Role::Source => &self.source,
            Role::Cue => &self.cue,
            Role::Content => &self.content,
        }
    }
}

/// Accumulates documents and scores them together (micro-averaged: counts
/// are summed over documents before precision, recall and F1 are taken).
#[derive(Debug, Clone, Default)]
pub struct Scorer {
    documents: usize,
    counts: CountsByRole,
}

impl Scorer {
    /// An empty scorer.
    pub fn new() -> Self {
        Scorer::default()
    }

    /// Scores one document (see [`score_document`]), adds its counts to the
    /// totals and returns them.
    pub fn add(&mut self, text: &str, gold: &[Relation], predicted: &[Relation]) -> CountsByRole {
        let counts = score_document(text, gold, predicted);
        self.documents += 1;
        self.counts += counts;
        counts
    }

    /// Number of documents added.
    pub fn documents(&self) -> usize {
        self.documents
    }

    /// Summed counts so far.
    pub fn counts(&self) -> &CountsByRole {
        &self.counts
    }

    /// Scores over the documents added so far.
    pub fn scores(&self) -> Scores {
        Scores::from_counts(self.documents, &self.counts)
    }
}

/// Which characters of a text count for spans: neither whitespace nor
/// punctuation. Indexed by character offset.
fn countable(text: &str) -> Vec<bool> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.chars()
        .map(|c| !c.is_whitespace() && !is_punctuation(c))
        .collect()
}

/// The offsets of `fragments` that are in `countable` and true there, sorted
/// and deduplicated.
fn normalise(countable: &[bool], fragments: &[Fragment]) -> Vec<usize> {
    let mut set = Vec::new();
    for &(start, end) in fragments {
        let end = end.min(countable.len());
        if start < end {
            set.extend((start..end).filter(|&i| countable[i]));
        }
    }
    set.sort_unstable();
    set.dedup();
    set
}

/// The normalised character set of a span: the offsets of its fragments
/// (union) whose characters are neither whitespace nor Unicode punctuation,
/// sorted. `text` is the document text (a leading byte order mark is not
/// counted); offsets past its end are ignored.
pub fn span_chars(text: &str, fragments: &[Fragment]) -> Vec<usize> {
    normalise(&countable(text), fragments)
}

/// `a` minus `b`, both sorted.
fn difference(a: &[usize], b: &[usize]) -> Vec<usize> {
    a.iter()
        .copied()
        .filter(|x| b.binary_search(x).is_err())
        .collect()
}

/// Size of the intersection of two sorted sets.
fn overlap(a: &[usize], b: &[usize]) -> usize {
    match (a.first(), a.last(), b.first(), b.last()) {
        (Some(&a0), Some(&a1), Some(&b0), Some(&b1)) if a0 <= b1 && b0 <= a1 => {}
        _ => return 0,
    }
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The normalised, non-empty, deduplicated spans of `role` in `relations`,
/// sorted. For predicted content, the relation's own source and cue
/// characters are removed.
fn role_spans(
    countable: &[bool],
    relations: &[Relation],
    role: Role,
    predicted: bool,
) -> Vec<Vec<usize>> {
    let mut spans: Vec<Vec<usize>> = relations
        .iter()
        .filter_map(|r| {
            let mut set = normalise(countable, r.get(role)?);
            if predicted && role == Role::Content {
                for other in [Role::Source, Role::Cue] {
                    if let Some(fragments) = r.get(other) {
                        set = difference(&set, &normalise(countable, fragments));
                    }
                }
            }
            (!set.is_empty()).then_some(set)
        })
        .collect();
    spans.sort();
    spans.dedup();
    spans
}

/// Pairs predicted and gold spans one to one, greedily by overlap size:
/// `(gold index, predicted index)` of each pair.
fn pair(pred: &[Vec<usize>], gold: &[Vec<usize>]) -> Vec<(usize, usize)> {
    // (overlap, union, gold index, pred index)
    let mut candidates = Vec::new();
    for (g, gs) in gold.iter().enumerate() {
        for (p, ps) in pred.iter().enumerate() {
            let n = overlap(gs, ps);
            if n > 0 {
                candidates.push((n, gs.len() + ps.len() - n, g, p));
            }
        }
    }
    candidates.sort_unstable_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| (a.1, a.2, a.3).cmp(&(b.1, b.2, b.3)))
    });
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (_, _, g, p) in candidates {
        if gold_used[g] || pred_used[p] {
            continue;
        }
        gold_used[g] = true;
        pred_used[p] = true;
        pairs.push((g, p));
    }
    pairs
}

/// One role of one document: its gold and predicted spans, normalised, and
/// the pairs `(gold index, predicted index)` matched between them.
struct RolePairs {
    role: Role,
    gold: Vec<Vec<usize>>,
    pred: Vec<Vec<usize>>,
    pairs: Vec<(usize, usize)>,
}

/// Spans and pairs of each role, as scores and mismatches both count them.
fn role_pairs(text: &str, gold: &[Relation], predicted: &[Relation]) -> [RolePairs; 3] {
    let countable = countable(text);
    Role::ALL.map(|role| {
        let g = role_spans(&countable, gold, role, false);
        let p = role_spans(&countable, predicted, role, true);
        let pairs = pair(&p, &g);
        RolePairs {
            role,
            gold: g,
            pred: p,
            pairs,
        }
    })
}

/// Scores one document's predicted relations against its gold relations,
/// per role, under the definitions in the [module documentation](self).
/// `text` is the document text the offsets refer to.
pub fn score_document(text: &str, gold: &[Relation], predicted: &[Relation]) -> CountsByRole {
    let mut counts = CountsByRole::default();
    for r in role_pairs(text, gold, predicted) {
        *counts.get_mut(r.role) = Counts {
            n_gold: r.gold.len(),
            n_pred: r.pred.len(),
            tp_exact: r
                .pairs
                .iter()
                .filter(|&&(g, p)| r.gold[g] == r.pred[p])
                .count(),
            tp_partial: r.pairs.len(),
        };
    }
    counts
}

/// How a gold or predicted span failed to match exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MismatchKind {
    /// A gold span no predicted span overlaps.
    Missed,
    /// A predicted span that overlaps no gold span.
    Spurious,
    /// A pair that shares characters but not all of them.
    Boundary,
}

/// One span that did not match exactly, for error analysis: the spans are
/// given as the first and one past the last counted character (so a
/// discontinuous gold span covers its gaps).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mismatch {
    /// The role of the span.
    pub role: Role,
    /// What went wrong.
    pub kind: MismatchKind,
    /// The gold span, unless spurious.
    pub gold: Option<Fragment>,
    /// The predicted span, unless missed.
    pub predicted: Option<Fragment>,
}

/// The spans of one document that did not match exactly, per role, under
/// the same definitions and pairing as [`score_document`]: every gold and
/// every predicted span that is not part of an exact pair appears once.
pub fn mismatches(text: &str, gold: &[Relation], predicted: &[Relation]) -> Vec<Mismatch> {
    let bounds = |set: &Vec<usize>| -> Option<Fragment> { Some((*set.first()?, *set.last()? + 1)) };
    let mut out = Vec::new();
    for r in role_pairs(text, gold, predicted) {
        let role = r.role;
        let (mut gold_paired, mut pred_paired) =
            (vec![false; r.gold.len()], vec![false; r.pred.len()]);
        let mut rows: Vec<Mismatch> = Vec::new();
        for &(g, p) in &r.pairs {
            gold_paired[g] = true;
            pred_paired[p] = true;
            if r.gold[g] != r.pred[p] {
                rows.push(Mismatch {
                    role,
                    kind: MismatchKind::Boundary,
                    gold: bounds(&r.gold[g]),
                    predicted: bounds(&r.pred[p]),
                });
            }
        }
        for (set, _) in r.gold.iter().zip(&gold_paired).filter(|(_, u)| !**u) {
            rows.push(Mismatch {
                role,
                kind: MismatchKind::Missed,
                gold: bounds(set),
                predicted: None,
            });
        }
        for (set, _) in r.pred.iter().zip(&pred_paired).filter(|(_, u)| !**u) {
            rows.push(Mismatch {
                role,
                kind: MismatchKind::Spurious,
                gold: None,
                predicted: bounds(set),
            });
        }
        rows.sort_by_key(|m| m.gold.or(m.predicted));
        out.extend(rows);
    }
    out
}

/// Renders scores as a plain-text table: one row per role with the gold and
/// predicted span counts, then matches, precision, recall and F1 (in %) for
/// exact and for partial match.
pub fn render_table(scores: &Scores) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<8} {:>7} {:>7}   {:^28}   {:^28}",
        "", "", "", "exact match", "partial match"
    );
    out.truncate(out.trim_end().len());
    out.push('\n');
    let _ = writeln!(
        out,
        "{:<8} {:>7} {:>7}   {:>7} {:>6} {:>6} {:>6}   {:>7} {:>6} {:>6} {:>6}",
        "role", "gold", "pred", "match", "P", "R", "F1", "match", "P", "R", "F1"
    );
    for role in Role::ALL {
        let s = scores.get(role);
        let pct = |x: f64| format!("{:.1}", 100.0 * x);
        let _ = writeln!(
            out,
            "{:<8} {:>7} {:>7}   {:>7} {:>6} {:>6} {:>6}   {:>7} {:>6} {:>6} {:>6}",
            role.name(),
            s.counts.n_gold,
            s.counts.n_pred,
            s.counts.tp_exact,
            pct(s.exact.precision),
            pct(s.exact.recall),
            pct(s.exact.f1),
            s.counts.tp_partial,
            pct(s.partial.precision),
            pct(s.partial.recall),
            pct(s.partial.f1),
        );
    }
    let _ = writeln!(
        out,
        "{} document{}; P, R, F1 in %",
        scores.documents,
        if scores.documents == 1 { "" } else { "s" }
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(
        source: Option<&[Fragment]>,
        cue: Option<&[Fragment]>,
        content: Option<&[Fragment]>,
    ) -> Relation {
        Relation::new(
            source.map(<[_]>::to_vec),
            cue.map(<[_]>::to_vec),
            content.map(<[_]>::to_vec),
        )
    }

    //                   0         1         2         3         4
    //                   0123456789012345678901234567890123456789012345
    const TEXT: &str = "Obama said “taxes will rise,” and Biden agreed.";

    #[test]
    fn mismatches_list_every_span_not_matched_exactly() {
        let gold = [rel(Some(&[(0, 5)]), Some(&[(6, 10)]), Some(&[(11, 29)]))];
        let pred = [
            rel(Some(&[(0, 5)]), Some(&[(6, 9)]), None),
            rel(Some(&[(34, 39)]), Some(&[(40, 46)]), None),
        ];
        let m = mismatches(TEXT, &gold, &pred);
        let row = |role, kind, gold, predicted| Mismatch {
            role,
            kind,
            gold,
            predicted,
        };
        assert_eq!(
            m,
            vec![
                // "Obama" matches exactly: no row.
                row(Role::Source, MismatchKind::Spurious, None, Some((34, 39))),
                row(
                    Role::Cue,
                    MismatchKind::Boundary,
                    Some((6, 10)),
                    Some((6, 9))
                ),
                row(Role::Cue, MismatchKind::Spurious, None, Some((40, 46))),
                // Quotation marks and the comma do not count.
                row(Role::Content, MismatchKind::Missed, Some((12, 27)), None),
            ]
        );
        // The rows agree with the counts.
        let c = score_document(TEXT, &gold, &pred);
        for role in Role::ALL {
            let n = m.iter().filter(|x| x.role == role).count();
            let k = c.get(role);
            let boundary = k.tp_partial - k.tp_exact;
            assert_eq!(
                n,
                (k.n_gold - k.tp_partial) + (k.n_pred - k.tp_partial) + boundary
            );
        }
    }

    #[test]
    fn exact_and_partial() {
        let gold = [rel(Some(&[(0, 5)]), Some(&[(6, 10)]), Some(&[(11, 29)]))];
        // Source exact, cue partial ("sai"), content partial.
        let pred = [rel(Some(&[(0, 5)]), Some(&[(6, 9)]), Some(&[(12, 17)]))];
        let c = score_document(TEXT, &gold, &pred);
        assert_eq!(
            c.source,
            Counts {
                n_gold: 1,
                n_pred: 1,
                tp_exact: 1,
                tp_partial: 1
            }
        );
        assert_eq!((c.cue.tp_exact, c.cue.tp_partial), (0, 1));
        assert_eq!((c.content.tp_exact, c.content.tp_partial), (0, 1));
        let s = Scores::from_counts(1, &c);
        assert_eq!(s.cue.exact.f1, 0.0);
        assert_eq!(s.cue.partial.f1, 1.0);
    }

    #[test]
    fn whitespace_and_punctuation_do_not_count() {
        let gold = [rel(None, Some(&[(6, 10)]), Some(&[(11, 29)]))];
        // Content without the quotation marks and comma, cue with the spaces
        // around it: both exact.
        let pred = [rel(None, Some(&[(5, 11)]), Some(&[(12, 27)]))];
        let c = score_document(TEXT, &gold, &pred);
        assert_eq!(c.cue.tp_exact, 1);
        assert_eq!(c.content.tp_exact, 1);
        assert_eq!(
            span_chars(TEXT, &[(10, 13)]),
            vec![12],
            "space, “ and t: only t counts"
        );
        // A span of only punctuation and spaces is dropped.
        let pred = [rel(Some(&[(27, 30)]), None, None)];
        let c = score_document(TEXT, &gold, &pred);
        assert_eq!(c.source.n_pred, 0);
    }

    #[test]
    fn discontinuous_spans_are_unions() {
        let gold = [rel(None, None, Some(&[(34, 39), (0, 5)]))];
        let pred = [rel(None, None, Some(&[(0, 3), (3, 5), (34, 39), (36, 38)]))];
        let c = score_document(TEXT, &gold, &pred);
        assert_eq!(c.content.tp_exact, 1);
        let pred = [rel(None, None, Some(&[(0, 5)]))];
        let c = score_document(TEXT, &gold, &pred);
        assert_eq!((c.content.tp_exact, c.content.tp_partial), (0, 1));
    }

    #[test]
    fn predicted_content_loses_its_source_and_cue() {
        let gold = [rel(Some(&[(0, 5)]), Some(&[(6, 10)]), Some(&[(11, 29)]))];
        // Content predicted as the whole clause, source and cue included.
        let pred = [rel(Some(&[(0, 5)]), Some(&[(6, 10)]), Some(&[(0, 29)]))];
        let c = score_document(TEXT, &gold, &pred);
        assert_eq!(c.content.tp_exact, 1);
        // Another relation's source is not removed.
        let pred = [
            rel(Some(&[(34, 39)]), Some(&[(40, 46)]), Some(&[(0, 29)])),
            rel(Some(&[(0, 5)]), Some(&[(6, 10)]), None),
        ];
        let c = score_document(TEXT, &gold, &pred);
        assert_eq!((c.content.tp_exact, c.content.tp_partial), (0, 1));
        // Content made only of its own cue vanishes.
        let pred = [rel(None, Some(&[(6, 10)]), Some(&[(6, 10)]))];
        let c = score_document(TEXT, &gold, &pred);
        assert_eq!(c.content.n_pred, 0);
        // Gold content is used as annotated.
        let gold = [rel(Some(&[(0, 5)]), None, Some(&[(0, 10)]))];
        let pred = [rel(None, None, Some(&[(0, 10)]))];
        assert_eq!(score_document(TEXT, &gold, &pred).content.tp_exact, 1);
    }

    #[test]
    fn pairing_is_one_to_one_and_greedy() {
        // Gold: "Obama said" and "Biden agreed". Predicted: three spans.
        let gold = [
            rel(None, None, Some(&[(0, 10)])),
            rel(None, None, Some(&[(34, 46)])),
        ];
        let pred = [
            rel(None, None, Some(&[(0, 5)])),   // overlaps gold 0 by 5
            rel(None, None, Some(&[(0, 10)])),  // equals gold 0
            rel(None, None, Some(&[(34, 39)])), // overlaps gold 1 by 5
        ];
        let c = score_document(TEXT, &gold, &pred).content;
        assert_eq!(
            c,
            Counts {
                n_gold: 2,
                n_pred: 3,
                tp_exact: 1,
                tp_partial: 2
            }
        );
        // One predicted span covering both gold spans matches only one.
        let pred = [rel(None, None, Some(&[(0, 46)]))];
        let c = score_document(TEXT, &gold, &pred).content;
        assert_eq!((c.n_pred, c.tp_partial, c.tp_exact), (1, 1, 0));
        // Ties in overlap go to the pair with the smaller union: the exact one.
        let gold = [
            rel(None, None, Some(&[(0, 10)])),
            rel(None, None, Some(&[(0, 5)])),
        ];
        let pred = [rel(None, None, Some(&[(0, 5)]))];
        let c = score_document(TEXT, &gold, &pred).content;
        assert_eq!((c.tp_partial, c.tp_exact), (1, 1));
    }

    #[test]
    fn order_of_relations_does_not_matter() {
        let gold = [
            rel(Some(&[(0, 5)]), Some(&[(6, 10)]), Some(&[(11, 29)])),
            rel(Some(&[(34, 39)]), Some(&[(40, 46)]), None),
        ];
        let pred = [
            rel(Some(&[(0, 3)]), Some(&[(6, 10)]), Some(&[(12, 20)])),
            rel(Some(&[(2, 5)]), Some(&[(40, 42)]), Some(&[(20, 29)])),
            rel(Some(&[(34, 46)]), None, None),
        ];
        let a = score_document(TEXT, &gold, &pred);
        let mut g2 = gold.clone();
        g2.reverse();
        let mut p2 = pred.clone();
        p2.reverse();
        assert_eq!(a, score_document(TEXT, &g2, &p2));
    }

    #[test]
    fn duplicate_spans_count_once() {
        let gold = [rel(Some(&[(0, 5)]), Some(&[(6, 10)]), None)];
        let pred = [
            rel(Some(&[(0, 5)]), Some(&[(6, 10)]), None),
            rel(Some(&[(0, 5)]), Some(&[(6, 10)]), None),
        ];
        let c = score_document(TEXT, &gold, &pred);
        assert_eq!((c.source.n_pred, c.source.tp_exact), (1, 1));
    }

    #[test]
    fn empty_predictions_and_empty_gold_give_zeros_not_nan() {
        let gold = [rel(Some(&[(0, 5)]), Some(&[(6, 10)]), Some(&[(11, 29)]))];
        let mut scorer = Scorer::new();
        scorer.add(TEXT, &gold, &[]);
        scorer.add(TEXT, &[], &[]);
        let s = scorer.scores();
        assert_eq!(s.documents, 2);
        for role in Role::ALL {
            let r = s.get(role);
            assert_eq!(r.counts.n_gold, 1);
            for prf in [r.exact, r.partial] {
                assert_eq!(prf, Prf::default());
            }
        }
        let none = Scorer::new().scores();
        assert!(!none.content.exact.f1.is_nan());
        let json = serde_json::to_string(&s).unwrap();
        assert!(!json.contains("NaN") && !json.contains("null"), "{json}");
    }

    #[test]
    fn offsets_out_of_range_are_ignored() {
        let pred = [rel(
            Some(&[(40, 1000), (usize::MAX - 1, usize::MAX)]),
            Some(&[(9, 3)]),
            Some(&[(0, usize::MAX)]),
        )];
        let c = score_document(TEXT, &[], &pred);
        assert_eq!(c.source.n_pred, 1);
        assert_eq!(c.cue.n_pred, 0);
        assert_eq!(c.content.n_pred, 1);
        let c = score_document("", &pred, &pred);
        assert_eq!(c, CountsByRole::default());
    }

    #[test]
    fn bom_is_not_counted() {
        let gold = [rel(Some(&[(0, 5)]), None, None)];
        let c = score_document("\u{feff}Obama said", &gold, &gold);
        assert_eq!(c.source.tp_exact, 1);
        assert_eq!(span_chars("\u{feff}Obama", &[(0, 1)]), vec![0]);
    }

    #[test]
    fn scores_and_json() {
        let counts = CountsByRole {
            source: Counts {
                n_gold: 4,
                n_pred: 2,
                tp_exact: 1,
                tp_partial: 2,
            },
            ..CountsByRole::default()
        };
        let s = Scores::from_counts(3, &counts);
        assert_eq!(s.source.exact.precision, 0.5);
        assert_eq!(s.source.exact.recall, 0.25);
        assert!((s.source.exact.f1 - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(s.source.partial.f1, 2.0 / 3.0);
        let v: serde_json::Value = serde_json::to_value(s).unwrap();
        assert_eq!(v["documents"], 3);
        assert_eq!(v["source"]["n_gold"], 4);
        assert_eq!(v["source"]["tp_partial"], 2);
        assert_eq!(v["source"]["exact"]["precision"], 0.5);
        assert_eq!(v["cue"]["partial"]["f1"], 0.0);
        let back: Scores = serde_json::from_value(v).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn table_lists_every_role() {
        let s = Scores::from_counts(
            1,
            &CountsByRole {
                cue: Counts {
                    n_gold: 2,
                    n_pred: 2,
                    tp_exact: 1,
                    tp_partial: 2,
                },
                ..CountsByRole::default()
            },
        );
        let table = render_table(&s);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 6, "{table}");
        assert!(lines[1].starts_with("role"));
        assert!(lines[3].starts_with("cue"));
        assert!(
            lines[3].contains("50.0") && lines[3].contains("100.0"),
            "{table}"
        );
        assert!(lines[5].starts_with("1 document;"));
        assert!(lines.iter().all(|l| *l == l.trim_end()), "{table}");
        assert!(lines[0].contains("exact match") && lines[0].contains("partial match"));
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn frags() -> impl Strategy<Value = Option<Vec<Fragment>>> {
            proptest::option::of(proptest::collection::vec((0usize..60, 0usize..60), 0..3))
        }

        fn rels() -> impl Strategy<Value = Vec<Relation>> {
            proptest::collection::vec(
                (frags(), frags(), frags()).prop_map(|(a, b, c)| Relation::new(a, b, c)),
                0..5,
            )
        }

        proptest! {
            #[test]
            fn counts_are_bounded(text in "[a-c ,.“”é]{0,50}", gold in rels(), pred in rels()) {
                let c = score_document(&text, &gold, &pred);
                for role in Role::ALL {
                    let r = c.get(role);
                    prop_assert!(r.tp_exact <= r.tp_partial);
                    prop_assert!(r.tp_partial <= r.n_gold.min(r.n_pred));
                    let s = RoleScores::from_counts(*r);
                    for x in [s.exact.precision, s.exact.recall, s.exact.f1, s.partial.f1] {
                        prop_assert!((0.0..=1.0).contains(&x));
                    }
                }
            }

            #[test]
            fn gold_against_itself_is_perfect(text in "[a-c ,.]{0,50}", gold in rels()) {
                // Univocal gold: without shared characters between a
                // relation's content and its source/cue, scoring is exact.
                let gold: Vec<Relation> = gold
                    .into_iter()
                    .map(|r| Relation::new(r.source, r.cue, None))
                    .collect();
                let c = score_document(&text, &gold, &gold);
                for role in Role::ALL {
                    let r = c.get(role);
                    prop_assert_eq!(r.tp_exact, r.n_gold);
                    prop_assert_eq!(r.n_pred, r.n_gold);
                }
            }
        }
    }
}
