//! Owns reading quantities in text ("11,000", "twenty-four", "dozens", "10 to 12", "more than 5") and checking them against `number:` and `expect:` constraints; it does not find them in documents: the matcher does that with [`NUMBER_PATTERN`].

use std::fmt;

/// The signs that make a figure a sum of money (`£2m`, `$5bn`).
pub const CURRENCY_SIGNS: [char; 4] = ['$', '€', '£', '¥'];

/// A closed interval of values; `lo`/`hi` may be infinite. An exact value has lo == hi.
///
/// Every quantity is an interval because news text rarely states an exact figure: "dozens",
/// "10 to 12" and "more than 11,000" name spans, and a constraint is checked against the span.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    /// The same span below zero: "-0.3%" is minus 0.3.
    pub fn negated(self) -> Interval {
        Interval {
            lo: -self.hi,
            hi: -self.lo,
        }
    }

    /// An exact value.
    pub fn exact(value: f64) -> Interval {
        Interval::between(value, value)
    }

    /// The interval between two ends given in either order, because "between 12 and 10" means
    /// the same as "between 10 and 12".
    pub fn between(a: f64, b: f64) -> Interval {
        let (lo, hi) = if b < a { (b, a) } else { (a, b) };
        Interval { lo, hi }
    }

    /// Whether this interval is a single value.
    pub fn is_exact(&self) -> bool {
        self.lo == self.hi
    }
}

/// Renders in the constraint syntax (`24`, `>= 11000`, `<= 10`, `10..12`), so reports read alike.
impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.lo, self.hi) {
            (lo, hi) if lo == hi => write!(f, "{lo}"),
            (lo, f64::INFINITY) => write!(f, ">= {lo}"),
            (f64::NEG_INFINITY, hi) => write!(f, "<= {hi}"),
            (lo, hi) => write!(f, "{lo}..{hi}"),
        }
    }
}

// The pattern is built by a macro because `concat!` only takes literals. Each rule mirrors a
// function of the reader below and stays on one line, so that the grammar reads as a grammar.
#[rustfmt::skip]
macro_rules! re {
    (tens) => { "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)" };
    (unit) => { "(?:one|two|three|four|five|six|seven|eight|nine)" };
    (teen) => { "(?:zero|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)" };
    (scale) => { "(?:thousand|million|billion|trillion)" };
    (b100) => { concat!("(?:", re!(tens), "(?:[- ]", re!(unit), ")?|", re!(teen), "|", re!(unit), ")") };
    (b1000) => { concat!("(?:(?:", re!(b100), "|a) hundred(?: (?:and )?", re!(b100), ")?|", re!(b100), ")") };
    (words) => { concat!("(?:(?:a|", re!(b1000), ") ", re!(scale), "(?: (?:a ", re!(scale), "|", re!(b1000),
                         "(?: ", re!(scale), ")?))?|", re!(b1000), ")") };
    (grouped) => { "[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?" };
    (frac) => { "(?:1/[2348]|[23]/[34]|[357]/8)" };
    (digits) => { concat!("(?:[0-9]{1,3},[0-9]{1,2} ", re!(scale), "|(?:[0-9]{1,3} )?", re!(frac), "(?: ", re!(scale), ")?",
                          "|[0-9]{1,3}(?:\\.[0-9]+)?(?:bn|mn|tn|m|k)",
                          "|(?:", re!(grouped), "|[0-9]{1,3}(?: [0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)(?: ",
                          re!(scale), ")?)") };
    (quantity) => { concat!("(?:", re!(digits), "|", re!(words), ")") };
}

/// A regex fragment (no capture groups) matching every quantity that [`parse_quantity`] reads.
///
/// It is embedded as `(?P<n0>NUMBER_PATTERN)` in patterns compiled case-insensitively over
/// normalized text. Alternatives come longest reading first (hyphen ranges, vague plurals, halves
/// and dozens, then a quantity with an optional range around it), so "five million projectiles"
/// captures "five million". Word alternatives are flat lists of literals and no repetition nests.
/// The fragment is wrapped in ASCII word boundaries, which the regex crate's fast engines keep on
/// non-ASCII text, so it never ends inside a token ("24th", "11,0000") or starts after a letter
/// ("A16"). A number after a hyphen ("F-16") still matches: the caller checks the character
/// before the match. A user pattern that starts with `{n}` has no literal to search for first, so
/// under Unicode word boundaries it runs slowly on non-ASCII text: the matcher should know that.
#[rustfmt::skip]
pub const NUMBER_PATTERN: &str = concat!(
    "(?-u:\\b)(?:",
    // A hyphen range: both ends of at most three digits, both of four (years), or both grouped.
    "[0-9]{1,3}(?:\\.[0-9]+)?-[0-9]{1,3}(?:\\.[0-9]+)?(?: ", re!(scale), ")?|[0-9]{4}-[0-9]{4}|",
    re!(grouped), "-", re!(grouped),
    "|tens of (?:thousands|millions)|hundreds of (?:thousands|millions)",
    "|dozens|hundreds|thousands|millions|billions",
    "|(?:several|a few) (?:hundred thousand|dozen|hundred|thousand|million|billion)",
    "|(?:a|", re!(b100), "|[0-9]{1,3}) and a half (?:dozen|hundred|", re!(scale), ")",
    "|(?:a|", re!(b100), "|[0-9]{1,3}) ", re!(scale), " and a half",
    "|(?:", re!(b100), "|[0-9]{1,3}) and a half",
    "|half(?: a (?:dozen|hundred|", re!(scale), "))?|(?:a|", re!(b100), ") dozen",
    // Decimals spoken: "four point two", "three point two five million", "4 point 25".
    "|(?:", re!(b100), " point (?:", re!(unit), "|zero)(?: (?:", re!(unit), "|zero))*|[0-9]{1,3} point [0-9]+)(?: ", re!(scale), ")?",
    "|(?:between ", re!(quantity), " and |", re!(quantity), " to )?", re!(quantity),
    ")(?-u:\\b)"
);

#[rustfmt::skip]
macro_rules! shape {
    (first) => { concat!("(?:[0-9]+(?:[.,/][0-9]+)*(?:bn|mn|tn|m|k)?|", re!(tens), "|", re!(teen), "|", re!(unit),
                         "|half|dozens|hundreds|thousands|millions|billions|tens)") };
    (any) => { concat!("(?:", shape!(first), "|hundred|dozen|", re!(scale), ")") };
    (join) => { "(?:and|a|of|to|few|point)" };
}

/// A small regex fragment that matches every quantity [`NUMBER_PATTERN`] matches, and more:
/// number tokens (digits, number words) separated by single spaces or hyphens, with the
/// joining words of quantities (`and`, `a`, `of`, `to`, `few`, `point`) between them and `a`,
/// `several` or `between` before the first; it starts and ends the way a quantity can.
///
/// [`NUMBER_PATTERN`] spells out the grammar of quantities, and a pattern that embeds it
/// compiles to about 6,800 NFA states (about 300 KB) and a backtracking cache of up to 256 KB
/// per thread; 225 patterns with `{n}` made most of the memory and a third of the time of a
/// 1,000-claim run. This fragment is about a tenth of that size. The matcher runs patterns with
/// the shape, checks each capture with [`is_number`], and only when a capture is not a number
/// runs the pattern with the full grammar (see `scan`). Its greedy run tries longer readings
/// first, as the grammar does, so a capture that passes is the one the grammar would give.
#[rustfmt::skip]
pub const NUMBER_SHAPE: &str = concat!(
    "(?-u:\\b)(?:(?:a|several|between)[- ](?:", shape!(join), "[- ])*", shape!(any), "|", shape!(first), ")",
    "(?:[- ](?:", shape!(join), "[- ])*", shape!(any), ")*(?-u:\\b)"
);

/// Whether `text`, all of it, is a quantity in the language of [`NUMBER_PATTERN`]: the check
/// that a capture of [`NUMBER_SHAPE`] reads as a number.
pub fn is_number(text: &str) -> bool {
    static WHOLE: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(&format!("(?i)^(?-u:{NUMBER_PATTERN})$")).ok()
    });
    WHOLE.as_ref().is_some_and(|whole| whole.is_match(text))
}

#[rustfmt::skip]
const UNITS: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
#[rustfmt::skip]
const TEENS: &[&str] = &[
    "zero", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen",
];
#[rustfmt::skip]
const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: &[&str] = &["thousand", "million", "billion", "trillion"];

/// Whether `word` (one word) is a number word: "one" to "nineteen", the tens, "hundred",
/// "dozen" or a scale ("million").
pub fn is_number_word(word: &str) -> bool {
    [UNITS, TEENS, TENS, SCALES, &["hundred", "dozen"]]
        .iter()
        .flat_map(|list| list.iter())
        .any(|number| number.eq_ignore_ascii_case(word))
}

/// The position of `word` in a word list.
fn rank(list: &[&str], word: &str) -> Option<usize> {
    list.iter().position(|&w| w == word)
}

fn scale_of(word: &str) -> Option<f64> {
    rank(SCALES, word).and_then(|k| [1e3, 1e6, 1e9, 1e12].get(k).copied())
}

/// Vague amounts, read as the span a careful reader would grant: "dozens" is at least two dozen
/// and fewer than a hundred, "thousands" at least two thousand and fewer than ten thousand, and
/// "several X" or "a few X" reads like the plural. "millions" is read wider, up to a billion,
/// because "millions of" is used for any large count.
fn vague(s: &str) -> Option<Interval> {
    let several = s
        .strip_prefix("several ")
        .or_else(|| s.strip_prefix("a few "));
    let (lo, hi) = match (s, several) {
        ("dozens", _) | (_, Some("dozen")) => (24.0, 99.0),
        ("hundreds", _) | (_, Some("hundred")) => (200.0, 999.0),
        ("thousands", _) | (_, Some("thousand")) => (2e3, 9999.0),
        ("tens of thousands", _) => (2e4, 99_999.0),
        ("hundreds of thousands", _) | (_, Some("hundred thousand")) => (2e5, 999_999.0),
        ("millions", _) => (2e6, 9.99e8),
        (_, Some("million")) => (2e6, 9.99e6),
        ("tens of millions", _) => (2e7, 9.99e7),
        ("hundreds of millions", _) => (2e8, 9.99e8),
        ("billions", _) => (2e9, 9.99e11),
        (_, Some("billion")) => (2e9, 9.99e9),
        _ => return None,
    };
    Some(Interval { lo, hi })
}

/// A reading of some tokens: its value, the index of the token after it, and the scale word that
/// ended it (1 if none), which a range lends to its first end ("10 to 12 million").
type Reading = (f64, usize, f64);

/// Word numbers below a hundred, every reading the tokens allow, longest first.
fn below_100(t: &[&str], i: usize) -> Vec<Reading> {
    let word = t.get(i).copied().unwrap_or("");
    let Some(tens) = rank(TENS, word) else {
        let small = rank(TEENS, word).map(|k| if k == 0 { 0 } else { k + 9 });
        let small = small.or_else(|| rank(UNITS, word).map(|k| k + 1));
        return small.map(|v| (v as f64, i + 1, 1.0)).into_iter().collect();
    };
    let tens = tens as f64 * 10.0 + 20.0;
    let at = i + 1 + usize::from(t.get(i + 1) == Some(&"-"));
    let unit = t.get(at).and_then(|w| rank(UNITS, w));
    let compound = unit.map(|u| (tens + u as f64 + 1.0, at + 1, 1.0));
    compound.into_iter().chain([(tens, i + 1, 1.0)]).collect()
}

/// Word numbers below a thousand: "two hundred and fifty", "a hundred", "seventy".
fn below_1000(t: &[&str], i: usize) -> Vec<Reading> {
    let mut heads = below_100(t, i);
    if t.get(i) == Some(&"a") {
        heads.push((1.0, i + 1, 1.0));
    }
    let mut out = Vec::new();
    for (head, j, _) in heads.into_iter().filter(|h| t.get(h.1) == Some(&"hundred")) {
        let add = |(v, e, _): Reading| (head * 100.0 + v, e, 1.0);
        if t.get(j + 1) == Some(&"and") {
            out.extend(below_100(t, j + 2).into_iter().map(add));
        }
        out.extend(below_100(t, j + 1).into_iter().map(add));
        out.push((head * 100.0, j + 1, 1.0));
    }
    out.extend(below_100(t, i));
    out
}

/// A part followed by a scale word: "two hundred thousand", "a million".
fn scaled(t: &[&str], i: usize) -> Vec<Reading> {
    let mut heads = below_1000(t, i);
    if t.get(i) == Some(&"a") {
        heads.push((1.0, i + 1, 1.0));
    }
    let scale = |(v, j, _): Reading| {
        t.get(j)
            .and_then(|w| scale_of(w))
            .map(|s| (v * s, j + 1, s))
    };
    heads.into_iter().filter_map(scale).collect()
}

/// Whole word numbers: "five million", "two million five hundred thousand", "twenty-four".
fn words(t: &[&str], i: usize) -> Vec<Reading> {
    let mut out = Vec::new();
    for (v, j, s) in scaled(t, i) {
        let rest = scaled(t, j).into_iter().chain(below_1000(t, j));
        out.extend(rest.map(|(v2, e, _)| (v + v2, e, 1.0)));
        out.push((v, j, s));
    }
    out.extend(below_1000(t, i));
    out
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// How a digit token is written, which decides whether two tokens joined by a hyphen form a range.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Short,
    Year,
    Grouped,
    Long,
}

/// Reads one digit token: "24", "2.5", "11,000". A comma must start a group of exactly three
/// digits, because in English text "1,5" is a list or a typo, not one and a half.
fn digit_token(s: &str) -> Option<(f64, Shape)> {
    let (int, decimal) = match s.split_once('.') {
        Some((int, frac)) => (int, all_digits(frac).then_some(true)?),
        None => (s, false),
    };
    let (first, groups) = match int.split_once(',') {
        Some((first, groups)) => (first, Some(groups)),
        None => (int, None),
    };
    let shape = match (groups, first.len()) {
        (Some(g), 1..=3) if g.split(',').all(|g| g.len() == 3 && all_digits(g)) => Shape::Grouped,
        (Some(_), _) => return None,
        (None, 0..=3) => Shape::Short,
        (None, 4) if !decimal => Shape::Year,
        (None, _) => Shape::Long,
    };
    if !all_digits(first) {
        return None;
    }
    let value = s.replace(',', "").parse::<f64>().ok()?;
    value.is_finite().then_some((value, shape))
}

/// A simple fraction as `NUMBER_PATTERN` takes them ("1/2", "3/4": halves, thirds,
/// quarters and eighths, so that "24/7" and "9/11" are not numbers).
fn fraction(token: &str) -> Option<f64> {
    let (numerator, denominator) = token.split_once('/')?;
    let (n, d) = (
        numerator.parse::<u8>().ok()?,
        denominator.parse::<u8>().ok()?,
    );
    (matches!(d, 2 | 3 | 4 | 8) && (1..d).contains(&n)).then(|| f64::from(n) / f64::from(d))
}

/// A figure written with a decimal comma before a scale word ("1,5 million", as machine
/// translation writes it), with a fraction ("1 1/2 million", "3/4"), or with the suffix
/// "bn", "mn", "tn", "m" or "k" ("1.5bn", "¥3.1tn", "£107m", "£389k"; the scanner skips an "m"
/// or "k" figure without a currency sign before it: "1.5m" may be metres, "5k" a race): its
/// readings.
fn comma_or_fraction(t: &[&str], i: usize) -> Vec<Reading> {
    let first = t.get(i).copied().unwrap_or("");
    let suffixed = [
        ("bn", 1e9),
        ("mn", 1e6),
        ("tn", 1e12),
        ("m", 1e6),
        ("k", 1e3),
    ]
    .into_iter()
    .find_map(|(suffix, scale)| Some((first.strip_suffix(suffix)?, scale)));
    if let Some((figure, scale)) = suffixed {
        return match digit_token(figure) {
            Some((value, Shape::Short)) => vec![(value * scale, i + 1, scale)],
            _ => Vec::new(),
        };
    }
    let scaled = |value: f64, j: usize| match t.get(j).and_then(|w| scale_of(w)) {
        Some(scale) => vec![(value * scale, j + 1, scale), (value, j, 1.0)],
        None => vec![(value, j, 1.0)],
    };
    if let Some((int, decimals)) = first.split_once(',') {
        let scale = t.get(i + 1).and_then(|w| scale_of(w));
        let shaped = (1..=3).contains(&int.len()) && (1..=2).contains(&decimals.len());
        return match (scale, shaped && all_digits(int) && all_digits(decimals)) {
            (Some(scale), true) => format!("{int}.{decimals}")
                .parse::<f64>()
                .map(|v| vec![(v * scale, i + 2, scale)])
                .unwrap_or_default(),
            _ => Vec::new(),
        };
    }
    if let Some(value) = fraction(first) {
        return scaled(value, i + 1);
    }
    let whole = (first.len() <= 3 && all_digits(first))
        .then(|| first.parse::<f64>().ok())
        .flatten();
    match (whole, t.get(i + 1).and_then(|w| fraction(w))) {
        (Some(whole), Some(part)) => scaled(whole + part, i + 2),
        _ => Vec::new(),
    }
}

/// Digit quantities, including groups separated by spaces ("11 000") and a scale word
/// ("2.5 million").
fn digits(t: &[&str], i: usize) -> Vec<Reading> {
    let odd = comma_or_fraction(t, i);
    if !odd.is_empty() {
        return odd;
    }
    let first = t.get(i).copied().unwrap_or("");
    let Some((value, shape)) = digit_token(first) else {
        return Vec::new();
    };
    let mut plain = vec![(value, i + 1)];
    let mut joined = first.to_string();
    let group = |g: &&str| g.split('.').next().is_some_and(|int| int.len() == 3);
    while shape == Shape::Short && !joined.contains('.') {
        let Some(next) = t.get(i + plain.len()).copied().filter(group) else {
            break;
        };
        joined.push_str(next);
        match digit_token(&joined) {
            Some((v, _)) => plain.insert(0, (v, i + plain.len() + 1)),
            None => break,
        }
    }
    let mut out = Vec::new();
    for (v, j) in plain {
        if let Some(s) = t.get(j).and_then(|w| scale_of(w)) {
            out.push((v * s, j + 1, s));
        }
        out.push((v, j, 1.0));
    }
    out
}

/// A range from two readings. A scale word on the second end also scales a first end no larger
/// than its own figure, so "10 to 12 million" is ten to twelve million, "500 to 2 million" not.
fn range(a: Reading, b: Reading) -> Interval {
    let lends = a.2 == 1.0 && b.2 != 1.0 && a.0 <= b.0 / b.2;
    // "between 1.1 million and 1.3" is what `{n} million hectares` captures of "between 1.1
    // million and 1.3 million hectares": the high end's scale is the pattern's, so both
    // ends are in it (1.1 to 1.3), as "1.2" is under that pattern.
    let cut = a.2 != 1.0 && b.2 == 1.0 && a.0 / a.2 <= b.0;
    if cut {
        return Interval::between(a.0 / a.2, b.0);
    }
    Interval::between(if lends { a.0 * b.2 } else { a.0 }, b.0)
}

/// A range written with a hyphen: "10-12", "2.5-3.5 million", "10,000-12,000", and the year
/// span "1950-1953", read as the range [1950, 1953]. Both ends must be written alike (at most
/// three digits, four digits, or comma groups), so a date such as "2024-06-19" is no range.
fn hyphen_range(t: &[&str]) -> Option<Interval> {
    let (x, xs) = digit_token(t.first()?)?;
    let (y, ys) = digit_token(t.get(2)?)?;
    let scale = match t.get(3) {
        None => 1.0,
        Some(w) if xs == Shape::Short && t.len() == 4 => scale_of(w)?,
        Some(_) => return None,
    };
    let alike = t.get(1) == Some(&"-") && xs == ys && xs != Shape::Long;
    alike.then(|| Interval::between(x * scale, y * scale))
}

/// Reads the text captured by `{n}`: "24", "11,000", "11 000", "2.5", "twenty-four", "twenty four",
/// "five million", "2.5 million", "a dozen", "dozens", "hundreds", "thousands", "tens of thousands", "half",
/// "a hundred", "10 to 12", "between 10 and 12", "10-12". Returns None for anything else.
///
/// It reads the language of [`NUMBER_PATTERN`], case-insensitively and with any run of white space
/// as one space, so every capture reads. Ranges are given in either order.
pub fn parse_quantity(text: &str) -> Option<Interval> {
    // Most captures are one token of digits ("8800", "12,000", "2.5"): read them directly,
    // as the general reader would (a test compares the two).
    if text
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return digit_token(text).map(|(value, _)| Interval::exact(value));
    }
    read_quantity(text)
}

/// `parse_quantity` for every form.
fn read_quantity(text: &str) -> Option<Interval> {
    let lower = text.to_lowercase();
    let s = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(interval) = vague(&s) {
        return Some(interval);
    }
    // "four point two million": decimals spoken.
    if let Some((whole, decimals)) = s.split_once(" point ") {
        return spoken_decimal(&format!("{whole} point "), decimals).map(|(value, _)| value);
    }
    // "A million and a half" is 1.5 million, "two million and a half" 2.5 million, "four
    // and a half" (years) 4.5.
    if let Some(head) = s.strip_suffix(" and a half") {
        let scale = head.rsplit(' ').next().and_then(scale_of).unwrap_or(1.0);
        let whole = parse_quantity(head).filter(Interval::is_exact)?;
        return Some(Interval::exact(whole.lo + scale / 2.0));
    }
    // "One and a half million" is 1.5 million; "two and a half dozen" is 30.
    if let Some((head, unit)) = s.split_once(" and a half ") {
        let whole = if head == "a" {
            Some(1.0)
        } else {
            parse_quantity(head)
                .filter(Interval::is_exact)
                .map(|i| i.lo)
        };
        let unit = match unit {
            "dozen" => Some(12.0),
            "hundred" => Some(100.0),
            unit => scale_of(unit),
        };
        return whole.zip(unit).map(|(w, u)| Interval::exact((w + 0.5) * u));
    }
    if let Some(rest) = s.strip_prefix("half") {
        let whole = match rest.strip_prefix(" a ") {
            _ if rest.is_empty() => Some(1.0),
            Some("dozen") => Some(12.0),
            Some("hundred") => Some(100.0),
            Some(unit) => scale_of(unit),
            None => None,
        };
        return whole.map(|w| Interval::exact(w / 2.0));
    }
    // A hyphen inside a word becomes its own token; a lone or dangling hyphen reads as nothing.
    let mut t = Vec::new();
    for word in s.split(' ') {
        for (k, part) in word.split('-').enumerate() {
            if part.is_empty() {
                return None;
            }
            t.extend((k > 0).then_some("-"));
            t.push(part);
        }
    }
    let n = t.len();
    if let Some(interval) = hyphen_range(&t) {
        return Some(interval);
    }
    if let Some((&"dozen", head)) = t.split_last() {
        let a = (head == ["a"]).then_some(1.0);
        let count = a.or_else(|| {
            below_100(head, 0)
                .into_iter()
                .find(|r| r.1 == n - 1)
                .map(|r| r.0)
        });
        return count.map(|c| Interval::exact(c * 12.0));
    }
    let (start, joint) = match t.first() {
        Some(&"between") => (1, "and"),
        _ => (0, "to"),
    };
    for a in digits(&t, start).into_iter().chain(words(&t, start)) {
        if a.1 == n && start == 0 {
            return Some(Interval::exact(a.0));
        }
        if t.get(a.1) == Some(&joint) {
            let mut ends = digits(&t, a.1 + 1).into_iter().chain(words(&t, a.1 + 1));
            if let Some(b) = ends.find(|b| b.1 == n) {
                return Some(range(a, b));
            }
        }
    }
    None
}

/// A figure with its decimals spoken, "three point two" or "4 point 25", of which `{n}`
/// captured `written`, the part after "point" (with any scale: "two billion"): the whole
/// figure, and how many bytes of `before` it starts back. `None` when no "point" stands
/// right before the capture, or what surrounds it is not a whole number and digits.
pub fn spoken_decimal(before: &str, written: &str) -> Option<(Interval, usize)> {
    let rest = before.strip_suffix(' ')?;
    let split = rest.len().checked_sub("point".len())?;
    if !rest.get(split..)?.eq_ignore_ascii_case("point") {
        return None;
    }
    let whole_text = rest[..split].strip_suffix(' ')?;
    let whole_start = whole_text.rfind(' ').map_or(0, |at| at + 1);
    if at_one_point(&whole_text[..whole_start], &whole_text[whole_start..]) {
        return None;
    }
    let whole = parse_quantity(&whole_text[whole_start..])?;
    if !whole.is_exact() || whole.lo.fract() != 0.0 {
        return None;
    }
    // The decimals: digits, or digit words ("two", "two five"), then perhaps a scale word.
    let mut words: Vec<&str> = written.split_whitespace().collect();
    let scale = match words.last().map(|w| scale_of(&w.to_ascii_lowercase())) {
        Some(Some(scale)) => {
            words.pop();
            scale
        }
        _ => 1.0,
    };
    let mut digits = String::new();
    for word in &words {
        if word.bytes().all(|b| b.is_ascii_digit()) {
            digits.push_str(word);
        } else {
            digits.push(char::from(b'0' + digit_word(word)?));
        }
    }
    if digits.is_empty() {
        return None;
    }
    let value: f64 = format!("{}.{digits}", whole.lo).parse().ok()?;
    Some((Interval::exact(value * scale), before.len() - whole_start))
}

/// Whether `whole`, after `before`, is the "one" of "at one point" ("At one point two men
/// were arrested"), an idiom and no figure.
pub(crate) fn at_one_point(before: &str, whole: &str) -> bool {
    whole.eq_ignore_ascii_case("one")
        && before
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case("at"))
}

/// The digit a digit word says ("two" is 2), in any case.
pub(crate) fn digit_word(word: &str) -> Option<u8> {
    const DIGITS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let digit = DIGITS.iter().position(|d| d.eq_ignore_ascii_case(word))?;
    u8::try_from(digit).ok()
}

/// A figure whose whole part `{n}` captured (`written`, "three" or "4"), with its decimals
/// spoken after it: " point eight", " point two billion". The whole figure, and how many
/// bytes of `after` it takes.
pub fn spoken_decimal_after(written: &str, after: &str) -> Option<(Interval, usize)> {
    let lower = after.get(..7)?;
    if !lower.eq_ignore_ascii_case(" point ") {
        return None;
    }
    let rest = &after[7..];
    // The decimals run to the end of the number words or digits, with a scale word last.
    let mut end = 0;
    for word in rest.split(' ') {
        let word = word.trim_end_matches(['.', ',', ';', ':', '%']);
        let digit = word.bytes().all(|b| b.is_ascii_digit()) && !word.is_empty();
        let spoken = digit_word(word).is_some() || scale_of(&word.to_ascii_lowercase()).is_some();
        if !(digit || spoken) {
            break;
        }
        end = word.as_ptr() as usize - rest.as_ptr() as usize + word.len();
    }
    let decimals = rest.get(..end)?;
    let before = format!("{written} point ");
    let (value, _) = spoken_decimal(&before, decimals)?;
    Some((value, 7 + end))
}

/// The length of the minus sign at the end of `before`, the text right before a number, if
/// there is one: "-" or "minus " (with a currency sign after it: "-£12m"), standing alone,
/// not joining two words or figures ("F-16", "2024-05", "10-12" are no signs).
pub fn sign_before(before: &str) -> Option<usize> {
    let unsigned = before.trim_end_matches(CURRENCY_SIGNS);
    let currency = before.len() - unsigned.len();
    if currency > 4 {
        return None;
    }
    let rest = if let Some(rest) = unsigned.strip_suffix('-') {
        rest
    } else {
        let split = unsigned.len().checked_sub("minus ".len())?;
        let word = unsigned.get(split..)?;
        if !word.eq_ignore_ascii_case("minus ") {
            return None;
        }
        unsigned.get(..split)?
    };
    // After a space or a bracket, or first: "52%-48%" is a result, not minus 48.
    let alone = rest
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '['));
    alone.then_some(before.len() - rest.len())
}

/// A word or phrase right before a number that changes what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
    Almost,
    About,
}

/// The qualifier a phrase names, if any.
fn qualifier(phrase: &str) -> Option<Qualifier> {
    use Qualifier::*;
    Some(match phrase {
        "more than" | "over" | "just over" | "above" | "greater than" | "upwards of"
        | "north of" | "higher than" | "larger than" | "bigger than" | "well over"
        | "well above" => MoreThan,
        "at least" | "no fewer than" | "no less than" | "not less than" => AtLeast,
        "less than" | "fewer than" | "under" | "below" | "lower than" | "smaller than"
        | "well under" | "well below" => LessThan,
        "at most" | "up to" | "no more than" | "not more than" | "as many as" | "as much as"
        | "as high as" => AtMost,
        "almost" | "nearly" | "just under" | "just shy of" | "not quite" => Almost,
        // "Close to 1,200" may be a little over it as well as under.
        "about" | "around" | "roughly" | "approximately" | "some" | "an estimated" | "close to"
        | "an approximate" | "approx" | "approx." | "c." | "ca." => About,
        "estimated" | "circa" => About,
        "in excess of" | "exceeding" => MoreThan,
        // "Turnout exceeded 60%", "topped $90bn", "passed the 60% mark": a bound, not the
        // figure.
        "exceeded" | "exceeds" | "exceed" | "topped" | "tops" | "surpassed" | "surpasses"
        | "surpass" | "passed" | "passed the" | "outstripped" => MoreThan,
        "fell short of" | "falls short of" | "short of" => LessThan,
        _ => return None,
    })
}

/// Verbs that, before "up to", move a figure to the level after it.
#[rustfmt::skip]
const MOVED_UP: &[&str] = &[
    "edged", "edges", "edge", "ticked", "ticks", "tick", "crept", "creeps", "creep", "inched",
    "inches", "inch", "moved", "moves", "move", "went", "goes", "go", "rose", "rises", "rise",
    "shot", "shoots", "jumped", "jumps", "climbed", "climbs", "revised", "revises", "revise",
    "nudged", "nudges", "bumped", "bumps", "pushed", "pushes", "marked", "marks",
];

/// Verbs of a revision, which may name what they revise before "up to".
const REVISED_UP: &[&str] = &[
    "revised", "revises", "revise", "revising", "raised", "raises", "upgraded", "lifted",
];

/// Lowers `x` by a tenth of its size, keeping infinities as they are.
fn tenth_less(x: f64) -> f64 {
    x - if x.is_finite() { x.abs() / 10.0 } else { 0.0 }
}

/// Looks at the text just before a number (the end of `before`) for a qualifier such as
/// "more than", "over", "at least", "almost", "nearly", "up to", "fewer than", "less than", "about",
/// "around", "some", "roughly", "approximately", and returns the qualified interval, the qualifier and the
/// byte length of the qualifier phrase (so the caller can report it). Unqualified: value unchanged, None.
///
/// The length runs from the first byte of the phrase to the end of `before` (trailing spaces
/// included), so the phrase is `before[before.len() - len..].trim_end()`. Phrases match
/// case-insensitively, as whole words ("moreover" holds no "over"). Every interval is closed,
/// because a writer's "more than 11,000" may be 11,000 rounded: more than, over, above: `[x, ∞)`;
/// at least: `[x, ∞)`; less than, fewer than, under, below: `[0, x]` (quantities are not
/// negative); at most, up to, no more
/// than: `[0, x]`; almost, nearly, just under: `[0.95x, x]`; about, around, roughly,
/// approximately, some, an estimated, close to, `~`: `[0.9x, 1.1x]`; north of is more than. A range is qualified at its ends, so
/// "about 10 to 12" is `[9, 13.2]`.
pub fn qualify(value: Interval, before: &str) -> (Interval, Option<(Qualifier, usize)>) {
    // The longest phrase wins, so "no more than" is an upper bound and "just under" is
    // "almost": candidates are tried from the word start farthest back.
    // "More than $5bn": the currency sign stands between the qualifier and the figure.
    let text = before
        .trim_end()
        .trim_end_matches(CURRENCY_SIGNS)
        .trim_end();
    // "~1,200": a sign, not a word.
    if let Some(sign) = text.strip_suffix('~') {
        let value = Interval {
            lo: tenth_less(value.lo),
            hi: -tenth_less(-value.hi),
        };
        return (value, Some((Qualifier::About, before.len() - sign.len())));
    }
    let word_start = |&(p, c): &(usize, char)| {
        let previous = text.get(..p).and_then(|t| t.chars().next_back());
        c.is_alphanumeric() && !previous.is_some_and(char::is_alphanumeric)
    };
    let starts = text.char_indices().skip_while(|(p, _)| text.len() - p > 16);
    let found = starts.filter(word_start).find_map(|(p, _)| {
        let phrase = text.get(p..)?.to_ascii_lowercase();
        qualifier(&phrase).map(|q| (q, p))
    });
    let Some((qualifier, start)) = found else {
        return (value, None);
    };
    // "The rate edged up to 4.2%", "was revised up to 3.1%": a move to a level, not a bound.
    // A revision may name its object first: "revised its estimate of March payrolls up to
    // 48,000", "revised the capacity of the Skerra Bank wind farm up to 1.4GW" (within its
    // clause, twelve words back).
    let revised_object = || {
        text[..start]
            .rsplit([',', ';', ':'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .rev()
            .take(12)
            .any(|verb| REVISED_UP.iter().any(|m| verb.eq_ignore_ascii_case(m)))
    };
    let moved_up = text[start..].eq_ignore_ascii_case("up to")
        && (text[..start]
            .split_whitespace()
            .next_back()
            .is_some_and(|verb| MOVED_UP.iter().any(|m| verb.eq_ignore_ascii_case(m)))
            || revised_object());
    if moved_up {
        return (value, None);
    }
    let (lo, hi) = match qualifier {
        Qualifier::MoreThan | Qualifier::AtLeast => (value.lo, f64::INFINITY),
        Qualifier::LessThan | Qualifier::AtMost => (value.lo.min(0.0), value.hi),
        // "Almost 11,000" is a figure just short of 11,000: within 5% below it.
        Qualifier::Almost => (
            value.lo
                - if value.lo.is_finite() {
                    value.lo.abs() / 20.0
                } else {
                    0.0
                },
            value.hi,
        ),
        Qualifier::About => (tenth_less(value.lo), -tenth_less(-value.hi)),
    };
    (Interval { lo, hi }, Some((qualifier, before.len() - start)))
}

/// What `about` a round figure may stand for, asked before it breaks a claim: its interval
/// widened to the figures that round to it. "around £2m" (`qualified`, 1.8 to 2.2) is 1.5
/// to 2.5, since £2.3m written to the nearest million is £2m, and an editor calls "around
/// £2m" for £2.3m loose, not wrong (trial 109: it broke a claim of £2.3m). Meeting a claim
/// still asks the tenth either side (`qualified`): "about 100" meets `100 +/- 10%`. `exact` is the figure unqualified (scaled, "2
/// million" as 2,000,000), `written` its digits as written; the half unit is that of the
/// last significant digit ("20,000": 5,000; "2.5": 0.05). A precise figure is read as
/// written before this is asked.
pub fn about_a_round_figure(qualified: Interval, exact: Interval, written: &str) -> Interval {
    let digits: String = written
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
        .filter(|c| *c != ',')
        .collect();
    let digits = digits.trim_end_matches('.');
    let Ok(as_written) = digits.parse::<f64>() else {
        return qualified;
    };
    let unit = match digits.split_once('.') {
        Some((_, decimals)) => 10f64.powi(-(decimals.len() as i32)),
        None => {
            let zeros = digits.len() - digits.trim_end_matches('0').len();
            10f64.powi(zeros.min(digits.len().saturating_sub(1)) as i32)
        }
    };
    if as_written <= 0.0 || !exact.lo.is_finite() || !exact.hi.is_finite() {
        return qualified;
    }
    let half = unit / 2.0 * (exact.lo / as_written);
    Interval {
        lo: qualified.lo.min(exact.lo - half),
        hi: qualified.hi.max(exact.hi + half),
    }
}

/// Whether a figure as written is precise: decimals that end in a digit other than 0
/// ("67.4"), or three or more significant digits ("2,316", "125"); not a round figure
/// ("180,000", "1.0", "2,300"). "About" such a figure names it, not a range around it.
pub fn is_precise(written: &str) -> bool {
    let digits: String = written
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    if digits.is_empty()
        || digits.len()
            != written
                .chars()
                .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}'))
                .count()
    {
        return false;
    }
    match digits.split_once('.') {
        Some((_, decimals)) => decimals.ends_with(|c: char| c.is_ascii_digit() && c != '0'),
        None => digits.trim_start_matches('0').trim_end_matches('0').len() >= 3,
    }
}

/// Looks right after a number (the start of `after`, past a `%`) for a bound written after
/// it: "magnitude 5 or more", "60% or higher", "10,000+", "5 or fewer". Returns the bounded
/// interval, the qualifier and how many bytes of `after` it takes (with the `%`).
pub fn qualify_after(value: Interval, after: &str) -> (Interval, Option<(Qualifier, usize)>) {
    #[rustfmt::skip]
    const AT_LEAST: &[&str] = &[
        " or more", " or above", " or higher", " or greater", " or over", " and above",
        " and over", " and up", " or upwards", " and upwards",
    ];
    #[rustfmt::skip]
    const AT_MOST: &[&str] = &[
        " or less", " or fewer", " or below", " or under", " or lower", " and below",
        " and under",
    ];
    let percent = usize::from(after.starts_with('%'));
    let rest = &after[percent..];
    let ends_a_word = |len: usize| {
        rest.get(len..)
            .is_some_and(|tail| !tail.starts_with(|c: char| c.is_alphanumeric()))
    };
    let starts = |phrase: &&&str| {
        rest.get(..phrase.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(phrase))
            && ends_a_word(phrase.len())
    };
    let (qualifier, len) = if let Some(phrase) = AT_LEAST.iter().find(starts) {
        (Qualifier::AtLeast, phrase.len())
    } else if let Some(phrase) = AT_MOST.iter().find(starts) {
        (Qualifier::AtMost, phrase.len())
    } else if rest.strip_prefix('+').is_some_and(|tail| {
        // "10,000+ containers"; not a sum ("2+2", "2+ 2").
        !tail.starts_with(|c: char| c.is_alphanumeric())
            && !tail.trim_start().starts_with(|c: char| c.is_ascii_digit())
    }) {
        (Qualifier::AtLeast, 1)
    } else {
        return (value, None);
    };
    let bounded = match qualifier {
        Qualifier::AtLeast => Interval {
            lo: value.lo,
            hi: f64::INFINITY,
        },
        _ => Interval {
            lo: value.lo.min(0.0),
            hi: value.hi,
        },
    };
    (bounded, Some((qualifier, percent + len)))
}

/// What a constraint accepts, as written.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Exact(f64),
    AtLeast(f64),
    MoreThan(f64),
    AtMost(f64),
    LessThan(f64),
    Range(f64, f64),
    Within(f64, f64, bool),
}

/// A `number:` constraint or an `expect:` COUNT: `24`, `">= 11000"`, `"> 5"`, `"<= 3"`, `"< 10"`,
/// `"10..12"` (inclusive), `"11000 +/- 5%"`, also `"11000 +/- 500"`. Values may use `_` or `,` separators.
#[derive(Debug, Clone, PartialEq)]
pub struct Constraint {
    kind: Kind,
    /// The decimal places an exact figure is written with, when it has any: `"2.0"` is 2 to
    /// one place, so "2.3%" breaks it where it meets `2` (rounded).
    places: Option<i32>,
}

/// Whether a found quantity meets a constraint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberOutcome {
    Holds,
    Breaks,
    Inconclusive,
}

/// Why a constraint could not be read and where, so that users can fix their claims file.
///
/// Its Display is the message: lowercase, no trailing period, saying what is wrong and what is
/// accepted, e.g. `expected a number or a comparison such as ">= 11000", "10..12" or
/// "11000 +/- 5%", found "abc"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConstraintError {
    pub message: String,
    /// The byte offset in the text where reading went wrong.
    pub offset: usize,
}

impl fmt::Display for ConstraintError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConstraintError {}

const FORMS: &str = r#"a number or a comparison such as ">= 11000", "10..12" or "11000 +/- 5%""#;

/// Whether `figure`, a round number of a thousand or more ("30,000", "440,000", "1.2
/// million"), may be `value` rounded: `value` rounded to the figure's last non-zero digit
/// is the figure, and the figure has two significant digits or more, or lies within 2.5%
/// (news rounds 30,420 participants to "30,000", but "10,000 jobs" is no rounding of
/// 11,000). A figure that may be a year is never a rounding.
fn rounds_to(value: f64, figure: f64) -> bool {
    // A year is exact: "replaced in 2000" is no rounding of 2001.
    let a_year = |n: f64| (1800.0..2100.0).contains(&n);
    if figure < 1000.0 || figure.fract() != 0.0 || value <= 0.0 || a_year(figure) {
        return false;
    }
    let digits = format!("{figure:.0}");
    let zeros = digits.len() - digits.trim_end_matches('0').len();
    if zeros < 3 {
        return false;
    }
    let unit = 10f64.powi(zeros as i32);
    let significant = digits.len() - zeros;
    (value / unit).round() * unit == figure
        && (significant >= 2 || (figure - value).abs() / value <= 0.025)
}

/// Reads a constraint left to right, remembering where it is for error messages.
struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a str {
        self.text.get(self.pos..).unwrap_or("")
    }

    /// Skips white space and tells whether the text is used up.
    fn at_end(&mut self) -> bool {
        self.pos = self.text.len() - self.rest().trim_start().len();
        self.rest().is_empty()
    }

    fn eat(&mut self, token: &str) -> bool {
        let found = self.rest().starts_with(token);
        self.pos += if found { token.len() } else { 0 };
        found
    }

    fn fail<T>(&self, offset: usize, message: String) -> Result<T, ConstraintError> {
        Err(ConstraintError { message, offset })
    }

    /// Fails naming what was expected and quoting what stands there instead.
    fn expected<T>(&self, what: &str) -> Result<T, ConstraintError> {
        let rest: String = self.rest().trim_end().chars().take(40).collect();
        let found = if rest.is_empty() {
            "nothing".into()
        } else {
            format!("\"{rest}\"")
        };
        self.fail(self.pos, format!("expected {what}, found {found}"))
    }

    /// Fails on text left over after a complete constraint.
    fn trailing<T>(&self) -> Result<T, ConstraintError> {
        let before = self.text.get(..self.pos).unwrap_or("").trim();
        let rest = self.rest().trim_end();
        let message = format!("unexpected \"{rest}\" after \"{before}\"; expected {FORMS}");
        self.fail(self.pos, message)
    }

    /// A number with an optional sign and decimals. `_` may separate digits; a `,` must start a
    /// group of exactly three digits, as in prose.
    fn number(&mut self, what: &str) -> Result<f64, ConstraintError> {
        let (start, rest) = (self.pos, self.rest());
        let sign = usize::from(rest.starts_with(['-', '+']));
        let body = |c: char| c.is_ascii_digit() || c == '_' || c == ',';
        let int_end = rest[sign..]
            .find(|c| !body(c))
            .map_or(rest.len(), |k| k + sign);
        let int = &rest[sign..int_end];
        if !int.starts_with(|c: char| c.is_ascii_digit()) {
            return self.expected(what);
        }
        let frac = rest[int_end..]
            .strip_prefix('.')
            .filter(|f| f.starts_with(|c: char| c.is_ascii_digit()));
        let frac_len = frac.map_or(0, |f| {
            1 + f.find(|c: char| !c.is_ascii_digit()).unwrap_or(f.len())
        });
        let written = &rest[..int_end + frac_len];
        self.pos += written.len();
        // Groups between separators must be digits; comma groups are three digits, as in prose.
        let mut groups = int.split([',', '_']);
        let first = groups.next().unwrap_or("");
        let commas = int.contains(',') && (first.len() > 3 || int.contains('_'));
        if commas || groups.any(|g| !all_digits(g) || (int.contains(',') && g.len() != 3)) {
            // "6,8" is a decimal comma: say so, with the number meant.
            let decimal = match int.split_once(',') {
                Some((whole, part))
                    if all_digits(whole)
                        && !whole.is_empty()
                        && all_digits(part)
                        && (1..=2).contains(&part.len()) =>
                {
                    format!(" (for a decimal, write a point: {whole}.{part})")
                }
                _ => String::new(),
            };
            let why = "separators must sit between groups of digits, as in 11,000 or 11_000";
            return self.fail(
                start,
                format!("misplaced separator in \"{written}\": {why}{decimal}"),
            );
        }
        match written.replace(['_', ','], "").parse::<f64>() {
            Ok(value) if value.is_finite() => Ok(value),
            _ => self.fail(start, format!("\"{written}\" is too large to be a number")),
        }
    }
}

/// Builds the kind of constraint a comparison operator names.
type MakeKind = fn(f64) -> Kind;

const OPERATORS: [(&str, MakeKind); 8] = [
    (">=", Kind::AtLeast),
    ("≥", Kind::AtLeast),
    ("<=", Kind::AtMost),
    ("≤", Kind::AtMost),
    (">", Kind::MoreThan),
    ("<", Kind::LessThan),
    ("==", Kind::Exact),
    ("=", Kind::Exact),
];

impl Constraint {
    /// Reads the string form of a `number:` constraint or an `expect:` COUNT. Offsets in errors
    /// are byte offsets into `text`.
    pub fn parse(text: &str) -> Result<Constraint, ConstraintError> {
        let mut r = Reader { text, pos: 0 };
        r.at_end();
        let mut places = None;
        let operator = OPERATORS.iter().find(|(op, _)| r.rest().starts_with(op));
        let kind = if let Some((op, make)) = operator {
            r.pos += op.len();
            r.at_end();
            make(r.number(&format!("a number after \"{op}\""))?)
        } else {
            let start = r.pos;
            let value = r.number(FORMS)?;
            places = written_places(&text[start..r.pos]);
            if r.at_end() {
                Kind::Exact(value)
            } else if r.eat("..") {
                r.at_end();
                let at = r.pos;
                let hi = r.number("a number after \"..\"")?;
                if hi < value {
                    let why = "its first end must not exceed its second";
                    return r.fail(at, format!("the range {value}..{hi} is empty: {why}"));
                }
                Kind::Range(value, hi)
            } else if r.eat("+/-") || r.eat("±") {
                r.at_end();
                let at = r.pos;
                let margin = r.number("a margin after \"+/-\", such as 5% or 500")?;
                if margin < 0.0 {
                    return r.fail(at, "the margin after \"+/-\" must not be negative".into());
                }
                r.at_end();
                Kind::Within(value, margin, r.eat("%"))
            } else {
                return r.trailing();
            }
        };
        if !r.at_end() {
            return r.trailing();
        }
        let places = places.filter(|_| matches!(kind, Kind::Exact(_)));
        Ok(Constraint { kind, places })
    }

    /// The constraint of a YAML number as written (`number: 2.0` keeps its decimal place).
    pub fn exact_written(value: f64, written: &str) -> Constraint {
        Constraint {
            kind: Kind::Exact(value),
            places: written_places(written),
        }
    }

    /// The value of an exact constraint (`number: 24`), if it is one.
    pub fn exact_value(&self) -> Option<f64> {
        match self.kind {
            Kind::Exact(value) => Some(value),
            _ => None,
        }
    }

    /// An exact constraint's figure as it was written, its decimal places kept
    /// (`number: 96.000` is "96.000", where its value alone prints as 96).
    pub fn exact_written_figure(&self) -> Option<String> {
        let value = self.exact_value()?;
        Some(match self.places.and_then(|p| usize::try_from(p).ok()) {
            Some(places) => format!("{value:.places$}"),
            None => value.to_string(),
        })
    }

    /// The constraint of a bare YAML number (`number: 24`): that value exactly.
    pub fn exact(value: f64) -> Constraint {
        Constraint {
            kind: Kind::Exact(value),
            places: None,
        }
    }

    /// The constraint `>= value`, for expectations such as "at least one document".
    pub fn at_least(value: f64) -> Constraint {
        Constraint {
            kind: Kind::AtLeast(value),
            places: None,
        }
    }

    /// The closed interval spanned by the accepted values; a strict comparison includes its bound.
    pub fn bounds(&self) -> Interval {
        let (inf, ninf) = (f64::INFINITY, f64::NEG_INFINITY);
        match self.kind {
            Kind::Exact(v) => Interval::exact(v),
            Kind::AtLeast(v) | Kind::MoreThan(v) => Interval { lo: v, hi: inf },
            Kind::AtMost(v) | Kind::LessThan(v) => Interval { lo: ninf, hi: v },
            Kind::Range(lo, hi) => Interval { lo, hi },
            Kind::Within(v, margin, percent) => {
                let m = margin * if percent { v.abs() / 100.0 } else { 1.0 };
                Interval::between(v - m, v + m)
            }
        }
    }

    /// Whether an exact value meets the constraint, strict comparisons included, as for counts of
    /// documents. NaN meets nothing.
    pub fn admits(&self, value: f64) -> bool {
        let b = self.bounds();
        match self.kind {
            Kind::MoreThan(v) => value > v,
            Kind::LessThan(v) => value < v,
            _ => b.lo <= value && value <= b.hi,
        }
    }

    /// Checks a found quantity: Holds when it lies inside the constraint, Breaks when the two do
    /// not meet, Inconclusive when they overlap in part.
    ///
    /// An exact value is judged by [`Constraint::admits`], so "5" breaks `"> 5"`. A wider interval
    /// is compared with the closed [`Constraint::bounds`], as qualified readings are closed by
    /// design: "more than 11,000" (`[11000, ∞)`) holds for `">= 11000"` and `"> 11000"`, is
    /// Inconclusive for `11000` (it touches it) and breaks `"<= 10000"`. An interval holding NaN
    /// or running backwards is Inconclusive.
    /// Checks a reading with its qualifier. "Almost X" and "less than X" lie strictly below X,
    /// and "more than X" strictly above it, so a reading that touches a range constraint only
    /// at X breaks it: "almost 11,000" breaks `">= 11000"`. Against an exact figure the same
    /// reading stays Inconclusive, because news rounds: "more than 11,000" neither meets nor
    /// breaks `11000`.
    pub fn check_qualified(&self, found: Interval, qualifier: Option<Qualifier>) -> NumberOutcome {
        let outcome = self.check(found);
        if outcome != NumberOutcome::Inconclusive || matches!(self.kind, Kind::Exact(_)) {
            return outcome;
        }
        let b = self.bounds();
        match qualifier {
            Some(Qualifier::Almost | Qualifier::LessThan) if found.hi == b.lo => {
                NumberOutcome::Breaks
            }
            Some(Qualifier::MoreThan) if found.lo == b.hi => NumberOutcome::Breaks,
            _ => NumberOutcome::Inconclusive,
        }
    }

    /// [`Constraint::check_qualified`] for a figure as `written` in the text, whose decimals
    /// count ("4.0" has one, though its value has none): a figure as precise as the claim's
    /// is no rounding of it, so "4.0%" breaks `number: 4.2` where "4%" counts neither way.
    pub fn check_written(
        &self,
        found: Interval,
        qualifier: Option<Qualifier>,
        written: &str,
    ) -> NumberOutcome {
        let places = written_places(written).unwrap_or(0);
        let outcome = self.check_qualified(found, qualifier);
        match (outcome, self.kind) {
            // "Some 87% of drivers backed strike action" states the claim's 87% as nearly as
            // news states a figure (trial 94): the estimate is of the claim's very figure.
            (NumberOutcome::Inconclusive, Kind::Exact(value))
                if qualifier == Some(Qualifier::About)
                    && same((found.lo + found.hi) / 2.0, value) =>
            {
                NumberOutcome::Holds
            }
            (NumberOutcome::Inconclusive, Kind::Exact(value))
                if qualifier.is_none()
                    && found.is_exact()
                    && !same(found.lo, value)
                    && !rounds_to(value, found.lo)
                    && places >= self.places.unwrap_or_else(|| decimal_places(value))
                    && !halfway(
                        value,
                        self.places.unwrap_or_else(|| decimal_places(value)),
                        found.lo,
                    ) =>
            {
                NumberOutcome::Breaks
            }
            _ => outcome,
        }
    }

    /// Whether an exact claim's figure is a price to the penny ("2.50") more than 5% from
    /// `found`: a price in whole pounds so far from it is no rounding of it.
    pub fn a_price_far_from(&self, found: f64) -> bool {
        match self.kind {
            Kind::Exact(value) => {
                self.places.unwrap_or_else(|| decimal_places(value)) == 2
                    && value > 0.0
                    && (found - value).abs() / value > 0.05
            }
            _ => false,
        }
    }

    /// Whether `found` lies half-way between an exact claim's figure and its neighbour
    /// (`halfway`), where rounding decides nothing.
    pub fn halfway_from(&self, found: f64) -> bool {
        match self.kind {
            Kind::Exact(value) => halfway(
                value,
                self.places.unwrap_or_else(|| decimal_places(value)),
                found,
            ),
            _ => false,
        }
    }

    /// Checks a found interval against the constraint, treating both as closed.
    ///
    /// See [`Constraint::check_qualified`] for the strict qualifiers.
    pub fn check(&self, found: Interval) -> NumberOutcome {
        let b = self.bounds();
        let inside = if found.is_exact() {
            self.admits(found.lo)
        } else {
            b.lo <= found.lo && found.hi <= b.hi
        };
        if found.lo.is_nan() || found.hi.is_nan() || found.lo > found.hi {
            NumberOutcome::Inconclusive
        } else if let (false, true, Kind::Exact(value)) = (inside, found.is_exact(), self.kind) {
            rounded(value, self.places, found.lo)
        } else if inside {
            NumberOutcome::Holds
        } else if found.is_exact() || found.hi < b.lo || found.lo > b.hi {
            NumberOutcome::Breaks
        } else {
            NumberOutcome::Inconclusive
        }
    }
}

/// An exact figure `found` against an exact `number:` it is not equal to, where one may be
/// the other rounded: "52.4%" rounds to `number: 52` and meets it (the claim gives the
/// figure to the nearest whole number), but a half ("52.5%") counts neither way; "52%" against `number: 52.4` may be the claim's
/// figure rounded, so it counts neither way, and so may a round "30,000" against `30420`
/// (`rounds_to`). Anything else breaks it.
fn rounded(value: f64, places: Option<i32>, found: f64) -> NumberOutcome {
    let places_value = places.unwrap_or_else(|| decimal_places(value));
    let places_found = decimal_places(found);
    if places_found > places_value && halfway(value, places_value, found) {
        NumberOutcome::Inconclusive
    } else if places_found > places_value && same(round_to(found, places_value), value) {
        NumberOutcome::Holds
    } else if places_value > places_found && same(round_to(value, places_found), found)
        || rounds_to(value, found)
    {
        NumberOutcome::Inconclusive
    } else {
        NumberOutcome::Breaks
    }
}

/// Whether `found` lies half-way between `value` and its neighbour at `places` decimal
/// places ("8.5 years" against `number: 9`, "2.5%" against 3): it rounds to `value` or away
/// from it only by convention, so it may be the claim's figure or a neighbour's, and
/// counts neither way (trial 82).
fn halfway(value: f64, places: i32, found: f64) -> bool {
    same((found - value).abs(), 0.5 / 10f64.powi(places))
}

/// The decimal places of a figure as written ("2.0": 1, "1,200": none), when it has any.
pub fn written_places(written: &str) -> Option<i32> {
    let (_, decimals) = written.trim().split_once('.')?;
    let places = decimals.bytes().take_while(u8::is_ascii_digit).count();
    i32::try_from(places).ok().filter(|&p| p > 0)
}

/// How many decimal places `value` is written with, at its shortest (`52.40` is 52.4: 1).
fn decimal_places(value: f64) -> i32 {
    let text = value.to_string();
    text.split_once('.')
        .map_or(0, |(_, decimals)| decimals.len().min(9) as i32)
}

/// `value` rounded to `places` decimal places, halves away from zero.
fn round_to(value: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (value * scale).round() / scale
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Renders back in the input syntax, so that messages quote the constraint as the user wrote it.
impl fmt::Display for Constraint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::Exact(v) => match self.places {
                Some(places) => write!(f, "{v:.*}", places.max(0) as usize),
                None => write!(f, "{v}"),
            },
            Kind::AtLeast(v) => write!(f, ">= {v}"),
            Kind::MoreThan(v) => write!(f, "> {v}"),
            Kind::AtMost(v) => write!(f, "<= {v}"),
            Kind::LessThan(v) => write!(f, "< {v}"),
            Kind::Range(lo, hi) => write!(f, "{lo}..{hi}"),
            Kind::Within(v, m, true) => write!(f, "{v} +/- {m}%"),
            Kind::Within(v, m, false) => write!(f, "{v} +/- {m}"),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn about_a_round_figure_holds_the_figures_that_round_to_it() {
        let about = |written: &str, scale: f64| {
            let exact = parse_quantity(written).unwrap();
            let exact = Interval {
                lo: exact.lo * scale,
                hi: exact.hi * scale,
            };
            let qualified = Interval {
                lo: exact.lo * 0.9,
                hi: exact.hi * 1.1,
            };
            let i = about_a_round_figure(qualified, exact, written);
            (i.lo, i.hi)
        };
        assert_eq!(about("2", 1.0), (1.5, 2.5));
        assert_eq!(about("2", 1e6), (1.5e6, 2.5e6));
        assert_eq!(about("20,000", 1.0), (15_000.0, 25_000.0));
        // Where a tenth is wider, a tenth it stays.
        let (lo, hi) = about("480", 1.0);
        assert!(
            (lo - 432.0).abs() < 1e-9 && (hi - 528.0).abs() < 1e-9,
            "{lo} {hi}"
        );
        let (lo, hi) = about("2.5", 1.0);
        assert!(
            (lo - 2.25).abs() < 1e-9 && (hi - 2.75).abs() < 1e-9,
            "{lo} {hi}"
        );
    }

    #[test]
    fn a_round_figure_may_be_the_claims_figure_rounded() {
        for (value, figure) in [
            (30420.0, 30000.0),
            (443956.0, 440000.0),
            (1234000.0, 1200000.0),
        ] {
            assert!(rounds_to(value, figure), "{figure} may be {value} rounded");
        }
        for (value, figure) in [
            (11000.0, 10000.0),
            (30420.0, 31000.0),
            (1234000.0, 1300000.0),
            (2001.0, 2000.0),
            (420.0, 400.0),
            (30420.0, 30500.5),
        ] {
            assert!(
                !rounds_to(value, figure),
                "{figure} is no rounding of {value}"
            );
        }
    }

    #[test]
    fn a_figure_written_with_decimals_keeps_them() {
        let c = |t: &str| Constraint::parse(t).unwrap();
        assert_eq!(c("2.0").to_string(), "2.0");
        assert_eq!(c("2").to_string(), "2");
        assert_eq!(c("1,200").to_string(), "1200");
        assert_eq!(c("2.0").check(Interval::exact(2.3)), NumberOutcome::Breaks);
        assert_eq!(c("2").check(Interval::exact(2.3)), NumberOutcome::Holds);
        assert_eq!(c("2.0").check(Interval::exact(1.96)), NumberOutcome::Holds);
        assert_eq!(
            Constraint::exact_written(2.0, "2.0").check(Interval::exact(2.3)),
            NumberOutcome::Breaks
        );
    }

    #[test]
    fn strict_qualifiers_break_ranges_they_only_touch() {
        let c = |t: &str| Constraint::parse(t).unwrap();
        let (almost, _) = qualify(Interval::exact(11000.0), "almost ");
        assert_eq!(
            c(">= 11000").check_qualified(almost, Some(Qualifier::Almost)),
            NumberOutcome::Breaks
        );
        assert_eq!(
            c("11000").check_qualified(almost, Some(Qualifier::Almost)),
            NumberOutcome::Inconclusive
        );
        assert_eq!(
            c("11000 +/- 5%").check_qualified(almost, Some(Qualifier::Almost)),
            NumberOutcome::Holds
        );
        let (more, _) = qualify(Interval::exact(11000.0), "more than ");
        assert_eq!(
            c("<= 11000").check_qualified(more, Some(Qualifier::MoreThan)),
            NumberOutcome::Breaks
        );
        assert_eq!(
            c("11000").check_qualified(more, Some(Qualifier::MoreThan)),
            NumberOutcome::Inconclusive
        );
        assert_eq!(
            c(">= 11000").check_qualified(more, Some(Qualifier::MoreThan)),
            NumberOutcome::Holds
        );
    }
    use regex::Regex;
    use NumberOutcome::{Breaks, Holds, Inconclusive};

    const INF: f64 = f64::INFINITY;

    fn c(text: &str) -> Constraint {
        Constraint::parse(text).unwrap()
    }
    fn span(lo: f64, hi: f64) -> Interval {
        Interval { lo, hi }
    }
    /// Checks `text = value` cases separated by `;`, the value written as a constraint (`24`,
    /// `24..99`) and compared with its bounds.
    fn reads(cases: &str) {
        for case in cases.split(';') {
            let (text, value) = case.split_once('=').unwrap();
            let want = c(value).bounds();
            assert_eq!(parse_quantity(text), Some(want), "{text:?}");
        }
    }
    /// The pattern as the matcher embeds it, one numbered group per `{n}`.
    fn pattern(around: &str) -> Regex {
        let mut embedded = around.to_string();
        for k in 0..around.matches("{n}").count() {
            let group = format!("(?P<n{k}>{NUMBER_PATTERN})");
            embedded = embedded.replacen("{n}", &group, 1);
        }
        Regex::new(&format!(
            r"(?i)\b{{start-half}}(?:{embedded})\b{{end-half}}"
        ))
        .unwrap()
    }
    fn capture(around: &str, text: &str) -> Option<String> {
        let caps = pattern(around).captures(text)?;
        caps.name("n0").map(|m| m.as_str().to_string())
    }
    /// Checks `pattern | text | capture` cases separated by `;`; an empty capture means none.
    fn captures(cases: &str) {
        for case in cases.split(';') {
            let parts: Vec<&str> = case.split('|').map(str::trim).collect();
            let want = Some(parts[2].to_string()).filter(|w| !w.is_empty());
            assert_eq!(capture(parts[0], parts[1]), want, "{case}");
        }
    }

    #[test]
    fn pattern_and_reader_agree_on_every_form() {
        let whole = pattern("^{n}$");
        let phrases = "24|0|11,000|1,234,567|11 000|1 234 567|11000|2.5|0.5|11,000.5|twenty-four|\
            twenty four|Twenty-Four|seventeen|zero|ninety|five million|2.5 million|1.2 billion|\
            two hundred thousand|two hundred and fifty|a hundred|a thousand|a million|one hundred five|\
            five million two hundred thousand|two thousand five hundred|a dozen|two dozen|half a dozen|\
            half|half a million|dozens|hundreds|thousands|tens of thousands|hundreds of thousands|\
            millions|billions|several hundred|a few thousand|10 to 12|between 10 and 12|10-12|1950-1953|\
            10,000-12,000|2.5-3.5 million|two to three million|between 5 and 7 million|10 000 to 12 000|\
            between two hundred and fifty and three hundred";
        let shape = Regex::new(&format!("(?i)^(?:{NUMBER_SHAPE})$")).unwrap();
        for phrase in phrases.split('|') {
            assert!(whole.is_match(phrase), "the pattern misses {phrase:?}");
            assert!(shape.is_match(phrase), "the shape misses {phrase:?}");
            assert!(is_number(phrase), "is_number misses {phrase:?}");
            assert!(
                parse_quantity(phrase).is_some(),
                "the reader misses {phrase:?}"
            );
        }
    }

    #[test]
    fn non_numbers_read_as_none() {
        let whole = pattern("^{n}$");
        let texts =
            "F|twentyfour|abc||1,5|11,00|1,0000|11,|-|10-|-12|ten-twelve|twenty-|a|hundred|\
            thousand|2024-06|24th|five-million|dozen|tens|1..2|halfmillion|half dozen|10 - 12| ";
        for text in texts.split('|') {
            assert!(!is_number(text), "is_number reads {text:?}");
            assert_eq!(parse_quantity(text), None, "{text:?} should not read");
            assert!(!whole.is_match(text), "{text:?} should not match");
        }
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        reads("11,000=11000;11 000=11000;11\u{202f}000=11000;2.5=2.5;0.5=0.5;1 000.25=1000.25");
    }

    #[test]
    fn a_comma_needs_three_digits_after_it() {
        assert_eq!(parse_quantity("1,5"), None);
        assert_eq!(parse_quantity("11,00"), None);
        captures("{n} | about 1,5 tonnes | 1; {n} | 11,00 troops | 11");
    }

    #[test]
    fn word_numbers_and_scales() {
        reads(
            "twenty-four=24;twenty four=24;nineteen=19;zero=0;two hundred and fifty=250;\
            one hundred five=105;a hundred=100;a thousand=1000;five million=5_000_000;\
            two hundred thousand=200_000;2.5 million=2_500_000;1.2 billion=1_200_000_000;\
            five million two hundred thousand=5_200_000;two thousand five hundred=2500",
        );
    }

    #[test]
    fn dozen_and_half() {
        reads("a dozen=12;two dozen=24;half a dozen=6;half=0.5;half a million=500_000");
        reads("one and a half million=1_500_000;two and a half dozen=30;1 and a half billion=1_500_000_000");
        reads("four and a half=4.5;twenty-two and a half=22.5;3 and a half=3.5");
    }

    #[test]
    fn vague_plurals_are_documented_ranges() {
        reads(
            "dozens=24..99;hundreds=200..999;thousands=2000..9999;tens of thousands=20000..99999;\
            millions=2_000_000..999_000_000;several hundred=200..999;a few thousand=2000..9999",
        );
    }

    #[test]
    fn ranges_are_intervals_in_either_order() {
        reads("10 to 12=10..12;between 10 and 12=10..12;10-12=10..12;between 12 and 10=10..12");
        reads("between two hundred and fifty and three hundred=250..300");
    }

    #[test]
    fn a_scale_on_the_second_end_scales_the_first() {
        reads("10 to 12 million=10_000_000..12_000_000;two to three million=2_000_000..3_000_000");
        reads("10-12 million=10_000_000..12_000_000;500 to 2 million=500..2_000_000");
    }

    #[test]
    fn a_second_end_a_pattern_cut_its_scale_from_is_in_that_scale() {
        // `{n} million hectares` over "between 1.1 million and 1.3 million hectares"
        // (trial 36): both ends in millions, as the pattern reads "1.2".
        reads("between 1.1 million and 1.3=1.1..1.3;1.1 million to 1.3=1.1..1.3");
        // A second end smaller than the first's figure is another reading's.
        reads("2 million to 1=1..2_000_000");
    }

    #[test]
    fn year_spans_are_ranges_but_dates_are_not() {
        reads("1950-1953=1950..1953");
        assert_eq!(parse_quantity("2024-06"), None);
        captures("{n} | the 1950-1953 war | 1950-1953; on {n} | on 2024-06-19 | 2024");
    }

    #[test]
    fn numbers_inside_tokens_are_refused_or_left_to_the_caller() {
        // The caller rejects "16" in "F-16" by the character before it; the pattern finds it.
        let m = pattern("{n}").find("an F-16 jet").unwrap();
        assert_eq!((m.start(), m.as_str()), (5, "16"));
        captures("{n} | the A16 road | ; {n} | its 24th year | ; {n}.{0,20}troops | June 19 2024 troops | 19");
    }

    #[test]
    fn the_longest_reading_is_captured() {
        captures(
            "{n} | five million projectiles | five million; {n} | dozens of missiles | dozens;\
            in {n} years | first visit in 24 years | 24; {n} | tens of thousands of troops | tens of thousands;\
            {n} | more than 11,000 soldiers | 11,000; {n} | between 10 and 12 ships | between 10 and 12;\
            {n} troops | seventeen troops | seventeen; {n} | from 100-1000 | 100",
        );
    }

    #[test]
    fn qualifiers_change_the_interval() {
        let q = |before: &str| qualify(Interval::exact(100.0), before);
        assert_eq!(
            q("killed more than "),
            (span(100.0, INF), Some((Qualifier::MoreThan, 10)))
        );
        assert_eq!(q("was higher than ").0, span(100.0, INF));
        assert_eq!(q("well below ").0, span(0.0, 100.0));
        assert_eq!(q("over ").0, span(100.0, INF));
        assert_eq!(q("at least ").1, Some((Qualifier::AtLeast, 9)));
        assert_eq!(q("fewer than ").0, span(0.0, 100.0));
        assert_eq!(q("up to ").1, Some((Qualifier::AtMost, 6)));
        assert_eq!(q("no more than ").1, Some((Qualifier::AtMost, 13)));
        assert_eq!(q("by as much as ").0, span(0.0, 100.0));
        assert_eq!(q("as high as ").1, Some((Qualifier::AtMost, 11)));
        assert_eq!(q("nearly ").0, span(95.0, 100.0));
        assert_eq!(q("just under ").1, Some((Qualifier::Almost, 11)));
        assert_eq!(q("Roughly ").0, span(90.0, 110.0));
        assert_eq!(q("an estimated ").1, Some((Qualifier::About, 13)));
    }

    #[test]
    fn qualifiers_are_whole_words_and_optional() {
        let x = Interval::exact(5.0);
        for before in ["hover ", "handsome ", "killed ", "", "é"] {
            assert_eq!(qualify(x, before), (x, None), "{before:?}");
        }
        assert_eq!(qualify(x, "(about").1, Some((Qualifier::About, 5)));
        // A move to a level, with the revision's object between: no bound.
        for before in [
            "rose up to ",
            "revised its estimate of March payrolls up to ",
            "has revised the capacity of the Skerra Bank wind farm up to ",
        ] {
            assert_eq!(qualify(x, before), (x, None), "{before:?}");
        }
        assert_eq!(
            qualify(x, "The plan, revised on Monday, allows up to ").1,
            Some((Qualifier::AtMost, 6))
        );
        let (range, _) = qualify(span(10.0, 12.0), "about ");
        assert!((range.lo - 9.0).abs() < 1e-9 && (range.hi - 13.2).abs() < 1e-9);
    }

    #[test]
    fn check_holds_when_found_lies_inside() {
        assert_eq!(c(">= 11000").check(Interval::exact(11000.0)), Holds);
        assert_eq!(c("10..12").check(span(10.0, 12.0)), Holds);
        assert_eq!(Constraint::exact(24.0).check(Interval::exact(24.0)), Holds);
    }

    #[test]
    fn spoken_decimals_read_the_whole_figure() {
        let read = |before: &str, written: &str| {
            spoken_decimal(before, written).map(|(v, len)| (v.lo, len))
        };
        assert_eq!(read("Inflation was three point ", "two"), Some((3.2, 12)));
        // The whole figure captured at once, as the grammar now reads it.
        assert_eq!(
            parse_quantity("four point two million").map(|i| i.lo),
            Some(4.2e6)
        );
        assert_eq!(
            parse_quantity("three point two five").map(|i| i.lo),
            Some(3.25)
        );
        assert!(is_number("four point two") && is_number("4 point 25"));
        assert!(!is_number("one point 300") && !is_number("4 point two"));
        // "At one point" is an idiom.
        assert_eq!(read("At one point ", "two"), None);
        assert_eq!(
            read("It cost four point ", "two billion"),
            Some((4.2e9, 11))
        );
        assert_eq!(read("Growth was 2 point ", "5"), Some((2.5, 8)));
        assert_eq!(
            read("Inflation was three point ", "two five"),
            Some((3.25, 12))
        );
        assert_eq!(read("Inflation was ", "two"), None);
        assert_eq!(read("the point ", "two"), None);
        assert_eq!(read("match point ", "two"), None);
        let after = |written: &str, after: &str| {
            spoken_decimal_after(written, after).map(|(v, len)| (v.lo, len))
        };
        assert_eq!(after("three", " point eight per cent."), Some((3.8, 12)));
        assert_eq!(after("4", " point two billion dollars"), Some((4.2e9, 18)));
        assert_eq!(after("six", " point six earthquake"), Some((6.6, 10)));
        assert_eq!(after("three", " points ahead"), None);
        assert_eq!(after("three", " point of order"), None);
    }

    #[test]
    fn a_figure_that_rounds_to_an_exact_number_meets_it() {
        let exact = Constraint::exact;
        assert_eq!(exact(52.0).check(Interval::exact(52.4)), Holds);
        assert_eq!(exact(52.0).check(Interval::exact(51.6)), Holds);
        assert_eq!(exact(52.0).check(Interval::exact(52.6)), Breaks);
        assert_eq!(exact(52.0).check(Interval::exact(53.0)), Breaks);
        // Half-way rounds up only by convention: neither way, above or below.
        assert_eq!(exact(52.0).check(Interval::exact(52.5)), Inconclusive);
        assert_eq!(exact(9.0).check(Interval::exact(8.5)), Inconclusive);
        assert_eq!(exact(4.5).check(Interval::exact(4.55)), Inconclusive);
        assert_eq!(exact(4.5).check(Interval::exact(4.52)), Holds);
        assert_eq!(exact(4.5).check(Interval::exact(4.75)), Breaks);
        // The document may give the claim's figure rounded: neither way.
        assert_eq!(exact(52.4).check(Interval::exact(52.0)), Inconclusive);
        assert_eq!(exact(52.4).check(Interval::exact(53.0)), Breaks);
        // Only against an exact figure: a comparison says where its bound is.
        assert_eq!(c(">= 52").check(Interval::exact(51.6)), Breaks);
    }

    #[test]
    fn check_breaks_when_found_lies_outside() {
        assert_eq!(Constraint::exact(24.0).check(Interval::exact(25.0)), Breaks);
        assert_eq!(c("10..12").check(span(13.0, 20.0)), Breaks);
        assert_eq!(c("> 5").check(Interval::exact(5.0)), Breaks);
    }

    #[test]
    fn check_is_inconclusive_on_partial_overlap() {
        assert_eq!(c("10..12").check(span(11.0, 20.0)), Inconclusive);
        assert_eq!(c("<= 3").check(span(f64::NAN, 1.0)), Inconclusive);
        assert_eq!(c("<= 3").check(span(2.0, 1.0)), Inconclusive);
    }

    #[test]
    fn more_than_is_closed_at_its_bound() {
        let (found, _) = qualify(Interval::exact(11000.0), "more than ");
        assert_eq!(c(">= 11000").check(found), Holds);
        assert_eq!(c("> 11000").check(found), Holds);
        assert_eq!(Constraint::exact(11000.0).check(found), Inconclusive);
        assert_eq!(c("<= 10000").check(found), Breaks);
        let (more, _) = qualify(Interval::exact(12000.0), "more than ");
        assert_eq!(Constraint::exact(11000.0).check(more), Breaks);
    }

    #[test]
    fn almost_and_about_against_constraints() {
        let (nearly, _) = qualify(Interval::exact(24.0), "nearly ");
        assert_eq!(c("24").check(nearly), Inconclusive);
        assert_eq!(c("20..24").check(nearly), Holds);
        assert_eq!(c("> 30").check(nearly), Breaks);
        let (about, qualifier) = qualify(Interval::exact(24.0), "about ");
        let qualifier = qualifier.map(|(q, _)| q);
        assert_eq!(c("24 +/- 10%").check(about), Holds);
        // An estimate meets the very figure it estimates, and no other it may round.
        assert_eq!(c("24").check_written(about, qualifier, "24"), Holds);
        assert_eq!(c("25").check_written(about, qualifier, "24"), Inconclusive);
        assert_eq!(c("24").check(about), Inconclusive);
    }

    #[test]
    fn constraints_read_every_form() {
        assert_eq!(c("24").bounds(), Interval::exact(24.0));
        assert_eq!(c(">= 11_000").bounds(), span(11000.0, INF));
        assert_eq!(c("< 1,000").bounds(), span(-INF, 1000.0));
        assert_eq!(c(" 10 .. 12 ").bounds(), span(10.0, 12.0));
        assert_eq!(c("11000 +/- 5%").bounds(), span(10450.0, 11550.0));
        assert_eq!(c("11000 +/- 500").bounds(), span(10500.0, 11500.0));
        assert_eq!(c("≥ 2.5"), c(">= 2.5"));
        assert_eq!(c("-3"), Constraint::exact(-3.0));
    }

    #[test]
    fn constraints_render_back_as_written() {
        for text in "24|>= 11000|> 5|<= 3|< 10|10..12|11000 +/- 5%|11000 +/- 500|2.5|-3".split('|')
        {
            assert_eq!(c(text).to_string(), text);
        }
        assert_eq!(c("11_000").to_string(), "11000");
        assert_eq!(Constraint::exact(24.0).to_string(), "24");
        assert_eq!(span(11000.0, INF).to_string(), ">= 11000");
    }

    #[test]
    fn admits_counts_with_strict_comparisons() {
        assert!(c("0").admits(0.0) && c(">= 2").admits(2.0) && c("1..3").admits(3.0));
        assert!(!c("> 2").admits(2.0) && !c("< 10").admits(10.0) && !c("1..3").admits(f64::NAN));
    }

    #[test]
    fn constraint_errors_say_what_and_where() {
        let err = |text: &str| Constraint::parse(text).map_err(|e| (e.to_string(), e.offset));
        let forms = r#"a number or a comparison such as ">= 11000", "10..12" or "11000 +/- 5%""#;
        assert_eq!(
            err("abc"),
            Err((format!(r#"expected {forms}, found "abc""#), 0))
        );
        assert_eq!(
            err("  "),
            Err((format!("expected {forms}, found nothing"), 2))
        );
        let after = r#"expected a number after ">=", found "x""#.to_string();
        assert_eq!(err(">= x"), Err((after, 3)));
        let trailing = format!(r#"unexpected "years" after "24"; expected {forms}"#);
        assert_eq!(err("24 years"), Err((trailing, 3)));
        for (text, offset) in [("12..10", 4), ("11,00", 0), ("1__0", 0), ("5 +/- -1", 6)] {
            let (message, at) = err(text).unwrap_err();
            assert_eq!(at, offset, "{text}: {message}");
            assert!(!message.ends_with('.') && !message.starts_with(char::is_uppercase));
        }
        assert!(err(&"9".repeat(400)).unwrap_err().0.contains("too large"));
        // A decimal comma is named as one, with the number meant.
        assert!(err("6,8")
            .unwrap_err()
            .0
            .ends_with("(for a decimal, write a point: 6.8)"));
        assert!(!err("1,0000").unwrap_err().0.contains("decimal"));
    }

    #[test]
    fn nothing_panics_on_odd_input() {
        let pieces =
            "1|0|,|.|-| |a|é|to|and|between|half|dozen|million|twenty|one|hundred|_|+/-|%|..|≥";
        let pieces: Vec<&str> = pieces.split('|').chain(["\u{202f}", "several "]).collect();
        let mut seed = 7u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(seed % 7) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let read = parse_quantity(&text).unwrap_or(Interval::exact(1.0));
            let _ = qualify(read, &text);
            let _ = Constraint::parse(&text).map(|c| c.check(span(-INF, INF)));
        }
        let _ = qualify(span(INF, INF), "about");
    }

    #[test]
    fn digits_read_alike_by_the_fast_path_and_the_general_reader() {
        let mut texts: Vec<String> = "0|7|24|2024|11000|00012|1,000|12,000|1,234,567|1,5|11,00|\
            1,0000|11,|,5|.5|5.|2.5|0.5|11,000.5|1.2.3|1,000,00|123456789012|,|.|"
            .split('|')
            .map(String::from)
            .collect();
        texts.extend((0..3000).map(|k| (k * 37).to_string()));
        texts.extend((0..300).map(|k| format!("{},{:03}", k % 999 + 1, k * 7 % 1000)));
        for text in &texts {
            assert_eq!(parse_quantity(text), read_quantity(text), "{text:?}");
        }
    }

    #[test]
    fn the_pattern_compiles_when_embedded_several_times() {
        let re = pattern("{n} to {n}|{n} troops|in {n} years");
        assert!(re.is_match("after 11,000 troops"));
        assert_eq!(Regex::new(NUMBER_PATTERN).unwrap().captures_len(), 1);
    }

    #[test]
    fn a_bound_written_after_the_figure_is_read() {
        let q = |after: &str| qualify_after(Interval::exact(5.0), after);
        assert_eq!(
            q(" or more since 2000"),
            (span(5.0, INF), Some((Qualifier::AtLeast, 8)))
        );
        assert_eq!(q("% or higher.").0, span(5.0, INF));
        assert_eq!(q("% or higher.").1, Some((Qualifier::AtLeast, 11)));
        assert_eq!(q(" or fewer people").0, span(0.0, 5.0));
        assert_eq!(q(" and under").1, Some((Qualifier::AtMost, 10)));
        assert_eq!(q("+ containers").0, span(5.0, INF));
        // Not a bound: another word, a sum, a choice of figures.
        for after in [" or moreover", "+2 = 7", "+ 2", " or 6 people", " more", ""] {
            assert_eq!(q(after), (Interval::exact(5.0), None), "{after:?}");
        }
    }

    #[test]
    fn a_precise_figure_is_one_written_to_its_last_unit_or_decimal() {
        for written in ["67.4", "2,316", "125", "0.25", "1,234,567"] {
            assert!(is_precise(written), "{written}");
        }
        for written in [
            "180,000",
            "2,300",
            "1.0",
            "67",
            "50",
            "",
            "1.2 million",
            "two",
        ] {
            assert!(!is_precise(written), "{written}");
        }
    }
}
