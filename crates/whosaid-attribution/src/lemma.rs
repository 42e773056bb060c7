//! The lemma of an inflected verb or noun the lexicon does not list: what
//! a cue of the learned detector is reported under ("named" → "name",
//! "went" → "go", "figures" → "figure"), and what rules ask of such a word.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Irregular past forms and participles, from data/irregular-verbs.tsv.
fn irregular() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        include_str!("../data/irregular-verbs.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(form, lemma)| (form.trim(), lemma.trim()))
            .collect()
    })
}

fn vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// How many vowel groups `stem` has ("nam" 1, "visit" 2), "y" after a
/// consonant counting as a vowel and "u" after "q" as a consonant.
fn syllables(stem: &[u8]) -> usize {
    let mut n = 0;
    let mut prev_vowel = false;
    for (i, &b) in stem.iter().enumerate() {
        let v = (vowel(b) && !(b == b'u' && i > 0 && stem[i - 1] == b'q'))
            || (b == b'y' && i > 0 && !vowel(stem[i - 1]));
        if v && !prev_vowel {
            n += 1;
        }
        prev_vowel = v;
    }
    n
}

/// A stem left by taking "-ed" or "-ing" off a verb whose base ends in a
/// silent "e": "nam(ed)", "decid(ed)", "releas(ed)", "challeng(ed)",
/// "issu(ed)", but not "visit(ed)", "open(ed)" or "call(ed)".
fn lost_e(stem: &str) -> bool {
    let b = stem.as_bytes();
    let n = b.len();
    if n < 2 {
        return false;
    }
    let (p, l) = (b[n - 2], b[n - 1]);
    let before = if n >= 3 { Some(b[n - 3]) } else { None };
    let consonant_before = before.is_some_and(|c| !vowel(c));
    // Endings no English verb base has without its "e".
    if matches!(l, b'v' | b'z' | b'c' | b'u')
        || (l == b'g' && matches!(p, b'r' | b'd' | b'a' | b'e'))
        || (l == b'g' && p == b'n' && before.is_some_and(|c| c == b'a' || c == b'e'))
    {
        return true;
    }
    // "-us": "accus(ed)", "refus(ed)", not "focus(ed)".
    if p == b'u' && l == b's' {
        return !stem.ends_with("focus");
    }
    // "releas", "oppos", "promis", "rais": a vowel and "s".
    if l == b's' && matches!(p, b'a' | b'o' | b'i') {
        return true;
    }
    // A consonant, one vowel and a consonant that often ends a base in
    // "e": "decid", "persuad", "stat", "quot", "assur", "declar",
    // "describ", "attribut", "outlin", "assum", "invok".
    if consonant_before || before == Some(b'u') && n >= 4 && b[n - 4] == b'q' {
        let pair = [p, l];
        if matches!(
            &pair,
            b"ad"
                | b"id"
                | b"od"
                | b"ud"
                | b"ed"
                | b"at"
                | b"ot"
                | b"ur"
                | b"ar"
                | b"ir"
                | b"ib"
                | b"ut"
                | b"in"
                | b"um"
                | b"ok"
        ) {
            return true;
        }
        // "complet(ing)", "delet(ed)", "compet(ing)", "welcom(ed)": not
        // "target", "market".
        if [b"let", b"pet", b"com"].iter().any(|e| b.ends_with(*e)) {
            return true;
        }
    }
    // One syllable ending in a consonant, a vowel and a consonant (not w,
    // x or y): "nam", "vot", "fil", "rul", "sid", "fir".
    vowel(p)
        && !vowel(l)
        && !matches!(l, b'w' | b'x' | b'y')
        && (consonant_before || before.is_none())
        && syllables(b) == 1
}

/// The lemma of `word` (lower case): irregular forms from the table, then
/// "-ies/-ied" to "-y", "-ing" and "-ed" taken off (a doubled consonant
/// undoubled, a lost "e" restored), and a plural or third person "-s" or
/// "-es" taken off ("-es" only after "ss", "zz", "x", "ch", "sh" or "o":
/// "focuses" gives "focuse"). A word of no such shape is its own lemma.
pub(crate) fn lemma_of(word: &str) -> String {
    if let Some(lemma) = irregular().get(word) {
        return (*lemma).to_string();
    }
    for suffix in ["ies", "ied"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.chars().count() >= 2
        {
            return format!("{stem}y");
        }
    }
    // "argued", "sued", "issued": the "e" stays.
    if let Some(stem) = word.strip_suffix("ued")
        && !stem.is_empty()
    {
        return format!("{stem}ue");
    }
    // "proceed", "exceed" are bases ("agreed" is in the table).
    if word.ends_with("eed") {
        return word.to_string();
    }
    for suffix in ["ing", "ed"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.chars().count() >= 3
            && stem.is_ascii()
        {
            let b = stem.as_bytes();
            let (p, l) = (b[b.len() - 2], b[b.len() - 1]);
            // "stopped", "planned", "committed": not "added", "called",
            // "passed", "buzzed".
            if p == l && matches!(l, b'b' | b'g' | b'm' | b'n' | b'p' | b'r' | b't') {
                return stem[..stem.len() - 1].to_string();
            }
            // "mimicked", "panicked": a "k" added after "-ic".
            if stem.ends_with("ick") && syllables(b) >= 2 {
                return stem[..stem.len() - 1].to_string();
            }
            return if lost_e(stem) {
                format!("{stem}e")
            } else {
                stem.to_string()
            };
        }
    }
    // "passes", "buzzes", "fixes", "reaches", "goes": "-es" after a
    // sibilant or "o"; else only the "s" ("figures", "notes", "argues",
    // "uses", "realizes").
    if let Some(stem) = word.strip_suffix("es")
        && stem.chars().count() >= 2
        && ["ss", "zz", "x", "ch", "sh", "o"]
            .iter()
            .any(|e| stem.ends_with(e))
    {
        return stem.to_string();
    }
    // Not "bias", "news" (in the table) or "focus".
    if let Some(stem) = word.strip_suffix('s')
        && stem.chars().count() >= 2
        && !stem.ends_with(['s', 'u', 'i', 'a'])
    {
        return stem.to_string();
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::lemma_of;

    #[test]
    fn learned_cues_get_their_dictionary_forms() {
        for (word, lemma) in [
            // A silent "e" comes back.
            ("named", "name"),
            ("voted", "vote"),
            ("filed", "file"),
            ("ruled", "rule"),
            ("sided", "side"),
            ("fired", "fire"),
            ("released", "release"),
            ("issued", "issue"),
            ("decided", "decide"),
            ("challenged", "challenge"),
            ("charged", "charge"),
            ("alleged", "allege"),
            ("believed", "believe"),
            ("stated", "state"),
            ("quoted", "quote"),
            ("nominated", "nominate"),
            ("promised", "promise"),
            ("raised", "raise"),
            ("opposed", "oppose"),
            ("accused", "accuse"),
            ("assured", "assure"),
            ("declared", "declare"),
            ("described", "describe"),
            ("attributed", "attribute"),
            ("outlined", "outline"),
            ("alluding", "allude"),
            ("making", "make"),
            ("noting", "note"),
            ("agreed", "agree"),
            ("sued", "sue"),
            ("required", "require"),
            ("inspired", "inspire"),
            ("completing", "complete"),
            ("deleted", "delete"),
            ("welcomed", "welcome"),
            ("receded", "recede"),
            ("mimicked", "mimic"),
            ("proceed", "proceed"),
            ("exceed", "exceed"),
            ("news", "news"),
            ("bias", "bias"),
            ("targeted", "target"),
            // None to restore.
            ("called", "call"),
            ("visited", "visit"),
            ("opened", "open"),
            ("added", "add"),
            ("focused", "focus"),
            ("looked", "look"),
            ("warned", "warn"),
            ("explained", "explain"),
            ("pointing", "point"),
            ("saying", "say"),
            ("tweeted", "tweet"),
            // A doubled consonant.
            ("stopped", "stop"),
            ("planning", "plan"),
            ("committed", "commit"),
            // Irregular forms.
            ("went", "go"),
            ("made", "make"),
            ("seen", "see"),
            ("gave", "give"),
            ("took", "take"),
            // "-ies", "-ied", "-es" and "-s".
            ("identified", "identify"),
            ("testifies", "testify"),
            ("figures", "figure"),
            ("notes", "note"),
            ("argues", "argue"),
            ("pushes", "push"),
            ("reaches", "reach"),
            ("plans", "plan"),
            ("uses", "use"),
            ("passes", "pass"),
            ("realizes", "realize"),
            ("says", "say"),
            // Words of no such shape.
            ("focus", "focus"),
            ("this", "this"),
        ] {
            assert_eq!(lemma_of(word), lemma, "{word}");
        }
    }
}
