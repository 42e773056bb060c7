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
use whosaid_text::{Document, Span, TokenKind};

/// Number of hash bits: 2^18 weights, 512 KiB as `i16`.
const BITS: u32 = 18;
const SIZE: usize = 1 << BITS;
/// File header, so a stray file is never read as a model.
const MAGIC: &[u8; 8] = b"WSCUE002";
/// Weights are kept as multiples of 1/SCALE in an `i16`: the trained
/// weights lie within ±26, so this loses under 0.0005 per weight, and a
/// score (39 weights) moves by under 0.02. Half the bytes of `f32` matter
/// more than that: every scored word reads 39 weights at random places,
/// and at 1 MiB they did not stay in the processor's cache once speaker
/// resolution ran between documents (a third of extraction's time in its
/// busiest function went to waiting for them).
const SCALE: f32 = 1024.0;

/// The learned cue detector.
#[derive(Debug, Clone)]
pub struct CueModel {
    weights: Vec<i16>,
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
        let map = whosaid_text::OffsetMap::new(&text);
        let at = |c: usize| map.byte_offset(c);
        let cues = cues
            .into_iter()
            .map(|(s, e)| Span::new(at(s), at(e)))
            .collect();
        TrainingDoc { text, cues }
    }
}

fn suffix(s: &str, n: usize) -> &str {
    // The last n bytes, when they are ASCII, are the last n characters.
    if n > 0 && s.len() <= n && s.is_ascii() {
        return s;
    }
    if n > 0
        && let Some(tail) = s.get(s.len().saturating_sub(n)..)
        && tail.len() == n
        && tail.is_ascii()
    {
        return tail;
    }
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
    pub quoted: &'a [bool],
    lex: &'a Lexicon,
    /// Per-token hash of the word (or its class: quote, number) and word
    /// class (see [`class_of`]), which the features of its neighbours use.
    /// What only the scored word itself needs (suffixes, lexicon form) is
    /// computed when it is scored: most tokens never are.
    keys: Vec<(u64, u64)>,
}

/// A coarse word class, from the closed-class lists and the token's shape:
/// lets a pattern learned around one name or pronoun carry over to others.
fn class_of(t: &Tok) -> u64 {
    // Most words belong to no closed class: these tests settle them first.
    let open = !t.is_function() && !t.is("object-pronoun") && !t.is_negation() && t.lower != "that";
    match t.kind {
        TokenKind::Quote => 1,
        TokenKind::Number => 2,
        TokenKind::Punct if t.lower == "," => 3,
        TokenKind::Punct if t.lower == ":" => 4,
        TokenKind::Punct => 5,
        _ if open => 13 + u64::from(!t.cap),
        _ if t.lower == "that" => 6,
        _ if t.is("pronoun") || t.is("object-pronoun") => 7,
        _ if t.is("determiner") => 8,
        _ if t.is("preposition") => 9,
        _ if t.is_auxiliary() || t.is_negation() => 10,
        _ if t.is("conjunction") || t.is("subordinator") => 11,
        _ if t.is_adverb() => 12,
        _ if t.cap => 13,
        _ => 14,
    }
}

impl<'a> Context<'a> {
    pub(crate) fn new(lex: &'a Lexicon, sent: &'a Sentence) -> Context<'a> {
        let toks = &sent.toks;
        let keys = toks
            .iter()
            .map(|t| (hash_str(token_key(Some(t))), class_of(t)))
            .collect();
        Context {
            toks,
            quoted: &sent.quoted,
            lex,
            keys,
        }
    }

    /// The lexicon form kind that starts at token `i`, if any.
    fn lexical(&self, i: usize) -> Option<FormKind> {
        let toks = self.toks;
        self.lex
            .forms_starting_with(&toks[i].lower)
            .iter()
            .find(|f| {
                f.words.iter().zip(&toks[i..]).all(|(w, t)| *w == t.lower)
                    && i + f.words.len() <= toks.len()
            })
            .map(|f| f.kind)
    }

    /// The hashed features of token `i`, combined from per-token hashes
    /// computed once in [`Context::new`].
    fn features(&self, i: usize, out: &mut Vec<usize>) {
        out.clear();
        let n = self.toks.len();
        let key = |k: Option<usize>| k.filter(|&k| k < n).map_or(EDGE, |k| self.keys[k].0);
        let w = self.keys[i].0;
        let p1 = key(i.checked_sub(1));
        let p2 = key(i.checked_sub(2));
        let n1 = key(Some(i + 1));
        let n2 = key(Some(i + 2));
        let lex = match self.lexical(i) {
            None => 0,
            Some(FormKind::Base) => 1,
            Some(FormKind::Present3) => 2,
            Some(FormKind::Past) => 3,
            Some(FormKind::Participle) => 4,
            Some(FormKind::Gerund) => 5,
            Some(FormKind::Noun) => 6,
            Some(FormKind::Preposition) => 7,
            Some(FormKind::Colon) => 8,
            Some(FormKind::Adverb) => 9,
        };
        let t = &self.toks[i];
        let q = u64::from(self.quoted[i]);
        let shape = if t.upper && t.lower.len() > 1 {
            2
        } else {
            u64::from(t.cap)
        };
        let pos = if i == 0 {
            0
        } else if i + 1 == n {
            1
        } else {
            2
        };
        let (s3, s2) = (hash_str(suffix(&t.lower, 3)), hash_str(suffix(&t.lower, 2)));
        let class = |k: Option<usize>| k.filter(|&k| k < n).map_or(0, |k| self.keys[k].1);
        let (c1, c2) = (class(i.checked_sub(1)), class(i.checked_sub(2)));
        let (d1, d2) = (class(Some(i + 1)), class(Some(i + 2)));
        out.extend([
            feat(&[1]),
            feat(&[2, w]),
            feat(&[3, s3]),
            feat(&[4, s2]),
            feat(&[5, p1]),
            feat(&[6, p2]),
            feat(&[7, n1]),
            feat(&[8, n2]),
            feat(&[9, p1, w]),
            feat(&[10, w, n1]),
            feat(&[11, p1, n1]),
            feat(&[12, lex]),
            feat(&[13, lex, w]),
            feat(&[14, lex, q]),
            feat(&[15, q]),
            feat(&[16, q, w]),
            feat(&[17, shape]),
            feat(&[18, shape, pos]),
            feat(&[19, lex, n1]),
            feat(&[20, lex, p1]),
            feat(&[21, s3, n1]),
            feat(&[22, c1]),
            feat(&[23, c2, c1]),
            feat(&[24, d1]),
            feat(&[25, d1, d2]),
            feat(&[26, c1, w]),
            feat(&[27, w, d1]),
            feat(&[28, c1, s3, d1]),
            feat(&[29, c2, c1, lex]),
            feat(&[30, lex, d1, d2]),
        ]);
        // The word without its inflection, so that "bemoans" learns from
        // "bemoaned"; and what a reporting use has around it: a "that"
        // or a quotation close after, a speaker-like subject before.
        let st = hash_str(stem(&t.lower));
        let that = self.toks[i + 1..n.min(i + 4)]
            .iter()
            .any(|t| t.lower == "that");
        let quote = self.toks[i.saturating_sub(3)..n.min(i + 4)]
            .iter()
            .any(|t| t.kind == TokenKind::Quote);
        let subject = self.toks[..i]
            .iter()
            .rposition(|t| !(t.is_adverb() || t.is_auxiliary() || t.is_negation()));
        let (sc, speaker) = subject.map_or((0, 0), |k| {
            let t = &self.toks[k];
            (
                self.keys[k].1,
                u64::from(t.is("pronoun") || t.is_model_subject() || (t.cap && k > 0)),
            )
        });
        let (that, quote) = (u64::from(that), u64::from(quote));
        out.extend([
            feat(&[31, st]),
            feat(&[32, st, lex]),
            feat(&[33, c1, st]),
            feat(&[34, that]),
            feat(&[35, that, st]),
            feat(&[36, quote, st]),
            feat(&[37, sc, speaker]),
            feat(&[38, speaker, st]),
            feat(&[39, st, d1]),
        ]);
    }
}

/// A word without its regular inflection: "bemoaned", "bemoans" and
/// "bemoaning" all give "bemoan".
fn stem(w: &str) -> &str {
    let bare = if w.len() > 5 && w.is_ascii() {
        w.strip_suffix("ing")
            .or_else(|| w.strip_suffix("ied"))
            .or_else(|| w.strip_suffix("ies"))
            .or_else(|| w.strip_suffix("ed"))
            .or_else(|| w.strip_suffix("es"))
    } else {
        None
    };
    let bare = bare.unwrap_or(w);
    let bare = if bare == w && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..w.len() - 1]
    } else {
        bare
    };
    bare.strip_suffix('e')
        .filter(|b| b.len() > 2)
        .unwrap_or(bare)
}

/// The hash of a missing neighbour (before the first token, after the last).
const EDGE: u64 = 0x9e37_79b9_7f4a_7c15;

fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Combines feature parts into a weight index.
fn feat(parts: &[u64]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &p in parts {
        h = (h ^ p).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(29);
    }
    ((h ^ (h >> 32)) as usize) & (SIZE - 1)
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
        if body.len() != SIZE * 2 {
            return None;
        }
        let weights = body
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        Some(CueModel { weights })
    }

    /// The model as bytes: a header and little-endian `i16` weights, in
    /// units of 1/1024.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(MAGIC.len() + SIZE * 2);
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
                match (self.sum(&feats) > 0.0, gold) {
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
        self.sum(buf)
    }

    fn sum(&self, feats: &[usize]) -> f32 {
        // Summed exactly as integers, so the order does not matter.
        // Indices are masked to the table's size by `feat`.
        let s: i32 = feats.iter().map(|&f| i32::from(self.weights[f])).sum();
        s as f32 / SCALE
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
        let ctx = Context::new(lex, s);
        for (i, t) in s.toks.iter().enumerate() {
            if !candidate(t) {
                continue;
            }
            // The first word of a gold cue that could be a cue word is the
            // one to find ("made" in "made no secret of", "said" in "said
            // in a statement"); the rules take the rest of the span.
            let gold = d.cues.iter().any(|c| {
                c.contains(t.span)
                    && !s.toks[..i]
                        .iter()
                        .rev()
                        .take_while(|p| c.contains(p.span))
                        .any(candidate)
            });
            ctx.features(i, &mut buf);
            out.push((buf.clone(), gold));
        }
    }
    out
}

fn quantize(w: f32) -> i16 {
    (w * SCALE)
        .round()
        .clamp(f32::from(i16::MIN), f32::from(i16::MAX)) as i16
}

/// Trains a model on `docs` with the averaged perceptron, in `epochs` passes
/// over their examples, each in an order shuffled from a fixed seed: the
/// same input gives the same model, bit for bit.
pub fn train_cue_model(lex: &Lexicon, docs: &[TrainingDoc], epochs: usize) -> CueModel {
    let data: Vec<(Vec<usize>, bool)> = docs.iter().flat_map(|d| examples(lex, d)).collect();
    let mut w = vec![0f32; SIZE];
    // Sums of the updates weighted by when they happened, for averaging.
    let mut u = vec![0f64; SIZE];
    let mut c: f64 = 1.0;
    // Each pass goes over the examples in a new order, drawn from a fixed
    // seed (xorshift): the same input still gives the same model.
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..epochs {
        for k in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(k, (seed % (k as u64 + 1)) as usize);
        }
        for (feats, gold) in order.iter().map(|&k| &data[k]) {
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
        .map(|(&w, &u)| quantize((f64::from(w) - u / c) as f32))
        .collect();
    CueModel { weights }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_count_characters_not_bytes() {
        assert_eq!(suffix("saying", 3), "ing");
        assert_eq!(suffix("said", 2), "id");
        assert_eq!(suffix("do", 3), "do");
        assert_eq!(suffix("naïve", 3), "ïve");
        assert_eq!(suffix("aïb", 2), "ïb");
        assert_eq!(suffix("ï", 2), "ï");
        assert_eq!(suffix("", 3), "");
    }

    #[test]
    fn the_shipped_model_loads() {
        assert!(CueModel::builtin().is_some());
    }

    #[test]
    fn bytes_round_trip_and_bad_bytes_are_refused() {
        let m = CueModel {
            weights: (0..SIZE).map(|i| (i % 65536) as u16 as i16).collect(),
        };
        let back = CueModel::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back.weights, m.weights);
        assert!(CueModel::from_bytes(b"WSCUE002short").is_none());
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
        let ctx = Context::new(&lex, &s[0]);
        let mut buf = Vec::new();
        assert!(a.score(&ctx, 1, &mut buf) > 0.0);
        let ctx2 = Context::new(&lex, &s[1]);
        assert!(a.score(&ctx2, 2, &mut buf) < 0.0, "\"changed\" is no cue");
    }
}
