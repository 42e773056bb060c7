//! Speaker resolution: an entity table per article (people with their titles,
//! organisations) and the linking of each claim's source mention — a name, a
//! surname, a title, a pronoun, a group or an anonymous source — to a
//! canonical speaker.

use crate::extract::Sentence;
use crate::words::{Tok, sections};
use crate::{Claim, Speaker, SpeakerType};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;
use whosaid_text::{Document, Span, TokenKind};

struct Lists {
    /// Each word's sections of data/speakers.txt, as bits (see `SECTIONS`).
    classes: FxHashMap<String, u16>,
    first_names: FxHashMap<String, Gender>,
}

/// The sections of data/speakers.txt, in bit order.
const SECTIONS: [&str; 14] = [
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
];

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        let mut first_names = FxHashMap::default();
        for line in include_str!("../data/first-names.tsv").lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some((name, g)) = line.split_once('\t') {
                let g = match g.trim() {
                    "m" => Gender::Male,
                    "f" => Gender::Female,
                    _ => Gender::Unknown,
                };
                first_names.insert(name.to_lowercase(), g);
            }
        }
        Lists {
            classes: {
                let mut classes: FxHashMap<String, u16> = FxHashMap::default();
                for (section, words) in sections(include_str!("../data/speakers.txt")) {
                    let bit = SECTIONS
                        .iter()
                        .position(|s| *s == section)
                        .map_or(0, |i| 1 << i);
                    for w in words {
                        *classes.entry(w).or_default() |= bit;
                    }
                }
                classes
            },
            first_names,
        }
    })
}

fn in_list(section: &str, lower: &str) -> bool {
    // A `match`, not a search of SECTIONS: this runs for every word test.
    let bit: u16 = match section {
        "title" => 1,
        "regnal" => 2,
        "honorific" => 4,
        "honorific-m" => 8,
        "honorific-f" => 16,
        "organization" => 32,
        "group" => 64,
        "anonymous" => 128,
        "not-name" => 256,
        "time" => 512,
        "org-description" => 1024,
        "document" => 2048,
        "evidence" => 4096,
        "person" => 8192,
        _ => 0,
    };
    lists().classes.get(lower).is_some_and(|c| c & bit != 0)
}

/// A word that forms part of a title or role ("secretary", "spokesman").
pub(crate) fn is_title_word(lower: &str) -> bool {
    in_list("title", lower)
}

/// A day, month or deictic time word ("Friday", "yesterday").
pub(crate) fn is_time_word(lower: &str) -> bool {
    in_list("time", lower)
}

/// A common noun that can stand for a speaker: a person, a role, a group,
/// an anonymous source, a document or evidence.
pub(crate) fn is_speaker_noun(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    [
        "person",
        "title",
        "group",
        "anonymous",
        "document",
        "evidence",
        "org-description",
        "organization",
    ]
    .iter()
    .any(|section| in_list(section, lower) || in_list(section, singular))
        || matches!(lower, "who" | "which" | "that")
}

/// A word for evidence that "shows" or "finds" ("polls", "the study").
pub(crate) fn is_evidence_word(lower: &str) -> bool {
    in_list("evidence", lower)
}

/// A plural head of an unnamed group of sources ("officials").
pub(crate) fn is_group_word(lower: &str) -> bool {
    in_list("group", lower)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
    Unknown,
}

#[derive(Debug, Clone)]
struct Entity {
    name: String,
    name_tokens: usize,
    kind: SpeakerType,
    title: Option<String>,
    gender: Gender,
    first: String,
    last: String,
    /// The name has an organisation word ("Ministry"): never a person.
    org_word: bool,
}

#[derive(Debug, Clone, Copy)]
struct Mention {
    span: Span,
    entity: usize,
}

/// A capitalised run split into its title and name parts.
struct Run {
    /// The name part (may be empty for a title alone).
    name: Option<Span>,
    name_words: Vec<String>,
    title: Option<Span>,
    honorific: Gender,
    honorific_seen: bool,
}

/// How many mentions back a pronoun, title or description may look: far
/// enough for any article, and it keeps resolution linear on huge inputs.
const LOOK_BACK: usize = 400;

#[derive(Default)]
struct Table {
    entities: Vec<Entity>,
    mentions: Vec<Mention>,
    /// Common nouns an entity is introduced with ("the website Vessel
    /// Tracker", "Znak.com, a news site"), with where that happens.
    descriptions: Vec<(usize, String, usize)>,
}

fn name_like(t: &Tok) -> bool {
    t.is_word() && t.cap && (!t.is_function() || is_acronym(t)) && !in_list("not-name", &t.lower)
}

/// An all-capital word of two or more letters ("WHO", "UNESCO"): a name
/// even when it spells a function word.
fn is_acronym(t: &Tok) -> bool {
    t.lower.chars().count() >= 2 && !t.lower.contains('.') && t.upper
}

/// Splits the runs of capitalised words of each sentence into title and
/// name, in document order.
fn runs(sentences: &[Sentence]) -> Vec<Run> {
    let mut out = Vec::new();
    for sent in sentences {
        let toks = &sent.toks;
        let mut i = 0;
        while i < toks.len() {
            if !name_like(&toks[i]) && !is_honorific(&toks[i].lower) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            while end < toks.len() {
                let t = &toks[end];
                // "USA Today": a capitalised deictic word inside a name.
                let inner = t.is_word()
                    && t.cap
                    && matches!(t.lower.as_str(), "today" | "tonight" | "tomorrow");
                if name_like(t) || inner {
                    end += 1;
                } else if t.lower == "of"
                    && toks.get(end + 1).is_some_and(name_like)
                    && (is_title_word(&toks[end - 1].lower)
                        || in_list("organization", &toks[end - 1].lower))
                {
                    end += 2;
                } else {
                    break;
                }
            }
            i = end;
            // A lone group word or sentence-initial common noun is no name,
            // nor a modifier of a role ("Greek prime minister", "a Turkish
            // official", "Israeli officials").
            let modifier = toks.get(end).is_some_and(|n| {
                n.is_word() && !n.cap && (is_title_word(&n.lower) || is_group_word(&n.lower))
            });
            if end - start == 1
                && (is_group_word(&toks[start].lower)
                    || toks[start].lower.ends_with("ly")
                    || (modifier && !is_acronym(&toks[start])))
            {
                continue;
            }
            let mut honorific = Gender::Unknown;
            let mut honorific_seen = false;
            let mut s = start;
            if is_honorific(&toks[s].lower) {
                honorific_seen = true;
                honorific = if in_list("honorific-f", &toks[s].lower) {
                    Gender::Female
                } else if in_list("honorific-m", &toks[s].lower) {
                    Gender::Male
                } else {
                    Gender::Unknown
                };
                s += 1;
            }
            // The title ends at the last title word of the run; lower-case
            // roles right before it belong to it ("Hamas leader").
            // A run holding an organisation word is an organisation's name
            // whole ("Turkish Foreign Ministry"), not a title and a name.
            // "Press TV": an acronym after a title word is part of a name.
            let acronym_tail = end - s >= 2 && is_acronym(&toks[end - 1]);
            let org_run = acronym_tail
                || (s..end).any(|k| {
                    in_list("organization", &toks[k].lower)
                        && (k + 1 == end || toks[k + 1].lower == "of")
                });
            let last_title = (s..end)
                .rev()
                .find(|&k| !org_run && is_title_word(&toks[k].lower) && toks[k].lower != "of");
            let mut title_start = s;
            let name_start = match last_title {
                Some(k) => k + 1,
                None => s,
            };
            let mut k = s;
            while k > 0
                && toks[k - 1].is_word()
                && !toks[k - 1].cap
                && is_title_word(&toks[k - 1].lower)
            {
                k -= 1;
            }
            if k < s {
                title_start = k;
                while title_start > 0 && name_like(&toks[title_start - 1]) {
                    title_start -= 1;
                }
            }
            // "First Minister of Scotland Nicola Sturgeon": the place after
            // "of" belongs to the title; the name starts at a known first
            // name, or else one word after the place.
            let mut name_start = name_start;
            if name_start < end && toks[name_start].lower == "of" && end - name_start >= 3 {
                let first_name = (name_start + 2..end)
                    .find(|&k| lists().first_names.contains_key(&fold(&toks[k].lower)));
                name_start = first_name.unwrap_or(name_start + 2).min(end - 1);
            }
            let title_end = name_start.max(s);
            let title = (title_end > title_start && (last_title.is_some() || k < s))
                .then(|| toks[title_start].span.cover(toks[title_end - 1].span));
            // "Pope Francis", "King Charles": a one-word name keeps its
            // regnal or religious title, as people write it.
            let regnal = name_start + 1 == end
                && name_start > s
                && in_list("regnal", &toks[name_start - 1].lower);
            let name_from = if regnal { name_start - 1 } else { name_start };
            let name = (name_start < end).then(|| toks[name_from].span.cover(toks[end - 1].span));
            let name_words = toks[name_from.min(end)..end]
                .iter()
                .filter(|t| t.lower != "of")
                .map(|t| fold(&t.lower))
                .collect();
            out.push(Run {
                name,
                name_words,
                title,
                honorific,
                honorific_seen,
            });
        }
    }
    out
}

/// Folds Latin accents for name look-ups ("Zoë" → "zoe").
fn fold(word: &str) -> String {
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
        .collect()
}

fn is_honorific(lower: &str) -> bool {
    in_list("honorific-m", lower) || in_list("honorific-f", lower) || in_list("honorific", lower)
}

fn build_table(text: &str, sentences: &[Sentence]) -> Table {
    let runs = runs(sentences);
    let mut table = Table::default();
    let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
    // People named in full first, so that a bare surname met earlier in the
    // article still finds its full name.
    let mut pending: Vec<&Run> = Vec::new();
    for r in &runs {
        let Some(name) = r.name else { continue };
        let words = &r.name_words;
        let org = words.iter().any(|w| in_list("organization", w));
        let first_gender = words
            .first()
            .and_then(|w| lists().first_names.get(&fold(w)))
            .copied();
        let person = !org
            && (r.honorific_seen
                || r.title.is_some()
                || (words.len() >= 2 && first_gender.is_some()));
        if !org && words.len() >= 2 {
            let last = words.last().cloned().unwrap_or_default();
            // People merge by surname; other multi-word names only when
            // written the same ("Maritime Bulletin" is not "Marine Bulletin").
            let key = if person {
                format!("p:{last}")
            } else {
                format!("n:{}", words.join(" "))
            };
            if let Some(&id) = by_key.get(&format!("n:{}", words.join(" "))) {
                by_key.entry(format!("l:{last}")).or_insert(id);
            }
            let id = *by_key.entry(key).or_insert_with(|| {
                table.entities.push(Entity {
                    name: String::new(),
                    name_tokens: 0,
                    kind: SpeakerType::Organization,
                    title: None,
                    gender: Gender::Unknown,
                    first: words[0].clone(),
                    last: last.clone(),
                    org_word: false,
                });
                table.entities.len() - 1
            });
            by_key.entry(format!("l:{last}")).or_insert(id);
            let e = &mut table.entities[id];
            if person {
                e.kind = SpeakerType::Person;
            }
            if words.len() > e.name_tokens {
                e.name = name.text(text).to_string();
                e.name_tokens = words.len();
                e.first = words[0].clone();
            }
            if e.title.is_none() {
                e.title = r.title.map(|t| t.text(text).to_string());
            }
            if e.gender == Gender::Unknown {
                e.gender = if r.honorific_seen {
                    r.honorific
                } else {
                    first_gender.unwrap_or(Gender::Unknown)
                };
            }
        } else {
            pending.push(r);
        }
    }
    for r in runs.iter() {
        let Some(name) = r.name else { continue };
        let words = &r.name_words;
        let single = words.len() == 1 && !words.iter().any(|w| in_list("organization", w));
        let id = if let Some(&id) = by_key.get(&format!("n:{}", words.join(" "))) {
            id
        } else if let Some(&id) = words
            .last()
            .and_then(|l| by_key.get(&format!("p:{l}")))
            .filter(|_| words.len() >= 2 || single)
        {
            id
        } else if let Some(&id) = words
            .last()
            .and_then(|l| by_key.get(&format!("l:{l}")))
            .filter(|_| single)
        {
            id
        } else if let Some(id) = (words.len() == 1)
            .then(|| {
                table
                    .entities
                    .iter()
                    .position(|e| e.kind == SpeakerType::Person && e.first == words[0])
            })
            .flatten()
        {
            id
        } else if pending.iter().any(|p| std::ptr::eq(*p, r)) {
            let key = format!("o:{}", words.join(" "));
            let person = r.honorific_seen || r.title.is_some();
            *by_key.entry(key).or_insert_with(|| {
                table.entities.push(Entity {
                    name: name.text(text).to_string(),
                    name_tokens: words.len(),
                    kind: if person {
                        SpeakerType::Person
                    } else {
                        SpeakerType::Organization
                    },
                    title: r.title.map(|t| t.text(text).to_string()),
                    gender: if r.honorific_seen {
                        r.honorific
                    } else {
                        Gender::Unknown
                    },
                    first: words.first().cloned().unwrap_or_default(),
                    last: words.last().cloned().unwrap_or_default(),
                    org_word: words.iter().any(|w| in_list("organization", w)),
                });
                table.entities.len() - 1
            })
        } else {
            continue;
        };
        table.mentions.push(Mention {
            span: name,
            entity: id,
        });
    }
    link_acronyms(&mut table);
    table.mentions.sort_by_key(|m| m.span.start);
    describe(&mut table, sentences);
    table
}

impl Table {
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

    /// The mentions starting at or after `pos`, nearest first, at most
    /// `LOOK_BACK` of them.
    fn after(&self, pos: usize) -> impl Iterator<Item = &Mention> {
        let lo = self.mentions.partition_point(|m| m.span.start < pos);
        self.mentions[lo..].iter().take(LOOK_BACK)
    }
}

/// Records the common nouns entities are introduced with: "the website
/// Vessel Tracker" (before the name) and "Znak.com, a Russian news website,"
/// (an appositive after it).
fn describe(table: &mut Table, sentences: &[Sentence]) {
    let mut found = Vec::new();
    // Sentences in order of their first token, for a binary search per
    // mention.
    let starts: Vec<usize> = sentences
        .iter()
        .map(|s| s.toks.first().map_or(usize::MAX, |t| t.span.start))
        .collect();
    for m in &table.mentions {
        let k = starts.partition_point(|&s| s <= m.span.start);
        let Some(sent) = k.checked_sub(1).and_then(|k| sentences.get(k)) else {
            continue;
        };
        let toks = &sent.toks;
        let Some(i) = toks.iter().position(|t| t.span.start == m.span.start) else {
            continue;
        };
        let Some(j) = toks.iter().position(|t| t.span.end == m.span.end) else {
            continue;
        };
        let noun = |t: &Tok| {
            (t.is_word() && !t.cap && in_list("org-description", &t.lower)).then(|| t.lower.clone())
        };
        // "the website Vessel Tracker", "one news site, Znak.com"
        let before = match i {
            0 | 1 => None,
            _ if toks[i - 1].is_punct(",") => noun(&toks[i - 2]),
            _ => noun(&toks[i - 1]),
        };
        if let Some(n) = before {
            found.push((m.span.start, n, m.entity));
        }
        if toks.get(j + 1).is_some_and(|t| t.is_punct(","))
            && toks
                .get(j + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
            && let Some(n) = toks[j + 3..]
                .iter()
                .take(5)
                .take_while(|t| t.is_word())
                .find_map(noun)
        {
            found.push((m.span.start, n, m.entity));
        }
    }
    table.descriptions = found;
}

/// Points an acronym's mentions at the organisation whose initials it
/// spells ("AU" → African Union, "UNESCO" → United Nations Educational,
/// Scientific and Cultural Organization), so both count as one speaker under
/// the full name.
fn link_acronyms(table: &mut Table) {
    let initials = |name: &str| -> String {
        name.split(|c: char| c.is_whitespace() || c == ',' || c == '-')
            .filter(|w| {
                !w.is_empty() && !matches!(*w, "of" | "and" | "for" | "the" | "on" | "in" | "&")
            })
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    };
    let full: Vec<(usize, String)> = table
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.name_tokens >= 2 && e.kind == SpeakerType::Organization)
        .map(|(i, e)| (i, initials(&e.name)))
        .collect();
    let mut remap: FxHashMap<usize, usize> = FxHashMap::default();
    for (i, e) in table.entities.iter().enumerate() {
        let acronym = e.name_tokens == 1
            && (2..=8).contains(&e.name.chars().count())
            && e.name.chars().all(|c| c.is_ascii_uppercase());
        if !acronym {
            continue;
        }
        let mut hits = full.iter().filter(|(_, ini)| *ini == e.name);
        if let (Some((j, _)), None) = (hits.next(), hits.next()) {
            remap.insert(i, *j);
        }
    }
    for m in &mut table.mentions {
        if let Some(&j) = remap.get(&m.entity) {
            m.entity = j;
        }
    }
}

/// Resolves the speaker of every claim, in document order.
pub(crate) fn resolve(doc: &Document, sentences: &[Sentence], claims: &mut [Claim]) {
    let text = doc.text();
    let mut table = build_table(text, sentences);
    let mut prev: Option<(usize, usize)> = None; // (entity, sentence)
    let mut prev_group: Option<(Speaker, usize)> = None;
    for c in claims.iter_mut() {
        let Some(src) = c.source else {
            c.speaker = Speaker::none();
            continue;
        };
        let sent: &[Tok] = sentences.get(c.sentence_index).map_or(&[], |s| &s.toks);
        let mut toks: Vec<&Tok> = sent.iter().filter(|t| src.contains(t.span)).collect();
        let mut src = src;
        // "police, who said …": a relative pronoun stands for the noun
        // phrase before it.
        if let [t] = toks.as_slice()
            && matches!(t.lower.as_str(), "who" | "which")
            && let Some(j) = sent.iter().position(|x| x.span == t.span)
        {
            let mut end = j;
            if end > 0 && sent[end - 1].is_punct(",") {
                end -= 1;
            }
            let mut start = end;
            while start > 0
                && end - start < 8
                && (sent[start - 1].kind == TokenKind::Possessive
                    || (sent[start - 1].is_word()
                        && !sent[start - 1].is("preposition")
                        && !sent[start - 1].is("subordinator")
                        && !sent[start - 1].is("conjunction")))
            {
                start -= 1;
            }
            if start < end {
                toks = sent[start..end].iter().collect();
                src = sent[start].span.cover(sent[end - 1].span);
            }
        }
        let (speaker, entity) = resolve_one(
            text,
            &mut table,
            &toks,
            src,
            c.sentence_index,
            prev,
            &prev_group,
        );
        if let Some(e) = entity {
            prev = Some((e, c.sentence_index));
        }
        if matches!(speaker.kind, SpeakerType::Group | SpeakerType::Organization) {
            prev_group = Some((speaker.clone(), c.sentence_index));
        } else if speaker.kind == SpeakerType::Person && entity.is_none() {
            // A person known only by a role ("the minister"): a later "he"
            // or "his" can still point to them.
            prev_group = Some((speaker.clone(), c.sentence_index));
        }
        c.speaker = speaker;
    }
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
        name: Some(e.name.clone()),
        kind: e.kind,
        title: e.title.clone(),
    }
}

fn strip_determiner(s: &str) -> &str {
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(r) = s.strip_prefix(d) {
            return r;
        }
    }
    s
}

fn resolve_one(
    text: &str,
    table: &mut Table,
    toks: &[&Tok],
    src: Span,
    sentence: usize,
    prev: Option<(usize, usize)>,
    prev_group: &Option<(Speaker, usize)>,
) -> (Speaker, Option<usize>) {
    let src_text = src.text(text);
    // A possessive pronoun ("his insistence that …") resolves as its
    // subject form.
    let pronoun = match toks {
        [t] => match t.lower.as_str() {
            "his" => Some("he"),
            "her" => Some("she"),
            "their" => Some("they"),
            "its" => Some("it"),
            p if t.is("pronoun") => Some(p),
            _ => None,
        },
        _ => None,
    };
    if let Some(pronoun) = pronoun {
        return resolve_pronoun(table, pronoun, src, src_text, sentence, prev, prev_group);
    }
    let anonymous = toks.iter().any(|t| in_list("anonymous", &t.lower));
    if anonymous {
        return unnamed(src_text.to_string(), SpeakerType::Anonymous);
    }
    // The head of "the head of the internal investigators" is "head": the
    // word before "of", else the last word.
    let before_of = toks
        .iter()
        .position(|t| t.lower == "of")
        .filter(|&k| k > 0)
        .map_or(toks.len(), |k| k);
    let head = toks[..before_of]
        .iter()
        .rev()
        .find(|t| t.is_word())
        .map(|t| t.lower.as_str())
        .unwrap_or("");
    if is_group_word(head) && !toks[..before_of].last().is_some_and(|t| t.cap) {
        return unnamed(strip_determiner(src_text).to_string(), SpeakerType::Group);
    }
    // "the El Paso mayor", "Greek prime minister": a role named last is the
    // speaker, and a name before it only qualifies it.
    if toks
        .last()
        .is_some_and(|t| t.is_word() && !t.cap && is_title_word(&t.lower))
        && let Some(found) = by_title(table, toks, src, src_text)
    {
        return found;
    }
    if let Some(found) = by_description(table, toks, src) {
        return found;
    }
    // "Federal Aviation Administration records", "the WHO's website", "the
    // chain's press release": a document speaks for whoever issued it.
    let head_word = toks.iter().rev().find(|t| t.is_word());
    if head_word.is_some_and(|t| !t.cap && in_list("document", &t.lower)) {
        if let Some(m) = table.within(src).next() {
            return (entity_speaker(&table.entities[m.entity]), Some(m.entity));
        }
        if let Some(found) = nearest_organization(table, src) {
            return found;
        }
    }
    // A named mention, unless it is only a possessor ("Blinken's aide").
    let in_source: Vec<&Mention> = table
        .within(src)
        .filter(|m| {
            !toks
                .iter()
                .any(|t| t.kind == TokenKind::Possessive && t.span.start == m.span.end)
        })
        .collect();
    // "Dick Durbin and Adam Schiff": two named sources joined by "and".
    let joined = in_source.len() == 2
        && in_source[0].entity != in_source[1].entity
        && toks.iter().any(|t| {
            t.lower == "and"
                && t.span.start >= in_source[0].span.end
                && t.span.end <= in_source[1].span.start
        });
    if joined {
        let (a, b) = (
            &table.entities[in_source[0].entity],
            &table.entities[in_source[1].entity],
        );
        let kind = if a.kind == b.kind {
            a.kind
        } else {
            SpeakerType::Organization
        };
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
    let mention = in_source
        .iter()
        .find(|m| table.entities[m.entity].kind == SpeakerType::Person)
        .or_else(|| {
            in_source
                .iter()
                .find(|m| table.entities[m.entity].name_tokens >= 2)
        })
        .or(in_source.first())
        .copied()
        .copied();
    if let Some(m) = mention {
        let e = &mut table.entities[m.entity];
        // A full name of two to four words that speaks is a person's, even
        // when its first name is not in the list ("Zoë Müller").
        if e.kind == SpeakerType::Organization
            && !e.org_word
            && (2..=4).contains(&e.name_tokens)
            && !e.last.is_empty()
            && e.name.split_whitespace().count() == e.name_tokens
        {
            e.kind = SpeakerType::Person;
        }
        return (entity_speaker(e), Some(m.entity));
    }
    let indefinite = toks
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "one"));
    // A plural of people ("critics", "senior officials", "two aides"); a
    // plural of things ("new features") is no group of sources.
    let singular = head.strip_suffix('s').unwrap_or(head);
    if is_group_word(head)
        || (head.ends_with('s')
            && !head.ends_with("ss")
            && (is_title_word(singular) || in_list("person", singular))
            && !toks.iter().any(|t| t.cap && !t.is_function()))
    {
        return unnamed(strip_determiner(src_text).to_string(), SpeakerType::Group);
    }
    if toks.iter().any(|t| is_title_word(&t.lower)) {
        if indefinite {
            return unnamed(src_text.to_string(), SpeakerType::Anonymous);
        }
        if let Some(found) = by_title(table, toks, src, src_text) {
            return found;
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
    if indefinite && (in_list("person", head) || in_list("anonymous", head)) {
        return unnamed(src_text.to_string(), SpeakerType::Anonymous);
    }
    unnamed(
        strip_determiner(src_text).to_string(),
        SpeakerType::Organization,
    )
}

/// "The U.S. Secretary of State", "the secretary", "the El Paso mayor": the
/// most recently mentioned person introduced with that title.
fn by_title(
    table: &Table,
    toks: &[&Tok],
    src: Span,
    src_text: &str,
) -> Option<(Speaker, Option<usize>)> {
    let wanted = strip_determiner(src_text).to_lowercase();
    let head_title = toks
        .iter()
        .rev()
        .find(|t| {
            is_title_word(&t.lower) && !matches!(t.lower.as_str(), "state" | "u.s." | "house")
        })
        .map(|t| t.lower.clone());
    let candidates = table.before(src.start).chain(table.after(src.start));
    for m in candidates {
        let e = &table.entities[m.entity];
        let Some(t) = e.title.as_deref().map(str::to_lowercase) else {
            continue;
        };
        if t == wanted
            || head_title
                .as_deref()
                .is_some_and(|h| t.split_whitespace().any(|w| w == h))
        {
            return Some((entity_speaker(e), Some(m.entity)));
        }
    }
    None
}

/// "the website", "the newspaper": a definite description stands for the
/// last entity introduced with that noun ("the website Vessel Tracker").
fn by_description(table: &Table, toks: &[&Tok], src: Span) -> Option<(Speaker, Option<usize>)> {
    let definite = toks.first().is_some_and(|t| t.lower == "the");
    let head = toks.last().filter(|t| t.is_word() && !t.cap)?;
    if !definite || toks.len() > 3 {
        return None;
    }
    if !in_list("org-description", &head.lower) {
        return None;
    }
    if let Some(&(_, _, e)) = table
        .descriptions
        .iter()
        .rev()
        .find(|(at, noun, _)| *at < src.start && *noun == head.lower)
    {
        return Some((entity_speaker(&table.entities[e]), Some(e)));
    }
    // Else the organisation named last, nearby ("Vessel Tracker's
    // database had no sighting; the website noted …").
    nearest_organization(table, src)
}

/// The organisation named last before `src`, within a few sentences.
fn nearest_organization(table: &Table, src: Span) -> Option<(Speaker, Option<usize>)> {
    table
        .before(src.start)
        .take_while(|m| src.start - m.span.end < 400)
        .find(|m| table.entities[m.entity].kind == SpeakerType::Organization)
        .map(|m| (entity_speaker(&table.entities[m.entity]), Some(m.entity)))
}

fn resolve_pronoun(
    table: &mut Table,
    pronoun: &str,
    src: Span,
    src_text: &str,
    sentence: usize,
    prev: Option<(usize, usize)>,
    prev_group: &Option<(Speaker, usize)>,
) -> (Speaker, Option<usize>) {
    let unresolved = unnamed(src_text.to_string(), SpeakerType::Pronoun);
    let fits = |e: &Entity| match pronoun {
        "he" => e.kind == SpeakerType::Person && e.gender != Gender::Female,
        "she" => e.kind == SpeakerType::Person && e.gender != Gender::Male,
        "it" => e.kind == SpeakerType::Organization,
        _ => false,
    };
    match pronoun {
        "he" | "she" => {
            // The previous speaker first, then the nearest compatible person.
            if let Some((e, s)) = prev
                && sentence.saturating_sub(s) <= 3
                && fits(&table.entities[e])
            {
                set_gender(&mut table.entities[e], pronoun);
                return (entity_speaker(&table.entities[e]), Some(e));
            }
            if let Some((sp, s)) = prev_group
                && sp.kind == SpeakerType::Person
                && sentence.saturating_sub(*s) <= 3
            {
                return (sp.clone(), None);
            }
        }
        "it" => {}
        "they" => {
            if let Some((sp, s)) = prev_group
                && sp.kind != SpeakerType::Person
                && sentence.saturating_sub(*s) <= 2
            {
                return (sp.clone(), None);
            }
            return unresolved;
        }
        _ => return unresolved,
    }
    let found = table
        .before(src.start)
        .find(|m| fits(&table.entities[m.entity]))
        .map(|m| m.entity);
    match found {
        Some(e) => {
            set_gender(&mut table.entities[e], pronoun);
            (entity_speaker(&table.entities[e]), Some(e))
        }
        None => unresolved,
    }
}

fn set_gender(e: &mut Entity, pronoun: &str) {
    if e.gender == Gender::Unknown {
        e.gender = match pronoun {
            "he" => Gender::Male,
            "she" => Gender::Female,
            _ => Gender::Unknown,
        };
    }
}
