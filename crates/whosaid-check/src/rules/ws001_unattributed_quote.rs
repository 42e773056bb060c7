//! A direct quotation with no speaker in its sentence, the sentences next to
//! it, or its running quotation.
//!
//! # What it does
//!
//! Finds quotations of speech (four words or more in double quotation marks)
//! where no attribution with a source is found in the sentence holding the
//! quotation, the sentence before it or the sentence after it. A running
//! quotation (AP style, over several paragraphs) counts as one quotation.
//! Cues inside quoted speech ("they said" within the quote) do not count as
//! its attribution.
//!
//! Titles of works and the text of signs are not speech and are not
//! flagged: a quotation in title case (every word capitalised but short
//! articles, conjunctions and prepositions) with no sentence break inside,
//! one right after a word that introduces a title ("the film", "her book,",
//! "titled", "called", "dubbed"), and one that a sign, banner or placard
//! "read" or "said". The word lists are `crates/whosaid-check/data/titles.txt`.
//!
//! A quotation is attributed, too, when a document reads it ("the
//! ministry's statement read "…"", "the ruling read in part: "…"", ""…,"
//! read the warning"); when a colon introduces it after a clause naming
//! someone ("Mayor Ana Ruiz had a message for her critics: "…"", "She put
//! it plainly: "…""); and when it opens a sentence right after a sentence
//! in the same paragraph that opens with a name ("Mayor Ana Ruiz was
//! blunt. "…""). A one-word label before a colon ("Result: "…"") is no
//! speaker.
//!
//! # Why
//!
//! A reader must know who said every quoted sentence. An unattributed quote
//! reads as the newsroom's own voice, or as invented, and is one of the first
//! things an editor or a correction request catches.
//!
//! # Example
//!
//! ```markdown
//! The council met on Tuesday. "We will not raise taxes this year." The
//! budget passed by one vote.
//! ```
//!
//! # How to fix
//!
//! Attribute the quotation in the same or the next sentence:
//!
//! ```markdown
//! "We will not raise taxes this year," Mayor Jane Doe said.
//! ```

use super::{Ctx, Hit, RuleInfo};
use crate::Severity;
use std::collections::HashSet;
use std::sync::LazyLock;
use whosaid_attribution::SpeakerType;
use whosaid_text::{Quotation, Span};

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "WS001",
    name: "unattributed-quote",
    default_severity: Severity::Error,
    source: include_str!("ws001_unattributed_quote.rs"),
    check,
};

/// Fewer words than this in quotation marks is a scare quote or a title.
const MIN_WORDS: usize = 4;

/// Most words a quotation after a title word may have and still be taken
/// for a title: past this it is a passage of the work, which needs its
/// author named.
const MAX_TITLE_WORDS: usize = 16;

/// Words before a verb of showing text or saying ("signs that read", "a
/// banner on the bridge said") within which the sign word must come.
const SIGN_REACH: usize = 4;

/// The sections of `data/titles.txt`.
struct Titles {
    title_words: HashSet<String>,
    signs: HashSet<String>,
    documents: HashSet<String>,
    sign_verbs: HashSet<String>,
    sign_says: HashSet<String>,
    determiners: HashSet<String>,
    verb_context: HashSet<String>,
    small_words: HashSet<String>,
}

static TITLES: LazyLock<Titles> = LazyLock::new(|| {
    let section = |name: &str| -> HashSet<String> {
        crate::phrases::parse_section(super::TITLES_DATA, name)
            .into_iter()
            .collect()
    };
    Titles {
        title_words: section("title-word"),
        signs: section("sign"),
        documents: section("document"),
        sign_verbs: section("sign-verb"),
        sign_says: section("sign-say"),
        determiners: section("determiner"),
        verb_context: section("verb-context"),
        small_words: section("small-word"),
    }
});

/// A word without the punctuation around it ("(The", "Us,").
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// True when `inner` has a sentence break before its end: a `;`, `!` or
/// `?`, or a full stop after a word of more than three letters ("Mr." and
/// "U.S." are no break), followed by more words.
fn breaks_sentence(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    words.iter().take(words.len().saturating_sub(1)).any(|w| {
        let w = w.trim_end_matches(['"', '\'', '\u{2019}', '\u{201d}', ')']);
        w.ends_with([';', '!', '?'])
            || (w.ends_with('.') && !w[..w.len() - 1].contains('.') && bare(w).chars().count() > 3)
    })
}

/// A title in title case: the first word and every word that is no short
/// function word start with a capital or a digit, some letter is lower case
/// (shouting is no title), and there is no sentence break inside.
fn title_case(inner: &str) -> bool {
    if !inner.chars().any(char::is_lowercase) || breaks_sentence(inner) {
        return false;
    }
    let mut words = inner.split_whitespace().map(bare).filter(|w| !w.is_empty());
    let capital = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    let Some(first) = words.next() else {
        return false;
    };
    capital(first) && words.all(|w| capital(w) || TITLES.small_words.contains(&w.to_lowercase()))
}

/// The last words of `text[start..at]` (up to `SIGN_REACH + 2`), nearest
/// first, lower case and bare, after dropping one comma or colon right
/// before `at`.
fn words_before(text: &str, start: usize, at: usize) -> Vec<String> {
    let Some(before) = text.get(start..at) else {
        return Vec::new();
    };
    let before = before.trim_end();
    let before = before.strip_suffix([',', ':']).unwrap_or(before).trim_end();
    // A sentence break between the words and the quotation: they say nothing
    // of it.
    if before.ends_with(['.', '!', '?', ';']) {
        return Vec::new();
    }
    // Only the few words the tests look at: a long sentence holding many
    // quotations must not cost its length for each.
    before
        .split_whitespace()
        .rev()
        .map(|w| bare(w).to_lowercase())
        .filter(|w| !w.is_empty())
        .take(SIGN_REACH + 2)
        .collect()
}

/// True when a title word after `prev` is a verb: after a subject pronoun,
/// an auxiliary or "to", or after a plural subject of more than three
/// letters ("records show", but "his show", "ABC's show", "was dubbed").
fn verb_use(prev: Option<&String>) -> bool {
    prev.is_some_and(|w| {
        TITLES.verb_context.contains(w)
            || (w.ends_with('s')
                && w.chars().count() > 3
                && !w.ends_with("'s")
                && !w.ends_with("\u{2019}s")
                && !TITLES.determiners.contains(w))
    })
}

/// True when the quotation is the title of a work or a sign's text, not
/// speech that needs a speaker.
fn names_a_work(ctx: &Ctx, q: &Quotation) -> bool {
    let inner = q.inner.text(ctx.doc.text());
    let at = q.span.start;
    let start = ctx.sentence_span_at(at).map_or(0, |s| s.start.min(at));
    let before = words_before(ctx.doc.text(), start, at);
    // A sentence of its own ending in a full stop is speech, however it is
    // capitalised ("We Will Not Back Down From This Fight."); a title ending
    // a sentence has the stop inside the marks ('… on "The Late Show."').
    let whole_sentence = before.is_empty()
        && inner
            .trim_end_matches(['"', '\'', '\u{2019}', '\u{201d}', ')', ' '])
            .ends_with('.');
    if title_case(inner) && !whole_sentence {
        return true;
    }
    if read_after(ctx, q) {
        return true;
    }
    // "read in part" reads as "read".
    let before: Vec<String> = match before.as_slice() {
        [part, inn, rest @ ..] if part == "part" && inn == "in" => rest.to_vec(),
        _ => before,
    };
    let Some(last) = before.first() else {
        return false;
    };
    // A title opens with a capital or a digit: 'His latest film "is a
    // disaster"' and 'has been called "a betrayal of every voter"' quote
    // someone.
    let opens_title = inner
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let one_phrase = opens_title
        && inner.split_whitespace().count() <= MAX_TITLE_WORDS
        && !breaks_sentence(inner);
    if TITLES.title_words.contains(last) && one_phrase && !verb_use(before.get(1)) {
        return true;
    }
    let near = |k: usize| {
        (1..=SIGN_REACH).contains(&k) && before.get(k).is_some_and(|w| TITLES.signs.contains(w))
    };
    if TITLES.sign_verbs.contains(last) {
        let document = |k: usize| before.get(k).is_some_and(|w| TITLES.documents.contains(w));
        // The document may open the sentence, its verb set off by a clause:
        // "The opinion of the Court, released on Wednesday, read in part".
        let opens_with_document = ctx
            .doc
            .text()
            .get(start..at)
            .unwrap_or("")
            .split_whitespace()
            .take(SIGN_REACH)
            .any(|w| TITLES.documents.contains(&bare(w).to_lowercase()));
        return opens_with_document || (1..=SIGN_REACH).any(|k| near(k) || document(k));
    }
    // "the clerk signs the roll, saying": a sign word after a subject is a
    // verb.
    TITLES.sign_says.contains(last)
        && (1..=SIGN_REACH).any(|k| {
            near(k)
                && before
                    .get(k + 1)
                    .is_none_or(|w| TITLES.determiners.contains(w))
        })
}

/// True when the words after the quotation say a document or sign read it
/// (""…," read the warning", ""…," reads the sign on the door").
fn read_after(ctx: &Ctx, q: &Quotation) -> bool {
    let text = ctx.doc.text();
    let end = ctx
        .sentence_span_at(q.span.end.saturating_sub(1))
        .map_or(text.len(), |s| s.end.max(q.span.end));
    let Some(after) = text.get(q.span.end..end) else {
        return false;
    };
    let words: Vec<String> = after
        .split_whitespace()
        .map(|w| bare(w).to_lowercase())
        .filter(|w| !w.is_empty())
        .take(SIGN_REACH + 1)
        .collect();
    words.first().is_some_and(|w| TITLES.sign_verbs.contains(w))
        && words[1..]
            .iter()
            .any(|w| TITLES.documents.contains(w) || TITLES.signs.contains(w))
}

/// Pronouns that open a clause about someone already named.
const PERSONAL: [&str; 8] = ["he", "she", "they", "his", "her", "their", "we", "our"];

/// True when the words of a sentence open with someone named: a capitalised
/// word that is no determiner followed by another ("Mayor Ana Ruiz", "Ana
/// Ruiz"), or a personal pronoun.
fn opens_with_someone(words: &[&str]) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    match words {
        [first, second, ..] => {
            let f = bare(first).to_lowercase();
            PERSONAL.contains(&f.as_str())
                || (capital(bare(first))
                    && capital(bare(second))
                    && !TITLES.determiners.contains(&f))
        }
        [first] => PERSONAL.contains(&bare(first).to_lowercase().as_str()),
        [] => false,
    }
}

/// True when a colon right before the quotation ends a clause that names
/// someone ("Mayor Ana Ruiz had a message for her critics: "…"", "She put
/// it plainly: "…""): a clause of two words or more that opens with
/// someone or holds a capitalised word after its first. A one-word label
/// ("Result:") is not enough.
fn introduced_by_colon(ctx: &Ctx, q: &Quotation) -> bool {
    let text = ctx.doc.text();
    let Some(before) = text.get(..q.span.start) else {
        return false;
    };
    let Some(clause) = before.trim_end().strip_suffix(':') else {
        return false;
    };
    let start = ctx
        .sentence_span_at(q.span.start)
        .map_or(0, |s| s.start.min(clause.len()));
    let words: Vec<&str> = clause
        .get(start..)
        .unwrap_or("")
        .split_whitespace()
        .collect();
    words.len() >= 2
        && (opens_with_someone(&words)
            || words[1..]
                .iter()
                .any(|w| bare(w).chars().next().is_some_and(char::is_uppercase)))
}

/// True when the quotation opens its sentence and the sentence before it,
/// in the same paragraph, opens with someone ("Mayor Ana Ruiz was blunt.
/// "We will not raise taxes.""): the reader knows who speaks.
fn introduced_by_sentence(ctx: &Ctx, q: &Quotation) -> bool {
    let text = ctx.doc.text();
    let sentences = ctx.doc.sentences();
    let Some(i) = ctx.doc.sentence_at(q.span.start) else {
        return false;
    };
    let Some(prev) = i.checked_sub(1).and_then(|p| sentences.get(p)) else {
        return false;
    };
    let opens = sentences
        .get(i)
        .and_then(|s| text.get(s.start..q.span.start))
        .is_some_and(|b| b.trim().is_empty());
    let same_paragraph = ctx.doc.paragraph_at(prev.start) == ctx.doc.paragraph_at(q.span.start);
    let words: Vec<&str> = prev.text(text).split_whitespace().collect();
    opens && same_paragraph && opens_with_someone(&words)
}

fn check(ctx: &Ctx, out: &mut Vec<Hit>) {
    let text = ctx.doc.text();
    // The claims that attribute a quotation, looked up by sentence and by
    // content span in logarithmic time: a file of thousands of quotations
    // must not scan every claim for each.
    let speaking: Vec<&whosaid_attribution::Claim> = ctx
        .claims
        .iter()
        .filter(|c| !ctx.quoted_claim(c) && c.speaker.kind != SpeakerType::None)
        // A one-word label before a colon ("Result: "…"") is taken by the
        // extractor as a source; only a person's name says who spoke.
        .filter(|c| {
            let label = c.cue.text(text).trim() == ":"
                && c.source
                    .is_some_and(|s| s.text(text).split_whitespace().count() == 1);
            !label || c.speaker.kind == SpeakerType::Person
        })
        .collect();
    let mut sentences: Vec<usize> = speaking.iter().map(|c| c.sentence_index).collect();
    sentences.sort_unstable();
    let mut contents: Vec<Span> = speaking.iter().filter_map(|c| c.content).collect();
    contents.sort_unstable_by_key(|s| s.start);
    // The furthest end among the contents up to each one.
    let reach: Vec<usize> = contents
        .iter()
        .scan(0, |m, s| {
            *m = (*m).max(s.end);
            Some(*m)
        })
        .collect();
    for q in ctx.top_quotes() {
        if !q.closed
            || q.inner.text(text).split_whitespace().count() < MIN_WORDS
            || names_a_work(ctx, &q)
            || introduced_by_colon(ctx, &q)
            || introduced_by_sentence(ctx, &q)
        {
            continue;
        }
        let (first, last) = ctx.sentences_of(q.span);
        let lo = first.saturating_sub(1);
        let hi = last + 1;
        let near = sentences
            .get(sentences.partition_point(|&s| s < lo))
            .is_some_and(|&s| s <= hi);
        // A content overlapping the quotation starts before its end and
        // reaches past its start.
        let k = contents.partition_point(|s| s.start < q.span.end);
        let overlapped = k > 0 && reach[k - 1] > q.span.start;
        let attributed = near || overlapped;
        if !attributed {
            let words: Vec<&str> = q.inner.text(text).split_whitespace().take(6).collect();
            out.push(Hit {
                span: q.span,
                message: format!(
                    "quotation \u{201c}{}{}\u{201d} has no speaker in its sentence or the sentences next to it",
                    words.join(" "),
                    if q.inner.text(text).split_whitespace().count() > 6 {
                        "…"
                    } else {
                        ""
                    }
                ),
                help: Some("attribute it: add who said it (\"…,\" Jane Doe said.) in the same or the next sentence".into()),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_before_a_quotation() {
        let t = "The (new) sign, read: \"";
        let at = t.len() - 1;
        assert_eq!(words_before(t, 0, at), ["read", "sign", "new", "the"]);
        assert!(words_before("It ended. \"", 0, 10).is_empty());
        // A long sentence holding many quotations: only the last few words
        // are read for each, or WS001 was quadratic in the sentence (20,000
        // quotations in one sentence: 57 s, 2.4 s with this bound).
        let long = "word ".repeat(10_000);
        assert_eq!(words_before(&long, 0, long.len()).len(), SIGN_REACH + 2);
    }

    fn ws001(text: &str) -> usize {
        crate::rules::findings_of("WS001", text)
    }

    #[test]
    fn documents_colons_and_introductions_attribute_a_quotation() {
        for attributed in [
            "Intro.\n\nMayor Ana Ruiz had a message for her critics: \"You are wrong about this budget and you know it.\"\n",
            "Intro.\n\nStardom's official statement yesterday read \"We are very sorry to report that our wrestler has died.\"\n",
            "Intro.\n\nThe ruling read in part: \"This Court has already concluded that the advice was unlawful.\"\n",
            "Intro.\n\n\"Storm Lorenzo will produce significant swell and high winds,\" read the warning.\n",
            "Intro.\n\nThe opinion of the Court, released on Wednesday, read in part, \"It is concluded that the oath was not taken.\"\n",
            "Intro.\n\nMayor Ana Ruiz was blunt. \"We will not raise taxes this year, whatever happens.\"\n",
        ] {
            assert_eq!(ws001(attributed), 0, "{attributed}");
        }
        for unattributed in [
            "Intro.\n\nThe vote was close. Result: \"We got nothing at all from this budget.\"\n",
            "Intro.\n\nThe vote was close. \"We will not raise taxes this year, whatever happens.\"\n",
            "Mayor Ana Ruiz was blunt.\n\n\"We will not raise taxes this year, whatever happens.\"\n",
        ] {
            assert_eq!(ws001(unattributed), 1, "{unattributed}");
        }
    }

    #[test]
    fn titles_in_title_case() {
        assert!(title_case("The Lord of the Rings: The Return of the King"));
        assert!(title_case("A Promised Land for All of Us,"));
        assert!(title_case("Mr. Smith Goes to Washington"));
        assert!(!title_case("We Will Not Raise Taxes. Not This Year."));
        assert!(!title_case("WE WILL NOT RAISE TAXES"));
        assert!(!title_case("We will not raise taxes"));
    }
}
