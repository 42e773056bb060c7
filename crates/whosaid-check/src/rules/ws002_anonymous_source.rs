//! A claim pinned on an anonymous source with no stated reason for the
//! anonymity.
//!
//! # What it does
//!
//! Finds claims whose source is anonymous ("a source familiar with the
//! talks", "people familiar with the matter", "an official who spoke on
//! condition of anonymity") when neither the claim's sentence nor the next
//! one gives a reason for granting anonymity ("because he was not authorized
//! to speak publicly", "for fear of reprisal", "spoke on condition of
//! anonymity to discuss private deliberations"). A reason names what it
//! explains (the anonymity, the naming, the speaking): a "because" or
//! "feared" that belongs to the claim ("said the merger collapsed because
//! of financing costs") is none. Only an unnamed person needs a reason:
//! a source that reads as a name ("Reuters", "developer Perttu Ahola"), a
//! relative pronoun ("who") or a thing ("a report", "a government order")
//! is not flagged. The reasons are a data file
//! (`data/anonymity-reasons.txt`), extendable with `anonymity-reasons` in
//! `whosaid.toml`.
//!
//! # Why
//!
//! The AP Stylebook and most newsroom codes allow anonymous sources only when
//! the story says why the source was granted anonymity; readers can then
//! weigh the claim. An anonymous claim without a reason is the most common
//! standards complaint after an unattributed quote.
//!
//! # Example
//!
//! ```markdown
//! A source familiar with the talks said a deal was close.
//! ```
//!
//! # How to fix
//!
//! State why the source is anonymous, or name the source:
//!
//! ```markdown
//! A source familiar with the talks, who spoke on condition of anonymity
//! because the negotiations are private, said a deal was close.
//! ```

use super::{Ctx, Hit, RuleInfo};
use crate::Severity;
use crate::phrases::contains_any;
use whosaid_attribution::SpeakerType;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "WS002",
    name: "anonymous-source",
    default_severity: Severity::Error,
    source: include_str!("ws002_anonymous_source.rs"),
    check,
};

/// Nouns for people (`data/unnamed-people.txt`).
static UNNAMED_PEOPLE: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    crate::phrases::parse_list(include_str!("../../data/unnamed-people.txt"))
});

/// Relative pronouns: their antecedent, not they, is the source.
const RELATIVES: [&str; 4] = ["who", "which", "that", "whom"];

/// True when a source the extractor typed anonymous reads as an unnamed
/// person ("a senior official", "people familiar with the matter"), not as
/// a name ("Reuters", "Open source game developer Perttu Ahola"), a
/// relative pronoun ("who") or a thing ("a report", "A government order",
/// "a manifesto"): only an unnamed person needs a reason for anonymity.
fn unnamed_person(source: &str) -> bool {
    let words: Vec<&str> = source
        .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let Some(last) = words.last() else {
        return false;
    };
    let lower = |w: &str| w.to_lowercase();
    if words.len() == 1 && RELATIVES.contains(&lower(last).as_str()) {
        return false;
    }
    // The noun before any "of"/"with"/"familiar…" qualifier heads it.
    let head: Vec<&str> = words
        .iter()
        .copied()
        .take_while(|w| {
            !matches!(
                lower(w).as_str(),
                "of" | "with"
                    | "at"
                    | "in"
                    | "from"
                    | "on"
                    | "for"
                    | "within"
                    | "to"
                    | "by"
                    | "near"
                    | "inside"
                    | "among"
                    | "familiar"
                    | "close"
                    | "briefed"
                    | "who"
                    | "that"
            )
        })
        .collect();
    // "One of the victims", "One MP": a determiner says the rest is no
    // name, whatever its capitals.
    let determined = head.first().is_some_and(|w| {
        matches!(
            lower(w).as_str(),
            "a" | "an" | "the" | "one" | "some" | "another" | "two" | "three" | "several"
        )
    });
    let Some(noun) = head.last() else {
        return true;
    };
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // A name: its head is capitalised past the first word ("Perttu Ahola"),
    // or it is capitalised throughout ("Reuters", "Business Insider").
    let people = head.iter().any(|w| UNNAMED_PEOPLE.contains(&lower(w)));
    let rest = &head[usize::from(determined)..];
    let named = (rest.len() > 1 && capital(noun))
        || (!determined && !people && head.iter().all(|w| capital(w)));
    let thing = head.iter().any(|w| super::THINGS.contains(&lower(w)));
    !named && !thing
}

fn check(ctx: &Ctx, out: &mut Vec<Hit>) {
    let sentences = ctx.doc.sentences();
    let text = ctx.doc.text();
    for c in ctx.claims {
        if ctx.quoted_claim(c) {
            continue;
        }
        let Some(sentence) = sentences.get(c.sentence_index) else {
            continue;
        };
        let anonymous = match c.speaker.kind {
            SpeakerType::Anonymous => c.source.is_none_or(|s| unnamed_person(s.text(text))),
            SpeakerType::None => contains_any(sentence.text(text), &ctx.lists.anonymity_markers),
            // "According to people briefed on the plan": a group only the
            // words of its mention show to be anonymous.
            SpeakerType::Group | SpeakerType::Organization => c
                .source
                .is_some_and(|s| contains_any(s.text(text), &ctx.lists.anonymity_markers)),
            _ => false,
        };
        if !anonymous {
            continue;
        }
        let next = sentences
            .get(c.sentence_index + 1)
            .map_or("", |s| s.text(text));
        if contains_any(sentence.text(text), &ctx.lists.anonymity_reasons)
            || contains_any(next, &ctx.lists.anonymity_reasons)
        {
            continue;
        }
        let span = c.source.unwrap_or(*sentence);
        let who = match c.source {
            Some(s) => format!("\u{201c}{}\u{201d}", ctx.flat(s)),
            None => "an anonymous source".to_string(),
        };
        out.push(Hit {
            span,
            message: format!("claim attributed to {who} with no reason given for the anonymity"),
            help: Some(
                "say why the source is anonymous (\"because they were not authorized to speak publicly\") or name the source"
                    .into(),
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    fn ws002(text: &str) -> usize {
        crate::rules::findings_of("WS002", text)
    }

    #[test]
    fn a_because_about_the_claim_is_no_reason_for_anonymity() {
        for flagged in [
            "A source close to the talks said the merger collapsed because of financing costs.",
            "A senior official said the ministry feared a second wave of infections.",
            "A source familiar with the talks said a deal was close. It fell apart because of costs.",
            "A source familiar with the case said it was confidential and under investigation.",
            "According to people briefed on the plan, the company will cut 500 jobs.",
        ] {
            assert_eq!(ws002(flagged), 1, "{flagged}");
        }
        for named_or_thing in [
            "The company's shares fell sharply on Monday, Reuters reported.",
            "Open source game developer Perttu Ahola said the engine would stay free.",
            "A report said the bridge was unsafe.",
        ] {
            assert_eq!(ws002(named_or_thing), 0, "{named_or_thing}");
        }
        assert!(super::unnamed_person("A senior official"));
        assert!(super::unnamed_person("People familiar with the matter"));
        assert!(super::unnamed_person("a source close to the talks"));
        assert!(!super::unnamed_person("Business Insider"));
        assert!(super::unnamed_person("One of the victims"));
        assert!(super::unnamed_person("One MP"));
        assert!(super::unnamed_person(
            "A source within the central Interior Ministry"
        ));
        assert!(!super::unnamed_person("which"));
        assert!(!super::unnamed_person("A 2015 federal court decision"));
        for reasoned in [
            "A source familiar with the talks, who spoke on condition of anonymity because the negotiations are private, said a deal was close.",
            "A senior official said a deal was close. The official spoke on condition of anonymity to discuss private deliberations.",
            "A senior official, who was not authorized to speak publicly, said a deal was close.",
            "A source familiar with the talks said a deal was close, speaking on condition of anonymity for fear of reprisal.",
            "A senior official, who asked not to be named because of the sensitivity of the talks, said a deal was close.",
        ] {
            assert_eq!(ws002(reasoned), 0, "{reasoned}");
        }
    }
}
