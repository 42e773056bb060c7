//! News-English cases for sentence and quotation segmentation, written in the
//! style of the PolNeAR train articles and of Wikinews (short sentences made
//! up for the tests, not copied passages).

use whosaid_text::{Document, QuoteStyle, paragraphs, quotations, split_sentences};

fn split(text: &str) -> Vec<&str> {
    split_sentences(text).iter().map(|s| s.text(text)).collect()
}

/// Each case: the text and the sentences it must split into.
const SENTENCE_CASES: &[(&str, &[&str])] = &[
    // Titles before names.
    (
        "Mr. Trump met Mrs. Clinton and Ms. Warren. They spoke briefly.",
        &[
            "Mr. Trump met Mrs. Clinton and Ms. Warren.",
            "They spoke briefly.",
        ],
    ),
    (
        "Dr. Ben Carson led the poll. Sen. Ted Cruz was second.",
        &["Dr. Ben Carson led the poll.", "Sen. Ted Cruz was second."],
    ),
    // Canadian and police titles.
    (
        "The vote was close. Coun. Josh Matlow and Const. Ana Ruiz spoke.",
        &[
            "The vote was close.",
            "Coun. Josh Matlow and Const. Ana Ruiz spoke.",
        ],
    ),
    (
        "Rep. Paul Ryan and Gov. Chris Christie disagreed. Gen. David Petraeus declined to comment.",
        &[
            "Rep. Paul Ryan and Gov. Chris Christie disagreed.",
            "Gen. David Petraeus declined to comment.",
        ],
    ),
    (
        "The report was written by Lt. Col. Ralph Peters. It was published Monday.",
        &[
            "The report was written by Lt. Col. Ralph Peters.",
            "It was published Monday.",
        ],
    ),
    (
        "Gov.-elect Matt Bevin will take office in December. He won by nine points.",
        &[
            "Gov.-elect Matt Bevin will take office in December.",
            "He won by nine points.",
        ],
    ),
    (
        "U.S. Sen. Marco Rubio spoke in Iowa. The crowd was small.",
        &[
            "U.S. Sen. Marco Rubio spoke in Iowa.",
            "The crowd was small.",
        ],
    ),
    // Months and dates.
    (
        "The vote is set for Jan. 12 in Des Moines. Another follows on Feb. 9.",
        &[
            "The vote is set for Jan. 12 in Des Moines.",
            "Another follows on Feb. 9.",
        ],
    ),
    (
        "The attacks of Sept. 11 changed the debate. Nobody disputes that.",
        &[
            "The attacks of Sept. 11 changed the debate.",
            "Nobody disputes that.",
        ],
    ),
    (
        "The deadline is Nov. 30, officials said. Few expect it to hold.",
        &[
            "The deadline is Nov. 30, officials said.",
            "Few expect it to hold.",
        ],
    ),
    // Dotted acronyms, mid-sentence and at the end.
    (
        "The U.S. and the U.K. signed the deal at the U.N. on Tuesday.",
        &["The U.S. and the U.K. signed the deal at the U.N. on Tuesday."],
    ),
    (
        "He has lived in Washington, D.C. for years. He likes it.",
        &[
            "He has lived in Washington, D.C. for years.",
            "He likes it.",
        ],
    ),
    (
        "The refugees were bound for the U.S. But the plan stalled.",
        &[
            "The refugees were bound for the U.S.",
            "But the plan stalled.",
        ],
    ),
    (
        "The resolution passed at the U.N. The U.S. abstained.",
        &["The resolution passed at the U.N.", "The U.S. abstained."],
    ),
    (
        "The U.S. Supreme Court declined to hear the case.",
        &["The U.S. Supreme Court declined to hear the case."],
    ),
    // Companies and suffixes.
    (
        "Shares of Apple Inc. rose 2 percent. Microsoft Corp. fell.",
        &[
            "Shares of Apple Inc. rose 2 percent.",
            "Microsoft Corp. fell.",
        ],
    ),
    (
        "He sold the stake to Koch Industries Inc. The price was not disclosed.",
        &[
            "He sold the stake to Koch Industries Inc.",
            "The price was not disclosed.",
        ],
    ),
    (
        "Martin Luther King Jr. spoke there in 1963. The site is now a museum.",
        &[
            "Martin Luther King Jr. spoke there in 1963.",
            "The site is now a museum.",
        ],
    ),
    (
        "She lives on Main St. in Concord. Her office is on Elm St. The mayor visited.",
        &[
            "She lives on Main St. in Concord.",
            "Her office is on Elm St.",
            "The mayor visited.",
        ],
    ),
    (
        "He called it his No. 1 priority. No. 2 was the economy.",
        &["He called it his No. 1 priority.", "No. 2 was the economy."],
    ),
    // Initials.
    (
        "George W. Bush campaigned for his brother. J.K. Rowling tweeted about it.",
        &[
            "George W. Bush campaigned for his brother.",
            "J.K. Rowling tweeted about it.",
        ],
    ),
    (
        "The memo was signed by John F. Kelly and sent to H.R. McMaster.",
        &["The memo was signed by John F. Kelly and sent to H.R. McMaster."],
    ),
    // Numbers, money, times.
    (
        "Unemployment fell to 5.1 percent. Wages rose 2.3 percent.",
        &[
            "Unemployment fell to 5.1 percent.",
            "Wages rose 2.3 percent.",
        ],
    ),
    (
        "The campaign raised $1.2 billion. It spent $800,000 on ads in October.",
        &[
            "The campaign raised $1.2 billion.",
            "It spent $800,000 on ads in October.",
        ],
    ),
    (
        "Polls close at 7 p.m. Eastern time. Results are expected by 10 p.m.",
        &[
            "Polls close at 7 p.m. Eastern time.",
            "Results are expected by 10 p.m.",
        ],
    ),
    (
        "The rally began at 10 a.m. The candidate arrived late.",
        &["The rally began at 10 a.m.", "The candidate arrived late."],
    ),
    (
        "He spoke at 3:40 p.m. on Friday in Cedar Rapids.",
        &["He spoke at 3:40 p.m. on Friday in Cedar Rapids."],
    ),
    // Ellipses.
    (
        "\"I have never met ... him,\" she said. The aide left.",
        &["\"I have never met ... him,\" she said.", "The aide left."],
    ),
    (
        "The crowd waited… Then the doors opened.",
        &["The crowd waited…", "Then the doors opened."],
    ),
    (
        "He paused for a while... and then he answered.",
        &["He paused for a while... and then he answered."],
    ),
    // Terminal punctuation inside quotes, then an attribution.
    (
        "\"We will win,\" he said. \"We always do.\"",
        &["\"We will win,\" he said.", "\"We always do.\""],
    ),
    (
        "“Really?” she asked. The room fell silent.",
        &["“Really?” she asked.", "The room fell silent."],
    ),
    (
        "“Who pays for the wall?” Trump asked the crowd. “Mexico!” they shouted.",
        &[
            "“Who pays for the wall?” Trump asked the crowd.",
            "“Mexico!” they shouted.",
        ],
    ),
    (
        "“It was a disaster!” Rubio said of the deal. He did not elaborate.",
        &[
            "“It was a disaster!” Rubio said of the deal.",
            "He did not elaborate.",
        ],
    ),
    (
        "“We are not going anywhere.” He said the campaign had money left.",
        &[
            "“We are not going anywhere.”",
            "He said the campaign had money left.",
        ],
    ),
    (
        "She called the plan “a fraud.” The White House disagreed.",
        &[
            "She called the plan “a fraud.”",
            "The White House disagreed.",
        ],
    ),
    (
        "\"Enough is enough.\" said the sign outside the hall.",
        &["\"Enough is enough.\" said the sign outside the hall."],
    ),
    // Parentheses.
    (
        "The bill (which passed 52-48.) now goes to the House.",
        &["The bill (which passed 52-48.) now goes to the House."],
    ),
    // Datelines.
    (
        "WASHINGTON (AP) — The Senate passed the bill Tuesday. The House is next.",
        &[
            "WASHINGTON (AP) — The Senate passed the bill Tuesday.",
            "The House is next.",
        ],
    ),
    (
        "BEDFORD, N.H. (AP) — Marco Rubio spoke to voters. He left early.",
        &[
            "BEDFORD, N.H. (AP) — Marco Rubio spoke to voters.",
            "He left early.",
        ],
    ),
    (
        "WASHINGTON, D.C. — Lawmakers returned from recess.",
        &["WASHINGTON, D.C. — Lawmakers returned from recess."],
    ),
    // Headlines and lines without a final period.
    (
        "Trump Leads in New Hampshire Poll\n\nMANCHESTER, N.H. — Donald Trump leads the field.",
        &[
            "Trump Leads in New Hampshire Poll",
            "MANCHESTER, N.H. — Donald Trump leads the field.",
        ],
    ),
    (
        "Friday, January 4, 2019 \n\nAn apartment building collapsed on Monday.",
        &[
            "Friday, January 4, 2019",
            "An apartment building collapsed on Monday.",
        ],
    ),
    (
        "Clinton wins Nevada caucuses\nSanders vows to fight on\nTurnout was down",
        &[
            "Clinton wins Nevada caucuses",
            "Sanders vows to fight on",
            "Turnout was down",
        ],
    ),
    // Bullets.
    (
        "The plan has three parts:\n- a wall on the border\n- a tax cut\n- new trade deals",
        &[
            "The plan has three parts:",
            "- a wall on the border",
            "- a tax cut",
            "- new trade deals",
        ],
    ),
    (
        "Key facts • 39 people died • 1,000 lived in the building",
        &[
            "Key facts",
            "• 39 people died",
            "• 1,000 lived in the building",
        ],
    ),
    // Exclamations and questions inside names and sentences.
    (
        "Jeb! was better than in previous outings. Is that enough? Nobody knows!",
        &[
            "Jeb! was better than in previous outings.",
            "Is that enough?",
            "Nobody knows!",
        ],
    ),
    // Web and e-mail addresses.
    (
        "Details are at www.fec.gov. Questions go to press@example.org. Thanks.",
        &[
            "Details are at www.fec.gov.",
            "Questions go to press@example.org.",
            "Thanks.",
        ],
    ),
    // A lower-case word after an abbreviation continues.
    (
        "Sales at Pitt & Co. fell in the third quarter.",
        &["Sales at Pitt & Co. fell in the third quarter."],
    ),
];

#[test]
fn news_sentence_cases() {
    let mut failures = Vec::new();
    for (text, expected) in SENTENCE_CASES {
        let got = split(text);
        if got != *expected {
            failures.push(format!(
                "{text:?}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(SENTENCE_CASES.len() >= 40);
    assert!(
        failures.is_empty(),
        "{} of {} news cases failed:\n{}",
        failures.len(),
        SENTENCE_CASES.len(),
        failures.join("\n")
    );
}

fn quoted(text: &str) -> Vec<&str> {
    quotations(text).iter().map(|q| q.span.text(text)).collect()
}

#[test]
fn apostrophes_are_not_quotations() {
    let t = "Clinton's rock 'n' roll fans from the '90s didn't care about Sanders' plan.";
    assert!(quoted(t).is_empty(), "{:?}", quoted(t));
}

#[test]
fn nested_single_quotation_inside_double() {
    let t = "“He told me, ‘You’re fired,’ and walked out,” Smith said.";
    let q = quotations(t);
    assert_eq!(q.len(), 2, "{:?}", quoted(t));
    assert_eq!(
        q[0].span.text(t),
        "“He told me, ‘You’re fired,’ and walked out,”"
    );
    assert_eq!(q[0].style, QuoteStyle::Double);
    assert_eq!(q[1].span.text(t), "‘You’re fired,’");
    assert_eq!(q[1].inner.text(t), "You’re fired,");
    assert_eq!(q[1].style, QuoteStyle::Single);
}

#[test]
fn straight_single_quotes_in_a_headline() {
    let t = "Trump calls deal 'a disaster' as talks stall";
    assert_eq!(quoted(t), vec!["'a disaster'"]);
}

#[test]
fn ap_running_quotation_over_three_paragraphs() {
    let t = "“We will build the wall.\n\n“And Mexico will pay for it.\n\n“Believe me,” he said.\n\nThe crowd cheered.";
    let q = quotations(t);
    assert_eq!(q.len(), 1);
    assert!(q[0].running && q[0].closed);
    assert!(q[0].span.text(t).ends_with("“Believe me,”"));
    assert!(q[0].span.text(t).starts_with("“We will build"));
}

#[test]
fn an_unclosed_quote_does_not_swallow_the_document() {
    let t =
        "He said “this never closes.\n\nThe next paragraph is plain.\n\nSo is “this one,” he said.";
    let q = quotations(t);
    assert_eq!(q[0].span.text(t), "“this never closes.");
    assert!(!q[0].closed);
    assert_eq!(q[1].span.text(t), "“this one,”");
    assert!(q[1].closed);
}

#[test]
fn a_stray_quote_does_not_invert_later_pairs() {
    // The first mark opens a quotation that never closes; the later pair
    // must still be found as a pair, not as a closing and an opening mark.
    let t = "The 6'2\" senator said \"no\" twice.";
    assert!(quoted(t).contains(&"\"no\""), "{:?}", quoted(t));
}

#[test]
fn document_ties_it_together() {
    let t = "WASHINGTON (AP) — “We will win,” he said.\n\nThe vote is Nov. 8.";
    let d = Document::new(t);
    assert_eq!(d.sentences().len(), 2);
    assert_eq!(d.quotations().len(), 1);
    let second = d.sentences()[1];
    assert_eq!(d.sentence_at(second.start + 3), Some(1));
    assert_eq!(d.offsets().line_col(second.start).line, 3);
    assert_eq!(paragraphs(t).len(), 2);
    assert_eq!(d.paragraphs(), paragraphs(t).as_slice());
    assert_eq!(d.paragraph_at(second.start), Some(1));
    let words: Vec<&str> = d
        .tokens(d.sentences()[0])
        .iter()
        .map(|k| k.span.text(t))
        .collect();
    assert_eq!(&words[..4], &["WASHINGTON", "(", "AP", ")"]);
    // Every sentence lies inside one paragraph.
    for s in d.sentences() {
        assert!(d.paragraphs().iter().any(|p| p.contains(*s)));
    }
}
