//! Speaker resolution: an entity table per article (people with their titles,
//! organisations) and the linking of each claim's source mention — a name, a
//! surname, a title, a pronoun, a group or an anonymous source — to a
//! canonical speaker.

use crate::extract::Sentence;
use crate::words::{Sketch, Tok, aside_dash_start, sections};
use crate::{Claim, ClaimKind, Speaker, SpeakerType};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::sync::OnceLock;
use whosaid_text::{Document, Span, TokenKind};

struct Lists {
    /// Each word's sections of data/speakers.txt, as bits (see `SECTIONS`).
    classes: FxHashMap<String, u32>,
    /// A bit per (length, first two bytes) of the words in `classes`: most
    /// words looked up (names) are in no list, and this turns them away
    /// without hashing.
    maybe: Sketch,
    first_names: FxHashMap<String, Gender>,
    /// Words before a document noun that say what kind of document it is,
    /// not who issued it ("a new report", "a magazine report").
    document_describers: FxHashSet<String>,
    /// Documents filed with a body by someone else ("a court filing").
    filed_documents: FxHashSet<String>,
    /// Verbs whose subject issued the document that is their object
    /// ("provided a statement").
    issuing_verbs: FxHashSet<String>,
    /// Last words of company names that tell the line of business
    /// ("Maple Leaf Holdings").
    business: FxHashSet<String>,
    /// English nouns for a person with an agent's ending
    /// (data/person-nouns.txt, from WordNet): "Broadcaster" before a name
    /// is a role, "Surinder" a given name.
    person_nouns: FxHashSet<&'static str>,
}

/// The sections of data/speakers.txt, in bit order.
const SECTIONS: [&str; 29] = [
    "title",
    "regnal",
    "honorific",
    "honorific-m",
    "honorific-f",
    "organization",
    "group",
    "anonymous",
    "not-name",
    "time",
    "org-description",
    "document",
    "evidence",
    "person",
    "kin-m",
    "kin-f",
    "family-first",
    "platform",
    "place",
    "public-body",
    "collective",
    "newspaper",
    "never-opens",
    "epithet",
    "country",
    "newspaper-alone",
    "portfolio",
    "level",
    "region",
];

/// Bits of the sections, for tests on one look-up (`classes`).
const TITLE: u32 = 1;
const REGNAL: u32 = 1 << 1;
const HONORIFIC: u32 = 1 << 2;
const HONORIFIC_M: u32 = 1 << 3;
const HONORIFIC_F: u32 = 1 << 4;
const ORGANIZATION: u32 = 1 << 5;
const GROUP: u32 = 1 << 6;
const ANONYMOUS: u32 = 1 << 7;
const NOT_NAME: u32 = 1 << 8;
pub(crate) const TIME: u32 = 1 << 9;
const ORG_DESCRIPTION: u32 = 1 << 10;
const DOCUMENT: u32 = 1 << 11;
const EVIDENCE: u32 = 1 << 12;
const PERSON: u32 = 1 << 13;
const KIN_M: u32 = 1 << 14;
const KIN_F: u32 = 1 << 15;
const FAMILY_FIRST: u32 = 1 << 16;
const PLATFORM: u32 = 1 << 17;
const PLACE: u32 = 1 << 18;
const PUBLIC_BODY: u32 = 1 << 19;
const COLLECTIVE: u32 = 1 << 20;
const NEWSPAPER: u32 = 1 << 21;
const NEVER_OPENS: u32 = 1 << 22;
const EPITHET: u32 = 1 << 23;
const COUNTRY: u32 = 1 << 24;
const NEWSPAPER_ALONE: u32 = 1 << 25;
const PORTFOLIO: u32 = 1 << 26;
const LEVEL: u32 = 1 << 27;
const REGION: u32 = 1 << 28;
/// Not a section: the first word of a `PLACE` entry.
const PLACE_START: u32 = 1 << 29;
/// A closed-class word of data/words.txt that never heads a name (what
/// `Tok::is_function` tests for a capitalised word), folded into the same
/// look-up so that scanning for names costs one probe per word.
const FUNCTION: u32 = 1 << 30;
const ANY_HONORIFIC: u32 = HONORIFIC | HONORIFIC_M | HONORIFIC_F;
/// Not a section: set by `runs` on the class bits of a word that can be
/// part of a name.
const NAME_LIKE: u32 = 1 << 31;

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        let mut first_names = FxHashMap::default();
        // A later line of the census list overrides an earlier one (its
        // last lines mark names given to both sexes today); a name in
        // both lists keeps the census list's gender.
        for (more, line) in include_str!("../data/first-names.tsv")
            .lines()
            .map(|l| (false, l))
            .chain(
                include_str!("../data/first-names-more.tsv")
                    .lines()
                    .map(|l| (true, l)),
            )
        {
            if line.starts_with('#') {
                continue;
            }
            if let Some((name, g)) = line.split_once('\t') {
                let g = match g.trim() {
                    "m" => Gender::Male,
                    "f" => Gender::Female,
                    _ => Gender::Unknown,
                };
                let name = name.to_lowercase();
                if more {
                    first_names.entry(name).or_insert(g);
                } else {
                    first_names.insert(name, g);
                }
            }
        }
        let mut classes: FxHashMap<String, u32> = FxHashMap::default();
        let mut document_describers = FxHashSet::default();
        let mut filed_documents = FxHashSet::default();
        let mut issuing_verbs = FxHashSet::default();
        let mut business = FxHashSet::default();
        for (section, words) in sections(include_str!("../data/speakers.txt")) {
            // Sections with no class bit: asked of few words, kept apart.
            match section {
                "document-describer" => {
                    document_describers = words;
                    continue;
                }
                "filed-document" => {
                    filed_documents = words;
                    continue;
                }
                "issuing-verb" => {
                    issuing_verbs = words;
                    continue;
                }
                "business" => {
                    business = words;
                    continue;
                }
                _ => {}
            }
            let bit = SECTIONS
                .iter()
                .position(|s| *s == section)
                .map_or(0, |i| 1 << i);
            for w in words {
                // The first word of a place in several words marks where a
                // run may name one, so that only those runs are looked up.
                if bit == PLACE
                    && let Some((first, _)) = w.split_once(' ')
                {
                    *classes.entry(first.to_string()).or_default() |= PLACE_START;
                }
                *classes.entry(w).or_default() |= bit;
            }
        }
        for (section, words) in sections(include_str!("../data/words.txt")) {
            if matches!(
                section,
                "determiner"
                    | "pronoun"
                    | "auxiliary"
                    | "negation"
                    | "conjunction"
                    | "subordinator"
                    | "preposition"
                    | "adverb"
            ) {
                for w in words {
                    *classes.entry(w).or_default() |= FUNCTION;
                }
            }
        }
        let mut maybe = Sketch::default();
        for w in classes.keys() {
            maybe.insert(w);
        }
        let person_nouns = include_str!("../data/person-nouns.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        Lists {
            maybe,
            classes,
            first_names,
            document_describers,
            filed_documents,
            issuing_verbs,
            business,
            person_nouns,
        }
    })
}

/// Every listed word with its section bits, for `Tok` to carry them.
pub(crate) fn class_table() -> &'static FxHashMap<String, u32> {
    &lists().classes
}

/// The section bits of a lower-case word: one hash look-up answers every
/// list test on it.
fn classes(lower: &str) -> u32 {
    let l = lists();
    if !l.maybe.may_contain(lower) {
        return 0;
    }
    l.classes.get(lower).copied().unwrap_or(0)
}

fn in_class(lower: &str, bits: u32) -> bool {
    classes(lower) & bits != 0
}

/// The usual gender of a first name, accents folded.
pub(crate) fn first_name(lower: &str) -> Option<Gender> {
    let folded = fold(lower);
    lists()
        .first_names
        .get(folded.as_ref())
        .copied()
        .or_else(|| abd_compound(&folded))
}

/// "Abdelkader", "Abdulrahman", "Abdallah": a name compounded with "Abd"
/// ("servant of") is a man's given name, in whichever of its many
/// spellings the census list lacks.
fn abd_compound(lower: &str) -> Option<Gender> {
    (lower.len() >= 6
        && lower.starts_with("abd")
        && lower.bytes().all(|b| b.is_ascii_lowercase())
        && !["abdic", "abdom", "abduct"]
            .iter()
            .any(|p| lower.starts_with(p)))
    .then_some(Gender::Male)
}

/// A word that forms part of a title or role ("secretary", "spokesman").
/// A word of the organisation list ("ministry", "department").
pub(crate) fn is_organization_word(lower: &str) -> bool {
    in_class(lower, ORGANIZATION)
}

/// A word for a person by what they do or are ("player", "mechanic",
/// "retiree"), listed or English by its ending.
pub(crate) fn is_person_word(lower: &str) -> bool {
    in_class(lower, PERSON) || is_person_noun(lower)
}

pub(crate) fn is_title_word(lower: &str) -> bool {
    in_class(lower, TITLE) || hyphenated_title(lower)
}

/// Whether a token holds a hyphen, read from the text: lower-casing keeps
/// hyphens as they are, and the text is at hand where the token's lower
/// case, an allocation of its own, may be out of cache. Most words have
/// none, and the tests on hyphenated words are passed over.
fn hyphenated(text: &[u8], t: &Tok) -> bool {
    let Some(word) = text.get(t.span.start..t.span.end) else {
        return false;
    };
    // A word of up to sixteen bytes, nearly all of them, is tested in one
    // wide integer rather than a loop ending at an unpredictable byte: a
    // byte of `x` is zero where the text has a hyphen, and `(x - 0x01…) &
    // !x & 0x80…` flags the lowest zero byte exactly (a flag above it may
    // be a borrow, but then a zero byte lies below it, within the word
    // too; the bytes past the word are above it and lend it nothing).
    match text_bits(text, t) {
        Some((bits, within)) => {
            let x = bits ^ u128::from_le_bytes([b'-'; 16]);
            let zero = x.wrapping_sub(u128::from_le_bytes([1; 16])) & !x & HIGH_BITS;
            zero & within != 0
        }
        None => word.contains(&b'-'),
    }
}

/// The high bit of each byte of a `u128`.
const HIGH_BITS: u128 = u128::from_le_bytes([0x80; 16]);

/// The sixteen bytes of the text from a token's start, as an integer
/// (first byte lowest), with a mask of the bytes of the token: for a
/// token of 1 to 16 bytes not within 16 bytes of the end of the text.
#[inline]
fn text_bits(text: &[u8], t: &Tok) -> Option<(u128, u128)> {
    let len = t.span.end.wrapping_sub(t.span.start);
    let bytes = text.get(t.span.start..t.span.start.wrapping_add(16))?;
    let bytes = <[u8; 16]>::try_from(bytes).ok()?;
    (1..=16)
        .contains(&len)
        .then(|| (u128::from_le_bytes(bytes), u128::MAX >> (8 * (16 - len))))
}

/// The first and last letters of a few words, by length: a test that a
/// token may be one of them, made on its first and last bytes in the text
/// (in cache, where its lower case is an allocation of its own) with no
/// branch on its letters. Most tokens fail it, and the words are then not
/// compared one by one, which mispredicts on nearly every token.
struct Letters {
    first: [u32; 17],
    last: [u32; 17],
}

impl Letters {
    /// Panics, at compile time where it is a constant, on a word that is
    /// empty, longer than 16 bytes or holds anything but a-z, or a "k"
    /// (the Kelvin sign lower-cases to it: a token whose text is longer
    /// than its lower case).
    const fn new(words: &[&str]) -> Letters {
        let mut l = Letters {
            first: [0; 17],
            last: [0; 17],
        };
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(!w.is_empty() && w.len() <= 16);
            let mut j = 0;
            while j < w.len() {
                assert!(w[j].is_ascii_lowercase() && w[j] != b'k');
                j += 1;
            }
            l.first[w.len()] |= 1 << (w[0] - b'a');
            l.last[w.len()] |= 1 << (w[w.len() - 1] - b'a');
            i += 1;
        }
        l
    }

    /// False only when the token's lower case is none of the words. A
    /// word's bytes are letters a-z, and a byte folded by its 0x20 bit is
    /// one only when it is that letter in either case; a token with other
    /// bytes has a lower case of other bytes too (or of as many bytes,
    /// when written in ASCII), so its length and its first and last
    /// letters must match a word's.
    #[inline]
    fn may_be(&self, text: &[u8], t: &Tok) -> bool {
        let len = t.span.end.wrapping_sub(t.span.start);
        let (Some(&a), Some(&z)) = (text.get(t.span.start), text.get(t.span.end.wrapping_sub(1)))
        else {
            return true;
        };
        let bit = |b: u8| 1u32 << u32::from((b | 0x20).wrapping_sub(b'a')).min(31);
        match (self.first.get(len), self.last.get(len)) {
            (Some(f), Some(l)) => f & bit(a) != 0 && l & bit(z) != 0,
            _ => false,
        }
    }
}

/// `fold` of a token's lower case. A token written in ASCII has an ASCII
/// lower case, borrowed as it is: told from the text in one wide integer
/// (rather than a loop over its lower case, ending at an unpredictable
/// byte, in an allocation that may be out of cache).
fn fold_tok<'t>(text: &[u8], t: &'t Tok) -> Cow<'t, str> {
    match text_bits(text, t) {
        Some((bits, within)) if bits & within & HIGH_BITS == 0 => Cow::Borrowed(&t.lower),
        _ => fold(&t.lower),
    }
}

/// `is_title_word` of a token, from the bits it carries.
fn is_title_tok(text: &[u8], t: &Tok) -> bool {
    t.speaker_classes() & TITLE != 0 || (hyphenated(text, t) && hyphenated_title(&t.lower))
}

/// "director-general", "vice-president": a hyphenated word whose parts
/// are all title words.
fn hyphenated_title(lower: &str) -> bool {
    // "then-Vice", "ex-President": a time before a title word.
    let lower = ["then-", "ex-", "former-"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(lower);
    lower.split('-').all(|p| p == "co" || in_class(p, TITLE))
}

/// The singular of a plural noun, as far as the word lists need it:
/// "officials" → "official", "witnesses" → "witness".
pub(crate) fn singular_of(lower: &str) -> &str {
    if let Some(stem) = lower.strip_suffix("es")
        && (stem.ends_with("ss")
            || stem.ends_with("sh")
            || stem.ends_with("ch")
            || stem.ends_with('x'))
    {
        return stem;
    }
    lower.strip_suffix('s').unwrap_or(lower)
}

const SPEAKER: u32 =
    PERSON | TITLE | GROUP | ANONYMOUS | DOCUMENT | EVIDENCE | ORG_DESCRIPTION | ORGANIZATION;

/// A common noun that can stand for a speaker (a person, a role, a group,
/// an anonymous source, a document or evidence), or a relative pronoun;
/// from the bits the token carries, with a look-up only for a plural whose
/// singular must be found.
pub(crate) fn is_speaker_token(t: &Tok) -> bool {
    if t.speaker_classes() & SPEAKER != 0 {
        return true;
    }
    let lower = t.lower.as_str();
    let singular = singular_of(lower);
    (singular.len() < lower.len() && in_class(singular, SPEAKER))
        || matches!(lower, "who" | "which" | "that")
}

/// A word for a document or for evidence ("statement", "report",
/// "data"), in the singular or the plural.
pub(crate) fn is_document_or_evidence(t: &Tok) -> bool {
    let lower = t.lower.as_str();
    let singular = singular_of(lower);
    t.speaker_classes() & (DOCUMENT | EVIDENCE) != 0
        || (singular.len() < lower.len() && in_class(singular, DOCUMENT | EVIDENCE))
}

/// A word for evidence that "shows" or "finds" ("polls", "the study"),
/// from the bits the token carries.
pub(crate) fn is_evidence_token(t: &Tok) -> bool {
    t.speaker_classes() & EVIDENCE != 0
}

/// A kinship noun ("father", "grandmother").
pub(crate) fn is_kin_token(t: &Tok) -> bool {
    t.is_word() && t.speaker_classes() & (KIN_M | KIN_F) != 0
}

/// A plural head of an unnamed group of sources ("officials"), from the
/// bits the token carries.
pub(crate) fn is_group_token(t: &Tok) -> bool {
    t.speaker_classes() & GROUP != 0
}

/// The subject form of a possessive pronoun ("his" → "he"), for what it
/// owns to be resolved as that pronoun.
fn possessive_subject(lower: &str) -> Option<&'static str> {
    match lower {
        "his" => Some("he"),
        "her" => Some("she"),
        "their" => Some("they"),
        "its" => Some("it"),
        _ => None,
    }
}

/// Whether `lower` is an English noun for a person with an agent's
/// ending, after a prefix ("co-developer", "ex-minister").
fn is_person_noun(lower: &str) -> bool {
    let nouns = &lists().person_nouns;
    nouns.contains(lower)
        || ["co-", "ex-", "vice-"]
            .iter()
            .any(|p| lower.strip_prefix(p).is_some_and(|w| nouns.contains(w)))
}

/// The ending of an agent noun ("astronomer", "publicist", "historian"),
/// which the name rules take as a role however rare the word.
fn agent_ending(lower: &str) -> bool {
    ["er", "or", "ist", "ian"]
        .iter()
        .any(|x| lower.ends_with(x))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Unknown,
}

/// A person or organisation of an article. Its name and title are slices
/// of the article and its words are borrowed from the tokens, so that
/// making one allocates nothing: an article has hundreds.
#[derive(Debug, Clone)]
struct Entity<'a> {
    name: &'a str,
    name_tokens: usize,
    kind: SpeakerType,
    title: Option<&'a str>,
    /// `title` in lower case, for matching "the secretary" against it;
    /// made when a title is first matched, as few ever are.
    title_lower: OnceCell<String>,
    gender: Gender,
    /// `gender` is only the first-name list's guess ("Marty" is listed as
    /// a man's name): no honorific nor pronoun has confirmed it.
    gender_guessed: bool,
    first: Cow<'a, str>,
    last: Cow<'a, str>,
    /// The name has an organisation word ("Ministry"): never a person.
    org_word: bool,
    /// Something says this is a person: an honorific, a title, a known
    /// first name or a "he"/"she" pointing at it. A name typed a person
    /// only because it speaks ("Maritime Bulletin said") has none, and
    /// may still be the outlet a later "the website" or "it" stands for.
    person_evidence: bool,
    /// Known only as one capitalised word opening a sentence ("Asked
    /// about …", "Iron is …"): maybe no name at all, so never the
    /// organisation a description or "it" stands for.
    weak: bool,
    /// How many times it is named.
    mentions: u32,
    /// For a given name alone that shares a full name's family name ("Gord
    /// and Linda MacPhee"), that family name, which completes the name the
    /// speaker goes by. (A relative's family name is never guessed: "Her
    /// husband, Jacob," or "Lévesque's wife, Ghislaine," may have another.)
    family: Option<&'a str>,
    /// A place named in several words ("Hong Kong", "Burrard Inlet",
    /// "Atlantic Canada"): it may speak as its government, but is no
    /// company a later "the company" stands for.
    place: bool,
}

impl<'a> Entity<'a> {
    /// `org_word`: one of `words` is an organisation word.
    fn new(name: &'a str, words: &[Cow<'a, str>], org_word: bool, kind: SpeakerType) -> Entity<'a> {
        Entity {
            name,
            name_tokens: words.len(),
            kind,
            title: None,
            title_lower: OnceCell::new(),
            gender: Gender::Unknown,
            gender_guessed: false,
            first: words.first().cloned().unwrap_or_default(),
            last: words.last().cloned().unwrap_or_default(),
            org_word,
            person_evidence: false,
            weak: false,
            mentions: 0,
            family: None,
            place: false,
        }
    }

    fn set_title(&mut self, title: Option<&'a str>) {
        if self.title.is_none() && title.is_some() {
            self.title = title;
        }
    }

    fn title_lower(&self) -> Option<&str> {
        let title = self.title?;
        Some(self.title_lower.get_or_init(|| title.to_lowercase()))
    }

    /// A name ending in a newspaper's word ("Global Times"), or one such
    /// word alone ("Advocate").
    fn is_newspaper(&self) -> bool {
        // "Chicago Sun-Times", "Pittsburgh Post-Gazette": the paper's word
        // ends a hyphenated compound.
        let last = last_word(self.name);
        let last = last.rsplit_once('-').map_or(last, |(_, tail)| tail);
        let bits = newspaper_bits(last);
        bits & NEWSPAPER != 0 || (bits & NEWSPAPER_ALONE != 0 && self.name_tokens == 1)
    }

    /// A person, or a full name with nothing of an organisation ("Henri
    /// Blanc" with an unlisted first name).
    fn may_be_person(&self) -> bool {
        self.kind == SpeakerType::Person || (self.name_tokens >= 2 && !self.org_word)
    }

    /// Not known to be a person: an organisation, or a name that only
    /// speaks.
    /// Clearly an organisation's name, not a stray capitalised word: one
    /// with an organisation word, of several words, an acronym, or named
    /// more than once ("Israel"). What a description or "it" may stand for
    /// when nothing spoke just before.
    fn strong_org(&self) -> bool {
        self.org_like()
            && (self.org_word
                || self.name_tokens >= 2
                || self.mentions >= 2
                || (self.name.len() >= 2 && self.name.chars().all(|c| c.is_ascii_uppercase())))
    }

    fn org_like(&self) -> bool {
        !self.weak
            && (self.kind == SpeakerType::Organization || (!self.person_evidence && !self.org_word))
            // A law is no body ("the Personal Information Protection and
            // Electronic Documents Act").
            && !matches!(&*self.last, "act" | "code" | "regulations")
    }
}

#[derive(Debug, Clone, Copy)]
struct Mention {
    span: Span,
    entity: usize,
}

/// A capitalised run split into its title and name parts.
struct Run<'a> {
    /// The name part.
    name: Span,
    /// The index of its first token in its sentence.
    first_tok: usize,
    /// Its words, lower case and accents folded; borrowed from the tokens
    /// when there is nothing to fold. They sit in one arena (`Runs::words`)
    /// rather than a vector per run, which saves an allocation per name.
    words: std::ops::Range<usize>,
    _tokens: std::marker::PhantomData<&'a ()>,
    title: Option<Span>,
    honorific: Gender,
    honorific_seen: bool,
    /// The run opens its sentence (or a quotation), where any word is
    /// capitalised.
    initial: bool,
    /// The name is a place in several words ("Hong Kong"): never a person.
    place: bool,
    /// One word after "named" ("a resident named Caroline").
    named: bool,
    /// A body named for the people it gathers ("Communications Workers
    /// of America", "Concerned Veterans for America"): an organisation.
    body: bool,
    /// Where in the word arena the one-word nickname written in quotation
    /// marks inside the name sits ('Angus "Buddy" MacIsaac'), which alone
    /// names the person ("Buddy says").
    nick: Option<usize>,
}

impl Run<'_> {
    /// The gender its honorific tells: "Mr.", "Mrs.", not "Dr." or "Prof.".
    fn told_gender(&self) -> Option<Gender> {
        (self.honorific_seen && self.honorific != Gender::Unknown).then_some(self.honorific)
    }
}

/// A Cantonese or Korean name in its own order, family name first and a
/// hyphenated given name after it whose second syllable is in lower case
/// ("Chow Kwok-wing", "Moon Jae-in"), unlike English double surnames
/// ("Smith-Jones").
fn family_name_first(name: &str) -> bool {
    // Most names hold no hyphen: passed over at a byte search.
    if !name.as_bytes().contains(&b'-') {
        return false;
    }
    let mut parts = name.split_whitespace();
    let (Some(family), Some(given), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let Some((a, b)) = given.split_once('-') else {
        return false;
    };
    a.chars().next().is_some_and(char::is_uppercase)
        && b.chars().next().is_some_and(char::is_lowercase)
        && b.chars().all(char::is_alphabetic)
        && family.chars().all(char::is_alphabetic)
        // The commonest Korean and Chinese family names are given names
        // in the census list too.
        && (first_name(&family.to_lowercase()).is_none()
            || matches!(family, "Kim" | "Lee" | "Park" | "Moon" | "Chan" | "Ho" | "Lam" | "Yoon"))
}

/// How many tokens after `head` continue the name of a French body
/// ("Fédération" + "des médecins omnipraticiens du Québec", "Ordre" +
/// "des infirmières et infirmiers du Québec"): from a particle, through
/// lower-case words and particles, to a capitalised word ending the name.
fn french_body_complement(head: &Tok, toks: &[Tok]) -> Option<usize> {
    const HEADS: [&str; 16] = [
        "fédération",
        "federation",
        "collège",
        "college",
        "ordre",
        "conseil",
        "confédération",
        "société",
        "association",
        "syndicat",
        "régie",
        "centrale",
        "institut",
        "commission",
        "office",
        "union",
    ];
    const PARTICLES: [&str; 9] = ["de", "des", "du", "la", "le", "les", "et", "d'", "l'"];
    let particle = |t: &Tok| PARTICLES.contains(&t.lower.as_str());
    if !head.cap || !HEADS.contains(&head.lower.as_str()) {
        return None;
    }
    // "Office québécois de la langue française": an adjective may come
    // before the first particle.
    let first = toks
        .iter()
        .take(2)
        .position(|t| matches!(t.lower.as_str(), "des" | "du" | "de" | "d'"))?;
    if !toks[..first]
        .iter()
        .all(|t| t.is_word() && !t.cap && !t.is_function())
    {
        return None;
    }
    let mut k = first + 1;
    let mut saw_lower = first > 0;
    while k < toks.len().min(14) {
        let t = &toks[k];
        let next = toks.get(k + 1);
        // What cannot go on a French name: punctuation, an English
        // function word, a verb of saying.
        let ends_here = next
            .is_none_or(|n| !n.is_word() || (n.is_function() && !particle(n)) || finite_speech(n));
        if t.is_word() && t.cap {
            // A capitalised word ends the name when what follows is not
            // more of it.
            let more = next.is_some_and(|n| n.is_word() && (n.cap || particle(n)));
            if !more {
                return saw_lower.then_some(k + 1);
            }
        } else if particle(t) {
            if ends_here {
                return None;
            }
        } else if t.is_word() && !t.is_function() {
            saw_lower = true;
            if ends_here {
                return Some(k + 1);
            }
        } else {
            return None;
        }
        k += 1;
    }
    None
}

/// How many tokens at the start of `toks` continue a name as Canada's
/// federal departments are named: ", Refugees and Citizenship Canada",
/// "and Oceans Canada" (capitalised words, the last list item joined by
/// "and", the whole ending in "Canada").
fn canada_department(toks: &[Tok]) -> Option<usize> {
    let word = |k: usize| toks.get(k).is_some_and(|t| t.is_word() && t.cap);
    let mut k = 0;
    // Items set off by commas before the "and".
    while toks.get(k).is_some_and(|t| t.is_punct(",")) && word(k + 1) {
        k += 2;
        if k > 8 {
            return None;
        }
    }
    if toks.get(k).is_none_or(|t| t.lower != "and") {
        return None;
    }
    k += 1;
    let last = (k..k + 4).take_while(|&j| word(j)).last()?;
    // Not "Ontario and Atlantic Canada": a part of the country.
    let region = part_of_country(&toks[k].lower);
    (toks[last].lower == "canada" && last > k && !region && !word(last + 1)).then_some(last + 1)
}

/// A word that, before a country or province, names a part of it
/// ("Atlantic Canada", "Northern Ontario", "rural Alberta").
fn part_of_country(lower: &str) -> bool {
    matches!(
        lower,
        "atlantic"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northwestern"
            | "southwestern"
            | "northeastern"
            | "southeastern"
            | "rural"
    )
}

/// "Lake Manitoba", "Mount Royal", "Fontanska Road": a place named with a
/// word for a lake, a mountain or a road, not a person (unless a given
/// name opens it: "Ricki Lake") nor a body ("Mount Sinai Hospital").
fn geographic(toks: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    (2..=4).contains(&toks.len())
        && (matches!(
            first.lower.as_str(),
            "lake" | "mount" | "mt." | "fort" | "cape"
        ) || matches!(
            last.lower.as_str(),
            "lake"
                | "river"
                | "road"
                | "highway"
                | "boulevard"
                | "drive"
                | "creek"
                | "island"
                | "falls"
                | "mountain"
                | "valley"
                | "crescent"
                | "parkway"
                | "area"
                | "inlet"
                | "bay"
                | "harbour"
                | "harbor"
                | "strait"
                | "sound"
                | "peninsula"
                | "cove"
        ) || (
            // "Atlantic Canada", "Northern Ontario", "Southwestern
            // Ontario": a part of a country or province.
            toks.len() == 2
                && part_of_country(&first.lower)
                && last.speaker_classes() & (COUNTRY | REGION) != 0
        ))
        && first_name(&first.lower).is_none()
        && toks.iter().all(|t| t.speaker_classes() & ORGANIZATION == 0)
}

/// The person named in an apposition that opens at `from` with a fuller
/// description than `Around::new` reads: past an honorific ("Dr. Alice
/// Okonjo-Burke"), a place and a role ("Cape Breton pianist Moira
/// MacIsaac", "Grade 3 teacher Kofi Asante-Mbeki") or "a chemistry teacher
/// named Gurdeep Sahota-Lind", and closed by a comma or the sentence's end,
/// perhaps after what the person is of ("Dr. Jean-François Bélanger of
/// McGill,").
fn described_in_apposition(table: &Table, sent: &[Tok], from: usize) -> Option<Mention> {
    let mut described = false;
    for k in from..sent.len().min(from + 9) {
        let t = &sent[k];
        if let Some(m) = table.starting_at(t.span.start)
            && m.span.end > t.span.start
        {
            let e = &table.entities[m.entity];
            let after = sent.partition_point(|t| t.span.start < m.span.end);
            // The rest: ", …", the end, or "of McGill," first.
            let mut j = after;
            if sent
                .get(j)
                .is_some_and(|t| matches!(t.lower.as_str(), "of" | "from" | "at"))
            {
                j += 1;
                while sent.get(j).is_some_and(|t| t.is_word() && t.cap) {
                    j += 1;
                }
            }
            let closed = sent
                .get(j)
                .is_none_or(|t| t.is_punct(",") || t.is_punct("."));
            let honorific = k > from && sent[k - 1].speaker_classes() & ANY_HONORIFIC != 0;
            if closed
                && e.name_tokens >= 2
                && !e.org_word
                && (described || honorific || e.kind == SpeakerType::Person)
                && e.may_be_person()
            {
                return Some(*m);
            }
            // Another person's name first: the apposition is not of this
            // shape (a body or place it holds, "Cape Breton", is passed).
            if e.name_tokens >= 2 && e.kind == SpeakerType::Person {
                return None;
            }
        }
        // Not a clause: "Older people, who strongly support Mrs. Clinton,".
        if t.is_function() && !t.is("determiner") && t.lower != "named" {
            return None;
        }
        // A comma before any name: no apposition of this shape.
        let word = t.is_word() || t.kind == TokenKind::Number;
        if !(word || t.is_punct("-") || t.speaker_classes() & ANY_HONORIFIC != 0) {
            return None;
        }
        if t.speaker_classes() & (TITLE | PERSON) != 0 || t.lower == "named" {
            described = true;
        }
    }
    None
}

/// Whether the text shortly before `at` keeps a source anonymous ("on
/// condition of anonymity", "not be identified", "not authorized to
/// speak").
fn anonymity_before(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(1500);
    while from < at && !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = text.get(from..at) else {
        return false;
    };
    [
        "anonymity",
        "not be identified",
        "not be named",
        "not to be named",
        "not to be identified",
        "not authorized to speak",
        "not authorised to speak",
        "declined to be named",
    ]
    .iter()
    .any(|p| before.contains(p))
}

/// Whether two genders are known and differ.
fn opposite(a: Gender, b: Gender) -> bool {
    a != Gender::Unknown && b != Gender::Unknown && a != b
}

/// How many mentions back a pronoun, title or description may look: far
/// enough for any article, and it keeps resolution linear on huge inputs.
const LOOK_BACK: usize = 400;

#[derive(Default)]
struct Table<'a> {
    entities: Vec<Entity<'a>>,
    mentions: Vec<Mention>,
    /// Common nouns an entity is introduced with ("the website Vessel
    /// Tracker", "Znak.com, a news site"), with where that happens.
    descriptions: Vec<(usize, &'a str, usize)>,
    /// Whether the article reports a study (`mentions_study`), worked out
    /// the first time a rule asks.
    study: OnceCell<bool>,
    /// Whether the article writes "they/them" or "they/their" anywhere
    /// (`goes_by_they`), worked out the first time a "they" asks.
    goes_by_they: OnceCell<bool>,
    /// Each entity's party (`entity_party`), worked out for all of them
    /// the first time a rule asks: rules ask it of one candidate after
    /// another, and each answer would read all the mentions again.
    parties: OnceCell<Vec<Option<u8>>>,
}

/// A capitalised word that can be part of a name, given its classes. For
/// a capitalised word `FUNCTION` is what `Tok::is_function` says (its
/// "-ly" rule is for lower-case words only).
fn name_like_with(t: &Tok, cls: u32) -> bool {
    t.is_word() && t.cap && (cls & FUNCTION == 0 || is_acronym(t)) && cls & NOT_NAME == 0
}

/// A name written with the Arabic article in lower case, joined by a
/// hyphen: "el-Sisi", "al-Assad", "al-Sadr". (Text is case-sensitive only
/// through `cap`, so the rest of the word is checked for a letter.)
fn is_article_name(t: &Tok) -> bool {
    t.is_word()
        && !t.cap
        && ["al-", "el-"].iter().any(|p| {
            t.lower.strip_prefix(p).is_some_and(|rest| {
                rest.chars().count() >= 2 && rest.chars().all(char::is_alphabetic)
            })
        })
}

/// Whether `w` opens with the French particle elided before a capital:
/// "d'Entremont", "d’Amours" (not "d'oh").
fn elided_at(w: &[u8]) -> bool {
    w.first() == Some(&b'd')
        && match w.get(1) {
            Some(b'\'') => w.get(2).is_some_and(u8::is_ascii_uppercase),
            // The curly apostrophe is three bytes.
            Some(0xE2) => {
                w[1..].starts_with("\u{2019}".as_bytes())
                    && w.get(4).is_some_and(u8::is_ascii_uppercase)
            }
            _ => false,
        }
}

/// A token that is a surname with the French particle elided
/// (`elided_at`).
fn elided_particle(bytes: &[u8], t: &Tok) -> bool {
    bytes.get(t.span.start..t.span.end).is_some_and(elided_at)
}

/// An all-capital word of two or more letters ("WHO", "UNESCO"): a name
/// even when it spells a function word.
fn is_acronym(t: &Tok) -> bool {
    // Asked of many words, most of them short: a second character is
    // looked for rather than all counted, and the dot in a byte loop
    // rather than through a call to a string search.
    t.upper && t.lower.chars().nth(1).is_some() && !t.lower.bytes().any(|b| b == b'.')
}

/// The rest of a body's complement when it is a list: at `toks[0]`, the
/// comma after "Committee on Science", the tokens of ", Space and
/// Technology" (or ", Space, and Technology"). Each item is one capitalised
/// portfolio word (`[portfolio]`), so that "the Committee on Finance,
/// Grassley and Wyden" and "the University of Chicago, Stanford and
/// Harvard" stay apart.
fn listed_complement(toks: &[Tok], cls: &[u32]) -> Option<usize> {
    // What a body is of ("Space", "Tourism"), not a surname, a place or
    // another body.
    let item = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_word()
                && t.cap
                && cls[k] & (ORGANIZATION | TITLE | ANY_HONORIFIC) == 0
                && in_class(&t.lower, PORTFOLIO)
        })
    };
    let mut k = 0;
    loop {
        if toks.get(k).is_some_and(|t| t.is_punct(",")) {
            k += 1;
        }
        let and = toks.get(k).is_some_and(|t| t.lower == "and");
        if and {
            k += 1;
        }
        if !item(k) {
            return None;
        }
        k += 1;
        if and {
            // One more capitalised word would make the last item a name.
            return (!toks.get(k).is_some_and(|t| t.is_word() && t.cap)).then_some(k);
        }
        if !toks
            .get(k)
            .is_some_and(|t| t.is_punct(",") || t.lower == "and")
        {
            return None;
        }
    }
}

/// The text at `at` starts as an article name's lower-case form does:
/// How many lower-case surname particles open `toks` ("dela", "von der",
/// "de la"), if any.
fn particles(toks: &[Tok]) -> Option<usize> {
    let particle = |t: &Tok| {
        t.is_word()
            && !t.cap
            && matches!(
                t.lower.as_str(),
                "de" | "dela"
                    | "del"
                    | "della"
                    | "da"
                    | "di"
                    | "du"
                    | "van"
                    | "von"
                    | "der"
                    | "den"
                    | "dos"
                    | "das"
                    | "la"
                    | "le"
                    | "ter"
            )
    };
    let n = toks.iter().take(2).take_while(|t| particle(t)).count();
    (n > 0).then_some(n)
}

/// "al-" or "el-", the "l" in either case ("aL-" lower-cases to "al-"; no
/// other character lower-cases to these). Branch-free, as it is asked of
/// every word.
fn article_prefix(bytes: &[u8], at: usize) -> bool {
    // (A wrapped end is before `at`: no slice, as a saturated one would
    // be none, with fewer instructions on every word.)
    match bytes.get(at..at.wrapping_add(3)) {
        // 'a' | 4 == 'e', and no other byte gives 'e'; likewise 'L' | 0x20
        // is 'l'.
        Some(&[a, l, dash]) => ((a | 4) == b'e') & ((l | 0x20) == b'l') & (dash == b'-'),
        _ => false,
    }
}

/// `t.is_punct` of a one-byte ASCII punctuation mark, read from the text:
/// a punctuation token's `lower` is its text (no other text lower-cases to
/// such a mark), and the text is in cache where that separate allocation
/// often is not.
#[inline]
fn punct_is(text: &[u8], t: &Tok, p: u8) -> bool {
    t.kind == TokenKind::Punct && text.get(t.span.start..t.span.end) == Some(&[p][..])
}

/// The tokens of a sentence that may be part of a name, in order, into
/// `out`; and whether the sentence's text holds a hyphen at all (when it
/// does not, no word of it is hyphenated). Capitalised words are found
/// without a branch per token (one would mispredict on every few words of
/// text). A lower-case name with the Arabic article ("al-Assad") has its
/// hyphen two bytes in: such words are found from the sentence's hyphens,
/// which are few, rather than by reading three bytes of every token.
/// `hyphens` holds where the text has one, in order (`hyphens_of`). A
/// function of its own, as it runs for every token: inside `runs` its loop
/// keeps its values on the stack, for want of registers.
#[inline(never)]
fn name_candidates(
    toks: &[Tok],
    text: &str,
    hyphens: &[usize],
    elisions: &[usize],
    out: &mut Vec<usize>,
) -> bool {
    out.clear();
    out.resize(toks.len(), 0);
    let mut n = 0;
    for (k, t) in toks.iter().enumerate() {
        if let Some(slot) = out.get_mut(n) {
            *slot = k;
        }
        n += usize::from(t.is_word() & t.cap);
    }
    out.truncate(n);
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    let (from, end) = (first.span.start, last.span.end);
    let bytes = text.as_bytes();
    if bytes.get(from..end).is_none() {
        // Spans past the text (no tokenizer makes them): every token is
        // read, as before.
        return article_names_by_token(toks, bytes, out);
    }
    // "Colin d'Entremont": a surname with the French particle elided, its
    // word start found once for the article.
    for &p in &elisions[elisions.partition_point(|&p| p < from)..] {
        if p >= end {
            break;
        }
        let k = toks.partition_point(|t| t.span.start < p);
        if toks
            .get(k)
            .is_some_and(|t| t.span.start == p && t.is_word())
        {
            let at = out.partition_point(|&c| c < k);
            out.insert(at, k);
        }
    }
    let within = &hyphens[hyphens.partition_point(|&h| h < from)..];
    let mut hyphen = false;
    for &at in within.iter().take_while(|&&h| h < end) {
        hyphen = true;
        // The word would start two bytes before the hyphen.
        let Some(p) = at.checked_sub(2) else {
            continue;
        };
        if !article_prefix(bytes, p) {
            continue;
        }
        let k = toks.partition_point(|t| t.span.start < p);
        if toks
            .get(k)
            .is_some_and(|t| t.span.start == p && t.is_word() && !t.cap)
        {
            let at = out.partition_point(|&c| c < k);
            out.insert(at, k);
        }
    }
    hyphen
}

/// Where the words of `text` with the French particle elided before a
/// capital start ("d'Entremont", "d’Amours"), in order, into `out`: one
/// vectorised search for apostrophes over the whole article.
fn elisions_of(text: &str, out: &mut Vec<usize>) {
    out.clear();
    let bytes = text.as_bytes();
    for at in memchr::memchr2_iter(b'\'', 0xE2, bytes) {
        let Some(d) = at.checked_sub(1) else {
            continue;
        };
        if bytes[d] == b'd'
            && d.checked_sub(1)
                .is_none_or(|b| !bytes[b].is_ascii_alphanumeric())
            && elided_at(&bytes[d..])
        {
            out.push(d);
        }
    }
}

/// Where `text` has a hyphen, in order, into `out`: found once for the
/// whole article by the vectorised byte search, which passes over the many
/// blocks of text with none at a few instructions each, and costs a branch
/// per hyphen rather than one per block and byte tested.
fn hyphens_of(text: &str, out: &mut Vec<usize>) {
    out.clear();
    out.extend(memchr::memchr_iter(b'-', text.as_bytes()));
}

/// `name_candidates`' lower-case article names, token by token, for a
/// sentence whose span lies past the text; and a hyphen taken to be
/// there.
#[cold]
fn article_names_by_token(toks: &[Tok], bytes: &[u8], out: &mut Vec<usize>) -> bool {
    for (k, t) in toks.iter().enumerate() {
        if t.is_word() && !t.cap && article_prefix(bytes, t.span.start) {
            let at = out.partition_point(|&c| c < k);
            out.insert(at, k);
        }
    }
    true
}

/// Splits the runs of capitalised words of each sentence into title and
/// name, in document order.
/// The runs of a document and the arena holding their words.
struct Runs<'a> {
    runs: Vec<Run<'a>>,
    words: Vec<Cow<'a, str>>,
    /// The class bits of each word of `words`, looked up once for the
    /// several tests the table makes on them.
    classes: Vec<u32>,
}

impl<'a> Runs<'a> {
    fn words(&self, r: &Run<'a>) -> &[Cow<'a, str>] {
        self.words.get(r.words.clone()).unwrap_or(&[])
    }

    fn classes(&self, r: &Run<'a>) -> &[u32] {
        self.classes.get(r.words.clone()).unwrap_or(&[])
    }

    /// The run's name has an organisation word ("Ministry").
    fn org_word(&self, r: &Run<'a>) -> bool {
        let c = self.classes(r);
        if r.body {
            return true;
        }
        // "U.S. Geological Survey", "Maritime Bulletin": a name ending in
        // a word for a document is a body or an outlet, not a person.
        c.iter().any(|c| c & ORGANIZATION != 0)
            || (c.len() >= 2 && c.last().is_some_and(|l| l & (DOCUMENT | EVIDENCE) != 0))
            // "Maple Leaf Holdings": a company by its line of business.
            || (c.len() >= 2
                && self
                    .words(r)
                    .last()
                    .is_some_and(|w| lists().business.contains(w.as_ref())))
    }
}

/// The larger buffers of one article's resolution, kept per thread for the
/// next article with their capacity. Memory freed and allocated again
/// comes back from the allocator elsewhere, out of cache, and writing it
/// pushes other data out (the cue model's weights, read for every token);
/// the same buffers article after article stay in cache.
#[derive(Default)]
struct Scratch {
    runs: Vec<Run<'static>>,
    words: Vec<Cow<'static, str>>,
    word_classes: Vec<u32>,
    cls: Vec<u32>,
    candidates: Vec<usize>,
    hyphens: Vec<usize>,
    slots: Vec<Keys>,
    entities: Vec<Entity<'static>>,
    mentions: Vec<Mention>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Scratch {
    /// Every buffer within a bound that the longest news articles stay
    /// far below (they hold a few hundred names): only those are kept for
    /// the next.
    fn small(&self) -> bool {
        const KEEP: usize = 1 << 14;
        [
            self.runs.capacity(),
            self.words.capacity(),
            self.word_classes.capacity(),
            self.cls.capacity(),
            self.candidates.capacity(),
            self.hyphens.capacity(),
            self.slots.capacity(),
            self.entities.capacity(),
            self.mentions.capacity(),
        ]
        .iter()
        .all(|&c| c <= KEEP)
    }
}

/// `v` emptied, as a vector of another lifetime of its type, in the same
/// allocation: collecting a vector's own emptied iterator reuses its
/// buffer when the element layouts agree, as they do here.
fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

fn runs<'a>(
    text: &str,
    sentences: &'a [Sentence],
    dateline: &std::ops::Range<usize>,
    scratch: &mut Scratch,
) -> Runs<'a> {
    // About two names a sentence, of a word or two: room enough that the
    // vectors seldom grow.
    let mut out: Vec<Run<'a>> = recycle(std::mem::take(&mut scratch.runs));
    out.reserve(2 * sentences.len());
    let mut arena: Vec<Cow<str>> = recycle(std::mem::take(&mut scratch.words));
    arena.reserve(3 * sentences.len());
    let mut arena_classes: Vec<u32> = std::mem::take(&mut scratch.word_classes);
    arena_classes.clear();
    arena_classes.reserve(3 * sentences.len());
    let bytes = text.as_bytes();
    // Class bits of the capitalised words of a sentence, looked up once:
    // only they can start or continue a run. `NAME_LIKE` marks the words
    // that can be part of a name.
    let mut cls: Vec<u32> = std::mem::take(&mut scratch.cls);
    // The tokens of a sentence that may be part of a name, in order
    // (`name_candidates`), then looked up one by one.
    let mut candidates: Vec<usize> = std::mem::take(&mut scratch.candidates);
    let mut hyphens: Vec<usize> = std::mem::take(&mut scratch.hyphens);
    hyphens_of(text, &mut hyphens);
    let mut elisions = Vec::new();
    elisions_of(text, &mut elisions);
    // A name in lower case, for the place test: one buffer for all.
    let mut place_buf = String::new();
    let head_end = headline_end(text);
    let mut lead_caps: Option<Vec<&str>> = None;
    let mut body_caps: Option<Vec<&str>> = None;
    for sent in sentences {
        let toks = &sent.toks;
        cls.clear();
        cls.resize(toks.len(), 0);
        let any_hyphen = name_candidates(toks, text, &hyphens, &elisions, &mut candidates);
        for &k in &candidates {
            let t = &toks[k];
            let hyphen = any_hyphen && t.cap && hyphenated(bytes, t);
            cls[k] = if hyphen && (is_placing_compound(&t.lower) || t.lower.ends_with("-year-old"))
            {
                // "Kurdish-led", "UK-based", "Fourteen-year-old": no part
                // of a name.
                0
            } else if t.cap {
                let mut c = t.speaker_classes();
                if c == 0 && hyphen && hyphenated_title(&t.lower) {
                    c = TITLE;
                }
                // "Vice Presidents", "Foreign Ministers": the plural of a
                // title after a title is a title, not a name.
                if c & TITLE == 0
                    && k > 0
                    && cls[k - 1] & TITLE != 0
                    && toks[k - 1].cap
                    && t.lower.len() > 4
                    && t.lower.ends_with('s')
                    && in_class(singular_of(&t.lower), TITLE)
                {
                    c |= TITLE;
                }
                // "Directorate General of Civil Aviation", "Inspectorate
                // General": after an organisation word, "General" ends
                // its name, as an organisation word, not a military rank.
                if c & TITLE != 0
                    && t.lower == "general"
                    && k > 0
                    && cls[k - 1] & ORGANIZATION != 0
                    && toks[k - 1].cap
                {
                    c = (c & !TITLE) | ORGANIZATION;
                }
                // "Democrat Hillary Clinton", "Republican Christine Todd
                // Whitman": a party before a first name is no part of the
                // name (but "Republican National Committee" is one).
                // So is a nationality opening the phrase ("American Riley
                // Castellano-Pryce"), unless it is a given name itself
                // ("Brian"); not a word inside a name ("Amy Berman
                // Jackson").
                let nationality = || {
                    !(k > 0 && toks[k - 1].cap && toks[k - 1].is_word())
                        && is_nationality(&t.lower)
                        && first_name(&t.lower).is_none()
                        && toks.get(k + 1).is_some_and(|n| n.speaker_classes() & TITLE == 0)
                        // (Not "American Israel Public Affairs Committee".)
                        && !toks[k + 1..]
                            .iter()
                            .take(5)
                            .take_while(|n| n.cap)
                            .any(|n| n.speaker_classes() & ORGANIZATION != 0)
                };
                let party_before_name = || {
                    toks.get(k + 1).is_some_and(|n| n.cap && n.is_word())
                        && (party_member_tok(bytes, t) || nationality())
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| first_name(&n.lower).is_some())
                };
                // The sentence's first word, past an opening quotation mark,
                // or the first after a colon ("WSS: How does it compare
                // …?"), which capitalises as a sentence does.
                let opens_sentence = || {
                    toks[..k].iter().all(|p| !p.is_word()) || (k > 0 && toks[k - 1].is_punct(":"))
                };
                // "Results showed …", "Estimates suggest …": a word for a
                // document or evidence opening a sentence before a word in
                // lower case is that common noun, no name.
                let document_opens = || {
                    toks[..k].iter().all(|p| !p.is_word())
                        && is_document_or_evidence(t)
                        && toks.get(k + 1).is_some_and(|n| n.is_word() && !n.cap)
                };
                // "Getting Chiamaka to Canada took two years", "Joining
                // Rubio on stage": a gerund opening a sentence, its object
                // a name and a preposition after it, is no given name
                // ("Manning Stevens said" is one).
                let gerund_opens = || {
                    c == 0
                        && t.lower.len() > 5
                        && t.lower.ends_with("ing")
                        && toks.get(k + 1).is_some_and(|n| n.cap && n.is_word())
                        && toks
                            .get(k + 2)
                            .is_some_and(|n| n.lower == "to" || n.is("preposition"))
                        && toks[..k].iter().all(|p| !p.is_word())
                        && first_name(&t.lower).is_none()
                };
                let no_name = (c & NEVER_OPENS != 0 && opens_sentence())
                    || party_before_name()
                    || document_opens()
                    || gerund_opens();
                // "Gull Bay First Nation", "First Nations chiefs": an
                // ordinal inside the name of a people.
                let first_nation = t.lower == "first"
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| n.cap && matches!(n.lower.as_str(), "nation" | "nations"));
                // "Chief April Martel-Sabourin", "organizer Will
                // Prosper-Jean": a month or a modal that is also a given
                // name, after a capitalised title or a lower-case noun that
                // ends like an agent's ("organizer"; not "whether" nor
                // "another", function words).
                let given_anyway = || {
                    c & (NOT_NAME | FUNCTION) != 0
                        && k > 0
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| n.cap && n.is_word() && !n.is_function())
                        && first_name(&t.lower).is_some()
                        && ((cls[k - 1] & TITLE != 0 && toks[k - 1].cap)
                            || (toks[k - 1].is_word()
                                && !toks[k - 1].cap
                                && !toks[k - 1].is_function()
                                && !toks[k - 1].is_adverb()
                                && toks[k - 1].lower.len() > 5
                                && agent_ending(&toks[k - 1].lower)))
                };
                if first_nation {
                    (c & !(TITLE | FUNCTION)) | NAME_LIKE
                } else if given_anyway() {
                    (c & !(NOT_NAME | FUNCTION)) | NAME_LIKE
                } else if name_like_with(t, c) && !no_name {
                    c | NAME_LIKE
                } else {
                    c
                }
            } else if is_article_name(t) || elided_particle(bytes, t) {
                // "el-Sisi", "al-Assad": a name even in lower case.
                NAME_LIKE
            } else {
                0
            };
        }
        // "Chuck Grassley Compares Trump's Racism To Sonia Sotomayor
        // Celebrating Diversity": in a headline in title case every word
        // is capitalised, so only words the article's lead capitalises
        // again can be names.
        let in_headline = toks.last().is_some_and(|t| t.span.end <= head_end);
        // "Rand Paul Scores Direct Hit On Donald Trump.", "Salma Hayek
        // Described Her Experience …": a headline of a linked story in the
        // body, told by a function word capitalised right after a
        // capitalised word (a list of names capitalises none; in "Mary
        // Jones of The Washington Post" a lower-case word comes before).
        // Only the capitalised words (`candidates`) are read, and only in a
        // sentence with a few of them.
        let body_headline = || {
            candidates.len() >= 3
                && candidates.iter().any(|&k| {
                    let t = &toks[k];
                    k > 0
                        && t.cap
                        && !t.upper
                        && t.is_function()
                        && t.lower.len() > 1
                        && toks[k - 1].is_word()
                        && toks[k - 1].cap
                })
        };
        if (in_headline || body_headline())
            && crate::words::title_case(toks, 4, 3)
            // "Mary Jones spoke in Denver on Monday.": a lower-case verb or
            // noun of five letters or more writes a sentence, not a title,
            // however many names it holds (unless it also holds a title
            // in capitals, "THREE AMIGOS TAKE ON …").
            && (!toks.iter().any(|t| {
                t.is_word() && !t.cap && t.lower.len() >= 5 && !t.is_function()
            }) || toks.iter().any(|t| t.is_word() && t.upper && t.lower.len() >= 5))
        {
            // The capitalised words of the lead below, gathered once: a name
            // in a headline is named again there. For a headline in the
            // body, those of the article's sentences in sentence case.
            let again: &[&str] = if in_headline {
                lead_caps.get_or_insert_with(|| {
                    sentences
                        .iter()
                        .flat_map(|s| &s.toks)
                        .skip_while(|t| t.span.start < head_end)
                        .take_while(|t| t.span.start < head_end + 2000)
                        .filter(|t| t.is_word() && t.cap)
                        .map(|t| t.span.text(text))
                        .collect()
                })
            } else {
                body_caps.get_or_insert_with(|| {
                    // A sentence's first word only before a word in lower
                    // case ("Jones said"), as a name opens a sentence.
                    let mut caps: Vec<&str> = sentences
                        .iter()
                        .filter(|s| !crate::words::title_case(&s.toks, 4, 3))
                        .flat_map(|s| {
                            let first = s.toks.iter().position(|t| t.is_word());
                            s.toks.iter().enumerate().filter(move |&(k, t)| {
                                t.is_word()
                                    && t.cap
                                    && (Some(k) != first
                                        || s.toks.get(k + 1).is_some_and(|n| n.is_word() && !n.cap))
                            })
                        })
                        .map(|(_, t)| t.span.text(text))
                        .collect();
                    caps.sort_unstable();
                    caps.dedup();
                    caps
                })
            };
            let named_again = |w: &str| {
                if in_headline {
                    again.contains(&w)
                } else {
                    again.binary_search(&w).is_ok()
                }
            };
            // "Salma Hayek Described …" where only "Hayek" is met again:
            // in the body, the words right before one named again stay.
            let kept = |k: usize| {
                named_again(toks[k].span.text(text))
                    || (!in_headline
                        && toks[k + 1..]
                            .iter()
                            .take(2)
                            .take_while(|t| t.is_word() && t.cap && !t.is_function())
                            .any(|t| named_again(t.span.text(text))))
            };
            for &k in &candidates {
                if cls[k] & NAME_LIKE != 0 && !kept(k) {
                    cls[k] &= !NAME_LIKE;
                }
            }
        }
        let nl = |k: usize| cls[k] & NAME_LIKE != 0;
        // Where the next run may start: past the end of the last one.
        let mut i = 0;
        for &start in &candidates {
            // Only a candidate has class bits; a run starts at one that can
            // be part of a name or is an honorific.
            if start < i
                || cls[start] & (NAME_LIKE | ANY_HONORIFIC) == 0
                || dateline.contains(&toks[start].span.start)
            {
                continue;
            }
            let mut end = start + 1;
            // Past "of" or "for" after an organisation word.
            let mut complement = false;
            // The complement opened with "of the" or "for the".
            let mut article_complement = false;
            // The tokens of a quoted nickname inside the name, quotation
            // marks included: part of the name as written, but no word of
            // its keys.
            let mut nick = 0..0;
            let mut body = false;
            while end < toks.len() {
                let t = &toks[end];
                // "USA Today": a capitalised deictic word inside a name.
                let inner = || {
                    const DEICTIC: [&str; 3] = ["today", "tonight", "tomorrow"];
                    const LETTERS: Letters = Letters::new(&DEICTIC);
                    t.is_word()
                        && t.cap
                        && LETTERS.may_be(bytes, t)
                        && DEICTIC.contains(&t.lower.as_str())
                };
                // "on Twitter West accused": a platform's name is whole
                // alone, and a name after it is another's.
                if cls[end - 1] & PLATFORM != 0 {
                    break;
                }
                // "A Sign Of Leadership\nMarco Rubio …": a headline line
                // the splitter left joined to the body; no name runs over
                // a line break.
                if bytes
                    .get(toks[end - 1].span.end..t.span.start)
                    .is_some_and(|gap| gap.contains(&b'\n'))
                {
                    break;
                }
                if nl(end) || inner() {
                    end += 1;
                } else if t.kind == whosaid_text::TokenKind::Possessive
                    && (cls[end - 1] & TITLE != 0
                        // "the Catholic Bishops' Conference", "Workers'
                        // Party": a plural's possessive too.
                        || (matches!(t.lower.as_str(), "'" | "’")
                            && toks[end - 1].lower.ends_with('s')))
                    && end + 1 < toks.len()
                    && nl(end + 1)
                    && cls[end + 1] & ORGANIZATION != 0
                {
                    // "the Alachua Sheriff's Office": a title's possessive
                    // inside an organisation's name.
                    end += 2;
                } else if t.kind == whosaid_text::TokenKind::Number
                    && ((end - start >= 2 && toks[end - 1].lower == "local")
                        // "Treaty 8", "Treaty 6 First Nations".
                        || toks[end - 1].lower == "treaty")
                    && t.lower.len() <= 5
                {
                    // "Unifor Local 414", "United Steelworkers Local 8822":
                    // a union local by its number.
                    end += 1;
                } else if t.kind == whosaid_text::TokenKind::Number
                    && t.lower.len() <= 3
                    && end + 1 < toks.len()
                    && nl(end + 1)
                    && (cls[end - 1] | cls[end + 1]) & TIME == 0
                    && !toks[end - 1].is_time_word()
                {
                    // "the Lost 52 Project", "Channel 4 News": a number
                    // inside a name (not a date: "June 5 Trump said").
                    end += 2;
                } else if t.lower == "&"
                    && end + 1 < toks.len()
                    && toks[end - 1].span.end == t.span.start
                    && toks[end + 1].span.start == t.span.end
                    && toks[end + 1].cap
                {
                    // "PG&E", "AT&T": an ampersand written inside a name.
                    end += 2;
                } else if t.cap
                    && t.lower.len() == 1
                    && end + 2 < toks.len()
                    && toks[end + 1].is_punct("/")
                    && toks[end + 1].span.start == t.span.end
                    && toks[end + 2].span.start == toks[end + 1].span.end
                    && toks[end + 2].cap
                    && toks[end + 2].lower.len() == 1
                {
                    // "Salling Group A/S": a legal form written with a slash.
                    end += 3;
                } else if nick.is_empty()
                    && let Some(n) = quoted_nickname(&toks[end..])
                    && (first_name(&toks[end - 1].lower).is_some()
                        // 'Angus "Buddy" MacIsaac', 'Fiddler Angus "Buddy"
                        // MacIsaac': a given name the list lacks, right
                        // before the nickname.
                        || cls[end - 1] & !NAME_LIKE == 0)
                    && end + n < toks.len()
                    && nl(end + n)
                    && !toks[end + n].is_function()
                {
                    // 'Juan "Chico" Manriquez', 'Jeremy "Spike" Cohen': a
                    // nickname in quotation marks between a known given
                    // name and a surname.
                    nick = end..end + n;
                    end += n + 1;
                } else if matches!(t.lower.as_str(), "bin" | "ibn" | "bint")
                    && end + 1 < toks.len()
                    && nl(end + 1)
                {
                    // "Mohammed bin Salman": the lower-case link of a name.
                    end += 2;
                } else if let Some(n) = particles(&toks[end..])
                    && end + n < toks.len()
                    && nl(end + n)
                {
                    // "Arnel dela Vega", "Ursula von der Leyen", "Juan de
                    // la Cruz": lower-case particles inside a person's name.
                    end += n + 1;
                } else if matches!(t.lower.as_str(), "of" | "for")
                    && end - start >= 2
                    && toks[end - 1].cap
                    && toks[end - 1].lower.ends_with('s')
                    // "for" a cause ("Young Americans for Freedom");
                    // "of" only after a kind of people, not a faith,
                    // nation or party ("Iraqi Christians of Mosul",
                    // "Democrats of New York" are groups).
                    && (cls[end - 1] & (GROUP | PORTFOLIO) != 0
                        || (t.lower == "for" && toks[end - 1].lower.ends_with("ans")))
                    && !(t.lower == "of"
                        && (toks[end - 1].lower.ends_with("ans")
                            || is_party_member(&toks[end - 1].lower)))
                    && end + 1 < toks.len()
                    && nl(end + 1)
                    // Not "Members of Parliament": people of a body are
                    // a group of it.
                    && cls[end + 1] & (TITLE | ORGANIZATION | PUBLIC_BODY) == 0
                {
                    // "Communications Workers of America", "Young
                    // Americans for Freedom": people of a kind, qualified,
                    // for or of a cause or place, are a body's name.
                    end += 2;
                    complement = true;
                    body = true;
                } else if t.lower == "of"
                    && toks
                        .get(end + 1)
                        .is_some_and(|n| n.cap && matches!(n.lower.as_str(), "commerce" | "trade"))
                {
                    // "Alberta Chambers of Commerce", "Vancouver Board of
                    // Trade": a business body, whatever word comes before.
                    end += 2;
                    complement = true;
                    body = true;
                } else if t.cap
                    && matches!(t.lower.as_str(), "against" | "without")
                    && end + 1 < toks.len()
                    && nl(end + 1)
                    && cls[end + 1] & !NAME_LIKE == 0
                {
                    // "Mothers Against Drunk Driving", "Doctors Without
                    // Borders": a capitalised preposition inside a cause's
                    // name.
                    end += 2;
                    body = true;
                } else if matches!(t.lower.as_str(), "of" | "for" | "on" | "to")
                    && (t.lower == "of"
                        || (t.lower == "to" && cls[end - 1] & TITLE != 0)
                        || (t.lower != "to" && cls[end - 1] & ORGANIZATION != 0))
                    && end + 1 < toks.len()
                    && nl(end + 1)
                    && (cls[end - 1] & (TITLE | ORGANIZATION) != 0
                        // "Council for the Protection of Patients": the
                        // complement's own complement, after an article.
                        || (article_complement && t.lower == "of"))
                {
                    end += 2;
                    complement = true;
                } else if matches!(t.lower.as_str(), "of" | "for")
                    && (cls[end - 1] & ORGANIZATION != 0
                        // "Minister of the Environment", "Justice of the
                        // Peace", "Leader of the Opposition": a title's
                        // portfolio with its article (not a body's name:
                        // "Senior Staff Attorney of the Electronic Frontier
                        // Foundation" is a title and a body).
                        || (cls[end - 1] & TITLE != 0
                            && toks.get(end + 2).is_some_and(|c| {
                                cls[end + 2] & PORTFOLIO != 0
                                    || matches!(c.lower.as_str(), "peace" | "opposition")
                            })))
                    && end + 2 < toks.len()
                    && toks[end + 1].lower == "the"
                    && !toks[end + 1].cap
                    && nl(end + 2)
                    // "the Ministry of the Interior": a title word as the
                    // whole complement.
                    && (cls[end + 2] & (ORGANIZATION | TITLE) == 0
                        || (cls[end + 2] & ORGANIZATION == 0
                            && !toks.get(end + 3).is_some_and(|x| x.is_word() && x.cap)))
                    // Not "Office of the UN High Commissioner": an acronym
                    // there names a body of its own.
                    && !is_acronym(&toks[end + 2])
                {
                    // "Conference of the Philippines", "Ministry of the
                    // Interior": a body's complement with its article;
                    // "Justice of the Peace Amrita Saini", a title's.
                    end += 3;
                    complement = true;
                    article_complement = true;
                } else if complement
                    && t.lower == "and"
                    && end + 2 < toks.len()
                    && nl(end + 1)
                    && !is_acronym(&toks[end + 1])
                    && cls[end + 1] & ORGANIZATION == 0
                    && !(toks[end + 2].is_word() && toks[end + 2].cap)
                {
                    // "Centers for Disease Control and Prevention": a last
                    // word joined by "and" to an organisation's complement.
                    end += 2;
                } else if complement
                    && t.is_punct(",")
                    && let Some(n) = listed_complement(&toks[end..], &cls[end..])
                {
                    // "Committee on Science, Space and Technology",
                    // "Ministry of Culture, Sports and Tourism".
                    end += n;
                } else if t.lower == "and"
                    && !complement
                    // A place may open the name ("North Wales Fire and
                    // Rescue Service") but not end right before "and"
                    // ("Texas and Oklahoma Health Department" are two).
                    && (start..end).all(|k| cls[k] & (ORGANIZATION | TITLE) == 0)
                    && cls[end - 1] & PLACE_START == 0
                    && let Some(n) = (1..=3).find(|&n| {
                        end + n < toks.len()
                            && (1..=n).all(|d| nl(end + d))
                            && (cls[end + n] & ORGANIZATION != 0
                                // "United Food and Commercial Workers union".
                                || (cls[end + n] & GROUP != 0
                                    && toks.get(end + n + 1).is_some_and(|u| u.lower == "union")))
                            && (1..n).all(|d| cls[end + d] & (ORGANIZATION | TITLE) == 0)
                            && !is_acronym(&toks[end + 1])
                            && !is_demonym(&toks[end + 1].lower)
                            && !toks.get(end + n + 1).is_some_and(|x| x.is_word() && x.cap)
                    })
                {
                    // "North Wales Fire and Rescue Service", "Bread and
                    // Roses Party", "Food and Agriculture Organization",
                    // "Disaster and Emergency Management Presidency": "and"
                    // inside a body's name that ends in an organisation
                    // word.
                    end += n + 1;
                } else if t.lower == "of"
                    && start > 0
                    && toks[start - 1].lower == "the"
                    && (start..end).all(|k| cls[k] & (ORGANIZATION | TITLE) == 0)
                    && let Some(n) = (1..=3).find(|&n| {
                        end + n < toks.len()
                            && (1..=n).all(|d| nl(end + d))
                            && cls[end + n] & ORGANIZATION != 0
                            && !toks.get(end + n + 1).is_some_and(|x| x.is_word() && x.cap)
                    })
                {
                    // "the Canadian Hard of Hearing Association": "of"
                    // inside a body's name that ends in an organisation
                    // word, after "the" (not "John Smith of Amnesty
                    // International", two names).
                    end += n + 1;
                } else if end == start + 1
                    && let Some(n) = french_body_complement(&toks[start], &toks[end..])
                {
                    // "Fédération des médecins omnipraticiens du Québec",
                    // "Collège des médecins du Québec": a French body's
                    // name runs through its lower-case words to the place.
                    end += n;
                } else if let Some(n) = canada_department(&toks[end..])
                    && end - start <= 3
                    // Not "Statistics Canada and Health Canada", two; nor
                    // "Toronto, Montreal and Western Canada", places.
                    && toks[end - 1].lower != "canada"
                    && (start..end)
                        .all(|k| cls[k] & (ORGANIZATION | TITLE | COUNTRY | PLACE | REGION) == 0)
                {
                    // "Fisheries and Oceans Canada", "Immigration, Refugees
                    // and Citizenship Canada", "Colleges and Institutes
                    // Canada": federal departments and national bodies.
                    end += n;
                } else if complement
                    && t.lower == "and"
                    && end + 3 < toks.len()
                    && nl(end + 1)
                    && nl(end + 2)
                    && !is_acronym(&toks[end + 1])
                    && (cls[end + 1] | cls[end + 2]) & (ORGANIZATION | TITLE) == 0
                    && !(toks[end + 3].is_word() && toks[end + 3].cap)
                {
                    // "Department of Forestry and Fire Protection": or two.
                    end += 3;
                } else {
                    break;
                }
            }
            // "president of France Jacques Chirac": a country after a
            // preposition and before a known first name is the
            // complement of what comes before, not the first word of a
            // person's name (a name of its own).
            if end - start >= 3
                && cls[start] & COUNTRY != 0
                && start > 0
                && matches!(toks[start - 1].lower.as_str(), "of" | "in" | "from")
                && first_name(&toks[start + 1].lower).is_some()
            {
                end = start + 1;
                // No nickname of the name that begins after it.
                nick = 0..0;
            }
            i = end;
            // A lone group word or sentence-initial common noun is no name,
            // nor a modifier of a role ("Greek prime minister", "a Turkish
            // official", "Israeli officials").
            // Not before "reports", the one such word that is as often the
            // verb ("Trump reports investments in Ford", "CNN reports").
            // "the first Métis woman", "a Cree elder": a people's name
            // before a word for a person, too.
            let modifier = || {
                toks.get(end).is_some_and(|n| {
                    n.is_word()
                        && !n.cap
                        && (n.speaker_classes() & (TITLE | GROUP | ORGANIZATION) != 0
                            || (n.speaker_classes() & PERSON != 0
                                && is_demonym(&toks[start].lower)
                                && first_name(&toks[start].lower).is_none()))
                        && n.lower != "reports"
                })
            };
            // "Preliminary investigations suggest", "Scientific study
            // shows": an adjective opening the sentence before a noun that
            // can speak (not "Reuters reports", whose name has no
            // adjective's ending).
            let initial_adjective = || {
                let w = toks[start].lower.as_str();
                (start == 0 || toks[start - 1].is_quote())
                    && ["ary", "ic", "ical", "al", "ive", "ous"]
                        .iter()
                        .any(|x| w.len() > x.len() + 3 && w.ends_with(x))
                    && toks.get(end).is_some_and(|n| {
                        n.is_word()
                            && !n.cap
                            && !matches!(n.lower.as_str(), "who" | "which" | "that")
                            && is_speaker_token(n)
                    })
            };
            // "WINDSOR, Ont. — Auto parts manufacturer Lakeshore Precision
            // Components will close": the word opening the story after the
            // dateline is capitalised for that alone, before a lower-case
            // description of the name that follows.
            let opens_after_dateline = || {
                start > 0
                    && !dateline.is_empty()
                    && toks[start - 1].span.end <= dateline.end
                    && toks[start - 1].span.end + 4 >= dateline.end
                    && first_name(&toks[start].lower).is_none()
                    && (1..=3).any(|d| {
                        toks.get(end + d).is_some_and(|n| n.is_word() && n.cap)
                            && toks[end..end + d]
                                .iter()
                                .all(|w| w.is_word() && !w.cap && !w.is_function() && !finite_speech(w))
                            // The words describe the name: a trade or a role
                            // right before it ("Pfizer said Tuesday" is no
                            // description).
                            && (is_firm_description(&toks[end + d - 1].lower)
                                || toks[end + d - 1].speaker_classes() & (TITLE | PERSON) != 0)
                    })
            };
            if end - start == 1
                && (cls[start] & GROUP != 0
                    || opens_after_dateline()
                    // "Additionally, …", "Nearly half": an adverb in "-ly"
                    // opening a sentence, unless the article capitalises
                    // the word mid-sentence too ("Schlafly had been" after
                    // "icon Phyllis Schlafly"); inside a sentence such a
                    // word is a name (", Kelly said") unless listed.
                    || (toks[start].lower.ends_with("ly")
                        && (cls[start] & !NAME_LIKE != 0
                            || ((start == 0 || toks[start - 1].is_quote())
                                && !capitalised_mid_sentence(
                                    text,
                                    toks[start].span.text(text),
                                )
                                && !after_given_name(text, toks[start].span.text(text)))))
                    || (!is_acronym(&toks[start]) && (modifier() || initial_adjective())))
            {
                continue;
            }
            let mut honorific = Gender::Unknown;
            let mut honorific_seen = false;
            let mut s = start;
            // "Owners Halina and Stefan Zielinski said": a plural word for
            // people opening the run describes the names after it.
            if end - s >= 2
                && cls[s] & GROUP != 0
                && toks[s].lower.ends_with('s')
                && first_name(&toks[s + 1].lower).is_some()
                // Not "Doctors Nova Scotia", a body named for a place.
                && cls[s + 1] & (COUNTRY | REGION | PLACE | PLACE_START) == 0
            {
                s += 1;
            }
            if cls[s] & ANY_HONORIFIC != 0 {
                honorific_seen = true;
                honorific = if cls[s] & HONORIFIC_F != 0 {
                    Gender::Female
                } else if cls[s] & HONORIFIC_M != 0 {
                    Gender::Male
                } else {
                    Gender::Unknown
                };
                s += 1;
            }
            // "Judge Durham Hall QC", "Jess Phillips MP": letters after a
            // person's name are no part of it.
            if end - s >= 3 && is_post_nominal(&toks[end - 1].lower) {
                end -= 1;
            }
            // The title ends at the last title word of the run; lower-case
            // roles right before it belong to it ("Hamas leader").
            // A run holding an organisation word is an organisation's name
            // whole ("Turkish Foreign Ministry"), not a title and a name.
            // "Press TV": an acronym after a title word is part of a name.
            let acronym_tail = end - s >= 2 && is_acronym(&toks[end - 1]);
            // The first organisation word. Most runs hold none: the search
            // for one that ends the name or comes before "of" starts there.
            let any_org = (s..end).find(|&k| cls[k] & ORGANIZATION != 0);
            let org_at = any_org.and_then(|o| {
                // "Brennan Center for Justice", "Committee on Foreign
                // Relations": the complement's title word ("Justice") makes
                // no person of the body.
                (o..end).find(|&k| {
                    cls[k] & ORGANIZATION != 0
                        && (k + 1 == end
                            || matches!(toks[k + 1].lower.as_str(), "of" | "for" | "on"))
                })
            });
            // "House Intelligence Committee Chairman Adam Schiff": a known
            // first name after the organisation's head word starts the
            // name of a person, and the words before it are their title.
            // "Amnesty International Man-kei Tam": a hyphenated given name
            // too.
            let person_after_org = any_org
                .and_then(|o| {
                    (o + 1..end).find(|&k| {
                        (2..=3).contains(&(end - k))
                            // "City of Prince Albert": the complement of the
                            // body, not a person.
                            && toks[k - 1].lower != "of"
                            && (first_name(&toks[k].lower).is_some()
                            || hyphenated_given(toks[k].span.text(text))
                            // "… National Executive Director Nihad Awad":
                            // after a title word, a name of its own.
                            || (k > o + 1
                                && cls[k - 1] & TITLE != 0
                                && toks[k - 1].cap
                                && (k..end).all(|j| {
                                    toks[j].is_word()
                                        && toks[j].cap
                                        && cls[j] & (TITLE | ORGANIZATION) == 0
                                })))
                    })
                })
                .or_else(|| {
                    // "Riverton Mayor Jim Guardian": a title, a known first
                    // name and a surname that is the run's only organisation
                    // word.
                    let k = end.checked_sub(2)?;
                    // Not "Prince George RCMP": a force by its initials
                    // is no surname.
                    (k > s
                        && any_org == Some(end - 1)
                        && !toks[end - 1].upper
                        && cls[k - 1] & TITLE != 0
                        && toks[k - 1].cap
                        && first_name(&toks[k].lower).is_some())
                    .then_some(k)
                });
            let org_run = person_after_org.is_none() && (acronym_tail || org_at.is_some());
            // "Broadcaster Piers Morgan", "Co-developer Jing Wang": an
            // agent noun before a known first name and a surname is a role,
            // however rare the role is.
            let agent_noun = || {
                // The name's words, not a nickname's ('Fiddler Angus "Gus"
                // MacIsaac').
                let words = (s..end).filter(|k| !nick.contains(k)).count();
                if words < 3 {
                    return false;
                }
                let w = toks[s].lower.as_str();
                (words == 3 || (words == 4 && first_name(&toks[s + 1].lower).is_some()))
                    // "Pieter van Dijk": a lower-case particle after the
                    // word makes it a given name, not a role; so does a
                    // capitalised one ("Rutger Van Amstel").
                    && toks[s + 1].cap
                    // (Not a listed word for a person: "Singer Van
                    // Morrison".)
                    && !(cls[s] & PERSON == 0
                        && matches!(
                            toks[s + 1].lower.as_str(),
                            "van" | "von" | "de" | "der" | "den" | "del" | "della" | "di" | "da"
                                | "du"
                        ))
                    && cls[s] & ORGANIZATION == 0
                    && first_name(w).is_none()
                    // "Canadian Blood Services": no role before a company's
                    // line of business.
                    && !lists().business.contains(toks[end - 1].lower.as_str())
                    // "Voter Kitty Mak", "Actor Denzel Washington": a
                    // listed person noun, however short; "Third Jill
                    // Brothers-Keating", a curler's position.
                    && (cls[s] & PERSON != 0
                        || (matches!(
                            w,
                            "skip" | "vice-skip" | "third" | "second" | "lead" | "fifth" | "alternate"
                        ) && first_name(&toks[s + 1].lower).is_some())
                        // A role by its ending when English has it as a
                        // noun for a person ("Broadcaster", "Co-developer"),
                        // or before a known given name ("Podcaster
                        // Jeremy"): "Surinder Kaur Gill-Mehta", "Eliezer
                        // Ben-Ami Rosenfeld" are names.
                        || w.len() > 5
                            && (agent_ending(w) || w.ends_with("ant") || w.ends_with("ent"))
                            && (is_person_noun(w) || first_name(&toks[s + 1].lower).is_some()))
            };
            // "Anna Richardson White", "Martin Luther King": a title word
            // ending a name that opens with a known first name is a surname.
            // So is one right after an honorific ("Ms. White").
            // "Judge Carolyn Dineen King": past titles before the name.
            let opens_with_first_name = |k: usize| {
                (s..k)
                    .find(|&j| cls[j] & TITLE == 0)
                    .is_some_and(|j| !is_acronym(&toks[j]) && first_name(&toks[j].lower).is_some())
            };
            let surname_title = |k: usize| {
                k + 1 == end
                    && ((k > s && opens_with_first_name(k))
                        || (k > 0
                            && cls[k - 1] & ANY_HONORIFIC != 0
                            // Not a form of address: "Mr. President",
                            // "Madam Speaker".
                            && !matches!(
                                toks[k].lower.as_str(),
                                "president"
                                    | "speaker"
                                    | "chairman"
                                    | "chairwoman"
                                    | "chair"
                                    | "secretary"
                                    | "chancellor"
                                    | "minister"
                                    | "ambassador"
                                    | "mayor"
                                    | "governor"
                                    | "senator"
                                    | "justice"
                                    | "commissioner"
                                    | "director"
                                    | "vice"
                            )))
            };
            // "Interior Health", "Island Health": a region's health
            // authority, not a title and a name.
            let business_pair = end - s == 2
                && first_name(&toks[s].lower).is_none()
                && lists().business.contains(toks[s + 1].lower.as_str());
            // "Canadian Red Cross", "Greater Vancouver Realtors": a
            // nationality or "Greater" alone before words with no given
            // name qualifies a body's name, no person's title.
            let qualified_body = end - s >= 3
                && (is_demonym(&toks[s].lower) || toks[s].lower == "greater")
                && (s + 1..end)
                    .all(|k| cls[k] & TITLE == 0 && first_name(&toks[k].lower).is_none());
            let last_title = match person_after_org {
                Some(k) => Some(k - 1),
                None if business_pair || qualified_body => None,
                None => (s..end)
                    .rev()
                    .find(|&k| {
                        !org_run
                            && cls[k] & TITLE != 0
                            && toks[k].lower != "of"
                            && !surname_title(k)
                            // "President Abdirahman Sheikh Ali Farah": a
                            // Somali name holds "Sheikh" after a given name.
                            && !(matches!(toks[k].lower.as_str(), "sheikh" | "sheik")
                                && k > s
                                && cls[k - 1] & TITLE == 0
                                && !is_nationality(&toks[k - 1].lower))
                    })
                    .or_else(|| (!org_run && agent_noun()).then_some(s)),
            };
            let mut title_start = s;
            let name_start = match last_title {
                Some(k) => k + 1,
                None => s,
            };
            // "archbishop Monsenor Jorge Scheinig": the role before an
            // honorific is the title.
            let mut k = start;
            // "UCL astronomer Angelos Tsiaras": an agent noun in lower case
            // right before a full name is a role, however rare the role.
            if k > 0
                && (2..=3).contains(&(start..end).filter(|j| !nick.contains(j)).count())
                && cls[start] & NAME_LIKE != 0
            {
                let p = &toks[k - 1];
                let w = p.lower.as_str();
                if p.is_word()
                    && !p.cap
                    && w.len() > 6
                    && !p.is_function()
                    && !p.is_adverb()
                    && agent_ending(w)
                    // "Auto parts manufacturer Lakeshore Precision
                    // Components": a firm's trade, no person's role.
                    && !is_firm_description(w)
                    && !matches!(
                        w,
                        "former"
                            | "another"
                            | "together"
                            | "whether"
                            | "however"
                            | "moreover"
                            | "whatever"
                            | "whenever"
                            | "wherever"
                    )
                {
                    k -= 1;
                }
            }
            loop {
                if k > 0
                    && toks[k - 1].is_word()
                    && !toks[k - 1].cap
                    && is_title_tok(bytes, &toks[k - 1])
                {
                    k -= 1;
                } else if k > 1
                    && k < start
                    && toks[k - 1].is_word()
                    && !toks[k - 1].cap
                    && !toks[k - 1].is_function()
                    && !is_title_tok(bytes, &toks[k - 1])
                    && toks[k - 2].is_word()
                    && is_title_tok(bytes, &toks[k - 2])
                {
                    // "chief financial officer Rajiv Menon": one
                    // describing word between two words of a title is
                    // part of it.
                    k -= 2;
                } else {
                    break;
                }
            }
            if k < start {
                title_start = k;
                while title_start > 0
                    && toks[title_start - 1].cap
                    && cls[title_start - 1] & NAME_LIKE != 0
                {
                    title_start -= 1;
                }
            }
            // "Speaker of the House Greg Fergus", "Clerk of the Privy
            // Council Janice Charette": the body opening the run completes
            // the title before it.
            if person_after_org.is_some()
                && title_start == s
                && s == start
                && start >= 3
                && toks[start - 1].lower == "the"
                && !toks[start - 1].cap
                && toks[start - 2].lower == "of"
                && toks[start - 3].cap
                && cls[start - 3] & TITLE != 0
            {
                title_start = start - 3;
                // "former Vice President of the United States Joe Biden".
                while title_start > 0
                    && toks[title_start - 1].is_word()
                    && is_title_tok(bytes, &toks[title_start - 1])
                {
                    title_start -= 1;
                }
            }
            // "First Minister of Scotland Nicola Sturgeon": the place after
            // "of" belongs to the title; the name starts at a known first
            // name, or else one word after the place.
            let mut name_start = name_start;
            // "of the Peace": the article is part of the complement.
            let complement_words = if toks
                .get(name_start + 1)
                .is_some_and(|t| t.lower == "the" && !t.cap)
            {
                3
            } else {
                2
            };
            if name_start < end
                && matches!(toks[name_start].lower.as_str(), "of" | "for" | "on" | "to")
                && end - name_start > complement_words
            {
                let first = (name_start + complement_words..end)
                    .find(|&k| first_name(&toks[k].lower).is_some());
                name_start = first.unwrap_or(name_start + complement_words).min(end - 1);
            } else if name_start < end
                && matches!(toks[name_start].lower.as_str(), "of" | "for" | "on" | "to")
            {
                // "President of Egypt", "Minister of Defence": a title and
                // its complement, with no name after them, name no one.
                continue;
            }
            let title_end = name_start.max(s);
            let title = if honorific_seen && last_title.is_none() && k < start {
                Some(toks[k].span.cover(toks[start - 1].span))
            } else {
                (title_end > title_start && (last_title.is_some() || k < start))
                    .then(|| toks[title_start].span.cover(toks[title_end - 1].span))
            };
            // "Pope Francis", "King Charles": a one-word name keeps its
            // regnal or religious title, as people write it.
            let regnal =
                name_start + 1 == end && name_start > s && cls[name_start - 1] & REGNAL != 0;
            let name_from = if regnal { name_start - 1 } else { name_start };
            // A title alone names no one: "the Secretary of State" is
            // matched against titles when it speaks.
            if name_start >= end {
                continue;
            }
            let name = toks[name_from].span.cover(toks[end - 1].span);
            let from = arena.len();
            for k in name_from..end {
                let t = &toks[k];
                if matches!(t.lower.as_str(), "of" | "for" | "on") || nick.contains(&k) {
                    continue;
                }
                let w = fold_tok(bytes, t);
                // A capitalised word's classes are known, unless folding
                // changed it; any other word unchanged by folding carries
                // them (`speaker_classes` is `classes` of its lower case).
                let c = match w {
                    Cow::Borrowed(_) if t.is_word() && t.cap => cls[k] & !NAME_LIKE,
                    Cow::Borrowed(_) => t.speaker_classes(),
                    Cow::Owned(_) => classes(&w),
                };
                arena.push(w);
                arena_classes.push(c);
            }
            let words_end = arena.len();
            // The nickname's word after the name's, outside its range.
            let nick_at = (nick.len() == 3).then(|| {
                arena.push(fold_tok(bytes, &toks[nick.start + 1]));
                arena_classes.push(0);
                words_end
            });
            let place = end - name_from >= 2 && cls[name_from] & PLACE_START != 0 && {
                // `to_lowercase` without an allocation where the name is
                // ASCII, as nearly all are (the same string).
                let written = name.text(text);
                place_buf.clear();
                if written.is_ascii() {
                    place_buf.push_str(written);
                    place_buf.make_ascii_lowercase();
                } else {
                    place_buf.push_str(&written.to_lowercase());
                }
                in_class(&place_buf, PLACE)
            } || geographic(&toks[name_from..end]);
            out.push(Run {
                name,
                first_tok: name_from,
                words: from..words_end,
                _tokens: std::marker::PhantomData,
                title,
                honorific,
                honorific_seen,
                initial: start == 0 || toks[start - 1].is_quote(),
                body,
                named: end - name_from == 1
                    && name_from > 0
                    && matches!(toks[name_from - 1].lower.as_str(), "named" | "nicknamed"),
                place,
                nick: nick_at,
            });
        }
    }
    scratch.cls = cls;
    scratch.candidates = candidates;
    scratch.hyphens = hyphens;
    Runs {
        runs: out,
        words: arena,
        classes: arena_classes,
    }
}

/// How many tokens a nickname in quotation marks opening `toks` takes,
/// both marks included: one to three capitalised words written tight
/// against the marks ('"Chico"', '"The Rock"').
fn quoted_nickname(toks: &[Tok]) -> Option<usize> {
    let open = toks.first().filter(|t| t.is_quote())?;
    let words = toks
        .get(1..)?
        .iter()
        .take(4)
        .take_while(|t| t.is_word() && t.cap && (!t.is_function() || t.lower == "the"))
        .count();
    let close = toks.get(words + 1).filter(|t| t.is_quote())?;
    let (first, last) = (toks.get(1)?, toks.get(words)?);
    ((1..=3).contains(&words)
        && open.span.end == first.span.start
        && last.span.end == close.span.start)
        .then_some(words + 2)
}

/// A given name of two syllables joined by a hyphen, the second in lower
/// case, as Cantonese and Korean names are romanised ("Man-kei",
/// "Jae-in"); not "Jean-Pierre", nor a compound ("UK-based" is caught
/// before).
fn hyphenated_given(written: &str) -> bool {
    let Some((a, b)) = written.split_once('-') else {
        return false;
    };
    let mut a_chars = a.chars();
    a_chars.next().is_some_and(char::is_uppercase)
        && (2..=5).contains(&a.len())
        && a_chars.all(|c| c.is_ascii_lowercase())
        && (2..=4).contains(&b.len())
        && b.chars().all(|c| c.is_ascii_lowercase())
}

/// Folds Latin accents for name look-ups ("Zoë" → "zoe"); ASCII words,
/// nearly all of them, are borrowed as they are, without a call.
#[inline]
fn fold(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        Cow::Borrowed(word)
    } else {
        fold_accents(word)
    }
}

fn fold_accents(word: &str) -> Cow<'_, str> {
    Cow::Owned(
        word.chars()
            .map(|c| match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
                'ç' => 'c',
                'è' | 'é' | 'ê' | 'ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' => 'i',
                'ñ' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
                'ù' | 'ú' | 'û' | 'ü' => 'u',
                'ý' | 'ÿ' => 'y',
                'ğ' => 'g',
                'ş' | 'ś' | 'š' | 'ș' => 's',
                'ı' | 'ī' => 'i',
                'ł' => 'l',
                'ź' | 'ż' | 'ž' => 'z',
                'ć' | 'č' => 'c',
                'ń' | 'ň' => 'n',
                'ř' => 'r',
                'đ' | 'ď' => 'd',
                'ő' | 'ō' => 'o',
                'ű' | 'ū' | 'ů' => 'u',
                'ā' | 'ă' | 'ą' => 'a',
                'ē' | 'ę' | 'ě' => 'e',
                'ț' | 'ť' => 't',
                c => c,
            })
            .collect(),
    )
}

/// What a name or word keys: people by surname, other names as written,
/// any multi-word name by its last word, single words met alone, people by
/// first name and organisations by a distinctive first word. One map of
/// these per article, by borrowed word, so that a run costs one or two
/// look-ups rather than one per kind of key.
#[derive(Default, Clone, Copy)]
struct Keys {
    person: Option<usize>,
    /// People by their full name, when two share a surname ("David and
    /// Louise Turpin").
    full: Option<usize>,
    name: Option<usize>,
    last: Option<usize>,
    other: Option<usize>,
    /// People by first name, for "Nicola said" after "Nicola Sturgeon".
    by_first: Option<usize>,
    /// The man and the woman of a surname ("Bill Clinton", "Hillary
    /// Clinton"), for "Mr. Clinton" and "Mrs. Clinton".
    man: Option<usize>,
    woman: Option<usize>,
    /// The run of an organisation by its distinctive first word, for
    /// "Salling said" after "Salling Group": only when the other words are
    /// generic organisation words ("Group", "Company").
    org_first: Option<usize>,
}

/// What `build_table` works out once for each run.
struct RunKeys {
    /// The slots of the name's keys and of its last word's.
    name: usize,
    last: usize,
    /// Not a person's name in full: linked after those (an organisation's
    /// name, or one word).
    pending: bool,
    /// The name has an organisation word (`Runs::org_word`).
    org: bool,
    /// The gender of a multi-word name's first word as a first name.
    first_gender: Option<Gender>,
    /// A family name written first ("Chow Kwok-wing"): `family_name_first`.
    family_first: bool,
    /// For a name of three words, the slot of its last two: a surname of
    /// two words ("Georges Abi Nader" is "Abi Nader").
    tail: Option<usize>,
}

/// The slot of `key`'s keys, made empty when it has none yet.
fn slot<'k>(index: &mut FxHashMap<&'k str, usize>, slots: &mut Vec<Keys>, key: &'k str) -> usize {
    *index.entry(key).or_insert_with(|| {
        slots.push(Keys::default());
        slots.len() - 1
    })
}

fn build_table<'a>(
    text: &'a str,
    sentences: &'a [Sentence],
    dateline: &std::ops::Range<usize>,
    scratch: &mut Scratch,
) -> Table<'a> {
    let all = runs(text, sentences, dateline, scratch);
    let runs = &all.runs;
    // Where places in several words are named, in document order.
    let places: Vec<usize> = runs
        .iter()
        .filter(|r| r.place)
        .map(|r| r.name.start)
        .collect();
    // An entity and a mention at most per run (and a few for acronyms):
    // sized once rather than grown and copied.
    let mut table = Table {
        entities: recycle(std::mem::take(&mut scratch.entities)),
        mentions: recycle(std::mem::take(&mut scratch.mentions)),
        descriptions: Vec::new(),
        study: OnceCell::new(),
        goes_by_they: OnceCell::new(),
        parties: OnceCell::new(),
    };
    // The keys of each string in `slots`, found through `index`: a run's
    // name and last word are looked up once, before the passes below read
    // and write their keys in place. A name, its last word and its first:
    // room for most without growing.
    let mut index: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(2 * runs.len(), Default::default());
    table.entities.reserve(runs.len());
    table.mentions.reserve(runs.len());
    let mut slots: Vec<Keys> = std::mem::take(&mut scratch.slots);
    slots.clear();
    slots.reserve(2 * runs.len());
    // The name's words joined: the word itself for one word, as most names
    // are; else a slice of one buffer holding all the longer names, which
    // spares an allocation per name.
    let mut buf = String::new();
    let ranges: Vec<Option<std::ops::Range<usize>>> = runs
        .iter()
        .map(|r| match all.words(r) {
            [_] => None,
            ws => {
                let from = buf.len();
                for (i, w) in ws.iter().enumerate() {
                    if i > 0 {
                        buf.push(' ');
                    }
                    buf.push_str(w);
                }
                Some(from..buf.len())
            }
        })
        .collect();
    // What the passes below read of each run, worked out in one pass: the
    // slots of its name and of its last word, whether it waits for the
    // people named in full (`pending`), and the gender of its first word
    // as a first name.
    let per_run: Vec<RunKeys> = runs
        .iter()
        .zip(ranges)
        .map(|(r, range)| {
            let words = all.words(r);
            let key = match range {
                None => words.first().map_or("", |w| w.as_ref()),
                Some(range) => buf.get(range).unwrap_or(""),
            };
            // "Chow Kwok-wing", "Moon Jae-in": a family name written first,
            // before a hyphenated given name, is what the person is
            // called alone ("Chow said").
            let written = r.name.text(text);
            // "Victor Ho Ka-lok": a Western given name before one written
            // so (Hong Kong); "Nguyen Van Hieu", "Tran Thi Mai": a
            // Vietnamese family name before its middle name.
            let family_at = match words.len() {
                2 if family_name_first(written) => Some(0),
                3 if first_name(&words[0]).is_some()
                    && written
                        .split_once(' ')
                        .is_some_and(|(_, rest)| family_name_first(rest)) =>
                {
                    Some(1)
                }
                3 if matches!(words[1].as_ref(), "van" | "văn" | "thi" | "thị") => Some(0),
                _ => None,
            };
            let family_first = family_at.is_some();
            let family = match family_at {
                Some(k) => words.get(k),
                None => words.last(),
            };
            let last = family.map_or("", |w| w.as_ref());
            let name = slot(&mut index, &mut slots, key);
            let tail = (words.len() == 3 && !words[1].ends_with('.') && words[1].len() > 2)
                .then(|| key.split_once(' ').map(|(_, tail)| tail))
                .flatten()
                .map(|tail| slot(&mut index, &mut slots, tail));
            // A one-word name's last word is its key, the very string:
            // told by address before any byte is compared.
            let last = if std::ptr::eq(last, key) || last == key {
                name
            } else {
                slot(&mut index, &mut slots, last)
            };
            // "Atlantic City Mayor Don Guardian": a titled name opening
            // with a known first name is a person's, though a word of it is
            // an organisation's.
            let org = all.org_word(r)
                && !((r.title.is_some() || r.honorific_seen)
                    && words.len() >= 2
                    && first_name(&words[0]).is_some());
            let first_gender = match words {
                [first, _, ..] if !org => first_name(first),
                _ => None,
            };
            RunKeys {
                name,
                last,
                // People named in full first, so that a bare surname met
                // earlier in the article still finds its full name.
                pending: org || words.len() < 2,
                org,
                first_gender,
                family_first,
                tail,
            }
        })
        .collect();
    // The first word of each multi-word name, with its classes and its
    // entity.
    let mut firsts: Vec<(&str, u32, usize)> = Vec::with_capacity(runs.len());
    // Where each entity's first full name stands.
    let mut introduced: Vec<usize> = Vec::with_capacity(runs.len());
    let mut nicks: Vec<(&str, usize)> = Vec::new();
    for (r, keys) in runs.iter().zip(&per_run) {
        let name = r.name;
        let words = all.words(r);
        if keys.pending {
            continue;
        }
        let first_gender = keys.first_gender;
        // The class bits of the first word, which the run already holds.
        let first_classes = all.classes(r).first().copied().unwrap_or(0);
        // "Haitham bin Tariq", "Ahmed al-Assadi": an Arabic patronymic or
        // family name marks a person even when the given name is unknown.
        let arabic = words.iter().any(|w| {
            matches!(w.as_ref(), "bin" | "ibn" | "bint")
                || w.starts_with("al-")
                || w.starts_with("el-")
        });
        // "Sergey M.", "Ahmed K.": a given name and the initial of a
        // surname withheld is a person's, whose given name alone then
        // names them ("Sergey said"), known to the list or not.
        let initial_surname = matches!(words, [given, initial]
            if given.chars().count() >= 3
                && given.chars().all(char::is_alphabetic)
                && initial.len() == 2
                && initial.ends_with('.')
                && initial.as_bytes()[0].is_ascii_alphabetic());
        // "The Canadian Red Cross": a nationality alone before a name is
        // no title that makes a person of it.
        let titled = r.title.is_some_and(|t| {
            let t = t.text(text);
            t.contains(' ') || !is_demonym(&t.to_lowercase())
        });
        // "Nova Scotia Parents United": a given name ("Nova") that opens a
        // place of two words is the place's.
        let place_opens = || {
            words.len() >= 3
                && classes(&format!("{} {}", words[0], words[1])) & (COUNTRY | REGION | PLACE) != 0
        };
        // "Auston Whitford-Nair": a word no list knows before a surname of
        // two capitalised halves is a given name the list lacks; bodies
        // are not named so.
        let double_barrelled = || {
            let [given, _] = words else {
                return false;
            };
            let written = name.text(text);
            // (A plural, a trade or an acronym is no given name: "Papiers
            // Boréal-Nord", "Boulangerie Saint-Méthode", "NBA All-Star".)
            !keys.org
                && written.as_bytes().contains(&b'-')
                && classes(given) == 0
                && !given.ends_with('s')
                && !given.ends_with("erie")
                && !written.contains(" Saint-")
                && !written.contains(" Sainte-")
                && !written.contains(" St-")
                && first_word(written).chars().skip(1).all(char::is_lowercase)
                && last_word(written).split_once('-').is_some_and(|(a, b)| {
                    [a, b].iter().all(|h| {
                        h.chars().count() >= 3
                            && h.chars().next().is_some_and(char::is_uppercase)
                            && h.chars().all(char::is_alphabetic)
                    })
                })
        };
        let person = r.honorific_seen
            || titled
            || (first_gender.is_some() && !place_opens())
            || arabic
            || initial_surname
            || keys.family_first
            || double_barrelled();
        // The name's keys are `name` and `full`, its last word's `last`
        // and `person`: disjoint, so they are written back by field even
        // if the two strings were one.
        let (ks, ls) = (keys.name, keys.last);
        let (mut k, mut l) = (slots[ks], slots[ls]);
        // People merge by surname; other multi-word names only when
        // written the same ("Maritime Bulletin" is not "Marine Bulletin").
        // "Northern Cyprus", "South Korea", "New York": a place named by
        // its last word with a qualifier before it is not that word alone.
        // "Netto Poland", "Tesco Ireland": "Poland" alone is the country,
        // not the branch named by it.
        let qualified_place =
            is_qualifier(&words[0]) || all.classes(r).last().is_some_and(|c| c & COUNTRY != 0);
        if let Some(id) = k.name
            && !qualified_place
        {
            l.last.get_or_insert(id);
        }
        let new_id = table.entities.len();
        let id = if person {
            let id = match k.full {
                Some(id) => id,
                None => {
                    // One surname, two first names: two people. A bare
                    // surname later goes to the one named last.
                    let id = match l.person {
                        // Not a birth name: "Ginger Baker was born Peter
                        // Edward Baker" is one person.
                        // ("Zara Pelletier-Khan" and "Her mother, Nadia
                        // Pelletier-Khan": a given name the list lacks,
                        // when a person's by its double surname.)
                        Some(id)
                            if (first_name(&table.entities[id].first).is_some()
                                || family_name_first(table.entities[id].name)
                                || (table.entities[id].person_evidence
                                    && table.entities[id].name_tokens == 2
                                    && table.entities[id].last.contains('-')))
                                && table.entities[id].first != words[0]
                                && !born_before(text, name.start) =>
                        {
                            new_id
                        }
                        // "Kim Soo-ah" and "Kim Min-ho": one family name,
                        // two given names written after it.
                        Some(id)
                            if keys.family_first
                                && family_name_first(table.entities[id].name)
                                && last_word(table.entities[id].name)
                                    != last_word(name.text(text)) =>
                        {
                            new_id
                        }
                        // "Nguyen Van Hieu" and "His daughter, Linda
                        // Nguyen": a given name the first does not hold.
                        Some(id)
                            if table.entities[id].name_tokens >= 3
                                && first_name(&words[0]).is_some()
                                && !table.entities[id]
                                    .name
                                    .split(' ')
                                    .any(|w| w.eq_ignore_ascii_case(&words[0]))
                                && !born_before(text, name.start) =>
                        {
                            new_id
                        }
                        Some(id) => id,
                        None => new_id,
                    };
                    k.full = Some(id);
                    id
                }
            };
            // A bare surname stays with the first person introduced with
            // it, most often the one the article is about.
            l.person.get_or_insert(id);
            match r.told_gender().or(first_gender) {
                Some(Gender::Male) if words.len() >= 2 => _ = l.man.get_or_insert(id),
                Some(Gender::Female) if words.len() >= 2 => _ = l.woman.get_or_insert(id),
                _ => {}
            }
            id
        } else if let Some(id) = k.full {
            // The same name as a person's met before, however spelt
            // ("Jarosław Kaczyński" after "Jaroslaw Kaczynski").
            id
        } else {
            *k.name.get_or_insert(new_id)
        };
        if id == new_id {
            table
                .entities
                .push(Entity::new("", words, false, SpeakerType::Organization));
            introduced.push(name.start);
        }
        if !qualified_place {
            l.last.get_or_insert(id);
        }
        let e = &mut slots[ks];
        (e.name, e.full) = (k.name, k.full);
        let e = &mut slots[ls];
        (e.last, e.person, e.man, e.woman) = (l.last, l.person, l.man, l.woman);
        if words.len() >= 3 {
            // "Ricardo Rosselló Nevares", "Wanda Vázquez Garced": with two
            // surnames the first alone names the person ("Rosselló said").
            // Words are folded to lower case here: particles ("bin", "van",
            // "del") and initials are told by their form.
            for w in &words[1..words.len() - 1] {
                let w: &str = w.as_ref();
                let particle = matches!(
                    w,
                    "bin"
                        | "ibn"
                        | "bint"
                        | "van"
                        | "von"
                        | "der"
                        | "den"
                        | "del"
                        | "della"
                        | "dos"
                        | "das"
                        | "des"
                        | "ter"
                        | "ten"
                );
                // "China" is not the "South China Sea".
                if w.chars().count() > 2
                    && !w.ends_with('.')
                    && !particle
                    && classes(w) & (COUNTRY | PLACE) == 0
                {
                    let w = slot(&mut index, &mut slots, w);
                    slots[w].person.get_or_insert(id);
                }
            }
        }
        // "Georges Abi Nader … Abi Nader said": the last two words of
        // three.
        // Not when those two are a given name and a surname: "More Hillary
        // Clinton", "DJ Beverly Bond" open with a word of a headline or a
        // title.
        if !keys.org
            && !keys.family_first
            && let Some(t) = keys.tail
            && first_name(&words[1]).is_none()
            // Not a country a body is named after ("Air New Zealand").
            && classes(&format!("{} {}", words[1], words[2])) & (COUNTRY | REGION | PLACE) == 0
        {
            slots[t].full.get_or_insert(id);
        }
        // "Angelito Ramos-Villanueva … Ramos said": the first of two
        // surnames joined by a hyphen names the person alone too, when no
        // one is named with it as surname ("Jerome Baptiste-Chalmers" and
        // his mother "Natalie Baptiste").
        if !keys.org
            && !keys.family_first
            && words.len() >= 2
            && let Some(last) = words.last()
            && let Some((head, _)) = last.split_once('-')
            && head.chars().count() > 2
            && head.chars().all(char::is_alphabetic)
            && classes(head) & (COUNTRY | PLACE | REGION) == 0
        {
            let head = slot(&mut index, &mut slots, head);
            slots[head].last.get_or_insert(id);
        }
        // "Tran Thi Mai … Mai said": a Vietnamese given name, written
        // last, names the person alone too.
        if keys.family_first
            && let [_, middle, given] = words
            && matches!(middle.as_ref(), "van" | "văn" | "thi" | "thị")
        {
            let given = slot(&mut index, &mut slots, given.as_ref());
            slots[given].person.get_or_insert(id);
        }
        firsts.push((words[0].as_ref(), first_classes, id));
        if let Some(w) = r.nick.and_then(|at| all.words.get(at)) {
            nicks.push((w.as_ref(), id));
        }
        let e = &mut table.entities[id];
        // Only a person goes by a nickname in quotation marks.
        if person || r.nick.is_some() {
            e.kind = SpeakerType::Person;
            e.person_evidence = true;
        }
        // The fullest name, and of two spellings the one with its accents
        // ("Jarosław Kaczyński", not "Jaroslaw Kaczynski").
        let accented = words.len() == e.name_tokens
            && e.name.is_ascii()
            && !name.text(text).is_ascii()
            && fold(&name.text(text).to_lowercase()) == fold(&e.name.to_lowercase());
        // "Ginger Baker was born Peter Edward Baker": a birth name is no
        // name the person goes by.
        let birth_name = !e.name.is_empty() && born_before(text, name.start);
        // A given name at birth says more of gender than a nickname
        // ("Ginger").
        if birth_name
            && (e.gender == Gender::Unknown || e.gender_guessed)
            && let Some(g) = first_gender
        {
            e.gender = g;
            e.gender_guessed = true;
        }
        // "Robert Gabriel Mugabe" and "Robert Mugabe": a full middle name
        // belongs to the formal form, and the name the person goes by is
        // the one without it, whichever comes first.
        let written = name.text(text);
        let longer_by_middle =
            words.len() >= 3 && e.name_tokens == 2 && middle_names_only(written, e.name);
        let shorter_by_middle =
            words.len() == 2 && e.name_tokens >= 3 && middle_names_only(e.name, written);
        if ((words.len() > e.name_tokens && !longer_by_middle)
            || e.name.is_empty()
            || accented
            || shorter_by_middle)
            && !birth_name
        {
            e.name = name.text(text);
            e.name_tokens = words.len();
            e.first = words[0].clone();
        }
        if e.title.is_none() {
            e.set_title(r.title.map(|t| t.text(text)));
        }
        // "Dr.", "Prof.": an honorific that tells no gender leaves it to the
        // first name ("Dr. Theresa Tam" is a woman).
        let told = r.told_gender();
        if e.gender == Gender::Unknown {
            e.gender = if let Some(g) = told {
                g
            } else {
                // "Ma Ngok", "Kim Jong-un": a Chinese or Korean family
                // name first is no given name, whatever gender the
                // first-name list gives that word.
                let family_first =
                    (2..=3).contains(&words.len()) && first_classes & FAMILY_FIRST != 0;
                first_gender
                    .filter(|_| !family_first)
                    .unwrap_or(Gender::Unknown)
            };
            e.gender_guessed = told.is_none() && e.gender != Gender::Unknown;
        }
    }
    let mut deferred: Vec<(Span, usize)> = Vec::new();
    for &(first, first_classes, id) in &firsts {
        // "Xi said" after "Xi Jinping": Chinese and Korean names put the
        // family name first, and it alone names the person.
        let e = &table.entities[id];
        let family_first = (2..=3).contains(&e.name_tokens) && first_classes & FAMILY_FIRST != 0;
        if e.kind == SpeakerType::Person || family_first {
            let first = slot(&mut index, &mut slots, first);
            slots[first].by_first.get_or_insert(id);
        }
    }
    for &(nick, id) in &nicks {
        let nick = slot(&mut index, &mut slots, nick);
        slots[nick].by_first.get_or_insert(id);
    }
    for (ri, r) in runs.iter().enumerate() {
        let w = all.words(r);
        let c = all.classes(r);
        // Only corporate words: "Cyprus" alone is not the "Cyprus Mail".
        let corporate = |w: &str| {
            matches!(
                w,
                "group"
                    | "company"
                    | "corporation"
                    | "corp."
                    | "corp"
                    | "inc."
                    | "inc"
                    | "co."
                    | "ltd."
                    | "ltd"
                    | "llc"
                    | "plc"
                    | "holdings"
                    | "industries"
                    | "enterprises"
            ) || lists().business.contains(w)
        };
        // "Ford" for "Ford Motor Company", "Crosslinx" for "Crosslinx
        // Transit Solutions": a company's first word when its last is
        // corporate or says its line of business.
        if per_run[ri].pending
            && (2..=3).contains(&w.len())
            && matches!(c, [first, ..] if first & ORGANIZATION == 0)
            && w.last().is_some_and(|x| corporate(x) || is_legal_form(x))
        {
            let first = slot(&mut index, &mut slots, w[0].as_ref());
            slots[first].org_first.get_or_insert(ri);
        }
    }
    for (ri, r) in runs.iter().enumerate() {
        let name = r.name;
        let words = all.words(r);
        let org = per_run[ri].org;
        let single = words.len() == 1 && !org;
        let (k, l) = (slots[per_run[ri].name], slots[per_run[ri].last]);
        // "Mr. Clinton" after "Hillary Clinton" and "Bill Clinton": the one
        // of the honorific's gender.
        let by_honorific = match r.told_gender() {
            Some(Gender::Male) if single => l.man,
            Some(Gender::Female) if single => l.woman,
            _ => None,
        };
        let id = if let Some(id) = k.name {
            id
        } else if let Some(id) = k.full {
            id
        } else if let Some(id) = by_honorific {
            id
        } else if let Some(g) = r.told_gender().filter(|_| single)
            && let Some(p) = l.person
            && opposite(table.entities[p].gender, g)
            && let Some(id) = table.entities.iter().position(|e| {
                e.name_tokens >= 2 && !e.org_word && *e.last == *words[0] && !opposite(e.gender, g)
            })
        {
            // "Mrs. Abedini" after "Naghmeh Abedini" and "Her husband,
            // Saeed Abedini": not the man, whose gender is known where hers
            // is not.
            id
        } else if let Some(id) = l.person.filter(|_| {
            // Not "The World Bank" for "Mayor Tom Bank": an organisation's
            // name is no person's by its last word.
            (words.len() >= 2 && !org)
                || single
                // "Guardian said" after "Mayor Don Guardian": a person's
                // surname, though an organisation's word, when no "the"
                // makes it one.
                || (words.len() == 1 && !the_before(text, name.start, true))
        }) {
            // "Lovepreet Singh … Singh said … Kuldeep Singh Dhaliwal": not
            // a person named with the word only later, when one named
            // with it as last word comes before.
            match l.last {
                Some(q)
                    if single
                        && q != id
                        && introduced.get(id).is_some_and(|&at| at > name.start)
                        && introduced.get(q).is_some_and(|&at| at < name.start)
                        && table.entities[q].name_tokens >= 2
                        && !table.entities[q].org_word
                        && table.entities[id].kind == SpeakerType::Person
                        && table.entities[id].person_evidence
                        && first_name(&table.entities[id].first).is_some()
                        // A surname, no party or place ("Democratic"),
                        // and a name written as one ("BUT ECONOMY FAVORS
                        // TRUMP" is a headline).
                        && classes(&words[0]) == 0
                        && !is_party_member(&words[0])
                        && table.entities[q].name.chars().any(char::is_lowercase)
                        && (first_name(&table.entities[q].first).is_some()
                            || classes(&table.entities[q].first) == 0) =>
                {
                    q
                }
                _ => id,
            }
        } else if let Some(id) = l.last.filter(|_| single) {
            id
        } else if let Some(id) = l.by_first.filter(|_| words.len() == 1) {
            id
        } else if let Some(rj) = l.org_first.filter(|_| single) {
            let Some(id) = slots[per_run[rj].name].other else {
                // The full name comes later: link this mention when it
                // has been made.
                deferred.push((name, rj));
                continue;
            };
            id
        } else if per_run[ri].pending {
            // "a 52-year-old resident named Caroline": a known first name
            // introduced so is a person's, of its gender.
            let named = r
                .named
                .then(|| words.first().and_then(|w| first_name(w)))
                .flatten();
            // "a former State Department employee": a title before a name
            // with an organisation's word makes no person of it.
            let person =
                ((r.honorific_seen || r.title.is_some()) && !per_run[ri].org) || named.is_some();
            let new_id = table.entities.len();
            let id = match k.other {
                Some(id) => id,
                None => {
                    slots[per_run[ri].name].other = Some(new_id);
                    new_id
                }
            };
            if id == new_id {
                let kind = if person {
                    SpeakerType::Person
                } else {
                    SpeakerType::Organization
                };
                // Set in place once pushed: an entity built whole and then
                // moved is copied in wide words right after its flags are
                // written byte by byte, which store forwarding cannot serve.
                table
                    .entities
                    .push(Entity::new(name.text(text), words, org, kind));
                introduced.push(name.start);
                if let Some(e) = table.entities.last_mut() {
                    // A person's title ("former", "activist") is no
                    // organisation's.
                    if person || !per_run[ri].org {
                        e.set_title(r.title.map(|t| t.text(text)));
                    }
                    e.person_evidence = person;
                    if let Some(g) = r.told_gender() {
                        e.gender = g;
                    } else if let Some(g) = named {
                        e.gender = g;
                        e.gender_guessed = true;
                    }
                    e.weak = true;
                }
            } else if person && !org {
                // "Obama rips rhetoric …" then "President Obama": a title
                // or honorific met later still makes the name a person's.
                let e = &mut table.entities[id];
                e.kind = SpeakerType::Person;
                e.person_evidence = true;
                e.set_title(r.title.map(|t| t.text(text)));
                if r.honorific_seen && e.gender == Gender::Unknown {
                    e.gender = r.honorific;
                }
            }
            if !(r.initial && words.len() == 1) {
                table.entities[id].weak = false;
            }
            id
        } else {
            continue;
        };
        table.entities[id].mentions += 1;
        table.mentions.push(Mention {
            span: name,
            entity: id,
        });
    }
    for (span, rj) in deferred {
        if let Some(id) = slots[per_run[rj].name].other {
            table.mentions.push(Mention { span, entity: id });
        }
    }
    link_acronyms(&mut table);
    link_inverted_heads(&mut table);
    link_legal_suffix(&mut table);
    link_longer_names(&mut table, text);
    link_particle_surnames(&mut table);
    link_regnal_names(&mut table);
    link_misspelt_surnames(&mut table);
    link_org_suffixes(&mut table);
    // "Hong Kong", "Puerto Rico": a place named in several words is never
    // a person, whatever first-name list or speaking says.
    for m in &table.mentions {
        if places.binary_search(&m.span.start).is_ok() {
            let e = &mut table.entities[m.entity];
            // "St. Louis said" after "Canadiens head coach Martin St.
            // Louis": the end of a person's longer name, not the city.
            if e.person_evidence && e.name.len() > m.span.end - m.span.start {
                continue;
            }
            e.kind = SpeakerType::Organization;
            e.org_word = true;
            e.person_evidence = false;
            e.place = true;
        }
    }
    table.mentions.sort_by_key(|m| m.span.start);
    let run_starts: Vec<(usize, usize)> =
        runs.iter().map(|r| (r.name.start, r.first_tok)).collect();
    describe(&mut table, text, sentences, &run_starts);
    link_unlisted_firsts(&mut table, text);
    scratch.slots = slots;
    scratch.runs = recycle(all.runs);
    scratch.words = recycle(all.words);
    scratch.word_classes = all.classes;
    table
}

impl Table<'_> {
    /// Whether entity `e` is named before `pos`.
    fn named_before(&self, e: usize, pos: usize) -> bool {
        self.mentions
            .iter()
            .take_while(|m| m.span.start < pos)
            .any(|m| m.entity == e)
    }

    /// The mentions inside `src` (mentions are sorted by start).
    fn within(&self, src: Span) -> impl Iterator<Item = &Mention> {
        let lo = self.mentions.partition_point(|m| m.span.start < src.start);
        let hi = self.mentions.partition_point(|m| m.span.start < src.end);
        self.mentions[lo..hi]
            .iter()
            .filter(move |m| src.contains(m.span))
    }

    /// The mentions ending before `pos`, nearest first, at most
    /// `LOOK_BACK` of them.
    fn before(&self, pos: usize) -> impl Iterator<Item = &Mention> {
        let hi = self.mentions.partition_point(|m| m.span.start < pos);
        self.mentions[..hi]
            .iter()
            .rev()
            .filter(move |m| m.span.end <= pos)
            .take(LOOK_BACK)
    }

    /// The two people last named together ("Antoine Quirin and Nicolas
    /// Redouane") before `pos` and not before `since`: what "both
    /// officers", "the two men" or "they" may stand for.
    fn pair_before(&self, text: &str, pos: usize, since: usize) -> Option<(usize, usize)> {
        let hi = self.mentions.partition_point(|m| m.span.start < pos);
        let lo = self.mentions.partition_point(|m| m.span.start < since);
        let within = &self.mentions[lo..hi];
        (0..within.len()).rev().find_map(|i| {
            let a = &within[i];
            // Past a bracket after the first name ("(R-Utah)"), and the
            // names inside it.
            let close = text
                .get(a.span.end..)
                .filter(|t| t.trim_start().starts_with('('))
                .and_then(|t| t.find(')'))
                .map_or(a.span.end, |k| a.span.end + k);
            let b = within[i + 1..].iter().find(|m| m.span.start > close)?;
            let between = text.get(a.span.end..b.span.start)?.trim();
            // "Jason Chaffetz (R-Utah) and Judiciary Committee Chairman Bob
            // Goodlatte": past the first one's party and state, and the
            // second one's title.
            let between = match between.strip_prefix('(') {
                Some(rest) => rest
                    .split_once(')')
                    .map_or(between, |(_, r)| r.trim_start()),
                None => between,
            };
            let between = self.entities[b.entity]
                .title
                .and_then(|t| between.strip_suffix(t))
                .map_or(between, str::trim_end);
            // People, or full names with nothing of an organisation
            // ("Henri Blanc" with an unlisted first name).
            let people = [a.entity, b.entity]
                .iter()
                .all(|&e| self.entities[e].may_be_person());
            (between == "and" && a.entity != b.entity && people && b.span.end <= pos)
                .then_some((a.entity, b.entity))
        })
    }

    /// The mentions starting at or after `pos`, nearest first, at most
    /// `LOOK_BACK` of them.
    fn after(&self, pos: usize) -> impl Iterator<Item = &Mention> {
        let lo = self.mentions.partition_point(|m| m.span.start < pos);
        self.mentions[lo..].iter().take(LOOK_BACK)
    }

    /// The mention starting exactly at `pos`.
    fn starting_at(&self, pos: usize) -> Option<&Mention> {
        let lo = self.mentions.partition_point(|m| m.span.start < pos);
        self.mentions.get(lo).filter(|m| m.span.start == pos)
    }

    /// A mention holding all of `src`.
    fn containing(&self, src: Span) -> Option<&Mention> {
        let hi = self.mentions.partition_point(|m| m.span.start <= src.start);
        self.mentions[..hi]
            .iter()
            .rev()
            .take(4)
            .find(|m| m.span.contains(src))
    }

    /// The mention ending exactly at `pos`.
    fn ending_at(&self, pos: usize) -> Option<&Mention> {
        self.before(pos).take(4).find(|m| m.span.end == pos)
    }
}

/// "Minister of Health", "Secretary of Health and Human Services": a
/// title followed by "of" and a portfolio in capitals.
fn portfolio_title(toks: &[Tok]) -> bool {
    let Some(of) = toks.iter().position(|t| t.lower == "of") else {
        return false;
    };
    of >= 1
        && toks[of - 1].speaker_classes() & TITLE != 0
        && toks[..of - 1].iter().all(|t| !t.is_function())
        && toks.len() > of + 1
        && toks[of + 1..]
            .iter()
            .all(|t| (t.cap && t.is_word() && !t.is_function()) || t.lower == "and")
        && toks.last().is_some_and(|t| t.cap)
}

/// A verb form, not a noun: a word whose lemma differs, not ending in
/// "-s", and none of the participles that qualify a role ("acting
/// director", "retired general", "ranking member").
fn verb_form(w: &str) -> bool {
    !w.ends_with('s')
        && crate::lemma::lemma_of(w) != w
        && !matches!(
            w,
            "acting"
                | "managing"
                | "presiding"
                | "ranking"
                | "founding"
                | "outgoing"
                | "incoming"
                | "leading"
                | "sitting"
                | "visiting"
                | "supervising"
                | "consulting"
                | "governing"
                | "reigning"
                | "retiring"
                | "serving"
                | "retired"
                | "elected"
                | "appointed"
                | "registered"
                | "licensed"
                | "certified"
                | "renowned"
                | "distinguished"
                | "embattled"
                | "disgraced"
                | "jailed"
                | "detained"
                | "exiled"
                | "ousted"
                | "deposed"
                | "indicted"
                | "convicted"
                | "suspected"
                | "alleged"
                | "designated"
                | "qualified"
                | "trained"
                | "married"
                | "divorced"
                | "widowed"
                | "unnamed"
                | "unidentified"
                | "former"
                | "longtime"
        )
}

/// "said", "was", "told": a finite verb of speech or of being, which no
/// role phrase holds ("Speaking in Perth, the mayor said …").
fn finite_speech(t: &Tok) -> bool {
    t.kind == TokenKind::Word
        && matches!(
            t.lower.as_str(),
            "said"
                | "says"
                | "told"
                | "tells"
                | "added"
                | "adds"
                | "wrote"
                | "writes"
                | "noted"
                | "notes"
                | "was"
                | "is"
                | "were"
                | "are"
                | "has"
                | "had"
                | "will"
                | "would"
        )
}

/// The words that open anonymous sourcing after a word for people ("a
/// person close to", "officials familiar with", "people involved in").
pub(crate) fn close_to(lower: &str) -> bool {
    matches!(lower, "close" | "familiar" | "involved" | "briefed")
}

/// A rank, title or honorific written right before a name ("Const.",
/// "Sgt.", "Dr.", "Mayor"): what a name set off by commas may carry past
/// its comma ("a spokeswoman for the Toronto Police Service, Const. Laura
/// Bricks,").
fn is_rank(t: &Tok) -> bool {
    t.cap
        && (t.speaker_classes() & (TITLE | ANY_HONORIFIC) != 0
            || (t.lower.ends_with('.') && t.lower.len() <= 6))
}

/// Records the common nouns entities are introduced with: "the website
/// Vessel Tracker" (before the name) and "Znak.com, a Russian news website,"
/// (an appositive after it); and points an acronym given in brackets after
/// a name ("Federal Security Service (FSB)") at that name. `run_starts` holds
/// where each run's name starts in the text and the index of its first
/// token in its sentence, in document order.
fn describe<'a>(
    table: &mut Table<'a>,
    text: &'a str,
    sentences: &'a [Sentence],
    run_starts: &[(usize, usize)],
) {
    let mut found = Vec::new();
    // Whether the text writes a word in lower case, once per word: each
    // answer scans the text.
    let mut lower_seen: FxHashMap<&'a str, bool> = FxHashMap::default();
    // Acronym → the entity of the name before it, and the whole spelled-out
    // name when it is longer than that entity's.
    let mut acronyms: FxHashMap<String, (usize, Option<Span>)> = FxHashMap::default();
    let mut titles: Vec<(usize, Span)> = Vec::new();
    let mut people: Vec<usize> = Vec::new();
    let mut kin_genders: Vec<(usize, Gender)> = Vec::new();
    let mut families: Vec<(usize, &'a str)> = Vec::new();
    let mut embassies: Vec<(usize, &'a str)> = Vec::new();
    // Punctuation is told from the text (see `punct_is`).
    let bytes = text.as_bytes();
    // Sentences in order of their first token, for a binary search per
    // mention; or, as mentions are sorted, a cursor moving forward, when
    // the starts are sorted too (as they are unless a sentence is empty).
    let starts: Vec<usize> = sentences
        .iter()
        .map(|s| s.toks.first().map_or(usize::MAX, |t| t.span.start))
        .collect();
    let sorted = starts.is_sorted();
    let mut cursor = 0;
    // Each mention is a run's name, whose first token is known: found
    // with a cursor through `run_starts` rather than a search of the tokens,
    // which are out of cache by now.
    let mut run = 0;
    for m in &table.mentions {
        let k = if sorted {
            while starts.get(cursor).is_some_and(|&s| s <= m.span.start) {
                cursor += 1;
            }
            cursor
        } else {
            starts.partition_point(|&s| s <= m.span.start)
        };
        let Some(sent) = k.checked_sub(1).and_then(|k| sentences.get(k)) else {
            continue;
        };
        let toks = &sent.toks;
        while run_starts
            .get(run)
            .is_some_and(|&(at, _)| at < m.span.start)
        {
            run += 1;
        }
        // The run's first token, if it is where a search would find it.
        let hint = run_starts
            .get(run)
            .filter(|&&(at, _)| at == m.span.start)
            .map(|&(_, k)| k)
            .filter(|&k| {
                toks.get(k).is_some_and(|t| t.span.start == m.span.start)
                    && k.checked_sub(1)
                        .is_none_or(|p| toks[p].span.start < m.span.start)
            });
        let i = hint.unwrap_or_else(|| toks.partition_point(|t| t.span.start < m.span.start));
        if toks.get(i).is_none_or(|t| t.span.start != m.span.start) {
            continue;
        }
        let Some(j) = (i..toks.len()).find(|&j| toks[j].span.end >= m.span.end) else {
            continue;
        };
        let noun = |t: &'a Tok| {
            (t.is_word() && !t.cap && t.speaker_classes() & ORG_DESCRIPTION != 0)
                .then_some(t.lower.as_str())
        };
        // The word before the name, past a comma.
        let prev = match i {
            0 | 1 => None,
            _ if punct_is(bytes, &toks[i - 1], b',') => Some(&toks[i - 2]),
            _ => Some(&toks[i - 1]),
        };
        // "the website Vessel Tracker", "one news site, Znak.com"
        if let Some(n) = prev.and_then(noun) {
            found.push((m.span.start, n, m.entity));
        }
        // "his daughter Nettie Baker", "said his father, Abdullah Kurdi,":
        // a relative introduced by the relation, which "his daughter" may
        // stand for before or after.
        let kin = |t: &'a Tok| {
            (t.is_word() && !t.cap && t.speaker_classes() & (KIN_M | KIN_F) != 0)
                .then_some(t.lower.as_str())
        };
        if let Some(p) = prev
            && let Some(n) = kin(p)
            && !table.entities[m.entity].org_word
        {
            found.push((m.span.start, n, m.entity));
            // "Hill's wife, Linda, runs the books. She said …": a relative
            // is a person, of the relation's gender.
            people.push(m.entity);
            if let Some(g) = kin_gender(p.speaker_classes()) {
                kin_genders.push((m.entity, g));
            }
        }
        // "Gord and Linda MacPhee": a first name alone joined to a full
        // name shares its family name; not a place that is also a given
        // name ("Florida and Gov. John Kasich").
        let given =
            |w: &str| first_name(w).is_some() && classes(w) & (COUNTRY | REGION | PLACE) == 0;
        if toks.get(j + 1).is_some_and(|t| t.lower == "and")
            && table.entities[m.entity].name_tokens == 1
            && given(&table.entities[m.entity].first)
            && let Some(next) = toks.get(j + 2)
            && given(&next.lower)
            && let Some(n) = table.starting_at(next.span.start)
            && let o = &table.entities[n.entity]
            && o.name_tokens == 2
            && !o.org_word
            && given(&o.first)
            && let Some((_, family)) = o.name.rsplit_once(' ')
        {
            families.push((m.entity, family));
        }
        // The token after the name: a comma there opens an apposition.
        let comma_after = toks.get(j + 1).is_some_and(|t| punct_is(bytes, t, b','));
        if comma_after
            && toks
                .get(j + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
            && let Some(n) = toks
                .get(j + 3..)
                .unwrap_or(&[])
                .iter()
                .take(5)
                .take_while(|t| t.is_word())
                .find_map(noun)
        {
            found.push((m.span.start, n, m.entity));
        } else if comma_after
            && toks
                .get(j + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
            && table.entities[m.entity].kind != SpeakerType::Person
            // "Kativik Ilisarniliriniq, the school board serving Nunavik":
            // the body's word heading the apposition, which "the board"
            // later stands for.
            && let Some(h) = toks
                .get(j + 3..)
                .unwrap_or(&[])
                .iter()
                .take(4)
                .take_while(|t| t.is_word() && !t.cap && !t.lower.ends_with("ing"))
                .last()
            && h.speaker_classes() & ORGANIZATION != 0
            && h.speaker_classes() & (TITLE | PERSON) == 0
        {
            found.push((m.span.start, h.lower.as_str(), m.entity));
        }
        // "the US Embassy in London": an embassy goes by its city too.
        if matches!(toks[j].lower.as_str(), "embassy" | "consulate")
            && toks.get(j + 1).is_some_and(|t| t.lower == "in")
            && let Some(place_end) = toks
                .get(j + 2..)
                .unwrap_or(&[])
                .iter()
                .take(3)
                .take_while(|t| t.is_word() && t.cap && !t.is_function())
                .last()
                .map(|t| t.span.end)
            && let Some(full) = text.get(m.span.start..place_end)
            && full.len() > table.entities[m.entity].name.len()
        {
            embassies.push((m.entity, full));
        }
        // "For 16-year-old Aidan MacIsaac, the highlight was …": a name
        // right after an age is a person's, whatever its first name.
        if i > 0
            && toks[i - 1].lower.ends_with("year-old")
            && (2..=4).contains(&table.entities[m.entity].name_tokens)
            && !table.entities[m.entity].org_word
        {
            people.push(m.entity);
        }
        // "Amar Patel … Patel spoke": a full name later called by its last
        // word alone is a person's, whatever its first name; places and
        // companies are not called by their last word.
        {
            let e = &table.entities[m.entity];
            if i == j
                && (2..=3).contains(&e.name_tokens)
                && !e.org_word
                && e.kind != SpeakerType::Person
                && toks[i].cap
                && toks[i].lower.len() > 2
                && toks[i].lower == e.last.as_ref()
                && !toks.get(j + 1).is_some_and(|t| t.kind == TokenKind::Possessive)
                // A sentence's first word is capitalised anyway ("Fire
                // erupts …"): it counts only if the text never writes it
                // in lower case.
                && (i > 0 && !toks[i - 1].is_quote()
                    || !*lower_seen
                        .entry(toks[i].lower.as_str())
                        .or_insert_with(|| written_lower(text, &toks[i].lower)))
            {
                people.push(m.entity);
            }
        }
        // What an age, a "who" or a role after the name describes: the
        // name, or, when it is a place or body after "of", "from" or "in",
        // the name before that ("Alexander Gagay of Yekaterinburg, who …");
        // nothing named when a common noun stands there ("the mayor of
        // Accra, who …").
        let complement = |k: usize| {
            toks.get(k)
                .is_some_and(|t| matches!(t.lower.as_str(), "of" | "from" | "in"))
        };
        // "a nurse from Brownsville, Texas, who …": the state after a
        // town names no one.
        let town_state =
            i >= 2 && punct_is(bytes, &toks[i - 1], b',') && toks[i - 2].cap && is_state(&toks[i]);
        let owner = match i.checked_sub(1) {
            _ if town_state => None,
            Some(p) if complement(p) => p.checked_sub(1),
            Some(p) if toks[p].lower == "the" && p > 0 && complement(p - 1) => p.checked_sub(2),
            _ => Some(i),
        }
        .and_then(|k| {
            if k == i {
                Some(m.entity)
            } else {
                table.ending_at(toks[k].span.end).map(|o| o.entity)
            }
        });
        // "Sudesh Amman, 20, was …", "Amman, who …": an age or "who" after
        // a name makes it a person's. Not a nationality alone ("If we don't
        // protect French, who will?").
        if let Some(owner) = owner
            && comma_after
            && !table.entities[owner].org_word
            && !(table.entities[owner].name_tokens == 1 && is_demonym(&table.entities[owner].last))
            && toks.get(j + 2).is_some_and(|t| {
                t.lower == "who"
                    || (t.kind == TokenKind::Number
                        && t.lower.len() <= 3
                        && toks
                            .get(j + 3)
                            .is_some_and(|c| punct_is(bytes, c, b',') || punct_is(bytes, c, b'.')))
            })
        {
            people.push(owner);
        }
        // "Amara Okoye, a 35-year-old social worker,": an age in the
        // apposition makes a person of the name; not a place closing an
        // opening phrase ("At a site in Vancouver's Downtown Eastside, a
        // 34-year-old man …").
        if let Some(owner) = owner
            && comma_after
            && !i
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| p.is("preposition") || p.kind == TokenKind::Possessive)
            && !table.entities[owner].org_word
            && (2..=4).contains(&table.entities[owner].name_tokens)
            && toks
                .get(j + 2..(j + 6).min(toks.len()))
                .is_some_and(|w| w.iter().any(|t| t.lower.ends_with("year-old")))
        {
            people.push(owner);
        }
        // "Tom Reed, a spokesman for the council, …", "Michael Cernech,
        // the city manager, …": a role in apposition is the person's title,
        // which a later "the spokesman" finds.
        if let Some(owner) = owner
            && comma_after
            && table.entities[owner].title.is_none()
            && !table.entities[owner].org_word
        {
            let from = j
                + 2
                + usize::from(
                    toks.get(j + 2)
                        .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the")),
                );
            // "Speaking in Perth, the mayor said …": a verb ends the phrase
            // short of a comma, and it is no role.
            let end = (from..toks.len().min(from + 8))
                .find(|&k| {
                    (!toks[k].is_word() && toks[k].kind != TokenKind::Possessive)
                        || (k > from && finite_speech(&toks[k]))
                        // "…, a Syrian engineer who immigrated …": the role
                        // ends before its relative clause.
                        || (k > from && matches!(toks[k].lower.as_str(), "who" | "whose" | "which"))
                })
                .unwrap_or(toks.len().min(from + 8));
            // Up to the fifth word: "…, Puerto Rico's governor, …". Or a
            // profession by its ending among the first words ("…, a
            // neurologist at the institute, …", "…, a veteran criminologist,
            // …"), which a later "the neurologist" finds.
            let profession = |k: usize| {
                k < from + 3
                    && toks[k].is_word()
                    && toks[k].lower.len() > 6
                    && agent_ending(&toks[k].lower)
                    && !toks[k].is_function()
                    && !toks[k].is_adverb()
                    && !verb_form(&toks[k].lower)
                    && toks[k].speaker_classes() & !(PERSON | TITLE) == 0
            };
            // "Rachel Reeves, the Chancellor, said": a title capitalised
            // as British papers write it, when it ends the phrase after
            // its article (not "the Prince of Wales").
            let capitalised_head = |k: usize| k + 1 == end && from == j + 3;
            let role = (from..end.min(from + 5)).any(|k| {
                (!toks[k].cap || capitalised_head(k))
                    && (toks[k].speaker_classes() & TITLE != 0 || profession(k))
                    && !matches!(
                        toks[k].lower.as_str(),
                        "state"
                            | "house"
                            | "press"
                            | "majority"
                            | "minority"
                            | "campaign"
                            | "first"
                    )
            }) && toks.get(end).is_some_and(|t| {
                punct_is(bytes, t, b',')
                    || punct_is(bytes, t, b'.')
                    || matches!(t.lower.as_str(), "who" | "whose" | "which")
            });
            // "President Biden's press secretary, Karine Jean-Pierre, told
            // reporters the president …", "Jones, questioning the
            // governor's credentials": a phrase opening with a verb is the
            // clause's, not a role.
            let verbal = from == j + 2 && toks.get(from).is_some_and(|t| verb_form(&t.lower));
            // "…, in general, …" is no role.
            if role && from < end && !toks[from].is_function() && !verbal {
                titles.push((owner, toks[from].span.cover(toks[end - 1].span)));
                // "Hosni Mubarak, the former President of Egypt,": a role
                // of its own makes the name a person's; one owned by
                // another is weaker ("Why Islam, an advocacy group's
                // director").
                if !toks[from..end]
                    .iter()
                    .any(|t| t.kind == TokenKind::Possessive)
                    && !table.entities[owner].org_word
                    && table.entities[owner].name_tokens >= 2
                {
                    people.push(owner);
                }
            }
        }
        // "The Prime Minister, Scott Morrison,", "the Greens leader, Adam
        // Bandt,": a role with "the" set off right before the name is the
        // person's title, as one after it is. So is one owned by a place
        // or a body ("Ontario's housing minister, Paul Calandra,", "the
        // province's chief medical officer, Dr. Kieran Moore,"), not by a
        // person ("Trump's campaign manager": no office of its own).
        // Not a role inside a longer phrase ("the president of the
        // Tunisian League for the Defence of Human Rights, Jamel Msallem",
        // "delegate to the U.S. House"), nor one set off after another
        // person's name ("Charles Plotena, the mayor of Esperanza, Sultan
        // Kudarat": a province after the town).
        let free = |det: usize| match det.checked_sub(1) {
            None => true,
            Some(p) => {
                // A preposition after a name or a role ("League for the",
                // "delegate to the") makes the phrase part of theirs; after
                // a verb or "according" it is free.
                !(toks[p].is("preposition")
                    && p > 0
                    && toks[p - 1].lower != "according"
                    && (toks[p - 1].cap || toks[p - 1].speaker_classes() & (TITLE | PERSON) != 0))
                    && !(punct_is(bytes, &toks[p], b',')
                        && p > 0
                        && table
                            .ending_at(toks[p - 1].span.end)
                            .is_some_and(|o| table.entities[o.entity].kind == SpeakerType::Person))
            }
        };
        let role_start = |b: usize| {
            if matches!(toks[b].lower.as_str(), "the" | "a" | "an") {
                return free(b).then_some(b + 1);
            }
            let owner = toks.get(b.checked_sub(2)?)?;
            (free(b - 2)
                && toks[b - 1].kind == TokenKind::Possessive
                && (owner.speaker_classes()
                    & (COUNTRY | REGION | PLACE | PUBLIC_BODY | ORGANIZATION)
                    != 0
                    || matches!(
                        owner.lower.as_str(),
                        "province" | "state" | "city" | "country" | "nation" | "government"
                    )))
            .then_some(b)
        };
        // The name closes the apposition: not "… than that of the CIA
        // chief, Zuckoff said", where the name opens a clause.
        let closed = toks.get(j + 1).is_some_and(|t| {
            [b',', b'.', b';', b')']
                .iter()
                .any(|&p| punct_is(bytes, t, p))
        });
        // Past a rank or honorific before the name ("the board's chair,
        // Dr. Ahmed Karimi,").
        let mut lead = i;
        while lead > 0 && (toks[lead - 1].is_punct(".") || is_rank(&toks[lead - 1])) && i - lead < 3
        {
            lead -= 1;
        }
        if lead >= 3
            && closed
            && punct_is(bytes, &toks[lead - 1], b',')
            && table.entities[m.entity].title.is_none()
            && !table.entities[m.entity].org_word
            // "Residents met the federal minister, Patty Hajdu,": the
            // nearest "the" or owner, past no verb.
            && let Some(b) = (lead.saturating_sub(7)..lead - 1)
                .rev()
                .take_while(|&k| {
                    // "housing minister": a word in "-ing" may be a noun.
                    // "The family's lawyer, Marcus Tennant,": past an owner.
                    let w = &toks[k].lower;
                    (toks[k].is_word() && (w.ends_with("ing") || !verb_form(w)))
                        || toks[k].kind == TokenKind::Possessive
                })
                .find_map(role_start)
            && b < lead - 1
            && ((toks[lead - 2].speaker_classes() & (TITLE | PERSON) != 0
                && toks[lead - 2].speaker_classes() & (ORGANIZATION | GROUP) == 0
                && toks[b..lead - 1]
                    .iter()
                    .all(|t| !t.is_function() || t.kind == TokenKind::Possessive)
                // An owner after the determiner is one word or a name:
                // "The family's lawyer", not "the year Pershing Square's
                // founder".
                && toks[b..lead - 1]
                    .iter()
                    .position(|t| t.kind == TokenKind::Possessive)
                    .is_none_or(|p| p <= 1 || toks[b..b + p].iter().all(|t| t.cap)))
                || portfolio_title(&toks[b..lead - 1]))
        {
            titles.push((m.entity, toks[b].span.cover(toks[lead - 2].span)));
            if table.entities[m.entity].name_tokens >= 2 {
                people.push(m.entity);
            }
        }
        // A name of a few words set off by commas, past its rank: what the
        // two rules below read the words before.
        let set_off = lead >= 2
            && closed
            && punct_is(bytes, &toks[lead - 1], b',')
            && !table.entities[m.entity].org_word
            && (2..=4).contains(&table.entities[m.entity].name_tokens);
        // "The plaza's owner, Harbinder Gill,", "her eldest son, Arjun
        // Sandhu,": a word for a person set off right before a name makes
        // it a person's.
        if set_off
            && {
                let h = &toks[lead - 2];
                h.is_word()
                && !h.cap
                && !h.is_function()
                && (h.speaker_classes() & (PERSON | TITLE | KIN_M | KIN_F) != 0
                    || (h.lower.len() > 4 && agent_ending(&h.lower) && !verb_form(&h.lower)))
                // "the employer, Pacific Coast Grain Handlers,": a body's word.
                && h.speaker_classes() & (ORGANIZATION | ORG_DESCRIPTION | GROUP | DOCUMENT | EVIDENCE)
                    == 0
                && h.lower != "employer"
            }
        {
            people.push(m.entity);
        }
        // "A spokesperson for Global Affairs Canada, Jean-Philippe
        // Ouimet,", "a spokeswoman for the Toronto Police Service, Const.
        // Laura Bricks,": a role for a body, set off before a name (past an
        // honorific or rank), makes a person of the name, whatever its
        // first name.
        if set_off
            && lead >= 4
            && let Some(k) = (lead.saturating_sub(10)..lead - 2).rev().find(|&k| {
                toks[k].is_word()
                    && !toks[k].cap
                    && toks[k].speaker_classes() & (TITLE | PERSON) != 0
                    && toks
                        .get(k + 1)
                        .is_some_and(|p| matches!(p.lower.as_str(), "for" | "with" | "at"))
            })
            && toks[k + 2..lead - 1].iter().all(|t| {
                t.cap || t.lower == "the" || t.kind == TokenKind::Possessive || t.lower == "of"
            })
            && k >= 1
            && matches!(toks[k - 1].lower.as_str(), "a" | "an" | "the")
        {
            people.push(m.entity);
            if table.entities[m.entity].title.is_none() {
                titles.push((m.entity, toks[k].span.cover(toks[lead - 2].span)));
            }
        }
        // "Pacific Gas and Electric Company (PG&E)": initials joined by an
        // ampersand, which stands for the "and" the initials pass over.
        let joined_acronym = || -> Option<String> {
            let [a, amp, b, close] = toks.get(j + 2..j + 6)? else {
                return None;
            };
            (a.upper
                && b.upper
                && amp.lower == "&"
                && a.span.end == amp.span.start
                && amp.span.end == b.span.start
                && close.is_punct(")"))
            .then(|| format!("{}&{}", a.lower, b.lower))
        };
        // "Transport for London (TfL)": initials with a small word's in
        // lower case, taken only when they spell the name ("McCain" does
        // not).
        let mixed = |t: &Tok| {
            t.is_word() && t.cap && !t.upper && {
                let w = t.span.text(text);
                let caps = w.chars().filter(char::is_ascii_uppercase).count();
                w.len() <= 6 && caps >= 2 && w.chars().all(|c| c.is_ascii_alphabetic())
            }
        };
        let bracketed = if comma_after || !toks.get(j + 1).is_some_and(|t| punct_is(bytes, t, b'('))
        {
            None
        } else if toks.get(j + 3).is_some_and(|t| punct_is(bytes, t, b')')) {
            toks.get(j + 2)
                .filter(|t| {
                    is_acronym(t)
                        || mixed(t)
                        // "Philippine Institute of Volcanology and
                        // Seismology (Phivolcs)": a short name for an
                        // organisation.
                        || (t.is_word()
                            && t.cap
                            && table.entities[m.entity].name_tokens >= 3
                            && table.entities[m.entity].org_word)
                })
                .map(|t| t.lower.clone())
        } else {
            joined_acronym()
        };
        if let Some(a) = bracketed
            && !acronyms.contains_key(&a)
        {
            // "United Nations Educational, Scientific and Cultural
            // Organization (UNESCO)": the name the initials spell, which
            // may run over commas and several capitalised runs.
            // The bracketed word as written: its lower-case letters are
            // the small words it spells.
            let written = toks
                .get(j + 2)
                .filter(|t| t.lower == a)
                .map_or(a.as_str(), |t| t.span.text(text));
            let spelled = spelled_by(toks, j + 1, &written.replace('&', ""))
                .filter(|&k| k < i)
                .map(|k| toks[k].span.cover(toks[j].span));
            let mixed_only = toks.get(j + 2).is_some_and(|t| mixed(t) && t.lower == a);
            if spelled.is_some() || (table.entities[m.entity].name_tokens >= 2 && !mixed_only) {
                acronyms.insert(a, (m.entity, spelled));
            }
        }
    }
    table.descriptions = found;
    // Only the title: a role phrase after a name is weak evidence that
    // the name is a person's ("Why Islam, an advocacy group's director").
    for (e, span) in titles {
        table.entities[e].set_title(Some(span.text(text)));
    }
    for e in people {
        let e = &mut table.entities[e];
        e.kind = SpeakerType::Person;
        e.person_evidence = true;
    }
    for (e, g) in kin_genders {
        let e = &mut table.entities[e];
        if e.gender == Gender::Unknown || e.gender_guessed {
            e.gender = g;
            e.gender_guessed = false;
        }
    }
    for (e, family) in families {
        let e = &mut table.entities[e];
        e.family = Some(family);
        e.kind = SpeakerType::Person;
        e.person_evidence = true;
        if e.gender == Gender::Unknown
            && let Some(g) = first_name(&e.first)
        {
            e.gender = g;
            e.gender_guessed = true;
        }
    }
    for (e, full) in embassies {
        if full.len() > table.entities[e].name.len() {
            table.entities[e].name = full;
        }
    }
    if acronyms.is_empty() {
        return;
    }
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    let mut spelled_spans: Vec<Span> = Vec::new();
    for (acronym, (mut target, spelled)) in acronyms {
        if let Some(span) = spelled {
            spelled_spans.push(span);
            let name = span.text(text);
            let words: Vec<Cow<str>> = name
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .map(|w| Cow::Owned(w.to_lowercase()))
                .collect();
            let e = Entity::new(name, &words, true, SpeakerType::Organization);
            table.entities.push(e);
            let id = table.entities.len() - 1;
            remap.insert(target, id);
            table.mentions.push(Mention { span, entity: id });
            target = id;
        }
        for (i, e) in table.entities.iter().enumerate() {
            // "PG&E" is one word however it is tokenized.
            if i != target && !e.name.bytes().any(|b| b == b' ') && lower_is(e.name, &acronym) {
                remap.insert(i, target);
            }
        }
    }
    // "Institute of Epidemiology, Disease Control and Research (IEDCR)":
    // the parts of a spelled name are no names of their own.
    table.mentions.retain(|m| {
        !spelled_spans
            .iter()
            .any(|s| s.start <= m.span.start && m.span.end <= s.end && m.span != *s)
    });
    table.mentions.sort_by_key(|m| m.span.start);
    remap_mentions(&mut table.mentions, &remap);
}

/// The first token of the name that `acronym` spells, ending right before
/// `paren`: capitalised words give the initials; commas and "of", "and",
/// "for", "the", "on", "in", "&" are passed over.
fn spelled_by(toks: &[Tok], paren: usize, acronym: &str) -> Option<usize> {
    let want: Vec<char> = acronym.chars().collect();
    spelled_from(toks, paren, &want, false)
        // "Transport for London (TfL)": a lower-case initial spells the
        // small word.
        .or_else(|| {
            want.iter()
                .any(|c| c.is_lowercase())
                .then(|| spelled_from(toks, paren, &want, true))
                .flatten()
        })
}

/// `spelled_by`, with the acronym as written; `small` lets a lower-case
/// initial spell a small word.
fn spelled_from(toks: &[Tok], paren: usize, want: &[char], small: bool) -> Option<usize> {
    let starts = |t: &Tok, c: char| t.lower.chars().next() == c.to_lowercase().next();
    let mut n = want.len();
    let mut k = paren;
    let mut first = None;
    while k > 0 && n > 0 {
        k -= 1;
        let t = &toks[k];
        if small
            && n < want.len()
            && want[n - 1].is_lowercase()
            && t.is_word()
            && !t.cap
            && matches!(t.lower.as_str(), "of" | "for" | "and" | "on" | "in")
            && starts(t, want[n - 1])
        {
            n -= 1;
            continue;
        }
        // "Pacific Gas and Electric Company (PG&E)": the initials may leave
        // out a corporate word at the end.
        if n == want.len()
            && t.cap
            && (is_legal_form(&t.lower) || matches!(t.lower.as_str(), "company" | "corporation"))
            && !starts(t, want[n - 1])
        {
            continue;
        }
        if t.is_word() && t.cap {
            if !starts(t, want[n - 1]) {
                return None;
            }
            n -= 1;
            first = Some(k);
        } else if !(t.is_punct(",")
            || matches!(
                t.lower.as_str(),
                "of" | "and" | "for" | "the" | "on" | "in" | "&"
            ))
        {
            return None;
        }
    }
    first.filter(|_| n == 0)
}

/// Points "the State Department", "the Defence Ministry" at an
/// organisation named the other way round ("United States Department of
/// State", "Ministry of Defence"), so both count as one speaker under the
/// fuller name.
fn link_inverted_heads(table: &mut Table) {
    const HEADS: [&str; 6] = [
        "department",
        "ministry",
        "office",
        "agency",
        "commission",
        "committee",
    ];
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    for (i, e) in table.entities.iter().enumerate() {
        // Most names are turned away by their last bytes, before their
        // words are split (as bytes: no character to decode).
        let name = e.name.as_bytes();
        let ends_in_head = HEADS.iter().any(|h| {
            name.len() > h.len()
                && name[name.len() - h.len() - 1] == b' '
                && name[name.len() - h.len()..].eq_ignore_ascii_case(h.as_bytes())
        });
        if !ends_in_head {
            continue;
        }
        // Two or three words, the last a head.
        let mut words = e.name.rsplitn(3, ' ');
        let (Some(head), Some(qualifier)) = (words.next(), words.next()) else {
            continue;
        };
        if words.next().is_some_and(|rest| rest.contains(' '))
            || !HEADS.iter().any(|h| head.eq_ignore_ascii_case(h))
        {
            continue;
        }
        let inverted = format!("{} of {}", head, qualifier).to_lowercase();
        if let Some(j) = table.entities.iter().position(|o| {
            o.name.len() > inverted.len() && lower_ends_with(o.name, &inverted)
                || o.name.eq_ignore_ascii_case(&inverted)
        }) && j != i
        {
            remap.insert(i, j);
        }
    }
    remap_mentions(&mut table.mentions, &remap);
}

/// Points "Wanda Vázquez" at "Wanda Vázquez Garced" named elsewhere: a
/// person's name that another person's name continues is that person,
/// under the fuller name.
fn link_longer_names(table: &mut Table, text: &str) {
    if !table
        .entities
        .iter()
        .any(|e| e.kind == SpeakerType::Person && e.name_tokens >= 3)
    {
        return;
    }
    // Names of people by their text, for a look-up per prefix: linear in
    // the number of names, however many an article holds.
    let people: FxHashMap<&str, usize> = table
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == SpeakerType::Person && e.name_tokens >= 2)
        .map(|(i, e)| (e.name, i))
        .collect();
    // Any name of two words or more that is no organisation's, for the
    // surnames a person is called by alone.
    let names: FxHashMap<&str, usize> = table
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.name_tokens >= 2 && !e.org_word)
        .map(|(i, e)| (e.name, i))
        .collect();
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    // (shorter, longer, whether the longer is a person's) for each double
    // surname a longer name ends with.
    let mut tails: Vec<(usize, usize, bool)> = Vec::new();
    for (j, long) in table.entities.iter().enumerate() {
        if long.name_tokens < 3 || long.org_word {
            continue;
        }
        let person = long.kind == SpeakerType::Person;
        // Each shorter name it starts with: "Wanda Vazquez" in "Wanda
        // Vazquez Garced". The words added must be names: not "Doris Day
        // Show", whose "show" the text writes in lower case elsewhere.
        for cut in spaces(long.name).skip(1).filter(|_| person) {
            if let Some(&i) = people.get(&long.name[..cut])
                && i != j
                && long.name[cut..]
                    .split_whitespace()
                    .all(|w| !written_lower(text, &w.to_lowercase()))
            {
                remap.entry(i).or_insert(j);
            }
        }
        // A double surname it ends with, alone: "Rempel Garner" for
        // "Michelle Rempel Garner" (not "Ann Keesick" for "Mary Ann
        // Keesick": a given name opening it may be someone else's).
        for cut in spaces(long.name) {
            let tail = &long.name[cut + 1..];
            // Words in no list: not a place or a body ("Ted Cruz South
            // Carolina", "Jeb Bush Super PAC" are runs gone wrong).
            if tail.contains(' ')
                && first_name(&first_word(tail).to_lowercase()).is_none()
                && tail.split(' ').all(|w| {
                    classes(&w.to_lowercase()) & !(FUNCTION | NAME_LIKE) == 0
                        && w.chars().skip(1).any(char::is_lowercase)
                })
                && classes(&tail.to_lowercase()) == 0
                && let Some(&i) = names.get(tail)
                && i != j
            {
                tails.push((i, j, person));
            }
        }
    }
    // Only a surname one person has: "De Niro" for Robert and Drena De
    // Niro is neither.
    for &(i, j, person) in &tails {
        if person && tails.iter().all(|&(i2, j2, _)| i2 != i || j2 == j) {
            remap.entry(i).or_insert(j);
        }
    }
    remap_mentions(&mut table.mentions, &remap);
}

/// "Arjun's father, Kuldeep Sandhu, stood beside his wife. … 'We drive
/// the long way now,' Kuldeep said": a first name the list lacks (it is
/// the 1990 U.S. census's: no Kuldeep, Liam or Rasha) names the one person
/// named before with it in full, once the descriptions have shown that
/// name to be a person's. Not a word any list holds ("Republican" is no
/// "Republican National Convention"), nor one that is also someone's
/// surname.
fn link_unlisted_firsts(table: &mut Table, text: &str) {
    let single = |e: &Entity| {
        e.name_tokens == 1
            && e.kind != SpeakerType::Person
            && !e.org_word
            && e.name.chars().count() >= 3
            && e.name.chars().skip(1).any(char::is_lowercase)
    };
    // The one-word names that may be first names: what the people's
    // first words are looked up against (the text searches come last,
    // for the few that match).
    let singles: FxHashSet<&str> = table
        .entities
        .iter()
        .filter(|e| single(e) && classes(&e.last) == 0)
        .map(|e| e.name)
        .collect();
    if singles.is_empty() {
        return;
    }
    // People named in full by their first word (`None` when two share
    // it), for the first words a one-word name matches.
    let mut by_first: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    // The family names of people known to be people: "Harpreet Sandhu",
    // who only speaks, shares hers with "Arjun's father, Kuldeep Sandhu".
    let family_of_a_person = |last: &str| {
        table.entities.iter().any(|p| {
            p.kind == SpeakerType::Person
                && p.person_evidence
                && p.name_tokens >= 2
                && *p.last == *last
        })
    };
    for (j, p) in table.entities.iter().enumerate() {
        if !(2..=3).contains(&p.name_tokens) || p.org_word || !singles.contains(first_word(p.name))
        {
            continue;
        }
        let person = (p.kind == SpeakerType::Person && p.person_evidence)
            || (classes(&p.first) == 0 && family_of_a_person(&p.last));
        // Words of a name, not of the language or of a list: not "Time
        // Person (of the Year)", "Modi Announced".
        if person && classes(&p.last) == 0 && !written_lower(text, &p.last) {
            by_first
                .entry(first_word(p.name))
                .and_modify(|k| *k = None)
                .or_insert(Some(j));
        }
    }
    if by_first.is_empty() {
        return;
    }
    let first_of = |k: usize| {
        table
            .mentions
            .iter()
            .find(|m| m.entity == k)
            .map(|m| m.span.start)
    };
    // Someone's surname ("Martin" of "Trayvon Martin") is not taken for a
    // first name.
    let a_surname = |last: &str| {
        table
            .entities
            .iter()
            .any(|p| p.name_tokens >= 2 && *p.last == *last)
    };
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    for (i, e) in table.entities.iter().enumerate() {
        if !single(e) || classes(&e.last) != 0 {
            continue;
        }
        let Some(&Some(j)) = by_first.get(e.name) else {
            continue;
        };
        if a_surname(&e.last) || written_lower(text, &e.last) {
            continue;
        }
        // Named in full first, as a feature introduces its people.
        if first_of(j).zip(first_of(i)).is_some_and(|(a, b)| a < b) {
            remap.insert(i, j);
        }
    }
    remap_mentions(&mut table.mentions, &remap);
}

/// Lower-case words that go inside a surname ("de", "van", "al").
const PARTICLES: [&str; 17] = [
    "le", "la", "de", "di", "da", "du", "van", "von", "del", "della", "des", "dos", "das", "al",
    "el", "bin", "st.",
];

/// Points "Le Pen" at "Marine Le Pen", "Van Hollen" at "Chris Van
/// Hollen", "Assad" at "Bashar al-Assad": a surname with its particle, or
/// without an "al-" it was written with, is the one person named in full
/// with it. (A two-word name is otherwise a given name and a surname, and
/// "al-Assad" a key of its own.)
fn link_particle_surnames(table: &mut Table) {
    // `first` and `last` are the name's first and last words in lower
    // case, at hand without searching the name.
    // ("Van den Brink": a particle may take two words with it.)
    let has_particle = |e: &Entity| {
        (2..=3).contains(&e.name_tokens) && !e.org_word && PARTICLES.contains(&e.first.as_ref())
    };
    // People named with an "al-" or "el-" surname: few articles have any,
    // and only then are one-word names compared with them.
    let prefixed: Vec<(usize, &str)> = table
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.name_tokens >= 2
                && (e.last.starts_with("al-") || e.last.starts_with("el-"))
                && (e.kind == SpeakerType::Person || e.person_evidence)
        })
        .filter_map(|(j, e)| Some((j, last_word(e.name).split_once('-')?.1)))
        .filter(|(_, rest)| !rest.is_empty())
        .collect();
    if prefixed.is_empty() && !table.entities.iter().any(has_particle) {
        return;
    }
    // The one entity `fits` picks, if exactly one.
    let only = |fits: &dyn Fn(usize) -> bool| {
        let mut found = None;
        for j in 0..table.entities.len() {
            if fits(j) {
                if found.is_some() {
                    return None;
                }
                found = Some(j);
            }
        }
        found
    };
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    for (i, short) in table.entities.iter().enumerate() {
        let target = if has_particle(short) {
            // "Le Drian" and "Jean-Yves Le Drian": a name ending in a
            // surname with its particle is a person's, listed or not.
            only(&|j| {
                let long = &table.entities[j];
                j != i
                    && long.name_tokens > short.name_tokens
                    && !long.org_word
                    && long.name.len() > short.name.len()
                    // Cut where a character begins: a curly quotation
                    // mark of a nickname is three bytes.
                    && long
                        .name
                        .split_at_checked(long.name.len() - short.name.len())
                        .is_some_and(|(head, tail)| {
                            head.ends_with(' ') && tail.eq_ignore_ascii_case(short.name)
                        })
            })
        } else if short.name_tokens == 1 && !short.org_word && !prefixed.is_empty() {
            let mut matching = prefixed.iter().filter(|(_, rest)| *rest == short.name);
            match (matching.next(), matching.next()) {
                (Some(&(j, _)), None) if j != i => Some(j),
                _ => None,
            }
        } else {
            None
        };
        if let Some(j) = target {
            remap.insert(i, j);
        }
    }
    remap_mentions(&mut table.mentions, &remap);
}

/// `long` is `short` with full middle names between its first and last
/// words ("Robert Gabriel Mugabe", "Robert Mugabe"); not initials ("George
/// W. Bush") nor particles ("Ursula von der Leyen").
fn middle_names_only(long: &str, short: &str) -> bool {
    let (mut l, mut s) = (long.split(' '), short.split(' '));
    let (Some(lf), Some(sf), Some(ll), Some(sl)) =
        (l.next(), s.next(), l.next_back(), s.next_back())
    else {
        return false;
    };
    let mut middles = l.peekable();
    s.next().is_none()
        && middles.peek().is_some()
        && lf.eq_ignore_ascii_case(sf)
        && ll.eq_ignore_ascii_case(sl)
        // "Donald Trump Jr." is no "Donald Jr.".
        && !["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]
            .iter()
            .any(|x| ll.eq_ignore_ascii_case(x))
        && middles.all(|m| {
            m.chars().count() > 2
                && m.chars().next().is_some_and(char::is_uppercase)
                && m.chars().all(char::is_alphabetic)
        })
}

/// A speaker's initials as a transcript labels them ("NG"): the one
/// person named with them.
fn initials_of(table: &Table, written: &str) -> Option<usize> {
    ((2..=4).contains(&written.len()) && written.bytes().all(|b| b.is_ascii_uppercase()))
        .then(|| person_by_initials(table, &written.to_ascii_lowercase()))
        .flatten()
}

/// The person a transcript's label at the start of the paragraph at
/// `at` names: "NG:", "FALLIN:", "Natasha Gownaris:", "((Naomi
/// Martisius))".
fn paragraph_label(table: &Table, text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let lead = rest.len() - rest.trim_start().len();
    let rest = &rest[lead..];
    let (start, name) = if let Some(inner) = rest.strip_prefix("((") {
        (at + lead + 2, inner.get(..inner.find("))")?)?)
    } else {
        let colon = rest.find(':')?;
        (at + lead, rest.get(..colon)?)
    };
    if name.is_empty() || name.len() > 40 || name.contains(['.', '"', '\n', '“']) {
        return None;
    }
    let name = name.trim();
    if let Some(e) = initials_of(table, name) {
        return Some(e);
    }
    let end = start + name.len();
    table
        .after(start)
        .take_while(|m| m.span.start < end)
        .find(|m| m.span.end <= end && table.entities[m.entity].kind == SpeakerType::Person)
        .map(|m| m.entity)
}

/// The one person whose name's words start with `initials` ("ng" for
/// Natasha Gownaris), if exactly one.
fn person_by_initials(table: &Table, initials: &str) -> Option<usize> {
    let mut found = None;
    for (i, e) in table.entities.iter().enumerate() {
        if e.kind != SpeakerType::Person || e.name_tokens < 2 {
            continue;
        }
        let words = e.name.split([' ', '-']).filter(|w| !w.is_empty());
        let fits = words.clone().count() == initials.len()
            && words
                .zip(initials.chars())
                .all(|(w, c)| w.chars().next().is_some_and(|f| f.to_lowercase().eq([c])));
        if fits {
            if found.is_some() {
                return None;
            }
            found = Some(i);
        }
    }
    found
}

/// Points "Chriac" at "Jacques Chirac", "Wasif" at "Sally Wasef": a word
/// found in no list, one letter off (or two swapped) from the surname of a
/// person named in full, is that surname misspelt, when it is off from
/// only one.
fn link_misspelt_surnames(table: &mut Table) {
    // The one-word names that may be misspelt surnames: with none, no
    // map of surnames is built.
    let ones: Vec<usize> = (0..table.entities.len())
        .filter(|&i| {
            let one = &table.entities[i];
            one.name_tokens == 1 && !one.org_word && one.last.len() >= 5
        })
        .collect();
    if ones.is_empty() {
        return;
    }
    // The surnames of people named in full, by first letter and length, so
    // that each one-word name is held against the few it can be one edit
    // from: linear in the number of names.
    let mut surnames: FxHashMap<(u8, usize), Vec<(usize, &str)>> = FxHashMap::default();
    for (j, e) in table.entities.iter().enumerate() {
        if e.kind == SpeakerType::Person && e.name_tokens >= 2 && e.last.len() >= 4 {
            let last: &str = e.last.as_ref();
            if let Some(&b) = last.as_bytes().first() {
                surnames.entry((b, last.len())).or_default().push((j, last));
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    // The first bytes of those surnames: a word starting with another is
    // near none, and is turned away without a look-up.
    let mut firsts = [false; 256];
    for &(b, _) in surnames.keys() {
        firsts[usize::from(b)] = true;
    }
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    for i in ones {
        let w = table.entities[i].last.as_ref();
        let Some(&b) = w.as_bytes().first() else {
            continue;
        };
        if !firsts[usize::from(b)] {
            continue;
        }
        let mut near = (w.len() - 1..=w.len() + 1)
            .filter_map(|len| surnames.get(&(b, len)))
            .flatten()
            .filter(|&&(_, last)| last != w && one_edit_apart(w, last));
        if let (Some(&(j, _)), None) = (near.next(), near.next())
            && classes(w) == 0
            && first_name(w).is_none()
        {
            remap.insert(i, j);
        }
    }
    remap_mentions(&mut table.mentions, &remap);
}

/// The formal first names a short form stands for, as names are written
/// ("Ken" → "Kenneth"): keys and values capitalised once, so that names
/// are looked up as the article writes them, with no allocation.
fn formal_names(short: &str) -> Option<&'static [String]> {
    formal_names_and_firsts().0.get(short).map(Vec::as_slice)
}

/// How many lengths `formal_names_and_firsts` tells apart.
const SHORT_FIRSTS: usize = 16;

/// Whether `word` may be a short form of `formal_names`: one with its
/// length and first byte. Asked of every person's first name, nearly all
/// of which are none, and cheaper than hashing the name.
fn may_be_short_form(word: &str) -> bool {
    let firsts = &formal_names_and_firsts().1;
    let Some(&b) = word.as_bytes().first() else {
        return true;
    };
    let set = &firsts[word.len().min(SHORT_FIRSTS)];
    set[usize::from(b >> 6)] & (1 << (b & 63)) != 0
}

/// The map behind `formal_names`, and the first bytes of its short forms
/// by length (at `SHORT_FIRSTS`: that length and any longer), a bit each.
#[allow(clippy::type_complexity)]
fn formal_names_and_firsts()
-> &'static (FxHashMap<String, Vec<String>>, [[u64; 4]; SHORT_FIRSTS + 1]) {
    static N: OnceLock<(FxHashMap<String, Vec<String>>, [[u64; 4]; SHORT_FIRSTS + 1])> =
        OnceLock::new();
    let capitalised = |w: &str| {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    N.get_or_init(|| {
        let map: FxHashMap<String, Vec<String>> = include_str!("../data/nicknames.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(short, formal)| {
                (
                    capitalised(short.trim()),
                    formal.split(',').map(|f| capitalised(f.trim())).collect(),
                )
            })
            .collect();
        let mut firsts = [[0u64; 4]; SHORT_FIRSTS + 1];
        for short in map.keys() {
            // An empty short form matches the empty word only, which
            // `may_be_short_form` lets through.
            if let Some(&b) = short.as_bytes().first() {
                firsts[short.len().min(SHORT_FIRSTS)][usize::from(b >> 6)] |= 1 << (b & 63);
            }
        }
        (map, firsts)
    })
}

/// True when the words before `pos` give a birth name ("was born Peter
/// Edward Baker", "was born as", "née").
fn born_before(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("").trim_end();
    let before = before.strip_suffix(" as").unwrap_or(before);
    // "was born", not "the Ohio born", "her first born".
    [" was born", " were born", " is born", " née", " nee"]
        .iter()
        .any(|w| {
            before.len() >= w.len()
                && before.is_char_boundary(before.len() - w.len())
                && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
        })
}

/// Links "Ken Starr" and "Kenneth Starr" in one article: a short form of a
/// first name with the same surname is the same person, known by the form
/// the article's body names first ("Kenneth Starr" under a headline's
/// "Ken Starr"; "Chuck Grassley" before a quoted "Charles Grassley").
fn link_nicknames(table: &mut Table, text: &str) {
    // The people named in full with a short form of a first name: in most
    // articles none, and the map of people below is not built.
    let person = |e: &Entity| e.kind == SpeakerType::Person && e.name_tokens >= 2;
    let mut short: Vec<(usize, &'static [String])> = Vec::new();
    for (i, e) in table.entities.iter().enumerate() {
        if person(e)
            && let first = first_word(e.name)
            && may_be_short_form(first)
            && let Some(formal) = formal_names(first)
        {
            short.push((i, formal));
        }
    }
    if short.is_empty() {
        return;
    }
    // The people named in full, by first name as written and surname:
    // sized for every entity at once rather than grown and rehashed.
    let mut people: FxHashMap<(&str, &str), usize> =
        FxHashMap::with_capacity_and_hasher(table.entities.len(), Default::default());
    for (i, e) in table.entities.iter().enumerate() {
        if person(e) {
            people
                .entry((first_word(e.name), e.last.as_ref()))
                .or_insert(i);
        }
    }
    let pairs: Vec<(usize, usize)> = short
        .iter()
        .filter_map(|&(i, formal)| {
            let last = table.entities[i].last.as_ref();
            formal
                .iter()
                .find_map(|f| people.get(&(f.as_str(), last)))
                .map(|&j| (i, j))
        })
        .collect();
    if pairs.is_empty() {
        return;
    }
    // Where the body first names each entity, in one pass (mentions are
    // in text order).
    let body = headline_end(text);
    let mut first_in_body = vec![usize::MAX; table.entities.len()];
    for m in table.mentions.iter().filter(|m| m.span.start >= body) {
        if let Some(f) = first_in_body.get_mut(m.entity)
            && *f == usize::MAX
        {
            *f = m.span.start;
        }
    }
    let at = |e: usize| first_in_body.get(e).copied().unwrap_or(usize::MAX);
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    for (i, j) in pairs {
        // One link per person: a second short form of the same formal
        // name does not undo the first.
        if remap.contains_key(&i) || remap.contains_key(&j) {
            continue;
        }
        if at(j) <= at(i) {
            remap.insert(i, j);
        } else {
            remap.insert(j, i);
        }
    }
    remap_mentions(&mut table.mentions, &remap);
}

/// Where `name` has a space, in order. Names are short: a byte loop costs
/// less than the call to a string search, made for each name.
fn spaces(name: &str) -> impl Iterator<Item = usize> + '_ {
    name.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b' ')
        .map(|(i, _)| i)
}

/// `name` up to its first space (all of it without one), by a byte loop
/// (see `spaces`).
fn first_word(name: &str) -> &str {
    spaces(name)
        .next()
        .and_then(|i| name.get(..i))
        .unwrap_or(name)
}

/// One letter changed, added or dropped, or two neighbours swapped, with
/// the first letter kept.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.first() != b.first() || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[pre..], &b[pre..]);
    let suf = ra
        .iter()
        .rev()
        .zip(rb.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (
        &ra[..ra.len() - suf.min(ra.len())],
        &rb[..rb.len() - suf.min(rb.len())],
    );
    match (ma.len(), mb.len()) {
        (1, 1) | (0, 1) | (1, 0) => true,
        (2, 2) => ma[0] == mb[1] && ma[1] == mb[0],
        _ => false,
    }
}

/// Points "Princess Ubolratana" at "Princess Ubolratana Mahidol": a
/// regnal title with one name is the person introduced in full with that
/// title and first name.
fn link_regnal_names(table: &mut Table) {
    // People named in full by first name, built only when some two-word
    // name could be a regnal title with a name.
    let mut by_first: Option<FxHashMap<&str, Vec<usize>>> = None;
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    for (i, short) in table.entities.iter().enumerate() {
        if short.name_tokens != 2 || classes(&short.first) & REGNAL == 0 {
            continue;
        }
        let by_first = by_first.get_or_insert_with(|| {
            let mut m: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
            for (j, e) in table.entities.iter().enumerate() {
                if e.kind == SpeakerType::Person && e.name_tokens >= 2 {
                    m.entry(e.first.as_ref()).or_default().push(j);
                }
            }
            m
        });
        let mut full = by_first
            .get(short.last.as_ref())
            .into_iter()
            .flatten()
            .copied()
            .filter(|&j| {
                j != i
                    && table.entities[j].title.is_some_and(|t| {
                        t.split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case(&short.first))
                    })
            });
        if let (Some(j), None) = (full.next(), full.next()) {
            remap.insert(i, j);
        }
    }
    remap_mentions(&mut table.mentions, &remap);
}

/// Points "the Search and Rescue Agency" at the "National Search and
/// Rescue Agency" named before it: a body's name that ends another's, in
/// whole words, is that body under its fuller name, when only one name
/// ends so.
fn link_org_suffixes(table: &mut Table) {
    let orgs = |e: &Entity| e.org_word && e.name_tokens >= 2;
    // A name is a proper suffix of another's only: with fewer than two
    // bodies, nothing to link.
    if table.entities.iter().filter(|e| orgs(e)).nth(1).is_none() {
        return;
    }
    // Each proper suffix of each body's name, with the body, or `None`
    // when two bodies share it.
    let mut suffixes: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    for (j, e) in table.entities.iter().enumerate() {
        if !orgs(e) {
            continue;
        }
        for cut in spaces(e.name) {
            let tail = &e.name[cut + 1..];
            if tail.bytes().any(|b| b == b' ') {
                suffixes
                    .entry(tail)
                    .and_modify(|v| {
                        if *v != Some(j) {
                            *v = None;
                        }
                    })
                    .or_insert(Some(j));
            }
        }
    }
    if suffixes.is_empty() {
        return;
    }
    // The fuller name comes first, as news introduces a body: a longer
    // name met only later is more likely a stray word run into it
    // ("Remarked Center for Biological Diversity scientist …").
    let mut first = vec![usize::MAX; table.entities.len()];
    for m in &table.mentions {
        if let Some(f) = first.get_mut(m.entity) {
            *f = (*f).min(m.span.start);
        }
    }
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    for (i, e) in table.entities.iter().enumerate() {
        if orgs(e)
            && let Some(&Some(j)) = suffixes.get(e.name)
            && j != i
            && first.get(j) < first.get(i)
        {
            remap.insert(i, j);
        }
    }
    remap_mentions(&mut table.mentions, &remap);
}

/// The legal forms of companies, in lower case and without a last dot.
const LEGAL_FORMS: [&[u8]; 21] = [
    b"inc", b"ltd", b"plc", b"llc", b"llp", b"ag", b"gmbh", b"a/s", b"asa", b"nv", b"n.v", b"bv",
    b"b.v", b"sa", b"s.a", b"spa", b"s.p.a", b"corp", b"limited", b"oyj", b"pty",
];

/// A bit per letter that ends a legal form (`a` the lowest; any other byte
/// folds onto one of them): a name whose last letter ends none has none,
/// and most are turned away on that byte.
const LEGAL_FORM_ENDS: u32 = {
    let mut mask = 0;
    let mut i = 0;
    while i < LEGAL_FORMS.len() {
        let form = LEGAL_FORMS[i];
        mask |= 1 << legal_form_end_bit(form[form.len() - 1]);
        i += 1;
    }
    mask
};

/// The bit of `LEGAL_FORM_ENDS` for a last byte, either case of a letter.
const fn legal_form_end_bit(b: u8) -> u32 {
    ((b | 0x20).wrapping_sub(b'a') & 31) as u32
}

/// Whether `word` is a company's legal form ("Inc.", "plc", "A/S",
/// "GmbH"), which a name carries when first given and drops later.
fn is_legal_form(word: &str) -> bool {
    // A buffer as long as the longest form ("limited"): a longer word is
    // none.
    let mut buf = [0u8; 7];
    ascii_lower_in(word.trim_end_matches('.'), &mut buf).is_some_and(|l| LEGAL_FORMS.contains(&l))
}

/// `word` in ASCII lower case, written into `buf` rather than allocated;
/// none when it is longer than `buf` (longer than any word it is held
/// against).
fn ascii_lower_in<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let lower = buf.get_mut(..word.len())?;
    // Byte by byte: a copy of a length known only at run time is a call
    // to `memcpy`, dearer than the loop for so short a word.
    for (d, s) in lower.iter_mut().zip(word.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    Some(lower)
}

/// Points each mention of an entity that `remap` merges into another at
/// that other.
fn remap_mentions(mentions: &mut [Mention], remap: &FxHashMap<usize, usize>) {
    if remap.is_empty() {
        return;
    }
    for m in mentions {
        if let Some(&j) = remap.get(&m.entity) {
            m.entity = j;
        }
    }
}

/// Points "Acme Holdings" at "Acme Holdings Inc." named elsewhere, so the
/// company counts as one speaker under the name with its legal form.
fn link_legal_suffix(table: &mut Table) {
    // Names with a legal form are rare: most articles build no map.
    let with_form: Vec<(usize, &str)> = table
        .entities
        .iter()
        .enumerate()
        .filter_map(|(j, e)| {
            // A legal form is at most seven bytes before its dots: the
            // last space is looked for only among the name's last eight
            // (past its dots, which hold none), not back through the
            // whole name as most names, with none there, would make it.
            let undotted = e.name.trim_end_matches('.').as_bytes();
            // The form's last letter is the name's, before its dots.
            if LEGAL_FORM_ENDS & (1 << legal_form_end_bit(*undotted.last()?)) == 0 {
                return None;
            }
            let tail = undotted.len().saturating_sub(8);
            let space = tail + undotted.get(tail..)?.iter().rposition(|&b| b == b' ')?;
            let (base, form) = (e.name.get(..space)?, e.name.get(space + 1..)?);
            is_legal_form(form).then(|| (j, base.trim_end_matches(',')))
        })
        .collect();
    if with_form.is_empty() {
        return;
    }
    let by_name: FxHashMap<&str, usize> = table
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.name, i))
        .collect();
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    for &(j, base) in &with_form {
        if let Some(&i) = by_name.get(base) {
            remap.insert(i, j);
        }
    }
    // "Maple Basket" after "Maple Basket Foods Ltd.": the first words of
    // one company's name, two or more, nothing shows to be a person's.
    for (i, e) in table.entities.iter().enumerate() {
        if e.name_tokens < 2 || e.person_evidence || remap.contains_key(&i) {
            continue;
        }
        let mut longer = with_form.iter().filter(|&&(j, base)| {
            j != i
                && base.len() > e.name.len()
                && base.starts_with(e.name)
                && base.as_bytes()[e.name.len()] == b' '
        });
        if let (Some(&(j, _)), None) = (longer.next(), longer.next()) {
            remap.insert(i, j);
        }
    }
    for &j in remap.values() {
        table.entities[j].kind = SpeakerType::Organization;
        table.entities[j].org_word = true;
    }
    remap_mentions(&mut table.mentions, &remap);
}

/// Points an acronym's mentions at the organisation whose initials it
/// spells ("AU" → African Union, "UNESCO" → United Nations Educational,
/// Scientific and Cultural Organization), so both count as one speaker under
/// the full name.
fn link_acronyms(table: &mut Table) {
    // All ASCII capitals: as many bytes as characters.
    let is_acronym = |e: &Entity| {
        e.name_tokens == 1
            && (2..=8).contains(&e.name.len())
            && e.name.bytes().all(|c| c.is_ascii_uppercase())
    };
    // The acronyms, told once: the last pass visits only them.
    let acronyms: Vec<usize> = (0..table.entities.len())
        .filter(|&i| is_acronym(&table.entities[i]))
        .collect();
    if acronyms.is_empty() {
        return;
    }
    // Each acronym with the first organisation whose initials spell it,
    // and whether another does too.
    let mut spelled: FxHashMap<&str, (Option<usize>, bool)> = acronyms
        .iter()
        .map(|&i| (table.entities[i].name, (None, false)))
        .collect();
    // The first letters of the acronyms, a bit each: a name whose initials
    // start otherwise spells none, and its initials are not made.
    let firsts = spelled.keys().fold(0u32, |m, a| {
        m | a
            .bytes()
            .next()
            .map_or(0, |b| 1 << (b.wrapping_sub(b'A') & 31))
    });
    let mut initials = String::new();
    for (j, e) in table.entities.iter().enumerate() {
        if e.name_tokens < 2 || e.kind != SpeakerType::Organization {
            continue;
        }
        initials.clear();
        let small = |w: &[u8]| matches!(w, b"of" | b"and" | b"for" | b"the" | b"on" | b"in" | b"&");
        let sep = |b: &u8| b.is_ascii_whitespace() || matches!(b, b'\x0b' | b',' | b'-');
        if e.name.is_ascii() {
            // The first initial is the first byte's when the first word is
            // no small word: none of an acronym's first letters, no
            // acronym.
            let head = e.name.as_bytes().split(sep).next().unwrap_or(&[]);
            if let Some(b) = head.first().map(u8::to_ascii_uppercase)
                && !small(head)
                && !(b.is_ascii_uppercase() && firsts & (1 << (b - b'A')) != 0)
            {
                continue;
            }
            // Nearly every name: split on bytes, without decoding
            // characters (the ASCII white space of `char::is_whitespace`
            // is `is_ascii_whitespace` and the vertical tab).
            initials.extend(
                e.name
                    .as_bytes()
                    .split(sep)
                    .filter(|w| !small(w))
                    .filter_map(|w| w.first())
                    .map(|b| char::from(b.to_ascii_uppercase())),
            );
        } else {
            initials.extend(
                e.name
                    .split(|c: char| c.is_whitespace() || c == ',' || c == '-')
                    .filter(|w| !w.is_empty() && !small(w.as_bytes()))
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase),
            );
        }
        if let Some((first, more)) = spelled.get_mut(initials.as_str()) {
            match first {
                None => *first = Some(j),
                Some(_) => *more = true,
            }
        }
    }
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    for i in acronyms {
        if let Some(&(Some(j), false)) = spelled.get(table.entities[i].name) {
            remap.insert(i, j);
        }
    }
    remap_mentions(&mut table.mentions, &remap);
}

/// Resolves the speaker of every claim, in document order.
/// `dateline` is the document's wire dateline (`dateline::dateline`), as
/// `extract::tokenize_with_dateline` found it.
pub(crate) fn resolve(
    doc: &Document,
    sentences: &[Sentence],
    dateline: &std::ops::Range<usize>,
    claims: &mut [Claim],
) {
    let text = doc.text();
    // No source to resolve, no table to build.
    if claims.iter().all(|c| c.source.is_none()) {
        for c in claims.iter_mut() {
            c.speaker = Speaker::none();
        }
        return;
    }
    let mut scratch = SCRATCH.with(|s| s.take());
    let mut table = build_table(text, sentences, dateline, &mut scratch);
    link_nicknames(&mut table, text);
    type_newspapers(&mut table, text);
    name_magazines(&mut table, text);
    type_by_its(&mut table, text);
    let mut st = Salience::default();
    // The tokens of each source, in one vector for all claims.
    let mut toks: Vec<&Tok> = Vec::new();
    // The cues of the article, by start, for a binary search.
    let mut cues: Vec<Span> = claims.iter().map(|c| c.cue).collect();
    cues.sort_unstable_by_key(|c| (c.start, c.end));
    let in_cue = |span: Span| {
        let i = cues.partition_point(|c| c.start <= span.start);
        i > 0 && cues[i - 1].contains(span)
    };
    // The source of the claim before, as extraction gave it.
    let mut last_source: Option<Span> = None;
    for c in claims.iter_mut() {
        let Some(src) = c.source else {
            c.speaker = Speaker::none();
            continue;
        };
        // "said the woman, who like many in the town did not want to be
        // quoted": a claim whose source lies inside the source before is a
        // clause of its description, not who the article turns to next.
        let mut nested = last_source.is_some_and(|l| l.contains(src) && l != src);
        last_source = Some(src);
        let sent: &[Tok] = sentences.get(c.sentence_index).map_or(&[], |s| &s.toks);
        let lo = sent.partition_point(|t| t.span.start < src.start);
        let hi = sent.partition_point(|t| t.span.start < src.end);
        toks.clear();
        toks.extend(sent[lo..hi].iter().filter(|t| src.contains(t.span)));
        let mut src = src;
        let (mut lo, mut hi) = (lo, hi);
        // "said a protester using the pseudonym Katya": the name the
        // source is given speaks, not the description.
        let pseudonym = naming_clause(&toks);
        if let Some(n) = pseudonym {
            toks.drain(..n);
            src = Span::new(toks[0].span.start, src.end);
            lo += n;
        }
        // "The justice — who had kept silent — said", "Democrats — buoyed
        // by big spending — found": an aside set off by dashes after the
        // subject describes it; the subject is the words before it.
        // Not an aside that names the subject ("Trump's running mate —
        // Indiana Gov. Mike Pence", "A former candidate -- John McCain,
        // who …", "Her opponent — the real estate mogul Donald Trump —"):
        // the name speaks. An aside that adds to a group
        // ("Democrats — and some Republicans", "officials — including
        // …") leaves the group as the head.
        if let Some(d) = (1..toks.len())
            .find_map(|i| aside_dash_start(text.as_bytes(), &toks, i).filter(|&d| d >= 1))
            && toks[..d].iter().any(|t| t.is_word())
            && let Some(w) = (d + 1..toks.len()).find(|&i| toks[i].is_word())
            && !(toks[w].cap
                && !toks[w].is_function()
                && toks
                    .get(w + 1)
                    .is_none_or(|n| n.kind != TokenKind::Possessive))
            // "Her opponent — the real estate mogul Donald Trump —": an
            // apposition opened by a determiner names the subject when it
            // holds a name ("The senator — a longtime critic of the
            // president —" holds none).
            && !(toks[w].is("determiner")
                && toks[w + 1..]
                    .iter()
                    .any(|t| t.is_word() && t.cap && !t.is_function()))
        {
            toks.truncate(d);
            src = Span::new(src.start, toks[d - 1].span.end);
            hi = lo + d;
        }
        // "the Trump legal team's claims": a nominal cue's possessor
        // ending in a common noun speaks as that phrase would ("the Trump
        // legal team said"), not as the name inside it.
        if toks.len() >= 3
            && toks[toks.len() - 1].kind == TokenKind::Possessive
            && let n = toks[toks.len() - 2]
            && n.is_word()
            && !n.cap
            && !n.is_function()
            && toks[..toks.len() - 2].iter().any(|t| t.is_word() && t.cap)
        {
            toks.pop();
            src = Span::new(src.start, n.span.end);
            hi = lo + toks.len();
        }
        // "Sen. Susan Collins, R-Maine, said": the party and state set off
        // after a lawmaker's name are no second name.
        if let Some(c) = toks.iter().position(|t| t.is_punct(","))
            && c >= 1
            && {
                let end = toks[c + 1..]
                    .iter()
                    .position(|t| t.is_punct(","))
                    .map_or(toks.len(), |k| c + 1 + k);
                crate::extract::is_party_tag(&toks[c + 1..end])
            }
        {
            toks.truncate(c);
            src = Span::new(src.start, toks[c - 1].span.end);
            hi = lo + c;
        }
        // "Voters who backed Obama said", "Republicans trying to regain
        // control of the Senate said": a restrictive relative clause or a
        // participle after a short noun phrase only narrows it down; the
        // noun phrase speaks, not a name inside the modifier. Not when the
        // modifier is what makes the source anonymous ("officials who
        // spoke on condition of anonymity").
        // A participle only after a word for people or a plural ("Democrats
        // trying to", "a source speaking to"): "mass shooting victims",
        // "U.S. lobbying records", "national polling" are compounds.
        let mut narrowed = None;
        let mut anonymous_modifier = false;
        if let Some(m) = (1..toks.len().min(5)).find(|&i| {
            let (t, p) = (toks[i], toks[i - 1]);
            (!t.cap && matches!(t.lower.as_str(), "who" | "that"))
                // "a person close to the Clintons", "an aide familiar with
                // the talks": anonymous sourcing after a word for people.
                || (!t.cap
                    && close_to(&t.lower)
                    && p.is_word()
                    && !p.cap
                    && p.speaker_classes() & (PERSON | ANONYMOUS | TITLE | GROUP) != 0)
                // "A witness interviewed by congressional staff": a past
                // participle with its agent after a word for people.
                || (t.is_word()
                    && !t.cap
                    && t.lower.ends_with("ed")
                    && toks.get(i + 1).is_some_and(|n| n.lower == "by")
                    && p.is_word()
                    && !p.cap
                    && p.speaker_classes() & (PERSON | ANONYMOUS | TITLE) != 0
                    && p.speaker_classes() & (DOCUMENT | EVIDENCE) == 0)
                || (t.is_word()
                    && !t.cap
                    && t.lower.len() >= 5
                    && t.lower.ends_with("ing")
                    && !t.is_function()
                    && i + 1 < toks.len()
                    // "chief operating officer", "chief marketing
                    // officer": a gerund between two words of a title is
                    // part of it.
                    && !(p.speaker_classes() & TITLE != 0
                        && toks[i + 1].is_word()
                        && toks[i + 1].speaker_classes() & TITLE != 0)
                    && p.is_word()
                    && (p.speaker_classes() & GROUP != 0
                        || (!p.cap
                            && (p.speaker_classes() & (PERSON | ANONYMOUS | TITLE) != 0
                                || (p.lower.len() >= 4 && p.lower.ends_with('s'))))))
        }) && toks[..m]
            .iter()
            .all(|t| t.is_word() || t.kind == TokenKind::Possessive)
            && !toks[m - 1].is_function()
        {
            // "officials who spoke on condition of anonymity", "another
            // Muslim who worshiped at the Islamic Center and who did not
            // want to be named": the modifier makes the source anonymous,
            // and no name inside it speaks.
            // "who spoke on the record", "identified in the report" are
            // named: a marker counts with a negation ("not authorized",
            // "declined to be named") or "off the record".
            let negated = toks[m..].iter().any(|t| {
                t.is_negation()
                    || matches!(t.lower.as_str(), "declined" | "refused" | "off" | "without")
            });
            anonymous_modifier = close_to(&toks[m].lower)
                || toks[m..].iter().any(|t| {
                    t.lower.starts_with("anonym")
                        || (negated
                            && matches!(
                                t.lower.as_str(),
                                "authorized" | "named" | "identified" | "publicly" | "record"
                            ))
                });
            narrowed = Some(src.end);
            toks.truncate(m);
            src = Span::new(src.start, toks[m - 1].span.end);
            hi = lo + m;
        }
        // "police, who said …": a relative pronoun stands for the noun
        // phrase before it: a name ending right there, else the words back
        // to a preposition or conjunction.
        let relative = match toks.as_slice() {
            // Not "WHO", the World Health Organization.
            [t] if matches!(t.lower.as_str(), "who" | "which") && !t.upper => Some(t.span),
            _ => None,
        };
        if let Some(span) = relative
            && let Some(j) = sent.iter().position(|x| x.span == span)
        {
            let mut end = j;
            loop {
                // "Graham—who", "David Duke (who": a dash or bracket sets
                // the clause off as a comma does.
                while end > 0
                    && [",", "(", "—", "–", "--", "-"]
                        .iter()
                        .any(|p| sent[end - 1].is_punct(p))
                {
                    end -= 1;
                }
                // "Sen. Claire McCaskill (D-Mo.), who": past a bracket
                // after the name.
                if end > 0
                    && sent[end - 1].is_punct(")")
                    && let Some(open) = (end.saturating_sub(10)..end - 1)
                        .rev()
                        .find(|&k| sent[k].is_punct("("))
                {
                    end = open;
                    continue;
                }
                // "Ted Cruz, who last year threatened …, and who has been
                // hoping": a second relative clause joined to the first
                // stands for what the first does.
                if end > 0
                    && matches!(sent[end - 1].lower.as_str(), "and" | "but")
                    && let Some(k) = (1..end - 1).rev().find(|&k| {
                        // A clause set off as this one is ("Tom Hale, whose
                        // office drafted it and who said"), not "Voters who
                        // backed the bill".
                        matches!(sent[k].lower.as_str(), "who" | "which" | "whom" | "whose")
                            && [",", "(", "—", "–", "-"]
                                .iter()
                                .any(|p| sent[k - 1].is_punct(p))
                    })
                {
                    end = k;
                    continue;
                }
                break;
            }
            // "Thomas Gray, 24, who …": past an age in apposition.
            if end >= 2
                && sent[end - 1].lower.bytes().all(|b| b.is_ascii_digit())
                && sent[end - 2].is_punct(",")
            {
                end -= 2;
            }
            let mut start = end;
            // "Mark Hay, a marine ecologist at GT, who said": "who" past
            // an appositive that ends on an organisation is the person it
            // describes.
            let described = |m: &Mention| -> Option<Mention> {
                if sent[j].lower != "who" || table.entities[m.entity].kind == SpeakerType::Person {
                    return None;
                }
                let at = sent.partition_point(|t| t.span.start < m.span.start);
                let comma = (at.saturating_sub(12)..at)
                    .rev()
                    .find(|&k| sent[k].is_punct(","))?;
                let opens = sent.get(comma + 1)?;
                if !matches!(opens.lower.as_str(), "a" | "an" | "the") {
                    return None;
                }
                let p = table.ending_at(sent.get(comma.checked_sub(1)?)?.span.end)?;
                let e = &table.entities[p.entity];
                (e.kind == SpeakerType::Person && e.person_evidence).then_some(*p)
            };
            // "Paul Porter, a truck driver from Ava, Mo., who": "who"
            // after the place someone comes from is that someone.
            let tail = (sent[j].lower == "who")
                .then(|| place_tail_person(&table, sent, j))
                .flatten();
            let from_place = match tail {
                Some(PlaceTail::Person(m)) => Some(m),
                _ => None,
            };
            if let Some(PlaceTail::Role(a, b)) = tail {
                start = a;
                end = b;
            } else if let Some(m) = from_place.as_ref().or_else(|| {
                end.checked_sub(1)
                    .and_then(|k| table.ending_at(sent[k].span.end))
            }) {
                let m = described(m).unwrap_or(*m);
                start = sent.partition_point(|t| t.span.start < m.span.start);
                end = sent.partition_point(|t| t.span.start < m.span.end);
                // "a niece of Biden's 2008 opponent Christine O'Donnell,
                // who claimed": "who" is the unnamed person the name
                // only identifies.
                if sent[j].lower == "who"
                    && let Some(o) = (start.saturating_sub(8)..start).rev().find(|&k| {
                        matches!(sent[k].lower.as_str(), "of" | "for")
                            && sent[k + 1..start].iter().all(|t| {
                                matches!(
                                    t.kind,
                                    TokenKind::Word | TokenKind::Number | TokenKind::Possessive
                                )
                            })
                    })
                    && o >= 2
                    && sent[o - 1].is_word()
                    && !sent[o - 1].cap
                    && classes(singular_of(&sent[o - 1].lower)) & (PERSON | TITLE | KIN_M | KIN_F)
                        != 0
                    && matches!(sent[o - 2].lower.as_str(), "a" | "an" | "one")
                {
                    start = o - 2;
                }
            } else if sent[j].lower == "who"
                && let Some(m) = predicate_subject(&table, sent, j)
            {
                // "Donald Trump is a serial liar, … and bully who has
                // pledged": "who" after a predicate noun stands for the
                // subject of "is".
                start = sent.partition_point(|t| t.span.start < m.span.start);
                end = sent.partition_point(|t| t.span.start < m.span.end);
            } else {
                // Not past a cue ('said the woman, who'): the words after
                // it are its source.
                while start > 0
                    && end - start < 8
                    && (sent[start - 1].kind == TokenKind::Possessive
                        || (sent[start - 1].is_word()
                            && !sent[start - 1].is("preposition")
                            && !sent[start - 1].is("subordinator")
                            && !sent[start - 1].is("conjunction")
                            // "And will their editors, who": not back
                            // over a question's auxiliary.
                            && !sent[start - 1].is_auxiliary()))
                    && !in_cue(sent[start - 1].span)
                {
                    start -= 1;
                    // "Trump's words may have affected the former
                    // president, who": the noun phrase opens at its
                    // article, not back over the clause it ends.
                    if matches!(sent[start].lower.as_str(), "the" | "a" | "an") {
                        break;
                    }
                }
            }
            if start < end {
                (src, lo, hi) = retarget(sent, start, end, &mut toks);
            }
        }
        // "the mayor of Yartsevo via news agency Interfax": the channel
        // after "via" only carried the words. "The United States, which has
        // retreated from its goal of ousting Bashar al-Assad, stated …": a
        // relative clause inside the source describes it and names no
        // speaker. The source ends before the first of the two.
        let via = toks.iter().position(|t| t.lower == "via");
        let relative = toks.windows(2).position(|w| {
            w[0].is_punct(",") && matches!(w[1].lower.as_str(), "which" | "who") && !w[1].upper
        });
        if let Some(k) = [via, relative]
            .into_iter()
            .flatten()
            .filter(|&k| k > 0)
            .min()
        {
            // "Ava, Mo., who is a member of the union, said": the place
            // someone comes from, cut from its clause, is that someone.
            let who = sent.partition_point(|t| t.span.start < toks[k].span.start) + 1;
            let from_place = (Some(k) == relative
                && sent.get(who).is_some_and(|t| t.lower == "who"))
            .then(|| place_tail_person(&table, sent, who))
            .flatten()
            .and_then(|t| match t {
                PlaceTail::Person(m) if m.span.end < src.start => Some(m),
                _ => None,
            });
            toks.truncate(k);
            src = Span::new(src.start, toks[k - 1].span.end);
            hi = lo
                + sent[lo..hi]
                    .iter()
                    .take_while(|t| t.span.end <= src.end)
                    .count();
            if let Some(m) = from_place {
                let start = sent.partition_point(|t| t.span.start < m.span.start);
                let end = sent.partition_point(|t| t.span.start < m.span.end);
                (src, lo, hi) = retarget(sent, start, end, &mut toks);
            }
        }
        // "A nurse from Brownsville, Texas, who asked not to be named,
        // said": a source that is only the state closing someone's
        // description (the relative clause skipped) is that someone.
        if let [place] = toks.as_slice()
            && place.cap
            && sent.get(hi).is_some_and(|t| t.is_punct(","))
            // "…, who asked not to be named, said", "Carole Bower, 75, a
            // retiree in Carthage, Ill., supported": the appositive closes
            // before "who" or the cue itself.
            && sent
                .get(hi + 1)
                .is_some_and(|t| t.lower == "who" || in_cue(t.span))
            && let Some(tail) = place_tail_person(&table, sent, hi + 1)
        {
            let (start, end) = match tail {
                PlaceTail::Person(m) => (
                    sent.partition_point(|t| t.span.start < m.span.start),
                    sent.partition_point(|t| t.span.start < m.span.end),
                ),
                PlaceTail::Role(a, b) => (a, b),
            };
            if start < end {
                (src, lo, hi) = retarget(sent, start, end, &mut toks);
            }
        }
        // "Swanson, who is a pastor at the Reformation Church, slammed …":
        // a description in a relative clause after the name is not the
        // source; the name is.
        // "Plotena, the mayor of Esperanza, Sultan Kudarat, announced": so
        // is a role in apposition after it.
        let comma = if lo >= 4
            && matches!(sent[lo - 1].lower.as_str(), "is" | "was")
            && sent[lo - 2].lower == "who"
            && sent[lo - 3].is_punct(",")
        {
            Some(lo - 3)
        } else if lo >= 2
            && sent[lo - 1].is_punct(",")
            && toks.get(1).is_some_and(|t| is_title_word(&t.lower))
            // The apposition closes before the cue ("…, Sultan Kudarat,
            // announced"), not "Speaking to X, the president said".
            && sent.get(hi).is_some_and(|t| t.is_punct(","))
        {
            Some(lo - 1)
        } else {
            None
        };
        if let Some(comma) = comma
            && comma >= 1
            && toks
                .first()
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
            && let Some(m) = table.ending_at(sent[comma - 1].span.end).copied()
            && table.entities[m.entity].may_be_person()
            && let start = sent.partition_point(|t| t.span.start < m.span.start)
            && start < comma
            // The name opens its clause, past its title: no verb or
            // preposition before it ("After meeting with Angela Merkel, the
            // chancellor said").
            && sent[..start]
                .iter()
                .rev()
                .find(|t| !(t.is_word() && (t.cap || is_title_word(&t.lower))))
                .is_none_or(|t| t.kind == TokenKind::Punct)
        {
            (src, lo, hi) = retarget(sent, start, comma, &mut toks);
        }
        // "on Twitter West accused …": a platform before a name only says
        // where the name spoke.
        if toks.len() >= 2 && toks[0].speaker_classes() & PLATFORM != 0 && toks[1].cap {
            toks.remove(0);
            src = Span::new(toks[0].span.start, src.end);
            lo += 1;
        }
        // "Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed …": a day
        // is no source; the name before "on" and a bracket is.
        if !toks.is_empty()
            && toks.iter().all(|t| t.is_time_word())
            && let Some(m) = {
                let mut k = lo;
                if k > 0 && sent[k - 1].lower == "on" {
                    k -= 1;
                }
                if k > 0 && sent[k - 1].is_punct(")") {
                    k = sent[..k - 1]
                        .iter()
                        .rposition(|t| t.is_punct("("))
                        .filter(|&o| k - o <= 8)
                        .unwrap_or(k);
                }
                k.checked_sub(1)
                    .filter(|_| k < lo)
                    .and_then(|p| table.ending_at(sent[p].span.end))
                    .copied()
            }
        {
            let start = sent.partition_point(|t| t.span.start < m.span.start);
            let end = sent.partition_point(|t| t.span.start < m.span.end);
            if start < end {
                (src, lo, hi) = retarget(sent, start, end, &mut toks);
            }
        }
        // "47-year-old Matovič's government office": an age before a name
        // only describes it.
        if let Some(age) = toks
            .iter()
            .take(3)
            .position(|t| t.lower.ends_with("year-old"))
            && toks[..age]
                .iter()
                .all(|t| t.kind == TokenKind::Number || t.is_punct("-"))
            && toks.get(age + 1).is_some_and(|t| t.cap)
        {
            toks.drain(..=age);
            src = Span::new(toks[0].span.start, src.end);
            lo += age + 1;
        }
        // The asker going on ('he added', 'he asked again') is no answer.
        if matches!(
            &*c.cue_lemma,
            "ask" | "add" | "continue" | "repeat" | "press"
        ) {
            st.asked = None;
            st.asked_unnamed = None;
        }
        // "Reuters, citing anonymous sources, reported", "citing data from
        // the Labour Ministry": those cited speak, not the one citing
        // ("citing health concerns", "citing the storm" keep the subject).
        // Like a nested claim, it leaves the article's topic as it was.
        if &*c.cue_lemma == "cite"
            && c.cue.text(text).eq_ignore_ascii_case("citing")
            && let Some(span) = cited(&table, sent, c.cue.end)
        {
            let a = sent.partition_point(|t| t.span.start < span.start);
            let b = sent.partition_point(|t| t.span.start < span.end);
            if a < b {
                (src, lo, hi) = retarget(sent, a, b, &mut toks);
                nested = true;
            }
        }
        let ctx = Context {
            text,
            toks: &toks,
            src,
            sentence: c.sentence_index,
            sent_start: sent.first().map_or(0, |t| t.span.start),
            sent_end: sent.last().map_or(0, |t| t.span.end),
            prev_start: c
                .sentence_index
                .checked_sub(1)
                .and_then(|k| sentences.get(k))
                .and_then(|s| s.toks.first())
                .or(sent.first())
                .map_or(0, |t| t.span.start),
            around: Around::new(&table, sent, lo, hi),
            quote_open: quote_open(c, sentences),
        };
        let (mut speaker, mut entity) = resolve_one(&ctx, &mut table, &st);
        // An interview transcript: "NG: This study started …". A label
        // opening a line is who answers; initials there are the one person
        // the article names with them, and "I" later in the answer's
        // paragraph is that person.
        let label = text.as_bytes().get(src.end) == Some(&b':')
            && text[..src.start]
                .trim_end_matches([' ', '\t'])
                .ends_with('\n');
        if label
            && let [t] = toks.as_slice()
            && let Some(e) = initials_of(&table, t.span.text(text))
        {
            (speaker, entity) = found(&table, e);
        }
        // "I" in an answer is whoever its paragraph's label names ("FALLIN:
        // Well, I think …", "((Naomi Martisius)) I guess …"); "you" in a
        // question marked as the interviewer's ("((WN)) You mention …",
        // "Q: Do you …") is whoever the next paragraph's label names.
        if let [t] = toks.as_slice()
            && matches!(t.lower.as_str(), "i" | "you")
            && speaker.kind == SpeakerType::Pronoun
        {
            let para = text[..src.start].rfind("\n\n").map_or(0, |k| k + 2);
            let opening = text[para..].trim_start();
            let asks = ["((WN))", "((Wikinews))", "Wikinews:", "WN:", "Q:", "Q."]
                .iter()
                .any(|m| opening.starts_with(m));
            let labelled = if t.lower == "i" {
                paragraph_label(&table, text, para)
            } else if asks {
                text[src.start..]
                    .find("\n\n")
                    .and_then(|k| paragraph_label(&table, text, src.start + k + 2))
            } else {
                None
            };
            if let Some(e) = labelled {
                (speaker, entity) = found(&table, e);
            }
        }
        // A name someone goes by is a person's, though no list knows it
        // ("Katya").
        if pseudonym.is_some() && speaker.kind == SpeakerType::Organization {
            speaker.kind = SpeakerType::Person;
            if let Some(e) = entity.and_then(|e| table.entities.get_mut(e)) {
                e.kind = SpeakerType::Person;
            }
        }
        if anonymous_modifier && entity.is_none() && speaker.kind != SpeakerType::None {
            speaker.kind = SpeakerType::Anonymous;
        }
        // An unnamed group or anonymous source keeps what narrows it down,
        // as its name ("Republicans who critiqued the speech").
        // ("Researchers at Stanford who studied the data": the words the
        // head's name kept of the phrase, "at Stanford", too.)
        if let Some(end) = narrowed
            && entity.is_none()
            && matches!(speaker.kind, SpeakerType::Group | SpeakerType::Anonymous)
            && let (Some(name), Some(rest)) = (&speaker.name, text.get(src.end..end))
        {
            let whole = text.get(src.start..end).unwrap_or("");
            let tail = whole
                .get(..name.len())
                .filter(|head| head.eq_ignore_ascii_case(name))
                .and_then(|_| whole.get(name.len()..))
                .unwrap_or(rest);
            speaker.name = Some(format!("{name}{tail}"));
        }
        if (entity.is_some() || speaker.kind == SpeakerType::Organization)
            && let Some(head) = toks.iter().find_map(|t| document_noun_tok(t))
        {
            st.documents
                .push((head.to_string(), speaker.clone(), entity));
        }
        // "Trump, in a statement delivered via his press secretary,
        // announced …", "the SDF said in a statement": the speaker issued
        // that document, which "the statement" later stands for.
        if matches!(
            speaker.kind,
            SpeakerType::Person | SpeakerType::Organization | SpeakerType::Group
        ) {
            let from = sent.partition_point(|t| t.span.start < src.end);
            let to = sent
                .partition_point(|t| t.span.start < c.cue.end)
                .saturating_add(6)
                .min(sent.len());
            // An opener first: they are rare, and only the few words after
            // one are looked up as document nouns. A word whose length and
            // first and last letters are no opener's is turned away on the
            // text, which is in cache, before its lower case is read.
            const OPENERS: [&str; 11] = [
                "in",
                "issued",
                "released",
                "published",
                "posted",
                "sent",
                "signed",
                "filed",
                "lodged",
                "submitted",
                "unveiled",
            ];
            const LETTERS: Letters = Letters::new(&OPENERS);
            let bytes = text.as_bytes();
            let issued = (from..to)
                .filter(|&k| {
                    let t = &sent[k];
                    LETTERS.may_be(bytes, t) && OPENERS.contains(&t.lower.as_str())
                })
                .find_map(|k| {
                    sent[k + 1..to.min(k + 4)]
                        .iter()
                        .find_map(|t| document_noun_tok(t))
                });
            if let Some(noun) = issued {
                st.documents
                    .push((noun.to_string(), speaker.clone(), entity));
            }
        }
        if !nested {
            st.update(&speaker, entity, c.sentence_index);
            st.asked = asked_person(&table, text, c, entity).map(|a| (a, c.sentence_index));
            st.asked_unnamed = entity
                .filter(|_| st.asked.is_none())
                .and_then(|_| asked_unnamed(text, c))
                .map(|sp| (sp, c.sentence_index));
        }
        // A name is cut from the text, which may hold two spaces, a line
        // break or blanked Markdown between its words ("The  mayor"): it is
        // written with single spaces.
        speaker.name = speaker.name.map(one_spaced);
        speaker.title = speaker.title.map(one_spaced);
        c.speaker = speaker;
    }
    headline_speakers(text, sentences, claims);
    scratch.entities = recycle(table.entities);
    scratch.mentions = recycle(table.mentions);
    // Not the buffers of a huge article: a thread would hold that memory
    // for as long as it lives.
    if scratch.small() {
        SCRATCH.with(|s| s.replace(scratch));
    }
}

/// "US announces limits on flights" over "The United States Department of
/// Transportation announced …": a headline's source given by no name of
/// its own is the one the lead names for the same cue. Only one of the
/// same type ("Acme says …" over "Acme's chief executive said …" stays
/// Acme).
fn headline_speakers(text: &str, sentences: &[Sentence], claims: &mut [Claim]) {
    let head_end = headline_end(text);
    if head_end == 0 {
        return;
    }
    // The lead: the first two sentences after the headline.
    let Some(first_body) = sentences
        .iter()
        .position(|s| s.toks.first().is_some_and(|t| t.span.start >= head_end))
    else {
        return;
    };
    // The lead's source named: a name of several words, or one found for
    // other words than its own ("the agency" → a body).
    let named = |l: &Claim| {
        l.speaker.name.as_deref().is_some_and(|n| {
            n.contains(' ')
                || l.source
                    .is_some_and(|s| !strip_determiner(s.text(text)).eq_ignore_ascii_case(n))
        })
    };
    for h in 0..claims.len() {
        let c = &claims[h];
        let (Some(src), Some(name)) = (c.source, c.speaker.name.as_deref()) else {
            continue;
        };
        if c.cue.start >= head_end {
            break;
        }
        // Named by its own words: no other name was found for it.
        let own = src.text(text);
        let own = strip_determiner(own);
        if !name.eq_ignore_ascii_case(own) || c.speaker.kind == SpeakerType::Person {
            continue;
        }
        let lead = claims.iter().find(|l| {
            l.sentence_index >= first_body
                && l.sentence_index <= first_body + 1
                && l.cue_lemma == c.cue_lemma
        });
        if let Some(l) = lead
            && l.speaker.kind == c.speaker.kind
            && named(l)
        {
            claims[h].speaker = l.speaker.clone();
        }
    }
}

/// `name` with its words separated by single spaces, as one writes it;
/// unchanged (no copy) when it already is.
fn one_spaced(name: String) -> String {
    let tidy = !name.starts_with(char::is_whitespace)
        && !name.ends_with(char::is_whitespace)
        && !doubled_or_broken_space(name.as_bytes());
    if tidy {
        return name;
    }
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Two ASCII white-space bytes in a row, or a line break or tab
/// anywhere: one pass over the bytes with no branch per byte, where a
/// window search and a search for three characters each cost a call and
/// mispredicted branches on every name.
fn doubled_or_broken_space(bytes: &[u8]) -> bool {
    let mut bad = false;
    let mut prev = false;
    for &b in bytes {
        let ws = b.is_ascii_whitespace();
        bad |= (ws & prev) | matches!(b, b'\n' | b'\r' | b'\t');
        prev = ws;
    }
    bad
}

/// Who is cited after "citing" at `after` in `sent`, if they can speak:
/// the whole phrase when its head (the last word before a preposition or
/// "that/who/which", within the clause) is a word for people or a body
/// ("anonymous sources", "officials familiar with the talks"); the body
/// named in it when its head is a document or evidence ("data from the
/// Labour Ministry"), not a nation or place. `None` for anything else
/// ("health concerns", "the storm").
fn cited(table: &Table, sent: &[Tok], after: usize) -> Option<Span> {
    let k0 = sent.partition_point(|t| t.span.start < after);
    let stop = sent.len().min(k0 + 12);
    let kp = (k0..stop)
        .find(|&k| sent[k].kind == TokenKind::Punct)
        .unwrap_or(stop);
    let kh = (k0 + 1..kp)
        .find(|&k| {
            sent[k].is("preposition") || matches!(sent[k].lower.as_str(), "that" | "who" | "which")
        })
        .unwrap_or(kp);
    // With no punctuation closing the clause soon, it may run on into what
    // the cited said ("citing sources within the party have indicated …"):
    // the head is where the cited end.
    let kp = if kp < sent.len() && sent[kp].kind == TokenKind::Punct {
        kp
    } else {
        kh
    };
    let head = sent
        .get(kh.checked_sub(1)?)
        .filter(|h| kh > k0 && h.is_word() && !h.cap)?;
    let singular = singular_of(&head.lower);
    let hc = head.speaker_classes() | classes(singular);
    if hc & (DOCUMENT | EVIDENCE) == 0 {
        return (hc & (PERSON | TITLE | GROUP | ANONYMOUS | ORGANIZATION) != 0)
            .then(|| sent[k0].span.cover(sent[kp - 1].span));
    }
    let end = sent[kp.max(k0 + 1) - 1].span.end;
    let m = table.after(sent[k0].span.start).next()?;
    let e = &table.entities[m.entity];
    let place =
        e.name_tokens <= 4 && classes(&e.name.to_lowercase()) & (COUNTRY | PLACE | REGION) != 0;
    (m.span.end <= end && !place).then_some(m.span)
}

fn retarget<'s>(
    sent: &'s [Tok],
    start: usize,
    end: usize,
    toks: &mut Vec<&'s Tok>,
) -> (Span, usize, usize) {
    toks.clear();
    toks.extend(&sent[start..end]);
    (sent[start].span.cover(sent[end - 1].span), start, end)
}

/// What the resolver remembers of earlier claims: the previous speaker,
/// which pronouns and descriptions prefer.
#[derive(Default)]
struct Salience {
    /// The last speaker with an entity, and its sentence.
    prev: Option<(usize, usize)>,
    /// The last speaker without an entity (a group, an unnamed
    /// organisation, a role, two people), its sentence, and whether it is
    /// plural.
    prev_group: Option<(Speaker, usize, bool)>,
    /// Claims seen so far, and the claim counts at which `prev` and
    /// `prev_group` were set: which of the two spoke last.
    claims: usize,
    prev_at: usize,
    group_at: usize,
    /// Unnamed roles that spoke, by head word, with their sentences, the
    /// latest last.
    roles: Vec<(String, Speaker, usize)>,
    /// Documents that spoke for a named issuer ("a 1989 report from the
    /// NTSB"), by head word, the latest last: what "the report" is later.
    documents: Vec<(String, Speaker, Option<usize>)>,
    /// The last organisation that spoke, and its sentence: "the company"
    /// after its chief executive spoke is still that company.
    prev_org: Option<(usize, usize)>,
    /// The last speaker named as several ("Tesco and Salling Group"):
    /// what "the parties" or "both companies" later stand for.
    joint: Option<Speaker>,
    /// The speakers with an entity before `prev`, the latest last, with
    /// their sentences: '"…," she said' after a man quoted inside her
    /// quotation is still her.
    earlier: Vec<(usize, usize)>,
    /// The last speaker picked out as one of a kind ("One user", "a
    /// resident"), its sentence, and the claim count when it spoke: what
    /// "Another" right after is one more of.
    prev_one: Option<(Speaker, usize, usize)>,
    /// Whom `prev` asked a question, named right after the cue ("Hannity
    /// asked Trump how high the wall would be"), and the sentence: who
    /// answers next.
    asked: Option<(usize, usize)>,
    /// Whom `prev` asked when no one named it was ("Crown prosecutor
    /// Deborah Ellingsen asked the teen how long …"): an anonymous source
    /// under its description, and the sentence.
    asked_unnamed: Option<(Speaker, usize)>,
}

/// The role word of an unnamed speaker's phrase: its last title or person
/// word ("a spokesman for the ministry" → "spokesman").
fn role_head(phrase: &str) -> Option<String> {
    let is_head = |w: &str| {
        in_class(w, TITLE | PERSON)
            && !is_subordinate(w)
            && !matches!(
                w,
                "senior"
                    | "top"
                    | "campaign"
                    | "house"
                    | "state"
                    | "press"
                    | "majority"
                    | "minority"
                    | "member"
                    | "first"
            )
    };
    // The head comes before what the role is for or of: "A spokesperson
    // for Premier David Eby" is a spokesperson, not a premier.
    let phrase = [" for ", " of ", " with ", " at ", ", "]
        .iter()
        .filter_map(|p| phrase.find(p))
        .min()
        .map_or(phrase, |k| &phrase[..k]);
    // Each word is lower-cased into one buffer, as nearly all are ASCII;
    // any other the full Unicode way.
    let mut buf = String::new();
    for w in phrase
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .rev()
    {
        if w.is_ascii() {
            buf.clear();
            buf.push_str(w);
            buf.make_ascii_lowercase();
            if is_head(&buf) {
                return Some(buf);
            }
        } else {
            let lower = w.to_lowercase();
            if is_head(&lower) {
                return Some(lower);
            }
        }
    }
    None
}

impl Salience {
    /// Remembers `speaker` under `head`, the latest last, as one of the
    /// eight most recent roles.
    fn remember_role(&mut self, head: String, speaker: &Speaker, sentence: usize) {
        self.roles.retain(|(h, _, _)| *h != head);
        if self.roles.len() >= 8 {
            self.roles.remove(0);
        }
        self.roles.push((head, speaker.clone(), sentence));
    }

    fn update(&mut self, speaker: &Speaker, entity: Option<usize>, sentence: usize) {
        self.claims += 1;
        if let Some(e) = entity {
            if let Some(p) = self.prev
                && p.0 != e
            {
                self.earlier.retain(|&(x, _)| x != p.0);
                if self.earlier.len() >= 3 {
                    self.earlier.remove(0);
                }
                self.earlier.push(p);
            }
            self.prev = Some((e, sentence));
            self.prev_at = self.claims;
            if speaker.kind == SpeakerType::Organization {
                self.prev_org = Some((e, sentence));
            }
            return;
        }
        if matches!(speaker.kind, SpeakerType::Anonymous | SpeakerType::Person)
            && speaker.name.as_deref().is_some_and(|n| {
                n.split_once(' ').is_some_and(|(det, rest)| {
                    !rest.is_empty()
                        && ["one", "a", "an", "another"]
                            .iter()
                            .any(|d| det.eq_ignore_ascii_case(d))
                })
            })
        {
            self.prev_one = Some((speaker.clone(), sentence, self.claims));
        }
        // " and " looked for byte by byte: a name is short, and a
        // substring search costs more to set up than this scan.
        let joint = speaker
            .name
            .as_deref()
            .is_some_and(|n| n.as_bytes().windows(5).any(|w| w == b" and "));
        if joint {
            self.joint = Some(speaker.clone());
        }
        let plural = speaker.kind == SpeakerType::Group || joint;
        // An unnamed role ("a senior official", "one MP"), remembered by its
        // head for a later "the official".
        if matches!(speaker.kind, SpeakerType::Anonymous | SpeakerType::Person)
            && let Some(head) = speaker.name.as_deref().and_then(role_head)
        {
            self.remember_role(head, speaker, sentence);
        }
        // An unnamed organisation ("China's foreign ministry"), remembered
        // by its last word for a later "the ministry".
        if speaker.kind == SpeakerType::Organization
            && let Some(last) = speaker.name.as_deref().map(last_word)
            && let head = last.to_lowercase()
            && in_class(&head, ORGANIZATION)
        {
            self.remember_role(head, speaker, sentence);
        }
        // A person known only by a role ("the minister"): a later "he"
        // or "his" can still point to them.
        if matches!(
            speaker.kind,
            SpeakerType::Group | SpeakerType::Organization | SpeakerType::Person
        ) {
            self.prev_group = Some((speaker.clone(), sentence, plural));
            self.group_at = self.claims;
        }
    }

    /// The previous speaker's entity, if it spoke within `within`
    /// sentences of `sentence`.
    fn recent(&self, sentence: usize, within: usize) -> Option<usize> {
        self.prev
            .filter(|&(_, s)| sentence.saturating_sub(s) <= within)
            .map(|(e, _)| e)
    }
}

/// The tokens of a source and what stands right around it in its sentence.
struct Context<'a> {
    text: &'a str,
    toks: &'a [&'a Tok],
    src: Span,
    sentence: usize,
    /// Where the source's sentence starts and ends.
    sent_start: usize,
    sent_end: usize,
    /// Where the sentence before it starts (`sent_start` for the first).
    prev_start: usize,
    around: Around,
    /// For a quotation running over sentences before its cue ('"… . …,"
    /// she said'), the sentence it opens in, where that starts, and where
    /// the sentence before it starts: what a pronoun source follows on
    /// from, as the sentences between are the speaker's own words.
    quote_open: Option<(usize, usize, usize)>,
}

impl<'a> Context<'a> {
    /// The same claim's context for words of its source that stand for
    /// another speaker (an issuer after "published by", the body a
    /// document's modifier names): `toks` spanning `src`, with nothing
    /// around them.
    fn narrowed<'b>(&self, toks: &'b [&'b Tok], src: Span) -> Context<'b>
    where
        'a: 'b,
    {
        Context {
            text: self.text,
            toks,
            src,
            sentence: self.sentence,
            sent_start: self.sent_start,
            sent_end: self.sent_end,
            prev_start: self.prev_start,
            around: Around::default(),
            quote_open: self.quote_open,
        }
    }
}

/// Words that open a question put to someone after "asked X" ("about"
/// last: a topic, not a question, for someone described but unnamed).
const QUESTIONS: [&str; 10] = [
    "whether ", "if ", "how ", "what ", "why ", "when ", "where ", "who ", "which ", "about ",
];

/// At most `len` bytes of the text after the claim's cue, past white
/// space: where a role asked a question and the question open, with no
/// search running on through the article.
fn after_cue<'t>(text: &'t str, c: &Claim, len: usize) -> Option<&'t str> {
    let after = text.get(c.cue.end..)?.trim_start();
    let mut window = after.len().min(len);
    while !after.is_char_boundary(window) {
        window -= 1;
    }
    after.get(..window)
}

/// Whether the claim's cue is a form of "ask".
fn asks(text: &str, c: &Claim) -> bool {
    let cue = c.cue.text(text);
    ["asked", "asks", "ask", "asking"]
        .iter()
        .any(|w| cue.eq_ignore_ascii_case(w))
}

/// The person a claim whose speaker is `asker` (`None` for one the table
/// does not hold: "a reporter", "I") asks a question: named
/// right after the cue "asked" (or past their title, "asked Senator Bob
/// Reed") and before the question ("whether", "how", "about", a colon);
/// not a request ("asked Reed to resign", "for help").
fn asked_person(table: &Table, text: &str, c: &Claim, asker: Option<usize>) -> Option<usize> {
    if !asks(text, c) {
        return None;
    }
    let question =
        |rest: &str| rest.starts_with(':') || QUESTIONS.iter().any(|w| rest.starts_with(w));
    // "asked the former deputy minister whether she accepted …": the
    // person asked by the title the article gave them.
    if let Some(role) = after_cue(text, c, 120)?.strip_prefix("the ")
        && let Some(end) = role
            .match_indices(' ')
            .map(|(k, _)| k)
            .find(|&k| QUESTIONS.iter().any(|w| role[k + 1..].starts_with(w)))
        && let role = &role[..end]
        && (1..=4).contains(&role.split(' ').count())
        && role
            .chars()
            .all(|ch| ch.is_lowercase() || ch == ' ' || ch == '-')
        && let Some(head) = role.rsplit(' ').next()
        // ("asked the pathologist whether": a profession by its ending.)
        && (is_title_word(head) || head.len() > 5 && agent_ending(head))
        && let Some(m) = table.before(c.cue.start).find(|m| {
            Some(m.entity) != asker
                && table.entities[m.entity].kind == SpeakerType::Person
                && table.entities[m.entity]
                    .title_lower()
                    .is_some_and(|t| title_has(t, head))
        })
    {
        return Some(m.entity);
    }
    // "A reporter asked her whether the talks went well": the person
    // named last before, of the pronoun's sex, other than the asker; not
    // one named as an owner ("John Podesta — Bill Clinton's former chief
    // of staff — … when I asked him how …") or after "of".
    if let Some((pronoun, rest)) = after_cue(text, c, 120)?.split_once(' ')
        && matches!(pronoun, "her" | "him")
        && question(rest)
    {
        let sex = if pronoun == "him" {
            Gender::Male
        } else {
            Gender::Female
        };
        return table
            .before(c.cue.start)
            .take(LOOK_BACK)
            .find(|m| {
                let e = &table.entities[m.entity];
                Some(m.entity) != asker
                    && e.kind == SpeakerType::Person
                    && !opposite(e.gender, sex)
                    && !text
                        .get(m.span.end..)
                        .is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"))
                    // Nor one named after "of" ("the family of Emma
                    // Lachance").
                    && !text.get(..m.span.start).is_some_and(|b| b.ends_with(" of "))
            })
            .map(|m| m.entity);
    }
    let m = table.after(c.cue.end).next()?;
    let gap = text.get(c.cue.end..m.span.start)?.trim();
    if !(gap.is_empty() || table.entities[m.entity].title == Some(gap)) || Some(m.entity) == asker {
        return None;
    }
    let rest = text.get(m.span.end..)?.trim_start();
    question(rest).then_some(m.entity)
}

/// The person named last before `before` with the age `age` (digits)
/// given beside the name: "Margaret Pynn-Doucette, 62,", "Jo Tam, who is
/// 62,", "62-year-old Jo Tam".
fn aged(table: &Table, text: &str, age: &str, before: usize) -> Option<usize> {
    if age.is_empty() || age.len() > 3 || !age.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let age_at = |rest: &str| {
        rest.strip_prefix(age)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric()))
    };
    table
        .before(before)
        .find(|m| {
            let e = &table.entities[m.entity];
            e.may_be_person()
                && !e.org_word
                && (text.get(m.span.end..).is_some_and(|r| {
                    r.strip_prefix(", ")
                        .is_some_and(|r| age_at(r) || r.strip_prefix("who is ").is_some_and(age_at))
                }) || text.get(..m.span.start).is_some_and(|b| {
                    b.strip_suffix("-year-old ").is_some_and(|b| {
                        b.ends_with(age)
                            && !b[..b.len() - age.len()].ends_with(|c: char| c.is_ascii_digit())
                    })
                }))
        })
        .map(|m| m.entity)
}

/// The person a trial story is about, before `before`: the one named
/// nearest before the words, in the sentence that last says someone is
/// charged, accused or on trial ("Josée Lapierre-Nantel, 54, is charged
/// with …", "Judge Mary Okafor heard that Tom Reyes is charged", "Desmond
/// Achterberg-Loy took the stand in his own defence").
fn accused_person(table: &Table, text: &str, before: usize) -> Option<usize> {
    const MARKS: [&str; 10] = [
        "charged with",
        "is accused of",
        "was accused of",
        "stands accused",
        "pleaded not guilty",
        "pleaded guilty",
        "on trial",
        "own defence",
        "own defense",
        "took the stand",
    ];
    let mut lo = before.saturating_sub(6000);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    // In lower case ("Charged with" opens a sentence too); ASCII folding
    // keeps every byte where it was.
    let window = text.get(lo..before)?.to_ascii_lowercase();
    let b = window.as_bytes();
    let mut marks: Vec<usize> = MARKS
        .iter()
        .flat_map(|m| window.match_indices(m).map(|(k, _)| k))
        // Whole words: not "discharged with".
        .filter(|&k| k == 0 || !b[k - 1].is_ascii_alphanumeric())
        .map(|k| lo + k)
        .collect();
    marks.sort_unstable();
    marks.iter().rev().find_map(|&at| {
        let from = sentence_start_in(text.get(..at)?);
        table
            .before(at)
            .take_while(|m| m.span.start >= from)
            .find(|m| {
                let e = &table.entities[m.entity];
                e.may_be_person() && !e.org_word && e.name_tokens >= 2
            })
            .map(|m| m.entity)
    })
}

/// Whom a question was put to, when the text describes them without a
/// name: "asked the teen how long …", "asked a witness whether …". An
/// anonymous source under the description; `asked_person` has already
/// looked for someone titled so.
fn asked_unnamed(text: &str, c: &Claim) -> Option<Speaker> {
    if !asks(text, c) {
        return None;
    }
    let after = after_cue(text, c, 80)?;
    let role = after
        .strip_prefix("the ")
        .or_else(|| after.strip_prefix("a "))?;
    let end = role.match_indices(' ').map(|(k, _)| k).find(|&k| {
        QUESTIONS[..QUESTIONS.len() - 1]
            .iter()
            .any(|w| role[k + 1..].starts_with(w))
    })?;
    let role = &role[..end];
    let head = role.rsplit(' ').next()?;
    ((1..=3).contains(&role.split(' ').count())
        && role
            .chars()
            .all(|ch| ch.is_lowercase() || ch == ' ' || ch == '-')
        && in_class(head, PERSON | KIN_M | KIN_F))
    .then(|| Speaker {
        name: Some(role.to_string()),
        kind: SpeakerType::Anonymous,
        title: None,
    })
}

/// `Context::quote_open` of a claim: a direct or mixed one whose content
/// starts in a sentence before its cue's.
fn quote_open(c: &Claim, sentences: &[Sentence]) -> Option<(usize, usize, usize)> {
    let content = c.content?;
    if !matches!(c.kind, ClaimKind::Direct | ClaimKind::Mixed) || content.start >= c.cue.start {
        return None;
    }
    let start_of = |k: usize| sentences.get(k)?.toks.first().map(|t| t.span.start);
    // The sentence holding the content's start: the last one starting at
    // or before it.
    let k = sentences
        .partition_point(|s| s.toks.first().is_none_or(|t| t.span.start <= content.start))
        .checked_sub(1)?;
    if k >= c.sentence_index {
        return None;
    }
    let sent_start = start_of(k)?;
    let prev_start = k.checked_sub(1).and_then(start_of).unwrap_or(sent_start);
    Some((k, sent_start, prev_start))
}

/// Mentions next to a source that can name it when the source itself does
/// not.
#[derive(Default, Clone, Copy)]
struct Around {
    /// "the El Paso mayor, Dee Margo, …": a person named in apposition.
    appositive: Option<Mention>,
    /// "The union representing paramedics, the International Union of
    /// Operating Engineers Local 727, said": a body named in apposition.
    body: Option<Mention>,
    /// "a report by The Atlantic", "data from the Archive": the issuer
    /// named after a preposition.
    issuer: Option<Mention>,
    /// "Peter Iseley of victim group Ending Clergy Abuse": the person
    /// named before "of" when the source is only their organisation.
    person_of: Option<Mention>,
}

impl Around {
    fn new(table: &Table, sent: &[Tok], lo: usize, hi: usize) -> Around {
        let mut a = Around::default();
        let mention_at = |k: usize| -> Option<Mention> {
            let k = if sent.get(k).is_some_and(|t| t.lower == "the") {
                k + 1
            } else {
                k
            };
            sent.get(k)
                .and_then(|t| table.starting_at(t.span.start))
                .copied()
        };
        if sent.get(hi).is_some_and(|t| t.is_punct(",")) {
            // "The study's lead author, doctoral candidate Maninder Thind,
            // said": past a role in lower case before the name, which then
            // closes the apposition.
            let mut k = hi + 1;
            while k < sent.len()
                && k - hi <= 6
                && sent[k].is_word()
                && !sent[k].cap
                && (sent[k].lower == "and" || !sent[k].is_function())
            {
                k += 1;
            }
            let role = k == hi + 1
                || sent[k - 1].speaker_classes() & (TITLE | PERSON) != 0
                    && sent.get(k).is_some_and(|t| t.cap);
            // A role in apposition is itself evidence of a person: a full
            // name there ("The mayor of London, Sadiq Khan, …") is one,
            // whether or not its first name is known.
            a.appositive = mention_at(k)
                .filter(|m| {
                    let e = &table.entities[m.entity];
                    role && e.may_be_person()
                })
                .filter(|m| {
                    k == hi + 1
                        || sent
                            .get(sent.partition_point(|t| t.span.start < m.span.end))
                            .is_some_and(|t| t.is_punct(","))
                });
            if a.appositive.is_none() {
                a.appositive = described_in_apposition(table, sent, hi + 1);
            }
            a.body = mention_at(hi + 1).filter(|m| {
                let e = &table.entities[m.entity];
                e.org_word
                    && e.name_tokens >= 2
                    && sent
                        .get(sent.partition_point(|t| t.span.start < m.span.end))
                        .is_none_or(|t| t.is_punct(",") || t.is_punct("."))
            });
        }
        // "said Dalhousie's vice-president of research, Dr. Alice
        // Okonjo-Burke", "Her colleague across the hall, Grade 3 teacher
        // Kofi Asante-Mbeki,": past the role's complement to its
        // apposition.
        if a.appositive.is_none()
            && sent.get(hi).is_some_and(|t| t.is("preposition") && !t.cap)
            && let Some(comma) = (hi + 1..sent.len().min(hi + 6)).find(|&k| sent[k].is_punct(","))
            && sent[hi + 1..comma].iter().all(|t| t.is_word() && !t.cap)
        {
            a.appositive = described_in_apposition(table, sent, comma + 1);
        }
        if sent
            .get(hi)
            .is_some_and(|t| matches!(t.lower.as_str(), "by" | "from" | "of" | "in"))
        {
            a.issuer = mention_at(hi + 1);
        }
        // "The complaint, filed by the ACLU, notes", "The proclamation,
        // signed by President Donald Trump, said": the issuer in a
        // participle phrase between the document and the cue, past the
        // title before its name.
        // ("The memo, dated April 14 and signed by deputy chief Roland
        // Okafor-Best, says": past a first participle and "and".)
        if sent.get(hi).is_some_and(|t| t.is_punct(","))
            && let Some(p) = (hi + 1..sent.len().min(hi + 10))
                .take_while(|&k| !sent[k].is_punct(",") && !sent[k].is_punct("."))
                .find(|&k| {
                    (k == hi + 1 || sent[k - 1].lower == "and")
                        && matches!(
                            sent[k].lower.as_str(),
                            "filed"
                                | "signed"
                                | "issued"
                                | "released"
                                | "published"
                                | "written"
                                | "submitted"
                                | "prepared"
                                | "authored"
                                | "commissioned"
                        )
                        && sent.get(k + 1).is_some_and(|t| t.lower == "by")
                })
        {
            a.issuer = (p + 2..(p + 6).min(sent.len()))
                .take_while(|&k| sent[k].is_word() || sent[k].is_punct("."))
                .find_map(mention_at);
        }
        // Back over a few lower-case words to "of".
        let mut k = lo;
        while k > 0 && lo - k < 5 && sent[k - 1].is_word() && !sent[k - 1].cap {
            k -= 1;
            if sent[k].lower == "of" {
                a.person_of = k
                    .checked_sub(1)
                    .and_then(|p| table.ending_at(sent[p].span.end))
                    .filter(|m| {
                        let e = &table.entities[m.entity];
                        e.kind == SpeakerType::Person && e.person_evidence
                    })
                    .copied();
                break;
            }
        }
        a
    }
}

/// Where an unnamed source is given a name it goes by: "a protester using
/// the pseudonym Katya", "a nurse who gave only her first name, Maria", "a
/// driver who identified himself only as Tom", "one resident, who asked to
/// be identified by her first name, Ana", "a student who goes by Mo". The
/// index of the name's first token, when the name (up to three capitalised
/// words) ends the source and the source opens with a description, not a
/// name ("Robert Smith, known as Bob" is Robert Smith).
fn naming_clause(toks: &[&Tok]) -> Option<usize> {
    let end = toks.len();
    let mut s = end;
    while s > 0
        && end - s < 3
        && toks[s - 1].is_word()
        && toks[s - 1].cap
        && !toks[s - 1].is_function()
    {
        s -= 1;
    }
    let first = toks.first()?;
    if s == end || s < 3 || (first.cap && !first.is_function()) {
        return None;
    }
    let w = |i: usize| toks[i].lower.as_str();
    // The naming must be the head's own: said of the head right after it
    // ("the base chief known as Bob"), of itself ("identified himself as",
    // "asked to be identified as", "gave only her first name"), not of
    // someone in the description ("a lawyer representing the man known as
    // El Chapo", "a colleague who introduced her as Dr. Smith").
    let own = |at: usize| {
        let before = &toks[..at];
        let reflexive = before.iter().rev().take(4).any(|t| {
            matches!(
                t.lower.as_str(),
                "himself" | "herself" | "themselves" | "his" | "her" | "their" | "be" | "only"
            )
        });
        let head_only = before
            .iter()
            .all(|t| t.is_word() && !t.is("preposition") && !t.lower.ends_with("ing"));
        reflexive || head_only
    };
    let marker = match (w(s - 2), w(s - 1)) {
        (_, "pseudonym" | "alias") => true,
        // "her first name, Maria", "only his given name, Ali".
        ("name", ",") => own(s - 2),
        ("goes" | "going", "by") => own(s - 2),
        // "known as", "identified himself only as"; not "introduced her
        // as", "introduced to Madoff as".
        (_, "as") => (s.saturating_sub(6)..s - 1)
            .rev()
            .find(|&k| {
                matches!(
                    toks[k].lower.as_str(),
                    "identified" | "identify" | "known" | "introduced" | "introduce"
                )
            })
            .is_some_and(|k| {
                own(k)
                    && toks[k + 1..s - 1].iter().all(|t| {
                        matches!(
                            t.lower.as_str(),
                            "himself" | "herself" | "themselves" | "only" | "simply" | "publicly"
                        )
                    })
            }),
        _ => false,
    };
    marker.then_some(s)
}

/// A speaker known by the words of its mention only, with no entity behind
/// it ("Israeli officials", "a source familiar with the talks").
fn unnamed(name: impl Into<String>, kind: SpeakerType) -> (Speaker, Option<usize>) {
    (
        Speaker {
            name: Some(name.into()),
            kind,
            title: None,
        },
        None,
    )
}

fn entity_speaker(e: &Entity) -> Speaker {
    Speaker {
        name: Some(match e.family {
            Some(f) if e.name_tokens == 1 => format!("{} {f}", e.name),
            _ => e.name.to_string(),
        }),
        kind: if given_name_alone(e) {
            SpeakerType::Person
        } else {
            e.kind
        },
        title: e.title.map(str::to_string),
    }
}

/// "Bob agreed to talk on the condition that his last name not be used":
/// a known first name alone that speaks, in no list (not a place of the
/// `[region]` section such as "Florida") and not in capitals, is a
/// person's. Only the speaker's type says so: the entity stays out of
/// the people a pronoun may stand for, as many such names are also places
/// ("Paris") or words.
fn given_name_alone(e: &Entity) -> bool {
    e.kind == SpeakerType::Organization
        && e.name_tokens == 1
        && !e.org_word
        && e.name.bytes().skip(1).any(|b| b.is_ascii_lowercase())
        && first_name(&e.last).is_some()
        && classes(&e.last) == 0
}

fn found(table: &Table, e: usize) -> (Speaker, Option<usize>) {
    (entity_speaker(&table.entities[e]), Some(e))
}

fn strip_determiner(s: &str) -> &str {
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(r) = s.strip_prefix(d) {
            return r;
        }
    }
    s
}

/// Words after a group's head that are not part of its name ("residents
/// there", "officials too").
fn is_trailing_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "there" | "here" | "too" | "also" | "alone" | "themselves" | "both" | "all" | "overall"
    )
}

/// What closes a place after its town ("Ames, Iowa", "Ava, Mo."): a
/// region or country, or a short capitalised abbreviation as a state is
/// written ("Mo.", "N.C.", "Calif."), not a name's suffix ("Jr.") or a
/// legal form ("Inc.").
pub(crate) fn is_state(t: &Tok) -> bool {
    if classes(&t.lower) & (REGION | COUNTRY) != 0 {
        return true;
    }
    t.cap
        && t.lower.ends_with('.')
        && t.lower.len() <= 6
        && t.lower.bytes().filter(|&b| b == b'.').count() <= 2
        && !matches!(
            t.lower.as_str(),
            "jr."
                | "sr."
                | "inc."
                | "co."
                | "corp."
                | "ltd."
                | "bros."
                | "st."
                | "mr."
                | "ms."
                | "mrs."
                | "dr."
        )
}

/// The person a "who" at `j` stands for when a place they come from
/// closes their description: "Harry Bond, 30, of Raleigh, N.C., who",
/// "Paul Porter, a truck driver from Ava, Mo., who", "Jane Doe, a Democrat
/// from Texas, who". The place is capitalised words after "from", "of" or
/// "in", ending on a region, country or state abbreviation; before it, a
/// role in apposition and an age may stand between it and the name, which
/// must be a person's; or, opening the sentence with no name, an unnamed
/// person's description ("A nurse from Brownsville, Texas, who").
fn place_tail_person(table: &Table, sent: &[Tok], j: usize) -> Option<PlaceTail> {
    if j < 4 || !sent[j - 1].is_punct(",") {
        return None;
    }
    let last = &sent[j - 2];
    if !is_state(last) {
        return None;
    }
    // Back over the place: capitalised words and the comma between town
    // and state, to the preposition that opens it.
    let prep = (j.saturating_sub(10)..j - 2).rev().find(|&k| {
        let t = &sent[k];
        !(t.is_punct(",") || (t.is_word() && t.cap))
    })?;
    if !matches!(sent[prep].lower.as_str(), "from" | "of" | "in") || prep + 1 >= j - 1 {
        return None;
    }
    let mut k = prep;
    // "a truck driver from …", "a Democrat from …": a role in apposition,
    // set off by a comma.
    let role_word = |t: &Tok| t.is_word() && (!t.cap || is_party_member(&t.lower));
    if k > 0 && role_word(&sent[k - 1]) {
        let Some(comma) = (k.saturating_sub(7)..k)
            .rev()
            .find(|&c| sent[c].is_punct(","))
        else {
            // "A nurse from Brownsville, Texas, who asked not to be named":
            // an unnamed person opening the sentence, described by role and
            // place.
            let open = usize::from(sent.first().is_some_and(|t| t.is_quote()));
            let role = sent.get(open..k)?;
            return (role.len() <= 6
                && role
                    .first()
                    .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"))
                && role[1..].iter().all(role_word))
            .then_some(PlaceTail::Role(open, j - 1));
        };
        let role = &sent[comma + 1..k];
        if !role
            .first()
            .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"))
            || !role.iter().all(role_word)
        {
            return None;
        }
        k = comma;
    } else if k > 0 && sent[k - 1].is_punct(",") {
        k -= 1;
    }
    // ", 30,": an age.
    if k >= 2 && sent[k - 1].lower.bytes().all(|b| b.is_ascii_digit()) && sent[k - 2].is_punct(",")
    {
        k -= 2;
    }
    let m = table.ending_at(sent.get(k.checked_sub(1)?)?.span.end)?;
    let e = &table.entities[m.entity];
    (e.kind == SpeakerType::Person && (e.person_evidence || m.span.len() > e.last.len()))
        .then_some(PlaceTail::Person(*m))
}

/// Whom a place closing a description stands for (`place_tail_person`):
/// a named person, or the tokens of an unnamed one's description.
enum PlaceTail {
    Person(Mention),
    Role(usize, usize),
}

/// The person a copula's predicate noun describes, for a "who" at `j`
/// right after it: "Trump is a serial liar, racist and bully who …", "Trump
/// incites violence and is a … who", "Angela Corey is the Republican state
/// attorney who". Only lower-case words (or a party), and commas may stand
/// between "is a" or "is the" and "who", and no preposition or determiner
/// ("a cousin of a farmer who" is the farmer).
fn predicate_subject(table: &Table, sent: &[Tok], j: usize) -> Option<Mention> {
    let k = (j.saturating_sub(20)..j)
        .rev()
        .find(|&k| matches!(sent[k].lower.as_str(), "is" | "was"))?;
    if !sent
        .get(k + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
        || !sent[k + 2..j].iter().all(|t| {
            t.is_punct(",")
                || (t.is_word()
                    // "is the Republican state attorney who": a party
                    // qualifies the role.
                    && (!t.cap || is_party_member(&t.lower))
                    && !t.is("preposition")
                    && !t.is("determiner")
                    && !t.is("pronoun")
                    && t.lower != "that")
        })
    {
        return None;
    }
    let before = sent.get(k.checked_sub(1)?)?;
    let m = if before.lower == "and" {
        // "Trump regularly incites violence and is a …": the subject the
        // sentence (or what follows its colon) opens with.
        let opens = sent[..k]
            .iter()
            .rposition(|t| t.is_punct(":"))
            .map_or(0, |c| c + 1);
        table.starting_at(sent.get(opens)?.span.start)?
    } else {
        table.ending_at(before.span.end)?
    };
    (table.entities[m.entity].kind == SpeakerType::Person).then_some(*m)
}

/// The name of an unnamed group: its words without a leading "the", a
/// day, or trailing adverbs ("the residents there" → "residents",
/// "officials on Saturday" → "officials").
fn group_name(text: &str, toks: &[&Tok]) -> String {
    let mut a = 0;
    let mut b = toks.len();
    // "the judges' statement" cut to "the judges'": no apostrophe.
    while b > a + 1
        && (is_trailing_adverb(&toks[b - 1].lower) || toks[b - 1].kind == TokenKind::Possessive)
    {
        b -= 1;
    }
    // "officials on Saturday", "Thursday officials": the day is when, not
    // who.
    if b > a + 2 && toks[b - 1].is_time_word() && matches!(toks[b - 2].lower.as_str(), "on" | "in")
    {
        b -= 2;
    }
    // Only "the" goes, as the annotation guide writes groups: "some
    // scholars" stays.
    while a + 1 < b && (toks[a].lower == "the" || toks[a].is_time_word()) {
        a += 1;
    }
    match (toks.get(a), toks.get(b.wrapping_sub(1))) {
        (Some(x), Some(y)) if a < b => x.span.cover(y.span).text(text).to_string(),
        _ => String::new(),
    }
}

/// `document_noun` of a token, from the bits it carries: only a plural's
/// singular is looked up.
fn document_noun_tok(t: &Tok) -> Option<&str> {
    let c = t.speaker_classes();
    if c & ORG_DESCRIPTION != 0 {
        return None;
    }
    let lower = t.lower.as_str();
    let singular = singular_of(lower);
    let singular_cls = if singular.len() < lower.len() {
        classes(singular)
    } else {
        c
    };
    if singular_cls & DOCUMENT != 0 {
        Some(singular)
    } else if c & DOCUMENT != 0 {
        Some(lower)
    } else {
        None
    }
}

/// A document noun in its singular form ("reports" → "report"), if the word
/// is one.
fn document_noun(lower: &str) -> Option<&str> {
    // "the website" is described by its kind, not remembered as a document
    // (an article often names several).
    if in_class(lower, ORG_DESCRIPTION) {
        return None;
    }
    let singular = singular_of(lower);
    if in_class(singular, DOCUMENT) {
        Some(singular)
    } else if in_class(lower, DOCUMENT) {
        Some(lower)
    } else {
        None
    }
}

/// Two people as one speaker: "A and B".
fn pair_speaker(table: &Table, (a, b): (usize, usize)) -> (Speaker, Option<usize>) {
    (
        Speaker {
            name: Some(format!(
                "{} and {}",
                table.entities[a].name, table.entities[b].name
            )),
            kind: SpeakerType::Person,
            title: None,
        },
        None,
    )
}

/// What separates the items of a list of names: a comma, "and", "or".
fn list_separator(t: &Tok) -> bool {
    t.is_punct(",") || matches!(t.lower.as_str(), "and" | "or" | "nor")
}

/// Where the next item of a list of names starts, from `i`: past
/// separators and "the", "both", "neither", "either".
fn next_list_item(toks: &[&Tok], mut i: usize) -> usize {
    while i < toks.len()
        && (list_separator(toks[i])
            || matches!(
                toks[i].lower.as_str(),
                "the" | "both" | "neither" | "either"
            ))
    {
        i += 1;
    }
    i
}

/// Two or more entities as one speaker: their names joined as a list is
/// ("A, B and C"), with their common type (else organisation).
fn joined_names(table: &Table, items: &[usize]) -> Option<(String, SpeakerType)> {
    if items.len() < 2 {
        return None;
    }
    let names: Vec<&str> = items.iter().map(|&e| table.entities[e].name).collect();
    let joined = match names.split_last() {
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => return None,
    };
    Some((joined, common_kind(table, items)))
}

/// The type of several entities speaking as one: the type they share,
/// else organisation. A given name alone among people is a person's ("Tom
/// and Lisa Reed": Tom shares her surname).
fn common_kind(table: &Table, items: &[usize]) -> SpeakerType {
    let given_alone = |e: &Entity| {
        e.kind == SpeakerType::Organization
            && e.name_tokens == 1
            && !e.org_word
            && first_name(&e.first).is_some()
    };
    let Some(&first) = items.first() else {
        return SpeakerType::None;
    };
    let kind = table.entities[first].kind;
    if items.iter().all(|&e| table.entities[e].kind == kind) {
        kind
    } else if items.iter().all(|&e| {
        let e = &table.entities[e];
        e.kind == SpeakerType::Person || given_alone(e)
    }) {
        SpeakerType::Person
    } else {
        SpeakerType::Organization
    }
}

/// The names of a source that is a list of names ("A, B and C"), joined
/// as the list is, with their common type (else organisation); or `None`
/// when any item is more than a name.
fn name_list(table: &Table, toks: &[&Tok], in_source: &[Mention]) -> Option<(String, SpeakerType)> {
    if in_source.len() < 2 {
        return None;
    }
    titled_people(table, toks, in_source).or_else(|| single_names(table, toks, in_source))
}

/// "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky", "Fields,
/// along with Washington Post reporter Ben Terris": a list whose every
/// item is a person named in full after a title, with the place or party
/// they are of, as one speaker under their names.
fn titled_people(
    table: &Table,
    toks: &[&Tok],
    in_source: &[Mention],
) -> Option<(String, SpeakerType)> {
    // A list is joined by "and", "or" or "along with"; names and roles
    // between commas alone are an apposition ("Ilyse Hogue, president of
    // NARAL Pro-Choice America").
    let joined = toks.windows(2).any(|w| {
        matches!(w[0].lower.as_str(), "and" | "or" | "nor")
            || (w[0].lower == "along" && w[1].lower == "with")
    });
    if !joined {
        return None;
    }
    let mut items: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        i = next_list_item(toks, i);
        if i == toks.len() {
            break;
        }
        let end = (i..toks.len())
            .find(|&k| list_separator(toks[k]))
            .unwrap_or(toks.len());
        let item = toks.get(i..end)?;
        let (lo, hi) = (item.first()?.span.start, item.last()?.span.end);
        let inside: Vec<&Mention> = in_source
            .iter()
            .filter(|m| m.span.start >= lo && m.span.end <= hi)
            .collect();
        let m = inside.iter().rev().find(|m| {
            let e = &table.entities[m.entity];
            e.kind == SpeakerType::Person && e.name_tokens >= 2
        })?;
        let plain = item.iter().all(|t| {
            m.span.contains(t.span)
                || !t.is_word()
                || t.cap
                || t.speaker_classes() & (TITLE | ANY_HONORIFIC) != 0
                || matches!(t.lower.as_str(), "of" | "the" | "along" | "with")
        });
        if !plain {
            return None;
        }
        if !items.contains(&m.entity) {
            items.push(m.entity);
        }
        i = end;
    }
    joined_names(table, &items)
}

/// A list whose items are names alone ("the ACLU and the NACDL"), each
/// maybe after a title or with its acronym in brackets.
fn single_names(
    table: &Table,
    toks: &[&Tok],
    in_source: &[Mention],
) -> Option<(String, SpeakerType)> {
    let mut items: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        i = next_list_item(toks, i);
        // "and Senator Bernie Sanders": past a title or honorific.
        while i + 1 < toks.len()
            && toks[i].speaker_classes() & (TITLE | ANY_HONORIFIC) != 0
            && !in_source.iter().any(|m| m.span.start == toks[i].span.start)
        {
            i += 1;
        }
        if i == toks.len() {
            break;
        }
        // The item is one mention, maybe with its acronym in brackets.
        let m = in_source
            .iter()
            .find(|m| m.span.start == toks[i].span.start)?;
        while i < toks.len() && toks[i].span.end <= m.span.end {
            i += 1;
        }
        if toks.get(i).is_some_and(|t| t.is_punct("(")) {
            let close = toks[i..].iter().position(|t| t.is_punct(")"))?;
            i += close + 1;
        }
        if i < toks.len() && !list_separator(toks[i]) {
            return None;
        }
        if !items.contains(&m.entity) {
            items.push(m.entity);
        }
    }
    joined_names(table, &items)
}

fn resolve_one(ctx: &Context, table: &mut Table, st: &Salience) -> (Speaker, Option<usize>) {
    let (mut speaker, entity) = resolve_phrase(ctx, table, st);
    if entity.is_none()
        && matches!(
            speaker.kind,
            SpeakerType::Group
                | SpeakerType::Person
                | SpeakerType::Anonymous
                | SpeakerType::Organization
        )
        && let Some(name) = speaker.name.as_deref()
        && let Some(owned) = owner_named(ctx, table, st, name)
    {
        if speaker.title.as_deref() == Some(name) {
            speaker.title = None;
        }
        // "Senator Klobuchar's campaign": what a person owns may be an
        // organisation, though the title made the phrase look like a person.
        if speaker.kind == SpeakerType::Person
            && ctx
                .toks
                .last()
                .is_some_and(|t| !t.cap && t.speaker_classes() & ORGANIZATION != 0)
        {
            speaker.kind = SpeakerType::Organization;
        }
        // "His father": a relative or a word for a person owned by
        // someone is a person.
        if ctx
            .toks
            .last()
            .is_some_and(|t| head_of_people(t, KIN_M | KIN_F | PERSON))
        {
            speaker.kind = SpeakerType::Person;
        }
        speaker.name = Some(owned);
    }
    // "A lawmaker in the Philippines is calling for …" in the lead, then
    // "Joey Salceda said": a news lead introduces its person unnamed and
    // names them next.
    // "Philippine lawmaker wants …": a place or body qualifying a person
    // noun is not the speaker either.
    let qualified_person = entity.is_some()
        && speaker.kind == SpeakerType::Organization
        && ctx.toks.last().is_some_and(|t| {
            t.is_word() && !t.cap && table.within(ctx.src).all(|m| m.span.end <= t.span.start)
        });
    if (qualified_person
        || entity.is_none()
            && matches!(
                speaker.kind,
                SpeakerType::Anonymous | SpeakerType::Person | SpeakerType::Organization
            ))
        && let Some(e) = named_next(ctx, table)
    {
        return found(table, e);
    }
    if entity.is_none()
        && speaker.kind == SpeakerType::Person
        && let Some(e) = titled_before(ctx, table).or_else(|| named_after_role(ctx, table))
    {
        return found(table, e);
    }
    // "Three people … spoke on the condition they not be identified. '…,'
    // the official said": a role no one named holds, after sources kept
    // anonymous, is one of them.
    if entity.is_none()
        && speaker.kind == SpeakerType::Person
        && ctx.toks.first().is_some_and(|t| t.lower == "the")
        // Not an office of a body ("The intelligence community's inspector
        // general").
        && !ctx.toks.iter().any(|t| t.kind == TokenKind::Possessive)
        && anonymity_before(ctx.text, ctx.src.start)
    {
        speaker.kind = SpeakerType::Anonymous;
        speaker.title = None;
    }
    // "The administration said" with no "Obama administration" before:
    // the administration of the president the article names.
    if entity.is_none()
        && speaker.name.as_deref() == Some("administration")
        && let Some(p) = president(table, ctx.src.start)
    {
        speaker.name = Some(format!(
            "{} administration",
            possessive(table.entities[p].name)
        ));
        speaker.kind = SpeakerType::Organization;
        speaker.title = None;
    }
    // "company executives", "Top committee leaders": people of the
    // organisation "the company" or "the committee" stands for, under its
    // name, as "Verizon executives" is written.
    if entity.is_none()
        && speaker.kind == SpeakerType::Group
        && let Some(f) = members_of_named(ctx, table, st)
    {
        speaker = f;
    }
    // "the administration" found as "Trump administration" before: under
    // its owner's full name too.
    if entity.is_none()
        && let Some(name) = speaker.name.as_deref()
        && let Some((first, rest)) = name.split_once(' ')
        && first.chars().next().is_some_and(char::is_uppercase)
        && !rest.is_empty()
        && rest.split(' ').count() <= 2
        && rest
            .chars()
            .all(|c| c.is_lowercase() || c == ' ' || c == '-')
        && !is_demonym(&first.to_lowercase())
        && owned_by_surname(ctx.toks)
        && let Some(e) = person_by_surname(table, &first.to_lowercase())
    {
        speaker.name = Some(format!("{} {rest}", possessive(e.name)));
    }
    // "News 12 reported", "Fox 5 said", "Capital One said": a number is
    // part of a name, though no name run takes one.
    if speaker.kind == SpeakerType::Organization
        && let [.., w, n] = ctx.toks
        && ((n.kind == TokenKind::Number
            && n.lower.len() <= 3
            && n.lower.bytes().all(|b| b.is_ascii_digit()))
            || (n.cap && (n.lower == "one" || crate::words::count_word(&n.lower))))
        && w.is_word()
        && w.cap
        && w.span.end < n.span.start
        && let Some(name) = speaker.name.as_deref()
        && let Some(start) = w.span.end.checked_sub(name.len())
        && start >= ctx.src.start
        && ctx.text.get(start..w.span.end) == Some(name)
    {
        speaker.name = ctx.text.get(start..n.span.end).map(str::to_string);
    }
    // "The boy's aunt said": a relative, whoever's, is a person.
    if entity.is_none()
        && speaker.kind == SpeakerType::Organization
        && ctx
            .toks
            .last()
            .is_some_and(|t| head_of_people(t, KIN_M | KIN_F))
    {
        speaker.kind = SpeakerType::Person;
    }
    (speaker, entity)
}

/// A lower-case word of `classes` (a relative, a word for a person) that
/// is no organisation's word: a phrase it heads names a person.
fn head_of_people(t: &Tok, classes: u32) -> bool {
    let c = t.speaker_classes();
    !t.cap && c & classes != 0 && c & ORGANIZATION == 0
}

/// A share of people as a poll gives it: "53%", "59 percent", "less than
/// a third", "two-thirds of the Democratic voters", "Twenty-four percent",
/// "six in 10", "Four in 10 voters", "Nearly half", "The vast majority of
/// Americans".
fn is_share(toks: &[&Tok]) -> bool {
    let fraction = |w: &str| {
        matches!(
            w,
            "half" | "third" | "thirds" | "quarter" | "quarters" | "fifth" | "fifths" | "majority"
        ) || w.ends_with("-thirds")
            || w.ends_with("-quarters")
            || w.ends_with("-fifths")
    };
    let number = |t: &Tok| t.kind == TokenKind::Number || spelled_number(&t.lower);
    // "about", "nearly", "a full", "the vast": words that only hedge or
    // weigh the share.
    let mut toks = toks;
    while let [h, rest @ ..] = toks
        && !rest.is_empty()
        && matches!(
            h.lower.as_str(),
            "a" | "the"
                | "about"
                | "nearly"
                | "almost"
                | "just"
                | "only"
                | "some"
                | "roughly"
                | "around"
                | "approximately"
                | "fully"
                | "full"
                | "mere"
                | "vast"
                | "overwhelming"
                | "strong"
                | "slim"
                | "narrow"
                | "clear"
                | "bare"
                | "slight"
        )
    {
        toks = rest;
    }
    let (rest, counted) = match toks {
        [n, p, rest @ ..]
            if number(n) && (p.is_punct("%") || matches!(p.lower.as_str(), "percent" | "pct")) =>
        {
            (rest, true)
        }
        // "six in 10", "4 in 10 voters".
        [n, i, m, rest @ ..] if number(n) && i.lower == "in" && number(m) => (rest, true),
        [m, than, a, f, rest @ ..]
            if matches!(m.lower.as_str(), "less" | "more" | "fewer")
                && than.lower == "than"
                && matches!(a.lower.as_str(), "a" | "one" | "two" | "half")
                && fraction(&f.lower) =>
        {
            (rest, false)
        }
        [f, rest @ ..] if f.lower.ends_with("-thirds") || f.lower.ends_with("-quarters") => {
            (rest, false)
        }
        // "Nearly half", "Half of Vermont Democrats", "The vast majority
        // of Americans" (not "Majority Leader Harry Reid": only "of" or
        // nothing follows a bare fraction).
        [f, rest @ ..] if matches!(f.lower.as_str(), "half" | "majority") => (rest, false),
        _ => return false,
    };
    // Only "of" and those it counts may follow: "53% of voters"; after a
    // count, also the plural it counts ("four in 10 voters").
    match rest {
        [] => true,
        [of, ..] if of.lower == "of" => true,
        [w] if counted => w.is_word() && w.lower.len() > 3 && w.lower.ends_with('s'),
        _ => false,
    }
}

/// A number written in words, one to ninety-nine ("six", "Twenty-four"),
/// as polls open sentences with.
fn spelled_number(lower: &str) -> bool {
    const UNITS: [&str; 19] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    match lower.split_once('-') {
        Some((t, u)) => TENS.contains(&t) && UNITS[..9].contains(&u),
        None => UNITS.contains(&lower) || TENS.contains(&lower),
    }
}

/// A role held for someone else ("a spokesman", "an aide", "his lawyer"):
/// such a person speaks for another, who is not who the role stands for.
fn speaks_for_another(lower: &str) -> bool {
    matches!(
        lower,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "aide"
            | "adviser"
            | "advisor"
            | "lawyer"
            | "attorney"
            | "staffer"
            | "member"
    )
}

/// Whether a title holding `head` holds it at the rank `toks` asks for:
/// "the governor" is no deputy governor, but "the economist" is a deputy
/// chief economist (the rank qualifies another word).
fn rank_next_to(toks: &[&Tok], title: &str, head: &str) -> bool {
    let words: Vec<&str> = title
        .split(|c: char| c.is_whitespace() || c == '-')
        .collect();
    let Some(at) = words.iter().position(|w| *w == head) else {
        return rank_fits(toks, title);
    };
    words[..at].last().is_none_or(|w| {
        !is_subordinate(w) || toks.iter().any(|t| t.lower.split('-').any(|x| x == *w))
    })
}

/// "Douglas Fairbrother, deputy chief economist at CIBC, said … The
/// economist said", "Dr. Sylvie Theriault, a neurologist at the institute,
/// … Theriault said … the neurologist said": a role with "the" that no
/// title rule matched is the person named most recently whose title holds
/// its word.
fn titled_before(ctx: &Context, table: &Table) -> Option<usize> {
    let toks = ctx.toks;
    let [d, .., head] = toks else {
        return None;
    };
    if d.lower != "the"
        || toks.len() > 4
        || !head.is_word()
        || head.cap
        || toks
            .iter()
            .any(|t| t.cap && t.is_word() && t.lower != "the")
    {
        return None;
    }
    table
        .before(ctx.src.start)
        .filter(|m| table.entities[m.entity].kind == SpeakerType::Person)
        .find(|m| {
            table.entities[m.entity]
                .title_lower()
                // Every word of the role in the title: "the local health
                // minister" is no Civil Aviation Minister.
                .is_some_and(|t| {
                    toks[1..].iter().all(|w| title_has(t, &w.lower))
                        && rank_next_to(toks, t, &head.lower)
                })
        })
        .map(|m| m.entity)
}

/// "'We are three weeks ahead,' the doctor told reporters. Dr. Brent
/// Roussin-Ahenakew said …", "the union leader said … Darlene Jackson,
/// president of the Manitoba Nurses Union, said", "the chair said …
/// Dominic Giroux-Whiteduck, who has chaired the board since 2022": a
/// role with "the" or a possessor, named by no one before, is the next new
/// person, within a few paragraphs, introduced in words the role shares
/// ("chair" and "chaired", "union", "Dr." for the doctor).
fn named_after_role(ctx: &Context, table: &Table) -> Option<usize> {
    const WINDOW: usize = 1200;
    let toks = ctx.toks;
    let definite = toks.first().is_some_and(|t| t.lower == "the")
        || toks.get(1).is_some_and(|t| t.kind == TokenKind::Possessive);
    if !definite
        || toks.len() > 6
        || toks
            .iter()
            .any(|t| t.is_word() && t.cap && t.lower != "the")
    {
        return None;
    }
    let head = toks.last().filter(|t| t.is_word() && !t.cap)?;
    if head.speaker_classes() & (PERSON | TITLE) == 0 {
        return None;
    }
    let doctor = matches!(head.lower.as_str(), "doctor" | "physician");
    // Two words of one stem: "chair" and "chaired", "reviewer" and
    // "review", "leader" and "leads".
    let kin = |a: &str, b: &str| {
        let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
        common >= 4 && common * 5 >= a.len().min(b.len()) * 4
    };
    let m = table
        .after(ctx.src.end)
        .take_while(|m| m.span.start <= ctx.src.end + WINDOW)
        .find(|m| {
            let e = &table.entities[m.entity];
            e.kind == SpeakerType::Person
                && e.name_tokens >= 2
                && !table.named_before(m.entity, ctx.src.start)
        })?;
    let text = ctx.text;
    let before = text.get(..m.span.start)?.trim_end();
    if doctor {
        return (before.ends_with("Dr.") || before.ends_with(" Dr")).then_some(m.entity);
    }
    // What the name is set off with: a "who" clause or an apposition, to
    // the end of the clause.
    let after = text.get(m.span.end..)?;
    let (who, set_off) = if let Some(rest) = after.strip_prefix(", who ") {
        (true, rest)
    } else if let Some(rest) = after.strip_prefix(", ") {
        (false, rest)
    } else {
        return None;
    };
    let end = set_off
        .find([',', '.', ';', '\n'])
        .unwrap_or(set_off.len())
        .min(160);
    let end = (0..=end).rev().find(|&k| set_off.is_char_boundary(k))?;
    let words: Vec<String> = set_off[..end]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 4)
        .map(str::to_lowercase)
        .collect();
    let fits = |r: &str| words.iter().any(|w| kin(r, w));
    // "who has chaired the board": the role's own word, as a verb; in an
    // apposition ("president of the Manitoba Nurses Union"), the body the
    // role is of ("the union leader").
    let by_verb = who && fits(&head.lower);
    let by_body = !who
        && toks[..toks.len() - 1]
            .iter()
            .filter(|t| t.is_word() && t.speaker_classes() & ORGANIZATION != 0)
            .any(|t| fits(&t.lower));
    (by_verb || by_body).then_some(m.entity)
}

/// The person an indefinite description in an article's lead ("A woman
/// who has accused …", "a federal judge in Texas") stands for: the first
/// person named in full after it, within the next sentence or two, and
/// not named before it.
fn named_next(ctx: &Context, table: &Table) -> Option<usize> {
    const LEAD_SENTENCES: usize = 4;
    const WINDOW: usize = 400;
    let toks = ctx.toks;
    let first = toks.first()?;
    // A headline writes its person with no article ("Philippine lawmaker
    // wants Trump banned", "London's Muslim mayor rebuffs Trump").
    let bare_headline = headline(ctx)
        && toks.len() >= 2
        && toks
            .iter()
            .all(|t| (t.is_word() && !t.is_function()) || t.kind == TokenKind::Possessive);
    // Past the lead, only a person titled with the very noun ("…, a
    // federal judge ruled Monday. U.S. District Magistrate Judge David
    // Bristow said …"): a brief's lead may come anywhere in a roundup.
    let past_lead = ctx.sentence >= LEAD_SENTENCES;
    if !(matches!(first.lower.as_str(), "a" | "an") || (bare_headline && !past_lead)) {
        return None;
    }
    // The noun the article goes on to name: a person's, singular.
    let head = toks
        .iter()
        .skip(usize::from(!bare_headline))
        .take_while(|t| (t.is_word() && !t.is_function()) || t.kind == TokenKind::Possessive)
        .last()?;
    let h = head.lower.as_str();
    let cls = head.speaker_classes();
    let person_noun = cls & (PERSON | TITLE) != 0 || (h.len() > 5 && agent_ending(h));
    // "a number of writers", "a group of lawmakers": a quantity of people.
    let quantity = toks
        .iter()
        .position(|t| t.span == head.span)
        .and_then(|k| toks.get(k + 1))
        .is_some_and(|t| t.lower == "of");
    // "A Vancouver-based mining company says protesters have blocked …"
    // in the lead, then "Andes Ridge Copper Corp. said": the company named
    // next, opening its sentence.
    let firm = !head.cap
        && !quantity
        && !past_lead
        && !bare_headline
        && matches!(
            h,
            "company"
                | "firm"
                | "startup"
                | "start-up"
                | "consortium"
                | "insurer"
                | "lender"
                | "retailer"
                | "chain"
                | "manufacturer"
                | "automaker"
                | "airline"
                | "carrier"
                | "developer"
                | "producer"
                | "utility"
        );
    if firm {
        return table
            .after(ctx.sent_end)
            .take_while(|m| m.span.start <= ctx.sent_end + WINDOW)
            .find(|m| {
                let e = &table.entities[m.entity];
                e.strong_org()
                    && !table.named_before(m.entity, ctx.src.start)
                    && ctx.text.get(..m.span.start).is_some_and(|pre| {
                        pre.trim_end().ends_with(['.', '\n']) || pre.trim_end().is_empty()
                    })
            })
            .map(|m| m.entity);
    }
    if head.cap
        || quantity
        || !person_noun
        || cls & (GROUP | ANONYMOUS | ORGANIZATION) != 0
        || (h.ends_with('s') && !h.ends_with("ss"))
    {
        return None;
    }
    let want = noun_gender(h);
    if speaks_for_another(h) || matches!(h, "relative" | "friend" | "representative") {
        // Someone speaking for another: the person named next is more
        // likely whom they speak for.
        return None;
    }
    // The people named in the sentence after the source's are candidates
    // (in its own, they are what it speaks of), unless named before it.
    // A headline's other names are what it speaks of.
    let before = if bare_headline {
        headline_end(ctx.text)
    } else {
        ctx.src.start
    };
    let named_before = |e: usize| table.named_before(e, before);
    // Only a name that opens its sentence or clause, past its title ("In
    // response to the suit, District Judge Gray Miller ruled", "The
    // finance minister, Lou Jiwei, suggested"), or follows a quotation
    // ('"…," Joey Salceda said'): a name after a verb or preposition is
    // mostly what the sentence is about.
    let opens = |pre: &str| {
        pre.is_empty()
            || pre.ends_with(['.', '!', '?', '\n', ','])
            || [",\"", ",\u{201d}", ",''"].iter().any(|q| pre.ends_with(q))
    };
    let speaks = |m: &Mention| {
        let mut pre = ctx.text.get(..m.span.start).unwrap_or("").trim_end();
        for _ in 0..3 {
            if opens(pre) {
                return true;
            }
            match pre.rsplit_once(char::is_whitespace) {
                Some((rest, w)) if w.chars().next().is_some_and(char::is_uppercase) => {
                    pre = rest.trim_end();
                }
                _ => break,
            }
        }
        opens(pre)
    };
    // Not someone named with another role ("A witness said …" then
    // "Police Chief John Smith said"): a title, if any, holds the noun,
    // or any office for "an official" or "leader".
    // Past the lead, the description's capitalised words in the title
    // too: "a U.S. District Court judge" is not "Circuit Court Judge David
    // McKeague", nor "a Democratic senator" any senator.
    let role_fits = |e: &Entity| match e.title_lower() {
        Some(t) if past_lead => {
            title_has(t, h)
                && toks
                    .iter()
                    .filter(|x| x.cap && x.is_word())
                    .all(|x| title_has(t, &x.lower))
        }
        None => !past_lead,
        Some(t) => {
            matches!(h, "official" | "leader")
                || !t.split_whitespace().any(is_title_word)
                || title_has(t, h)
        }
    };
    table
        .after(ctx.sent_end)
        .take_while(|m| m.span.start <= ctx.sent_end + WINDOW)
        .find(|m| {
            let e = &table.entities[m.entity];
            e.kind == SpeakerType::Person
                && (e.person_evidence || !e.org_word)
                && e.name_tokens >= 2
                && (want == Gender::Unknown || e.gender == Gender::Unknown || e.gender == want)
                && !named_before(m.entity)
                && speaks(m)
                && role_fits(e)
        })
        .map(|m| m.entity)
}

/// The group `ctx` names as an organisation word before a plural group
/// noun ("company executives"), with the organisation that word stands
/// for named in its place ("Verizon executives").
fn members_of_named(ctx: &Context, table: &Table, st: &Salience) -> Option<Speaker> {
    let toks = ctx.toks;
    let last = toks.last()?;
    let k = toks.len().checked_sub(2)?;
    let noun = toks[k];
    if !last.is_word()
        || last.cap
        || last.speaker_classes() & GROUP == 0
        || !noun.is_word()
        || (noun.cap && k > 0)
        || noun.speaker_classes() & ORGANIZATION == 0
        // "county police", "city officials": a jurisdiction places the
        // group rather than naming whose it is.
        || matches!(
            noun.lower.as_str(),
            "county" | "city" | "state" | "town" | "village" | "province" | "district"
        )
        || !toks[..k].iter().all(|t| {
            t.lower == "the"
                || (t.is_word() && !t.cap && !t.is_function())
                || (t.cap && t.span.start == ctx.sent_start)
        })
    {
        return None;
    }
    let (org, e) = by_org_noun(table, noun, ctx, st)?;
    let e = e?;
    if table.entities[e].kind != SpeakerType::Organization {
        return None;
    }
    let lead = toks[..k]
        .iter()
        .skip_while(|t| t.lower == "the")
        .map(|t| t.span.text(ctx.text))
        .collect::<Vec<_>>()
        .join(" ");
    let name = org.name?;
    let members = last.span.text(ctx.text);
    Some(Speaker {
        name: Some(if lead.is_empty() {
            format!("{name} {members}")
        } else {
            format!("{lead} {name} {members}")
        }),
        kind: SpeakerType::Group,
        title: None,
    })
}

/// "his critics" → "Boris Johnson's critics", "Johnson's spokesman" →
/// "Boris Johnson's spokesman": an unnamed speaker known through its owner
/// goes by the owner's full name, so that counts per speaker add up.
/// The first person introduced in full with surname `lower`, as a bare
/// surname finds ("Trump" in "the Trump campaign").
fn person_by_surname<'t, 'a>(table: &'t Table<'a>, lower: &str) -> Option<&'t Entity<'a>> {
    table.entities.iter().find(|e| {
        e.kind == SpeakerType::Person && e.person_evidence && e.name_tokens >= 2 && e.last == lower
    })
}

/// "Donald Trump's", "James Alex Fields'": a name as owner, as English
/// writes it.
fn possessive(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

/// Whether a surname before a common noun makes its owner ("the Clinton
/// campaign" is hers, as is "Clinton campaign officials"), unlike a plural
/// with no article ("Clinton supporters" is a group as written).
fn owned_by_surname(toks: &[&Tok]) -> bool {
    toks.first().is_some_and(|t| t.lower == "the")
        || toks
            .last()
            .is_some_and(|t| t.speaker_classes() & ORGANIZATION != 0)
}

fn owner_named(ctx: &Context, table: &mut Table, st: &Salience, name: &str) -> Option<String> {
    let toks = ctx.toks;
    let mut at = usize::from(toks.first()?.lower == "the");
    // "Senator Klobuchar's campaign": a title before the owner's name
    // belongs to the owner; the name is what to look up.
    let mut name = name;
    while toks.get(at + 1).is_some_and(|n| n.cap && n.is_word())
        && is_title_tok(ctx.text.as_bytes(), toks[at])
        && let Some(rest) = name
            .strip_prefix(toks[at].span.text(ctx.text))
            .map(str::trim_start)
    {
        name = rest;
        at += 1;
    }
    let first = toks.get(at)?;
    let rest_of = |end: usize| -> Option<&str> {
        let skip = end.checked_sub(first.span.start)?;
        let own = ctx.text.get(first.span.start..end)?;
        name.starts_with(own).then(|| &name[skip.min(name.len())..])
    };
    let pronoun = possessive_subject(&first.lower);
    if toks.len() > at + 1
        && let Some(p) = pronoun
    {
        let rest = rest_of(first.span.end)?.to_string();
        let (sp, e) = resolve_pronoun(table, p, ctx, "", st);
        let owner = e.map(|e| table.entities[e].name.to_string()).or_else(|| {
            (sp.kind != SpeakerType::Pronoun && sp.kind != SpeakerType::None)
                .then_some(sp.name)
                .flatten()
        })?;
        // "their editors" is not the editors' editors: a pronoun cannot
        // stand for the phrase it opens.
        let own = rest.trim();
        if !own.is_empty()
            && owner.len() >= own.len()
            && owner
                .get(owner.len() - own.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(own))
        {
            return None;
        }
        return Some(format!("{}{rest}", possessive(&owner)));
    }
    // "the Trump campaign", "the Biden administration": a person's
    // surname before a common noun owns what it names.
    if first.cap
        && first.is_word()
        // "Israeli officials": a nationality owns nothing.
        && !is_demonym(&first.lower)
        && (2..=3).contains(&(toks.len() - at))
        && toks[at + 1..]
            .iter()
            .all(|t| t.is_word() && !t.cap && !t.is_function())
        && owned_by_surname(toks)
        // The first person introduced with that surname, as a bare
        // surname is.
        && let Some(e) = person_by_surname(table, &first.lower)
    {
        let rest = ctx.text.get(first.span.end..toks.last()?.span.end)?;
        return Some(format!("{}{rest}", possessive(e.name)));
    }
    let m = table.starting_at(first.span.start)?;
    let poss = toks
        .iter()
        .position(|t| t.kind == TokenKind::Possessive && t.span.start == m.span.end)?;
    if poss + 1 >= toks.len() {
        return None;
    }
    let rest = rest_of(toks[poss].span.end)?;
    let e = &table.entities[m.entity];
    (e.name != m.span.text(ctx.text)).then(|| format!("{}{rest}", possessive(e.name)))
}

/// `resolve_phrase` of the first words of a source (not empty), such as
/// the owner before a possessive ("the former vice president's").
fn resolve_part(
    ctx: &Context,
    part: &[&Tok],
    table: &mut Table,
    st: &Salience,
) -> (Speaker, Option<usize>) {
    let (Some(first), Some(last)) = (part.first(), part.last()) else {
        return (Speaker::none(), None);
    };
    let sub = Context {
        toks: part,
        src: first.span.cover(last.span),
        around: Around::default(),
        ..*ctx
    };
    resolve_phrase(&sub, table, st)
}

/// A name of several words the article writes as a body's, never as a
/// person's: after "the" ("the Daily Hive said"), shortened to an acronym
/// ("World Wrestling Entertainment" as "WWE"), or ending in a plural word
/// for people ("Liberal Democrats"); not an office ("the Attorney General").
/// Such a name that speaks stays an organisation.
fn named_as_body(table: &Table, entity: usize, text: &str) -> bool {
    let e = &table.entities[entity];
    let last = classes(&e.last);
    if last & GROUP != 0 {
        return true;
    }
    // "Nova Scotia Parents United", "Elections Nova Scotia": a word for
    // people inside the name, or a place of two words opening or closing
    // it, makes a body of it (a place of one word is settled before).
    let lower: Vec<String> = e.name.split(' ').take(6).map(str::to_lowercase).collect();
    let pair_is_place =
        |a: &str, b: &str| classes(&format!("{a} {b}")) & (COUNTRY | REGION | PLACE) != 0;
    // Not a person's name run into a place ("Vermont Bernie Sanders"), nor
    // a description of one ("a New Hampshire Democrat").
    let in_place = |i: usize| {
        (i + 1 < lower.len() && pair_is_place(&lower[i], &lower[i + 1]))
            || (i >= 1 && pair_is_place(&lower[i - 1], &lower[i]))
    };
    let personal = (1..lower.len()).any(|i| first_name(&lower[i]).is_some() && !in_place(i))
        || lower.last().is_some_and(|w| {
            is_party_member(w) || is_demonym(w) || classes(w) & (PERSON | TITLE) != 0
        });
    if !personal
        && (lower[..lower.len().saturating_sub(1)]
            .iter()
            .any(|w| classes(w) & GROUP != 0)
            || (lower.len() >= 3
                && (pair_is_place(&lower[0], &lower[1])
                    || pair_is_place(&lower[lower.len() - 2], &lower[lower.len() - 1])))
            || (lower.len() >= 2 && classes(&lower[0]) & (COUNTRY | REGION) != 0))
    {
        return true;
    }
    // "the Attorney General", "the Surgeon General": an office, held by a
    // person.
    if last & TITLE != 0 {
        return false;
    }
    table
        .mentions
        .iter()
        .filter(|m| m.entity == entity)
        .any(|m| {
            let written = m.span.text(text);
            let before = text.get(..m.span.start).unwrap_or("").trim_end_matches(' ');
            // After "the", also where it qualifies a noun ("the Morning
            // Consult poll", "the Black Lives Matter movement"); a person
            // so written ("the Volodymyr Zelenskyy interview") has a first
            // name the list seldom lacks.
            // Past a nationality ("The Canadian Red Cross").
            let mut back = before.rsplit(|c: char| !c.is_alphabetic());
            let mut w = back.next();
            if w.is_some_and(|w| is_demonym(&w.to_lowercase())) {
                w = back.next();
            }
            (written.len() >= 2
                && !written.contains(' ')
                && written.chars().all(|c| c.is_ascii_uppercase()))
                || w.is_some_and(|w| w.eq_ignore_ascii_case("the"))
        })
}

fn resolve_phrase(ctx: &Context, table: &mut Table, st: &Salience) -> (Speaker, Option<usize>) {
    let Context {
        text, toks, src, ..
    } = *ctx;
    let src_text = src.text(text);
    // "Hundreds of international students in Manitoba say", "Dozens of
    // residents of Halifax said": people counted, whatever place they are
    // of.
    if let [q, of, rest @ ..] = toks
        && matches!(
            q.lower.as_str(),
            "hundreds" | "thousands" | "dozens" | "millions" | "scores" | "tens"
        )
        && of.lower == "of"
        && rest
            .iter()
            .take_while(|t| t.is_word() && !t.cap && !t.is("preposition"))
            .last()
            .is_some_and(|h| h.speaker_classes() & GROUP != 0)
    {
        return unnamed(src_text.to_string(), SpeakerType::Group);
    }
    // '"…," the GM said' after "Canucks general manager Harjit
    // Sandhu-Lapointe": a title's initials after "the" are the person so
    // titled, not the company GM, which goes without "the".
    if let [the, initials] = toks
        && the.lower == "the"
        && initials.upper
        && matches!(initials.lower.as_str(), "gm" | "ceo" | "cfo" | "coo")
        && let Some(m) = table.before(src.start).take(LOOK_BACK).find(|m| {
            let e = &table.entities[m.entity];
            e.kind == SpeakerType::Person
                && e.title_lower()
                    .is_some_and(|t| title_has(t, &initials.lower))
        })
    {
        return found(table, m.entity);
    }
    // "Noia, the association representing the province's supply
    // companies,", "Paramedics New Brunswick, the union representing
    // paramedics": a name described by a word for a body is that body.
    if let Some(m) = table.starting_at(src.start).copied()
        && let Some(comma) = toks.iter().position(|t| t.span.start >= m.span.end)
        && toks[comma].is_punct(",")
        && toks[comma].span.start == m.span.end
        && toks
            .get(comma + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an"))
        && toks.get(comma + 2).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && t.speaker_classes() & (ORGANIZATION | ORG_DESCRIPTION) != 0
                && t.speaker_classes() & (TITLE | PERSON) == 0
        })
        // Not "Satyendra Jain, the city's home minister": an owner.
        && toks
            .get(comma + 3)
            .is_none_or(|t| t.kind != TokenKind::Possessive)
        && !table.entities[m.entity].person_evidence
    {
        table.entities[m.entity].kind = SpeakerType::Organization;
        return found(table, m.entity);
    }
    // "The Canadian Mental Health Association's Peel Dufferin branch",
    // "the Ontario Nurses' Association's Windsor local": a body's branch
    // speaks for the body.
    let branch_of = match toks {
        [.., last]
            if !last.cap
                && matches!(
                    last.lower.as_str(),
                    "branch" | "local" | "chapter" | "division"
                ) =>
        {
            toks.iter()
                .rposition(|t| t.kind == TokenKind::Possessive)
                .and_then(|p| {
                    // The body opens the source: not "Viviane Tremblay-Okoro,
                    // an analyst at Statistics Canada's labour statistics
                    // division", a person described.
                    table
                        .within(src)
                        .next()
                        .filter(|m| {
                            let e = &table.entities[m.entity];
                            m.span.end <= toks[p].span.start && e.org_word && e.name_tokens >= 2
                        })
                        .map(|m| m.entity)
                })
        }
        _ => None,
    };
    if let Some(id) = branch_of {
        table.entities[id].kind = SpeakerType::Organization;
        return found(table, id);
    }
    // A possessive pronoun ("his insistence that …") resolves as its
    // subject form.
    let pronoun = match toks {
        [t] => possessive_subject(&t.lower).or(match t.lower.as_str() {
            "him" => Some("he"),
            "them" => Some("they"),
            p if t.is("pronoun") => Some(p),
            _ => None,
        }),
        _ => None,
    };
    if let Some(pronoun) = pronoun {
        return resolve_pronoun(table, pronoun, ctx, src_text, st);
    }
    if toks.is_empty() {
        return unnamed(src_text.to_string(), SpeakerType::Organization);
    }
    // '"…," said Ricardo Fuentes. "…," Fuentes said' after "A crash
    // killed Marisol Fuentes": a surname alone, going on from a quotation
    // of a person of that surname, is that person, not the one the
    // surname first named.
    if let [t] = toks
        && t.cap
        && let Some(m) = table.starting_at(t.span.start)
        && m.span.end == t.span.end
        && let Some(r) = st.recent(ctx.sentence, 1)
        && r != m.entity
        && {
            let (e, p) = (&table.entities[m.entity], &table.entities[r]);
            e.kind == SpeakerType::Person
                && p.kind == SpeakerType::Person
                && p.name_tokens >= 2
                && *p.last == *t.lower
                && *e.last == *t.lower
        }
        && follows_quote(ctx)
    {
        return found(table, r);
    }
    // '"They took his rifles," Prince said' after "Another resident,
    // Joanne Prince,": a title word alone that is the surname of a person
    // named before is that person, not a prince.
    if let [t] = toks
        && t.cap
        && t.speaker_classes() & (TITLE | REGNAL) != 0
        && let Some(m) = table.before(src.start).find(|m| {
            let e = &table.entities[m.entity];
            e.kind == SpeakerType::Person && e.name_tokens >= 2 && *e.last == *t.lower
        })
    {
        return found(table, m.entity);
    }
    // "A Baton Rouge newspaper", "a Salt Lake City television station": an
    // outlet or firm described by where it is, unnamed, is an organisation
    // under that description; the place in it does not speak.
    if let [a, rest @ ..] = toks
        && matches!(a.lower.as_str(), "a" | "an")
        && (2..=6).contains(&rest.len())
        && rest[0].is_word()
        && rest[0].cap
        && let Some(last) = rest.last()
        && last.is_word()
        && !last.cap
        && last.speaker_classes() & ORG_DESCRIPTION != 0
        && rest.iter().all(|t| t.is_word() && !t.is_function())
    {
        let name = rest[0].span.cover(last.span).text(text);
        return unnamed(name.to_string(), SpeakerType::Organization);
    }
    // "Some scientists believe …, while some say …", "Republican
    // candidates face questions, since most have proposed …": a quantifier
    // alone opening a clause (not "the most discussed") is that much of
    // the group the clause or sentence before opens with ("some
    // scientists", "most Republican candidates").
    let opens_clause = |t: &Tok| {
        let before = ctx
            .text
            .get(ctx.sent_start..t.span.start)
            .unwrap_or("")
            .trim_end();
        before.is_empty()
            || before.ends_with([',', ';', ':'])
            || before.rsplit(' ').next().is_some_and(|w| {
                ["and", "but", "while", "since", "as", "because"]
                    .iter()
                    .any(|c| w.eq_ignore_ascii_case(c))
            })
    };
    if let [t] = toks
        && matches!(t.lower.as_str(), "some" | "many" | "most" | "several")
        && opens_clause(t)
        && let Some(group) = ctx
            .text
            .get(ctx.sent_start..src.start)
            .and_then(group_subject)
            .or_else(|| {
                ctx.text
                    .get(ctx.prev_start..ctx.sent_start)
                    .filter(|_| ctx.prev_start < ctx.sent_start)
                    .and_then(group_subject)
            })
        && group
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
    {
        // The group's first word in lower case where it only opens its
        // sentence ("Supporters chanted …"), not "Republican".
        let (first, rest) = group.split_once(' ').unwrap_or((&group, ""));
        let lower = first.to_lowercase();
        // A capital kept where the word is a name's: "White House
        // officials", "Trump supporters", "Senate Republicans".
        let first = if capitalised_mid_sentence(ctx.text, first)
            || is_party_member(&lower)
            || is_demonym(&lower)
            || rest.starts_with(|c: char| c.is_uppercase())
            || table.entities.iter().any(|e| *e.last == *lower)
        {
            first.to_string()
        } else {
            lower
        };
        let name = if rest.is_empty() {
            format!("{} {first}", t.lower)
        } else {
            format!("{} {first} {rest}", t.lower)
        };
        return unnamed(name, SpeakerType::Group);
    }
    // "Republican Trump and Democrat Clinton have criticized Nabisco. Both
    // have promised …": the two people last named together.
    if let [t] = toks
        && t.lower == "both"
        && opens_clause(t)
        && let Some(pair) = table.pair_before(ctx.text, src.start, ctx.prev_start)
    {
        return pair_speaker(table, pair);
    }
    // "One user wrote … Another said …": "another" alone is one more of
    // what the unnamed speaker just before was.
    if let [another] = toks
        && another.lower == "another"
        && let Some((sp, s, at)) = &st.prev_one
        && *at == st.claims
        && ctx.sentence.saturating_sub(*s) <= 2
        && let Some((_, rest)) = sp.name.as_deref().and_then(|n| n.split_once(' '))
    {
        return unnamed(format!("{src_text} {rest}"), sp.kind);
    }
    // "None of them", "None of the senators": a group, by its words.
    if let [first, of, ..] = toks
        && first.speaker_classes() & NOT_NAME != 0
        && of.lower == "of"
    {
        return unnamed(src_text.to_string(), SpeakerType::Group);
    }
    // "There was widespread anger", "Let me say", "There's": a word that
    // is never a name, with nothing after it but pronouns and function
    // words, names no one.
    if let [first, rest @ ..] = toks
        && first.speaker_classes() & NOT_NAME != 0
        && rest.iter().all(|t| {
            !t.is_word()
                || t.is_function()
                || t.is("object-pronoun")
                || t.lower.starts_with(['\'', '’'])
        })
    {
        return (Speaker::none(), None);
    }
    // "53% describe themselves as liberal", "59 percent said", "Less than
    // a third agreed": a share of those polled is a group, under its words.
    if is_share(toks) {
        return unnamed(group_name(text, toks), SpeakerType::Group);
    }
    // "Two objectors, Lawrence Joyce and William Graham", "The couple, Tom
    // and Lisa Reed": a description, then the two people it stands for,
    // named in apposition, are those people.
    // Not a list's own comma ("Carson, Fiorina and Huckabee"), nor one
    // after an opening word ("However, Trump and Cruz").
    if let Some(c) = toks.iter().rposition(|t| t.is_punct(","))
        && c >= 1
        && !toks[..c].iter().any(|t| t.lower == "and")
        && toks[c - 1].is_word()
        && !toks[c - 1].is_function()
        && !toks[c - 1].is("discourse-opener")
        && table.ending_at(toks[c - 1].span.end).is_none()
        && let tail = &toks[c + 1..]
        && tail.first().is_some_and(|t| t.cap && t.is_word())
        && tail.iter().filter(|t| t.lower == "and").count() == 1
        && tail
            .iter()
            .all(|t| (t.is_word() && t.cap) || t.lower == "and")
    {
        let list = Span::new(tail[0].span.start, src.end);
        let mut items: Vec<usize> = Vec::new();
        let mut first_word_alone = false;
        for m in table.within(list) {
            if items.is_empty() {
                let w = m.span.text(text);
                first_word_alone = !w.contains(' ') && first_name(&w.to_lowercase()).is_some();
            }
            if !items.contains(&m.entity) {
                items.push(m.entity);
            }
        }
        if items.len() == 2
            && common_kind(table, &items) == SpeakerType::Person
            && let Some((name, kind)) = joined_names(table, &items)
        {
            // "Tom and Lisa Reed": a given name alone shares the surname
            // after it, whoever else the article calls Tom.
            if first_word_alone {
                return unnamed(list.text(text), kind);
            }
            return unnamed(name, kind);
        }
    }
    // "One of the study's authors, herpetologist David Blackburn, told":
    // a description, then the named person in apposition, both in the
    // source, are that person.
    // Past a rank or honorific before the name ("…, Const. Laura
    // Bricks").
    if let Some(c) = toks.iter().rposition(|t| t.is_punct(","))
        && c >= 1
        && !toks[..c].iter().any(|t| t.lower == "and")
        && let Some(name_at) = toks[c + 1..]
            .iter()
            .take(5)
            .position(|t| t.cap && !is_rank(t))
            .map(|k| c + 1 + k)
        && toks[c + 1..name_at].iter().all(|t| {
            (t.is_word() && !t.cap && !t.is_function())
                // "One of the teens, 16-year-old Kayden Flett,": an age.
                || t.kind == TokenKind::Number
                || t.is_punct("-")
                || t.lower.ends_with("-old")
                || is_rank(t)
        })
        && let Some(m) = table.starting_at(toks[name_at].span.start).copied()
        && m.span.end == src.end
        && {
            let e = &table.entities[m.entity];
            // A name set off after words for people is a person's, though
            // nothing else says so ("One of the teens, Kayden Flett").
            // Only after a description in lower case (not "Charles
            // Plotena, the mayor of Esperanza, Sultan Kudarat"), with no
            // word but a role or an age before the name (not "…, reports
            // USA Today").
            let people_before = toks[..c].iter().any(|t| {
                t.is_word()
                    && !t.cap
                    && is_speaker_token(t)
                    && t.speaker_classes() & (ORGANIZATION | DOCUMENT | EVIDENCE) == 0
            }) && toks[1..c].iter().all(|t| !t.cap)
                && toks[c + 1..name_at].iter().all(|t| {
                    !t.is_word()
                        || t.lower.ends_with("-old")
                        || t.speaker_classes() & (TITLE | PERSON) != 0
                });
            e.name_tokens >= 2 && !e.org_word && (e.kind == SpeakerType::Person || people_before)
        }
    {
        let (mut sp, e) = found(table, m.entity);
        sp.kind = SpeakerType::Person;
        return (sp, e);
    }
    // "Shane Shook, a cyber security expert who has helped investigate
    // the breaches, said": a person named in full, then described.
    if let Some(m) = toks
        .first()
        .and_then(|t| table.starting_at(t.span.start))
        .copied()
        && let Some(c) = toks.iter().position(|t| t.span.start >= m.span.end)
        && toks[c].is_punct(",")
        && toks.get(c + 1).is_some_and(|t| {
            matches!(t.lower.as_str(), "a" | "an" | "the") || t.kind == TokenKind::Number
        })
        && {
            let e = &table.entities[m.entity];
            e.kind == SpeakerType::Person && e.person_evidence && e.name_tokens >= 2
        }
    {
        return found(table, m.entity);
    }
    // '"…," said the woman, who did not want to be named' after "At a
    // drugstore, a middle-aged cashier was shaken …": the unnamed person
    // the sentence before introduced, under that description.
    if let [the, noun, rest @ ..] = toks
        && the.lower == "the"
        && matches!(noun.lower.as_str(), "woman" | "man")
        && rest.first().is_none_or(|t| t.is_punct(","))
        && let Some(window) = ctx.text.get(ctx.prev_start..src.start)
        && let sex = noun_gender(&noun.lower)
        && let Some((after, description)) = introduced_person(window, sex)
        // A description of no sex is not taken over a person of that sex
        // named there or speaking just before ('"…," said Maria Lopez. A
        // police officer arrived. "…," the woman said.').
        && {
            let of_sex = |e: usize| {
                let e = &table.entities[e];
                e.kind == SpeakerType::Person && e.gender == sex
            };
            // "a middle-aged cashier was shaken by the talk she has
            // heard": a pronoun of the sex in its own sentence.
            let rest = window.get(after..).unwrap_or("");
            let rest = rest.split(['.', '!', '?']).next().unwrap_or("");
            let pronoun = if sex == Gender::Female {
                ["she", "her"]
            } else {
                ["he", "his"]
            };
            noun_gender(&description) == sex
                || rest
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| pronoun.contains(&w))
                || !(table
                    .before(src.start)
                    .take_while(|m| m.span.start >= ctx.prev_start)
                    .any(|m| of_sex(m.entity))
                    || st.recent(ctx.sentence, 3).is_some_and(of_sex))
        }
    {
        return unnamed(description, SpeakerType::Person);
    }
    // "The actress said" after "actress Susan Sarandon", "The GOP
    // speechwriter said" after "Richard Cross, a Republican speechwriter":
    // a person described by that noun before.
    if let Some(e) = described_person(ctx, table) {
        return found(table, e);
    }
    // "The Israeli newspaper Haaretz noted": the name a description noun
    // introduces is the speaker, not the words qualifying the noun.
    if let Some(k) = toks
        .iter()
        .skip(1)
        .position(|t| t.is_word() && !t.cap && t.speaker_classes() & ORG_DESCRIPTION != 0)
        && toks[..=k]
            .iter()
            .all(|t| matches!(t.lower.as_str(), "the" | "a" | "an") || t.cap)
        && let Some(next) = toks.get(k + 2)
        && let Some(m) = table.starting_at(next.span.start)
        && m.span.end == src.end
    {
        return found(table, m.entity);
    }
    // "WHO's statistics", "the ministry's report": a document or data
    // speaks for the body that issued it.
    // "RIAA's take-down notice": past modifiers too.
    if let Some(noun) = toks.last()
        && !noun.cap
        && (is_document_tok(noun) || noun.speaker_classes() & EVIDENCE != 0)
        && let Some(p) = toks.iter().rposition(|t| t.kind == TokenKind::Possessive)
        && p >= 1
        && toks.len() - p <= 4
        && toks[p + 1..].iter().all(|t| t.is_word() || t.is_punct("-"))
    {
        if let Some(m) = table.ending_at(toks[p - 1].span.end) {
            return found(table, m.entity);
        }
        // "The court's summary": the body "the court" stands for.
        let owner = toks[p - 1];
        if owner.is_word()
            && !owner.cap
            && p >= 2
            && toks.first().is_some_and(|t| t.lower == "the")
            && toks
                .get(1..p - 1)
                .is_some_and(|mid| mid.iter().all(|t| t.is_word() && !t.is_function()))
            && let Some(f) = by_org_noun(table, owner, ctx, st)
        {
            return f;
        }
    }
    // "The family said", "the family's statement": the family of the
    // person the article is about (`most_named_person`).
    if let [d, f, rest @ ..] = toks
        && d.lower == "the"
        && f.lower == "family"
        && (rest.is_empty()
            || (rest[0].kind == TokenKind::Possessive
                && rest.len() == 2
                && is_document_tok(rest[1])))
        && let Some(b) = most_named_person(table, src.start, 1, |_| true)
    {
        let owner = possessive(table.entities[b].name);
        return unnamed(format!("{owner} family"), SpeakerType::Group);
    }
    // "Israeli officials said …. The officials said …": a group named
    // again by its head word alone is the group that spoke before.
    if let [d, g] = toks
        && d.lower == "the"
        && g.speaker_classes() & GROUP != 0
        && let Some((sp, s, true)) = &st.prev_group
        && sp.kind == SpeakerType::Group
        && ctx.sentence.saturating_sub(*s) <= 5
        && sp.name.as_deref().is_some_and(|n| {
            n.len() > g.lower.len() + 1
                && n.get(n.len() - g.lower.len()..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(&g.lower))
                && n.as_bytes()[n.len() - g.lower.len() - 1] == b' '
        })
    {
        return (sp.clone(), None);
    }
    // "The campaign called the statement false": the campaign of the
    // person who spoke last, nearby.
    if let [d, c] = toks
        && d.lower == "the"
        && c.lower == "campaign"
        // Not when a body or a campaign spoke after that person ("The
        // campaign of Bernie Sanders replied"); an unnamed person may have.
        && !(st.group_at > st.prev_at
            && st
                .prev_group
                .as_ref()
                .is_some_and(|(sp, _, _)| {
                    sp.kind == SpeakerType::Organization
                        || sp.name.as_deref().is_some_and(|n| n.contains("campaign"))
                }))
        && let Some(e) = st.recent(ctx.sentence, 4)
        && table.entities[e].kind == SpeakerType::Person
        && table.entities[e].person_evidence
    {
        let owner = possessive(table.entities[e].name);
        return unnamed(format!("{owner} campaign"), SpeakerType::Organization);
    }
    // "The Centre for Aviation's database of air carriers", "the
    // hotel's website": a document, followed by what it is of, speaks for
    // its owner, whether named or described.
    if let Some(p) = toks.iter().position(|t| t.kind == TokenKind::Possessive)
        && p >= 1
        && let Some(noun) = toks[p + 1..]
            .iter()
            .take(4)
            .take_while(|t| t.is_word() && t.lower != "of")
            .last()
        && !noun.cap
        && (is_document_tok(noun)
            || noun.lower.starts_with("database")
            || noun.speaker_classes() & EVIDENCE != 0)
    {
        if let Some(m) = table.ending_at(toks[p - 1].span.end) {
            return found(table, m.entity);
        }
        let owner = &toks[..p];
        if owner.len() <= 3
            && owner
                .iter()
                .all(|t| t.is_word() && !t.cap || t.lower == "the")
            && owner
                .last()
                .is_some_and(|t| t.speaker_classes() & (ORGANIZATION | ORG_DESCRIPTION) != 0)
        {
            let (sp, e) = resolve_part(ctx, owner, table, st);
            if e.is_some() {
                return (sp, e);
            }
        }
    }
    // "the former vice president's spokeswoman": a person speaking for
    // the one a title describes, under that person's name ("Al Gore's
    // spokeswoman"), as "his spokeswoman" is.
    if let Some(p) = toks.iter().position(|t| t.kind == TokenKind::Possessive)
        && p >= 2
        && toks[0].lower == "the"
        && toks[1..p].iter().all(|t| t.is_word() && !t.cap)
        && toks[1..p].iter().any(|t| is_title_word(&t.lower))
        && let rest = &toks[p + 1..]
        && (1..=3).contains(&rest.len())
        && rest.iter().all(|t| t.is_word() && !t.cap)
        && rest.last().is_some_and(|h| {
            // A singular: "aides" are a group.
            h.speaker_classes() & (PERSON | TITLE | KIN_M | KIN_F) != 0
                && (!h.lower.ends_with('s') || h.lower.ends_with("ss"))
        })
    {
        // The person the article introduced as such, if any ("Jamal Ware,
        // a spokesman for Gowdy").
        if let Some(h) = rest.last()
            && let Some(e) = described_as(ctx, table, &h.lower)
        {
            return found(table, e);
        }
        let (_, e) = resolve_part(ctx, &toks[..p], table, st);
        if let Some(e) = e
            && table.entities[e].kind == SpeakerType::Person
        {
            let noun = rest[0].span.cover(rest[rest.len() - 1].span).text(text);
            let name = format!("{} {noun}", possessive(table.entities[e].name));
            return unnamed(name, SpeakerType::Person);
        }
    }
    // "the study found", "the research team said", "The authors
    // proposed", "researchers from the University of Washington
    // reported", "Study indicates": a study, its authors and its team are
    // one speaker, the researchers, whatever institutions they are from.
    {
        let body = match toks {
            [d, rest @ ..] if matches!(d.lower.as_str(), "the" | "this" | "their") => rest,
            _ => toks,
        };
        // "one study in the Journal of …", "formal studies": a study
        // among others, not the article's own.
        let indefinite = toks
            .first()
            .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "one" | "another"));
        // The head ends at a preposition: "advocates for stem cell
        // research" are advocates.
        let end = body
            .iter()
            .position(|t| t.lower == "led" || t.is("preposition"))
            .unwrap_or(body.len());
        let (words, rest) = body.split_at(end);
        let research = |w: &str| {
            matches!(
                w,
                "study" | "research" | "researchers" | "authors" | "co-authors"
            )
        };
        // "Zebra stripes confuse flies, say scientists" over an article
        // on a study, "The archaeologists say that this study …": the
        // scientists of a headline, or "the" ones, are the study's team.
        // Not scientists in general in the body ("scientists say").
        let study_team = |h: &Tok| {
            is_scientist_plural(&h.lower)
                && rest.is_empty()
                && (toks.first().is_some_and(|t| t.lower == "the") || headline(ctx))
                && *table.study.get_or_init(|| mentions_study(text))
        };
        let head_ok = match words {
            [.., h] if research(&h.lower) => true,
            [.., r, h] if h.lower == "team" => r.lower == "research",
            [h] if h.lower == "scientists" && !rest.is_empty() => true,
            [h] => study_team(h),
            _ => false,
        };
        // Modifiers in lower case ("the present study", "the new
        // research"), or capitalised only by opening the sentence.
        let plain = words.iter().enumerate().all(|(k, t)| {
            t.is_word()
                && (!t.cap || (k == 0 && t.span.start == ctx.sent_start))
                && (t.kind != TokenKind::Possessive)
        });
        if head_ok && plain && !indefinite && !words.is_empty() {
            return unnamed("researchers", SpeakerType::Group);
        }
    }
    // "according to her memoirs", "his publicist said": what a possessive
    // pronoun owns. A document speaks for its owner; an agent noun is a
    // person named through the owner ("Tony Mendez's publicist").
    // "one of her ads": one of what the owner issued is theirs too.
    let owned = match toks {
        [q, of, rest @ ..]
            if of.lower == "of"
                && matches!(
                    q.lower.as_str(),
                    "one" | "another" | "some" | "several" | "many"
                ) =>
        {
            rest
        }
        _ => toks,
    };
    if let [p, .., h] = owned
        && let Some(pronoun) = possessive_subject(&p.lower)
        && h.is_word()
        && !h.cap
    {
        // What a person puts out under their name: "her ads", "his op-ed".
        let put_out = matches!(
            h.lower.as_str(),
            "ad" | "ads"
                | "advertisement"
                | "advertisements"
                | "commercial"
                | "commercials"
                | "op-ed"
        );
        if is_document_tok(h) || h.speaker_classes() & EVIDENCE != 0 || put_out {
            let (sp, e) = resolve_pronoun(table, pronoun, ctx, "", st);
            if !matches!(sp.kind, SpeakerType::Pronoun | SpeakerType::None) {
                return (sp, e);
            }
        } else if h.speaker_classes() & (SPEAKER | KIN_M | KIN_F) == 0
            && h.lower.len() > 5
            // Not "their experiment", "his comment", "her answer"; nor
            // "his brother", whose name may follow in apposition.
            && agent_ending(&h.lower)
            && !matches!(h.lower.as_str(), "answer" | "letter" | "paper" | "order" | "error")
        {
            return unnamed(src_text.to_string(), SpeakerType::Person);
        }
    }
    // "his daughter said", "his surviving father says": the relative
    // introduced by that relation ("his daughter Nettie Baker"), the last
    // before, else the first after.
    if let [p, .., k] = toks
        && toks.len() <= 4
        && (possessive_subject(&p.lower).is_some()
            || toks.get(1).is_some_and(|t| t.kind == TokenKind::Possessive))
        && k.is_word()
        && !k.cap
        && k.speaker_classes() & (KIN_M | KIN_F) != 0
    {
        // `descriptions` is in text order: the nearest before, as far back
        // as `LOOK_BACK`, else the nearest after.
        let split = table.descriptions.partition_point(|d| d.0 < src.start);
        let described = |d: &&(usize, &str, usize)| d.1 == k.lower;
        let before = table.descriptions[..split]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .find(described);
        if let Some(&(_, _, e)) = before.or_else(|| {
            table.descriptions[split..]
                .iter()
                .filter(|d| d.0 > src.end)
                .take(LOOK_BACK)
                .find(described)
        }) {
            let entity = &mut table.entities[e];
            entity.kind = SpeakerType::Person;
            entity.person_evidence = true;
            return found(table, e);
        }
    }
    // "Gary and Linda O'Donnell … '…,' Gary O'Donnell said. His wife
    // said": the one person of the family name and the spouse's sex.
    if let [p, k] = toks
        && matches!(k.lower.as_str(), "wife" | "husband")
        && let Some(pronoun) = possessive_subject(&p.lower)
        && matches!(pronoun, "he" | "she")
        && let (_, Some(owner)) = resolve_pronoun(table, pronoun, ctx, "", st)
    {
        let want = if k.lower == "wife" {
            Gender::Female
        } else {
            Gender::Male
        };
        let family = &table.entities[owner].last;
        let mut spouses = table.entities.iter().enumerate().filter(|&(i, e)| {
            i != owner
                && e.kind == SpeakerType::Person
                && e.name_tokens >= 2
                && e.gender == want
                && e.last == *family
        });
        if let (Some((i, _)), None) = (spouses.next(), spouses.next()) {
            return found(table, i);
        }
    }
    // "Trump and his supporters", "Biden and others in the Democratic
    // Party": a named person with an unnamed group is that group, under
    // the person's full name.
    // Past an honorific or title before the name ("Mr. Xi and other
    // leaders").
    if let Some(m) = toks
        .iter()
        .take(3)
        .find_map(|t| table.starting_at(t.span.start))
        .copied()
        && toks
            .iter()
            .take_while(|t| t.span.start < m.span.start)
            .all(|t| {
                t.lower == "the" || (t.cap && t.speaker_classes() & (TITLE | ANY_HONORIFIC) != 0)
            })
        && let Some(and) = toks.iter().position(|t| t.span.start >= m.span.end)
        && toks[and].lower == "and"
        && toks.get(and + 1).is_some_and(|t| {
            !t.cap
                && matches!(
                    t.lower.as_str(),
                    "others"
                        | "other"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "several"
                        | "many"
                        | "fellow"
                )
        })
        && let Some(rest) = text.get(toks[and].span.start..src.end)
    {
        let name = format!("{} {rest}", table.entities[m.entity].name);
        return unnamed(name, SpeakerType::Group);
    }
    // "Another said …": one more of those just quoted, unnamed; "several
    // said", "others argue": some of them.
    if let [t] = toks {
        match t.lower.as_str() {
            "another" => return unnamed(src_text.to_string(), SpeakerType::Anonymous),
            "some" | "many" | "several" | "others" | "both" | "most" | "few" => {
                return unnamed(src_text.to_string(), SpeakerType::Group);
            }
            _ => {}
        }
    }
    // "Open source game developer Perttu Ahola": a word for an unnamed
    // source inside a role before a full name is no anonymous source.
    let anonymous = toks.iter().any(|t| t.speaker_classes() & ANONYMOUS != 0)
        && !table.within(src).any(|m| {
            let e = &table.entities[m.entity];
            m.span.end == src.end && e.name_tokens >= 2 && !e.org_like()
        });
    if anonymous {
        return unnamed(src_text.to_string(), SpeakerType::Anonymous);
    }
    // "the Saudi government", "the Houthi movement": a name qualifying a
    // plain organisation word is that organisation, and its name is the
    // phrase ("Saudi" alone would be the country or the people).
    let a_or_an = toks
        .first()
        .is_some_and(|d| matches!(d.lower.as_str(), "a" | "an"));
    let body = match toks {
        [d, rest @ ..] if d.lower == "the" || a_or_an => rest,
        _ => toks,
    };
    // "the Yemen-based Houthi movement": where it is based is no part of
    // its name.
    let based = body
        .iter()
        .take_while(|t| t.is_word() && t.cap && is_placing_compound(&t.lower))
        .count();
    let body = if based < body.len() {
        &body[based..]
    } else {
        body
    };
    let caps = body.iter().take_while(|t| t.is_word() && t.cap).count();
    // "the United States federal government": a level of government may
    // stand between the name and the word, and so may what the body deals
    // with ("the Philippine immigration agency", "the Chinese state news
    // agency").
    if caps >= 1
        && caps < body.len()
        && body.len() - caps <= 3
        && body[caps..].iter().all(|t| t.is_word() && !t.cap)
        // "a Medium post" is a document its writer posted, unlike "the
        // Washington Post" or "a Kremlin news bulletin".
        && body.last().is_some_and(|t| {
            t.speaker_classes() & ORGANIZATION != 0
                && !(t.speaker_classes() & DOCUMENT != 0
                    && a_or_an
                    && body[..caps]
                        .iter()
                        .any(|n| n.speaker_classes() & PLATFORM != 0))
        })
        && body[caps..body.len() - 1].iter().all(|t| {
            t.speaker_classes() & (ORGANIZATION | LEVEL) != 0
                || (!t.is_function() && t.speaker_classes() & (PERSON | TITLE | GROUP) == 0)
        })
    {
        let name = body[0].span.cover(body[body.len() - 1].span).text(text);
        return unnamed(name.to_string(), SpeakerType::Organization);
    }
    // The head of "the head of the internal investigators" is "head": the
    // word before "of", else the last word, past trailing adverbs.
    let before_of = toks
        .iter()
        .position(|t| matches!(t.lower.as_str(), "of" | "in" | "at" | "from" | "for" | "on"))
        .filter(|&k| k > 0)
        .map_or(toks.len(), |k| k);
    // "an internal memo obtained by CBC News": the document, not who got
    // it.
    let before_of = toks[..before_of]
        .windows(3)
        .position(|w| is_document_tok(w[0]) && receiving(&w[1].lower, &w[2].lower))
        .map_or(before_of, |k| k + 1);
    let head_tok = toks[..before_of]
        .iter()
        .rev()
        .find(|t| t.is_word() && !is_trailing_adverb(&t.lower));
    let head = head_tok.map(|t| t.lower.as_str()).unwrap_or("");
    // No listed word is empty: no head, no classes.
    let head_cls = head_tok.map_or(0, |t| t.speaker_classes());
    // "Policy makers", "Coal miners": an unlisted plural agent noun is a
    // group like "officials", not the name before it.
    let head_cls = if head_cls == 0
        && head_tok.is_some_and(|t| !t.cap)
        && ["ers", "ors", "ists", "ians"]
            .iter()
            .any(|e| head.ends_with(e))
        && head.len() >= 6
        // Plurals in -ers that name no agent.
        && !matches!(
            head,
            "others" | "orders" | "papers" | "layers" | "waters" | "towers" | "offers"
                | "errors" | "letters" | "numbers" | "matters" | "answers" | "corners"
                | "borders" | "colors" | "colours" | "factors" | "sectors" | "centers"
                | "centres" | "chapters" | "barriers" | "quarters" | "headquarters"
        ) {
        GROUP
    } else {
        head_cls
    };
    let singular = singular_of(head);
    let singular_cls = if singular.len() < head.len() {
        classes(singular)
    } else {
        head_cls
    };
    let head_cap = head_tok.is_some_and(|t| t.cap);
    // A person named in full in the source: one word after a role ("a
    // Minister of Legislative Assembly") is no name.
    // An owner ("Shapiro's widow") names someone else.
    let named_person = table.within(src).any(|m| {
        let e = &table.entities[m.entity];
        e.kind == SpeakerType::Person
            && e.person_evidence
            && e.name_tokens >= 2
            && !toks
                .iter()
                .any(|t| t.kind == TokenKind::Possessive && t.span.start == m.span.end)
    });
    // "Both officers", "the two men": the two people last named together.
    let people_noun = |t: &Tok| {
        let singular = singular_of(&t.lower);
        in_class(singular, PERSON | TITLE)
            || t.speaker_classes() & GROUP != 0
            || matches!(t.lower.as_str(), "men" | "women")
    };
    // "The couple said", "the pair": two people as one.
    let couple = matches!(toks, [d, n] if d.lower == "the"
        && matches!(n.lower.as_str(), "couple" | "pair" | "duo"));
    let pair_phrase = match toks {
        [both, n] => couple || (both.lower == "both" && people_noun(n)),
        [d, two, n] => {
            matches!(
                (d.lower.as_str(), two.lower.as_str()),
                ("the", "two") | ("both", "the") | ("the", "pair")
            ) && people_noun(n)
        }
        _ => false,
    };
    if pair_phrase && let Some(pair) = table.pair_before(text, src.start, 0) {
        return pair_speaker(table, pair);
    }
    // "the committee chairmen" after "Oversight Committee Chairman Jason
    // Chaffetz (R-Utah) and Judiciary Committee Chairman Bob Goodlatte":
    // the plural of a title both people last named together hold.
    if let [d, .., n] = toks
        && d.lower == "the"
        && toks.len() <= 4
        && !n.cap
        // "chairmen", "congressmen" as well as "senators".
        && let singular = match n.lower.strip_suffix("men") {
            Some(stem) => Cow::Owned(format!("{stem}man")),
            None => Cow::Borrowed(singular_of(&n.lower)),
        }
        && singular != n.lower.as_str()
        && in_class(&singular, TITLE)
        && let Some(pair) = table.pair_before(text, src.start, 0)
        // Each word before the head in both titles too: not "the most
        // reform-hungry senators".
        && [pair.0, pair.1].iter().all(|&e| {
            table.entities[e].title_lower().is_some_and(|t| {
                title_has(t, &singular)
                    && toks[1..toks.len() - 1]
                        .iter()
                        .all(|m| title_has(t, &m.lower))
            })
        })
    {
        return pair_speaker(table, pair);
    }
    // Two people not named together ("Tong and his wife … The couple
    // said"): a group by that word.
    if couple {
        return unnamed(strip_determiner(src_text).to_string(), SpeakerType::Group);
    }
    // "The parties", "both companies": the joint speaker of a recent
    // claim ("Tesco and Salling Group announced …").
    let joint_noun = |t: &Tok| {
        matches!(
            t.lower.as_str(),
            "parties" | "companies" | "firms" | "governments" | "countries" | "nations"
        )
    };
    let joint_phrase = match toks {
        [d, n] => matches!(d.lower.as_str(), "the" | "both") && joint_noun(n),
        [d, two, n] => {
            matches!(
                (d.lower.as_str(), two.lower.as_str()),
                ("the", "two") | ("both", "the")
            ) && joint_noun(n)
        }
        _ => false,
    };
    if joint_phrase && let Some(sp) = &st.joint {
        return (sp.clone(), None);
    }
    // "one of the children" is an unnamed person, "some of the
    // protesters (Wikinews interviewed)" an unnamed group, whatever names
    // follow.
    if let [q, of, ..] = toks
        && of.lower == "of"
        && matches!(
            q.lower.as_str(),
            "one" | "some" | "many" | "several" | "most" | "two" | "three" | "both" | "all"
        )
    {
        let kind = if q.lower == "one" {
            SpeakerType::Anonymous
        } else {
            SpeakerType::Group
        };
        return unnamed(src_text.to_string(), kind);
    }
    // "a witness", "one MP", "an official": an unnamed person. So is
    // "another neighbour", unless named in apposition ("Another pollster,
    // David Woodard, said": the one named).
    let indefinite = toks.first().is_some_and(|t| match t.lower.as_str() {
        "a" | "an" | "one" => true,
        "another" => !text.get(src.end..).is_some_and(|t| {
            t.strip_prefix(',').is_some_and(|t| {
                // Before any preposition or relative word: "Another
                // employee, an engineer who moved to Waterloo from Lagos,"
                // names no one.
                t.split([',', '.'])
                    .next()
                    .unwrap_or("")
                    .split_whitespace()
                    .take_while(|w| {
                        !matches!(
                            *w,
                            "who" | "that" | "from" | "in" | "at" | "of" | "to" | "with" | "for"
                        )
                    })
                    .any(|w| w.starts_with(char::is_uppercase))
            })
        }),
        _ => false,
    });
    if indefinite && !named_person && (head_cls | singular_cls) & (PERSON | TITLE) != 0 {
        // "A Crown prosecutor asked a judge Friday …. Crown attorney
        // Nathaniel Osei told …": a lead's unnamed role is the person the
        // next lines name with that title, when no one was named before it
        // below the headline.
        if toks
            .first()
            .is_some_and(|t| t.lower == "a" || t.lower == "an")
            && head_cls & TITLE != 0
            && let head_end = headline_end(text)
            && !table.before(src.start).any(|m| m.span.start >= head_end)
            && let Some(m) = table.after(src.end).find(|m| {
                m.span.start < src.end + 1500
                    && table.entities[m.entity].kind == SpeakerType::Person
                    && table.entities[m.entity]
                        .title_lower()
                        .is_some_and(|t| title_has(t, head) && rank_fits(toks, t))
            })
        {
            return found(table, m.entity);
        }
        return unnamed(src_text.to_string(), SpeakerType::Anonymous);
    }
    // "a spokesman for West", "a niece of Biden's opponent Christine
    // O'Donnell": someone unnamed, known through the person named after
    // "for" or "of", under that person's full name.
    if indefinite
        && named_person
        && (head_cls | singular_cls) & (PERSON | TITLE | KIN_M | KIN_F) != 0
        && toks
            .get(before_of)
            .is_some_and(|t| matches!(t.lower.as_str(), "of" | "for"))
        && let Some(m) = table.within(src).last()
        && m.span.end == src.end
        && m.span.start > toks[before_of].span.end
        && table.entities[m.entity].kind == SpeakerType::Person
        && let Some(lead) = text.get(src.start..m.span.start)
    {
        let name = format!("{lead}{}", table.entities[m.entity].name);
        return unnamed(name, SpeakerType::Anonymous);
    }
    // "According to the El Paso mayor, Dee Margo, …"
    // Not when the source holds its own apposition ("Abdurrahman Mangal,
    // spokesperson for the governor").
    if !head_cap
        && !named_person
        && !toks.iter().any(|t| t.is_punct(","))
        && head_cls & (TITLE | PERSON | KIN_M | KIN_F) != 0
        && let Some(m) = ctx.around.appositive
    {
        // Named in apposition to a role: a person.
        let e = &mut table.entities[m.entity];
        e.kind = SpeakerType::Person;
        e.person_evidence = true;
        return found(table, m.entity);
    }
    // "The union representing paramedics, the International Union of
    // Operating Engineers Local 727, said": a body described, then named.
    if toks.first().is_some_and(|t| t.lower == "the")
        && !named_person
        && toks
            .iter()
            .any(|t| t.is_word() && !t.cap && t.speaker_classes() & ORGANIZATION != 0)
        && let Some(m) = ctx.around.body
    {
        table.entities[m.entity].kind = SpeakerType::Organization;
        return found(table, m.entity);
    }
    // "data from the World Health Organisation", "a statement released by
    // Erdogan's office", "the WHO's situation report dated March 16": the
    // document noun stands before what places it, and its issuer is named
    // after it or before it.
    let doc_end = toks
        .iter()
        .skip(1)
        .position(|t| {
            is_issuer_link(&t.lower)
                || matches!(t.lower.as_str(), "dated" | "in" | "on" | "for" | "at")
        })
        .map_or(toks.len(), |k| k + 1);
    if doc_end < toks.len()
        && let Some(dt) = toks[..doc_end].iter().rev().find(|t| t.is_word())
        && !dt.cap
        && is_document_tok(dt)
    {
        // "RIAA's notice published by GitHub": the owner the document is
        // written as, not the one who published it, issued it.
        let owned = toks[..doc_end]
            .iter()
            .any(|t| t.kind == TokenKind::Possessive);
        if !owned && is_issuer_link(&toks[doc_end].lower) {
            let mut j = toks[doc_end..]
                .iter()
                .position(|t| !is_issuer_link(&t.lower))
                .map_or(toks.len(), |k| doc_end + k);
            // "a report published Wednesday", "a statement released on
            // Monday": a participle with no "by" or "from" names no issuer;
            // "data released Friday by state regulators" does, past the day.
            let mut linked = toks[doc_end..j]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "by" | "from" | "of"));
            if !linked {
                let k = toks[j..]
                    .iter()
                    .position(|t| {
                        !(t.is_time_word() || matches!(t.lower.as_str(), "on" | "last" | "this"))
                    })
                    .map_or(toks.len(), |k| j + k);
                if k > j
                    && toks
                        .get(k)
                        .is_some_and(|t| matches!(t.lower.as_str(), "by" | "from"))
                {
                    (j, linked) = (k + 1, true);
                }
            }
            if linked && let (Some(first), Some(last)) = (toks.get(j), toks.last()) {
                let sub = ctx.narrowed(&toks[j..], first.span.cover(last.span));
                let issuer = resolve_one(&sub, table, st);
                if issuer.0.kind != SpeakerType::None {
                    return issuer;
                }
            }
        }
        if let Some(m) = table.within(src).find(|m| m.span.end <= dt.span.start) {
            return found(table, m.entity);
        }
        if let Some(f) = legislative_issuer(table, toks, src) {
            return f;
        }
    }
    // "Erdogan's office", "the Biden campaign's office": a person's office
    // or campaign is an organisation known by the person's full name.
    if let Some(f) = office_of(table, toks) {
        return f;
    }
    // "Federal Aviation Administration records", "a report by The
    // Atlantic", "the WHO's website", "the chain's press release": a
    // document speaks for whoever issued it.
    // "the participants in her study": a document inside a phrase that
    // places the head is not what speaks.
    let head_in_phrase = head_tok.is_some_and(|h| {
        toks.iter()
            .take_while(|t| t.span != h.span)
            .any(|t| t.is("preposition"))
    });
    if !head_cap && !head_in_phrase && (head_cls | singular_cls) & DOCUMENT != 0 {
        // "The Turkish statement" after "a statement released by Erdogan's
        // office": a nationality does not issue it; the one met before did.
        let demonym_only = table.within(src).all(|m| {
            let e = &table.entities[m.entity];
            e.name_tokens == 1 && is_demonym(&e.name.to_lowercase())
        });
        // "The memo, dated April 14 and signed by deputy chief Roland
        // Okafor-Best, says": the issuer given right there, before any
        // memo met earlier.
        if table.within(src).next().is_none()
            && let Some(m) = ctx.around.issuer
        {
            return found(table, m.entity);
        }
        if demonym_only && let Some(f) = remembered_document(table, toks, head, st) {
            return f;
        }
        // "a memo obtained by CBC News", "documents provided to the
        // committee": who got the document did not issue it, and a
        // document no one is said to have issued is an anonymous source,
        // under its words.
        if let Some(m) = table.within(src).find(|m| !received_by(toks, m.span)) {
            return found(table, m.entity);
        }
        if let Some(m) = ctx.around.issuer {
            return found(table, m.entity);
        }
        if let Some(h) = head_tok
            && table.within(src).next().is_some()
            && let Some(words) = text.get(src.start..h.span.end)
        {
            return unnamed(words.to_string(), SpeakerType::Anonymous);
        }
        if let Some(k) = toks.iter().position(|t| t.kind == TokenKind::Possessive)
            && let Some(f) = by_description(table, &toks[..k], ctx, st)
        {
            return f;
        }
        // "a police report", "The court ruling", "a fire service
        // statement": the words before the document name the kind of body
        // that issued it, which speaks as "the police" or "the court"
        // would, not whatever organisation was named last.
        if let Some(f) = issuer_modifier(table, toks, head_tok.copied(), ctx, st) {
            return f;
        }
        // "The report said …" after "according to a report from the NTSB":
        // the document met before, and its issuer.
        if let Some(f) = remembered_document(table, toks, head, st) {
            return f;
        }
        // "the statement said" after "Cook provided a written statement",
        // "Curiel's order", "a memo from the panel": the issuer the text
        // gave that document where it last came up.
        if toks.first().is_some_and(|t| t.lower == "the")
            && head_tok.is_some_and(|h| toks.iter().take(3).any(|t| t.span == h.span))
            && let Some(noun) = document_noun(head)
            && let Some(e) = issuer_named_with(table, text, noun, src.start)
        {
            return found(table, e);
        }
        // "the editorial read": a newspaper's own voice, the paper named
        // last.
        if matches!(head, "editorial" | "editorials")
            && let Some(e) = newspaper_before(table, text, src.start)
        {
            return found(table, e);
        }
    }
    // "People close to the Clintons", "officials familiar with the talks",
    // "residents near the plant", "officials with the committee": the group
    // is named first, and the words after it only place it.
    // (Past a determiner or a count: "three officials with knowledge of
    // the talks", "12 residents near the plant".)
    let lead = toks
        .iter()
        .position(|t| {
            t.kind != TokenKind::Number
                && !matches!(
                    t.lower.as_str(),
                    "the"
                        | "a"
                        | "some"
                        | "many"
                        | "several"
                        | "few"
                        | "both"
                        | "all"
                        | "other"
                        | "more"
                        | "most"
                        | "dozens"
                )
                && !crate::words::count_word(&t.lower)
        })
        .unwrap_or(0);
    if toks.len() > lead + 2
        && toks[lead].speaker_classes() & GROUP != 0
        && matches!(
            toks[lead + 1].lower.as_str(),
            "close"
                | "familiar"
                | "near"
                | "inside"
                | "within"
                | "at"
                | "in"
                | "from"
                | "around"
                | "with"
        )
    {
        // "with knowledge of the talks" is as unnamed as "familiar with".
        let knowing = toks[lead + 1].lower == "with" && toks[lead + 2].lower == "knowledge";
        return if knowing || matches!(toks[lead + 1].lower.as_str(), "close" | "familiar") {
            unnamed(src_text.to_string(), SpeakerType::Anonymous)
        } else {
            unnamed(group_name(text, toks), SpeakerType::Group)
        };
    }
    // "The government of Egypt": the government under the name the
    // article gives it, as "government of Samoa" is found for a bare "the
    // government".
    if let [g, of, rest @ ..] = &toks[usize::from(toks.first().is_some_and(|t| t.lower == "the"))..]
        && g.lower == "government"
        && of.lower == "of"
        && !rest.is_empty()
        && rest.len() <= 4
        && rest.iter().all(|t| t.cap || t.lower == "the")
        && let Some(name) = text.get(g.span.start..src.end)
    {
        return unnamed(name.to_string(), SpeakerType::Organization);
    }
    // "police" after "Northamptonshire police": the force named in full.
    if matches!(toks, [p] | [_, p] if p.lower == "police" && (toks.len() == 1 || toks[0].lower == "the"))
    {
        // "Police said" after "Sgt. Lorne Bell of the Saskatoon Police
        // Service" or "New Brunswick RCMP": the force the article named
        // last as a body.
        let force = table
            .before(src.start)
            .find(|m| {
                let e = &table.entities[m.entity];
                e.name_tokens >= 2
                    && (e.org_word && e.name.split(' ').any(|w| w == "Police")
                        || matches!(&*e.last, "rcmp" | "opp" | "sq" | "spvm"))
            })
            .map(|m| m.entity);
        if let Some(id) = force {
            table.entities[id].kind = SpeakerType::Organization;
            return found(table, id);
        }
        if let Some(name) = fullest_org(text, src.start, "police") {
            return unnamed(name, SpeakerType::Group);
        }
    }
    // "Associates of Navalny", "supporters of Mr. Trump": a group of a
    // person is that person's, under their fullest name.
    if let [g, of, rest @ ..] = toks
        && of.lower == "of"
        && !rest.is_empty()
        && g.speaker_classes() & GROUP != 0
        && let Some(m) = table.within(src).find(|m| {
            m.span.end == rest[rest.len() - 1].span.end
                && table.entities[m.entity].kind == SpeakerType::Person
        })
        && rest
            .iter()
            .all(|t| t.span.start >= m.span.start || t.speaker_classes() & ANY_HONORIFIC != 0)
    {
        let owner = possessive(table.entities[m.entity].name);
        return unnamed(format!("{owner} {}", g.lower), SpeakerType::Group);
    }
    // Capitalised only because it opens the sentence: "Members of the
    // House of Commons protested".
    let opens = |t: &Tok| t.span.start == ctx.sent_start;
    if head_cls & GROUP != 0
        && !toks[..before_of]
            .last()
            .is_some_and(|t| t.cap && !(opens(t) && before_of == 1))
    {
        return unnamed(group_name(text, toks), SpeakerType::Group);
    }
    // "the mayor of Rome", "the governor of Texas": a role whose only
    // name is the place it governs is the person introduced with that
    // role, else the role itself; the place does not speak.
    if let [d, role, of, rest @ ..] = toks
        && d.lower == "the"
        && !role.cap
        && is_title_word(&role.lower)
        && of.lower == "of"
        && !rest.is_empty()
        && rest.iter().all(|t| t.cap && t.is_word())
    {
        if let Some(f) = by_title(table, text, toks, src, src_text, ctx.prev_start) {
            return f;
        }
        return unnamed(strip_determiner(src_text).to_string(), SpeakerType::Person);
    }
    // "the El Paso mayor", "Greek prime minister": a role named last is the
    // speaker, and a name before it only qualifies it.
    // Not "Abdurrahman Mangal, spokesperson for the governor": a name
    // with its role in apposition is that name.
    if toks
        .last()
        .is_some_and(|t| t.is_word() && !t.cap && is_title_tok(text.as_bytes(), t))
        && !toks.iter().any(|t| t.is_punct(","))
        && let Some(f) = by_title(table, text, toks, src, src_text, ctx.prev_start)
    {
        return f;
    }
    // "the father", "the mother": the person of that gender named last.
    // "The father of four", "the mother of two children": a parent by
    // how many children, as news describes the person just named.
    if let [d, k, rest @ ..] = toks
        && d.lower == "the"
        && match rest {
            [] => true,
            [of, n, more @ ..] => {
                of.lower == "of"
                    && (n.kind == TokenKind::Number || spelled_number(&n.lower))
                    && more.len() <= 1
                    && more.iter().all(|c| {
                        matches!(
                            c.lower.as_str(),
                            "children" | "kids" | "sons" | "daughters" | "boys" | "girls"
                        )
                    })
            }
            _ => false,
        }
        && let Some(f) = by_kin(table, &k.lower, src)
    {
        return f;
    }
    // "the doctor" after "Dr. Kieran Moore, the province's chief medical
    // officer": the person named last with the honorific.
    // ("the professor" after "Prof. Aline Bergeron".)
    if let [d, n] = toks
        && d.lower == "the"
        && let Some(marks) = match n.lower.as_str() {
            "doctor" | "physician" => Some(["Dr.", " Dr"]),
            "professor" => Some(["Prof.", " Prof"]),
            _ => None,
        }
        && let Some(m) = table.before(src.start).find(|m| {
            table.entities[m.entity].kind == SpeakerType::Person
                && text.get(..m.span.start).is_some_and(|b| {
                    let b = b.trim_end();
                    b.ends_with(marks[0]) || b.ends_with(marks[1])
                })
        })
    {
        return found(table, m.entity);
    }
    // "the accused" in a trial story: the person the text says is
    // charged or on trial.
    if let [d, n] = toks
        && d.lower == "the"
        && matches!(n.lower.as_str(), "accused" | "defendant")
        && let Some(e) = accused_person(table, text, src.start)
    {
        table.entities[e].kind = SpeakerType::Person;
        return found(table, e);
    }
    // "the 62-year-old" after "Margaret Pynn-Doucette, 62,": whoever the
    // article gave that age.
    // (Written as one token, or as the number, a hyphen and "year-old".)
    let age = match toks {
        [d, a] if d.lower == "the" => a.lower.strip_suffix("-year-old"),
        [d, n, h, y] if d.lower == "the" && h.is_punct("-") && y.lower == "year-old" => {
            Some(n.lower.as_str())
        }
        _ => None,
    };
    if let Some(age) = age
        && let Some(e) = aged(table, text, age, src.start)
    {
        return found(table, e);
    }
    // "the Kentucky Republican", "the Norwegian", "the 34-year-old": a
    // person described by party, nation or age is the person named last.
    if let [d, .., last] = toks
        && d.lower == "the"
        && toks.len() <= 5
        && (is_party_member(&last.lower)
            || (last.cap
                && toks.len() == 2
                && is_demonym(&last.lower)
                // "the Norwegian", "the Iraqi" are one person; "the
                // French", "the British", "the Chinese" a people.
                && (last.lower.ends_with("an") || last.lower.ends_with('i') || last.lower == "briton")
                && last.speaker_classes() & NEWSPAPER == 0)
            || last.lower.ends_with("year-old")
            // "the Conservative MP", "the Liberal MPP": a member of a house
            // described by party.
            || (toks.len() == 3
                && is_party_member(&toks[1].lower)
                && matches!(last.lower.as_str(), "mp" | "mpp" | "mla" | "mna" | "mha")))
        && let Some(f) = salient_person(
            table,
            ctx,
            st,
            is_party_member(&last.lower) || is_party_member(&toks[1].lower),
        )
    {
        return f;
    }
    // "the presumptive Republican presidential nominee", "the Florida
    // senator", "London's Muslim mayor": one role, picked out by what
    // qualifies it and with no name of its own, is someone the article
    // has been about. Not an agent of someone else ("the police
    // spokesman").
    let qualified_role = head_tok.is_some_and(|h| {
        let at = toks.iter().position(|t| t.span == h.span).unwrap_or(0);
        let opens = toks.first().is_some_and(|t| t.lower == "the")
            || toks.get(1).is_some_and(|t| t.kind == TokenKind::Possessive);
        opens
            && at >= 2
            && !h.cap
            && singular.len() == head.len()
            && head_cls & (TITLE | PERSON) != 0
            && head_cls & (GROUP | ANONYMOUS) == 0
            && !speaks_for_another(head)
            && !matches!(head, "official" | "source")
            && toks[1..at]
                .iter()
                .all(|t| (t.is_word() && !t.is_function()) || t.kind == TokenKind::Possessive)
    });
    if qualified_role && !named_person {
        // The person last named with that role in their title, else the
        // person the article names most.
        // "the Democratic front-runner": not the Republican one.
        let party = party_in(toks);
        let fits = |e: usize| party_fits(table, text, e, party);
        let titled = table.before(src.start).find(|m| {
            let e = &table.entities[m.entity];
            e.kind == SpeakerType::Person
                && e.title_lower()
                    .is_some_and(|t| title_has(t, head) && rank_fits(toks, t))
                && fits(m.entity)
        });
        // Only a contender for office or a magnate, qualified by a
        // capitalised word ("the Democratic front-runner", "The New York
        // businessman"), is the article's main person by default; "the
        // local health secretary" may be anyone.
        let contender = is_contender(head)
            && toks
                .iter()
                .any(|t| t.cap && t.is_word() && t.lower != "the");
        // "The billionaire investor said" after "billionaire Tom Steyer":
        // the person the article called so, not merely the most named.
        let wealthy = || {
            toks.iter()
                .filter(|t| is_magnate(&t.lower))
                .find_map(|t| described_as(ctx, table, &t.lower))
        };
        // "the Russian leader" after "President Vladimir V. Putin": a
        // leader is whoever the article names most with a head of state's
        // or government's title, of that nation if the title says one.
        let leader = || {
            let nation: Vec<&str> = toks
                .iter()
                .filter(|t| t.cap && is_demonym(&t.lower))
                .map(|t| t.lower.as_str())
                .collect();
            (head == "leader")
                .then(|| {
                    most_named_person(table, src.start, 2, |e| {
                        table.entities[e].title_lower().is_some_and(|t| {
                            (["president", "premier", "chancellor", "king", "queen"]
                                .iter()
                                .any(|h| title_has(t, h))
                                || t.contains("prime minister"))
                                && !t.contains("vice")
                                && t.split_whitespace()
                                    .filter(|w| is_demonym(w))
                                    .all(|w| nation.contains(&w))
                        }) && fits(e)
                    })
                })
                .flatten()
        };
        if let Some(e) = titled
            .map(|m| m.entity)
            .or_else(|| most_named_person(table, src.start, 2, fits).filter(|_| contender))
            .or_else(wealthy)
            .or_else(leader)
        {
            return found(table, e);
        }
        // '"Nobody is above them," the former health minister said', '"…,"
        // the veteran organizer said': the person quoted just before.
        if !is_contender(head)
            && let Some(e) = goes_on_quoted(table, ctx, st, head, Gender::Unknown)
        {
            return found(table, e);
        }
    }
    // '"…," said Kenji Tanaka. "…," the organizer said', '… the woman
    // said': a person's role or sex alone, the same way, is the person
    // quoted just before.
    if let [d, n] = toks
        && d.lower == "the"
        && !n.cap
        && n.speaker_classes() & PERSON != 0
        && n.speaker_classes() & (GROUP | ANONYMOUS | TITLE) == 0
        && !matches!(
            n.lower.as_str(),
            "official" | "source" | "people" | "member"
        )
        && !is_contender(&n.lower)
        && let Some(e) = goes_on_quoted(table, ctx, st, &n.lower, noun_gender(&n.lower))
    {
        return found(table, e);
    }
    // "Former deputy minister Margaret Ellison-Doucet testified on
    // Wednesday. … the witness said": the person who testified last.
    if let [d, n] = toks
        && d.lower == "the"
        && n.lower == "witness"
        && let Some(at) = text.get(..src.start).and_then(|t| t.rfind(" testifi"))
        && let Some(m) = table.before(at + 1).find(|m| {
            table.entities[m.entity].kind == SpeakerType::Person
                && text
                    .get(m.span.end..at)
                    .is_some_and(|gap| gap.len() < 80 && !gap.contains(['.', '?', '!']))
        })
    {
        return found(table, m.entity);
    }
    // 'One tenant, who asked not to be named, said …. "…," the woman
    // said': a sex alone, the same way, is the unnamed one who spoke last,
    // in this sentence or the one before.
    if let [d, n] = toks
        && d.lower == "the"
        && noun_gender(&n.lower) != Gender::Unknown
        && let Some((sp, s, at)) = &st.prev_one
        && *at == st.claims
        && ctx.sentence <= s + 1
        && follows_quote(ctx)
        && sp.name.as_deref().is_some_and(|name| {
            let g = noun_gender(name);
            g == Gender::Unknown || g == noun_gender(&n.lower)
        })
    {
        return (sp.clone(), None);
    }
    if let Some(f) = by_description(table, toks, ctx, st) {
        return f;
    }
    // "The lawmaker said", "the businessman", "the Air Force veteran": an
    // epithet for someone the article has named; a contender or magnate
    // is the person it names most, anyone else the person just named. "The
    // billionaire developer" is one too ("the developer" alone is as often
    // a company; "the billionaire investor" may be anyone).
    let wealthy_person = || {
        toks.last().is_some_and(|l| l.lower == "developer")
            && toks[1..toks.len() - 1].iter().any(|t| is_magnate(&t.lower))
    };
    if let [d, .., last] = toks
        && d.lower == "the"
        && toks.len() <= 5
        && !last.cap
        && (last.speaker_classes() & EPITHET != 0 || wealthy_person())
        && !named_person
        && !toks.iter().any(|t| t.is_punct(","))
    {
        let e = if is_contender(&last.lower) || wealthy_person() {
            let party = party_in(toks);
            most_named_person(table, src.start, 2, |e| party_fits(table, text, e, party))
                .map(|e| found(table, e))
        } else {
            salient_person(table, ctx, st, false)
        };
        if let Some(f) = e {
            return f;
        }
    }
    if !head_cap
        && (head_cls | singular_cls) & DOCUMENT != 0
        && let Some(f) = legislative_issuer(table, toks, src)
    {
        return f;
    }
    // "according to a report", "One tweet said", "official statements": a
    // document introduced as new, with no one said to have issued it, is
    // its own source, not the body named last. Not a statement, release or
    // announcement, which news gives right after naming who made it
    // ("Acme closed the plant. A statement said …").
    if !head_cap
        && (head_cls | singular_cls) & DOCUMENT != 0
        && toks.len() <= 3
        && !matches!(singular, "statement" | "release" | "announcement")
        && toks.first().is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "a" | "an" | "one" | "some" | "several" | "official"
            ) || (toks.len() == 1 && singular.len() < head.len())
        })
        && toks
            .iter()
            .enumerate()
            .all(|(k, t)| t.is_word() && (k == 0 || !t.cap))
        && table.within(src).next().is_none()
    {
        return unnamed(src_text.to_string(), SpeakerType::Anonymous);
    }
    if !head_cap
        && (head_cls | singular_cls) & DOCUMENT != 0
        && let Some(f) = nearest_organization(table, ctx, st, |e| {
            // A nation, a region or a listed place issues no document
            // ("Russian", "South Carolina" named last): its government or
            // agency would be named.
            let lower = e.name.to_lowercase();
            !(e.name_tokens == 1 && is_demonym(singular_of(&lower))
                || e.name_tokens <= 4 && classes(&lower) & (COUNTRY | PLACE | REGION) != 0)
        })
    {
        return f;
    }
    // 'In a statement, his press secretary, Hélène Vachon-Roy, said …. "…,"
    // the statement said': with no body in view, the statement is the
    // person's who just spoke.
    if !head_cap
        && toks.first().is_some_and(|t| t.lower == "the")
        && toks.len() == 2
        && matches!(singular, "statement" | "release" | "email" | "letter")
        && let Some(e) = st
            .recent(ctx.sentence, 1)
            .filter(|&e| table.entities[e].kind == SpeakerType::Person)
    {
        return found(table, e);
    }
    // "Peter Iseley of worldwide victim group Ending Clergy Abuse said":
    // the person speaks, not the group they are of.
    if let Some(m) = ctx.around.person_of {
        return found(table, m.entity);
    }
    // A named mention, unless it is only a possessor ("Blinken's aide").
    let possessor = |m: &Mention| {
        toks.iter()
            .any(|t| t.kind == TokenKind::Possessive && t.span.start == m.span.end)
    };
    // "Tsvangirai's allegations": a nominal cue's source is its possessor,
    // titled or not ("Mr. Trump's claim", "Democratic presidential
    // candidate Hillary Clinton's claim").
    if let Some(last) = toks.last()
        && last.kind == TokenKind::Possessive
        && let Some(m) = table.within(src).find(|m| m.span.end == last.span.start)
        && toks
            .iter()
            .take_while(|t| t.span.start < m.span.start)
            .all(|t| t.lower == "the" || t.is_punct(".") || (t.is_word() && !t.is_function()))
    {
        return found(table, m.entity);
    }
    // "The Department" after "the California Department of Corrections
    // and Rehabilitation": the body last named in full with that word.
    if let [d, x] = toks
        && d.lower == "the"
        && x.cap
        && x.speaker_classes() & ORGANIZATION != 0
        && table
            .starting_at(x.span.start)
            .is_none_or(|m| table.entities[m.entity].name_tokens == 1)
        && let Some(m) = table.before(src.start).find(|m| {
            let e = &table.entities[m.entity];
            // A body, not "Mayor Jim Guardian" for "The Guardian".
            e.kind != SpeakerType::Person
                && e.name_tokens >= 2
                && e.name.split(' ').any(|w| w.eq_ignore_ascii_case(&x.lower))
        })
    {
        return found(table, m.entity);
    }
    // "the U.S. embassy in Beijing", "the ministry of Health": a body
    // named by its kind and where it is, before any name in it.
    if let Some(h) = head_tok
        && !h.cap
        && head_cls & ORGANIZATION != 0
        && head_cls & (TITLE | PERSON) == 0
        && let Some(k) = toks.iter().position(|t| t.span == h.span)
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "in" | "of" | "at"))
        && toks.len() > k + 2
        && toks[k + 2..].iter().all(|t| t.cap && t.is_word())
    {
        return unnamed(
            strip_determiner(src_text).to_string(),
            SpeakerType::Organization,
        );
    }
    // "The TV interviewer said", "the Romanian hacker said", with no one
    // described so before: an unnamed person under that description. The
    // capitalised word qualifies what they do; it does not speak.
    if person_description_head(toks).is_some()
        && toks[1..toks.len() - 1].iter().any(|t| t.cap)
        && let (Some(a), Some(z)) = (toks.get(1), toks.last())
        // "the national Asahi newspaper": an outlet, not a person.
        && z.speaker_classes() & ORG_DESCRIPTION == 0
    {
        return unnamed(
            a.span.cover(z.span).text(text).to_string(),
            SpeakerType::Person,
        );
    }
    // "The German carmaker said", "the Danish shipper", with no such
    // company named before: an unnamed company under that description; the
    // nation or place only says where it is from.
    if let [d, mid @ .., z] = toks
        && d.lower == "the"
        && !mid.is_empty()
        && mid.len() <= 3
        && mid.iter().any(|t| t.cap)
        && mid
            .iter()
            .all(|t| (t.is_word() && !t.is_function()) || t.is_punct("-"))
        && z.is_word()
        && !z.cap
        && z.speaker_classes() & ORG_DESCRIPTION != 0
        // "The New York lender", "the Hong Kong shipper": only nations and
        // places qualify it, not a company named in it ("the New York
        // Times website" is the Times').
        && table.within(src).all(|m| {
            let e = &table.entities[m.entity];
            let lower = e.name.to_lowercase();
            // A nation or place, or (a word of a name) one's first word.
            let place = |w: &str, also: u32| {
                is_demonym(w) || classes(w) & (COUNTRY | PLACE | REGION | also) != 0
            };
            e.kind != SpeakerType::Person
                && (place(&lower, 0) || lower.split(' ').all(|w| place(w, PLACE_START)))
        })
    {
        return unnamed(
            mid[0].span.cover(z.span).text(text).to_string(),
            SpeakerType::Organization,
        );
    }
    // "American youth", "Small businesses": a nation's adjective or a
    // word capitalised only by opening the sentence, before a noun in
    // lower case that heads the source, qualifies it and names no one.
    let modifier = |m: &Mention| {
        let e = &table.entities[m.entity];
        e.name_tokens == 1
            && e.kind != SpeakerType::Person
            && toks
                .last()
                .is_some_and(|z| z.is_word() && !z.cap && z.span.start > m.span.end)
            && toks
                .iter()
                .find(|t| t.span.start >= m.span.end)
                .is_some_and(|n| n.is_word() && !n.cap)
            && ((is_demonym(&e.last) && !is_party_member(&e.last))
                || (e.weak && m.span.start == ctx.sent_start))
            && !headline(ctx)
    };
    let in_source: Vec<Mention> = table
        .within(src)
        .filter(|m| !possessor(m) && !modifier(m) && !received_by(toks, m.span))
        .copied()
        .collect();
    // "Dick Durbin and Adam Schiff": two named sources joined by "and".
    // Not two parts of one name ("Disease Control and Research" inside
    // "Institute of Epidemiology, Disease Control and Research").
    let part_of = |a: usize, b: usize| {
        let (a, b) = (table.entities[a].name, table.entities[b].name);
        a.contains(b) || b.contains(a)
    };
    // "Egypt, Greece and Cyprus", "the Investigative Committee and the
    // Federal Security Service (FSB)", "neither the EU nor the United
    // States": a list whose every item is a name alone speaks as all of
    // them.
    if let Some(names) = name_list(table, toks, &in_source) {
        return (
            Speaker {
                name: Some(names.0),
                kind: names.1,
                title: None,
            },
            None,
        );
    }
    // Not when only capitalised words follow the "and" up to the second
    // name: in "National Institute of Allergy and Infectious Diseases
    // Director Anthony Fauci" the "and" is inside a title.
    // Nor an "and" inside an apposition: "Jill Martin, vice president and
    // counsel for the Trump Organization" is one person.
    // "Donald J. Trump and Senator Ted Cruz": after a person's name right
    // before the "and", a title opens the second person's name ("Party
    // leader and Prime Minister Boris Johnson" is one person).
    let person_then_and = in_source.len() == 2
        && table.entities[in_source[0].entity].kind == SpeakerType::Person
        && toks
            .iter()
            .find(|t| t.span.start >= in_source[0].span.end)
            .is_some_and(|t| t.lower == "and");
    let joined = in_source.len() == 2
        && in_source[0].entity != in_source[1].entity
        && !part_of(in_source[0].entity, in_source[1].entity)
        && toks.iter().enumerate().any(|(k, t)| {
            t.lower == "and"
                && t.span.start >= in_source[0].span.end
                && t.span.end <= in_source[1].span.start
                && !toks[..k]
                    .iter()
                    .any(|x| x.is_punct(",") && x.span.start >= in_source[0].span.end)
                && !toks[k + 1..]
                    .iter()
                    .take_while(|x| x.span.end <= in_source[1].span.start)
                    .all(|x| {
                        // "Republican Trump and Democrat Clinton": a party
                        // word or title before the second name is no part
                        // of a longer one.
                        x.is_word()
                            && x.cap
                            && !x.is_function()
                            && !is_party_member(&x.lower)
                            && !(person_then_and && x.speaker_classes() & TITLE != 0)
                    })
        });
    if joined {
        let (a, b) = (
            &table.entities[in_source[0].entity],
            &table.entities[in_source[1].entity],
        );
        let kind = common_kind(table, &[in_source[0].entity, in_source[1].entity]);
        return (
            Speaker {
                name: Some(format!("{} and {}", a.name, b.name)),
                kind,
                title: None,
            },
            None,
        );
    }
    // A person named in the source wins over an organisation or place
    // named with them; a full name over a single word ("The mayor of
    // London, Sadiq Khan").
    // Two parts of one name: the whole.
    let whole = match in_source.as_slice() {
        [a, b] if a.entity != b.entity && part_of(a.entity, b.entity) => {
            let longer = |m: &&Mention| table.entities[m.entity].name.len();
            [a, b].into_iter().max_by_key(longer).copied()
        }
        _ => None,
    };
    // Of several people, a full name over one word ("former Israeli
    // official, Avinoam Idan"), and the one the phrase ends on unless a
    // comma sets the later one off ("Trump loyalist Stephen Schwarzman";
    // "Stephen Miller, an aide to Trump").
    // "former Israeli security official, Avinoam Idan": a name set off at
    // the end of the source, after its description, is the speaker even
    // when nothing marks it as a person's.
    let appositive = in_source.last().filter(|m| {
        let e = &table.entities[m.entity];
        m.span.end == src.end
            && (2..=4).contains(&e.name_tokens)
            && !e.org_word
            && toks
                .iter()
                .rev()
                .find(|t| t.span.end <= m.span.start)
                .is_some_and(|t| t.is_punct(","))
    });
    let is_person = |m: &&Mention| table.entities[m.entity].kind == SpeakerType::Person;
    let is_full = |m: &&Mention| is_person(m) && table.entities[m.entity].name_tokens >= 2;
    // The first and last of the people (full names if any), without
    // collecting them: a source holds few mentions.
    let ends = |keep: &dyn Fn(&&Mention) -> bool| {
        let first = in_source.iter().find(|m| keep(m))?;
        let last = in_source.iter().rfind(|m| keep(m))?;
        Some((first, last))
    };
    // "Konstantin Grishchenko, a former foreign minister and a deputy
    // prime minister under Mr. Yanukovych": the name the source opens
    // with, set off by a comma, is whom the rest describes.
    let opening = in_source.first().filter(|m| {
        toks.first().is_some_and(|t| t.span.start == m.span.start)
            && toks
                .iter()
                .find(|t| t.span.start >= m.span.end)
                .is_some_and(|t| t.is_punct(","))
            && table.entities[m.entity].may_be_person()
    });
    // "Alberta NDP public safety critic Irfan Sabir-Khan": a name ending
    // the source right after a role in lower case is the one who speaks,
    // and a body before the role only qualifies it.
    let titled = in_source.last().filter(|m| {
        m.span.end == src.end
            && in_source.len() >= 2
            && toks
                .iter()
                .rev()
                .find(|t| t.span.end <= m.span.start)
                .is_some_and(|t| {
                    t.is_word() && !t.cap && t.speaker_classes() & (TITLE | PERSON) != 0
                })
            && {
                let e = &table.entities[m.entity];
                e.may_be_person() && !e.org_word && e.name_tokens >= 2
            }
    });
    let person = match appositive.or(opening).or(titled) {
        Some(m) => Some(m),
        None => ends(&is_full)
            .or_else(|| ends(&is_person))
            .map(|(first, last)| {
                // "Chief Superintendent Graciano Mijares of the police of
                // the Autonomous Region in Muslim Mindanao": a name past a
                // preposition and its article is in the first one's
                // complement (not "Secretary of State Hillary Clinton").
                // "Mike McCready of Pearl Jam", "Ann Cole from Morgan
                // Stanley": right after a name written in full, what it is
                // of or from is its complement, whatever that is called
                // (not "Secretary of State Hillary Clinton").
                let full_first = first.span.text(ctx.text).contains(' ');
                let set_off = toks.windows(2).any(|w| {
                    (w[0].is_punct(",")
                        || (w[0].is("preposition")
                            && matches!(w[1].lower.as_str(), "the" | "a" | "an"))
                        || (full_first
                            && w[0].span.start
                                == toks
                                    .iter()
                                    .find(|t| t.span.start >= first.span.end)
                                    .map_or(usize::MAX, |t| t.span.start)
                            && matches!(w[0].lower.as_str(), "of" | "from" | "at")))
                        && w[0].span.start >= first.span.end
                        && w[0].span.end <= last.span.start
                });
                if set_off { first } else { last }
            }),
    };
    // "The United Nations agency for Palestinian refugees, UNRWA": a name
    // set off at the end of the source after a body's description is
    // that body.
    let body_appositive = in_source.last().filter(|m| {
        m.span.end == src.end
            && in_source.len() >= 2
            && toks
                .iter()
                .rposition(|t| t.span.end <= m.span.start)
                .is_some_and(|k| {
                    toks[k].is_punct(",")
                        && toks[..k].iter().any(|t| {
                            t.is_word() && !t.cap && t.speaker_classes() & ORGANIZATION != 0
                        })
                })
    });
    let mention = whole
        .as_ref()
        .or(person)
        .or(body_appositive)
        .or_else(|| {
            in_source
                .iter()
                .find(|m| table.entities[m.entity].name_tokens >= 2)
        })
        .or(in_source.first())
        .copied();
    // A source cut inside a longer name ("… Commission on International
    // Religious Freedom") is that name.
    let mention = mention.or_else(|| table.containing(src).filter(|m| m.span != src).copied());
    // "The U.S. accused Russia", "the U.N. said": a state or union by its
    // initials alone speaks as a body; the initials are in the title list
    // only to open titles ("U.S. Secretary of State").
    if let [rest @ .., last] = toks
        && rest.iter().all(|t| t.lower == "the")
        && rest.len() <= 1
        && matches!(last.lower.as_str(), "u.s." | "u.k." | "u.n." | "e.u.")
    {
        return unnamed(
            strip_determiner(src_text).to_string(),
            SpeakerType::Organization,
        );
    }
    // "Results showed …", "Estimates suggest …": evidence in the plural,
    // with no one said to have produced it, is an anonymous source under
    // its word, no organisation a later "they" could stand for.
    if let [t] = toks
        && t.span.start == ctx.sent_start
        && !t.upper
        && t.lower.ends_with('s')
        && is_document_or_evidence(t)
        && table.within(src).next().is_none()
    {
        return unnamed(src_text.to_string(), SpeakerType::Anonymous);
    }
    // "Palestinians said", "Many Israelis say", "The Clintons said",
    // "Feminists said": a capitalised plural of a people, of a party's
    // members, of a word for people or of a surname the article gives is
    // a group of people, not an organisation by that name.
    if let Some(m) = mention
        && let Some((last, before)) = toks.split_last()
        // The run may have taken in a capitalised "Many".
        && m.span.end == last.span.end
        && !last.upper
        && before.iter().all(|t| {
            matches!(
                t.lower.as_str(),
                "the" | "many" | "most" | "some" | "few" | "several" | "other" | "ordinary"
            )
        })
        && let e = &table.entities[m.entity]
        // "The Graysons" after "Tom Grayson": his family, not him.
        && ((e.kind == SpeakerType::Organization
            && e.name_tokens == 1
            && !e.org_word
            && !e.is_newspaper())
            || (e.kind == SpeakerType::Person
                && last.lower.strip_suffix('s').is_some_and(|s| *s == *e.last)))
        && last.lower.ends_with('s')
        // Not "Analysis", "Campus", "Harris": no plurals; but "Israelis",
        // "Iraqis", of a country.
        && !["ss", "us"].iter().any(|x| last.lower.ends_with(x))
        && (!last.lower.ends_with("is")
            || last
                .lower
                .strip_suffix("is")
                .is_some_and(|c| classes(c) & (COUNTRY | PLACE) != 0))
        && let singular = singular_of(&last.lower)
        && singular.len() < last.lower.len()
        && (is_demonym(singular)
            || is_party_member(singular)
            || in_class(singular, PERSON | TITLE | GROUP)
            || (singular.len() > 5 && singular.ends_with("ist"))
            || table
                .entities
                .iter()
                .any(|p| p.kind == SpeakerType::Person && *p.last == *singular))
    {
        return unnamed(group_name(ctx.text, toks), SpeakerType::Group);
    }
    if let Some(m) = mention {
        let e = &mut table.entities[m.entity];
        // Speaking makes a name of it.
        e.weak = false;
        // A full name of two to four words that speaks is a person's, even
        // when its first name is not in the list ("Zoë Müller").
        if e.kind == SpeakerType::Organization
            && !e.org_word
            && (2..=4).contains(&e.name_tokens)
            // "United Steelworkers Local 8822": no person's name holds a
            // number.
            && !e.name.ends_with(|c: char| c.is_ascii_digit())
            // "Pacific Coast Grain Handlers", "Prairie Seed Growers": a
            // name of three words or more ending in people of a trade,
            // with no given name first.
            // "Regina EMS", "Greater Vancouver Realtors": nor ends in
            // initials or opens with "Greater".
            && !(e.name_tokens >= 2 && {
                let w = last_word(e.name);
                w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
            })
            && &*e.first != "greater"
            // (A listed word before it, a place or a trade's, tells it
            // from a surname: "Oluwaseun Adeyemi Rogers" is a person.)
            && !(e.name_tokens >= 3
                && e.last.len() > 5
                && (e.last.ends_with("ers") || e.last.ends_with("ors"))
                && e.name.split(' ').rev().skip(1).all(|w| {
                    !w.ends_with('.') && first_name(&w.to_lowercase()).is_none()
                })
                && e.name.split(' ').rev().skip(1).any(|w| {
                    let w = w.to_lowercase();
                    classes(&w) != 0
                        || matches!(
                            w.as_str(),
                            "valley" | "coast" | "river" | "lake" | "bay" | "island" | "prairie"
                                | "county" | "grain" | "seed" | "dairy" | "cattle" | "egg"
                        )
                }))
            // "Canadian Tire", "American Crossroads": nor opens with a
            // nationality (of the surer endings: "Lachlan" is a name).
            && !(["ian", "ese", "ish", "american", "african"]
                .iter()
                .any(|x| e.first.ends_with(x))
                && is_demonym(&e.first)
                && first_name(&e.first).is_none())
            && !e.last.is_empty()
            && e.name.split_whitespace().count() == e.name_tokens
            // Not a newspaper `type_newspapers` found ("Orlando Sentinel").
            && !e.is_newspaper()
            // "Public Health Ontario", "Statistics Canada", "Downing
            // Street", "Wall Street": a name ending in a country, region,
            // place or street is a body's, unless a known first name opens
            // it ("Michael Jordan").
            && !((classes(&e.last) & (COUNTRY | REGION | PLACE) != 0
                || matches!(&*e.last, "street" | "avenue" | "square"))
                && first_name(&e.first).is_none())
            && !named_as_body(table, m.entity, ctx.text)
        {
            table.entities[m.entity].kind = SpeakerType::Person;
        }
        let e = &mut table.entities[m.entity];
        // "his wife Mary", "Fourteen-year-old Zoe", "Schilling's son,
        // Grant": a known first name alone after a word for a person is a
        // person's, of its gender (alone, "Florida" and "Paris" are in the
        // census list too).
        let person_word_before = toks
            .iter()
            .take_while(|t| t.span.end <= m.span.start)
            .any(|t| {
                t.lower.ends_with("year-old")
                    || t.speaker_classes() & (KIN_M | KIN_F | PERSON | TITLE) != 0
            });
        if person_word_before
            && e.kind == SpeakerType::Organization
            && e.name_tokens == 1
            && !e.org_word
            && !e.is_newspaper()
            && e.name.chars().next().is_some_and(char::is_uppercase)
            && !e.name.chars().skip(1).any(|c| c.is_uppercase())
            && classes(&e.first) & (COUNTRY | PLACE | ORGANIZATION | GROUP) == 0
            && let Some(g) = first_name(&e.first)
        {
            e.kind = SpeakerType::Person;
            if e.gender == Gender::Unknown {
                e.gender = g;
                e.gender_guessed = true;
            }
        }
        return found(table, m.entity);
    }
    // "Day's animal foundation": the organisation whose full name holds
    // the possessor's name and ends in the head ("Doris Day Animal
    // Foundation").
    if !head_cap
        && head_cls & ORGANIZATION != 0
        && let Some(owner) = table.within(src).find(|m| possessor(m))
        && let Some(f) = by_owner(table, owner.entity, head)
    {
        return f;
    }
    // A plural of people ("critics", "senior officials", "two aides"); a
    // plural of things ("new features") is no group of sources.
    // "The crowd chanted", "the public overall says": a body of people
    // gathered or polled, no organisation, is a group too.
    if head_cls & GROUP != 0
        || (head.ends_with('s')
            && !head.ends_with("ss")
            && singular_cls & (TITLE | PERSON) != 0
            && !toks.iter().any(|t| t.cap && !t.is_function()))
        || (matches!(head, "crowd" | "audience" | "public")
            && toks.first().is_some_and(|t| t.lower == "the"))
    {
        return unnamed(group_name(text, toks), SpeakerType::Group);
    }
    // "the government" after "the government of Samoa" or "the Samoan
    // government"; "government reports" likewise.
    let noun = match toks {
        [d, n] if d.lower == "the" => Some(*n),
        [n, doc] if is_document_tok(doc) => Some(*n),
        _ => None,
    };
    if let Some(n) =
        noun.filter(|n| n.is_word() && !n.cap && n.speaker_classes() & ORGANIZATION != 0)
        && let Some(name) = fullest_org(text, src.start, &n.lower)
    {
        return unnamed(name, SpeakerType::Organization);
    }
    // "Iranian state television", "the palace": an outlet or body named
    // by its kind is an organisation, whatever role words qualify it.
    if !head_cap
        && head_tok.is_some_and(|t| toks.last().is_some_and(|l| l.span == t.span))
        && head_cls & (ORGANIZATION | ORG_DESCRIPTION) != 0
        && head_cls & (TITLE | PERSON) == 0
    {
        return unnamed(
            strip_determiner(src_text).to_string(),
            SpeakerType::Organization,
        );
    }
    // Not a title word in a body's complement: "Quebec's federation of
    // general practitioners" is no general's.
    let org_complement_at = toks
        .iter()
        .position(|t| matches!(t.lower.as_str(), "of" | "for"))
        .filter(|&k| k > 0 && toks[k - 1].speaker_classes() & ORGANIZATION != 0)
        .unwrap_or(toks.len());
    // Not "the state", "the House", "the campaign": words of titles
    // ("Secretary of State", "House Speaker", "campaign manager") that
    // alone name a body.
    if toks[..org_complement_at].iter().any(|t| {
        is_title_tok(text.as_bytes(), t)
            && !matches!(t.lower.as_str(), "state" | "house" | "campaign")
    }) {
        if indefinite {
            return unnamed(src_text.to_string(), SpeakerType::Anonymous);
        }
        // 'One Conservative MP said …. "…," the MP said' after "Liberal MP
        // Jane Doe": the unnamed one who spoke just before goes on, though
        // someone named holds the title.
        if let [d, _] = toks
            && d.lower == "the"
            && let Some((sp, _, at)) = &st.prev_one
            && *at == st.claims
            && follows_quote(ctx)
            && sp.name.as_deref().and_then(role_head).as_deref() == Some(head)
        {
            return (sp.clone(), None);
        }
        if let Some(f) = by_title(table, text, toks, src, src_text, ctx.prev_start) {
            return f;
        }
        // "the official" after "a senior official said": that official;
        // "the MP" after "One Liberal MP said".
        if toks.first().is_some_and(|t| t.lower == "the")
            && toks.len() <= 3
            && toks
                .iter()
                .skip(1)
                .all(|t| !t.cap || (t.upper && is_title_tok(text.as_bytes(), t)))
            && let Some((_, sp, _)) = st.roles.iter().rev().find(|(h, sp, _)| {
                *h == head
                    && sp
                        .title
                        .as_deref()
                        .is_none_or(|t| rank_fits(toks, &t.to_lowercase()))
            })
        {
            return (sp.clone(), None);
        }
        // "the candidate", "the senator" when no one was titled so: the
        // person the article names most, unless titled otherwise. Not "the
        // campaign" (a body), nor "the professor" (anyone).
        if let [d, t] = toks
            && d.lower == "the"
            && !t.cap
            && t.is_word()
            && t.speaker_classes() & (ORGANIZATION | COLLECTIVE) == 0
            && (is_contender(&t.lower)
                || matches!(
                    t.lower.as_str(),
                    "senator" | "governor" | "president" | "mayor"
                ))
            // Titled with the noun at the same rank ("Vice President Mike
            // Pence" is not "the president"), or untitled and named in the
            // headline, the person the article is about (not "Jane Doe
            // said she blames Washington" for "The president said").
            && let Some(e) = {
                let head_end = headline_end(text);
                let in_headline = |e: usize| table.named_before(e, head_end);
                most_named_person(table, src.start, 2, |e| match table.entities[e].title_lower() {
                    Some(title) => title_has(title, &t.lower) && rank_fits(toks, title),
                    None => in_headline(e),
                })
            }
        {
            return found(table, e);
        }
        return (
            Speaker {
                name: Some(strip_determiner(src_text).to_string()),
                kind: SpeakerType::Person,
                title: Some(strip_determiner(src_text).to_string()),
            },
            None,
        );
    }
    // "a witness", "one resident": an unnamed person. "an increase" is
    // not a person at all.
    if indefinite && head_cls & (PERSON | ANONYMOUS) != 0 {
        return unnamed(src_text.to_string(), SpeakerType::Anonymous);
    }
    // "the remains", "responsibility", "market sales": no name and no noun
    // that can speak; whatever the source span caught, nobody is named.
    let speaking_noun = toks
        .iter()
        .any(|t| t.is_word() && (is_speaker_token(t) || t.speaker_classes() & ORGANIZATION != 0));
    let named = toks
        .iter()
        .enumerate()
        .any(|(i, t)| t.is_word() && t.cap && !(i == 0 && t.is_function()));
    let owned = toks.iter().any(|t| t.kind == TokenKind::Possessive);
    // "several museums", "many firms": a counted plural is a group of
    // speakers, whatever the noun.
    if let [q, .., n] = toks
        && matches!(
            q.lower.as_str(),
            "several" | "many" | "some" | "numerous" | "multiple" | "various" | "few"
        )
        && n.is_word()
        && !n.cap
        && n.lower.len() > 3
        && n.lower.ends_with('s')
        && !n.lower.ends_with("ss")
    {
        return unnamed(group_name(text, toks), SpeakerType::Group);
    }
    if !speaking_noun && !named && !owned {
        return (Speaker::none(), None);
    }
    // "the interviewer", "the witness": one person picked out by a role.
    if !named
        && !owned
        && toks.first().is_some_and(|t| t.lower == "the")
        && head_cls & PERSON != 0
        && head_tok.is_some_and(|h| !h.lower.ends_with('s') || h.lower.ends_with("ss"))
    {
        // "The witness said" after "A witness interviewed by congressional
        // staff said": the one that spoke under that role a few sentences
        // before (much later, "the man" may be another). The role must head
        // that phrase ("A lawyer for the victim" is no victim), and no new
        // one come up between ("Police arrested a man").
        if toks.len() <= 3
            && let Some((_, sp, _)) = st.roles.iter().rev().find(|(h, sp, at)| {
                *h == head
                    && ctx.sentence <= at + 4
                    && sp.name.as_deref().is_some_and(|n| {
                        phrase_head(n).as_deref() == Some(head)
                            && !new_one_since(text, n, head, src.start)
                    })
            })
        {
            return (sp.clone(), None);
        }
        return unnamed(strip_determiner(src_text).to_string(), SpeakerType::Person);
    }
    // "A 2015 federal court decision said": something unnamed, picked out
    // by an indefinite article, is an anonymous source under its words.
    if indefinite && !named && !owned {
        return unnamed(src_text.to_string(), SpeakerType::Anonymous);
    }
    unnamed(
        strip_determiner(src_text).to_string(),
        SpeakerType::Organization,
    )
}

/// The person the article is about, as far as `before`: the one named most
/// among the mentions before it (as far back as `LOOK_BACK`), the earliest
/// on a tie, with a name of at least `min_tokens` words.
fn most_named_person(
    table: &Table,
    before: usize,
    min_tokens: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut best: Option<usize> = None;
    for m in table.before(before) {
        let e = &table.entities[m.entity];
        if e.kind == SpeakerType::Person
            && e.person_evidence
            && e.name_tokens >= min_tokens
            && fits(m.entity)
            && best.is_none_or(|b| e.mentions >= table.entities[b].mentions)
        {
            best = Some(m.entity);
        }
    }
    best
}

/// The party a word names, for telling "the Democratic front-runner"
/// from the Republican one: `b'D'` or `b'R'`.
fn party_of(word: &str) -> Option<u8> {
    const PARTIES: [(&str, u8); 8] = [
        ("democratic", b'D'),
        ("democrat", b'D'),
        ("democrats", b'D'),
        ("dem", b'D'),
        ("dems", b'D'),
        ("republican", b'R'),
        ("republicans", b'R'),
        ("gop", b'R'),
    ];
    PARTIES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, p)| p)
}

/// The party of the capitalised words of a description, if one.
fn party_in(toks: &[&Tok]) -> Option<u8> {
    toks.iter()
        .filter(|t| t.cap)
        .find_map(|t| party_of(&t.lower))
}

/// Entity `e`'s party as the article gives it: in its title ("Republican
/// front-runner"), right before a mention ("Democrat Hillary Clinton"), or
/// in a party tag after one ("(D-N.Y.)", "R-Texas"); the first mention
/// that gives one counts.
///
/// Titles and mentions are settled once `resolve` has run its passes over
/// the table (nicknames, newspapers, magazines), before any claim is
/// resolved; claims only retype entities and set genders. So the parties
/// are worked out once per article, at the first claim that asks.
fn entity_party(table: &Table, text: &str, e: usize) -> Option<u8> {
    let parties = table.parties.get_or_init(|| {
        let mut parties: Vec<Option<u8>> = table
            .entities
            .iter()
            .map(|en| {
                en.title
                    .and_then(|t| t.split_whitespace().find_map(party_of))
            })
            .collect();
        // An entity with a party in its title has it whatever its
        // mentions say; the others take their first mention's.
        let mut settled: Vec<bool> = parties.iter().map(Option::is_some).collect();
        for m in &table.mentions {
            if settled.get(m.entity) == Some(&false)
                && let Some(p) = mention_party(text, m.span)
            {
                parties[m.entity] = Some(p);
                settled[m.entity] = true;
            }
        }
        parties
    });
    parties.get(e).copied().flatten()
}

/// The party written right before a mention ("Democrat Hillary Clinton")
/// or in a tag after it ("(D-N.Y.)", "R-Texas").
fn mention_party(text: &str, span: Span) -> Option<u8> {
    let before = text.get(..span.start)?.trim_end();
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .and_then(party_of);
    let after = text.get(span.end..)?.trim_start();
    let after = after.strip_prefix(['(', ',']).unwrap_or(after).trim_start();
    let tag = match after.as_bytes() {
        [p @ (b'D' | b'R'), b'-', c, ..] if c.is_ascii_uppercase() => Some(*p),
        _ => None,
    };
    word.or(tag)
}

/// Not of another party than `wanted` (when the article says).
fn party_fits(table: &Table, text: &str, e: usize, wanted: Option<u8>) -> bool {
    wanted.is_none_or(|w| entity_party(table, text, e).is_none_or(|p| p == w))
}

/// The sitting president named before `before` ("President Barack
/// Obama"): a person titled "President" or "U.S. President" alone (not a
/// vice, former or foreign one), the most named if several.
fn president(table: &Table, before: usize) -> Option<usize> {
    let mut best: Option<usize> = None;
    for m in table.before(before) {
        let e = &table.entities[m.entity];
        // "President", "U.S. President": not "Russian President Vladimir
        // Putin", whose government is not "the administration".
        let sitting = e.title_lower().is_some_and(|t| {
            t.split_whitespace().any(|w| w == "president")
                && t.split_whitespace().all(|w| {
                    matches!(
                        w,
                        "president" | "u.s." | "us" | "american" | "united" | "states"
                    )
                })
        });
        if e.kind == SpeakerType::Person
            && sitting
            && best.is_none_or(|b| e.mentions > table.entities[b].mentions)
        {
            best = Some(m.entity);
        }
    }
    best
}

/// Where an article's headline ends: its first lines, up to the first
/// blank line (or else the first line), when they are short enough to be
/// one; 0 when there is none.
fn headline_end(text: &str) -> usize {
    // Only the first 300 bytes are looked at.
    let head = &text.as_bytes()[..text.len().min(302)];
    let blank = head.windows(2).position(|w| w == b"\n\n");
    let end = blank
        .filter(|&e| e <= 300)
        .or_else(|| head.iter().position(|&b| b == b'\n').filter(|&e| e <= 300));
    end.unwrap_or(0)
}

/// "scientists", "archaeologists", "astronomers": people named by a
/// science, in the plural.
fn is_scientist_plural(lower: &str) -> bool {
    lower.ends_with("scientists")
        || lower.ends_with("ologists")
        || matches!(
            lower,
            "astronomers" | "physicists" | "chemists" | "oceanographers" | "astrophysicists"
        )
}

/// The source is in the article's headline (`headline_end`).
fn headline(ctx: &Context) -> bool {
    ctx.src.end <= headline_end(ctx.text)
}

/// The article reports a study: it writes "study" or "researchers".
fn mentions_study(text: &str) -> bool {
    ["study", "Study", "researchers", "Researchers"]
        .iter()
        .any(|w| written_lower(text, w))
}

/// A member of a party, as news writing describes a politician ("the
/// Kentucky Republican").
fn is_party_member(lower: &str) -> bool {
    PARTY_MEMBERS.contains(&lower)
}

/// The words of `is_party_member`.
const PARTY_MEMBERS: [&str; 7] = [
    "republican",
    "democrat",
    "tory",
    "conservative",
    "liberal",
    "socialist",
    "progressive",
];

/// `is_party_member` of a token, which most capitalised words fail on
/// their letters (`Letters`).
fn party_member_tok(text: &[u8], t: &Tok) -> bool {
    const LETTERS: Letters = Letters::new(&PARTY_MEMBERS);
    LETTERS.may_be(text, t) && is_party_member(&t.lower)
}

/// A word for a person of a nation, told more strictly than by
/// `is_demonym`, whose endings "-an" and "-i" also take given names
/// ("Farhan", "Zeeshan") and words for men ("Businessman"): those endings
/// only for the nations listed.
fn is_nationality(lower: &str) -> bool {
    // A match on strings compiles to a test of the length first: most
    // capitalised words fall out at once.
    matches!(
        lower,
        "american"
            | "mexican"
            | "cuban"
            | "dominican"
            | "afghan"
            | "moroccan"
            | "african"
            | "kenyan"
            | "ugandan"
            | "rwandan"
            | "sudanese"
            | "venezuelan"
            | "german"
            | "pakistani"
            | "israeli"
            | "iraqi"
            | "saudi"
            | "somali"
            | "kuwaiti"
            | "bangladeshi"
            | "nepali"
            | "omani"
            | "yemeni"
            | "qatari"
            | "emirati"
            | "azerbaijani"
            | "filipino"
            | "filipina"
            | "thai"
            | "dutch"
            | "french"
            | "swiss"
            | "greek"
            | "czech"
    ) || (lower.len() > 4
        && ["ian", "ean", "ese", "ish"]
            .iter()
            .any(|x| lower.ends_with(x))
        && !in_class(lower, ORGANIZATION | GROUP | TITLE))
}

/// A singular word for a person of a nation ("Norwegian", "Israeli",
/// "Briton"), by its form.
fn is_demonym(lower: &str) -> bool {
    // Demonyms no ending tells.
    matches!(
        lower,
        "dutch"
            | "french"
            | "swiss"
            | "greek"
            | "thai"
            | "czech"
            | "welsh"
            | "scots"
            | "basque"
            | "cypriot"
            | "maori"
            | "inuit"
            | "lao"
            // Indigenous peoples of Canada ("the first Métis woman",
            // "a Cree elder").
            | "métis"
            | "metis"
            | "inuk"
            | "cree"
            | "oji-cree"
            | "ojibwe"
            | "ojibway"
            | "anishinaabe"
            | "anishinabe"
            | "mi'kmaq"
            | "mi’kmaq"
            | "mohawk"
            | "dene"
            | "haida"
            | "innu"
            | "blackfoot"
            | "algonquin"
            | "haudenosaunee"
            | "salish"
    ) || lower.len() > 4
        // Not every "-on": "Clinton", "Johnson" are surnames; "Briton" is
        // the one demonym so formed.
        && (["ian", "ean", "ese", "an", "i", "ish"]
            .iter()
            .any(|x| lower.ends_with(x))
            || lower == "briton")
        && !lower.ends_with("ans")
        && !in_class(lower, ORGANIZATION | GROUP | TITLE)
}

/// '"Nobody is above them," the former health minister said' right after
/// "Liberal MP Jane Philpott said": a role (`head`) no one in the article
/// holds by title, just after a person spoke with no one else named
/// since, is that person under another of their roles, where
/// [`follows_quote`]. `gender` ("the woman"), when not unknown, must not
/// contradict the person's.
fn goes_on_quoted(
    table: &Table,
    ctx: &Context,
    st: &Salience,
    head: &str,
    gender: Gender,
) -> Option<usize> {
    let src = ctx.src;
    if !follows_quote(ctx) {
        return None;
    }
    let e = st.recent(ctx.sentence, 1).filter(|&e| {
        let p = &table.entities[e];
        p.kind == SpeakerType::Person
            && (gender == Gender::Unknown || p.gender == Gender::Unknown || p.gender == gender)
    })?;
    let others = table
        .before(src.start)
        .take_while(|m| m.span.start >= ctx.sent_start)
        .any(|m| m.entity != e);
    let held = table.before(src.start).any(|m| {
        table.entities[m.entity]
            .title_lower()
            .is_some_and(|t| title_has(t, head))
    });
    (!others && !held).then_some(e)
}

/// Whether a source is where a person just quoted goes on under a role or
/// a description: after a quotation ('"…," the Vermont senator said'), or
/// opening the sentence right after the one where they were quoted
/// ('"…," said study co-author Karen Alley. The Wooster professor
/// added'), in the same paragraph (a new one may turn to anyone), and
/// with no owner or complement that makes it someone else's role
/// ("Trump's campaign manager", "the deputy head of China's delegation").
fn follows_quote(ctx: &Context) -> bool {
    let (text, src) = (ctx.text, ctx.src);
    let lead = text.get(ctx.sent_start..src.start).unwrap_or("").trim_end();
    let lead = lead.strip_suffix(',').unwrap_or(lead).trim_end();
    let after_quote = lead.starts_with(['"', '“', '\''])
        && lead.ends_with(['"', '”', '\'', '’'])
        && lead.len() > 2;
    let after_quoted_sentence = lead.is_empty()
        && ctx.prev_start < ctx.sent_start
        && text
            .get(ctx.prev_start..ctx.sent_start)
            .is_some_and(|p| p.trim_start().starts_with(['"', '“']));
    let same_paragraph = !text
        .get(ctx.prev_start..src.start)
        .unwrap_or("")
        .contains("\n\n");
    (after_quote || after_quoted_sentence)
        && same_paragraph
        && !ctx
            .toks
            .iter()
            .any(|t| t.kind == TokenKind::Possessive || t.lower == "of")
}

/// The person named last in the source's sentence or the one before,
/// else the person who spoke last, within three sentences. With
/// `speaker_first`, one who spoke in the sentence before comes first when
/// this sentence names no one before the source.
fn salient_person(
    table: &Table,
    ctx: &Context,
    st: &Salience,
    speaker_first: bool,
) -> Option<(Speaker, Option<usize>)> {
    // "Speaker Paul Ryan says … Republican Donald Trump's comments. … the
    // Wisconsin Republican …": described by party, the person still talked
    // about is the one who spoke, not whom they named.
    if speaker_first
        && let Some(e) = st
            .recent(ctx.sentence, 1)
            .filter(|&e| table.entities[e].kind == SpeakerType::Person)
        && !table
            .before(ctx.src.start)
            .take_while(|m| m.span.start >= ctx.sent_start)
            .any(|m| table.entities[m.entity].kind == SpeakerType::Person)
    {
        return Some(found(table, e));
    }
    // After a quotation of several sentences ('"… . …," the 30-year-old
    // said'), the sentences between are the speaker's own words: the
    // description follows on from where the quotation opens.
    let (to, sent_start, from, sentence) = match ctx.quote_open {
        Some((sentence, sent_start, prev_start)) => (sent_start, sent_start, prev_start, sentence),
        None => (ctx.src.start, ctx.sent_start, ctx.prev_start, ctx.sentence),
    };
    let person = |m: &&Mention| table.entities[m.entity].kind == SpeakerType::Person;
    let mut people = table
        .before(to)
        .take_while(|m| m.span.start >= from)
        .filter(person);
    if let Some(last) = people.next() {
        // "Toronto goalie Raygan Kirk made 27 saves and stopped Laura
        // Stacey. '…,' the 24-year-old said": the subject of the sentence
        // before, not whom it goes on to name.
        let subject = (last.span.start < sent_start)
            .then(|| people.last())
            .flatten()
            .filter(|m| {
                m.entity != last.entity
                    && opens_sentence(ctx.text, from, m.span.start)
                    // "Police spokeswoman Jane Doe said John Roe was
                    // arrested. The 45-year-old …": whom the subject
                    // reports on (but not a name in the subject's
                    // quotation: 'Hayek said, "America has …"').
                    && !ctx.text.get(m.span.end..last.span.start).is_some_and(|between| {
                        reports(between) && !between.contains(['"', '“', '‘'])
                    })
            });
        return Some(found(table, subject.unwrap_or(last).entity));
    }
    st.recent(sentence, 3)
        .filter(|&e| table.entities[e].kind == SpeakerType::Person)
        .map(|e| found(table, e))
}

/// Whether `words` hold a verb of reporting ("said", "told").
fn reports(words: &str) -> bool {
    words.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "said"
                | "says"
                | "told"
                | "tells"
                | "added"
                | "wrote"
                | "noted"
                | "announced"
                | "confirmed"
                | "reported"
                | "stated"
        )
    })
}

/// Whether a name at `at` is the subject opening the sentence at `start`:
/// at most a few words before it ("Toronto goalie"), no comma (not after
/// "After the game,") and no quotation mark (not a name the speaker says).
fn opens_sentence(text: &str, start: usize, at: usize) -> bool {
    text.get(start..at).is_some_and(|lead| {
        !lead.contains([',', '"', '“', '”', '‘']) && lead.split_whitespace().count() <= 3
    })
}

/// A contender for office or a magnate: in campaign news, "the
/// front-runner" or "the billionaire" is the person the article names most.
fn is_contender(w: &str) -> bool {
    is_magnate(w)
        || matches!(
            w,
            "nominee"
                | "candidate"
                | "front-runner"
                | "frontrunner"
                | "businessman"
                | "businesswoman"
        )
}

/// A word for the very rich ("the billionaire investor", "the real estate
/// mogul").
fn is_magnate(w: &str) -> bool {
    matches!(w, "billionaire" | "mogul" | "tycoon" | "magnate")
}

/// "North", "New", "Upper": a word that qualifies a place named after it
/// ("Northern Cyprus", "New York").
fn is_qualifier(lower: &str) -> bool {
    matches!(
        lower,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "new"
            | "upper"
            | "lower"
    )
}

/// "a congressional report", "the parliamentary report": written by a
/// committee of the legislature, the one the article names nearest (often
/// only after the report: "…, said Lamar Smith, who chairs the House
/// Committee on Science"), else the legislature itself. Never the body the
/// report is about, which is the organisation named nearest.
fn legislative_issuer(table: &Table, toks: &[&Tok], src: Span) -> Option<(Speaker, Option<usize>)> {
    if !toks
        .iter()
        .any(|t| matches!(t.lower.as_str(), "congressional" | "parliamentary"))
    {
        return None;
    }
    let has_word = |name: &str, words: &[&str]| name.split(' ').any(|w| words.contains(&w));
    let distance = |m: &Mention| {
        if m.span.end <= src.start {
            src.start - m.span.end
        } else {
            m.span.start.saturating_sub(src.end)
        }
    };
    // The body outside the source, named nearest to it, whose name passes
    // `named`.
    let nearest = |named: &dyn Fn(&str) -> bool| {
        table
            .mentions
            .iter()
            .filter(|m| !src.contains(m.span))
            .filter(|m| {
                let e = &table.entities[m.entity];
                e.kind != SpeakerType::Person && named(e.name)
            })
            .min_by_key(|m| distance(m))
            .map(|m| m.entity)
    };
    // A committee of the legislature, not a party's ("Democratic National
    // Committee") or an Olympic one.
    let legislative = |name: &str| {
        has_word(name, &["Committee", "Subcommittee"])
            && (has_word(
                name,
                &[
                    "House",
                    "Senate",
                    "Select",
                    "Joint",
                    "Commons",
                    "Lords",
                    "Congressional",
                ],
            ) || name.contains("Committee on "))
    };
    let legislature = if toks.iter().any(|t| t.lower == "congressional") {
        "Congress"
    } else {
        "Parliament"
    };
    nearest(&legislative)
        .or_else(|| nearest(&|name| has_word(name, &[legislature])))
        .map(|e| found(table, e))
}

/// "the statement", "this report": the document of that kind met last with
/// its issuer, who speaks through it.
fn remembered_document(
    table: &Table,
    toks: &[&Tok],
    head: &str,
    st: &Salience,
) -> Option<(Speaker, Option<usize>)> {
    if !toks
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "this" | "that"))
    {
        return None;
    }
    let noun = document_noun(head)?;
    let kind = document_kind(noun);
    let (_, sp, e) = st
        .documents
        .iter()
        .rev()
        .find(|(h, _, _)| document_kind(h) == kind)?;
    Some(match *e {
        Some(e) => found(table, e),
        None => (sp.clone(), None),
    })
}

/// The noun heading an unnamed speaker's phrase, lower case: its last word
/// before a preposition, a relative pronoun or a participle ("A lawyer for
/// the victim" → "lawyer", "A witness interviewed by staff" → "witness").
fn phrase_head(phrase: &str) -> Option<String> {
    let mut head: Option<String> = None;
    for written in phrase.split_whitespace() {
        let w = written.to_lowercase();
        // A participle after a word for people ("witness interviewed"),
        // not one before it ("A retired teacher") nor a name ("Reading").
        let participle = w.len() > 4
            && (w.ends_with("ed") || w.ends_with("ing"))
            && written.starts_with(|c: char| c.is_lowercase())
            && head
                .as_deref()
                .is_some_and(|h| in_class(h, PERSON | TITLE | ANONYMOUS));
        let stop = matches!(
            w.as_str(),
            "of" | "for"
                | "to"
                | "by"
                | "with"
                | "at"
                | "in"
                | "from"
                | "on"
                | "who"
                | "that"
                | "which"
        ) || participle;
        if stop {
            break;
        }
        head = Some(w);
    }
    head
}

/// Whether, after `phrase` was last written before `before`, the text
/// brings in another one of that role ("a man", "an officer", "another
/// man"), or `phrase` cannot be found as written.
fn new_one_since(text: &str, phrase: &str, head: &str, before: usize) -> bool {
    let Some(upto) = text.get(..before) else {
        return true;
    };
    let Some(at) = upto.rfind(phrase) else {
        return true;
    };
    let since = upto[at + phrase.len()..].to_lowercase();
    ["a ", "an ", "another "].iter().any(|d| {
        let want = format!("{d}{head}");
        since.match_indices(&want).any(|(k, _)| {
            let b = since.as_bytes();
            (k == 0 || !b[k - 1].is_ascii_alphanumeric())
                && b.get(k + want.len())
                    .is_none_or(|c| !c.is_ascii_alphanumeric())
        })
    })
}

/// Who issued the document `noun` names, as the text said where that
/// document last came up before `before`: a possessor ("Curiel's order"),
/// an issuer after it ("a memo from the Harbor Authority", "a memorandum
/// issued by the agency"), or the subject of a verb of issuing in its
/// sentence ("Cook provided a written statement"). Only a person or a body
/// counts, not a place ("a statement from London") nor a day ("a report by
/// Labor Day"); and only that last mention, for "a new ruling" names
/// another document than "Judge Ortiz's ruling" before it.
fn issuer_named_with(table: &Table, text: &str, noun: &str, before: usize) -> Option<usize> {
    // A document is given its issuer close to where it is first spoken of;
    // a window keeps the search short in a long article.
    let mut from = before.saturating_sub(4000);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = text.get(from..before)?;
    let lower = window.to_ascii_lowercase();
    let word_at = |at: usize| {
        let b = lower.as_bytes();
        let end = at + noun.len();
        (at == 0 || !b[at - 1].is_ascii_alphanumeric())
            && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric())
    };
    // A person, or a body, not a place; after a bare "by" or "from", a
    // person or a name with an organisation word ("Acme Corp", not "Labor
    // Day" nor "Rikers Island").
    let fits = |e: usize, linked: bool| {
        let ent = &table.entities[e];
        let lower = ent.name.to_lowercase();
        let place = classes(&lower) & (COUNTRY | PLACE | REGION) != 0
            || (ent.name_tokens == 1 && is_demonym(singular_of(&lower)));
        match ent.kind {
            SpeakerType::Person => !place,
            SpeakerType::Organization => !place && (!linked || ent.org_word),
            _ => false,
        }
    };
    let mention_ending = |end: usize| {
        let i = table.mentions.partition_point(|m| m.span.end < end);
        table.mentions[i..]
            .iter()
            .take_while(|m| m.span.end == end)
            .map(|m| m.entity)
            .next()
    };
    let at = lower
        .rmatch_indices(noun)
        .map(|(at, _)| at)
        .find(|&at| word_at(at))?;
    let start = from + at;
    let end = start + noun.len();
    // After it: "from the panel", "issued by the agency".
    let rest = &lower[at + noun.len()..];
    for link in [
        " from ",
        " issued by ",
        " released by ",
        " sent by ",
        " signed by ",
        " by ",
    ] {
        if let Some(after) = rest.strip_prefix(link) {
            let skip = if after.starts_with("the ") { 4 } else { 0 };
            let at = end + link.len() + skip;
            let i = table.mentions.partition_point(|m| m.span.start < at);
            let m = table.mentions.get(i).filter(|m| m.span.start == at)?;
            // Not "from the State Department's inspector general": the
            // body named only owns the issuer.
            let owner = text
                .get(m.span.end..)
                .is_some_and(|r| r.starts_with("'s") || r.starts_with('\u{2019}'));
            return (!owner && fits(m.entity, true)).then_some(m.entity);
        }
    }
    // Before it, over at most two lower-case words ("a written", "his
    // proposed"): a possessor, or a verb of issuing and its subject.
    let head = &window[..at];
    let sentence_start = sentence_start_in(head);
    let words: Vec<(usize, &str)> = head[sentence_start..]
        .split(' ')
        .scan(sentence_start, |pos, w| {
            let here = *pos;
            *pos += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    for (k, &(pos, w)) in words.iter().enumerate().rev().take(3) {
        if let Some(name) = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")) {
            return mention_ending(from + pos + name.len()).filter(|&e| fits(e, false));
        }
        let lw = w.to_ascii_lowercase();
        if lists().issuing_verbs.contains(lw.as_str()) {
            // "Mayor Doe was sent a letter": the one it went to.
            if k > 0
                && matches!(
                    words[k - 1].1.to_ascii_lowercase().as_str(),
                    "was" | "were" | "is" | "are" | "be" | "been" | "being"
                )
            {
                return None;
            }
            // The subject: the entity named right before the verb, with at
            // most two words and no comma between ("Cook provided", "Cook
            // on Monday provided"; not "the suspect, a man from Ohio,
            // sent").
            let verb = from + pos;
            let lo = from + sentence_start;
            let i = table.mentions.partition_point(|m| m.span.end <= verb);
            let m = table.mentions[..i].last().filter(|m| m.span.start >= lo)?;
            let between = text.get(m.span.end..verb)?;
            return (!between.contains(',')
                && between.split_whitespace().count() <= 2
                && fits(m.entity, false))
            .then_some(m.entity);
        }
        if k + 1 < words.len() && !w.bytes().all(|b| b.is_ascii_lowercase()) {
            break;
        }
    }
    None
}

/// Where the last sentence of `head` starts: after its last line break,
/// or after a full stop, question or exclamation mark followed by a space
/// (maybe past a closing quotation mark).
fn sentence_start_in(head: &str) -> usize {
    let b = head.as_bytes();
    let mut k = b.len();
    while k > 0 {
        k -= 1;
        match b[k] {
            b'\n' => return k + 1,
            b'.' | b'?' | b'!' => {
                let mut j = k + 1;
                // A closing quotation mark, straight or curly (three bytes).
                if b.get(j) == Some(&b'"') {
                    j += 1;
                } else if b[j..].starts_with("\u{201d}".as_bytes()) {
                    j += 3;
                }
                if b.get(j) == Some(&b' ') {
                    return j + 1;
                }
            }
            _ => {}
        }
    }
    0
}

/// The kind of document a noun names, for "the complaint" to be the
/// lawsuit filed before and "the findings" the study published before
/// (a motion, a petition or a filing may be no lawsuit's).
fn document_kind(noun: &str) -> &str {
    match noun {
        "lawsuit" | "complaint" => "lawsuit",
        "study" | "findings" => "study",
        _ => noun,
    }
}

/// "UK-based", "Iran-backed": a capitalised compound that places or ties
/// what it qualifies, and is no part of its name.
fn is_placing_compound(lower: &str) -> bool {
    // Every tail ends in "d" or "n": most words are turned away by their
    // last byte, without a search for the hyphen.
    if !matches!(lower.as_bytes().last(), Some(b'd' | b'n')) {
        return false;
    }
    lower.rsplit_once('-').is_some_and(|(_, tail)| {
        matches!(
            tail,
            "based" | "backed" | "led" | "owned" | "run" | "funded" | "born" | "allied"
        )
    })
}

/// The body a document's modifier names, resolved as that body would be
/// ("a police report" as the police, "the court ruling" as the court, "a
/// company statement" as the company named before): the lower-case words
/// between the determiner and a singular document word, the last of them
/// a word for an organisation or a group. Words that only describe the
/// document ("a new report", "a magazine report", `document-describer` in
/// data/speakers.txt) are passed over at the start and rule it out
/// elsewhere; a document filed with a body by someone else ("a court
/// filing", `filed-document`) does not speak for that body.
fn issuer_modifier(
    table: &mut Table,
    toks: &[&Tok],
    head_tok: Option<&Tok>,
    ctx: &Context,
    st: &Salience,
) -> Option<(Speaker, Option<usize>)> {
    let head = head_tok?;
    // One document: in the plural ("company documents", "court filings",
    // "party figures") the words are as often a kind as an issuer.
    if singular_of(&head.lower).len() < head.lower.len()
        || lists().filed_documents.contains(head.lower.as_str())
    {
        return None;
    }
    let at = toks.iter().position(|t| t.span == head.span)?;
    let the = toks.first().is_some_and(|t| t.lower == "the");
    let from = usize::from(
        the || toks
            .first()
            .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an")),
    );
    let describer = |t: &Tok| lists().document_describers.contains(t.lower.as_str());
    let all = toks.get(from..at)?;
    let skipped = all.iter().take_while(|t| describer(t)).count();
    let modifier = &all[skipped..];
    let last = modifier.last()?;
    if !modifier.iter().all(|t| t.is_word() && !t.cap)
        || modifier.iter().any(|t| describer(t))
        || last.speaker_classes() & (ORGANIZATION | ORG_DESCRIPTION | GROUP | PUBLIC_BODY) == 0
    {
        return None;
    }
    // "The court ruling" speaks as "the court"; "a police report" and
    // "the new police report" as "police".
    let whole = the && skipped == 0;
    let sub_toks = if whole { &toks[..at] } else { modifier };
    let sub = ctx.narrowed(sub_toks, sub_toks.first()?.span.cover(last.span));
    // Without "the" the words alone find no body named before: "a company
    // statement" after "Hallam Foods cut jobs" is Hallam Foods', as "the
    // company" would be.
    if !whole && let Some(named) = by_org_noun(table, last, &sub, st).filter(|f| f.1.is_some()) {
        return Some(named);
    }
    let issuer = resolve_one(&sub, table, st);
    (issuer.0.kind != SpeakerType::None).then_some(issuer)
}

/// Words that tie a document to its issuer: "a report from", "a statement
/// released by", "figures of".
fn is_issuer_link(lower: &str) -> bool {
    matches!(
        lower,
        "from" | "by" | "of" | "released" | "issued" | "published" | "posted" | "compiled"
    )
}

/// Whether the name at `span` inside a document's phrase is who obtained,
/// saw or was sent the document ("a memo obtained by CBC News", "records
/// reviewed by The Canadian Press", "a letter sent to the mayor"), not who
/// issued it.
fn received_by(toks: &[&Tok], span: Span) -> bool {
    let Some(mut k) = toks.iter().position(|t| t.span.start == span.start) else {
        return false;
    };
    if k > 0 && matches!(toks[k - 1].lower.as_str(), "the" | "a" | "an") {
        k -= 1;
    }
    k >= 2 && receiving(&toks[k - 2].lower, &toks[k - 1].lower)
}

/// "obtained by", "reviewed by", "sent to", "shared with": a participle and
/// the preposition before who got a document.
fn receiving(verb: &str, link: &str) -> bool {
    match link {
        "by" => matches!(
            verb,
            "obtained"
                | "seen"
                | "reviewed"
                | "viewed"
                | "examined"
                | "analyzed"
                | "analysed"
                | "acquired"
                | "received"
                | "accessed"
                | "read"
        ),
        "to" | "with" => matches!(
            verb,
            "provided"
                | "sent"
                | "leaked"
                | "shared"
                | "given"
                | "submitted"
                | "addressed"
                | "delivered"
                | "presented"
                | "handed"
                | "forwarded"
                | "distributed"
                | "released"
        ),
        _ => false,
    }
}

/// A document noun, singular or plural ("statement", "reports"), from the
/// bits the token carries: only a plural's singular is looked up.
fn is_document_tok(t: &Tok) -> bool {
    let lower = t.lower.as_str();
    let singular = singular_of(lower);
    t.speaker_classes() & DOCUMENT != 0
        || (singular.len() < lower.len() && in_class(singular, DOCUMENT))
}

/// A body that is a person's own ("Erdogan's office", "the Biden
/// campaign"), which `office_of` names by the person's fullest name.
fn is_personal_body(lower: &str) -> bool {
    matches!(
        lower,
        "office" | "campaign" | "team" | "administration" | "cabinet" | "camp"
    )
}

/// "Erdogan's office", "the Biden campaign": a named person's office,
/// campaign or team, under the person's fullest name.
fn office_of(table: &Table, toks: &[&Tok]) -> Option<(Speaker, Option<usize>)> {
    let body = match toks {
        [d, rest @ ..] if d.lower == "the" => rest,
        _ => toks,
    };
    let (last, rest) = body.split_last()?;
    if !is_personal_body(&last.lower) {
        return None;
    }
    let owner_end = match rest.last() {
        Some(t) if t.kind == TokenKind::Possessive => rest.len() - 1,
        Some(_) if last.lower == "campaign" || last.lower == "administration" => rest.len(),
        _ => return None,
    };
    let first = rest.first()?;
    let end = rest.get(owner_end.checked_sub(1)?)?;
    let m = table
        .within(first.span.cover(end.span))
        .find(|m| m.span.start == first.span.start && m.span.end == end.span.end)?;
    let e = &table.entities[m.entity];
    if e.kind != SpeakerType::Person && e.org_word {
        return None;
    }
    let joint = if owner_end < rest.len() { "'s " } else { " " };
    Some(unnamed(
        format!("{}{joint}{}", e.name, last.lower),
        SpeakerType::Organization,
    ))
}

/// The fullest form an organisation word took earlier in the text: "the
/// government" after "the government of Samoa" or "the Samoan
/// government".
fn fullest_org(text: &str, before: usize, noun: &str) -> Option<String> {
    let head = text.get(..before)?;
    let bytes = head.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b >= 0x80;
    let mut end = head.len();
    while let Some(at) = ascii_rfind_ci(head.get(..end).unwrap_or(""), noun) {
        end = at;
        let after = at + noun.len();
        if (at > 0 && is_word(bytes[at - 1])) || bytes.get(after).is_some_and(|&b| is_word(b)) {
            continue;
        }
        // "government of Samoa"
        let rest = &head[after..];
        if let Some(place) = rest.strip_prefix(" of ") {
            let place = place.strip_prefix("the ").unwrap_or(place);
            let words: Vec<&str> = place
                .split(' ')
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .take(4)
                .collect();
            if let Some(last) = words.last() {
                let last = last.trim_end_matches(|c: char| !c.is_alphanumeric());
                if !last.is_empty() {
                    let n = words.len();
                    let mut name = format!("{} of {}", &head[at..after], words[..n - 1].join(" "));
                    if n > 1 {
                        name.push(' ');
                    }
                    name.push_str(last);
                    return Some(name);
                }
            }
        }
        // "the Samoan government": up to three capitalised words right
        // before it, past a determiner, and past a level of government
        // ("the United States federal government").
        let Some(lead) = head[..at].strip_suffix(' ') else {
            continue;
        };
        let lead = match lead.rsplit_once(' ') {
            Some((before, level)) if in_class(&level.to_ascii_lowercase(), LEVEL) => before,
            _ => lead,
        };
        let mut start = lead.len();
        for _ in 0..3 {
            let w_start = lead[..start]
                .rfind(|c: char| c.is_ascii_whitespace())
                .map_or(0, |k| k + 1);
            let w = &lead[w_start..start];
            // A word opening a paragraph is capitalised whatever it is
            // ("Local police"): it names the force only if the text also
            // capitalises it mid-sentence ("Northamptonshire's").
            let opens_paragraph = w_start == 0 || lead.as_bytes()[w_start - 1] == b'\n';
            if opens_paragraph && !capitalised_mid_sentence(text, w) {
                break;
            }
            // "Times." ends a sentence; "U.S." is an abbreviation.
            let full_stop = w.ends_with('.') && w.matches('.').count() == 1;
            let capitalised = w.chars().next().is_some_and(char::is_uppercase)
                && !full_stop
                && w.chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                && !matches!(w, "The" | "A" | "An" | "This" | "That");
            if !capitalised {
                break;
            }
            start = w_start;
            if w_start == 0 {
                break;
            }
            if !lead[..start].ends_with(' ') {
                break;
            }
            start -= 1;
        }
        let start = lead[..start].len();
        let from = if lead.as_bytes().get(start) == Some(&b' ') {
            start + 1
        } else {
            start
        };
        if from < lead.len() {
            return head.get(from..after).map(str::to_string);
        }
    }
    None
}

/// Letters written after a person's name: honours, offices, degrees.
fn is_post_nominal(lower: &str) -> bool {
    matches!(
        lower,
        "qc" | "kc"
            | "mp"
            | "msp"
            | "mep"
            | "mbe"
            | "obe"
            | "cbe"
            | "kbe"
            | "dbe"
            | "phd"
            | "ph.d."
    )
}

/// Whether `lower` occurs in `text` as a whole word in lower case.
fn written_lower(text: &str, lower: &str) -> bool {
    let b = text.as_bytes();
    let whole = |at: usize| {
        !at.checked_sub(1)
            .is_some_and(|k| b[k].is_ascii_alphanumeric())
            && !b
                .get(at + lower.len())
                .is_some_and(|c| c.is_ascii_alphanumeric())
    };
    if lower.is_empty() {
        // Matched at every character boundary.
        return text.match_indices(lower).any(|(at, _)| whole(at));
    }
    // The vectorised substring search, several times faster over a whole
    // article than the standard one: its matches are the same (leftmost
    // first, not overlapping), and one of a non-empty string starts on a
    // character boundary, as those of `match_indices` do.
    memchr::memmem::find_iter(b, lower.as_bytes()).any(whole)
}

/// Whether `word` occurs somewhere in `text` right after a lower-case word
/// or a comma, where only a name is capitalised.
fn capitalised_mid_sentence(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    // The vectorised search, as in `written_lower`.
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, word.as_bytes()).any(|at| {
        at >= 2
            && b[at - 1] == b' '
            && (b[at - 2].is_ascii_lowercase() || b[at - 2] == b',')
            && !b
                .get(at + word.len())
                .is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// Whether `word` occurs somewhere in `text` after an honorific or a
/// known first name ("Mr. Jolly", "José Kelly"): a surname.
fn after_given_name(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, word.as_bytes()).any(|at| {
        let Some(before) = text.get(..at).and_then(|t| t.strip_suffix(' ')) else {
            return false;
        };
        let prev = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        let lower = prev.to_lowercase();
        !b.get(at + word.len())
            .is_some_and(|c| c.is_ascii_alphanumeric())
            && (matches!(
                lower.as_str(),
                "mr." | "mrs." | "ms." | "dr." | "mr" | "mrs" | "ms" | "dr"
            ) || (prev.chars().next().is_some_and(char::is_uppercase)
                && first_name(&lower).is_some()))
    })
}

/// The last ASCII-case-insensitive occurrence of `needle` in `hay`.
fn ascii_rfind_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let (&first, rest) = n.split_first()?;
    if h.len() < n.len() {
        return None;
    }
    // The first byte first, in a tight loop over the bytes where the
    // needle could start; the rest is compared only there. For a letter,
    // setting the case bit (0x20) folds exactly its two cases together,
    // and nothing else onto its lower case.
    let lower = first.to_ascii_lowercase();
    let letter = lower.is_ascii_lowercase();
    let mut end = h.len() - n.len() + 1;
    while let Some(i) = h.get(..end).and_then(|starts| {
        if letter {
            starts.iter().rposition(|&b| (b | 0x20) == lower)
        } else {
            starts.iter().rposition(|b| b.eq_ignore_ascii_case(&first))
        }
    }) {
        if h.get(i + 1..i + n.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(rest))
        {
            return Some(i);
        }
        end = i;
    }
    None
}

/// The person the definite description of `ctx` ("the actress", "The
/// former three-term governor") was written of before: the noun right
/// before their name ("actress Susan Sarandon") or in apposition after it
/// ("Richard Cross, a Republican speechwriter"), its last use first.
fn described_person(ctx: &Context, table: &Table) -> Option<usize> {
    let toks = ctx.toks;
    let h = person_description_head(toks)?;
    // "the Democratic front-runner" after "Republican front-runner Donald
    // Trump": not the person of another party.
    described_as(ctx, table, h).filter(|&e| party_fits(table, ctx.text, e, party_in(toks)))
}

/// The head noun of "the [modifiers] noun" describing one person by what
/// they do ("the actress", "the GOP speechwriter"), if `toks` are that.
fn person_description_head<'t>(toks: &'t [&Tok]) -> Option<&'t str> {
    let (first, head) = (toks.first()?, toks.last()?);
    let h = head.lower.as_str();
    let cls = head.speaker_classes();
    if first.lower != "the"
        || toks.len() < 2
        || toks.len() > 5
        || !head.is_word()
        || head.cap
        // A plural is a group ("the actresses"), not "the actress".
        || (h.ends_with('s') && !h.ends_with("ss"))
        || cls & (GROUP | ANONYMOUS | KIN_M | KIN_F | ORGANIZATION | DOCUMENT | EVIDENCE) != 0
        // A title is found by the person titled so (`by_title`): "the
        // Senate Democratic leader" is Harry Reid, not whoever was last
        // called a leader.
        || cls & TITLE != 0
        || !(cls & PERSON != 0 || (h.len() > 5 && agent_ending(h)))
        || !toks[1..toks.len() - 1]
            .iter()
            .all(|t| (t.is_word() && !t.is_function()) || t.is_punct("-"))
    {
        return None;
    }
    Some(h)
}

/// The person the article described with `noun` within a few thousand
/// bytes before the source: the noun right before their name ("actress
/// Susan Sarandon") or in apposition after it ("Richard Cross, a
/// Republican speechwriter"), its last whole-word uses first.
fn described_as(ctx: &Context, table: &Table, noun: &str) -> Option<usize> {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let person = |e: usize| table.entities[e].may_be_person();
    // A few thousand bytes back: an article describes its people near
    // where it names them again.
    const BACK: usize = 4000;
    let mut from = ctx.src.start.saturating_sub(BACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..ctx.src.start)?;
    let uses = before
        .rmatch_indices(noun)
        .map(|(at, _)| at + from)
        .filter(|&at| {
            let end = at + noun.len();
            at.checked_sub(1)
                .is_none_or(|p| !bytes[p].is_ascii_alphanumeric())
                && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric())
        });
    for at in uses.take(3) {
        let end = at + noun.len();
        // "actress Susan Sarandon": the name right after the noun, or
        // the noun inside the name's mention as its title.
        if let Some(m) = table
            .containing(Span::new(at, end))
            .or_else(|| table.after(end).next())
            && text
                .get(end..m.span.start.max(end))
                .is_some_and(|b| b.trim().is_empty())
            && person(m.entity)
        {
            return Some(m.entity);
        }
        // "Richard Cross, a Republican speechwriter": the name before,
        // in apposition, past names qualifying the noun.
        if let Some(m) = table.before(at).take(4).find(|m| {
            text.get(m.span.end..at).is_some_and(|between| {
                between.len() <= 60
                    && [", a ", ", an ", ", the "]
                        .iter()
                        .any(|p| between.starts_with(p))
                    && !between[1..].contains([',', '.', ';', '"'])
            })
        }) && person(m.entity)
        {
            return Some(m.entity);
        }
    }
    None
}

/// "Global Times", "Harbin Herald": a name ending in a newspaper's word is
/// a newspaper, not a person, unless it opens with a known first name and
/// is never written after "the" ("Orlando Sentinel" alone may be a man;
/// "the Orlando Sentinel" is the paper).
fn type_newspapers(table: &mut Table, text: &str) {
    let candidate =
        |e: &Entity| e.kind == SpeakerType::Person && e.name_tokens >= 2 && e.is_newspaper();
    if !table.entities.iter().any(candidate) {
        return;
    }
    // Written after "the" each time it is named in full ("the Orlando
    // Sentinel"), a name is no person's, whatever its first word; a
    // person's name is also written without it ("Samantha Bee hosted …
    // the Samantha Bee segment").
    // Per entity: none until named in full, then whether always after "the".
    let mut after_the = vec![None::<bool>; table.entities.len()];
    for m in &table.mentions {
        let full = text
            .get(m.span.start..m.span.end)
            .is_some_and(|t| t.contains(' '));
        if full {
            let with = the_before(text, m.span.start, true);
            let seen = &mut after_the[m.entity];
            *seen = Some(seen.unwrap_or(true) && with);
        }
    }
    for (i, e) in table.entities.iter_mut().enumerate() {
        if candidate(e)
            && (after_the[i] == Some(true)
                || first_name(&first_word(e.name).to_lowercase()).is_none())
        {
            e.kind = SpeakerType::Organization;
        }
    }
}

/// "Exxon Mobil contended in its letter", "Acme Widgets said in its
/// filing": a name of no known person that "its" refers back to, within
/// the few lower-case words after it, is an organisation's; so is "Netto
/// Poland", a name of two words with no known first name ending in a
/// country.
fn type_by_its(table: &mut Table, text: &str) {
    // A full name is typed a person's when it speaks (`resolve_phrase`),
    // unless it has an organisation word.
    let candidate = |e: &Entity| {
        matches!(e.kind, SpeakerType::Person | SpeakerType::Organization)
            && !e.org_word
            && !e.person_evidence
            && e.gender == Gender::Unknown
            && e.title.is_none()
            && e.name_tokens >= 2
    };
    if !table.entities.iter().any(candidate) {
        return;
    }
    let mut its = Vec::new();
    // "Netto Poland", "Tesco Ireland": a name of no known first name whose
    // last word is a country is a company's branch there.
    for (i, e) in table.entities.iter().enumerate() {
        if candidate(e)
            && e.name_tokens == 2
            && classes(&last_word(e.name).to_lowercase()) & COUNTRY != 0
        {
            its.push(i);
        }
    }
    for m in &table.mentions {
        if !candidate(&table.entities[m.entity]) {
            continue;
        }
        let after = text.get(m.span.end..).unwrap_or("");
        if !after.starts_with(' ') {
            continue;
        }
        // Past lower-case words only: a name, a comma or a quotation
        // between them starts another's clause.
        // "in its letter", not "said its economy would grow", where "its"
        // opens what is said and stands for something else.
        let mut prev = "";
        for w in after.split(' ').skip(1).take(4) {
            if w == "its" {
                if matches!(
                    prev,
                    "in" | "on" | "with" | "through" | "for" | "via" | "at" | "from" | "by"
                ) {
                    its.push(m.entity);
                }
                break;
            }
            if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase()) {
                break;
            }
            prev = w;
        }
    }
    for e in its {
        let e = &mut table.entities[e];
        e.kind = SpeakerType::Organization;
        // As good as an organisation word: speaking later does not make
        // a person of it.
        e.org_word = true;
    }
}

/// "Time magazine announced …", then "Time reported": a one-word name the
/// article writes with "magazine" goes by both words, as the magazine is
/// known; not a person's.
fn name_magazines<'a>(table: &mut Table<'a>, text: &'a str) {
    for i in 0..table.mentions.len() {
        let m = table.mentions[i];
        let e = m.entity;
        // " magazine" after the name first, on the text at hand: it turns
        // nearly every mention away with a branch that seldom
        // mispredicts, before the entity is read. The space is looked for
        // last, in a byte loop: a one-word name is too short to pay for a
        // call to a string search.
        if let Some(rest) = text.get(m.span.end..)
            && rest.starts_with(" magazine")
            && rest
                .as_bytes()
                .get(9)
                .is_none_or(|b| !b.is_ascii_alphanumeric())
            && table.entities[e].name_tokens == 1
            && table.entities[e].kind != SpeakerType::Person
            && !table.entities[e].name.bytes().any(|b| b == b' ')
            && let Some(full) = text.get(m.span.start..m.span.end + 9)
        {
            table.entities[e].name = full;
        }
    }
}

/// The `NEWSPAPER` and `NEWSPAPER_ALONE` bits of the last word of a name
/// ("The Washington Post", "Global Times", "The Advocate"), capitalised as
/// in a name.
fn newspaper_bits(word: &str) -> u32 {
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return 0;
    }
    // Lower-cased on the stack: every name's last word is asked, and no
    // listed word is longer than the buffer.
    let mut buf = [0u8; 16];
    ascii_lower_in(word, &mut buf)
        .and_then(|l| std::str::from_utf8(l).ok())
        .map_or(0, |l| classes(l) & (NEWSPAPER | NEWSPAPER_ALONE))
}

/// The last word of a name, as `rsplit(' ').next()` gives it: found in a
/// byte loop over a short name rather than by a string search.
fn last_word(name: &str) -> &str {
    match name.bytes().rposition(|b| b == b' ') {
        Some(space) => name.get(space + 1..).unwrap_or(""),
        None => name,
    }
}

/// `written.to_lowercase() == lower`, without making the lower case of an
/// ASCII word (nearly all): its lower case is its ASCII lower case, byte
/// for byte, and `lower` has no ASCII capital.
fn lower_is(written: &str, lower: &str) -> bool {
    if written.is_ascii() {
        written.eq_ignore_ascii_case(lower)
    } else {
        written.to_lowercase() == lower
    }
}

/// `written.to_lowercase().ends_with(lower)`, likewise without making the
/// lower case of an ASCII word.
fn lower_ends_with(written: &str, lower: &str) -> bool {
    if written.is_ascii() {
        let (w, l) = (written.as_bytes(), lower.as_bytes());
        w.len() >= l.len() && w[w.len() - l.len()..].eq_ignore_ascii_case(l)
    } else {
        written.to_lowercase().ends_with(lower)
    }
}

/// What comes before the first " in " of a name ("US Embassy" of "US
/// Embassy in London"), as `split_once(" in ")` finds it: over the bytes
/// of a short name rather than through a string searcher made per call.
fn before_in(name: &str) -> Option<&str> {
    let at = name.as_bytes().windows(4).position(|w| w == b" in ")?;
    name.get(..at)
}

/// A lower-case title holds `word`, written out or abbreviated ("former
/// texas gov." holds "governor").
fn title_has(title: &str, word: &str) -> bool {
    // "the CEO" is the chief executive; "the officer" a police officer
    // titled by rank ("Const. Patrick Delorme-Hayes").
    let any_word = |words: &[&str]| {
        title
            .split(|c: char| c.is_whitespace() || c == '-')
            .any(|w| words.contains(&w))
    };
    match word {
        "ceo" if title.contains("chief executive") => return true,
        "cfo" if title.contains("chief financial") => return true,
        "coo" if title.contains("chief operating") => return true,
        // A sport's words for one position, and a title's short forms.
        "goaltender" | "goalie" | "netminder"
            if any_word(&["goaltender", "goalie", "netminder"]) =>
        {
            return true;
        }
        "gm" if title.contains("general manager") => return true,
        "prosecutor"
            if title.contains("crown attorney")
                || title.contains("crown counsel")
                || title.contains("district attorney") =>
        {
            return true;
        }
        "officer"
            if [
                "const.",
                "constable",
                "sgt.",
                "sergeant",
                "cpl.",
                "corporal",
                "det.",
                "insp.",
            ]
            .iter()
            .any(|r| title.split_whitespace().any(|w| w == *r)) =>
        {
            return true;
        }
        _ => {}
    }
    // The abbreviation is looked up once, not per word of the title.
    let abbreviated = abbreviated_title(word).map(str::as_bytes);
    let hit = |w: &[u8]| w == word.as_bytes() || abbreviated == Some(w);
    if title.is_ascii() {
        // Split as bytes, on the white space `split_whitespace` knows in
        // ASCII (the vertical tab among it): no character to decode.
        title
            .as_bytes()
            .split(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b'-'))
            .filter(|w| !w.is_empty())
            .any(hit)
    } else {
        title
            .split(|c: char| c.is_whitespace() || c == '-')
            .any(|w| hit(w.as_bytes()))
    }
}

/// How a title word is abbreviated (or otherwise written) before a name
/// ("Gov. Rick Perry"), so that "the governor" finds him. Not "general" ("Gen."): "the inspector
/// general" is no general.
fn abbreviated_title(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "senator" => "sen.",
        "governor" => "gov.",
        "president" => "pres.",
        "representative" | "congressman" | "congresswoman" => "rep.",
        "lieutenant" => "lt.",
        "colonel" => "col.",
        "captain" => "capt.",
        "sergeant" => "sgt.",
        "inspector" => "insp.",
        "corporal" => "cpl.",
        "professor" => "prof.",
        "attorney" => "atty.",
        "superintendent" => "supt.",
        "reverend" => "rev.",
        "councillor" | "councilor" => "coun.",
        "detective" => "det.",
        "constable" => "const.",
        // "Quebec Court Justice Marie-Hélène Saint-Onge … the judge said":
        // judges of Canadian and British courts are titled Justice.
        "judge" => "justice",
        _ => return None,
    })
}

/// Words that make a title a lesser or earlier one: "the governor" is not
/// the deputy governor, nor the former one.
fn is_subordinate(lower: &str) -> bool {
    matches!(
        lower,
        "deputy" | "vice" | "assistant" | "former" | "ex" | "associate" | "under" | "junior"
    )
}

/// "The U.S. Secretary of State", "the secretary", "the El Paso mayor": the
/// most recently mentioned person introduced with that title; else one
/// whose title shares a qualifying word ("the foreign minister" → the
/// Foreign Secretary).
fn by_title(
    table: &Table,
    text: &str,
    toks: &[&Tok],
    src: Span,
    src_text: &str,
    prev_start: usize,
) -> Option<(Speaker, Option<usize>)> {
    let wanted = strip_determiner(src_text).to_lowercase();
    let generic = |w: &str| matches!(w, "state" | "u.s." | "house" | "of" | "senior" | "top");
    let head_title = toks
        .iter()
        .rev()
        .find(|t| is_title_word(&t.lower) && !generic(&t.lower))
        .map(|t| t.lower.as_str());
    let subordinate = toks.iter().any(|t| is_subordinate(&t.lower));
    // The candidates with a title, in the order they are tried: those
    // named before `src`, nearest first, then those after. One scan of the
    // mentions serves the three tries below.
    let with_title = |m: &Mention| Some((m.entity, table.entities[m.entity].title_lower()?));
    let mut titled: Vec<(usize, &str)> = table.before(src.start).filter_map(with_title).collect();
    // "the Democratic front-runner": not the Republican one.
    let party = party_in(toks);
    titled.retain(|&(e, _)| party_fits(table, text, e, party));
    let titled_before = titled.len();
    titled.extend(
        table
            .after(src.start)
            .filter_map(with_title)
            .filter(|&(e, _)| party_fits(table, text, e, party)),
    );
    // Of several with the very title, the one opening the sentence before
    // (past an honorific or their title): "Mr. Obama, officials said, has
    // become skeptical of … pressure on Mr. Assad. …, the president has
    // deepened his resistance" is Obama, not the president named last.
    let exact = |&&(_, t): &&(usize, &str)| t == wanted;
    let opener = table
        .after(prev_start)
        .next()
        .filter(|m| m.span.end <= src.start)
        .filter(|m| {
            let gap = text.get(prev_start..m.span.start).unwrap_or("").trim_end();
            gap.is_empty()
                || table.entities[m.entity].title == Some(gap)
                || (!gap.contains(' ') && classes(&gap.to_lowercase()) & ANY_HONORIFIC != 0)
        })
        .map(|m| m.entity);
    if let Some(&(e, _)) = titled[..titled_before]
        .iter()
        .filter(exact)
        .find(|&&(e, _)| Some(e) == opener)
        .or_else(|| titled.iter().find(exact))
    {
        return Some(found(table, e));
    }
    let head_match = titled
        .iter()
        .find(|(_, t)| head_title.is_some_and(|h| title_has(t, h)) && rank_fits(toks, t));
    if let Some(&(e, _)) = head_match {
        return Some(found(table, e));
    }
    // "the Russian leader" after "Russian President Vladimir Putin": the
    // nation's leader is whoever heads its state or government.
    if head_title == Some("leader") {
        let nation: Vec<&str> = toks
            .iter()
            .map(|t| t.lower.as_str())
            .filter(|w| is_demonym(w))
            .collect();
        let heads = |t: &str| {
            [
                "president",
                "prime",
                "premier",
                "chancellor",
                "king",
                "queen",
                "emperor",
            ]
            .iter()
            .any(|h| title_has(t, h))
        };
        if !nation.is_empty()
            && let Some(&(e, _)) = titled.iter().find(|(_, t)| {
                nation.iter().all(|n| title_has(t, n))
                    && heads(t)
                    && !t.split_whitespace().any(is_subordinate)
                    // The nation's, not a body's ("Russian Olympic
                    // Committee President").
                    && !t
                        .split_whitespace()
                        .any(|w| classes(w) & (ORGANIZATION | PUBLIC_BODY) != 0)
            })
        {
            return Some(found(table, e));
        }
    }
    // A qualifying title word in common ("foreign", "health"), not the
    // head itself, nor a rank.
    let qualifiers: Vec<&str> = toks
        .iter()
        .map(|t| t.lower.as_str())
        .filter(|w| is_title_word(w) && Some(*w) != head_title && !generic(w))
        .filter(|w| !is_subordinate(w) && !matches!(*w, "acting" | "first" | "chief"))
        .collect();
    if qualifiers.is_empty() {
        return None;
    }
    titled
        .get(..titled_before)
        .unwrap_or(&[])
        .iter()
        .find(|(_, t)| {
            t.split_whitespace().any(|w| qualifiers.contains(&w))
                && (subordinate || !t.split_whitespace().any(is_subordinate))
        })
        .map(|&(e, _)| found(table, e))
}

/// The rank of a description and of a title agree: they hold the same
/// subordinate words ("vice", "deputy", "former"): "the former vice
/// president" is no "President Barack Obama", "the president" no "Vice
/// President Joe Biden", "the former president" no "former vice
/// president".
fn rank_fits(toks: &[&Tok], title: &str) -> bool {
    // "then-Vice President" was a vice president, as "ex-" is "former".
    fn rank(w: &str) -> Option<&str> {
        match w {
            "then" | "ex" | "retired" => Some("former"),
            w if is_subordinate(w) => Some(w),
            _ => None,
        }
    }
    let mut wanted: Vec<&str> = toks
        .iter()
        .flat_map(|x| x.lower.split('-'))
        .filter_map(rank)
        .collect();
    // An assistant Crown or district attorney is a prosecutor like any
    // other, not one's deputy.
    let prosecutor = ["crown attorney", "district attorney", "u.s. attorney"]
        .iter()
        .any(|p| title.contains(p));
    let mut held: Vec<&str> = title
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(rank)
        .filter(|&w| !(prosecutor && w == "assistant"))
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    held.sort_unstable();
    held.dedup();
    // "The local health minister" is not the country's: a level below the
    // nation, when the description gives one, is in the title it fits (a
    // title may give one the description leaves out).
    let below_nation = |w: &&str| matches!(*w, "local" | "regional" | "provincial" | "municipal");
    let title_words: Vec<&str> = title
        .split(|c: char| c.is_whitespace() || c == '-')
        .collect();
    wanted == held
        && toks
            .iter()
            .map(|t| t.lower.as_str())
            .filter(below_nation)
            .all(|w| title_words.contains(&w))
}

/// The gender a word for a relative tells ("father", "widow"), from its
/// class bits.
fn kin_gender(classes: u32) -> Option<Gender> {
    if classes & KIN_M != 0 {
        Some(Gender::Male)
    } else if classes & KIN_F != 0 {
        Some(Gender::Female)
    } else {
        None
    }
}

/// "the father", "the widow": the person of that gender named last.
fn by_kin(table: &Table, noun: &str, src: Span) -> Option<(Speaker, Option<usize>)> {
    let gender = kin_gender(classes(noun))?;
    table
        .before(src.start)
        .find(|m| {
            let e = &table.entities[m.entity];
            e.kind == SpeakerType::Person && e.gender == gender
        })
        .map(|m| found(table, m.entity))
}

/// "Day's foundation": the organisation named in full with the owner's
/// name and the head word.
fn by_owner(table: &Table, owner: usize, head: &str) -> Option<(Speaker, Option<usize>)> {
    let last = table.entities[owner].last.as_ref();
    table
        .entities
        .iter()
        .position(|e| {
            e.name_tokens >= 2 && {
                let lower = e.name.to_lowercase();
                lower.ends_with(head) && lower.split_whitespace().any(|w| fold(w) == last)
            }
        })
        .map(|e| found(table, e))
}

/// "the website", "the newspaper", "the ministry": a definite description
/// stands for the last entity introduced with that noun ("the website
/// Vessel Tracker"), or the last one whose name ends in it ("the
/// Emergencies Ministry").
fn by_description(
    table: &Table,
    toks: &[&Tok],
    ctx: &Context,
    st: &Salience,
) -> Option<(Speaker, Option<usize>)> {
    let definite = toks.first().is_some_and(|t| t.lower == "the");
    let head = toks.last().filter(|t| t.is_word() && !t.cap)?;
    if !definite || toks.len() > 3 {
        return None;
    }
    by_org_noun(table, head, ctx, st)
}

/// "China's foreign ministry", "Japan’s defense ministry": the last
/// phrase before `at`, within a few paragraphs, that gives the body named
/// by `head` a capitalised possessor, with at most one lower-case word
/// between them.
fn possessed_body(text: &str, at: usize, head: &str) -> Option<String> {
    let mut lo = at.saturating_sub(3000);
    while lo < at && !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = text.get(lo..at)?;
    before.rmatch_indices(head).find_map(|(k, _)| {
        let end = k + head.len();
        if before[end..].starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        let lead = before[..k].strip_suffix(' ')?;
        // One lower-case word ("foreign") may qualify the body.
        let lead = match lead.rsplit_once(' ') {
            Some((rest, w)) if !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()) => rest,
            _ => lead,
        };
        let owner = lead
            .strip_suffix("'s")
            .or_else(|| lead.strip_suffix("\u{2019}s"))?;
        // The possessor's last word, capitalised ("China", "Japan").
        let start = owner.rfind(' ').map_or(0, |p| p + 1);
        let word = &owner[start..];
        (word.chars().count() > 1
            && word.starts_with(char::is_uppercase)
            && word.chars().all(char::is_alphabetic))
        .then(|| before[start..end].to_string())
    })
}

/// The organisation "the `head`" stands for ("the company", "the
/// ministry", "the website"), if `head` is an organisation word.
fn by_org_noun(
    table: &Table,
    head: &Tok,
    ctx: &Context,
    st: &Salience,
) -> Option<(Speaker, Option<usize>)> {
    let src = ctx.src;
    // "the company", "the firm": never a public body.
    let business = matches!(head.lower.as_str(), "firm" | "company");
    // Nor a country, nor is "the organisation" or "the group".
    let generic_body = business
        || matches!(
            head.lower.as_str(),
            "group" | "organization" | "organisation" | "association"
        );
    let keep = |e: &Entity| {
        let public_body = || {
            e.name
                .split(' ')
                .any(|w| classes(&w.to_lowercase()) & PUBLIC_BODY != 0)
        };
        let country = || {
            e.place
                || e.name_tokens <= 4
                    && classes(&e.name.to_lowercase()) & (COUNTRY | PLACE | REGION) != 0
        };
        // Nor is a union or an association a company ("The company said"
        // after "The United Food and Commercial Workers union said").
        let members = || {
            e.name.split(' ').any(|w| {
                let w = w.to_lowercase();
                in_class(&w, GROUP)
                    || matches!(
                        w.as_str(),
                        "union" | "association" | "federation" | "council" | "society"
                    )
            })
        };
        // Nor is a newspaper, a website or a trade ("the carmaker", "the
        // utility") a country or place named before.
        // A place named in several words is no trade's ("the grocer"
        // after "stores in Atlantic Canada"), though it may be "the city".
        let place_kept = !e.place
            || matches!(
                head.lower.as_str(),
                "city"
                    | "town"
                    | "village"
                    | "province"
                    | "state"
                    | "territory"
                    | "region"
                    | "county"
                    | "municipality"
                    | "government"
                    | "country"
            );
        place_kept
            && !(business && (public_body() || members())
                || (generic_body || head.speaker_classes() & ORG_DESCRIPTION != 0) && country())
    };
    // The body last described by the word ("Maple Leaf Foods, the
    // grocer,"), not a person ("Brett Okonkwo-Hale, the company's
    // vice-president" is no company).
    let described = || {
        table
            .descriptions
            .iter()
            .rev()
            .find(|(at, noun, e)| {
                *at < src.start
                    && *noun == head.lower
                    && table.entities[*e].kind != SpeakerType::Person
                    && keep(&table.entities[*e])
            })
            .map(|&(_, _, e)| found(table, e))
    };
    let c = head.speaker_classes();
    if c & ORGANIZATION != 0 && c & ORG_DESCRIPTION == 0 {
        let named = table
            .before(src.start)
            .find(|m| {
                let e = &table.entities[m.entity];
                e.name_tokens >= 2
                    && (lower_is(last_word(e.name), &head.lower)
                        // "US Embassy in London"
                        || before_in(e.name)
                            .is_some_and(|n| lower_ends_with(n, &head.lower))
                        // "Office québécois de la langue française": a
                        // French name's head comes first, the words after
                        // it in lower case.
                        || e.name.split_once(' ').is_some_and(|(first, rest)| {
                            rest.chars().next().is_some_and(char::is_lowercase)
                                && fold(&first.to_lowercase()) == head.lower.as_str()
                        })
                        // "Court of Session", "Ministry of Health"
                        || {
                            // Split as bytes: a space is one byte, and a
                            // short name is not worth a string search per
                            // word.
                            let mut prev: &[u8] = b"";
                            e.name.as_bytes().split(|&b| b == b' ').any(|w| {
                                let hit = w == b"of"
                                    && prev.eq_ignore_ascii_case(head.lower.as_bytes());
                                prev = w;
                                hit
                            })
                        })
            })
            .map(|m| found(table, m.entity))
            // "the board" after "Kativik Ilisarniliriniq, the school board
            // serving Nunavik": the body described so.
            .or_else(described)
            // "the ministry" after "China's foreign ministry said …": the
            // unnamed organisation that spoke under that word.
            .or_else(|| {
                // Not a person whose title holds the word ("the company's
                // vice-president").
                st.roles
                    .iter()
                    .rev()
                    .find(|(h, sp, _)| *h == head.lower && sp.kind != SpeakerType::Person)
                    .map(|(_, sp, _)| (sp.clone(), None))
            })
            // "the ministry" after "China's foreign ministry also weighed
            // in": the body the article gave a possessor, though it did
            // not speak.
            // A person's office or campaign goes by the person's fullest
            // name (`office_of`), not by the possessor as written.
            .or_else(|| {
                (!is_personal_body(&head.lower))
                    .then(|| possessed_body(ctx.text, src.start, &head.lower))
                    .flatten()
                    .map(|name| unnamed(name, SpeakerType::Organization))
            });
        // "The police service said" after "Ottawa Police Service Chief Eric
        // Stubbs", "the ministry" after "Health Ministry spokesperson Jane
        // Doe": the body a person's title names, up to the word.
        let named = named.or_else(|| {
            table.before(src.start).find_map(|m| {
                let title = table.entities[m.entity].title?;
                // The title as written up to the word (not its first),
                // sliced rather than split and joined again.
                let hit = |w: &str| {
                    w.eq_ignore_ascii_case(&head.lower)
                        && w.chars().next().is_some_and(char::is_uppercase)
                };
                let mut end = 0;
                for (k, w) in title.split(' ').enumerate() {
                    end += w.len();
                    if hit(w) {
                        return (k >= 1)
                            .then(|| unnamed(title[..end].to_string(), SpeakerType::Organization));
                    }
                    end += 1;
                }
                None
            })
        });
        // "the group", "the organization": generic words any
        // organisation goes by, so the one in view.
        let generic = matches!(
            head.lower.as_str(),
            "group" | "organization" | "organisation" | "association" | "firm" | "company"
        );
        // "The department said" after "Indigenous Services Canada said":
        // a word for a public body is the body in view, though its name
        // lacks the word; not a newspaper or a company.
        let public = matches!(
            head.lower.as_str(),
            "department" | "ministry" | "agency" | "authority" | "unit" | "force"
        );
        // "The union said" after "The Ontario Nurses' Association said",
        // "the festival" after "Halifax Jazz Festival", "the college"
        // after "Seneca Polytechnic": an institution is the body in view,
        // whatever its name calls it.
        let institution = ctx.toks.len() == 2
            && matches!(
                head.lower.as_str(),
                "union"
                    | "college"
                    | "hospital"
                    | "tribunal"
                    | "charity"
                    | "school"
                    | "clinic"
                    | "federation"
                    | "society"
                    | "festival"
                    | "district"
                    | "gallery"
                    | "theatre"
                    | "theater"
                    | "brewery"
                    | "institute"
                    | "library"
                    | "museum"
                    | "league"
                    | "club"
            );
        // "The team said" after "The Toronto Maple Leafs placed …": a
        // sports team by its plural name (not a research team).
        // Not after "a team of engineers", "a research team".
        let team = ctx.toks.len() == 2
            && matches!(head.lower.as_str(), "team" | "franchise")
            && !ctx.text.get(..src.start).is_some_and(|before| {
                before.contains("team of") || before.contains("research team")
            });
        return match named {
            None if generic => sentence_subject_org(table, ctx, keep)
                .or_else(|| nearest_organization(table, ctx, st, keep)),
            None if public || institution => nearest_organization(table, ctx, st, |e| {
                keep(e) && !e.is_newspaper() && !e.name.split(' ').any(is_legal_form)
            }),
            // The team the story names most, not the one it last played.
            None if team => table
                .before(src.start)
                .take(LOOK_BACK)
                .filter(|m| {
                    let e = &table.entities[m.entity];
                    let (first, last) = (first_word(e.name), last_word(e.name));
                    // A place's team ("Toronto Maple Leafs", "Boston
                    // Bruins") by a plural name, not a firm or a public
                    // service ("Texas Instruments", "Alberta Health
                    // Services").
                    e.org_like()
                        && keep(e)
                        && !e.is_newspaper()
                        && e.name_tokens >= 2
                        && classes(&first.to_lowercase()) & (PLACE | REGION | COUNTRY) != 0
                        && last.len() > 3
                        && last.ends_with('s')
                        && !last.ends_with("news")
                        && last.chars().next().is_some_and(char::is_uppercase)
                        && last.chars().all(char::is_alphabetic)
                        && !lists().business.contains(last.to_lowercase().as_str())
                })
                .min_by_key(|m| {
                    (
                        std::cmp::Reverse(table.entities[m.entity].mentions),
                        m.span.start,
                    )
                })
                .map(|m| found(table, m.entity)),
            named => named,
        };
    }
    if c & ORG_DESCRIPTION == 0 {
        return None;
    }
    // "According to the band": the First Nation the article names most
    // (a band council is the nation's government; another nation may be
    // named nearer, "Grand Chief Norman Achneepineskum of Nishnawbe Aski
    // Nation").
    if head.lower == "band"
        && let Some(m) = table
            .before(src.start)
            .filter(|m| matches!(&*table.entities[m.entity].last, "nation" | "band"))
            .max_by_key(|m| table.entities[m.entity].mentions)
    {
        return Some(found(table, m.entity));
    }
    // "As the paper noted" after "the nationalist Global Times tabloid
    // noted": a newspaper word is the newspaper named last.
    if matches!(
        head.lower.as_str(),
        "paper" | "newspaper" | "tabloid" | "daily" | "broadsheet"
    ) && let Some(e) = newspaper_before(table, ctx.text, src.start)
    {
        return Some(found(table, e));
    }
    if let Some(f) = described() {
        return Some(f);
    }
    // Else the organisation that spoke last or was named last, nearby
    // ("Vessel Tracker's database had no sighting; the website noted …").
    sentence_subject_org(table, ctx, keep).or_else(|| nearest_organization(table, ctx, st, keep))
}

/// Whether the word "The" (or, with `any_case`, "the") and a space stand
/// right before `at`: a word of its own, not the end of "Goethe".
fn the_before(text: &str, at: usize, any_case: bool) -> bool {
    let b = text.as_bytes();
    at >= 4
        && b.get(at - 4..at).is_some_and(|w| {
            (w == b"The " || (any_case && w == b"the "))
                && (at == 4 || !b[at - 5].is_ascii_alphanumeric())
        })
}

/// The newspaper named last before `pos`: a name ending in a newspaper's
/// word ("Global Times"), or one such word written with "The" ("The
/// Advocate"), which alone is too common a word to be a name.
fn newspaper_before(table: &Table, text: &str, pos: usize) -> Option<usize> {
    table
        .before(pos)
        .find(|m| {
            let e = &table.entities[m.entity];
            e.kind != SpeakerType::Person
                && e.is_newspaper()
                && (e.name_tokens >= 2 || the_before(text, m.span.start, false))
        })
        .map(|m| m.entity)
}

/// "Loblaw Companies Ltd. will close 12 stores, the grocery giant said",
/// "Lumenhaus, a Waterloo startup, has laid off a third of its staff, the
/// company confirmed": a description speaking after the clause it reports
/// stands for the name that clause opens with (past a wire dateline), when
/// that name is no person's and no place's.
fn sentence_subject_org(
    table: &Table,
    ctx: &Context,
    keep: impl Fn(&Entity) -> bool,
) -> Option<(Speaker, Option<usize>)> {
    let (src, sent_start) = (ctx.src, ctx.sent_start);
    let first = table
        .before(src.start)
        .take_while(|m| m.span.start >= sent_start)
        .last()?;
    let gap = ctx.text.get(sent_start..first.span.start)?.trim_end();
    // "Auto parts manufacturer Lakeshore Precision Components will close
    // …": past a description of the firm before its name (its first word
    // capitalised where it opens the story).
    let gap = match gap.rsplit_once(' ') {
        Some((_, last)) if is_firm_description(last) => {
            let mut rest = gap;
            for _ in 0..4 {
                let (before, w) = rest.rsplit_once(' ').unwrap_or(("", rest));
                if w.is_empty() || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
                    break;
                }
                rest = before.trim_end();
                if w.chars().next().is_some_and(char::is_uppercase) {
                    break;
                }
            }
            rest
        }
        _ => gap,
    };
    let opens = gap.is_empty()
        || (gap.len() <= 40
            && (gap.ends_with('—') || gap.ends_with("--") || gap.ends_with(" -"))
            && !gap.bytes().any(|b| b == b'.' && gap.len() > 30));
    // The claim reported before the description: a comma right before it.
    let reported = ctx
        .text
        .get(..src.start)
        .is_some_and(|t| t.trim_end().ends_with(','));
    let e = &table.entities[first.entity];
    // A lone word opening the sentence is a name when set off by an
    // apposition ("Lumenhaus, a Waterloo startup,").
    let apposed = || {
        ctx.text
            .get(first.span.end..)
            .is_some_and(|t| [", a ", ", an ", ", the "].iter().any(|p| t.starts_with(p)))
    };
    (opens
        && reported
        && !(e.kind == SpeakerType::Person && e.person_evidence)
        && (!e.weak || apposed())
        && keep(e))
    .then(|| found(table, first.entity))
}

/// A word for a firm by what it makes or does ("manufacturer", "maker",
/// "retailer").
fn is_firm_description(lower: &str) -> bool {
    lower.ends_with("maker")
        || matches!(
            lower,
            "manufacturer" | "company" | "firm" | "producer" | "operator" | "provider" | "retailer"
        )
        || in_class(lower, ORG_DESCRIPTION)
}

/// The organisation that spoke in the last few sentences, else the one
/// named last before `src`, nearby.
/// Only organisations `keep` accepts.
fn nearest_organization(
    table: &Table,
    ctx: &Context,
    st: &Salience,
    keep: impl Fn(&Entity) -> bool,
) -> Option<(Speaker, Option<usize>)> {
    let (src, sentence, sent_start) = (ctx.src, ctx.sentence, ctx.sent_start);
    let org = |e: usize| table.entities[e].org_like() && keep(&table.entities[e]);
    let spoke = st
        .recent(sentence, 2)
        .filter(|&e| org(e))
        .or_else(|| {
            st.prev_org
                .filter(|&(e, s)| sentence.saturating_sub(s) <= 3 && org(e))
                .map(|(e, _)| e)
        })
        // "Tesla is recalling cars, the safety agency said. The company
        // said …": when the last to speak is no such body, one that spoke
        // just before it.
        .or_else(|| {
            st.earlier
                .iter()
                .rev()
                .take_while(|&&(_, s)| sentence.saturating_sub(s) <= 3)
                .map(|&(e, _)| e)
                .find(|&e| org(e))
        });
    // Not one named inside a quotation before the source ('"We follow
    // Canadian law," the agency said'): the speaker's words are about it.
    let quoted = |m: &Mention| {
        // The first quotation mark after the name closes a quotation
        // (a curly closing one, or a straight one not opening a word):
        // the name was inside it. One that opens ('Acme said: "We are
        // sorry.') leaves the name outside.
        let gap = ctx.text.get(m.span.end..src.start).unwrap_or("");
        for (k, c) in gap.char_indices() {
            match c {
                '”' => return true,
                '“' => return false,
                '"' => {
                    return !gap[k + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                }
                _ => {}
            }
        }
        false
    };
    if let Some(e) = spoke {
        // One named in this very sentence, nearer than that speaker, wins.
        // (Not one word that may be a place: "a school in Orleans, the
        // health unit said".)
        let near = table
            .before(src.start)
            .take_while(|m| m.span.start >= sent_start)
            .find(|m| org(m.entity) && table.entities[m.entity].strong_org() && !quoted(m));
        return Some(found(table, near.map_or(e, |m| m.entity)));
    }
    table
        .before(src.start)
        .take_while(|m| src.start - m.span.end < 400)
        .find(|m| {
            table.entities[m.entity].strong_org() && keep(&table.entities[m.entity]) && !quoted(m)
        })
        .map(|m| found(table, m.entity))
}

fn resolve_pronoun(
    table: &mut Table,
    pronoun: &str,
    ctx: &Context,
    src_text: &str,
    st: &Salience,
) -> (Speaker, Option<usize>) {
    // "Hannity asked Trump how high the wall would be. '…,' he said":
    // who was just asked answers, whoever spoke last, in the sentence
    // right after the question (counted from where a quotation of several
    // sentences opens) and with no one named before the pronoun in its own
    // (not "Conway, a White House adviser, sat nearby, and she said").
    let asked_at = ctx.quote_open.map_or(ctx.sentence, |(open, _, _)| open);
    let answers = |s: usize| {
        asked_at <= s + 1
            && !table
                .before(ctx.src.start)
                .take_while(|m| m.span.start >= ctx.sent_start)
                .any(|m| table.entities[m.entity].kind == SpeakerType::Person)
    };
    if matches!(pronoun, "he" | "she")
        && let Some((a, s)) = st.asked
        && answers(s)
        && table.entities[a].kind == SpeakerType::Person
        && !opposite(
            table.entities[a].gender,
            if pronoun == "he" {
                Gender::Male
            } else {
                Gender::Female
            },
        )
    {
        set_gender(&mut table.entities[a], pronoun);
        return found(table, a);
    }
    // "… asked the teen how long she stayed. '…,' she said": the one
    // asked answers, though unnamed.
    if matches!(pronoun, "he" | "she")
        && let Some((sp, s)) = &st.asked_unnamed
        && answers(*s)
        && sp.name.as_deref().is_some_and(|n| unnamed_fits(n, pronoun))
    {
        return (sp.clone(), None);
    }
    // After a quotation of several sentences, the pronoun follows on from
    // where the quotation opens.
    let from_quote;
    let ctx = match ctx.quote_open {
        Some((sentence, sent_start, prev_start)) if matches!(pronoun, "he" | "she") => {
            from_quote = Context {
                sentence,
                sent_start,
                prev_start,
                quote_open: None,
                ..*ctx
            };
            &from_quote
        }
        _ => ctx,
    };
    let (src, sentence) = (ctx.src, ctx.sentence);
    // "Speaking to Martin Smith of PBS, he said …", "In an interview with
    // X, she …": the pronoun is the main subject, and who is named in the
    // opening phrase is not it.
    let lead = ctx.text.get(ctx.sent_start..src.start).unwrap_or("");
    let opening = lead.trim_end().ends_with(',')
        && (lead.split_whitespace().next().is_some_and(|w| {
            w.ends_with("ing")
                || ["in", "at", "during", "asked", "told"]
                    .iter()
                    .any(|k| w.eq_ignore_ascii_case(k))
        })
            // "Now, she said, …", "Still, he added": a one-word adverb.
            || lead
                .trim_end()
                .strip_suffix(',')
                .is_some_and(|w| !w.contains(' ') && opening_adverb(w)))
        // "But he reiterated …": a conjunction joins the sentence to the
        // one before, and the pronoun is still its subject.
        || ["But", "And", "Yet"].contains(&lead.trim_end());
    // '"…," he added.': a quotation opening the sentence leaves the
    // pronoun its subject, as if it opened the sentence.
    let after_quote = {
        let lead = lead.trim_end();
        let lead = lead.strip_suffix(',').unwrap_or(lead).trim_end();
        lead.ends_with(['"', '”', '’', '\'']) && lead.starts_with(['"', '“', '‘', '\''])
    };
    // One name per pronoun whatever its place in the sentence ("You said"
    // and "you said" are one speaker in a roll-up), but "I" as written.
    let unresolved = if src_text == "I" {
        unnamed("I", SpeakerType::Pronoun)
    } else {
        unnamed(src_text.to_lowercase(), SpeakerType::Pronoun)
    };
    // A nationality alone ("French" in a quotation) is no one, unless
    // something says it is a person's name ("Judge Berman", "Erdoğan, the
    // Turkish president").
    let someone = |e: &Entity| {
        e.kind == SpeakerType::Person
            && (e.person_evidence || !(e.name_tokens == 1 && is_demonym(&e.last)))
    };
    let fits = |e: &Entity| match pronoun {
        "he" => someone(e) && e.gender != Gender::Female,
        "she" => someone(e) && e.gender != Gender::Male,
        "it" => e.org_like(),
        _ => false,
    };
    match pronoun {
        "he" | "she" => {
            // "As for Trump, he said he's not worried": the topic set
            // before the comma is the pronoun's, when it is the person, by
            // name and maybe title (not "As for Trump's wall" nor "As for
            // whether Park would run").
            let topic = lead
                .trim_end()
                .strip_suffix(',')
                .filter(|t| {
                    t.get(..7)
                        .is_some_and(|w| w.eq_ignore_ascii_case("as for "))
                })
                .and_then(|t| {
                    let end = ctx.sent_start + t.len();
                    let m = table.ending_at(end)?;
                    let e = &table.entities[m.entity];
                    let before = ctx.text.get(ctx.sent_start + 7..m.span.start)?.trim();
                    (fits(e) && (before.is_empty() || e.title == Some(before))).then_some(m.entity)
                });
            if let Some(e) = topic {
                set_gender(&mut table.entities[e], pronoun);
                return found(table, e);
            }
            // A sentence that opens with the pronoun continues the one
            // before it: the first person named there is its topic ("This
            // was Flynn's first speech since he was pardoned by Trump. He
            // said …"), unless the previous speaker spoke in it.
            // Not after a sentence that itself opens with the pronoun ("She
            // went public again as his wife, Hillary Clinton, ran. On
            // Sunday, she said …"): its subject is the one being followed,
            // not whoever it names.
            let chained = ctx
                .text
                .as_bytes()
                .get(ctx.prev_start..ctx.sent_start)
                .and_then(|p| p.get(..pronoun.len() + 1))
                .is_some_and(|w| {
                    w[..pronoun.len()].eq_ignore_ascii_case(pronoun.as_bytes())
                        && w[pronoun.len()] == b' '
                });
            let opens = (src.start == ctx.sent_start || opening || after_quote) && !chained;
            let prev_spoke = st
                .prev
                .is_some_and(|(e, s)| s + 1 >= sentence && fits(&table.entities[e]));
            // "The rise of Bannon gave Beck new impetus. He said": a name
            // in a prepositional phrase is not the topic when one outside
            // any is there to be.
            // ("at the Clinton phone bank": past an article too).
            let in_phrase = |m: &Mention| {
                let before = ctx.text.get(ctx.prev_start..m.span.start).unwrap_or("");
                let mut words = before.split_whitespace().rev();
                let mut w = words.next();
                if w.is_some_and(|w| ["the", "a", "an"].iter().any(|a| w.eq_ignore_ascii_case(a))) {
                    w = words.next();
                }
                w.is_some_and(|w| {
                    [
                        "of", "by", "with", "to", "for", "about", "against", "from", "at", "in",
                    ]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
                })
            };
            let in_previous = || {
                table
                    .before(ctx.sent_start)
                    .take_while(|m| m.span.start >= ctx.prev_start)
                    .filter(|m| fits(&table.entities[m.entity]))
            };
            if opens
                && !prev_spoke
                && ctx.prev_start < ctx.sent_start
                && let Some(m) = in_previous()
                    .filter(|m| !in_phrase(m))
                    .last()
                    .or_else(|| in_previous().last())
            {
                let e = m.entity;
                set_gender(&mut table.entities[e], pronoun);
                return found(table, e);
            }
            // "Walz approaches it more diplomatically. She said …": a
            // sentence opening with the pronoun after one opened by a person
            // whose gender only the first-name list gave ("Marty" is listed
            // as a man's name) is about that person, when no one of the
            // pronoun's gender is named in the last few sentences.
            // ("Conservative Leader Erin O'Toole criticized the plan.
            // '…,' he said": past the title the sentence opens with.)
            let prev_opener = table
                .after(ctx.prev_start)
                .next()
                .filter(|m| {
                    let gap = ctx.text.get(ctx.prev_start..m.span.start).unwrap_or("");
                    gap.is_empty() || table.entities[m.entity].title == Some(gap.trim_end())
                })
                .copied();
            // "Leylah Fernandez, asked whether she would be fit, did not
            // hesitate. '…,' she said": with no one the pronoun fits in the
            // sentence before, the name of two unknown words opening it is
            // a person's the first-name list does not know (typed an
            // organisation only for want of evidence).
            if opens
                && !prev_spoke
                && ctx.prev_start < ctx.sent_start
                && in_previous().next().is_none()
                && let Some(m) = prev_opener
                && m.span.end < ctx.sent_start
                && {
                    let e = &table.entities[m.entity];
                    e.kind == SpeakerType::Organization
                        && e.name_tokens == 2
                        && !e.org_word
                        && !e.person_evidence
                        && !e.weak
                        && classes(&e.first) == 0
                        && classes(&e.last) == 0
                        && e.name
                            .split(' ')
                            .all(|w| w.chars().skip(1).any(char::is_lowercase))
                }
            {
                let e = &mut table.entities[m.entity];
                e.kind = SpeakerType::Person;
                set_gender(e, pronoun);
                return found(table, m.entity);
            }
            // The person opening the sentence before was its speaker too:
            // only someone of the pronoun's gender named in that sentence
            // stands in the way, not one named further back.
            let spoke_before = |e: usize| st.prev.is_some_and(|(p, s)| p == e && s + 1 == sentence);
            if opens
                && !prev_spoke
                && ctx.prev_start < ctx.sent_start
                && let Some(m) = prev_opener
                && m.span.end < ctx.sent_start
                && !fits(&table.entities[m.entity])
                && {
                    let e = &table.entities[m.entity];
                    e.kind == SpeakerType::Person && e.name_tokens >= 2 && e.gender_guessed
                }
                && !table
                    .before(ctx.sent_start)
                    .take_while(|o| {
                        ctx.sent_start - o.span.end < 600
                            && (!spoke_before(m.entity) || o.span.start >= ctx.prev_start)
                    })
                    .any(|o| {
                        let x = &table.entities[o.entity];
                        fits(x) && x.gender != Gender::Unknown
                    })
                // "Tracy Lemieux asked him whether … '…,' he said": the one
                // she spoke to answers, not she.
                && !ctx
                    .text
                    .get(ctx.prev_start..ctx.sent_start)
                    .is_some_and(|prev| {
                        let object = if pronoun == "he" { "him" } else { "her" };
                        prev.split(|c: char| !c.is_alphabetic()).any(|w| w == object)
                    })
                && (spoke_before(m.entity)
                    || st
                        .recent(sentence, 3)
                        .is_none_or(|r| !fits(&table.entities[r])))
            {
                let e = m.entity;
                table.entities[e].gender = Gender::Unknown;
                set_gender(&mut table.entities[e], pronoun);
                return found(table, e);
            }
            // "Madeleine Albright, a Clinton supporter, fanned controversy
            // over her remark": inside a sentence, the person it opens with
            // as its subject, past names in apposition.
            let opener = table
                .after(ctx.sent_start)
                .take_while(|m| m.span.end <= src.start)
                .find(|m| {
                    let e = &table.entities[m.entity];
                    e.kind == SpeakerType::Person && e.person_evidence
                })
                .copied();
            if src.start > ctx.sent_start
                && !opening
                && !after_quote
                && let Some(m) = opener
                // Not a parenthetical ", she said," inside what another
                // says, nor after a quotation closing in the sentence.
                && ctx.text.get(ctx.sent_start..src.start).is_some_and(|lead| {
                    !lead.trim_end().ends_with(',')
                        && !lead.contains(['"', '\u{201c}', '\u{201d}'])
                        && !lead.contains("''")
                })
                // Past the title before the name ("Former US secretary of
                // state Madeleine Albright"), not a subordinate clause ("As
                // President Barack Obama lectured …, Donald Trump responded
                // … as he live-tweeted").
                && ctx.text.get(ctx.sent_start..m.span.start).is_some_and(|t| {
                    t.split_whitespace().all(|w| {
                        let lower = w.to_lowercase();
                        (w.chars().next().is_some_and(char::is_uppercase)
                            && classes(&lower) & FUNCTION == 0)
                            || matches!(w, "of" | "the" | "The")
                            || is_title_word(&lower)
                    })
                })
                && fits(&table.entities[m.entity])
                && table.entities[m.entity].person_evidence
            {
                let e = m.entity;
                set_gender(&mut table.entities[e], pronoun);
                return found(table, e);
            }
            // An unnamed person who spoke after the last named speaker ("…,"
            // said the woman, who did not want to be named. "…," she said.).
            // "One nurse, who asked not to be named, said …. '…,' she said":
            // one picked out by a role and no name who spoke last, in this
            // sentence or the one before, though anonymous.
            // Not inside the sentence it spoke in ("Clinton, a top aide
            // said, …, and she has often told"), nor a possessive.
            if let Some((sp, s, at)) = &st.prev_one
                && *at == st.claims
                && sentence == s + 1
                && matches!(
                    ctx.toks.first().map(|t| t.lower.as_str()),
                    Some("he" | "she")
                )
                && sp
                    .name
                    .as_deref()
                    .is_some_and(|n| role_head(n).is_some() && unnamed_fits(n, pronoun))
            {
                return (sp.clone(), None);
            }
            if let Some((sp, s, plural)) = &st.prev_group
                && sp.kind == SpeakerType::Person
                && !plural
                && st.group_at > st.prev_at
                && sentence.saturating_sub(*s) <= 2
                && sp.name.as_deref().is_some_and(|n| {
                    ["a ", "an ", "another "]
                        .iter()
                        .any(|a| n.get(..a.len()).is_some_and(|h| h.eq_ignore_ascii_case(a)))
                        && unnamed_fits(n, pronoun)
                })
            {
                return (sp.clone(), None);
            }
            // The previous speaker first, then the nearest compatible person.
            // Not a name with nothing of a person ("Right Wing Watch first
            // reported") when a speaker just before it is one of the
            // pronoun's gender.
            // The speakers before the previous one whom the pronoun fits
            // by a known gender, within three sentences, the latest first.
            let recent = st.recent(sentence, 3);
            let mut earlier = st.earlier.iter().rev().filter(|&&(o, s)| {
                let x = &table.entities[o];
                sentence.saturating_sub(s) <= 3 && fits(x) && x.gender != Gender::Unknown
            });
            let earlier_any = earlier.clone().next().map(|&(o, _)| o);
            let earlier_other = earlier.find(|&&(o, _)| Some(o) != recent).map(|&(o, _)| o);
            // "Hannity asked Trump how high the wall would be. '…,' he
            // said": who was just asked answers.
            if recent.is_some()
                && let Some((a, s)) = st.asked
                && sentence.saturating_sub(s) <= 2
                && fits(&table.entities[a])
            {
                set_gender(&mut table.entities[a], pronoun);
                return found(table, a);
            }
            if let Some(e) = recent
                && fits(&table.entities[e])
            {
                let weak = {
                    let x = &table.entities[e];
                    x.gender == Gender::Unknown && !x.person_evidence
                };
                let e = earlier_other.filter(|_| weak).unwrap_or(e);
                set_gender(&mut table.entities[e], pronoun);
                return found(table, e);
            }
            // A speaker just before the previous one, when the previous one
            // does not fit: '"He called me …," she said.'
            if recent.is_some()
                && let Some(e) = earlier_any
            {
                return found(table, e);
            }
            // An unnamed person who spoke just before, unless the sentence
            // has named one the pronoun fits ("Gloria Vanderbilt married
            // four times but, according to her memoirs, …").
            if let Some((sp, s, plural)) = &st.prev_group
                && sp.kind == SpeakerType::Person
                && !plural
                && sentence.saturating_sub(*s) <= 3
                && !table
                    .before(src.start)
                    .take_while(|m| m.span.start >= ctx.sent_start)
                    .any(|m| fits(&table.entities[m.entity]))
            {
                return (sp.clone(), None);
            }
        }
        "it" => {
            // "Rubio's campaign released a statement …. It also points
            // out …": an unnamed organisation that spoke just now, after
            // any named speaker. Only a body named by what it is
            // ("campaign", "government", "board"), not whatever phrase a
            // claim before resolved to.
            if let Some((sp, s, false)) = &st.prev_group
                && sp.kind == SpeakerType::Organization
                && st.group_at > st.prev_at
                && sentence.saturating_sub(*s) <= 2
                && sp.name.as_deref().is_some_and(|n| {
                    let last = n.rsplit(' ').next().unwrap_or(n).to_lowercase();
                    classes(&last) & (ORGANIZATION | ORG_DESCRIPTION) != 0
                })
            {
                return (sp.clone(), None);
            }
            // The organisation that spoke last, when it spoke just now.
            if let Some(e) = st.recent(sentence, 2)
                && fits(&table.entities[e])
            {
                return found(table, e);
            }
        }
        "they" => {
            // "River Mackenzie-Toney, who … uses they/them pronouns": the
            // person who just spoke, or was named last, when the article
            // says they go by "they".
            if *table
                .goes_by_they
                .get_or_init(|| memchr::memmem::find(ctx.text.as_bytes(), b"they/th").is_some())
                && let Some(e) = st
                    .recent(sentence, 3)
                    .or_else(|| {
                        table
                            .before(src.start)
                            .find(|m| table.entities[m.entity].kind == SpeakerType::Person)
                            .map(|m| m.entity)
                    })
                    .filter(|&e| goes_by_they(table, ctx.text, e))
            {
                return found(table, e);
            }
            // "Protesters gathered outside parliament. They said …": a
            // sentence opening with "they" continues the one before, whose
            // subject was a group.
            if (src.start == ctx.sent_start || opening || after_quote)
                && ctx.prev_start < ctx.sent_start
                && let Some(group) = ctx
                    .text
                    .get(ctx.prev_start..ctx.sent_start)
                    .and_then(group_subject)
            {
                return unnamed(group, SpeakerType::Group);
            }
            // "The researchers used satellite imagery to find polynyas,
            // which, they observed, …": later in a sentence, its own
            // subject.
            if src.start > ctx.sent_start
                && !opening
                && let Some(group) = ctx
                    .text
                    .get(ctx.sent_start..src.start)
                    .and_then(group_subject)
            {
                return unnamed(group, SpeakerType::Group);
            }
            // An organisation that spoke last: "they" for a company.
            if let Some(e) = st.recent(sentence, 2)
                && st.prev_at > st.group_at
                && table.entities[e].org_like()
            {
                return found(table, e);
            }
            if let Some((sp, s, plural)) = &st.prev_group
                && (sp.kind != SpeakerType::Person || *plural)
                && sentence.saturating_sub(*s) <= 2
            {
                return (sp.clone(), None);
            }
            if let Some(pair) = table.pair_before(ctx.text, src.start, ctx.prev_start) {
                return pair_speaker(table, pair);
            }
            // "The NBA suspended the season. They said …": a sentence
            // opening with "they" after one whose subject was a body.
            if (src.start == ctx.sent_start || opening || after_quote)
                && ctx.prev_start < ctx.sent_start
                && let Some(m) = table
                    .before(ctx.sent_start)
                    .take_while(|m| m.span.start >= ctx.prev_start)
                    .last()
                && ctx
                    .text
                    .get(ctx.prev_start..m.span.start)
                    .is_some_and(|lead| lead.trim().is_empty() || lead.trim() == "The")
                && table.entities[m.entity].strong_org()
            {
                return found(table, m.entity);
            }
            return unresolved;
        }
        _ => return unresolved,
    }
    let found_at = table
        .before(src.start)
        .filter(|m| !(opening && m.span.start >= ctx.sent_start))
        .find(|m| {
            let e = &table.entities[m.entity];
            fits(e) && (pronoun != "it" || e.strong_org())
        })
        .map(|m| m.entity);
    match found_at {
        Some(e) => {
            set_gender(&mut table.entities[e], pronoun);
            found(table, e)
        }
        None => unresolved,
    }
}

/// Whether the article says person `e` goes by "they": "they/them" (or
/// "they/their") in a sentence naming them, after the name.
fn goes_by_they(table: &Table, text: &str, e: usize) -> bool {
    table.entities[e].kind == SpeakerType::Person
        && table.mentions.iter().filter(|m| m.entity == e).any(|m| {
            let rest = text.get(m.span.end..).unwrap_or("");
            let sentence = &rest[..rest.find(['.', '\n']).unwrap_or(rest.len())];
            sentence.contains("they/them") || sentence.contains("they/their")
        })
}

/// The last unnamed person `text` introduces with an indefinite article
/// at the start of a sentence or clause ("a middle-aged cashier", "Another
/// worshiper"), who may be of `sex` (no word of the other), with where
/// the description ends in `text`.
fn introduced_person(text: &str, sex: Gender) -> Option<(usize, String)> {
    let opens: Vec<usize> = text
        .match_indices(['.', ',', '\n'])
        .map(|(i, _)| i + 1)
        .chain(std::iter::once(0))
        .collect();
    let mut best: Option<(usize, String)> = None;
    for &at in &opens {
        let rest = text.get(at..)?.trim_start();
        let start = text.len() - rest.len();
        let mut words = rest.split(' ');
        let Some(article) = words.next() else {
            continue;
        };
        if !matches!(article.to_lowercase().as_str(), "a" | "an" | "another") {
            continue;
        }
        let mut phrase = vec![article];
        for w in words.take(4) {
            if w.is_empty() || !w.chars().all(|c| c.is_lowercase() || c == '-') {
                break;
            }
            phrase.push(w);
            let cls = classes(w);
            let person = cls & (PERSON | TITLE) != 0 || (w.len() > 5 && agent_ending(w));
            if person
                && cls & (GROUP | ORGANIZATION) == 0
                && (!w.ends_with('s') || w.ends_with("ss"))
            {
                let description = phrase.join(" ");
                let other = noun_gender(&description);
                if (other == Gender::Unknown || other == sex)
                    && best.as_ref().is_none_or(|(b, _)| start > *b)
                {
                    best = Some((start, description));
                }
                break;
            }
        }
    }
    best.map(|(at, d)| {
        let mut c = d.chars();
        let lower = c
            .next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default();
        (at + d.len(), lower)
    })
}

/// The sex a description's words name ("a middle-aged woman", "his
/// father"), if any.
fn noun_gender(description: &str) -> Gender {
    let mut found = Gender::Unknown;
    for w in description.split(|c: char| !c.is_alphanumeric()) {
        let lower = w.to_ascii_lowercase();
        let g = match lower.as_str() {
            "man" | "boy" | "father" | "husband" | "son" | "brother" | "gentleman" => Gender::Male,
            "woman" | "girl" | "mother" | "wife" | "daughter" | "sister" | "lady" => Gender::Female,
            // Other relatives by the kin lists ("aunt", "nephew").
            _ => match kin_gender(classes(&lower)) {
                Some(g) => g,
                None => continue,
            },
        };
        if found != Gender::Unknown && found != g {
            return Gender::Unknown;
        }
        found = g;
    }
    found
}

/// An unnamed person's description fits "he" or "she" unless it names
/// the other sex ("the woman" is no "he").
fn unnamed_fits(description: &str, pronoun: &str) -> bool {
    !matches!(
        (pronoun, noun_gender(description)),
        ("he", Gender::Female) | ("she", Gender::Male)
    )
}

/// The group a sentence opens with as its subject ("Protesters gathered",
/// "Local residents said", "Many farmers fear"): its words up to a plural
/// group noun among the first four, past a determiner.
fn group_subject(sentence: &str) -> Option<String> {
    // "Here, researchers evaluated …": past an opening adverb.
    let sentence = match sentence.split_once(' ') {
        Some((first, rest)) if first.strip_suffix(',').is_some_and(opening_adverb) => rest,
        _ => sentence,
    };
    // "As Republicans scrambled for cash, they proposed …": the subject of
    // an opening subordinate clause, which the main clause's "they" repeats.
    let sentence = match sentence.split_once(' ') {
        Some((first, rest))
            if rest.contains(',')
                && crate::words::word_in(&first.to_lowercase(), "opening-subordinator") =>
        {
            rest
        }
        _ => sentence,
    };
    let mut words = sentence.split_whitespace().peekable();
    let mut out: Vec<&str> = Vec::new();
    // "A crowd gathered …": an indefinite article opens only a collective.
    let indefinite = words.peek().is_some_and(|w| matches!(*w, "A" | "An"));
    if indefinite
        || words
            .peek()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "some" | "many"))
    {
        words.next();
    }
    for _ in 0..4 {
        let w = words.next()?;
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_lowercase();
        let cls = classes(&lower);
        let plural = cls & GROUP != 0 && (lower.ends_with('s') || lower == "police");
        let collective = cls & COLLECTIVE != 0;
        if bare.is_empty() || bare.len() != w.len() && !plural && !collective {
            return None;
        }
        // A capitalised word past the first is a modifier ("The Montreal
        // team", "The Israeli officials") only before a lower-case head.
        if !out.is_empty()
            && bare.chars().next().is_some_and(char::is_uppercase)
            && (cls & FUNCTION != 0 || out.len() >= 2)
        {
            return None;
        }
        out.push(bare);
        if plural && !indefinite {
            return Some(out.join(" "));
        }
        if collective && bare.chars().next().is_some_and(char::is_lowercase) {
            // "A team of scientists …": with the members it is made of; "a
            // couple of weeks", "a pair of shoes" are no body of people.
            let mut rest = words.clone();
            if bare.len() == w.len() && rest.next() == Some("of") {
                let m = rest
                    .next()
                    .map(|m| m.trim_end_matches(|c: char| !c.is_alphanumeric()))
                    .filter(|m| classes(m) & GROUP != 0 && m.ends_with('s'))?;
                out.extend(["of", m]);
            }
            return Some(out.join(" "));
        }
        if cls & FUNCTION != 0 {
            return None;
        }
    }
    None
}

/// A one-word adverb that can open a sentence before its subject ("Now,",
/// "Here,", "Later,", "Finally,"), written as it opens it.
fn opening_adverb(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    in_class(&lower, TIME)
        || matches!(
            lower.as_str(),
            "now" | "here" | "there" | "then" | "still" | "yet" | "meanwhile" | "instead"
                | "later" | "earlier" | "however" | "also" | "again" | "today"
                // "Outside, she said …": where, as the day's news tells it.
                | "outside" | "inside" | "afterward" | "afterwards" | "elsewhere"
        )
        // "Finally,", "Separately,": not "Italy," nor "Kelly,".
        || (lower.len() > 5 && crate::words::is_adverb_lower(&lower))
}

/// A "he" or "she" pointing at a person tells their gender.
fn set_gender(e: &mut Entity, pronoun: &str) {
    e.gender_guessed = false;
    if e.gender == Gender::Unknown {
        e.gender = match pronoun {
            "he" => Gender::Male,
            "she" => Gender::Female,
            _ => Gender::Unknown,
        };
    }
    e.person_evidence = true;
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid_text::Token;

    /// The hyphen test on a machine word agrees with a byte search, for
    /// words of every length and hyphens just inside and just past them.
    #[test]
    fn hyphenated_reads_only_the_word() {
        let texts = [
            "UK-based",
            "Kurdish-led",
            "co",
            "co op-x",
            "a-",
            "-a",
            "abcdefg-",
            "abcdefgh-",
            "abcdefgh",
            "x",
            "Zoë-Anne",
            "ab cd-ef gh",
        ];
        for text in texts {
            each_word_tok(text, |t, word, start, end| {
                assert_eq!(
                    hyphenated(text.as_bytes(), t),
                    word.contains('-'),
                    "{text:?} {start}..{end}"
                );
            });
        }
    }

    /// Calls `f` with every substring of `text` between character
    /// boundaries, as a word token, its text and its byte range.
    fn each_word_tok(text: &str, mut f: impl FnMut(&Tok, &str, usize, usize)) {
        for start in 0..text.len() {
            for end in start + 1..=text.len() {
                let (Some(word), true) = (
                    text.get(start..end),
                    text.is_char_boundary(start) && text.is_char_boundary(end),
                ) else {
                    continue;
                };
                let t = Tok::new(
                    text,
                    Token {
                        span: Span::new(start, end),
                        kind: TokenKind::Word,
                    },
                );
                f(&t, word, start, end);
            }
        }
    }

    /// The letter test turns a token away only when its lower case is
    /// none of the words: for every substring of texts holding the words
    /// in any case, near them, as parts of longer words, with accents and
    /// the Kelvin sign, and at the very end of the text.
    #[test]
    fn letters_turn_away_only_other_words() {
        const WORDS: [&str; 5] = ["in", "issued", "tory", "tomorrow", "published"];
        const LETTERS: Letters = Letters::new(&WORDS);
        let texts = [
            "In issued ISSUED Issued iN",
            "inn tori Tory TORY story tomorrows",
            "Publishéd PUBLISHED publisheD published",
            "\u{212a}in i\u{212a}n İn ın",
            "tomorrow",
            "x in",
            "issued.",
        ];
        for text in texts {
            each_word_tok(text, |t, _, start, end| {
                if WORDS.contains(&t.lower.as_str()) {
                    assert!(
                        LETTERS.may_be(text.as_bytes(), t),
                        "{text:?} {start}..{end}"
                    );
                }
            });
        }
        // Most other words are turned away.
        let t = Tok::new(
            "said",
            Token {
                span: Span::new(0, 4),
                kind: TokenKind::Word,
            },
        );
        assert!(!LETTERS.may_be(b"said", &t));
    }

    /// Every short form in the nickname list passes the test on its length
    /// and first byte; names of other lengths or letters do not.
    #[test]
    fn short_forms_pass_their_first_byte_test() {
        let (map, _) = formal_names_and_firsts();
        assert!(!map.is_empty());
        for short in map.keys() {
            assert!(may_be_short_form(short), "{short}");
        }
        for other in ["Xzavier", "Qqq", "Yolanda", "Jaroslaw"] {
            if !map.contains_key(other) {
                assert!(!may_be_short_form(other), "{other}");
            }
        }
    }

    /// The case-insensitive search from the end finds what a plain scan of
    /// every start finds, for letters, other bytes and needles of any length.
    #[test]
    fn ascii_rfind_ci_matches_a_plain_scan() {
        let plain = |h: &str, n: &str| {
            let (h, n) = (h.as_bytes(), n.as_bytes());
            (0..=h.len().checked_sub(n.len())?)
                .rev()
                .find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
        };
        let hays = [
            "",
            "police",
            "The Police said the POLICE and police.",
            "p",
            "Pp pP",
            "[police] ;olice @olice",
            "Zoë police-ÉTAT",
        ];
        let needles = ["police", "p", "pp", "@olice", ";", "-état", "x", "olice"];
        for h in hays {
            for n in needles {
                assert_eq!(ascii_rfind_ci(h, n), plain(h, n), "{h:?} {n:?}");
            }
        }
    }

    /// The candidates found from the sentence's hyphens are those a test of
    /// every token finds: capitalised words, and lower-case words opening
    /// with the Arabic article.
    #[test]
    fn name_candidates_match_a_test_per_token() {
        let texts = [
            "Bashar al-Assad met el-Sisi and aL-Hakim in al-Quds.",
            "a well-known al- el-x al-b",
            "No hyphen Here at All",
            "-al-Assad --el-Sisi x-al-y",
            "Zoë al-Ṭabarī said",
        ];
        for text in texts {
            let toks: Vec<Tok> = whosaid_text::tokenize(text, Span::new(0, text.len()))
                .into_iter()
                .map(|t| Tok::new(text, t))
                .collect();
            let want: Vec<usize> = toks
                .iter()
                .enumerate()
                .filter(|(_, t)| {
                    t.is_word()
                        && (t.cap
                            || article_prefix(text.as_bytes(), t.span.start)
                            || elided_particle(text.as_bytes(), t))
                })
                .map(|(k, _)| k)
                .collect();
            let mut got = Vec::new();
            let (mut hyphens, mut elisions) = (Vec::new(), Vec::new());
            hyphens_of(text, &mut hyphens);
            elisions_of(text, &mut elisions);
            let hyphen = name_candidates(&toks, text, &hyphens, &elisions, &mut got);
            assert_eq!(got, want, "{text:?}");
            assert_eq!(hyphen, text.contains('-'), "{text:?}");
        }
    }

    /// The byte loop of `one_spaced` finds what a window search and a
    /// character search find.
    #[test]
    fn one_spaced_tests_as_the_plain_searches() {
        let plain = |name: &str| {
            name.as_bytes()
                .windows(2)
                .any(|w| w[0].is_ascii_whitespace() && w[1].is_ascii_whitespace())
                || name.contains(['\n', '\r', '\t'])
        };
        for name in [
            "",
            " ",
            "Joe Biden",
            "Joe  Biden",
            "Joe\nBiden",
            "Joe\tBiden",
            "Joe\rBiden",
            "Joe \x0cBiden",
            "Joe\u{a0}\u{a0}Biden",
            "Zoë  Smith",
            "J. R. R. Tolkien",
            "a\u{2003} b",
        ] {
            assert_eq!(
                doubled_or_broken_space(name.as_bytes()),
                plain(name),
                "{name:?}"
            );
        }
        assert_eq!(one_spaced("Joe \n Biden".into()), "Joe Biden");
        assert_eq!(one_spaced("Joe Biden".into()), "Joe Biden");
    }

    /// The comparisons without a lower case made agree with those that make
    /// one, on ASCII and other words.
    #[test]
    fn lower_comparisons_match_lowercasing() {
        let words = [
            "",
            "Embassy",
            "US Embassy",
            "EMBASSY",
            "Zoë",
            "ZOË",
            "İstanbul",
            "in",
        ];
        let lowers = ["", "embassy", "y", "zoë", "ë", "i̇stanbul", "stanbul", "in"];
        for w in words {
            for l in lowers {
                assert_eq!(lower_is(w, l), w.to_lowercase() == l, "{w:?} {l:?}");
                assert_eq!(
                    lower_ends_with(w, l),
                    w.to_lowercase().ends_with(l),
                    "{w:?} {l:?}"
                );
            }
        }
        for name in [
            "US Embassy in London",
            "in",
            " in ",
            "Mr in in x",
            "Inside",
            "Court",
        ] {
            assert_eq!(
                before_in(name),
                name.split_once(" in ").map(|(n, _)| n),
                "{name:?}"
            );
            assert_eq!(Some(last_word(name)), name.rsplit(' ').next(), "{name:?}");
        }
        let titles = [
            "",
            "sen.",
            "former texas gov.",
            "u.s. senator\x0bfrom ohio",
            "  secretary\tof\r\nstate  ",
            "prime\u{a0}minister",
            "ministre d\u{2019}état",
        ];
        for title in titles {
            for word in [
                "senator",
                "governor",
                "secretary",
                "minister",
                "état",
                "state",
                "",
            ] {
                let plain = title
                    .split_whitespace()
                    .any(|w| w == word || abbreviated_title(word) == Some(w));
                assert_eq!(title_has(title, word), plain, "{title:?} {word:?}");
            }
        }
    }
}
