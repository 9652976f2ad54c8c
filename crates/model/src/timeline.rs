//! Timeline events: dated happenings with every mention that supports them.

use serde::{Deserialize, Serialize};

use crate::SentenceRef;

/// A dated happening, possibly reported by several documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Granularity {
    /// A calendar day.
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Where it is said.
    pub at: SentenceRef,
    /// The time expression as written.
    pub text: String,
    /// Character offsets of the time expression within the sentence text.
    pub start: u32,
    /// End (exclusive) of the time expression within the sentence text.
    pub end: u32,
}
