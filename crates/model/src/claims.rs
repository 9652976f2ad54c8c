//! Claims (attributed statements) and the cross-document groups that compare them.

use serde::{Deserialize, Serialize};

use crate::SentenceRef;

/// Something a speaker said, directly or as reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id (`<doc>:<sentence>:<n>`).
    pub id: String,
    /// Where it is said; for multi-sentence quotes, the first sentence.
    pub at: SentenceRef,
    /// The resolved speaker's name, as text.
    pub speaker: String,
    /// What was said: the quote, or the reported content.
    pub text: String,
    /// Direct quotation or reported speech.
    pub kind: ClaimKind,
    /// The speech verb or phrase ("said", "according to"), if any.
    pub cue: Option<String>,
}

/// Whether a claim is quoted or reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClaimKind {
    /// The speaker's own words, in quotation marks or a block quote.
    Direct,
    /// Reported speech ("X said that ...", "according to X").
    Indirect,
}

/// Claims about the same matter across documents, with a verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimGroup {
    /// Stable id.
    pub id: String,
    /// A short name for the matter.
    pub topic: String,
    /// The claims in the group.
    pub claim_ids: Vec<String>,
    /// Whether the sources agree.
    pub verdict: Verdict,
}

/// Whether the claims of a group agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    /// All claims say the same.
    Agree,
    /// Claims contradict each other.
    Disagree,
    /// Some agree, some differ.
    Mixed,
}
