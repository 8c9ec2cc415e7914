//! The matching semantics, one rule per test, driven by data: a claim, a document, and
//! the verdict a careful reader gives. Adding a case is one line.

use factcheck::{Checker, Evidence, Verdict};

/// Checks one claim (its YAML body, without `id:`) against one document.
fn run(claim: &str, terms: &str, document: &str) -> (Verdict, Vec<Evidence>) {
    run_claim(claim, terms, "A claim.", document)
}

/// `run` with the claim's own text (for rules that read the claim's words).
fn run_claim(claim: &str, terms: &str, text: &str, document: &str) -> (Verdict, Vec<Evidence>) {
    let mut yaml = String::new();
    if !terms.is_empty() {
        yaml.push_str(&format!("terms:\n{terms}\n"));
    }
    yaml.push_str(&format!("claims:\n  - id: c\n    claim: \"{text}\"\n"));
    for line in claim.lines() {
        yaml.push_str(&format!("    {line}\n"));
    }
    let (checker, _) = Checker::from_yaml("claims.yaml", &yaml)
        .unwrap_or_else(|problems| panic!("{yaml}\n{problems:#?}"));
    let report = checker.check_texts([("doc", document)]);
    let verdicts = &report.claims[0].verdicts;
    let evidence = verdicts.evidence(0).iter().map(|e| (**e).clone()).collect();
    (verdicts.verdict(0), evidence)
}

#[track_caller]
fn check(claim: &str, document: &str, expected: Verdict) {
    let (verdict, evidence) = run(claim, "", document);
    assert_eq!(
        verdict, expected,
        "\nclaim: {claim}\ndocument: {document}\nevidence: {evidence:#?}"
    );
}

use Verdict::{Contradicts, Mixed, Omits, Supports};

// Rule 2: segmentation.

#[test]
fn all_parts_must_share_a_sentence_by_default() {
    let claim = "support: [{all: ['Putin', 'Pyongyang']}]";
    check(claim, "Putin arrived in Pyongyang.", Supports);
    check(claim, "Putin arrived. He was in Pyongyang.", Omits);
}

#[test]
fn a_sentence_over_the_limit_is_cut_between_clauses_never_inside_a_figure() {
    // 2,000 bytes without a space or a comma before "12.5%": cut at the limit, the piece
    // after began ".5%", which read as 5% (a false contradiction). Now the cut falls
    // before "济12.5%", and the verdict is the uncut sentence's: `{n}` reads no figure
    // glued to a word. With a full-width comma before the figure, the cut falls there.
    let claim = "number: 12.5\nsupport: ['增长率为{n}%', '{n}%']";
    let document = format!("{}12.5%{}", "经济".repeat(333), "，经济".repeat(400));
    check(claim, &document, Omits);
    let document = format!("{}，12.5%{}", "经济".repeat(300), "，经济".repeat(400));
    check(claim, &document, Supports);
    // A match across the cut is lost, as across a full stop; one inside a piece is not.
    let clause = "troops moved north, ";
    let document = format!("{}Putin signed, {}", clause.repeat(99), clause.repeat(99));
    check("support: ['Putin signed']", &document, Supports);
}

#[test]
fn within_paragraph_spans_sentences_but_not_blank_lines() {
    let claim = "support: [{all: ['Putin', 'Pyongyang'], within: paragraph}]";
    check(claim, "Putin arrived. He was in Pyongyang.", Supports);
    check(claim, "Putin arrived.\n\nHe was in Pyongyang.", Omits);
}

#[test]
fn within_paragraph_reads_every_sentence_not_the_first_alone() {
    let claim = "support: [{all: ['Kim', 'sign(ed)?', 'Pyongyang'], within: paragraph}]";
    check(
        claim,
        "Kim signed the deal in Pyongyang. Kim did not sign the deal in Pyongyang, his office later said.",
        Mixed,
    );
    check(
        claim,
        "Kim signed the deal. The talks were held in Pyongyang. Later, Kim did not sign the deal in Pyongyang, his office said.",
        Mixed,
    );
    check(
        claim,
        "Kim signed the deal. It was held in Pyongyang.",
        Supports,
    );
    // A later sentence with only some of the parts is no second reading.
    let putin = "support: [{all: ['Putin', 'sign\\w*'], within: paragraph}]";
    check(
        putin,
        "Putin signed the treaty on Wednesday. Kim did not sign the separate trade deal.",
        Supports,
    );
}

#[test]
fn within_paragraph_reads_each_later_figure_of_a_part() {
    let claim = "support: [{all: ['Brenmoor', 'fell {n}%'], within: paragraph}]\nnumber: 3.2";
    // The withdrawn figure is hedged; the corrected one, in the next sentence, is read too.
    check(
        claim,
        "An earlier version of this article said retail sales in Brenmoor fell 2.3% in March. They fell 3.2%.",
        Supports,
    );
    // A figure is read with the other parts before it, not with a name that comes after it
    // beside a figure of its own.
    check(
        claim,
        "Exports fell 4.1% in March. Brenmoor's retail sales fell 3.2%.",
        Supports,
    );
    // A later sentence that names someone the parts do not spell holds their figure, not
    // the claim's (trial 20).
    check(
        "support: [{all: ['Skerra Bank', '{n} turbines'], within: paragraph}]\nnumber: 84",
        "Skerra Bank's 84 turbines generated a record in March. Its sister project, Tolland Rise, has 62 turbines.",
        Supports,
    );
    // A figure in a sentence without the other parts that names another owner is that
    // owner's (trial 22), unless the sentence gives it as someone's word.
    let cubs =
        "support: [{all: ['Thornwick', '{n} snow leopard cubs'], within: paragraph}]\nnumber: 3";
    check(
        cubs,
        "Elsewhere, Brayford Wildlife Park welcomed four snow leopard cubs. At Thornwick Zoo, red panda cubs were born.",
        Omits,
    );
    check(
        cubs,
        "Thornwick Zoo celebrated the births. The Zoo Federation, however, puts the number at four snow leopard cubs.",
        Contradicts,
    );
    // Without a figure of its own, a later name still takes the figure before it.
    check(
        claim,
        "Retail sales fell 4.1% in March. That was Brenmoor's worst month.",
        Contradicts,
    );
}

#[test]
fn a_hedge_over_a_part_that_only_dates_the_statement_is_the_dates() {
    // Trial 170: what officials do not expect is a repeat of 2022; the deaths of 2022
    // are stated past the comma.
    let deaths = "support: [{all: ['England', '{n} heat-related deaths', '2022']}]\nnumber: 2985";
    for document in [
        "Officials do not expect a repeat of summer 2022, when there were 2,985 heat-related deaths in England.",
        "Officials fear a repeat of 2022, when there were 2,985 heat-related deaths in England.",
    ] {
        check(deaths, document, Supports);
    }
    // The statement's own clause still hedges it, and so does one hedge over all.
    for document in [
        "Officials expect a repeat of 2022, when there may have been 2,985 heat-related deaths in England.",
        "Officials expect 2,985 heat-related deaths in England in 2022.",
    ] {
        check(deaths, document, Omits);
    }
}

#[test]
fn within_paragraph_a_sentence_that_sets_the_scene_lends_no_hedge() {
    // The hedged sentence holds only a name, or no figure where another sentence holds it.
    let ember = "support: [{all: ['Ember Tide', 'debuted at number one'], within: paragraph}]";
    check(
        ember,
        "An earlier version of this article said Ember Tide debuted at number two. It debuted at number one.",
        Supports,
    );
    // The writer's own doubt over a name is not a scene: it may be the statement's.
    check(
        ember,
        "It was not clear whether Ember Tide was the album meant. It debuted at number one.",
        Omits,
    );
    let kessel = "support: [{all: ['Kessel', 'measles', '{n}% of children'], within: paragraph}]\nnumber: 92";
    check(
        kessel,
        "A post claims the Kessel measles campaign failed. Data show it vaccinated 92% of children.",
        Supports,
    );
    // The statement's own sentence still hedges it.
    check(
        kessel,
        "The Kessel measles campaign ended. It may have vaccinated 92% of children.",
        Omits,
    );
    let holt = "support: [{all: ['Holt', 'won the seat'], within: paragraph}]";
    check(
        holt,
        "Holt ran in Ashford. She may have won the seat.",
        Omits,
    );
    check(
        holt,
        "Holt may have run a poor campaign. She won the seat.",
        Supports,
    );
}

#[test]
fn within_paragraph_a_negation_in_one_sentence_of_the_parts_counts_neither_way() {
    let claim = "support: [{all: ['Kim', 'sign(ed)?', 'Pyongyang'], within: paragraph}]";
    for doc in [
        "Kim signed the deal. It was not signed in Pyongyang.",
        "Kim signed the deal. Not in Pyongyang, though.",
        "Kim arrived on Tuesday. He signed the deal. The ceremony was not held in Pyongyang but in Moscow.",
    ] {
        check(claim, doc, Omits);
    }
    // The evidence says why in plain words (trial 20 found the first wording hard to read).
    let (verdict, evidence) = run(claim, "", "Kim did not sign the deal. He was in Pyongyang.");
    assert!(
        verdict == Omits
            && evidence.iter().any(|e| e.why.contains(
                "the parts lie in different sentences, and \"did not\" negates only the one with \"sign\""
            )),
        "{evidence:#?}"
    );
}

#[test]
fn anchors_hold_at_the_edges_of_each_sentence() {
    // Not only at the document's (trial 21: `^Voltara sold` in a second paragraph was dead).
    let document =
        "Sales rose in March.\n\nVoltara sold many cars. It liked cars.\n\n- Turnout: 61%";
    check("support: ['^Voltara sold']", document, Supports);
    check("support: ['cars\\.$']", document, Supports);
    check("support: ['^(?:- )?Turnout']", document, Supports);
    // Inside a sentence they do not hold.
    check("support: ['^sold']", document, Omits);
    check("support: ['Voltara$']", document, Omits);
}

#[test]
fn abbreviations_and_initials_do_not_end_sentences() {
    let claim = "support: [{all: ['officials', 'missiles']}]";
    check(
        claim,
        "U.S. officials said Mr. Kim sent missiles.",
        Supports,
    );
    check(
        claim,
        "The U.N. officials counted 2.5 thousand missiles.",
        Supports,
    );
}

#[test]
fn a_full_stop_glued_to_a_capital_ends_a_sentence() {
    let claim = "support: [{all: ['Pyongyang', 'Vladimir']}]";
    check(
        claim,
        "They met in Pyongyang.Vladimir Smirnov took the photo.",
        Omits,
    );
}

#[test]
fn quoted_sentences_stay_with_their_attribution() {
    let claim = "support: [{all: ['mutual assistance', 'Putin said']}]";
    check(
        claim,
        "\u{201c}It provides for mutual assistance. It is historic,\u{201d} Putin said.",
        Supports,
    );
}

#[test]
fn headline_without_punctuation_stands_alone() {
    let claim = "support: [{all: ['pact', 'Kim']}]";
    check(
        claim,
        "Russia and North Korea sign pact\nKim welcomed the guest.",
        Omits,
    );
}

#[test]
fn hard_wrapped_crlf_lines_are_joined() {
    let claim = "support: ['mutual defence clause']";
    check(claim, "The treaty includes a mutual\r\ndefence clause, officials said and\r\nmore text follows here today.\r\n", Supports);
}

// Rule 3: normalization.

#[test]
fn curly_quotes_dashes_and_spaces_are_folded() {
    check(
        "support: [\"Kim's 'best friend'\"]",
        "Kim\u{2019}s \u{2018}best friend\u{2019} arrived.",
        Supports,
    );
    check(
        "support: ['Kim Jong-un']",
        "Kim Jong\u{2013}un   waved.",
        Supports,
    );
    check(
        "support: ['mutual assistance']",
        "MUTUAL\u{a0}ASSISTANCE was agreed.",
        Supports,
    );
}

#[test]
fn nfkc_folds_compatibility_characters() {
    check(
        "support: ['first visit in 24 years']",
        "It was his ﬁrst visit in ２４ years.",
        Supports,
    );
}

#[test]
fn positions_point_into_the_original_text() {
    let document =
        "Title line\n\n\u{201c}Caf\u{e9}\u{201d} \u{2014} the \u{2018}deal\u{2019} was signed.";
    let (_, evidence) = run("support: [\"'deal' was\"]", "", document);
    let e = &evidence[0];
    assert_eq!((e.line, e.column), (3, 14));
    assert_eq!(&document[e.start..e.end], "\u{2018}deal\u{2019} was");
    assert_eq!(e.matched(), "\u{2018}deal\u{2019} was");
    assert_eq!(
        &*e.sentence,
        "\u{201c}Caf\u{e9}\u{201d} \u{2014} the \u{2018}deal\u{2019} was signed."
    );
}

// Rule 4: whole words.

#[test]
fn patterns_match_whole_words_only() {
    check("support: ['aid']", "Kim said nothing.", Omits);
    check("support: ['aid']", "Russia sent aid.", Supports);
    check("support: ['Kim']", "Kimberly arrived.", Omits);
    check("support: ['Kim']", "Kimé arrived.", Omits);
    check("support: ['Pa']", "País arrived.", Omits);
}

#[test]
fn patterns_may_start_or_end_with_punctuation() {
    check(
        "support: ['\"fiery friendship\"']",
        "Kim hailed a \u{201c}fiery friendship\u{201d} today.",
        Supports,
    );
    // Trial 165: a sign at an edge is no word, so a figure may run on from it (and a word
    // may come before it): `the correct fare was £` matched nothing before "£17.90".
    check(
        "support: ['the correct fare was £']",
        "The company said the correct fare was £17.90.",
        Supports,
    );
    check("support: ['\\$\\d+bn']", "Revenue was US$17bn.", Supports);
    check("support: ['fare was']", "The fare wasn't cut.", Omits);
}

#[test]
fn a_word_boundary_beside_a_sign_is_the_edge_of_the_figure() {
    // Text has a space before "£" and after "%", where a regex's `\b` never holds: nine of
    // forty new users wrote `\b£{n}` after a gap and lost the claim.
    let claim = "support: ['cost\\b.{0,20}\\b£{n}m']\nnumber: 72";
    check(claim, "The bypass cost £72m to build.", Supports);
    check(claim, "The bypass cost £81m to build.", Contradicts);
    check(
        "support: ['turnout\\b.{0,20}\\b{n}%\\b']\nnumber: 34.9",
        "Turnout was 34.9% in Ashby.",
        Supports,
    );
    // An optional sign keeps its `\b`: without the sign it stands before the digits.
    check(
        "support: ['paid\\b.{0,9}\\b\\$?{n}m']\nnumber: 72",
        "They paid $72m.",
        Supports,
    );
    check(
        "support: ['paid\\b.{0,9}\\b\\$?{n}m']\nnumber: 72",
        "They paid 72m.",
        Supports,
    );
}

// Rule 5: numbers.

#[test]
fn numbers_read_separators_decimals_and_words() {
    let claim = |n: &str| format!("support: ['{{n}} containers']\nnumber: {n}");
    check(
        &claim("11000"),
        "Exactly 11,000 containers moved.",
        Supports,
    );
    check(
        &claim("11000"),
        "Exactly 11 000 containers moved.",
        Supports,
    );
    check(&claim("2.5"), "It took 2.5 containers.", Supports);
    check(&claim("24"), "He sent twenty-four containers.", Supports);
    check(
        &claim("5000000"),
        "He sent five million containers.",
        Supports,
    );
    check(&claim("12"), "He sent a dozen containers.", Supports);
}

#[test]
fn a_number_outside_the_constraint_contradicts() {
    check(
        "support: ['first visit in {n} years']\nnumber: 24",
        "It was his first visit in 20 years.",
        Contradicts,
    );
    check(
        "support: ['first visit in {n} years']\nnumber: 24",
        "It was his first visit in 24 years.",
        Supports,
    );
}

#[test]
fn qualified_numbers_meet_ranges_but_not_exact_values() {
    let doc = "It shipped more than 11,000 containers.";
    check(
        "support: ['{n} containers']\nnumber: '>= 11000'",
        doc,
        Supports,
    );
    check("support: ['{n} containers']\nnumber: 11000", doc, Omits);
    check(
        "support: ['{n} containers']\nnumber: 11000",
        "It shipped more than 12,000 containers.",
        Contradicts,
    );
}

#[test]
fn numbers_inside_names_are_not_quantities() {
    check(
        "support: ['{n} planes']\nnumber: 16",
        "Kyiv got F-16 planes.",
        Omits,
    );
}

// Rule 6: negation and uncertainty.

#[test]
fn negated_support_is_contradiction() {
    let claim = "support: ['includes? a mutual defen[cs]e clause']";
    check(
        claim,
        "The treaty does not include a mutual defence clause.",
        Contradicts,
    );
    check(
        claim,
        "The treaty includes a mutual defence clause.",
        Supports,
    );
}

#[test]
fn denial_negates_what_is_denied() {
    check(
        "support: ['treaty contains? any provision on mutual assistance']",
        "Moscow denied that the treaty contains any provision on mutual assistance.",
        Contradicts,
    );
    // A phrase of when, where or how may stand between the verb and its "that".
    for document in [
        "Moscow denied on Tuesday that the treaty contains any provision on mutual assistance.",
        "Moscow denied in a statement that the treaty contains any provision on mutual assistance.",
        "Moscow flatly denied again that the treaty contains any provision on mutual assistance.",
        "Moscow denied rumours on social media that the treaty contains any provision on mutual assistance.",
    ] {
        check(
            "support: ['treaty contains? any provision on mutual assistance']",
            document,
            Contradicts,
        );
    }
    // A claim noun after "that" is the denied clause's subject, not the denial's object
    // ("denied reports that X" denies X, not that there were reports).
    check(
        "support: [{all: ['Kestmoor', 'reports\\b.{0,30}\\brisen\\b.{0,10}\\b{n}%']}]\nnumber: 23",
        "Kestmoor Police denied that online fraud reports had risen 23% in 2024.",
        Contradicts,
    );
    // A possessive after "that" opens the clause's subject, not a verb's object.
    let rejected = "support: [{all: ['Northline', 'rejected the pay offer']}]";
    for document in [
        "The RMT denied that its members at Northline had rejected the pay offer.",
        "The RMT rejected claims that its members at Northline had rejected the pay offer, saying the ballot was still open.",
    ] {
        check(rejected, document, Contradicts);
    }
}

#[test]
fn negation_words_inside_the_match_do_not_count() {
    check(
        "support: ['no details.{0,40}made public']",
        "No details of the agreement were made public.",
        Supports,
    );
}

#[test]
fn idioms_and_double_negatives_are_not_negation() {
    check(
        "support: ['the treaty will guarantee']",
        "There is no doubt that the treaty will guarantee peace.",
        Supports,
    );
    check(
        "support: ['mutual defence']",
        "The pact covers not only trade but also mutual defence.",
        Supports,
    );
    check(
        "support: ['ratified the treaty']",
        "It is not true that Moscow has not ratified the treaty.",
        Supports,
    );
}

#[test]
fn ruling_out_is_an_idiom_of_possibility() {
    // Not a negation, so never a contradiction. A possibility is not a fact, so it is hedged...
    let claim = "support: ['military-technical cooperation']";
    check(
        claim,
        "Russia does not rule out military-technical cooperation with Pyongyang.",
        Omits,
    );
    check(
        claim,
        "Moscow does not exclude military-technical cooperation.",
        Omits,
    );
    // ...unless the analyst wrote the idiom into the pattern: then it is theirs.
    let claim = "support: ['not (rule out|exclude).{0,20}military-technical cooperation']";
    check(
        claim,
        "Russia does not rule out military-technical cooperation with Pyongyang.",
        Supports,
    );
    check(
        claim,
        "Moscow does not exclude military-technical cooperation.",
        Supports,
    );
}

#[test]
fn uncertainty_counts_neither_way() {
    let claim = "support: ['similar level of protection']";
    check(claim, "It was not immediately clear whether the new deal would provide a similar level of protection.", Omits);
    let claim = "support: ['mutual assistance']";
    check(
        claim,
        "Officials did not specify what the mutual assistance would be.",
        Omits,
    );
}

#[test]
fn hedged_evidence_is_kept_and_marked() {
    let (_, evidence) = run(
        "support: ['mutual assistance']",
        "",
        "Officials did not specify what the mutual assistance would be.",
    );
    assert_eq!(evidence.len(), 1);
    assert!(evidence[0].hedged && !evidence[0].counted, "{evidence:#?}");
    assert!(evidence[0].cue.is_some());
}

#[test]
fn negation_scope_ends_at_a_clause_boundary() {
    let claim = "support: ['details were made public']";
    check(
        claim,
        "It was not clear what form it takes, but details were made public.",
        Supports,
    );
}

#[test]
fn negated_contradict_match_is_dropped() {
    let claim = "support: ['replaces the 1961 treaty']\ncontradict: ['replaced in 2000']";
    check(claim, "It is false that it was replaced in 2000.", Omits);
    check(claim, "The treaty was replaced in 2000.", Contradicts);
}

// Rule 7: verdicts.

#[test]
fn support_and_contradiction_together_are_mixed() {
    let claim = "support: ['signed on Wednesday']\ncontradict: ['signed on Thursday']";
    check(
        claim,
        "It was signed on Wednesday. Others say it was signed on Thursday.",
        Mixed,
    );
}

#[test]
fn evidence_records_role_flip_and_location() {
    let (verdict, evidence) = run(
        "support: ['mutual assistance']",
        "",
        "Line one.\nThe pact does not provide mutual assistance.",
    );
    assert_eq!(verdict, Contradicts);
    let e = &evidence[0];
    assert_eq!(e.role.as_str(), "contradict");
    assert!(e.negated && e.counted);
    assert_eq!(e.cue.as_deref(), Some("does not"));
    assert_eq!((e.line, e.column), (2, 27));
    assert_eq!(e.matched(), "mutual assistance");
}

#[test]
fn terms_expand_to_their_alternatives() {
    let (verdict, _) = run(
        "support: [{all: ['{putin}', 'arrived']}]",
        "  putin: ['Putin', 'Russian president']",
        "The Russian president arrived.",
    );
    assert_eq!(verdict, Supports);
}

#[test]
fn hedged_support_policy_counts_uncertain_support() {
    let doc = "The treaty reportedly includes a mutual defence clause.";
    check("support: ['mutual defence clause']", doc, Omits);
    check(
        "support: ['mutual defence clause']\nhedged: support",
        doc,
        Supports,
    );
    let doc = "The treaty may not include a mutual defence clause.";
    check(
        "support: ['mutual defence clause']\nhedged: support",
        doc,
        Omits,
    );
}

#[test]
fn almost_is_strictly_below_and_breaks_at_least() {
    let doc = "Russia shipped almost 11,000 containers.";
    check(
        "support: ['{n} containers']\nnumber: '>= 11000'",
        doc,
        Contradicts,
    );
    check("support: ['{n} containers']\nnumber: 11000", doc, Omits);
    check(
        "support: ['{n} containers']\nnumber: '11000 +/- 5%'",
        doc,
        Supports,
    );
}

#[test]
fn years_and_names_are_not_counts() {
    check(
        "support: ['{n} troops crossed']\nnumber: '> 2000'",
        "In 2003 troops crossed the border.",
        Omits,
    );
    check(
        "support: ['{n} planes']\nnumber: '>= 500'",
        "It bought two Boeing 737-800 planes.",
        Omits,
    );
    // A year the analyst asks for is a year.
    check(
        "support: ['signed in {n}']\nnumber: 1961",
        "The treaty was signed in 1961.",
        Supports,
    );
    check(
        "support: ['replaced in {n}']\nnumber: 2001",
        "It was replaced in 2000.",
        Contradicts,
    );
    check(
        "support: ['(?:in|by) {n}']\nnumber: 2001",
        "It was replaced in 2000.",
        Contradicts,
    );
    // Only a word spelled right before `{n}`: an "in" elsewhere in the pattern asks for
    // no year where the gap took one.
    check(
        "support: ['housing starts in Calderbridge\\b.{0,40}\\b{n}']\nnumber: 4820",
        "Housing starts in Calderbridge rose by 510 in 2024, the council said.",
        Omits,
    );
}

#[test]
fn a_decimal_cut_by_a_greedy_gap_is_read_whole() {
    let claim = "support: ['inflation .{0,20}{n} ?(?:%|percent)']\nnumber: 5";
    check(claim, "Inflation rose to 2.5 percent in May.", Contradicts);
}

#[test]
fn reported_then_denied_in_one_sentence_is_mixed() {
    let claim = "support: ['troops (?:are|were) fighting in Ukraine']";
    check(
        claim,
        "Officials said North Korean troops are fighting in Ukraine, which Moscow denied.",
        Mixed,
    );
    check(
        claim,
        "North Korean troops are fighting in Ukraine, a spokesman denied.",
        Contradicts,
    );
    check(
        claim,
        "Reports that troops were fighting in Ukraine were false.",
        Contradicts,
    );
}

/// README's checklist: "will" inside a gap makes a match a plan, which counts neither way;
/// a pattern that spells it out states it.
#[test]
fn will_in_a_gap_is_a_plan_and_spelt_out_is_the_claim() {
    let doc = "Work will start in March, the council said.";
    check("support: ['Work.{0,10}start in March']", doc, Omits);
    check("support: ['Work (?:will )?start in March']", doc, Supports);
}

/// A denial right after a comma, with no subject of its own, is the match's own verb: the
/// name in apposition denies something said before (a new-user trial: "The council
/// leader, Zoë Núñez, rejected that." counted against her being council leader).
#[test]
fn a_denial_whose_subject_is_the_match_denies_something_else() {
    let claim = "support: ['council leader,? Zoë Núñez']";
    for doc in [
        "Ó Briain said taxes would rise. The council leader, Zoë Núñez, rejected that.",
        "The council leader, Zoë Núñez, denied it.",
        "The council leader, Zoë Núñez, denies the claim.",
        "The council leader, Zoë Núñez, disputed the figure on Tuesday.",
    ] {
        check(claim, doc, Supports);
    }
    // A denial with a subject of its own, or one after a dash, still denies.
    let claim = "support: ['troops (?:are|were) fighting in Ukraine']";
    for doc in [
        "North Korean troops are fighting in Ukraine, a spokesman denied.",
        "North Korean troops are fighting in Ukraine, Moscow denied.",
        "North Korean troops are fighting in Ukraine - denied.",
    ] {
        check(claim, doc, Contradicts);
    }
}

#[test]
fn negation_stops_at_a_predicate_whose_that_is_dropped() {
    // Regression: these read as contradictions before; the clause after the predicate is
    // not negated.
    let claim = "support: ['council approved the library']";
    check(
        claim,
        "Critics were not surprised the council approved the library.",
        Supports,
    );
    check(
        claim,
        "It was not the first time the council approved the library.",
        Supports,
    );
    check(
        claim,
        "The mayor said the council approved the library.",
        Supports,
    );
    check(
        claim,
        "It is not true the council approved the library.",
        Contradicts,
    );
}

// Found by an adversarial hunt for false contradictions (tests/eval/adversarial.yaml).

#[test]
fn gaps_read_the_nearest_number() {
    let claim = "support: ['first visit\\b.{0,60}\\bin {n} years']\nnumber: 24";
    check(
        claim,
        "It was his first visit in 24 years and Kim's first summit in five years.",
        Supports,
    );
}

#[test]
fn a_denial_nobody_made_is_no_denial() {
    let claim = "support: ['ministry approved the contract']";
    check(
        claim,
        "Not a single official denied that the ministry approved the contract.",
        Supports,
    );
    check(
        claim,
        "No official denied that the ministry approved the contract.",
        Supports,
    );
    check(
        claim,
        "The official denied that the ministry approved the contract.",
        Contradicts,
    );
}

#[test]
fn a_negation_inside_a_noun_phrase_stays_there() {
    check(
        "support: ['was arrested at the airport']",
        "A man with no criminal record was arrested at the airport.",
        Supports,
    );
    check(
        "support: ['attack on the embassy']",
        "Nobody was injured in the attack on the embassy.",
        Supports,
    );
}

#[test]
fn a_fronted_phrase_without_a_comma_ends_at_the_main_subject() {
    check(
        "support: ['Russia signed the treaty']",
        "Because talks did not progress Russia signed the treaty instead.",
        Supports,
    );
    check(
        "support: ['troops crossed the border']",
        "Without firing a shot the troops crossed the border.",
        Supports,
    );
    check(
        "support: ['president attended the summit']",
        "Contrary to reports that the president attended the summit, he stayed home.",
        Contradicts,
    );
}

#[test]
fn a_full_stop_before_a_capital_ends_a_negation_inside_a_quote() {
    let claim = "support: ['Russia sent {n} troops']\nnumber: 11000";
    check(claim, "\"We will not retreat. Russia sent 11,000 troops to defend its people,\" the general said.", Supports);
}

#[test]
fn capitalized_cue_words_inside_a_sentence_are_names() {
    check(
        "support: ['Phone 3 was launched']",
        "The Nothing Phone 3 was launched in London.",
        Supports,
    );
}

#[test]
fn questions_and_inverted_conditionals_assert_nothing() {
    check(
        "support: ['treaty signed on Wednesday']",
        "Was the treaty signed on Wednesday?",
        Omits,
    );
    check(
        "support: ['retreated']",
        "Had the army not retreated the soldiers would have been encircled.",
        Omits,
    );
}

#[test]
fn a_negation_swallowed_by_a_gap_counts_neither_way() {
    let claim = "support: ['signed in Pyongyang']\ncontradict: ['signed .{0,40}in Moscow']";
    check(
        claim,
        "The treaty was signed in Pyongyang, not in Moscow as first reported.",
        Supports,
    );
    check(
        "support: ['treaty.{0,30}mutual assistance']",
        "The treaty does not include mutual assistance.",
        Omits,
    );
}

#[test]
fn a_negation_in_another_clause_than_a_part_counts_neither_way() {
    let claim = "support: [{all: ['Russia', 'signed the treaty']}]";
    check(
        claim,
        "Russia signed the treaty on Wednesday. Unlike Russia, China has not signed the treaty.",
        Supports,
    );
    check(claim, "Russia has not signed the treaty.", Contradicts);
}

#[test]
fn numbers_that_are_not_counts_are_skipped() {
    let claim = |pattern: &str, n: &str| format!("support: ['{pattern}']\nnumber: {n}");
    check(
        &claim("{n}.{0,30}troops", "2000"),
        "Moscow paid $11,000 to each of the 2,000 troops.",
        Supports,
    );
    check(
        &claim("{n}.{0,40}killed", "11"),
        "A 24-year-old man was among the 11 people killed.",
        Supports,
    );
    check(
        &claim("{n}.{0,30}troops", "11000"),
        "One of the 11,000 North Korean troops was captured.",
        Supports,
    );
    check(
        &claim("{n}.{0,30}troops", "11000"),
        "On 24 June Russia sent 11,000 troops.",
        Supports,
    );
    check(
        &claim("{n}.{0,30}troops", "11000"),
        "2024 saw 11,000 troops deployed.",
        Supports,
    );
    check(
        &claim("{n} troops", "11000"),
        "Russia has sent 11,000 troops, up from 8,000 troops in March.",
        Supports,
    );
    check(
        &claim("sent {n} soldiers", "11000"),
        "Pyongyang sent 11.000 soldiers.",
        Omits,
    );
}

/// A pattern about money (a currency, or what something costs) reads sums of money: "12
/// dollars" is skipped as money only where the pattern asks for a count.
#[test]
fn money_counts_when_the_pattern_is_about_money() {
    let claim = |pattern: &str| format!("support: ['{pattern}']\nnumber: 12");
    check(
        &claim("{n} dollars"),
        "The bridge cost 12 dollars.",
        Supports,
    );
    check(&claim("cost {n}"), "The bridge cost 12 dollars.", Supports);
    check(
        &claim("{n} (?:dollars|euros)"),
        "The bridge cost 14 euros.",
        Contradicts,
    );
    check(&claim("{n}"), "The bridge cost 12 dollars.", Omits);
}

/// README: a qualifier the pattern does not let through is not matched; a gap before `{n}`
/// lets it through, and it is read ("nearly 12" is 11.4 to 12).
#[test]
fn a_qualifier_is_read_when_the_pattern_lets_it_through() {
    let text = "The bridge cost nearly 12 million dollars.";
    let strict = "support: ['cost {n} million']\nnumber: \"12 +/- 10%\"";
    check(strict, text, Omits);
    let gap = "support: ['cost\\b.{0,15}\\b{n} million']\nnumber: \"12 +/- 10%\"";
    check(gap, text, Supports);
    let below = "support: ['cost\\b.{0,15}\\b{n} million']\nnumber: \">= 12.5\"";
    check(below, text, Contradicts);
    // 0.95 x 12 = 11.4: within ">= 11.3" (README's "0.95X to X").
    let within = "support: ['cost\\b.{0,15}\\b{n} million']\nnumber: \">= 11.3\"";
    check(within, text, Supports);
}

/// "Cost 9 million dollars less than the tunnel": the number is a difference between two
/// amounts, not the amount, and says nothing either way.
#[test]
fn a_number_in_a_comparison_is_not_the_amount() {
    let claim = "support: ['cost {n} million dollars']\nnumber: \"12 +/- 10%\"";
    check(
        claim,
        "The bridge cost 9 million dollars less than the tunnel, or 12 million dollars.",
        Omits,
    );
    check(claim, "The bridge cost 12 million dollars.", Supports);
    check(claim, "The bridge cost 20 million dollars.", Contradicts);
}

#[test]
fn a_gap_that_swallows_not_before_a_spelled_verb_is_read() {
    // Regression: "not" was ignored when the pattern spelled the verb after it.
    // A contradict pattern's gap may swallow a negation on purpose: neither way.
    check(
        "contradict: ['dam.{0,20}failed']\nsupport: ['dam held']",
        "The dam has not failed.",
        Omits,
    );
    // A support pattern's "not" right before the verb it spells denies the verb.
    check(
        "support: ['dam\\b.{0,30}\\bfail(ed)?']",
        "The dam did not fail.",
        Contradicts,
    );
    // (The claim's sentence says "failed", which is otherwise a word of failing to do.)
    check_claim_text(
        "support: ['dam\\b.{0,30}\\bfail(ed)?']",
        "The dam failed.",
        "The dam never failed.",
        Contradicts,
    );
    // Further from it, past a mark, it may be of something else: neither way.
    check(
        "support: ['dam\\b.{0,30}\\bfail(ed)?']",
        "The dam did not, engineers say, fail.",
        Omits,
    );
    check(
        "support: ['officials.{0,20}confirmed']",
        "The officials have not confirmed the reports.",
        Omits,
    );
    check(
        "support: ['did not fail to deliver']",
        "Russia did not fail to deliver the shells.",
        Supports,
    );
}

#[test]
fn a_doubt_nobody_has_grants_the_fact() {
    for doc in [
        "Nobody doubts Kim signed the deal.",
        "No one questions Kim signed the deal.",
        "Few would deny Kim signed the deal.",
        "With no hesitation Kim signed the deal.",
        "Officials never doubted Kim signed the deal.",
    ] {
        check("support: ['Kim signed the deal']", doc, Supports);
    }
}

#[test]
fn an_estimate_of_what_something_would_cost_is_not_its_cost() {
    // "was originally estimated to cost £6.5m" is a forecast, like "expected to": the cost
    // the next sentence gives is the one stated (trial 159).
    let claim = "number: 8.4\nsupport: [{all: ['Northcliffe', 'sea wall', 'cost\\b.{0,10}\\b£{n}m'], within: paragraph}]";
    check(
        claim,
        "The sea wall at Northcliffe was originally estimated to cost £6.5m. It eventually cost £8.4m, after winter storms delayed the work.",
        Supports,
    );
    for document in [
        "The sea wall at Northcliffe was estimated to cost £6.5m.",
        "The sea wall at Northcliffe is estimated to have cost £8.4m.",
    ] {
        check(claim, document, Omits);
    }
    // An estimated figure stated as one is still stated.
    check(
        "number: 8.4\nsupport: ['sea wall cost an estimated £{n}m']",
        "The sea wall cost an estimated £8.4m.",
        Supports,
    );
}

#[test]
fn uncertain_words_in_a_gap_count_neither_way() {
    let claim = r"support: ['deal\b.{0,30}\bsigned']";
    for doc in [
        "The deal may be signed next week.",
        "The deal will be signed on Friday.",
        "The deal is yet to be signed.",
        "The deal was almost signed.",
        "The deal is expected to be signed soon.",
        "The deal would have been signed had talks not collapsed.",
        "The deal failed to be signed.",
        "The deal, if signed, would end the war.",
        "The deal, unless signed, will lapse.",
        "The deal is believed to have been signed.",
        "The deal was supposed to be signed.",
        "The deal was due to be signed.",
        "The deal appears to have been signed.",
        // A strong hedge in the gap hedges wherever it stands.
        "The deal was reportedly signed.",
    ] {
        check(claim, doc, Omits);
    }
    check(claim, "The deal was finally signed.", Supports);
    // Spelled in the pattern, the word is the analyst's.
    check(
        r"support: ['deal\b.{0,10}\bwill be signed']",
        "The deal will be signed on Friday.",
        Supports,
    );
    // A word the claim itself says is the claim's: "should" in "Sanctions should be
    // reviewed" is what the document must say, not a doubt about it.
    let yaml = "claims:\n  - id: c\n    claim: Sanctions should be reviewed.\n    support: ['sanctions\\b.{0,60}\\breviewed']\n";
    let (checker, _) = Checker::from_yaml("claims.yaml", yaml).unwrap_or_else(|p| panic!("{p:#?}"));
    let report = checker.check_texts([("doc", "Putin said the sanctions should be reviewed.")]);
    assert_eq!(report.claims[0].verdicts.verdict(0), Supports);
    // Before a number, "nearly" qualifies the number, not the statement.
    check(
        "support: ['cost\\b.{0,15}\\b{n} million']\nnumber: '12 +/- 10%'",
        "The bridge cost nearly 12 million dollars.",
        Supports,
    );
}

/// A hedge ends where a clause of its own follows a comma with no "and" (a comma splice,
/// common in run-on copy): the plan is for the work, not for what the wall would do.
#[test]
fn a_hedge_ends_where_a_spliced_clause_follows_a_comma() {
    let claim = "support: ['protect {n} homes']\nnumber: 2300";
    for doc in [
        "Work is expected to start in March, officials said, the wall would protect 2,300 homes.",
        "Officials said work is expected to start in March, the wall would protect 2,300 homes.",
        "Work is due to start in March, it would protect 2,300 homes.",
    ] {
        check(claim, doc, Supports);
    }
    // The clause's own figure is its statement, for or against.
    check(
        "support: ['protect\\w* {n} homes']\nnumber: 2300",
        "Work is expected to finish in March, the wall has protected 1,200 homes.",
        Contradicts,
    );
    for doc in [
        // The hedge's own clause.
        "The wall is expected to protect 2,300 homes.",
        // An aside that only reports, and the hedge's verb after it.
        "The council may, the mayor said, protect 2,300 homes.",
        "The council is expected to approve the wall, the mayor has said, to protect 2,300 homes.",
        // A condition that opens the sentence holds all through.
        "If the council approves it, the wall will protect 2,300 homes.",
        "Unless funding is cut, the wall will protect 2,300 homes.",
        // A relative clause is tied to what came before.
        "The council is expected to approve the plan, the first phase of which will protect 2,300 homes.",
        // A hedge that opens the sentence is over all of it.
        "Reportedly, the wall would protect 2,300 homes.",
        // A list, not a clause.
        "The wall is expected to protect Ashby, Kenbrook and 2,300 homes in Ardley.",
        // A clause the hedge opens, whose subject comes after a phrase and a comma.
        "It is unlikely that by 2030, the wall will protect 2,300 homes.",
        "Officials expect that by 2030, the wall will protect 2,300 homes and the park will open.",
    ] {
        check(claim, doc, Omits);
    }
    // The same, with a figure that breaks the claim: never a contradiction (a review
    // found each of these read as one by a first draft).
    for doc in [
        "Officials expect that by 2030, the wall will protect 1,200 homes.",
        "The council hopes that within two years, the wall will protect 1,200 homes.",
        "It remains unclear whether in the first phase, the wall will protect 1,200 homes.",
        "The council reportedly believes that after 2030, the wall will protect 1,200 homes.",
        "The mayor said she hoped that \"by 2030, the wall will protect 1,200 homes\".",
        "Officials expect, by 2030, the wall will protect 1,200 homes.",
        "Officials hope by 2030, the wall will protect 1,200 homes.",
        "Officials may decide to extend the wall, it would then protect 1,200 homes.",
    ] {
        check(claim, doc, Omits);
    }
    // Nor a figure a hedged report gives: no false contradiction.
    check(
        "support: ['rate was {n}%']\nnumber: 5.2",
        "Reportedly, the rate was 4.8%.",
        Omits,
    );
}

#[test]
fn hedged_support_counts_reports_never_open_questions_or_swallowed_negations() {
    let claim = "support: ['signed the deal']\nhedged: support";
    check(claim, "Kim reportedly signed the deal.", Supports);
    check(claim, "Kim may have signed the deal.", Supports);
    // Only what would support: a hedged figure that breaks `number:` counts neither way.
    let rate = "support: ['rate was {n}%']\nnumber: 5.2\nhedged: support";
    check(rate, "Reportedly, the rate was 5.2%.", Supports);
    check(rate, "Reportedly, the rate was 4.8%.", Omits);
    for doc in [
        "It is not clear whether Kim signed the deal.",
        "If Kim signed the deal, sanctions would follow.",
        "Officials could not confirm that Kim signed the deal.",
        "Kim refused to say whether he signed the deal.",
        "Kim was accused of having signed the deal.",
        "Has Kim signed the deal?",
    ] {
        check(claim, doc, Omits);
    }
    // explain says why, as README promises.
    let (_, evidence) = run(claim, "", "Kim refused to say whether he signed the deal.");
    assert!(
        evidence
            .iter()
            .any(|e| e.why.starts_with("left open by \"")),
        "{evidence:#?}"
    );
    let gap = "support: ['deal\\b.{0,30}\\bsigned']\nhedged: support";
    check(gap, "The deal was reportedly signed.", Supports);
    for doc in [
        "The deal was reportedly not signed.",
        "The deal was not reportedly signed.",
        "The deal was never reportedly signed.",
    ] {
        check(gap, doc, Omits);
    }
}

#[test]
fn wishes_and_impersonal_reports_are_hedges() {
    for doc in [
        "Officials said they hoped the deal was signed.",
        "Officials hope the deal was signed.",
        "It is believed the deal was signed.",
        "Officials claimed the deal was signed, but it was not.",
    ] {
        check("support: ['the deal was signed']", doc, Omits);
    }
    // So is a first stance, since changed.
    let paid =
        "support: ['agreed to pay compensation']\ncontradict: ['refused to pay compensation']";
    check(
        paid,
        "Fibrelink initially refused to pay compensation.",
        Omits,
    );
    check(paid, "Fibrelink refused to pay compensation.", Contradicts);
    // So is a rumour's word.
    for doc in [
        "Rumours said the deal was signed.",
        "Rumours had it that the deal was signed.",
    ] {
        check("support: ['the deal was signed']", doc, Omits);
    }
    // So are a want and advice.
    check(
        "support: ['net zero target\\b.{0,30}\\b2045']",
        "The Greens want to bring the net zero target forward to 2045.",
        Omits,
    );
    let abolished = "support: [{all: ['youth rate', 'abolish\\w*']}]";
    for document in [
        "The commission has recommended that the youth rate be abolished by 2027.",
        "The commission recommended abolishing the youth rate.",
        "The commission proposed that the youth rate be abolished.",
    ] {
        check(abolished, document, Omits);
    }
    check(
        abolished,
        "The youth rate was abolished in April.",
        Supports,
    );
}

#[test]
fn a_figure_read_only_in_part_is_no_number() {
    for number in ["1500000", "'>= 1000000'"] {
        let claim = format!("support: ['{{n}}.{{0,20}}\\bfled']\nnumber: {number}");
        // Ambiguous ("2m" may be metres) or in units it does not read: skipped, never read
        // as the "1" or "15" they start with.
        for doc in [
            "Officials said 1.5m fled.",
            "Officials said 1,500k people fled.",
            "Officials said 15 lakh people fled.",
            "Officials said 24/7 people fled.",
        ] {
            check(&claim, doc, Omits);
        }
        for doc in [
            "Officials said 1.5 million people fled.",
            "Officials said 1,5 million people fled.",
            "Officials said 1.5mn people fled.",
            // Before a noun that counts people or things, "m" is a million.
            "Officials said 1.5m people fled.",
            "Officials said a million and a half people fled.",
            "Officials said 1½ million people fled.",
            "Officials said 1 1/2 million people fled.",
        ] {
            check(&claim, doc, Supports);
        }
    }
    check(
        "support: ['{n} people fled']\nnumber: '> 1000000000'",
        "Officials said 1.5bn people fled.",
        Supports,
    );
    check(
        "support: ['{n} people fled']\nnumber: 2500000",
        "Officials said two million and a half people fled.",
        Supports,
    );
    check(
        "support: ['revenue\\b.{0,20}¥{n}']\nnumber: 3100000000000",
        "Yamato revenue rose to ¥3.1tn.",
        Supports,
    );
    check(
        "support: ['{n} of the people']\nnumber: 0.75",
        "Officials said ¾ of the people fled.",
        Supports,
    );
}

#[test]
fn a_label_of_doubt_files_what_follows_under_it() {
    let claim = "support: ['Kim signed the deal']";
    check(claim, "Not confirmed:\nKim signed the deal\n", Omits);
    check(claim, "Unverified: Kim signed the deal.", Omits);
    check(claim, "Confirmed: Kim signed the deal.", Supports);
}

#[test]
fn numbers_a_gap_took_are_judged_as_the_text_s() {
    // An earlier figure and a year are skipped, and the gap reaches on to the figure after.
    check(
        "support: ['troops\\b.{0,30}\\b{n}']\nnumber: 11000",
        "Troops, up from 8,000, now number 11,000.",
        Supports,
    );
    check(
        "support: ['turnout\\b.{0,20}\\b{n}']\nnumber: 60",
        "Turnout in 2019 was 60%.",
        Supports,
    );
    // A part of a larger figure, a ratio, a date: skipped, not read as the count.
    for (claim, doc) in [
        (
            "support: ['{n} (?:people|residents) (?:have )?fled']\nnumber: 1500000",
            "Half of the 3 million people fled.",
        ),
        (
            "support: ['{n} (?:people|residents) (?:have )?fled']\nnumber: 1500000",
            "A third of the 4.5 million residents have fled.",
        ),
        (
            "support: ['killed\\b.{0,20}\\b{n} people']\nnumber: 30",
            "The floods killed 1 in 5 people.",
        ),
        (
            "support: ['sent\\b.{0,20}\\b{n}']\nnumber: 11000",
            "Pyongyang sent troops on June 19.",
        ),
    ] {
        check(claim, doc, Omits);
    }
    // A year, then the count: no range "2021 to six".
    check(
        "support: ['sentenced\\b.{0,25}\\b{n} years']\nnumber: 6",
        "Reyes was sentenced in March 2021 to six years, with three suspended.",
        Supports,
    );
    // A count after a name in a gap is still a count.
    check(
        "support: ['sent\\b.{0,20}\\b{n} shells']\nnumber: 11000",
        "Russia sent Pyongyang 11,000 shells.",
        Supports,
    );
}

#[test]
fn not_proving_a_fact_is_not_disproving_it() {
    let claim = "support: ['senator took bribes']";
    for doc in [
        "Prosecutors did not prove the senator took bribes.",
        "Prosecutors failed to prove the senator took bribes.",
        "Nothing suggests the senator took bribes.",
        "Nobody has proven the senator took bribes.",
        "The prosecution has not proven that the senator took bribes.",
        "An inquiry did not find that the senator took bribes.",
        "No one has confirmed that the senator took bribes.",
        "Nobody said the senator took bribes.",
    ] {
        check(claim, doc, Omits);
    }
    check(
        claim,
        "It is a lie that the senator took bribes, his lawyer said.",
        Contradicts,
    );
}

#[test]
fn a_cue_inside_another_part_of_all_is_the_analyst_s() {
    let claim =
        "support: [{all: ['(mobile|cell) ?phones?', 'no (link|association)\\b.{0,40}\\bcancer']}]";
    check(
        claim,
        "A review found no link between mobile phones and brain cancer.",
        Supports,
    );
}

#[test]
fn numbers_the_third_trial_found_misread() {
    // A range whose unit is repeated: neither end alone is the figure.
    check(
        "support: ['\\$?{n} (?:billion|bn)']\nnumber: 3000000000",
        "The deal is worth between $2 billion and $4 billion.",
        Omits,
    );
    // "411 of the 650 seats": 650 is the whole; it never breaks the count.
    check(
        "support: ['{n} seats']\nnumber: 411",
        "Labour won a landslide, taking 411 of the 650 seats.",
        Omits,
    );
    // Money written with "m" after a currency sign is read, and so is a count of people
    // or things; "1.5m" alone (metres?) is not.
    check(
        "support: ['£{n}']\nnumber: 107000000",
        "The club reported a loss of £107m.",
        Supports,
    );
    check(
        "support: ['sold {n} tickets']\nnumber: 1200000",
        "The band sold 1.2m tickets.",
        Supports,
    );
    check(
        "support: ['wall\\b.{0,10}\\b{n}']\nnumber: 1500000",
        "The flood wall is 1.5m high.",
        Omits,
    );
}

#[test]
fn a_denial_of_what_someone_claimed_stays_a_denial() {
    check(
        "support: ['won 52%']",
        "Lindqvist did not win 52%, as her campaign claimed.",
        Omits,
    );
    check(
        "support: ['win 52%']",
        "Lindqvist did not win 52%, as her campaign claimed.",
        Contradicts,
    );
}

#[test]
fn every_occurrence_of_an_all_part_in_a_sentence_is_read() {
    // The first figure alone made this a contradiction; the second meets the claim, and
    // a sentence that states the claim's figure does not deny it with another.
    let claim = "support: [{all: ['inflation', 'fell\\b.{0,20}\\bto {n}%']}]\nnumber: 5.1";
    check(
        claim,
        "Inflation fell to 4.8% in the first quarter and fell to 5.1% in March.",
        Supports,
    );
    check(
        claim,
        "Inflation fell to 4.8% in the first quarter.",
        Contradicts,
    );
    // A part in a hedged clause hedges every reading that uses it: "it" is not resolved.
    check(
        "support: [{all: ['inflation', '(?:fell|fall)\\b.{0,40}\\bto {n}%']}]\nnumber: 5.1",
        "Analysts had expected inflation to fall to 4.8% in March, but it fell to 5.1%.",
        Omits,
    );
}

#[test]
fn nouns_and_possessives_are_not_what_they_look_like() {
    // "suspects" the noun doubts nothing.
    check(
        "support: ['arrested in connection with the robbery']",
        "Three suspects have been arrested in connection with the robbery.",
        Supports,
    );
    // A possessive owns the figure after it; it is no name.
    check(
        "support: ['Fed.{0,10}\\b{n}[- ]basis[- ]point']\nnumber: 25",
        "The Fed's 25-basis-point hike in July was its eleventh.",
        Supports,
    );
    // "No one" is nobody, not one: it does not break 12.
    check(
        "support: ['{n}\\b.{0,20}\\b(?:died|deaths)']\nnumber: 12",
        "No one has died so far.",
        Omits,
    );
}

// What the fourth new-user trial found in documents that are not flowing prose.

#[test]
fn list_items_of_every_marker_stand_alone() {
    // Three short lines look hard-wrapped; "No new taxes" must not reach the next item.
    let claim = "support: ['fares frozen']";
    for marker in ["+", "·", "▪", "◦", "○", "-", "1.", "a)"] {
        let doc = format!("What was agreed:\n\n{marker} No new taxes\n{marker} Bus fares frozen\n{marker} Library hours extended\n");
        check(claim, &doc, Supports);
    }
    check(
        claim,
        "> What was agreed:\n> + No new taxes\n> + Bus fares frozen\n",
        Supports,
    );
}

#[test]
fn each_markdown_table_row_is_a_statement_of_its_own() {
    check(
        "support: ['roles cut\\W+{n}']\nnumber: 1200",
        "| Item | Detail |\n|---|---|\n| Factory closures | none |\n| Roles cut | 1,200 |\n",
        Supports,
    );
}

#[test]
fn markdown_marks_do_not_hide_what_they_mark() {
    let claim = "support: ['reached {n} (?:confirmed )?cases']\nnumber: 214";
    check(claim, "Cases reached **214** confirmed cases.", Supports);
    check(claim, "It reached _214_ cases.", Supports);
    // A footnote's superscript mark is no digit of the figure: 214¹ is not 2141.
    check(
        claim,
        "It reached 214¹ cases.\n\n¹ Laboratory-confirmed only.",
        Supports,
    );
    // A block quote wrapped over lines reads as one sentence, without its markers.
    check(
        claim,
        "The director said:\n\n> Across the county it has now reached 214\n> cases, confirmed by the laboratory,\n> and we expect more.\n",
        Supports,
    );
}

#[test]
fn a_contraction_in_t_is_not_the_word_before_it() {
    let claim = "support: ['Holt won']\ncontradict: ['Reyes won']";
    check(claim, "Reyes won't concede.", Omits);
    check(claim, "Holt won't comment on the result.", Omits);
    check(claim, "Holt won, and Reyes won't concede.", Supports);
}

#[test]
fn no_surprise_grants_what_follows() {
    let claim = "support: ['Holt won']";
    check(claim, "No surprise Holt won.", Supports);
    check(claim, "It's no surprise Holt won the election.", Supports);
}

#[test]
fn what_is_said_falsely_or_called_a_myth_is_denied() {
    let claim = "support: ['MMR vaccine causes autism']";
    for doc in [
        "Anti-vaccine groups falsely claim the MMR vaccine causes autism.",
        "Some wrongly claim that the MMR vaccine causes autism.",
        "The idea that the MMR vaccine causes autism is a myth.",
        "That the MMR vaccine causes autism is untrue.",
        "The claim that the MMR vaccine causes autism has been debunked.",
        "Scientists have debunked claims that the MMR vaccine causes autism.",
    ] {
        check(claim, doc, Contradicts);
    }
    // A label of doubt files the statement under it: neither way.
    for doc in [
        "Myth: the MMR vaccine causes autism.",
        "**MYTH:** The MMR vaccine causes autism.",
        "Debunked: the MMR vaccine causes autism.",
    ] {
        check(claim, doc, Omits);
    }
    // A dismissal taken back is none.
    for doc in [
        "The idea that the MMR vaccine causes autism is not a myth, some claim.",
        "That the MMR vaccine causes autism is not disputed by the group.",
        "Reports that the MMR vaccine causes autism were never denied.",
    ] {
        let (verdict, _) = run(claim, "", doc);
        assert_ne!(verdict, Contradicts, "{doc}");
    }
    // A sentence that opens with "That" is no denial without a dismissal.
    check(
        "support: ['deal was signed']",
        "That deal was signed in May.",
        Supports,
    );
}

#[test]
fn a_correction_withdraws_what_the_earlier_version_said_without_denying_it() {
    let claim = "support: ['{n} confirmed cases']\nnumber: 214";
    for doc in [
        "Correction: An earlier version of this article said there were 241 confirmed cases. There were 214 confirmed cases.",
        "An earlier version of this article incorrectly stated that there were 241 confirmed cases. There were 214 confirmed cases.",
        "The number, which was misstated as 241 confirmed cases, is 214 confirmed cases.",
    ] {
        check(claim, doc, Supports);
    }
    // What was corrected may be one detail: she won, with 52%, not 54%.
    let claim = "support: ['Holt won']";
    check(
        claim,
        "Correction: An earlier version of this article said Diane Holt won 54% of the vote.",
        Omits,
    );
    check(
        claim,
        "An earlier version of this story incorrectly stated that Holt won 54%. Holt won 52%.",
        Supports,
    );
    // Not a correction: a report about another document's version.
    check(
        "support: ['troops would withdraw']",
        "The original version of the plan said troops would withdraw by May.",
        Supports,
    );
}

#[test]
fn a_unit_the_pattern_glues_to_the_number_is_read() {
    check(
        "support: ['dividend of {n}p']\nnumber: 8.5",
        "Norvale declared an interim dividend of 8.5p per share.",
        Supports,
    );
    check(
        "support: ['weighed {n}kg']\nnumber: 12",
        "The parcel weighed 12kg.",
        Supports,
    );
    check(
        "support: ['covered {n} ?km']\nnumber: 42",
        "The runners covered 42km, and then 42 km again.",
        Supports,
    );
    // The unit still ends the number: 8p is not 8.5p.
    check(
        "support: ['dividend is {n} ?(?:p|pence)']\nnumber: 8.5",
        "The interim dividend is 8p per share.",
        Contradicts,
    );
}

// What the fifth new-user trial found in documents full of numbers.

#[test]
fn a_forecast_is_not_the_result() {
    let claim = "support: ['pre-tax profit\\b.{0,30}£{n}']\nnumber: 512000000";
    for doc in [
        "Analysts forecast pre-tax profit of £540m.",
        "Analysts predict pre-tax profit of £540m.",
        "Analysts are forecasting pre-tax profit of £540m.",
        "Pre-tax profit is forecast to reach £540m next year.",
    ] {
        check(claim, doc, Omits);
    }
    check(
        claim,
        "Northwind beat forecasts, with pre-tax profit of £512m.",
        Supports,
    );
}

#[test]
fn a_minus_sign_makes_a_figure_negative() {
    let claim = "support: ['GDP growth\\b.{0,20}\\b{n} ?%']\nnumber: \"-0.3\"";
    check(claim, "GDP growth was -0.3% in the quarter.", Supports);
    check(claim, "GDP growth was minus 0.3% in the quarter.", Supports);
    check(claim, "GDP growth was 0.3% in the quarter.", Contradicts);
    // Shrinking is not growing: -0.3% breaks a claim of 0.3%.
    let claim = "support: ['GDP growth\\b.{0,20}\\b{n} ?%']\nnumber: 0.3";
    check(claim, "GDP growth was −0.3% in the quarter.", Contradicts);
    // The pattern need not let the sign through: `{n}` takes it.
    let level = "support: ['growth was {n}%']\nnumber: \"-0.3\"";
    check(level, "Growth was -0.3% last year.", Supports);
    check(level, "Growth was minus 0.3% last year.", Supports);
    check(level, "Growth was 0.3% last year.", Contradicts);
    check(
        "support: ['{n} jets']\nnumber: 16",
        "The F-16 jets flew.",
        Omits,
    );
    // A hyphen joining figures or words is no sign.
    check(
        "support: ['score\\b.{0,10}\\b{n}']\nnumber: 12",
        "The score, 10-12, stood.",
        Omits,
    );
}

#[test]
fn years_and_spans_of_years_are_not_counts() {
    let claim = "support: ['turnout\\b.{0,20}\\b{n}']\nnumber: 61";
    // The gap does not reach 61%: nothing is read, and 2024 is no count.
    check(claim, "Turnout at the 2024 election was 61%.", Omits);
    check(claim, "Turnout at the 2024 poll: 61%.", Supports);
    check(claim, "Turnout in the 2019 vote: 61%.", Supports);
    let claim = "support: ['cases\\b.{0,30}\\b{n}']\nnumber: 400";
    for doc in [
        "Measles cases in 2010-2020 averaged 400 a year.",
        "Measles cases from 2010 to 2020 averaged 400 a year.",
        "Measles cases between 2010 and 2020: 400 a year.",
    ] {
        check(claim, doc, Supports);
    }
    // The only figure after "goals" is a season: nothing is read.
    check(
        "support: ['goals\\b.{0,30}\\b{n}']\nnumber: 91",
        "Arsenal scored 91 goals in the 2023-24 season.",
        Omits,
    );
    check(
        "support: ['season\\b.{0,10}\\b{n}']\nnumber: 91",
        "In the 2023-24 season they scored many.",
        Omits,
    );
}

#[test]
fn scientific_notation_is_not_read_in_part() {
    let claim = "support: ['sea ice\\b.{0,30}\\b{n}']\nnumber: 4200000";
    for doc in [
        "Arctic sea ice covered 4.2 × 10⁶ km² in September.",
        "Arctic sea ice covered 4.2×10^6 km² in September.",
        "Arctic sea ice shrank to an area of 4.2 x 10 ^ 6 km².",
    ] {
        check(claim, doc, Omits);
    }
}

#[test]
fn close_to_and_a_tilde_are_approximate() {
    let claim = "support: ['recorded\\b.{0,20}\\b{n} measles cases']\nnumber: 1212";
    // About 1,200 (1,080 to 1,320) neither meets nor breaks exactly 1,212.
    check(
        claim,
        "England recorded close to 1,200 measles cases.",
        Omits,
    );
    check(claim, "England recorded ~1,200 measles cases.", Omits);
    check(
        claim,
        "England recorded an approximate 1,200 measles cases.",
        Omits,
    );
    check(claim, "England recorded ~900 measles cases.", Contradicts);
    // 1,212 to the nearest thousand is 1,000: "~1,000" is loose, not wrong.
    check(claim, "England recorded ~1,000 measles cases.", Omits);
    for doc in [
        "England recorded c. 1,200 measles cases.",
        "England recorded approx. 1,200 measles cases.",
        "England recorded circa 1,200 measles cases.",
    ] {
        check(claim, doc, Omits);
    }
    // More than $1.2bn neither meets nor breaks exactly $1.25bn, and meets more than $1bn.
    let claim = "support: ['worth\\b.{0,10}\\${n}']";
    check(
        &format!("{claim}\nnumber: 1250000000"),
        "The deal is worth north of $1.2bn.",
        Omits,
    );
    check(
        &format!("{claim}\nnumber: \">= 1000000000\""),
        "The deal is worth north of $1.2bn.",
        Supports,
    );
}

#[test]
fn a_change_is_not_the_level_it_reached() {
    let claim = "support: ['share price\\b.{0,20}\\b{n}p']\nnumber: 340";
    check(claim, "Northwind's share price fell 12p to 340p.", Supports);
    check(
        "support: ['cases rose\\b.{0,20}\\b{n}']\nnumber: 1212",
        "Cases rose from 368 to 1,212.",
        Supports,
    );
    // The analyst who spells the change asks for it.
    check(
        "support: ['share price fell {n}p']\nnumber: 12",
        "Northwind's share price fell 12p to 340p.",
        Supports,
    );
    check(
        "support: ['shares fell\\b.{0,10}\\b{n}%']\nnumber: 8",
        "Boeing's shares fell by 2% to $205.10 on Monday.",
        Contradicts,
    );
    // A change against an earlier figure is no level either.
    check(
        "support:\n  - all: ['turnout', '\\b{n} ?(%|per ?cent)']\nnumber: '71 +/- 0.5'",
        "Turnout was 71%, up 3.2% on the previous referendum in 2016.",
        Supports,
    );
}

#[test]
fn a_claim_of_a_change_reads_the_change() {
    let verdict = |claim: &str, text: &str, document: &str| run_claim(claim, "", text, document).0;
    let rise = "support: ['council tax\\b.{0,30}\\b{n}%']\nnumber: 4.99";
    let document = "Ashbury's council tax will go up by 4.99% in April, the council confirmed.";
    // The claim's figure is the size of the rise: the document's change is what it states.
    for text in [
        "Ashbury approved a council tax rise of 4.99% for 2025-26.",
        "Ashbury approved a 4.99% rise in council tax.",
    ] {
        let (verdict, evidence) = run_claim(rise, "", text, document);
        assert_ne!(verdict, Contradicts, "{text}");
        assert!(
            evidence
                .iter()
                .any(|e| e.numbers.iter().any(|n| n.text == "4.99")),
            "{text}: the 4.99% is read\n{evidence:#?}"
        );
    }
    // A claim about a level leaves the change aside, as before.
    let level = "support: ['share price\\b.{0,20}\\b{n}p']\nnumber: 340";
    let fell = "Northwind's share price fell 12p to 340p.";
    assert_eq!(
        verdict(level, "Northwind's shares closed at 340p.", fell),
        Supports
    );
    // A claim that gives a change and the level it reached, with the level as its figure,
    // is about the level: the change would break it.
    let both = "support: ['unemployment\\b.{0,20}\\b{n}']\nnumber: 4.1";
    assert_eq!(
        verdict(
            both,
            "Unemployment fell 0.2 points to 4.1%.",
            "Unemployment fell 0.2 points to 4.1% in May."
        ),
        Supports
    );
    // "On" after a change may name another measure: it is still left aside.
    let slowed = "support: ['slowed\\b.{0,20}\\bby {n}%']\nnumber: 27";
    assert_eq!(
        verdict(
            slowed,
            "Lecanemab slowed cognitive decline by 27%.",
            "Lecanemab slowed decline by 26% on a secondary measure."
        ),
        Omits
    );
}

#[test]
fn a_contradict_pattern_does_not_judge_a_figure_a_support_pattern_reads() {
    let claim = "support: ['Harwick\\b.{0,30}\\branked {n}th']\ncontradict: ['Harwick\\b.{0,60}\\b{n}th in the table', 'Harwick did not make the top {n}']\nnumber: 12";
    let text = "Harwick University ranked 12th in the table.";
    check_claim_text(
        claim,
        text,
        "Harwick University ranked 12th in the table.",
        Supports,
    );
    // Another figure still breaks the claim, under support; the contradict pattern's own
    // words still contradict where no support pattern reads its figure.
    check_claim_text(
        claim,
        text,
        "Harwick University ranked 15th in the table.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "Harwick did not make the top 12 in the table.",
        Contradicts,
    );
    check_claim_text(claim, text, "Harwick came 15th in the table.", Contradicts);
}

#[test]
fn nearly_a_figure_meets_a_range_that_holds_it() {
    // README's checklist: "nearly 480" (456 to 480) neither meets nor breaks 480, and a
    // range that holds it counts it.
    let bill = "support: ['bill\\b.{0,20}£{n}']";
    let document = "Bills rose by 8%, taking the average bill to nearly £480.";
    check(&format!("{bill}\nnumber: 480"), document, Omits);
    check(&format!("{bill}\nnumber: \"456..480\""), document, Supports);
}

#[test]
fn a_figure_and_a_half_is_read_whole() {
    let claim = "support: ['sentenced to {n} years']";
    let document = "Diane Crowther was sentenced to four and a half years after prosecutors had asked for six.";
    check(&format!("{claim}\nnumber: 4.5"), document, Supports);
    check(&format!("{claim}\nnumber: 6"), document, Contradicts);
    check(
        "support: ['crop of {n} million tonnes']\nnumber: 18.5",
        "Morvania harvested a record wheat crop of eighteen and a half million tonnes in 2024.",
        Supports,
    );
}

#[test]
fn a_price_to_the_penny_is_no_rounding_of_a_whole_one() {
    let fare = "support: ['fares?\\b.{0,12}\\b(?:rose to|frozen at) £{n}']\nnumber: 2";
    check(fare, "Bus fares rose to £2.20 in 2025.", Omits);
    check(fare, "Bus fares were frozen at £2 in 2025.", Supports);
    check(fare, "Bus fares were frozen at £2.00 in 2025.", Supports);
    check(fare, "Bus fares rose to £2.50 in 2025.", Contradicts);
    // A share still rounds: 52.4% meets 52.
    check(
        "support: ['won {n}%']\nnumber: 52",
        "Holt won 52.4% of the vote.",
        Supports,
    );
}

#[test]
fn a_count_after_a_month_is_a_count() {
    let claim = "support: ['{n} cases were reported']\nnumber: 1212";
    check(claim, "In March 1,212 cases were reported.", Supports);
    check(claim, "On 3 March 1,212 cases were reported.", Supports);
    // A day of the month stays a date.
    check(
        "support: ['opened\\b.{0,15}\\b{n}']\nnumber: 19",
        "The summit opened on March 19.",
        Omits,
    );
}

#[test]
fn a_glued_unit_may_be_any_alternative_of_a_group() {
    let claim = "support: ['fell to {n} ?(?:%|pc)']\nnumber: 3.2";
    check(claim, "Inflation fell to 3.2pc in March.", Supports);
    check(claim, "Inflation fell to 3.2% in March.", Supports);
}

#[test]
fn a_fraction_in_words_never_breaks_a_percentage() {
    let claim = "support: ['Holt won {n}(?:%| per cent)? (?:of )?the vote']\nnumber: 50";
    check(claim, "Holt won half the vote.", Omits);
    check(claim, "Holt won 50% of the vote.", Supports);
    check(claim, "Holt won 40% of the vote.", Contradicts);
}

// What the red team found (sixth trial): false contradicts and supports at the edges.

#[test]
fn a_negation_stops_at_so_a_lowercase_sentence_and_separators() {
    let claim = "support: ['Holt won the seat']";
    for doc in [
        "Smith did not win so Holt won the seat.",
        "Smith did not win therefore Holt won the seat.",
        "smith did not win. holt won the seat.",
        "Smith did not win... holt won the seat on Friday.",
        "HOLT NOT CONCEDING\nholt won the seat on friday, her team said.",
        "Smith did not win | Holt won the seat",
        "Smith did not win / Holt won the seat",
        "Smith did not win 🙄 Holt won the seat",
        "Smith did not win & Holt won the seat",
    ] {
        check(claim, doc, Supports);
    }
    check(
        "support: ['the seat changed hands']",
        "Holt did not win so the seat changed hands.",
        Supports,
    );
    // "Did not do so", "not so": no clause opens there.
    check(
        "support: ['approve the plan']",
        "The board did not do so the plan failed, nor approve the plan.",
        Contradicts,
    );
    // An abbreviation's full stop is no sentence end.
    check(
        "support: ['half the budget']",
        "Officials did not cut approx. half the budget.",
        Contradicts,
    );
}

#[test]
fn openers_that_grant_what_follows_are_no_negation() {
    let claim = "support: ['Holt won the seat']";
    for doc in [
        "Make no mistake Holt won the seat.",
        "No stranger to controversy Holt won the seat.",
        "Not gonna lie holt won the seat.",
        "no joke holt won the seat",
        "Moscow stopped denying that Holt won the seat.",
        "Inspectors found nothing to contradict the account that Holt won the seat.",
    ] {
        check(claim, doc, Supports);
    }
    let claim = "support: ['inflation fell to {n}%']\nnumber: 3";
    for doc in [
        "Contrary to expectations inflation fell to 3%.",
        "Defying forecasts, inflation fell to 3%.",
    ] {
        check(claim, doc, Supports);
    }
}

#[test]
fn a_negation_in_one_sentence_of_a_paragraph_reading_counts_neither_way() {
    let claim = "support:\n  - all: ['Holt', 'won the seat']\n    within: paragraph";
    check(
        claim,
        "The party did not endorse Holt. She won the seat anyway.",
        Omits,
    );
    check(
        claim,
        "No pollster gave Holt a chance. She won the seat.",
        Omits,
    );
    // Within one sentence a negation still counts.
    check(claim, "Holt never won the seat.", Contradicts);
}

#[test]
fn falsely_claimed_denies_only_what_the_match_covers_to_its_clause_end() {
    let claim = "support: ['Biden won']";
    check(
        claim,
        "Trump falsely claimed that Biden won the election through fraud.",
        Omits,
    );
    check(claim, "Trump falsely claimed that Biden won.", Contradicts);
}

#[test]
fn doubts_conditions_and_reported_sayings_count_neither_way() {
    let claim = "support: ['Holt (?:has )?won the seat']";
    for doc in [
        "Reports that Holt won the seat were premature: counting continues.",
        "Had Holt won the seat, Labour would have a majority.",
        "If the count is right, Holt won the seat.",
        "Assuming Holt won the seat, Labour has 326 MPs.",
        "Imagine Holt won the seat.",
        "Holt won the seat, pending a recount.",
        "Holt won the seat, exit polls suggest.",
        "Holt won the seat, the BBC incorrectly reported.",
        "Smith denied saying that Holt won the seat.",
        "FALSE - Holt won the seat.",
    ] {
        check(claim, doc, Omits);
    }
    // "If anything" sets no condition; a condition after the match may be the content of
    // what is stated ("pledging mutual aid if either country faces aggression"), and is not read.
    check(claim, "If anything, Holt won the seat by more.", Supports);
    check(claim, "Holt won the seat even if narrowly.", Supports);
    // A label files its own clause, not one after a semicolon.
    check(
        claim,
        "Myth: Holt lost; in fact Holt won the seat.",
        Supports,
    );
}

#[test]
fn a_dismissal_with_not_after_the_statement_denies_it() {
    let claim = "support: ['Holt (?:has )?won the seat']";
    for doc in [
        "That Holt won the seat is not true.",
        "Reports that Holt won the seat are not true, officials said.",
        "Holt won the seat - not true.",
    ] {
        check(claim, doc, Contradicts);
    }
}

#[test]
fn figures_the_red_team_found_misread() {
    // A share of a figure is not the figure.
    check(
        "support: ['{n} people marched']\nnumber: 750000",
        "Three-quarters of a million people marched through London.",
        Omits,
    );
    check(
        "support: ['{n} voters']\nnumber: '>= 1000000'",
        "Half of a million voters stayed home.",
        Omits,
    );
    // A change and the level it reached, with an aside or "at".
    let claim = "support: ['shares\\b.{0,20}\\b{n}p']\nnumber: 340";
    check(claim, "Shares were down 12p at 340p.", Supports);
    check(claim, "Shares fell 12p (3.4%) to 340p.", Supports);
    check(claim, "Shares fell 12p, or 3.4%, to 340p.", Omits);
    // A result is no minus sign, and a share after a name is a share.
    check(
        "support: ['Leave\\b.{0,20}\\b{n}%']\nnumber: 52",
        "Leave beat Remain 52%-48%.",
        Supports,
    );
    // A Swiss thousands separator: neither the head nor the tail is a number of its own.
    check(
        "support: ['counted\\b.{0,5}{n}']\nnumber: 18342",
        "They counted 18'342 votes.",
        Omits,
    );
    check(
        "support: ['{n} visitors']\nnumber: 342",
        "The fair drew 18'342 visitors this year.",
        Omits,
    );
}

#[test]
fn a_negation_bounded_by_since_says_when_not_whether() {
    let claim = "support: ['visited Pyongyang']";
    check(
        claim,
        "Putin, who had not visited Pyongyang since 2000, visited Pyongyang on Wednesday.",
        Supports,
    );
    check(claim, "Putin had not visited Pyongyang since 2000.", Omits);
}

#[test]
fn a_figure_struck_through_in_markdown_is_not_said() {
    let claim = "support: ['Holt won {n}%']\nnumber: 52";
    check(claim, "Holt won ~~54%~~ 52% of the vote.", Supports);
    check(claim, "Holt won ~~52%~~ 54% of the vote.", Contradicts);
}

// What the seventh trial found in quoted speech and attribution.

#[test]
fn a_statement_withdrawn_or_never_made_counts_neither_way() {
    let claim = "support: ['burglaries fell {n} percent']\nnumber: 12";
    check(
        claim,
        "Okafor retracted his statement that burglaries fell 20 percent.",
        Omits,
    );
    check(
        claim,
        "Okafor walked back claims that burglaries fell 20 percent.",
        Omits,
    );
    check(
        claim,
        "Police initially said burglaries fell 20 percent.",
        Omits,
    );
    // Trial 186: a first estimate is withdrawn as a first statement is.
    check(
        "support: [{all: ['2024 Westport Marathon', 'raised £{n}m']}]\nnumber: 3.1",
        "Organisers initially estimated that runners in the 2024 Westport Marathon had raised £2.8m for charity, but the final total, announced on Tuesday, was £3.1m.",
        Omits,
    );
    // After the statement, the estimate is the one compared with (trial 152).
    check(
        "support: ['Dredging Portlaven harbour cost £{n}m']\nnumber: 4.8",
        "Dredging Portlaven harbour cost £4.8m, the board's accounts show, well above the £3.2m originally estimated.",
        Supports,
    );
    // "Was first reported to have", "first said that" (trial 84); "the first reported
    // case" still states a case (below).
    let grant =
        "support: [{all: ['Riverside Community Trust', 'received\\b.{0,40}£{n}m']}]\nnumber: 2.3";
    check(
        grant,
        "The Riverside Community Trust was first reported to have received £3.2m.",
        Omits,
    );
    // Earlier reports, or a version of this article, that "put" a figure (trial 83): a
    // figure since replaced. The article's own figure still counts.
    let claim = "support: [{all: ['Okafor', 'fee\\b.{0,25}£{n}(?:m| million)'], within: paragraph}]\nnumber: 12.5";
    for doc in [
        "Earlier reports had put Okafor's fee at £12.5m.",
        "Initial reports had put Okafor's fee at £12.5m.",
        "The first report put Okafor's fee at £12.5m.",
        "An earlier version of this article put Okafor's fee at £12.5m.",
        "Some outlets wrongly put Okafor's fee at £12.5m.",
    ] {
        check(claim, doc, Omits);
    }
    check(
        claim,
        "Okafor's fee was £13.5m. Earlier reports had put the fee at £12.5m.",
        Contradicts,
    );
    check(claim, "Reports put Okafor's fee at £12.5m.", Supports);
    // The revision after them states the new figure, as after "initially said".
    check(
        "support: [{all: ['Marsden Moor', 'revised to {n} hectares']}]\nnumber: 1240",
        "Initial estimates put the area burned on Marsden Moor at 900 hectares, but the figure was later revised to 1,240 hectares.",
        Supports,
    );
    // Its why says what happened to the statement: it was replaced, not left uncertain.
    let (_, evidence) = run(claim, "", "Initial reports had put Okafor's fee at £12.5m.");
    assert!(
        evidence.iter().any(|e| e
            .why
            .starts_with("withdrawn or replaced (\"Initial reports had put\")")),
        "{evidence:#?}"
    );
    // "The first reported case" states a case.
    check(
        "support: ['reported case was in May']",
        "The first reported case was in May.",
        Supports,
    );
    let claim = "support: ['launched from Vestria']";
    for doc in [
        "No official has said the drone was launched from Vestria.",
        "The ministry no longer says the drone was launched from Vestria.",
        "The minister stopped short of saying the drone was launched from Vestria.",
        "The minister wants you to believe the drone was launched from Vestria.",
    ] {
        check(claim, doc, Omits);
    }
    // A gap that swallows "never" before a verb of saying.
    check(
        "support: ['Okafor .{0,20}said crime is falling']",
        "Okafor never said crime is falling.",
        Omits,
    );
}

#[test]
fn a_promise_is_not_the_deed() {
    // Nor is a plan being weighed; "considering" as a preposition weighs nothing.
    let ban = "support: ['ban on amoxicillin exports', 'banning exports of amoxicillin']";
    for document in [
        "Ministers are considering a ban on amoxicillin exports, according to two officials.",
        "The government is considering banning exports of amoxicillin.",
        "Ministers are weighing a ban on amoxicillin exports.",
        "Ministers are still discussing a ban on amoxicillin exports.",
    ] {
        check(ban, document, Omits);
    }
    check(
        ban,
        "Considering the shortages, ministers imposed a ban on amoxicillin exports.",
        Supports,
    );
    check(
        "support: ['cut taxes']",
        "The government promised to cut taxes.",
        Omits,
    );
    check(
        "support: ['cut taxes']",
        "The government vowed to cut taxes.",
        Omits,
    );
    check(
        "support: ['cut taxes']",
        "The government cut taxes in May.",
        Supports,
    );
}

#[test]
fn a_condition_in_quoted_speech_or_after_a_speaker_label_hedges() {
    let claim = "support: ['the accord is dead']";
    check(
        claim,
        "Brandt said: \"If we win, the accord is dead.\"",
        Omits,
    );
    check(claim, "BRANDT: If we win, the accord is dead.", Omits);
}

#[test]
fn the_subjects_own_dismissal_of_something_else_is_no_denial() {
    check(
        "support: ['Vestria denied launching']",
        "Vestria denied launching the drone, calling it a fabrication.",
        Supports,
    );
    check(
        "support: ['Varga resigned']",
        "Varga resigned, calling the allegations false.",
        Supports,
    );
    // Another's dismissal of what the sentence states is the other side, as a denial is.
    check(
        "support: ['Varga resigned']",
        "Varga resigned, a claim her office called false.",
        Mixed,
    );
    check(
        "support: ['Varga resigned']",
        "Varga resigned, which her office called false.",
        Mixed,
    );
    // The writer's own dismissal denies.
    check(
        "support: ['Varga resigned']",
        "Varga resigned - false.",
        Contradicts,
    );
}

#[test]
fn a_figure_called_false_or_inflated_is_denied() {
    let claim = "support: [{all: ['Lisvora', '{n} million (?:foreign )?visitors']}]\nnumber: 31";
    // "The figure of", "the estimate of": a frame, as "the claim that" is, which a
    // dismissal after the match denies.
    check(
        claim,
        "The board's figure of 31 million foreign visitors to Lisvora was inflated, auditors said.",
        Contradicts,
    );
    check(
        claim,
        "The figure of 31 million visitors to Lisvora was wrong.",
        Contradicts,
    );
    // Without a dismissal, the frame says nothing.
    check(
        claim,
        "Lisvora reported a figure of 31 million foreign visitors, a record.",
        Supports,
    );
    // "Exaggerated" doubts rather than denies, as for "reports that".
    check(
        claim,
        "The figure of 31 million visitors to Lisvora was exaggerated.",
        Omits,
    );
    // The reporter of the dismissal does not state the match: "said the figure of … was
    // wrong" denies it, as "said the claim that … was false" does.
    check(
        claim,
        "Auditors said the figure of 31 million visitors to Lisvora was wrong.",
        Contradicts,
    );
    check(
        claim,
        "Auditors said the claim that Lisvora drew 31 million visitors was false.",
        Contradicts,
    );
    // "not correct" dismisses as "not true" does.
    check(
        claim,
        "Auditors said the figure of 31 million visitors to Lisvora was not correct.",
        Contradicts,
    );
    // A statement, and another's word that the figure is inflated: both sides.
    check(
        claim,
        "Lisvora drew 31 million visitors, a figure the union called inflated.",
        Mixed,
    );
    check(
        claim,
        "Officials said Lisvora drew 31 million visitors, which auditors called false.",
        Mixed,
    );
    // Or who said the figure was wrong, whatever they add.
    for document in [
        "Lisvora says it drew 31 million visitors, but the city's auditor said the figure was inflated and put it at 27 million.",
        "Lisvora drew 31 million visitors, though auditors say that the number is wrong.",
    ] {
        check(claim, document, Mixed);
    }
}

#[test]
fn a_denial_the_sentence_rebuts_counts_neither_way() {
    let claim = "support: ['cuts? steel tariffs by {n} percent']\nnumber: 20";
    check(
        claim,
        "Brandt says the accord does not cut steel tariffs by 20 percent, which is false.",
        Omits,
    );
    // Reported, then called false: both sides, as README's "reported, then denied".
    check(
        claim,
        "Brandt says the accord cuts steel tariffs by 20 percent, which is false.",
        Mixed,
    );
    check(
        claim,
        "The accord cuts steel tariffs by 20 percent, which is not true.",
        Contradicts,
    );
}

#[test]
fn a_denial_a_support_gap_swallows_counts_neither_way() {
    // Under a gap, "denied" turns the statement around as "not" does; the pattern did not
    // ask for it.
    let claim = r"support: ['Moscow\b.{0,40}\bshipped shells']";
    check(
        claim,
        "Moscow denied it shipped shells to Pyongyang.",
        Omits,
    );
    check(
        claim,
        "Moscow flatly rejected claims it shipped shells.",
        Omits,
    );
    check(
        claim,
        "Moscow said it shipped shells to Pyongyang.",
        Supports,
    );
    // A pattern that spells the denial asks for it, in any spelling of the verb.
    let denial = r"support: ['Moscow\b.{0,20}\bden(?:y|ies|ied)\b.{0,20}\bshipped shells']";
    check(denial, "Moscow denied it shipped shells.", Supports);
    // So does a contradict pattern's, as its "not" does: the denial is of the statement
    // that would contradict the claim (trial 167: "Harland ICB denied that it had stopped
    // funding IVF" made a document that supports the claim mixed).
    let against = r"contradict: ['Moscow\b.{0,40}\bshipped shells']";
    check(against, "Moscow denied it shipped shells.", Omits);
    check(against, "Moscow shipped shells.", Contradicts);
    // Spelled, it is asked for.
    check(
        r"contradict: ['Moscow\b.{0,20}\bdenied\b.{0,20}\bshipped shells']",
        "Moscow denied it shipped shells.",
        Contradicts,
    );
    // So is the verb of a dismissal whose word ends the clause after the match; not one
    // whose clause ends otherwise.
    check(
        claim,
        "Moscow called reports that it shipped shells to Pyongyang false.",
        Omits,
    );
    check(
        claim,
        "Moscow, which Kim called a friend, shipped shells to Pyongyang, officials said.",
        Supports,
    );
}

#[test]
fn a_denial_reaches_a_clause_whose_subject_is_a_pronoun() {
    // "it shipped" is the denied clause's verb, not a participle ("the treaty signed by").
    let claim = "support: ['shipped shells']";
    check(
        claim,
        "Moscow denied it shipped shells to Pyongyang.",
        Contradicts,
    );
    check(
        claim,
        "Moscow denied they shipped shells to Pyongyang.",
        Contradicts,
    );
}

#[test]
fn a_denial_withdrawn_later_in_the_sentence_counts_neither_way() {
    let claim = "support: ['shipped shells']";
    check(
        claim,
        "Moscow once denied it shipped shells to Pyongyang but now admits it.",
        Omits,
    );
    check(
        claim,
        "Moscow denied it shipped shells before acknowledging the transfers.",
        Omits,
    );
    // An admission of something else, with no turn before it, withdraws nothing.
    check(
        claim,
        "Moscow denied it shipped shells and admitted nothing.",
        Contradicts,
    );
}

#[test]
fn a_fronted_phrase_with_no_negates_only_itself_unless_the_clause_inverts() {
    let claim = "support: ['Holt won', 'Holt (?:did )?win']";
    check(
        claim,
        "Against no serious opposition Holt won the seat.",
        Supports,
    );
    check(claim, "Facing no rival Holt won the seat.", Supports);
    check(
        claim,
        "With no campaign to speak of Holt won the seat.",
        Supports,
    );
    // Negative inversion: the auxiliary before the subject carries the negation over.
    check(claim, "By no means did Holt win the seat.", Contradicts);
    check(
        claim,
        "Under no circumstances did Holt win the seat.",
        Contradicts,
    );
    check(claim, "Not once did Holt win the seat.", Contradicts);
}

#[test]
fn a_figure_in_an_aside_for_another_time_is_not_the_count() {
    let claim = "support: ['unemployment\\b.{0,40}\\b{n}']\nnumber: 4.2";
    check(
        claim,
        "Unemployment, at 4.5% in April, fell to 4.2%.",
        Supports,
    );
    check(
        claim,
        "Unemployment (at 4.5% last year) fell to 4.2%.",
        Supports,
    );
    // Without the aside the figure is the text's own level.
    check(claim, "Unemployment was at 4.5% in April.", Contradicts);
    // "on" or "in" a place is no time (trial 46: "which ran 20 buses on the city's busiest
    // routes" was skipped as a figure for another time).
    let buses = "support: [{all: ['Aberlyn', '{n} buses']}]\nnumber: 20";
    check(
        buses,
        "Aberlyn's hydrogen bus trial, which ran 20 buses on the city's busiest routes, cost £4.2m.",
        Supports,
    );
    check(
        buses,
        "Aberlyn's hydrogen bus trial, which ran 12 buses in the first year, cost £4.2m.",
        Omits,
    );
    // A pattern that spells "at" asks for that figure.
    let at = "support: ['unemployment, at {n}%']\nnumber: 4.5";
    check(
        at,
        "Unemployment, at 4.5% in April, fell to 4.2%.",
        Supports,
    );
    // So does one that spells the verb of a relative aside, other than a level's own
    // ("which was", "which stood at").
    let killed = "support: ['Brask\\b.{0,40}\\bkilled {n}']\nnumber: 14";
    check(
        killed,
        "The Brask disaster, which killed 14 people in February, is still under investigation.",
        Supports,
    );
    check(
        "support: ['unemployment\\b.{0,30}\\bwas {n}%']\nnumber: 4.2",
        "Unemployment, which was 4.5% in April, fell to 4.2% in May.",
        Omits,
    );
    // A passive verb after "was" is the aside's verb too (trial 84): `fined` asks for the
    // fine of "which was fined £3.6m in March".
    let fined = "support: ['Severn Vale Water\\b.{0,20}\\bfined\\b.{0,10}£{n}m']\nnumber: 3.6";
    check(
        fined,
        "Severn Vale Water, which was fined £3.6m in March for polluting the River Leddon, said it would appeal.",
        Supports,
    );
    check(
        fined,
        "Severn Vale Water, which was fined £2.1m in March for polluting the River Leddon, said it would appeal.",
        Contradicts,
    );
}

#[test]
fn asides_of_every_shape_give_the_figure_for_another_time() {
    let turnout = "support: ['turnout\\b.{0,40}\\b{n}%']\nnumber: 61";
    for doc in [
        "Turnout, 54% in 2019, rose to 61% this year.",
        "Turnout - 54% in 2019 - rose to 61% this year.",
        "Turnout (54% in 2019) rose to 61% this year.",
        "Turnout, 54% last time, rose to 61% this year.",
        "Turnout, which was 54% in 2019, rose to 61% this year.",
    ] {
        check(turnout, doc, Supports);
    }
    let revenue = "support: ['revenue\\b.{0,40}\\$?{n} ?bn']\nnumber: 96.8";
    check(
        revenue,
        "Revenue, $81.5bn in 2022, rose to $96.8bn.",
        Supports,
    );
    // An interruption before the main verb opens no aside.
    check(
        turnout,
        "Turnout, officials said, was 61% in 2024, the highest in years.",
        Supports,
    );
}

#[test]
fn verbs_that_set_a_bound_qualify_the_figure() {
    let turnout = "support: ['turnout\\b.{0,30}\\b{n}%']\nnumber: 61";
    check(turnout, "Turnout exceeded 60%.", Omits);
    check(turnout, "Turnout topped 60%.", Omits);
    check(turnout, "Turnout fell short of 65%.", Omits);
    check(turnout, "Turnout fell short of 58%.", Contradicts);
}

#[test]
fn the_size_of_a_change_is_not_the_level() {
    let turnout = "support: ['turnout\\b.{0,30}\\b{n}%']\nnumber: 61";
    check(turnout, "Turnout increased by 7%.", Omits);
    check(turnout, "Turnout rose 3% on 2019.", Omits);
    check(turnout, "Turnout rose from 54% to 61%.", Supports);
    let revenue = "support: ['revenue\\b.{0,40}\\$?{n} ?bn']\nnumber: 96.8";
    check(revenue, "Revenue rose by $15.3bn in 2023.", Omits);
    check(
        revenue,
        "Revenue rose $15.3bn to $96.8bn in 2023.",
        Supports,
    );
    // A pattern that spells the change asks for it.
    check(
        "support: ['rose by {n}%']\nnumber: 7",
        "Turnout rose by 7%.",
        Supports,
    );
}

#[test]
fn additions_ranges_and_forecasts_are_not_the_count() {
    let troops = "support: ['(?:North Korea|Pyongyang)\\b.{0,40}\\b(?:sent|deployed)\\b.{0,30}\\b{n} (?:troops|soldiers)']\nnumber: 11000";
    for doc in [
        "North Korea sent another 3,000 troops in January.",
        "North Korea deployed a further 3,000 troops.",
        "North Korea sent 3,000 more troops.",
        "North Korea sent from 10,000 to 12,000 troops.",
        "North Korea sent 10,000 - 12,000 troops.",
        "North Korea sent 10,000 or 12,000 troops.",
    ] {
        check(troops, doc, Omits);
    }
    check(troops, "North Korea sent 11,000 troops.", Supports);
    let revenue = "support: ['revenue\\b.{0,40}\\$?{n} ?bn']\nnumber: 96.8";
    check(
        revenue,
        "Revenue beat forecasts of $95bn, coming in at $96.8bn.",
        Supports,
    );
    // A forecast as the clause's subject, its figure given by a form of "be".
    for doc in [
        "The company's guidance for revenue was $95bn.",
        "The consensus estimate for revenue is $95bn.",
        "Revenue was $96.8bn, above its guidance of $95bn.",
    ] {
        let expected = if doc.contains("96.8") {
            Supports
        } else {
            Omits
        };
        check(revenue, doc, expected);
    }
    check(revenue, "Revenue was $95bn, the company said.", Contradicts);
}

#[test]
fn a_statement_reported_or_conceded_beside_its_denial_is_both() {
    let claim = r"support: ['shipped shells to Russia']";
    for doc in [
        "Pyongyang shipped shells to Russia, Seoul said, a claim Pyongyang denied.",
        "Pyongyang shipped shells to Russia, Seoul said, but Pyongyang denied it.",
        "North Korea shipped shells to Russia, though Moscow denies it.",
        "North Korea shipped shells to Russia, which Moscow denies.",
        "North Korea shipped shells to Russia, which Moscow has repeatedly denied.",
        "North Korea shipped shells to Russia, which was denied by Moscow.",
    ] {
        check(claim, doc, Mixed);
    }
    // A passive denial without "which … by" is often a refusal: no denial of the match.
    check(
        "support: ['Holt appealed']",
        "Holt appealed, and the appeal was denied by the court.",
        Supports,
    );
    // The writer's own denial, and one neither reported nor conceded: the denial has the
    // last word.
    for doc in [
        "North Korea shipped shells to Russia, which is false.",
        "North Korea shipped shells to Russia, a spokesman denied.",
        "North Korea shipped shells to Russia, a blog wrongly claimed.",
        "North Korea shipped shells to Russia, a tabloid falsely reported last week.",
    ] {
        check(claim, doc, Contradicts);
    }
    // Said falsely, then what else was said: the statement is only reported.
    check(
        claim,
        "North Korea shipped shells to Russia, a blog wrongly claimed that they were rockets.",
        Supports,
    );
}

#[test]
fn a_denial_called_false_denies_nothing() {
    let claim = r"support: ['shipp(?:ed|ing) shells to Russia']";
    check(
        claim,
        "Pyongyang falsely denied shipping shells to Russia.",
        Supports,
    );
    check(
        claim,
        "Pyongyang lied when it denied shipping shells to Russia.",
        Supports,
    );
    let (verdict, _) = run(
        r"support: ['{nk}\b.{0,40}\bshipped shells']",
        "  nk: ['North Korea', 'Pyongyang']",
        "Contrary to Pyongyang's denials, North Korea shipped shells to Russia.",
    );
    assert_eq!(verdict, Supports);
    check(
        claim,
        "Pyongyang denied shipping shells to Russia.",
        Contradicts,
    );
}

#[test]
fn nobody_confirming_leaves_it_open() {
    let claim = r"support: ['Tata\b.{0,40}\bclosed\b.{0,30}\bblast furnace']";
    check(
        claim,
        "No one at Tata has confirmed that it closed the blast furnace.",
        Omits,
    );
    check(
        claim,
        "No one died when Tata closed the blast furnace.",
        Supports,
    );
}

#[test]
fn dismissals_in_other_words_deny_and_a_gap_may_not_swallow_them() {
    let plain = r"support: ['shipped shells to Russia']";
    let gap = r"support: ['Pyongyang\b.{0,40}\bshipped shells']";
    for doc in [
        "Pyongyang brushed aside reports that it had shipped shells to Russia.",
        "Pyongyang laughed off suggestions that it shipped shells to Russia.",
    ] {
        check(plain, doc, Contradicts);
        check(gap, doc, Omits);
    }
    check(
        r"support: ['Tata\b.{0,40}\bclosed']",
        "Tata brushed aside criticism and closed the plant.",
        Supports,
    );
    check(
        plain,
        "An earlier version said Pyongyang shipped shells to Russia.",
        Omits,
    );
}

#[test]
fn an_all_matcher_reads_the_occurrences_that_lie_closest_together() {
    let claim = r"support: [{all: ['Armenia', '\bsigned\b', 'treaty']}]";
    check(
        claim,
        "Unlike Azerbaijan, which has not signed, Armenia signed the treaty.",
        Supports,
    );
    check(
        claim,
        "Armenia has not signed the treaty, though Georgia signed it.",
        Contradicts,
    );
}

#[test]
fn an_all_matcher_reads_a_parts_occurrence_in_the_others_clause_before_a_nearer_one() {
    // `UK` is nearer the figure in the attribution ("the UK Cinema Association said"), but
    // the statement is the clause that holds every part: the rival after "but" is then the
    // other side, as it is without the attribution.
    let claim =
        "number: 123.6\nsupport: [{all: ['UK', 'admissions\\b.{0,30}\\b{n} million', '2024']}]";
    for document in [
        "UK cinema admissions totalled 123.6 million in 2024, the UK Cinema Association said, but analysts at Screen Ledger said the true figure was 121.9 million.",
        "UK cinema admissions totalled 123.6 million in 2024, but analysts at Screen Ledger said the true figure was 121.9 million.",
    ] {
        check(claim, document, Mixed);
    }
    check(
        claim,
        "UK cinema admissions totalled 123.6 million in 2024, the UK Cinema Association said.",
        Supports,
    );
}

#[test]
fn a_statement_withdrawn_after_it_or_only_offered_counts_neither_way() {
    let treaty = "support: ['Armenia signed the treaty']";
    for doc in [
        "Armenia signed the treaty, Armenian officials initially said.",
        "Armenia signed the treaty, a claim Yerevan later retracted.",
        "Armenia signed the treaty, Seoul said, before retracting the claim.",
    ] {
        check(treaty, doc, Omits);
    }
    check(
        treaty,
        "Armenia signed the treaty, officials said.",
        Supports,
    );
    let gap = r"support: ['North Korea\b.{0,40}\bship\w*\b.{0,20}\bshells']";
    check(
        gap,
        "North Korea offered to ship artillery shells to Russia.",
        Omits,
    );
    check(
        "support: ['Holt\\b.{0,20}\\bwin']",
        "Holt is tipped to win the seat.",
        Omits,
    );
}

#[test]
fn falsity_in_other_words_denies() {
    check(
        "support: ['Tata closed the blast furnace']",
        "It is false to say that Tata closed the blast furnace.",
        Contradicts,
    );
    check(
        "support: ['shipped shells to Russia']",
        "Pyongyang shipped shells to Russia, which is a myth.",
        Contradicts,
    );
    check(
        r"support: ['\bcrime is falling']",
        "\"I do not accept that crime is falling,\" the chief said.",
        Contradicts,
    );
    // A label that names the claim under review asserts nothing.
    check(
        r"support: ['turnout was {n}%']
number: 61",
        "Fact check: Turnout was 61%.",
        Omits,
    );
}

#[test]
fn a_denial_the_sentence_rebuts_with_evidence_counts_neither_way() {
    let claim = "support: ['shipping shells to Russia']";
    check(
        claim,
        "Pyongyang denied shipping shells to Russia, but intercepted shipping records show it did.",
        Omits,
    );
    check(
        claim,
        "Pyongyang denied shipping shells to Russia, and satellite images show nothing.",
        Contradicts,
    );
}

#[test]
fn markdown_bold_before_a_figure_is_no_multiplication_sign() {
    let claim = "support: ['turnout\\b.{0,10}\\b{n}%']\nnumber: 61";
    check(claim, "- **Turnout:** 61%", Supports);
}

#[test]
fn list_items_under_a_heading_or_label_of_doubt_count_neither_way() {
    let claim = "support: ['Holt won the seat']";
    check(
        claim,
        "## Myths about the election\n\n- Holt won the seat\n",
        Omits,
    );
    check(claim, "Not true:\n- Holt won the seat\n", Omits);
    check(
        claim,
        "## Debunked\n\n1. Turnout fell.\n2. Holt won the seat.\n",
        Omits,
    );
    // A heading that doubts nothing leaves its items statements.
    check(claim, "## Results\n\n- Holt won the seat\n", Supports);
    check(claim, "Key facts:\n- Holt won the seat\n", Supports);
}

#[test]
fn a_figure_the_clause_says_was_forecast_is_not_the_result() {
    let claim =
        "support: ['Holt won {n}%', {all: ['Holt', '\\bwon\\b', '{n}% of the vote']}]\nnumber: 52";
    check(
        claim,
        "Holt won 48%, narrowly short of the 52% of the vote polls had forecast.",
        Contradicts,
    );
    // After a comma, the forecast came true.
    check(
        claim,
        "Holt won 52% of the vote, as polls had forecast.",
        Supports,
    );
}

#[test]
fn readme_promises_on_labels_bounds_and_falsity_hold() {
    check(
        "support: ['Holt won the seat']",
        "Claims we could not verify:\n\n- Holt won the seat\n",
        Omits,
    );
    check(
        "support: ['turnout\\b.{0,30}\\b{n}%']\nnumber: 61",
        "Turnout passed the 60% mark.",
        Omits,
    );
    check(
        "support: ['shipped shells to Russia']",
        "Pyongyang shipped shells to Russia, which is a lie.",
        Contradicts,
    );
}

#[test]
fn a_statement_put_as_a_claim_and_denied_is_mixed() {
    let claim = "support: ['North Korea\\b.{0,40}\\bshipped\\b.{0,40}\\bshells']";
    for document in [
        "North Korea has shipped artillery shells to Russia, a claim Pyongyang has denied.",
        "North Korea has shipped artillery shells to Russia, an allegation Pyongyang denies.",
    ] {
        check(claim, document, Mixed);
    }
    // The writer's own word, and a denial reported on its own, still deny.
    check(
        claim,
        "North Korea has shipped artillery shells to Russia, which is false.",
        Contradicts,
    );
    check(
        claim,
        "North Korea has shipped artillery shells to Russia, a spokesman denied.",
        Contradicts,
    );
}

#[test]
fn an_all_part_in_a_clause_the_negation_does_not_reach_counts_neither_way() {
    let claim = "support: [{all: ['Putin', '\\bvisit(ed)?\\b', 'Pyongyang']}]";
    for document in [
        "It is not true that Putin skipped Pyongyang: he visited Pyongyang on June 19.",
        "NO, PUTIN DID NOT SKIP PYONGYANG: HE VISITED PYONGYANG ON JUNE 19",
    ] {
        check(claim, document, Omits);
    }
    // Read with either "visit" (as tight), the sentence states the visit it does not deny.
    for document in [
        "Putin did not visit Seoul, but he visited Pyongyang.",
        "Putin didn't visit Seoul; he visited Pyongyang.",
        "Putin did not visit Seoul but visited Pyongyang instead.",
    ] {
        check(claim, document, Supports);
    }
    check(
        claim,
        "Putin did not visit Pyongyang, but he visited Seoul.",
        Contradicts,
    );
    check(
        "support: [{all: ['Kim|Putin', '\\bsign(ed)?\\b', 'pact']}]",
        "Kim did not wait for Putin's approval before he signed the pact.",
        Omits,
    );
    // The why says the parts are read apart, not merely that one is out of reach.
    let (_, evidence) = run(
        "support: [{all: ['Kim|Putin', '\\bsign(ed)?\\b', 'pact']}]",
        "",
        "Kim did not wait for Putin's approval before he signed the pact.",
    );
    assert!(
        evidence.iter().any(|e| e
            .why
            .contains("one part is denied and another stated apart")),
        "{evidence:#?}"
    );
    check(
        "support: [{all: ['shipped', 'artillery shells', 'Russia']}]",
        "Russia never paid for the artillery shells that North Korea shipped to it.",
        Omits,
    );
    // The negation reads on past a preposition in its clause.
    check(claim, "Putin did not visit Pyongyang.", Contradicts);
    check(
        claim,
        "Putin did not visit the city of Pyongyang in June.",
        Contradicts,
    );
}

#[test]
fn a_relative_clause_on_the_negated_part_states_the_parts_in_it() {
    let claim = "support: [{all: ['Halvard', 'return(?:ed|s)?', 'Girl at a Window']}]";
    check(
        claim,
        "The Halvard Gallery no longer displays 'Girl at a Window', which it returned to the Marek family in March.",
        Supports,
    );
    // The clause's own negation or hedge still counts; a clause not on the negated part
    // is not read this way.
    check(
        claim,
        "The Halvard Gallery no longer displays 'Girl at a Window', which it did not return to the family.",
        Omits,
    );
    check(
        claim,
        "The Halvard Gallery no longer displays 'Girl at a Window', which it may have returned.",
        Omits,
    );
    check(
        claim,
        "The Halvard Gallery did not return 'Girl at a Window', which it bought in 1990.",
        Contradicts,
    );
}

#[test]
fn without_negates_a_noun_phrase_that_a_preposition_ends() {
    let claim = "support: [{all: ['Telvara', 'for {n} hours']}]\nnumber: 11";
    check(
        claim,
        "Telvara customers were left without mobile signal for 11 hours.",
        Supports,
    );
    check(
        "support: ['signed with a mutual defence clause']\ncontradict: ['without a mutual defence clause']",
        "The pact was signed without a mutual defence clause.",
        Contradicts,
    );
}

#[test]
fn not_alone_denies_the_manner_not_the_deed() {
    let claim = "support: ['signed the pact']\ncontradict: ['not sign(ed)? the pact']";
    check(
        claim,
        "Kim did not sign the pact alone; Putin signed it too.",
        Omits,
    );
    check(claim, "Russia did not sign the pact on its own.", Omits);
    check(claim, "Kim did not sign the pact.", Contradicts);
}

#[test]
fn a_negative_pronoun_does_not_negate_the_place_it_looks_in() {
    let claim = "support: ['mutual[- ]defen[cs]e clause']";
    check(
        claim,
        "Nothing in the treaty's mutual-defence clause obliges Russia to send troops.",
        Supports,
    );
    check(
        claim,
        "Nothing in the treaty resembles a mutual-defence clause.",
        Contradicts,
    );
    check(claim, "There is no mutual-defence clause.", Contradicts);
}

#[test]
fn what_nobody_expected_is_left_open() {
    check(
        "support: ['mutual[- ]defen[cs]e']",
        "No one expected the treaty to include a mutual-defence clause, but it does.",
        Omits,
    );
}

#[test]
fn a_denial_the_match_states_is_disputed_not_denied_by_a_dismissal_after_it() {
    let claim = "support: ['North Korea\\b.{0,30}\\bden(y|ies|ied)\\b.{0,60}\\bshells']";
    check(
        claim,
        "North Korea denied shipping artillery shells to Russia, a denial Washington called a lie.",
        Omits,
    );
    check(
        claim,
        "North Korea denied shipping artillery shells to Russia.",
        Supports,
    );
}

#[test]
fn words_of_possibility_between_all_parts_count_neither_way() {
    let claim = "support: [{all: ['Putin|Kim', '\\bsign(ed|s)?\\b', 'pact']}]";
    check(claim, "Putin and Kim will sign the pact tomorrow.", Omits);
    check(claim, "Putin and Kim almost signed the pact.", Omits);
    check(claim, "Putin and Kim signed the pact.", Supports);
    // Another clause, or what a text says will be, is not the parts' gap.
    check(
        claim,
        "Kim, who will visit Moscow next year, signed the pact.",
        Supports,
    );
    check(
        "support: [{all: ['pact', 'come to each other''s aid']}]",
        "The pact says they will come to each other's aid.",
        Supports,
    );
    // The month "May" in a gap is no "may", and a claim's "May" says no "may".
    let festival = "support: ['festival\\b.{0,30}\\bdr(?:ew|aws?) {n}']\nnumber: 40000";
    check(
        festival,
        "The festival in May drew 40,000 visitors.",
        Supports,
    );
    check(festival, "The festival may draw 40,000 visitors.", Omits);
    check_claim_text(
        festival,
        "The festival in May draws 40,000 visitors.",
        "The festival may draw 40,000 visitors.",
        Omits,
    );
}

#[test]
fn an_allegation_a_gap_swallowed_counts_neither_way() {
    let claim = "support: ['North Korea\\b.{0,40}\\bsending\\b.{0,40}\\bshells']";
    check(
        claim,
        "North Korea was accused of sending artillery shells to Russia.",
        Omits,
    );
    check(
        claim,
        "North Korea is sending artillery shells to Russia.",
        Supports,
    );
    // Spelled out, the allegation is the claim's.
    check(
        "support: ['North Korea\\b.{0,10}\\baccused of sending\\b.{0,40}\\bshells']",
        "North Korea was accused of sending artillery shells to Russia.",
        Supports,
    );
    // A plan the statement is about is not an allegation.
    check(
        "support: ['Russia has supplied\\b.{0,80}\\bsatellites']",
        "Russia has supplied North Korea with technology to aid its plans to deploy spy satellites.",
        Supports,
    );
}

#[test]
fn a_breaking_number_of_something_a_gap_named_counts_neither_way() {
    let claim = "support: ['first (visit|trip)\\b.{0,60}\\bin {n} years']\nnumber: 24";
    let (verdict, _) = run_claim(
        claim,
        "",
        "The trip was Putin's first visit to North Korea in 24 years.",
        "Putin's first visit to Asia in 2 years took him to North Korea, where he last went 24 years ago.",
    );
    assert_eq!(verdict, Omits);
    let (verdict, _) = run_claim(
        claim,
        "",
        "The trip was Putin's first visit to North Korea in 24 years.",
        "It was Putin's first visit to North Korea in 12 years.",
    );
    assert_eq!(verdict, Contradicts);
    check(claim, "It was Putin's first trip in 12 years.", Contradicts);
    // A day or a month is a time, not a name (trial 41: "voted on Wednesday to raise").
    check(
        "support: ['voted on \\w+ to raise council tax by {n}%']\nnumber: 4.99",
        "Councillors voted on Wednesday to raise council tax by 2.99% for 2025-26.",
        Contradicts,
    );
    // A name a term spells is the pattern's: "the Kremlin" in `{russia}`.
    let (verdict, _) = run(
        "support: ['{russia}\\b.{0,20}\\bsold {n} vehicles']\nnumber: 500",
        "  russia: [Russia, the Kremlin]",
        "The Kremlin sold 20 vehicles to Malmö in August.",
    );
    assert_eq!(verdict, Contradicts);
    // So is a name the claim says, possessive or not.
    let (verdict, _) = run_claim(
        "support: ['unemployment\\b.{0,30}\\b{n} per cent']\nnumber: 5.2",
        "",
        "Valdoria's unemployment rate was 5.2 per cent in March 2025.",
        "Unemployment in Valdoria climbed to 5.6 per cent in March 2025.",
    );
    assert_eq!(verdict, Contradicts);
}

#[test]
fn a_change_an_addition_or_an_aside_for_another_time_is_not_the_level() {
    let inflation = "support: ['inflation\\b.{0,40}\\b{n} ?(?:%|per ?cent)']\nnumber: 3.2";
    check(
        inflation,
        "Inflation rose 0.3% in March, to 3.2%.",
        Supports,
    );
    check(
        inflation,
        "Inflation rose 0.3% last month, to 3.6%.",
        Contradicts,
    );
    check(inflation, "Inflation was 3.6% in March.", Contradicts);
    let signed = "support: ['{n} (?:countries|states|nations) (?:have )?signed']\nnumber: 42";
    check(
        signed,
        "Three countries signed on Tuesday, bringing the total to 42.",
        Omits,
    );
    check(signed, "Three countries signed on Tuesday.", Contradicts);
    // Accented text after the total: the look-ahead is cut where a character starts (it
    // panicked when its 60th byte fell inside "é").
    check(
        signed,
        "Three countries signed, bringing the total to 42 éééééééééééééééééééé in all.",
        Omits,
    );
    let tariffs = "support: ['tariffs? on steel\\b.{0,60}\\bto {n} ?%']\nnumber: 5";
    check(
        tariffs,
        "Tariffs on steel, which were cut to 10% in 2020, were cut again to 5%.",
        Supports,
    );
    check(tariffs, "Tariffs on steel were cut to 10%.", Contradicts);
}

#[test]
fn a_figure_with_spoken_decimals_reads_whole() {
    let inflation = "support: ['inflation\\b.{0,40}\\b{n} ?(?:%|per ?cent)']\nnumber: 3.2";
    check(
        inflation,
        "Inflation was three point two per cent.",
        Supports,
    );
    check(
        inflation,
        "Inflation was four point one per cent.",
        Contradicts,
    );
    let cost = "support: ['bridge\\b.{0,30}\\bcost\\b.{0,20}\\$?{n} ?(?:bn|billion)']\nnumber: 4.2";
    check(
        cost,
        "The bridge cost four point two billion dollars.",
        Supports,
    );
    // `{n}` right after a word reads the whole part; the decimals follow it.
    let grew = "support: ['GDP grew {n}']\nnumber: 3.8";
    check(grew, "GDP grew three point eight per cent.", Supports);
    check(grew, "GDP grew three point nine per cent.", Contradicts);
    check(
        "support: ['magnitude[- ]{n}']\nnumber: 6.6",
        "A magnitude six point six earthquake struck.",
        Supports,
    );
}

#[test]
fn a_statement_put_to_people_called_wrong_is_denied_and_a_corrected_one_left_open() {
    let signed = "support: [{all: ['Armenia', '\\bsigned\\b', 'accord']}]";
    // A denial put to people called wrong: the two cancel.
    check(
        signed,
        "Those who say Armenia has not signed the accord are lying.",
        Supports,
    );
    check(
        signed,
        "Anyone who claims Armenia has not signed the accord is misinformed.",
        Supports,
    );
    for disputed in [
        "No one can say Armenia hasn't signed the accord.",
        "\"Armenia has not signed the accord,\" the minister said, before a spokesman corrected him.",
        "\"Armenia has not signed the accord,\" the spokesman said, later correcting himself.",
    ] {
        check(signed, disputed, Omits);
    }
    check(
        signed,
        "People who say Armenia has not signed the accord are right.",
        Contradicts,
    );
    let won = "support: [{all: ['Holt', '\\btook\\b', 'Ashford']}]";
    check(won, "Holt never took Ashford for granted.", Omits);
    check(won, "Holt never took Ashford.", Contradicts);
    // Without a negation, what people called wrong say is denied, on either side, and with
    // one pattern too (not reported and then denied: mixed).
    check(
        won,
        "Those who say Holt took Ashford are lying.",
        Contradicts,
    );
    check(
        "support: ['Holt\\b.{0,40}\\btook\\b.{0,15}\\bAshford']",
        "Those who say Holt took Ashford are lying.",
        Contradicts,
    );
    check(
        "support: ['Varga\\b.{0,30}\\bconvicted']\ncontradict: ['Varga\\b.{0,30}\\bacquitted']",
        "Those who say Varga was acquitted are wrong.",
        Omits,
    );
}

#[test]
fn what_nobody_knows_the_reason_for_is_taken_as_given() {
    let signed = "support: [{all: ['Armenia', '\\bsigned\\b', 'accord']}]";
    check(
        signed,
        "Nobody knows why Armenia signed the accord.",
        Supports,
    );
    check(
        signed,
        "No one can explain why Armenia signed the accord.",
        Supports,
    );
    check(
        signed,
        "Nobody knows whether Armenia signed the accord.",
        Omits,
    );
    check(
        signed,
        "It is not clear why Armenia signed the accord.",
        Supports,
    );
    check(
        signed,
        "Officials would not say when Armenia signed the accord.",
        Supports,
    );
    check(
        signed,
        "It is not clear whether Armenia signed the accord.",
        Omits,
    );
    check(
        signed,
        "Officials would not say whether Armenia signed the accord.",
        Omits,
    );
    check(signed, "Armenia has not signed the accord.", Contradicts);
    let cases = "support: ['{n} (?:confirmed )?(?:measles )?cases']\nnumber: 1212";
    check(
        cases,
        "Nobody died among the 1,212 measles cases.",
        Supports,
    );
    check(cases, "Nobody reported 1,212 measles cases.", Omits);
}

#[test]
fn an_aside_on_a_part_does_not_move_the_negation_to_another_clause() {
    let won = "support: [{all: ['Holt', '\\bwin\\b', 'Ashford']}]";
    check(
        won,
        "Holt, the Labour candidate, did not win Ashford.",
        Contradicts,
    );
    check(
        "support: [{all: ['Varga', 'convicted', 'brib\\w*']}]",
        "Varga, 54, was not convicted of bribery.",
        Contradicts,
    );
    check(
        "support: [{all: ['Armenia', '\\bsign\\b', 'accord']}]",
        "Armenia, which faced pressure from Moscow, did not sign the accord.",
        Contradicts,
    );
    // A clause of its own between them still stops it.
    check(
        won,
        "Holt campaigned hard, but she did not win Ashford.",
        Omits,
    );
    // Trial 161: the part may be the owner of a possessive with a name as its aside, or
    // inside the speaker's aside.
    let sold_out = "support: [{all: ['Greenmoor', '2024', 'sold out']}]";
    for document in [
        "Greenmoor's director, Hannah Pryce, denied that the festival had sold out in 2024, saying tickets were on sale at the gate.",
        "Hannah Pryce, the director of Greenmoor, denied that the festival had sold out in 2024.",
    ] {
        check(sold_out, document, Contradicts);
    }
    // A new subject after a "which" aside is another clause: Harbourfest's, not Greenmoor's.
    check(
        "support: [{all: ['Greenmoor', '2024', 'sell out']}]",
        "Unlike Greenmoor, which sold out in 2023, Harbourfest did not sell out in 2024.",
        Omits,
    );
}

#[test]
fn a_negation_limited_in_time_counts_neither_way() {
    let signed = "support: [{all: ['Armenia', '\\bsigned\\b', 'accord']}]";
    for not_yet in [
        "Armenia had not signed the accord by Monday evening, but did so on Tuesday.",
        "Armenia had not signed the accord by the end of May.",
        "Armenia had not signed the accord when the summit opened.",
        "Armenia never signed the accord before this week.",
        "Armenia had not signed the accord before 2024.",
        "Armenia had not signed the accord at the time of the summit.",
        "Until Tuesday, Armenia had not signed the accord.",
        "By the end of May, Armenia still had not signed the accord; it signed in June.",
        "As of Friday morning, Armenia had not signed the accord.",
        "At the time of writing, Armenia had not signed the accord.",
        "Armenia had not signed the accord by Monday's deadline.",
    ] {
        check(signed, not_yet, Omits);
    }
    // A contradict pattern's negative fact limited in time may have ended.
    let refused = "contradict: ['Armenia\\b.{0,30}\\brefused to sign']";
    check(
        refused,
        "Until Tuesday, Armenia refused to sign the accord.",
        Omits,
    );
    check(
        refused,
        "Armenia refused to sign the accord until Moscow backed down.",
        Omits,
    );
    check(
        refused,
        "Armenia has refused to sign the accord since 2019.",
        Contradicts,
    );
    check(refused, "Armenia refused to sign the accord.", Contradicts);
    // "By" naming who, or no limit at all: a denial.
    check(signed, "The accord was not signed by Armenia.", Contradicts);
    check(signed, "Armenia has not signed the accord.", Contradicts);
    check(
        signed,
        "In Yerevan, Armenia had not signed the accord.",
        Contradicts,
    );
}

#[test]
fn a_negated_second_verb_joined_to_a_part_does_not_deny_it() {
    let signed = "support: [{all: ['Armenia', '\\b(?:signed|has signed)\\b', 'accord']}]";
    check(
        signed,
        "Armenia has signed but not ratified the accord.",
        Omits,
    );
    check(
        signed,
        "Armenia signed but never implemented the accord.",
        Omits,
    );
    check(
        signed,
        "Armenia signed and then did not honour the accord.",
        Omits,
    );
    check(
        "support: [{all: ['Varga', 'convicted', 'brib\\w*']}]",
        "Varga was convicted but not jailed for bribery.",
        Omits,
    );
    // Other words between: the negation is of the part.
    check(
        signed,
        "Armenia signed the deal and never signed the accord.",
        Contradicts,
    );
    check(signed, "Armenia has not signed the accord.", Contradicts);
}

#[test]
fn a_negation_between_all_parts_is_weighed_as_one_not_as_a_word_of_possibility() {
    let won = "support: [{all: ['Holt', '(?:won|win) Ashford']}]";
    check(won, "Holt has yet to win Ashford.", Contradicts);
    check(won, "Holt failed to win Ashford.", Contradicts);
    check(won, "Holt could win Ashford.", Omits);
    let approved = "support: [{all: ['regulator', 'approv\\w*', 'vaccine']}]";
    check(
        approved,
        "The regulator has not yet approved the vaccine.",
        Contradicts,
    );
    // "X, not Y": the "not" right after the comma denies the part it stands before.
    let convicted = "support: [{all: ['Varga', 'convicted', 'brib\\w*']}]";
    check(
        convicted,
        "Varga was convicted of fraud, not bribery.",
        Contradicts,
    );
    check(
        convicted,
        "Varga was convicted of bribery, not fraud, in May.",
        Supports,
    );
}

#[test]
fn what_was_not_undone_stands_and_what_was_undone_falls() {
    // A target not abandoned or scrapped stands too.
    for document in [
        "The prime minister said she would not abandon the 2050 target.",
        "Calder would not scrap the 2050 target.",
    ] {
        check("support: ['the 2050 target']", document, Supports);
    }
    let convicted = "support: [{all: ['Varga', '(?:convict(?:ed|ion)?)', 'brib\\w*']}]";
    check(
        convicted,
        "The appeal court did not overturn Varga's bribery conviction.",
        Supports,
    );
    check(
        convicted,
        "Varga has never contested her conviction for bribery.",
        Supports,
    );
    check(
        convicted,
        "The jury did not take long to convict Varga of bribery.",
        Supports,
    );
    check(
        convicted,
        "Varga's conviction for bribery was overturned.",
        Contradicts,
    );
    check(
        convicted,
        "Varga's conviction for bribery has been quashed.",
        Contradicts,
    );
    check(
        convicted,
        "Varga was not convicted of bribery.",
        Contradicts,
    );
    // Where the pattern spells the undoing verb, a "not" its gap swallowed denies it
    // (trial 163: "Dredging was not suspended" supported a claim that it was).
    let suspended = r"support: ['dredging\b.{0,30}\bsuspended']";
    for document in [
        "Dredging was not suspended in March 2025.",
        "Dredging was never suspended.",
    ] {
        check(suspended, document, Contradicts);
    }
    check(suspended, "Dredging was suspended in March 2025.", Supports);
    let won = "support: [{all: ['Holt', '(?:won|win) Ashford']}]";
    check(won, "Not for nothing did Holt win Ashford.", Supports);
    check(
        won,
        "Smith refused to concede that Holt had won Ashford.",
        Omits,
    );
    check(
        won,
        "Holt did not win Ashford by the margin her campaign had predicted.",
        Omits,
    );
    check(
        "support: [{all: ['Brightline', 'profits?', 'grown']}]",
        "Never has Brightline's profit grown so quickly.",
        Omits,
    );
}

#[test]
fn a_target_an_aside_of_another_season_or_an_addition_is_not_the_figure() {
    let inflation = "support: ['inflation\\b.{0,40}\\b{n} ?(?:%|per ?cent)']\nnumber: 3.2";
    check(
        inflation,
        "Inflation missed the 2% target, at 3.2%.",
        Supports,
    );
    let share = "support: ['Holt\\b.{0,40}\\b{n} ?%']\nnumber: 52";
    check(
        share,
        "Holt, who took 47% in 2019, won 52% this time.",
        Supports,
    );
    let goals = "support: ['Kellner\\b.{0,40}\\b{n} goals']\nnumber: 31";
    check(
        goals,
        "Kellner scored 2 goals on Sunday, bringing his season total to 31 goals.",
        Omits,
    );
    check(
        goals,
        "Kellner needs 4 more goals to reach 35 goals.",
        Omits,
    );
    check(goals, "Kellner scored 25 goals this season.", Contradicts);
    check(
        "support: ['Kellner\\b.{0,60}\\b{n} goals']\nnumber: 31",
        "Kellner, who scored 25 goals last season, scored 31 goals this season.",
        Supports,
    );
    let cases = "support: ['measles cases\\b.{0,30}\\b{n}']\nnumber: 1212";
    check(
        cases,
        "Measles cases rose 230% in 2024, to 1,212.",
        Supports,
    );
}

#[test]
fn a_hedge_of_the_main_verb_does_not_reach_a_clause_taken_as_given() {
    let killed = "support: ['(?:killed|kills) {n}']\nnumber: 12";
    check(
        killed,
        "Officials hope to rebuild the tower because the fire killed 20.",
        Contradicts,
    );
    check(
        "support: ['Varga\\b.{0,30}\\bconvicted']\ncontradict: ['Varga\\b.{0,30}\\bacquitted']",
        "The prosecutor has ruled out new charges after Varga was acquitted of bribery.",
        Contradicts,
    );
    // A hedge that reports or weighs the statement, or opens a condition, still does.
    check(
        killed,
        "It is believed the fire spread after a gas leak killed 20.",
        Omits,
    );
    check(
        killed,
        "Officials reportedly met after the fire killed 20.",
        Omits,
    );
    check(killed, "It is unclear whether the fire killed 20.", Omits);
}

#[test]
fn a_risk_a_fear_or_what_was_to_have_happened_is_no_fact() {
    let convicted = "support: [{all: ['Varga', 'convicted', 'brib\\w*']}]";
    check(convicted, "Varga risks being convicted of bribery.", Omits);
    check(convicted, "Varga feared being convicted of bribery.", Omits);
    check(convicted, "Varga was convicted of bribery.", Supports);
    let signed = "support: [{all: ['Armenia', '\\bsigned\\b', 'accord']}]";
    check(
        signed,
        "Armenia was to have signed the accord on Tuesday.",
        Omits,
    );
}

#[test]
fn a_negative_object_right_after_the_match_denies_it() {
    let conceded = "support: ['Smith\\b.{0,30}\\bconced\\w*']";
    check(conceded, "Smith conceded nothing.", Contradicts);
    check(conceded, "Smith conceded defeat.", Supports);
    let sent = "support: ['Russia sent']";
    check(sent, "Russia sent no troops.", Contradicts);
    check(sent, "Russia sent nobody to the talks.", Contradicts);
    // Idioms and what follows a mark are not its object.
    check(sent, "Russia sent no fewer than 11,000 troops.", Supports);
    check(
        "support: [{all: ['Holt', '\\bwon\\b']}]",
        "Holt won, no doubt about it.",
        Supports,
    );
    check(
        "support: ['{n} troops']\nnumber: 11000",
        "11,000 troops no longer serve in Kursk.",
        Supports,
    );
}

#[test]
fn a_decision_or_restraint_not_to_do_it_is_a_negation() {
    let signed = "support: [{all: ['Armenia', 'sign(ed|ing)?', 'accord']}]";
    check(
        signed,
        "Armenia decided against signing the accord.",
        Contradicts,
    );
    check(
        signed,
        "Armenia refrained from signing the accord.",
        Contradicts,
    );
    check(
        signed,
        "Armenia stopped short of signing the accord.",
        Contradicts,
    );
    check(
        signed,
        "Armenia was unable to sign the accord.",
        Contradicts,
    );
    // What it will not do is no denial of what it did; saying is not signing.
    check(signed, "Armenia has ruled out signing the accord.", Omits);
    check(
        signed,
        "Armenia stopped short of saying it had signed the accord.",
        Omits,
    );
    // Its scope ends with its clause.
    check(
        signed,
        "Armenia avoided Baku and signed the accord in Yerevan.",
        Supports,
    );
    check(
        signed,
        "Armenia signed the accord, avoiding a crisis.",
        Supports,
    );
    check(
        "support: [{all: ['Varga', 'convicted of bribery']}]",
        "Varga narrowly avoided being convicted of bribery.",
        Contradicts,
    );
}

#[test]
fn a_figure_that_rounds_to_the_claims_meets_it() {
    let share = "support: ['Holt\\b.{0,40}\\b{n} ?%']\nnumber: 52";
    check(share, "Holt won the seat with 52.4% of the vote.", Supports);
    check(share, "Holt took 51.6% of the vote.", Supports);
    check(
        share,
        "Holt won the seat with 52.6% of the vote.",
        Contradicts,
    );
    check(
        share,
        "Holt won the seat with 54% of the vote.",
        Contradicts,
    );
    // Half-way to the next whole number is no rounding to either (trial 82): "eight and a
    // half years" is not a sentence of nine, nor proof it was not one.
    check(share, "Holt won the seat with 52.5% of the vote.", Omits);
    let years = "support: ['Harlow\\b.{0,40}\\bsentenced to {n} years']\nnumber: 9";
    for document in [
        "Dennis Harlow was sentenced to eight and a half years in prison.",
        "Dennis Harlow was sentenced to 8.5 years in prison.",
        "Dennis Harlow was sentenced to 9.5 years in prison.",
    ] {
        check(years, document, Omits);
    }
    check(years, "Dennis Harlow was sentenced to 8.6 years.", Supports);
    check(
        years,
        "Dennis Harlow was sentenced to 8.4 years.",
        Contradicts,
    );
    let precise = "support: ['Holt\\b.{0,40}\\b{n} ?%']\nnumber: 52.4";
    check(precise, "Holt won the seat with 52% of the vote.", Omits);
    check(
        precise,
        "Holt won the seat with 52.6% of the vote.",
        Contradicts,
    );
}

#[test]
fn a_planned_figure_that_meets_the_number_is_no_deed() {
    let claim = "support: [{all: ['Orbitex', '{n} launches']}]\nnumber: 61";
    let (verdict, evidence) = run(claim, "", "Orbitex plans 61 launches next year.");
    assert_eq!(verdict, Omits);
    assert!(
        evidence.iter().any(|e| e
            .why
            .contains("the number meets `number: 61`, but \"plans\" before the match")),
        "the reason says the plan: {evidence:#?}"
    );
    check(
        claim,
        "Lisvora-based Orbitex is considering 61 launches.",
        Omits,
    );
    check(claim, "Orbitex flew 61 launches last year.", Supports);
    // Words that set a breaking figure aside say too little against one that meets it.
    check(
        claim,
        "Orbitex defended its decision to fly 61 launches.",
        Supports,
    );
}

#[test]
fn a_figure_wanted_planned_or_allowed_does_not_break_the_number() {
    let rate =
        "support: ['rais\\w* (?:its key |interest )?rates?\\b.{0,40}\\bto {n} ?%']\nnumber: 4.5";
    for wanted in [
        "Some members wanted to raise rates to 4.75%.",
        "Two members voted to raise rates to 4.75%.",
        "The IMF advised the bank to raise rates to 5%.",
        "The bank should raise rates to 5%, economists said.",
        "The bank is set to raise rates to 4.75% next month.",
        "Traders are betting the bank will raise rates to 4.75%.",
        "It was too early to raise rates to 4.75%, the governor said.",
        "The bank decided against raising rates to 5%.",
    ] {
        check(rate, wanted, Omits);
    }
    // Stated, the figure breaks it; so it does after a clause that wanted another.
    check(rate, "The bank raised rates to 4.75%.", Contradicts);
    // A claim that says "will" is reported with "would": its figure is stated (trial 20).
    let saving = "support: [{all: ['Ashcombe', 'save\\b.{0,20}£{n}']}]\nnumber: 1300000";
    check_claim_text(
        saving,
        "The council says the closures will save £1.3m a year.",
        "Ashcombe County Council said the library closures would save £900,000 a year.",
        Contradicts,
    );
    check_claim_text(
        saving,
        "The council's closures saved £1.3m a year.",
        "Ashcombe County Council said the library closures would save £900,000 a year.",
        Omits,
    );
    // A budget is the statement of a claim about money set aside (trial 22); to a claim of
    // spending it is a plan.
    let budget = "support: ['resurfacing\\b.{0,20}£{n}m']\nnumber: 12.4";
    let document = "The council's resurfacing budget is £10.5m for 2025-26.";
    check_claim_text(
        budget,
        "The council has set aside £12.4m for road resurfacing.",
        document,
        Contradicts,
    );
    check_claim_text(
        budget,
        "The council spent £12.4m on resurfacing.",
        document,
        Omits,
    );
    // Another period's budget is still a plan, not the claim's figure.
    check_claim_text(
        budget,
        "The council has set aside £12.4m for road resurfacing in 2025-26.",
        "The highways resurfacing budget was £12.4m in 2019.",
        Omits,
    );
    // Under `within: paragraph`, a plan in an earlier sentence is not the figure's (trial 20).
    check(
        "support: [{all: ['Ashcombe', 'said {n} branches would shut'], within: paragraph}]\nnumber: 14",
        "Ashcombe County Council rejected claims that it plans to close 20 libraries. A spokesperson said 14 branches would shut by March.",
        Supports,
    );
    check(
        rate,
        "The bank set out its view and raised rates to 4.75%.",
        Contradicts,
    );
    check(
        rate,
        "Some members wanted more, but the bank raised rates to 4.75%.",
        Contradicts,
    );
    check(
        rate,
        "The bank raised rates to 4.5%, as some wanted.",
        Supports,
    );
    let sentence = "support: ['{n}-year (?:prison )?sentence']\nnumber: 6";
    for asked in [
        "Prosecutors had sought a 10-year sentence.",
        "Bribery carries a maximum 10-year sentence.",
        "Varga faced a 10-year sentence.",
    ] {
        check(sentence, asked, Omits);
    }
    check(sentence, "Varga was given a 10-year sentence.", Contradicts);
    // The word must bear on the figure: not in another clause, not before a figure taken as
    // given, and "faced" only as a risk.
    let killed = "support: ['(?:killed|kills) {n}']\nnumber: 12";
    check(
        killed,
        "Residents wanted answers after the fire killed 20.",
        Contradicts,
    );
    check(
        killed,
        "The mayor faced criticism after the fire killed 20.",
        Contradicts,
    );
    let cases = "support: ['{n} (?:confirmed )?(?:measles )?cases']\nnumber: 1212";
    check(
        cases,
        "The region faced 1,480 measles cases in 2024.",
        Contradicts,
    );
    check(
        cases,
        "Officials will review the 1,480 measles cases.",
        Contradicts,
    );
    check(
        sentence,
        "Varga will appeal her 10-year sentence.",
        Contradicts,
    );
    // A word the claim says itself is the claim's frame, not a wish.
    let cost = "support: ['cost\\b.{0,15}\\b{n} million']\nnumber: 12";
    let (verdict, _) = run_claim(
        cost,
        "",
        "The bridge will cost 12 million dollars.",
        "The bridge will cost 20 million dollars.",
    );
    assert_eq!(verdict, Contradicts);
    check(cost, "The bridge will cost 20 million dollars.", Omits);
    check(
        rate,
        "The bank decided against a bigger move and raised rates to 4.75%.",
        Contradicts,
    );
    // Trial 178: a capitalized word of a name is no plan's word.
    check(
        "support: [{all: ['Sandmouth', 'spilled sewage {n} times']}]\nnumber: 1137",
        "Surfers Against Sewage said storm overflows near Sandmouth spilled sewage 1,317 times in 2024.",
        Contradicts,
    );
}

#[test]
fn a_negated_comparison_bounds_the_number_it_does_not_deny_it() {
    let claim =
        "support: [{all: ['Holt', '(?:won|win)\\b.{0,15}\\b{n}% of the vote']}]\nnumber: 52";
    check(
        claim,
        "Holt did not win more than 52% of the vote in Gravesend.",
        Omits,
    );
    check(claim, "Holt did not win 52% of the vote.", Contradicts);
    let turnout = "support: [{all: ['Turnout', '{n}%']}]\nnumber: 61";
    check(turnout, "Turnout in Epsom did not top 61%.", Omits);
    check(turnout, "Turnout in Epsom did not reach 61%.", Contradicts);
}

#[test]
fn negations_that_cancel_in_one_part_of_an_all_cancel_for_the_whole() {
    // Read as the single pattern reads them (`two_negations_cancel_across_the_parts_of_all`);
    // until session 12 these counted neither way.
    check(
        "support: [{all: ['Holt', 'win the Deal seat']}]",
        "It is not true that Holt did not win the Deal seat.",
        Supports,
    );
    check(
        "support: [{all: ['Vaxra', 'reduce[ds]? hospital admissions']}]",
        "The health agency rejected claims that Vaxra did not reduce hospital admissions.",
        Supports,
    );
    // A single pattern reads both negations.
    check(
        "support: ['win the Deal seat']",
        "It is not true that Holt did not win the Deal seat.",
        Supports,
    );
}

#[test]
fn what_a_negation_excepts_is_not_denied() {
    check(
        "support: [{all: ['Patel', 'won a seat']}]",
        "No one except Patel won a seat in Ludlow.",
        Omits,
    );
    check(
        "support: ['convicted of\\b.{0,25}\\bbribery']",
        "Senator Hale has never been convicted of anything but bribery.",
        Omits,
    );
    check(
        "support: ['won a seat']",
        "No one won a seat in Ludlow.",
        Contradicts,
    );
}

#[test]
fn not_untrue_and_few_dispute_grant_the_statement() {
    check(
        "support: ['revenue rose to £{n}bn']\nnumber: 2.1",
        "It is not untrue that Acme's revenue rose to £2.1bn.",
        Supports,
    );
    for document in [
        "Hardly anyone disputes that Holt won the Goole seat.",
        "Few dispute that Holt won the Goole seat.",
    ] {
        check("support: ['Holt won the Goole seat']", document, Supports);
    }
}

#[test]
fn a_judgement_someone_passes_on_what_happened_is_the_other_side_not_a_denial() {
    // A verdict or a decision called wrong happened: the judgement is of its merit. (Two
    // trials' readers labelled these supports; they were mixed until 2026-11-27.)
    for document in [
        "The court convicted Senator Frey of bribery, a verdict his lawyers called wrong.",
        "The court convicted Senator Frey of bribery, a decision his party called a disgrace.",
    ] {
        check(
            "support: ['convicted Senator Frey of bribery']",
            document,
            Supports,
        );
    }
    check(
        "support: [{all: ['Frey', 'convicted', 'bribery']}]",
        "The court convicted Frey of bribery, a verdict his lawyers called wrong.",
        Supports,
    );
    check(
        "support: ['Holt won the Bude seat']",
        "Holt won the Bude seat, which Patel called false.",
        Mixed,
    );
    // A result is what was counted: calling it wrong disputes the count.
    check(
        "support: ['Holt won the Bude seat']",
        "Holt won the Bude seat, a result Patel called wrong.",
        Mixed,
    );
}

#[test]
fn a_negated_list_the_gap_swallowed_counts_neither_way() {
    let claim = "support: ['(?:win|won)\\b.{0,20}\\bBexley']";
    check(
        claim,
        "Holt did not win Ashford and Bexley; she won Bexley.",
        Supports,
    );
    check(claim, "Holt did not win Ashford and Bexley.", Omits);
    check(claim, "Holt did not win Bexley.", Contradicts);
}

#[test]
fn the_low_end_of_a_range_that_repeats_its_unit_is_not_the_figure() {
    check(
        "support: ['reduced hospital admissions by {n}%']\nnumber: 90",
        "Covira reduced hospital admissions by 80% to 90%.",
        Omits,
    );
    for document in [
        "Acme's profit was £500m to £540m.",
        "Acme's profit was £500m-£540m.",
    ] {
        check(
            "support: ['profit was £{n}m']\nnumber: 540",
            document,
            Omits,
        );
    }
    check(
        "support: ['turnout was\\b.{0,10}\\b{n}%']\nnumber: 61",
        "Turnout was 60% or 61%.",
        Omits,
    );
    // A score falls; a change is followed by its level, in another unit.
    check(
        "support: ['Leave\\b.{0,20}\\b{n}%']\nnumber: 52",
        "Leave won 52%-48%.",
        Supports,
    );
    check(
        "support: ['reduced hospital admissions by {n}%']\nnumber: 90",
        "Covira reduced hospital admissions by 80%.",
        Contradicts,
    );
}

#[test]
fn a_change_in_percentage_points_is_not_the_level() {
    let claim = "support: ['unemployment\\b.{0,40}\\b{n}']\nnumber: 4.2";
    check(
        claim,
        "Unemployment fell 0.3 percentage points to 4.2%.",
        Supports,
    );
    check(claim, "Unemployment rose to 5.1%.", Contradicts);
}

#[test]
fn as_much_as_is_an_upper_bound() {
    let claim = "support: ['admissions by\\b.{0,12}\\b{n}%']\nnumber: 90";
    check(
        claim,
        "Jansa cut hospital admissions by as much as 90%.",
        Omits,
    );
    check(claim, "Jansa cut hospital admissions by 90%.", Supports);
}

#[test]
fn nobody_in_a_place_doubting_or_saying_is_read_as_nobody_alone() {
    let claim = "support: ['mutual[- ]defen[cs]e clause']";
    check(
        claim,
        "No one in Moscow doubts the mutual-defence clause.",
        Supports,
    );
    for document in [
        "Nobody at the talks mentioned a mutual-defence clause.",
        "No one at the talks mentioned a mutual-defence clause.",
        "Nobody at the talks said the treaty had a mutual-defence clause.",
    ] {
        check(claim, document, Omits);
    }
    check(
        claim,
        "There is no mutual-defence clause, officials at the talks said.",
        Contradicts,
    );
}

#[test]
fn what_a_negation_did_not_stop_happened() {
    check(
        "support: ['Kellner\\b.{0,20}\\bwin(?:ning)? the Tour de France']",
        "Rivals failed to prevent Kellner from winning the Tour de France.",
        Supports,
    );
    check(
        "support: ['Brandt\\b.{0,10}\\bsetting a course record']",
        "Rain did not stop Lena Brandt from setting a course record.",
        Supports,
    );
    // The stopping itself is still denied.
    check(
        "support: ['stop(?:ped)? the protest']",
        "Police did not stop the protest.",
        Contradicts,
    );
}

#[test]
fn a_negation_in_the_subjects_relative_clause_does_not_reach_the_main_verb() {
    check(
        "support: ['hospitalised at three times the rate']",
        "Patients who did not take the Kovax vaccine were hospitalised at three times the rate.",
        Supports,
    );
    check(
        "support: ['fired by the board']",
        "The chief executive who refused to resign was fired by the board on Monday.",
        Supports,
    );
    check(
        "support: ['twice as likely to die']",
        "People without health insurance were twice as likely to die, the study found.",
        Supports,
    );
    // Inside the relative clause, it does.
    check(
        "support: ['take the Kovax vaccine']",
        "Patients who did not take the Kovax vaccine were hospitalised.",
        Contradicts,
    );
}

#[test]
fn the_set_none_of_picks_from_exists_and_a_previous_version_is_withdrawn() {
    check(
        "support: ['{n} passengers']\nnumber: 40",
        "None of the 40 passengers was hurt when the jet landed in Oslo.",
        Supports,
    );
    check(
        "support: ['shells were delivered']",
        "None of the shells were delivered.",
        Contradicts,
    );
    check(
        "support: ['{n} (?:people )?died']\nnumber: 14",
        "It previously said that 40 people died in the fire; 14 died.",
        Supports,
    );
}

/// `check` with the claim's own text, for rules that read it.
#[track_caller]
fn check_claim_text(claim: &str, text: &str, document: &str, expected: Verdict) {
    let (verdict, evidence) = run_claim(claim, "", text, document);
    assert_eq!(
        verdict, expected,
        "\nclaim: {text}\n{claim}\ndocument: {document}\nevidence: {evidence:#?}"
    );
}

#[test]
fn an_all_matcher_reads_every_figure_of_its_number_part() {
    // The tightest reading is "cases, 14"; the figure before "new measles cases" is read
    // too, both when it meets the claim and when it breaks it.
    let claim = "support: [{all: ['measles cases', '{n}']}]\nnumber: 1212";
    check(
        claim,
        "Officials confirmed 1,212 new measles cases, 14 of them fatal.",
        Supports,
    );
    check(
        claim,
        "Officials confirmed 1,500 new measles cases, 14 of them fatal.",
        Contradicts,
    );
}

#[test]
fn a_part_of_a_whole_the_sentence_named_first_never_breaks_it() {
    let claim = "support: [{all: ['measles cases', '{n}']}]\nnumber: 1212";
    for document in [
        "Of the 1,212 measles cases, 1,100 were in children.",
        "Of the 1,212 measles cases, about 1,100 were in children.",
        "There were 1,212 measles cases, 1,100 of them in children.",
        "Of the 1,212 measles cases, nine in ten were in children.",
    ] {
        check(claim, document, Supports);
    }
    check(
        claim,
        "Of the measles cases, 1,100 were in children.",
        Omits,
    );
    // The whole itself still breaks the claim; so does a count after a verb, which
    // says how many, and "Of course" is no part of anything.
    check(
        claim,
        "Of the 1,300 measles cases, 1,212 were in children.",
        Mixed,
    );
    check(
        "support: ['Labour won {n}']\nnumber: 420",
        "Of the 650 seats, Labour won 411.",
        Contradicts,
    );
    check(
        "support: ['{n} measles cases']\nnumber: 1212",
        "Of course, 1,300 measles cases were recorded.",
        Contradicts,
    );
}

#[test]
fn a_share_never_breaks_a_claim_that_states_a_count() {
    let claim = "support: [{all: ['measles cases', '{n}']}]\nnumber: 1212";
    let text = "There were 1,212 measles cases.";
    for document in [
        "Of the 1,212 measles cases, 90% were in children.",
        "Measles cases reached 1,212, and 90% were in children.",
        "90% of the 1,212 measles cases were in children.",
    ] {
        check_claim_text(claim, text, document, Supports);
    }
    check_claim_text(
        claim,
        text,
        "Of the measles cases, 90 per cent were in children.",
        Omits,
    );
    // A ratio in words is no count either.
    check(
        "support: ['{n} (?:people|voters)']\nnumber: 10",
        "Nine in ten people back the plan.",
        Omits,
    );
    // A claim in per cent, or a pattern that asks for one, reads the share.
    check_claim_text(
        "support: ['Holt won {n}']\nnumber: 52",
        "Holt won 52% of the vote.",
        "Holt won 48% of the vote.",
        Contradicts,
    );
    check_claim_text(
        "support: ['turnout was {n}%']\nnumber: 61",
        "Turnout was 61.",
        "Turnout was 54%.",
        Contradicts,
    );
}

#[test]
fn an_age_that_says_who_is_no_count() {
    let claim = "support: [{all: ['children', '{n}']}]\nnumber: 300";
    check(claim, "300 children under five were vaccinated.", Supports);
    check(claim, "300 children aged 12 were vaccinated.", Supports);
    // Spelled by the pattern, the age is read.
    check(
        "support: ['children aged {n}']\nnumber: 5",
        "The vaccine is for children aged 12.",
        Contradicts,
    );
}

#[test]
fn two_negations_cancel_across_the_parts_of_all() {
    let claim = "support: [{all: ['Armenia', 'sign(?:ed)?']}]";
    for document in [
        "It is not true that Armenia refused to sign the accord.",
        "It is false that Armenia did not sign the accord.",
        "Armenia did not refuse to sign the accord.",
    ] {
        check(claim, document, Supports);
    }
    check(
        "support: [{all: ['Holt', 'w[oi]n']}]",
        "It is not true that Holt did not win.",
        Supports,
    );
    // One negation still denies, whichever part it reaches; with no second negation
    // between the parts, it simply stops short of the later one.
    check(claim, "Armenia refused to sign the accord.", Contradicts);
    check(
        claim,
        "It is not true that Armenia signed the accord.",
        Contradicts,
    );
    check(
        "support: [{all: ['Holt', 'win Ashford']}]",
        "Holt has yet to win Ashford.",
        Contradicts,
    );
    check(claim, "Not Armenia but Georgia signed the accord.", Omits);
    // Trial 170: a negation in a clause of its own after the denied part cancels nothing.
    check(
        "support: [{all: ['Whitlock', 'resigned']}]",
        "\"I have not resigned and I have no intention of doing so,\" Ms Whitlock said on Friday.",
        Omits,
    );
}

#[test]
fn a_negation_reaches_past_an_aside_that_opens_with_which_or_who() {
    let claim = "support: ['signed the accord']";
    check(
        claim,
        "It is not true that Armenia, which never refused, signed the accord.",
        Contradicts,
    );
    check(
        claim,
        "Nobody in Kyiv, which was shelled overnight, signed the accord.",
        Contradicts,
    );
    // The aside's own negation stays in it; a comma without an aside still ends one.
    check(
        claim,
        "Armenia, which did not attend, signed the accord.",
        Supports,
    );
    check(
        claim,
        "Azerbaijan did not attend, and Armenia signed the accord.",
        Supports,
    );
}

#[test]
fn a_figure_before_in_and_a_year_is_no_ratio() {
    let claim = "support: ['overdose deaths (?:rose|fell) to {n}']\nnumber: 3861";
    check(claim, "Overdose deaths fell to 3,861 in 2024.", Supports);
    check(claim, "Overdose deaths rose to 5,012 in 2024.", Contradicts);
    check(
        claim,
        "Overdose deaths fell to 3,861 in 24 hours.",
        Supports,
    );
    // A ratio still is one.
    check(
        "support: ['{n} (?:in|of) (?:five|5)? ?adults']\nnumber: 3861",
        "One in 5 adults reported symptoms.",
        Omits,
    );
}

#[test]
fn a_figure_written_to_the_claims_decimals_is_no_rounding_of_it() {
    let claim = "support: ['unemployment rate\\b.{0,25}\\b{n}%']\nnumber: 4.2";
    check(
        claim,
        "The unemployment rate was 4.0% in July.",
        Contradicts,
    );
    check(claim, "The unemployment rate was 4% in July.", Omits);
    check(claim, "The unemployment rate was 4.20% in July.", Supports);
}

#[test]
fn a_move_up_to_a_level_is_no_upper_bound() {
    let claim = "support: ['unemployment rate\\b.{0,25}\\b{n}%']\nnumber: 4.2";
    check(
        claim,
        "The unemployment rate edged up to 4.2% in July.",
        Supports,
    );
    check(
        claim,
        "The unemployment rate ticked up to 4.3%.",
        Contradicts,
    );
    // "Up to" alone is a bound: 4.3% at most neither meets nor breaks 4.2.
    check(
        claim,
        "Economists said the unemployment rate could reach up to 4.3%.",
        Omits,
    );
}

#[test]
fn a_negation_before_a_match_that_runs_past_its_clause_counts_neither_way() {
    check(
        "support: ['turnout\\b.{0,25}\\b{n}%']\nnumber: 67",
        "It is not true that turnout fell: turnout was 67%, officials said.",
        Omits,
    );
    check(
        "support: ['turnout\\b.{0,25}\\b{n}%']\nnumber: 67",
        "It is not true that turnout was 67%.",
        Contradicts,
    );
}

#[test]
fn figures_that_are_earlier_forecast_or_beaten_are_not_the_count() {
    // An earlier figure in an aside.
    check(
        "support: ['death toll\\b.{0,30}\\b{n}']\nnumber: 260",
        "The death toll, initially 241, rose to 260.",
        Supports,
    );
    // A bound, "to exceed 1.5C": 1.55 may be it.
    let temperature = "support: ['{n} ?C above pre-industrial']\nnumber: 1.55";
    check(
        temperature,
        "2024 was the first year to exceed 1.5C above pre-industrial levels.",
        Omits,
    );
    // A record beaten.
    check(
        temperature,
        "The 2024 average of 1.55C above pre-industrial levels broke the 2023 record of 1.45C above pre-industrial levels.",
        Supports,
    );
    // What a forecast put the figure at.
    let rate = "support: ['unemployment rate\\b.{0,25}\\b{n}%']\nnumber: 4.2";
    check(
        rate,
        "The Fed's projection put the unemployment rate at 4.4%.",
        Omits,
    );
    check(
        rate,
        "Economists' consensus had the unemployment rate at 4.1%.",
        Omits,
    );
    // A part of a bare figure.
    check(
        "support: ['flu hospitali[sz]ations\\b.{0,30}\\b{n}']\nnumber: 41000",
        "Flu hospitalisations rose in 14 of 50 states last week.",
        Omits,
    );
    // The size of a change.
    check(
        "support: ['overdose deaths\\b.{0,40}\\b{n}']\nnumber: 3861",
        "Officials confirmed 3,861 overdose deaths for 2024, a decline of nearly 900.",
        Omits,
    );
    check(
        "support: ['{n} overdose deaths']\nnumber: 3861",
        "Officials confirmed 3,861 overdose deaths for 2024, a decline of nearly 900.",
        Supports,
    );
    // A loss or a gain is a result, not a change.
    check(
        "support: ['£{n}']\nnumber: 107000000",
        "The club reported a loss of £107m.",
        Supports,
    );
}

#[test]
fn a_subject_of_a_negated_auxiliary_that_ends_the_clause_is_denied() {
    let claim = "support: [{all: ['WHO', '\\bdeclared\\b', 'mpox', 'emergency']}]";
    let (verdict, _) = run(
        claim,
        "",
        "Africa CDC has declared mpox an emergency; the WHO has not.",
    );
    assert_ne!(verdict, Supports);
    check(
        "support: ['Supreme Court']",
        "An appeals court upheld the TikTok ban, but the Supreme Court did not.",
        Contradicts,
    );
    check(
        "support: ['Supreme Court']",
        "The Supreme Court did not comment, but upheld the ban.",
        Supports,
    );
}

#[test]
fn what_no_denies_of_one_subject_and_the_next_clause_grants_another_counts_neither_way() {
    let claim = "support: ['mutual[- ]defen[cs]e clause']";
    for document in [
        "The 2000 treaty had no mutual defence clause; the new one does.",
        "The 2000 treaty had no mutual defence clause, but the new pact does.",
    ] {
        check(claim, document, Omits);
    }
    for document in [
        "The 2000 treaty had no mutual defence clause.",
        "The 2000 treaty had no mutual defence clause; the new one does not.",
        "The old treaty had no mutual defence clause, and neither does the new one.",
    ] {
        check(claim, document, Contradicts);
    }
    // A subject the match names is denied whatever another did.
    check(
        "support: [{all: ['Russia', 'veto\\w*', 'panel']}]",
        "Russia did not veto the renewal of the panel; China did.",
        Contradicts,
    );
    check(
        "support: ['{n} countries signed']\nnumber: 42",
        "It is not true that 42 countries signed the treaty; 38 did.",
        Contradicts,
    );
}

#[test]
fn a_result_compared_with_a_forecast_is_stated() {
    let claim = "support: ['Sheinbaum (?:won|took) {n}%']\nnumber: 59.8";
    check(
        claim,
        "Sheinbaum won 59.8%, as polls had predicted.",
        Supports,
    );
    check(
        claim,
        "Sheinbaum won 59.8%, more than polls had predicted.",
        Supports,
    );
    check(
        claim,
        "Sheinbaum won 52%, far less than the polls predicted.",
        Contradicts,
    );
    // A forecast alone is no result.
    check(claim, "Sheinbaum won 59.8%, pollsters predicted.", Omits);
}

#[test]
fn a_figure_wanted_or_planned_in_the_gap_counts_neither_way() {
    let claim = "support: [{all: ['Kellner', 'scor\\w*', '{n} goals']}, 'Kellner\\b.{0,30}\\b{n} goals']\nnumber: 35";
    check(claim, "Kellner was set to score 40 goals.", Omits);
    check(
        claim,
        "Kellner is on course for 40 goals this season.",
        Omits,
    );
    check(claim, "Kellner scored 40 goals.", Contradicts);
    // A word the pattern spells is the analyst's.
    check(
        "support: ['budget deficit\\b.{0,20}\\b{n}%']\nnumber: 4.2",
        "The budget deficit reached 4.9% of GDP.",
        Contradicts,
    );
}

#[test]
fn a_total_named_later_in_the_sentence_is_the_total() {
    check(
        "support: [{all: ['{n}', 'countries|more', 'signed']}]\nnumber: 42",
        "Forty countries had signed by Monday; two more signed on Tuesday, bringing the total to 42.",
        Supports,
    );
}

#[test]
fn a_figure_in_words_cut_by_a_comma_is_not_read_in_parts() {
    let claim = "support: [{all: ['measles cases', '{n}']}]\nnumber: 1212";
    check(
        claim,
        "One thousand, two hundred and twelve measles cases were recorded.",
        Omits,
    );
    check(
        claim,
        "One thousand measles cases were recorded.",
        Contradicts,
    );
}

#[test]
fn an_active_verb_of_undoing_is_the_deed_not_an_undoing() {
    let claim = "support: [{all: ['United States', 'withdr[ae]w\\w*', 'Paris Agreement']}]";
    check(
        claim,
        "The United States has withdrawn from the Paris Agreement.",
        Supports,
    );
    check(
        "support: [{all: ['Russia', 'withdr[ae]w\\w*|pulled out', 'troops', 'Kherson']}]",
        "Russia's troops have been withdrawn from Kherson.",
        Supports,
    );
    check(
        "support: [{all: ['regulators?', 'revoked', 'licen[cs]e', 'Calder']}]",
        "Regulators have revoked Calder Bank's licence.",
        Supports,
    );
    // The passive still undoes what it names.
    check(
        "support: [{all: ['Varga', 'convict\\w*', 'brib\\w*']}]",
        "Varga's conviction for bribery has been overturned.",
        Contradicts,
    );
}

#[test]
fn a_negation_inside_a_which_or_who_aside_in_the_gap_is_the_aside_s() {
    let claim = "support: ['Smith\\b.{0,30}\\bsentenced to {n} years']\nnumber: 12";
    check(
        claim,
        "Smith, who did not testify, was sentenced to 12 years.",
        Supports,
    );
    check(
        claim,
        "Smith, who never testified, was sentenced to 10 years.",
        Contradicts,
    );
    // Outside an aside, right before the spelled verb, it denies the sentence.
    check(claim, "Smith was not sentenced to 12 years.", Contradicts);
    // Outside an aside and away from the spelled verb, the gap still swallowed it.
    check(
        claim,
        "Smith did not appeal and was sentenced to 12 years.",
        Omits,
    );
}

#[test]
fn avoided_rather_than_and_instead_of_negate() {
    check(
        "support: ['signing the accord']",
        "Armenia avoided signing the accord.",
        Contradicts,
    );
    check(
        "support: ['grew in 2024']",
        "The economy shrank rather than grew in 2024.",
        Contradicts,
    );
    check(
        "support: ['signing the accord']",
        "Instead of signing the accord, Armenia walked out.",
        Contradicts,
    );
    check(
        "support: ['economy grew']",
        "The economy grew rather than shrank in 2024.",
        Supports,
    );
}

/// "The national average processing time for new claims was 19 days in 2024, compared
/// with 23 days in Ashby": the nation's figure is not Ashby's (trial 128); a claim about
/// England reads the national figure as its own, and "the Office for National Statistics"
/// names who counted.
#[test]
fn a_national_figure_is_not_a_towns() {
    let ashby = |document: &str| {
        run_claim(
            "support:\n  - all: ['Ashby', 'processing time\\b.{0,40}\\b{n} days', '2024']\nnumber: 23",
            "",
            "New housing benefit claims in Ashby took an average of 23 days to process in 2024.",
            document,
        )
        .0
    };
    for document in [
        "The national average processing time for new claims was 19 days in 2024, compared with 23 days in Ashby.",
        "In Ashby in 2024, the national average processing time for new claims was 19 days.",
    ] {
        assert_eq!(ashby(document), Omits, "{document}");
    }
    // "national" of something else, or a clause that names Ashby, keeps the figure Ashby's
    // (found by a review).
    for document in [
        "The average processing time in Ashby was 19 days in 2024.",
        "The Office for National Statistics said the processing time in Ashby was 19 days in 2024.",
        "A national newspaper found that the processing time in Ashby was 30 days in 2024.",
        "Ashby missed the national target as its processing time rose to 30 days in 2024.",
    ] {
        assert_eq!(ashby(document), Contradicts, "{document}");
    }
    // A cause of the figure that leads into no part keeps the denial of the cause alone.
    assert_eq!(
        ashby("The council denied that the processing time of 23 days was the result of staff shortages in Ashby in 2024."),
        Omits
    );
    // A claim about a nation, in whatever words, keeps its national figures.
    let (kingdom, _) = run_claim(
        "support:\n  - all: ['unemployment rate\\b.{0,20}\\b{n}%', '2024']\nnumber: 4.2",
        "",
        "The unemployment rate in the United Kingdom was 4.2% in 2024.",
        "The national unemployment rate was 4.7% in 2024.",
    );
    assert_eq!(kingdom, Contradicts);
    let (england, _) = run_claim(
        "support:\n  - all: ['pass rate\\b.{0,40}\\b{n}%', '2024']\nnumber: 74",
        "",
        "The pass rate in England was 74% in 2024.",
        "In 2024 the national pass rate was 70%.",
    );
    assert_eq!(england, Contradicts);
}

/// "Labour denied that Holt's victory was the result of tactical voting": the denial is of
/// the cause, and takes the victory as given; so is "denied that its storm overflows were
/// responsible for Millbrook Meadows being rated poor" of the rating (trials 174, 190).
#[test]
fn a_denial_of_a_cause_leaves_what_was_caused() {
    let claim = "support: ['Holt''s (?:victory|win)', 'Holt won']";
    for document in [
        "Labour denied that Sarah Holt's victory in Kirkby North was the result of tactical voting.",
        "Officials denied that Holt's win was due to fraud.",
        "The party denied that Holt's victory was caused by tactical voting.",
    ] {
        check(claim, document, Omits);
    }
    // A denial of the victory itself still denies, and so do phrases that name no cause
    // of the match: one of its object, a schedule, a place (found by a review).
    for document in [
        "Labour denied that Holt won.",
        "Labour denied Holt's victory.",
        "Labour denied that Holt won the by-election triggered by Smith's resignation.",
        "Officials denied that Holt won the official results of the ballot.",
        "The council denied that Holt won the vote due to be ratified on Friday.",
        "Labour denied that Holt won the ward responsible for most complaints.",
        "Labour denied that on the road leading to Kirkby Holt won most votes.",
    ] {
        check(claim, document, Contradicts);
    }
    // An effect of the match likewise: the denial is of the effect (a review's gap).
    for document in [
        "Labour denied that Holt's victory caused the split.",
        "Labour denied that Holt's victory in Ashby led to the resignation of the leader.",
    ] {
        check(claim, document, Omits);
    }
    // A cause phrase of a clause of its own is not the match's (found by a review).
    for document in [
        "Labour denied that Holt won after a recount that led to protests.",
        "Labour denied that Holt won amid claims that postal voting caused the delay.",
    ] {
        check(claim, document, Contradicts);
    }
    // An effect the claim itself states is denied.
    let (verdict, _) = run_claim(
        "support: ['Holt''s (?:victory|win)']",
        "",
        "Holt's victory caused a split in the Labour group.",
        "Labour denied that Holt's victory caused a split in the group.",
    );
    assert_eq!(verdict, Contradicts);
    // A part further on is no part the cause joins: "in Kirkby North" is where.
    check(
        "support: [{all: ['Holt''s (?:victory|win)', 'Kirkby North']}]",
        "Labour denied that Holt's victory was the result of tactical voting in Kirkby North.",
        Omits,
    );
    // A cause joining the parts of an `all:` matcher is what the claim states: denied.
    let claim = "support: [{all: ['overflows?', 'pollut\\w*']}]";
    for document in [
        "Wend Water denied that its overflows caused the pollution.",
        "Wend Water denied that its overflows were responsible for the pollution.",
    ] {
        check(claim, document, Contradicts);
    }
    let claim = "support: ['Millbrook Meadows (?:was |being )?rated poor']";
    for document in [
        "Wend Water denied that its storm overflows were responsible for Millbrook Meadows being rated poor.",
        "Wend Water denied that its overflows caused Millbrook Meadows being rated poor.",
        "Wend Water denied responsibility for Millbrook Meadows being rated poor.",
    ] {
        check(claim, document, Omits);
    }
    check(
        claim,
        "Wend Water denied that Millbrook Meadows was rated poor.",
        Contradicts,
    );
    let (_, evidence) = run(
        claim,
        "",
        "Wend Water denied that its storm overflows were responsible for Millbrook Meadows being rated poor.",
    );
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("what it denies may be \"responsible for\"")),
        "{evidence:#?}"
    );
}

/// "Hale denied that his 104.6 average in the final was the best of his career": the
/// denial is of the rank, and takes the average as given (trial 161); "was the true
/// figure" is no rank, and denies the figure.
#[test]
fn a_denial_of_a_rank_leaves_what_is_ranked() {
    let claim = "support: ['{n} average in the final']\nnumber: 104.6";
    for document in [
        "Hale denied that his 104.6 average in the final was the best of his career.",
        "Hale denied that his 104.6 average in the final was a record.",
        "Hale denied that his 104.6 average in the final was the highest of the year.",
    ] {
        check(claim, document, Omits);
    }
    check(
        claim,
        "Hale denied that his 104.6 average in the final was the true figure.",
        Contradicts,
    );
    check(
        "support: ['Holt''s (?:victory|win)']",
        "Labour denied that Holt's victory was genuine.",
        Contradicts,
    );
    // Words in "-est" that are no superlatives rank nothing (found by a review).
    for document in [
        "Hale denied that his 104.6 average in the final was the honest outcome.",
        "Hale denied that his 104.6 average in the final was the interest of his sponsors.",
    ] {
        check(claim, document, Contradicts);
    }
}

#[test]
fn a_negation_of_the_reason_purpose_or_manner_leaves_the_deed() {
    let claim = "support: [{all: ['Kovac', 'join\\w*', 'Arsenal']}]";
    for document in [
        "Kovac did not join Arsenal for the money but for the project.",
        "Kovac says he did not join Arsenal because of the money.",
        "Kovac didn't join Arsenal as a backup.",
        "Kovac did not join Arsenal from Lyon cheaply.",
        "Kovac didn't join Arsenal to sit on the bench.",
    ] {
        check(claim, document, Omits);
    }
    check(claim, "Kovac did not join Arsenal.", Contradicts);
    // The why says what the negation may deny instead.
    let (_, evidence) = run(
        claim,
        "",
        "Kovac says he did not join Arsenal because of the money.",
    );
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("what it denies may be \"because\"")),
        "{evidence:#?}"
    );
    // "to" and a verb of purpose; "to" and a place or a person is where, and denies.
    check(
        "support: [{all: ['Russia', 'veto\\w*', 'panel']}]",
        "Russia denied vetoing the panel to protect its arms deals with Pyongyang.",
        Omits,
    );
    let claim = "support: [{all: ['North Korea', 'sen[dt]\\w*', 'shells']}]";
    check(
        claim,
        "North Korea did not send shells to help Russia.",
        Omits,
    );
    check(
        claim,
        "North Korea did not send shells to Russia.",
        Contradicts,
    );
    check(
        claim,
        "North Korea did not send shells to the front.",
        Contradicts,
    );
}

#[test]
fn what_nothing_prevented_happened() {
    let claim = "support: [{all: ['Brandt', 'break\\w* the world record']}]";
    check(
        claim,
        "Nothing stopped Brandt from breaking the world record.",
        Supports,
    );
    check(
        claim,
        "The rain did nothing to stop Brandt breaking the world record.",
        Supports,
    );
    check(
        "support: [{all: ['United States', 'withdr[ae]w\\w*', 'Paris Agreement']}]",
        "The United States didn't so much withdraw from the Paris Agreement as abandon it.",
        Supports,
    );
}

#[test]
fn a_figure_someone_denied_is_stated_and_denied() {
    let claim = "support: ['Russia\\b.{0,40}\\bdeployed\\b.{0,20}\\b{n} troops']\nnumber: 11000";
    check(
        claim,
        "Russia deployed 11,000 troops, a figure the Kremlin denied.",
        Mixed,
    );
    check(
        claim,
        "Russia deployed 11,000 troops, an estimate the Kremlin rejected.",
        Mixed,
    );
}

#[test]
fn a_figure_after_a_name_and_a_comma_is_a_count() {
    let claim = "support: ['{n} (?:countries|states|nations) (?:have |had )?signed']\nnumber: 42";
    check(
        claim,
        "On Tuesday, 42 countries signed the treaty.",
        Supports,
    );
    check(
        claim,
        "According to the UN, 42 countries signed the treaty.",
        Supports,
    );
    check(
        claim,
        "In Geneva, 40 countries signed the treaty.",
        Contradicts,
    );
}

#[test]
fn a_negated_verb_whose_object_is_the_match_takes_it_as_given() {
    let claim = "support: [{all: ['Varga', 'convict\\w*', 'brib\\w*']}]";
    // An event the possessive takes as given happened.
    for document in [
        "Varga failed to overturn his bribery conviction.",
        "Varga did not appeal his conviction for bribery.",
        "Varga has never appealed his bribery conviction.",
    ] {
        check(claim, document, Supports);
    }
    check(
        "support: [{all: ['France', 'ratif\\w*', 'High Seas Treaty']}]",
        "France did not publicise its ratification of the High Seas Treaty.",
        Supports,
    );
    // A thing may not be what the claim says of it: neither way.
    check(
        "support: [{all: ['Holt', 'seat']}]",
        "Holt did not win her seat.",
        Omits,
    );
    // The pattern's own verb, negated, is denied.
    check(claim, "Varga was not convicted of bribery.", Contradicts);
    check(
        "support: [{all: ['Holt', 'win|won', 'seat']}]",
        "Holt did not win her seat.",
        Contradicts,
    );
}

#[test]
fn a_definite_object_of_a_verb_the_claim_does_not_say_is_taken_as_given() {
    let claim = "support: ['North Korean (?:artillery )?shells']";
    let text = "North Korea has shipped artillery shells to Russia.";
    for document in [
        "Analysts have not yet examined the North Korean shells recovered near Kharkiv.",
        "Kyiv says it cannot match the volume of North Korean shells fired at its lines.",
        "No one has counted the North Korean shells fired at Avdiivka.",
        "Ukraine has no defence against the North Korean shells.",
    ] {
        check_claim_text(claim, text, document, Omits);
    }
    // Without "the", the negation denies; so it does when the claim says the verb, or
    // when it denies a clause whole.
    for document in [
        "Russia did not receive North Korean shells.",
        "North Korea has not shipped the North Korean shells.",
        "Moscow denied that the North Korean shells reached Russia.",
        "It is not true the North Korean shells reached Russia.",
    ] {
        check_claim_text(claim, text, document, Contradicts);
    }
    // A claim's own possessed figure, after a negated verb, stands or counts neither way.
    check_claim_text(
        "support: [{all: ['SpaceX', '{n} (?:orbital )?launches']}]\nnumber: 134",
        "SpaceX carried out 134 orbital launches in 2024.",
        "No country has matched SpaceX's 134 orbital launches.",
        Omits,
    );
    // The object is the first part after the negation, whatever part it denies first.
    check_claim_text(
        "support: [{all: ['Meta', '{n} job cuts']}]\nnumber: 11000",
        "Meta cut 11,000 jobs in November 2022.",
        "Analysts have not examined the 11,000 job cuts Meta made in November 2022.",
        Omits,
    );
    // A copula is no verb of that kind: "was not Putin's first visit" denies it.
    check_claim_text(
        "support: ['first visit\\b.{0,60}\\bin {n} years']\nnumber: 24",
        "It was Putin's first visit in 24 years.",
        "This was not Putin's first visit to North Korea in 24 years.",
        Contradicts,
    );
}

#[test]
fn a_negation_of_a_whole_clause_reaches_past_a_preposition_in_its_subject() {
    let claim = "support: [{all: ['Kharkiv', 'killed {n} (?:civilians|people)']}]\nnumber: 14";
    check(
        claim,
        "It is not true that strikes on Kharkiv killed 14 civilians.",
        Contradicts,
    );
    check(
        "support: [{all: ['Varga', 'convict\\w*', 'brib\\w*']}]",
        "Officials denied that the court in Budapest convicted Varga of bribery.",
        Contradicts,
    );
    // A negation of a verb still stops at the preposition after it.
    check(
        "support: ['the attack']",
        "Nobody was injured in the attack.",
        Supports,
    );
}

#[test]
fn parts_of_all_on_both_sides_of_a_contrast_are_two_statements() {
    let claim = "support: [{all: ['Varga', 'convict\\w*', 'brib\\w*']}]";
    check(
        claim,
        "Varga was convicted of fraud but acquitted of bribery.",
        Omits,
    );
    check(
        "support: [{all: ['France', 'ratif\\w*', 'High Seas Treaty']}]",
        "Germany ratified the High Seas Treaty, but France did not.",
        Omits,
    );
    check(
        "support: [{all: ['Supreme Court', 'upheld', 'TikTok ban']}]",
        "The appeals court upheld the TikTok ban; the Supreme Court has not yet ruled.",
        Omits,
    );
    // One part before it may be the subject both share; "but not" carries the statement
    // on, denied.
    check(
        "support: [{all: ['appeals court', 'overturn\\w*', 'Lindqvist']}]",
        "The appeals court upheld Berg's conviction but overturned Lindqvist's.",
        Supports,
    );
    check(
        "support: [{all: ['France', 'ratif\\w*', 'treaty']}]",
        "The treaty was ratified by Italy but not by France.",
        Contradicts,
    );
    // A verb after "but" with no subject of its own carries the statement on: "was seen
    // … but did not breed" denies the breeding of what was seen.
    let cranes = "support: [{all: ['cranes', 'Ashmoor', 'bred|breed']}]";
    check(
        cranes,
        "A pair of cranes was seen at Ashmoor Fen but did not breed.",
        Contradicts,
    );
    check(
        cranes,
        "Cranes were seen at Ashmoor Fen, but herons bred there.",
        Omits,
    );
    // So does a change of the same figure (trial 44), but not a verb with an object of its
    // own ("but cut a separate penalty").
    let vacancy =
        "support: [{all: ['Dunmore', 'vacancy rate', 'fell to {n}% in 2025']}]\nnumber: 17.3";
    check(
        vacancy,
        "Dunmore's vacancy rate was 17.3% in 2024 but fell to 15.8% in 2025.",
        Contradicts,
    );
    check(
        "support: [{all: ['Telmark', 'upheld', 'fine']}]\ncontradict: [{all: ['Telmark', 'cut', 'fine']}]",
        "The court upheld a €1.2bn fine against Telmark, but cut a separate penalty.",
        Supports,
    );
    // A part that opens the clause after the contrast as its subject starts another
    // statement, even with one part before it.
    let nurses = "support: [{all: ['nurses', 'accepted a {n}% pay rise']}]\nnumber: 6";
    check(
        nurses,
        "Doctors accepted a 6% pay rise, while nurses have yet to vote.",
        Omits,
    );
    check(
        nurses,
        "Doctors accepted a 6% pay rise; the nurses are still on strike.",
        Omits,
    );
    check(nurses, "The nurses accepted a 6% pay rise.", Supports);
}

#[test]
fn a_refusal_to_undo_denies_the_undoing_the_pattern_names() {
    let claim = "support: [{all: ['appeals? court', 'overturn\\w*|quash\\w*', 'Lindqvist']}]";
    check(
        claim,
        "The appeals court refused to overturn Lindqvist's conviction.",
        Contradicts,
    );
    check(
        claim,
        "The appeals court declined to quash Lindqvist's conviction.",
        Contradicts,
    );
    // What was not undone still stands.
    check(
        "support: [{all: ['Lindqvist', 'conviction']}]",
        "The appeals court refused to overturn Lindqvist's conviction.",
        Supports,
    );
}

#[test]
fn a_wish_before_the_match_is_looked_for_with_the_gap() {
    let claim = "support: [{all: ['MMR', 'second dose', '{n}%']}]\nnumber: 84.5";
    check(
        claim,
        "Health officials want second dose MMR uptake to reach 95%.",
        Omits,
    );
    check(
        "support: ['waiting list\\b.{0,50}\\b{n} ?(?:million|m)\\b']\nnumber: 7.54",
        "The government missed its target of cutting the waiting list to 7 million.",
        Omits,
    );
}

#[test]
fn each_figure_of_all_is_read_with_the_other_parts_nearest_it() {
    let claim = "support: [{all: ['MMR', 'two|second dose', '{n}%']}]\nnumber: 84.5";
    check(
        claim,
        "Two doses of MMR are 97% effective; uptake of the second dose is 84.5%.",
        Supports,
    );
    check(
        claim,
        "Two doses of MMR are 97% effective; uptake of the second dose is 80.5%.",
        Contradicts,
    );
}

#[test]
fn a_part_that_is_the_revision_is_not_hedged_by_the_earlier_report() {
    let claim = "support: [{all: ['Chad', 'corrected the total to {n}']}]\nnumber: \">= 600000\"";
    check(
        claim,
        "The UN initially reported that 540,000 refugees had crossed into Chad, but later corrected the total to 610,000.",
        Supports,
    );
    check(
        "support: [{all: ['Tarsen', 'revised\\b.{0,20}\\bto {n}']}]\nnumber: 6.8",
        "The Tarsen earthquake was initially reported as magnitude 7.1 before being revised down to 6.8.",
        Supports,
    );
    // The earlier report alone stays hedged.
    check(
        "support: [{all: ['Chad', '{n} refugees']}]\nnumber: \">= 600000\"",
        "The UN initially reported that 640,000 refugees had crossed into Chad.",
        Omits,
    );
}

#[test]
fn an_earlier_figure_the_sentence_revises_is_not_the_count() {
    let claim = "support: ['net migration\\b.{0,80}\\b{n}']\nnumber: 685000";
    check(
        claim,
        "Net migration was initially put at 740,000 but was later revised down to 685,000.",
        Supports,
    );
    check(
        claim,
        "Net migration was first estimated at 685,000 and has since been revised to 740,000.",
        Contradicts,
    );
    check(claim, "Net migration was initially 740,000.", Contradicts);
    // Without a verb of estimating, "first" is no earlier figure.
    check(
        "support: ['{n} (?:measles )?cases']\nnumber: 1212",
        "For the first time 1,212 cases were recorded, now the highest in a decade.",
        Supports,
    );
}

#[test]
fn a_negated_clause_before_a_comma_does_not_reach_the_figure_after_it() {
    check(
        "support: ['rents?\\b.{0,40}\\b(?:rose|up)\\b.{0,20}\\b{n}%']\nnumber: 9.2",
        "Wages have not kept pace with rents, up 9.2% in the year.",
        Omits,
    );
    check(
        "support: ['turnout\\b.{0,30}\\b{n}%']\nnumber: 59.7",
        "The Commission has not published turnout, put at 59.7%.",
        Omits,
    );
}

#[test]
fn a_figure_in_the_object_of_a_negated_verb_counts_neither_way() {
    let claim = "support: ['net migration\\b.{0,50}\\b{n}']\nnumber: 685000";
    check(claim, "Nobody voted for net migration of 685,000.", Omits);
    check(
        claim,
        "Ministers did not plan for net migration of 685,000.",
        Omits,
    );
    check(
        "support: ['average house price\\b.{0,40}£{n}']\nnumber: 285000",
        "First-time buyers cannot afford the average house price of £285,000.",
        Omits,
    );
    // The statement itself, negated, is denied.
    check(
        claim,
        "It is not true that net migration was 685,000.",
        Contradicts,
    );
    check(
        "support: ['{n} troops']\nnumber: 11000",
        "Russia did not send 11,000 troops.",
        Contradicts,
    );
}

#[test]
fn polls_periods_and_forecasts_are_not_the_result() {
    let labour = "support: ['Labour\\b.{0,40}\\b{n}%']\nnumber: 33.7";
    check(
        labour,
        "Polls had Labour on 40% but it won 33.7%.",
        Supports,
    );
    check(labour, "The exit poll put Labour on 36%.", Omits);
    check(
        labour,
        "Labour was polling 40% a month before the election.",
        Omits,
    );
    check(labour, "Labour won 36% of the vote.", Contradicts);
    let migration = "support: ['net migration\\b.{0,50}\\b{n}']\nnumber: 685000";
    check(
        migration,
        "Net migration in the 12 months to December 2023 was 685,000.",
        Supports,
    );
    check(
        migration,
        "Net migration was 2023's biggest political story, at 685,000.",
        Supports,
    );
    check(
        "support: ['borrowing\\b.{0,40}£{n} ?bn']\nnumber: 120.7",
        "Borrowing was £120.7bn, higher than the £114.1bn forecast in November.",
        Supports,
    );
    check(
        "support: ['{n} (?:confirmed )?exoplanets']\nnumber: \">= 5500\"",
        "Astronomers discovered 1,200 exoplanets last year alone, taking the total past 5,500.",
        Omits,
    );
}

#[test]
fn a_clause_denied_whole_starts_right_after_that() {
    check(
        "support: ['borrowing\\b.{0,40}£{n} ?bn']\nnumber: 120.7",
        "It is not true that borrowing was £120.7bn.",
        Contradicts,
    );
    check(
        "support: ['{n}% of children']\nnumber: 84.5",
        "It is not true that only 84.5% of children have had both MMR doses.",
        Contradicts,
    );
    // A predicate still takes its bare clause: "it was not the only time the council met".
    check(
        "support: ['the council met']",
        "It was not the only time the council met.",
        Supports,
    );
}

#[test]
fn a_claim_figure_written_with_decimals_asks_for_that_precision() {
    let text = "CPI inflation fell to 2.0% in May.";
    for number in ["2.0", "\"2.0\""] {
        let claim = format!("support: ['inflation\\b.{{0,40}}\\b{{n}}%']\nnumber: {number}");
        check_claim_text(
            &claim,
            text,
            "CPI inflation fell to 2.3% in May.",
            Contradicts,
        );
        check_claim_text(
            &claim,
            text,
            "CPI inflation fell to 1.96% in May.",
            Supports,
        );
        check_claim_text(&claim, text, "CPI inflation fell to 2% in May.", Supports);
    }
    // A whole number is met by any figure that rounds to it.
    check(
        "support: ['inflation\\b.{0,40}\\b{n}%']\nnumber: 2",
        "CPI inflation fell to 2.3% in May.",
        Supports,
    );
    // The zeros a YAML float ends with are read where it is written: `12.60` (12.6 to
    // YAML) asks for two places, and "12.6" is the same figure.
    let claim = "support: ['price\\b.{0,20}£{n}']\nnumber: 12.60";
    check(
        claim,
        "The ticket price rose to £12.63 in May.",
        Contradicts,
    );
    check(claim, "The ticket price rose to £12.6 in May.", Supports);
    check(claim, "The ticket price rose to £12.60 in May.", Supports);
}

#[test]
fn a_figure_revised_later_in_the_sentence_is_replaced_by_the_revision() {
    // The revision is the document's own figure: 740,000 breaks a claim of 685,000 (three
    // readers of trials 86 to 91 read it so, in four cells; it counted neither way before 2026-11-28).
    let claim = "support: ['net migration\\b.{0,50}\\b{n}']\nnumber: 685000";
    for document in [
        "Net migration was 685,000, the ONS said, before correcting the figure to 740,000.",
        "Net migration was 685,000 according to the ONS's first estimate, since revised to 740,000.",
    ] {
        check(claim, document, Contradicts);
    }
    check(claim, "Net migration was 685,000, the ONS said.", Supports);
}

#[test]
fn a_figure_in_a_headline_in_capitals_is_a_count() {
    check(
        "support: [{all: ['SpaceX', '{n} launches']}]\nnumber: 134",
        "SPACEX HITS 134 LAUNCHES IN RECORD YEAR",
        Supports,
    );
    check(
        "support: ['CRASH\\b.{0,10}\\b{n}']\nnumber: 14",
        "BOEING 737 CRASH KILLS 14",
        Supports,
    );
}

#[test]
fn goals_first_estimates_and_poll_figures_are_not_the_result() {
    check(
        "support: ['waiting list\\b.{0,50}\\b{n} ?(?:million|m)\\b']\nnumber: 7.54",
        "Labour's goal is to bring the waiting list below 6 million.",
        Omits,
    );
    check(
        "support: ['{n} ?C above pre-industrial']\nnumber: 1.55",
        "The goal is to limit warming to 1.5C above pre-industrial levels.",
        Omits,
    );
    check(
        "support: ['borrowing\\b.{0,40}£{n} ?bn']\nnumber: 120.7",
        "Borrowing was initially put at £114.1bn.",
        Omits,
    );
    let labour = "support: ['Labour\\b.{0,40}\\b{n}%']\nnumber: 33.7";
    check(
        labour,
        "Labour led with 41% in a YouGov poll in June.",
        Omits,
    );
    check(labour, "Labour won 33.7% in June.", Supports);
    // A survey of prices measures them: its money is the result (trial 172).
    let fees = "support: [{all: ['Hallshire', 'weekly fees\\b.{0,40}\\b£{n}']}]\nnumber: 1245";
    for document in [
        "The Hallshire Care Association, whose survey last month put average weekly fees in Hallshire at £1,245, said it stood by its numbers.",
        "A survey by the association found average weekly fees in Hallshire were £1,245.",
    ] {
        check(fees, document, Supports);
    }
    check(
        "support: ['Labour\\b.{0,40}\\b{n}%']\nnumber: 33.7",
        "A survey put Labour at 41%.",
        Omits,
    );
    // Survey work is work done, not a poll (trial 163).
    check(
        "support: ['dredging\\b.{0,40}\\bcost\\b.{0,15}\\b£{n}m']\nnumber: 4.8",
        "Tregear said dredging the harbour had cost £5.6m once survey work and legal fees were included.",
        Contradicts,
    );
}

#[test]
fn idioms_that_take_what_follows_as_given_and_plans_that_did_not_happen() {
    check(
        "support: ['mutual defen[cs]e clause']",
        "Peskov declined to explain how the mutual defence clause would work in practice.",
        Supports,
    );
    check(
        "support: ['North Korean shells']",
        "There is no shortage of North Korean shells on the Russian side.",
        Supports,
    );
    check(
        "support: ['North Korean shells']",
        "Not a single day passes without North Korean shells landing on our positions.",
        Supports,
    );
    check(
        "support: ['summon\\w* the Russian ambassador']",
        "Seoul threatened to summon the Russian ambassador.",
        Omits,
    );
    check(
        "support: ['signed in Pyongyang']",
        "The treaty was to be signed in Pyongyang, but the ceremony was postponed.",
        Omits,
    );
    check(
        "support: ['first visit\\b.{0,40}\\bin {n} years']\nnumber: 24",
        "Putin's first visit to North Korea in 24 years was postponed.",
        Contradicts,
    );
}

#[test]
fn without_and_would_imagine_the_opposite() {
    let claim = "support: ['mutual defen[cs]e clause']";
    check(
        claim,
        "Without a mutual defence clause, the deal would have been largely symbolic.",
        Omits,
    );
    // Without "would", "without" denies.
    check(
        claim,
        "Without a mutual defence clause, the deal is largely symbolic.",
        Contradicts,
    );
    check(
        claim,
        "The deal was signed without a mutual defence clause.",
        Contradicts,
    );
}

#[test]
fn readme_promises_of_the_twelfth_session() {
    // A part after a fronted "Among …," or before "of whom".
    let cases = "support: [{all: ['measles cases', '{n}']}]\nnumber: 1212";
    check(
        cases,
        "Among the 1,212 measles cases, 1,100 were in children.",
        Supports,
    );
    check(
        cases,
        "Officials counted 1,212 measles cases, 1,100 of whom were children.",
        Supports,
    );
    // "is not the case that" denies a clause whole, past a preposition in its subject.
    check(
        "support: [{all: ['Kharkiv', 'killed {n} (?:civilians|people)']}]\nnumber: 14",
        "It is not the case that strikes on Kharkiv killed 14 civilians.",
        Contradicts,
    );
    // A revision up to a level is the level.
    check(
        "support: ['growth\\b.{0,25}\\b{n}%']\nnumber: 3.1",
        "Growth was revised up to 3.1% in the second estimate.",
        Supports,
    );
    // A figure before "in" and a smaller one is a count, not a ratio.
    check(
        "support: ['cases reached {n}']\nnumber: 1212",
        "Measles cases reached 1,212 in 10 states.",
        Supports,
    );
    // A qualifier between "a decline of" and the figure.
    check(
        "support: ['overdose deaths\\b.{0,40}\\b{n}']\nnumber: 3861",
        "Officials confirmed 3,861 overdose deaths for 2024, a decline of almost 900.",
        Omits,
    );
}

#[test]
fn a_figure_of_another_year_than_the_claims_never_supports_it() {
    let claim = "support: ['economy grew {n}%']\nnumber: 1.8";
    let text = "The economy grew 1.8% in 2024.";
    check_claim_text(claim, text, "The economy grew 1.8% in 2023.", Omits);
    check_claim_text(claim, text, "The economy grew 1.8% in 2024.", Supports);
    // No year in the figure's clause, a month, or a span that holds the claim's year.
    check_claim_text(
        claim,
        text,
        "The economy grew 1.8%, officials said.",
        Supports,
    );
    check_claim_text(claim, text, "The economy grew 1.8% in April.", Supports);
    check_claim_text(
        claim,
        "The economy grew 1.8% in 2023-24.",
        "The economy grew 1.8% in the financial year ending March 2024.",
        Supports,
    );
    // A phrase hung on a clause has the clause's year.
    check_claim_text(
        "support: ['yields? of {n} tonnes']\nnumber: 8.1",
        "The average wheat yield in 2024 was 8.1 tonnes per hectare.",
        "The wheat harvest in 2023 was 14.0 million tonnes, with yields of 8.1 tonnes per hectare.",
        Omits,
    );
    // A baseline's year is not the figure's.
    check_claim_text(
        claim,
        text,
        "The economy grew 1.8% on 2023, the fastest since 2017.",
        Supports,
    );
    check_claim_text(
        claim,
        text,
        "The economy grew 1.8% against 0.4% for Ostria in 2019.",
        Supports,
    );
    // A figure that is itself the claim's year has no other period.
    check_claim_text(
        "support: ['\\d{4}-{n} Korean War']\nnumber: 1953",
        "The Korean War ended in 1953.",
        "Veterans of the 1950-1953 Korean War laid wreaths.",
        Supports,
    );
    // The evidence says why.
    let (_, evidence) = run_claim(claim, "", text, "The economy grew 1.8% in 2023.");
    assert!(
        evidence.iter().any(|e| e
            .why
            .contains("but its clause names another year than the claim")),
        "{evidence:#?}"
    );
}

#[test]
fn a_figure_of_another_year_or_month_than_the_claims_never_breaks_it() {
    let claim = "support: ['net migration\\b.{0,50}\\b{n}']\nnumber: 685000";
    let text = "Net migration to the UK was 685,000 in 2023.";
    for document in [
        "Net migration in 2022 was 764,000.",
        "Net migration was 685,000 in 2023, down from 764,000 in 2022.",
        "Since 2021, net migration has totalled more than 1.9 million.",
        "In 2019, net migration was 184,000.",
    ] {
        let expected = if document.contains("685,000") {
            Supports
        } else {
            Omits
        };
        check_claim_text(claim, text, document, expected);
    }
    // The claim's own year, or none: the figure is the claim's, and breaks it.
    for document in [
        "Net migration in 2023 was 740,000.",
        "In 2023, net migration was 740,000.",
        "Net migration was 740,000, the ONS said.",
    ] {
        check_claim_text(claim, text, document, Contradicts);
    }
    // A phrase hung on a clause after a comma ("with", "including") has that clause's year.
    let claim = "support: ['yields?\\b.{0,40}\\b{n} tonnes per hectare']\nnumber: 7.2";
    let text = "The average UK wheat yield in 2024 was 7.2 tonnes per hectare.";
    let harvest = "Britain's wheat harvest in 2023 was 14.0 million tonnes, with yields of 8.1 tonnes per hectare, Defra data show.";
    check_claim_text(claim, text, harvest, Omits);
    check_claim_text(claim, text, &harvest.replace("2023", "2024"), Contradicts);
    // So has a figure that opens a clause after ", and" (trial 41); a colon between digits
    // ends no clause.
    let claim = "support: ['{n} runners finished']\nnumber: 18450";
    let text = "18,450 runners finished the 2024 Eastbury Marathon.";
    let race = "Kiprop won the 2023 race in 2:10:31, and 16,900 runners finished.";
    check_claim_text(claim, text, race, Omits);
    check_claim_text(claim, text, &race.replace("2023", "2024"), Contradicts);
    // So has a ", when" clause after an event (trial 46).
    let claim = "support: [{all: ['Tessaly', '{n} people were evacuated']}]\nnumber: 6500";
    let text = "6,500 people were evacuated from around Mount Tessaly in March 2025.";
    let eruption = "Veterans of the 2019 Mount Orvel eruption, when 3,000 people were evacuated from the valleys, say its lessons apply at Mount Tessaly.";
    check_claim_text(claim, text, eruption, Omits);
    check_claim_text(
        claim,
        text,
        "In March 2025 Mount Tessaly erupted, when 3,000 people were evacuated.",
        Contradicts,
    );
    // A financial year is one period: 2022-23 is not 2023-24, and 2023/24 is.
    let claim = "support: ['receipts\\b.{0,40}£{n} ?bn']\nnumber: 858.9";
    let text = "HMRC tax receipts reached £858.9bn in 2023-24.";
    check_claim_text(claim, text, "Receipts in 2022-23 were £814.8bn.", Omits);
    check_claim_text(
        claim,
        text,
        "Receipts in 2023/24 were £814.8bn.",
        Contradicts,
    );
    // Months against a claim that names one; a month's figure against a year alone is a
    // part of the year's (see `a_figure_for_part_of_the_claims_year_never_breaks_it`).
    let claim = "support: ['inflation\\b.{0,30}\\b{n}%']\nnumber: 2";
    let text = "CPI inflation fell to 2% in May.";
    check_claim_text(claim, text, "Inflation was 3.2% in April.", Omits);
    check_claim_text(claim, text, "Inflation was 3.2% in May.", Contradicts);
    check_claim_text(
        claim,
        text,
        "Inflation was 3.2% and may stay there.",
        Contradicts,
    );
    let text = "CPI inflation was 2% in 2024.";
    check_claim_text(claim, text, "Inflation was 3.2% in April.", Omits);
    check_claim_text(claim, text, "Inflation was 3.2% last year.", Contradicts);
    // A count that looks like a year is no period.
    let claim = "support: ['{n} launches']\nnumber: 134";
    let text = "SpaceX made 134 launches in 2024.";
    check_claim_text(
        claim,
        text,
        "It made 98 launches, 2,024 tonnes to orbit.",
        Contradicts,
    );
}

#[test]
fn a_figure_whose_clause_names_another_party_never_breaks_the_claim() {
    let claim = "support: [{all: ['Nvidia', 'revenue\\b.{0,30}\\$?{n} ?bn']}]\nnumber: 22.1";
    for document in [
        "AMD's revenue was $6.2bn, far below Nvidia's.",
        "The Swiss chipmaker's revenue was $6.2bn, as Nvidia's soared.",
        "AMD revenue was $6.2bn, while Nvidia reported more.",
    ] {
        check(claim, document, Omits);
    }
    // Across sentences, a figure whose sentence is of a place the claim does not name
    // supports it no more.
    let patients =
        "support: [{all: ['Marlowe Park', 'serving {n} patients'], within: paragraph}]\nnumber: 9000";
    let text = "The new surgery in Marlowe Park will serve 9,000 patients.";
    check_claim_text(
        patients,
        text,
        "A new GP surgery opened in Bramley in March 2025, serving 9,000 patients. Residents of Marlowe Park are still waiting for theirs.",
        Omits,
    );
    check_claim_text(
        patients,
        text,
        "A new GP surgery opened in March 2025, serving 9,000 patients. It is the first in Marlowe Park.",
        Supports,
    );
    // A name's possessive and a person it owns: the figure is that person's.
    let sentence =
        "support: [{all: ['Crowther', 'sentenced\\b.{0,10}\\bto {n} years']}]\nnumber: 6";
    check(
        sentence,
        "Diane Crowther's business partner, Leon Marsh, was sentenced to four years on Monday.",
        Omits,
    );
    check(
        sentence,
        "Diane Crowther was sentenced to four years on Monday.",
        Contradicts,
    );
    // Nor does it support the claim when it meets it: Southern's 14 days are not
    // Northline's. A name the claim says is no other party ("84.5% in England").
    let days = "support: [{all: ['Northline', 'strike for {n} days']}]\nnumber: 14";
    let text = "Northline rail workers went on strike for 14 days in 2024.";
    check_claim_text(
        days,
        text,
        "Southern Rail workers went on strike for 14 days in 2024, while Northline rail workers went on strike for 9 days in 2024.",
        Contradicts,
    );
    check_claim_text(
        "support: [{all: ['MMR', '{n}%']}]\nnumber: 84.5",
        "MMR uptake by age five was 84.5% in England.",
        "MMR uptake (two doses) by age five was 84.5% in England, 91% in Scotland and 90% in Wales.",
        Supports,
    );
    // Both readings of "X was 4%, while Nvidia was 16%": the other party's drops out.
    check(
        "support: [{all: ['Nvidia', '(?:shares|stock)\\b.{0,25}\\b(?:rose|climbed)\\b.{0,15}\\b{n}%']}]\nnumber: 16",
        "AMD shares rose 4% on February 22, while Nvidia stock climbed 16%.",
        Supports,
    );
    check(
        "support: [{all: ['ECB', 'cut\\b.{0,50}\\b{n}%']}]\nnumber: 3.75",
        "The Swiss National Bank cut its rate to 1.25% in June, as did the ECB.",
        Omits,
    );
    check(
        "support: [{all: ['Pfizer', '{n}% effective']}]\nnumber: 95",
        "Pfizer's vaccine was 95% effective in its trial; Moderna's was 94.1% effective.",
        Supports,
    );
    // A source's name before "figures", "data" and the like names no owner (trial 47).
    let pubs =
        "support: [{all: ['{n} pubs\\b.{0,30}\\bclosed', 'England and Wales']}]\nnumber: 412";
    let text = "412 pubs closed in England and Wales in 2025.";
    check_claim_text(
        pubs,
        text,
        "Altus Group figures show 378 pubs closed in England and Wales in 2025.",
        Contradicts,
    );
    check_claim_text(
        pubs,
        text,
        "Rivals such as Altus Group closed 378 pubs in England and Wales in 2025.",
        Omits,
    );
    // The claim's own party in the figure's clause, or no one named: the figure breaks it.
    for document in [
        "Nvidia's gaming revenue was $2.9bn.",
        "Nvidia's revenue was $20bn, analysts said.",
        "Revenue was $20bn, Nvidia said.",
        "Its revenue was $20bn in May, Nvidia said.",
    ] {
        check(claim, document, Contradicts);
    }
}

#[test]
fn a_figure_of_another_quarter_than_the_claims_never_breaks_it() {
    let claim = "support: [{all: ['Nvidia', 'revenue\\b.{0,30}\\$?{n} ?bn']}]\nnumber: 22.1";
    let text = "Nvidia's revenue in the fourth quarter of fiscal 2024 was $22.1bn.";
    for document in [
        "Nvidia's third-quarter revenue was $18.1bn.",
        "Nvidia's revenue in Q3 was $18.1bn.",
        "Nvidia's revenue was $22.1bn in the fourth quarter and $18.1bn in the third quarter.",
    ] {
        let expected = if document.contains("22.1") {
            Supports
        } else {
            Omits
        };
        check_claim_text(claim, text, document, expected);
    }
    check_claim_text(
        claim,
        text,
        "Nvidia's fourth-quarter revenue was $20.1bn.",
        Contradicts,
    );
}

#[test]
fn a_round_figure_the_claims_rounds_to_counts_neither_way() {
    let claim = "support: ['enrolled {n} participants']\nnumber: 30420";
    check(claim, "The trial enrolled 30,000 participants.", Omits);
    check(
        claim,
        "The trial enrolled 31,000 participants.",
        Contradicts,
    );
    check(claim, "The trial enrolled 30,420 participants.", Supports);
    let claim = "support: ['cut {n} jobs']\nnumber: 11000";
    check(claim, "Meta cut 10,000 jobs.", Contradicts);
    let claim = "support: ['has {n} residents']\nnumber: 1234000";
    check(claim, "The city has 1.2 million residents.", Omits);
    check(claim, "The city has 1.3 million residents.", Contradicts);
}

#[test]
fn a_count_so_far_at_a_date_never_breaks_the_final_count() {
    let claim = "support: ['enrolled {n} participants']\nnumber: 30420";
    check(
        claim,
        "Moderna's trial had enrolled 25,654 participants by early October 2020.",
        Omits,
    );
    check(
        claim,
        "Moderna's trial enrolled 25,654 participants.",
        Contradicts,
    );
    // Trial 183: the present perfect with "this year" counts a year still running.
    let launches = "support: ['RNLI lifeboats (?:have )?launched {n} times']\nnumber: 9312";
    check_claim_text(
        launches,
        "RNLI lifeboats launched 9,312 times in 2023.",
        "RNLI lifeboats have launched 5,100 times this year, the charity said.",
        Omits,
    );
    check_claim_text(
        launches,
        "RNLI lifeboats launched 9,312 times in 2023.",
        "RNLI lifeboats launched 8,100 times in 2023.",
        Contradicts,
    );
    // Trial 169: a point inside the claim's own period is a point so far.
    check_claim_text(
        "support: ['arrested {n} drivers']\nnumber: 187",
        "Westshire Police arrested 187 drivers in its December 2024 campaign.",
        "Westshire Police had arrested 94 drivers by the midpoint of its December 2024 campaign.",
        Omits,
    );
    let claim = "support: ['{n} exoplanets']\nnumber: \">= 5500\"";
    check(
        claim,
        "Only 4,000 exoplanets had been confirmed by 2019.",
        Omits,
    );
    // "by" an agent is no date.
    check(
        claim,
        "Only 4,000 exoplanets had been confirmed by NASA.",
        Contradicts,
    );
    let claim = "support: ['{n} countries']\nnumber: 42";
    check(
        claim,
        "By Tuesday, 40 countries had signed the treaty.",
        Omits,
    );
    check(
        claim,
        "By Tuesday, 40 countries signed the treaty.",
        Contradicts,
    );
    // Trial 39 (folder trial50): the same without the comma.
    check(
        "support: ['burned {n} acres']\nnumber: 12400",
        "By Tuesday evening the Tamsin Ridge wildfire had burned 8,300 acres and was 10% contained.",
        Omits,
    );
}

#[test]
fn a_count_at_the_end_of_the_claims_year_is_the_years_count() {
    // Trial 163: "by the end of December 2024" is where 2024 ends, not a month of it apart
    // from the year, nor a point so far.
    let claim = "support: ['{n} households\\b.{0,20}\\breceived']\nnumber: 42000";
    let text = "42,000 households in Harrowfield received the payment in 2024.";
    for (document, expected) in [
        (
            "This year 44,100 households had received it by the end of December 2024.",
            Contradicts,
        ),
        (
            "As of 31 December 2024, 44,100 households had received it.",
            Contradicts,
        ),
        (
            "42,000 households had received it by the end of 2024.",
            Supports,
        ),
        // Another year's end, and a point inside the year, are still set aside.
        (
            "44,100 households had received it by the end of December 2023.",
            Omits,
        ),
        (
            "44,100 households had received it by the end of June 2024.",
            Omits,
        ),
    ] {
        check_claim_text(claim, text, document, expected);
    }
    // A claim of a month other than December is not of the year's end.
    check_claim_text(
        claim,
        "42,000 households in Harrowfield received the payment in November 2024.",
        "44,100 households had received it by the end of December 2024.",
        Omits,
    );
}

#[test]
fn a_contradiction_of_another_period_than_the_claims_counts_neither_way() {
    let claim = "support: [{all: ['Fed', 'held rates', 'June']}]\ncontradict: [{all: ['Fed', 'raised rates', 'June']}]";
    let text = "The Fed held rates in June 2024.";
    for document in [
        "The Fed raised rates in June 2022 by 75 basis points.",
        "In 2023, the Fed raised rates in June.",
    ] {
        check_claim_text(claim, text, document, Omits);
    }
    for document in [
        "The Fed raised rates in June 2024.",
        "The Fed raised rates in June.",
    ] {
        check_claim_text(claim, text, document, Contradicts);
    }
    // A support of another period is read as before (figures have their own rule).
    check_claim_text(claim, text, "The Fed held rates in June 2023.", Supports);
    // An aside on the subject dates the aside, not the match.
    check_claim_text(
        "contradict: [{all: ['Tanui', 'dropped out']}]",
        "Tanui won the Halden Marathon in 2025.",
        "Tanui, who won the race in 2023, was never in contention this year and dropped out.",
        Contradicts,
    );
    // The baseline of a record ("the driest since 2018") is no period of the statement.
    check_claim_text(
        "support: ['driest\\b.{0,40}\\bsince 1976']\ncontradict: ['driest\\b.{0,40}\\bsince (?:19[89]\\d|20[0-2]\\d)']",
        "This summer was the driest since 1976.",
        "In fact it was the driest since 2018, the Met Service said.",
        Contradicts,
    );
    // A contradict pattern that spells a period names the rival date itself.
    check_claim_text(
        "support: ['bridge opened\\b.{0,30}\\bOctober 2024']\ncontradict: ['bridge\\b.{0,20}\\bopened\\b.{0,30}\\b(?:2025|November|December)']",
        "The Harlan bridge opened to traffic in October 2024.",
        "The Harlan bridge finally opened to traffic in March 2025, five months late.",
        Contradicts,
    );
}

#[test]
fn a_subgroups_figure_never_breaks_the_claim() {
    let claim = "support: ['(?:enrolled|included) {n} participants']\nnumber: 30420";
    for document in [
        "Moderna's trial included 7,512 participants aged 65 or older.",
        "The trial enrolled 3,732 participants in a subgroup of its sites.",
    ] {
        check(claim, document, Omits);
    }
    check(
        claim,
        "Moderna's trial enrolled 7,512 participants.",
        Contradicts,
    );
    let claim = "support: ['turnout\\b.{0,40}\\b{n}%']\nnumber: 67";
    check(claim, "Turnout among voters aged 18 to 24 was 47%.", Omits);
    // "among the lowest" ranks the figure.
    check(
        claim,
        "Turnout was 47%, among the lowest on record.",
        Contradicts,
    );
    // A claim about the subgroup reads its figure.
    check_claim_text(
        claim,
        "Turnout among voters aged 18 to 24 was 67%.",
        "Turnout among voters aged 18 to 24 was 47%.",
        Contradicts,
    );
}

#[test]
fn a_kind_the_claim_does_not_name_never_breaks_it() {
    // A superlative ranks the figure; it names no kind.
    check_claim_text(
        "support: ['temperature recorded at Marston\\b.{0,30}\\b{n}C']\nnumber: 38.7",
        "Marston recorded a temperature of 38.7C in July 2025.",
        "The Met Office said the highest temperature recorded at Marston in July 2025 was 37.9C.",
        Contradicts,
    );
    let claim = "support: ['revenue\\b.{0,30}\\${n} ?(?:bn|billion)']\nnumber: 22.1";
    let text = "Nvidia's fourth-quarter revenue was $22.1bn.";
    for document in [
        "Nvidia's gaming revenue rose 56% to $2.9bn.",
        "Nvidia's fourth-quarter data-centre revenue was $18.4bn.",
    ] {
        check_claim_text(claim, text, document, Omits);
    }
    for document in [
        "Nvidia's fourth-quarter revenue was $20.4bn.",
        "Nvidia's revenue was $20.4bn.",
        // Words that restrict nothing, and verbs, are no kind.
        "Nvidia's total revenue was $20.4bn.",
        "Filings showed revenue was $20.4bn.",
    ] {
        check_claim_text(claim, text, document, Contradicts);
    }
    // "national" names the measure, not a kind of it.
    check_claim_text(
        "support: ['minimum wage\\b.{0,40}\\brise of {n}%']\nnumber: 6.7",
        "The minimum wage increase in April 2025 was 6.7%.",
        "From April, the national minimum wage is £12.21 an hour, a rise of 9.8%.",
        Contradicts,
    );
    // Before a verb, the word is the subject, and the figure is read.
    check_claim_text(
        "support: ['killed {n} people']\nnumber: 2316",
        "The earthquake killed 2,316 people.",
        "The quake killed 412 people.",
        Contradicts,
    );
    // A claim that names the kind reads its figure.
    check_claim_text(
        claim,
        "Nvidia's gaming revenue was $2.9bn.",
        "Nvidia's gaming revenue was $2.5bn.",
        Contradicts,
    );
    // Beside the claim's own figure, another kind's no longer makes the sentence mixed.
    let claim = "support: ['inflation (?:fell|eased) to {n}%']\nnumber: 2";
    check_claim_text(
        claim,
        "CPI inflation fell to 2% in May.",
        "CPI inflation fell to 2% in May, while services inflation eased to 5.7%.",
        Supports,
    );
    // A match that starts with its figure names no kind: "almost" is the figure's.
    check(
        "support: ['{n} containers']\nnumber: 11000",
        "Russia shipped almost 9,000 containers.",
        Contradicts,
    );
}

#[test]
fn a_figure_set_aside_says_which_rule_set_it_aside() {
    let claim = "support: ['killed\\b.{0,15}\\b{n} people']\nnumber: 2316";
    let text = "The 6 February 2025 earthquake killed 2,316 people.";
    // The qualifier's "than" ends no clause: 2023 is still the figure's year.
    for (document, reason) in [
        (
            "The quake in Turkey in 2023 killed more than 50,000 people.",
            "another period than the claim",
        ),
        (
            "The quake in Turkey in 2023 killed 50,000 people.",
            "another period than the claim",
        ),
        (
            "By Monday the quake had killed 412 people by early evening.",
            "a count so far",
        ),
    ] {
        let (verdict, evidence) = run_claim(claim, "", text, document);
        assert_eq!(verdict, Omits, "{document}");
        assert!(
            evidence.iter().any(|e| e.why.contains(reason)),
            "{document}: {evidence:#?}"
        );
    }
    let (_, evidence) = run_claim(
        "support: ['revenue\\b.{0,30}\\${n} ?bn']\nnumber: 22.1",
        "",
        "Nvidia's revenue was $22.1bn.",
        "Nvidia's gaming revenue was $2.9bn.",
    );
    assert!(
        evidence.iter().any(|e| e
            .why
            .contains("\"gaming\" before the match names a kind the claim does not")),
        "the reason names the word: {evidence:#?}"
    );
    // A modal verb before the match names no kind (trial 20: "\"would\" before the match
    // names a kind the claim does not"); it is a figure planned, unless the claim says "will".
    let (_, evidence) = run(
        "support: [{all: ['Ashcombe', 'save\\b.{0,20}£{n}']}]\nnumber: 1300000",
        "",
        "Ashcombe County Council said the library closures would save £900,000 a year.",
    );
    assert!(
        evidence.iter().all(|e| !e.why.contains("names a kind"))
            && evidence.iter().any(|e| e
                .why
                .contains("\"would\" before the match makes it a figure wanted")),
        "{evidence:#?}"
    );
}

#[test]
fn a_bound_before_or_after_the_figure_is_read() {
    let claim = "support: ['turnout\\b.{0,40}\\b{n} ?%']\nnumber: 67.4";
    for document in [
        "Turnout was higher than 60% in every district.",
        "Turnout was 60% or more in every district.",
        "Turnout was 70% or lower in every district.",
    ] {
        check(claim, document, Omits);
    }
    for document in [
        "Turnout was 70% or higher in every district.",
        "Turnout was lower than 60% in every district.",
    ] {
        check(claim, document, Contradicts);
    }
    // "10,000+": at least 10,000, when the pattern lets the "+" through.
    let claim = "support: ['{n}\\+? containers']\nnumber: 11000";
    check(claim, "Russia received 10,000+ containers.", Omits);
    check(claim, "Russia received 12,000+ containers.", Contradicts);
}

#[test]
fn two_names_joined_by_and_are_one_place() {
    // "England and Wales" is the claim's own place, not "Wales" opening a clause of its
    // own that no part spells (trial 82).
    let claim =
        "support: [{all: ['backlog', '(?:reached|stood at)\\b.{0,15}\\b{n}', 'March 2025']}]\nnumber: 76957";
    let text = "The Crown Court backlog in England and Wales reached 76,957 cases at the end of March 2025.";
    check_claim_text(
        claim,
        text,
        "The backlog of cases in England and Wales stood at 79,619 at the end of March 2025, the report said.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "The backlog of cases in England and Wales stood at 76,957 at the end of March 2025.",
        Supports,
    );
    // "And" between two parties that each do something still splits: Freshway's price
    // is not Tesco's.
    let claim = "support: [{all: ['Tesco', 'price\\b.{0,20}\\b£{n}']}]\nnumber: 1.65";
    check_claim_text(
        claim,
        "Tesco raised the price of four pints of milk to £1.65.",
        "Prices rose at Tesco and Freshway kept its price at £1.49.",
        Omits,
    );
    // Trial 175: the claim's place joined to another is a larger place, whose figure is
    // not the claim's.
    let claim = "support: [{all: ['Kelsford', '{n} (?:people )?(?:sleeping rough|rough sleepers)']}]\nnumber: 312";
    let text = "312 people were sleeping rough in Kelsford on the night of the 2024 count.";
    for document in [
        "On the same night the count found 1,940 people sleeping rough across the wider Kelsford and Dale region.",
        "The count found 1,940 people sleeping rough across Kelsford and Dale.",
    ] {
        check_claim_text(claim, text, document, Omits);
    }
    check_claim_text(
        claim,
        text,
        "The count found 1,940 people sleeping rough in Kelsford.",
        Contradicts,
    );
}

#[test]
fn a_figure_counted_in_a_place_the_claim_does_not_name_never_breaks_it() {
    let claim = "support: ['recalled {n} (?:vehicles|SUVs)']\nnumber: 412000";
    let text = "Norvik Motors recalled 412,000 vehicles worldwide.";
    check_claim_text(claim, text, "Norvik recalled 85,000 SUVs in Canada.", Omits);
    for document in [
        "Norvik recalled 85,000 vehicles in June.",
        // A day's is a time, not a place (trial 169: "in Saturday's final").
        "Norvik recalled 85,000 vehicles in Saturday's announcement.",
        "Norvik recalled 85,000 vehicles - a figure officials in Canada did not dispute.",
        "Norvik recalled 85,000 vehicles, its office in Canada said.",
    ] {
        check_claim_text(claim, text, document, Contradicts);
    }
    // A claim that names the place reads its figure.
    check_claim_text(
        claim,
        "Norvik Motors recalled 412,000 vehicles in Canada.",
        "Norvik recalled 85,000 SUVs in Canada.",
        Contradicts,
    );
    // Or "at" another site (trial 82): the Rotherham mill's 310 jobs are not the Redcar
    // Vale steelworks' cuts. "At" a time, or the claim's own site, is the claim's figure.
    let claim = "support: [{all: ['Calder Steel', '(?:cut|cuts) {n} jobs']}]\nnumber: 2800";
    let text = "Calder Steel announced 2,800 job cuts at its Redcar Vale steelworks.";
    for document in [
        "Calder Steel cut 310 jobs at its Rotherham rolling mill in January.",
        "Calder Steel cut 310 jobs at Rotherham.",
    ] {
        check_claim_text(claim, text, document, Omits);
    }
    for document in [
        "Calder Steel cut 310 jobs at its Redcar Vale steelworks.",
        "Calder Steel cut 310 jobs at the start of the year.",
    ] {
        check_claim_text(claim, text, document, Contradicts);
    }
    check_claim_text(
        claim,
        text,
        "Calder Steel cut 2,800 jobs at its Redcar Vale steelworks.",
        Supports,
    );
    // A country named before a noun ("UK", "British") is a place the claim names: a
    // sentence that opens with another is that place's.
    let claim = "support: ['yields?\\b.{0,40}\\b{n} tonnes per hectare']\nnumber: 7.2";
    let scotland = "In Scotland, wheat yields averaged 8.9 tonnes per hectare in 2024.";
    for text in [
        "The average UK wheat yield in 2024 was 7.2 tonnes per hectare.",
        "British wheat yields averaged 7.2 tonnes per hectare in 2024.",
    ] {
        check_claim_text(claim, text, scotland, Omits);
    }
    check_claim_text(
        claim,
        "Wheat yields averaged 7.2 tonnes per hectare in 2024.",
        scotland,
        Contradicts,
    );
    // An opening place does not govern a later clause that names the claim's.
    check_claim_text(
        "support: ['Harlow Vale (?:lagged|stood) at {n}%']\nnumber: 78",
        "Gigabit broadband covered 78% of rural premises in Harlow Vale.",
        "In neighbouring Dunmore, rural coverage reached 78%, while Harlow Vale lagged at 69%.",
        Contradicts,
    );
    // The README's example: a claim about England, a figure for London.
    check_claim_text(
        "support: ['{n}% of five-year-olds']\nnumber: 84.5",
        "Uptake of the second MMR dose was 84.5% of five-year-olds in England.",
        "In London, only 73% of five-year-olds had had both MMR doses.",
        Omits,
    );
    check_claim_text(
        "support: ['{n}% of five-year-olds']\nnumber: 84.5",
        "Uptake of the second MMR dose was 84.5% of five-year-olds in England.",
        "In England, only 73% of five-year-olds had had both MMR doses.",
        Contradicts,
    );
    let claim = "support: ['Greens won {n} seats']\nnumber: 23";
    let text = "The Greens won 23 seats in Norrmark.";
    check_claim_text(
        claim,
        text,
        "In neighbouring Sundby, the Greens won 12 seats.",
        Omits,
    );
    for document in [
        "In Norrmark, the Greens won 12 seats.",
        "In the end, the Greens won 12 seats.",
        // Where it was said, not what was counted.
        "In Sundby, officials said the Greens won 12 seats.",
    ] {
        check_claim_text(claim, text, document, Contradicts);
    }
    // A possessive name in the claim's sentence names its place too.
    let pm = "support: ['PM2\\.5\\b.{0,40}\\b{n} micrograms']\nnumber: 14";
    let text = "Kelmouth's PM2.5 level averaged 14 micrograms last year.";
    check_claim_text(
        pm,
        text,
        "In Brenford, PM2.5 averaged 9 micrograms last year.",
        Omits,
    );
    check_claim_text(
        pm,
        text,
        "In Kelmouth, PM2.5 averaged 9 micrograms last year.",
        Contradicts,
    );
    // Trial 190: an opening "In neighbouring X" without its comma.
    let fee = "support: ['average weekly fee\\b.{0,60}£{n}']\nnumber: 1240";
    let text = "The average weekly fee for a care home place in Westmarsh was £1,240 in 2024.";
    check_claim_text(
        fee,
        text,
        "In neighbouring Eastvale the average weekly fee was £1,310.",
        Omits,
    );
    check_claim_text(
        fee,
        text,
        "In Westmarsh the average weekly fee was £1,310.",
        Contradicts,
    );
}

#[test]
fn a_figure_for_a_part_alone_never_breaks_the_whole() {
    let claim = "support: ['killed {n} people']\nnumber: 2316";
    check(
        claim,
        "The quake killed 412 people in the provincial capital alone.",
        Omits,
    );
    check(claim, "The quake killed 412 people.", Contradicts);
    // A career is a whole of which the claim's season is a part.
    check(
        "support: ['scored {n} league goals']\nnumber: 41",
        "Varela has scored 120 league goals in his career.",
        Omits,
    );
    // A place the claim does not name is another part.
    check_claim_text(
        claim,
        "The Kessan earthquake killed 2,316 people.",
        "A quake killed 412 people in Darsa.",
        Omits,
    );
}

#[test]
fn a_figure_after_a_name_the_pattern_spells_or_in_a_score_is_a_count() {
    let document = "Atlético Riverside beat Northport City 3-1 in the final.";
    // The name comes through a term.
    let claim = "support: ['beat {northport} {n}-\\d']\nnumber: 3";
    let (verdict, evidence) = run(
        claim,
        "  northport: ['Northport City', 'Northport']",
        document,
    );
    assert_eq!(verdict, Supports, "{evidence:#?}");
    // A gap swallows the name, but the pattern writes a score.
    check(
        "support: ['Riverside\\b.{0,40}\\bbeat\\b.{0,30}\\b{n}-1\\b']\nnumber: 3",
        document,
        Supports,
    );
    check_claim_text(
        "support: ['Riverside\\b.{0,40}\\bbeat\\b.{0,30}\\b{n}-1\\b']\nnumber: 2",
        "Atlético Riverside beat Northport City 2-1.",
        document,
        Contradicts,
    );
    // Without a score, a bare figure after a name in a gap is still part of the name.
    check(
        "support: ['sent\\b.{0,30}\\b{n}']\nnumber: 11000",
        "Russia sent Resolution 1718 to the council.",
        Omits,
    );
    // A list item's first word opens the item, after its marker, as a sentence's does.
    let customers = "support: ['{n} million customers']\nnumber: \"2.4 +/- 10%\"";
    for document in [
        "Outage facts:\n\n- Around 2.4 million customers lost service.\n",
        "Outage facts:\n\n1. Around 2.4 million customers lost service.\n",
    ] {
        check(customers, document, Supports);
    }
}

#[test]
fn a_hedge_after_a_rebutted_alternative_is_the_alternatives() {
    let claim = "support: ['won {n} of the 61']\nnumber: 23";
    for document in [
        "The Greens won 23 of the 61 seats - not 24, as the party's own website claimed.",
        "The Greens won 23 of the 61 seats, not 24 as the party claimed.",
        "The Greens won 23 of the 61 seats rather than the 25 the party claimed.",
    ] {
        check(claim, document, Supports);
    }
    // The hedge of the statement itself stands.
    check(
        claim,
        "The Greens won 23 of the 61 seats, the party's own website claimed.",
        Omits,
    );
    // Trial 40: the rebutted alternative after the figure's part of an `all:`, or as a
    // part itself, holds the hedge for every part.
    let document = "Wessex Valley Water was fined £2.4m, not £4.2m as initially reported, for polluting the River Arlen.";
    check(
        "support: [{all: ['Wessex Valley Water', 'fined\\b.{0,30}£{n}m', 'Arlen']}]\nnumber: 4.2",
        document,
        Contradicts,
    );
    check(
        "contradict: [{all: ['Wessex Valley Water', 'Arlen', 'not £4\\.2m']}]",
        document,
        Contradicts,
    );
    // A negation after another part is no alternative: the time limit stands.
    check(
        "support: [{all: ['Halden', 'complete\\w* its acquisition']}]",
        "Halden did not complete its acquisition of Norvik until regulators signed off in May.",
        Omits,
    );
}

#[test]
fn an_estimate_of_a_precise_figure_is_the_figure() {
    let claim = "support: ['{n}% of (?:registered )?voters']\nnumber: 67.4";
    check(
        claim,
        "Some 67.4% of registered voters cast ballots.",
        Supports,
    );
    check(claim, "About 61.3% of voters cast ballots.", Contradicts);
    // A round figure stays an estimate: 0.9 to 1.1 times it.
    check(claim, "About 70% of voters cast ballots.", Omits);
    let claim = "support: ['{n} people']\nnumber: 2316";
    check(claim, "The quake killed about 2,316 people.", Supports);
    check(claim, "The quake killed about 2,300 people.", Omits);
}

#[test]
fn what_the_seventh_trial_found_in_figures() {
    // "between X and Y" is a range, whatever the unit.
    let claim = "support: ['Valdora\\b.{0,60}\\b{n} ?C\\b']\nnumber: 41.3";
    check(
        claim,
        "Valdora's temperatures ranged between 40C and 42C in July.",
        Omits,
    );
    check(
        claim,
        "Valdora's temperature reached 40C in July.",
        Contradicts,
    );
    // A figure compared with is an earlier one.
    let claim = "support: [{all: ['Norland', '{n} measles cases']}]\nnumber: 1846";
    check(
        claim,
        "Norland recorded 1,846 measles cases in 2025, compared with 368 measles cases a year earlier.",
        Supports,
    );
    check(
        claim,
        "Norland recorded 1,846 measles cases, against 412 measles cases in 2024.",
        Supports,
    );
    // A group named by the sentence's opening phrase.
    check_claim_text(
        "support: ['recorded {n} flu admissions']\nnumber: 3210",
        "Eastmarch recorded 3,210 flu admissions in January.",
        "Among patients aged 65 or over, Eastmarch recorded 1,940 flu admissions in January.",
        Omits,
    );
}

#[test]
fn an_all_matcher_is_denied_and_reported_as_a_single_pattern_is() {
    let single = "support: ['Tamsey Bridge opened \\d+ months behind schedule']";
    let all = "support: [{all: ['Tamsey Bridge', 'opened', 'behind schedule']}]";
    for claim in [single, all] {
        check(
            claim,
            "The Tamsey Bridge opened 18 months behind schedule, the ministry denied.",
            Contradicts,
        );
        check(
            claim,
            "Critics say the Tamsey Bridge opened 18 months behind schedule, a claim the ministry denied.",
            Mixed,
        );
    }
    // A match that holds the report itself states the saying, which a denial of what was
    // said leaves standing, when the claim is about the saying.
    for claim in [
        "support: ['Blinken said Putin was desperate']",
        "support: [{all: ['Blinken', 'said', 'desperate']}]",
    ] {
        check_claim_text(
            claim,
            "Blinken said Putin was desperate.",
            "Blinken said Putin was desperate, a charge the Kremlin rejected.",
            Supports,
        );
    }
    // "Called misleading" dismisses as "called inflated" does (trial 23).
    check(
        "support: ['response time averaged {n} minutes']\nnumber: 8",
        "Harwick's category one response time averaged 8 minutes in 2024, a figure the union called misleading.",
        Mixed,
    );
    // A claim about the deed is disputed, whatever the pattern spells (trial 21).
    check_claim_text(
        "support: ['Voltara\\b.{0,20}\\bsold {n} electric cars']\nnumber: 48000",
        "Voltara sold 48,000 electric cars in 2024.",
        "Voltara said it sold 48,000 electric cars in 2024, a figure the consumer council called inflated.",
        Mixed,
    );
}

#[test]
fn a_negation_a_gap_swallows_right_before_the_figure_denies_it() {
    // The figure right after the negation (and at most one verb) is what it denies.
    let claim = "support: ['turnout\\b.{0,40}\\b{n} ?%']\nnumber: 67.4";
    check(claim, "Turnout was not 67.4% in the election.", Contradicts);
    check(
        claim,
        "Turnout did not reach 67.4% in the election.",
        Contradicts,
    );
    // A denial of another figure says nothing of the claim's.
    check(claim, "Turnout was not 61% in the election.", Omits);
    // Further from the figure, the gap's negation still counts neither way.
    check(
        claim,
        "Turnout, which officials did not publish until May, was 67.4% overall.",
        Omits,
    );
    check(
        claim,
        "Turnout was not, officials said, 67.4% in the election.",
        Omits,
    );
    // A negated comparison bounds the figure: neither way.
    check(
        claim,
        "Turnout did not exceed 67.4% in the election.",
        Omits,
    );
    let claim = "support: ['turnout\\b.{0,40}\\b{n} ?%']\ncontradict: ['turnout was not {n}%']\nnumber: 67.4";
    check(claim, "Turnout was not 67.4% in the election.", Contradicts);
}

#[test]
fn what_the_sixth_trial_found_left() {
    // The figure after "since a/the" is the past one the sentence measures against.
    let claim = "support: [{all: ['Kessan', 'magnitude {n}']}]\nnumber: 7.4";
    check(
        claim,
        "The quake was the strongest in Kessan since a magnitude 7.9 earthquake in 1939.",
        Omits,
    );
    // Without an article, "since" sets a time and the figure is the level reached.
    check_claim_text(
        "support: ['inflation\\b.{0,40}\\b{n}%']\nnumber: 1.7",
        "Inflation fell to 1.7% in May.",
        "Inflation has fallen since May to 2.3%.",
        Contradicts,
    );
    // A figure in the subject of a modal is what may happen.
    let claim = "support: ['quake of magnitude {n}']\nnumber: 7.4";
    check(claim, "A quake of magnitude 8 could hit Kessan.", Omits);
    check(claim, "A quake of magnitude 8 hit Kessan.", Contradicts);
    check(
        "support: ['mutual defence clause']",
        "The mutual defence clause could draw Russia into a war.",
        Supports,
    );
    // "a result someone disputed" is reported and denied.
    check(
        "support: ['won {n} of the 61']\nnumber: 23",
        "The Greens won 23 of the 61 seats, a result the Social Democrats disputed.",
        Mixed,
    );
}

#[test]
fn a_figure_revised_to_the_claims_supports_it() {
    let claim = "support: ['turnout\\b.{0,40}\\b{n}%']\nnumber: 67.4";
    check(
        claim,
        "Turnout was reported as 62% in early returns, since revised to 67.4%.",
        Supports,
    );
    // Revised away from the claim's figure, the revision counts against it, and says why.
    let (verdict, evidence) = run(
        claim,
        "",
        "Turnout was 67.4% in early returns, since revised to 66.9%.",
    );
    assert_eq!(verdict, Contradicts, "{evidence:#?}");
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("revises the figure to 66.9%")),
        "{evidence:#?}"
    );
    // A revision of another figure is no revision of the match's.
    check(
        "support: ['inflation fell to {n}%']\nnumber: 2",
        "CPI inflation fell to 2% in May, revising April's figure up to 2.4%.",
        Omits,
    );
    // A revision that names only the figure it replaces leaves the match as the new one.
    let doses = "support: ['{n} HPV vaccine doses']\nnumber: 3400000";
    for document in [
        "Valdoria administered 3.1 million HPV vaccine doses in 2024, the ministry said, revising down its January estimate of 3.4 million.",
        "Valdoria administered 3.1 million HPV vaccine doses in 2024, revised down from 3.4 million.",
    ] {
        check(doses, document, Contradicts);
    }
    check(
        "support: ['killed {n} people']\nnumber: 212",
        "The Velora earthquake killed 198 people, the interior ministry said on Friday, revising down an earlier toll of 212 after some victims were counted twice.",
        Contradicts,
    );
}

#[test]
fn a_share_of_another_whole_or_for_a_group_never_breaks_the_claim() {
    let claim = "support: ['Labour won {n}%']\nnumber: 33.7";
    let text = "Labour won 33.7% of the vote.";
    check_claim_text(claim, text, "Labour won 63% of the seats.", Omits);
    check_claim_text(claim, text, "Labour won 40% of the vote.", Contradicts);
    let claim = "support: ['pass rate\\b.{0,20}\\b{n}%']\nnumber: 67.2";
    let text = "The maths pass rate was 67.2% in 2025.";
    check_claim_text(
        claim,
        text,
        "The maths pass rate for girls was 69.0% in 2025.",
        Omits,
    );
    check_claim_text(
        claim,
        text,
        "The maths pass rate was 69.0% in 2025.",
        Contradicts,
    );
    // "women's" names the group wherever it stands in the clause or the opening.
    let claim = "support: ['won in 2 hours {n} minutes']\nnumber: 8";
    let text = "Kiptoo won the marathon in 2 hours 8 minutes.";
    check_claim_text(
        claim,
        text,
        "In the women's race, Grace Wanjiru won in 2 hours 24 minutes.",
        Omits,
    );
    check_claim_text(claim, text, "Kiptoo won in 2 hours 9 minutes.", Contradicts);
}

#[test]
fn a_sentence_that_states_the_claims_figure_does_not_deny_it_with_another() {
    let claim = "support: [{all: ['MMR', 'second dose', '{n}%']}]\nnumber: 84.5 +/- 0.5";
    check(
        claim,
        "MMR second dose uptake was 84.5%, below the 85.2% recorded in 2022-23.",
        Supports,
    );
    check(
        claim,
        "MMR second dose uptake 84.5% (2023-24), 85.2% (2022-23), 85.5% (2021-22).",
        Supports,
    );
    // Without the claim's figure, the other one still breaks it.
    check(claim, "MMR second dose uptake was 85.2%.", Contradicts);
    let claim = "support: ['(?:quake|earthquake)\\b.{0,30}\\bmeasured {n}']\nnumber: 7.4";
    check(
        claim,
        "The earthquake measured 7.4, and a second quake nine hours later measured 6.1.",
        Supports,
    );
    // The claim's figure negated, or hedged, gives nothing: the other one breaks it.
    let claim = "support: ['{n} containers']\nnumber: 11000";
    check(
        claim,
        "Customs counted 9,000 containers, not 11,000 containers.",
        Contradicts,
    );
    // Two sources, or a correction, set the figures against each other: both count.
    check(
        claim,
        "Seoul put it at 9,000 containers, while Washington says 11,000 containers.",
        Mixed,
    );
    check(
        claim,
        "Officials said 11,000 containers had been shipped, though customs records show only 9,000 containers.",
        Mixed,
    );
    check(
        claim,
        "The ministry first announced 11,000 containers, but the real number was 9,000 containers.",
        Mixed,
    );
    // A part's figure that meets the claim is not the claim's: the whole still breaks it.
    check(
        "support: [{all: ['measles cases', '{n}']}]\nnumber: 1212",
        "Of the 1,300 measles cases, 1,212 were in children.",
        Mixed,
    );
}

#[test]
fn a_not_the_gap_swallowed_right_before_a_spelled_word_denies_it() {
    let claim = "support: ['Vance\\b.{0,40}\\bsentenced to {n} years']\nnumber: 7";
    check(
        claim,
        "Vance was not sentenced to seven years.",
        Contradicts,
    );
    check(claim, "Vance was never sentenced to 7 years.", Contradicts);
    let claim = "support: ['Starfall\\b.{0,40}\\bhighest-grossing film']";
    check(
        claim,
        "Starfall is not the highest-grossing film of 2025.",
        Contradicts,
    );
    let claim = "support: ['MMA\\b.{0,30}\\bapproved Corvexa']";
    check(claim, "The MMA has not approved Corvexa.", Contradicts);
    // A "not" of another verb, or away from the spelled word, still counts neither way.
    check(
        claim,
        "The MMA did not say whether it approved Corvexa.",
        Omits,
    );
    check(
        "support: ['Vance\\b.{0,40}\\bsentenced to {n} years']\nnumber: 7",
        "Vance, who did not testify, was sentenced to seven years.",
        Supports,
    );
    // A negation limited in time says when, not whether.
    check(
        "support: ['Tessaro\\b.{0,30}\\bcut {n} jobs']\nnumber: 1200",
        "Tessaro did not cut 1,200 jobs until the merger closed.",
        Omits,
    );
    check(
        "support: ['North Korea\\b.{0,30}\\bshipped shells']",
        "Until last summer, North Korea had not shipped shells to Russia.",
        Omits,
    );
    // A hedge that is negated ("has not confirmed") is no denial.
    check(
        "support: ['MMA\\b.{0,30}\\bapproved Corvexa']",
        "The MMA has not confirmed it approved Corvexa.",
        Omits,
    );
    // Trial 191: a word of a term the pattern expands is spelled too.
    let (verdict, evidence) = run(
        "support: ['season ticket\\b.{0,20}\\b{rose} to £{n}']\nnumber: 5240",
        "  rose: ['rose', 'rise', 'risen']",
        "The annual season ticket did not rise to £5,240 in 2025.",
    );
    assert_eq!(verdict, Contradicts, "{evidence:#?}");
}

#[test]
fn a_denial_of_another_place_than_the_claims_counts_neither_way() {
    let claim = "support: ['Japan\\b.{0,20}\\bsold\\b.{0,40}\\bair-defence systems']";
    let text = "Japan sold air-defence systems to Vladivostok.";
    check_claim_text(
        claim,
        text,
        "Japan did not sell any air-defence systems to Zürich.",
        Omits,
    );
    check_claim_text(
        claim,
        text,
        "Officials denied that Japan sold air-defence systems to Zürich.",
        Omits,
    );
    // The claim's own place, or no place at all, is denied.
    check_claim_text(
        claim,
        text,
        "Japan never sold air-defence systems to Vladivostok.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "Officials denied that Japan sold air-defence systems.",
        Contradicts,
    );
    // A claim that names no place: the denial stands.
    check_claim_text(
        claim,
        "Japan sold air-defence systems.",
        "Officials denied that Japan sold air-defence systems to Zürich.",
        Contradicts,
    );
}

#[test]
fn a_capitalized_first_word_before_the_match_names_a_kind_too() {
    let claim = "support: ['unemployment\\b.{0,30}\\bfell to {n}%']\nnumber: 5.2";
    let text = "Meridia's unemployment rate fell to 5.2% in the second quarter.";
    check_claim_text(
        claim,
        text,
        "Youth unemployment fell to 14.1% in the second quarter.",
        Omits,
    );
    check_claim_text(
        claim,
        text,
        "Female unemployment fell to 4.8% in the second quarter.",
        Omits,
    );
    // No kind, a word that describes the measure, or the claim's own name: it breaks.
    check_claim_text(claim, text, "Unemployment fell to 4.8%.", Contradicts);
    check_claim_text(
        "support: ['tourist tax\\b.{0,20}€{n}']\nnumber: 5",
        "Lisvora's tourist tax is €5 a night.",
        "Lisvora's new tourist tax is €3 a night.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "Overall unemployment fell to 4.8%.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "Meridia's unemployment fell to 4.8%.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "Meridia unemployment fell to 4.8%.",
        Contradicts,
    );
}

#[test]
fn before_and_after_end_the_clause_a_period_is_read_in() {
    let claim = "support: ['economy grew {n}%']\ncontradict: ['economy\\b.{0,25}\\bcontracted\\b']\nnumber: 1.8";
    let text = "The economy grew 1.8% in 2024.";
    check_claim_text(
        claim,
        text,
        "The economy contracted 0.3% in 2023 before growing 1.8% in 2024.",
        Omits,
    );
    check_claim_text(
        claim,
        text,
        "The economy contracted in 2024 after growing in 2023.",
        Contradicts,
    );
}

#[test]
fn a_count_over_the_first_days_or_up_to_christmas_is_a_count_so_far() {
    let claim = "support: ['fire burned {n} hectares']\nnumber: \"48000 +/- 2%\"";
    check(
        claim,
        "The fire burned 12,000 hectares in its first two days.",
        Omits,
    );
    check(claim, "The fire burned 12,000 hectares.", Contradicts);
    let claim = "support: ['scored {n} (?:league )?goals']\nnumber: 41";
    check(claim, "Varela scored 14 league goals by Christmas.", Omits);
    check(claim, "Varela scored 14 league goals by midday.", Omits);
    check(claim, "Varela scored 14 league goals.", Contradicts);
    // The span the claim or the pattern names is the whole count: "its first 12 months"
    // is "its first year".
    let sold = "support: ['sold {n} copies']\nnumber: 1200000";
    let document = "The Glass Orchard sold 800,000 copies in its first 12 months.";
    check(sold, document, Omits);
    check_claim_text(
        sold,
        "The Glass Orchard sold 1.2 million copies in its first year.",
        document,
        Contradicts,
    );
    check(
        "support: ['sold {n} copies in its first (?:year|12 months)']\nnumber: 1200000",
        document,
        Contradicts,
    );
}

#[test]
fn a_figure_in_a_when_clause_after_since_is_the_past_one() {
    let claim = "support: [{all: ['Varn', '{n} people died']}]\nnumber: 27";
    check(
        claim,
        "The Varn floods were the worst since 1998, when 40 people died.",
        Omits,
    );
    check(
        claim,
        "The Varn floods were the worst in years, and 40 people died.",
        Contradicts,
    );
}

#[test]
fn a_figure_for_part_of_the_claims_year_never_breaks_it() {
    let claim = "support: ['economy grew {n}%']\nnumber: 1.8";
    let text = "The economy grew 1.8% in 2024.";
    check_claim_text(
        claim,
        text,
        "The economy grew 0.4% in the fourth quarter of 2024.",
        Omits,
    );
    check_claim_text(claim, text, "The economy grew 0.6% in March 2024.", Omits);
    check_claim_text(claim, text, "The economy grew 2.5% in 2024.", Contradicts);
    // Halves, and the first months of the year.
    for part in [
        "in the first half of 2024",
        "in the second half of 2024",
        "in H1 2024",
        "in the first nine months of 2024",
        "in the six months to June 2024",
        "in the first 10 months of 2024",
    ] {
        let sentence = format!("The economy grew 0.9% {part}.");
        check_claim_text(claim, text, &sentence, Omits);
    }
    // Against a claim about a half, another half's figure is another period's, and the
    // same half's breaks it.
    let half = "The economy grew 0.9% in the first half of 2024.";
    check_claim_text(
        "support: ['economy grew {n}%']\nnumber: 0.9",
        half,
        "The economy grew 1.4% in the second half of 2024.",
        Omits,
    );
    check_claim_text(
        "support: ['economy grew {n}%']\nnumber: 0.9",
        half,
        "The economy grew 1.4% in the first half of 2024.",
        Contradicts,
    );
    // "half" of something else is no period: "half of the growth" names none.
    check_claim_text(
        claim,
        text,
        "The economy grew 2.5% in 2024, and half of the growth came from exports.",
        Contradicts,
    );
    // A figure after a bound in the claim is no year: "in May" is not another period.
    check_claim_text(
        "support: ['shipped {n} systems']\nnumber: '>= 2000'",
        "Belarus shipped at least 2000 systems.",
        "Belarus shipped 20 systems in May.",
        Contradicts,
    );
}

#[test]
fn a_figure_restricted_to_some_areas_never_breaks_the_claim() {
    let claim = "support: ['murders\\b.{0,30}\\bfell {n}%']\nnumber: 12";
    let text = "Murders in the United States fell 12% in 2023.";
    check_claim_text(
        claim,
        text,
        "US murders in big cities fell 20% in 2023.",
        Omits,
    );
    check_claim_text(
        claim,
        text,
        "Murders fell 20% in 2023 in rural counties.",
        Omits,
    );
    check_claim_text(claim, text, "US murders fell 20% in 2023.", Contradicts);
    // The claim's own area is no restriction.
    check_claim_text(
        claim,
        "Murders in big cities fell 12% in 2023.",
        "Murders in big cities fell 20% in 2023.",
        Contradicts,
    );
    let claim = "support: ['pass rate\\b.{0,20}\\b{n}%']\nnumber: 67.2";
    check_claim_text(
        claim,
        "The maths pass rate was 67.2% in 2025.",
        "The maths pass rate in the capital was 72.3% in 2025.",
        Omits,
    );
}

#[test]
fn a_prefix_glued_to_a_spelled_word_inside_the_match_counts_neither_way() {
    let claim = "support: ['Starfall\\b.{0,40}\\bhighest-grossing film']";
    check(
        claim,
        "Starfall is the second-highest-grossing film of 2025.",
        Omits,
    );
    check(
        claim,
        "Starfall is the highest-grossing film of 2025.",
        Supports,
    );
    check(
        "support: ['pact\\b.{0,20}\\bbinding']",
        "The pact is a non-binding declaration.",
        Omits,
    );
    // A pair of names is no prefix, and a prefix the pattern spells is the analyst's.
    check(
        "support: ['Putin\\b.{0,40}\\bNorth Korea']",
        "Putin signed the Russia-North Korea pact.",
        Supports,
    );
    check(
        "support: ['Starfall\\b.{0,40}\\bsecond-highest']",
        "Starfall is the second-highest-grossing film of 2025.",
        Supports,
    );
}

#[test]
fn a_match_of_another_owner_than_the_claims_never_breaks_it() {
    let claim = "support: ['economy grew {n}%']\nnumber: 1.8";
    let text = "Meridia's economy grew 1.8% in 2024.";
    check_claim_text(claim, text, "Ostrava's economy grew 3.1% in 2024.", Omits);
    check_claim_text(
        claim,
        text,
        "Meridia's economy grew 3.1% in 2024.",
        Contradicts,
    );
    check_claim_text(claim, text, "The economy grew 3.1% in 2024.", Contradicts);
    // A claim without an owner of its own is broken by anyone's figure: the document
    // may be about the claim's subject.
    check_claim_text(
        claim,
        "The economy grew 1.8% in 2024.",
        "Ostrava's economy grew 3.1% in 2024.",
        Contradicts,
    );
    // A demonym is an owner too, and so is one that opens the noun before the match.
    let jobs = "support: ['added {n} jobs']\nnumber: 48000";
    let text = "Valdorian employers added 48,000 jobs in March.";
    for document in [
        "Ostrian employers added 9,000 jobs.",
        "Ostria's employers added 9,000 jobs.",
    ] {
        check_claim_text(jobs, text, document, Omits);
    }
    for document in [
        "Valdorian employers added 9,000 jobs.",
        "Employers added 9,000 jobs.",
    ] {
        check_claim_text(jobs, text, document, Contradicts);
    }
}

#[test]
fn a_gap_negation_is_read_when_the_pattern_spells_only_its_auxiliary() {
    check(
        "support: ['burglaries\\b.{0,30}\\b(?:fell|were down|down) {n}%']\nnumber: 12",
        "Halmstead burglaries were not down 12% in 2024.",
        Contradicts,
    );
}

#[test]
fn a_figure_with_a_currency_sign_after_a_name_is_money() {
    let claim = "support: ['€{n} ?(?:m|million)\\b.{0,30}\\bVidal']\nnumber: 85";
    check(claim, "Brennford paid Porto Azul €85m for Vidal.", Supports);
    check(
        claim,
        "Brennford paid Porto Azul €72m for Vidal.",
        Contradicts,
    );
}

#[test]
fn a_contradiction_bound_to_an_event_or_a_new_date_is_not_limited_in_time() {
    // "when" binds the fact to an event; it does not limit it in time.
    check(
        "support: ['(?:someone|workers) (?:was|were) killed']\ncontradict: ['(?:nobody|no one) was killed']",
        "Nobody was killed when the crane collapsed.",
        Contradicts,
    );
    // A delay "until" a date stands; a refusal "until" a date may have ended.
    let claim = "support: ['launched the Nova X']\ncontradict: ['delayed the Nova X']";
    check(
        claim,
        "Orbitel has delayed the Nova X until early 2025.",
        Contradicts,
    );
    check(
        "support: ['signed the accord']\ncontradict: ['refused to sign the accord']",
        "Armenia refused to sign the accord until Moscow backed down.",
        Omits,
    );
    // The date a thing moved to is no other period of the match.
    let claim =
        "support: ['Nova X launched']\ncontradict: [{all: ['Nova X', 'pushed back|postponed']}]";
    let text = "The Nova X launched in September 2024.";
    check_claim_text(
        claim,
        text,
        "The Nova X was pushed back to November 2024.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "The Nova X was postponed until 2025.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "In 2019, the Nova X was pushed back to a later model.",
        Omits,
    );
}

#[test]
fn a_correction_between_commas_denies_what_follows() {
    let claim = "support: [{all: ['Northport City', 'won', 'title']}]";
    check(
        claim,
        "Ashvale, not Northport City, won the title.",
        Contradicts,
    );
    // A "not" with its own clause after the comma still does not reach.
    check(
        claim,
        "Northport City did not lose, and won the title.",
        Supports,
    );
    check(
        claim,
        "Northport City, not for the first time, won the title.",
        Supports,
    );
}

#[test]
fn a_denial_word_used_as_a_noun_denies_nothing() {
    let claim = "support: ['Voltra raised its tariff by {n}%']\nnumber: 12";
    check(
        claim,
        "Voltra raised its tariff by 12% in March, a year before the current dispute.",
        Supports,
    );
    check(
        claim,
        "Voltra raised its tariff by 12% in March, sparking disputes with regulators.",
        Supports,
    );
    // As a verb after its subject, it still disputes.
    check(
        claim,
        "Voltra raised its tariff by 12% in March, a figure the regulator disputes.",
        Mixed,
    );
    check(
        claim,
        "Voltra raised its tariff by 12% in March, amid disputes over pay.",
        Supports,
    );
}

#[test]
fn a_contradict_patterns_own_denial_is_not_softened_by_the_claim_it_denies() {
    let claim = "support: ['harvest was {n} million tonnes']\ncontradict: ['harvest in 2024 was not {n} million tonnes']\nnumber: 18.5";
    check(
        claim,
        "Morvania's wheat harvest in 2024 was not 18.5 million tonnes, as the ministry claims.",
        Contradicts,
    );
    // A claim that is the sentence's own doubt still hedges.
    check(
        "contradict: ['harvest in 2024 was 15 million tonnes']",
        "The wheat harvest in 2024 was 15 million tonnes, analysts claimed.",
        Omits,
    );
}

#[test]
fn a_denial_of_the_figure_after_the_statement_carries_both_sides() {
    let claim = "support: ['{n} homes in Westmark without power']\nnumber: 230000";
    check(
        claim,
        "Storm Edda left 230,000 homes in Westmark without power, though the utility disputes the figure.",
        Mixed,
    );
    check(
        claim,
        "Storm Edda left 230,000 homes in Westmark without power, and the utility gave the total.",
        Supports,
    );
    check(
        claim,
        "Storm Edda left 230,000 homes in Westmark without power, though the utility disputes the estimate.",
        Mixed,
    );
    // The denial's clause may go on with what its subject says instead (trial 21).
    for document in [
        "Storm Edda left 230,000 homes in Westmark without power, though the utility disputes the figure and puts it closer to 150,000.",
        "Storm Edda left 230,000 homes in Westmark without power, although the utility disputes the figure and says it was 150,000.",
        "Storm Edda left 230,000 homes in Westmark without power, though the utility disputes the figure and the timing.",
    ] {
        check(claim, document, Mixed);
    }
}

#[test]
fn a_time_before_the_match_is_no_kind() {
    let claim = "support: ['Brindley\\b.{0,40}\\b{n} ?C']\nnumber: 38.2";
    let text = "Brindley recorded 38.2C on 19 July 2024.";
    check_claim_text(
        claim,
        text,
        "Pellham reached 38.2C on 19 July, the same day Brindley recorded 37.6C.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "That week Brindley recorded 37.6C.",
        Contradicts,
    );
    // A kind still narrows.
    check_claim_text(
        "support: ['economy grew {n}%']\nnumber: 1.8",
        "Meridia's economy grew 1.8%.",
        "Meridia's services economy grew 3.1%.",
        Omits,
    );
}

#[test]
fn a_claim_in_the_present_before_its_clause_hedges() {
    let claim = "support: ['waiting list in Calder hit {n}']\nnumber: 412300";
    check(
        claim,
        "Campaigners claim the waiting list in Calder hit 450,000 in March.",
        Omits,
    );
    check(
        claim,
        "The board says the waiting list in Calder hit 450,000 in March.",
        Contradicts,
    );
    // "The claim that" stays a frame, which a dismissal denies.
    check(
        claim,
        "The claim that the waiting list in Calder hit 412,300 in March is false.",
        Contradicts,
    );
    // "Claims to have" hedges what follows.
    let stolen = "support: ['stolen data on {n} million patients']\nnumber: 2.1";
    for document in [
        "A ransomware group claims to have stolen data on 4 million patients.",
        "Hackers claim to have stolen data on 4 million patients.",
    ] {
        check(stolen, document, Omits);
    }
    check(
        stolen,
        "Hackers have stolen data on 4 million patients.",
        Contradicts,
    );
    // Trial 184: "claimed the title" is won, no claim made; a clause about the prize is.
    let prize = "support: ['winner''s prize of £{n}']\nnumber: 80000";
    check(
        prize,
        "Callum Reid claimed the 2025 Eastgate Masters title and a winner's prize of £100,000, up from £80,000 last year.",
        Contradicts,
    );
    check(
        prize,
        "Campaigners claimed the winner's prize of £100,000 was paid late.",
        Omits,
    );
    check(
        prize,
        "Reid claims the Eastgate Masters title and a winner's prize of £100,000.",
        Contradicts,
    );
}

#[test]
fn a_rebuttal_that_opens_the_next_sentence_denies_the_statement() {
    let claim = "support: ['unemployment rate fell to {n}%']\nnumber: 4.8";
    for document in [
        "Posts on social media say the unemployment rate fell to 4.8% in March. It did not: the official rate was 5.2%.",
        "One post claims the unemployment rate fell to 4.8% in March. That is false.",
        "Posts say the unemployment rate fell to 4.8%. Not true - the rate rose.",
        "The minister said the unemployment rate fell to 4.8%. That is not correct.",
        "The minister said the unemployment rate fell to 4.8% in March. It had not: it rose.",
        "The minister said the unemployment rate fell to 4.8%. That is not what the figures show: it rose.",
        // Trial 173: an opening that names what it sets right.
        "A post said the unemployment rate fell to 4.8% in March. Contrary to the post, the rate rose to 5.2%.",
    ] {
        check(claim, document, Contradicts);
    }
    check(
        claim,
        "The minister said the unemployment rate fell to 4.8% in March. Contrary to expectations, wages rose.",
        Supports,
    );
    // "That is untrue:" rebuts; what follows its colon is the writer's correction, not a
    // claim filed under a label of doubt ("Untrue: X" still is).
    let volunteers = "support: ['unpaid volunteers']";
    check(
        volunteers,
        "The minister said rescuers are paid. That is untrue: the teams are unpaid volunteers.",
        Supports,
    );
    check(
        volunteers,
        "Untrue: the teams are unpaid volunteers.",
        Omits,
    );
    // Against another figure, the denial says nothing; a first clause that goes on, or a
    // rebuttal someone else voices, or one in the next paragraph after a paragraph of more
    // than the statement, is not read as one.
    check(
        "support: ['unemployment rate fell to {n}%']\nnumber: 5.2",
        "Posts say the unemployment rate fell to 4.8% in March. It did not: it rose to 5.4%.",
        Omits,
    );
    for document in [
        "The unemployment rate fell to 4.8% in March. It did not fall in April.",
        "The unemployment rate fell to 4.8% in March. It did not, however, fall for the young.",
        "The unemployment rate fell to 4.8% in March. That is false, the opposition said.",
        "Figures came out on Tuesday. The unemployment rate fell to 4.8% in March.\n\nIt did not.",
    ] {
        check(claim, document, Supports);
    }
}

#[test]
fn a_figure_a_revision_replaces_is_not_the_count() {
    let claim = "support: [{all: ['Oswick', '{n} ?mm']}]\nnumber: 212";
    check(
        claim,
        "Oswick recorded 121mm of rain in October, the council said, correcting an earlier bulletin that gave 212mm.",
        Contradicts,
    );
    check(
        claim,
        "Oswick recorded 212mm of rain in October, the council said.",
        Supports,
    );
    let claim = "support: ['Brindley\\b.{0,40}\\b{n} ?C']\nnumber: 38.2";
    check(
        claim,
        "The weather service has revised Brindley's reading of 38.2C down to 37.9C.",
        Contradicts,
    );
    check(
        claim,
        "The weather service has revised Brindley's reading to 38.2C.",
        Supports,
    );
}

#[test]
fn not_returning_calls_hedges_and_not_returning_a_thing_denies() {
    let claim = "support: [{all: ['Halvard', 'returned', 'Girl at a Window']}]";
    check(
        claim,
        "The Halvard Gallery has not returned 'Girl at a Window'.",
        Contradicts,
    );
    check(
        claim,
        "The Halvard Gallery did not return calls about whether it returned 'Girl at a Window'.",
        Omits,
    );
    check(
        "support: ['Halvard Gallery returned']",
        "The Halvard Gallery did not return a request for comment.",
        Omits,
    );
}

#[test]
fn early_reports_are_said_first_not_wished_for() {
    let claim = "support: [{all: ['Hedda', '{n} people']}]\nnumber: 7";
    let (verdict, evidence) = run(
        claim,
        "",
        "Early reports that Storm Hedda had killed 12 people were wrong.",
    );
    assert_eq!(verdict, Omits);
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("negated by \"wrong\"")),
        "the reason is the dismissal, not a wish: {evidence:#?}"
    );
    // "an early cut" is still one wished for.
    let (_, evidence) = run(
        "support: ['cut rates to {n}%']\nnumber: 4.5",
        "",
        "Traders are betting on an early move to cut rates to 4%.",
    );
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("wanted, planned or allowed")),
        "{evidence:#?}"
    );
}

#[test]
fn a_correction_the_pattern_spells_is_not_hedged_by_its_adverb() {
    let claim =
        "support: [{all: ['Tarsen', '(?:revised|corrected)\\b.{0,20}\\bto {n}']}]\nnumber: 6.8";
    let text = "The Tarsen quake measured magnitude 6.8.";
    check_claim_text(
        claim,
        text,
        "The institute later corrected the Tarsen reading to 6.6.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "The institute later corrected the Tarsen reading to 6.8.",
        Supports,
    );
    // A retraction after a statement still leaves it open.
    check_claim_text(
        "support: [{all: ['Tarsen', 'magnitude {n}']}]\nnumber: 6.8",
        text,
        "The institute put the Tarsen quake at magnitude 6.6, a figure it later corrected.",
        Omits,
    );
}

#[test]
fn more_than_a_figure_sets_no_record() {
    // "No one has won with a bigger majority than Holt" sets a record; "more than 1,000
    // people" only bounds a figure, so the denial is read as a denial.
    let (verdict, evidence) = run(
        "support: [{all: ['Tarsen', 'toll is {n}']}]\nnumber: 312",
        "",
        "Officials denied that the Tarsen quake had killed more than 1,000 people; the toll is 312.",
    );
    assert_eq!(verdict, Omits);
    assert!(
        evidence
            .iter()
            .all(|e| !e.why.contains("hedged by \"than\"")),
        "{evidence:#?}"
    );
}

#[test]
fn not_confirming_where_takes_what_was_sold_as_given() {
    let claim = "support: [{all: ['EuroStar', 'jackpot', '£{n} million']}]\nnumber: 48";
    check(
        claim,
        "It has not confirmed where the ticket for Friday's £48 million EuroStar jackpot was sold.",
        Supports,
    );
    // "Whether" still leaves it open.
    check(
        claim,
        "It has not confirmed whether the £48 million EuroStar jackpot was won.",
        Omits,
    );
}

#[test]
fn a_plan_a_gap_swallowed_counts_neither_way() {
    // Trial 169: "is considering ending free admission" is a plan, not an ending.
    let claim =
        "support: ['Harbour Gallery\\b.{0,40}\\b(?:ended|ending|end|scrap) free admission']";
    for document in [
        "The Harbour Gallery is considering ending free admission next April to close a £1.5m gap in its budget, board papers show.",
        "The Harbour Gallery is planning to end free admission.",
        "The Harbour Gallery plans to scrap free admission.",
        "The Harbour Gallery intends to end free admission.",
    ] {
        check(claim, document, Omits);
    }
    // Not "considering" as a preposition, nor "planning" as a noun.
    for document in [
        "The Harbour Gallery, considering the cost, ended free admission.",
        "The Harbour Gallery's planning committee ended free admission.",
        "The Harbour Gallery ended free admission.",
    ] {
        check(claim, document, Supports);
    }
}

#[test]
fn a_claim_a_gap_swallowed_hedges_the_match() {
    let claim = "support: ['Korvel\\b.{0,40}\\bsales doubled']";
    check(
        claim,
        "Korvel claims its smartphone sales doubled in 2024.",
        Omits,
    );
    check(
        claim,
        "Korvel said its smartphone sales doubled in 2024.",
        Supports,
    );
}

#[test]
fn a_slash_before_a_unit_is_a_rate_not_a_fraction() {
    let claim = "support: ['record \\$?{n}']\nnumber: 4.30";
    check(
        claim,
        "Arabica hit a record $4.30/lb in February.",
        Supports,
    );
    check(claim, "Arabica hit a record 4 1/2 dollars.", Contradicts);
}

#[test]
fn a_possessive_owner_of_the_figure_that_the_claim_does_not_name_sets_it_aside() {
    // Trial 44: the owner is before another part of an `all:` pattern, or the claim names
    // its place with "in".
    let document = "Scotland's prison population rose to 8,300 in September 2024.";
    for (claim, text) in [
        (
            "support: [{all: ['prison population', 'rose to {n}']}]\nnumber: 88225",
            "England and Wales's prison population hit 88,225 in September 2024.",
        ),
        (
            "support: ['prison population\\b.{0,40}\\b{n}']\nnumber: 88225",
            "The prison population in England and Wales hit 88,225 in September 2024.",
        ),
        (
            "support: [{all: ['prison population', 'rose to {n}']}]\nnumber: 88225",
            "The prison population in England and Wales hit 88,225 in September 2024.",
        ),
        // "of" and a name right after it names the claim's place too.
        (
            "support: ['prison population\\b.{0,40}\\b{n}']\nnumber: 88225",
            "The prison population of England and Wales hit 88,225 in September 2024.",
        ),
    ] {
        check_claim_text(claim, text, document, Omits);
        check_claim_text(
            claim,
            text,
            "The prison population rose to 8,300 in September 2024.",
            Contradicts,
        );
    }
    // The claim's own owner, or a clause that names the claim's place, still counts.
    check_claim_text(
        "support: [{all: ['prison population', 'rose to {n}']}]\nnumber: 88225",
        "England and Wales's prison population hit 88,225 in September 2024.",
        "Wales's prison population rose to 8,300 in September 2024.",
        Contradicts,
    );
}

#[test]
fn a_provisional_figure_never_breaks_the_claim() {
    // Trial 43: the final figure came in the next sentence.
    let claim = "support: ['Marylebone Road\\b.{0,40}\\b{n} micrograms']\nnumber: 33";
    check(
        claim,
        "Provisional figures had put nitrogen dioxide on Marylebone Road at 35 micrograms in 2024.",
        Omits,
    );
    check(
        claim,
        "A preliminary reading had put Marylebone Road at 35 micrograms.",
        Omits,
    );
    check(
        claim,
        "Readings put Marylebone Road at 35 micrograms.",
        Contradicts,
    );
    // A provisional figure that meets the claim still supports it, and a pattern that
    // spells the word asks for the provisional figure.
    check(
        claim,
        "Provisional figures put Marylebone Road at 33 micrograms.",
        Supports,
    );
    check(
        "support: ['provisional\\b.{0,40}\\bMarylebone Road\\b.{0,40}\\b{n} micrograms']\nnumber: 33",
        "Provisional figures had put Marylebone Road at 35 micrograms.",
        Contradicts,
    );
}

#[test]
fn a_part_right_after_the_revisions_verb_is_the_revised_figure() {
    // Trial 44: "initially reported … before correcting the figure to 84.5%".
    let claim = "support: [{all: ['MMR', 'uptake', '(?:of|to) {n}%']}]\nnumber: 84.5";
    check(
        claim,
        "The agency initially reported MMR uptake of 84.2% for 2022-23, before correcting the figure to 84.5%.",
        Supports,
    );
    check(
        claim,
        "The agency initially reported MMR uptake of 84.5% for 2022-23, before correcting the figure to 84.2%.",
        Contradicts,
    );
    // The hedge still holds for a part that is not the revision.
    check(
        claim,
        "The agency initially reported MMR uptake of 84.5% for 2022-23.",
        Omits,
    );
}

#[test]
fn a_verb_of_saying_before_the_match_names_no_kind() {
    // Trial 44: "saying uptake was closer to 70%" was read as a kind of uptake.
    let claim = "support: ['uptake\\b.{0,30}\\b{n}%']\nnumber: 78";
    check(
        claim,
        "Critics disputed it, saying uptake was closer to 70%.",
        Contradicts,
    );
    check_claim_text(
        claim,
        "Flu vaccine uptake was 78%.",
        "Critics said booster uptake was 70%.",
        Omits,
    );
}

#[test]
fn a_number_word_before_the_match_names_no_kind() {
    // Trial 43: "the true cost of the eight cranes is £52m" was set aside, "'eight' before
    // the match names a kind the claim does not".
    check(
        "support: ['cranes?\\b.{0,40}£{n}m']\nnumber: 38",
        "The authority said the true cost of the eight cranes is £52m.",
        Contradicts,
    );
}

#[test]
fn a_figure_for_another_span_of_years_never_breaks_the_claim() {
    // Trial 44: the spans share 2021, so the year rule let the figure through.
    let claim = "support: ['spent £{n}bn on flood defences']\nnumber: 5.2";
    let text = "The government spent £5.2bn on flood defences from 2021 to 2027.";
    for document in [
        "The previous programme, from 2015 to 2021, spent £2.6bn on flood defences.",
        "Between 2015 and 2021 the government spent £2.6bn on flood defences.",
        "In 2015-21 the government spent £2.6bn on flood defences.",
    ] {
        check_claim_text(claim, text, document, Omits);
    }
    for document in [
        "The programme, from 2021 to 2027, spent £2.6bn on flood defences.",
        "The government spent £2.6bn on flood defences.",
    ] {
        check_claim_text(claim, text, document, Contradicts);
    }
}

#[test]
fn a_claim_the_sentence_denies_does_not_soften_the_denial_under_all() {
    // Trial 43: the year part sat before ", as … had claimed", and its hedge won.
    let claim = "support: [{all: ['Kingsmead', 'pass rate\\b.{0,20}\\b{n}%', '2025']}]\nnumber: 71";
    check(
        claim,
        "Kingsmead's pass rate was not 71% in 2025, as the school's website had claimed.",
        Contradicts,
    );
    // A hedge that is no contrary clause still holds.
    check(
        claim,
        "Kingsmead's pass rate was not 71% in 2025, the school's website claimed.",
        Omits,
    );
}

#[test]
fn a_figure_before_the_subjects_sentence_that_names_its_own_place_or_party_never_supports() {
    // Trial 43: under `within: paragraph` the figure came first, in another place's or
    // party's sentence, and the claim's subject in the next.
    let claim =
        "support: [{all: ['Southampton', 'arrested {n} people'], within: paragraph}]\nnumber: 14";
    check(
        claim,
        "Police arrested 14 people after a seizure at Tilbury. At Southampton, nobody has been charged.",
        Omits,
    );
    check(
        claim,
        "Police at Southampton said on Monday that a shipment was found. They arrested 14 people.",
        Supports,
    );
    check(
        claim,
        "Police arrested 14 people on Monday. The raids followed a seizure at Southampton.",
        Supports,
    );
    let claim =
        "support: [{all: ['Thornbury', 'saving £{n}m a year'], within: paragraph}]\nnumber: 1.3";
    check(
        claim,
        "Ashdown Council voted to close nine libraries, saving £1.3m a year. Neighbouring Thornbury will publish its review next month.",
        Omits,
    );
    check(
        claim,
        "Ashdown Council voted to close nine libraries, saving £1.9m a year. Neighbouring Thornbury will publish its review next month.",
        Omits,
    );
}

#[test]
fn an_aside_dated_the_claims_own_time_gives_the_claims_figure() {
    // Trial 43: the aside's date was the claim's, yet its figure was skipped as another
    // time's.
    let claim = "support: ['backlog\\b.{0,30}\\b{n} cases']\nnumber: 73105";
    let document = "The Bar Council said the backlog, which stood at 73,105 cases at the end of September 2024, would keep growing.";
    check_claim_text(
        claim,
        "The backlog stood at 73,105 cases at the end of September 2024.",
        document,
        Supports,
    );
    // Another month, or only the year: the aside is another time's, as before.
    for text in [
        "The backlog stood at 73,105 cases at the end of March 2025.",
        "The backlog stood at 73,105 cases in 2024.",
    ] {
        check_claim_text(claim, text, document, Omits);
    }
}

#[test]
fn a_next_sentence_that_disputes_the_figure_makes_the_support_mixed() {
    // Trial 43: the dispute pointed back at the figure from the next sentence.
    let claim = "support: ['{n}% of entries received top grades']\nnumber: 27.8";
    let stated = "Ofqual said 27.8% of entries received top grades in 2025.";
    for dispute in [
        "The Education Policy Institute disputed that figure, saying the share was 28.3%.",
        "But campaigners challenged the figures.",
        "The institute said the figure was inflated.",
        // Trial 178.
        "The Education Policy Institute denied that figure, saying the share was 28.3%.",
        // Trial 177: what a site makes.
        "But the institute said the true share was 28.3%.",
    ] {
        check(claim, &format!("{stated} {dispute}"), Mixed);
    }
    for other in [
        // Not disputed, only questioned.
        "The institute did not dispute the figure.",
        "Rival boards questioned the figure.",
    ] {
        check(claim, &format!("{stated} {other}"), Supports);
    }
    // A rival sum of money disputes no count, nor a count a sum (a trial: "mixed").
    {
        let homes = "support: ['protect {n} homes']\nnumber: 2300";
        let stated = "The scheme will protect 2,300 homes, according to Councillor Jane Moss.";
        check(
            homes,
            &format!("{stated} Opposition members said the true cost was £25m."),
            Supports,
        );
        check(
            homes,
            &format!("{stated} Opposition members said the true number was 1,900."),
            Mixed,
        );
        let cost = "support: ['cost £{n}m']\nnumber: 25";
        let stated = "The scheme will cost £25m, according to Councillor Jane Moss.";
        check(
            cost,
            &format!("{stated} Engineers said the true figure was 1,900 homes."),
            Supports,
        );
        check(
            cost,
            &format!("{stated} Engineers said the true cost was £31m."),
            Mixed,
        );
    }
    // In the next paragraph: read after a paragraph of one sentence (trial 116), not after
    // a longer one unless it opens with "But" or "However".
    check(
        claim,
        &format!("{stated}\n\nThe institute disputed that figure."),
        Mixed,
    );
    let longer = format!("Results day was on Thursday. {stated}");
    check(
        claim,
        &format!("{longer}\n\nThe institute disputed that figure."),
        Supports,
    );
    check(
        claim,
        &format!("{longer}\n\nHowever, the institute disputed that figure."),
        Mixed,
    );
    // Another figure after the claim's may be the one disputed.
    check(
        claim,
        "Ofqual said 27.8% of entries received top grades, and 4.1% failed. Unions disputed that figure.",
        Supports,
    );
    // The dispute is its own evidence, quoted where it stands in the next sentence, as
    // `explain` shows it.
    let document = format!("{stated} The institute disputed that figure.");
    let (_, evidence) = run(claim, "", &document);
    let dispute = evidence
        .iter()
        .find(|e| e.role == factcheck::claims::Side::Contradict);
    let Some(dispute) = dispute else {
        panic!("no dispute in {evidence:#?}");
    };
    assert_eq!(dispute.cue.as_deref(), Some("disputed that figure"));
    assert!(
        dispute
            .why
            .starts_with("the next sentence disputes the figure"),
        "{}",
        dispute.why
    );
    assert_eq!(
        &document[dispute.start..dispute.end],
        "disputed that figure"
    );
}

#[test]
fn a_figure_before_the_subjects_sentence_never_breaks_the_claim() {
    // Trial 33 (folder trial44): another group's figure came first, the claim's subject
    // in the next sentence.
    let claim = "support: [{all: ['National Living Wage', 'rose to £{n}'], within: paragraph}]\nnumber: 11.44";
    check(
        claim,
        "The rate for 18- to 20-year-olds rose to £8.60. The headline National Living Wage is now eleven pounds forty-four an hour.",
        Omits,
    );
    // A subject's sentence without a figure of its own takes the one before it.
    check(
        claim,
        "Pay rose to £8.60 in April. That was the National Living Wage's biggest rise.",
        Contradicts,
    );
    // After the subject's sentence, the figure is read and breaks the claim.
    check(
        claim,
        "The headline National Living Wage changed in April. It rose to £8.60.",
        Contradicts,
    );
}

#[test]
fn a_time_limit_another_part_spells_is_the_patterns_own() {
    // Trial 35 (folder trial46): a single pattern with the same words contradicted.
    let claim = "contradict: [{all: ['Scotland', 'opt-out', 'not come into force until\\b.{0,15}\\b20(?:2[2-9])']}]";
    check(
        claim,
        "Scotland's opt-out system did not come into force until March 2022, a year later than planned.",
        Contradicts,
    );
    // A limit no part spells still leaves a negative fact open.
    check(
        "contradict: [{all: ['Scotland', 'opt-out', 'not come into force']}]",
        "Scotland's opt-out system did not come into force until March 2022.",
        Omits,
    );
}

#[test]
fn a_correction_after_an_initial_report_states_the_new_figure() {
    // Trial 35: "initially reported 85 …, but later corrected the figure to 97".
    let document = "Thornfield Council initially reported 85 unfilled teaching posts in September, but later corrected the figure to 97 after late returns.";
    // The correction after "but" carries the statement on, under `all:`.
    check(
        "contradict: [{all: ['Thornfield', 'unfilled teaching posts', 'corrected the figure to {n}']}]\nnumber: 85",
        document,
        Contradicts,
    );
    // A single pattern that spells the correction before its figure is not hedged by the
    // initial report.
    check(
        "contradict: ['unfilled teaching posts\\b.{0,40}\\bcorrected the figure to {n}']\nnumber: 85",
        document,
        Contradicts,
    );
    // The initial figure, revised away from the claim's, gives way to the revision: the
    // document's own figure, 97, breaks 85.
    check(
        "support: ['reported {n} unfilled teaching posts']\nnumber: 85",
        document,
        Contradicts,
    );
    // Trials 38 and 39: the name in the sentence before, the revision in an aside.
    let claim = "support: [{all: ['Westmere', 'revised to {n}'], within: paragraph}]\nnumber: 4120";
    let document = "Westmere Trains has corrected the number of services it cancelled. The operator initially reported 3,900 cancellations for March 2026, a figure later revised to 4,120 after a review.";
    check(claim, document, Supports);
    check(
        "support: [{all: ['Westmere', 'reported {n} cancellations'], within: paragraph}]\nnumber: 3900",
        document,
        Contradicts,
    );
}

#[test]
fn a_peoples_name_before_the_figure_is_another_place_for_a_claim_that_names_its_own() {
    // Trial 34 (folder trial45): a Scottish figure against a claim about England and Wales.
    let claim = "support: [{all: ['councils', '{n} potholes']}]\nnumber: 1900000";
    let text = "Councils in England and Wales filled 1,900,000 potholes in 2023.";
    check_claim_text(
        claim,
        text,
        "Scottish councils filled about 240,000 potholes in 2023, the Scottish Government said.",
        Omits,
    );
    // A people's name the claim's place shares its stem with is the claim's.
    check_claim_text(
        claim,
        "Councils in England filled 1,900,000 potholes in 2023.",
        "English councils filled 240,000 potholes in 2023.",
        Contradicts,
    );
}

#[test]
fn the_consumer_group_which_asks_nothing() {
    // Trial 35: "according to the consumer group Which?" hedged the match as a question.
    check(
        "support: [{all: ['Quinn', '{n} tickets\\b.{0,60}\\bresold']}]\nnumber: 14000",
        "A total of 14,000 tickets for Marla Quinn's tour were resold by touts, according to the consumer group Which?",
        Supports,
    );
}

#[test]
fn the_earlier_figure_a_hedged_one_is_compared_with_is_given() {
    // Trial 40: "expects to spend £14m in 2026, up from £12.6m in 2025"; the pattern that
    // spelled "up from £{n}" was still skipped (the currency sign hid "from").
    let document = "Kelsey Borough Council expects to spend £14m on free school meals in 2026, up from £12.6m in 2025, as more families become eligible.";
    check(
        "support: [{all: ['Kelsey', 'up from £{n} ?(?:m|million) in 2025']}]\nnumber: 12.6",
        document,
        Supports,
    );
    check(
        "support: [{all: ['Kelsey', 'up from £{n} ?(?:m|million) in 2025']}]\nnumber: 11",
        document,
        Contradicts,
    );
    // So is one after "down from" or "compared with".
    check(
        "support: [{all: ['Kelsey', 'down from £{n}m in 2025']}]\nnumber: 12.6",
        "Kelsey Council expects to spend £11m on school meals in 2026, down from £12.6m in 2025.",
        Supports,
    );
    check(
        "support: [{all: ['Kelsey', 'compared with £{n}m in 2025']}]\nnumber: 12.6",
        "Kelsey Council expects to spend £14m on school meals in 2026, compared with £12.6m in 2025.",
        Supports,
    );
    // The new figure stays hedged.
    check(
        "support: [{all: ['Kelsey', 'spend £{n}m']}]\nnumber: 14",
        document,
        Omits,
    );
}

#[test]
fn a_hedge_does_not_reach_what_a_figure_is_added_to() {
    // Trial 34: "on top of the £8.3 billion pledged" was hedged by "is expected to".
    let claim = "support: ['£{n} billion pledged for potholes']\nnumber: 8.3";
    for document in [
        "The Chancellor is expected to announce £1.6 billion, on top of the £8.3 billion pledged for potholes last year.",
        "Ministers may add £1.6 billion in addition to the £8.3 billion pledged for potholes.",
    ] {
        check(claim, document, Supports);
    }
    check(
        claim,
        "The Chancellor is expected to announce the £8.3 billion pledged for potholes.",
        Omits,
    );
}

#[test]
fn a_figure_in_a_relative_aside_is_not_the_main_clauses_place() {
    // Trial 35: "in Ohio" is where the plant goes, not whose sales these are.
    let claim =
        "support: [{all: ['Norvik', 'sold {n} electric cars'], within: paragraph}]\nnumber: 212000";
    check(
        claim,
        "Norvik Motors expects growth. The company, which sold 212,000 electric cars worldwide in 2024, is investing $1.3 billion in a plant in Ohio.",
        Supports,
    );
    // A place in the aside itself is the figure's.
    check(
        claim,
        "Norvik Motors expects growth. The company, which sold 212,000 electric cars in Canada, is investing $1.3 billion.",
        Omits,
    );
}

#[test]
fn an_opening_that_names_another_place_sets_aside_a_figure_that_meets_the_claim() {
    // Trial 34: "In Camden, …, while Westminster saw a smaller rise" gave Camden's 40% to
    // Westminster.
    let claim = "support: [{all: ['Westminster', 'phone thefts rose by {n}%']}]\nnumber: 40";
    let text = "Phone thefts in Westminster rose by 40% in 2024.";
    check_claim_text(
        claim,
        text,
        "In Camden, phone thefts rose by 40% in 2024, while Westminster saw a smaller rise.",
        Omits,
    );
    check_claim_text(
        claim,
        text,
        "In Westminster, phone thefts rose by 40% in 2024.",
        Supports,
    );
    // A claim's possessive names its place too (trial 51).
    check_claim_text(
        "support: [{all: ['Harrowfield', 'waiting list\\b.{0,30}\\b{n}']}]\nnumber: 1840",
        "Harrowfield's allotment waiting list stood at 1,840 people in 2024.",
        "In neighbouring Brockley, the waiting list reached 2,300 in 2024, while Harrowfield's allotment waiting list stood at 1,840 in 2024.",
        Supports,
    );
    // A people's name before the figure may be the claim's subject under another name.
    check_claim_text(
        "support: ['net migration in 2023 was {n}']\nnumber: 685000",
        "Net migration to the UK in 2023 was 685,000.",
        "British net migration in 2023 was 685,000.",
        Supports,
    );
}

#[test]
fn a_next_sentence_that_gives_the_real_figure_disputes_the_claims() {
    // Trials 34 and 35: "said the real figure was nearer 90,000".
    let claim = "support: ['{n} phones were stolen']\nnumber: 64000";
    check(
        claim,
        "City Hall said 64,000 phones were stolen in 2023. The Conservative group said the real figure was nearer 90,000.",
        Mixed,
    );
    check(
        claim,
        "City Hall said 64,000 phones were stolen in 2023. Unions say that the true number is far higher.",
        Mixed,
    );
    check(
        claim,
        "City Hall said 64,000 phones were stolen in 2023. Police records show the real figure was 71,000.",
        Mixed,
    );
    // Repeating the figure agrees with it.
    check(
        claim,
        "City Hall said 64,000 phones were stolen in 2023. Police said the real figure was also 64,000.",
        Supports,
    );
}

#[test]
fn a_figure_the_next_sentence_disputes_does_not_break_the_claim() {
    // Trial 33 (folder trial44): a leaflet's 85.2% was a false contradiction of the NHS
    // figure the next sentence gives as the real one.
    let claim = "support: [{all: ['MMR', 'uptake', 'was {n}%']}]\nnumber: 84.5";
    // (Since trial 135, the real figure records show, which meets the claim, is read too:
    // it supports the claim, where the leaflet's is set aside.)
    check(
        claim,
        "Second-dose MMR uptake in England was 85.2% in 2022-23, according to a campaign leaflet. NHS figures show the real figure was 84.5%.",
        Supports,
    );
    check(
        claim,
        "MMR uptake was 85.2%, a leaflet said. Health officials disputed that figure.",
        Omits,
    );
    // Undisputed, or disputed in another paragraph, it breaks the claim.
    check(
        claim,
        "MMR uptake was 85.2%, a leaflet said. NHS figures show the same.",
        Contradicts,
    );
    // From the next paragraph, the real figure that meets the claim stands beside the
    // breaking one (trial 135): mixed.
    check(
        claim,
        "MMR uptake was 85.2%, a leaflet said.\n\nNHS figures show the real figure was 84.5%.",
        Mixed,
    );
    check(
        claim,
        "MMR uptake was 85.2%, a leaflet said.\n\nNHS figures show the real figure was 83.1%.",
        Contradicts,
    );
}

#[test]
fn a_sentence_that_opens_with_another_name_is_anothers_across_sentences() {
    // Trial 36 (folder trial47): Eastmarch's 310 paramedics contradicted a claim about
    // Northvale, named in the sentence before.
    let claim =
        "support: [{all: ['Northvale', 'hired {n} paramedics'], within: paragraph}]\nnumber: 240";
    let document = |opening: &str| {
        format!("{opening} Neighbouring Northvale's crews took longer. Eastmarch hired 310 paramedics during the year, and its director said recruitment would continue.")
    };
    check(
        claim,
        &document("Eastmarch Ambulance Service was fastest."),
        Omits,
    );
    check(
        claim,
        &document("The service at Eastmarch was fastest."),
        Omits,
    );
    // A first word the document does not show as a name is no one else's ("Retail sales
    // fell"), nor one it also writes in lower case.
    check(
        claim,
        "Northvale's crews took longer. Paramedics hired 310 paramedics during the year.",
        Contradicts,
    );
    check(
        claim,
        "Eastmarch Ambulance Service was fastest. Neighbouring Northvale's crews took longer. Eastmarch hired 310 paramedics during the year. The eastmarch model spread.",
        Contradicts,
    );
}

#[test]
fn a_range_whose_scale_the_pattern_spells_is_read_in_that_scale() {
    // Trial 36 (folder trial47): "between 1.1 million and 1.3" was read as 1.3 to
    // 1,100,000, a false contradiction.
    let document =
        "Veridia lost between 1.1 million and 1.3 million hectares of tree cover in 2023.";
    check(
        "support: ['lost\\b.{0,10}\\b{n} million hectares']\nnumber: 1.2",
        document,
        Omits,
    );
    check(
        "support: ['lost\\b.{0,10}\\b{n} million hectares']\nnumber: 2.5",
        document,
        Contradicts,
    );
}

#[test]
fn a_figure_the_next_sentence_revises_counts_neither_way() {
    // Trial 37 (folder trial48): the first report's figure, corrected in the next sentence.
    let claim =
        "support: ['levels\\b.{0,20}\\bfell to {n}%', 'corrected the figure to {n}%']\nnumber: 48";
    check(
        claim,
        "Reservoir levels fell to 52% in July, the agency said in its first report. It later corrected the figure to 48%.",
        Supports,
    );
    check(
        claim,
        "Official figures first put reservoir levels, which fell to 48% in July, on record. The agency later revised the total down.",
        Omits,
    );
    // Not revised ("did not revise"), or revised to the same figure: read as before.
    check(
        claim,
        "Reservoir levels fell to 52% in July. The agency did not revise the figure.",
        Contradicts,
    );
    check(
        claim,
        "Reservoir levels fell to 48% in July. The agency later corrected the figure to 48% after a recount.",
        Supports,
    );
}

#[test]
fn an_opening_year_sets_aside_a_figure_that_meets_the_claim() {
    // Trial 37: "In July 2018, …" supported a claim about July 2025.
    let claim = "support: [{all: ['Yorkshire', 'fallen to {n}%']}]\nnumber: 48";
    let text = "Reservoir levels in Yorkshire had fallen to 48% in July 2025.";
    check_claim_text(
        claim,
        text,
        "In July 2018, Yorkshire's reservoirs had fallen to 48% during a heatwave.",
        Omits,
    );
    check_claim_text(
        claim,
        text,
        "In July 2025, Yorkshire's reservoirs had fallen to 48% during a heatwave.",
        Supports,
    );
}

#[test]
fn a_later_figure_with_the_subject_in_its_sentence_is_read_though_it_names_another() {
    // Trial 37: "edging China" dropped the reading of the United States' 126 medals.
    let claim = "support: [{all: ['United States', '{n} medals', 'Paris'], within: paragraph}]\nnumber: 126";
    check(
        claim,
        "Team GB finished seventh at the Paris Olympics with 65 medals. The United States topped the table with 126 medals, edging China on gold count.",
        Supports,
    );
}

#[test]
fn a_count_so_far_this_year_never_breaks_the_final_count() {
    // Trial 36: "has recorded 150 cases so far this year" contradicted 214.
    let claim = "support: ['recorded {n} (?:measles )?cases']\nnumber: 214";
    for document in [
        "Carlow County has recorded 150 cases so far this year.",
        "Carlow County has so far recorded 150 cases.",
        "Carlow County has recorded 150 cases to date.",
    ] {
        check(claim, document, Omits);
    }
    check(claim, "Carlow County recorded 150 cases.", Contradicts);
    // A pattern that spells "so far" asks for the running count.
    check(
        "support: ['recorded {n} cases so far']\nnumber: 214",
        "Carlow County has recorded 150 cases so far this year.",
        Contradicts,
    );
    // So does a claim in the present perfect (trial 43).
    let text = "Harrowdale council has fitted solar panels to 64 schools.";
    let document = "Harrowdale aims to fit panels to 100 schools, but so far only 41 schools have had panels installed.";
    let claim = "support: [{all: ['Harrowdale', '{n} schools have had panels']}]\nnumber: 64";
    check_claim_text(claim, text, document, Contradicts);
    check_claim_text(
        claim,
        "Harrowdale council fitted solar panels to 64 schools in 2025.",
        document,
        Omits,
    );
}

#[test]
fn a_revision_the_pattern_cannot_reach_replaces_the_earlier_figure() {
    // Trials 38, 43, 47 and 54: `{n} knife crime offences` cannot reach "1,846".
    let claim = "support: ['{n} knife crime offences']\nnumber: 1846";
    let text = "Westshire Police initially reported 1,910 knife crime offences for 2025, a figure later revised to 1,846.";
    check(claim, text, Supports);
    check(
        "support: ['{n} knife crime offences']\nnumber: 1910",
        text,
        Contradicts,
    );
    // Without a revised figure, the earlier one is still no count.
    check(
        claim,
        "Westshire Police initially reported 1,910 knife crime offences for 2025.",
        Omits,
    );
    // Nor after an aside of what someone first said (trial 158).
    let culled = "support: [{all: ['Marsh End', '{n} birds\\b.{0,40}\\bculled']}]\nnumber: 42000";
    check(
        culled,
        "At Marsh End Farm, officials initially said 40,000 birds had been culled, but later corrected the figure to 42,000.",
        Supports,
    );
    check(
        culled,
        "At Marsh End Farm, officials initially said 40,000 birds had been culled, but later corrected the figure to 45,000.",
        Contradicts,
    );
    // What an early estimate held is withdrawn too (trial 171).
    check(
        "support: ['Kestwick City Council overpaid £{n}m']\nnumber: 4.7",
        "An early estimate that Kestwick City Council overpaid £3.9m has been revised.",
        Omits,
    );
    // Nor can it reach one after what an estimate put the thing at (trial 155); a revised
    // forecast is still a forecast.
    let exclusions = "support: [{all: ['England', 'permanent exclusions\\b.{0,40}\\b{n}', '2022-23']}]\nnumber: 9376";
    check(
        exclusions,
        "An early estimate put permanent exclusions in England at 9,100 in 2022-23; the figure was later revised to 9,376.",
        Supports,
    );
    check(
        exclusions,
        "An early estimate put permanent exclusions in England at 9,100 in 2022-23.",
        Omits,
    );
    check(
        exclusions,
        "The forecast put permanent exclusions in England at 9,100 in 2022-23; it was later revised to 9,500.",
        Omits,
    );
    // A pattern that reaches the new figure reads it itself.
    check(
        "support: ['net migration\\b.{0,80}\\b{n}']\nnumber: 740000",
        "Net migration was first estimated at 685,000 and has since been revised to 740,000.",
        Supports,
    );
}

#[test]
fn a_revision_of_the_figure_leaves_a_statement_of_no_figure_alone() {
    // Trial 158: "corrected the figure" withdrew the bird flu's confirmation before it.
    let claim = r"support: [{all: ['Marsh End', 'bird flu\b.{0,30}\bconfirmed', '2025']}]";
    for document in [
        "Bird flu was confirmed at Marsh End Farm on 7 January 2025, and officials initially said 40,000 birds had been culled there, but later corrected the figure to 42,000.",
        "Bird flu was confirmed at Marsh End Farm in 2025, officials said, before correcting the figure to 42,000.",
    ] {
        check(claim, document, Supports);
    }
    // A statement of a figure is revised; so is one the correction names.
    check(
        r"support: [{all: ['Marsh End', 'bird flu\b.{0,30}\bconfirmed at {n} farms']}]",
        "Bird flu was confirmed at 12 farms near Marsh End, but officials later corrected the figure to 14.",
        Omits,
    );
    check(
        claim,
        "Bird flu was confirmed at Marsh End Farm in 2025, a claim officials later corrected.",
        Omits,
    );
}

#[test]
fn a_passive_revision_in_the_next_sentence_replaces_the_figure() {
    // Trial 54's pattern, with the revision in a sentence of its own: it was read as a
    // plain 1,910 against `number: 1846`, a contradiction.
    let text = "Westshire Police recorded 1,910 knife crime offences in 2025. The figure was later revised to 1,846.";
    check(
        "support: ['{n} knife crime offences']\nnumber: 1846",
        text,
        Supports,
    );
    check(
        "support: ['{n} knife crime offences']\nnumber: 1910",
        text,
        Contradicts,
    );
    check(
        "support: ['{n} knife crime offences']\nnumber: 1846",
        "Westshire Police recorded 1,910 knife crime offences in 2025. It later corrected the figure to 1,846.",
        Supports,
    );
    // A revision away from the claim's figure counts against it, as in one sentence.
    check(
        "support: ['{n} knife crime offences']\nnumber: 1846",
        "Westshire Police recorded 1,846 knife crime offences in 2025. That figure has since been revised to 1,910.",
        Contradicts,
    );
}

#[test]
fn a_next_sentence_that_revises_its_own_figure_leaves_the_match_alone() {
    // Trial 25: "that estimate" is the 48,000 of its own sentence, not the 5.2% before it.
    check(
        "support: ['(?:official|the) rate was {n} ?%']\nnumber: 5.2",
        "It did not: the official rate was 5.2%. The posts also claim employers added 48,000 jobs in March, the figure first reported by the statistics office; that estimate has since been revised down to 39,000.",
        Supports,
    );
}

#[test]
fn a_phrase_after_a_colon_opens_a_statement_and_sets_its_year() {
    // Trial 54: a false contradiction.
    check_claim_text(
        "support: ['{n} birds were culled']\nnumber: 84000",
        "84,000 birds were culled in Suffolk in the 2026 outbreak.",
        "The county was badly hit four years ago: in 2022, 210,000 birds were culled in Suffolk during the worst outbreak the region had seen.",
        Omits,
    );
}

#[test]
fn an_opening_when_clause_sets_the_year_of_what_follows() {
    // Trial 54: a false mixed, with the 2026 figure elsewhere.
    check_claim_text(
        "support: ['paid £{n}m in compensation']\nnumber: 4.2",
        "Suffolk poultry farmers were paid £4.2m in compensation for the 2026 outbreak.",
        "When bird flu struck Suffolk in 2022, farmers were paid £6.8m in compensation, but many waited months for the money.",
        Omits,
    );
    check_claim_text(
        "support: ['paid £{n}m in compensation']\nnumber: 4.2",
        "Suffolk poultry farmers were paid £4.2m in compensation for the 2026 outbreak.",
        "When bird flu struck Suffolk in 2026, farmers were paid £6.8m in compensation.",
        Contradicts,
    );
}

#[test]
fn a_per_cent_sign_after_n_reads_per_cent_in_words() {
    // Trial 55: `{n}%` did not match "58 per cent".
    let claim = "support: ['turnout\\b.{0,40}\\b{n}%']\nnumber: 58";
    check(
        claim,
        "Turnout in the strike ballot was 58 per cent.",
        Supports,
    );
    check(
        claim,
        "Turnout in the strike ballot was 58percent.",
        Supports,
    );
    check(claim, "Turnout in the strike ballot was 58pc.", Supports);
    check(
        claim,
        "Turnout in the strike ballot was 61 per cent.",
        Contradicts,
    );
    check(
        "support: ['turnout was {n} ?%']\nnumber: 58",
        "Turnout was 58 per cent.",
        Supports,
    );
    // Not "percentage points".
    check(claim, "Turnout was 58 percentage points higher.", Omits);
}

#[test]
fn a_figure_of_an_innings_the_claim_does_not_name_never_breaks_it() {
    // Trial 160: one innings is part of a match.
    let runs = "number: 132\nsupport: ['Nair\\b.{0,30}\\bscored {n}']";
    for document in [
        "Nair scored 13 in the second innings at Beacon Park before being bowled by Jess Morley.",
        "In the second innings, Nair scored 13.",
    ] {
        check_claim_text(
            runs,
            "Priya Nair scored 132 against Eastgate.",
            document,
            Omits,
        );
        check_claim_text(
            runs,
            "Priya Nair scored 132 against Eastgate in the first innings.",
            document,
            Omits,
        );
    }
    check_claim_text(
        runs,
        "Priya Nair scored 132 against Eastgate in the second innings.",
        "In the second innings, Nair scored 13.",
        Contradicts,
    );
    check_claim_text(
        runs,
        "Priya Nair scored 132 against Eastgate.",
        "Nair scored 13 against Eastgate.",
        Contradicts,
    );
}

#[test]
fn a_name_after_than_is_what_the_figure_is_compared_with() {
    // Trial 168: "better than that of Ashmoor General Hospital" is not Ashmoor's 0.98.
    let shmi = "number: 1.12\nsupport: [{all: ['Ashmoor General', 'SHMI\\b.{0,20}\\b{n}']}]";
    for document in [
        "The infirmary's SHMI for 2024 was 0.98, better than that of Ashmoor General Hospital.",
        "Kelbridge had a SHMI of 0.98, lower than Ashmoor General Hospital.",
    ] {
        check(shmi, document, Omits);
    }
    for document in [
        "Ashmoor General Hospital had a SHMI of 0.98, lower than the regional average.",
        "The SHMI was 0.98 at Ashmoor General Hospital, lower than last year.",
    ] {
        check_claim_text(
            shmi,
            "Ashmoor General Hospital's SHMI was 1.12 in 2024.",
            document,
            Contradicts,
        );
    }
}

#[test]
fn a_party_only_compared_with_does_not_own_the_figure() {
    // Trial 160: the name a part reads is in an opening "Like …" comparison, or is what a
    // "than …, which" clause is about; the figure is another's.
    let grant = "number: 4.2\nsupport: [{all: ['Wyvern', 'received £{n}m\\b.{0,40}\\bLottery']}]";
    check(
        grant,
        "Like the Wyvern Canal Trust, the Ludlow Navigation Society applied for lottery money; the society received £3.1m from the National Lottery Heritage Fund in 2024.",
        Omits,
    );
    check_claim_text(
        grant,
        "The Wyvern Canal Trust received £4.2m from the National Lottery Heritage Fund in 2024.",
        "The Wyvern Canal Trust applied for lottery money; it received £3.1m from the National Lottery Heritage Fund in 2024.",
        Contradicts,
    );
    let fines =
        "number: 3120\nsupport: [{all: ['Tamberley', 'issued {n} penalty notices', '2023-24']}]";
    for document in [
        "Tamberley Council issued more fines than neighbouring Carnford, which issued 2,950 penalty notices in 2023-24.",
        "Tamberley Council issued more fines than Carnford Council, which issued 2,950 penalty notices in 2023-24.",
    ] {
        check(fines, document, Omits);
    }
    // A "which" clause of the claim's own party is its figure.
    check(
        fines,
        "Tamberley Council, which issued 2,950 penalty notices in 2023-24, said fines work.",
        Contradicts,
    );
}

#[test]
fn a_name_after_a_part_that_names_the_owner_is_not_another_party() {
    // Trial 54: "East Anglia" after "in Suffolk" set the figure aside as another's.
    let claim = "support: [{all: ['2022', '{n} birds were culled in Suffolk']}]\nnumber: 210000";
    check(
        claim,
        "In 2022, 210,000 birds were culled in Suffolk as the disease swept through East Anglia.",
        Supports,
    );
    // A part that names no owner leaves the names of its clause to say whose it is.
    check(
        "support: [{all: ['2022', '{n} birds were culled']}]\nnumber: 210000",
        "In 2022, 210,000 birds were culled in Norfolk as the disease swept through East Anglia.",
        Omits,
    );
}

#[test]
fn a_point_in_time_the_claim_names_too_is_no_count_so_far() {
    // Trial 56: "by December" is the claim's own deadline.
    let claim = "support: ['{n}% of affected schools in England had resumed']\nnumber: 98";
    let text = "Only 91% of affected schools in England had resumed full face-to-face teaching by December, the Children's Commissioner said.";
    check_claim_text(
        claim,
        "Face-to-face teaching had resumed at 98% of affected schools in England by December.",
        text,
        Contradicts,
    );
    check_claim_text(
        claim,
        "Face-to-face teaching had resumed at 98% of affected schools in England.",
        text,
        Omits,
    );
}

#[test]
fn a_clause_joined_by_and_to_a_when_clause_is_that_events() {
    // Trial 57: a false contradiction.
    let claim = "support: ['Halbury\\b.{0,40}\\b{n} ?C']\nnumber: 39.1";
    let event = "The Halbury weather station recorded 39.1C during the July 2025 heatwave.";
    check_claim_text(
        claim,
        event,
        "Forecasters recall the July 2022 heatwave, when Eastmere recorded 36.9C and Halbury reached 38.2C.",
        Omits,
    );
    check_claim_text(
        claim,
        event,
        "Forecasters recall the July 2025 heatwave, when Eastmere recorded 36.9C and Halbury reached 38.2C.",
        Contradicts,
    );
}

#[test]
fn an_opening_place_governs_a_figure_reported_after_it() {
    // Trial 57: "…, Public Health Wales said" after the figure kept "In Wales," from
    // governing it: a false contradiction.
    let claim = "support: ['{n} excess deaths']\nnumber: 1840";
    let england = "The 2025 heatwave caused 1,840 excess deaths in England.";
    check_claim_text(
        claim,
        england,
        "In Wales, the 2025 heatwave was linked to 160 excess deaths, Public Health Wales said on Thursday.",
        Omits,
    );
    // A report before the figure may be where it was said, not where it was counted.
    check_claim_text(
        claim,
        england,
        "In London, officials said the 2025 heatwave caused 1,600 excess deaths.",
        Contradicts,
    );
}

#[test]
fn decimals_spoken_are_one_figure() {
    // Trial 54: `received {n} million pounds` did not match "four point two million pounds".
    let claim = "support: ['received {n} million pounds']\nnumber: 4.2";
    check(
        claim,
        "Suffolk farmers have received four point two million pounds in compensation.",
        Supports,
    );
    check(
        claim,
        "Suffolk farmers have received three point six million pounds in compensation.",
        Contradicts,
    );
    check(
        "support: ['grew by {n}%']\nnumber: 2.25",
        "The economy grew by two point two five% last year.",
        Supports,
    );
    // "At one point" is no decimal.
    check(
        "support: ['{n} people']\nnumber: 300",
        "At one point 300 people were queuing.",
        Supports,
    );
    check(
        "support: ['{n} men were arrested']\nnumber: 2",
        "At one point two men were arrested.",
        Supports,
    );
}

#[test]
fn a_claim_about_money_asks_for_a_sum_its_pattern_does_not_spell() {
    // Trial 41's `cut bus subsidies by {n}` for "cut its bus subsidy budget by £3.6m".
    let claim = "support: ['cut bus subsidies by {n}']\nnumber: 3600000";
    let text =
        "Northvale County Council cut bus subsidies by three point six million pounds this year.";
    check_claim_text(
        claim,
        "Northvale County Council cut its bus subsidy budget by £3.6m.",
        text,
        Supports,
    );
    // A claim of a count still skips a sum of money.
    check_claim_text(
        "support: ['cut bus routes by {n}']\nnumber: 12",
        "Northvale County Council cut bus routes by 12.",
        "Northvale County Council cut bus routes by 12 pounds a head.",
        Omits,
    );
}

#[test]
fn an_undoing_the_claim_states_is_no_denial() {
    // Trial 58: "were cancelled" negated a claim that the trust cancelled appointments.
    let claim = "support: ['{n} outpatient appointments']\nnumber: 4312";
    let cancelled = "Kestrel Valley cancelled 4,312 outpatient appointments after the cyberattack.";
    check_claim_text(
        claim,
        cancelled,
        "At Kestrel Valley, 4,312 outpatient appointments were cancelled.",
        Supports,
    );
    check_claim_text(
        claim,
        cancelled,
        "At Kestrel Valley, 5,020 outpatient appointments were cancelled.",
        Contradicts,
    );
    // So is a reason after it, which a negation might have denied instead.
    check_claim_text(
        "support: ['{n} planned operations']\nnumber: 587",
        "Kestrel Valley postponed 587 planned operations.",
        "At least 640 planned operations were postponed at the trust as a result of the attack.",
        Contradicts,
    );
    // A claim that does not say it still reads the undoing as one.
    check_claim_text(
        claim,
        "Kestrel Valley held 4,312 outpatient appointments in March.",
        "At Kestrel Valley, 4,312 outpatient appointments were cancelled.",
        Contradicts,
    );
}

#[test]
fn before_tax_ends_no_clause() {
    // Trial 59: the season after "before tax" was cut off from its figure.
    let claim = "support: ['Harbour City lost £{n}m']\nnumber: 37.5";
    let season = "Harbour City made a pre-tax loss of £37.5m in 2024-25.";
    check_claim_text(
        claim,
        season,
        "Harbour City lost £21.3m before tax in 2023-24, the club's annual report shows.",
        Omits,
    );
    check_claim_text(
        claim,
        season,
        "Harbour City lost £21.3m before tax in 2024-25, the club's annual report shows.",
        Contradicts,
    );
    // README names "before interest" and "before exceptional" too.
    check_claim_text(
        claim,
        season,
        "Harbour City lost £21.3m before interest in 2023-24.",
        Omits,
    );
    check_claim_text(
        claim,
        season,
        "Harbour City lost £21.3m before exceptional items in 2023-24.",
        Omits,
    );
}

#[test]
fn a_figure_after_than_the_is_the_one_compared_with() {
    // Trial 59: "lower than the £42m widely reported" supported a claim of £42m.
    let claim = "support: [{all: ['Harbour City', 'Veld', '£{n}m']}]\nnumber: 42";
    check(
        claim,
        "Harbour City paid £38m for Tomas Veld, according to figures in Porto Azul's annual report, lower than the £42m widely reported at the time of the transfer.",
        Contradicts,
    );
    // Another source's figure compared with is read.
    check(
        "support: ['{n}% grocery inflation rate for March']\nnumber: 4.7",
        "That is higher than the 4.7% grocery inflation rate for March published by Kantara last month.",
        Supports,
    );
    // "More than £40m" is a bound, read as one.
    check(
        claim,
        "Harbour City paid more than £40m for Tomas Veld.",
        Omits,
    );
    // Trial 175: a comparison the pattern's gap swallowed, before "the" and a figure.
    let losses = "support: [{all: ['Isolde', 'losses\\b.{0,40}\\b£{n}m']}]\nnumber: 240";
    for document in [
        "Isolde's losses are smaller than the £360m insurers paid after Storm Eunice in 2022.",
        "Isolde's losses were well below the £360m paid after Eunice.",
    ] {
        check(losses, document, Omits);
    }
    check(losses, "Isolde's losses were £360m.", Contradicts);
}

#[test]
fn a_short_name_the_gap_swallowed_is_not_spelled_inside_a_longer_word() {
    // Trial 61: "US" was found in the pattern's "households", so "Lumora's US arm had 4.1
    // million subscribers" broke a claim of Lumora's 14.2 million.
    check(
        "support: ['Lumora\\b.{0,40}\\b{n} million (?:subscribers|subscribing households)']\nnumber: 14.2",
        "Lumora's US arm had 4.1 million subscribers at the end of 2025.",
        Omits,
    );
    check(
        "support: ['Lumora\\b.{0,40}\\b{n} million (?:subscribers|subscribing households)']\nnumber: 14.2",
        "Lumora had 12.1 million subscribers at the end of 2025.",
        Contradicts,
    );
}

#[test]
fn a_sentence_set_beside_the_claims_party_by_comparison_is_anothers() {
    // Trial 61: a false mixed under `within: paragraph`.
    let claim = "support: [{all: ['Lumora', 'revenue\\b.{0,30}£{n}(?:bn| billion)'], within: paragraph}]\nnumber: 3.1";
    check(
        claim,
        "Lumora's revenue rose to £3.1 billion in 2025. Castwave, by comparison, reported revenue of £1.4 billion for the year. Analysts said Lumora's larger library helped.",
        Supports,
    );
}

#[test]
fn that_year_and_last_year_point_to_a_year_the_sentence_names() {
    // Trials 60 and 61: false contradictions.
    check_claim_text(
        "support: ['bad-loan charge\\b.{0,40}£{n}m']\nnumber: 780",
        "Northgate's bad-loan charge was £780m in 2025.",
        "Last year Northgate's bad-loan charge was £650m; in 2025 it was £780m.",
        Omits,
    );
    let loss = "support: ['operating loss of £{n}m']\nnumber: 240";
    let claim = "Lumora made an operating loss of £240m in 2025.";
    check_claim_text(
        loss,
        claim,
        "Lumora had 12.9 million subscribers at the end of 2024 and made an operating loss of £310m that year.",
        Omits,
    );
    check_claim_text(
        loss,
        claim,
        "Lumora had 14.2 million subscribers at the end of 2025 and made an operating loss of £310m that year.",
        Contradicts,
    );
    // Trial 64: "that year" with no year before it in its sentence is the sentence
    // before's.
    check_claim_text(
        "support: ['was paid £{n}']\nnumber: 285000",
        "Hartwell's chief executive was paid £285,000 in 2023-24.",
        "Hartwell's accounts for 2022-23 showed donations of £38.1m. The chief executive was paid £240,000 that year.",
        Omits,
    );
}

#[test]
fn last_year_is_not_the_year_before_a_baseline() {
    // Trial 18's cell, which the first reading of "last year" turned to omits.
    check_claim_text(
        "support: ['{n} cases of measles']\nnumber: 1846",
        "Norland recorded 1,846 cases of measles in 2025.",
        "There were 1,846 cases of measles in Norland last year, up from 368 in 2024.",
        Supports,
    );
}

#[test]
fn a_figure_the_sentence_says_is_disputed_counts_neither_way() {
    // Trial 62: read as plain support.
    let claim = "support: ['cost\\b.{0,20}£{n}m']\nnumber: 585";
    check(
        claim,
        "The tram line's cost, put at £585m by Castlebridge City Council, is disputed by the opposition, who say the true figure is nearer £640m.",
        Omits,
    );
    check(
        claim,
        "The tram line's cost, put at £585m by Castlebridge City Council, is not disputed by the opposition.",
        Supports,
    );
}

#[test]
fn a_possessive_inside_a_name_is_no_other_owner() {
    // Trial 64: "Children's" in "Hartwell Children's Trust" was taken for the owner.
    let claim =
        "support: ['paid (?:its )?chief executive,? (?:Margaret )?Ellison,? £{n}']\nnumber: 285000";
    let text = "Hartwell's chief executive, Margaret Ellison, was paid £285,000 in 2023-24.";
    check_claim_text(
        claim,
        text,
        "Hartwell Children's Trust paid chief executive Margaret Ellison £258,000 in 2023-24.",
        Contradicts,
    );
    // An owner and its noun still are: "Ostrava's economy grew".
    check_claim_text(
        "support: ['economy grew {n}%']\nnumber: 1.8",
        "Meridia's economy grew 1.8% in 2024.",
        "Ostrava's economy grew 3.1% in 2024.",
        Omits,
    );
}

#[test]
fn a_claim_of_a_change_with_its_object_before_by_asks_for_the_change() {
    // Trial 65: "raised hourly pay at Kettering by 5%" was no claim of a change, so "by 5%
    // …, taking the rate to £12.60" read 5 as a change and skipped it.
    check_claim_text(
        "support: ['rai(?:se|sed|ses) (?:hourly )?pay\\b.{0,40}\\bby {n}%']\nnumber: 5",
        "Parcelora raised hourly pay at Kettering by 5% in April 2025.",
        "Parcelora raised hourly pay at Kettering by 5% in April 2025, taking the rate to £12.60, the company said.",
        Supports,
    );
}

#[test]
fn a_first_word_the_document_names_elsewhere_is_another_owner() {
    // Trial 66: Tesco's £1.65 is not Freshway's. A capitalized first word is a name when
    // the document writes it as one inside a sentence; otherwise it may be any word.
    let milk = "support: [{all: ['Freshway', 'four pints of milk\\b.{0,30}£{n}']}]\nnumber: 1.65";
    let text = "Freshway raised the price of four pints of milk to £1.65.";
    check_claim_text(
        milk,
        text,
        "Tesco raised the price of four pints of milk to £1.65 last week, while Freshway kept its price at £1.49. Others may follow Tesco.",
        Omits,
    );
    check_claim_text(
        milk,
        text,
        "Prices of four pints of milk rose to £1.65 last week, while Freshway kept its price. Prices are high.",
        Supports,
    );
}

#[test]
fn whoever_puts_the_number_at_a_figure_is_its_source_not_its_owner() {
    // Trial 66: the union's count of the same strike is a rival figure, not the union's own.
    let strike = "support: [{all: ['Redline', 'put the (?:number|figure) at {n}']}]\nnumber: 850";
    let text = "850 drivers at Redline Buses went on strike.";
    for document in [
        "Redline Buses said only 610 drivers took part in the strike, while Unite put the number at 850.",
        "Redline Buses disputed the turnout, while Unite put the figure at 850.",
    ] {
        check_claim_text(strike, text, document, Supports);
    }
    check_claim_text(
        strike,
        text,
        "Redline Buses said 610 drivers took part, while Unite put the number at 720.",
        Contradicts,
    );
}

#[test]
fn despite_reports_that_x_reports_x() {
    // Trial 66: the sentence goes against the reports; what they say is not stated.
    let building = "support: [{all: ['Hollins Park', 'main building\\b.{0,20}\\b(?:closed|shut)']}]\ncontradict: [{all: ['Hollins Park', 'has not (?:closed|shut)']}]";
    check(
        building,
        "Hollins Park Academy has not closed, the trust insisted on Friday, despite reports that its main building had been shut.",
        Contradicts,
    );
    check(
        building,
        "Hollins Park Academy's main building was shut on Friday.",
        Supports,
    );
}

#[test]
fn a_part_before_but_that_ends_with_its_own_year_is_not_carried_on() {
    // Trial 67: the "sufficient" rating is 2023's; "but fell to poor in 2024" is another
    // statement, so 'sufficient' and '2024' are no statement together. (In "vacancy rate
    // was 17.3% in 2024 but fell …", the part is the subject both clauses share.)
    let rated =
        "support: [{all: ['Millbrook', 'rated\\W{0,2}(?:good|excellent|sufficient)', '2024']}]";
    check(
        rated,
        "Millbrook's bathing site was rated \"sufficient\" in 2023 but fell to \"poor\" in 2024.",
        Omits,
    );
    check(
        rated,
        "Millbrook's bathing site was rated \"sufficient\" in 2024.",
        Supports,
    );
}

#[test]
fn restated_is_a_revision() {
    // Trial 67: "restated the figure to £6.8bn" revises the £6.5bn before it.
    let revenue = "support: [{all: ['Halvern', 'revenue\\b.{0,20}£{n} ?(?:bn|billion)', '2024']}]\nnumber: 6.8";
    check(
        revenue,
        "Halvern Pharma initially reported revenue of £6.5bn for 2024, but later restated the figure to £6.8bn after a review.",
        Supports,
    );
}

#[test]
fn a_hedge_the_claims_sentence_says_is_the_claims_own_words() {
    // Trial 82: the claim itself says "on suspicion of arson"; a document that says so
    // states what the claim does.
    let claim = "support: [{all: ['17-year-old', 'arrested', 'arson']}]";
    let text = "A 17-year-old boy was arrested on suspicion of arson over the Dunford Moor fire.";
    check_claim_text(
        claim,
        text,
        "A 17-year-old boy has been arrested on suspicion of arson after a fire on Dunford Moor.",
        Supports,
    );
    // A claim that does not say it is hedged as before.
    check_claim_text(
        claim,
        "A 17-year-old boy was arrested for arson.",
        "A 17-year-old boy has been arrested on suspicion of arson after a fire on Dunford Moor.",
        Omits,
    );
    // A single word counts only as an adverb: the claim's month "May" is no "may".
    let claim = "support: ['draws? 40,000']";
    check_claim_text(
        claim,
        "The festival in May draws 40,000 visitors.",
        "The festival may draw 40,000 visitors.",
        Omits,
    );
    check_claim_text(
        "support: ['Varga\\b.{0,20}\\btook bribes']",
        "Varga allegedly took bribes.",
        "Varga allegedly took bribes from the firm.",
        Supports,
    );
}

#[test]
fn a_claim_of_an_announcement_is_one_of_what_will_be() {
    // Trial 67: "said it would", "announced plans to" state what "announced" claims; a
    // possibility still does not.
    let cuts =
        "support: [{all: ['Halvern', '(?:cut|cutting|shed)\\b.{0,10}\\b{n} jobs']}]\nnumber: 1200";
    let text = "Halvern Pharma announced 1,200 job cuts.";
    for (document, expected) in [
        (
            "Halvern Pharma said it would cut 950 jobs, not the 1,200 reported last month.",
            Contradicts,
        ),
        (
            "Halvern Pharma announced plans to cut 1,200 jobs on Wednesday.",
            Supports,
        ),
        (
            "Separately, Halvern denied reports that it would cut 1,200 jobs.",
            Contradicts,
        ),
        ("Halvern could cut 1,200 jobs, analysts said.", Omits),
    ] {
        check_claim_text(cuts, text, document, expected);
    }
    // A claim of what was done reads "would" as a plan, as before.
    check_claim_text(
        cuts,
        "Halvern Pharma cut 1,200 jobs.",
        "Halvern Pharma said it would cut 950 jobs.",
        Omits,
    );
}

#[test]
fn even_as_opens_a_clause_the_hedge_does_not_reach() {
    // Trial 67: the plan is the job cuts', not the revenue's.
    let revenue = "support: ['revenue of £{n} billion']\nnumber: 6.8";
    check(
        revenue,
        "Halvern announced plans to cut 1,200 jobs on Wednesday, even as it posted revenue of £6.8 billion for 2024.",
        Supports,
    );
    check(
        revenue,
        "Halvern plans to report revenue of £6.8 billion.",
        Omits,
    );
}

#[test]
fn two_financial_years_are_two_periods() {
    // Trial 69: 2022-23 shares 2023 with 2023-24, but is another financial year.
    let loss = "support: [{all: ['Rovers', 'loss of £{n}m']}]\nnumber: 12.4";
    let text = "Calverton Rovers made a pre-tax loss of £12.4m in 2023-24.";
    check_claim_text(
        loss,
        text,
        "Calverton Rovers made a pre-tax loss of £12.4m in 2022-23.",
        Omits,
    );
    check_claim_text(
        loss,
        text,
        "Calverton Rovers made a pre-tax loss of £12.4m in 2022-23, and a loss of £15.1m in 2023-24, the club's accounts show.",
        Contradicts,
    );
    check_claim_text(
        loss,
        text,
        "Calverton Rovers made a pre-tax loss of £12.4m in 2023-24.",
        Supports,
    );
}

#[test]
fn a_source_that_says_what_the_match_states_gives_a_rival_figure() {
    // Trials 84 and 85: a named source that says "the cut was", "that the grant was" or
    // "its own monitoring found" gives its count of the same thing, not its own figure.
    let cut = "support: ['Science Futures Fund (?:was|has been) cut by {n}%', {all: ['Science Futures Fund', 'the cut was {n}%']}]\nnumber: 12";
    check(
        cut,
        "The Science Futures Fund was cut by 9% in 2025, according to the Treasury, while the Campaign for Science said the cut was 12%.",
        Mixed,
    );
    let spills = "support: [{all: ['Tamwell Water', 'recorded {n} sewage spills']}, {all: ['Tamwell Water', 'own monitoring found {n}']}]\nnumber: 2140";
    check(
        spills,
        "Tamwell Water said it recorded 2,140 sewage spills into the River Arle in 2024, but the Arle Rivers Trust said its own monitoring found 2,900.",
        Mixed,
    );
    let grant = "support: [{all: ['Riverside Community Trust', 'grant was £{n}m']}]\nnumber: 2.3";
    check(
        grant,
        "The Riverside Community Trust was first reported to have received £3.2m, but the National Lottery Community Fund said on Tuesday that the grant was £2.3m.",
        Supports,
    );
    // A party that gives its own figure ("its revenue") is still another party.
    let revenue = "support: [{all: ['AMD', 'revenue was \\$?{n}bn']}]\nnumber: 6.2";
    check(
        revenue,
        "AMD's revenue was $6.2bn in the quarter, while Nvidia said its revenue was $26bn.",
        Supports,
    );
}

#[test]
fn an_adjective_of_doubt_hedges_its_own_noun_only() {
    // Trial 86: "suspected" is the cancer's, not a doubt of what the sentence says of the
    // hospital.
    let seen = "support: [{all: ['Ashmoor', '2024', '{n}% of patients']}]\nnumber: 68";
    let text = "In 2024, 68% of patients with suspected cancer at Ashmoor General Hospital were diagnosed within 28 days.";
    check_claim_text(
        seen,
        text,
        "In 2024, 68% of patients referred urgently with suspected cancer at Ashmoor General Hospital were given a diagnosis within 28 days.",
        Supports,
    );
    check_claim_text(
        seen,
        text,
        "In 2024, 64% of patients referred urgently with suspected cancer at Ashmoor General Hospital were given a diagnosis within 28 days.",
        Contradicts,
    );
    // The noun itself is still in doubt.
    check(
        "support: ['arms shipment was seized']",
        "The suspected arms shipment was seized.",
        Omits,
    );
}

#[test]
fn more_than_before_another_figure_compares_nothing() {
    // Trial 86: "more than 62 days" qualifies the days; 4,312 is the count, not a
    // difference.
    let waiting = "support: [{all: ['Valebridge', 'March 2025', '{n} patients (?:waiting|had waited)']}]\nnumber: 4312";
    let text = "Valebridge NHS Trust had 4,312 patients waiting more than 62 days for cancer treatment in March 2025.";
    check_claim_text(
        waiting,
        text,
        "Valebridge NHS Trust had 4,312 patients waiting more than 62 days for cancer treatment at the end of March 2025.",
        Supports,
    );
    check_claim_text(
        waiting,
        text,
        "Valebridge NHS Trust said 3,980 patients had waited more than 62 days for cancer treatment in March 2025.",
        Contradicts,
    );
    // A comparison still makes a difference of the figure.
    check(
        "support: ['cost {n} million dollars']\nnumber: 9",
        "The bridge cost 12 million dollars less than the tunnel.",
        Omits,
    );
}

#[test]
fn a_revision_after_but_with_its_own_subject_revises_the_same_figure() {
    // Trial 86: "but the trust later revised the figure down to 4,312".
    check_claim_text(
        "support: [{all: ['Valebridge', 'March 2025', 'revised the figure (?:down |up )?to {n}']}]\nnumber: 4312",
        "Valebridge NHS Trust had 4,312 patients waiting more than 62 days in March 2025.",
        "An initial count put the number of Valebridge NHS Trust patients waiting in March 2025 at 4,650, but the trust later revised the figure down to 4,312.",
        Supports,
    );
}

#[test]
fn the_figure_now_before_a_change_is_not_the_changed_one() {
    // Trial 86: "currently £2.60" is the price before the rise to £2.85.
    let meal = "support: [{all: ['Brackenfield', 'primary school meal', '£{n}']}]\nnumber: 2.85";
    check(
        meal,
        "In Brackenfield, the price of a primary school meal, currently £2.60, is expected to rise to £2.85 in September 2024.",
        Omits,
    );
    check(
        meal,
        "In Brackenfield, the price of a primary school meal is currently £2.60.",
        Contradicts,
    );
}

#[test]
fn a_span_back_in_time_is_no_count() {
    // Trial 87: "two years earlier" is when, not a count of 2.
    let assaults = "support: ['assaults on staff\\b.{0,40}\\b{n}']\nnumber: 10605";
    for document in [
        "There were 10,605 assaults on staff over the period, compared with 9,205 two years earlier.",
        "There were 12,000 assaults on staff, two years after the reforms.",
    ] {
        check(assaults, document, Omits);
    }
    // A pattern that spells the unit asks for it.
    check(
        "support: ['sentenced to {n} years']\nnumber: 3",
        "Holt was sentenced to three years after a trial.",
        Supports,
    );
}

#[test]
fn in_another_place_before_the_figure_sets_it_aside_for_a_claim_of_a_place() {
    // Trial 87: Northern Ireland's speed is not the UK's, in the figure's clause or in the
    // clause a "with" phrase hangs on.
    let speed = "support: ['median (?:download )?speed\\b.{0,50}\\b{n} ?Mbit/s']\nnumber: 69.4";
    let text = "The median UK home broadband download speed was 69.4Mbit/s in 2024.";
    for document in [
        "Homes in Northern Ireland had a median download speed of 81.3Mbit/s in 2024.",
        "Broadband speeds in Northern Ireland outpaced the rest of the UK in 2024, with a median download speed of 81.3Mbit/s, according to Ofcom.",
    ] {
        check_claim_text(speed, text, document, Omits);
    }
    check_claim_text(
        speed,
        text,
        "Homes in the UK had a median download speed of 72.1Mbit/s in 2024.",
        Contradicts,
    );
    // The why names the whole name, and no word a sentence opens with.
    let (_, evidence) = run(
        "support: [{all: ['Riverbank', 'total attendance of {n}'], within: paragraph}]\nnumber: 48000",
        "",
        "The Riverbank Festival said attendance hit 48,000 in 2024. But West Mercia Police, which policed the site in Ludlow, had a total attendance of 39,000 at its open day.",
    );
    // (Where the police put the festival's total at another figure, they give a rival
    // count of it: "But" opens the sentence and names no one.)
    check(
        "support: [{all: ['Riverbank', '(?:hit|put the total attendance at) {n}'], within: paragraph}]\nnumber: 48000",
        "The Riverbank Festival said attendance hit 48,000 in 2024. But West Mercia Police, which policed the site in Ludlow, put the total attendance at 39,000.",
        Mixed,
    );
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("names \"West Mercia Police\"")),
        "{evidence:#?}"
    );
}

#[test]
fn against_a_name_is_an_opponent_not_a_comparison() {
    // Trial 88: "in 2024" is the innings' year, in the clause "against Westbridge" goes on.
    let runs = "support: ['Hargreaves\\b.{0,30}\\bscored {n}']\nnumber: 187";
    let text = "Tom Hargreaves scored 187 for Dunholme in 2025.";
    check_claim_text(
        runs,
        text,
        "Opener Tom Hargreaves, who scored 96 against Westbridge in 2024, returns after a hamstring injury.",
        Omits,
    );
    check_claim_text(
        runs,
        text,
        "Tom Hargreaves scored 96 against Westbridge in 2025.",
        Contradicts,
    );
}

#[test]
fn a_later_figure_after_but_follows_an_earlier_statement() {
    // Trial 88: "initially said" is the first figure's; the council's later total is
    // stated.
    let evacuated = "support: [{all: ['Saltby', 'put the total at {n}']}]\nnumber: 1850";
    check(
        evacuated,
        "Police initially said about 1,200 people had been evacuated from Saltby during Storm Idris, but East Lindmoor Council later put the total at 1,850.",
        Supports,
    );
    check(
        evacuated,
        "Police initially said about 1,200 people had been evacuated from Saltby and put the total at 1,850.",
        Omits,
    );
    // Trial 156: "final" or "eventually" says so as "later" does.
    let cost = "support: [{all: ['Ashcombe', 'cost\\b.{0,15}\\b£{n}m']}]\nnumber: 48";
    check(
        cost,
        "Harbrook Water initially said the Ashcombe upgrade would cost £40m, but the final cost was £48m, according to Ofwat.",
        Supports,
    );
    check(
        cost,
        "Harbrook Water initially said the Ashcombe upgrade would cost £48m, but it eventually cost £52m.",
        Contradicts,
    );
    // Trial 165: the later word may be the part's own.
    let fares = "support: [{all: ['Brenna', '(?:increase|rise)\\b.{0,40}\\b(?:was|to) {n}%']}]\nnumber: 9.5";
    check(
        fares,
        "Westway Ferries initially said fares on the Brenna route would rise by 11% in April 2025, but the increase was later cut to 9.5% after talks.",
        Supports,
    );
}

#[test]
fn a_hedge_that_opens_an_aside_ends_with_it() {
    // Trial 165: "initially announced as a 14-day walkout" is the aside's; the cut is stated.
    let cut = r"contradict: [{all: ['Northbridge', 'cut to \w+ days']}]";
    check(
        cut,
        "The strike at Northbridge University, initially announced as a 14-day walkout, was cut to nine days after talks at Acas.",
        Contradicts,
    );
    check(
        cut,
        "The strike at Northbridge University was cut to nine days, officials initially said.",
        Omits,
    );
    // A strong hedge set off by commas still hedges what follows.
    check(
        cut,
        "The strike at Northbridge University was, reportedly, cut to nine days.",
        Omits,
    );
}

#[test]
fn a_word_of_possibility_in_another_clause_is_that_clauses() {
    // Trial 88: "will pay more" is the staff's; "after … raised the charge to £4.50" states
    // the rise.
    let charge =
        "support: [{all: ['Kingsmead', 'parking charges?\\b.{0,50}\\bto £{n}']}]\nnumber: 4.5";
    check(
        charge,
        "Staff at Kingsmead will pay more to park after the hospital raised the daily staff parking charge to £4.50 in April 2025.",
        Supports,
    );
    check(
        charge,
        "Kingsmead will raise the daily staff parking charge to £4.50 in April 2025.",
        Omits,
    );
}

#[test]
fn a_verb_after_an_aside_is_the_subject_before_it() {
    // Trial 68: the 12,300 finishers are Leeford's; Brackley is only in the aside.
    let finishers =
        "support: [{all: ['Brackley', '{n} finishers'], within: paragraph}]\nnumber: 18406";
    check(
        finishers,
        "The Leeford Marathon, held the same weekend as Brackley's race, had 12,300 finishers.",
        Omits,
    );
    check(
        finishers,
        "The Brackley City Marathon, held in heavy rain, had 12,300 finishers.",
        Contradicts,
    );
    // The why names the other party (trial 82's reader had to cut a sentence down to
    // find it).
    let (_, evidence) = run(
        finishers,
        "",
        "Brackley's race was held on Sunday, while the Leeford Marathon had 12,300 finishers.",
    );
    assert!(
        evidence.iter().any(|e| e.why.contains(
            "its clause names \"Leeford Marathon\", which no part of the pattern spells"
        )),
        "{evidence:#?}"
    );
    // So does it when the figure meets the claim (trials 107 and 108).
    let (verdict, evidence) = run(
        "support: [{all: ['Brackley', '{n} finishers'], within: paragraph}]\nnumber: 12300",
        "",
        "Brackley's race was held on Sunday, while the Leeford Marathon had 12,300 finishers.",
    );
    assert_eq!(verdict, Omits);
    assert!(
        evidence.iter().any(|e| e.why.contains(
            "the number meets `number: 12300`, but its clause names \"Leeford Marathon\""
        )),
        "{evidence:#?}"
    );
}

#[test]
fn a_rival_count_after_while_carries_the_statement_on() {
    // Trial 90: Kantar's 4.7% is a rival count of the same inflation, though two parts
    // stand before "while".
    let inflation =
        "support: [{all: ['grocery (?:price )?inflation', '{n}%', 'March 2025']}]\nnumber: 4.7";
    check(
        inflation,
        "NielsenIQ said UK grocery price inflation was 4.2% in March 2025, while Kantar put the figure at 4.7%.",
        Mixed,
    );
    // Trial 91: "said the real increase was closer to 4%" is a rival figure of the rise.
    let growth = "support: [{all: ['Kingsford', 'passenger numbers', '(?:rose|increase was)\\b.{0,15}\\b{n}%', '2024']}]\nnumber: 9";
    check(
        growth,
        "Kingsford Airport said passenger numbers rose 9% in 2024, but the airport's consultative committee said the real increase was closer to 4% once charter flights were excluded.",
        Mixed,
    );
    // Two statements still split: another subject, no rival count.
    check(
        "support: [{all: ['Varga', 'convict\\w*', 'bribery']}]",
        "Varga was convicted of fraud, while the court acquitted him of bribery.",
        Omits,
    );
}

#[test]
fn an_age_group_is_no_bound_on_a_denied_figure() {
    // Trial 92: the "under" of "under-18s" bounds nothing; the denial denies the 14%.
    check(
        "support: [{all: ['Greater Manchester', 'knife offences\\b.{0,40}\\brose {n}%']}]\nnumber: 14",
        "Greater Manchester Police denied that knife offences by under-18s rose 14% in 2024, saying the true rise was 6%.",
        Contradicts,
    );
    // A bound still is one.
    check(
        "support: ['Holt\\b.{0,20}\\bwin\\b.{0,15}\\b{n}%']\nnumber: 52",
        "Holt did not win more than 52%.",
        Omits,
    );
    // Trial 166: a capitalized "Less" is a name's word, no bound.
    check(
        "support: ['(?:Less Favoured Area Support Scheme|LFASS) payments (?:were |had been )?cut by {n}% for 2025']\nnumber: 20",
        "Rural affairs secretary Mairi Gougeon denied that Less Favoured Area Support Scheme payments had been cut by 20% for 2025.",
        Contradicts,
    );
}

#[test]
fn a_rivals_true_loss_is_a_rival_figure() {
    // Trial 93: "the true loss" is the same figure, as "the true figure" is.
    check(
        "support: [{all: ['Harrowby', 'pension fund lost £{n}m']}]\nnumber: 48",
        "Harrowby Council says its pension fund lost £48m in 2023-24, but the GMB union said the true loss was £60m.",
        Mixed,
    );
}

#[test]
fn a_rival_count_after_but_carries_the_statement_on() {
    // Trial 68: the union's 120 minutes is a count of the same queue.
    let queue = "support: [{all: ['Stanwick', 'queue', '(?:lasted|puts? the figure at) {n} minutes']}]\nnumber: 94";
    check(
        queue,
        "Stanwick Airport says its longest security queue lasted 94 minutes, but the union Unite puts the figure at 120 minutes.",
        Mixed,
    );
}

#[test]
fn the_claims_subject_by_its_initials_is_no_other_party() {
    // Trial 69: the CQC of "the Care Quality Commission" is the claim's own subject.
    let homes = "support: [{all: ['Calverton', '{n} (?:care )?homes\\b.{0,40}\\binadequate', '2024']}]\nnumber: 14";
    let text = "The Care Quality Commission rated 14 care homes in Calverton inadequate in 2024.";
    check_claim_text(
        homes,
        text,
        "In Calverton itself, the CQC rated 13 homes inadequate in 2024, the council said.",
        Contradicts,
    );
    check_claim_text(
        homes,
        text,
        "In Calverton itself, Ofsted rated 13 homes inadequate in 2024, the council said.",
        Omits,
    );
}

#[test]
fn a_dispute_in_the_next_sentence_leaves_a_claim_of_someones_word() {
    // Trial 69: what the UKHSA estimated holds, whatever others say the real figure was.
    let deaths = "support: [{all: ['UKHSA', 'said {n}', '2024'], within: paragraph}]\nnumber: 1740";
    let document = "The UKHSA said 1,740 people died from heat-associated causes in summer 2024. The Climate Health Alliance said the real figure was nearer 2,600.";
    check_claim_text(
        deaths,
        "The UKHSA estimated 1,740 heat-associated deaths in 2024.",
        document,
        Supports,
    );
    check_claim_text(
        deaths,
        "There were 1,740 heat-associated deaths in 2024.",
        document,
        Mixed,
    );
}

#[test]
fn now_that_x_takes_x_as_given_under_any_hedge() {
    // Trial 66: the managers' expectation is of the 900 births, not of the closure.
    let closed = "support: ['unit has closed']";
    for document in [
        "Managers expect about 900 more births a year now that Ashby's unit has closed.",
        "Managers expect 900 more births, even though the unit has closed.",
    ] {
        check(closed, document, Supports);
    }
    check(closed, "Managers expect that the unit has closed.", Omits);
}

#[test]
fn a_place_that_opens_the_sentence_owns_the_figure_after_it() {
    // Trial 66: the 4,960 births are Kingsbridge's; Ashby is named in another clause.
    let births =
        "support: [{all: ['Ashby', '{n} (?:babies|births)\\b.{0,50}\\b2023']}]\nnumber: 1240";
    check(
        births,
        "At Kingsbridge Royal Infirmary, 4,960 babies were born in 2023, and managers expect about 900 more a year now that Ashby's unit has closed.",
        Omits,
    );
    check(
        births,
        "At Ashby Community Hospital, 1,100 babies were born in 2023, and the unit then closed.",
        Contradicts,
    );
}

#[test]
fn a_negated_verb_the_claim_says_is_denied_not_left_open() {
    // Trial 71: "has not been confirmed" denies a claim that it "was confirmed"; for any
    // other claim it leaves the rest open, and a doubt ("not clear whether") stays one.
    let flu = "support: [{all: ['Hollins Farm', 'bird flu', 'confirmed']}]";
    let text = "Bird flu was confirmed at Hollins Farm in Eastfold.";
    for document in [
        "Bird flu has not been confirmed at Hollins Farm in Eastfold, despite rumours on social media, APHA said.",
        "Bird flu was not confirmed at Hollins Farm.",
    ] {
        check_claim_text(flu, text, document, Contradicts);
    }
    for document in [
        "It is not known whether bird flu was confirmed at Hollins Farm.",
        "If bird flu had not been confirmed at Hollins Farm, the cull would have waited.",
        "Had bird flu not been confirmed at Hollins Farm, the cull would have waited.",
    ] {
        check_claim_text(flu, text, document, Omits);
    }
    check_claim_text(
        "support: [{all: ['Hollins Farm', 'bird flu', 'confirmed']}]",
        "Bird flu reached Hollins Farm.",
        "Bird flu has not been confirmed at Hollins Farm.",
        Omits,
    );
}

#[test]
fn a_true_figure_said_after_the_statement_disputes_it() {
    // Trial 71: the owner's "true figure" is the other side, in one sentence as in two.
    let cull = "support: [{all: ['Maple Lane', '{n} birds\\b.{0,20}\\bculled']}]\nnumber: 32000";
    check(
        cull,
        "APHA said 32,000 birds were culled at Maple Lane Farm near Ashby, but the farm's owner, Graham Holt, said the true figure was 35,500.",
        Mixed,
    );
    check(
        cull,
        "APHA said 32,000 birds were culled at Maple Lane Farm, and the owner did not say the true figure was higher.",
        Supports,
    );
}

#[test]
fn what_a_confirmation_sets_is_stated_though_it_is_to_come() {
    // Trials 70 and 71: "confirmed … would be", "will stay …, the department confirmed".
    let cap = "support: ['\\bcap\\b.{0,50}£{n} a year']\nnumber: 1738";
    check(
        cap,
        "The regulator confirmed the cap for a typical household would be £1,738 a year from January 2025.",
        Supports,
    );
    check(
        cap,
        "Analysts said the cap for a typical household would be £1,738 a year from January.",
        Omits,
    );
    let fees = "support: ['fees\\b.{0,30}\\bat £{n}']\nnumber: 9535";
    check(
        fees,
        "Tuition fees will stay at £9,250 in 2025, the Department for Education confirmed on Tuesday.",
        Contradicts,
    );
}

#[test]
fn a_claim_of_an_allocation_is_one_of_a_plan() {
    // Trial 70: a plan to spend is what an allocation claims.
    let flood =
        "support: ['spend\\w*\\b.{0,10}£{n} ?(?:bn|billion) on flood defences']\nnumber: 5.6";
    let document =
        "Ministers plan to spend £5.6bn on flood defences in England between 2021 and 2027.";
    check_claim_text(
        flood,
        "The government allocated £5.6bn for flood defences in England from 2021 to 2027.",
        document,
        Supports,
    );
    check_claim_text(
        flood,
        "The government spent £5.6bn on flood defences in England from 2021 to 2027.",
        document,
        Omits,
    );
}

#[test]
fn a_noun_in_ing_or_ed_after_a_determiner_does_not_end_a_denial() {
    // Trial 73: "a planning inspector" is a noun phrase, not a participle clause.
    let appeal = "support: [{all: ['Brockley Meadow', 'allow(?:s|ed|ing)?\\b.{0,30}\\bappeal']}]";
    for document in [
        "Greyfield Developments has denied reports that a planning inspector allowed its appeal for homes at Brockley Meadow.",
        "Greyfield denied that a building inspector allowed its appeal for homes at Brockley Meadow.",
        "It is not true that a planning inspector allowed the appeal for homes at Brockley Meadow.",
    ] {
        check(appeal, document, Contradicts);
    }
}

#[test]
fn a_new_subject_after_and_is_another_statement() {
    // Trial 72: the ban is Severn Moor's; Calder Vale's is only expected.
    let ban = "support: [{all: ['Calder Vale Water', 'impos(?:e|es|ed|ing) a hosepipe ban']}]";
    check(
        ban,
        "Severn Moor Water imposed a hosepipe ban in July 2025, and Calder Vale Water is expected to follow later this summer.",
        Omits,
    );
    check(
        ban,
        "Calder Vale Water imposed a hosepipe ban in July 2025.",
        Supports,
    );
}

#[test]
fn advice_to_do_it_is_not_the_deed() {
    // Trial 73: the 4.99% was advised and rejected; the council raised tax by 2.99%.
    let rise = "support: ['{n}% (?:council tax )?(?:rise|increase)']\nnumber: 4.99";
    let document = "Northshire County Council raised its council tax by 2.99% for 2025-26, rejecting officers' advice to impose the full 4.99% increase.";
    check(rise, document, Omits);
    let (_, evidence) = run(rise, "", document);
    assert!(
        evidence.iter().any(|e| e.why.contains("\"advice to\"")),
        "{evidence:#?}"
    );
}

#[test]
fn a_revision_that_names_the_figure_it_replaced_before_its_noun_states_the_new_one() {
    // Trial 73: "revising down the £14.6m figure" replaces £14.6m with the £12.9m stated.
    check(
        "support: [{all: ['Brightmarket', 'cost of theft\\b.{0,40}£{n}m']}]\nnumber: 14.6",
        "Brightmarket's annual report put the cost of theft to the retailer at £12.9m in 2024, revising down the £14.6m figure the chain gave in January.",
        Contradicts,
    );
}

#[test]
fn a_comparison_with_what_was_reported_before_states_the_result() {
    // Trial 72: "lower than previously reported" compares; "previously reported" alone
    // gives an earlier statement.
    let absence = "support: ['persistent absence (?:was|stood at) {n}%']\nnumber: 21.4";
    check(
        absence,
        "Data show persistent absence was 19.8% in 2023-24, lower than previously reported.",
        Contradicts,
    );
    check(
        absence,
        "Data show persistent absence was 21.4% in 2023-24, higher than previously reported.",
        Supports,
    );
    check(
        absence,
        "The council previously reported that persistent absence was 21.4% in 2023-24.",
        Omits,
    );
}

#[test]
fn a_place_follows_its_in_within_a_clause() {
    // Trial 72: "in 2023, NHS England data show" and "in A&E" name no place.
    let waits = "support: [{all: ['St Aldhelm', '{n} 12-hour waits', '2024'], within: paragraph}]\nnumber: 1940";
    check(
        waits,
        "Just 58% of patients at St Aldhelm's Hospital were seen within four hours. The hospital recorded 1,940 12-hour waits in A&E in 2024, up from 1,210 in 2023, NHS England data show.",
        Supports,
    );
    check(
        waits,
        "Just 58% of patients at St Aldhelm's Hospital were seen within four hours. A hospital in Wexbury recorded 1,940 12-hour waits in 2024.",
        Omits,
    );
}

#[test]
fn the_speaker_of_a_denial_after_it_is_no_statement_apart() {
    // Trial 72: Kestrel Buses says the service was not withdrawn.
    check(
        "support: [{all: ['Kestrel Buses', 'withdr(?:ew|awn)', '47 service']}]",
        "The number 47 service between Ravensby and Holt End has not been withdrawn, Kestrel Buses confirmed on Monday.",
        Contradicts,
    );
}

#[test]
fn and_between_two_numbers_ends_no_clause() {
    // Trial 73: "between junctions 13 and 16" is one phrase; the denial reaches past it.
    check(
        "support: [{all: ['M1', 'added (?:an average of )?{n} minutes']}]\nnumber: 18",
        "National Highways has denied that roadworks on the M1 between junctions 13 and 16 added 18 minutes to journeys.",
        Contradicts,
    );
}

#[test]
fn a_next_sentence_that_denies_that_disputes_the_figure() {
    // Trial 72: "denied that," points back at the statement before.
    let routes = "support: ['cut {n} rural bus routes']\nnumber: 14";
    for document in [
        "Campaigners say the county council cut 14 rural bus routes in 2024. Council leader Sarah Pike denied that, saying 11 routes were cut.",
        "Campaigners say the county council cut 14 rural bus routes in 2024. The council denied it.",
    ] {
        check(routes, document, Mixed);
    }
    check(
        routes,
        "The county council cut 14 rural bus routes in 2024. The council denied that it had consulted residents.",
        Supports,
    );
    // Trial 79: after a statement that goes on past the match, "that" may be the rest's.
    check(
        "support: ['issued {n} penalty notices']\nnumber: 18400",
        "A councillor said the council had issued 18,400 penalty notices in 2024 but collected payment on fewer than half of them. Council leader Martin Hale denied that, saying more than 70% of penalties had been paid.",
        Supports,
    );
}

#[test]
fn a_name_set_off_by_commas_before_its_verb_stays_in_the_denied_clause() {
    // Trial 74: the denial reaches past ", Sarah Okoye," to what she is said to have done.
    let rise =
        "support: [{all: ['Okoye', '(?:turned down|declined)\\b.{0,10}\\bpay rise', '2024']}]";
    for document in [
        "Harwell University denied reports that its vice-chancellor, Sarah Okoye, had turned down a pay rise in 2024.",
        "Harwell University denied that its vice-chancellor, Sarah Okoye, had turned down a pay rise in 2024.",
    ] {
        check(rise, document, Contradicts);
    }
    check(
        rise,
        "Its vice-chancellor, Sarah Okoye, had turned down a pay rise in 2024.",
        Supports,
    );
    // Trials 180 and 189: the owner of a longer title before the name's commas, and an
    // opening place, are in the denial's clause.
    let loans = "support: [{all: ['Ashbury', 'loans\\b.{0,40}\\breached {n}']}]\nnumber: 412000";
    for document in [
        "Ashbury council's head of libraries, Tom Brierley, denied reports that loans had reached 412,000 in 2024, saying the true figure was 401,200.",
        "In Ashbury, council leader Janet Ruiz denied that loans had reached 412,000 in 2024.",
    ] {
        check(loans, document, Contradicts);
    }
    // A contrast still opens another clause.
    check(
        loans,
        "Unlike Ashbury, where loans rose, Corby denied that loans had reached 412,000 in 2024.",
        Omits,
    );
}

#[test]
fn from_before_a_name_does_not_end_the_clause_of_a_figure() {
    // Trial 75: the 96 flights are 2025's, not a 2024 claim's.
    let flights =
        "support: [{all: ['SkyJet', 'cancel\\w*\\b.{0,15}\\b{n} flights']}]\nnumber: 1240";
    let text = "SkyJet cancelled 1,240 flights in 2024.";
    check_claim_text(
        flights,
        text,
        "SkyJet has cancelled 96 flights from Bristol Airport in the first three months of 2025, the airport said.",
        Omits,
    );
    check_claim_text(
        flights,
        text,
        "SkyJet has cancelled 96 flights from Bristol Airport in 2024.",
        Contradicts,
    );
}

#[test]
fn from_before_a_common_noun_does_not_end_the_clause_of_a_figure() {
    // Trial 164: "from parking" is where the money came from; the year after it is the
    // figure's.
    let earned = "support: [{all: ['England', 'earned £{n}m']}]\nnumber: 254";
    let text = "NHS trusts in England earned £254m from hospital car parking charges in 2022-23.";
    for document in [
        "Nationally, trusts in England earned £206m from parking in 2021-22.",
        "Trusts in England earned £206m from car parks in 2021.",
    ] {
        check_claim_text(earned, text, document, Omits);
    }
    check_claim_text(
        earned,
        text,
        "Trusts in England earned £254m from parking in 2022-23.",
        Supports,
    );
    check_claim_text(
        earned,
        text,
        "Trusts in England earned £206m from parking.",
        Contradicts,
    );
    // A baseline after "from" keeps its own period: the £206m is of no year.
    for document in [
        "Trusts in England earned £206m down from a peak of £260m in 2022-23.",
        "Trusts in England earned £206m down from nearly £260m in 2022-23.",
    ] {
        check_claim_text(earned, text, document, Contradicts);
    }
}

#[test]
fn a_next_sentence_that_puts_the_real_figure_elsewhere_disputes_it() {
    // Trial 75: "puts the real figure at" as "said the real figure was".
    check(
        "support: [{all: ['Kettleby', 'cost\\b.{0,15}£{n}m'], within: paragraph}]\nnumber: 186",
        "Kettleby Rovers said the redevelopment of Kettleby Park cost £186m. But the supporters' trust puts the real figure at £205m once interest is included.",
        Mixed,
    );
}

#[test]
fn thousands_with_k_are_read_after_a_currency_sign_only() {
    // Trial 74: "£389k" is £389,000; "a 5k race" is no count.
    let pay = "support: ['package of £{n}']\nnumber: 389000";
    check(
        pay,
        "He received a total pay package of £389k in 2023-24.",
        Supports,
    );
    check(
        pay,
        "He received a total pay package of £351k in 2023-24.",
        Contradicts,
    );
    check(
        "support: ['a {n} race']\nnumber: 10000",
        "She won a 5k race in Leeds.",
        Omits,
    );
}

#[test]
fn a_named_caller_may_stand_before_the_verb_that_calls_the_figure_false() {
    // Trial 77: "a figure the campaign group Save Ashbury Libraries called inflated".
    let loans = "support: ['libraries lent {n} million books']\nnumber: 1.2";
    check(
        loans,
        "Ashbury libraries lent 1.2 million books in 2024, the council said, a figure the campaign group Save Ashbury Libraries called inflated.",
        Mixed,
    );
    check(
        loans,
        "Ashbury libraries lent 1.2 million books in 2024, the council said.",
        Supports,
    );
}

#[test]
fn a_figure_its_clause_calls_national_is_not_the_opening_places() {
    // Trial 76: "In Sunderland, …, below the national figure of 74%".
    let reading = "support: ['national (?:figure|average) (?:of|was) {n}%']\nnumber: 74";
    let text = "74% of pupils in England met the expected standard in reading in 2024.";
    check_claim_text(
        reading,
        text,
        "In Sunderland, 69% of pupils met the expected standard in reading in 2024, below the national figure of 74%.",
        Supports,
    );
    check_claim_text(
        reading,
        text,
        "In Sunderland, 69% of pupils met the expected standard in reading in 2024, below the national figure of 79%.",
        Contradicts,
    );
}

#[test]
fn a_promise_in_a_fronted_time_phrase_ends_at_its_comma() {
    // Trial 76: the main clause's "has not scrapped" is the statement.
    let parking =
        "support: [{all: ['Northgate', '(?:scrapped|ended) (?:staff )?parking charges']}]";
    check(
        parking,
        "Two years after promising to end them, Northgate General Hospital has not scrapped parking charges for staff.",
        Contradicts,
    );
    check(
        parking,
        "Northgate General Hospital has promised to scrap parking charges for staff.",
        Omits,
    );
}

#[test]
fn a_denial_the_gap_swallowed_is_spelled_only_by_a_word_of_the_pattern() {
    // Trial 78: "Halden" holds "den", but spells no denial: the swallowed "denied" counts.
    let vote = "support: ['Halden Fire Authority\\b.{0,30}\\bvot(?:e|es|ed|ing)\\b.{0,20}\\bto close {n} (?:fire )?stations']\nnumber: 4";
    check(
        vote,
        "Halden Fire Authority denied reports that it had voted to close four fire stations, saying no decision had been taken.",
        Omits,
    );
    check(
        vote,
        "Halden Fire Authority voted to close four fire stations on Tuesday.",
        Supports,
    );
    check(
        "support: ['Moscow\\b.{0,40}\\bden(?:y|ies|ied)\\b.{0,20}\\bshipped shells']",
        "Moscow denied it shipped shells to Russia.",
        Supports,
    );
}

#[test]
fn a_word_of_intent_inside_an_aside_the_match_holds_is_the_asides() {
    // Trial 78: "which was due to open in May 2025" is the aside's plan; the station opened.
    let opened = "support: ['Thornbury Parkway\\b.{0,80}\\bopened\\b.{0,30}\\bJuly 2025']";
    check(
        opened,
        "Thornbury Parkway station, which was due to open in May 2025, finally opened to passengers on 2 July 2025.",
        Supports,
    );
    check(
        opened,
        "Thornbury Parkway station is due to be opened to passengers in July 2025.",
        Omits,
    );
}

#[test]
fn whose_survey_gives_a_figure_is_its_source_not_its_owner() {
    // Trial 81: Bridebook's survey gives a rival average of the same thing.
    let cost = "support: [{all: ['2024', 'average (?:cost|spend)\\b.{0,30}£{n}']}]\nnumber: 20700";
    check(
        cost,
        "Hitched puts the average cost of a UK wedding in 2024 at £20,700, while a rival survey by Bridebook found an average spend of £24,000.",
        Mixed,
    );
    check(
        cost,
        "Hitched puts the average cost of a UK wedding in 2024 at £20,700.",
        Supports,
    );
}

#[test]
fn a_figure_dated_only_last_year_never_breaks_a_claim_that_names_a_year() {
    // Trial 163: "last year" compared with 2023 is 2024, whatever came before it.
    let grades = "support: ['{n}% of entries were awarded A\\* or A']\nnumber: 28.3";
    let claim = "In 2025, 28.3% of A-level entries were graded A* or A.";
    for document in [
        "Last year, 27.8% of entries were awarded A* or A, slightly up on 2023.",
        "Last year, 27.8% of entries were awarded A* or A, up from 26.9% in 2023.",
    ] {
        check_claim_text(grades, claim, document, Omits);
    }
    check_claim_text(
        grades,
        claim,
        "Last year, 27.8% of entries were awarded A* or A, slightly up on 2024.",
        Contradicts,
    );
    // Trials 165 and 167: so is one in a document that says "this year", names the claim's
    // year after it, or a year still to come by the year after the claim's.
    let runners = "support: ['{n} runners finished']\nnumber: 9412";
    let claim = "A record 9,412 runners finished the 2025 Wexcombe Half Marathon.";
    for document in [
        "This year's race takes place on Sunday 14 September. Last year 8,760 runners finished the race.",
        "Last year 8,760 runners finished the race. Organisers hope to raise £1.5m in 2025.",
        "Last year 8,760 runners finished the race. Nobody has said whether the race will be held in 2026.",
    ] {
        check_claim_text(runners, claim, document, Omits);
    }
    check_claim_text(
        runners,
        claim,
        "Last year 8,760 runners finished the race.",
        Contradicts,
    );
    // Trial 80: "Last year" after a sentence about the claim's 2025 is 2024; a figure that
    // meets the claim is still read (and "Inflation was 3.2% last year", with no year
    // before it, may be the claim's own).
    let fares = "support: ['rail fares (?:in England )?rose(?: by)? {n}%']\nnumber: 4.6";
    let text = "Regulated rail fares in England rose by 4.6% in March 2025.";
    let document = "Regulated rail fares in England rose on 2 March 2025. Last year, regulated rail fares in England rose by 4.9%.";
    check_claim_text(fares, text, document, Omits);
    // The why names the rule.
    let (_, evidence) = run_claim(fares, "", text, document);
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("dates it \"last year\"")),
        "{evidence:#?}"
    );
    check_claim_text(
        fares,
        text,
        "Regulated rail fares in England rose by 4.9% in March 2025.",
        Contradicts,
    );
}

#[test]
fn phrases_that_open_a_sentence_date_it_whatever_their_first_word() {
    // Trial 94: "At the last election in 2021," dates the turnout as "In 2021," does.
    let turnout =
        "support: [{all: ['Ashby', 'turnout\\b.{0,40}\\b{n}%'], within: paragraph}]\nnumber: 31.4";
    let text = "Turnout in the 2025 Ashby council election was 31.4%.";
    for document in [
        "At the last election in 2021, turnout in Ashby was 34.9%.",
        "At the last election, in 2021, turnout in Ashby was 34.9%.",
        "Four years ago, in 2021, turnout in Ashby was 34.9%.",
        "Back in 2021, turnout in Ashby was 34.9%.",
    ] {
        check_claim_text(turnout, text, document, Omits);
    }
    // Another year's figure supports no more than it breaks.
    check_claim_text(
        turnout,
        text,
        "At the 2021 election, turnout in Ashby was 31.4%.",
        Omits,
    );
    // An opening phrase of the claim's year, or of none, leaves the figure read.
    check_claim_text(
        turnout,
        text,
        "At the 2025 election, turnout in Ashby was 34.9%.",
        Contradicts,
    );
    check_claim_text(
        turnout,
        text,
        "At the count, turnout in Ashby was 34.9%.",
        Contradicts,
    );
}

#[test]
fn a_name_with_and_or_of_inside_is_the_claims_whole_subject() {
    // Trial 95: "Rescue Service" is of the claim's own "Eastmarch Fire and Rescue Service".
    let incidents = "support: [{all: ['Eastmarch', 'attended\\b.{0,20}\\b{n} incidents'], within: paragraph}]\nnumber: 9812";
    let text = "Eastmarch Fire and Rescue Service attended 9,812 incidents in 2024.";
    check_claim_text(
        incidents,
        text,
        "Eastmarch Fire and Rescue Service attended 9,218 incidents in 2024, according to Home Office statistics.",
        Contradicts,
    );
    check_claim_text(
        incidents,
        text,
        "Eastmarch Fire and Rescue Service attended 9,812 incidents in 2024, according to Home Office statistics.",
        Supports,
    );
    // And another service's name of the same shape is another party's, whether its figure
    // meets the claim or not; the why quotes the whole name.
    for figure in ["9,812", "9,000"] {
        check_claim_text(
            incidents,
            text,
            &format!("Westfold Fire and Rescue Service attended {figure} incidents in 2024, more than its neighbour Eastmarch, which has not yet published its total."),
            Omits,
        );
    }
    let (_, evidence) = run_claim(
        incidents,
        "",
        text,
        "Westfold Fire and Rescue Service attended 9,000 incidents in 2024, more than its neighbour Eastmarch.",
    );
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("names \"Westfold Fire and Rescue Service\"")),
        "{evidence:#?}"
    );
}

#[test]
fn a_figure_of_a_parts_neighbour_is_the_neighbours() {
    // Trial 95: Brannock University's enrolment, whether it meets the claim or not.
    let students =
        "support: [{all: ['Harfield', '{n} international students', '2024-25']}]\nnumber: 6450";
    for figure in ["6,450", "6,100"] {
        check(
            students,
            &format!("Harfield's neighbour Brannock University enrolled {figure} international students in 2024-25, a record."),
            Omits,
        );
    }
    check(
        students,
        "Harfield University enrolled 6,450 international students in 2024-25, a record.",
        Supports,
    );
}

#[test]
fn another_party_who_puts_the_figure_at_another_in_the_next_sentence_disputes_it() {
    // Trial 95: the union's 6,100 is a rival count of the same enrolment.
    let students =
        "support: [{all: ['Harfield', '{n} international students', '2024-25']}]\nnumber: 6450";
    check(
        students,
        "Harfield University said it enrolled 6,450 international students in 2024-25. The University and College Union put the figure at 6,100, saying the university had counted students who deferred their places.",
        Mixed,
    );
    // Not a figure of another year, nor one the sentence repeats.
    check(
        students,
        "Harfield University said it enrolled 6,450 international students in 2024-25. The union put the figure at 5,900 in 2023-24.",
        Supports,
    );
    check(
        students,
        "Harfield University said it enrolled 6,450 international students in 2024-25. The union put the figure at 6,450 too.",
        Supports,
    );
    // In the same sentence after "but", "puts the figure at" is the other side too (trial
    // 68's reader labelled this sentence mixed; since trial 130 it is read even when the
    // pattern does not spell it).
    check(
        "support: [{all: ['Stanwick', 'queue', 'lasted {n} minutes']}]\nnumber: 94",
        "Stanwick Airport says its longest security queue lasted 94 minutes, but the union Unite puts the figure at 120 minutes.",
        Mixed,
    );
}

#[test]
fn a_denial_of_the_whole_statement_in_the_next_sentence_disputes_a_claim_without_a_figure() {
    // Trial 95: the chairman denies the grant the council reported.
    let grant = "support: ['Ashby Rovers\\b.{0,40}\\breceived\\b.{0,20}\\bgrant']";
    check(
        grant,
        "The council said Ashby Rovers Youth FC received a £12,000 grant from the Dunmore community sports fund. Club chairman Gary Holt denied that, saying the money never arrived.",
        Mixed,
    );
    // Not a denial of something else, nor of a later clause.
    check(
        grant,
        "The council said Ashby Rovers Youth FC received a £12,000 grant from the fund. Club chairman Gary Holt denied that it was misspent.",
        Supports,
    );
    check(
        grant,
        "Ashby Rovers Youth FC received a £12,000 grant from the fund but spent it on a minibus. Club chairman Gary Holt denied that, saying the minibus was bought earlier.",
        Supports,
    );
}

#[test]
fn an_estimate_meets_the_very_figure_it_estimates() {
    // Trial 94: "Some 87%" states the ballot's 87% as nearly as news states a figure.
    let ballot = "support: [{all: ['Westline', '{n}% of\\b.{0,60}\\bbacked', '2025']}]\nnumber: 87";
    check(
        ballot,
        "Some 87% of Westline Rail drivers who took part in the 2025 ballot backed strike action, Aslef said.",
        Supports,
    );
    // It still breaks nothing and meets no other figure it might round.
    check(
        "support: [{all: ['Westline', '{n}% of\\b.{0,60}\\bbacked', '2025']}]\nnumber: 85",
        "Some 87% of Westline Rail drivers who took part in the 2025 ballot backed strike action, Aslef said.",
        Omits,
    );
    check(
        ballot,
        "About 80% of Westline Rail drivers who took part in the 2025 ballot backed strike action, Aslef said.",
        Omits,
    );
}

#[test]
fn a_match_in_a_phrase_of_a_denied_clause_is_taken_as_given() {
    // Trial 96: what is denied is the turning away, not the record crowd.
    let crowd = "support: [{all: ['record {n} crowd', 'Liverpool']}]\nnumber: 61482";
    let text = "A record crowd of 61,482 watched Calderbrook Rovers play Liverpool at Millgate Stadium in April 2025.";
    let document = "Calderbrook denied that fans had been turned away at the record 61,482 crowd against Liverpool in April 2025.";
    check_claim_text(crowd, text, document, Omits);
    let (_, evidence) = run_claim(crowd, "", text, document);
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("which is of \"turned")),
        "{evidence:#?}"
    );
    // A denied clause whose verb the claim says, or whose subject is the match, denies it.
    for document in [
        "Calderbrook denied that a record 61,482 crowd watched the game against Liverpool.",
        "Calderbrook denied that fans watched at the record 61,482 crowd against Liverpool.",
    ] {
        check_claim_text(crowd, text, document, Contradicts);
    }
}

#[test]
fn a_stopping_denied_before_what_goes_on_is_a_plain_denial() {
    // Trial 97: "have not stopped offering" denies the stopping; the idiom "did not stop X
    // from Y" (Y happened) is left as it was.
    let stopped = "support: [{all: ['Cornwall', '{n} (?:dental )?practices\\b.{0,40}\\bstopped']}]\nnumber: 12";
    for document in [
        "Twelve practices in Cornwall have not stopped offering NHS treatment.",
        "Twelve dental practices in Cornwall never stopped offering NHS treatment in 2023.",
        "Twelve dental practices in Cornwall have not stopped.",
    ] {
        check(stopped, document, Contradicts);
    }
    check(
        "support: ['Brandt\\b.{0,20}\\bsetting a record']",
        "Rain did not stop Brandt from setting a record.",
        Supports,
    );
}

#[test]
fn a_name_that_runs_on_from_a_spelled_name_to_its_organisation_is_no_other_party() {
    // Trial 97: "NHS Cornwall and Isles of Scilly ICB" is the Cornwall board.
    let practices = "support: [{all: ['Cornwall', '{n} (?:dental )?practices\\b.{0,40}\\bstopped']}]\nnumber: 12";
    let text = "Twelve dental practices in Cornwall stopped offering NHS treatment in 2023.";
    check_claim_text(
        practices,
        text,
        "NHS Cornwall and Isles of Scilly ICB said twelve dental practices in the county stopped offering NHS treatment in 2023.",
        Supports,
    );
    check_claim_text(
        practices,
        text,
        "NHS Cornwall and Isles of Scilly ICB has denied that twelve dental practices in the county stopped offering NHS treatment in 2023.",
        Contradicts,
    );
}

#[test]
fn a_denied_figure_that_neither_meets_nor_breaks_says_so() {
    // Trial 97's why said "its number differs" of a figure that did not.
    let attended =
        "support: ['Eastmarch\\b.{0,30}\\battend\\w*\\b.{0,20}\\b{n} incidents']\nnumber: 9812";
    let (verdict, evidence) = run(
        attended,
        "",
        "Eastmarch Fire Service did not attend about 9,500 incidents in 2024.",
    );
    assert_eq!(verdict, Omits);
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("neither meets nor breaks `number: 9812`")),
        "{evidence:#?}"
    );
    // One a rule set aside says which rule.
    let (verdict, evidence) = run_claim(
        attended,
        "",
        "Eastmarch Fire and Rescue Service attended 9,812 incidents in 2024.",
        "Eastmarch Fire Service did not attend 9,000 incidents in 2023.",
    );
    assert_eq!(verdict, Omits);
    assert!(
        evidence.iter().any(|e| e.why.contains(
            "its number is set aside (its clause names another period than the claim (another year, or a month, a quarter or a half of the claim's year))"
        )),
        "{evidence:#?}"
    );
}

#[test]
fn the_year_before_a_year_the_document_names_is_that_years_predecessor() {
    // Trial 96: after "In 2024-25, …", "The year before" is 2023-24, not the claim's 2025-26.
    let rise = "support: [{all: ['Wexcombe', '(?:raised|rise)\\b.{0,25}\\b{n}%'], within: paragraph}]\nnumber: 4.99";
    let text = "Wexcombe Borough Council raised council tax by 4.99% for 2025-26.";
    check_claim_text(
        rise,
        text,
        "In 2024-25, Wexcombe Borough Council raised council tax by 3.99%, taking the Band D bill to £2,080. The year before, the rise was 2.99%.",
        Omits,
    );
    // The year before the claim's own year's successor is the claim's year.
    check_claim_text(
        rise,
        text,
        "In 2026-27, Wexcombe Borough Council raised council tax by 2.99%. The year before, the rise was 3.5%.",
        Contradicts,
    );
}

#[test]
fn a_small_price_in_whole_pounds_is_no_rounding_of_a_price_far_from_it() {
    // Trial 97: a £3 toll is not the claim's £2.50 rounded.
    let toll = "support: ['toll\\b.{0,20}\\brose to £{n}']\nnumber: 2.50";
    check(
        toll,
        "The Harbourne Bridge toll rose to £3 in April 2024.",
        Contradicts,
    );
    check(
        toll,
        "The Harbourne Bridge toll rose to £2.50 in April 2024.",
        Supports,
    );
    // Near the claim's price, a whole pound may be its rounding: neither way.
    check(
        "support: ['ticket\\b.{0,20}\\bcosts? £{n}']\nnumber: 2.99",
        "A ticket costs £3.",
        Omits,
    );
}

#[test]
fn a_claim_called_false_where_it_was_made_is_still_called_false() {
    // Trial 97: "wrongly claimed on social media that" withdraws what follows, as
    // "wrongly claimed that" does; the £3 toll breaks nothing.
    let toll = "support: [{all: ['Harbourne', 'toll\\b.{0,40}\\brose\\b.{0,15}\\bto £{n}']}]\nnumber: 2.50";
    for figure in ["£3", "£2.50"] {
        check(
            toll,
            &format!("Councillor Mark Penrose wrongly claimed on social media that the Harbourne Bridge toll rose to {figure} in April 2024."),
            Omits,
        );
    }
    // Said somewhere, plainly, it is reported.
    check(
        toll,
        "Mark Penrose said on social media that the Harbourne Bridge toll rose to £2.50 in April 2024.",
        Supports,
    );
}

#[test]
fn a_claim_by_someone_that_is_called_false_is_denied() {
    // Trial 182: the claim's maker between the noun and its "that".
    let injured = "support: ['dog attacks injured {n} people in Westshire']\nnumber: 412";
    check(
        injured,
        "A claim by campaigners that dog attacks injured 600 people in Westshire in 2024 is false, police said on Wednesday.",
        Omits,
    );
    check(
        injured,
        "A claim by campaigners that dog attacks injured 412 people in Westshire in 2024 is false, police said.",
        Contradicts,
    );
    // Made and not dismissed, it is someone's word.
    check(
        injured,
        "A claim by campaigners that dog attacks injured 412 people in Westshire in 2024 was repeated by the council.",
        Omits,
    );
}

#[test]
fn a_one_word_subject_before_an_aside_owns_the_figure_when_the_document_names_it() {
    // Trial 98: Ashmoor's 132 beds, though "Kestrel Valley" stands in the aside.
    let beds = "support: [{all: ['Kestrel Valley', '{n} beds a day', 'January 2025'], within: paragraph}]\nnumber: 214";
    check(
        beds,
        "Delayed discharges cost Ashmoor Hospitals Trust £18.4m in 2024. Ashmoor, which neighbours Kestrel Valley, had an average of 132 beds a day blocked in January 2025.",
        Omits,
    );
    check(
        beds,
        "Kestrel Valley, which neighbours Ashmoor, had an average of 132 beds a day blocked in January 2025.",
        Contradicts,
    );
}

#[test]
fn from_a_neighbouring_name_is_where_from_not_a_baseline() {
    // Trial 99: Ellisford's contract, though "neighbouring" stands before the name.
    let contract = "support: [{all: ['Brayford', '£{n}m recycling contract']}]\nnumber: 64";
    for figure in ["64", "60"] {
        check(
            contract,
            &format!("Veolix, which holds Brayford's waste collection contract, also won a £{figure}m recycling contract from neighbouring Ellisford Council in 2024."),
            Omits,
        );
    }
    // "up from the £52m" is still a baseline.
    check(
        contract,
        "Brayford awarded a £60m recycling contract, up from the £52m of 2019.",
        Contradicts,
    );
}

#[test]
fn a_figure_whose_name_comes_later_is_of_the_name_before_it() {
    // Trial 100: "The scheme" is Hollin Edge's, named before it; Fellside Moor comes after.
    let turbines =
        "support: [{all: ['Fellside Moor', '{n}(?: |-)turbines?'], within: paragraph}]\nnumber: 14";
    check(
        turbines,
        "A planning inspector allowed the appeal for the Hollin Edge wind farm in North Yorkshire on Monday. The scheme has nine turbines and will power about 20,000 homes. It is the third onshore wind farm approved on appeal this year. A decision on the larger Fellside Moor scheme in Cumbria is still awaited.",
        Omits,
    );
    // With the claim's name before it, the figure is its own ("The" names no one).
    for document in [
        "The Fellside Moor wind farm was approved. The scheme has nine turbines.",
        "The Fellside Moor wind farm was approved. The wind farm has nine turbines.",
    ] {
        check(turbines, document, Contradicts);
    }
}

#[test]
fn a_result_measured_below_a_forecast_is_stated() {
    // Trial 100: "below the 62,000 organisers had predicted" compares; the 58,300 stands.
    let attendance =
        "support: [{all: ['Brackley', 'attendance\\b.{0,50}\\b{n}', '2024']}]\nnumber: 62000";
    let text = "The Brackley County Show drew 62,000 people in 2024.";
    check_claim_text(
        attendance,
        text,
        "Attendance at the Brackley County Show in 2024 was 58,300, according to ticket data released by the Brackley Agricultural Society, below the 62,000 organisers had predicted.",
        Contradicts,
    );
    // A forecast itself still hedges.
    check_claim_text(
        attendance,
        text,
        "Attendance at the Brackley County Show in 2024 is predicted to be 58,300.",
        Omits,
    );
}

#[test]
fn a_figure_called_wrong_later_with_a_correction_is_corrected_not_disputed() {
    // Trial 101: the publisher's correction replaces the 14th; the 15th contradicts.
    let rank = "support: [{all: ['Harwell', '(?:ranked|placed|came) {n}(?:st|nd|rd|th)\\b', 'Guardian University Guide 2025']}]\nnumber: 14";
    let text = "Harwell University was ranked 14th in the Guardian University Guide 2025.";
    check_claim_text(
        rank,
        text,
        "Harwell University announced on Monday that it had been ranked 14th in the Guardian University Guide 2025. The Guardian later said that figure was wrong: after a data error was corrected, Harwell was placed 15th in the Guardian University Guide 2025.",
        Contradicts,
    );
    // Without a correction, a later dispute is a dispute.
    check_claim_text(
        rank,
        text,
        "Harwell University said it had been ranked 14th in the Guardian University Guide 2025. Rival universities later said that figure was wrong.",
        Mixed,
    );
}

#[test]
fn the_final_quarter_of_a_year_is_its_fourth() {
    // Trial 102: a quarter's figure breaks no claim about the whole year.
    let cancelled = "support: [{all: ['Northern Vale', 'cancel(?:led|s|ed)? {n}% of (?:its )?services', '2024'], within: paragraph}]\nnumber: 3.1";
    let text = "Northern Vale Rail cancelled 3.1% of its services in 2024.";
    for period in [
        "the final quarter of 2024",
        "the last quarter of 2024",
        "the final three months of 2024",
    ] {
        check_claim_text(
            cancelled,
            text,
            &format!("Northern Vale Rail cancelled 4.2% of its services in {period}."),
            Omits,
        );
    }
    // "Last quarter" alone is a part of a year too.
    check_claim_text(
        cancelled,
        text,
        "Northern Vale Rail had a difficult 2024. It cancelled 4.2% of its services last quarter, Northern Vale said.",
        Omits,
    );
    check_claim_text(
        cancelled,
        text,
        "Northern Vale Rail cancelled 4.2% of its services in 2024.",
        Contradicts,
    );
}

#[test]
fn a_rivals_true_price_is_a_rival_figure() {
    // Trial 102: "the true price" is the same figure, as "the true figure" is.
    check(
        "support: [{all: ['Valefield', '(?:paid|pays)\\b.{0,20}\\b{n}p per litre', 'January 2025']}]\nnumber: 38.5",
        "Valefield Dairies said it paid farmers 38.5p per litre for standard milk in January 2025, but the Farmers' Union of Wales said the true price was 36.9p.",
        Mixed,
    );
}

#[test]
fn a_match_that_is_the_subject_of_a_denied_clause_with_its_own_verb_is_taken_as_given() {
    // Trial 103: the police deny what the knives included, not that they were surrendered.
    let knives = "support: [{all: ['West Midlands', '{n} (?:knives|blades)\\b.{0,30}\\b(?:surrendered|handed in)']}]\nnumber: 1284";
    let text = "West Midlands Police said 1,284 knives were surrendered in its March 2025 amnesty.";
    let document = "West Midlands Police has denied that the 1,284 knives it reported surrendered in March 2025 included kitchen knives from a single house clearance.";
    check_claim_text(knives, text, document, Omits);
    let (_, evidence) = run_claim(knives, "", text, document);
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("which is of \"included\"")),
        "{evidence:#?}"
    );
    // A denied clause whose verb is the match's, or one after "and", still denies it.
    for document in [
        "West Midlands Police has denied that 1,284 knives were surrendered in March 2025.",
        "West Midlands Police has denied that 1,284 knives were surrendered in March 2025 and destroyed.",
        "West Midlands Police denied that 1,284 knives were handed in, saying the true number was 1,120.",
    ] {
        check_claim_text(knives, text, document, Contradicts);
    }
}

#[test]
fn compensation_claims_before_a_year_are_the_noun() {
    // Trial 102: "claims" is no one's word here.
    let paid = "support: [{all: ['Brindle', 'paid(?: out)? £{n} in (?:pothole )?compensation', '2024']}]\nnumber: 212000";
    let text = "Brindle County Council paid out £212,000 in pothole compensation in 2024.";
    check_claim_text(
        paid,
        text,
        "Brindle County Council paid out £221,000 in pothole compensation claims in 2024, the RAC Foundation said.",
        Contradicts,
    );
    check_claim_text(
        paid,
        text,
        "Brindle County Council paid out £212,000 in pothole compensation claims in 2024.",
        Supports,
    );
    // The verb still hedges.
    check_claim_text(
        paid,
        text,
        "Brindle County Council paid out £221,000 in pothole compensation, a campaigner claims, in 2024.",
        Omits,
    );
}

#[test]
fn a_part_of_its_own_with_no_whole_named_is_the_count() {
    // Trial 103: eight beds were closed; "of its 20 beds" would name the whole.
    let beds = "support: [{all: ['Harbour Lights', 'closed {n}\\b.{0,20}\\bbeds']}]\nnumber: 8";
    let text = "Harbour Lights Hospice closed eight of its inpatient beds in 2025.";
    check_claim_text(
        beds,
        text,
        "Harbour Lights Hospice closed eight of its inpatient beds in 2025, leaving 12 open, because of a funding shortfall.",
        Supports,
    );
    check_claim_text(
        beds,
        text,
        "Harbour Lights Hospice closed six of its inpatient beds in 2025.",
        Contradicts,
    );
}

#[test]
fn a_verb_after_a_bare_and_shares_the_subjects_year() {
    // Trial 105: the 2024 race raised the £2.9m.
    let raised = "support: [{all: ['Brackley', 'raised £{n}m']}]\nnumber: 3.4";
    let text = "Runners in the 2025 Brackley Marathon raised £3.4m for charity.";
    check_claim_text(
        raised,
        text,
        "The 2024 Brackley Marathon had 13,950 finishers and raised £2.9m for good causes.",
        Omits,
    );
    check_claim_text(
        raised,
        text,
        "In 2025, the Brackley Marathon had 13,950 finishers and raised £2.9m.",
        Contradicts,
    );
}

#[test]
fn a_change_in_the_present_from_one_figure_to_another_reads_the_new_one() {
    // Trial 104: "rises from £2 to £2.50" reads £2.50, as "rose from £2 to £2.50" does.
    let cap = "support: [{all: ['Wexley', '(?:cap|capped)\\b.{0,30}£{n}', '(?:1 )?April 2025']}]\nnumber: 2.50";
    for verb in ["rises", "rose", "increases"] {
        check(
            cap,
            &format!("Wexley's single bus fare cap {verb} from £2 to £2.50 from 1 April 2025, Wexley Combined Authority confirmed on Friday."),
            Supports,
        );
    }
}

#[test]
fn between_x_and_y_splits_no_clause() {
    // Trial 106: "and" closing "between … and …" was read as a new clause, so "in 2019"
    // was lost and the 2019 figure broke a claim about 2025.
    let claim = "support: [{all: ['M62', 'added {n} minutes']}]\nnumber: 35";
    let text = "Roadworks on the M62 added 35 minutes to journeys in 2025.";
    for document in [
        "Roadworks on the M62 added 18 minutes to journeys between junctions 24 and 26 in 2019.",
        "Roadworks on the M62 added 18 minutes to journeys between Leeds and Hull in 2019.",
    ] {
        check_claim_text(claim, text, document, Omits);
    }
    check_claim_text(
        claim,
        text,
        "Roadworks on the M62 added 18 minutes to journeys between junctions 24 and 26 in 2025.",
        Contradicts,
    );
}

#[test]
fn a_clause_opening_with_any_past_verb_after_an_aside_is_the_subjects() {
    // Trial 107: the figure is St Brannock's, not Porthcal's, the place inside the aside.
    let claim = "support: [{all: ['Porthcal', 'launched {n} times']}]\nnumber: 142";
    let text = "Porthcal lifeboat launched 142 times in 2024.";
    check_claim_text(
        claim,
        text,
        "St Brannock lifeboat station, 12 miles along the coast from Porthcal, launched 124 times in 2024.",
        Omits,
    );
    check_claim_text(
        claim,
        text,
        "Porthcal lifeboat station, 12 miles from St Brannock, launched 124 times in 2024.",
        Contradicts,
    );
}

#[test]
fn a_source_that_says_a_figure_after_that_gives_its_word_on_it() {
    // Trial 107: the RNLI confirmed the figure; it does not own it. Trial 73: Inrix found it.
    let claim = "support: [{all: ['Ocean Star', '{n} (?:crew|people)\\b.{0,30}\\b(?:rescued|brought ashore)']}]\nnumber: 8";
    let text = "Eight crew were rescued from the Ocean Star.";
    check_claim_text(
        claim,
        text,
        "Initial reports said 10 people had been rescued from the Ocean Star, but the RNLI later confirmed that eight crew had been brought ashore by the Whitby lifeboat.",
        Supports,
    );
    let claim = "support: [{all: ['M1', 'added (?:an average of )?{n} minutes']}]\nnumber: 18";
    let text = "Roadworks on the M1 added an average of 18 minutes to journeys.";
    check_claim_text(
        claim,
        text,
        "Drivers on the M1 have fared worse: Inrix found that roadworks between junctions 13 and 16 added an average of 18 minutes to journeys.",
        Supports,
    );
    // What follows a source's "that" with its own pronoun is still its own.
    let claim = "support: [{all: ['Brackley', 'sold {n} tickets']}]\nnumber: 900";
    check_claim_text(
        claim,
        "Brackley Town sold 900 tickets.",
        "Brackley Town said it expected a crowd, and Ashby Rovers said that it sold 700 tickets.",
        Omits,
    );
}

#[test]
fn early_reports_are_an_earlier_statement() {
    // Trial 107: "according to early reports" gives a first account, since replaced.
    let claim = "support: [{all: ['Ocean Star', '{n} (?:crew|people)\\b.{0,30}\\b(?:rescued|brought ashore)']}]\nnumber: 8";
    let text = "Eight crew were rescued from the Ocean Star.";
    check_claim_text(
        claim,
        text,
        "Ten people were rescued from the Ocean Star, according to early reports, but the RNLI later confirmed that eight crew had been brought ashore.",
        Supports,
    );
    check_claim_text(
        claim,
        text,
        "According to initial reports, ten people were rescued from the Ocean Star.",
        Omits,
    );
}

#[test]
fn about_a_round_figure_breaks_no_figure_that_rounds_to_it() {
    // Trial 109: "around £2m" is £2.3m to the nearest million, loose but not wrong.
    let claim = "support: [{all: ['Redstone', 'debts\\b.{0,25}£{n}m']}]\nnumber: 2.3";
    check(claim, "Redstone RFC has debts of around £2m.", Omits);
    check(claim, "Redstone RFC has debts of around £3m.", Contradicts);
    // Read as written, "about £2,180" breaks no £2,184, which rounds to it (trial 96).
    check(
        "support: ['Band D charge\\b.{0,30}\\b£{n}']\nnumber: 2184",
        "The Band D charge is about £2,180.",
        Omits,
    );
    check(
        "support: ['Band D charge\\b.{0,30}\\b£{n}']\nnumber: 2184",
        "The Band D charge is about £2,150.",
        Contradicts,
    );
    // It still meets only what a tenth either side holds.
    check(
        "support: ['supplied\\b.{0,10}\\b{n} tonnes']\nnumber: 100 +/- 10%",
        "Syria supplied about 100 tonnes of fertiliser.",
        Supports,
    );
}

#[test]
fn a_names_neighbours_figure_is_not_the_names() {
    // Trial 109: plural as well as singular.
    let claim = "support: [{all: ['Redstone', 'debts\\b.{0,25}£{n}m']}]\nnumber: 2.3";
    for document in [
        "Redstone's neighbours Castlebury RFC entered administration with debts of £2.3m.",
        "Redstone's neighbours Castlebury RFC entered administration with debts of £4.1m.",
    ] {
        check(claim, document, Omits);
    }
}

#[test]
fn a_clause_opening_with_a_present_verb_after_an_aside_is_the_subjects() {
    // Trial 109: "pays" as "paid" and "had".
    let claim =
        "support: [{all: ['Ashgrove', 'uniform grant\\b.{0,30}£{n} per pupil']}]\nnumber: 100";
    check(
        claim,
        "Dunmere Council, which neighbours Ashgrove, pays a uniform grant of £150 per pupil.",
        Omits,
    );
    check(
        claim,
        "Ashgrove Council, which neighbours Dunmere, pays a uniform grant of £150 per pupil.",
        Contradicts,
    );
    // "Council" names no one on its own: the claim's "Ashgrove Council" does not make
    // "Dunmere Council" its subject.
    let text = "Ashgrove Council's school uniform grant is £150 per pupil.";
    let claim =
        "support: [{all: ['Ashgrove', 'uniform grant\\b.{0,30}£{n} per pupil']}]\nnumber: 150";
    check_claim_text(
        claim,
        text,
        "Dunmere Council, which neighbours Ashgrove, pays a uniform grant of £100 per pupil, one of the most generous in the region.",
        Omits,
    );
}

#[test]
fn whoever_puts_someones_figure_at_a_number_gives_a_rival_count() {
    // Trial 109: "puts the club's debts at £3.1m".
    check(
        "support: [{all: ['Redstone', '(?:debts\\b.{0,25}|owes )£{n}m']}]\nnumber: 2.3",
        "Administrators say Redstone RFC owes £2.3m, but supporters' group Save Our Stones puts the club's debts at £3.1m.",
        Mixed,
    );
}

#[test]
fn a_revision_after_a_semicolon_is_the_sentences() {
    // Trial 108: read as the 19 alone, a false contradiction.
    let claim = "support: [{all: ['Kirkholm', '{n} taxi licen[cs]es (?:were|had been) revoked', '2024']}]\nnumber: 23";
    let text = "Kirkholm revoked 23 taxi licences in 2024.";
    for document in [
        "A council report said 19 taxi licences were revoked in Kirkholm in 2024; the figure was later corrected to 23.",
        "A council report initially said 19 taxi licences were revoked in Kirkholm in 2024; the figure was later corrected to 23.",
    ] {
        check_claim_text(claim, text, document, Supports);
    }
}

#[test]
fn the_first_word_after_a_headline_without_a_full_stop_opens_its_sentence() {
    // Trial 108: "Visitors" under a headline that ends in a word was read as a name,
    // another party's, and the figure set aside.
    check_claim_text(
        "support: [{all: ['Pennine Royal Infirmary', '£{n} an hour', '2024']}]\nnumber: 3.20",
        "Pennine Royal Infirmary raised its hourly parking charge to £3.20 in 2024.",
        "Visitors count the cost as hospital parking rises\n\nVisitors to Pennine Royal Infirmary now pay £3.20 an hour after the trust increased its charges in 2024.",
        Supports,
    );
}

#[test]
fn a_rival_with_a_long_name_says_the_true_figure_too() {
    // Trial 108: the speaker may be up to ten words after the mark.
    check_claim_text(
        "support: [{all: ['Calderbrook', 'parking income (?:of )?£{n}m', '2023-24']}]\nnumber: 4.6",
        "Calderbrook's parking income was £4.6m in 2023-24.",
        "Calderbrook Hospitals NHS Trust's annual accounts show parking income of £4.6m in 2023-24, but campaign group Free Parking for Patients said the true figure was £5.1m.",
        Mixed,
    );
    // A verb of doubt so far on is not read: "…, below the 11.4 million the airport
    // itself has claimed" (trial 85) states the 10.9.
    check(
        "support: ['{n} million passengers']\nnumber: 11.4",
        "Norbridge Airport handled 10.9 million passengers in 2024, according to Civil Aviation Authority data, below the 11.4 million the airport itself has claimed.",
        Contradicts,
    );
}

#[test]
fn a_next_sentence_that_names_only_the_figure_replaced_revises_nothing_of_the_match() {
    // Trial 109: "revised up from an initial estimate of 4.0 million": 4.2 is the new one.
    let claim = "support: [{all: ['Kestrel', '{n} million passengers', '2024']}]\nnumber: 4.2";
    let text = "Kestrel Airport handled 4.2 million passengers in 2024.";
    check_claim_text(
        claim,
        text,
        "Some 4.2 million passengers used Kestrel Airport in 2024. The figure was revised up from an initial estimate of 4.0 million published in January.",
        Supports,
    );
    check_claim_text(
        claim,
        text,
        "Some 4.2 million passengers used Kestrel Airport in 2024. The figure was later revised to 4.4 million.",
        Contradicts,
    );
}

#[test]
fn a_court_or_an_event_after_at_is_no_place_that_restricts_the_figure() {
    // Trial 110: the court where the fine was set, the championship the claim names.
    check(
        "support: [{all: ['Thamesford', 'fined\\b.{0,20}\\b£{n}', 'Lark']}]\nnumber: 3400000",
        "Thamesford Water was fined £3.8m at Ipswich Crown Court on Friday for polluting the River Lark.",
        Contradicts,
    );
    let (verdict, evidence) = run(
        "support: [{all: ['Thamesford', 'fined\\b.{0,20}\\b£{n}', 'Lark']}]\nnumber: 3400000",
        "",
        "Thamesford Water was fined £3.8m at its Ipswich plant for polluting the River Lark.",
    );
    assert_eq!(verdict, Omits);
    // The why quotes the place.
    assert!(
        evidence.iter().any(|e| e
            .why
            .contains("counted in a place the claim does not name (\"Ipswich\")")),
        "{evidence:#?}"
    );
    // "PDC", of three letters, is no country the claim names, so "Littler's" is no other
    // place's owner.
    check_claim_text(
        "support: [{all: ['World Darts Championship', '(?:won|received|earned(?: him| her)?)\\b.{0,20}\\b£{n}']}]\nnumber: 500000",
        "The winner of the 2025 PDC World Darts Championship received £500,000.",
        "Luke Littler's victory at the 2025 PDC World Darts Championship earned him £450,000, his management company said.",
        Contradicts,
    );
}

#[test]
fn an_offer_with_its_object_is_made() {
    // Trial 110: "offered a prize fund of £2.4m" states the fund; "offered to raise" does not.
    let claim = "support: [{all: ['World (?:Snooker )?Championship', 'prize fund\\b.{0,60}\\b£{n}']}]\nnumber: 2600000";
    check(
        claim,
        "The 2025 World Snooker Championship offered a total prize fund of £2.4m.",
        Contradicts,
    );
    check(
        claim,
        "The 2025 World Snooker Championship offered a total prize fund of £2.6m.",
        Supports,
    );
    check(
        claim,
        "The World Snooker Championship offered to raise its prize fund to £3m.",
        Omits,
    );
}

#[test]
fn who_revises_a_figure_in_the_next_sentence_gives_it() {
    // Trial 111: the fire service revised the figure; it does not own the fire.
    let claim = "support: [{all: ['Holcombe Moor', '(?:figure|total|area burned)\\b.{0,20}\\b(?:to|at) {n} hectares'], within: paragraph}]\nnumber: 740";
    check(
        claim,
        "Initial estimates put the area burned on Holcombe Moor at 500 hectares. After a drone survey, West Pennine Fire and Rescue Service revised the figure to 740 hectares.",
        Supports,
    );
    check(
        claim,
        "Initial estimates put the area burned on Holcombe Moor at 500 hectares. After a drone survey, West Pennine Fire and Rescue Service revised the figure to 690 hectares.",
        Contradicts,
    );
    // "Early reports put" is a first account, as "earlier reports had put" is.
    check(
        claim,
        "Early reports put the area burned on Holcombe Moor at 500 hectares.",
        Omits,
    );
}

#[test]
fn the_figure_a_change_goes_to_is_dated_by_what_follows_it() {
    // Trial 113: "from £48.6m in 2022-23 to £53.9m in 2023-24": the 53.9 is 2023-24's.
    let claim =
        "support: [{all: ['Harbury', 'wage bill\\b.{0,40}\\b£{n}m', '2023-24']}]\nnumber: 48.6";
    let text = "Harbury United's wage bill was £48.6m in 2023-24.";
    check_claim_text(
        claim,
        text,
        "Harbury United's wage bill rose from £48.6m in 2022-23 to £53.9m in 2023-24, the accounts show.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "Harbury United's wage bill rose from £50.1m in 2022-23 to £48.6m in 2023-24.",
        Supports,
    );
}

#[test]
fn a_claim_of_a_budget_for_a_financial_year_is_one_of_what_will_be() {
    // Trial 112: "will fall by 25% in 2025-26" states the budget the claim is of.
    let claim = "support: [{all: ['Marlow', 'museum (?:grant|funding)\\b.{0,20}\\b(?:fall|falls|fell|be cut) by {n}%']}]\nnumber: 30";
    let text = "Marlow City Council cut its museum grant by 30% for 2025-26.";
    check_claim_text(
        claim,
        text,
        "Marlow's museum grant will fall by 25% in 2025-26, not the 30% first proposed, council leader Gareth Pryce said.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "Marlow's museum grant could fall by 25% in 2025-26.",
        Omits,
    );
    // A plain year is no budget's: "will" still counts neither way.
    check_claim_text(
        claim,
        "Marlow City Council cut its museum grant by 30% for 2025.",
        "Marlow's museum grant will fall by 25% in 2025.",
        Omits,
    );
}

#[test]
fn a_word_the_pattern_spells_before_a_gap_to_the_figure_is_the_analysts() {
    // Trial 115: `withdrew funding from` before `\b.{0,20}\b{n}` asks for the figure after
    // "from", which is no baseline there.
    let claim = "support: [{all: ['Northdale', '(?:cut|withdrew funding from|scrapped)\\b.{0,20}\\b{n} (?:bus )?routes']}]\nnumber: 14";
    check(
        claim,
        "Northdale County Council withdrew funding from 11 bus routes in 2024.",
        Contradicts,
    );
    check(
        claim,
        "Northdale County Council withdrew funding from 14 bus routes in 2024.",
        Supports,
    );
}

#[test]
fn a_rivals_true_figure_after_a_semicolon_is_the_other_side() {
    // Trial 114: as after ", but": the council's figure stands beside the union's.
    check(
        "support: [{all: ['Northwick', '(?:debt|owed)\\b.{0,40}£{n}', '2023-24']}]\nnumber: 94500",
        "Northwick Borough Council put school meal debt at £94,500 at the end of the 2023-24 school year; the National Education Union said the true figure was £130,000.",
        Mixed,
    );
}

#[test]
fn claim_after_per_is_a_noun() {
    // Trial 114: "an average of about £84 per claim" hedges nothing.
    check(
        "support: [{all: ['paid out\\b.{0,15}£{n}', 'compensation']}]\nnumber: 286000",
        "The council paid out £286,000 in compensation over the year, an average of about £84 per claim.",
        Supports,
    );
}

#[test]
fn an_original_figure_its_sentence_changes_counts_neither_way() {
    // Trial 114: "originally for 18 … but was cut to 14" states 14.
    let claim = "support: [{all: ['Carrow Hill', '{n} turbines']}, {all: ['Carrow Hill', '(?:cut|reduced) to {n}']}]\nnumber: 14";
    check(
        claim,
        "The Carrow Hill scheme was originally for 18 turbines but was cut to 14 after objections from the RSPB.",
        Supports,
    );
    // Without the change, "originally" alone still gives the figure.
    check(
        claim,
        "The Carrow Hill scheme was originally for 18 turbines.",
        Contradicts,
    );
    // A change to no figure ("cut to size") leaves it too.
    check(
        claim,
        "The Carrow Hill scheme was initially for 18 turbines, but the site was cut to size.",
        Contradicts,
    );
}

#[test]
fn a_figure_after_a_possessive_is_given_under_a_hedge() {
    // Trial 114: "expected to review its £12 charge" expects a review, not the charge.
    let claim = "support: [{all: ['Aldhelm', '£{n} (?:adult )?charge']}]\nnumber: 12";
    check(
        claim,
        "St Aldhelm's Cathedral in Wexbury, which is expected to review its £12 charge next year, is among the cheaper cathedrals.",
        Supports,
    );
    // The figure the hedge is about stays hedged.
    check(
        claim,
        "St Aldhelm's Cathedral is expected to introduce a £12 charge next year.",
        Omits,
    );
}

#[test]
fn a_figure_before_the_total_penalty_it_brings_is_an_addition() {
    // Trial 117: "bringing the total penalty to £150,000" names the total as "bringing the
    // total to" does; the £15,000 before it was a false contradiction.
    check(
        "support: [{all: ['Veridian', 'fin(?:e|es|ed|ing)\\b.{0,40}\\b£{n}']}]\nnumber: 150000",
        "Hollingford Council fined Veridian £15,000 in 2023 over missed collections and a further £135,000 in 2024, bringing the total penalty to £150,000.",
        Omits,
    );
}

#[test]
fn a_figure_called_inflated_by_a_cause_is_disputed() {
    // Trial 117: "…, saying the figure was inflated by new-build sales" after a denial in a
    // clause of its own disputes the figure before it.
    let claim = "support: [{all: ['Kelworth', '2024', 'prices\\b.{0,30}\\brose\\b.{0,15}\\b{n}%']}]\nnumber: 4.2";
    let stated = "Kelworth Council's annual housing report says average house prices in Kelworth rose 4.2% in 2024.";
    check(
        claim,
        &format!("{stated} Local estate agents denied that prices had risen that fast, saying the figure was inflated by new-build sales."),
        Mixed,
    );
    check(
        claim,
        &format!("{stated} Local estate agents said the figure was inflated by new-build sales."),
        Mixed,
    );
    // A negation that is no denial still negates what is said.
    check(
        claim,
        &format!("{stated} The agents did not deny it, saying the figure was wrong."),
        Supports,
    );
}

#[test]
fn an_organisations_analysis_is_a_source_not_an_owner() {
    // Trial 116: "the Nuffield Trust's analysis put the number at 31.9 million" is a rival
    // figure for England's courses, not the Trust's own.
    let claim = "support: [{all: ['England', 'delivered {n} million courses of treatment in 2023-24']}, {all: ['England', '2023-24', 'courses of treatment', '(?:total|number) (?:at|to) {n} million']}]\nnumber: 32.6";
    check(
        claim,
        "Healthwatch England said NHS dentists delivered 32.6 million courses of treatment in 2023-24, while the Nuffield Trust's analysis put the number at 31.9 million.",
        Mixed,
    );
    // A place's possessive still owns its figure.
    check_claim_text(
        claim,
        "NHS dentists in England delivered 32.6 million courses of treatment in 2023-24.",
        "NHS dentists delivered 32.6 million courses of treatment in England in 2023-24, while Wales's figures put the number at 2.1 million.",
        Omits,
    );
}

#[test]
fn a_dispute_in_the_next_paragraph_reads_on_from_a_one_sentence_paragraph() {
    // Trial 116: news gives a paragraph a sentence.
    let claim = "support: [{all: ['Lyric', 'sold {n} tickets in 2024']}]\nnumber: 182000";
    let stated = "The Lyric Playhouse says it sold 182,000 tickets in 2024.";
    let dispute = "But the Dunmere Theatres Trust, which audits box office returns, put the figure at 158,000.";
    check(claim, &format!("{stated}\n\n{dispute}"), Mixed);
    // From a longer paragraph, only a sentence that opens with "But" or "However" goes on.
    let longer = format!("The Lyric Playhouse is the city's largest theatre. {stated}");
    check(claim, &format!("{longer}\n\n{dispute}"), Mixed);
    check(
        claim,
        &format!("{longer}\n\nThe Dunmere Theatres Trust, which audits box office returns, said the true figure was 158,000."),
        Supports,
    );
    // A figure that breaks the claim still breaks it when the next paragraph disputes it
    // (trials 86 and 98); in its own paragraph, the dispute sets it aside.
    let claim = "support: [{all: ['Valebridge', 'March 2025', '{n} patients (?:waiting|had waited|waited)']}]\nnumber: 4312";
    let text =
        "In March 2025, 4,312 patients at Valebridge NHS Trust had waited more than 62 days.";
    let stated = "Valebridge NHS Trust said 3,980 patients had waited more than 62 days for cancer treatment in March 2025.";
    let dispute = "Union officials claimed the true number was higher than 4,300, citing figures shared with staff.";
    check_claim_text(claim, text, &format!("{stated}\n\n{dispute}"), Contradicts);
    check_claim_text(claim, text, &format!("{stated} {dispute}"), Omits);
}

#[test]
fn a_plan_decided_with_the_claims_verb_is_no_hedge() {
    // Trial 109: "approved the airport's plans to extend" states the approval.
    let claim = "support: [{all: ['North Fenby', 'runway', '(?:approved|approve)', 'March 2025']}]";
    let text =
        "North Fenby Council approved the extension of Kestrel Airport's runway in March 2025.";
    check_claim_text(
        claim,
        text,
        "North Fenby Council approved the airport's plans to extend its runway by 300 metres in March 2025.",
        Supports,
    );
    // The plan alone, or a claim of the extension itself, stays hedged.
    check_claim_text(
        claim,
        text,
        "In March 2025 North Fenby Council said the airport plans to extend its runway, which it approved.",
        Omits,
    );
    check_claim_text(
        "support: [{all: ['North Fenby', 'extend (?:its|the) runway', 'March 2025']}]",
        "Kestrel Airport extended its runway in March 2025, North Fenby Council said.",
        "North Fenby Council approved the airport's plans to extend its runway in March 2025.",
        Omits,
    );
}

#[test]
fn a_negation_for_long_says_it_was_so_for_a_while() {
    // Trial 119: "did not cost £5,480 for long" was a false contradiction.
    let claim = "support: [{all: ['Brimley', 'season ticket', '(?:cost|costs)\\b.{0,12}\\b£{n}']}]\nnumber: 5480";
    check(
        claim,
        "A Brimley to London Waterloo annual season ticket did not cost £5,480 for long: operator South Western Railway later introduced a £5,260 flexi option.",
        Omits,
    );
    check(
        claim,
        "A Brimley to London Waterloo annual season ticket did not cost £5,480.",
        Contradicts,
    );
}

#[test]
fn last_winter_in_a_document_written_before_the_claims_winter_is_an_earlier_one() {
    // Trial 119: written in October 2024, "last winter" is 2023-24's.
    let claim =
        "support: ['Scottish beekeepers lost {n}% of their (?:honey bee )?colonies']\nnumber: 29";
    let text =
        "Scottish beekeepers lost 29% of their honey bee colonies over the winter of 2024-25.";
    let last_winter = "Last winter, Scottish beekeepers lost 21% of their honey bee colonies.";
    check_claim_text(
        claim,
        text,
        &format!("The Scottish Beekeepers Association warned in October 2024 of a hard winter.\n\n{last_winter}"),
        Omits,
    );
    // Written in 2025, or with no year, last winter may be the claim's.
    check_claim_text(
        claim,
        text,
        &format!("Beekeepers met in Perth in March 2025.\n\n{last_winter}"),
        Contradicts,
    );
    check_claim_text(claim, text, last_winter, Contradicts);
}

#[test]
fn a_revision_reads_the_scale_the_figure_was_read_with() {
    // Trial 119: under `£{n}`, "£1.8m" is read with its scale, and so is the "£1.2m" it is
    // revised to (the revision was read as a hedge).
    let claim = "support: [{all: ['Hartwell', 'closures?\\b.{0,20}\\bsav(?:e|es|ed|ing)\\b.{0,15}\\b£{n}']}]\nnumber: 1800000";
    check(
        claim,
        "Hartwell Council initially estimated the closures would save £1.8m a year, but that figure has since been revised to £1.2m.",
        Contradicts,
    );
    check(
        claim,
        "Hartwell Council said the closures would save £1.2m a year, since revised to £1.8m.",
        Supports,
    );
}

#[test]
fn a_word_of_possibility_in_a_clause_the_pattern_ends_is_not_the_matchs() {
    // Trial 119: the pattern asks for the vote after "after"; the closing's "will" is
    // another clause's, as between two parts of an `all:`.
    let claim = "support: [{all: ['Hartwell', '{n} leisure centres\\b.{0,40}\\bafter councillors voted']}]\nnumber: 4";
    check(
        claim,
        "Four leisure centres in Hartwell will close this autumn after councillors voted for the cuts in March 2025.",
        Supports,
    );
    // Without the connective in the pattern, the gap's "will" still leaves it open.
    check(
        "support: [{all: ['Hartwell', '{n} leisure centres\\b.{0,40}\\bcouncillors voted']}]\nnumber: 4",
        "Four leisure centres in Hartwell will close this autumn after councillors voted for the cuts in March 2025.",
        Omits,
    );
}

#[test]
fn after_before_a_name_is_a_preposition_that_ends_no_clause() {
    // Trial 118 (unscored): the Wendle flood is what the denied claims came after.
    let claim = "support: [{all: ['Wendle', 'receive(?:d)? {n} (?:flood )?claims']}]\nnumber: 3250";
    check(
        claim,
        "Insurers did not receive 3,250 claims after the River Wendle flood, the ABI said.",
        Contradicts,
    );
    // "after" that opens a clause still sets the part apart.
    check(
        claim,
        "Insurers did not receive 3,250 claims after the flood hit Wendle.",
        Omits,
    );
}

#[test]
fn a_figure_of_another_month_does_not_support_a_claim_that_names_a_month() {
    // Trials 120 and 121: February's 96% supported a claim about January.
    let claim = "support: [{all: ['Kingsford General', 'occupancy\\b.{0,40}\\b{n}%']}]\nnumber: 96";
    let text = "Bed occupancy at Kingsford General Hospital averaged 96% in January 2025.";
    check_claim_text(
        claim,
        text,
        "Occupancy at Kingsford General Hospital averaged 96% in February 2025, NHS figures show.",
        Omits,
    );
    check_claim_text(
        claim,
        text,
        "Occupancy at Kingsford General Hospital averaged 96% in January 2025, NHS figures show.",
        Supports,
    );
    // A claim of a year is not fenced by a month inside it.
    check_claim_text(
        claim,
        "Bed occupancy at Kingsford General Hospital averaged 96% in 2025.",
        "Occupancy at Kingsford General Hospital averaged 96% in February 2025.",
        Supports,
    );
}

#[test]
fn the_year_before_counts_back_from_the_year_the_sentence_names() {
    // Trial 120: "the year before" after "In 2025, …" is 2024, though "the firm said"
    // stands between, and "before" after "year" opens no clause.
    let claim = "support: [{all: ['cinemas closed', 'down from {n} the year before']}]\nnumber: 42";
    let document = "In 2025, 35 UK cinemas closed, the firm said, down from 42 the year before according to a rival count.";
    check_claim_text(claim, "42 UK cinemas closed in 2024.", document, Supports);
    check_claim_text(claim, "42 UK cinemas closed in 2025.", document, Omits);
}

#[test]
fn a_rivals_true_figure_that_meets_the_claim_is_read() {
    // Trial 108's mirror: the council's true figure is the claim's, beside Unison's.
    let claim = "support: [{all: ['Kelbridge', '{n} food businesses']}]\nnumber: 14";
    let rival = |first: &str, second: &str| {
        format!("The Food Standards Agency said {first} food businesses in Kelbridge held a zero rating, but Kelbridge District Council said the true figure was {second}.")
    };
    let text = "14 food businesses in Kelbridge held a zero hygiene rating.";
    check_claim_text(claim, text, &rival("16", "14"), Mixed);
    // A rival who gives the claim's figure too agrees with it.
    check_claim_text(claim, text, &rival("14", "14"), Supports);
    // As before: another true figure disputes a figure that meets the claim, and says
    // nothing of one that breaks it.
    check_claim_text(claim, text, &rival("14", "12"), Mixed);
    check_claim_text(claim, text, &rival("16", "12"), Omits);
}

#[test]
fn a_rebuttal_opening_the_next_paragraph_reads_on_from_a_one_sentence_paragraph() {
    // Trial 122: "That is not correct:" a paragraph after the newsletter's claim.
    let claim = "support: [{all: ['Kestwick', 'decided {n}% of major (?:planning )?applications', '2024']}]\nnumber: 68";
    let claimed = "A council newsletter claimed Kestwick Borough Council decided 68% of major planning applications on time in 2024.";
    let rebuttal = "That is not correct: government statistics show the council decided 58%.";
    check(claim, &format!("{claimed}\n\n{rebuttal}"), Contradicts);
    // After a longer paragraph, the next one's first sentence is no rebuttal of it.
    check(
        claim,
        &format!("Councils publish newsletters. {claimed}\n\n{rebuttal}"),
        Omits,
    );
}

#[test]
fn a_speaker_named_after_a_denial_keeps_the_denial_whole() {
    // Trial 122: "…, Dunmere Buses confirmed" names who denies, as "…, Kestrel Buses
    // confirmed" does when the part is the whole name.
    let claim = "support: [{all: ['Dunmere', 'number 9 (?:bus )?(?:route|service)\\b.{0,30}\\b(?:withdrawn|scrapped)'], within: paragraph}]";
    check(
        claim,
        "The number 9 route has not been withdrawn, Dunmere Buses confirmed on Friday.",
        Contradicts,
    );
    check(
        claim,
        "The number 9 route has not been withdrawn, and Dunmere Buses confirmed it.",
        Omits,
    );
}

#[test]
fn nearby_names_no_kind() {
    // Trial 122: "nearby Tallow Moor Reservoir was at 52%" is Tallow Moor's figure.
    check(
        "support: [{all: ['Tallow Moor Reservoir\\b.{0,15}\\b(?:was|was at) {n}%', '1 August']}]\nnumber: 43",
        "Hollin Edge Reservoir was 43% full on 1 August 2025, while nearby Tallow Moor Reservoir was at 52%.",
        Contradicts,
    );
}

#[test]
fn correcting_a_figure_corrects_another_statement() {
    // Trial 123: the sentence is the correction; "a figure given to a scrutiny committee"
    // is what it corrects.
    let claim = "support: [{all: ['Hartwell', 'sp(?:ent|end)\\b.{0,15}\\b£{n}m on temporary accommodation']}]\nnumber: 14.6";
    check(
        claim,
        "Hartwell Borough Council did not spend £14.6m on temporary accommodation in 2024-25, its finance director has said, correcting a figure given to a scrutiny committee.",
        Contradicts,
    );
    // "correcting the figure to" revises the match's own.
    check(
        claim,
        "Hartwell Borough Council spent £14.6m on temporary accommodation, before correcting the figure to £13.9m.",
        Contradicts,
    );
}

#[test]
fn an_opening_at_a_named_site_is_another_place() {
    // Trial 123: Tynedale's 9.4% is no support for Kelsey's, a claim that names its
    // place with "at".
    let claim =
        "support: [{all: ['Kelsey', 'drop-out rate\\b.{0,30}\\b{n}% in 2023-24']}]\nnumber: 9.4";
    let text = "The drop-out rate at Kelsey University was 9.4% in 2023-24.";
    check_claim_text(
        claim,
        text,
        "At Tynedale University the drop-out rate was 9.4% in 2023-24, while at Kelsey University it was 7.2% in 2021-22.",
        Omits,
    );
    check_claim_text(
        claim,
        text,
        "At Kelsey University the drop-out rate was 9.4% in 2023-24.",
        Supports,
    );
}

#[test]
fn an_acronym_before_the_spelled_name_qualifies_it() {
    // Trial 124: "the GB SQQ liveweight lamb price" is the SQQ price the claim names.
    let claim = "support: [{all: ['SQQ\\b.{0,30}\\baveraged {n}p/kg', 'April 2025']}]\nnumber: 342";
    let text = "The SQQ liveweight lamb price averaged 342p/kg in April 2025.";
    check_claim_text(
        claim,
        text,
        "In Northern Ireland, lambs averaged 342p/kg in April 2025, while the GB SQQ liveweight lamb price averaged 336p/kg.",
        Contradicts,
    );
    // A name before it is still another's.
    check_claim_text(
        claim,
        text,
        "Lambs averaged 340p/kg in April 2025, while the Dorset SQQ liveweight lamb price averaged 342p/kg.",
        Omits,
    );
}

#[test]
fn what_an_earlier_article_said_is_withdrawn_in_a_correction() {
    // Trial 125: "An article on 6 March said …" in a correction notice.
    let claim = "support: ['Benning\\b.{0,40}\\bfined\\b.{0,10}\\b£{n}']\nnumber: 1200";
    let said = "An article on 6 March said Carl Benning was fined £2,000 for fly-tipping in Ashcombe Lane.";
    check(
        claim,
        &format!("Correction: fly-tipping fine\n\n{said} Court records show he was fined £1,200. We apologise for the error."),
        Omits,
    );
    // Outside a correction, another article's statement is reported as any other.
    check(claim, said, Contradicts);
}

#[test]
fn an_adjective_in_ing_before_the_denier_leaves_the_denial_a_verb() {
    // Trial 126: "the timing company denied" is a company that denied, not a noun
    // "denial" governed by "timing".
    let claim = "support: ['{n} runners finished']\nnumber: 18412";
    for document in [
        "18,412 runners finished, a figure the timing company denied.",
        "18,412 runners finished, though the governing body disputes the figure.",
    ] {
        check(claim, document, Mixed);
    }
    // Right before the denial, a word in "-ing" still governs it as a noun.
    check(
        claim,
        "18,412 runners finished despite growing denials.",
        Supports,
    );
}

#[test]
fn a_phrase_with_with_takes_the_claims_subject_from_the_clause_it_hangs_on() {
    // Trial 127: the opening "In Dunford," is where Northgate is, and "with a pass rate of
    // 98.5%" is Northgate's.
    let claim = "support: [{all: ['Northgate', 'pass rate\\b.{0,30}\\b{n}%']}]\nnumber: 98.5";
    let text = "Northgate Sixth Form College's A-level pass rate was 98.5% in 2025.";
    check_claim_text(
        claim,
        text,
        "In Dunford, Northgate Sixth Form College did better than the national figure, with a pass rate of 98.5%.",
        Supports,
    );
    // The subject only, not what it is compared with.
    check_claim_text(
        claim,
        text,
        "In Dunford, Eastfield College did better than Northgate, with a pass rate of 98.5%.",
        Omits,
    );
}

#[test]
fn a_crowd_put_at_another_figure_in_the_next_sentence_disputes_it() {
    // Trial 128: "Police put the crowd at about 6,000" is a rival count of the 7,800.
    let claim = "support: [{all: ['grand final', 'Kestrel Park', '{n} (?:fans|spectators|people)']}]\nnumber: 7800";
    let stated =
        "Promoters said 7,800 fans attended the Elite League grand final at Kestrel Park in 2024.";
    check(
        claim,
        &format!("{stated} Police put the crowd at about 6,000."),
        Mixed,
    );
    check(
        claim,
        &format!("{stated} The crowd was the biggest in years."),
        Supports,
    );
}

#[test]
fn a_subject_after_but_with_a_noun_before_its_verb_starts_another_statement() {
    // Trial 128: "…, but GMB members did not" is GMB's refusal, not GMB's vote.
    let claim = "support: [{all: ['GMB', 'voted for (?:an|the) overtime ban']}]";
    check(
        claim,
        "Unite members at the trust voted for an overtime ban last month, but GMB members did not.",
        Omits,
    );
    check(
        claim,
        "Unite and GMB members voted for an overtime ban last month.",
        Supports,
    );
}

#[test]
fn an_and_between_the_ends_of_between_is_no_list_the_negation_may_be_of() {
    // Trial 130: "between Ardley and Kenbrook" names one route.
    let claim = "support: ['number 7 (?:bus|service)\\b.{0,50}\\bwithdrawn']";
    check(
        claim,
        "Northway Buses denied that the number 7 service between Ardley and Kenbrook had been withdrawn, saying it would run twice a day.",
        Contradicts,
    );
    check(
        claim,
        "The number 7 bus between Ardley and Kenbrook was not withdrawn after all.",
        Contradicts,
    );
    // A list stays a list: the negation may be of either.
    check(
        claim,
        "The number 7 bus to Ardley and Kenbrook was not withdrawn.",
        Omits,
    );
}

#[test]
fn on_course_on_track_and_set_to_in_a_gap_are_forecasts() {
    // Trial 131: "is on course to meet its recruitment target" is not the target met.
    let claim = "support: ['Eastshire\\b.{0,40}\\b(?:met|meet) its recruitment target']";
    for forecast in ["is on course to", "is on track to", "is set to"] {
        check(
            claim,
            &format!("Eastshire Constabulary {forecast} meet its recruitment target."),
            Omits,
        );
    }
    // "of course" and "set a record" forecast nothing.
    check(
        claim,
        "Eastshire Constabulary, of course, met its recruitment target.",
        Supports,
    );
    check(
        claim,
        "Eastshire Constabulary set a record and met its recruitment target.",
        Supports,
    );
}

#[test]
fn a_vote_to_do_what_the_claim_says_was_done_is_the_decision() {
    // Trial 131: councillors who voted to raise council tax by 2.99% raised it by 2.99%.
    let claim =
        "support: ['Dunmore\\b.{0,40}\\b(?:raise|raised) council tax by {n}%']\nnumber: 4.99";
    let text = "Dunmore Council raised council tax by 4.99% for 2025-26.";
    check_claim_text(
        claim,
        text,
        "Dunmore councillors voted on Wednesday to raise council tax by 2.99% for 2025-26.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "Dunmore councillors voted on Wednesday to raise council tax by 4.99% for 2025-26.",
        Supports,
    );
    // A vote against it, or a vote of those who do not decide it, decides nothing.
    check_claim_text(
        claim,
        text,
        "Dunmore councillors voted against plans to raise council tax by 2.99%.",
        Omits,
    );
    check_claim_text(
        "support: ['Unite\\b.{0,40}\\bstruck for {n} days']\nnumber: 5",
        "Unite members struck for five days.",
        "Unite members voted to strike for 3 days.",
        Omits,
    );
}

#[test]
fn a_name_the_claim_says_after_the_same_word_is_the_claims() {
    // Trial 132: "in English and maths" is the claim's own phrase, not another party.
    let claim = "support: [{all: ['Hollybrook', '{n}% of (?:its )?pupils\\b.{0,25}\\bgrade 4', '2024']}]\nnumber: 78";
    let text =
        "78% of Hollybrook Academy pupils achieved grade 4 or above in English and maths in 2024.";
    check_claim_text(
        claim,
        text,
        "Hollybrook Academy's results fell this year: 68% of pupils achieved grade 4 or above in English and maths in 2024.",
        Contradicts,
    );
    // Another place in the clause still sets the figure aside.
    check_claim_text(
        claim,
        text,
        "Hollybrook Academy's results: in Kelsey, 68% of pupils achieved grade 4 or above in English and maths in 2024.",
        Omits,
    );
    // And an "and" of the claim's phrase, or "or above", ends no clause for a denial.
    check_claim_text(
        claim,
        text,
        "Hollybrook Academy denied that 78% of its pupils had achieved grade 4 or above in English and maths in 2024, saying the figure was a draft.",
        Contradicts,
    );
}

#[test]
fn a_clause_of_an_event_after_since_gives_that_years_figure() {
    // Trial 128: "since the 2023 … grand final … drew a crowd of 7,800" is 2023's crowd.
    let claim = "support: [{all: ['grand final', 'Kestrel Park', '(?:drew|crowd of)\\b.{0,15}\\b{n}']}]\nnumber: 7800";
    let text = "The 2024 Elite League speedway grand final at Kestrel Park drew a crowd of 7,800.";
    check_claim_text(
        claim,
        text,
        "It was the biggest crowd in the county since the 2023 Elite League grand final at Kestrel Park drew a crowd of 7,800.",
        Omits,
    );
    // A baseline stays a baseline.
    check_claim_text(
        claim,
        text,
        "The 2024 grand final at Kestrel Park drew a crowd of 7,800, the biggest since the 2019 season.",
        Supports,
    );
}

#[test]
fn a_part_in_a_clause_of_another_year_than_the_year_part_is_set_aside() {
    // Trial 130: the breach is 2022's; 2024 is when it was not measured.
    let claim = "support: [{all: ['Bridge Street', 'breached the legal limit', '2024']}]";
    check(
        claim,
        "Bridge Street, which breached the legal limit in 2022, was not measured in 2024.",
        Omits,
    );
    check(
        claim,
        "Bridge Street breached the legal limit in 2022 and was not measured in 2024.",
        Omits,
    );
    check(
        claim,
        "In 2024, Bridge Street breached the legal limit, as it did in 2022.",
        Supports,
    );
    // A name shared by two clauses is of both.
    check(
        "support: [{all: ['Millbrook', 'fell to\\W{0,2}poor', '2024']}]",
        "Millbrook's site was rated \"sufficient\" in 2023 but fell to \"poor\" in 2024.",
        Supports,
    );
}

#[test]
fn a_scale_after_n_matches_both_ways_papers_write_it() {
    // Trial 133: `£{n}m` read no "£212 million", half the reports of the figure.
    let claim = "support: ['received £{n}m in tuition fee income']\nnumber: 212";
    check(
        claim,
        "Harwell University received £212 million in tuition fee income.",
        Supports,
    );
    check(
        claim,
        "Harwell University received £212m in tuition fee income.",
        Supports,
    );
    check(
        claim,
        "Harwell University received £198 million in tuition fee income.",
        Contradicts,
    );
    let claim = "support: ['received £{n} million in tuition fee income']\nnumber: 212";
    check(
        claim,
        "Harwell University received £212m in tuition fee income.",
        Supports,
    );
}

#[test]
fn a_court_or_a_judge_owns_no_figure_it_rules_on() {
    // Trial 134: the fine is Severnside's, not the court's nor the judge's.
    let claim = "support: [{all: ['Severnside', 'fined\\b.{0,10}\\b£{n}m', 'Lune']}]\nnumber: 3.6";
    let text = "Severnside Water was fined £3.6m for polluting the River Lune.";
    for venue in [
        "at Lancaster Crown Court on Monday",
        "by Judge Margaret Holroyd",
    ] {
        check_claim_text(
            claim,
            text,
            &format!("Severnside Water was fined £3.6m {venue} after admitting polluting the River Lune."),
            Supports,
        );
    }
    // Another party's fine, at a court, is still another's, and the why names the party.
    let (verdict, evidence) = run_claim(
        claim,
        "",
        text,
        "Northmoor Water was fined £3.2m at Lancaster Crown Court, while Severnside Water admitted polluting the River Lune.",
    );
    assert_eq!(verdict, Omits, "{evidence:#?}");
    assert!(
        evidence
            .iter()
            .any(|e| e.why.contains("\"Northmoor Water\"")),
        "{evidence:#?}"
    );
}

#[test]
fn a_level_by_the_month_the_claim_names_is_that_months() {
    // Trial 134: "had risen to 18.9% by December 2024" is December's rate, for a claim of
    // December 2024's; "by October" is a count so far for a claim of December.
    let claim =
        "support: [{all: ['Kettleby', 'vacancy rate\\b.{0,60}\\brisen to {n}%']}]\nnumber: 17.4";
    let text = "Kettleby's shop vacancy rate was 17.4% in December 2024.";
    check_claim_text(
        claim,
        text,
        "Kettleby's vacancy rate had risen to 18.9% by December 2024, figures show.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "Kettleby's vacancy rate had risen to 18.9% by October 2024, figures show.",
        Omits,
    );
}

#[test]
fn the_true_amount_in_the_next_sentence_disputes_the_figure() {
    // Trial 161: "the true rise" as "the true figure".
    let journeys =
        "number: 12\nsupport: [{all: ['Northline', 'journeys\\b.{0,30}\\brose by {n}%']}]";
    let stated = "Northline Rail said passenger journeys on its network rose by 12% in 2024.";
    check(
        journeys,
        &format!("{stated} But the Office of Rail and Road said the true rise was 7%."),
        Mixed,
    );
    check(
        journeys,
        &format!("{stated} But the Office of Rail and Road said the true figure was 7%."),
        Mixed,
    );
    check(
        journeys,
        &format!("{stated} Its real ambition is growth."),
        Supports,
    );
    // Trial 170: "put attendance at", with no article.
    check(
        "number: 3400\nsupport: ['Lydford\\b.{0,20}\\bdrew {n} visitors']",
        "Organisers said the Lydford Village Fete drew 3,400 visitors in 2025. However, parish council figures put attendance at 2,700.",
        Mixed,
    );
    // Trial 164: "the true cut".
    check(
        "number: 40\nsupport: [{all: ['Kelbury', 'cut its arts grants budget by {n}%']}]",
        "Kelbury City Council said it had cut its arts grants budget by 40% for 2025-26. But the Kelbury Arts Forum said the true cut was 52%.",
        Mixed,
    );
    // Trials 172, 173 and 175: a share, an average, and what the number is of.
    for (claim, document) in [
        (
            "number: 19.6\nsupport: [{all: ['Westmere', 'electric cars\\b.{0,40}\\b{n}%']}]",
            "Dealers said that electric cars made up 19.6% of new car registrations in Westmere in 2024. But the county's vehicle licensing office put the share at 18.2%.",
        ),
        (
            "number: 7850\nsupport: ['average home attendance\\b.{0,25}\\bwas {n}']",
            "Wakebridge Trinity's average home attendance in 2024 was 7,850, the club said. But Super League's own figures put the average at 7,210.",
        ),
        (
            "number: 48500\nsupport: [{all: ['Northmoor', '{n} homes were connected']}]",
            "The Northmoor council said 48,500 homes were connected to full fibre in 2024. But regulator Ofcom put the number of newly connected Northmoor homes at 46,900 for the same year.",
        ),
    ] {
        check(claim, document, Mixed);
    }
    // Not a figure of another year, nor a number of something the next sentence does not
    // put at a figure.
    check(
        "number: 7850\nsupport: ['average home attendance\\b.{0,25}\\bwas {n}']",
        "Wakebridge Trinity's average home attendance in 2024 was 7,850, the club said. Super League's figures put the average at 7,210 in 2019.",
        Supports,
    );
    // Trial 177: the true output of a site.
    check(
        "number: 1240\nsupport: [{all: ['Dunmore Bank', 'generated\\b.{0,20}\\b{n} ?GWh']}]",
        "Solway Renewables says its Dunmore Bank wind farm generated 1,240 GWh in 2024. But the Renewable Energy Foundation said the true output was 1,180 GWh for the year.",
        Mixed,
    );
    // Trial 170: excess deaths over the heatwaves are another count than heat-related
    // deaths.
    check_claim_text(
        "number: 2985\nsupport: [{all: ['England', '{n} heat-related deaths', '2022']}]",
        "There were 2,985 heat-related deaths in England in the summer of 2022.",
        "The UKHSA recorded 2,985 heat-related deaths in England in summer 2022. The Office for National Statistics, using a different method, put the number of excess deaths during the heatwave periods at 3,271.",
        Supports,
    );
}

#[test]
fn a_rival_after_but_is_the_other_side_though_an_aside_names_the_speaker() {
    // Trial 181: the speaker's aside after "but" holds the last comma before the dispute.
    let rise = "support: [{all: ['Marlowshire', 'shoplifting\\b.{0,30}\\brose {n}%']}]\nnumber: 23";
    for document in [
        "Marlowshire Police said shoplifting offences rose 23% in 2024, but the county's Police and Crime Commissioner, Diane Holt, said the true rise was 19%.",
        "Marlowshire Police said shoplifting offences rose 23% in 2024, but the commissioner said the true rise was 19%.",
    ] {
        check(rise, document, Mixed);
    }
}

#[test]
fn a_rival_figure_in_the_next_sentence_that_meets_the_claim_makes_it_mixed() {
    // Trial 135: the council's £36.2m breaks the claim; the fund's £38.5m, in the next
    // sentence, meets it: the document gives both.
    let claim = "support: ['gave £{n}m to Welsh charities']\nnumber: 38.5";
    let stated = "The fund gave £36.2m to Welsh charities in 2024, according to the council.";
    for rival in [
        "\n\nThe fund itself puts the figure at £38.5m.",
        " The fund said the true figure was £38.5m.",
    ] {
        check(claim, &format!("{stated}{rival}"), Mixed);
    }
    // What records show is the document's own finding, which replaces the disputed one.
    check(
        claim,
        &format!("{stated} Audited figures show the real figure was £38.5m."),
        Supports,
    );
    // So is a correction of its own (trial 166).
    check(
        claim,
        &format!(
            "{stated} The council later corrected its report, saying the true figure was £38.5m."
        ),
        Supports,
    );
    // A rival figure that does not meet it leaves the dispute as it was.
    check(
        claim,
        &format!("{stated} The fund said the true figure was £37m."),
        Omits,
    );
}

#[test]
fn a_rival_figure_later_in_the_sentence_after_a_contrast_is_read() {
    // Trial 130: "though campaigners … put the number at 14" is the other side.
    let claim = "support: [{all: ['Northway', 'cut {n} routes']}]\nnumber: 14";
    check(
        claim,
        "Northway Buses cut 11 routes in September, the company said, though campaigners put the number at 14.",
        Mixed,
    );
    check(
        claim,
        "Northway Buses cut 14 routes in September, the company said, though campaigners put the number at 17.",
        Mixed,
    );
    // Another noun ("the crowd"), or a figure the sentence calls wrong, is no rival.
    check(
        claim,
        "Northway Buses cut 11 routes in September, while police put the crowd at 14.",
        Contradicts,
    );
    check(
        claim,
        "Northway Buses cut 14 routes in September, although a caption wrongly put the number at 17.",
        Supports,
    );
    // Trial 173: so is one after a semicolon.
    check(
        claim,
        "Northway Buses cut 11 routes in September; campaigners, citing council records, put the number at 14.",
        Mixed,
    );
    check(
        claim,
        "Northway Buses cut 14 routes in September; it has 40 buses.",
        Supports,
    );
    // Trial 155: "but the true figure was 17, …" is one too, with its speaker after it.
    for document in [
        "Northway Buses cut 14 routes in September, but the true figure was 17, campaigners said.",
        "Northway Buses cut 11 routes in September, but the real figure was 14, according to campaigners.",
    ] {
        check(claim, document, Mixed);
    }
    // Unless it is another period's.
    check(
        claim,
        "Northway Buses cut 14 routes in September, but the true figure for August was 17.",
        Supports,
    );
    // Trial 187: a rival's number in words.
    check(
        "support: ['Westmoor Fire and Rescue Service\\b.{0,30}\\bclosed {n} (?:fire )?stations']\nnumber: 5",
        "Westmoor Fire and Rescue Service said it closed five fire stations in 2024, while the Fire Brigades Union put the number at seven.",
        Mixed,
    );
}

#[test]
fn a_year_after_a_word_boundary_is_a_period_the_pattern_spells() {
    // Trial 136: `\b2025` names the rival date as `(?:2025)` does.
    let claim = "support: ['bridge opened in 2024']\ncontradict: ['opened\\b.{0,20}\\b2025']";
    check_claim_text(
        claim,
        "The bridge opened in 2024.",
        "The bridge opened in 2025.",
        Contradicts,
    );
}

#[test]
fn the_month_a_figure_starts_from_is_not_its_period() {
    // Trial 136: "£62 a year from April" is the charge from April on.
    let claim = "support: [{all: ['Brenton', 'garden waste\\b.{0,40}\\b£{n}']}]\nnumber: 58";
    let text = "Brenton Borough Council charges £58 a year for garden waste collection in 2025.";
    check_claim_text(
        claim,
        text,
        "Garden waste collection in Brenton will cost £62 a year from April, the borough council has confirmed.",
        Contradicts,
    );
    // A figure of a month is still that month's.
    check_claim_text(
        claim,
        text,
        "Garden waste collection in Brenton cost £62 in April, the borough council said.",
        Omits,
    );
}

#[test]
fn a_figure_whose_sentence_opens_in_another_place_is_not_the_claims_across_sentences() {
    // Trial 136: the Dales' 4.2 million, in the sentence after Lakemoor's.
    let claim =
        "support: [{all: ['Lakemoor', '{n} million visits'], within: paragraph}]\nnumber: 4.2";
    check(
        claim,
        "Lakemoor National Park remained the biggest draw. In the neighbouring Dales, the national park recorded 4.2 million visits.",
        Omits,
    );
    check(
        claim,
        "Lakemoor National Park remained the biggest draw. In 2024, the park recorded 4.2 million visits.",
        Supports,
    );
}

#[test]
fn a_name_set_off_by_commas_before_a_verb_in_the_past_stays_in_the_denial() {
    // Trial 138: "…, Sir Thomas Gale, turned down" is denied as "…, had turned down" is.
    let claim = "support: [{all: ['Gale', 'turned down\\b.{0,20}\\bpay rise']}]";
    for denied in ["has denied reports that", "has denied that"] {
        check(
            claim,
            &format!("Redland University {denied} its vice-chancellor, Sir Thomas Gale, turned down a pay rise."),
            Contradicts,
        );
    }
    // Trial 161: so is a pattern that starts at the name; the comma after it closes the
    // aside, it does not end the denied clause.
    check(
        r"support: ['Ellison\b.{0,40}\bturned down\b.{0,30}\bpay rise']",
        "Hartfield Borough Council has denied reports that its chief executive, Margaret Ellison, turned down a pay rise last year.",
        Contradicts,
    );
}

#[test]
fn the_date_figures_were_published_is_not_the_figures_period() {
    // Trial 138: published in February 2025, the thefts are last year's, 2024's.
    let claim = "support: ['{n} bicycles were (?:reported )?stolen in Oxbury']\nnumber: 3218";
    let text = "3,218 bicycles were reported stolen in Oxbury in 2024.";
    check_claim_text(
        claim,
        text,
        "Figures published in February 2025 show 3,218 bicycles were reported stolen in Oxbury last year.",
        Supports,
    );
    check_claim_text(
        claim,
        text,
        "Figures published in February 2025 show 3,281 bicycles were reported stolen in Oxbury last year.",
        Contradicts,
    );
    check_claim_text(
        claim,
        text,
        "Figures published in 2024 show 3,218 bicycles were stolen in Oxbury in 2023.",
        Omits,
    );
}

#[test]
fn a_peoples_name_that_opens_an_organisations_is_no_other_place() {
    // Trial 138: the British Film Institute's figures of UK admissions.
    let claim = "support: ['admissions\\b.{0,40}\\b{n} million']\nnumber: 123.6";
    let text = "UK cinema admissions were 123.6 million in 2024.";
    check_claim_text(
        claim,
        text,
        "Figures from the British Film Institute show UK cinema admissions were 121.3 million in 2024.",
        Contradicts,
    );
    // Another people's figure is still theirs, and the why names them.
    let (verdict, evidence) = run_claim(
        claim,
        "",
        text,
        "Irish cinema admissions were 121.3 million in 2024.",
    );
    assert_eq!(verdict, Omits, "{evidence:#?}");
    assert!(
        evidence.iter().any(|e| e.why.contains("(\"Irish\")")),
        "{evidence:#?}"
    );
}

#[test]
fn a_denial_reaches_past_more_than_a_span_after_a_gerund_and_its_speaker_owns_nothing() {
    // Trial 140: "more than two weeks" bounds a figure (no comparison, no hedge), "after
    // booking" opens no clause, and the Department of Health is who denies it.
    let claim = "support: [{all: ['England', '{n} million appointments\\b.{0,60}\\bmore than two weeks', 'March 2025']}]\nnumber: 6.1";
    check(
        claim,
        "A Department of Health spokesman denied that 6.1 million appointments in England had taken place more than two weeks after booking in March 2025.",
        Contradicts,
    );
    // "after" with a clause of its own still ends the denial there.
    check(
        claim,
        "Officials denied that 6.1 million appointments in England took place more than two weeks after patients booked, in March 2025.",
        Omits,
    );
    // The name after "said that" is the figure's owner, and the why names it.
    let (verdict, evidence) = run(
        claim,
        "",
        "Kelby Council said that Ashby's 6.1 million appointments in England took place more than two weeks after booking in March 2025.",
    );
    assert_eq!(verdict, Omits, "{evidence:#?}");
    assert!(
        evidence.iter().any(|e| e.why.contains("\"Ashby\"")),
        "{evidence:#?}"
    );
}

#[test]
fn a_possessive_before_a_name_the_claim_gives_qualifies_it() {
    // Trial 143: "Labour's Priya Shah" is Shah, the claim's own person.
    let claim =
        "support: [{all: ['Northgate', 'Shah\\b.{0,40}\\bwon\\b.{0,40}\\b{n} votes']}]\nnumber: 1812";
    let text = "Priya Shah won the Northgate ward by-election with 1,812 votes.";
    check_claim_text(
        claim,
        text,
        "In the Northgate ward by-election held the same day, Labour's Priya Shah won with 1,812 votes.",
        Supports,
    );
    check_claim_text(
        claim,
        text,
        "In the Northgate ward by-election held the same day, Labour's Priya Shah won with 1,821 votes.",
        Contradicts,
    );
}

#[test]
fn what_an_office_can_confirm_is_stated() {
    // A new user's trial: "can confirm that" is how an office says it confirms; the
    // figure it gives is stated, for the claim or against it.
    let claim = "support: ['cost\\b.{0,40}\\b£{n}m']\nnumber: 14.2";
    check(
        claim,
        "Kelmsford Borough Council can confirm that the total cost of the scheme has risen to £15.1m, up from £14.2m announced in January.",
        Contradicts,
    );
    check(
        claim,
        "We can reveal that the cost of the scheme is £16m.",
        Contradicts,
    );
    check(
        claim,
        "The council can confirm that the total cost is £14.2m.",
        Supports,
    );
    // What one can do is still only possible; so is what one may confirm, under a
    // condition or a time still to come, or not "that" (a review's cases).
    for doc in [
        "The council can cut the cost to £12m.",
        "The council can report a cost of £16m only if the grant is refused.",
        "Once the audit is signed off, the council can reveal a cost of £16m.",
        "The council can confirm a cost of £16m but will not.",
        "Residents can report a cost of £16m to the ombudsman.",
        "The council can confirm that the cost of £16m will be known only after the vote.",
        "Officials say they can confirm that the cost is £16m by March.",
    ] {
        check(claim, doc, Omits);
    }
    // As README says: such evidence is not counted, not hedged, has no cue, and its why
    // names the word.
    let (_, evidence) = run(claim, "", "The council can cut the cost to £12m.");
    assert!(
        evidence.iter().any(|e| !e.counted
            && !e.hedged
            && e.cue.is_none()
            && e.why.contains("\"can\" before the match")),
        "{evidence:#?}"
    );
}

#[test]
fn what_one_can_claim_is_an_entitlement_stated() {
    // Trial 142: "can claim £6,500" states the grant; "could claim … if" does not.
    let claim = "support: ['£{n}\\b.{0,40}\\bunder the Boiler Upgrade Scheme']\nnumber: 7500";
    check(
        claim,
        "Households can claim £6,500 towards an air source heat pump under the Boiler Upgrade Scheme in 2025.",
        Contradicts,
    );
    check(
        claim,
        "Households could claim £6,500 towards an air source heat pump under the Boiler Upgrade Scheme if ministers agree.",
        Omits,
    );
    // Trial 171: claiming "the" benefit is applying for it, no "claim the …" of a clause.
    let discount = "support: ['£{n} Warm Home Discount']\nnumber: 150";
    for document in [
        "Households on pension credit can also claim the £150 Warm Home Discount.",
        "Households are eligible to claim the £150 Warm Home Discount.",
    ] {
        check(discount, document, Supports);
    }
    for document in [
        "Campaigners claim the £150 Warm Home Discount is paid to 3 million homes.",
        "Households could claim the £150 Warm Home Discount if ministers agree.",
    ] {
        check(discount, document, Omits);
    }
}
