//! Timeline events: dated happenings with every mention that supports them.
//!
//! Shipped in the corpus model (`Corpus::timeline`), sorted by start date. Each event knows the
//! calendar range it covers, whether the range is open-ended ("since July"), and whether its
//! sources disagree on the date (every date they give is kept).

use serde::{Deserialize, Serialize};

use crate::SentenceRef;

/// A dated happening, possibly reported by several documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id derived from its content (survives a rebuild of the same input).
    pub id: String,
    /// TIMEX3 value: `2016-09-19`, `2016-09`, `2016`, `2016-W38`.
    pub value: String,
    /// How precise the date is.
    pub granularity: Granularity,
    /// A short description of what happened.
    pub label: String,
    /// Every place the happening is mentioned.
    pub mentions: Vec<Mention>,
    /// First day the event may cover (`YYYY-MM-DD`).
    pub start: String,
    /// Last day it may cover (`YYYY-MM-DD`, inclusive); for an open range, the publication date.
    pub end: String,
    /// True for a range open towards the present ("since July": from July to the publication).
    pub open_end: bool,
    /// TIMEX3 `mod` of the main mention: `START`, `MID`, `END`, `APPROX`, `ON_OR_AFTER`, ...
    pub modifier: Option<String>,
    /// Who is involved, as named in the sentences (proper names, most mentioned first).
    pub actors: Vec<String>,
    /// True when the sources put the happening on dates that do not overlap.
    pub conflict: bool,
    /// Every distinct date the mentions give, in order (more than one when `conflict`).
    pub values: Vec<String>,
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Granularity {
    /// A calendar day.
    #[default]
    Day,
    /// A week.
    Week,
    /// A calendar month.
    Month,
    /// A season or quarter.
    Season,
    /// A year.
    Year,
    /// A decade or longer.
    Decade,
}

/// One mention of an event: the sentence and the time expression in it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Where it is said.
    pub at: SentenceRef,
    /// The time expression as written.
    pub text: String,
    /// Character offsets of the time expression within the sentence text.
    pub start: u32,
    /// End (exclusive) of the time expression within the sentence text.
    pub end: u32,
    /// The TIMEX3 value this mention gives, anchored on its document's publication date.
    pub value: String,
    /// How precise this mention's date is.
    pub granularity: Granularity,
    /// When the mention gives only a step from an earlier date ("three days later"), the date
    /// it was counted from, as written and as a value: `“Monday, September 19” (2016-09-19)`.
    pub counted_from: Option<String>,
}
