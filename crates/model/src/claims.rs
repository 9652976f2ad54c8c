//! Claims (attributed statements) and the cross-document groups that compare them.

use serde::{Deserialize, Serialize};

use crate::{Granularity, SentenceRef};

/// Something a speaker said, directly or as reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id (`<doc>:<sentence>:<n>`).
    pub id: String,
    /// Where it is said; for multi-sentence quotes, the first sentence.
    pub at: SentenceRef,
    /// The resolved speaker's name, as text (the same person carries the same name in every
    /// document).
    pub speaker: String,
    /// What was said: the quote, or the reported content.
    pub text: String,
    /// Direct quotation or reported speech.
    pub kind: ClaimKind,
    /// The speech verb or phrase ("said", "according to"), if any.
    pub cue: Option<String>,
    /// The speaker phrase as written near the cue ("he", "the official"), if any.
    pub source_text: Option<String>,
    /// The speaker's role when the text states it ("spokeswoman", "Secretary of State").
    pub role: Option<String>,
    /// The speaker's organisation or country when the text states it ("Foreign Ministry").
    pub affiliation: Option<String>,
    /// What kind of statement it is.
    pub polarity: Polarity,
    /// Whether the content itself is negated ("did not", "no", "never").
    pub negated: bool,
    /// Numbers the claim asserts, with units and qualifiers.
    pub quantities: Vec<Quantity>,
    /// Date phrases in the claim, as written ("on Tuesday", "Sept. 19").
    pub dates: Vec<String>,
    /// Named actors the claim mentions (people, organisations, places), as written.
    pub actors: Vec<String>,
    /// The calendar dates of the claim's time expressions, resolved by the time engine against
    /// its document's publication date (from its content, failing that its cue sentence).
    #[serde(default)]
    pub resolved_dates: Vec<ClaimDate>,
}

/// A date a claim refers to, as the time engine resolves it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimDate {
    /// The expression as written ("on Monday", "since Sept. 12").
    pub text: String,
    /// Its TIMEX3 calendar value ("2016-09-19", "2016-09", "2016-W38").
    pub value: String,
    /// How precise the value is.
    pub granularity: Granularity,
    /// Whether it opens a running period up to the publication date ("since Friday").
    pub since: bool,
    /// Whether it lies outside what was said, in the cue's sentence ("said on Monday that …"):
    /// usually when it was said, not when what it asserts happened.
    #[serde(default)]
    pub said: bool,
}

impl Default for Claim {
    /// An empty indirect claim, for building test data with `..Claim::default()`.
    fn default() -> Self {
        Claim {
            id: String::new(),
            at: SentenceRef {
                doc: String::new(),
                sentence: 0,
            },
            speaker: String::new(),
            text: String::new(),
            kind: ClaimKind::Indirect,
            cue: None,
            source_text: None,
            role: None,
            affiliation: None,
            polarity: Polarity::Asserts,
            negated: false,
            quantities: Vec::new(),
            dates: Vec::new(),
            actors: Vec::new(),
            resolved_dates: Vec::new(),
        }
    }
}

/// Whether a claim is quoted or reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClaimKind {
    /// The speaker's own words, in quotation marks or a block quote.
    Direct,
    /// Reported speech ("X said ...", "according to X"), or the outlet's own statement of fact.
    Indirect,
}

/// The speech act a claim reports, from its cue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Polarity {
    /// States something ("said", "confirmed").
    #[default]
    Asserts,
    /// Says something is not so ("denied", "rejected").
    Denies,
    /// Blames someone ("accused", "blamed").
    Accuses,
    /// Asks for something ("called for", "urged").
    CallsFor,
}

/// A number as a claim states it: "between 400 and 500 people", "at least 30 air strikes".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quantity {
    /// The phrase as written.
    pub text: String,
    /// The lower value (the value itself when exact), as a decimal string ("300000", "2.5").
    pub low: String,
    /// The upper value for ranges, else equal to `low`.
    pub high: String,
    /// What is counted ("people", "air strikes", "%"), lower case; empty when unknown.
    pub unit: String,
    /// How the number is qualified.
    pub qualifier: Qualifier,
}

/// How a quantity is qualified.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Qualifier {
    /// As stated.
    #[default]
    Exact,
    /// "about", "some", "nearly", "roughly".
    Approximately,
    /// "at least", "more than", "over".
    AtLeast,
    /// "at most", "less than", "as few as", "up to".
    AtMost,
    /// "between A and B", "A to B", "A-B".
    Range,
}

/// Claims about the same matter across documents, with a verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimGroup {
    /// Stable id.
    pub id: String,
    /// A short name for the matter.
    pub topic: String,
    /// The claims in the group.
    pub claim_ids: Vec<String>,
    /// Whether the sources agree.
    pub verdict: Verdict,
    /// Who says what: one entry per claim, with the value or stance it gives.
    pub differences: Vec<Difference>,
    /// What kind of matter it is: "count", "attack", "stop", "talks", "began" or "statement".
    #[serde(default)]
    pub kind: String,
    /// The positions the accounts take, one per distinct value or stance (compatible values
    /// together), each with who holds it; one side when they agree.
    #[serde(default)]
    pub sides: Vec<Side>,
    /// The verdict spelled out in one line ("U.S., He: Russia · Moscow: denies it").
    #[serde(default)]
    pub summary: String,
}

/// One position in a group: a value or stance and the claims that take it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side {
    /// The position ("Russia", "denies it", "at least 30 people", "2016-07").
    pub value: String,
    /// The claims taking it.
    pub claim_ids: Vec<String>,
    /// Their speakers, each once, in order.
    pub speakers: Vec<String>,
    /// Their documents, each once, in order.
    pub docs: Vec<String>,
}

/// One side of a comparison: which document and speaker give which value or stance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    /// The claim.
    pub claim_id: String,
    /// The document (source) it comes from.
    pub doc: String,
    /// The speaker.
    pub speaker: String,
    /// The value or stance it gives ("at least 30", "denies", "says yes").
    pub value: String,
    /// The day the account was given, when known: the date it was said, else its document's
    /// publication date ("2016-09-20").
    #[serde(default)]
    pub reported: Option<String>,
}

/// Whether the claims of a group agree.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    /// Every account is compatible with every other.
    #[default]
    Agree,
    /// Different speakers take conflicting positions at the same time (an accusation and the
    /// accused's denial, two tolls for the same day): the sides say who holds which.
    Disagree,
    /// The accounts differ, but no two speakers dispute each other at the same time: a later
    /// report revises an earlier one (a toll updated the next day, a state that changed), or one
    /// speaker gives both positions.
    Mixed,
}
