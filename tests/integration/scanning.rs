//! Correctness before speed: the prefiltered scan (literals first, regexes only on candidate
//! sentences) must give the very report that running every regex over every document gives.

use factcheck::corpus::Corpus;
use factcheck::render;
use factcheck::scan::Scanning;
use factcheck::{Checker, Report};

/// Checks `documents` with both scanning paths and returns the (identical) report.
fn same_both_ways(claims_yaml: &str, documents: &[(String, String)]) -> Report {
    let (mut checker, _) = Checker::from_yaml("claims.yaml", claims_yaml)
        .unwrap_or_else(|problems| panic!("claims do not load: {problems:?}"));
    let check = |checker: &Checker| {
        checker.check_texts(
            documents
                .iter()
                .map(|(id, text)| (id.as_str(), text.as_str())),
        )
    };
    let fast = check(&checker);
    checker.set_scanning(Scanning::Plain);
    let plain = check(&checker);
    // JSON, not `==`: a number that is not read as a quantity carries NaN bounds.
    let (fast_json, plain_json) = (render::json::render(&fast), render::json::render(&plain));
    if fast_json != plain_json {
        let line = fast_json
            .lines()
            .zip(plain_json.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        let around = |json: &str| {
            json.lines()
                .skip(line.saturating_sub(20))
                .take(30)
                .collect::<Vec<_>>()
                .join("\n")
        };
        panic!(
            "the reports differ at line {line}\n--- prefiltered:\n{}\n--- plain:\n{}",
            around(&fast_json),
            around(&plain_json)
        );
    }
    fast
}

fn evidence_count(report: &Report) -> usize {
    report
        .claims
        .iter()
        .flat_map(|c| c.verdicts.iter())
        .map(|v| v.evidence.len())
        .sum()
}

/// A generated claims file and its documents as `(id, text)` pairs.
fn generated(documents: usize, claims: usize) -> (String, Vec<(String, String)>) {
    let corpus = Corpus::new(documents, claims);
    (corpus.claims_yaml(), corpus.texts())
}

#[test]
fn prefiltered_and_plain_scans_agree_on_a_generated_corpus() {
    let (claims, documents) = generated(2000, 300);
    let report = same_both_ways(&claims, &documents);
    // The comparison means something only if many claims found evidence.
    let evidence = evidence_count(&report);
    assert!(evidence > 1000, "only {evidence} pieces of evidence");
}

#[test]
fn prefiltered_and_plain_scans_agree_on_the_seeds() {
    let root = env!("CARGO_MANIFEST_DIR");
    let claims = std::fs::read_to_string(format!("{root}/claims.yaml"))
        .unwrap_or_else(|e| panic!("reading claims.yaml: {e}"));
    let mut documents = Vec::new();
    for entry in std::fs::read_dir(format!("{root}/seeds"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let path = entry.path();
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        documents.push((id, text));
    }
    documents.sort();
    assert_eq!(documents.len(), 5);
    let report = same_both_ways(&claims, &documents);
    assert!(evidence_count(&report) > 50);
}

/// `\z` holds at the end of the text searched: a search bounded to a run of candidate
/// sentences must not find a match that a search of the whole document does not. `$`
/// holds at each sentence's end, both ways.
#[test]
fn end_of_text_assertions_are_not_bounded_by_sentences() {
    let claims = "claims:\n  - id: end\n    claim: It ends with aid.\n    support: ['aid\\z']\n  - id: sentence-end\n    claim: A sentence ends with aid.\n    support: ['mutual aid$']\n";
    let documents = [(
        "d".to_string(),
        "Leaders pledge mutual aid\n\nThey met on Monday. Nothing else was agreed.".to_string(),
    )];
    let report = same_both_ways(claims, &documents);
    assert_eq!(report.claims[0].verdicts.evidence(0).len(), 0);
    // The headline is a sentence that ends with "mutual aid".
    assert_eq!(report.claims[1].verdicts.evidence(0).len(), 1);
}

/// The prefiltered scan tries a pattern only where one of its first literals starts. Cases
/// where that could go wrong: letters in other cases, starts that overlap or sit inside
/// words, alternatives that share a beginning, a first literal that is not ASCII all the
/// way, a look before the first literal, a match found only after a rejected one, and a
/// match that would run into the next sentence.
#[test]
fn patterns_tried_only_where_they_can_start_find_every_match() {
    let claims = r#"claims:
  - id: cases
    claim: Case and overlap.
    support: ['(?:Kim|Kim Jong Un) met', 'putin\b.{0,20}\bvisit', '\bsigned (?:a|the) (?:pact|treaty)']
  - id: accents
    claim: Names with accents.
    support: ['(?:Türkiye|Ankara) (?:said|says)', 'Noël Dubois said']
  - id: numbers
    claim: Numbers first.
    support: ['{n} (?:troops|soldiers)', 'a (?:few|dozen) (?:troops|soldiers)']
  - id: edges
    claim: Word edges and sentence ends.
    support: ['aid\b.{0,10}\bpledged', 'kimono|kim']
"#;
    let documents = [(
        "d".to_string(),
        "KIM MET Putin. Kim Jong Un met Putin on his PUTIN visit, a rare visit. \
         They SIGNED THE TREATY; signed a pact too. Türkiye said so, and TÜRKIYE says so, \
         as Ankara said. Noël Dubois said nothing. 10,000 troops and twelve soldiers, \
         a few troops, a dozen soldiers, 3 Troops. Saïd pledged aid. Mutual aid was \
         pledged. Kimono makers and Kim. kimkim met."
            .to_string(),
    )];
    let report = same_both_ways(claims, &documents);
    // Not vacuous: every claim found something.
    for claim in &report.claims {
        assert!(
            claim.verdicts.evidence(0).len() >= 2,
            "{}: {:?}",
            claim.id,
            claim.verdicts.evidence(0)
        );
    }
}

/// `{n}` runs as a small number shape whose captures are checked, with the full number
/// grammar only where a capture is not a number. Sentences full of number phrases, joining
/// words and near misses ("thousands of", "to 12", "a hundred and 12", "F-16", "8 800")
/// must give what the full grammar gives everywhere.
#[test]
fn the_number_shape_gives_what_the_number_grammar_gives() {
    let claims = r"
claims:
  - id: troops
    claim: About 12,000 troops were sent.
    support: ['{n} (?:troops|soldiers)', 'sent\b.{0,30}\b{n}']
    number: '12000 +/- 10%'
  - id: range
    claim: Between 10 and 12 ships.
    support: ['between {n} and {n} ships', '{n} to {n} ships', 'in {n} years']
    number: '>= 10'
  - id: scale
    claim: Five million shells.
    support: ['{n} million shells', '{n}\b.{0,20}\bshells']
    number: '>= 1'
";
    // Each sentence: some context, a run of number-like tokens, more context.
    let numbers = [
        "12,000",
        "12 000",
        "8 800",
        "10",
        "12",
        "2.5",
        "twenty",
        "twenty-four",
        "four",
        "nine",
        "nineteen",
        "ninety",
        "eleven",
        "a",
        "few",
        "half",
        "hundred",
        "thousand",
        "million",
        "and",
        "of",
        "to",
        "between",
        "thousands",
        "tens",
        "dozens",
        "dozen",
        "several",
        "F-16",
        "10-12",
        "1950-1953",
    ];
    let quantities = [
        "12",
        "10",
        "12,000",
        "8 800",
        "2.5",
        "twenty-four",
        "twenty four",
        "a hundred",
        "a hundred and twenty",
        "two hundred",
        "nineteen",
        "a",
        "several",
        "dozens",
    ];
    let units = ["dozen", "hundred", "thousand", "million", "billion"];
    let context = [
        "sent",
        "troops",
        "soldiers",
        "ships",
        "shells",
        "million shells",
        "in",
        "years",
        "to",
        "and",
        "between",
        "more than",
        "almost",
        "the",
        "a",
        "of",
    ];
    let mut seed: u64 = 7;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut sentence = || {
        let mut words: Vec<&str> = (0..next(3)).map(|_| context[next(context.len())]).collect();
        // Half the runs are quantities the grammar reads, the others loose tokens.
        let joined = if next(2) == 0 {
            let q = |k: usize| quantities[k % quantities.len()];
            let (a, b, unit) = (next(97), next(89), units[next(units.len())]);
            match next(7) {
                0 => format!("between {} and {}", q(a), q(b)),
                1 => format!("{} to {}", q(a), q(b)),
                2 => format!("{} and a half {unit}", q(a)),
                3 => format!("half a {unit}"),
                4 => format!("a few {unit}"),
                5 => format!("{} {unit}", q(a)),
                _ => q(a).to_string(),
            }
        } else {
            let run: Vec<&str> = (0..1 + next(5))
                .map(|_| numbers[next(numbers.len())])
                .collect();
            run.join(if next(4) == 0 { "-" } else { " " })
        };
        words.push(&joined);
        let after: Vec<&str> = (0..1 + next(2))
            .map(|_| context[next(context.len())])
            .collect();
        format!("{} {}.", words.join(" "), after.join(" "))
    };
    let documents: Vec<(String, String)> = (0..300)
        .map(|d| {
            let text: Vec<String> = (0..10).map(|_| sentence()).collect();
            (format!("d{d:03}"), text.join(" "))
        })
        .collect();
    let report = same_both_ways(claims, &documents);
    assert!(
        evidence_count(&report) > 500,
        "only {} pieces of evidence",
        evidence_count(&report)
    );
}

/// A report without evidence (what the table and Markdown formats use) has the same
/// verdicts and outcomes as one with it, and holds no evidence at all.
#[test]
fn dropping_evidence_keeps_every_verdict() {
    let (claims, documents) = generated(1000, 300);
    let (mut checker, _) = Checker::from_yaml("claims.yaml", &claims)
        .unwrap_or_else(|problems| panic!("claims do not load: {problems:?}"));
    let texts = || {
        documents
            .iter()
            .map(|(id, text)| (id.as_str(), text.as_str()))
    };
    let full = checker.check_texts(texts());
    checker.keep_evidence(false);
    let bare = checker.check_texts(texts());
    assert!(evidence_count(&full) > 100);
    assert_eq!(evidence_count(&bare), 0);
    // Without evidence, a claim's matches are weighed only until it is mixed, and a
    // reason is never written: every kind of verdict must come out the same.
    let kinds: std::collections::BTreeSet<_> = full
        .claims
        .iter()
        .flat_map(|c| c.verdicts.iter().map(|v| v.verdict))
        .collect();
    assert_eq!(kinds.len(), 4, "only {kinds:?}");
    for (with, without) in full.claims.iter().zip(&bare.claims) {
        let verdicts = |c: &factcheck::report::ClaimReport| {
            c.verdicts.iter().map(|v| v.verdict).collect::<Vec<_>>()
        };
        assert_eq!(verdicts(with), verdicts(without), "claim {}", with.id);
        assert_eq!(
            (with.passed, &with.failures),
            (without.passed, &without.failures)
        );
    }
}

/// Claims that share a matcher are weighed once per document, for all of them, only when
/// nothing else weighing reads of a claim differs: a different `number:`, `hedged:`, a
/// word of possibility the claim itself says, or another period in its sentence gives each
/// claim its own verdict, exactly as when every claim is weighed on its own (the plain
/// path).
#[test]
fn claims_alike_share_their_weighing_and_claims_that_differ_do_not() {
    let claims = r#"
claims:
  - id: sent-500
    claim: Russia sent 500 troops.
    number: 500
    support: ['Russia\b.{0,30}\bsent {n} troops']
  - id: sent-900
    claim: Russia sent 900 troops.
    number: 900
    support: ['Russia\b.{0,30}\bsent {n} troops']
  - id: could-ship
    claim: Russia could soon ship shells.
    support: ['Russia\b.{0,20}\bship shells']
  - id: ships
    claim: Russia ships shells.
    support: ['Russia\b.{0,20}\bship shells']
  - id: hedged-counts
    claim: Russia delivers jets.
    hedged: support
    support: ['Russia\b.{0,20}\bdeliver(?:s|ed)? jets']
  - id: hedged-default
    claim: Russia delivers jets.
    support: ['Russia\b.{0,20}\bdeliver(?:s|ed)? jets']
  - id: denial-a
    claim: Pyongyang shipped drones.
    contradict: ['(?:denied|rejected)\b.{0,40}\breports?\b.{0,40}\bdrones']
  - id: denial-b
    claim: Pyongyang sold drones.
    contradict: ['(?:denied|rejected)\b.{0,40}\breports?\b.{0,40}\bdrones']
  - id: raised-2022
    claim: The Fed raised rates in June 2022.
    contradict: ['Fed held rates']
  - id: raised-2024
    claim: The Fed raised rates in June 2024.
    contradict: ['Fed held rates']
"#;
    let text = "Russia sent 500 troops to the border.\n\n\
                Russia could soon ship shells to the front, an official said.\n\n\
                Russia reportedly delivered jets last week.\n\n\
                Pyongyang denied reports that it shipped drones.\n\n\
                The Fed held rates in June 2022.\n";
    let documents = [("a".to_string(), text.to_string())];
    let report = same_both_ways(claims, &documents);
    let verdict = |id: &str| {
        let claim = report.claims.iter().find(|c| c.id == id);
        claim.map(|c| c.verdicts.verdict(0).as_str())
    };
    let pairs = [
        ("sent-500", "supports", "sent-900", "contradicts"),
        ("could-ship", "supports", "ships", "omits"),
        ("hedged-counts", "supports", "hedged-default", "omits"),
        ("denial-a", "contradicts", "denial-b", "contradicts"),
        ("raised-2022", "contradicts", "raised-2024", "omits"),
    ];
    for (a, a_verdict, b, b_verdict) in pairs {
        assert_eq!(
            (verdict(a), verdict(b)),
            (Some(a_verdict), Some(b_verdict)),
            "{a} and {b}"
        );
    }
}

/// A search again with skipped figures blanked that finds its match in a later sentence
/// starts that sentence afresh, so the sentences a region of the prefiltered scan holds
/// (fewer than the plain scan's whole document) cannot change what is read (a review found
/// the prefiltered scan reading 700 here and the plain one not).
#[test]
fn figures_skipped_in_one_sentence_leave_the_next_its_own_retries() {
    let claims = r"
claims:
  - id: lodz
    claim: Łódź has 700 residents.
    support: ['Łódź .{0,100}\b{n} residents']
    number: 700
  - id: lodz-ascii
    claim: Lodz has 700 residents.
    support: ['Lodz .{0,100}\b{n} residents']
    number: 700
";
    let last = "lists 13.000 residents, 14.000 residents, 15.000 residents, 700 residents.";
    let documents = [
        format!("Łódź lists 11.000 residents, 12.000 residents. Others count residents too. Łódź {last}"),
        format!("Lodz lists 11.000 residents, 12.000 residents. Others agree. Lodz {last}"),
    ];
    let documents: Vec<(String, String)> = documents
        .into_iter()
        .enumerate()
        .map(|(i, text)| (format!("d{i}"), text))
        .collect();
    let report = same_both_ways(claims, &documents);
    for claim in &report.claims {
        let verdicts: Vec<_> = claim.verdicts.iter().map(|v| v.verdict).collect();
        assert!(
            verdicts.contains(&factcheck::Verdict::Supports),
            "{}: {verdicts:?}",
            claim.id
        );
    }
}
