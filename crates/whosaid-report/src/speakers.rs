use crate::ClaimRecord;
use crate::cell::{Cell, Table};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Columns of a per-document speakers report.
pub const SPEAKER_COLUMNS: [&str; 8] = [
    "doc_id",
    "speaker",
    "speaker_type",
    "speaker_title",
    "claims",
    "cue_lemmas",
    "stances",
    "first_mention_start",
];

/// One speaker of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerRecord {
    /// The document's id.
    pub doc_id: String,
    /// Canonical name.
    pub speaker: String,
    /// person, organization, group, anonymous or pronoun.
    pub speaker_type: String,
    /// Title or role, if given.
    pub speaker_title: Option<String>,
    /// Number of claims.
    pub claims: usize,
    /// Cue lemmas used, `;`-separated, by first use.
    pub cue_lemmas: String,
    /// Stance counts, `stance:count` `;`-separated, by first use.
    pub stances: String,
    /// Character offset of the speaker's first source mention.
    pub first_mention_start: Option<usize>,
}

impl Table for SpeakerRecord {
    fn columns() -> &'static [&'static str] {
        &SPEAKER_COLUMNS
    }

    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(&self.doc_id),
            Cell::Text(&self.speaker),
            Cell::Text(&self.speaker_type),
            Cell::opt_text(&self.speaker_title),
            Cell::Int(self.claims as u64),
            Cell::Text(&self.cue_lemmas),
            Cell::Text(&self.stances),
            Cell::opt_int(self.first_mention_start),
        ]
    }
}

type SpeakerKey = (String, &'static str);
type StanceCounts = Vec<(&'static str, usize)>;

/// The speakers of one document's claims, in order of first mention;
/// claims without a speaker are left out.
pub fn speaker_records(claims: &[ClaimRecord]) -> Vec<SpeakerRecord> {
    let mut order: Vec<(String, &'static str)> = Vec::new();
    let mut acc: HashMap<SpeakerKey, (SpeakerRecord, StanceCounts)> = HashMap::new();
    for c in claims {
        let Some(name) = &c.speaker else { continue };
        let key = (name.clone(), c.speaker_type);
        let (rec, stances) = acc.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            (
                SpeakerRecord {
                    doc_id: c.doc_id.clone(),
                    speaker: name.clone(),
                    speaker_type: c.speaker_type.to_string(),
                    speaker_title: c.speaker_title.clone(),
                    claims: 0,
                    cue_lemmas: String::new(),
                    stances: String::new(),
                    first_mention_start: None,
                },
                Vec::new(),
            )
        });
        rec.claims += 1;
        if !rec.cue_lemmas.split(';').any(|l| l == c.cue_lemma) {
            if !rec.cue_lemmas.is_empty() {
                rec.cue_lemmas.push(';');
            }
            rec.cue_lemmas.push_str(&c.cue_lemma);
        }
        match stances.iter_mut().find(|(s, _)| *s == c.stance) {
            Some((_, n)) => *n += 1,
            None => stances.push((c.stance, 1)),
        }
        rec.first_mention_start = match (rec.first_mention_start, c.source_start) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    let mut out: Vec<SpeakerRecord> = order
        .into_iter()
        .filter_map(|k| acc.remove(&k))
        .map(|(mut rec, stances)| {
            rec.stances = stances
                .iter()
                .map(|(s, n)| format!("{s}:{n}"))
                .collect::<Vec<_>>()
                .join(";");
            rec
        })
        .collect();
    out.sort_by_key(|r| r.first_mention_start.unwrap_or(usize::MAX));
    out
}

/// Columns of the corpus-level speaker roll-up.
pub const SPEAKER_SUMMARY_COLUMNS: [&str; 5] =
    ["speaker", "speaker_type", "documents", "claims", "stances"];

/// One speaker across a corpus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerSummaryRecord {
    /// Canonical name.
    pub speaker: String,
    /// Its type.
    pub speaker_type: String,
    /// Documents it speaks in.
    pub documents: usize,
    /// Claims across them.
    pub claims: usize,
    /// Stance counts, `stance:count`, `;`-separated, alphabetical.
    pub stances: String,
}

impl Table for SpeakerSummaryRecord {
    fn columns() -> &'static [&'static str] {
        &SPEAKER_SUMMARY_COLUMNS
    }

    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(&self.speaker),
            Cell::Text(&self.speaker_type),
            Cell::Int(self.documents as u64),
            Cell::Int(self.claims as u64),
            Cell::Text(&self.stances),
        ]
    }
}

/// Accumulates speakers over a corpus; its size grows with the number of
/// distinct speakers, not with the corpus.
#[derive(Debug, Default)]
pub struct SpeakerRollup {
    by: BTreeMap<(String, String), Tally>,
}

/// Documents, claims and stance counts of one speaker.
#[derive(Debug, Default)]
struct Tally {
    documents: usize,
    claims: usize,
    stances: BTreeMap<String, usize>,
}

impl SpeakerRollup {
    /// Adds one document's speakers.
    pub fn add(&mut self, speakers: &[SpeakerRecord]) {
        for s in speakers {
            let e = self
                .by
                .entry((s.speaker.clone(), s.speaker_type.clone()))
                .or_default();
            e.documents += 1;
            e.claims += s.claims;
            for part in s.stances.split(';').filter(|p| !p.is_empty()) {
                if let Some((stance, n)) = part.rsplit_once(':') {
                    *e.stances.entry(stance.to_string()).or_default() +=
                        n.parse::<usize>().unwrap_or(0);
                }
            }
        }
    }

    /// The roll-up, most claims first, then by name.
    pub fn records(&self) -> Vec<SpeakerSummaryRecord> {
        let mut v: Vec<SpeakerSummaryRecord> = self
            .by
            .iter()
            .map(|((name, kind), t)| SpeakerSummaryRecord {
                speaker: name.clone(),
                speaker_type: kind.clone(),
                documents: t.documents,
                claims: t.claims,
                stances: t
                    .stances
                    .iter()
                    .map(|(s, n)| format!("{s}:{n}"))
                    .collect::<Vec<_>>()
                    .join(";"),
            })
            .collect();
        v.sort_by(|a, b| {
            b.claims
                .cmp(&a.claims)
                .then_with(|| a.speaker.cmp(&b.speaker))
        });
        v
    }
}
