//! Attribution extraction: finds cues ("said", "according to"), links each
//! to its source and content, resolves the source to a canonical speaker and
//! classifies the stance.
//!
//! All spans are byte [`Span`]s into the [`Document`]'s text; conversion to
//! characters happens at the output edge.

mod dateline;
mod extract;
mod lemma;
mod lexicon;
mod model;
mod speakers;
mod stance;
mod words;

pub use lexicon::{CueEntry, FormKind, Lexicon, LexiconError};
pub use model::{CueModel, TrainingDoc, train_cue_model};
use serde::Serialize;
use std::sync::Arc;
pub use whosaid_text::{Document, Span};

/// What the source does toward the content or target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// States something as true ("said", "stated").
    Assert,
    /// Denies it ("denied", "disputed").
    Deny,
    /// Accuses someone ("accused", "blamed", "alleged").
    Accuse,
    /// Opposes or criticises ("opposed", "condemned").
    Oppose,
    /// Supports or praises ("backed", "praised").
    Support,
    /// Asks or doubts ("asked", "questioned").
    Question,
    /// Warns or fears ("warned", "feared").
    Warn,
    /// Promises ("pledged", "vowed").
    Promise,
    /// Anything else ("urged", "called for").
    Other,
}

impl Stance {
    /// The lower-case name used in data files and output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Stance::Assert => "assert",
            Stance::Deny => "deny",
            Stance::Accuse => "accuse",
            Stance::Oppose => "oppose",
            Stance::Support => "support",
            Stance::Question => "question",
            Stance::Warn => "warn",
            Stance::Promise => "promise",
            Stance::Other => "other",
        }
    }

    /// Parses a stance name.
    pub fn parse(s: &str) -> Option<Stance> {
        Some(match s {
            "assert" => Stance::Assert,
            "deny" => Stance::Deny,
            "accuse" => Stance::Accuse,
            "oppose" => Stance::Oppose,
            "support" => Stance::Support,
            "question" => Stance::Question,
            "warn" => Stance::Warn,
            "promise" => Stance::Promise,
            "other" => Stance::Other,
            _ => return None,
        })
    }
}

/// How the content is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Entirely inside quotation marks.
    Direct,
    /// Partly quoted.
    Mixed,
    /// A paraphrase or that-clause.
    Indirect,
    /// A cue with no content ("opposed the plan").
    None,
}

impl ClaimKind {
    /// The lower-case name used in output.
    pub fn as_str(&self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Mixed => "mixed",
            ClaimKind::Indirect => "indirect",
            ClaimKind::None => "none",
        }
    }
}

/// What kind of source a claim has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    /// A named person.
    Person,
    /// A named organisation, institution, country or outlet.
    Organization,
    /// An unnamed plural ("Israeli officials", "critics").
    Group,
    /// An unnamed source ("a source familiar with the talks").
    Anonymous,
    /// A pronoun with no antecedent found.
    Pronoun,
    /// No source at all (an agentless passive).
    None,
}

impl SpeakerType {
    /// The lower-case name used in output.
    pub fn as_str(&self) -> &'static str {
        match self {
            SpeakerType::Person => "person",
            SpeakerType::Organization => "organization",
            SpeakerType::Group => "group",
            SpeakerType::Anonymous => "anonymous",
            SpeakerType::Pronoun => "pronoun",
            SpeakerType::None => "none",
        }
    }
}

/// The speaker a claim is attributed to, after resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The canonical name in this article ("Anthony Blinken"); `None` when
    /// there is no source.
    pub name: Option<String>,
    /// Its type.
    pub kind: SpeakerType,
    /// A title or role given with the speaker ("U.S. Secretary of State").
    pub title: Option<String>,
}

impl Speaker {
    /// The speaker of a claim without a source.
    pub fn none() -> Self {
        Speaker {
            name: None,
            kind: SpeakerType::None,
            title: None,
        }
    }
}

/// One attribution: who (source) claimed what (content) by which words (cue).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// Index of the sentence holding the cue.
    pub sentence_index: usize,
    /// Direct, mixed, indirect or none.
    pub kind: ClaimKind,
    /// The mention of the source at this claim ("He").
    pub source: Option<Span>,
    /// The cue words ("pointed out").
    pub cue: Span,
    /// The cue's lemma ("point out").
    pub cue_lemma: Arc<str>,
    /// Style guides call the cue loaded.
    pub loaded: bool,
    /// The content of the claim.
    pub content: Option<Span>,
    /// The stance class of the cue.
    pub stance: Stance,
    /// The cue is negated ("did not deny").
    pub negated: bool,
    /// The party or thing accused, opposed, supported or denied.
    pub target: Option<Span>,
    /// The resolved speaker.
    pub speaker: Speaker,
    /// The cue with its verb group: auxiliaries, adverbs and negation before
    /// it ("has not officially acknowledged"). Annotation schemes such as
    /// PolNeAR mark this whole group as the cue.
    pub cue_group: Span,
    /// The complementizer opening the content ("that"), which PolNeAR
    /// counts as part of the content.
    pub complementizer: Option<Span>,
    /// The attribution inside a content that runs on past it ('"…," he said
    /// on Tuesday, "…"'): it lies within `content` but is no part of what
    /// was said.
    pub content_gap: Option<Span>,
}

impl Claim {
    /// The content as the pieces of what was said: `content` without its
    /// gap.
    pub fn content_parts(&self) -> Vec<Span> {
        self.content.map_or_else(Vec::new, |c| self.without_gap(c))
    }

    /// The pieces of `span` (the content, or the content widened as an
    /// annotation scheme marks it) outside the content gap.
    pub fn without_gap(&self, span: Span) -> Vec<Span> {
        match self.content_gap {
            Some(g) if span.start <= g.start && g.end <= span.end => {
                [Span::new(span.start, g.start), Span::new(g.end, span.end)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect()
            }
            _ => vec![span],
        }
    }
}

/// Extracts claims from documents with a given lexicon.
#[derive(Debug, Clone)]
pub struct Extractor {
    lexicon: Lexicon,
    /// Resolve each source to a canonical speaker (on by default).
    resolve_speakers: bool,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new(Lexicon::builtin())
    }
}

impl Extractor {
    /// An extractor using `lexicon`.
    pub fn new(lexicon: Lexicon) -> Self {
        Extractor {
            lexicon,
            resolve_speakers: true,
        }
    }

    /// The same extractor without speaker resolution: claims keep their
    /// source spans but every speaker is `Speaker::none()`. For measuring
    /// what resolution costs.
    pub fn without_speaker_resolution(mut self) -> Self {
        self.resolve_speakers = false;
        self
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// All claims of `doc`, in the order of their cues, with speakers
    /// resolved.
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        self.extract_all(std::slice::from_ref(doc))
            .pop()
            .unwrap_or_default()
    }

    /// The claims of each of `docs`, as [`Extractor::extract`] gives them
    /// one by one, but found phase by phase over all of them: every
    /// document's claims, then every document's speakers, then every
    /// claim's stance. Each phase's code and tables then stay in the
    /// processor's caches from one document to the next instead of evicting
    /// each other: on the PolNeAR train texts, 16 documents at a time (the
    /// batch driver's batches) take 1.5-4% less time than one by one.
    pub fn extract_all(&self, docs: &[Document]) -> Vec<Vec<Claim>> {
        let mut found: Vec<(Vec<extract::Sentence>, std::ops::Range<usize>, Vec<Claim>)> = docs
            .iter()
            .map(|doc| {
                let (sentences, dateline) = extract::tokenize_with_dateline(doc);
                let claims = extract::find_claims(&self.lexicon, doc, &sentences);
                // Only resolution reads the tokens again: without it they go
                // now, while in cache, rather than after the whole batch.
                let sentences = if self.resolve_speakers {
                    sentences
                } else {
                    Vec::new()
                };
                (sentences, dateline, claims)
            })
            .collect();
        if self.resolve_speakers {
            for (doc, (sentences, dateline, claims)) in docs.iter().zip(&mut found) {
                speakers::resolve(doc, sentences, dateline, claims);
                // Freed now, while resolution has just read them, rather
                // than with the whole batch at the end: each token's
                // lower-case string would be read back from memory only
                // to be freed.
                *sentences = Vec::new();
            }
        }
        docs.iter()
            .zip(found)
            .map(|(doc, (_, _, mut claims))| {
                for c in &mut claims {
                    let cue = c.cue.text(doc.text());
                    c.stance = stance::refine_with_cue(
                        c.stance,
                        &c.cue_lemma,
                        cue,
                        c.content.map(|s| s.text(doc.text())),
                    );
                    // "argued against the plan": what the cue's "against"
                    // opposes is its target.
                    if c.stance == Stance::Oppose && c.target.is_none() && stance::against(cue) {
                        c.target = c.content;
                    }
                }
                claims
            })
            .collect()
    }
}
