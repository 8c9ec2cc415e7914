//! A backtracking matcher for the patterns analysts write most: literals, word boundaries
//! and lazy gaps such as `.{0,60}?`, which skips the places in a gap where what follows
//! cannot begin.
//!
//! regex-automata's bounded backtracker tries every position of a gap through the whole
//! automaton, and a failing attempt of `denied\b.{0,40}?\breports?\b.{0,60}?\bjets` tries
//! each of about a hundred positions: that was a fifth of a run with 1,000 claims. This
//! matcher runs a small program compiled from the same pattern, and at each position of a
//! gap first looks up whether the byte there can begin the rest of the pattern: in a
//! sentence that holds `reports` once, the gap costs a table lookup per position and one
//! descent.
//!
//! It gives the backtracker's answer or none at all: a pattern it cannot compile (classes of
//! many characters beyond ASCII, repeats of what can be empty, other assertions, …) and an attempt that
//! takes more than `BUDGET` steps are left to the real engines. The search is anchored, and
//! it assumes text after NFKC, where `(?i)` folds an ASCII letter to its other case only
//! (the Kelvin sign and the long s, which `(?i)` also folds to `k` and `s`, are gone).
//!
//! This module owns that matcher only; `search` decides when it runs.

use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// Program positions, set indexes and bounds are 16 bits: a program has at most
/// `MAX_PROGRAM` instructions, and an instruction and its guard take 8 bytes (1,000 claims'
/// programs took 8 MB with 32-bit fields, half with these).
type Index = u16;

/// A guard that lets every byte through.
const NO_GUARD: Index = Index::MAX;

/// A gap's `max` with no bound (`.*?`).
const UNBOUNDED: Index = Index::MAX;

/// Steps an attempt may take before it is handed to the real backtracker: thousands of
/// times what a sentence of an analyst's pattern needs, small enough that a pathological
/// pattern costs no more than that backtracker's attempt.
const BUDGET: usize = 20_000;

/// Instructions a compiled program may have (repeats are unrolled).
const MAX_PROGRAM: usize = 4_000;

/// A pattern compiled for the matcher.
#[derive(Debug, Clone)]
pub struct GapMatcher {
    program: Vec<Inst>,
    /// Byte sets, indexed by `Inst::Set` and `guards`.
    sets: Vec<ByteSet>,
    /// Capture slots the program records (two a group; group 0, the match, is not saved).
    slots: usize,
    /// For each instruction that a split or a gap goes on to, the bytes the program from it
    /// can begin with (an index of `sets`; `NO_GUARD`: any, or none needed): an alternative
    /// or a position of a gap where the text's byte is not one of them is not tried.
    guards: Vec<Index>,
}

#[derive(Debug, Clone, Copy)]
enum Inst {
    /// This byte.
    Byte(u8),
    /// This ASCII letter, lower-cased, in either case.
    Fold(u8),
    /// A byte in `sets[index]`.
    Set(Index),
    /// Go on at the first; failing that, at the second.
    Split(Index, Index),
    Jump(Index),
    Look(LookKind),
    /// Records the position in capture slot `n` (group `n / 2`, its start or end).
    Save(Index),
    /// At least `min`, at most `max` characters other than `\n`, as few as will do.
    Gap {
        min: Index,
        /// `UNBOUNDED`: as many as the sentence has.
        max: Index,
    },
    Match,
}

#[derive(Debug, Clone, Copy)]
enum LookKind {
    /// `\b`: a Unicode word character on one side only.
    WordBoundary,
    /// `\B`.
    NotWordBoundary,
    /// `(?-u:\b)`: an ASCII word byte on one side only (its negation can split a
    /// character, which a UTF-8 pattern may not).
    AsciiBoundary,
    /// `(?-u:\b{start-half})`: no ASCII word byte before.
    AsciiStartHalf,
    /// `(?-u:\b{end-half})`: no ASCII word byte after.
    AsciiEndHalf,
}

/// 256 bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ByteSet([u64; 4]);

impl ByteSet {
    const EMPTY: ByteSet = ByteSet([0; 4]);

    fn insert(&mut self, byte: u8) {
        self.0[usize::from(byte >> 6)] |= 1 << (byte & 63);
    }

    fn contains(&self, byte: u8) -> bool {
        self.0[usize::from(byte >> 6)] & (1 << (byte & 63)) != 0
    }

    fn union(&mut self, other: &ByteSet) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a |= b;
        }
    }
}

/// Why a program could not be built: the pattern is left to the real engines.
struct Unsupported;

impl GapMatcher {
    /// Compiles a pattern (parsed for UTF-8 text, as `search::Regex` parses it), or `None`
    /// when it holds something this matcher does not run.
    pub fn new(hir: &Hir) -> Option<GapMatcher> {
        let mut matcher = GapMatcher {
            program: Vec::new(),
            sets: Vec::new(),
            slots: 0,
            guards: Vec::new(),
        };
        matcher.compile(hir).ok()?;
        matcher.program.push(Inst::Match);
        // Positions and set indexes must fit an `Index` (one long literal can pass
        // `MAX_PROGRAM` in a single step).
        if matcher.program.len() > MAX_PROGRAM {
            return None;
        }
        matcher.fill_guards();
        if matcher.sets.len() >= usize::from(NO_GUARD) {
            return None;
        }
        Some(matcher)
    }

    /// The end of the leftmost-first match that starts at `start` and ends by `end`, as the
    /// regex would find it anchored there (`Ok(None)`: no match); its groups are then in
    /// `stack` (`GapStack::group`). Assertions look at all of `haystack`. `Err(())`: the
    /// attempt ran out of steps, and the real engines must decide.
    #[allow(clippy::result_unit_err)]
    pub fn find_at(
        &self,
        stack: &mut GapStack,
        haystack: &[u8],
        start: usize,
        end: usize,
    ) -> Result<Option<usize>, ()> {
        let bytes = haystack;
        let end = end.min(bytes.len());
        let GapStack {
            frames: stack,
            slots,
        } = stack;
        stack.clear();
        slots.clear();
        slots.resize(self.slots, NONE);
        stack.push(Frame::At(0, start));
        let mut steps = 0usize;
        while let Some(frame) = stack.pop() {
            let (mut pc, mut at) = match frame {
                Frame::At(pc, at) => (pc, at),
                Frame::Restore { slot, was } => {
                    slots[slot as usize] = was;
                    continue;
                }
                Frame::Gap { pc, at, left } => {
                    // The gap has taken one more character; it takes more while the rest
                    // cannot begin where it stops.
                    let (mut at, mut left) = (at, left);
                    while !self.may_begin(pc + 1, bytes, at, end) {
                        steps += 1;
                        if left == 0 || at >= end || bytes[at] == b'\n' {
                            break;
                        }
                        at = next_char(bytes, at);
                        left -= 1;
                    }
                    if left > 0 && at < end && bytes[at] != b'\n' {
                        stack.push(Frame::Gap {
                            pc,
                            at: next_char(bytes, at),
                            left: left - 1,
                        });
                    }
                    (pc + 1, at)
                }
            };
            loop {
                steps += 1;
                if steps > BUDGET {
                    return Err(());
                }
                match self.program[pc] {
                    Inst::Byte(byte) => {
                        if at < end && bytes[at] == byte {
                            pc += 1;
                            at += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::Fold(lower) => {
                        if at < end && bytes[at] | 0x20 == lower {
                            pc += 1;
                            at += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::Set(set) => {
                        if at < end && self.sets[set as usize].contains(bytes[at]) {
                            pc += 1;
                            at += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::Split(first, second) => {
                        let (first, second) = (first as usize, second as usize);
                        if self.may_begin(second, bytes, at, end) {
                            stack.push(Frame::At(second, at));
                        }
                        if !self.may_begin(first, bytes, at, end) {
                            break;
                        }
                        pc = first;
                    }
                    Inst::Jump(to) => pc = to as usize,
                    Inst::Look(look) => {
                        if holds(look, bytes, at) {
                            pc += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::Gap { min, max } => {
                        let mut taken = 0;
                        while taken < min && at < end && bytes[at] != b'\n' {
                            at = next_char(bytes, at);
                            taken += 1;
                        }
                        if taken < min {
                            break;
                        }
                        // As few as will do: the rest first, here; then one more character.
                        let left = match max {
                            UNBOUNDED => u32::MAX,
                            max => u32::from(max - min),
                        };
                        if left > 0 && at < end && bytes[at] != b'\n' {
                            stack.push(Frame::Gap {
                                pc,
                                at: next_char(bytes, at),
                                left: left - 1,
                            });
                        }
                        pc += 1;
                    }
                    Inst::Save(slot) => {
                        let slot = slot as usize;
                        stack.push(Frame::Restore {
                            slot: slot as u32,
                            was: slots[slot],
                        });
                        slots[slot] = at;
                        pc += 1;
                    }
                    Inst::Match => return Ok(Some(at)),
                }
            }
        }
        Ok(None)
    }

    /// Whether the program from `pc` can begin at `at` (false only when its guard says not).
    fn may_begin(&self, pc: usize, bytes: &[u8], at: usize, end: usize) -> bool {
        match self.guards[pc] {
            NO_GUARD => true,
            set => at < end && self.sets[set as usize].contains(bytes[at]),
        }
    }

    fn compile(&mut self, hir: &Hir) -> Result<(), Unsupported> {
        if self.program.len() > MAX_PROGRAM {
            return Err(Unsupported);
        }
        match hir.kind() {
            HirKind::Empty => Ok(()),
            HirKind::Literal(literal) => {
                self.program
                    .extend(literal.0.iter().map(|&byte| Inst::Byte(byte)));
                Ok(())
            }
            HirKind::Class(class) => {
                if is_any_but_newline(class) {
                    self.program.push(Inst::Gap { min: 1, max: 1 });
                    return Ok(());
                }
                let Some(set) = ascii_set(class) else {
                    return self.compile_few_chars(class);
                };
                let inst = match letter_in_either_case(&set) {
                    Some(lower) => Inst::Fold(lower),
                    None => Inst::Set(self.set_index(set)),
                };
                self.program.push(inst);
                Ok(())
            }
            HirKind::Look(look) => {
                let kind = match look {
                    Look::WordUnicode => LookKind::WordBoundary,
                    Look::WordUnicodeNegate => LookKind::NotWordBoundary,
                    Look::WordAscii => LookKind::AsciiBoundary,
                    Look::WordStartHalfAscii => LookKind::AsciiStartHalf,
                    Look::WordEndHalfAscii => LookKind::AsciiEndHalf,
                    _ => return Err(Unsupported),
                };
                self.program.push(Inst::Look(kind));
                Ok(())
            }
            HirKind::Capture(capture) => {
                let slot = capture
                    .index
                    .checked_mul(2)
                    .and_then(|slot| Index::try_from(slot).ok())
                    .filter(|&slot| slot < Index::MAX - 1)
                    .ok_or(Unsupported)?;
                self.slots = self.slots.max(usize::from(slot) + 2);
                self.program.push(Inst::Save(slot));
                self.compile(&capture.sub)?;
                self.program.push(Inst::Save(slot + 1));
                Ok(())
            }
            HirKind::Concat(parts) => parts.iter().try_for_each(|part| self.compile(part)),
            HirKind::Alternation(alternatives) => self.compile_alternation(alternatives),
            HirKind::Repetition(repetition) => {
                if let HirKind::Class(class) = repetition.sub.kind() {
                    let exact = repetition.max == Some(repetition.min);
                    if is_any_but_newline(class) && (!repetition.greedy || exact) {
                        // `.*?`: as many as the sentence has.
                        let bound = |n: u32| Index::try_from(n).ok().filter(|&n| n < UNBOUNDED);
                        let min = bound(repetition.min).ok_or(Unsupported)?;
                        let max = match repetition.max {
                            None => UNBOUNDED,
                            Some(max) => bound(max).ok_or(Unsupported)?,
                        };
                        self.program.push(Inst::Gap { min, max });
                        return Ok(());
                    }
                }
                for _ in 0..repetition.min {
                    self.compile(&repetition.sub)?;
                }
                let Some(max) = repetition.max else {
                    // A loop, of a part that cannot be empty (an empty turn could loop forever,
                    // and the regex engines treat it apart).
                    if repetition
                        .sub
                        .properties()
                        .minimum_len()
                        .is_none_or(|n| n == 0)
                    {
                        return Err(Unsupported);
                    }
                    let split = self.program.len();
                    self.program.push(Inst::Split(0, 0));
                    self.compile(&repetition.sub)?;
                    self.program.push(Inst::Jump(split as Index));
                    let (body, end) = (split as Index + 1, self.program.len() as Index);
                    self.program[split] = if repetition.greedy {
                        Inst::Split(body, end)
                    } else {
                        Inst::Split(end, body)
                    };
                    return Ok(());
                };
                // Each optional copy: Split(copy, end) (greedy) or Split(end, copy) (lazy).
                let mut splits = Vec::new();
                for _ in repetition.min..max {
                    splits.push(self.program.len());
                    self.program.push(Inst::Split(0, 0));
                    self.compile(&repetition.sub)?;
                }
                let end = self.program.len() as Index;
                for split in splits {
                    let copy = split as Index + 1;
                    self.program[split] = if repetition.greedy {
                        Inst::Split(copy, end)
                    } else {
                        Inst::Split(end, copy)
                    };
                }
                Ok(())
            }
        }
    }

    /// `Split(a, next) a Jump(end) Split(b, next) b Jump(end) … last`: the alternatives
    /// in the order the pattern gives them.
    fn compile_alternation(&mut self, alternatives: &[Hir]) -> Result<(), Unsupported> {
        let mut jumps = Vec::new();
        let last = alternatives.len().checked_sub(1).ok_or(Unsupported)?;
        for (i, alternative) in alternatives.iter().enumerate() {
            if i == last {
                self.compile(alternative)?;
                break;
            }
            let split = self.program.len();
            self.program.push(Inst::Split(0, 0));
            self.compile(alternative)?;
            jumps.push(self.program.len());
            self.program.push(Inst::Jump(0));
            let next = self.program.len() as Index;
            self.program[split] = Inst::Split(split as Index + 1, next);
        }
        let end = self.program.len() as Index;
        for jump in jumps {
            self.program[jump] = Inst::Jump(end);
        }
        Ok(())
    }

    /// A class of a few characters, such as `(?i)ü`'s `[Üü]`: an alternation of their
    /// UTF-8 bytes (a character's bytes match where it does, and no other's).
    fn compile_few_chars(&mut self, class: &Class) -> Result<(), Unsupported> {
        let Class::Unicode(class) = class else {
            return Err(Unsupported);
        };
        let chars: Vec<char> = class
            .iter()
            .flat_map(|range| range.start()..=range.end())
            .take(5)
            .collect();
        if chars.len() > 4 {
            return Err(Unsupported);
        }
        let alternatives: Vec<Hir> = chars
            .iter()
            .map(|c| Hir::literal(c.to_string().into_bytes()))
            .collect();
        match alternatives.len() {
            0 => Err(Unsupported),
            1 => self.compile(&alternatives[0]),
            _ => self.compile_alternation(&alternatives),
        }
    }

    /// Sets what each gap and each alternative of a split can begin with (see `guards`).
    fn fill_guards(&mut self) {
        let mut memo: Vec<Option<Option<ByteSet>>> = vec![None; self.program.len()];
        self.guards = vec![NO_GUARD; self.program.len()];
        for pc in 0..self.program.len() {
            let targets = match self.program[pc] {
                Inst::Split(first, second) => [first as usize, second as usize],
                Inst::Gap { .. } => [pc + 1, pc + 1],
                _ => continue,
            };
            for target in targets {
                if let Some(set) = self.first_bytes(target, &mut memo) {
                    self.guards[target] = self.set_index(set);
                }
            }
        }
    }

    /// The index of `set` in `sets`, added if new.
    fn set_index(&mut self, set: ByteSet) -> Index {
        let index = match self.sets.iter().position(|s| *s == set) {
            Some(index) => index,
            None => {
                self.sets.push(set);
                self.sets.len() - 1
            }
        };
        index as Index
    }

    /// The bytes a match of the program from `pc` can begin with; `None` when it can begin
    /// with anything, or be empty. A loop's part cannot be empty, so the search never comes
    /// back to where it started without having taken a byte.
    fn first_bytes(&self, pc: usize, memo: &mut [Option<Option<ByteSet>>]) -> Option<ByteSet> {
        if let Some(known) = memo[pc] {
            return known;
        }
        // A guard against a loop back here: it adds nothing to what the first visit finds.
        memo[pc] = Some(Some(ByteSet::EMPTY));
        let mut set = ByteSet::EMPTY;
        let found = match self.program[pc] {
            Inst::Byte(byte) => {
                set.insert(byte);
                Some(set)
            }
            Inst::Fold(lower) => {
                set.insert(lower);
                set.insert(lower.to_ascii_uppercase());
                Some(set)
            }
            Inst::Set(index) => Some(self.sets[index as usize]),
            Inst::Split(first, second) => {
                let first = self.first_bytes(first as usize, memo);
                let second = self.first_bytes(second as usize, memo);
                first.zip(second).map(|(mut a, b)| {
                    a.union(&b);
                    a
                })
            }
            Inst::Jump(to) => self.first_bytes(to as usize, memo),
            Inst::Look(_) | Inst::Save(_) => self.first_bytes(pc + 1, memo),
            Inst::Gap { .. } | Inst::Match => None,
        };
        memo[pc] = Some(found);
        found
    }
}

/// The places an attempt can go back to, kept between attempts so that an attempt does
/// not allocate.
#[derive(Debug, Default)]
pub struct GapStack {
    frames: Vec<Frame>,
    /// Where each capture group of the last match starts and ends (`NONE`: it took no
    /// part), by slot: group `g` at `2g` and `2g + 1`.
    slots: Vec<usize>,
}

/// A capture slot with no position.
const NONE: usize = usize::MAX;

impl GapStack {
    /// The start and end of capture group `group` in the last match, if it took part.
    pub fn group(&self, group: usize) -> Option<(usize, usize)> {
        let start = *self.slots.get(group * 2)?;
        let end = *self.slots.get(group * 2 + 1)?;
        (start != NONE && end != NONE).then_some((start, end))
    }
}

/// A place the search can go back to.
#[derive(Debug)]
enum Frame {
    At(usize, usize),
    /// The gap at `pc` taking the character before `at` too, with `left` more allowed.
    Gap {
        pc: usize,
        at: usize,
        left: u32,
    },
    /// Going back past a `Save`: the slot's value before it.
    Restore {
        slot: u32,
        was: usize,
    },
}

fn next_char(bytes: &[u8], at: usize) -> usize {
    let width = match bytes[at] {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    (at + width).min(bytes.len())
}

fn holds(look: LookKind, bytes: &[u8], at: usize) -> bool {
    let ascii_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    match look {
        LookKind::AsciiBoundary => {
            let before = at > 0 && ascii_word(bytes[at - 1]);
            let after = at < bytes.len() && ascii_word(bytes[at]);
            before != after
        }
        LookKind::AsciiStartHalf => at == 0 || !ascii_word(bytes[at - 1]),
        LookKind::AsciiEndHalf => at >= bytes.len() || !ascii_word(bytes[at]),
        LookKind::WordBoundary | LookKind::NotWordBoundary => {
            let word = |c: Option<char>| c.is_some_and(regex_syntax::is_word_character);
            let before = word(char_before(bytes, at));
            let after = word(char_at(bytes, at));
            (before != after) == matches!(look, LookKind::WordBoundary)
        }
    }
}

/// The lower case of the letter `set` holds in both cases, when that is all it holds.
fn letter_in_either_case(set: &ByteSet) -> Option<u8> {
    let lower = (b'a'..=b'z').find(|&b| set.contains(b))?;
    let mut pair = ByteSet::EMPTY;
    pair.insert(lower);
    pair.insert(lower.to_ascii_uppercase());
    (pair == *set).then_some(lower)
}

/// The character that starts at `at`, if one does (invalid UTF-8 is no character, as for
/// regex-automata's word boundaries).
fn char_at(bytes: &[u8], at: usize) -> Option<char> {
    let first = *bytes.get(at)?;
    if first < 0x80 {
        return Some(char::from(first));
    }
    let end = next_char(bytes, at);
    std::str::from_utf8(&bytes[at..end]).ok()?.chars().next()
}

/// The character that ends at `at`, if one does.
fn char_before(bytes: &[u8], at: usize) -> Option<char> {
    let last = *bytes.get(at.checked_sub(1)?)?;
    if last < 0x80 {
        return Some(char::from(last));
    }
    let start = (at.saturating_sub(4)..at)
        .rev()
        .find(|&i| bytes[i] & 0xC0 != 0x80)?;
    std::str::from_utf8(&bytes[start..at]).ok()?.chars().next()
}

/// Whether `class` is `.`: every character but `\n`.
fn is_any_but_newline(class: &Class) -> bool {
    match class {
        Class::Unicode(class) => {
            let ranges = class.ranges();
            ranges.len() == 2
                && ranges[0].start() == '\0'
                && ranges[0].end() == '\t'
                && ranges[1].start() == '\u{B}'
                && ranges[1].end() == char::MAX
        }
        Class::Bytes(_) => false,
    }
}

/// The bytes of `class` when it is ASCII, as after NFKC: a letter's `(?i)` class also holds
/// the Kelvin sign or the long s, which NFKC has turned into `K` and `s`.
fn ascii_set(class: &Class) -> Option<ByteSet> {
    let mut set = ByteSet::EMPTY;
    let class = match class {
        Class::Unicode(class) => class,
        Class::Bytes(class) => {
            for range in class.ranges() {
                if range.end() >= 0x80 {
                    return None;
                }
                (range.start()..=range.end()).for_each(|byte| set.insert(byte));
            }
            return Some(set);
        }
    };
    for range in class.ranges() {
        let (start, end) = (u32::from(range.start()), u32::from(range.end()));
        if end < 0x80 {
            for byte in start..=end {
                set.insert(byte as u8);
            }
        } else if range.start() == range.end() && matches!(range.start(), '\u{17F}' | '\u{212A}') {
            continue;
        } else {
            return None;
        }
    }
    Some(set)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::nfa::thompson::backtrack::BoundedBacktracker;
    use regex_automata::{Anchored, Input};

    fn matcher(pattern: &str) -> Option<GapMatcher> {
        let hir = regex_syntax::ParserBuilder::new()
            .utf8(true)
            .build()
            .parse(pattern)
            .ok()?;
        GapMatcher::new(&hir)
    }

    /// Where a group starts and ends, if it took part.
    type Group = Option<(usize, usize)>;

    /// What regex-automata's backtracker finds anchored at `start`, span ending at `end`:
    /// where the match ends, and where each group (after the whole match) starts and ends.
    fn expected(
        pattern: &str,
        haystack: &str,
        start: usize,
        end: usize,
    ) -> Option<(usize, Vec<Group>)> {
        let backtracker = BoundedBacktracker::new(pattern).ok()?;
        let mut cache = backtracker.create_cache();
        let mut captures = backtracker.create_captures();
        let input = Input::new(haystack)
            .span(start..end)
            .anchored(Anchored::Yes);
        backtracker
            .try_search(&mut cache, &input, &mut captures)
            .ok()?;
        let found = captures.get_match()?;
        let groups = (1..captures.group_len())
            .map(|g| captures.get_group(g).map(|span| (span.start, span.end)))
            .collect();
        Some((found.end(), groups))
    }

    const PATTERNS: &[&str] = &[
        r"(?i)(?-u:\b{start-half})(?:(?:denied|rejected|dismissed)\b.{0,40}?\b(?:reports?|claims?|allegations?)\b.{0,60}?\b(?:fighter jets|jets))(?-u:\b{end-half})",
        r"(?i)(?-u:\b{start-half})(?:(?:South Korea|Seoul)\b.{0,20}?\b(?:ship|ships|shipped)\b.{0,60}?\b(?:fighter jets|jets))(?-u:\b{end-half})",
        r"(?i)(?:a|an|the) (?:pact|treaty)",
        r"(?i)sign(?:ed|s)?\B",
        r"(?i)kim.{2,5}?jong",
        r"(?i)kim.*?un",
        r"(?i)kim.*n",
        r"(?i)jets?.?.{0,3}?x",
        r"(?i)[a-c]{1,3}?d",
        r"visit(?:ed){0,2}",
        r"(?i)(?-i:Putin)\b",
        r"(?i)\bs.{0,5}?k\b",
        r"’s.{0,3}?pact",
        r"(?i)(?-u:\b{start-half})(?:(?:(?:South Korea)|(?:Seoul))(?-u:\b).{0,20}?(?-u:\b)(?:ship|ships|shipped)(?-u:\b).{0,60}?(?-u:\b)(?:fighter jets|jets))(?-u:\b{end-half})",
        r"(?i)(?-u:\b)s\B.{0,9}?(?-u:\b)k",
        r"(?i)(?P<n>(?-u:[0-9]+(?:[.,][0-9]+)*)) jets|(?-u:[a-c]+?)d",
        r"(?i)(?:(a)|(b))+?(c)?d|(jets?)",
        r"(?i)jets?(?: (x)| (?P<y>x(?-u:[a-z]*)))?",
        r"(?i)(?-u:\b{start-half})(?:(?:(?:Türkiye)|(?:Ünïcödé))(?-u:\b).{0,20}?(?-u:\b)(?:yes|shipped))(?-u:\b{end-half})",
    ];

    const HAYSTACKS: &[&str] = &[
        "Moscow denied the reports that it shipped fighter jets; Seoul shipped jets to Pyongyang.",
        "The pact and the treaty: an pact, signs, signed, signature. Kim  Jong Un, kimjong.",
        "12 jets, 1,200 jets, 3.5.6 jets 7,jets. Jets x jetsx jet-x, abcd bd aaaad. visitedvisited visit. PUTIN putin Putin’s pact.",
        "Seoul \u{212A}ilo shipped jets\nto Seoul; Seoul, after all, ships its jets. s k sak sik sa k. And so on.",
        "Ünïcödé: Seoul shipped, ÜNÏCÖDÉ yes, Türkiye, TÜRKIYE — yes — fighter jets. Kim, Jong. Дenied reports of jets.",
    ];

    #[test]
    fn every_anchored_attempt_ends_where_the_backtracker_ends() {
        for pattern in PATTERNS {
            let Some(matcher) = matcher(pattern) else {
                panic!("{pattern} did not compile");
            };
            let mut stack = GapStack::default();
            let expected_groups = Some(
                regex_syntax::Parser::new()
                    .parse(pattern)
                    .map_or(0, |hir| hir.properties().explicit_captures_len()),
            );
            let mut matches = 0;
            for haystack in HAYSTACKS {
                let ends = (0..=haystack.len()).filter(|&i| haystack.is_char_boundary(i));
                for start in (0..haystack.len()).filter(|&i| haystack.is_char_boundary(i)) {
                    let some_ends = ends.clone().filter(|&e| e >= start).step_by(7);
                    for end in some_ends.chain([haystack.len()]) {
                        let found = matcher
                            .find_at(&mut stack, haystack.as_bytes(), start, end)
                            .map(|found| {
                                let groups = expected_groups
                                    .map(|g| (1..=g).map(|g| stack.group(g)).collect());
                                found.zip(groups)
                            });
                        assert_eq!(
                            found,
                            Ok(expected(pattern, haystack, start, end)),
                            "{pattern:?} at {start}..{end} of {haystack:?}"
                        );
                        matches += usize::from(found.is_ok_and(|end| end.is_some()));
                    }
                }
            }
            // The haystacks hold matches of every pattern: the comparison is not vacuous.
            assert!(matches > 0, "{pattern:?} matched nowhere");
        }
    }

    #[test]
    fn what_it_cannot_run_is_left_to_the_real_engines() {
        for pattern in [
            r"\d+ jets",
            r"jets\s+x",
            r"(?:a|)+b",
            r"é\w",
            r"[^a]",
            r"^a",
        ] {
            assert!(matcher(pattern).is_none(), "{pattern}");
        }
    }

    #[test]
    fn a_program_too_long_for_its_indexes_is_left_to_the_real_engines() {
        assert!(matcher(&"a".repeat(MAX_PROGRAM + 1)).is_none());
        assert!(matcher(&"a".repeat(MAX_PROGRAM - 1)).is_some());
        assert!(matcher(r"a.{0,70000}?b").is_none());
    }

    #[test]
    fn an_attempt_past_its_budget_gives_up() {
        let Some(gaps) = matcher(r"a.{0,500}?a.{0,500}?a.{0,500}?b") else {
            panic!("the gaps did not compile");
        };
        let haystack = "a".repeat(600);
        let attempt = gaps.find_at(&mut GapStack::default(), haystack.as_bytes(), 0, 600);
        assert_eq!(attempt, Err(()));
    }
}
