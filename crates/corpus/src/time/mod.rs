//! Time: finds temporal expressions (DATE, TIME, DURATION, SET) in running English text and
//! normalises them to TIMEX3 values anchored on a document creation time; infers publication
//! dates; scores the engine against TimeML gold data.
//!
//! Submodules, in the order data flows: [`lexicon`] (words) → [`recognise`] (spans and their
//! calendar meaning) → [`anchor`] (tense of the clause) → [`normalise`] (TIMEX3 values);
//! [`pubdate`] (a document's publication date), [`narrative`] ("three days later" counted from
//! the last date, for the timeline) and [`eval`] (TempEval-3 scoring) build on them.
//! The rules are our own; nothing here decides what happened on a date (see `timeline`).
//!
//! ```
//! use chrono::NaiveDate;
//! use dossier_corpus::time::extract;
//! let dct = NaiveDate::from_ymd_opt(2016, 10, 26).unwrap();
//! let found = extract("The talks collapsed on Monday and will resume next week.", dct);
//! assert_eq!(found[0].value, "2016-10-24");
//! assert_eq!(found[1].value, "2016-W44");
//! ```

pub mod anchor;
pub mod eval;
pub mod lexicon;
pub mod narrative;
pub mod normalise;
pub mod pubdate;
pub mod recognise;

use chrono::NaiveDate;
use dossier_model::Granularity;

pub use anchor::Tense;
pub use normalise::TimexType;

/// A normalised time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte offset of its start in the searched text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// Character (Unicode scalar) offset of its start.
    pub char_start: usize,
    /// Character offset just past its end.
    pub char_end: usize,
    /// The expression as written.
    pub text: String,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value (`2016-10-01`, `2016-10`, `2012`, `P8D`, `PRESENT_REF`, ...).
    pub value: String,
    /// Precision of a calendar value; None for durations, sets and `*_REF` values.
    pub granularity: Option<Granularity>,
    /// TIMEX3 `mod`: `START`, `MID`, `END`, `APPROX`, ...; failing those, `ON_OR_AFTER`
    /// ("since 2012") or `ON_OR_BEFORE` ("until May") from the word before.
    pub modifier: Option<&'static str>,
    /// `ON_OR_AFTER` or `ON_OR_BEFORE` when a preceding "since", "until", ... opens a range, even
    /// when `modifier` holds a position ("since mid-2012").
    pub range: Option<&'static str>,
}

/// Every temporal expression of `text`, normalised against the document creation time `dct`.
pub fn extract(text: &str, dct: NaiveDate) -> Vec<Timex> {
    let mut focus = None;
    let mut quarter = None;
    let mut found = Vec::new();
    let mut chars = CharCounter::default();
    for c in recognise::recognise(text) {
        let tense = anchor::tense_at(text, c.start, c.end);
        let ctx = normalise::Context {
            dct,
            tense,
            focus,
            quarter,
        };
        let Some(normal) = normalise::normalise(&c.form, &ctx) else {
            continue;
        };
        if names_a_quarter(&c.form) {
            quarter = normal.focus.or(quarter);
        }
        if sets_focus(&c.form) {
            focus = normal.focus.or(focus);
        }
        let range = range_modifier(&text[..c.start]);
        let modifier = c.modifier.or(range);
        found.push(Timex {
            start: c.start,
            end: c.end,
            char_start: chars.at(text, c.start),
            char_end: chars.at(text, c.end),
            text: text[c.start..c.end].to_owned(),
            kind: normal.kind,
            granularity: granularity_of(&normal.value),
            value: normal.value,
            modifier,
            range,
        });
    }
    found
}

/// Explicit and deictic dates set the date under discussion; vague and relative ones do not.
fn sets_focus(form: &recognise::Form) -> bool {
    use recognise::Form::*;
    matches!(
        form,
        Calendar { .. }
            | Weekday { .. }
            | NthWeekday { .. }
            | Deictic { .. }
            | Quarter { n: Some(_), .. }
            | Year(_)
            | Month { .. }
            | Clock { .. }
            | Holiday { .. }
    )
}

/// A quarter named outright ("the third quarter", "this year's second quarter") becomes the
/// quarter under discussion; quarters computed from others do not.
fn names_a_quarter(form: &recognise::Form) -> bool {
    use recognise::Form::*;
    matches!(
        form,
        Quarter { n: Some(_), .. } | QuarterOfYear { year_offset: 0, .. }
    )
}

/// "since 2012" and "from July" open a range; "until", "by" and "before" close one.
fn range_modifier(before: &str) -> Option<&'static str> {
    let prev = before.split_whitespace().last()?.to_lowercase();
    match prev.as_str() {
        "since" | "from" | "after" => Some("ON_OR_AFTER"),
        "until" | "till" | "by" | "before" => Some("ON_OR_BEFORE"),
        _ => None,
    }
}

/// The precision of a TIMEX3 calendar value, read from its shape.
pub fn granularity_of(value: &str) -> Option<Granularity> {
    // "1998-10-XX" is as precise as what is known: the month.
    if let Some(cut) = value.find("-X").or_else(|| value.find("-WX"))
        && cut > 0
    {
        return granularity_of(&value[..cut]);
    }
    let b = value.as_bytes();
    if value.ends_with("_REF") || value.starts_with('P') || value.starts_with('X') {
        return None;
    }
    if value.contains('T') || b.len() == 10 {
        return Some(Granularity::Day);
    }
    if value.contains("-W") {
        return Some(Granularity::Week);
    }
    if value.contains("-Q")
        || value.contains("-H")
        || value.len() == 7 && value[5..].chars().all(|c| c.is_ascii_alphabetic())
    {
        return Some(Granularity::Season);
    }
    match b.len() {
        7 => Some(Granularity::Month),
        4 => Some(Granularity::Year),
        2 | 3 => Some(Granularity::Decade),
        _ => None,
    }
}

/// Converts increasing byte offsets to character offsets without rescanning from the start.
#[derive(Default)]
struct CharCounter {
    byte: usize,
    chars: usize,
}

impl CharCounter {
    fn at(&mut self, text: &str, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// The most frequent four-digit year mentioned in the texts: the story's likely year.
pub fn likely_year<'a>(texts: impl Iterator<Item = &'a str>) -> Option<i32> {
    let mut counts = std::collections::BTreeMap::<i32, usize>::new();
    for text in texts {
        for c in recognise::recognise(text) {
            let year = match c.form {
                recognise::Form::Year(y) => y,
                recognise::Form::Calendar { year: Some(y), .. } => y,
                _ => continue,
            };
            *counts.entry(year).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(year, n)| (n, year))
        .map(|(year, _)| year)
}

#[cfg(test)]
mod tests;
