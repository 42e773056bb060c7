//! Stance from context: a neutral cue ("said") takes the stance its content
//! shows — a promise, a denial, an accusation, opposition, support or a
//! warning — from rules and the phrase list in `data/stance-words.tsv`.

use crate::Stance;
use rustc_hash::FxHashMap;
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
    // Assertions whose act, too, is in what is asserted ("claimed the vote
    // was rigged" accuses, "insisted she was never pressured" denies).
    "claim",
    "insist",
    "find",
    "suggest",
    "describe",
    "argue",
    "maintain",
    "contend",
    "assert",
    "respond",
    "reply",
    "speak",
];

/// Cues that give a name to a thing ("called it a non-starter",
/// "characterized the plan as reckless"): their content is the speaker's
/// judgement itself, so one stance word in a short content decides.
const NAMING: &[&str] = &[
    "call",
    "characterize",
    "characterise",
    "label",
    "dub",
    "deem",
    "brand",
    "term",
];

/// Cues whose object names the stance ("expressed its support",
/// "expressed concern").
const EXPRESSING: &[&str] = &["express", "voice", "extend", "offer"];

struct Phrase {
    words: Vec<String>,
    /// The last word matches any word it starts ("condemn*").
    prefix: bool,
    stance: Stance,
    /// How much one occurrence counts (see data/stance-words.tsv).
    weight: usize,
}

fn phrases() -> &'static [Phrase] {
    static P: OnceLock<Vec<Phrase>> = OnceLock::new();
    P.get_or_init(|| {
        include_str!("../data/stance-words.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let phrase = cols.next()?;
                let stance = Stance::parse(cols.next()?.trim())?;
                let weight = cols.next().and_then(|w| w.trim().parse().ok()).unwrap_or(1);
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
                    weight,
                })
            })
            .collect()
    })
}

/// Where each phrase may start: by its exact first word, and, for a
/// one-word prefix ("condemn*"), by its first byte; indices in list order.
struct Index {
    by_first: FxHashMap<&'static str, Vec<usize>>,
    prefix_by_byte: Vec<Vec<usize>>,
}

fn index() -> &'static Index {
    static I: OnceLock<Index> = OnceLock::new();
    I.get_or_init(|| {
        let mut ix = Index {
            by_first: FxHashMap::default(),
            prefix_by_byte: vec![Vec::new(); 256],
        };
        for (k, p) in phrases().iter().enumerate() {
            let first = p.words[0].as_str();
            if p.prefix && p.words.len() == 1 {
                let b = first.as_bytes().first().copied().unwrap_or(0);
                ix.prefix_by_byte[usize::from(b)].push(k);
            } else {
                ix.by_first.entry(first).or_default().push(k);
            }
        }
        ix
    })
}

/// The content's words in lower case, with curly apostrophes made
/// straight: written into `buf`, one allocation for all of them, and
/// returned as slices of it.
fn words<'b>(content: &str, buf: &'b mut String) -> Vec<&'b str> {
    buf.clear();
    let mut ends: Vec<(usize, usize)> = Vec::new();
    if content.is_ascii() {
        // Nearly all contents: a byte at a time, no character decoding.
        let mut bytes = std::mem::take(buf).into_bytes();
        bytes.reserve(content.len());
        let mut from = None;
        for &b in content.as_bytes() {
            if b.is_ascii_alphanumeric() || b == b'\'' {
                from.get_or_insert(bytes.len());
                bytes.push(b.to_ascii_lowercase());
            } else if let Some(f) = from.take() {
                ends.push((f, bytes.len()));
            }
        }
        if let Some(f) = from {
            ends.push((f, bytes.len()));
        }
        // Only ASCII bytes were written.
        *buf = String::from_utf8(bytes).unwrap_or_default();
    } else {
        buf.reserve(content.len());
        // Curly quotation marks and dashes make most of these: only a
        // word with a letter outside ASCII needs Unicode lower-casing.
        for w in content
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
        {
            let from = buf.len();
            if w.is_ascii() {
                buf.push_str(w);
                if let Some(new) = buf.get_mut(from..) {
                    new.make_ascii_lowercase();
                }
            } else {
                // Whole-word lower-casing, as `str::to_lowercase` treats a
                // final sigma.
                buf.push_str(&w.to_lowercase().replace('’', "'"));
            }
            ends.push((from, buf.len()));
        }
    }
    let buf: &'b String = buf;
    ends.iter()
        .map(|&(a, b)| buf.get(a..b).unwrap_or(""))
        .collect()
}

/// The stance of a claim whose cue has `lemma` and class `stance`, given its
/// content. Only asserting cues are refined: neutral ones ("said") by their
/// content, naming ones ("called it …") by a single stance word, and cues
/// outside the lexicon by their own lemma ("hailed").
#[cfg(test)]
pub(crate) fn refine(stance: Stance, lemma: &str, content: Option<&str>) -> Stance {
    refine_with_cue(stance, lemma, "", content)
}

/// `refine`, knowing the cue's own words: "expressed opposition to" holds
/// its stance in the cue.
pub(crate) fn refine_with_cue(
    stance: Stance,
    lemma: &str,
    cue: &str,
    content: Option<&str>,
) -> Stance {
    // "asked the court to delay", "told residents to stay indoors": a
    // request or directive, not a question or a statement.
    // The content of "told" starts after the hearer; that of "asked" with
    // the person asked.
    let reach = match lemma {
        "tell" => 1,
        "ask" => 5,
        _ => 0,
    };
    // Its words, kept for the content rules below ("told" is neutral).
    let mut said = None;
    let mut buf = String::new();
    if reach > 0
        && let Some(c) = content
    {
        let w = words(c, &mut buf);
        if directive(&w, reach) {
            return Stance::Other;
        }
        said = Some(w);
    }
    if stance != Stance::Assert {
        return stance;
    }
    // "argued against the plan", "ruled against the company", "spoke out
    // against the war": the cue's own "against" opposes what follows.
    if against(cue) {
        return Stance::Oppose;
    }
    let neutral = NEUTRAL.contains(&lemma);
    let naming = NAMING.contains(&lemma);
    let expressing = EXPRESSING.contains(&lemma);
    if !(neutral || naming || expressing) {
        // "hail", "slam": a lemma that is itself a stance word.
        let own = score(&[lemma.to_lowercase().as_str()]);
        return decide(&own, 2).unwrap_or(stance);
    }
    let Some(content) = content else {
        return stance;
    };
    let w = match said {
        Some(w) => w,
        None => words(content, &mut buf),
    };
    if expressing {
        // "expressed its support", "voiced concern": the noun in the cue
        // ("expressed opposition to"), else the first words.
        let mut cue_buf = String::new();
        let in_cue = words(cue, &mut cue_buf);
        if in_cue.len() > 1
            && let Some((s, _)) = score(&in_cue[1..]).into_iter().max_by_key(|&(_, c)| c)
        {
            return s;
        }
        let head = &w[..w.len().min(3)];
        return score(head)
            .into_iter()
            .max_by_key(|&(_, c)| c)
            .map_or(stance, |(s, _)| s);
    }
    if naming {
        return decide(&score(&w), if w.len() <= 12 { 1 } else { 2 }).unwrap_or(stance);
    }
    // "we will", "I'll", "we are going to": the speaker commits.
    let first_person = |x: &str| matches!(x, "i" | "we");
    for i in 0..w.len().min(40) {
        let next = w.get(i + 1).copied();
        let after = w.get(i + 2).copied();
        if (first_person(w[i]) && matches!(next, Some("will" | "shall")))
            || matches!(w[i], "i'll" | "we'll")
            || (matches!(w[i], "we're" | "i'm") && next == Some("going") && after == Some("to"))
            || (matches!(w[i], "we" | "i")
                && matches!(next, Some("are" | "am"))
                && after == Some("going")
                && w.get(i + 3).copied() == Some("to"))
        {
            return Stance::Promise;
        }
    }
    let quoted = content.trim_start().starts_with(['"', '“', '\'', '‘']);
    if denies(&w, quoted) {
        return Stance::Deny;
    }
    // "said she would challenge the oath", "announced it would meet on
    // Monday", "said he intended to sue": the speaker states an intention,
    // a request-like act of its own. Not a forecast ("said it would be
    // hard", "he will have to wait").
    // "announced plans to pull out", "said her plans for the new term",
    // "announced Avenatti intended to appeal": plans and intentions,
    // whoever holds them.
    let plans = match w.as_slice() {
        ["plans" | "plan", ..] => true,
        [p, "plans" | "plan", ..] if matches!(*p, "his" | "her" | "their" | "its" | "our") => true,
        _ => w.iter().take(4).enumerate().any(|(i, x)| {
            matches!(*x, "intends" | "intended" | "plans" | "planned")
                && i > 0
                // A verb, not a noun: "the plans to build a wall were dead".
                && !matches!(w[i - 1], "the" | "a" | "an" | "these" | "those" | "new")
                && w.get(i + 1) == Some(&"to")
        }),
    };
    if neutral && !quoted && (states_intention(&w) || plans) {
        return Stance::Other;
    }
    // '"Let's all pray for the mayor"', '"please refrain from
    // speculating"', '"We need to pray"': the speaker's own words ask
    // something of others.
    if neutral
        && quoted
        && w.iter().take(12).enumerate().any(|(i, x)| {
            matches!(*x, "please" | "let's")
                || (x == &"let" && w.get(i + 1) == Some(&"us"))
                || (x == &"we"
                    && match w.get(i + 1).copied() {
                        // "We need to pray", not "we need to." (to know).
                        Some("need") => w.get(i + 2) == Some(&"to") && w.get(i + 3).is_some(),
                        Some("must") => w.get(i + 2).is_some(),
                        _ => false,
                    })
        })
    {
        return Stance::Other;
    }
    // "said the gun laws should be changed": a paraphrase whose verb is
    // "should" or "must" calls for something.
    if neutral
        && !quoted
        && w.iter()
            .take(8)
            .any(|x| matches!(*x, "should" | "must" | "shouldn't" | "mustn't"))
    {
        return Stance::Other;
    }
    decide(&score(&w), 2).unwrap_or(stance)
}

/// Whether a cue's words end with "against" ("argued against", "spoke out
/// against").
pub(crate) fn against(cue: &str) -> bool {
    cue.len() > "against".len()
        && cue
            .get(cue.len() - "against".len()..)
            .is_some_and(|w| w.eq_ignore_ascii_case("against"))
        && cue[..cue.len() - "against".len()].ends_with(char::is_whitespace)
}

/// The speaker denies: their own past negation at the head of the content
/// ("I never threatened anybody", "we did not …", "they had no plans"), or
/// "there is no …" in their own words (quoted: a paraphrase "there was no
/// change" more often reports a finding). A present one ("we don't seek to exclude anyone",
/// "we haven't yet agreed") states a position, not a denial.
fn denies(w: &[&str], quoted: bool) -> bool {
    let head = &w[..w.len().min(5)];
    // In a paraphrase the speaker is "he", "she" or "it": "the company
    // said it did not receive the letter".
    let subject =
        |x: &str| matches!(x, "i" | "we" | "they") || (!quoted && matches!(x, "he" | "she" | "it"));
    let own = head.windows(2).any(|p| {
        subject(p[0])
            && (matches!(p[1], "never" | "didn't" | "hadn't")
                || (p[1] == "had" && head.contains(&"no")))
    }) || head.windows(3).any(|p| {
        subject(p[0])
            && ((matches!(p[1], "did" | "had") && p[2] == "not")
                // "she was never pressured", "we have never met him"
                || (matches!(p[1], "was" | "were" | "had" | "has" | "have") && p[2] == "never"))
    });
    let none = quoted
        && head.windows(3).take(2).any(|p| {
            p[0] == "there" && matches!(p[1], "is" | "are" | "was" | "were") && p[2] == "no"
        });
    own || none
}

/// The content opens with a third-person pronoun that intends: "she would
/// challenge", "he will not run", "they intend to appeal", "it plans to
/// close".
fn states_intention(w: &[&str]) -> bool {
    let head = &w[..w.len().min(6)];
    let Some(p) = head
        .iter()
        .position(|x| matches!(*x, "he" | "she" | "they" | "it"))
        .filter(|&p| p <= 1)
    else {
        return false;
    };
    let mut k = p + 1;
    let modal = matches!(head.get(k), Some(&("would" | "will" | "'ll" | "'d")));
    let intend = matches!(
        head.get(k),
        Some(&("intends" | "intended" | "intend" | "plans" | "planned" | "plan"))
    ) && head.get(k + 1) == Some(&"to");
    if intend {
        return true;
    }
    if !modal {
        return false;
    }
    k += 1;
    while matches!(
        head.get(k),
        Some(&("not" | "never" | "also" | "soon" | "now"))
    ) {
        k += 1;
    }
    // A forecast or a state, not an act the speaker means to do.
    head.get(k).is_some_and(|v| {
        !matches!(
            *v,
            "be" | "have"
                | "need"
                | "likely"
                | "probably"
                | "remain"
                | "become"
                | "happen"
                | "cost"
                | "take"
                | "continue"
                | "get"
                | "see"
                | "lead"
                | "result"
                | "help"
                | "make"
        )
    })
}

/// A content (its words) that is a to-infinitive within its first `reach` words, after
/// the person addressed ("Zelensky to investigate …", "to leave the Gulf"),
/// and not an indirect question ("whether to stay", "how to vote").
fn directive(w: &[&str], reach: usize) -> bool {
    let Some(to) = w.iter().take(reach).position(|&x| x == "to") else {
        return false;
    };
    w.get(to + 1).is_some()
        && !w[..to].iter().any(|x| {
            matches!(
                *x,
                "whether" | "if" | "what" | "how" | "why" | "when" | "where" | "who" | "which"
            )
        })
}

/// The weighted count of each stance's phrases in `w`, counted in the
/// order the phrases are listed.
fn score(w: &[&str]) -> Vec<(Stance, usize)> {
    let ix = index();
    let mut counts: Vec<(Stance, usize)> = Vec::new();
    for (i, word) in w.iter().enumerate() {
        // The phrases whose first word is this one, and the one-word
        // prefixes ("condemn*") it may start with: two short lists, both
        // in list order, merged.
        let exact = ix.by_first.get(word).map_or(&[][..], Vec::as_slice);
        let key = word.as_bytes().first().copied().unwrap_or(0);
        let prefixes = &ix.prefix_by_byte[usize::from(key)];
        let (mut a, mut b) = (0, 0);
        while a < exact.len() || b < prefixes.len() {
            let k = match (exact.get(a), prefixes.get(b)) {
                (Some(&x), Some(&y)) if x < y => {
                    a += 1;
                    x
                }
                (Some(&x), None) => {
                    a += 1;
                    x
                }
                (_, Some(&y)) => {
                    b += 1;
                    y
                }
                (None, None) => break,
            };
            let p = &phrases()[k];
            let n = p.words.len();
            if i + n > w.len() {
                continue;
            }
            let hit = p.words.iter().enumerate().all(|(j, pw)| {
                let word = w[i + j];
                if p.prefix && j == n - 1 {
                    word.starts_with(pw.as_str())
                } else {
                    word == pw.as_str()
                }
            });
            if hit {
                match counts.iter_mut().find(|(s, _)| *s == p.stance) {
                    Some((_, c)) => *c += p.weight,
                    None => counts.push((p.stance, p.weight)),
                }
            }
        }
    }
    counts
}

/// The stance whose score reaches `min` and beats all others together: a
/// clear signal, so a single word in passing ("a crisis", "illegal
/// fishing") does not turn a report into a stance.
fn decide(counts: &[(Stance, usize)], min: usize) -> Option<Stance> {
    let total: usize = counts.iter().map(|&(_, c)| c).sum();
    counts
        .iter()
        .find(|&&(_, c)| c >= min && 2 * c > total)
        .map(|&(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn against_is_the_cue_s_last_word() {
        assert!(against("argued against"));
        assert!(against("spoke out  Against"));
        assert!(!against("against"));
        assert!(!against("warned"));
        assert!(!against("leaned againstx"));
        assert!(!against("vs. nonagainst"));
        // Multibyte text ends on no char boundary at the cut: no panic.
        assert!(!against("nouvelle société"));
        assert!(against("s'est prononcé against"));
    }

    #[test]
    fn a_stated_intention_is_other_and_a_forecast_is_not() {
        let say = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(say("she would challenge the oath in court"), Stance::Other);
        assert_eq!(say("he intended to sue over the dispute"), Stance::Other);
        assert_eq!(say("he would not vote for either candidate"), Stance::Other);
        let announce = |c: &str| refine(Stance::Assert, "announce", Some(c));
        assert_eq!(announce("it would meet on Monday"), Stance::Other);
        // A forecast or a state.
        assert_eq!(say("it would be hard to find a buyer"), Stance::Assert);
        assert_eq!(say("the economy would recover by spring"), Stance::Assert);
        // The speaker's own "we will" is a promise.
        assert_eq!(say("we will rebuild the town"), Stance::Promise);
    }

    #[test]
    fn scorn_support_and_charges_in_the_content_decide_a_neutral_cue() {
        let say = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(say("the wall was stupid and useless"), Stance::Oppose);
        assert_eq!(say("he is unqualified to lead"), Stance::Oppose);
        assert_eq!(say("the senator was the right choice"), Stance::Support);
        assert_eq!(say("the primary was rigged by fraud"), Stance::Accuse);
        // A name that only begins like a listed word ("Scambos") is no
        // charge of a scam.
        assert_eq!(say("\"It is gone,\" said Ted Scambos"), Stance::Assert);
        assert_eq!(say("he had serious concerns about the plan"), Stance::Warn);
        assert_eq!(
            say("there was no direct evidence of his role"),
            Stance::Deny
        );
        assert_eq!(
            say("the report misrepresented the documents"),
            Stance::Accuse
        );
        assert_eq!(
            say("the senator has failed the state, a disgrace"),
            Stance::Oppose
        );
        // Words of scorn or praise that name something else.
        for plain in [
            "women made up the majority of early voters",
            "the team held a mock draft on Monday",
            "the pump has failed after ten years",
            "this is not a joke",
            "the talks could lead to a deal by March",
            "she found a good job at the plant",
            "P. Chidambaram would present the budget",
            "the rifles were made by Heckler & Koch",
        ] {
            assert_eq!(say(plain), Stance::Assert, "{plain}");
        }
        assert_eq!(say("he was not impressed with the plan"), Stance::Assert);
        assert_eq!(say("he betrayed their legacy"), Stance::Oppose);
        // A landing that failed is no verdict on anyone.
        assert_eq!(say("the failed landing was not planned"), Stance::Assert);
        assert_eq!(say("she was impressed with his answers"), Stance::Support);
        assert_eq!(
            say("the ruling was a victory for the workers"),
            Stance::Support
        );
        assert_eq!(say("the deal looked very fishy"), Stance::Accuse);
        assert_eq!(say("his math doesn't add up"), Stance::Accuse);
        assert_eq!(
            say("the country is in danger of losing its allies"),
            Stance::Warn
        );
        assert_eq!(say("his temperament is worrying"), Stance::Warn);
        assert_eq!(say("the report was not true"), Stance::Deny);
        assert_eq!(say("the quote was taken out of context"), Stance::Deny);
        // A learned cue whose lemma is scorn ("lashed out").
        assert_eq!(
            refine(Stance::Assert, "lash", Some("at the press")),
            Stance::Oppose
        );
    }

    #[test]
    fn a_quotation_asking_something_of_others_is_other() {
        let say = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(say("\"Let's all pray for the mayor\""), Stance::Other);
        assert_eq!(
            say("\"Please refrain from speculating about the ship\""),
            Stance::Other
        );
        assert_eq!(say("\"We need to pray for the victims\""), Stance::Other);
        // A statement in the speaker's words stays one.
        assert_eq!(say("\"We met the victims on Monday\""), Stance::Assert);
        assert_eq!(say("\"You should see the crowd\""), Stance::Assert);
        assert_eq!(
            say("\"How much, we don't yet know. We need to.\""),
            Stance::Assert
        );
    }

    #[test]
    fn praise_is_support() {
        let say = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(
            say("\"She was a brilliant and generous woman\""),
            Stance::Support
        );
        assert_eq!(
            say("he was honest, tireless and devoted to the town"),
            Stance::Support
        );
        // One word of praise in passing is no stance.
        assert_eq!(say("the storm was extraordinary"), Stance::Assert);
    }

    #[test]
    fn unlawful_and_deceitful_acts_oppose_and_accuse() {
        let say = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(
            say("the order was unlawful and would undermine the courts"),
            Stance::Oppose
        );
        assert_eq!(say("\"This will not be tolerated\""), Stance::Oppose);
        assert_eq!(
            say("the firm was breaking the law by deceiving its clients"),
            Stance::Accuse
        );
    }

    #[test]
    fn plans_whoever_holds_them_are_other_and_condolences_too() {
        let announce = |c: &str| refine(Stance::Assert, "announce", Some(c));
        assert_eq!(announce("plans to pull out of the country"), Stance::Other);
        assert_eq!(announce("the lawyer intended to appeal"), Stance::Other);
        assert_eq!(announce("Trump plans to appeal the ruling"), Stance::Other);
        let say = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(say("her plans for the new term"), Stance::Other);
        assert_eq!(
            say("\"Deeply saddened by the loss of lives\""),
            Stance::Other
        );
        assert_eq!(
            say("\"May God protect their parents and loved ones.\""),
            Stance::Other
        );
        // Plans someone else reports are no intention of the speaker's own
        // words: a plan as a thing.
        assert_eq!(
            say("the plan was reckless and irresponsible"),
            Stance::Oppose
        );
    }

    #[test]
    fn an_expressing_cue_holds_its_stance_in_its_noun() {
        let r = |cue: &str, c: &str| refine_with_cue(Stance::Assert, "express", cue, Some(c));
        assert_eq!(r("expressed opposition to", "the plan"), Stance::Oppose);
        assert_eq!(
            r("expressed their outrage on", "social media"),
            Stance::Oppose
        );
        assert_eq!(
            r("expressed", "dissatisfaction with the board"),
            Stance::Oppose
        );
        assert_eq!(r("voiced support for", "the inquiry"), Stance::Support);
    }

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
    fn a_request_or_directive_is_other_not_a_question() {
        let ask = |c: &str| refine(Stance::Question, "ask", Some(c));
        assert_eq!(ask("the court to delay the hearing"), Stance::Other);
        assert_eq!(ask("him to resign"), Stance::Other);
        // An indirect question stays a question.
        assert_eq!(ask("whether to delay the hearing"), Stance::Question);
        assert_eq!(ask("if the court would sit"), Stance::Question);
        let tell = |c: &str| refine(Stance::Assert, "tell", Some(c));
        assert_eq!(tell("to stay indoors"), Stance::Other);
        // "told reporters the plan to build a wall was dead": no directive.
        assert_eq!(tell("the plan to build a wall was dead"), Stance::Assert);
    }

    #[test]
    fn assertive_cues_take_the_stance_of_what_they_assert() {
        let claim = |c: &str| refine(Stance::Assert, "claim", Some(c));
        assert_eq!(
            claim("the vote was won by fraud and corruption"),
            Stance::Accuse
        );
        let say = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(say("the council should call for an inquiry"), Stance::Other);
        assert_eq!(say("\"We stand ready to help\""), Stance::Promise);
        // A paraphrased "should" calls for something; a quoted one is the
        // speaker's own words, judged by the rest.
        assert_eq!(say("the gun laws should be changed"), Stance::Other);
        assert_eq!(say("\"You should see the crowd\""), Stance::Assert);
    }

    #[test]
    fn arguing_believing_and_deeming_take_the_stance_of_their_content() {
        let argue = |c: &str| refine(Stance::Assert, "argue", Some(c));
        assert_eq!(argue("the ban was unacceptable"), Stance::Oppose);
        let deem = |c: &str| refine(Stance::Assert, "deem", Some(c));
        assert_eq!(
            deem("that the deployment goes against the resolution"),
            Stance::Oppose
        );
        let speak = |c: &str| refine(Stance::Assert, "speak", Some(c));
        assert_eq!(speak("out against the attack"), Stance::Oppose);
    }

    #[test]
    fn first_person_warnings_awe_and_past_never_decide() {
        let say = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(say("\"We warn the invaders to leave\""), Stance::Warn);
        assert_eq!(say("\"I am in awe of the crews\""), Stance::Support);
        assert_eq!(say("she was never pressured by anyone"), Stance::Deny);
        // Reported warnings of others need more than the word.
        assert_eq!(say("the agency warned of delays"), Stance::Assert);
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

    #[test]
    fn a_strong_phrase_decides_alone_and_a_weak_word_does_not() {
        let r = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(r("the charges were baseless"), Stance::Deny);
        assert_eq!(
            r("\"We extend our condolences to the families\""),
            Stance::Other
        );
        assert_eq!(
            r("the failure of the pump was found on Monday"),
            Stance::Assert
        );
        // Two of one class against one of another: the two win.
        assert_eq!(
            r("\"It is a great temple, and this is an insult to Christians and an insult to law\""),
            Stance::Oppose
        );
        // A stance word inside a name is no stance ("Santa Barbara").
        assert_eq!(
            r("\"It was night,\" said Santa Barbara County Sheriff Bill Brown"),
            Stance::Assert
        );
    }

    #[test]
    fn only_a_past_negation_by_the_speaker_denies() {
        let r = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(r("they did not have any plans to leave"), Stance::Deny);
        assert_eq!(r("she never misled investors"), Stance::Deny);
        assert_eq!(r("it did not receive the letter"), Stance::Deny);
        assert_eq!(r("\"He never calls,\" she said"), Stance::Assert);
        assert_eq!(r("\"there are no locked doors on the ship\""), Stance::Deny);
        assert_eq!(r("there was no change in the rate"), Stance::Assert);
        assert_eq!(r("the fire was unrelated to the blast"), Stance::Deny);
        assert_eq!(
            r("spikes evolved in otherwise unrelated frogs"),
            Stance::Assert
        );
        assert_eq!(r("\"We don't seek to exclude anyone\""), Stance::Assert);
        assert_eq!(r("\"We haven't yet agreed on the rules\""), Stance::Assert);
        assert_eq!(r("\"I regret we weren't called at once\""), Stance::Assert);
    }

    #[test]
    fn a_promise_may_come_after_the_first_words() {
        let r = |c: &str| refine(Stance::Assert, "say", Some(c));
        assert_eq!(
            r("\"We are treating it as a terrorism case, and we're going to deliver justice\""),
            Stance::Promise
        );
    }

    #[test]
    fn naming_and_expressing_cues_and_stance_lemmas() {
        assert_eq!(
            refine(Stance::Assert, "call", Some("it \"a non-starter\"")),
            Stance::Oppose
        );
        assert_eq!(
            refine(Stance::Assert, "call", Some("it \"a fine start\"")),
            Stance::Assert
        );
        assert_eq!(
            refine(Stance::Assert, "express", Some("its support for the bill")),
            Stance::Support
        );
        assert_eq!(
            refine(Stance::Assert, "hail", Some("the pipeline as an advance")),
            Stance::Support
        );
        assert_eq!(
            refine(
                Stance::Assert,
                "envision",
                Some("the pipeline as an advance")
            ),
            Stance::Assert
        );
    }

    #[test]
    fn disappointment_negligence_and_disagreement() {
        assert_eq!(
            refine(
                Stance::Assert,
                "say",
                Some("the country was disappointed by the vote")
            ),
            Stance::Oppose
        );
        assert_eq!(
            refine(
                Stance::Assert,
                "say",
                Some("\"It is gross negligence on the part of the owner\"")
            ),
            Stance::Accuse
        );
        assert_eq!(
            refine(Stance::Assert, "call", Some("the sentence \"unjust\"")),
            Stance::Oppose
        );
        // A cue the learned detector found outside the lexicon.
        assert_eq!(
            refine(Stance::Assert, "disagre", Some("with these findings")),
            Stance::Oppose
        );
        assert_eq!(
            refine(Stance::Assert, "say", Some("the vote was on Tuesday")),
            Stance::Assert
        );
    }

    #[test]
    fn tributes_praise_and_a_worsening_warns() {
        assert_eq!(
            refine(
                Stance::Assert,
                "say",
                Some("\"He was a gentle soul and a humble man\"")
            ),
            Stance::Support
        );
        assert_eq!(
            refine(
                Stance::Assert,
                "say",
                Some("\"She was an excellent teacher and a national treasure\"")
            ),
            Stance::Support
        );
        // One kind word alone is not yet praise.
        assert_eq!(
            refine(Stance::Assert, "say", Some("he was humble about the prize")),
            Stance::Assert
        );
        assert_eq!(
            refine(
                Stance::Assert,
                "say",
                Some("\"It's going to get worse before spring\"")
            ),
            Stance::Warn
        );
    }

    #[test]
    fn naming_an_act_dastardly_or_legitimate() {
        assert_eq!(
            refine(
                Stance::Assert,
                "describe",
                Some("the attack as a \"dastardly act\"")
            ),
            Stance::Oppose
        );
        assert_eq!(
            refine(
                Stance::Assert,
                "call",
                Some("the deal \"legitimate and fully lawful\"")
            ),
            Stance::Support
        );
        assert_eq!(
            refine(
                Stance::Assert,
                "say",
                Some("the old bridge might collapse in a storm")
            ),
            Stance::Warn
        );
    }

    #[test]
    fn political_attacks_oppose_and_accuse() {
        assert_eq!(
            refine(
                Stance::Assert,
                "say",
                Some("it was \"totally inappropriate\" for the judge to speak")
            ),
            Stance::Oppose
        );
        assert_eq!(
            refine(
                Stance::Assert,
                "say",
                Some("\"She is dishonest and crooked\"")
            ),
            Stance::Accuse
        );
        // A combative cue the learned detector found outside the lexicon.
        assert_eq!(
            refine(Stance::Assert, "rebuk", Some("critics of the plan")),
            Stance::Oppose
        );
    }
}
