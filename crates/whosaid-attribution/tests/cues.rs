//! Cue finding and the extent of the cue span, as PolNeAR marks cues, on
//! sentences written for the purpose.

mod common;

use common::{assert_group, claims, one};

#[test]
fn said_in_a_statement_is_one_cue() {
    let g = one("The senator said in a statement that the bill would fail.");
    assert_eq!(g.group, "said in a statement");
    assert_eq!(g.source.as_deref(), Some("The senator"));
    assert_eq!(g.content.as_deref(), Some("the bill would fail"));
}

#[test]
fn said_in_an_interview_stays_out_of_the_cue() {
    // PolNeAR leaves an interview out of the cue as often as it keeps it.
    let g = one("The senator said in an interview that the bill would fail.");
    assert_eq!(g.group, "said");
}

#[test]
fn a_curly_negated_auxiliary_joins_the_cue_and_negates_it() {
    for text in [
        "Smith didn\u{2019}t say that the plan would work.",
        "Smith didn't say that the plan would work.",
    ] {
        let g = one(text);
        assert_eq!(g.group, text[6..text.find(" that").unwrap()], "{text}");
        assert_eq!(g.source.as_deref(), Some("Smith"), "{text}");
        assert!(g.negated, "{text}");
    }
}

#[test]
fn in_a_poll_opening_the_sentence_is_a_cue_with_the_poll_as_source() {
    let g = one("In a Gallup/CNN poll released Monday, 50 percent of voters chose Lee.");
    assert_eq!(g.cue, "In");
    assert_eq!(
        g.source.as_deref(),
        Some("a Gallup/CNN poll released Monday")
    );
    assert_eq!(g.content.as_deref(), Some("50 percent of voters chose Lee"));
}

#[test]
fn in_is_no_cue_elsewhere() {
    // Not before a poll, not opening the sentence, or no comma after it.
    for text in [
        "In Iowa, the senator leads by ten points.",
        "The senator leads in the latest poll, by ten points.",
        "In the poll the senator leads by ten points.",
    ] {
        assert!(
            claims(text).iter().all(|g| g.cue != "In" && g.cue != "in"),
            "{text}"
        );
    }
}

#[test]
fn a_cue_verb_after_the_poll_keeps_its_own_claim_inside_the_polls() {
    // PolNeAR marks both: the poll found what the voters say.
    let v = claims("In a Gallup poll released Monday, most voters say the race is close.");
    assert_eq!(
        v.len(),
        2,
        "{:?}",
        v.iter().map(|g| &g.cue).collect::<Vec<_>>()
    );
    assert_eq!(v[0].cue, "In");
    assert_eq!(
        v[0].source.as_deref(),
        Some("a Gallup poll released Monday")
    );
    assert_eq!(
        v[0].content.as_deref(),
        Some("most voters say the race is close")
    );
    assert_eq!(v[1].cue, "say");
    assert_eq!(v[1].source.as_deref(), Some("most voters"));
    assert_eq!(v[1].content.as_deref(), Some("the race is close"));
}

#[test]
fn a_preposition_after_a_phrasal_particle_joins_the_cue() {
    for (text, group, content) in [
        (
            "The governor lashed out at the reporters on Tuesday.",
            "lashed out at",
            // The day of the saying is no part of a noun phrase content.
            "the reporters",
        ),
        (
            "The mayor spoke out against the plan to close the school.",
            "spoke out against",
            "the plan to close the school",
        ),
        (
            "The actress opened up about her long illness.",
            "opened up about",
            "her long illness",
        ),
    ] {
        let g = claims(text)
            .into_iter()
            .find(|g| g.group.starts_with(&group[..4]))
            .unwrap_or_else(|| panic!("no claim in {text:?}"));
        assert_eq!(g.group, group, "{text}");
        assert_eq!(g.content.as_deref(), Some(content), "{text}");
    }
    // "up to" is a limit, not what was said.
    let g = claims("The senator spoke up to the end of the session.");
    assert!(g.iter().all(|g| !g.group.ends_with(" to")));
}

#[test]
fn as_joins_a_participle_of_naming_but_not_said_or_described() {
    let g = claims("The senator, known as a hawk, wants more troops.");
    assert!(g.iter().any(|g| g.group == "known as"), "known as");
    let g = one("\"We will win,\" the senator said as the crowd cheered.");
    assert_eq!(g.group, "said");
    let g = claims("The plan was described as a disaster by its critics.");
    assert!(
        g.iter().any(|g| g.group == "was described"),
        "{:?}",
        g.iter().map(|g| &g.group).collect::<Vec<_>>()
    );
}

#[test]
fn a_day_ending_the_sentence_after_the_verb_joins_the_cue() {
    let g = one("\"We will win,\" the senator said Tuesday.");
    assert_eq!(g.group, "said Tuesday");
    let g = one("\"We will win,\" the senator said recently.");
    assert_eq!(g.group, "said recently");
    // Not "on Tuesday", nor a day with more words after it.
    let g = one("\"We will win,\" the senator said on Tuesday.");
    assert_eq!(g.group, "said");
    let g = one("The senator said Tuesday that the bill would fail.");
    assert_eq!(g.group, "said");
}

#[test]
fn a_view_noun_after_its_verb_joins_the_cue() {
    // A word describing the view may stand before its noun.
    let g = one("The senator expressed deep concern about the deal.");
    assert_eq!(g.group, "expressed deep concern about");
    assert_eq!(g.content.as_deref(), Some("the deal"));
    // Verbs that turn a view held towards something.
    let g = one("Critics turned their attention to the budget.");
    assert_eq!(g.group, "turned their attention to");
    assert_eq!(g.content.as_deref(), Some("the budget"));
}

#[test]
fn a_phrase_of_taking_sides_joins_the_cue() {
    let g = one("The mayor argued in favor of the new budget.");
    assert_eq!(g.group, "argued in favor of");
    assert_eq!(g.content.as_deref(), Some("the new budget"));
    let g = one("The mayor argued in support of the strike.");
    assert_eq!(g.group, "argued in support of");
}

#[test]
fn a_nominal_cue_after_a_possessive_takes_its_preposition_and_object() {
    // The possessive "'s" stays out of the cue; the verb form "attacks"
    // is a noun after it, its preposition joins it, and the noun phrase
    // after that, up to the verb, is what was said.
    let g = claims("But the senator's attacks on the governor are now rippling through the party.");
    let g = g
        .iter()
        .find(|g| g.cue.starts_with("attacks"))
        .expect("a claim on 'attacks'");
    assert_eq!(g.group, "attacks on");
    assert_eq!(g.content.as_deref(), Some("the governor"));
    // After a pronoun "'s" is "is": it stays in the cue, and the word after
    // it is a verb.
    let g = one("He's pointing out that the plan failed.");
    assert_eq!(g.group, "'s pointing out");
    assert_eq!(g.source.as_deref(), Some("He"));
}

#[test]
fn the_verb_after_went_on_to_joins_the_cue() {
    let g = one("He went on to rebut the points in the letter.");
    assert_eq!(g.group, "went on to rebut");
    assert_eq!(g.content.as_deref(), Some("the points in the letter"));
}

#[test]
fn a_passive_of_accusing_keeps_its_preposition() {
    let g = one("He was accused of lying to the committee.");
    assert_eq!(g.group, "was accused of");
    // With no agent, the one accused is part of the content.
    assert_eq!(
        g.content.as_deref(),
        Some("He was accused of lying to the committee")
    );
    let g = one("The two men were charged with fraud last week.");
    assert_eq!(g.group, "were charged with");
    let g = one("He was asked about the plan on Tuesday.");
    assert_eq!(g.group, "was asked about");
}

#[test]
fn a_document_put_out_and_what_it_tells_are_the_cue() {
    let g = one("The campaign issued a statement saying the senator would win.");
    assert_eq!(g.group, "issued a statement saying");
    assert_eq!(g.content.as_deref(), Some("the senator would win"));
    let g = one("The campaign sent out a fundraising email Wednesday urging supporters to vote.");
    assert_eq!(g.group, "sent out a fundraising email Wednesday urging");
    assert_eq!(g.content.as_deref(), Some("supporters to vote"));
}

#[test]
fn a_view_noun_with_no_preposition_ends_the_cue() {
    let g = one("The senator expressed concern that the plan would fail.");
    assert_eq!(g.group, "expressed concern");
    assert_eq!(g.content.as_deref(), Some("the plan would fail"));
}

#[test]
fn quick_to_leads_into_the_cue_verb() {
    let g = one("The senator was quick to point out that the plan had failed.");
    assert_eq!(g.group, "was quick to point out");
    assert_eq!(g.source.as_deref(), Some("The senator"));
}

#[test]
fn the_it_of_put_it_is_in_the_cue() {
    let g = one("The plan, as one aide puts it, \"is dead.\"");
    assert_eq!(g.group, "puts it");
}

#[test]
fn words_kept_with_a_few_cue_verbs_join_the_cue() {
    for (text, group, content) in [
        (
            "The senator distanced herself from the plan.",
            "distanced herself from",
            "the plan",
        ),
        (
            "The governor weighed in on the debate.",
            "weighed in on",
            "the debate",
        ),
        (
            "I believe in the American dream.",
            "believe in",
            "the American dream",
        ),
        (
            "The mayor has made no secret of his ambitions.",
            "has made no secret of",
            "his ambitions",
        ),
    ] {
        let g = one(text);
        assert_eq!(g.group, group, "{text}");
        assert_eq!(g.content.as_deref(), Some(content), "{text}");
    }
}

#[test]
fn on_or_at_after_a_verb_of_saying_stays_out_of_the_cue() {
    let g = one("The senator said on CNN.");
    assert_eq!(g.group, "said");
    let g = one("The senator wrote at length.");
    assert_eq!(g.group, "wrote");
    // Other verbs keep the preposition ("commented on").
    let g = one("The senator commented on the plan.");
    assert_eq!(g.group, "commented on");
}

#[test]
fn a_word_governing_the_cue_verbs_to_joins_the_cue() {
    for (text, group) in [
        (
            "The senator is likely to stress that the plan failed.",
            "is likely to stress",
        ),
        (
            "The senator has yet to endorse the governor.",
            "has yet to endorse",
        ),
        (
            "The senator is trying to tell voters that the plan failed.",
            "is trying to tell",
        ),
    ] {
        let g = one(text);
        assert_eq!(g.group, group, "{text}");
        assert_eq!(g.source.as_deref(), Some("The senator"), "{text}");
    }
}

#[test]
fn a_floating_quantifier_after_an_auxiliary_is_in_the_verb_group() {
    let g = one("The senators have both said that the plan failed.");
    assert_eq!(g.group, "have both said");
    assert_eq!(g.source.as_deref(), Some("The senators"));
}

#[test]
fn went_on_to_and_a_lexicon_verb_make_one_claim_of_that_verb() {
    // The learned "went on to deny" holds the lexicon's "deny": one row,
    // with the source and the stance of "deny".
    let g = one("He went on to deny the points in the letter.");
    assert_eq!(g.cue, "went on to deny");
    assert_eq!(g.source.as_deref(), Some("He"));
    assert_eq!(g.stance, whosaid_attribution::Stance::Deny);
}

#[test]
fn upon_and_repeatedly_after_a_cue_verb_join_it() {
    let g = one("The senator remarked upon the fact that the plan had failed.");
    assert_eq!(g.group, "remarked upon");
    let g = one("The governor has said repeatedly that he will not run.");
    assert_eq!(g.group, "has said repeatedly");
    assert_eq!(g.content.as_deref(), Some("he will not run"));
}

#[test]
fn about_joins_a_cue_other_than_say_or_tell() {
    let g = one("Voters are angry about the tax on fuel.");
    assert_eq!(g.group, "are angry about");
    let g = one("The senator was questioned about the missing funds on Monday.");
    assert_eq!(g.group, "was questioned about");
}

#[test]
fn an_infinitive_marker_after_a_comma_joins_the_cue() {
    let c = claims("Jones went on television on Sunday, to argue that the tax was unfair.");
    assert!(c.iter().any(|g| g.group == "to argue"));
}

#[test]
fn seen_as_is_one_cue() {
    let g = one("The mayor is widely seen as a reformer.");
    assert_eq!(g.group, "is widely seen as");
}

#[test]
fn an_active_past_leaves_as_out_of_the_cue() {
    // A passive keeps it ("is regarded as"); after a subject, "as" opens
    // what the thing was called.
    let g = one("The reform, which the senator blasted as a giveaway, passed.");
    assert_eq!(g.group, "blasted");
}

#[test]
fn since_after_an_auxiliary_is_in_the_verb_group() {
    let g = one("The senator has since denied that he met the lobbyist.");
    assert_eq!(g.group, "has since denied");
}

#[test]
fn went_after_and_look_forward_to_are_one_cue() {
    let g = one("Romney went after Trump on Wednesday over his refusal to release his taxes.");
    assert_eq!(g.group, "went after");
    let g = one("Many Republicans are looking forward to a fight against Clinton.");
    assert_eq!(g.group, "are looking forward to");
}

#[test]
fn then_after_a_comma_or_and_stays_out_of_the_cue() {
    assert_group(
        "The senator paused, then said that the vote would wait.",
        "said",
    );
    // Opening the predicate, it is part of the verb group.
    let g = one("The senator then said that the vote would wait.");
    assert_eq!(g.group, "then said");
}

#[test]
fn a_light_verb_takes_a_statement_or_a_vote_into_the_cue() {
    let g = one("Trump made conflicting statements about how he would cut taxes.");
    assert_eq!(g.group, "made conflicting statements about");
    assert_eq!(g.content.as_deref(), Some("how he would cut taxes"));
    let g = one("Hundreds of delegates cast their votes for candidates other than Lee.");
    assert_eq!(g.group, "cast their votes for");
    let g = one("Many conservatives have expressed discomfort with Trump.");
    assert_eq!(g.group, "have expressed discomfort with");
}

#[test]
fn more_or_less_takes_its_adjective_and_what_follows_it_into_the_cue() {
    assert_group(
        "Older voters were slightly more likely to say that the economy mattered most.",
        "were slightly more likely to say",
    );
    assert_group(
        "But the senator was more upbeat about the talks with Japan.",
        "was more upbeat about",
    );
}

#[test]
fn a_gerund_after_by_joins_the_cue() {
    assert_group(
        "Lee responded by saying that the report was false.",
        "responded by saying",
    );
}

#[test]
fn the_manner_of_saying_before_the_punctuation_joins_the_cue() {
    let g = one("\"We will win this state,\" Lee said sarcastically.");
    assert_eq!(g.group, "said sarcastically");
    let g = one("\"I kept the dog,\" she said with a grin.");
    assert_eq!(g.group, "said with a grin");
}

#[test]
fn the_social_network_a_post_was_written_on_joins_the_cue() {
    let g = one("\"We are on the same side,\" the party leader wrote on Facebook.");
    assert_eq!(g.group, "wrote on Facebook");
}

#[test]
fn against_and_the_to_of_a_verb_taking_it_join_the_cue() {
    assert_group(
        "The senator has also fulminated against plans that would move jobs to Mexico.",
        "has also fulminated against",
    );
    assert_group(
        "The lawyers denied the claims, pointing to reports that students liked the course.",
        "pointing to",
    );
}

#[test]
fn without_before_a_gerund_cue_joins_it() {
    assert_group(
        "Clinton spoke for an hour in Ohio without mentioning Sanders.",
        "without mentioning",
    );
}

#[test]
fn a_wish_or_hope_is_no_assertion() {
    for text in [
        "The mayor hopes that the bridge will open in May.",
        "The senator wants the vote held before the recess.",
        "The governor wished that the talks had gone better.",
    ] {
        let g = one(text);
        assert_eq!(g.stance, whosaid_attribution::Stance::Other, "{text}");
    }
}
