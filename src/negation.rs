//! Decides whether one match is negated or hedged by the words around it, within one sentence; it does not find matches and does not turn them into verdicts.
//!
//! A fact-check tool is only as good as its "contradicts", so every rule here leans the same way:
//! when the words are ambiguous, the match is left plain or hedged rather than negated.
//!
//! How it works: the sentence is cut once into tokens (words with their byte ranges, commas,
//! quotes, stops); cues are found once, greedily and longest first, from the table `ENTRIES` and
//! two written rules (denial verbs, and what follows a match); each match then costs a few scans.
//! - Idioms ("no doubt", "not only", "could not be more", "never before") swallow their words and
//!   count as nothing. Negation words inside the match never count: the analyst wrote them.
//! - A negation before the match counts when its scope reaches the match. The scope ends at a
//!   comma, `;`, `:` (what follows a colon states its own polarity), a dash, a bracket, `?`, `!`,
//!   the close of the quotation the cue stands in, "and"/"or", "but", a word that opens a clause
//!   ("although", "because", "which", "if", "until", …), a relative "that", a reporting verb
//!   ("said", "mentioned", …) and a participle that opens a clause ("the treaty signed by Putin").
//! - Negations in scope are counted: an odd number negates, an even number cancels out.
//! - A hedge reaches further: past "and", and past a comma unless a conjunction follows or the
//!   hedge stands in a subordinate clause; a clause such as ", which signed the pact," is skipped.
//! - After the match only denials and doubts count, in a short trailing clause ("…, a spokesman
//!   denied.", "… - a claim Pyongyang rejected.", "…, which could not be verified."), or as the
//!   dismissal of a claim that holds the match ("called accusations that … absurd").

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::LazyLock;

/// A word or phrase that negated or hedged a match, as written in the sentence, so a user can see why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// The cue as written in the sentence, e.g. "does not", "denied", "not immediately clear whether".
    pub text: String,
    /// The byte where the cue starts in the sentence.
    pub start: usize,
    /// The byte just after the cue in the sentence.
    pub end: usize,
}

/// What the words around one match do to it. Both fields may be set: the hedge then wins, because
/// a negated statement of uncertainty ("may not include") is still uncertain.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assessment {
    /// Set when the match lies inside a negated clause (odd number of effective negation cues in scope).
    pub negation: Option<Cue>,
    /// Set when the match lies inside the scope of an uncertainty cue. A caller that counts hedged
    /// evidence as support on request should do so only when `negation` is `None` and
    /// `hedge_reports` is set.
    pub hedge: Option<Cue>,
    /// The hedge reports or weighs the statement ("reportedly", "is believed to", "may"),
    /// rather than leaves it open ("unclear whether", "if", "could not confirm", a
    /// question): only such a hedge can count as support on request.
    pub hedge_reports: bool,
    /// The hedge is what a negation may deny instead of the statement: a reason, a purpose
    /// or a manner after the match ("did not close the ward because of the outbreak", "did
    /// not sign the pact alone").
    pub of_manner: bool,
}

/// The one outcome a caller acts on, with the rule "uncertainty wins over negation" applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The match says what it says.
    Plain,
    /// The match lies in a negated clause: support becomes contradiction.
    Negated,
    /// The match is uncertain: it counts neither way.
    Hedged,
}

impl Assessment {
    /// The outcome to act on; a hedge wins over a negation so that uncertainty never contradicts.
    pub fn effect(&self) -> Effect {
        match (&self.hedge, &self.negation) {
            (Some(_), _) => Effect::Hedged,
            (None, Some(_)) => Effect::Negated,
            (None, None) => Effect::Plain,
        }
    }
}

/// `matched` is the byte range of the match within `sentence`. Negation words inside the match itself never count.
///
/// The sentence is normalized text (straight quotes, `-` dashes, single spaces). Any range is
/// accepted: it is clamped to the sentence, and a range that is not on character boundaries only
/// shifts which words count as inside the match. Callers with many matches in one sentence can
/// use [`SentenceCues`] to find the cues once.
pub fn assess(sentence: &str, matched: Range<usize>) -> Assessment {
    SentenceCues::new(sentence).assess(matched)
}

/// Words of a rank that a denial may deny of what the match names (`superlative_after`).
/// A list, not every word in "-est": "the honest outcome", "the interest of the party".
#[rustfmt::skip]
const RANKS: &[&str] = &[
    "best", "worst", "most", "least", "first", "only", "record", "highest", "lowest",
    "biggest", "largest", "greatest", "smallest", "fastest", "slowest", "strongest",
    "weakest", "longest", "shortest", "deadliest", "closest", "heaviest", "hottest",
    "coldest", "wettest", "driest", "busiest", "oldest", "youngest", "earliest",
    "narrowest", "widest", "richest", "poorest", "safest", "costliest", "fewest",
    "cheapest", "dearest", "steepest", "sharpest", "deepest", "finest",
];

/// Phrases that name a cause after a form of "be" said of the thing caused
/// (`SentenceCues::cause_after`): "was the result of", "was due to", "was caused by".
#[rustfmt::skip]
const CAUSED_BY: &[&[&[&str]]] = &[
    &[&["result", "results", "product", "consequence"], &["of"]],
    &[&["due", "owing", "thanks"], &["to"]],
    &[&["caused", "driven", "prompted", "triggered", "sparked", "fuelled", "fueled"], &["by"]],
    &[&["responsible", "blamed"], &["for"]],
    &[&["to"], &["blame"], &["for"]],
];

/// Verbs that name a cause right after the thing caused (`SentenceCues::cause_after`):
/// "resulted from", "stemmed from".
const CAUSED_FROM: &[&[&[&str]]] = &[&[&["resulted", "results", "stemmed", "stems"], &["from"]]];

/// Verbs of causing: before the thing caused, after a negation ("denied that its
/// overflows caused the pollution": `SentenceCues::cause_before`), or right after the
/// match, which causes ("denied that Holt's victory caused the split": `cause_after`).
#[rustfmt::skip]
const CAUSES: &[&[&[&str]]] = &[
    &[&["caused", "causing", "cause", "causes", "triggered", "triggering", "sparked", "prompted"]],
    &[&["led", "leading", "lead", "leads", "contributed", "contributing", "contributes"], &["to"]],
    &[&["resulted", "resulting", "results"], &["in"]],
];

/// Nouns and adjectives of causing before the thing caused (`SentenceCues::cause_before`):
/// "were responsible for", "denied responsibility for".
const RESPONSIBLE_FOR: &[&[&[&str]]] = &[&[
    &["responsible", "responsibility", "blame", "blamed"],
    &["for"],
]];

/// The verbs that undo what the match states when they follow it in the passive ("…
/// was overturned", "… has been cancelled"): `SentenceCues::undone_after`.
#[rustfmt::skip]
pub(crate) const UNDONE: &[&str] = &[
    "overturned", "quashed", "reversed", "annulled", "revoked", "rescinded",
    "scrapped", "cancelled", "canceled", "withdrawn", "vacated", "postponed",
];

/// The verbs of a revision after a statement ("…, since revised to 740,000", "before
/// correcting the figure to 740,000"): the cue `assess` gives, which the engine reads on to
/// the revised figure.
#[rustfmt::skip]
pub(crate) const REVISED: &[&str] = &[
    "revised", "revising", "revises", "revise", "corrected", "correcting", "corrects",
    "amended", "amending", "amends", "restated", "restating", "restates", "restate",
];

/// Verbs of changing a figure, besides `REVISED`'s "revised", "corrected", "amended": "has
/// since lowered its estimate", "was originally for 18 turbines but was raised to 20".
#[rustfmt::skip]
pub(crate) const CHANGING: &[&str] = &[
    "lowered", "lowers", "raised", "raises", "downgraded", "upgraded", "updated", "adjusted",
];

/// Words before a figure's noun that point back to one the text gave: "disputed *that*
/// figure", "corrected *its* estimate".
const POINTS_BACK: &[&str] = &["that", "the", "this", "those", "these", "its", "their"];

/// Whether `word` is a preposition of place or time after which a negation's scope stops
/// ("nobody was injured *in* the attack"): the engine asks it of parts across sentences.
/// Whether the words of a label or a heading (lower-cased) say that what it labels is in
/// doubt or false: "Unconfirmed:", "Myth:", "Fact check:", "## Myths about the election",
/// "Not true:", "Claims we could not verify:".
pub fn doubts(words: &[String]) -> bool {
    const DOUBT: &[&str] = &[
        "unconfirmed",
        "unverified",
        "unproven",
        "rumour",
        "rumor",
        "rumours",
        "rumors",
        "claim",
        "alleged",
        "allegation",
        "false",
        "fake",
        "misleading",
        "disputed",
        "untrue",
        "unclear",
        "myth",
        "myths",
        "hoax",
        "hoaxes",
        "debunked",
        "check",
        "fact-check",
        "factcheck",
        "misinformation",
        "disinformation",
    ];
    words.iter().any(|w| DOUBT.contains(&w.as_str()))
        || words.windows(2).any(|pair| {
            matches!(pair[0].as_str(), "not" | "yet" | "cannot")
                && matches!(
                    pair[1].as_str(),
                    "confirmed" | "verified" | "verify" | "confirm" | "proven" | "true"
                )
        })
}

/// Whether `word` is a verb of denial ("denied", "rejects", "refuted").
pub fn is_denial(word: &str) -> bool {
    lookup(word).mask & DENY != 0
}

/// Whether `word` is a noun that puts what follows it up for judgement ("the claim that",
/// "reports of", "the figure of"), as the frames of the lexicon do.
pub fn is_frame_noun(word: &str) -> bool {
    lookup(word).mask & FRAME != 0
}

/// Whether the words of `cue` dismiss what a frame holds as false: "false", "wrong",
/// "inflated", or the "not true" (or "not correct", …) that `SentenceCues::not_true` reads.
pub fn dismisses(cue: &str) -> bool {
    let mut words = cue.split_whitespace();
    let (first, last) = (words.next(), cue.split_whitespace().last());
    last.is_some_and(|word| lookup(word).mask & DISMISSIVE != 0)
        || (first.is_some_and(|w| w.eq_ignore_ascii_case("not"))
            && last.is_some_and(|w| NOT_TRUE.iter().any(|t| t.eq_ignore_ascii_case(w))))
}

/// The words after "not" that dismiss a statement: "not true", "not correct".
const NOT_TRUE: &[&str] = &["true", "correct", "accurate", "right"];

/// Words that open a phrase of when or how between a denial verb and its "that" ("denied
/// yesterday that", "denied flatly that"), besides prepositions and `ADV`.
#[rustfmt::skip]
const DENIAL_ADVERBIALS: &[&str] = &[
    "yesterday", "today", "last", "this", "earlier", "again", "repeatedly", "strongly",
    "flatly", "firmly", "categorically", "vehemently", "emphatically", "previously", "to",
];

/// Whether `word` is a verb that calls something a name ("called", "branded", "described"),
/// in a finite form: "calling" after a statement is its subject's own word.
pub fn is_calling(word: &str) -> bool {
    lookup(word).mask & CALLS != 0 && !word.to_ascii_lowercase().ends_with("ing")
}

/// Verbs by which evidence shows what is so: "records show it did", "figures show the
/// real figure was 84.5%".
#[rustfmt::skip]
const SHOWS: &[&str] = &[
    "show", "shows", "showed", "shown", "found", "prove", "proves", "proved", "reveal",
    "reveals", "revealed", "suggest", "suggests", "indicate", "indicates",
];

/// The nouns a figure goes by when a sentence speaks of it: "disputes the figure", "said
/// the estimate was inflated".
pub(crate) const FIGURE_NOUNS: &[&str] = &[
    "figure",
    "figures",
    "number",
    "numbers",
    "estimate",
    "total",
    "tally",
    "count",
    "toll",
    // A crowd's size is given as a figure: "Police put the crowd at about 6,000" (trial
    // 128).
    "crowd",
    "attendance",
];

/// The verbs of someone who puts a figure at a number: "puts the real figure at £205m".
pub(crate) const PUTS: &[&str] = &["puts", "put", "putting", "places", "placed"];

/// What a rival puts at a figure besides a count: "put the share at 18.2%", "put the
/// average at 7,210"; or calls true: "the true rate".
pub(crate) const MEASURE_NOUNS: &[&str] = &["share", "average", "rate", "proportion", "percentage"];

/// The words that call a rival's figure the real one: "the real figure", "the true loss".
pub(crate) const REAL: &[&str] = &["real", "true", "actual", "correct"];

/// The nouns of an amount or a change a rival may give its own figure of: "said the true
/// loss was £60m", "said the real increase was closer to 4%" (trials 91 and 93). (A
/// rate, a share or an average is a `MEASURE_NOUNS`, which a rival may call true too.)
#[rustfmt::skip]
pub(crate) const AMOUNT_NOUNS: &[&str] = &[
    "loss", "losses", "fall", "rise", "increase", "drop", "decline", "cost", "cut",
    "reduction", "deficit", "growth",
    // (What a site or a business makes: "said the true output was 1,180 GWh", trial 177.)
    "output", "production", "revenue", "income", "profit", "spending",
];

/// Whether `word` opens a clause of its own ("after", "because", "which", "and", "but",
/// "therefore", …): the word classes a negation's scope ends at.
pub fn opens_clause(word: &str) -> bool {
    lookup(word).mask & (SUBORDINATOR | AND_OR | BARE_BOUNDARY) != 0
}

pub fn is_preposition(word: &str) -> bool {
    lookup(word).mask & PREPOSITION != 0
}

/// The cues of one sentence, found once so that every match in it is judged without redoing the work.
#[derive(Debug, Clone)]
pub struct SentenceCues<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    cues: Vec<Found>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum K {
    Word,
    /// "not", "cannot" or a word ending in "n't"; a class of its own because so many cues start with it.
    Not,
    Comma,
    /// A mark that always ends a clause: `;`, `:`, a dash, a bracket, `?`, `!`.
    Stop,
    OpenQ,
    CloseQ,
    Period,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    k: K,
    /// What the lexicon knows about the word; nothing for marks.
    lex: Lex,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Neg,
    Hedge,
    /// An idiom that looks negative or uncertain but is neither ("no doubt", "not only").
    Neutral,
    /// A claim noun with its connector ("allegations of", "reports that"): it negates when the claim
    /// is dismissed after the match, and otherwise hedges if `hedging`, because an allegation is not a fact.
    Frame {
        hedging: bool,
    },
}

/// The cue may take the auxiliary before it ("does" + "not"), so the user sees "does not".
const ABSORB: u8 = 1;
/// The hedge counts even inside the match: no plain assertion of fact contains "reportedly".
const STRONG: u8 = 2;
/// The hedge may also come after the match, in a short trailing clause ("…, which could not be verified").
const TAIL: u8 = 4;
/// The cue ends with the claim it rejects ("denied reports that"): cut by the match, it rejects what
/// the claim says, not that the claim was made, so it says nothing about the match.
const CLAIM: u8 = 8;
/// The hedge reports or weighs the statement rather than leaves it open (see
/// `Assessment::hedge_reports`).
const REPORT: u8 = 16;
/// The negation says what it negates is false only as a whole: when the clause goes on
/// past the match ("falsely claimed that [Biden won] the election through fraud"), the
/// falsity may lie in the rest, and the match counts neither way.
const WHOLE: u8 = 32;

#[derive(Debug, Clone, Copy)]
struct Found {
    /// The first token of the cue.
    start: usize,
    /// The token just after the cue.
    end: usize,
    kind: Kind,
    flags: u8,
}

struct Entry {
    /// Space-separated elements; `a|b` are alternatives, a trailing `?` makes an element optional,
    /// and NOT, BE, ADV, WH, FRAME, FRAMEH, FRAMEN are word classes. Quotes between words are skipped.
    pat: &'static str,
    kind: Kind,
    flags: u8,
}

/// One element of an entry's pattern, parsed once: matching used to split the pattern
/// text for every word of every sentence, a sixth of the time spent on a document.
#[derive(Debug)]
struct Element {
    optional: bool,
    alternatives: Vec<Alternative>,
}

#[derive(Debug, Clone, Copy)]
enum Alternative {
    Not,
    Class(u32),
    /// A word, by its `Lex::id`: compared as a number where it was compared as text,
    /// for every alternative of every entry tried at a word (most tried fail there).
    Word(u32),
}

/// The words of a table entry's pattern element, without its `?`: `NOT`, a class, or
/// words in lower case.
fn element_words(element: &'static str) -> impl Iterator<Item = &'static str> {
    element.trim_end_matches('?').split('|')
}

/// Every word the table's entries spell (not their classes), each as often as spelled.
fn entry_words() -> impl Iterator<Item = &'static str> {
    ENTRIES
        .iter()
        .flat_map(|entry| entry.pat.split(' '))
        .flat_map(element_words)
        .filter(|word| class(word).is_none())
}

/// The class (or `NOT`) an element's alternative names, if it names one rather than a
/// word.
fn class(alternative: &str) -> Option<Alternative> {
    match alternative {
        "NOT" => Some(Alternative::Not),
        "BE" => Some(Alternative::Class(BE)),
        "ADV" => Some(Alternative::Class(ADV)),
        "WH" => Some(Alternative::Class(WH)),
        "FRAMEH" => Some(Alternative::Class(FRAME_H)),
        "FRAMEN" => Some(Alternative::Class(FRAME_N)),
        "FRAME" => Some(Alternative::Class(FRAME)),
        _ => None,
    }
}

/// `ENTRIES`' patterns, parsed; indexed like `ENTRIES`.
static PATTERNS: LazyLock<Vec<Vec<Element>>> = LazyLock::new(|| {
    ENTRIES
        .iter()
        .map(|entry| {
            entry
                .pat
                .split(' ')
                .enumerate()
                .map(|(n, element)| {
                    // A first element is never optional.
                    let (element, optional) = element
                        .strip_suffix('?')
                        .map_or((element, false), |e| (e, n > 0));
                    let alternatives = element
                        .split('|')
                        .map(|alt| class(alt).unwrap_or_else(|| Alternative::Word(lookup(alt).id)))
                        .collect();
                    Element {
                        optional,
                        alternatives,
                    }
                })
                .collect()
        })
        .collect()
});

const fn e(pat: &'static str, kind: Kind, flags: u8) -> Entry {
    Entry { pat, kind, flags }
}

const NEG: Kind = Kind::Neg;
const HEDGE: Kind = Kind::Hedge;
const IDIOM: Kind = Kind::Neutral;

/// The cue table. At each word the longest entry wins, and on a tie the earlier one.
static ENTRIES: &[Entry] = &[
    // Idioms that are not negations: they swallow their words and count as nothing.
    e("NOT only|just|merely|simply|least|unlike|without|surprisingly", IDIOM, 0),
    e("NOT to mention", IDIOM, 0),
    e("NOT the? only|sole", IDIOM, 0),
    e("NOT more|less|fewer than", IDIOM, 0),
    // Openers that grant what follows: "Make no mistake Holt won", "No stranger to
    // controversy, she won", "Not gonna lie, she won", "Contrary to expectations inflation
    // fell", "Defying forecasts, it grew", "faster than expected".
    e("make no mistake", IDIOM, 0),
    e("no stranger|strangers to", IDIOM, 0),
    e("no joke|kidding", IDIOM, 0),
    e("NOT gonna|going to? lie", IDIOM, 0),
    e("contrary to expectations|forecasts|predictions|fears", IDIOM, 0),
    e("defying|defied|despite|against|than expectations|forecasts|predictions|expected|forecast|predicted|anticipated|feared", IDIOM, 0),
    // "Stopped denying that X" admits X; "found nothing to contradict X" leaves X standing.
    e("stopped|stop|stops|ceased no? longer? denying|deny|disputing", IDIOM, 0),
    e("nothing to contradict|refute|dispute|disprove|deny|doubt|question", IDIOM, 0),
    e("no evidence|reason to contradict|refute|dispute|disprove|deny|doubt|question", IDIOM, 0),
    // "No surprise Holt won" grants that she won.
    e("no doubt|question|denying|sooner|matter|wonder|surprise|secret|coincidence|accident|objection|objections", IDIOM, 0),
    e("without a? doubt|question", IDIOM, 0),
    e("NOT a? secret|coincidence|accident", IDIOM, 0),
    e("NOT since|until", IDIOM, 0),
    // "Did not fail to deliver" delivered; "did not fail" alone is a plain negation.
    e("NOT|never ADV? hesitate|hesitated|fail|failed|fails to", IDIOM, 0),
    // "Nothing stopped Brandt from breaking the record", "The rain did nothing to stop
    // him": what nothing prevented happened.
    e("nothing|nobody stopped|stops|prevented|prevents|kept|keeps", IDIOM, 0),
    e("no one stopped|stops|prevented|prevents", IDIOM, 0),
    e("did|does|do nothing to stop|prevent|halt|slow", IDIOM, 0),
    // "The United States didn't so much withdraw from the accord as abandon it."
    e("NOT so much", IDIOM, 0),
    // "Critics cannot deny that X" grants X.
    e("cannot|can't deny|dispute|doubt that", IDIOM, 0),
    // "Nobody doubts X", "few would deny X": a doubt nobody has grants X, "that" or not.
    e("nobody|none|few ADV? doubts|doubted|questions|questioned|disputes|disputed|denies|noticed|realised|realized|knew", IDIOM, 0),
    e("no one ADV? doubts|doubted|questions|questioned|disputes|disputed|denies|noticed|realised|realized|knew", IDIOM, 0),
    // "No one expected the treaty to include X" is surprise that it does, as a rule, but it
    // states nothing either way.
    e("nobody|none|few ADV? expected|predicted|anticipated|foresaw|imagined", HEDGE, 0),
    e("no one ADV? expected|predicted|anticipated|foresaw|imagined", HEDGE, 0),
    e("nobody|none|few would|could|can ADV? doubt|question|dispute|deny", IDIOM, 0),
    e("few ADV? doubt|question|dispute|deny|denied", IDIOM, 0),
    e("hardly|scarcely anyone|anybody ADV? doubts|doubted|questions|questioned|disputes|disputed|denies|denied", IDIOM, 0),
    // "It is not untrue that X" grants X: the two negations cancel.
    e("NOT|hardly ADV? untrue|false|wrong|incorrect|inaccurate that?", IDIOM, 0),
    e("no one would|could|can ADV? doubt|question|dispute|deny", IDIOM, 0),
    // "Nobody knows why Armenia signed the accord" takes the signing as given, as "how"
    // does ("whether" would not).
    e("nobody|none ADV? knows|understands|understood why|how", IDIOM, 0),
    e("no one ADV? knows|understands|understood why|how", IDIOM, 0),
    e("nobody|none can|could ADV? explain|understand why|how", IDIOM, 0),
    e("no one can|could ADV? explain|understand why|how", IDIOM, 0),
    // "No one can say X": nobody knows, or nobody may claim it; either way X is left open.
    e("nobody|none can|could ADV? say|tell|know|predict", HEDGE, 0),
    e("no one can|could ADV? say|tell|know|predict", HEDGE, 0),
    // "Officials never doubted X", "Moscow did not dispute X": conceded, as "nobody doubts".
    e("NOT|never ADV? doubt|doubts|doubted|question|questioned|dispute|disputed", IDIOM, 0),
    e("with no|little hesitation|delay|warning|fanfare|pause|exception", IDIOM, 0),
    e("no|little hesitation", IDIOM, 0),
    // "Rain did not stop Brandt from setting a record", "failed to prevent Kellner from
    // winning": the negation is of the stopping; what it did not stop happened.
    e("NOT|never ADV? stop|stopped|stops|prevent|prevented|prevents|deter|deterred|deters|block|blocked|blocks|hinder|hindered|halt|halted", IDIOM, 0),
    e("fail|fails|failed|failing to stop|prevent|deter|block|hinder|halt", IDIOM, 0),
    // "The appeal court did not overturn Varga's conviction", "declined to suspend the
    // approval", "never contested her conviction": what was not undone stands.
    // So does a target or a plan not abandoned: "would not abandon the 2050 target".
    e("NOT|never ADV? overturn|overturned|contest|contested|challenge|challenged|suspend|suspended|revoke|revoked|reverse|reversed|quash|quashed|annul|annulled|abandon|abandoned|scrap|scrapped|ditch|ditched|repeal|repealed|rescind|rescinded", IDIOM, 0),
    e("refuse|refuses|refused|refusing|decline|declines|declined|declining to overturn|contest|challenge|suspend|revoke|reverse|quash|annul|abandon|scrap|ditch|repeal|rescind", IDIOM, 0),
    // "The jury did not take long to convict Varga" convicted her.
    e("NOT|never ADV? take|took|taken long to", IDIOM, 0),
    // "Not for nothing did Holt win Ashford": she did.
    e("NOT for nothing", IDIOM, 0),
    // "Smith refused to concede that Holt had won", "never conceded that X": a dispute of
    // X, not a statement either way.
    e("refuse|refuses|refused|refusing|decline|declines|declined|declining to concede|accept|acknowledge|admit|recognise|recognize that?", HEDGE, 0),
    // ("I do not accept that X" is the speaker's denial, and stays one.)
    e("NOT|never ADV? concede|conceded|concedes|recognise|recognised|recognize|recognized that", HEDGE, 0),
    // "Did not wait long to approve it" approved it: the negation is of the waiting.
    e("NOT|never ADV? wait|waited|delay|delayed long? to|before|in", IDIOM, 0),
    e("NOT|never ADV? hide|hid|hidden|conceal|concealed|mince|minced", IDIOM, 0),
    e("no less|more|fewer than", IDIOM, 0),
    e("nothing less|more than", IDIOM, 0),
    e("nothing short of", IDIOM, 0),
    e("nothing but", IDIOM, 0),
    e("none other than", IDIOM, 0),
    e("like|as never before", IDIOM, 0),
    e("never before|previously", IDIOM, 0),
    e("or|if NOT", IDIOM, 0),
    e("if anything", IDIOM, 0),
    e("never mind", IDIOM, 0),
    e("NOT to be outdone", IDIOM, 0),
    e("never one to", IDIOM, 0),
    e("no later|earlier than", IDIOM, 0),
    e("without a? word|delay|warning|hesitation|fanfare|incident|exception|fail|ceremony|pause", IDIOM, 0),
    // "Not entirely unexpected" is expected: the two negations cancel.
    e("NOT ADV? unexpected|unusual|uncommon|unheard|unprecedented|unfamiliar|insignificant|unreasonable", IDIOM, 0),
    // "No other troops crossed" says nothing against the troops that did.
    e("no other", HEDGE, 0),
    e("could|can NOT be? have? been? more|closer|better|stronger|clearer|happier", IDIOM, 0),
    e("couldn't|can't|cannot be? have? been? more|closer|better|stronger|clearer|happier", IDIOM, 0),
    // "It is not clear why X", "did not say how many troops crossed", "would not say when
    // the treaty was signed": what is not known is the reason, the number, the time; X is
    // taken as given. ("Whether" and "if" leave X open.)
    e("NOT ADV? be|been? ADV? clear|known|certain|sure|evident why|how|when|where", IDIOM, 0),
    e("NOT|never ADV? say|said|explain|explained|specify|specified|disclose|disclosed|reveal|revealed|confirm|confirmed why|how|when|where", IDIOM, 0),
    // "Peskov declined to explain how the clause would work" takes the clause as given.
    e("declined|declines|refused|refuses to say|explain|specify|disclose|reveal|detail why|how|when|where", IDIOM, 0),
    // "There is no shortage of shells", "Not a single day passes without shells landing".
    e("no shortage|lack of", IDIOM, 0),
    e("NOT a single? day|week|night passes|goes without", IDIOM, 0),
    // Uncertainty: the document does not know, or only reports someone else's claim.
    e("NOT ADV? be|been? ADV? clear|known|certain|sure|evident WH?", HEDGE, 0),
    e("NOT ADV? be|been? ADV? specified|disclosed|revealed|determined WH?", HEDGE, ABSORB),
    e("NOT ADV? be|been? ADV? confirmed|verified", HEDGE, ABSORB | TAIL),
    e("NOT all|every|always|entirely|completely|fully|quite|exactly|necessarily", HEDGE, ABSORB),
    e("no comment|response|reply|answer|immediate", HEDGE, 0),
    e("nothing to suggest|indicate|show", HEDGE, 0),
    // Not proving a thing is not disproving it: "prosecutors did not prove that he took
    // bribes", "failed to show", "nobody has proven", "nothing suggests".
    e("NOT|never ADV? prove|proved|proven|show|showed|shown|establish|established|demonstrate|demonstrated that?", HEDGE, ABSORB),
    // "Did not find that X" (a finding), but "did not find weapons" denies them.
    e("NOT|never ADV? find|found|rule|ruled|conclude|concluded that", HEDGE, ABSORB),
    e("NOT ADV? be|been? ADV? proven|proved|shown|established|demonstrated|found that?", HEDGE, ABSORB),
    e("fail|fails|failed|failing to prove|show|establish|demonstrate|find that?", HEDGE, 0),
    e("nobody|none|nothing has|have|had? ADV? proven|proved|shown|established|demonstrated|found|confirmed|verified|suggested|said|claimed|reported that?", HEDGE, 0),
    e("no one has|have|had? ADV? proven|proved|shown|established|demonstrated|found|confirmed|verified|suggested|said|claimed|reported that?", HEDGE, 0),
    e("nobody|none|nothing ADV? proves|suggests|indicates|shows|says|said|claims|claimed|reported|believes|thinks that?", HEDGE, 0),
    e("no one ADV? proves|says|said|claims|claimed|reported|believes|thinks that?", HEDGE, 0),
    e("yet to be proven|proved|shown|established|confirmed|verified", HEDGE, 0),
    e("no reason to believe|think|suspect", HEDGE, 0),
    // "Had no reason not to approve it" says what would be reasonable, not what was done.
    e("no|little reason|cause NOT to", HEDGE, 0),
    e("NOT|never ADV? respond|reply|answer|responded|replied|answered|confirmed|verified|specify|say|tell|disclose|reveal|elaborate|detail|explain|confirm|mention|comment|indicate|clarify|know|deny|believe|think|expect|verify|announce|report|state|suggest|claim|allege|imply|acknowledge|admit|said|told|disclosed|revealed|elaborated|detailed|explained|denied|mentioned|announced|reported|stated|suggested|claimed|acknowledged|admitted|commented|indicated|clarified WH?", HEDGE, ABSORB),
    // "did not return calls", "has not returned requests for comment": no answer. (The
    // gallery "has not returned the painting" denies.)
    e("NOT|never ADV? return|returned calls|messages|emails|requests|a|repeated|several|multiple", HEDGE, ABSORB),
    e("NOT ADV? be|been? rule|ruled out", HEDGE, ABSORB),
    // "Has ruled out raising rates": what it will not do, not what it did.
    e("rule|rules|ruled|ruling out", HEDGE, 0),
    e("NOT ADV? be|been? exclude|excluded", HEDGE, ABSORB),
    e("neither confirm|confirms|confirmed nor deny|denies|denied", HEDGE, 0),
    // "Neither side has confirmed that X": unconfirmed, not denied.
    e("neither|none side|party|country|government|capital|of has|have|had? ADV? confirmed|verified|acknowledged|announced", HEDGE, 0),
    e("decline|declines|declined|declining|refuse|refuses|refused|refusing to comment|confirm|say|specify|elaborate|disclose|deny|reveal|discuss|answer", HEDGE, 0),
    e("without specifying|saying|elaborating|giving|providing|confirming|disclosing|revealing|detailing", HEDGE, 0),
    e("no evidence|proof|indication|indications|sign|signs|confirmation|word", HEDGE, 0),
    e("unclear|unknown|uncertain|unspecified|undisclosed WH?", HEDGE, 0),
    e("unconfirmed|unverified reports|report|accounts|sources", HEDGE, TAIL),
    e("unconfirmed|unverified", HEDGE, TAIL),
    // "Ten people were rescued, according to early reports, but the RNLI later confirmed
    // that eight …": a first account, since replaced (trial 107).
    e("according to early|initial reports|accounts", HEDGE, TAIL),
    e("reportedly|allegedly|purportedly|supposedly|possibly|perhaps|probably|presumably|apparently|ostensibly|potentially|alleged", HEDGE, STRONG | REPORT),
    e("may|might|could|likely|possible|potential", HEDGE, REPORT),
    // A counterfactual or a duty is not the deed ("would have signed it had the talks not
    // collapsed", "should have signed it"), and denying one leaves the deed open: "would
    // not have signed it without Kim" says that he signed it, with Kim. "Must have" infers.
    e("would|should NOT|never? have", HEDGE, 0),
    e("wouldn't|shouldn't have", HEDGE, 0),
    e("must have", HEDGE, REPORT),
    e("unlikely|whether|if|unless", HEDGE, 0),
    e("BE believed|thought|said|reported|alleged|rumoured|rumored|understood|presumed|expected|estimated to", HEDGE, REPORT),
    // "It is believed the deal was signed": reported, with or without "that".
    e("it BE ADV? believed|thought|said|reported|alleged|rumoured|rumored|understood|presumed|expected that?", HEDGE, REPORT | TAIL),
    e("believed|thought|rumoured|rumored|understood|alleged|presumed|expected|estimated to", HEDGE, REPORT),
    e("appear|appears|appeared|seem|seems|seemed to|like", HEDGE, REPORT),
    e("accuse|accuses|accused|accusing|suspect|suspects|suspected|suspecting", HEDGE, 0),
    // The noun: "three suspects were arrested" doubts nothing.
    e("the|a|two|three|four|five|six|several|many|both|all|other suspect|suspects", IDIOM, 0),
    e("claimed|claiming|alleging|alleges|allege that?", HEDGE, REPORT),
    // "Campaigners claim the waiting list hit 450,000", "Moscow claims the strike killed
    // 20": the verb in the present, before its clause ("the claim that" is a frame).
    e("claim|claims the|a|an|its|their|his|her", HEDGE, REPORT),
    // Claiming a benefit is applying for it: "Households on pension credit can also claim
    // the £150 Warm Home Discount" takes the £150 as given (trial 171).
    e("can|will|must|should ADV? claim the|a|an|its|their|his|her|back", IDIOM, 0),
    e("eligible|entitled|able|how|unable to claim the|a|an|its|their|his|her|back", IDIOM, 0),
    // "A ransomware group claims to have stolen data on 4 million patients".
    e("claim|claims to have|be", HEDGE, REPORT),
    // A forecast, a request, a plan or an attempt is not the fact: "is projected to win",
    // "called for him to resign", "urged the court to overturn", "rejected her bid to be cleared".
    e("projected|forecast|predicted|tipped|poised|slated to", HEDGE, REPORT),
    // "is on course to meet its recruitment target", "on track for a record year", "is set
    // to meet it" (trial 131): a forecast, not the result. (Not "set to" alone: "the
    // thermostat was set to 20".)
    e("on course|track to|for", HEDGE, REPORT),
    e("BE ADV? set to", HEDGE, REPORT),
    e("expect|expects|expecting", HEDGE, REPORT),
    // "Analysts forecast profit of £540m", "is forecast to reach", "predict": a forecast is
    // not the result. Beating or missing one states the result ("beat forecasts at £512m").
    e("forecast|forecasts|forecasting|predict|predicts|predicting|anticipate|anticipates|anticipating", HEDGE, REPORT),
    e("beat|beats|beating|missed|misses|missing|exceeded|exceeds|exceeding|topped|tops|topping|surpassed|surpasses ADV? forecasts|forecast|expectations|predictions|estimates", IDIOM, 0),
    e("had|has|have ADV? expected|predicted|forecast", HEDGE, REPORT),
    e("as expected|predicted|forecast|anticipated", IDIOM, 0),
    e("seek|seeks|seeking|sought to", HEDGE, 0),
    e("call|calls|called|calling for", HEDGE, 0),
    // "Ms Okafor has faced calls to quit" (trial 133): a demand, not the deed.
    e("face|faces|faced|facing|amid|despite calls|demands to|for", HEDGE, 0),
    e("urge|urges|urged|urging", HEDGE, 0),
    e("bid|bids|attempt|attempts|effort|efforts|push|proposal|proposals|plan|plans|planning|planned to", HEDGE, 0),
    // "rejecting officers' advice to impose the full 4.99% increase": advice is not the deed.
    e("advice|recommendation|recommendations|suggestion to", HEDGE, 0),
    // A risk or a fear is not the fact, nor what was to have happened: "Varga risks being
    // convicted", "feared being arrested", "Armenia was to have signed the accord".
    e("risk|risks|risked|risking|fear|fears|feared|fearing being", HEDGE, 0),
    e("was|were to have|be", HEDGE, 0),
    // "Seoul threatened to summon the ambassador": a threat is not the deed.
    e("threaten|threatens|threatened|threatening to", HEDGE, 0),
    // A wish is not a fact: "officials hoped the deal was signed".
    e("hope|hopes|hoped|hoping|wish|wishes|wished|wishing", HEDGE, 0),
    // "Rumours said the final day had been cancelled": a rumour's word is no report.
    e("rumour|rumours|rumor|rumors ADV? said|say|says|suggested|suggest|suggests|claimed|claim|claims", HEDGE, REPORT),
    e("rumour|rumours|rumor|rumors had|have|has it", HEDGE, REPORT),
    // "The Greens want to bring the target forward to 2045"; "recommended that the youth
    // rate be abolished", "recommended abolishing it": a wish or advice, not the deed.
    e("want|wants|wanted|wanting to", HEDGE, 0),
    // (A source's wish for anonymity is no wish about the statement: "a diplomat who did
    // not want to be named said X".)
    e("want|wants|wanted|wanting to be named|identified|quoted", IDIOM, 0),
    e("recommend|recommends|recommended|recommending|advise|advises|advised|advising|propose|proposes|proposed|proposing that?", HEDGE, 0),
    // A statement its speaker withdrew or revised, neither stated nor denied: "retracted
    // his statement that X", "walked back claims that X", "initially said X".
    e("retract|retracts|retracted|retracting|withdrew|withdraws|withdrawn|withdrawing his|her|its|their|the|an|a? earlier? statement|statements|claim|claims|remark|remarks|comment|comments|assertion|report|figure that?", HEDGE, 0),
    e("walked|walks|walking|took|takes|taking back his|her|its|their|the? earlier? statement|statements|claim|claims|remark|remarks|comment|comments|assertion that?", HEDGE, 0),
    // (Not "first": "the first reported case" states a case.)
    e("initially|originally|previously said|reported|stated|claimed|announced|put", HEDGE, TAIL),
    // And a first estimate, before the statement only ("Organisers initially estimated that
    // runners … had raised £2.8m, but the final total … was £3.1m", trial 186; "cost £4.8m,
    // well above the £3.2m originally estimated" states the £4.8m, trial 152).
    e("initially|originally|previously estimated|thought|believed|forecast|predicted|projected", HEDGE, 0),
    // But "was first reported to have received £3.2m", "first said that" (trial 84).
    e("first reported|said|stated|claimed|announced to have|be|that|as", HEDGE, 0),
    // "Earlier reports had put the fee at £12.5m": a figure since replaced, as "initially
    // said" (trial 83).
    e("earlier|early|initial|original|previous|first reports|report|estimates|estimate|accounts ADV? had|have|has? ADV? put|given|said|suggested|stated|claimed|estimated|reported", HEDGE, 0),
    // "An early estimate that Kestwick City Council overpaid £3.9m … has been revised"
    // (trial 171): what an earlier estimate or report held.
    // ("Contrary to earlier reports that …" denies them: estimates only.)
    e("earlier|early|initial|original|previous|first estimates|estimate that", HEDGE, 0),
    // A comparison with it states the result: "was 19.8%, lower than previously reported".
    e("than|as previously|originally|initially said|reported|stated|claimed|announced|thought|estimated", IDIOM, 0),
    // "Fibrelink initially refused to pay compensation": a first stance, since changed.
    e("initially|originally refused|rejected|declined|denied|opposed|resisted", HEDGE, 0),
    // "…, a claim Yerevan later retracted", "…, before retracting the claim", "…, then
    // withdrew the statement".
    e("later|subsequently|since retracted|withdrew|disowned|corrected", HEDGE, TAIL),
    // "…, the minister said, before a spokesman corrected him", "…, later correcting himself".
    e("corrected|correcting|corrects him|her|them|himself|herself|themselves|itself", HEDGE, TAIL),
    e("before|then retracting|withdrawing|retracted|withdrew|disowning|disowned the|its|his|her|their|that? claim|claims|statement|statements|remark|remarks|report|it", HEDGE, TAIL),
    // An offer, a plan being mulled, a tip: not the deed. (Not "agreed to": "Russia agreed
    // to the deal and X" would leave X open; nor "considered": "considered that X" states X.)
    e("offer|offers|offered|offering to", HEDGE, 0),
    e("mulling|mulls|mulled", HEDGE, 0),
    // "Ministers are considering a ban on exports": a plan being weighed. (Only as a verb
    // in progress: "Considering the cost, X" states X.)
    e("BE ADV? considering|weighing|discussing|exploring|debating|contemplating|eyeing|studying|planning", HEDGE, 0),
    e("tipped|poised to", HEDGE, 0),
    // "No official has said X", "no longer says X", "stopped short of saying X": nobody
    // states X.
    e("no official|officials|minister|ministers|source|sources|spokesperson|spokesman|spokeswoman|government|agency|party|leader ADV? has|have|had? ADV? said|confirmed|stated|claimed|suggested|announced that?", HEDGE, 0),
    e("no longer says|said|claims|claimed|maintains|maintained|insists|insisted that?", HEDGE, 0),
    e("stopped|stops|stop short of saying|claiming|calling|confirming|accusing", HEDGE, 0),
    // A promise is not the deed: "promised to cut taxes", "vowed to", "pledged to".
    e("promise|promises|promised|promising|pledge|pledges|pledged|pledging|vow|vows|vowed|vowing to", HEDGE, 0),
    // "The minister wants you to believe X", "would have you believe X".
    e("want|wants|wanted you|us|people|voters|readers to believe|think", HEDGE, 0),
    e("would have you|us believe|think", HEDGE, 0),
    // "Assuming Holt won", "Imagine the deal was signed": supposed, not stated.
    e("assuming|supposing|suppose|imagine|imagining|hypothetically", HEDGE, 0),
    // "He denied saying that X": what he is said to have said, neither stated nor denied.
    e("deny|denies|denied|denying ADV? saying|suggesting|claiming|stating|telling|writing that?", HEDGE, 0),
    e("FRAMEH that|of", Kind::Frame { hedging: true }, 0),
    e("FRAMEN that|of", Kind::Frame { hedging: false }, 0),
    // "The school has not closed, the trust insisted, despite reports that its main
    // building had been shut": what the sentence goes against is reported, not stated.
    e("despite|notwithstanding FRAME that|of", HEDGE, REPORT),
    // "Claims on social media that X are false", "rumours circulating online that X".
    e("FRAMEH on social media|networks that|of", Kind::Frame { hedging: true }, 0),
    e("FRAMEH circulating? online that|of", Kind::Frame { hedging: true }, 0),
    e("FRAMEN on social media|networks that|of", Kind::Frame { hedging: false }, 0),
    e("FRAMEN circulating? online that|of", Kind::Frame { hedging: false }, 0),
    // Negation.
    e("NOT", NEG, ABSORB),
    // "Not once did Holt win": "once" here opens no clause.
    e("NOT once", NEG, 0),
    e("no|never|none|nothing|nobody|neither|nor|without", NEG, 0),
    e("no one|longer", NEG, 0),
    e("fail|fails|failed|failing to", NEG, 0),
    e("far from", NEG, 0),
    // A decision or a restraint not to do it: "decided against signing the accord",
    // "refrained from raising rates", "stopped short of signing", "narrowly avoided being
    // convicted".
    e("decide|decides|decided|deciding against", NEG, 0),
    e("refrain|refrains|refrained|refraining from", NEG, 0),
    e("stop|stops|stopped|stopping short of", NEG, 0),
    e("avoid|avoids|avoided|avoiding|escape|escapes|escaped|escaping|evade|evades|evaded|evading|spared being", NEG, 0),
    // "Armenia avoided signing the accord": what was avoided did not happen.
    e("avoid|avoids|avoided|avoiding", NEG, 0),
    // "The economy shrank rather than grew", "signed a truce instead of the treaty".
    e("rather than", NEG, 0),
    e("instead of", NEG, 0),
    e("yet to", NEG, 0),
    // "Armenia was unable to sign the accord" did not sign it.
    e("unable to", NEG, 0),
    e("contrary to", NEG, CLAIM),
    e("refuse|refuses|refused|refusing|decline|declines|declined|declining to", NEG, 0),
    e("false|untrue that", NEG, 0),
    // "It is false to say that X", "wrong to suggest X".
    e("false|untrue|wrong|incorrect|misleading|inaccurate to say|claim|suggest|argue|think that?", NEG, 0),
    // Dismissals in other words: "brushed aside reports that X", "laughed off suggestions
    // that X", "branded as fake news reports that X".
    e("brushed|brushes|brushing|brush|laughed|laughs|laughing|shrugged|shrugs|waved aside|off FRAME that|of", NEG, CLAIM),
    e("branded|brands|dismissed as fake news|nonsense|lies FRAME that|of", NEG, CLAIM),
    // A correction withdraws what the earlier version said, which may be one detail of it
    // ("an earlier version of this article said Holt won 54%": she won, with 52%), so what
    // it said counts neither way; the article's own sentences say what holds.
    e("an|the earlier|previous version of this article|story|report|post ADV? said|stated|reported|gave|included|described|misstated|put|puts that?", HEDGE, 0),
    e("earlier|previous version|versions of this article|story|report|post ADV? said|stated|reported|gave|included|described|misstated|put|puts that?", HEDGE, 0),
    e("an|the earlier|previous version ADV? said|stated|reported|gave|included|described|misstated|put|puts that?", HEDGE, 0),
    e("misstated|misreported|misquoted|misidentified|mislabelled|mislabeled|misattributed as|that?", HEDGE, 0),
    e("incorrectly|erroneously|mistakenly|wrongly ADV? said|stated|reported|gave|described|identified|listed|wrote|written|attributed|included|portrayed|put|puts as|that?", HEDGE, TAIL),
    // A claim called false is false: "critics falsely claim X", "wrongly alleged that X".
    // Only what the match covers to the end of its clause: "falsely claimed that Biden won
    // the election through fraud" calls the fraud false, not the win (see `WHOLE`).
    e("falsely ADV? claim|claims|claimed|claiming|say|says|said|saying|state|states|stated|stating|report|reports|reported|reporting|suggest|suggests|suggested|suggesting|assert|asserts|asserted|asserting|allege|alleges|alleged|alleging|accuse|accuses|accused|portray|portrayed that?", NEG, WHOLE),
    e("wrongly|incorrectly|erroneously|mistakenly ADV? claim|claims|claimed|claiming|assert|asserts|asserted|asserting|allege|alleges|alleged|alleging|accuse|accuses|accused that?", NEG, WHOLE),
    e("a lie|myth|falsehood that", NEG, 0),
    e("false|untrue FRAME that|of", NEG, CLAIM),
];

// Word lists. Each is one bit of the mask every word gets once, so a check in a scan is one AND.
const AUX: u32 = 1;
const MODAL_HEDGE: u32 = 1 << 1;
const BE: u32 = 1 << 2;
const ADV: u32 = 1 << 3;
const WH: u32 = 1 << 4;
const FRAME_H: u32 = 1 << 5;
const FRAME_N: u32 = 1 << 6;
const FRAME: u32 = FRAME_H | FRAME_N;
const DENY_STRONG: u32 = 1 << 7;
const DENY_WEAK: u32 = 1 << 8;
const DENY: u32 = DENY_STRONG | DENY_WEAK;
const CALLS: u32 = 1 << 9;
const DISMISSIVE: u32 = 1 << 10;
const TAIL_HEDGE: u32 = 1 << 11;
const NEG_WORD: u32 = 1 << 12;
const BARE_BOUNDARY: u32 = 1 << 13;
const SUBORDINATOR: u32 = 1 << 14;
const COORDINATOR: u32 = 1 << 15;
const REPORTING: u32 = 1 << 16;
const OBJECT: u32 = 1 << 17;
const DET: u32 = 1 << 18;
const AND_OR: u32 = 1 << 19;
/// Words after which "that" opens what a negation is about ("not true that"), not a relative clause.
const OPENS_THAT: u32 = 1 << 20;
const THAT: u32 = 1 << 21;
const AS: u32 = 1 << 22;
const A_AN: u32 = 1 << 23;
const PREPOSITION: u32 = 1 << 24;
const FRONTING: u32 = 1 << 25;
/// Words that dismiss a claim as not (yet) established rather than false: "reports that X
/// were premature" says counting goes on, not that X is untrue.
const DOUBTING: u32 = 1 << 26;
/// Words that put a statement as an allegation or a rumour (`allegations_within`).
const ALLEGING: u32 = 1 << 27;
/// The words of `REVISED`, `CHANGING` and `SHOWS`, as classes: they are asked of every
/// word after a match (`revised_after`) or before a figure.
const REVISING: u32 = 1 << 28;
const CHANGES: u32 = 1 << 29;
const SHOWING: u32 = 1 << 30;

/// Word lists kept as arrays (the engine reads some of them too), each a class of the lexicon.
static WORD_LISTS: &[(u32, &[&str])] =
    &[(REVISING, REVISED), (CHANGES, CHANGING), (SHOWING, SHOWS)];

static LISTS: &[(u32, &str)] = &[
    (AUX, "do|does|did|is|are|was|were|am|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|need"),
    (MODAL_HEDGE, "may|might|could"),
    (BE, "is|are|was|were|be|been|being|am"),
    (ADV, "ever|still|even|also|actually|immediately|yet|entirely|fully|independently|publicly|officially|formally|specifically|exactly|explicitly|directly|clearly|really"),
    (WH, "whether|what|if|how|who|when|why|where|which|whom"),
    (FRAME_H, "accusations|accusation|allegations|allegation|claims|claim|charges|charge|suspicions|suspicion|rumours|rumors|rumour|rumor|speculation"),
    (FRAME_N, "reports|report|suggestions|suggestion|notion|idea|assertion|assertions|talk|account|accounts|figure|figures|estimate|estimates|tally|statistic|statistics"),
    (DENY_STRONG, "deny|denies|denied|denying"),
    (DENY_WEAK, "reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|refute|refutes|refuted|refuting|dispute|disputes|disputed|disputing|debunk|debunks|debunked|debunking|disprove|disproves|disproved|disproven|disproving"),
    (CALLS, "call|calls|called|calling|termed|labelled|labeled|branded|described"),
    (DISMISSIVE, "absurd|false|baseless|groundless|unfounded|untrue|fabricated|ridiculous|nonsense|lies|lie|fake|fiction|fabrication|wrong|inaccurate|incorrect|preposterous|ludicrous|slander|myth|myths|hoax|misinformation|disinformation|falsehood|falsehoods|discredited|inflated|overstated|misleading|bogus"),
    (TAIL_HEDGE, "alleges|allege|alleged|claims|claim|claimed|suspects|suspect|suspected|believes|believe|believed|fears|fear|feared|suggest|suggests|suggested|indicate|indicates|indicated|estimated|predict|predicts|predicted|projected|speculate|speculates|speculated"),
    (NEG_WORD, "no|never|neither|nor|none|nobody|nothing"),
    (BARE_BOUNDARY, "but|although|though|whereas|while|because|therefore|thus|hence"),
    (SUBORDINATOR, "which|who|whom|whose|where|when|while|whereas|as|after|before|because|since|although|though|if|unless|until|whether|once"),
    (COORDINATOR, "and|but|or|nor|yet|so|then|saying|adding|according|citing|noting|calling|insisting|arguing|warning"),
    (REPORTING, "said|says|say|told|tells|added|adds|stated|states|noted|notes|announced|announces|insisted|insists|explained|explains|wrote|writes|warned|warns|argued|argues|reported|confirmed|confirms|claimed|according|mentioned|mentions|specified|disclosed|revealed|commented|acknowledged|admitted|indicated|suggested|hinted|elaborated"),
    (OBJECT, "it|this|that|them|so"),
    (DET, "the|these|those|such|this|that|its|their|his|her|a|an"),
    (PREPOSITION, "in|on|at|during|after|before|near|amid|among|following|about|over|outside|inside"),
    (FRONTING, "because|after|before|without|contrary|despite|although|though|since|when|while|if|unless|until|by|not|never|had|once|having|failing|unable|lacking|as|against|with|facing|amid|following"),
    (AND_OR, "and|or|then"),
    (DOUBTING, "premature|exaggerated|overblown|unsubstantiated|unconfirmed|unverified|unproven"),
    (OPENS_THAT, "true|false|so|case|fact|clear|likely|certain|sure|accept|accepts|accepted|concede|concedes|conceded"),
    (THAT, "that"),
    (AS, "as"),
    (A_AN, "a|an"),
    (ALLEGING, "accuse|accused|accuses|accusing|suspect|suspected|suspects|allege|alleges|alleging|believed|thought|rumoured|rumored"),
];

fn list(bit: u32) -> &'static str {
    LISTS
        .iter()
        .find(|(b, _)| *b == bit)
        .map_or("", |(_, words)| words)
}

/// Every first word of every entry, sorted, so that only the entries that can start at a word are tried.
static INDEX: LazyLock<Vec<(&'static str, usize)>> = LazyLock::new(|| {
    let mut index = Vec::new();
    for (at, entry) in ENTRIES.iter().enumerate() {
        let first = entry.pat.split(' ').next().unwrap_or_default();
        for alt in element_words(first) {
            let words = match alt {
                "NOT" => "not",
                "BE" => list(BE),
                "FRAMEH" => list(FRAME_H),
                "FRAMEN" => list(FRAME_N),
                _ => alt,
            };
            index.extend(words.split('|').map(|w| (w, at)));
        }
    }
    // A stable sort keeps table order among equal keys, which breaks ties between entries.
    index.sort_by(|a, b| a.0.cmp(b.0));
    index
});

/// What the module knows about a word: its lists and the entries of [`INDEX`] it starts.
#[derive(Debug, Clone, Copy, Default)]
struct Lex {
    mask: u32,
    entries: (usize, usize),
    /// The word's number, from 1; 0 for a word the lexicon does not hold (and for `&`,
    /// which reads as "and" but spells no entry's word).
    id: u32,
}

/// FNV-1a: the lexicon's keys are short words, for which this is much faster than the default hasher.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Every known word, so that one look-up per word finds everything about it.
///
/// Built in one pass over the lists and one over the index: looking each word up in every
/// list took 43 to 65 million instructions, 10 ms or more of every run's start.
///
/// Keyed by bytes: a word is looked up lower-cased in a buffer, which then needs no UTF-8
/// check to be a key.
static LEXICON: LazyLock<HashMap<&'static [u8], Lex, BuildHasherDefault<Fnv>>> =
    LazyLock::new(|| {
        let mut lexicon: HashMap<&'static [u8], Lex, BuildHasherDefault<Fnv>> = HashMap::default();
        for (bit, list) in LISTS {
            for word in list.split('|') {
                lexicon.entry(word.as_bytes()).or_default().mask |= bit;
            }
        }
        for (bit, list) in WORD_LISTS {
            for word in list.iter() {
                lexicon.entry(word.as_bytes()).or_default().mask |= bit;
            }
        }
        for (word, _) in INDEX.iter() {
            lexicon.entry(word.as_bytes()).or_default();
        }
        // Every word an entry spells, so that `Alternative::Word` has its number.
        for word in entry_words() {
            lexicon.entry(word.as_bytes()).or_default();
        }
        for (id, lex) in (1..).zip(lexicon.values_mut()) {
            lex.id = id;
        }
        for (word, lex) in lexicon.iter_mut() {
            lex.entries = (
                INDEX.partition_point(|(k, _)| k.as_bytes() < *word),
                INDEX.partition_point(|(k, _)| k.as_bytes() <= *word),
            );
        }
        lexicon
    });

/// Looks a word up, ignoring ASCII case; every known word is short and ASCII.
fn lookup(word: &str) -> Lex {
    let mut buf = [0u8; 24];
    let Some(key) = buf.get_mut(..word.len()) else {
        return Lex::default();
    };
    for (b, c) in key.iter_mut().zip(word.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    LEXICON.get(&key[..]).copied().unwrap_or_default()
}

fn is_not_word(w: &str) -> bool {
    let ends = |suffix: &str| {
        w.len() > suffix.len()
            && w.get(w.len() - suffix.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(suffix))
    };
    w.eq_ignore_ascii_case("not")
        || w.eq_ignore_ascii_case("cannot")
        || ends("n't")
        || ends("n\u{2019}t")
}

/// Cuts the sentence into words and marks. Apostrophes, hyphens and dots between two letters or
/// digits stay inside a word ("doesn't", "Jong-un", "U.S", "2.5"), so a lone `-` is a dash.
fn tokenize(s: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(s.len() / 5 + 4);
    let mut prev: Option<char> = None;
    let mut open_single = 0usize;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let after = |at: usize| s.get(at..).and_then(|t| t.chars().next());
        if c.is_alphanumeric() {
            let (mut end, mut last) = (i + c.len_utf8(), c);
            while let Some(&(j, d)) = chars.peek() {
                // A comma joins only digits ("11,000"), so that it never splits a number into clauses.
                let next = after(j + d.len_utf8());
                let joins = match d {
                    '\'' | '\u{2019}' | '-' | '.' | '\u{2010}' => {
                        next.is_some_and(char::is_alphanumeric)
                    }
                    ',' => last.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
                    _ => d.is_alphanumeric(),
                };
                if !joins {
                    break;
                }
                (last, end) = (d, j + d.len_utf8());
                chars.next();
            }
            let word = s.get(i..end).unwrap_or_default();
            let k = if is_not_word(word) { K::Not } else { K::Word };
            toks.push(Tok {
                start: i,
                end,
                k,
                lex: lookup(word),
            });
            prev = Some(last);
            continue;
        }
        let next = after(i + c.len_utf8());
        let opens = prev.is_none_or(|p| p.is_whitespace() || "([{-\"'\u{201c}".contains(p))
            && next.is_some_and(|n| !n.is_whitespace());
        let k = match c {
            _ if c.is_whitespace() => None,
            ',' => Some(K::Comma),
            ';' | ':' | '-' | '\u{2010}'..='\u{2015}' | '(' | ')' | '[' | ']' | '?' | '!' => {
                Some(K::Stop)
            }
            // Separators of unpunctuated text: "Smith did not win | Holt won", " / ", and
            // an emoji between two statements.
            '|' | '\u{2022}' => Some(K::Stop),
            '/' if prev.is_some_and(char::is_whitespace)
                && next.is_some_and(char::is_whitespace) =>
            {
                Some(K::Stop)
            }
            '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' => Some(K::Stop),
            // A spaced "&" is "and", where a negation ends.
            '&' if prev.is_some_and(char::is_whitespace)
                && next.is_some_and(char::is_whitespace) =>
            {
                toks.push(Tok {
                    start: i,
                    end: i + 1,
                    k: K::Word,
                    lex: Lex {
                        id: 0,
                        ..lookup("and")
                    },
                });
                prev = Some(c);
                continue;
            }
            '.' | '\u{2026}' => Some(K::Period),
            '\u{201c}' | '\u{ab}' => Some(K::OpenQ),
            '\u{201d}' | '\u{bb}' => Some(K::CloseQ),
            '"' if opens => Some(K::OpenQ),
            '"' => Some(K::CloseQ),
            '\'' | '\u{2018}' | '\u{2019}' if opens || c == '\u{2018}' => {
                open_single += 1;
                Some(K::OpenQ)
            }
            // A closing single quote with no opener is an apostrophe ("the Koreans' deal").
            '\'' | '\u{2019}' if open_single > 0 => {
                open_single -= 1;
                Some(K::CloseQ)
            }
            _ => Some(K::Other),
        };
        if let Some(k) = k {
            toks.push(Tok {
                start: i,
                end: i + c.len_utf8(),
                k,
                lex: Lex::default(),
            });
        }
        prev = Some(c);
    }
    toks
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Neg,
    Hedge,
}

impl<'a> SentenceCues<'a> {
    /// The negation cues (and negated hedges, not idioms) that lie inside `range` of the
    /// sentence: a caller uses them to see whether a pattern's gap swallowed a real negation.
    pub fn negations_within(&self, range: Range<usize>) -> Vec<Cue> {
        // Negated hedges ("have not confirmed") count too: a gap that swallows their "not"
        // turns a statement into its opposite just the same.
        let negated = |f: &&Found| {
            (f.start..f.end).any(|k| self.kind(k) == Some(K::Not) || self.is(k, NEG_WORD))
        };
        self.cues
            .iter()
            .filter(|f| f.kind == Kind::Neg || (f.kind == Kind::Hedge && negated(f)))
            .filter_map(|f| {
                let start = self.toks.get(f.start)?.start;
                let end = self.toks.get(f.end.saturating_sub(1))?.end;
                (range.contains(&start))
                    .then(|| self.cue(f.start, f.end))
                    .filter(|_| end <= range.end)
            })
            .collect()
    }

    /// The negations of idioms that open with one ("was not suspended", "did not
    /// overturn": what was not undone stands) inside `range`, each cut to its negation
    /// word. The idiom says nothing unless what it denies is what the pattern states: a
    /// caller reads one as a denial only where the pattern spells the next word
    /// (`dredging\b.{0,30}\bsuspended` over "Dredging was not suspended", trial 163).
    pub fn idiom_negations_within(&self, range: Range<usize>) -> Vec<Cue> {
        self.cues
            .iter()
            .filter(|f| {
                f.kind == Kind::Neutral
                    && (self.kind(f.start) == Some(K::Not) || self.is(f.start, NEG_WORD))
            })
            .filter_map(|f| {
                let start = self.toks.get(f.start)?.start;
                let end = self.toks.get(f.end.saturating_sub(1))?.end;
                (range.contains(&start) && end <= range.end).then(|| self.cue(f.start, f.start + 1))
            })
            .collect()
    }

    /// The hedge cues that put a statement as an allegation or a rumour ("accused of", "is
    /// believed to") and lie inside `range` of the sentence: a caller uses them to see
    /// whether a pattern's gap swallowed one. ("Reportedly" and "allegedly" hedge a match
    /// wherever they stand in it.)
    /// Each is its word of allegation ("accused"), for the caller to ask whether the
    /// pattern spells it.
    pub fn allegations_within(&self, range: Range<usize>) -> Vec<Cue> {
        self.cues
            .iter()
            .filter(|f| f.kind == Kind::Hedge)
            .filter(|f| {
                let start = self.toks.get(f.start).map_or(usize::MAX, |t| t.start);
                let end = self.toks.get(f.end.saturating_sub(1)).map_or(0, |t| t.end);
                range.contains(&start) && end <= range.end
            })
            .filter_map(|f| (f.start..f.end).find(|&k| self.is(k, ALLEGING)))
            .map(|k| self.cue(k, k + 1))
            .collect()
    }

    /// Whether word `k` opens "on top of" or "in addition to", whose object the sentence
    /// takes as given ("is expected to announce £1.6 billion, on top of the £8.3 billion
    /// pledged last year"), or "up from", "down from", "compared with", whose object is the
    /// earlier figure, given too ("expects to spend £14m in 2026, up from £12.6m in 2025").
    fn opens_what_is_given(&self, k: usize) -> bool {
        let next = |i: usize| self.next_word(i + 1);
        let follows = |i: usize, word: &str| next(i).filter(|&j| self.elem(j, &[word]));
        (self.elem(k, &["on"]) && follows(k, "top").and_then(|t| follows(t, "of")).is_some())
            || (self.elem(k, &["in"])
                && follows(k, "addition")
                    .and_then(|a| follows(a, "to"))
                    .is_some())
            || (self.elem(k, &["up", "down"]) && follows(k, "from").is_some())
            || (self.elem(k, &["compared"])
                && next(k).is_some_and(|j| self.elem(j, &["with", "to"])))
            || self.possessive_before_a_figure(k)
    }

    /// Whether word `k` is a possessive right before a figure, which the sentence takes as
    /// given whatever is expected of it: "which is expected to review its £12 charge next
    /// year" has a £12 charge (trial 114), "could lose their 40 staff" has 40.
    fn possessive_before_a_figure(&self, k: usize) -> bool {
        // (The figure after it first: this runs for every word a hedge reaches.)
        self.toks.get(k).is_some_and(|tok| {
            let after = self.text.get(tok.end..).unwrap_or_default();
            after
                .strip_prefix(' ')
                .map(|rest| rest.trim_start_matches(crate::numbers::CURRENCY_SIGNS))
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        }) && self.elem(k, &["its", "their", "his", "her", "our"])
    }

    /// Whether a clause ends inside `range` of the sentence (the words between two parts of
    /// a statement): a mark (comma, colon, bracket, dash, stop), or a word that opens another
    /// clause ("but", "and", "before", "that", "which", …; not "as", which is as often a
    /// preposition). "did not sign the deal in Pyongyang" reads on; "did not visit Seoul,
    /// but he visited Pyongyang" does not.
    pub fn ends_clause_within(&self, range: Range<usize>) -> bool {
        let (first, end) = self.tokens_of(&range);
        (first..end).any(|k| match self.kind(k) {
            Some(K::Comma | K::Stop | K::Period) => true,
            // ("and" joins a pair: "between junctions 13 and 16", "between Ardley and Kenbrook".)
            Some(K::Word) if self.is(k, AND_OR) && self.joins_a_pair(k) => false,
            // "did not receive 3,250 claims after the River Wendle flood" (trial 118):
            // "after" before a name is a preposition, and opens no clause.
            Some(K::Word) => {
                (self.is(k, BARE_BOUNDARY | COORDINATOR | AND_OR | THAT)
                    || (self.is(k, SUBORDINATOR) && !self.is(k, AS)))
                    && !self.opens_a_named_phrase(k, end)
                    && !self.opens_a_gerund_phrase(k)
            }
            _ => false,
        })
    }

    /// The first "and" or "or" inside `range` of the sentence (a match) that joins no pair
    /// (`joins_a_pair`: "between Ardley and Kenbrook", "junctions 10 and 12") and that
    /// `spelled` does not hold the pattern's own: a list the match's negation may be of
    /// as a whole ("Holt did not win Ashford and Bexley").
    pub fn list_within(&self, range: Range<usize>, spelled: &dyn Fn(&str) -> bool) -> Option<&str> {
        let (first, end) = self.tokens_of(&range);
        (first..end)
            .filter(|&k| matches!(self.kind(k), Some(K::Word)) && self.elem(k, &["and", "or"]))
            .find(|&k| !self.joins_a_pair(k) && !spelled(self.word(k)))
            .map(|k| self.word(k))
    }

    /// Whether word `k` is "after", "before" or "since" before a word in "-ing": "had taken
    /// place more than two weeks after booking in March 2025" (trial 140) goes on in one
    /// clause, where "after he booked" would open another.
    fn opens_a_gerund_phrase(&self, k: usize) -> bool {
        self.elem(k, &["after", "before", "since"])
            && self.next_word(k + 1).is_some_and(|j| {
                let word = self.word(j);
                j == k + 1 && word.len() > 4 && word.ends_with("ing")
            })
    }

    /// Whether word `k` is "after", "before", "since" or "until" as a preposition before a
    /// name: every word from it to token `end` is an article or capitalized ("after the
    /// River", then the name's next part).
    fn opens_a_named_phrase(&self, k: usize, end: usize) -> bool {
        self.elem(k, &["after", "before", "since", "until"])
            && (k + 1..end).all(|j| match self.kind(j) {
                Some(K::Word) => {
                    self.elem(j, &["the", "a", "an"])
                        || self.word(j).starts_with(|c: char| c.is_uppercase())
                }
                _ => false,
            })
    }

    /// Whether the "and" or "or" at token `k` joins a pair rather than two clauses: two
    /// numbers ("junctions 10 and 12"), or the two ends of "between" ("the number 7 service
    /// between Ardley and Kenbrook had been withdrawn", trial 130: one to three words after
    /// it, with no mark between).
    fn joins_a_pair(&self, k: usize) -> bool {
        let numbers = [k.checked_sub(1), Some(k + 1)].iter().all(|j| {
            j.and_then(|j| self.toks.get(j))
                .and_then(|t| self.text.get(t.start..t.end))
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        });
        // "grade 4 or above", "aged 65 or over", "£1m or more": a bound, not a clause.
        let bound = self.elem(k, &["or"])
            && self.next_word(k + 1).is_some_and(|j| {
                self.elem(
                    j,
                    &[
                        "above",
                        "more",
                        "higher",
                        "over",
                        "below",
                        "less",
                        "fewer",
                        "under",
                        "lower",
                        "better",
                        "worse",
                        "later",
                        "earlier",
                        "so",
                        "thereabouts",
                    ],
                )
            });
        numbers
            || bound
            || (1..=4)
                .map_while(|back| {
                    let j = k.checked_sub(back)?;
                    matches!(self.kind(j), Some(K::Word)).then_some(j)
                })
                .skip(1)
                .any(|j| self.elem(j, &["between"]))
    }

    /// The calling verb inside `range` of the sentence (a match) whose dismissive word ends
    /// the clause after it: "called" in "Moscow called reports that it shipped shells
    /// false" over a match of "Moscow … shipped shells". The dismissive word is looked for
    /// first: it is rare, and a match's words are many.
    pub fn dismissal_over(&self, range: Range<usize>) -> Option<Cue> {
        let (first, end) = self.tokens_of(&range);
        let last = (end..self.toks.len())
            .take_while(|&k| matches!(self.kind(k), Some(K::Word | K::Not | K::CloseQ | K::Other)))
            .filter(|&k| !self.word(k).is_empty())
            .last()?;
        if !self.is(last, DISMISSIVE) || !self.ends_clause(last + 1) {
            return None;
        }
        let verb = (first..end).find(|&k| self.is(k, CALLS))?;
        Some(self.cue(verb, verb + 1))
    }

    /// The byte ranges of the idioms ("could not be more", "no doubt") that lie inside
    /// `range` of the sentence: their words say nothing of the statement.
    pub fn idioms_within(&self, range: Range<usize>) -> Vec<Range<usize>> {
        self.cues
            .iter()
            .filter(|f| f.kind == Kind::Neutral)
            .filter_map(|f| {
                let start = self.toks.get(f.start)?.start;
                let end = self.toks.get(f.end.saturating_sub(1))?.end;
                (range.start < end && start < range.end).then_some(start..end)
            })
            .collect()
    }

    /// Tokenizes the sentence and finds all its cues.
    pub fn new(text: &'a str) -> Self {
        let mut this = SentenceCues {
            text,
            toks: tokenize(text),
            cues: Vec::new(),
        };
        this.collect();
        debug_assert!(this.cues.windows(2).all(|w| w[0].end <= w[1].end));
        this
    }

    /// Whether a cue ends at token `k`. Cues are found left to right without overlapping,
    /// so their ends are in order: a search, where a scan of every cue (asked at every
    /// word a negation's scope crosses) made a sentence of 1,000 cues take seconds.
    fn cue_ends_at(&self, k: usize) -> bool {
        let at = self.cues.partition_point(|c| c.end < k);
        self.cues.get(at).is_some_and(|c| c.end == k)
    }

    fn word(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) if matches!(t.k, K::Word | K::Not) => {
                self.text.get(t.start..t.end).unwrap_or_default()
            }
            _ => "",
        }
    }

    /// The tokens a byte range of the sentence covers: the first that ends after its start,
    /// and the one after the last that starts before its end (never before the first).
    fn tokens_of(&self, range: &Range<usize>) -> (usize, usize) {
        let first = self.toks.partition_point(|t| t.end <= range.start);
        let end = self
            .toks
            .partition_point(|t| t.start < range.end)
            .max(first);
        (first, end)
    }

    fn kind(&self, i: usize) -> Option<K> {
        self.toks.get(i).map(|t| t.k)
    }

    /// Whether token `i` is a word in one of the lists `bits`.
    fn is(&self, i: usize, bits: u32) -> bool {
        self.toks.get(i).is_some_and(|t| t.lex.mask & bits != 0)
    }

    /// The next word at or after `i`, skipping quotes, but not across any other mark.
    fn next_word(&self, mut i: usize) -> Option<usize> {
        while let Some(k) = self.kind(i) {
            match k {
                K::Word | K::Not => return Some(i),
                K::OpenQ | K::CloseQ | K::Other => i += 1,
                _ => return None,
            }
        }
        None
    }

    /// The word just before `i`, skipping quotes, if no other mark stands between.
    fn prev_word(&self, i: usize) -> Option<usize> {
        let j = (0..i)
            .rev()
            .find(|&j| !matches!(self.kind(j), Some(K::OpenQ | K::CloseQ | K::Other)))?;
        matches!(self.kind(j), Some(K::Word | K::Not)).then_some(j)
    }

    /// Whether a negation word comes before token `k` ("did not dispute the figure").
    fn negation_before(&self, k: usize) -> bool {
        (0..k).any(|j| self.is_neg_word(j))
    }

    fn is_neg_word(&self, i: usize) -> bool {
        self.kind(i) == Some(K::Not) || self.is(i, NEG_WORD)
    }

    /// Whether word `i` is one of `alternatives`: words in lower case, or classes in
    /// capitals (`NOT`, `BE`, `ADV`, `WH`, `FRAME`, `FRAMEH`, `FRAMEN`).
    fn elem(&self, i: usize, alternatives: &[&str]) -> bool {
        let w = self.word(i);
        // Classes are written in capitals, words in lower case: a word is compared as a
        // word only (this runs for most tokens of every sentence).
        !w.is_empty()
            && alternatives.iter().any(|&alt| {
                if !alt.starts_with(|c: char| c.is_ascii_uppercase()) {
                    return w.eq_ignore_ascii_case(alt);
                }
                match alt {
                    "NOT" => self.kind(i) == Some(K::Not),
                    "BE" => self.is(i, BE),
                    "ADV" => self.is(i, ADV),
                    "WH" => self.is(i, WH),
                    "FRAMEH" => self.is(i, FRAME_H),
                    "FRAMEN" => self.is(i, FRAME_N),
                    "FRAME" => self.is(i, FRAME),
                    _ => w.eq_ignore_ascii_case(alt),
                }
            })
    }

    /// Whether word `i` is one of the alternatives of a parsed element.
    fn is_one_of(&self, i: usize, alternatives: &[Alternative]) -> bool {
        let w = self.word(i);
        !w.is_empty()
            && alternatives.iter().any(|alt| match *alt {
                Alternative::Not => self.kind(i) == Some(K::Not),
                Alternative::Class(bits) => self.is(i, bits),
                Alternative::Word(id) => self.toks.get(i).is_some_and(|t| t.lex.id == id),
            })
    }

    /// Matches one entry's pattern (parsed, see `PATTERNS`) at word `start`, greedily;
    /// returns the token after the last word matched.
    fn match_pat(&self, start: usize, pattern: &[Element]) -> Option<usize> {
        let (mut at, mut end) = (start, None);
        for (n, element) in pattern.iter().enumerate() {
            match if n == 0 {
                Some(start)
            } else {
                self.next_word(at)
            } {
                Some(j) if self.is_one_of(j, &element.alternatives) => {
                    (at, end) = (j + 1, Some(j + 1))
                }
                _ if element.optional => {}
                _ => return None,
            }
        }
        end
    }

    /// The longest table entry that starts at word `i`; `first` says whether it is the sentence's first word.
    fn best_at(&self, i: usize, first: bool) -> Option<Found> {
        let entries = |(lo, hi): (usize, usize)| INDEX.get(lo..hi).unwrap_or_default();
        let own = self.toks.get(i).map_or((0, 0), |t| t.lex.entries);
        // ("not" itself is its own entries: they are tried once.)
        let not = match self.kind(i) == Some(K::Not) {
            true => lookup("not").entries,
            false => (0, 0),
        };
        let not = if not == own { (0, 0) } else { not };
        // Most words start no entry: they are done before any test of their spelling.
        if own.0 == own.1 && not.0 == not.1 {
            return None;
        }
        let w = self.word(i);
        // "No. 5" is a number, and "May" inside a sentence is the month.
        if (w.eq_ignore_ascii_case("no") && self.kind(i + 1) == Some(K::Period))
            || (w == "May" && !first)
        {
            return None;
        }
        // A capitalized cue word inside a sentence is a name ("the Nothing Phone", "No Kwang
        // Chol"), unless it opens a quotation or follows a colon.
        let capitalized = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase);
        let after_opening = i
            .checked_sub(1)
            .and_then(|p| self.kind(p))
            .is_some_and(|k| matches!(k, K::OpenQ | K::Stop));
        if capitalized && !first && !after_opening {
            return None;
        }
        let mut best: Option<(Found, usize)> = None;
        for &(_, at) in entries(own).iter().chain(entries(not)) {
            let Some(entry) = ENTRIES.get(at) else {
                continue;
            };
            let Some(end) = PATTERNS.get(at).and_then(|p| self.match_pat(i, p)) else {
                continue;
            };
            if best.is_none_or(|(b, b_at)| end > b.end || (end == b.end && at < b_at)) {
                best = Some((
                    Found {
                        start: i,
                        end,
                        kind: entry.kind,
                        flags: entry.flags,
                    },
                    at,
                ));
            }
        }
        best.map(|(f, _)| f).or_else(|| self.claim_verb_at(i))
    }

    /// "claim" as a verb in the plural, after its subject and before a clause that opens
    /// without a determiner: "Road safety campaigners claim e-scooter collisions injured
    /// more than 1,500 people" (the table reads "claim the …", "claim that …"). Not the
    /// noun: "the claim", "Moscow's claim", "insurance claim", "a claim for …".
    fn claim_verb_at(&self, i: usize) -> Option<Found> {
        if self.word(i) != "claim" {
            return None;
        }
        let subject = self.prev_word(i).filter(|&p| {
            let w = self.word(p);
            (w.len() > 3 && w.ends_with('s') && !w.ends_with("'s") && !self.is(p, DET | BE | AUX))
                || self.elem(p, &["they", "we", "you"])
        });
        let clause = self.next_word(i + 1).filter(|&j| {
            !self.is(j, PREPOSITION | BE | AUX | THAT)
                && !self.elem(j, &["of", "for", "to", "by", "against"])
        });
        (subject.is_some() && clause.is_some()).then_some(Found {
            start: i,
            end: i + 1,
            kind: Kind::Hedge,
            flags: REPORT,
        })
    }

    /// Whether cue `f` is "claimed" in the sense of won: "Callum Reid claimed the 2025
    /// Eastgate Masters title and a winner's prize of £100,000" (trial 184: the prize was
    /// hedged), "claimed gold", "claimed the seat". A title, a medal or a seat within five
    /// words, before any mark or "that" (not "victory" or "win", which are often disputed:
    /// "Moscow claimed victory").
    fn claimed_a_prize(&self, f: &Found) -> bool {
        #[rustfmt::skip]
        const PRIZES: &[&str] = &[
            "title", "titles", "crown", "trophy", "gold", "silver", "bronze", "medal",
            "medals", "prize", "championship", "seat", "seats", "cup", "jersey", "pole",
        ];
        // (The cue may hold the article too: "claims the".)
        if f.kind != Kind::Hedge
            || f.end > f.start + 2
            || !self.elem(f.start, &["claimed", "claims", "claim", "claiming"])
        {
            return false;
        }
        let mut at = f.start + 1;
        for _ in 0..5 {
            let Some(j) = self.next_word(at) else {
                return false;
            };
            if self.is(j, THAT) {
                return false;
            }
            if self.elem(j, PRIZES) {
                // (Not a clause about the prize: "Campaigners claimed the winner's prize
                // of £100,000 was paid late".)
                let mut k = j + 1;
                while let Some(w) = self.next_word(k) {
                    if self.is(w, BE | AUX) {
                        return false;
                    }
                    k = w + 1;
                }
                return true;
            }
            at = j + 1;
        }
        false
    }

    /// Whether cue `f` is "reported to" (after a form of "be") followed by whom it was
    /// reported to, not by a verb: "were reported to the Health and Safety Executive", "was
    /// reported to police", "reported to Ofcom".
    fn reported_to_someone(&self, f: &Found) -> bool {
        let last = f.end.saturating_sub(1);
        if f.kind != Kind::Hedge || !self.elem(last, &["to"]) {
            return false;
        }
        let reported = self
            .prev_word(last)
            .is_some_and(|k| self.elem(k, &["reported"]));
        reported
            && self.next_word(f.end).is_some_and(|k| {
                self.elem(
                    k,
                    &["the", "a", "an", "its", "their", "police", "regulators"],
                ) || self.word(k).starts_with(|c: char| c.is_uppercase())
            })
    }

    /// "Twelve practices have not stopped offering NHS treatment", "never stopped": a
    /// stopping denied before a verb in "-ing", or at the end of the clause, is a plain
    /// negation (what was not stopped goes on, and the stopping did not happen); the idiom
    /// is of "Rain did not stop Brandt from setting a record", "did not stop play" (trial
    /// 97). The negation word alone, when `f` is that idiom so placed.
    fn stopping_goes_on(&self, f: &Found) -> Option<Found> {
        const STOPPING: &[&str] = &["stop", "stopped", "stops", "halt", "halted"];
        let last = f.end.checked_sub(1)?;
        if f.kind != Kind::Neutral || !self.elem(last, STOPPING) {
            return None;
        }
        let goes_on = self.ends_clause(f.end)
            || self
                .next_word(f.end)
                .is_some_and(|j| j == f.end && self.word(j).to_ascii_lowercase().ends_with("ing"));
        let negation = (f.start..f.end).find(|&j| self.is_neg_word(j))?;
        goes_on.then_some(Found {
            start: f.start,
            end: negation + 1,
            kind: Kind::Neg,
            flags: ABSORB,
        })
    }

    /// Finds every cue of the sentence, left to right; a word belongs to at most one cue.
    fn collect(&mut self) {
        let first = self
            .toks
            .iter()
            .position(|t| matches!(t.k, K::Word | K::Not));
        let mut i = 0;
        // The entry found at a negation after an auxiliary, kept for when `i` comes to it
        // ("not" starts 36 entries: reading them twice was a fifth of finding the cues).
        let mut after_aux: Option<(usize, Option<Found>)> = None;
        while i < self.toks.len() {
            if self.word(i).is_empty() {
                i += 1;
                continue;
            }
            let mut best = match after_aux.take() {
                // (A negation after an auxiliary is never the sentence's first word.)
                Some((at, found)) if at == i => found,
                _ => self.best_at(i, first == Some(i)),
            };
            // An auxiliary joins the cue after it ("does" + "not rule out"), unless the auxiliary
            // is itself a hedge that a plain negation would swallow ("may not").
            if self.is(i, AUX) {
                let next = self
                    .next_word(i + 1)
                    .filter(|&j| self.kind(j) == Some(K::Not));
                let found = next.and_then(|j| {
                    let found = self.best_at(j, false);
                    after_aux = Some((j, found));
                    found
                });
                if let Some(f) = found {
                    let allowed = f.flags & ABSORB != 0
                        && (f.kind == Kind::Hedge || !self.is(i, MODAL_HEDGE));
                    if allowed && best.is_none_or(|b| f.end > b.end) {
                        best = Some(Found { start: i, ..f });
                    }
                }
            }
            // "Sixty-eight injuries were reported to the Health and Safety Executive": filed
            // with someone, not said to be so ("were reported to have died" hedges).
            let best = best.filter(|f| !self.reported_to_someone(f) && !self.claimed_a_prize(f));
            let best = best.map(|f| self.stopping_goes_on(&f).unwrap_or(f));
            let found = best
                .or_else(|| self.deny_at(i))
                .or_else(|| self.subject_clause_at(i, first == Some(i)))
                .or_else(|| self.frame_by_at(i));
            let Some(found) = found else {
                i += 1;
                continue;
            };
            // "nor" after "neither" or "not" in the same clause continues that negation rather than cancelling it.
            let continues = self.word(found.start).eq_ignore_ascii_case("nor")
                && self
                    .cues
                    .iter()
                    .any(|c| c.kind == Kind::Neg && self.reaches(c, found.start, Mode::Neg));
            if !continues {
                self.cues.push(found);
            }
            i = found.end.max(i + 1);
        }
    }

    /// A sentence that opens with "That" and a clause ("That the vaccine causes autism is
    /// untrue") puts the clause up for judgement, as "the idea that" does: a frame, which
    /// negates what it holds when a dismissal follows ("is untrue", "is a myth") and does
    /// nothing otherwise ("That deal was signed in May").
    fn subject_clause_at(&self, i: usize, first: bool) -> Option<Found> {
        (first && self.is(i, THAT)).then_some(Found {
            start: i,
            end: i + 1,
            kind: Kind::Frame { hedging: false },
            flags: 0,
        })
    }

    /// A claim noun whose maker comes before its "that": "A claim by campaigners that dog
    /// attacks injured 600 people … is false" (trial 182: the claim was read as the
    /// writer's statement), "reports from residents that …". A frame as "the claim that"
    /// is, up to five words of the maker's name.
    fn frame_by_at(&self, i: usize) -> Option<Found> {
        if !self.is(i, FRAME) {
            return None;
        }
        let by = self
            .next_word(i + 1)
            .filter(|&j| j == i + 1 && self.elem(j, &["by", "from"]))?;
        let mut at = by + 1;
        for _ in 0..6 {
            let w = self.next_word(at)?;
            if self.is(w, THAT) {
                return Some(Found {
                    start: i,
                    end: w + 1,
                    kind: Kind::Frame {
                        hedging: self.is(i, FRAME_H),
                    },
                    flags: 0,
                });
            }
            at = w + 1;
        }
        None
    }

    /// Whether the denial word at `k` is a noun, not a verb: after a preposition or a
    /// word in "-ing", directly or through a determiner and its words ("a year before the
    /// current dispute", "amid disputes over pay", "sparking disputes"). "A claim the
    /// ministry disputes" and "though the utility disputes the figure" are verbs: the
    /// words before their determiner are no preposition.
    fn denial_is_a_noun(&self, k: usize) -> bool {
        // Beside the prepositions of place and time (`PREPOSITION`).
        const GOVERNING: &[&str] = &[
            "despite", "since", "until", "of", "with", "from", "into", "without", "through",
            "amidst",
        ];
        let governs = |j: usize| self.is(j, PREPOSITION) || self.elem(j, GOVERNING);
        // A word in "-ing" governs only right before the denial or its determiner ("amid
        // growing denials", "following the denial"); further back it is an adjective of the
        // noun between: "a figure the timing company denied" (trial 126).
        let gerund = |j: usize| self.word(j).to_ascii_lowercase().ends_with("ing");
        let mut j = k;
        for step in 0..4 {
            let Some(p) = self.prev_word(j) else {
                return false;
            };
            if governs(p) || step == 0 && gerund(p) {
                return true;
            }
            if self.is(p, DET) {
                return self.prev_word(p).is_some_and(|q| governs(q) || gerund(q));
            }
            // Only lower-case words (an adjective, a noun) stand between a determiner and
            // its noun; a name is a subject ("the Kremlin disputes").
            if !self.word(p).starts_with(|c: char| c.is_lowercase()) {
                return false;
            }
            j = p;
        }
        false
    }

    /// A denial verb before what it denies: "denied that X", "deny allegations of X", "dismissed claims that X".
    /// "deny" negates on its own; "reject", "dismiss", "refute" and "dispute" only with "that" or a claim
    /// noun, since "the agreement was rejected after the collapse" says nothing false about what follows.
    fn deny_at(&self, i: usize) -> Option<Found> {
        // A passive denial ("was denied entry") denies nothing that follows it.
        if !self.is(i, DENY) || self.prev_word(i).is_some_and(|p| self.is(p, BE)) {
            return None;
        }
        let verb = Found {
            start: i,
            end: i + 1,
            kind: Kind::Neg,
            flags: CLAIM,
        };
        // "denied on Tuesday that X", "denied in a statement that X", "flatly denied
        // again that X": a phrase of when, where or how between the verb and its "that".
        if let Some(first) = self
            .next_word(i + 1)
            .filter(|&f| self.is(f, PREPOSITION | ADV) || self.elem(f, DENIAL_ADVERBIALS))
        {
            let mut at = first;
            for _ in 0..6 {
                let Some(j) = self.next_word(at) else { break };
                if self.is(j, THAT) {
                    return Some(Found { end: j + 1, ..verb });
                }
                at = j + 1;
            }
        }
        let mut at = i + 1;
        for n in 0..4 {
            let Some(j) = self.next_word(at) else { break };
            if n == 0 && self.is(j, THAT) {
                return Some(verb);
            }
            if let Some(c) = self
                .next_word(j + 1)
                .filter(|&c| self.is(j, FRAME) && self.elem(c, &["that", "of"]))
            {
                return Some(Found { end: c + 1, ..verb });
            }
            // "denied rumours on social media that X", "rejected claims by the opposition
            // that X": a phrase of where or whose between the claim noun and its "that".
            if self.is(j, FRAME)
                && self.next_word(j + 1).is_some_and(|p| {
                    self.is(p, PREPOSITION) || self.elem(p, &["by", "from", "online"])
                })
            {
                let mut at = j + 1;
                for _ in 0..5 {
                    let Some(w) = self.next_word(at) else { break };
                    if self.is(w, THAT) {
                        return Some(Found { end: w + 1, ..verb });
                    }
                    at = w + 1;
                }
            }
            // "rejected claims it shipped shells": the clause without "that".
            if let Some(c) = self
                .next_word(j + 1)
                .filter(|&c| self.is(j, FRAME) && self.elem(c, &["it", "he", "she", "they", "we"]))
            {
                return Some(Found { end: c, ..verb });
            }
            at = j + 1;
        }
        self.is(i, DENY_STRONG).then_some(verb)
    }

    /// Whether token `at` lies in a phrase fronted before the main clause and not closed by a
    /// comma: the sentence starts with a word such as "because", "after", "without", "had".
    fn in_fronted_phrase(&self, at: usize) -> bool {
        let Some(first) = self.next_word(0) else {
            return false;
        };
        let comma_before = (first..at).any(|k| self.kind(k) == Some(K::Comma));
        !comma_before && self.is(first, FRONTING)
    }

    /// Whether word `k` looks like the start of a main clause's subject: a capitalized name
    /// or a determiner.
    fn starts_subject(&self, k: usize) -> bool {
        let w = self.word(k);
        // "That" is left out: after a negation it opens what is negated ("contrary to reports
        // that troops were sent").
        let determiner = self.is(k, DET) && !self.is(k, THAT);
        // Right after "that" a subject belongs to the clause "that" opens, not the main one.
        if self.prev_word(k).is_some_and(|p| self.is(p, THAT)) {
            return false;
        }
        determiner
            || (w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase))
    }

    /// The comma that closes a name set off by the comma at token `comma`, when an
    /// auxiliary or a verb in the past follows it: ", Sarah Okoye, had", ", Sir Thomas
    /// Gale, turned down" (trial 138; at most four capitalized words).
    fn name_aside(&self, comma: usize) -> Option<usize> {
        let close = (comma + 1..(comma + 7).min(self.toks.len()))
            .find(|&m| !matches!(self.kind(m), Some(K::Word)))?;
        let words = close - comma - 1;
        let named = (1..=4).contains(&words)
            && (comma + 1..close).all(|j| {
                self.word(j).starts_with(char::is_uppercase) && !self.is(j, DET | SUBORDINATOR)
            });
        (named
            && self.kind(close) == Some(K::Comma)
            && self
                .next_word(close + 1)
                .is_some_and(|j| self.is(j, AUX) || past_verb(self.word(j))))
        .then_some(close)
    }

    /// Whether word `k` opens "even as", "even though" or "now that" (this runs for every
    /// word a hedge reaches: the word is compared before its next one is looked for).
    fn opens_a_given_clause(&self, k: usize) -> bool {
        let w = self.word(k);
        let next = |words: &[&str]| {
            self.next_word(k + 1)
                .is_some_and(|j| words.iter().any(|n| self.word(j).eq_ignore_ascii_case(n)))
        };
        (w.eq_ignore_ascii_case("even") && next(&["as", "though"]))
            || (w.eq_ignore_ascii_case("now") && next(&["that"]))
    }

    /// Whether the first word of the clause holding token `at` opens a subordinate clause
    /// ("which", "although", "if"), whose end is its next comma.
    fn in_subordinate_clause(&self, at: usize) -> bool {
        let mut first = at;
        for j in (0..at).rev() {
            match self.kind(j) {
                Some(K::Word | K::Not) if self.is(j, BARE_BOUNDARY) => {
                    return self.is(j, SUBORDINATOR)
                }
                Some(K::Word | K::Not) => first = j,
                Some(K::OpenQ | K::CloseQ | K::Other | K::Period) => {}
                _ => break,
            }
        }
        // ... or a phrase that opens the sentence with a time before its subordinator:
        // "Two years after promising to end them, Northgate has not scrapped the charges".
        let fronted_time = first == self.next_word(0).unwrap_or(usize::MAX)
            && (first..at).any(|j| self.elem(j, &["after", "before", "since"]))
            && (first..at).any(|j| self.kind(j) == Some(K::Word) && self.is_time_word(j));
        self.is(first, SUBORDINATOR) || fronted_time
    }

    /// Whether word `k` counts time: "years", "months", "days", "weeks", "hours".
    fn is_time_word(&self, k: usize) -> bool {
        self.elem(
            k,
            &[
                "years", "year", "months", "month", "weeks", "week", "days", "day", "hours",
            ],
        )
    }

    /// Whether the scope of `cue` reaches token `to`, crossing no clause boundary (see the module doc).
    /// Whether a cue of saying ends in a verb followed by where or how it was said, then
    /// "that": "wrongly claimed on social media that X", "falsely claimed online that X"
    /// (trial 97). The clause after "that" is what the cue denies or reports.
    fn said_where_then_that(&self, cue: &Found) -> bool {
        #[rustfmt::skip]
        const SAYING: &[&str] = &[
            "claim", "claims", "claimed", "say", "says", "said", "state", "states", "stated",
            "allege", "alleges", "alleged", "assert", "asserts", "asserted", "report",
            "reports", "reported", "suggest", "suggests", "suggested", "wrote",
        ];
        // (The "that" first: this is asked of every cue's reach.)
        let Some(that) = (cue.end..(cue.end + 6).min(self.toks.len())).find(|&j| self.is(j, THAT))
        else {
            return false;
        };
        if cue.end == cue.start || !self.elem(cue.end - 1, SAYING) {
            return false;
        }
        let Some(first) = self.next_word(cue.end).filter(|&j| j < that) else {
            return false;
        };
        let opens = self.elem(first, &["online", "publicly", "repeatedly", "again"])
            || self.elem(first, &["on", "in", "to", "at", "during", "via", "through"]);
        opens && (cue.end..that).all(|j| matches!(self.kind(j), Some(K::Word)))
    }

    fn reaches(&self, cue: &Found, to: usize, mode: Mode) -> bool {
        // A hedge in a subordinate clause, or one that opens it ("if", "whether"), ends at its comma.
        // ... unless it opens the sentence: "If the count is right, Holt won" is conditional
        // all through.
        let sub = (self.is(cue.start, SUBORDINATOR) || self.in_subordinate_clause(cue.start))
            && !self.opens_condition(cue);
        let fronted = mode == Mode::Neg && self.in_fronted_phrase(cue.start);
        // A negation of a whole clause: "denied that", "is not true that", "is not the case
        // that".
        // "wrongly claimed on social media that X": the "that" opens what was claimed.
        let said_where = self.said_where_then_that(cue);
        let clausal = cue.end > cue.start && self.is(cue.end - 1, THAT)
            || (cue.end..(cue.end + 4).min(self.toks.len()))
                .find(|&j| self.is(j, THAT))
                .is_some_and(|that| {
                    (cue.end..that).all(|j| {
                        self.elem(j, &["true", "the", "case", "correct", "accurate", "so"])
                    })
                })
            || said_where;
        let (mut depth, mut k) = (0usize, cue.end);
        while k < to {
            let words_after_cue = k > cue.end;
            match self.kind(k) {
                Some(K::Stop) | None => return false,
                // A full stop before a capital ends a sentence even where the segmenter kept
                // going (inside a quotation, after "U.S."); a negation never crosses it.
                Some(K::Period)
                    if self
                        .next_word(k + 1)
                        .is_some_and(|j| self.word(j).starts_with(char::is_uppercase)) =>
                {
                    return false
                }
                // So does one after a word that is no abbreviation, before a lowercase one:
                // "smith did not win. holt won the seat.", "did not win... holt won".
                Some(K::Period) if self.ends_sentence_at(k) => return false,
                // A fronted phrase with no comma after it ("Because talks did not progress
                // Russia signed"): the main clause starts at its subject, a name or a noun
                // phrase after the negated words.
                // ... unless an auxiliary comes first, as after a negative phrase: "By no
                // means did Holt win" negates the main clause.
                // ... nor inside a "that" clause the negation opens: "Contrary to reports
                // that the Halcyon Lights Wembley show sold out, …" reaches past the name.
                Some(K::Word)
                    if fronted
                        && words_after_cue
                        && self.starts_subject(k)
                        && !self.prev_word(k).is_some_and(|p| self.is(p, AUX))
                        && !(cue.end..k).any(|j| self.is(j, THAT)) =>
                {
                    return false
                }
                // A hedge of the main verb (a wish, a plan, a risk: "may resign", "has ruled
                // out new charges") does not reach a clause the sentence takes as given:
                // "… after the fire killed 20", "… because Varga was acquitted". One that
                // reports or weighs the whole statement ("reportedly", "it is believed")
                // or opens a condition ("if", "whether") does.
                Some(K::Word)
                    if mode == Mode::Hedge
                        && words_after_cue
                        && cue.flags & REPORT == 0
                        && !self.is(cue.start, SUBORDINATOR | WH)
                        && self.elem(
                            k,
                            &[
                                "after", "because", "since", "although", "though", "whereas",
                                "once",
                            ],
                        ) =>
                {
                    return false
                }
                // "announced plans to cut 1,200 jobs, even as it posted revenue of £6.8
                // billion", "managers expect about 900 more a year now that Ashby's unit
                // has closed": "even as", "even though" and "now that" open such a clause
                // too, whatever the hedge: what they open is taken as given, even under
                // an expectation ("expect") or a report.
                Some(K::Word)
                    if mode == Mode::Hedge
                        && words_after_cue
                        && !self.is(cue.start, SUBORDINATOR | WH)
                        && self.opens_a_given_clause(k) =>
                {
                    return false
                }
                // Nor, whatever the hedge, what a figure is added to: "is expected to
                // announce £1.6 billion, on top of the £8.3 billion pledged last year", or
                // the earlier figure it is compared with: "…, up from £12.6m in 2025".
                Some(K::Word)
                    if mode == Mode::Hedge && words_after_cue && self.opens_what_is_given(k) =>
                {
                    return false
                }
                // After the negated words, a preposition starts what the sentence takes as
                // given: "nobody was injured [in the attack]". Not after a negation of a
                // whole clause, whose subject may hold one: "It is not true that strikes on
                // Kharkiv killed 14", "denied that the court in Budapest convicted Varga".
                Some(K::Word)
                    if mode == Mode::Neg
                        && words_after_cue
                        && self.is(k, PREPOSITION)
                        && !clausal =>
                {
                    return false
                }
                Some(K::Word)
                    if mode == Mode::Neg && words_after_cue && self.ends_without(cue, k) =>
                {
                    return false
                }
                Some(K::OpenQ) => depth += 1,
                // The scope of a cue inside a quotation ends where the quotation closes.
                Some(K::CloseQ) if depth == 0 => return false,
                Some(K::CloseQ) => depth -= 1,
                // ... except around an aside that opens with "which" or "who": "It is not
                // true that Armenia, which never refused, signed" denies the signing.
                Some(K::Comma) if mode == Mode::Neg => {
                    let next = self.next_word(k + 1).unwrap_or(k);
                    let aside = self.elem(next, &["which", "who", "whose", "whom"]);
                    // ... or a name set off by commas before its clause's verb: "denied
                    // reports that its vice-chancellor, Sarah Okoye, had turned down a pay
                    // rise" (the scope reaches the name too).
                    if let Some(m) = self.name_aside(k) {
                        k = m + 1;
                        continue;
                    }
                    match (k + 1..to).find(|&m| self.kind(m) == Some(K::Comma)) {
                        Some(m) if aside => k = m,
                        _ => return false,
                    }
                }
                // A hedge that opens an aside ends with it: "The strike, initially
                // announced as a 14-day walkout, was cut to nine days" (trial 165) states
                // the cut. (Not a strong one, "…, reportedly, …", nor a comma right after it.)
                Some(K::Comma)
                    if mode == Mode::Hedge
                        && words_after_cue
                        && cue.flags & STRONG == 0
                        && cue
                            .start
                            .checked_sub(1)
                            .is_some_and(|p| self.kind(p) == Some(K::Comma)) =>
                {
                    return false
                }
                Some(K::Comma) => {
                    let next = self.next_word(k + 1).unwrap_or(k);
                    if self.is(next, SUBORDINATOR) {
                        // A clause such as ", which signed the pact," is skipped, and the scope goes on after it.
                        match (k + 1..to).find(|&m| self.kind(m) == Some(K::Comma)) {
                            Some(m) => k = m,
                            None => return false,
                        }
                    } else if sub || self.is(next, COORDINATOR) {
                        return false;
                    } else if mode == Mode::Hedge
                        && words_after_cue
                        && depth == 0
                        && self.prev_word(cue.start).is_some()
                        && !self.is(cue.start, SUBORDINATOR | WH)
                        && !self.opens_condition(cue)
                        && self.hedges_a_clause_of_its_own(cue, k)
                        && self.spliced_clause_after(k)
                    {
                        // "Work is expected to start in March, officials said, the wall
                        // would protect 2,300 homes": a hedge ends where a clause of its
                        // own follows a comma (not an aside: "may, the mayor said, cut 200
                        // jobs" goes on; nor a condition's, "If talks fail, the strike
                        // will go ahead"; nor one that opens the sentence, "Reportedly,
                        // the rate was 4.8%", "According to officials, the rate …"; nor
                        // inside a quotation opened after it.)
                        return false;
                    }
                }
                Some(K::Word | K::Not) if self.is(k, BARE_BOUNDARY) || self.so_clause(k) => {
                    return false
                }
                Some(K::Word | K::Not) if mode == Mode::Neg => {
                    // A negation also ends at "and"/"or" ("has no expiry date and includes a clause"
                    // negates only the date), at a word that opens a clause ("until Putin arrived"),
                    // at a reporting verb, at a relative "that" (not at "denied that", "not true that"),
                    // and where a participle starts a clause of its own ("the treaty signed by Putin").
                    let relative = self.is(k, THAT)
                        && !said_where
                        && !self.cue_ends_at(k)
                        && !self
                            .prev_word(k)
                            .is_some_and(|p| self.is(p, OPENS_THAT | FRAME));
                    // ("and" joins a pair: "junctions 10 and 12", "between Ardley and Kenbrook".)
                    let joins_a_pair = self.elem(k, &["and", "or"]) && self.joins_a_pair(k);
                    if relative
                        || (self.is(k, AND_OR | SUBORDINATOR | REPORTING) && !joins_a_pair)
                        || self.participle_clause(cue, k)
                        || self.takes_bare_clause(k)
                            && !self.prev_word(k).is_some_and(|p| self.is(p, THAT))
                    {
                        return false;
                    }
                }
                _ => {}
            }
            k += 1;
        }
        if mode == Mode::Neg && to > cue.end && self.ends_without(cue, to) {
            return false;
        }
        // A match that opens with "up from", "on top of", …: `up from £{n}m`.
        if mode == Mode::Hedge && to > cue.end && self.opens_what_is_given(to) {
            return false;
        }
        // The match itself may start the main clause after a fronted phrase, or a participle
        // clause.
        if fronted
            && to > cue.end
            && self.starts_subject(to)
            && !self.prev_word(to).is_some_and(|p| self.is(p, AUX))
        {
            return false;
        }
        mode == Mode::Hedge || !self.participle_clause(cue, to)
    }

    /// Whether hedge `cue` governs words of its own before the comma at token `k`, a verb
    /// phrase ("is expected to [start in March]"), so that a clause spliced on after the
    /// comma is another statement. Not a clause the hedge opens with "that", "whether" or
    /// a question word, whose subject may come after a phrase and a comma ("expect that by
    /// 2030, the wall will …", "unclear whether in the first phase, …"), nor such a phrase
    /// right after the hedge ("hope within two years, the wall will …").
    fn hedges_a_clause_of_its_own(&self, cue: &Found, k: usize) -> bool {
        let opens_a_clause = (cue.start..k).any(|j| self.is(j, THAT | WH));
        let first = self.next_word(cue.end).filter(|&j| j == cue.end && j < k);
        let phrase_first = first.is_none_or(|j| {
            self.is(j, PREPOSITION)
                || self.elem(
                    j,
                    &[
                        "by",
                        "within",
                        "until",
                        "for",
                        "from",
                        "under",
                        "through",
                        "next",
                        "this",
                        "last",
                        "later",
                        "soon",
                        "eventually",
                        "then",
                        "once",
                    ],
                )
        });
        !opens_a_clause && !phrase_first
    }

    /// Whether the comma at token `k` is followed by a clause of its own, spliced on with
    /// no "and" or stop: a subject (a determiner, a pronoun, a name or a figure, and up to
    /// four more words) and a finite verb ("the wall would", "it has", "2,300 homes
    /// were"), not one that only reports ("the mayor has said", an aside), nor one a
    /// relative word ties to what came before ("the first phase of which will").
    fn spliced_clause_after(&self, k: usize) -> bool {
        let Some(first) = self.next_word(k + 1).filter(|&j| j == k + 1) else {
            return false;
        };
        let word = self.word(first);
        let subject = self.is(first, DET)
            || self.elem(
                first,
                &["he", "she", "it", "they", "we", "i", "you", "there"],
            )
            || word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if !subject || self.is(first, SUBORDINATOR | WH | THAT | COORDINATOR | AUX) {
            return false;
        }
        let finite = |j: usize| self.is(j, AUX) && !self.elem(j, &["be", "been", "being", "need"]);
        for j in first + 1..(first + 6).min(self.toks.len()) {
            if self.kind(j) != Some(K::Word) {
                return false;
            }
            if finite(j) {
                // "the mayor has said," is an aside, whatever its subject; "it would then
                // protect" goes on from the hedged clause.
                return !self
                    .next_word(j + 1)
                    .is_some_and(|after| self.is(after, REPORTING) || self.elem(after, &["then"]));
            }
            if self.is(j, SUBORDINATOR | WH | THAT | COORDINATOR | REPORTING) {
                return false;
            }
        }
        false
    }

    /// Whether word `k` ends the noun phrase that the negation `cue` "without" negates: any
    /// preposition does ("were left without mobile signal [for 11 hours]").
    fn ends_without(&self, cue: &Found, k: usize) -> bool {
        self.elem(cue.start, &["without"])
            && (self.is(k, PREPOSITION)
                || self.elem(k, &["for", "since", "until", "from", "to", "by", "with"]))
    }

    /// Whether the full stop at token `k`, before a lowercase word, ends a sentence: it
    /// follows a word of three letters or more that is no abbreviation ("approx.",
    /// "etc."), or another stop ("...").
    fn ends_sentence_at(&self, k: usize) -> bool {
        const ABBREVIATIONS: &[&str] = &[
            "etc", "approx", "inc", "ltd", "corp", "dept", "est", "govt", "min", "max", "nos",
            "fig", "figs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "mrs", "gen", "sen", "rep", "gov", "col", "sgt", "capt", "prof", "hon",
            "rev", "vol", "pp", "ibid", "ave", "blvd", "univ", "assn", "bros", "dist", "intl",
            "natl",
        ];
        if self.next_word(k + 1).is_none() {
            return false;
        }
        match k.checked_sub(1).and_then(|p| self.kind(p)) {
            Some(K::Period) => true,
            Some(K::Word) => {
                let before = self.word(k - 1);
                before.chars().count() >= 3
                    && !before.contains('.')
                    && !self.elem(k - 1, ABBREVIATIONS)
            }
            _ => self.text.get(self.toks[k].start..self.toks[k].end) == Some("\u{2026}"),
        }
    }

    /// Whether the word `k` is "so" opening a clause of its own: "Talks did not resume so
    /// the strike went ahead" (not "did not do so", "not so large").
    fn so_clause(&self, k: usize) -> bool {
        if !self.elem(k, &["so"]) {
            return false;
        }
        let before = self.prev_word(k);
        let after = self.next_word(k + 1);
        !before.is_some_and(|p| {
            self.is_neg_word(p)
                || self.is(p, AUX)
                || self.elem(
                    p,
                    &[
                        "do", "done", "and", "or", "even", "just", "not", "only", "more", "less",
                        "is",
                    ],
                )
        }) && after.is_some_and(|j| {
            self.is(j, DET)
                || self.elem(j, &["he", "she", "it", "they", "we", "i", "you", "there"])
                || self.word(j).starts_with(char::is_uppercase)
        })
    }

    /// Whether `cue` opens the sentence as a condition ("If …", "Assuming …", "Unless …").
    fn opens_condition(&self, cue: &Found) -> bool {
        // The sentence's first word, or the first after a colon or an opening quote: "Brandt
        // said: \"If we win, …\"", "BRANDT: If we win, …".
        let opens = self.next_word(0) == Some(cue.start)
            || (0..cue.start)
                .rev()
                .find(|&k| self.kind(k) != Some(K::OpenQ))
                .is_some_and(|k| {
                    self.kind(k) == Some(K::Stop)
                        && self.text.get(self.toks[k].start..self.toks[k].end) == Some(":")
                })
            || cue.start.checked_sub(1).and_then(|k| self.kind(k)) == Some(K::OpenQ);
        opens
            && self.elem(
                cue.start,
                &[
                    "if",
                    "unless",
                    "assuming",
                    "supposing",
                    "suppose",
                    "provided",
                    "providing",
                    "imagine",
                ],
            )
    }

    /// Whether word `k` is a predicate that takes a clause with "that" left out: in "critics
    /// were not surprised the council approved it" or "it was not the first time the council
    /// met", the negation stops at the predicate and the clause after it is not negated.
    /// (Right after "that" the word is the clause's own: "It is not true that only 84.5% …".)
    fn takes_bare_clause(&self, k: usize) -> bool {
        const PREDICATES: &[&str] = &[
            "surprised",
            "surprising",
            "aware",
            "happy",
            "unhappy",
            "pleased",
            "glad",
            "sorry",
            "sure",
            "certain",
            "convinced",
            "worried",
            "afraid",
            "concerned",
            "proud",
            "disappointed",
            "shocked",
            "upset",
            "angry",
            "satisfied",
            "first",
            "last",
            "only",
            "time",
            "reason",
            "wonder",
            "secret",
            "coincidence",
            "accident",
        ];
        let word = self.word(k);
        PREDICATES.iter().any(|p| word.eq_ignore_ascii_case(p))
    }

    /// Whether word `k` is a participle ("-ed", "-ing") that does not continue the negated verb:
    /// "has not ratified" and "denied sending" go on, "the treaty signed by Putin" does not. It is a
    /// guess without a dictionary, so it only ever shortens a negation.
    fn participle_clause(&self, cue: &Found, k: usize) -> bool {
        let w = self.word(k).as_bytes();
        let ends = |suffix: &[u8]| {
            w.len() > suffix.len() + 2
                && w.get(w.len() - suffix.len()..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(suffix))
        };
        // (Asked at every word a negation's scope crosses: most are no participle.)
        if !(ends(b"ed") || ends(b"ing")) {
            return false;
        }
        let mut before = self.prev_word(k);
        while let Some(p) = before.filter(|&p| self.is(p, ADV)) {
            before = self.prev_word(p);
        }
        // After a cue, an auxiliary, a name ("Neither Moscow nor Pyongyang published") or a
        // subject pronoun ("denied it shipped shells"), it is the verb itself; right after
        // "that" it starts the clause ("It is not true that borrowing was £120.7bn").

        let continues = before.is_none_or(|p| {
            self.cue_ends_at(p + 1)
                || p + 1 == cue.end
                || self.kind(p) == Some(K::Not)
                || self.is(p, AUX)
                || self.word(p).starts_with(char::is_uppercase)
                || self.elem(p, &["it", "he", "she", "they", "we", "i", "you"])
                || self.is(p, THAT)
                // After a determiner it names or describes a thing: "It is not true that a
                // planning inspector allowed the appeal", "the signed treaty".
                || self.is(p, DET)
        });
        !continues && !self.verb_of_denied_clause(cue, k)
    }

    /// Whether word `k` is the verb of the clause a denial opens with "that": in "denied that
    /// the council approved the bridge", "approved" is what was denied, not a participle
    /// ("the treaty signed by Putin"): the first word ending in -ed or -ing after "that", not
    /// followed by "by".
    fn verb_of_denied_clause(&self, cue: &Found, k: usize) -> bool {
        // The "that" after the cue, or the cue's own last word ("rejected claims that").
        let own = (cue.end > cue.start)
            .then(|| cue.end - 1)
            .filter(|&j| self.is(j, THAT));
        // ... or the "that" of "is not true that", "is not the case that".
        let true_that = || {
            (cue.end..(cue.end + 4).min(self.toks.len()))
                .find(|&j| self.is(j, THAT))
                .filter(|&that| {
                    (cue.end..that).all(|j| {
                        self.elem(j, &["true", "the", "case", "correct", "accurate", "so"])
                    })
                })
        };
        let whole_clause = true_that();
        let Some(that) = own
            .or_else(|| self.next_word(cue.end).filter(|&j| self.is(j, THAT)))
            .or(whole_clause)
            .filter(|&j| j < k && self.is(j, THAT))
        else {
            return false;
        };
        // (Not one right after a determiner, which describes a thing: "denied that a
        // planning inspector allowed its appeal".)
        let verb_like = |j: usize| {
            let w = self.word(j);
            w.len() > 4
                && (w.ends_with("ed") || w.ends_with("ing"))
                && !self.prev_word(j).is_some_and(|p| self.is(p, DET))
        };
        (cue.flags & CLAIM != 0 || whole_clause.is_some())
            && (that + 1..k).all(|j| !verb_like(j))
            && !self.next_word(k + 1).is_some_and(|j| self.elem(j, &["by"]))
    }

    fn cue(&self, from: usize, to: usize) -> Cue {
        let start = self.toks.get(from).map_or(0, |t| t.start);
        let end = self
            .toks
            .get(to.max(from + 1) - 1)
            .map_or(start, |t| t.end)
            .max(start);
        Cue {
            text: self.text.get(start..end).unwrap_or_default().to_string(),
            start,
            end,
        }
    }

    /// A claim that holds the match and is dismissed after it, in the same clause:
    /// "accusations that [X] are absurd", "reports that [X] were denied". A negation between
    /// the match and the dismissal takes it back: "the idea that [X] is not a myth".
    /// "Is not true" dismisses as well; "were premature" doubts (the second value is true)
    /// rather than denies.
    fn dismissal_after(&self, frame: &Found, from: usize) -> Option<(Cue, bool)> {
        (from..self.toks.len())
            .find_map(|k| {
                let end = if self.is(k, DISMISSIVE | DENY | DOUBTING) {
                    k + 1
                } else if self.not_true(k) {
                    k + 2
                } else {
                    return None;
                };
                let taken_back = (from..k).any(|j| self.is_neg_word(j));
                (!taken_back && self.reaches(frame, k, Mode::Hedge)).then_some((k, end))
            })
            .map(|(k, end)| (self.cue(k, end), self.is(k, DOUBTING)))
    }

    /// Whether token `k` opens "not true", "not correct", "not accurate", "not the case".
    fn not_true(&self, k: usize) -> bool {
        self.kind(k) == Some(K::Not)
            && self
                .next_word(k + 1)
                .is_some_and(|j| j == k + 1 && self.elem(j, NOT_TRUE))
    }

    /// "…, which was denied by Moscow": a passive denial whose subject is the statement
    /// before it and whose agent is named. (A passive denial elsewhere is a refusal as
    /// often as not: "the appeal was denied".) `k` is the denial verb.
    fn denied_by_which(&self, k: usize) -> bool {
        let which = self
            .prev_word(k)
            .filter(|&be| self.is(be, BE))
            .and_then(|be| self.prev_word(be))
            .is_some_and(|w| self.elem(w, &["which"]));
        which && self.has_agent(k)
    }

    /// Whether "by" follows the verb at token `k`: a passive with its agent ("denied by
    /// Moscow").
    fn has_agent(&self, k: usize) -> bool {
        self.next_word(k + 1).is_some_and(|j| self.elem(j, &["by"]))
    }

    /// A short trailing clause after the match that denies or doubts it: "…, a spokesman denied.",
    /// "…, which Moscow denies.", "… - a claim Pyongyang called absurd.", "…, but the Kremlin denied it.",
    /// "…, which could not be verified.". Returns the first denial and the first doubt found.
    fn tail(&self, from: usize) -> (Option<Cue>, Option<Cue>) {
        let (mut neg, mut hedge) = (None, None);
        // Only a few words may stand between the last mark and the verb, none of them a negation.
        // The last mark since the match, and the words and negation since it.
        let (mut last_mark, mut words, mut negated) = (None, 0usize, false);
        // Whether someone else's words were reported since the match ("…, Moscow said,").
        let mut reporter_seen = false;
        // Where the clause after the last mark starts.
        let mut clause = from;
        // The verb of "…, a reader wrongly claimed": the statement is denied, not doubted.
        let mut called_false = None;
        for k in from..self.toks.len() {
            reporter_seen |= self.is(k, REPORTING);
            match self.kind(k) {
                Some(mark @ (K::Comma | K::Stop | K::CloseQ)) => {
                    (last_mark, words, negated, clause) = (Some(mark), 0, false, k + 1);
                }
                // (A verb of calling, or of saying the true figure, may stand further on,
                // after a named caller: "…, a figure the campaign group Save Ashbury
                // Libraries called inflated", "…, but campaign group Free Parking for
                // Patients said the true figure was £5.1m", trial 108.)
                Some(K::Word | K::Not)
                    if last_mark.is_some()
                        && !negated
                        && (words <= 6
                            || words <= 10
                                && (self.is(k, CALLS)
                                    || self.is(k, REPORTING)
                                        && self.real_figure_said(k, false).is_some())) =>
                {
                    let prev = self.prev_word(k);
                    // The first word after a comma, active, has the match for its subject
                    // (a name in apposition): a denial there denies what was said before,
                    // "The council leader, Zoë Núñez, rejected that." (Still a denial of
                    // the match: "…, a spokesman denied", "X - denied.")
                    let the_matchs_own_verb =
                        words == 0 && last_mark == Some(K::Comma) && !self.has_agent(k);
                    let tail_cue = self
                        .cues
                        .iter()
                        .find(|c| c.start == k && c.flags & TAIL != 0);
                    // (Not an aside on the subject before its verb: "The strike, initially
                    // announced as a 14-day walkout, was cut to nine days" states the cut,
                    // trial 165; "X, officials initially said" has its own subject.)
                    let describes_subject = |c: &&Found| {
                        words == 0 && self.next_word(c.end).is_some_and(|j| self.elem(j, &["as"]))
                    };
                    if let Some(c) = tail_cue
                        .filter(|c| self.ends_clause(c.end))
                        .filter(|c| !describes_subject(c))
                    {
                        hedge = hedge.or_else(|| Some(self.cue(c.start, c.end)));
                    } else if self.is(k, DENY) && self.denied_by_which(k) {
                        // The agent ("by Moscow", "by the Kremlin's spokesman") ends the clause.
                        let end = (k + 2..(k + 8).min(self.toks.len() + 1))
                            .find(|&end| self.ends_clause(end));
                        if let Some(end) = end {
                            neg = neg.or_else(|| Some(self.cue(k, end)));
                        }
                    } else if self.is(k, DENY)
                        && !prev.is_some_and(|p| self.is(p, BE))
                        && !self.denial_is_a_noun(k)
                        && !the_matchs_own_verb
                    {
                        let end = self.after_object(k + 1);
                        let end = self.as_dismissive(end).map_or(end, |a| a + 1);
                        if self.ends_clause(end) || self.and_goes_on(end) {
                            neg = neg.or_else(|| Some(self.cue(k, end)));
                        }
                    } else if let Some(end) = self.which_is_false(k).filter(|_| words == 0) {
                        // "…, which is false", "…, which is not true"
                        neg = neg.or_else(|| Some(self.cue(k, end)));
                    } else if words == 0 && self.elem(k, &["pending"]) {
                        // "Holt won the seat, pending a recount"
                        hedge = hedge.or_else(|| Some(self.cue(k, k + 1)));
                    } else if words == 0 && self.not_true(k) && self.ends_clause(k + 2) {
                        // "X - not true."
                        neg = neg.or_else(|| Some(self.cue(k, k + 2)));
                    } else if words == 0 && self.is(k, DISMISSIVE) && self.ends_clause(k + 1) {
                        // "X - false."
                        neg = neg.or_else(|| Some(self.cue(k, k + 1)));
                    } else if self.is(k, CALLS)
                        && (reporter_seen || !self.word(k).to_ascii_lowercase().ends_with("ing"))
                    {
                        // "…, which Moscow called baseless", "…, Moscow said, calling the
                        // report false"; not "Varga resigned, calling the allegations
                        // false": the subject's own word, on something else.
                        let at = self.after_object(k + 1);
                        let at = self
                            .next_word(at)
                            .filter(|&j| self.is(j, A_AN))
                            .map_or(at, |j| j + 1);
                        let doubting = self
                            .next_word(at)
                            .filter(|&j| self.is(j, DOUBTING) && self.ends_clause(j + 1));
                        if let Some(adj) =
                            self.as_dismissive(at).filter(|&a| self.ends_clause(a + 1))
                        {
                            neg = neg.or_else(|| Some(self.cue(adj, adj + 1)));
                        } else if let Some(adj) = doubting {
                            // "…, which officials called premature"
                            hedge = hedge.or_else(|| Some(self.cue(adj, adj + 1)));
                        }
                    } else if let Some(adj) = self.figure_called_false(k) {
                        // "…, but the city's auditor said the figure was inflated"
                        neg = neg.or_else(|| Some(self.cue(adj, adj + 1)));
                    } else if let Some(noun) = self.real_figure_said(k, false).filter(|_| {
                        !self.negation_before(k)
                            && (from..k).any(|j| {
                                self.kind(j) == Some(K::Stop)
                                    || self
                                        .elem(j, &["but", "while", "whereas", "though", "although"])
                            })
                    }) {
                        // "…, but the farm's owner said the true figure was 35,500": after a
                        // contrast (a relative clause, "…, is disputed by the opposition, who
                        // say the true figure is nearer £640m", leaves it open instead).
                        neg = neg.or_else(|| Some(self.cue(k, noun + 1)));
                    } else if let Some(verb) = self.falsely_said(k) {
                        // "The Fed cut rates in June, a reader wrongly claimed in a letter."
                        called_false = Some(verb);
                        neg = neg.or_else(|| Some(self.cue(k, verb + 1)));
                    } else if self.is(k, TAIL_HEDGE)
                        && Some(k) != called_false
                        && self.ends_clause(k + 1)
                        // ("… an average of about £84 per claim": a noun, trial 114.)
                        && !prev.is_some_and(|p| self.is(p, DET) || self.elem(p, &["per"]))
                        && !self.compared_with_forecast(clause, k)
                    {
                        // After "the", a claim noun is an object ("denied the claim"), not a verb of doubt ("Seoul claims").
                        hedge = hedge.or_else(|| Some(self.cue(k, k + 1)));
                    }
                }
                _ => {}
            }
            if !self.word(k).is_empty() {
                words += 1;
                negated |= self.is_neg_word(k);
            }
        }
        (neg, hedge)
    }

    /// The word that dismisses the figure when a verb of saying at token `at` says so of
    /// it: "said the figure was inflated", "says that the number is wrong", "said the
    /// estimate was exaggerated and put it at 1.05 million".
    fn figure_called_false(&self, at: usize) -> Option<usize> {
        let j = self.what_is_said(at)?;
        let noun = if self.is(j, DET) {
            self.next_word(j + 1)?
        } else {
            j
        };
        if !self.elem(noun, FIGURE_NOUNS) {
            return None;
        }
        let be = self.next_word(noun + 1).filter(|&b| self.is(b, BE))?;
        let adj = self.as_dismissive(be + 1)?;
        // "… said the figure was inflated by new-build sales" (trial 117): a cause after
        // the word still calls the figure wrong.
        let cause = self
            .next_word(adj + 1)
            .is_some_and(|j| j == adj + 1 && self.elem(j, &["by", "because"]));
        (self.ends_clause(adj + 1) || self.and_goes_on(adj + 1) || cause).then_some(adj)
    }

    /// Where this sentence disputes a figure it points back to, the one the sentence before
    /// gave: "The Education Policy Institute disputed that figure, saying …", "Campaigners
    /// challenged the figures", "The auditor said the figure was inflated". Not when a
    /// negation comes before the verb ("did not dispute the figure"), and not a question
    /// ("Rival studios questioned the figure" doubts it; it says nothing against it).
    pub(crate) fn disputes_a_figure(&self) -> Option<Cue> {
        #[rustfmt::skip]
        const DISPUTING: &[&str] = &["challenged", "challenges", "contested", "contests"];
        let negated_before = |k: usize| self.negation_before(k);
        const DENYING: &[&str] = &["denied", "denies", "disputed", "disputes", "rejected"];
        for k in 0..self.toks.len() {
            // "Council leader Sarah Pike denied that, saying 11 routes were cut": "that",
            // "this" or "it" alone, ending its clause, is the statement before.
            if self.elem(k, DENYING) && !negated_before(k) {
                let pronoun = self
                    .next_word(k + 1)
                    .filter(|&j| j == k + 1 && self.elem(j, &["that", "this", "it"]));
                if let Some(j) = pronoun.filter(|&j| self.ends_clause(j + 1)) {
                    return Some(self.cue(k, j + 1));
                }
            }
            // "disputed", "rejected", "dismissed", "refuted" (`DENY_WEAK`), or "challenged";
            // or "denied that figure" (trial 178).
            if self.is(k, DENY_WEAK) || self.elem(k, DISPUTING) || self.elem(k, &DENYING[..2]) {
                let Some(det) = self.next_word(k + 1).filter(|&j| self.elem(j, POINTS_BACK)) else {
                    continue;
                };
                let Some(noun) = self
                    .next_word(det + 1)
                    .filter(|&j| self.elem(j, FIGURE_NOUNS))
                else {
                    continue;
                };
                if !negated_before(k) {
                    return Some(self.cue(k, noun + 1));
                }
            } else if let Some(adj) = self.figure_called_false(k) {
                let pointing = self
                    .next_word(k + 1)
                    .is_some_and(|j| self.elem(j, POINTS_BACK));
                // "Local estate agents denied that prices had risen that fast, saying the
                // figure was inflated" (trial 117): a denial in a clause of its own before
                // "saying" is on the same side as what is said, not a negation of it.
                let denied_apart = |j: usize| {
                    is_denial(&self.word(j).to_lowercase())
                        && (j..k).any(|c| self.kind(c) == Some(K::Comma))
                };
                let negated = (0..k).any(|j| self.is_neg_word(j) && !denied_apart(j));
                if pointing && !negated {
                    return Some(self.cue(k, adj + 1));
                }
            } else if let Some(noun) = self
                .real_figure_said(k, true)
                .filter(|_| !negated_before(k))
            {
                return Some(self.cue(k, noun + 1));
            }
        }
        None
    }

    /// Where this sentence revises a figure it points back to, the one the sentence before
    /// gave: "It later corrected the figure to 48%", "The agency revised the total down",
    /// "has since lowered its estimate". Not after a negation ("did not revise the figure").
    pub(crate) fn revises_a_figure(&self) -> Option<Cue> {
        let negated_before = |k: usize| self.negation_before(k);
        // "The Guardian later said that figure was wrong: after a data error was
        // corrected, Harwell was placed 15th" (trial 101): a figure called wrong later, in
        // a sentence that speaks of a correction or an error, is corrected, not disputed.
        let later = (0..self.toks.len()).find(|&k| self.elem(k, &["later", "subsequently"]));
        let of_a_correction = || {
            (0..self.toks.len())
                .any(|k| self.elem(k, &["corrected", "correction", "error", "mistake"]))
        };
        if let Some(later) = later.filter(|_| of_a_correction()) {
            let called_wrong = (later + 1..self.toks.len())
                .take(4)
                .find_map(|k| self.figure_called_false(k).map(|adj| (k, adj)));
            if let Some((verb, adj)) = called_wrong.filter(|&(verb, _)| !negated_before(verb)) {
                return Some(self.cue(later, adj.max(verb) + 1));
            }
        }
        (0..self.toks.len()).find_map(|k| {
            let revising = self.is(k, REVISING | CHANGES);
            if !revising || negated_before(k) {
                return None;
            }
            // "The figure was revised up from an initial estimate of 4.0 million" names only
            // the figure it replaced: the one before it is the new one (trial 109).
            let ahead: Vec<usize> = (k + 1..self.toks.len())
                .filter(|&t| matches!(self.kind(t), Some(K::Word)))
                .take(10)
                .collect();
            let from = ahead.iter().take(3).any(|&t| self.elem(t, &["from"]));
            if from && !ahead.iter().any(|&t| self.elem(t, &["to"])) {
                return None;
            }
            if let Some(subject) = self.revised_subject(k) {
                return Some(self.cue(subject, k + 1));
            }
            let j = self.next_word(k + 1)?;
            let j = if self.elem(j, &["down", "up"]) {
                self.next_word(j + 1)?
            } else {
                j
            };
            let noun = self
                .next_word(j + 1)
                .filter(|_| self.elem(j, POINTS_BACK))
                .filter(|&n| self.elem(n, FIGURE_NOUNS))?;
            Some(self.cue(k, noun + 1))
        })
    }

    /// Where the revision's verb at `verb` is passive and its subject points back to a figure:
    /// "The figure was later revised to 1,846", "That estimate has since been corrected":
    /// the subject's first word.
    fn revised_subject(&self, verb: usize) -> Option<usize> {
        #[rustfmt::skip]
        const BETWEEN: &[&str] = &[
            "was", "were", "is", "has", "had", "have", "been", "later", "since", "subsequently",
            "then", "now", "quickly",
        ];
        const PASSIVE: &[&str] = &["was", "were", "is", "been"];
        let mut j = self.prev_word(verb)?;
        let mut passive = false;
        while self.elem(j, BETWEEN) {
            passive |= self.elem(j, PASSIVE);
            j = self.prev_word(j)?;
        }
        let det = self.prev_word(j)?;
        (passive && self.elem(j, FIGURE_NOUNS) && self.elem(det, POINTS_BACK)).then_some(det)
    }

    /// The first word of what the verb of saying at token `at` says, after a "that" if one
    /// comes first ("said the figure …", "says that the number …"), or after a participle
    /// of saying ("…, saying the figure was inflated", trial 117), which opens no clause of
    /// its own for negations (so it is not `REPORTING`).
    fn what_is_said(&self, at: usize) -> Option<usize> {
        // (The four are coordinators: the class is asked first, which most words fail.)
        let says = self.is(at, REPORTING)
            || (self.is(at, COORDINATOR)
                && self.elem(at, &["saying", "adding", "insisting", "arguing"]));
        if !says {
            return None;
        }
        let j = self.next_word(at + 1)?;
        if self.elem(j, &["that"]) {
            self.next_word(j + 1)
        } else {
            Some(j)
        }
    }

    /// The figure's noun when the verb of saying (or showing) at token `at` gives another
    /// figure as the real one: "said the real figure was nearer 90,000", "says that the
    /// true number is far higher", "NHS figures show the real figure was 84.5%".
    ///
    /// `plain`: in a sentence of its own, someone who "put the figure at 6,100" gives a
    /// rival figure too, without "real" (trial 95), unless the sentence names a year,
    /// which may be another year's figure. (After "but" in the same sentence, a plain
    /// "put the figure at" may be the same party's figure of another part of the match.)
    ///
    /// When what is counted stands between the noun and "at" ("put the number of newly
    /// connected homes at"), the last word before "at" instead, so that the cue quotes what
    /// is counted (`Context::disputed_next` weighs it).
    fn real_figure_said(&self, at: usize, plain: bool) -> Option<usize> {
        let shown = || {
            let j = self.next_word(at + 1).filter(|_| self.is(at, SHOWING))?;
            match self.elem(j, &["that"]) {
                true => self.next_word(j + 1),
                false => Some(j),
            }
        };
        // "puts the real figure at £205m".
        let puts = self.elem(at, PUTS);
        let j = match puts {
            true => self.next_word(at + 1),
            false => self.what_is_said(at).or_else(shown),
        }?;
        // ("put attendance at 2,700", with no article: trial 170.)
        let bare = puts && plain && self.elem(j, &["attendance", "turnout"]);
        let after_the = match bare {
            true => j,
            false => self.next_word(j + 1).filter(|_| self.elem(j, &["the"]))?,
        };
        let noun = if self.elem(after_the, REAL) {
            // (Or the real loss, rise or cost: "the GMB union said the true loss was £60m",
            // trial 93; or price or fee, which only "real" or "true" makes a rival's:
            // "said the true price was 36.9p", trial 102, where "Unite put the price at"
            // sets its own.)
            self.next_word(after_the + 1).filter(|&n| {
                self.elem(n, FIGURE_NOUNS)
                    || self.elem(n, AMOUNT_NOUNS)
                    || self.elem(n, MEASURE_NOUNS)
                    || self.elem(n, &["price", "fee"])
            })?
        } else {
            let names_a_year = || {
                self.text
                    .split(|c: char| !c.is_ascii_digit())
                    .any(crate::scan::is_year)
            };
            // (Nor an earlier figure: "The university had initially put the total at
            // £48.6m".)
            let earlier = || {
                (0..at).any(|k| {
                    self.elem(
                        k,
                        &[
                            "had",
                            "initially",
                            "originally",
                            "earlier",
                            "previously",
                            "once",
                            "first",
                        ],
                    )
                })
            };
            // (Or a share, an average or a rate: "put the share at 18.2%", "put the
            // average at 7,210", trials 175 and 172.)
            Some(after_the).filter(|&n| {
                plain
                    && puts
                    && (self.elem(n, FIGURE_NOUNS) || self.elem(n, MEASURE_NOUNS))
                    && !names_a_year()
                    && !earlier()
            })?
        };
        // "put the number of newly connected Northmoor homes at 46,900" (trial 173): what
        // is counted may come between the noun and "at".
        let at_word = |b: usize| self.elem(b, &["at"]);
        let of_what = |from: usize| {
            let of = self
                .next_word(from)
                .filter(|&k| puts && self.elem(k, &["of"]))?;
            let mut k = of;
            for _ in 0..7 {
                k = self.next_word(k + 1)?;
                if at_word(k) {
                    return Some(k);
                }
                if self.is_neg_word(k) {
                    return None;
                }
            }
            None
        };
        // (The phrase then ends with what is counted, which the caller may weigh.)
        self.next_word(noun + 1)
            .filter(|&b| match puts {
                true => at_word(b),
                false => self.is(b, BE),
            })
            .map(|_| noun)
            .or_else(|| of_what(noun + 1).and_then(|at| self.prev_word(at)))
    }

    /// The verb after token `at` when they say that the statement before was said falsely:
    /// "wrongly claimed", "falsely reported", "mistakenly said" (not "wrongly claimed that
    /// …", which says what else was claimed).
    fn falsely_said(&self, at: usize) -> Option<usize> {
        const FALSELY: &[&str] = &[
            "wrongly",
            "falsely",
            "erroneously",
            "mistakenly",
            "incorrectly",
        ];
        if !self.elem(at, FALSELY) {
            return None;
        }
        let verb = self
            .next_word(at + 1)
            .filter(|&j| self.is(j, REPORTING | TAIL_HEDGE))?;
        let clause_end = (verb + 1..=self.toks.len())
            .find(|&j| self.ends_clause(j))
            .unwrap_or(self.toks.len());
        let then_that = (verb + 1..clause_end).any(|j| self.elem(j, &["that"]));
        (!then_that).then_some(verb)
    }

    /// "…, far higher than pollsters predicted", "…, as polls had predicted": the clause
    /// from token `clause` compares the statement with what someone said or expected (or
    /// says it came true), rather than doubts it.
    fn compared_with_forecast(&self, clause: usize, verb: usize) -> bool {
        const CAME_TRUE: &[&str] = &[
            "predicted",
            "predict",
            "predicts",
            "projected",
            "expected",
            "forecast",
            "feared",
            "suspected",
            "estimated",
        ];
        // "…, below the 62,000 organisers had predicted" (trial 100) measures the result
        // against the forecast, as "than" does.
        const AGAINST: &[&str] = &["as", "below", "above", "beyond", "exceeding", "surpassing"];
        (clause..verb)
            .any(|j| self.elem(j, &["than"]) || self.elem(j, AGAINST) && self.elem(verb, CAME_TRUE))
    }

    /// A revision of what the match states, after it in the sentence: "revised", "corrected"
    /// or "amended", with "to", "up" or "down" within three words ("…, since revised to
    /// 740,000", "… before correcting the figure to 740,000"). The cue, if so.
    ///
    /// A revision that names only the figure it replaces ("…, revising down its January
    /// estimate of 3.4 million", "…, revised up from 41,000") leaves the match as the new
    /// figure: no cue.
    ///
    /// A revision of "the figure" (or the number, the total…) leaves a match that states no
    /// figure alone: "Bird flu was confirmed at Marsh End Farm on 7 January 2025, and
    /// officials initially said 40,000 birds had been culled there, but later corrected the
    /// figure to 42,000" still confirms the bird flu (trial 158).
    fn revised_after(&self, first: usize, end: usize) -> Option<Cue> {
        // A semicolon goes on to the revision: "…19 taxi licences were revoked in 2024; the
        // figure was later corrected to 23" (trial 108: read as the 19 alone, a false
        // contradiction).
        let semicolon =
            |k: usize| self.toks.get(k).and_then(|t| self.text.get(t.start..t.end)) == Some(";");
        let at = (end..self.toks.len())
            .take_while(|&k| {
                !matches!(self.kind(k), Some(K::Stop | K::Period) | None) || semicolon(k)
            })
            .find(|&k| self.is(k, REVISING))?;
        let rest: Vec<usize> = (at + 1..self.toks.len())
            .take_while(|&k| !matches!(self.kind(k), Some(K::Stop | K::Period)))
            .filter(|&k| matches!(self.kind(k), Some(K::Word)))
            .take(8)
            .collect();
        let to = rest.iter().any(|&k| self.elem(k, &["to"]));
        let replaced = rest.iter().enumerate().any(|(i, &k)| {
            self.elem(k, &["from"])
                || (self.elem(k, &["of"])
                    && i > 0
                    && self.elem(
                        rest[i - 1],
                        &[
                            "estimate",
                            "figure",
                            "forecast",
                            "count",
                            "total",
                            "projection",
                            "tally",
                            "toll",
                            "number",
                            "reading",
                        ],
                    ))
        });
        // "…, revising down the £14.6m figure the chain gave in January": the figure it
        // replaces, written before its noun.
        let figure_before_noun = (at + 1..(at + 6).min(self.toks.len())).any(|k| {
            let number = self
                .toks
                .get(k)
                .and_then(|t| self.text.get(t.start..t.end))
                .is_some_and(|w| {
                    w.trim_start_matches(crate::numbers::CURRENCY_SIGNS)
                        .starts_with(|c: char| c.is_ascii_digit())
                });
            number
                && self.next_word(k + 1).is_some_and(|j| {
                    self.elem(
                        j,
                        &[
                            "figure",
                            "estimate",
                            "forecast",
                            "total",
                            "projection",
                            "tally",
                        ],
                    )
                })
        });
        if !to && (replaced || figure_before_noun) {
            return None;
        }
        let of_a_figure =
            (at + 1..(at + 4).min(self.toks.len())).any(|k| self.elem(k, FIGURE_NOUNS));
        // (A year is no figure: "…, in 2025" is the date of the statement.)
        let states_a_figure = (first..end).any(|k| {
            self.toks
                .get(k)
                .and_then(|t| self.text.get(t.start..t.end))
                .is_some_and(|w| {
                    w.contains(|c: char| c.is_ascii_digit()) && !crate::scan::is_year(w)
                })
        });
        if of_a_figure && !states_a_figure {
            return None;
        }
        // "…, its finance director has said, correcting a figure given to a scrutiny
        // committee" (trial 123): "a" figure, or "an earlier" one, is another statement,
        // which this one corrects.
        if self
            .next_word(at + 1)
            .is_some_and(|j| self.elem(j, &["a", "an"]))
        {
            return None;
        }
        (at + 1..(at + 5).min(self.toks.len()))
            .any(|k| self.elem(k, &["to", "up", "down"]))
            .then(|| self.cue(at, at + 1))
    }

    /// Whether token `at` is an "and" that carries the denial's clause on: "…, though the
    /// League disputes the figure and puts it closer to 15,000", "…, although the airline
    /// disputes the figure and says the rise was 15%", "… disputes the figure and the
    /// timing": whatever follows, the figure is disputed.
    fn and_goes_on(&self, at: usize) -> bool {
        self.elem(at, &["and"])
    }

    /// Where "which is false" (or "which is not true", "which was untrue") that starts at
    /// token `k` ends, if it does and ends the clause there.
    fn which_is_false(&self, k: usize) -> Option<usize> {
        if !self.elem(k, &["which"]) {
            return None;
        }
        let be = self.next_word(k + 1).filter(|&j| self.is(j, BE))?;
        let at = self.next_word(be + 1)?;
        // "…, which is a myth", "…, which is a lie".
        let at = match self.next_word(at + 1) {
            Some(noun) if self.is(at, A_AN) && self.is(noun, DISMISSIVE) => noun,
            _ => at,
        };
        let end = if self.is(at, DISMISSIVE) {
            at + 1
        } else if self.not_true(at) {
            at + 2
        } else {
            return None;
        };
        self.ends_clause(end).then_some(end)
    }

    /// Skips the object of a trailing verb: "it", "this", "the claims", "such reports", and
    /// a figure's own nouns ("…, though the utility disputes the figure").
    fn after_object(&self, at: usize) -> usize {
        let Some(j) = self.next_word(at) else {
            return at;
        };
        if self.is(j, OBJECT) && !self.next_word(j + 1).is_some_and(|n| self.is(n, FRAME)) {
            return j + 1;
        }
        let noun = if self.is(j, DET) {
            self.next_word(j + 1)
        } else {
            Some(j)
        };
        noun.filter(|&n| self.is(n, FRAME) || self.elem(n, FIGURE_NOUNS))
            .map_or(at, |n| n + 1)
    }

    /// The dismissive word at `at`, after an optional "as": "dismissed as baseless".
    fn as_dismissive(&self, at: usize) -> Option<usize> {
        let j = self.next_word(at)?;
        let j = if self.is(j, AS) {
            self.next_word(j + 1)?
        } else {
            j
        };
        self.is(j, DISMISSIVE).then_some(j)
    }

    /// Whether the clause stops at token `at`: the end of the sentence or a mark, so that
    /// "denied it." counts and "denied it was a violation" does not.
    fn ends_clause(&self, at: usize) -> bool {
        let k = (at..=self.toks.len())
            .find(|&k| self.kind(k) != Some(K::CloseQ))
            .unwrap_or(at);
        !matches!(self.kind(k), Some(K::Word | K::Not | K::OpenQ | K::Other))
    }

    /// A limit in time on the statement at `matched`, negated or not ("Until Tuesday,
    /// Armenia refused to sign", "refused to sign until Moscow backed down", "by Monday"):
    /// a negative fact that a contradict pattern spells may have ended since. ("Since 2019"
    /// says it still holds.)
    pub fn time_limit(&self, matched: Range<usize>) -> Option<Cue> {
        let (first, end) = self.tokens_of(&matched);
        self.until_after(end)
            .filter(|cue| !cue.text.eq_ignore_ascii_case("since"))
            .or_else(|| self.time_limit_before(&self.cue(first, first + 1)))
    }

    /// A dispute of what the match states, later in its clause or an aside's, in the
    /// passive: "The tram's cost, put at £585m by the council, is disputed by the
    /// opposition" (trial 62). The figure stated is one side of a dispute: the cue, if so.
    fn disputed_after(&self, end: usize) -> Option<Cue> {
        const DISPUTED: &[&str] = &["disputed", "contested", "challenged"];
        // (One pass, no list: this runs for nearly every match.)
        let mut previous: Option<usize> = None;
        for k in end..self.toks.len() {
            match self.kind(k) {
                Some(K::Stop | K::Period) | None => return None,
                Some(K::Word | K::Not) => {
                    if let Some(be) = previous.filter(|&be| {
                        self.is(be, BE) && self.elem(k, DISPUTED) && !self.negation_before(be)
                    }) {
                        return Some(self.cue(be, k + 1));
                    }
                    previous = Some(k);
                }
                _ => {}
            }
        }
        None
    }

    /// A revision of the match after it in the sentence (`revised_after`), whatever hedge
    /// comes before it: "initially reported 1,910 offences …, a figure later revised to 1,846".
    pub fn revision_after(&self, matched: Range<usize>) -> Option<Cue> {
        let (first, end) = self.tokens_of(&matched);
        self.revised_after(first, end)
    }

    /// Judges one match; `matched` is clamped to the sentence.
    pub fn assess(&self, matched: Range<usize>) -> Assessment {
        let len = self.text.len();
        let m_start = matched.start.min(len);
        let m_end = matched.end.clamp(m_start, len);
        let (first, end) = self.tokens_of(&(m_start..m_end));
        let (mut count, mut neg, mut hedge) = (0usize, None, None);
        // Whether `hedge` reports rather than leaves open (`REPORT`).
        let mut reports = false;
        let noun = self.next_word(first).map(|j| {
            if self.is(j, DET) {
                self.next_word(j + 1)
            } else {
                Some(j)
            }
        });
        let claim_match = noun.flatten().is_some_and(|j| j < end && self.is(j, FRAME));
        for f in &self.cues {
            if f.end <= first {
                match f.kind {
                    // "Contrary to [reports that …]" rejects what the reports say, not that they exist.
                    // After "denied that", the claim noun is the denied clause's subject ("denied
                    // that online fraud [reports had risen 23%]"), and the clause is denied.
                    Kind::Neg
                        if f.flags & CLAIM != 0
                            && claim_match
                            && !(f.end..first).any(|j| self.is(j, THAT)) => {}
                    // A claim called false, when its clause goes on past the match: the
                    // falsity may be in the rest, so the match counts neither way.
                    Kind::Neg
                        if f.flags & WHOLE != 0
                            && !self.ends_clause(end)
                            && self.reaches(f, first, Mode::Neg) =>
                    {
                        hedge = hedge.or_else(|| Some(self.cue(f.start, f.end)));
                    }
                    Kind::Neg if self.reaches(f, first, Mode::Neg) => {
                        count += 1;
                        neg = neg.or_else(|| Some(self.cue(f.start, f.end)));
                    }
                    Kind::Hedge if hedge.is_none() && self.reaches(f, first, Mode::Hedge) => {
                        hedge = Some(self.cue(f.start, f.end));
                        reports = f.flags & REPORT != 0;
                    }
                    Kind::Frame { hedging } if self.reaches(f, first, Mode::Hedge) => {
                        match self.dismissal_after(f, end) {
                            Some((cue, false)) => {
                                count += 1;
                                neg = neg.or(Some(cue));
                            }
                            Some((cue, true)) if hedge.is_none() => hedge = Some(cue),
                            Some(_) => {}
                            None if hedging && hedge.is_none() => {
                                hedge = Some(self.cue(f.start, f.end));
                            }
                            None => {}
                        }
                    }
                    _ => {}
                }
            } else if f.start < first && (first..f.end.min(end)).any(|j| self.is_neg_word(j)) {
                // The cue's negation word is inside the match: the analyst wrote the idiom into
                // the pattern ("[not rule out …]"), so the whole cue is theirs and says nothing.
            } else if f.start < first {
                // A cue cut by the start of the match keeps what it says outside the match: a hedge
                // stays a hedge ("did not specify [what …]"), a negation stays a negation ("failed [to
                // deliver]"), an idiom keeps only its negation word ("not [only …]"); a claim noun
                // inside the match ("denied [reports that …]") is what was denied, so it says nothing.
                let last = self
                    .prev_word(first)
                    .filter(|&p| p >= f.start)
                    .map_or(first, |p| p + 1);
                // ("refused [to overturn …]": an idiom of what stands, whose refusal still
                // denies the overturning the match names.)
                const REFUSALS: &[&str] = &[
                    "refuse",
                    "refuses",
                    "refused",
                    "refusing",
                    "decline",
                    "declines",
                    "declined",
                    "declining",
                ];
                let part = match f.kind {
                    Kind::Neutral => (f.start..last)
                        .find(|&j| self.is_neg_word(j) || self.elem(j, REFUSALS))
                        .map(|n| (n + 1, Kind::Neg)),
                    _ if f.flags & CLAIM != 0 => None,
                    // "later [corrected the reading to 6.6]": the retraction's verb is the
                    // match's own; its adverb alone says nothing.
                    // "is [expected to cost £3.2m]", "had [forecast 12 million passengers]":
                    // the hedge's words are the pattern's, and the auxiliary left outside
                    // says nothing either.
                    Kind::Hedge
                        if (f.start..last).all(|j| {
                            self.word(j).is_empty()
                                || self.elem(j, &["later", "subsequently", "since", "then"])
                                || self.elem(j, &["had", "has", "have"])
                                || (self.is(j, BE) && !self.is_neg_word(j))
                        }) =>
                    {
                        None
                    }
                    Kind::Neg | Kind::Hedge => Some((last, f.kind)),
                    Kind::Frame { .. } => None,
                };
                match part.map(|(end, kind)| (Found { end, kind, ..*f }, kind)) {
                    Some((p, Kind::Neg)) if self.reaches(&p, first, Mode::Neg) => {
                        count += 1;
                        neg = neg.or_else(|| Some(self.cue(p.start, p.end)));
                    }
                    Some((p, Kind::Hedge)) if hedge.is_none() => {
                        hedge = Some(self.cue(p.start, p.end));
                        reports = f.flags & REPORT != 0;
                    }
                    _ => {}
                }
            } else if f.end <= end && f.flags & STRONG != 0 && hedge.is_none() {
                hedge = Some(self.cue(f.start, f.end));
                reports = f.flags & REPORT != 0;
            }
        }
        let (tail_neg, tail_hedge) = self.tail(end);
        let tail_neg = self
            .did_not_happen(end)
            .or_else(|| self.undone_after(end))
            .or_else(|| self.elliptic_negation(end))
            .or(tail_neg);
        // "North Korea denied shipping shells, a denial Washington called a lie": a match
        // that holds a denial is disputed, not denied, by a denial or dismissal after it.
        let denial_in_match = (first..end).any(|k| self.is(k, DENY));
        let (tail_neg, disputed) = match denial_in_match {
            true => (None, tail_neg),
            false => (tail_neg, None),
        };
        // "Brandt says the accord does not cut tariffs, which is false": a denial that the
        // sentence rebuts after the match counts neither way.
        let rebutted = tail_neg.clone().filter(|_| count % 2 == 1);
        let negation = if count == 0 {
            // "Smith conceded nothing", "Russia sent no troops": a negative object right
            // after the match denies what it says was done.
            tail_neg.or_else(|| self.negative_object(end))
        } else {
            neg.filter(|_| count % 2 == 1 && rebutted.is_none())
        };
        let negation = negation.filter(|cue| {
            !self.denial_denied(cue)
                && !self.with_no_too_far(cue, first)
                && !self.contrary_to_denial(cue)
                && !self.in_domain_of_none(cue, first, end)
                && !self.excepted(first)
                && !self.nobody_doubts(cue, first)
                && !self.in_relative_clause(cue, first)
        });
        // Whether or not the negation reaches the match ("No one at Tata" ends at "at").
        let nobody_said = self
            .cues
            .iter()
            .filter(|f| f.kind == Kind::Neg && f.end <= first)
            .find_map(|f| self.nobody_said(f.start));
        let negation = negation.filter(|_| nobody_said.is_none());
        // "She did not win 52%, as her campaign claimed": the claim after the match is the
        // one the sentence denies, not a doubt about the denial.
        // "Net migration was 685,000, before the ONS revised the figure to 740,000", "…
        // and has since been revised to 740,000": the figure stated was replaced.
        let tail_hedge = tail_hedge
            .or_else(|| self.revised_after(first, end))
            .or_else(|| {
                // (A dispute read as a denial, "The claim that X was disputed", stays one.)
                negation
                    .is_none()
                    .then(|| self.disputed_after(end))
                    .flatten()
            });
        // So is a match that spells its own "not" (a contradict pattern's "was not {n}
        // million tonnes, as the ministry claims").
        let negated_match = (first..end).any(|k| self.is_neg_word(k));
        let tail_hedge = tail_hedge.filter(|cue| {
            !((count % 2 == 1 && negation.is_some() || negated_match && negation.is_none())
                && self.opens_contrary_clause(cue.start))
        });
        // "Did not approve it until May" approved it in May, and "will not approve it until
        // May" has not yet: a negation with "until" after the match says when, not whether.
        let until = negation.as_ref().and_then(|cue| {
            self.until_after(end)
                .or_else(|| self.time_limit_before(cue))
        });
        // "Kim did not sign the pact alone" says that others signed it with him: a
        // negation (or a match that holds one: `not sign(ed)? the pact`) of the manner.
        let alone = (negation.is_some() || negated_match)
            .then(|| self.alone_after(end))
            .flatten()
            .or_else(|| {
                let cue = negation.as_ref()?;
                self.cause_before(cue, first)
                    .or_else(|| self.cause_after(end))
                    .or_else(|| self.superlative_after(end))
            });
        // "Had the army not retreated, …" imagines the opposite of what happened: the negated
        // clause of an inverted conditional is no statement of fact either way.
        // "Moscow once denied X but now admits it": a denial withdrawn counts neither way.
        // "Those who say X are lying": said by people the sentence calls wrong, X is denied,
        // and a denial of X ("those who say Varga was not convicted") withdrawn.
        let (called_wrong, said_negated) = match self.speakers_called_wrong(first, end) {
            Some((cue, negated)) => (Some(cue), negated),
            None => (None, false),
        };
        let withdrawn = negation.as_ref().and_then(|_| {
            self.admitted_after(end)
                .or_else(|| called_wrong.clone())
                .or_else(|| self.compared_after(end))
        });
        // "No one except Patel [won a seat]": the negation is of everyone else, and says
        // nothing either way of one not named; "never convicted of [anything but bribery]"
        // affirms what it excepts, but the match may be of the rest: neither way.
        let withdrawn = withdrawn.or_else(|| {
            let cue = negation.as_ref()?;
            let after = self.toks.partition_point(|t| t.start < cue.end);
            // Before the match or inside it: "never convicted of anything but bribery".
            (after..end)
                .find(|&k| self.excepted(k + 1))
                .map(|k| self.cue(k, k + 1))
        });
        // (A part of an `all:` matcher outside the negation of what they say is neither.)
        let negation = match negation.filter(|_| withdrawn.is_none()) {
            None if withdrawn.is_none() && !said_negated => called_wrong.clone(),
            negation => negation,
        };
        // "Those who say Varga was not convicted are lying": two denials, which cancel.
        let withdrawn = withdrawn.filter(|cue| Some(cue) != called_wrong.as_ref());
        // "The 2000 treaty had no mutual defence clause; the new one does": what is denied
        // of one subject the next clause grants another, which may be the claim's.
        // Only for "no" right before the match, after a verb ("had no"): in "Russia did not
        // veto the panel; China did" and "It is not true that 42 countries signed; 38 did"
        // the subject the match names is denied, and another's deed is beside the point.
        let granted = negation
            .as_ref()
            .filter(|cue| {
                let at = self.token_of(cue);
                cue.text.eq_ignore_ascii_case("no")
                    && at.is_some_and(|k| {
                        k + 1 == first && k > 0 && self.kind(k - 1) == Some(K::Word)
                    })
            })
            .and_then(|_| self.elliptic_affirmation(end));
        let (negation, counterfactual) = match negation {
            Some(cue) if self.inverted_conditional() || self.without_would(&cue) => {
                (None, Some(cue))
            }
            None => (None, self.affirmative_conditional(first, end)),
            other => (other, None),
        };
        let hedge_reports = reports && hedge.is_some();
        let before_manner = hedge
            .or(tail_hedge)
            .or(counterfactual)
            .or(rebutted)
            .or(disputed);
        Assessment {
            negation,
            hedge_reports,
            of_manner: before_manner.is_none() && alone.is_some(),
            hedge: before_manner
                .or(alone)
                .or(withdrawn)
                .or(nobody_said)
                .or(until)
                .or(granted)
                .or_else(|| self.label(first))
                .or_else(|| self.question())
                .or_else(|| self.question_after(end)),
        }
    }

    /// "Varga's conviction for bribery was overturned", "the approval has been revoked": the
    /// match, then a form of "be" and a verb that undoes it (`UNDONE`), right after it.
    fn undone_after(&self, end: usize) -> Option<Cue> {
        // "was overturned", "has been revoked", "was later quashed"; not the active "has
        // withdrawn", whose subject did the undoing.
        let be = self
            .next_word(end)
            .filter(|&k| k == end && (self.is(k, BE) || self.elem(k, &["has", "have", "had"])))?;
        let passive = self.is(be, BE)
            || self
                .next_word(be + 1)
                .is_some_and(|k| self.elem(k, &["been"]));
        if !passive {
            return None;
        }
        let mut verb = self.next_word(be + 1)?;
        while self.elem(verb, &["been", "later", "since", "subsequently", "then"]) {
            verb = self.next_word(verb + 1)?;
        }
        self.elem(verb, UNDONE).then(|| self.cue(be, verb + 1))
    }

    /// "Never has profit grown so quickly", "No accord has ever been signed so fast", "No
    /// one has won Ashford with a bigger majority than Holt": a negation that sets a
    /// record, with "so" or "than" after the match in its clause, says the match did happen
    /// (or bounds it); the cue, if there is one.
    fn compared_after(&self, from: usize) -> Option<Cue> {
        // "more than 1,000", "fewer than 20", "more than two weeks" (trial 140): a bound
        // written into a figure, no comparison.
        let bounds_a_figure = |k: usize| {
            self.prev_word(k)
                .is_some_and(|p| self.elem(p, &["more", "less", "fewer"]))
                && self.next_word(k + 1).is_some_and(|n| {
                    let word = self.word(n);
                    word.starts_with(|c: char| c.is_ascii_digit())
                        || crate::numbers::parse_quantity(word).is_some()
                        || self.elem(n, &["a", "an", "half"])
                })
        };
        for k in from..self.toks.len() {
            match self.kind(k) {
                Some(K::Word) if self.elem(k, &["than"]) && !bounds_a_figure(k) => {
                    return Some(self.cue(k, k + 1))
                }
                // "Never has turnout been as low as 59.7%".
                Some(K::Word) if self.elem(k, &["as"]) && self.elem(k + 2, &["as"]) => {
                    return Some(self.cue(k, k + 3))
                }
                Some(K::Word)
                    if self.elem(k, &["so"])
                        && self
                            .next_word(k + 1)
                            .is_some_and(|j| !self.elem(j, &["that", "far", "as"])) =>
                {
                    return Some(self.cue(k, k + 2))
                }
                Some(K::Word) if self.is(k, AND_OR | BARE_BOUNDARY) => return None,
                Some(K::Word | K::Not | K::OpenQ | K::CloseQ | K::Other) => {}
                _ => return None,
            }
        }
        None
    }

    /// "nothing", "nobody", "none", "no one" or "no" (a negation of its own, not "no longer"
    /// or "no doubt") as the word right after token `end`, the end of a match.
    fn negative_object(&self, end: usize) -> Option<Cue> {
        let k = self.next_word(end).filter(|&k| k == end)?;
        let found = self
            .cues
            .iter()
            .find(|f| f.start == k && f.kind == Kind::Neg)?;
        let cue = self.cue(found.start, found.end);
        let text = cue.text.to_ascii_lowercase();
        matches!(
            text.as_str(),
            "nothing" | "nobody" | "none" | "no one" | "no"
        )
        .then_some(cue)
    }

    /// A phrase of `phrases` (each word of it as a list of forms) starting at token `k`:
    /// the token after it.
    fn phrase_at(&self, k: usize, phrases: &[&[&[&str]]]) -> Option<usize> {
        phrases.iter().find_map(|phrase| {
            let fits = phrase
                .iter()
                .enumerate()
                .all(|(i, forms)| self.elem(k + i, forms));
            fits.then_some(k + phrase.len())
        })
    }

    /// "Hale denied that his 104.6 average in the final [was the best] of his career": a
    /// form of "be" right after the match, then a determiner and a superlative or a record
    /// (`RANKS`), as a cue: the denial is of the rank, and takes what the match names as
    /// given. ("… was the true total" is no rank: a denial of the figure itself.)
    fn superlative_after(&self, end: usize) -> Option<Cue> {
        let be = self
            .next_word(end)
            .filter(|&k| k == end && self.is(k, BE))?;
        let det = self.next_word(be + 1).filter(|&k| self.is(k, DET))?;
        let rank = self.next_word(det + 1)?;
        self.elem(rank, RANKS).then(|| self.cue(be, rank + 1))
    }

    /// A cause named right before the match, after a negation ("Wend Water denied that
    /// its storm overflows [were responsible for] Millbrook Meadows being rated poor",
    /// "denied [causing] the delays", "denied [responsibility for] the"): the negation
    /// denies the causing, and takes what the match names as given. Only a determiner may
    /// stand between the phrase and the match ("the road leading to Kirkby" is a place).
    fn cause_before(&self, cue: &Cue, first: usize) -> Option<Cue> {
        let from = self.toks.partition_point(|t| t.start < cue.end);
        (from..first).find_map(|k| {
            let after = self
                .phrase_at(k, CAUSES)
                .or_else(|| self.phrase_at(k, RESPONSIBLE_FOR))?;
            (after <= first && (after..first).all(|j| self.is(j, DET))).then(|| self.cue(k, after))
        })
    }

    /// A cause (or an effect) named of the match: "Labour denied that Holt's victory [in
    /// Kirkby North] was the result of tactical voting", "… was due to", "… was caused by",
    /// "… resulted from", "… caused the split": the form of "be" (or the verb) right after
    /// the match, or after a place or a time of a few words, and the phrase right after it
    /// or its determiner. What is denied is the cause or the effect, and the match is taken
    /// as given. ("The vote due to be ratified" is a schedule; "won the by-election
    /// triggered by Smith's resignation" a phrase of the object.)
    fn cause_after(&self, end: usize) -> Option<Cue> {
        let cause_or_effect = |k: usize| {
            self.phrase_at(k, CAUSED_FROM)
                .or_else(|| self.phrase_at(k, CAUSES))
        };
        let mut k = self.next_word(end).filter(|&k| k == end)?;
        // (A place, not a clause of its own: "in the flood zone that caused the dispute",
        // "after a recount that led to protests", "amid claims that …" are the place's, the
        // recount's, the claims'.)
        if self.elem(k, &["in", "at", "on", "of", "for"]) {
            let next = (k + 1..k + 6).find(|&j| self.is(j, BE) || cause_or_effect(j).is_some())?;
            let clause_of_its_own = |j: usize| {
                self.kind(j) != Some(K::Word) || self.is(j, AND_OR | THAT | WH | SUBORDINATOR)
            };
            if (k..next).any(clause_of_its_own) {
                return None;
            }
            k = next;
        }
        if let Some(after) = cause_or_effect(k) {
            return Some(self.cue(k, after));
        }
        if !self.is(k, BE) {
            return None;
        }
        let mut at = self.next_word(k + 1).filter(|&j| j == k + 1)?;
        if self.is(at, DET) {
            at = self.next_word(at + 1).filter(|&j| j == at + 1)?;
        }
        let after = self.phrase_at(at, CAUSED_BY)?;
        let scheduled = self.elem(at, &["due", "owing"]) && self.elem(after, &["be"]);
        (!scheduled).then(|| self.cue(k, after))
    }

    /// "alone", "single-handedly", "unilaterally", "by himself", "on its own" after token
    /// `from` in the same clause, as a cue: "did not sign the pact alone" denies the manner,
    /// not the signing. So do a reason, a purpose or a manner: "for the money", "because",
    /// "as a backup", "in order to", "voluntarily".
    fn alone_after(&self, from: usize) -> Option<Cue> {
        #[rustfmt::skip]
        const MANNER: &[&str] = &[
            "voluntarily", "willingly", "reluctantly", "gladly", "happily", "lightly", "cheaply",
            "easily", "quietly", "unconditionally",
        ];
        const REFLEXIVE: &[&str] = &["himself", "herself", "itself", "themselves", "myself"];
        const POSSESSIVE: &[&str] = &["its", "his", "her", "their", "my", "our"];
        // Verbs that, after "to", make a purpose ("to protect its arms deals", "to sit on
        // the bench"); "to Russia", "to the court" are places.
        #[rustfmt::skip]
        const PURPOSE: &[&str] = &[
            "protect", "shield", "avoid", "sit", "play", "win", "help", "support", "secure",
            "save", "keep", "prevent", "boost", "gain", "earn", "please", "punish", "pressure",
            "force", "appease", "spite", "cover", "hide", "escape", "evade", "reward", "signal",
            "show", "prove", "deter", "weaken", "strengthen", "intimidate", "humiliate",
            "placate", "curry", "spare", "silence",
        ];
        for k in from..self.toks.len() {
            match self.kind(k) {
                Some(K::Word)
                    if self.elem(
                        k,
                        &["alone", "single-handedly", "singlehandedly", "unilaterally"],
                    ) =>
                {
                    return Some(self.cue(k, k + 1))
                }
                Some(K::Word) if self.elem(k, &["by"]) && self.elem(k + 1, REFLEXIVE) => {
                    return Some(self.cue(k, k + 2))
                }
                // "Holt did not win Ashford by the margin her campaign predicted": the
                // negation is of the margin.
                Some(K::Word)
                    if self.elem(k, &["by"])
                        && (k + 1..k + 4).any(|j| self.elem(j, &["margin", "landslide"])) =>
                {
                    return Some(self.cue(k, k + 1))
                }
                // "Holt never took Ashford for granted": the negation is of the idiom.
                Some(K::Word) if self.elem(k, &["for"]) && self.elem(k + 1, &["granted"]) => {
                    return Some(self.cue(k, k + 2))
                }
                // "Kovac did not join Arsenal for the money", "… because of the money", "…
                // as a backup", "… in order to play", "did not step down voluntarily": the
                // negation is of the reason, the purpose or the manner.
                Some(K::Word)
                    if self.elem(k, &["for"])
                        && (self.elem(k + 1, &["money"])
                            || self.elem(k + 1, &["the"]) && self.elem(k + 2, &["money"])) =>
                {
                    return Some(self.cue(k, k + 1))
                }
                // "Russia denied vetoing the panel to protect its arms deals", "Kovac didn't
                // join Arsenal to sit on the bench": the purpose is what is denied.
                Some(K::Word) if self.elem(k, &["to"]) && self.elem(k + 1, PURPOSE) => {
                    return Some(self.cue(k, k + 2))
                }
                Some(K::Word)
                    if self.elem(k, &["because"])
                        || self.elem(k, &["as"]) && self.elem(k + 1, &["a", "an"])
                        || self.elem(k, &["in", "so"])
                            && self.elem(k + 1, &["order", "as"])
                            && self.elem(k + 2, &["to"])
                        || self.elem(k, MANNER) =>
                {
                    return Some(self.cue(k, k + 1))
                }
                Some(K::Word)
                    if self.elem(k, &["on"])
                        && self.elem(k + 1, POSSESSIVE)
                        && self.elem(k + 2, &["own"]) =>
                {
                    return Some(self.cue(k, k + 3))
                }
                Some(K::Word) if self.is(k, AND_OR | BARE_BOUNDARY) => return None,
                Some(K::Word | K::Not | K::OpenQ | K::CloseQ | K::Other) => {}
                _ => return None,
            }
        }
        None
    }

    /// Whether token `at` opens "nobody", "none" or "no one".
    fn negative_pronoun(&self, at: usize) -> bool {
        self.elem(at, &["nobody", "none"])
            || (self.elem(at, &["no"]) && self.elem(at + 1, &["one"]))
    }

    /// "Patients who did not take the vaccine [were hospitalised]", "the chief who refused to
    /// resign [was fired]", "people without insurance [were twice as likely to die]": a
    /// negation inside a relative clause (or a "without" phrase) of the subject, with the
    /// main verb between it and the match, does not reach the match.
    fn in_relative_clause(&self, cue: &Cue, first: usize) -> bool {
        let Some(at) = self.token_of(cue) else {
            return false;
        };
        let after = self.toks.partition_point(|t| t.start < cue.end);
        let relative = self
            .prev_word(at)
            .is_some_and(|p| self.elem(p, &["who", "that", "which", "whom"]) && p + 1 == at);
        let without = self.elem(at, &["without"]);
        if !(relative || without) {
            return false;
        }
        // The main verb: an auxiliary after the clause's own words, before the match.
        (after + 1..first).any(|k| self.is(k, AUX) && self.kind(k) == Some(K::Word))
            && (after..first).all(|k| matches!(self.kind(k), Some(K::Word | K::Other)))
    }

    /// "No one in Moscow doubts [the clause]", "nobody at the ministry disputes that [X]": a
    /// doubt nobody has, with the pronoun's place between (the idioms in `ENTRIES` take
    /// the pronoun and the verb side by side), grants what follows it.
    fn nobody_doubts(&self, cue: &Cue, first: usize) -> bool {
        let Some(at) = self.token_of(cue) else {
            return false;
        };
        let pronoun = self.negative_pronoun(at) || self.elem(at, &["few"]);
        let after = self.toks.partition_point(|t| t.start < cue.end);
        if !pronoun
            || !self
                .next_word(after)
                .is_some_and(|p| self.is(p, PREPOSITION))
        {
            return false;
        }
        (after..first.min(after + 7))
            .take_while(|&k| matches!(self.kind(k), Some(K::Word | K::Other)))
            .any(|k| {
                self.is(k, DENY)
                    || self.elem(
                        k,
                        &[
                            "doubt",
                            "doubts",
                            "doubted",
                            "question",
                            "questions",
                            "questioned",
                        ],
                    )
            })
    }

    /// "No one except [Patel won a seat]", "no retailer other than [Acme]", "never convicted
    /// of anything but [bribery]": what a negation excepts is affirmed. True when the match
    /// comes right after "except", "besides", "but", "other than", "apart from" or
    /// "except for".
    fn excepted(&self, first: usize) -> bool {
        let Some(before) = self.prev_word(first) else {
            return false;
        };
        self.elem(before, &["except", "besides", "but", "excepting"])
            || (self.elem(before, &["than", "from", "for"])
                && self
                    .prev_word(before)
                    .is_some_and(|p| self.elem(p, &["other", "apart", "except", "aside"])))
    }

    /// "Nothing in the treaty's [mutual-defence clause] obliges Russia to send troops",
    /// "nobody at [the ministry] commented": a match in the place a negative pronoun is
    /// looked for in (after "in", "at", "from", …, within three words, and followed by the
    /// rest of the clause, its verb) is not what the pronoun negates; nor is the set "none
    /// of" picks from ("None of the 40 [passengers] was hurt").
    fn in_domain_of_none(&self, cue: &Cue, first: usize, end: usize) -> bool {
        const PLACES: &[&str] = &[
            "in", "at", "from", "within", "inside", "on", "among", "across", "around",
        ];
        let Some(at) = self.token_of(cue) else {
            return false;
        };
        let pronoun = self.negative_pronoun(at) || self.elem(at, &["nothing"]);
        let after = self.toks.partition_point(|t| t.start < cue.end);
        let Some(place) = self.next_word(after) else {
            return false;
        };
        // "None of the 40 [passengers] was hurt": the set the pronoun picks from exists.
        let of_a_set = self.elem(at, &["none", "neither"]) && self.elem(place, &["of"]);
        (of_a_set || (pronoun && self.elem(place, PLACES)))
            && place < first
            && first - place <= 3
            && !self.ends_clause(end)
            && !(place + 1..first)
                .any(|k| self.is(k, AUX) || !matches!(self.kind(k), Some(K::Word | K::Other)))
            // The match is the place's noun phrase, not the clause's verb: "None of the
            // [hostages were released]" is denied.
            && !(first..end).any(|k| self.is(k, AUX))
    }

    /// A question that holds the match and ends before the sentence does, as a quoted one
    /// does ("\"Has North Korea shipped shells?\" asked one analyst"): its `?`, when that is
    /// the first mark after the match that ends a clause, and no quotation opens before it.
    fn question_after(&self, end: usize) -> Option<Cue> {
        for k in end..self.toks.len() {
            match self.kind(k) {
                Some(K::Stop) => {
                    let tok = self.toks[k];
                    let asks =
                        self.text.get(tok.start..tok.end) == Some("?") && !self.names_which(k);
                    return asks.then(|| self.cue(k, k + 1));
                }
                Some(K::Period | K::OpenQ) => return None,
                _ => {}
            }
        }
        None
    }

    /// "Africa CDC has declared an emergency; the WHO has not.", "An appeals court upheld
    /// the ban, but the Supreme Court did not.": a match right before a negated auxiliary
    /// that ends the clause is the subject of the verb the clause leaves out, which it
    /// denies. The cue, if so.
    fn elliptic_negation(&self, end: usize) -> Option<Cue> {
        if !self.is(end, AUX) || self.is_neg_word(end) || !self.is_neg_word(end + 1) {
            return None;
        }
        let mut after = end + 2;
        if self.elem(after, &["yet", "so", "either"]) {
            after += 1;
        }
        self.ends_clause(after).then(|| self.cue(end, after))
    }

    /// "The 2000 treaty had no mutual defence clause; the new one does.", "…, but the new
    /// pact does.": after the match's clause (a semicolon, or a comma or none before "but",
    /// "while" or "whereas"), a short subject and an auxiliary that is not negated end the
    /// sentence, leaving out the verb and object of the clause before: which they grant.
    /// The cue, if so.
    fn elliptic_affirmation(&self, end: usize) -> Option<Cue> {
        // The end of the match's clause.
        let mut k = end;
        loop {
            match self.kind(k)? {
                K::Stop if self.text.get(self.toks[k].start..self.toks[k].end) == Some(";") => {
                    k += 1;
                    break;
                }
                K::Word if self.elem(k, &["but", "while", "whereas"]) => {
                    k += 1;
                    break;
                }
                K::Stop | K::Period => return None,
                _ => k += 1,
            }
        }
        let start = k;
        // A subject of one to four words, then the auxiliary.
        let aux = (k..(k + 5).min(self.toks.len()))
            .find(|&j| self.is(j, AUX) || self.kind(j) != Some(K::Word))?;
        if aux == start || !self.is(aux, AUX) || self.is_neg_word(aux) {
            return None;
        }
        let mut after = aux + 1;
        if self.elem(after, &["too", "so"]) {
            after += 1;
        }
        (self.ends_clause(after) && !self.is_neg_word(after)).then(|| self.cue(start, after))
    }

    /// "The shipment of shells never happened", "… did not take place, Moscow said": the
    /// match is what its clause says did not happen, the verb of existence right after it
    /// (a few words may finish its noun phrase, "… to Russia never happened"), and the
    /// sentence ends there or goes on only to say who said so (so "Moscow's insistence that
    /// X never happened is false" is not read as a denial). The cue, if so.
    fn did_not_happen(&self, end: usize) -> Option<Cue> {
        let start = (end..(end + 4).min(self.toks.len()))
            .find(|&k| self.is_neg_word(k) || self.is(k, AUX))?;
        let plain_words = (end..start).all(|j| {
            self.kind(j) == Some(K::Word)
                && !self.is(j, SUBORDINATOR | BARE_BOUNDARY | AND_OR | THAT)
        });
        if !plain_words {
            return None;
        }
        // "did not happen", "has never taken place"
        let negation = match self.is(start, AUX) && !self.is_neg_word(start) {
            true => start + 1,
            false => start,
        };
        if !self.is_neg_word(negation) {
            return None;
        }
        let mut verb = negation + 1;
        if self.elem(verb, &["actually", "really", "ever"]) {
            verb += 1;
        }
        const EXISTS: &[&str] = &[
            "happen",
            "happened",
            "happens",
            "occur",
            "occurred",
            "occurs",
            "exist",
            "existed",
            "exists",
            "materialise",
            "materialised",
            "materialize",
            "materialized",
        ];
        let verb_end = if self.elem(verb, EXISTS) {
            verb + 1
        } else if self.elem(verb, &["take", "took", "taken", "takes"])
            && self.elem(verb + 1, &["place"])
        {
            verb + 2
        } else {
            return None;
        };
        // What follows: the end of the sentence, or ", Moscow said."
        let rest: Vec<usize> = (verb_end..self.toks.len())
            .filter(|&k| !matches!(self.kind(k), Some(K::CloseQ | K::Period)))
            .collect();
        let attributed = match rest.split_first() {
            None => true,
            Some((&comma, words)) => {
                self.kind(comma) == Some(K::Comma)
                    && words.len() <= 5
                    && words.iter().all(|&k| self.kind(k) == Some(K::Word))
                    && words.iter().any(|&k| self.is(k, REPORTING))
            }
        };
        attributed.then(|| self.cue(start, verb_end))
    }

    /// Whether the clause that holds the byte `at` opens with "as", "despite", "contrary"
    /// or "unlike" ("…, as her campaign claimed", "…, despite what the union claimed").
    pub(crate) fn opens_contrary_clause(&self, at: usize) -> bool {
        let Some(k) = self.toks.iter().position(|t| t.start == at) else {
            return false;
        };
        let mark = (0..k)
            .rev()
            .find(|&j| matches!(self.kind(j), Some(K::Comma | K::Stop)));
        mark.and_then(|j| self.next_word(j + 1))
            .is_some_and(|w| self.elem(w, &["as", "despite", "contrary", "unlike"]))
    }

    /// "until", "till" or "since" after token `from`, in the same clause (no comma, stop or
    /// "and" between), as a cue: "had not visited Pyongyang since 2000" says when it did
    /// not happen, and that it did before.
    fn until_after(&self, from: usize) -> Option<Cue> {
        for k in from..self.toks.len() {
            match self.kind(k) {
                Some(K::Word) if self.elem(k, &["until", "till", "since", "when"]) => {
                    return Some(self.cue(k, k + 1))
                }
                // "did not cost £5,480 for long" (trial 119) says it did, for a while.
                Some(K::Word) if self.elem(k, &["for"]) => {
                    let long = self.next_word(k + 1).and_then(|j| {
                        let j = if self.elem(j, &["very"]) {
                            self.next_word(j + 1)?
                        } else {
                            j
                        };
                        self.elem(j, &["long"]).then_some(j)
                    });
                    if let Some(long) = long {
                        return Some(self.cue(k, long + 1));
                    }
                }
                Some(K::Word) if self.time_limit_at(k).is_some() => {
                    return self.time_limit_at(k).map(|end| self.cue(k, end))
                }
                Some(K::Word) if self.is(k, AND_OR | BARE_BOUNDARY) => return None,
                Some(K::Word | K::Not | K::OpenQ | K::CloseQ | K::Other) => {}
                _ => return None,
            }
        }
        None
    }

    /// A limit in time at word `k`: "by Monday", "by the end of May", "before 2024", "before
    /// this week", "as of Friday", "at the time of his arrest"; the token after its first
    /// words. ("Was not signed by the minister" names who, not when.)
    fn time_limit_at(&self, k: usize) -> Option<usize> {
        #[rustfmt::skip]
        const WHEN: &[&str] = &[
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "midnight", "noon", "dawn",
            "then", "now", "today", "tonight", "yesterday", "tomorrow", "this", "last",
            "next", "early", "late", "mid", "press", "polling",
        ];
        #[rustfmt::skip]
        const THE: &[&str] = &[
            "end", "time", "deadline", "close", "start", "middle", "weekend", "evening",
            "morning", "afternoon", "night", "summer", "spring", "autumn", "winter",
        ];
        let next = self.next_word(k + 1)?;
        // "by Monday's deadline" as "by Monday".
        let when = |i: usize| {
            let word = self.word(i);
            let word = word.strip_suffix("'s").unwrap_or(word);
            WHEN.iter().any(|w| w.eq_ignore_ascii_case(word))
                || word.bytes().all(|b| b.is_ascii_digit()) && word.len() == 4
        };
        if self.elem(k, &["by", "before"]) {
            if when(next) {
                return Some(next + 1);
            }
            let after = self.next_word(next + 1)?;
            return (self.elem(next, &["the"]) && self.elem(after, THE)).then_some(after + 1);
        }
        if self.elem(k, &["as"]) && self.elem(next, &["of"]) {
            return Some(next + 1);
        }
        let after = self.next_word(next + 1)?;
        (self.elem(k, &["at"]) && self.elem(next, &["the"]) && self.elem(after, &["time"]))
            .then_some(after + 1)
    }

    /// "Until Tuesday, Armenia had not signed the accord", "By the end of May, …", "As of
    /// Friday, …", "At the time of writing, …": a limit in time that opens the sentence,
    /// before a comma and the negation `cue`.
    fn time_limit_before(&self, cue: &Cue) -> Option<Cue> {
        let first = self.next_word(0)?;
        let opens = self.elem(first, &["until", "till"]) || self.time_limit_at(first).is_some();
        let comma = (first..self.toks.len())
            .take_while(|&k| self.toks[k].start < cue.start)
            .any(|k| self.kind(k) == Some(K::Comma));
        (opens && comma).then(|| self.cue(first, first + 1))
    }

    /// "Those who say Varga was not convicted are lying", "Anyone who claims X is
    /// misinformed": what the match says is put in the mouths of people the sentence calls
    /// wrong. The words that call them so, if "who" and a verb of saying stand before the
    /// match (words `first..end`) and they follow it in its clause, and whether what they
    /// say holds a negation.
    fn speakers_called_wrong(&self, first: usize, end: usize) -> Option<(Cue, bool)> {
        const SAYS: &[&str] = &[
            "say", "says", "said", "claim", "claims", "claimed", "insist", "insists", "believe",
            "believes", "think", "thinks", "suggest", "suggests", "argue", "argues", "tell",
            "tells",
        ];
        #[rustfmt::skip]
        const WRONG: &[&str] = &[
            "lying", "wrong", "mistaken", "misinformed", "misled", "liars", "deluded",
            "dishonest", "ignorant",
        ];
        let said = (0..first)
            .filter(|&k| self.is(k, WH) && self.elem(k, &["who"]))
            .find_map(|k| self.next_word(k + 1).filter(|&verb| self.elem(verb, SAYS)))?;
        // The rest of what they say may follow the match: "… was not convicted [of
        // bribery] are lying".
        let mut k = end;
        for _ in 0..8 {
            let word = self.next_word(k)?;
            if self.is(word, BE) {
                let wrong = self.next_word(word + 1).filter(|&w| self.elem(w, WRONG))?;
                let negated = (said + 1..word).any(|w| self.is_neg_word(w));
                return Some((self.cue(word, wrong + 1), negated));
            }
            k = word + 1;
        }
        None
    }

    /// "Moscow once denied it shipped shells but now admits it", "denied X before admitting
    /// it", "denied X, but records show it did": the sentence withdraws or rebuts the
    /// negation after the match. The admission, if one
    /// follows `from` in the sentence.
    fn admitted_after(&self, from: usize) -> Option<Cue> {
        const ADMITS: &[&str] = &[
            "admit",
            "admits",
            "admitted",
            "admitting",
            "acknowledge",
            "acknowledges",
            "acknowledged",
            "acknowledging",
            "concede",
            "concedes",
            "conceded",
            "conceding",
            "confirm",
            "confirms",
            "confirmed",
            "confirming",
        ];
        const TURN: &[&str] = &[
            "but",
            "before",
            "now",
            "later",
            "since",
            "eventually",
            "finally",
            "then",
            "subsequently",
            "only",
        ];
        // "…, but intercepted records show it did", "…, but a UN panel found that it had"
        // (`SHOWS`): evidence against the denial.
        const AGAINST: &[&str] = &["but", "however", "yet", "though", "although"];
        (from..self.toks.len())
            .take_while(|&k| !matches!(self.kind(k), Some(K::Stop) | None))
            .find(|&k| {
                let turned = |turn: &[&str]| {
                    (k.saturating_sub(6)..k).any(|j| j >= from && self.elem(j, turn))
                };
                (self.elem(k, ADMITS)
                    && (k.saturating_sub(4)..k).any(|j| j >= from && self.elem(j, TURN)))
                    || (self.is(k, SHOWING) && turned(AGAINST))
            })
            .map(|k| self.cue(k, k + 1))
    }

    /// The token a cue starts at (tokens are in text order).
    fn token_of(&self, cue: &Cue) -> Option<usize> {
        self.toks.binary_search_by_key(&cue.start, |t| t.start).ok()
    }

    /// "No official denied that X", "not one minister denied it": a denial nobody made is no
    /// denial. True when the cue is a denial verb with a negation word before it in its clause.
    fn denial_denied(&self, cue: &Cue) -> bool {
        let Some(at) = self.token_of(cue) else {
            return false;
        };
        let deny = (at..self.toks.len())
            .take_while(|&k| self.toks[k].start < cue.end)
            .any(|k| self.is(k, DENY));
        if !deny {
            return false;
        }
        // "falsely denied shipping shells", "lied when it denied": a denial the sentence
        // calls false.
        const FALSELY: &[&str] = &[
            "falsely",
            "wrongly",
            "untruthfully",
            "dishonestly",
            "mistakenly",
            "erroneously",
            "incorrectly",
            "lied",
            "lying",
        ];
        let called_false = (0..at)
            .rev()
            .filter(|&k| !self.word(k).is_empty())
            .take(3)
            .any(|k| self.elem(k, FALSELY));
        called_false
            || (0..at)
                .rev()
                .take_while(|&k| !matches!(self.kind(k), Some(K::Comma | K::Stop | K::Period)))
                .any(|k| self.is_neg_word(k) || self.word(k).eq_ignore_ascii_case("none"))
    }

    /// "Contrary to Pyongyang's denials, North Korea shipped shells": what runs contrary to
    /// a denial affirms. True when the cue is "contrary to" and a denial is what it names.
    fn contrary_to_denial(&self, cue: &Cue) -> bool {
        let Some(at) = self.token_of(cue) else {
            return false;
        };
        if !self.elem(at, &["contrary"]) {
            return false;
        }
        (at + 1..self.toks.len())
            .take_while(|&k| !matches!(self.kind(k), Some(K::Comma | K::Stop | K::Period)))
            .filter(|&k| !self.word(k).is_empty())
            .take(5)
            .any(|k| {
                self.elem(
                    k,
                    &["denial", "denials", "denying", "rebuttal", "rebuttals"],
                )
            })
    }

    /// "No one at Tata has confirmed that X": nobody states X, which leaves it open (as "no
    /// official has said X"). The verb, if the negation names nobody and one follows it in
    /// its clause. `at` is the negation's first token.
    fn nobody_said(&self, at: usize) -> Option<Cue> {
        if !self.elem(at, &["no", "nobody", "none", "neither"]) {
            return None;
        }
        (at + 1..self.toks.len())
            .take_while(|&k| !matches!(self.kind(k), Some(K::Comma | K::Stop | K::Period)))
            .filter(|&k| !self.word(k).is_empty())
            .take(7)
            .find(|&k| {
                self.elem(
                    k,
                    &[
                        "said",
                        "confirmed",
                        "stated",
                        "claimed",
                        "suggested",
                        "announced",
                        "verified",
                        "corroborated",
                        "mentioned",
                    ],
                ) && (self
                    .prev_word(k)
                    .is_some_and(|p| self.elem(p, &["has", "have", "had", "ADV"]))
                    // "Nobody at the talks mentioned X": the pronoun's place, then its verb.
                    || self.next_word(at + 1 + usize::from(self.elem(at, &["no"])))
                        .is_some_and(|p| self.is(p, PREPOSITION)))
            })
            .map(|k| self.cue(at, k + 1))
    }

    /// "A man with no criminal record was arrested": a negation after "with" describes the
    /// noun it sits in, so it reaches only a match that starts within a few words.
    fn with_no_too_far(&self, cue: &Cue, first: usize) -> bool {
        let Some(at) = self.token_of(cue) else {
            return false;
        };
        let after_with = self
            .prev_word(at)
            .is_some_and(|p| self.word(p).eq_ignore_ascii_case("with"));
        let words_between = (at + 1..first)
            .filter(|&k| !self.word(k).is_empty())
            .count();
        // The noun phrase ends at the verb that follows it ("with no record [was] arrested").
        let verb_between = (at + 1..=first).any(|k| self.is(k, AUX));
        after_with && (words_between > 2 || verb_between)
    }

    /// Whether the sentence opens with an inverted conditional: "Had the army not …",
    /// "Were it not for …", "Should talks not …".
    fn inverted_conditional(&self) -> bool {
        self.next_word(0)
            .is_some_and(|first| self.elem(first, &["had", "were", "should"]))
            && self.toks.iter().take(6).any(|t| t.k == K::Not)
    }

    /// "Without North Korean shells, Russia's offensive would have stalled", "Without a
    /// mutual defence clause, the deal would have been symbolic": a sentence that opens
    /// with "Without …," and goes on with "would" or "could" imagines the opposite, and takes
    /// what "without" names as given; the negation `cue` is that "without".
    fn without_would(&self, cue: &Cue) -> bool {
        let Some(first) = self.next_word(0) else {
            return false;
        };
        let comma = (first..self.toks.len()).find(|&k| self.kind(k) == Some(K::Comma));
        self.elem(first, &["without"])
            && self.toks.get(first).is_some_and(|t| t.start == cue.start)
            && comma.is_some_and(|comma| {
                (comma..self.toks.len()).any(|k| self.elem(k, &["would", "could"]))
            })
    }

    /// "Had Holt won the seat, …", "Were the deal signed, …", "Should talks fail, …": a
    /// match in the clause of an inverted conditional, before its comma, imagines it.
    fn affirmative_conditional(&self, first: usize, end: usize) -> Option<Cue> {
        let opener = self.next_word(0)?;
        if !self.elem(opener, &["had", "were", "should"]) || first <= opener {
            return None;
        }
        let comma = (opener..self.toks.len()).find(|&k| self.kind(k) == Some(K::Comma))?;
        (end <= comma).then(|| self.cue(opener, opener + 1))
    }

    /// A sentence that opens with a label of doubt and a colon ("Unconfirmed: …", "Not
    /// verified: …", "Rumour: …", "False: …") files what follows under it: the label, as a
    /// cue, when the match comes after it.
    fn label(&self, first: usize) -> Option<Cue> {
        let start = self.next_word(0)?;
        // A label is a few words, perhaps with a bracket ("Breaking (unconfirmed):"): no
        // need to look further than six tokens.
        // A colon or a dash ("FALSE - X") ends the label.
        let colon = (start..first.min(start + 6)).find(|&k| {
            self.kind(k) == Some(K::Stop)
                && matches!(
                    self.text.get(self.toks[k].start..self.toks[k].end),
                    Some(":" | "-")
                )
        })?;
        // The label files its own clause, not one after a semicolon.
        let semicolon = (colon + 1..first).any(|k| {
            self.kind(k) == Some(K::Stop)
                && self.text.get(self.toks[k].start..self.toks[k].end) == Some(";")
        });
        if semicolon {
            return None;
        }
        let mut words = Vec::new();
        for k in start..colon {
            match self.kind(k) {
                Some(K::Word | K::Not) => words.push(self.word(k).to_lowercase()),
                // Brackets, quotes and Markdown's emphasis ("**Myth**:").
                Some(K::Stop | K::OpenQ | K::CloseQ | K::Other)
                    if matches!(
                        self.text.get(self.toks[k].start..self.toks[k].end),
                        Some("(" | ")" | "[" | "]" | "\"" | "'" | "*" | "_" | "**" | "__")
                    ) => {}
                _ => return None,
            }
        }
        // "That is untrue: the members are volunteers" rebuts the sentence before it, and
        // what follows its colon is the writer's correction, not a claim filed under it.
        let rebuttal = words.len() >= 2
            && ["that", "this", "it", "that's", "it's"].contains(&words[0].as_str())
            && (words.len() == 2 || ["is", "was"].contains(&words[1].as_str()));
        let doubt = doubts(&words) && !rebuttal;
        (doubt && words.len() <= 3).then(|| self.cue(start, colon + 1))
    }

    /// A sentence that ends with a question mark asks; it asserts nothing.
    /// Whether the "?" at token `k` is the end of the name of the consumer group "Which?"
    /// ("…, according to the consumer group Which?"): glued to a capitalized "Which" that
    /// does not open the sentence, it asks nothing.
    fn names_which(&self, k: usize) -> bool {
        let Some(which) = k.checked_sub(1) else {
            return false;
        };
        self.word(which) == "Which"
            && self.toks[which].end == self.toks[k].start
            && (0..which).any(|j| !self.word(j).is_empty())
    }

    fn question(&self) -> Option<Cue> {
        let last = self.toks.iter().rposition(|t| t.k != K::CloseQ)?;
        let tok = self.toks[last];
        (self.text.get(tok.start..tok.end) == Some("?") && !self.names_which(last)).then(|| Cue {
            text: "?".to_string(),
            start: tok.start,
            end: tok.end,
        })
    }
}

/// Whether `word` is a verb in the past: "-ed" ("turned", "resigned"), or a common
/// irregular one ("took", "won", "paid").
pub(crate) fn past_verb(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "took", "won", "made", "gave", "paid", "sold", "left", "quit", "got", "ran", "spent",
        "lost", "cut", "shut", "built", "bought", "held", "led", "kept", "met", "set", "drew",
        "saw", "had", "was", "were", "brought", "came", "went", "cost",
    ];
    let lower = word.to_ascii_lowercase();
    (lower.len() > 4 && lower.ends_with("ed")) || IRREGULAR.contains(&lower.as_str())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn every_word_an_entry_spells_has_a_number_of_its_own() {
        for word in entry_words() {
            // (`lookup` lower-cases what it is asked: a word in capitals would be lost.)
            assert_eq!(word.to_lowercase(), word, "an entry's word in capitals");
            assert_ne!(lookup(word).id, 0, "{word} has no number");
        }
        let mut ids: Vec<u32> = LEXICON.values().map(|lex| lex.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), LEXICON.len());
        // A word is its own in any case, and `&` (read as "and") is no word an entry spells.
        assert_eq!(lookup("Doubt").id, lookup("doubt").id);
        let cues = SentenceCues::new("Pyongyang & Moscow");
        assert_eq!(cues.toks[1].lex.id, 0);
        assert_eq!(cues.toks[1].lex.mask, lookup("and").mask);
    }

    #[test]
    fn a_word_list_kept_as_an_array_is_a_class_of_exactly_its_words() {
        let bits: Vec<u32> = LISTS.iter().map(|(bit, _)| *bit).collect();
        for (bit, list) in WORD_LISTS {
            assert!(!bits.contains(bit), "{bit:#x} is also a list's of LISTS");
            for word in list.iter() {
                assert_eq!(word.to_lowercase(), *word, "a listed word in capitals");
                assert_ne!(lookup(word).mask & bit, 0, "{word} is not in its class");
                let capitalized = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
                assert_ne!(lookup(&capitalized).mask & bit, 0, "{capitalized}");
            }
            let members = LEXICON.values().filter(|lex| lex.mask & bit != 0).count();
            let mut distinct = list.to_vec();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(members, distinct.len(), "{bit:#x} holds other words");
        }
        let cues = SentenceCues::new("The figure was later revised, records show.");
        let revised = cues
            .toks
            .iter()
            .position(|t| cues.text[t.start..t.end] == *"revised");
        assert!(revised.is_some_and(|k| cues.is(k, REVISING) && !cues.is(k, SHOWING)));
    }

    /// Runs cases written as `sentence with [the match] | neg=CUE | hedge=CUE`; no suffix means plain.
    fn check(cases: &[&str]) {
        let mut failures = Vec::new();
        for case in cases {
            let mut parts = case.split(" | ");
            let marked = parts.next().unwrap_or_default();
            let (mut want_neg, mut want_hedge) = (None, None);
            for p in parts {
                if let Some(c) = p.strip_prefix("neg=") {
                    want_neg = Some(c);
                } else if let Some(c) = p.strip_prefix("hedge=") {
                    want_hedge = Some(c);
                } else {
                    panic!("bad case suffix {p:?} in {case:?}");
                }
            }
            let open = marked.find('[').expect("case has [");
            let close = marked.find(']').expect("case has ]") - 1;
            let sentence = marked.replace(['[', ']'], "");
            let got = assess(&sentence, open..close);
            for cue in got.negation.iter().chain(&got.hedge) {
                assert_eq!(
                    &sentence[cue.start..cue.end],
                    cue.text,
                    "cue range in {case:?}"
                );
            }
            let got_neg = got.negation.as_ref().map(|c| c.text.as_str());
            let got_hedge = got.hedge.as_ref().map(|c| c.text.as_str());
            if (got_neg, got_hedge) != (want_neg, want_hedge) {
                failures.push(format!(
                    "{case}\n    got neg={got_neg:?} hedge={got_hedge:?}"
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} failing:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    /// Each rule gets its own test, named for it, over a table of cases.
    macro_rules! rules {
        ($($name:ident: [$($case:expr),* $(,)?];)*) => {
            $(#[test] fn $name() { check(&[$($case),*]); })*
        };
    }

    rules! {
        not_proving_is_not_disproving: [
            "Prosecutors did not prove [the senator took bribes]. | hedge=did not prove",
            "Prosecutors failed to prove [the senator took bribes]. | hedge=failed to prove",
            "Prosecutors failed to show [the senator took bribes]. | hedge=failed to show",
            "Investigators never proved [the senator took bribes]. | hedge=never proved",
            "Nobody has proven [the senator took bribes]. | hedge=Nobody has proven",
            "No one has confirmed that [the senator took bribes]. | hedge=No one has confirmed that",
            "Nothing suggests [the senator took bribes]. | hedge=Nothing suggests",
            "The prosecution has not proven that [the senator took bribes]. | hedge=has not proven that",
            "An inquiry did not find that [the senator took bribes]. | hedge=did not find that",
            "Police did not find [weapons in the house]. | neg=did not",
            "It has not been established that [the senator took bribes]. | hedge=has not been established that",
            "Nobody said [the senator took bribes]. | hedge=Nobody said",
            "It has yet to be proven that [the senator took bribes]. | hedge=yet to be proven",
            "The senator did not [take bribes]. | neg=did not",
        ];
        counterfactuals_and_duties_leave_the_deed_open: [
            "Putin would have [signed the treaty] had the talks not collapsed. | hedge=would have",
            "Putin should have [signed the treaty] in June. | hedge=should have",
            "Putin would not have [signed the treaty] without Kim. | hedge=would not have",
            "Putin would never have [signed the treaty] alone. | hedge=would never have",
            "Putin wouldn't have [signed the treaty] without Kim. | hedge=wouldn't have",
            "Putin must have [signed the treaty] before noon. | hedge=must have",
            "[Putin signed the treaty], which would have been unthinkable a year ago.",
            "Putin, who would have preferred Moscow, [signed the treaty] in Pyongyang.",
            "Putin did not [sign the treaty]. | neg=did not",
        ];
        what_did_not_happen_is_denied: [
            "[The shipment of shells] never happened. | neg=never happened",
            "[The shipment of shells] never happened, Moscow said. | neg=never happened",
            "[The shipment of shells] to Russia did not take place, officials said. | neg=did not take place",
            "[The summit] has never taken place. | neg=has never taken place",
            "[The summit] didn't happen. | neg=didn't happen",
            "Moscow's insistence that [the shipment of shells] never happened is false.",
            "[The shipment of shells] never happened before 2023.",
            "[The summit] that never happened was planned for May.",
            "[The shipment of shells], which Moscow says never happened, continued in June.",
        ];
        a_question_ends_where_its_mark_is: [
            "\"Has [North Korea shipped shells] to Russia?\" asked one analyst. | hedge=?",
            "\"Why?\" asked the analyst after [North Korea shipped shells].",
            "[North Korea shipped shells]; will Russia pay? | hedge=?",
            "[North Korea shipped shells], and analysts asked \"why now?\" | hedge=?",
            // The consumer group "Which?" asks nothing; a sentence that opens with "Which?" does.
            "[14,000 tickets were resold], according to the consumer group Which?",
            "Which? [14,000 tickets were resold]? | hedge=?",
        ];
        denials_and_doubts_in_other_words: [
            "It is a lie that [the senator took bribes], his lawyer said. | neg=a lie that",
            "Reports that [the deal was signed] are premature. | hedge=premature",
            "[The deal was signed], according to unconfirmed reports. | hedge=unconfirmed reports",
        ];
        doubts_nobody_has_grant_the_fact: [
            "Nobody doubts [Kim signed the deal].",
            "No one questions [Kim signed the deal].",
            "Nobody disputes [Kim signed the deal].",
            "Few would deny [Kim signed the deal].",
            "No one would dispute [Kim signed the deal].",
            "Nobody noticed [Kim signed the deal].",
            "Nobody doubts the [deal was signed].",
            "Nobody doubts that [Kim signed the deal].",
            "With no hesitation [Kim signed the deal].",
            "Kim showed no hesitation and [signed the deal].",
            "Officials never doubted [Kim signed the deal].",
            "Officials did not question [Kim signed the deal].",
            "Moscow did not dispute that [troops crossed].",
            "Nobody [signed the agreement]. | neg=Nobody",
            "Pyongyang denied [sending weapons to Russia]. | neg=denied",
        ];
        a_label_of_doubt_before_a_colon_hedges_what_follows: [
            "Not confirmed: [Kim signed the deal]. | hedge=Not confirmed:",
            "Unverified: [Kim signed the deal]. | hedge=Unverified:",
            "False: [Kim signed the deal]. | hedge=False:",
            "Confirmed: [Kim signed the deal].",
            "Breaking (unconfirmed): [Kim signed the deal]. | hedge=Breaking (unconfirmed):",
            "Breaking: [Kim signed the deal].",
            "The spokesman was not clear: [Kim signed the deal].",
        ];
        a_claim_the_sentence_denies_does_not_hedge_the_denial: [
            "Lindqvist did not [win 52% of the vote], as her campaign claimed. | neg=did not",
            "Whitfield was never [cleared of misconduct], despite what her union claimed. | neg=never",
            "Lindqvist [won 52% of the vote], her campaign claimed. | hedge=claimed",
        ];
        forecasts_requests_and_attempts_hedge: [
            "Labour is projected to [win a majority]. | hedge=projected to",
            "MPs called for Calhoun to [resign]. | hedge=called for",
            "Lawyers urged the court to [overturn the verdict]. | hedge=urged",
            "The court rejected Whitfield's bid to [be cleared]. | hedge=bid to",
            "The company plans to [cut 2,000 jobs]. | hedge=plans to",
            "Officials expect turnout to [reach 71%]. | hedge=expect",
            "Analysts had expected inflation to [fall to 4.8%]. | hedge=had expected",
            "As expected, [the deal was signed].",
            "Prosecutors are seeking to [have Reyes sentenced]. | hedge=seeking to",
            "Three suspects have been [arrested in connection with the robbery].",
            "Police suspect that [the gang fled abroad]. | hedge=suspect",
            "The suspected [arms shipment] was seized. | hedge=suspected",
        ];
        wishes_and_impersonal_reports_hedge: [
            "Officials said they hoped [the deal was signed]. | hedge=hoped",
            "Officials hope [Kim signed the deal]. | hedge=hope",
            "It is believed [the deal was signed]. | hedge=It is believed",
            "It was reported that [the deal was signed]. | hedge=It was reported that",
            "The deal is believed to [have been signed]. | hedge=is believed to",
        ];
        negation_cues_before_the_match: [
            "The treaty does not [include a mutual defence clause]. | neg=does not",
            "The treaty doesn't [include a mutual defence clause]. | neg=doesn't",
            "Kim did not [travel by armored train]. | neg=did not",
            "No [details were made public]. | neg=No",
            "Russia has never [sent troops to Korea]. | neg=never",
            "None of [the documents were published]. | neg=None",
            "Nothing [was signed on Wednesday]. | neg=Nothing",
            "Nobody [signed the agreement]. | neg=Nobody",
            "The pact was signed without [a mutual defence clause]. | neg=without",
            "Neither Moscow nor Pyongyang [published the text]. | neg=Neither",
            "Moscow cannot [supply the shells]. | neg=cannot",
            "Kim won't [visit Moscow this year]. | neg=won't",
            "The North failed to [deliver the shells]. | neg=failed to",
            "The pact is far from [a mutual defence treaty]. | neg=far from",
            "Contrary to reports that [troops were sent], Moscow kept them home. | neg=Contrary to",
            "Contrary to reports that the show [sold out in 40 minutes], tickets were still available. | neg=Contrary to",
            "Road safety campaigners claim e-scooter collisions [injured 1,500 people]. | hedge=claim",
            "National Highways has denied that roadworks at junctions 10 and 12 of the M62 [added 23 minutes] to journeys. | neg=denied",
            "Insurance claims [rose 12%] last year.",
            "Campaigners' claim was that collisions [injured 1,500 people].",
            "Contrary to reports that the Halcyon Lights Wembley show [sold out in 40 minutes], tickets were still available. | neg=Contrary to",
            "It is false that [the treaty includes a defence clause]. | neg=false that",
            "Russia refused to [sign the protocol]. | neg=refused to",
            "The pact does not include troops and [equipment].",
            "The pact has no expiry date and [includes a defence clause].",
            "Russia did not sign the treaty that [includes a defence clause].",
            "Kim signed a deal that does not [include troops]. | neg=does not",
            "Russia has not yet ratified the treaty [signed on Wednesday by Putin]. ",
            "Russia has not yet [ratified the treaty]. | neg=has not",
            "Russia has never been [attacked by the North]. | neg=never",
            "No country has ever [signed such a pact]. | neg=No",
            "Pyongyang denied [sending weapons to Russia]. | neg=denied",
            "Moscow did not stop [supplying shells].",
            "Neither leader mentioned [troops].",
        ];
        denial_verbs_and_claims_they_deny: [
            "The council denied that it [approved the bridge]. | neg=denied",
            "A council spokesman denied that the council [approved the bridge]. | neg=denied",
            "Moscow denied that the treaty [signed by Putin] includes troops.",
            "Moscow denied that [the treaty contains any provision on mutual assistance]. | neg=denied",
            "Pyongyang denies [supplying weapons to Russia]. | neg=denies",
            "Both Pyongyang and Moscow deny allegations of [arms transfers]. | neg=deny allegations of",
            "Moscow denied reports that [troops were sent]. | neg=denied reports that",
            "Police denied that online fraud [reports had risen 23%] in 2024. | neg=denied",
            "Police denied that [reports had risen 23%]. | neg=denied",
            "The Kremlin dismissed claims that [the pact is aimed at Seoul]. | neg=dismissed claims that",
            "Moscow rejected the claims that [troops were sent]. | neg=rejected the claims that",
            "The Trust rejected claims that food banks [served 312,000 people] in 2025. | neg=rejected claims that",
            "The Trust denied claims that banks [served people]. | neg=denied claims that",
            "Moscow rejected claims that the treaty [signed by Putin] includes troops.",
            "The Trust has rejected a newspaper report that its food banks [served 312,000 people]. | neg=rejected a newspaper report that",
            "Moscow refuted the idea that [the pact is aimed at Seoul]. | neg=refuted the idea that",
            "No one disputes that [the treaty includes a defence clause].",
            "Seoul denied Moscow's claim that the pact was defensive and [said troops would be sent].",
            "Pyongyang called accusations that [it supplies weapons to Russia] \"absurd.\" | neg=absurd",
            "Reports that [troops were sent] are false. | neg=false",
            "Claims on social media that [Valdora reached 50C] are false. | neg=false",
            "Rumours circulating online that [troops were sent] are false. | neg=false",
            "Both Pyongyang and Moscow deny allegations of arms transfers, which would [violate U.N. sanctions].",
        ];
        weak_denial_verbs_need_a_claim: [
            "The agreement was rejected after the collapse of the USSR and [replaced in 2000] with an agreement.",
            "Russia rejected Western sanctions and [signed the treaty].",
            "Kim met Putin [in Pyongyang], where reporters were denied access.",
        ];
        negation_words_inside_the_match_never_count: [
            "It was not immediately clear what form that support might take, and [no details of the agreement were made public].",
            "[The treaty does not include a defence clause].",
            "Officials said [no troops were sent].",
            "Officials said [the alleged transfers] began in 2023. | hedge=alleged",
            "Russia does [not rule out military-technical cooperation].",
            "Moscow does [not exclude developing military-technical cooperation].",
            "Officials did not specify [what the mutual assistance] would be. | hedge=did not specify",
        ];
        negation_stops_before_a_clause_without_that: [
            "Critics were not surprised [the council approved the library].",
            "Khan was not aware [the council approved the library].",
            "It was not the first time [the council approved the library].",
            "The council was not [the first to approve the library]. | neg=was not",
        ];
        scope_ends_at_clause_boundaries: [
            "Kim did not attend the dinner, and [Putin signed the treaty].",
            "Kim did not attend the dinner, but [Putin signed the treaty].",
            "Kim did not attend the dinner but [Putin signed the treaty].",
            "Kim did not attend the dinner; [Putin signed the treaty].",
            "Kim did not attend the dinner: [Putin signed the treaty].",
            "Kim did not attend the dinner, which [Putin hosted].",
            "Seoul, which did not attend, said [Putin signed the treaty].",
            "Kim did not attend, while [Putin signed the treaty].",
            "Although Kim did not attend, [Putin signed the treaty].",
            "Kim did not attend though [Putin signed the treaty].",
            "Kim did not attend whereas [Putin signed the treaty].",
            "Kim did not attend, as [Putin signed the treaty].",
            "Kim did not attend, after [Putin signed the treaty].",
            "Kim did not attend - [Putin signed the treaty] alone.",
            "The treaty - which Moscow denies - [includes a defence clause].",
            "The treaty - which does not [include troops] - was signed. | neg=does not",
            "Kim said \"we will not retreat\" [as the treaty was signed].",
            "Kim did not attend the dinner, [leaving Putin alone].",
            "A diplomat who did not want to be named said [Russia would send troops].",
            "Moscow has not signed the deal and [Kim has visited Russia].",
            "Moscow did not object and [signed the pact] on Wednesday.",
            "The deal was not signed until [Putin arrived].",
            "Russia will not send troops unless [the North is attacked]. | hedge=unless",
            "Kim, who has never visited Moscow, [signed the treaty].",
            "The treaty, which does not mention troops, [includes a mutual defence clause].",
            "The pact does not include 11,000 [containers]. | neg=does not",
            "Customers were left without mobile signal [for 11 hours].",
        ];
        scope_of_the_seed_sentences: [
            "He assured that \"it will not have any confrontational character, it will not be directed against any country and it will be [aimed at guaranteeing stability] in Northeast Asia.\"",
            "He assured that \"it will not have any [confrontational character], it will not be directed against any country.\" | neg=will not",
            "Kim has previously used similar language, saying [North Korea supports] Russia.",
            "Alternative mechanisms not [controlled by the West] will be built. | neg=not",
            "Details of the deal were not immediately clear, but [both leaders described it as a major upgrade].",
            "\"The treaty signed today provides, among other things, for [mutual assistance] in the event of aggression,\" Putin told reporters.",
            "Putin and Kim signed an agreement Wednesday pledging [mutual aid] if either country faces \"aggression,\" a strategic pact.",
            "This is Mr. Putin's [first trip to North Korea in 24 years] and the second meeting between the two men.",
            "The \"Comprehensive Strategic Partnership Agreement\" will [replace the diplomatic treaties] signed in 1961, 2000 and 2001.",
            "Russia \"does not rule out military-technical cooperation\" with Pyongyang, [Putin said].",
        ];
        denial_after_the_match: [
            "The North supplied [the shells], a spokesman denied. | neg=denied",
            "The North [supplied the shells], officials denied. | neg=denied",
            "Seoul says the North [supplied the shells], which Moscow denies. | neg=denies",
            "The North [supplied the shells] - a claim Pyongyang rejected. | neg=rejected",
            "The North [supplied the shells], Moscow denied the reports. | neg=denied the reports",
            "The North [supplied the shells], Moscow said, calling the report false. | neg=false",
            "The North [supplied the shells], a charge Pyongyang called \"absurd.\" | neg=absurd",
            "The North [supplied the shells], which Moscow dismissed as baseless. | neg=dismissed as baseless",
        ];
        no_negation_after_the_match_except_denials: [
            "[The treaty] does not include a defence clause.",
            "The North [supplied the shells], and Kim did not deny it.",
            "The North [supplied the shells], Moscow said, denying it was a violation.",
            "The North [supplied the shells], Moscow denied sending troops.",
            "The North [supplied the shells], which was denied.",
        ];
        idioms_are_not_negations: [
            "The council did not wait long to [approve the bridge].",
            "Critics cannot deny that [the council approved the bridge].",
            "No one can doubt that [the council approved the bridge].",
            "The council did not delay in [approving the bridge].",
            "There is no doubt that [the treaty will guarantee the alliance].",
            "The pact covers not only [security] but also trade.",
            "The pact covers not just [security] but trade.",
            "Relations could not be more [friendly], Kim said.",
            "The treaty is nothing less than [an alliance].",
            "No less than [eleven thousand containers] were sent.",
            "The summit was not least [a show of force].",
            "The pact is not unlike [the 1961 treaty].",
            "The visit was not without [risks].",
            "Russia has never before [signed such a pact] with Pyongyang.",
            "Kim praised ties like never before and [signed the pact].",
            "No sooner had Putin landed than [Kim greeted him].",
            "The North sent shells, not to mention [missiles].",
            "It is not merely [a trade deal].",
            "Russia was not the only country to [back the North].",
            "Putin's visit wasn't just [symbolic], analysts said.",
            "There is no question that [Russia signed the pact].",
            "Kim made no secret of [his support for Russia].",
            "Without doubt, [the pact is historic].",
            "Russia did not hesitate to [sign the pact].",
            "Putin did not hide [his admiration for Kim].",
            "Not since 2000 has a Russian leader [visited Pyongyang].",
            "Kim said he had no objection to [Russia sending troops].",
            "No more than [ten missiles] were sent.",
        ];
        not_ruling_out_is_a_possibility_not_a_negation: [
            "Russia \"does not rule out [military-technical cooperation]\" with Pyongyang. | hedge=does not rule out",
            "He added that Russia would not rule out [developing military-technical cooperation]. | hedge=would not rule out",
            "The document does 'not exclude [developing military-technical cooperation]'. | hedge=does 'not exclude",
            "Military cooperation cannot be ruled out [in the future]. | hedge=cannot be ruled out",
            "Russia [does not rule out military-technical cooperation].",
            "Russia does not [rule out military-technical cooperation]. | hedge=does not",
            "The statements did not specify [what the mutual assistance would be]. | hedge=did not specify",
            "The North failed [to deliver the shells]. | neg=failed",
            "The pact covers not [only security] but also trade. | neg=not",
            "Moscow denied [reports that troops were sent].",
            "Contrary to [reports that troops were sent], Moscow kept them home.",
            "Moscow denied [the reports] on Wednesday.",
        ];
        double_negatives_cancel: [
            "It is not true that the treaty does not [include a defence clause].",
            "Kim did not leave without [signing the treaty].",
            "It is not true that [the treaty includes a defence clause]. | neg=is not",
            "Moscow did not confirm it, nor did [Kim attend the dinner]. | neg=nor",
        ];
        not_until_says_when_not_whether: [
            "The council did not approve [the bridge] until residents were consulted. | neg=did not | hedge=until",
            "The council will not approve [the bridge] till May. | neg=will not | hedge=till",
            "The council has not approved [the bridge] and will not until May. | neg=has not",
            "The deal was not signed until [Putin arrived].",
        ];
        a_claim_said_somewhere_is_still_called_false: [
            "Penrose wrongly claimed on social media that [the toll rose to £3] in April. | hedge=wrongly claimed",
            "Penrose wrongly claimed on social media that [the toll rose to £3]. | neg=wrongly claimed",
        ];
        no_longer_negates_the_present: [
            "The 1961 treaty is no longer [in force]. | neg=no longer",
            "The agreement no longer [binds Moscow]. | neg=no longer",
        ];
        no_details_negates_what_follows: [
            "It was not immediately clear what form that support might take, and no [details of the agreement were made public]. | neg=no",
            "It was not immediately clear what [form that support might take], and no details were made public. | hedge=not immediately clear what",
        ];
        uncertainty_cues: [
            "The council had no reason not to [approve the bridge]. | hedge=no reason not to",
            "It was not immediately clear whether [the new deal would provide a similar level of protection]. | hedge=not immediately clear whether",
            "It is unclear if [the pact covers troops]. | hedge=unclear if",
            "It was not specified what [type of support was promised]. | hedge=was not specified what",
            "The statements did not specify what [the mutual assistance would be]. | hedge=did not specify what",
            "It is not known whether [troops will be sent]. | hedge=not known whether",
            "It remains unknown how many [shells were sent]. | hedge=unknown how",
            "North Korea reportedly [supplied the shells]. | hedge=reportedly",
            "The supply line allegedly [began after Kim's visit]. | hedge=allegedly",
            "The alleged [arms transfers] continued. | hedge=alleged",
            "The suspected [arms transfers] began in 2023. | hedge=suspected",
            "Kim is believed to [have agreed to supply missiles]. | hedge=is believed to",
            "Kim is thought to [have agreed to supply missiles]. | hedge=is thought to",
            "The pact may [include a defence clause]. | hedge=may",
            "The pact might [include a defence clause]. | hedge=might",
            "It could be [the strongest bond since the Cold War]. | hedge=could",
            "The pact possibly [includes a defence clause]. | hedge=possibly",
            "Perhaps [the pact includes a defence clause]. | hedge=Perhaps",
            "Seoul is still deciding whether [to join the talks]. | hedge=whether",
            "Russia would help if [the North were attacked]. | hedge=if",
            "Talks are expected to [take place on Thursday]. | hedge=are expected to",
            // "It is understood" hedges before the statement and after it (trial 22).
            "It is understood that [two people died]. | hedge=It is understood that",
            "[Two people died], it is understood. | hedge=it is understood",
            // The pattern spells the hedge's words: the auxiliary left says nothing.
            "The repair is [expected to cost £3.2m].",
            // Filed with someone, not said to be so (trial 65).
            "Sixty-eight [injuries] were reported to the Health and Safety Executive.",
            "Sixty-eight [injuries] were reported to police.",
            "Two workers are reported to [have died]. | hedge=are reported to",
            // (Trial 62: "had" was left as the hedge.)
            "The business case had [forecast 12 million passengers].",
            "Kim is [believed to have agreed].",
            "Kim is not [believed to have agreed]. | neg=is not",
            "Talks are likely to [take place on Thursday]. | hedge=likely",
            // A forecast (trial 131).
            "Eastshire Constabulary is on course to [meet its recruitment target]. | hedge=on course to",
            "The force is on track for [a record year]. | hedge=on track for",
            "The force is set to [meet its target]. | hedge=is set to",
            "[The thermostat was set to 20 degrees].",
            "Ms Okafor has faced calls to [quit] since September. | hedge=faced calls to",
            "Amid calls for [her resignation], Okafor stayed. | hedge=Amid calls for",
            // "or above" is a bound, not a clause: the denial reaches the year (trial 132).
            "Hollybrook denied that [78% of its pupils had achieved grade 4 or above in 2024], saying the figure was a draft. | neg=denied",
            "The deal appears to [be the strongest since the Cold War]. | hedge=appears to",
            "There is no evidence that [the North supplied the shells]. | hedge=no evidence",
            "Moscow declined to comment on whether [troops were sent]. | hedge=declined to comment",
            "Reuters could not independently verify [the report]. | hedge=could not independently verify",
            "Putin did not say [the treaty includes troops]. | hedge=did not say",
            "Moscow did not respond to a request for comment on reports that [troops were sent]. | hedge=did not respond",
            "There was no immediate comment on [the treaty]. | hedge=no immediate",
            "Pyongyang has never confirmed [receiving the technology]. | hedge=never confirmed",
            "Not all [shells were delivered]. | hedge=Not all",
            "There is nothing to suggest [the treaty includes troops]. | hedge=nothing to suggest",
            "It is far from clear whether [the pact is binding]. | hedge=whether",
            "The North is not believed to [have sent troops]. | neg=is not | hedge=believed to",
        ];
        accusations_and_suspicions_are_hedges: [
            "Washington suspects North Korea of [supplying ammunition to Russia]. | hedge=suspects",
            "Officials accuse the North of [supplying Russia with artillery]. | hedge=accuse",
            "Accusations that [Moscow is avoiding scrutiny] grew. | hedge=Accusations that",
            "Washington, which suspects North Korea of supplying ammunition, sees [Putin's trip as a sign].",
        ];
        doubt_after_the_match: [
            "The North [supplied the shells], which could not be independently verified. | hedge=could not be independently verified",
            "The North [supplied the shells], Washington alleges. | hedge=alleges",
            "The North [supplied the shells], officials believe. | hedge=believe",
        ];
        attribution_is_not_a_hedge: [
            "According to Seoul, [the North supplied the shells].",
            "Officials said [the treaty includes a defence clause].",
            "The pact would [lead to closer cooperation], he said.",
            "In May, [the North supplied the shells].",
            "The No. 2 official [signed the treaty].",
        ];
        uncertainty_scope: [
            "Details of the deal were not immediately clear, but it could be [the strongest bond] between Moscow and Pyongyang. | hedge=could",
            "If approved, [the treaty will bind both sides]. | hedge=If",
            "If anything, [the treaty will bind both sides].",
            "It is unclear whether Moscow, which signed the pact, will [send troops]. | hedge=unclear whether",
            "It is unclear whether Moscow, which [signed the pact], will send troops.",
            "It is unclear whether the \"alliance\" [includes troops]. | hedge=unclear whether",
            "It may rain in Pyongyang; [the treaty was signed].",
        ];
        uncertainty_wins_over_negation: [
            "It is not clear whether [the treaty includes a defence clause]. | hedge=not clear whether",
            "The treaty may not [include a defence clause]. | neg=not | hedge=may",
            "Moscow did not deny that [troops were sent]. | hedge=did not deny",
            "Moscow neither confirmed nor denied that [troops were sent]. | hedge=neither confirmed nor denied",
        ];
        quoted_claim_denied_in_the_same_sentence: [
            "\"[The treaty includes a defence clause],\" Smith said, but the Kremlin denied it. | neg=denied it",
            "Smith said [the treaty includes a defence clause], but the Kremlin denied the claim. | neg=denied the claim",
            "'[The treaty includes a defence clause],' Smith said, but the Kremlin denied it. | neg=denied it",
            "\"We will never [abandon our allies],\" Kim said. | neg=never",
            "\"We will never abandon our allies,\" Kim said, [hailing the treaty].",
            "Putin said the treaty \"provides for [mutual assistance]\" in case of aggression.",
            "The Kremlin denied that \"[the treaty includes troops]\". | neg=denied",
        ];
    }

    /// Only a hedge that reports or weighs the statement can count as support on request;
    /// one that leaves it open never can.
    #[test]
    fn a_hedge_reports_or_leaves_the_statement_open() {
        let reports = |case: &str| {
            let open = case.find('[').unwrap_or(0);
            let close = case.find(']').unwrap_or(1) - 1;
            let got = assess(&case.replace(['[', ']'], ""), open..close);
            assert!(got.hedge.is_some(), "{case}: hedged");
            got.hedge_reports
        };
        for case in [
            "The deal was reportedly [signed].",
            "Kim may have [signed the deal].",
            "The deal is believed to [have been signed].",
            "Officials claimed [the deal was signed].",
            "Kim apparently [signed the deal].",
        ] {
            assert!(reports(case), "{case}: reports");
        }
        for case in [
            "It is not clear whether [the deal was signed].",
            "It is unclear whether [the deal was signed].",
            "If [Kim signed the deal], sanctions would follow.",
            "Was [the deal signed]?",
            "Officials could not confirm that [the deal was signed].",
            "Kim refused to say whether [he signed the deal].",
            "Kim was accused of [having signed the deal].",
            "It is unlikely [the deal was signed].",
            "Officials hope [Kim signed the deal].",
        ] {
            assert!(!reports(case), "{case}: leaves it open");
        }
    }

    #[test]
    fn the_effect_puts_uncertainty_before_negation() {
        assert_eq!(
            assess("It may not include it.", 11..18).effect(),
            Effect::Hedged
        );
        assert_eq!(
            assess("It does not include it.", 12..19).effect(),
            Effect::Negated
        );
        assert_eq!(assess("It includes it.", 3..11).effect(), Effect::Plain);
    }

    #[test]
    fn the_first_deciding_cue_is_returned_with_its_byte_range() {
        let s = "The treaty does not include a clause.";
        let a = assess(s, 20..27);
        let cue = a.negation.expect("negated");
        assert_eq!(
            (cue.start, cue.end, cue.text.as_str()),
            (11, 19, "does not")
        );
        let s = "Kim – who “never” lies – said the treaty doesn’t [x].";
        let at = s.find("[x]").expect("marker");
        let cue = assess(s, at..at + 3).negation.expect("negated");
        assert_eq!(&s[cue.start..cue.end], "doesn’t");
    }

    #[test]
    fn cues_are_found_once_per_sentence() {
        let s = "Moscow did not confirm it, nor did Kim attend the dinner.";
        let cues = SentenceCues::new(s);
        for start in 0..s.len() {
            for end in start..=s.len() {
                assert_eq!(cues.assess(start..end), assess(s, start..end));
            }
        }
    }

    #[test]
    fn never_panics_on_any_input() {
        let samples = [
            "",
            "\"",
            "'",
            "n't",
            "No.",
            "not",
            "- - -",
            "é ü “no” ‘not’ — ñ denied",
            "It was not, denied \"it' - a claim' called absurd",
            ", which Moscow denies.",
        ];
        for s in samples {
            for start in 0..=s.len() + 2 {
                for end in 0..=s.len() + 2 {
                    let a = assess(s, start..end);
                    for cue in a.negation.iter().chain(&a.hedge) {
                        assert_eq!(s.get(cue.start..cue.end), Some(cue.text.as_str()));
                    }
                }
            }
        }
    }
}
