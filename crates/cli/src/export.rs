//! The JSON export contract of `dossier parse --json`: stable field names for people and for
//! independent evaluation. Built from the model; adds fields, never renames them.

use dossier_model::{ClaimKind, Corpus, Polarity, Qualifier, Verdict};
use serde::Serialize;

/// The whole export.
#[derive(Serialize)]
pub struct Export {
    story: StoryOut,
    documents: Vec<DocumentOut>,
    timeline: Vec<EventOut>,
    claims: Vec<ClaimOut>,
    claim_groups: Vec<GroupOut>,
    diagnostics: Vec<DiagnosticOut>,
}

#[derive(Serialize)]
struct StoryOut {
    title: String,
    sources: Vec<String>,
}

#[derive(Serialize)]
struct DocumentOut {
    id: String,
    title: String,
    date: Option<String>,
    /// How the publication date is known: basis (dateline / inferred / story), confidence 0–100,
    /// and the evidence in words.
    date_basis: Option<String>,
    date_confidence: Option<u8>,
    date_evidence: Option<String>,
    dateline: Option<String>,
    sentences: Vec<String>,
    /// Character offsets `[start, end)` of each sentence in the original file.
    offsets: Vec<[u32; 2]>,
}

#[derive(Serialize)]
struct EventOut {
    id: String,
    value: String,
    granularity: String,
    label: String,
    /// First and last day the event may cover (inclusive), `YYYY-MM-DD`.
    range: [String; 2],
    /// True for a range open towards the publication date ("since July").
    open_end: bool,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    modifier: Option<String>,
    actors: Vec<String>,
    /// True when sources put the happening on dates that do not overlap; `values` lists them.
    conflict: bool,
    values: Vec<String>,
    mentions: Vec<MentionOut>,
}

#[derive(Serialize)]
struct MentionOut {
    doc: String,
    sentence: String,
    sentence_index: u32,
    text: String,
    value: String,
    granularity: String,
    /// For a step told from an earlier date ("three days later"), that date: what the value was counted from.
    #[serde(skip_serializing_if = "Option::is_none")]
    counted_from: Option<String>,
}

#[derive(Serialize)]
struct ClaimOut {
    id: String,
    doc: String,
    speaker: String,
    text: String,
    sentence: String,
    sentence_index: u32,
    kind: &'static str,
    cue: Option<String>,
    source_text: Option<String>,
    role: Option<String>,
    affiliation: Option<String>,
    polarity: &'static str,
    negated: bool,
    quantities: Vec<QuantityOut>,
    dates: Vec<String>,
    actors: Vec<String>,
    /// The claim's dates as the time engine resolves them against the publication date.
    resolved_dates: Vec<ClaimDateOut>,
}

#[derive(Serialize)]
struct ClaimDateOut {
    text: String,
    value: String,
    granularity: String,
    since: bool,
    said: bool,
}

#[derive(Serialize)]
struct QuantityOut {
    text: String,
    low: String,
    high: String,
    unit: String,
    qualifier: &'static str,
}

#[derive(Serialize)]
struct GroupOut {
    id: String,
    topic: String,
    claim_ids: Vec<String>,
    verdict: &'static str,
    differences: Vec<DifferenceOut>,
    kind: String,
    sides: Vec<dossier_model::Side>,
    summary: String,
}

#[derive(Serialize)]
struct DifferenceOut {
    claim_id: String,
    doc: String,
    speaker: String,
    value: String,
    reported: Option<String>,
}

#[derive(Serialize)]
struct DiagnosticOut {
    file: Option<String>,
    severity: String,
    message: String,
}

impl From<&Corpus> for Export {
    fn from(corpus: &Corpus) -> Self {
        let sentence_text = |doc: &str, i: u32| {
            corpus
                .document(doc)
                .and_then(|d| d.sentences.get(i as usize))
                .map(|s| s.text.clone())
                .unwrap_or_default()
        };
        Export {
            story: StoryOut {
                title: corpus.story.title.clone(),
                sources: corpus.story.sources.clone(),
            },
            documents: corpus
                .documents
                .iter()
                .map(|d| DocumentOut {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    date: d.date.as_ref().map(|p| p.value.clone()),
                    date_basis: d
                        .date
                        .as_ref()
                        .map(|p| format!("{:?}", p.basis).to_lowercase()),
                    date_confidence: d.date.as_ref().map(|p| p.confidence),
                    date_evidence: d.date.as_ref().map(|p| p.evidence.clone()),
                    dateline: d.dateline.clone(),
                    sentences: d.sentences.iter().map(|s| s.text.clone()).collect(),
                    offsets: d.sentences.iter().map(|s| [s.start, s.end]).collect(),
                })
                .collect(),
            timeline: corpus
                .timeline
                .iter()
                .map(|e| EventOut {
                    id: e.id.clone(),
                    value: e.value.clone(),
                    granularity: format!("{:?}", e.granularity).to_lowercase(),
                    label: e.label.clone(),
                    range: [e.start.clone(), e.end.clone()],
                    open_end: e.open_end,
                    modifier: e.modifier.clone(),
                    actors: e.actors.clone(),
                    conflict: e.conflict,
                    values: e.values.clone(),
                    mentions: e
                        .mentions
                        .iter()
                        .map(|m| MentionOut {
                            doc: m.at.doc.clone(),
                            sentence: sentence_text(&m.at.doc, m.at.sentence),
                            sentence_index: m.at.sentence,
                            text: m.text.clone(),
                            value: m.value.clone(),
                            granularity: format!("{:?}", m.granularity).to_lowercase(),
                            counted_from: m.counted_from.clone(),
                        })
                        .collect(),
                })
                .collect(),
            claims: corpus
                .claims
                .iter()
                .map(|c| ClaimOut {
                    id: c.id.clone(),
                    doc: c.at.doc.clone(),
                    speaker: c.speaker.clone(),
                    text: c.text.clone(),
                    sentence: sentence_text(&c.at.doc, c.at.sentence),
                    sentence_index: c.at.sentence,
                    kind: match c.kind {
                        ClaimKind::Direct => "direct",
                        ClaimKind::Indirect => "indirect",
                    },
                    cue: c.cue.clone(),
                    source_text: c.source_text.clone(),
                    role: c.role.clone(),
                    affiliation: c.affiliation.clone(),
                    polarity: match c.polarity {
                        Polarity::Asserts => "asserts",
                        Polarity::Denies => "denies",
                        Polarity::Accuses => "accuses",
                        Polarity::CallsFor => "calls for",
                    },
                    negated: c.negated,
                    quantities: c
                        .quantities
                        .iter()
                        .map(|q| QuantityOut {
                            text: q.text.clone(),
                            low: q.low.clone(),
                            high: q.high.clone(),
                            unit: q.unit.clone(),
                            qualifier: match q.qualifier {
                                Qualifier::Exact => "exact",
                                Qualifier::Approximately => "approximately",
                                Qualifier::AtLeast => "at least",
                                Qualifier::AtMost => "at most",
                                Qualifier::Range => "range",
                            },
                        })
                        .collect(),
                    dates: c.dates.clone(),
                    actors: c.actors.clone(),
                    resolved_dates: c
                        .resolved_dates
                        .iter()
                        .map(|d| ClaimDateOut {
                            text: d.text.clone(),
                            value: d.value.clone(),
                            granularity: format!("{:?}", d.granularity).to_lowercase(),
                            since: d.since,
                            said: d.said,
                        })
                        .collect(),
                })
                .collect(),
            claim_groups: corpus
                .claim_groups
                .iter()
                .map(|g| GroupOut {
                    id: g.id.clone(),
                    topic: g.topic.clone(),
                    claim_ids: g.claim_ids.clone(),
                    verdict: match g.verdict {
                        Verdict::Agree => "agree",
                        Verdict::Disagree => "disagree",
                        Verdict::Mixed => "mixed",
                    },
                    differences: g
                        .differences
                        .iter()
                        .map(|d| DifferenceOut {
                            claim_id: d.claim_id.clone(),
                            doc: d.doc.clone(),
                            speaker: d.speaker.clone(),
                            value: d.value.clone(),
                            reported: d.reported.clone(),
                        })
                        .collect(),
                    kind: g.kind.clone(),
                    sides: g.sides.clone(),
                    summary: g.summary.clone(),
                })
                .collect(),
            diagnostics: corpus
                .diagnostics
                .iter()
                .map(|d| DiagnosticOut {
                    file: d.file.clone(),
                    severity: format!("{:?}", d.severity).to_lowercase(),
                    message: d.message.clone(),
                })
                .collect(),
        }
    }
}
