//! A learned cue detector: an averaged perceptron over hashed features of a
//! word and its neighbours, trained on the PolNeAR train split by
//! `examples/train_cues.rs` and shipped as `data/cue-model.bin`.
//!
//! It finds the cues the lexicon does not list ("bemoaned", "railed
//! against") and the uses annotators count that the rules cannot tell apart;
//! the rules still find each cue's source and content.

use crate::extract::{Sentence, tokenize_sentences};
use crate::lexicon::{FormKind, Lexicon};
use crate::words::Tok;
use std::sync::OnceLock;
use whosaid_text::{Document, QuoteStyle, Span, TokenKind};

/// Number of hash bits: 2^18 weights, 1 MiB as `f32`.
const BITS: u32 = 18;
const SIZE: usize = 1 << BITS;
/// File header, so a stray file is never read as a model.
const MAGIC: &[u8; 8] = b"WSCUE001";

/// The learned cue detector.
#[derive(Debug, Clone)]
pub struct CueModel {
    weights: Vec<f32>,
}

/// One training document: its text and the byte spans of its gold cues.
#[derive(Debug, Clone)]
pub struct TrainingDoc {
    /// The text.
    pub text: String,
    /// Byte spans of the cues the annotators marked.
    pub cues: Vec<Span>,
}

impl TrainingDoc {
    /// A training document from cue spans in character offsets (as BRAT
    /// and `whosaid eval` count them); offsets past the end are clamped.
    pub fn from_char_spans(text: String, cues: impl IntoIterator<Item = (usize, usize)>) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        let at = |c: usize| bytes.get(c).copied().unwrap_or(text.len());
        let cues = cues
            .into_iter()
            .map(|(s, e)| Span::new(at(s), at(e)))
            .collect();
        TrainingDoc { text, cues }
    }
}

fn fnv(parts: &[&str]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0100_0193);
        }
        for b in p.bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    (h as usize) & (SIZE - 1)
}

fn suffix(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &s[start..]
}

fn token_key(t: Option<&Tok>) -> &str {
    match t {
        None => "<edge>",
        Some(t) if t.kind == TokenKind::Quote => "<q>",
        Some(t) if t.kind == TokenKind::Number => "<num>",
        Some(t) => t.lower.as_str(),
    }
}

/// What the scorer needs to know about a sentence beyond its tokens.
pub(crate) struct Context<'a> {
    pub toks: &'a [Tok],
    /// For each token, whether it lies inside a closed double quotation.
    pub quoted: Vec<bool>,
    /// For each token, the lexicon form kind that starts there, if any.
    pub lexical: Vec<Option<FormKind>>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(doc: &Document, lex: &Lexicon, toks: &'a [Tok]) -> Context<'a> {
        // Only the quotations that overlap this sentence matter.
        let sentence = match (toks.first(), toks.last()) {
            (Some(a), Some(b)) => a.span.cover(b.span),
            _ => Span::default(),
        };
        let quotes: Vec<Span> = doc
            .quotations()
            .iter()
            .filter(|q| q.closed && q.style == QuoteStyle::Double && q.inner.overlaps(sentence))
            .map(|q| q.inner)
            .collect();
        let quoted = toks
            .iter()
            .map(|t| quotes.iter().any(|q| q.contains(t.span)))
            .collect();
        let lexical = toks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                lex.forms_starting_with(&t.lower)
                    .iter()
                    .find(|f| {
                        f.words.iter().zip(&toks[i..]).all(|(w, t)| *w == t.lower)
                            && i + f.words.len() <= toks.len()
                    })
                    .map(|f| f.kind)
            })
            .collect();
        Context {
            toks,
            quoted,
            lexical,
        }
    }

    /// The hashed features of token `i`.
    fn features(&self, i: usize, out: &mut Vec<usize>) {
        out.clear();
        let toks = self.toks;
        let t = &toks[i];
        let w = t.lower.as_str();
        let p1 = token_key(i.checked_sub(1).map(|k| &toks[k]));
        let p2 = token_key(i.checked_sub(2).map(|k| &toks[k]));
        let n1 = token_key(toks.get(i + 1));
        let n2 = token_key(toks.get(i + 2));
        let lex = match self.lexical[i] {
            None => "none",
            Some(FormKind::Base) => "base",
            Some(FormKind::Present3) => "s",
            Some(FormKind::Past) => "past",
            Some(FormKind::Participle) => "part",
            Some(FormKind::Gerund) => "ing",
            Some(FormKind::Noun) => "noun",
            Some(FormKind::Preposition) => "prep",
            Some(FormKind::Colon) => "colon",
        };
        let q = if self.quoted[i] { "1" } else { "0" };
        let shape = if t.upper && t.lower.len() > 1 {
            "AA"
        } else if t.cap {
            "Aa"
        } else {
            "aa"
        };
        let pos = if i == 0 {
            "first"
        } else if i + 1 == toks.len() {
            "last"
        } else {
            "mid"
        };
        out.extend([
            fnv(&["b"]),
            fnv(&["w", w]),
            fnv(&["s3", suffix(w, 3)]),
            fnv(&["s2", suffix(w, 2)]),
            fnv(&["p1", p1]),
            fnv(&["p2", p2]),
            fnv(&["n1", n1]),
            fnv(&["n2", n2]),
            fnv(&["p1w", p1, w]),
            fnv(&["wn1", w, n1]),
            fnv(&["p1n1", p1, n1]),
            fnv(&["lex", lex]),
            fnv(&["lexw", lex, w]),
            fnv(&["lexq", lex, q]),
            fnv(&["q", q]),
            fnv(&["qw", q, w]),
            fnv(&["shape", shape]),
            fnv(&["shape-pos", shape, pos]),
            fnv(&["lex-n1", lex, n1]),
            fnv(&["lex-p1", lex, p1]),
            fnv(&["s3-n1", suffix(w, 3), n1]),
        ]);
    }
}

impl CueModel {
    /// The model shipped with whosaid, or `None` if the shipped file is not
    /// a model (it always is in a release; tested).
    pub fn builtin() -> Option<&'static CueModel> {
        static M: OnceLock<Option<CueModel>> = OnceLock::new();
        M.get_or_init(|| CueModel::from_bytes(include_bytes!("../data/cue-model.bin")))
            .as_ref()
    }

    /// Reads a model written by [`CueModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Option<CueModel> {
        let body = bytes.strip_prefix(MAGIC.as_slice())?;
        if body.len() != SIZE * 4 {
            return None;
        }
        let weights = body
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        Some(CueModel { weights })
    }

    /// The model as bytes: a header and little-endian `f32` weights.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(MAGIC.len() + SIZE * 4);
        out.extend_from_slice(MAGIC);
        for w in &self.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// Counts of cue words found (true positives), found wrongly and missed
    /// on `docs`, at the decision threshold 0.
    pub fn evaluate(&self, lex: &Lexicon, docs: &[TrainingDoc]) -> (usize, usize, usize) {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for d in docs {
            for (feats, gold) in examples(lex, d) {
                let s: f32 = feats.iter().map(|&f| self.weights[f]).sum();
                match (s > 0.0, gold) {
                    (true, true) => tp += 1,
                    (true, false) => fp += 1,
                    (false, true) => fn_ += 1,
                    (false, false) => {}
                }
            }
        }
        (tp, fp, fn_)
    }

    /// The score of token `i` being a cue word: positive for yes.
    pub(crate) fn score(&self, ctx: &Context, i: usize, buf: &mut Vec<usize>) -> f32 {
        ctx.features(i, buf);
        buf.iter().map(|&f| self.weights[f]).sum()
    }
}

/// Whether a token can be a cue word at all: words only, and not the
/// auxiliaries, adverbs and function words around a cue.
pub(crate) fn candidate(t: &Tok) -> bool {
    t.is_word() && !t.is_auxiliary() && !t.is_negation() && !t.is_function() && !t.is_adverb()
}

fn examples(lex: &Lexicon, d: &TrainingDoc) -> Vec<(Vec<usize>, bool)> {
    let doc = Document::new(d.text.as_str());
    let sentences: Vec<Sentence> = tokenize_sentences(&doc);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    for s in &sentences {
        let ctx = Context::new(&doc, lex, &s.toks);
        for (i, t) in s.toks.iter().enumerate() {
            if !candidate(t) {
                continue;
            }
            let gold = d.cues.iter().any(|c| c.contains(t.span));
            ctx.features(i, &mut buf);
            out.push((buf.clone(), gold));
        }
    }
    out
}

/// Trains a model on `docs` with the averaged perceptron, in `epochs` passes
/// over the documents in the order given: the same input gives the same
/// model, bit for bit.
pub fn train_cue_model(lex: &Lexicon, docs: &[TrainingDoc], epochs: usize) -> CueModel {
    let data: Vec<(Vec<usize>, bool)> = docs.iter().flat_map(|d| examples(lex, d)).collect();
    let mut w = vec![0f32; SIZE];
    // Sums of the updates weighted by when they happened, for averaging.
    let mut u = vec![0f64; SIZE];
    let mut c: f64 = 1.0;
    for _ in 0..epochs {
        for (feats, gold) in &data {
            let s: f32 = feats.iter().map(|&f| w[f]).sum();
            let predicted = s > 0.0;
            if predicted != *gold {
                let y = if *gold { 1.0 } else { -1.0 };
                for &f in feats {
                    w[f] += y;
                    u[f] += y as f64 * c;
                }
            }
            c += 1.0;
        }
    }
    let weights = w
        .iter()
        .zip(&u)
        .map(|(&w, &u)| (f64::from(w) - u / c) as f32)
        .collect();
    CueModel { weights }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_loads() {
        assert!(CueModel::builtin().is_some());
    }

    #[test]
    fn bytes_round_trip_and_bad_bytes_are_refused() {
        let m = CueModel {
            weights: (0..SIZE).map(|i| i as f32 * 0.5).collect(),
        };
        let back = CueModel::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back.weights, m.weights);
        assert!(CueModel::from_bytes(b"WSCUE001short").is_none());
        assert!(CueModel::from_bytes(b"").is_none());
    }

    #[test]
    fn training_learns_a_cue_and_is_deterministic() {
        let text =
            "Smith bemoaned the vote. The vote passed. Jones bemoaned the cost. The cost rose.";
        let cues = text
            .match_indices("bemoaned")
            .map(|(i, m)| Span::new(i, i + m.len()))
            .collect();
        let docs = vec![TrainingDoc {
            text: text.to_string(),
            cues,
        }];
        let lex = Lexicon::builtin();
        let a = train_cue_model(&lex, &docs, 5);
        let b = train_cue_model(&lex, &docs, 5);
        assert_eq!(a.weights, b.weights);
        let doc = Document::new("Brown bemoaned the rules. The rules changed.");
        let s = tokenize_sentences(&doc);
        let ctx = Context::new(&doc, &lex, &s[0].toks);
        let mut buf = Vec::new();
        assert!(a.score(&ctx, 1, &mut buf) > 0.0);
        let ctx2 = Context::new(&doc, &lex, &s[1].toks);
        assert!(a.score(&ctx2, 2, &mut buf) < 0.0, "\"changed\" is no cue");
    }
}
