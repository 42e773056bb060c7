//! Stance from context: a neutral cue ("said") takes the stance its content
//! shows — a promise, a denial, an accusation, opposition, support or a
//! warning — from rules and the phrase list in `data/stance-words.tsv`.

use crate::Stance;
use std::sync::OnceLock;

/// Cues that say nothing of the speaker's stance themselves.
const NEUTRAL: &[&str] = &[
    "say",
    "tell",
    "add",
    "note",
    "state",
    "write",
    "tweet",
    "remark",
    "comment",
    "explain",
    "indicate",
    "post",
    "report",
    "reiterate",
    "repeat",
    "continue",
    "conclude",
    "announce",
    "declare",
    "affirm",
    "emphasize",
    "stress",
    "according to",
    "point out",
    "go on to say",
];

struct Phrase {
    words: Vec<String>,
    /// The last word matches any word it starts ("condemn*").
    prefix: bool,
    stance: Stance,
}

fn phrases() -> &'static [Phrase] {
    static P: OnceLock<Vec<Phrase>> = OnceLock::new();
    P.get_or_init(|| {
        include_str!("../data/stance-words.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (phrase, stance) = l.split_once('\t')?;
                let stance = Stance::parse(stance.trim())?;
                let prefix = phrase.ends_with('*');
                let words = phrase
                    .trim_end_matches('*')
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>();
                (!words.is_empty()).then_some(Phrase {
                    words,
                    prefix,
                    stance,
                })
            })
            .collect()
    })
}

/// Indices of the phrases by the first byte of their first word: a content
/// word is tested only against the few phrases it could start.
fn by_first_byte() -> &'static [Vec<usize>] {
    static B: OnceLock<Vec<Vec<usize>>> = OnceLock::new();
    B.get_or_init(|| {
        let mut b = vec![Vec::new(); 256];
        for (k, p) in phrases().iter().enumerate() {
            let first = p.words[0].as_bytes().first().copied().unwrap_or(0);
            b[usize::from(first)].push(k);
        }
        b
    })
}

fn words(content: &str) -> Vec<String> {
    content
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.is_ascii() {
                w.to_ascii_lowercase()
            } else {
                w.to_lowercase().replace('’', "'")
            }
        })
        .collect()
}

/// The stance of a claim whose cue has `lemma` and class `stance`, given its
/// content. Only neutral asserting cues are refined.
pub(crate) fn refine(stance: Stance, lemma: &str, content: Option<&str>) -> Stance {
    if stance != Stance::Assert || !NEUTRAL.contains(&lemma) {
        return stance;
    }
    let Some(content) = content else {
        return stance;
    };
    let w = words(content);
    // "we will", "I'll", "we are going to", near the start: the speaker
    // commits.
    let first_person = |x: &str| matches!(x, "i" | "we");
    for i in 0..w.len().min(8) {
        let next = w.get(i + 1).map(String::as_str);
        if (first_person(&w[i]) && matches!(next, Some("will" | "shall")))
            || matches!(w[i].as_str(), "i'll" | "we'll")
            || (matches!(w[i].as_str(), "we're" | "i'm")
                && next == Some("going")
                && w.get(i + 2).map(String::as_str) == Some("to"))
        {
            return Stance::Promise;
        }
    }
    // The speaker denies doing something: "I never threatened anybody",
    // "we did not …", "they had no plans".
    let head: Vec<&str> = w.iter().take(4).map(String::as_str).collect();
    let denial = head.windows(2).any(|p| {
        matches!(p[0], "i" | "we" | "they")
            && (matches!(p[1], "never" | "didn't" | "haven't" | "hadn't" | "don't")
                || p[1] == "had" && head.contains(&"no"))
    });
    if denial {
        return Stance::Deny;
    }
    let mut counts: Vec<(Stance, usize)> = Vec::new();
    for i in 0..w.len() {
        // Phrases are few and short: test those whose first word could
        // start here (its first letter matches).
        let first = w[i].as_bytes().first().copied().unwrap_or(0);
        for &k in &by_first_byte()[usize::from(first)] {
            let p = &phrases()[k];
            let n = p.words.len();
            if i + n > w.len() {
                continue;
            }
            let hit = p.words.iter().enumerate().all(|(k, pw)| {
                let word = &w[i + k];
                if p.prefix && k == n - 1 {
                    word.starts_with(pw.as_str())
                } else {
                    word == pw
                }
            });
            if hit {
                match counts.iter_mut().find(|(s, _)| *s == p.stance) {
                    Some((_, c)) => *c += 1,
                    None => counts.push((p.stance, 1)),
                }
            }
        }
    }
    // A signal counts when it is clear: two phrases of one class and none
    // of another, so a single word in passing ("a crisis", "illegal
    // fishing") does not turn a report into a stance.
    match counts.as_slice() {
        [(s, c)] if *c >= 2 => *s,
        _ => stance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutral_cues_take_the_content_stance() {
        let r = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(r("\"We will rebuild the bridge\""), Stance::Promise);
        assert_eq!(r("they had no plans to close the plant"), Stance::Deny);
        assert_eq!(r("\"I never threatened anybody\""), Stance::Deny);
        assert_eq!(
            r("the deal was \"null and void\" and illegal"),
            Stance::Oppose
        );
        assert_eq!(
            r("\"We welcome the verdict and thank the jury\""),
            Stance::Support
        );
        assert_eq!(
            r("the flooding could be a disaster, a real danger"),
            Stance::Warn
        );
        assert_eq!(r("the ship was in a crisis zone"), Stance::Assert);
        assert_eq!(r("the ship was not there"), Stance::Assert);
        assert_eq!(r("the bridge will open in May"), Stance::Assert);
    }

    #[test]
    fn stance_cues_keep_their_class() {
        assert_eq!(
            refine(Stance::Oppose, "oppose", Some("we will win")),
            Stance::Oppose
        );
        assert_eq!(
            refine(Stance::Assert, "believe", Some("we will win")),
            Stance::Assert
        );
        assert_eq!(refine(Stance::Assert, "say", None), Stance::Assert);
    }
}
