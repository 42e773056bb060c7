//! Attribution verbs that style guides flag as loaded (claimed, admitted,
//! conceded, insisted, revealed, noted, pointed out, stated…); suggests
//! "said".
//!
//! # What it does
//!
//! Finds attribution cues whose verb the AP Stylebook or Wikipedia's "words
//! to watch" (MOS:SAID) call loaded, and suggests the neutral "said". The
//! list is `data/loaded-verbs.tsv`; add verbs with `loaded-verbs` and accept some with
//! `allowed-verbs` in `whosaid.toml`. Nouns ("his claim that") and verbs
//! inside quoted speech are not flagged, nor are verbs that report an act
//! rather than speech: with a noun phrase for object ("claimed
//! responsibility for the attack", "the hospital admitted 40 patients",
//! "acknowledged receipt of the complaint", "insisted on a closed
//! session"), or a thing for subject ("the law states that…", "the autopsy
//! revealed that…"; `data/not-people.txt`, `data/inanimate-sources.txt`).
//! Whatever is claimed or alleged is a statement, though ("claimed
//! widespread voter fraud", "the report claimed that…"), unless it is a
//! thing taken (`data/claimed-things.txt`: responsibility, victory, lives).
//!
//! # Why
//!
//! "Claimed" casts doubt, "admitted" implies wrongdoing, "revealed" and
//! "pointed out" present the statement as established fact. Each takes a
//! side the reporter did not mean to take; "said" takes none.
//!
//! # Example
//!
//! ```markdown
//! The minister admitted that the figures were late.
//! ```
//!
//! # How to fix
//!
//! Use "said" (or "told", "added"), unless the loaded meaning is exactly what
//! the reporting supports:
//!
//! ```markdown
//! The minister said the figures were late.
//! ```

use super::{Ctx, Hit, RuleInfo};
use crate::Severity;
use crate::phrases::parse_list;
use std::collections::HashSet;
use std::sync::LazyLock;
use whosaid_attribution::ClaimKind;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "WS004",
    name: "loaded-verb",
    default_severity: Severity::Warning,
    source: include_str!("ws004_loaded_verb.rs"),
    check,
};

/// Words before a cue that make it a noun ("the claim", "his admission").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "such", "any", "no", "whose", "s",
];

/// Words that make a loaded verb's object a clause (`data/clause-words.txt`).
static CLAUSE_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    parse_list(include_str!("../../data/clause-words.txt"))
        .into_iter()
        .collect()
});

/// Objects of "claim" that make it an act (`data/claimed-things.txt`).
static CLAIMED_THINGS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    parse_list(include_str!("../../data/claimed-things.txt"))
        .into_iter()
        .collect()
});

/// Verbs that doubt the speaker whoever speaks: "the report claimed" is
/// loaded as "the minister claimed" is.
const DOUBTING: [&str; 2] = ["claim", "allege"];

/// True when the claim's content is something said: quoted, after "that",
/// before the cue ("…, he admitted"), or a clause (a subject pronoun or an
/// auxiliary verb in it: "claimed the vote was rigged"). A noun phrase
/// object is an act, not speech: "claimed responsibility for the attack",
/// "admitted 40 patients", "acknowledged receipt of the complaint".
fn reports_speech(ctx: &Ctx, c: &whosaid_attribution::Claim) -> bool {
    let text = ctx.doc.text();
    if c.kind != ClaimKind::Indirect {
        return true;
    }
    let Some(content) = c.content else {
        return false;
    };
    if content.start < c.cue.start {
        return true;
    }
    let gap = text
        .get(c.cue.end..content.start)
        .unwrap_or("")
        .to_lowercase();
    if gap
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| w == "that")
    {
        return true;
    }
    let words = content.text(text).split_whitespace().map(|w| {
        w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '\u{2019}')
            .replace('\u{2019}', "'")
            .to_lowercase()
    });
    let words: Vec<String> = words.collect();
    if DOUBTING.contains(&c.cue_lemma.as_ref()) {
        // Whatever is claimed or alleged is a statement, unless it is a
        // thing taken ("claimed responsibility", "claimed 3,000 lives").
        return !words.iter().take(4).any(|w| CLAIMED_THINGS.contains(w));
    }
    let past = |i: usize| {
        i > 0
            && words[i].len() > 4
            && words[i].ends_with("ed")
            && !DETERMINERS.contains(&words[i - 1].as_str())
    };
    // "admits downing the jet", "confessed to acting alone": a gerund
    // opening the object reports what was done as said.
    let gerund = words
        .iter()
        .take(2)
        .any(|w| w.len() > 5 && w.ends_with("ing"));
    words.first().is_some_and(|w| w == "that")
        || gerund
        || words.iter().any(|w| CLAUSE_WORDS.contains(w))
        || (0..words.len()).any(past)
}

/// True when the source is a thing, not a person ("The law", "The
/// autopsy"): its last word is a listed thing.
fn thing(ctx: &Ctx, c: &whosaid_attribution::Claim) -> bool {
    c.source.is_some_and(|s| {
        s.text(ctx.doc.text())
            .split(|ch: char| !ch.is_alphanumeric())
            .rfind(|w| !w.is_empty())
            .is_some_and(|w| super::THINGS.contains(&w.to_lowercase()))
    })
}

fn check(ctx: &Ctx, out: &mut Vec<Hit>) {
    let text = ctx.doc.text();
    for c in ctx.claims {
        // Only a cue that attributes something to someone: "declared a state
        // of emergency" or "could reveal more" report no speech.
        if ctx.quoted_claim(c) || c.source.is_none() || c.kind == ClaimKind::None {
            continue;
        }
        let lemma = c.cue_lemma.as_ref();
        if ctx.lists.allowed_verbs.iter().any(|a| a == lemma) {
            continue;
        }
        let listed = ctx.lists.loaded.iter().find(|l| l.lemma == lemma);
        // The list (not the lexicon's own `loaded` flag, which also marks
        // performative uses like "declared a state of emergency") decides.
        let Some(l) = listed else { continue };
        if !reports_speech(ctx, c) || (thing(ctx, c) && !DOUBTING.contains(&lemma)) {
            continue;
        }
        let before = text[..c.cue.start.min(text.len())]
            .trim_end()
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if DETERMINERS.contains(&before.as_str()) {
            continue;
        }
        let cue = ctx.flat(c.cue);
        let (instead, why) = (l.instead.as_str(), l.why.as_str());
        out.push(Hit {
            span: c.cue,
            message: format!("loaded attribution verb \u{201c}{cue}\u{201d}: it {why}"),
            help: Some(format!("use the neutral \u{201c}{instead}\u{201d}")),
        });
    }
}

#[cfg(test)]
mod tests {
    fn ws004(text: &str) -> usize {
        crate::rules::findings_of("WS004", text)
    }

    #[test]
    fn acts_and_documents_are_no_loaded_attribution() {
        for act in [
            "The Islamic State group claimed responsibility for the attack, according to its news agency Amaq.",
            "The hospital admitted 40 patients overnight, spokeswoman Kate Long said.",
            "Engineers observed cracks in the bridge during the inspection, the transport department said.",
            "The agency acknowledged receipt of the complaint, its director Mark Chu said.",
            "Coach Lee Park insisted on a closed training session, club spokesman Tim Ray said.",
            "The law states that voters must show identification, election official Ann Lee said.",
            "The autopsy revealed that the victim had been poisoned, coroner Mark Hill said.",
        ] {
            assert_eq!(ws004(act), 0, "{act}");
        }
        for loaded in [
            "Jones claimed the vote was rigged.",
            "The minister admitted that the figures were late.",
            "Smith admitted he lied to the committee.",
            "Police alleged the accused performed two attacks.",
            "Trump and his supporters claimed Joe Biden only won the elections due to voter fraud.",
            "\"It is rushed,\" the mayor insisted.",
            "The report claimed that the vote was rigged.",
            "The president has claimed widespread voter fraud with mail-in ballots.",
            "Iran admits downing the Ukrainian jet.",
        ] {
            assert_eq!(ws004(loaded), 1, "{loaded}");
        }
    }
}
