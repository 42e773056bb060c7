//! WS001 leaves titles of works and the text of signs alone (review12 item
//! 1: AP style puts book, film and song titles in quotation marks, so arts
//! copy failed the gate), and still flags quoted speech.

use whosaid_check::{Checker, FileKind, Settings};

fn ws001(text: &str) -> usize {
    Checker::new()
        .check_text("t.md", text, FileKind::Markdown, &Settings::default())
        .diagnostics
        .iter()
        .filter(|d| d.code == "WS001")
        .count()
}

#[test]
fn titles_and_signs_are_not_unattributed_quotes() {
    for text in [
        // Title case, a colon inside.
        "The council met on Tuesday. The film \"The Lord of the Rings: The Return of the King\" won every award it was up for.",
        // Title case set off by commas.
        "Her new book, \"A Promised Land for All of Us,\" comes out in May.",
        // Title case anywhere in the sentence.
        "Tickets for \"Who Framed Roger Rabbit Again?\" sold out in an hour.",
        // Sentence case after a word that introduces a title.
        "The band closed with a song called \"We will never give up on you\" at midnight.",
        "The article, \"Why the city budget fails all of us,\" ran on Sunday.",
        "His show, \"A night with the people who keep this city running,\" airs nightly.",
        // The text of a sign.
        "The sign read \"No parking at any time here\" until Friday.",
        "Protesters carried signs that read \"we want our jobs back now\" outside the hall.",
        "A banner on the bridge said, \"welcome home to all our troops.\"",
    ] {
        assert_eq!(ws001(text), 0, "{text}");
    }
}

#[test]
fn quoted_speech_is_still_flagged() {
    for text in [
        "The council met on Tuesday. \"We will not raise taxes this year.\" The budget passed.",
        // Title case, but two sentences.
        "The council met on Tuesday. \"We Will Not Raise Taxes. Not This Year.\" The budget passed.",
        // Capitals only: shouting, not a title.
        "The hall was full. \"WE WILL NOT RAISE TAXES THIS YEAR.\" The budget passed.",
        // After a title word, a passage of more than one sentence.
        "The mayor has a new book. In the book, \"we will not raise taxes this year. The budget must balance first.\" It sold well.",
        // A title word used as a verb.
        "The council met. Records show \"a steady decline in every district since the vote.\" The budget passed.",
        "The council met. They play \"the long game with every budget we pass.\" The budget passed.",
        // After a title word, words that open in lower case go on the
        // sentence or describe; a title opens with a capital (review13).
        "The critics were harsh. His latest film \"is a disaster from start to finish\" in every way.",
        "The council met. The policy has been called \"a betrayal of every voter who trusted this government.\"",
        "The council met. In her column, \"the city is failing its poorest families\" again.",
        "The council met. The senator was dubbed \"a traitor to the party\" by nobody in particular.",
        // Title case that ends as a sentence does.
        "The council met. \"We Will Not Back Down From This Fight For Our Children.\" The budget passed.",
        // A sign word that is a verb, far from a verb of saying.
        "The hall was full when the clerk signs the roll. Then, \"we will not raise taxes this year,\" a voice cried out.",
    ] {
        assert_eq!(ws001(text), 1, "{text}");
    }
}
