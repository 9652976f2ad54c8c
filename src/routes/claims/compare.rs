//! The comparison behind the Claims view, as plain functions over the model: the URL filters,
//! the matters × sources matrix, which values differ, and labels for speakers and speech acts.
//!
//! Owns no DOM and no signals (natively unit-testable). Must not look inside article text: it
//! reads only the model's fields (speaker names, group verdicts, difference values).

use std::collections::{BTreeMap, HashMap};

use dossier_model::{Claim, ClaimGroup, Corpus, Document, Polarity, Verdict};

/// The filters of the Claims view, as kept in the URL (`?speaker=&aff=&verdict=`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Only claims by this speaker (exact model name).
    pub speaker: Option<String>,
    /// Only claims whose speaker's affiliation is this.
    pub affiliation: Option<String>,
    /// Only matters with this verdict.
    pub verdict: Option<Verdict>,
}

impl Filters {
    /// Reads the filters from query values; empty or unknown values mean "no filter".
    pub fn from_query(speaker: Option<String>, aff: Option<String>, verdict: Option<String>) -> Self {
        let some = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
        Filters {
            speaker: some(speaker),
            affiliation: some(aff),
            verdict: verdict.as_deref().and_then(verdict_from_slug),
        }
    }

    /// The query string for these filters (without `?`; empty when no filter is set).
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = &self.speaker {
            parts.push(format!("speaker={}", percent_encode(s)));
        }
        if let Some(a) = &self.affiliation {
            parts.push(format!("aff={}", percent_encode(a)));
        }
        if let Some(v) = self.verdict {
            parts.push(format!("verdict={}", verdict_slug(v)));
        }
        parts.join("&")
    }

    /// The Claims view URL with these filters.
    pub fn href(&self) -> String {
        match self.to_query() {
            q if q.is_empty() => "/claims".to_owned(),
            q => format!("/claims?{q}"),
        }
    }

    /// Whether any filter is set.
    pub fn is_active(&self) -> bool {
        self.speaker.is_some() || self.affiliation.is_some() || self.verdict.is_some()
    }

    /// Whether a claim passes the speaker and affiliation filters.
    pub fn matches_speaker(&self, claim: &Claim) -> bool {
        self.speaker.as_ref().is_none_or(|s| &claim.speaker == s)
            && self.affiliation.as_ref().is_none_or(|a| claim.affiliation.as_ref() == Some(a))
    }
}

/// The URL value of a verdict.
pub fn verdict_slug(v: Verdict) -> &'static str {
    match v {
        Verdict::Agree => "agree",
        Verdict::Disagree => "disagree",
        Verdict::Mixed => "mixed",
    }
}

/// The verdict a URL value names.
pub fn verdict_from_slug(s: &str) -> Option<Verdict> {
    match s.trim().to_ascii_lowercase().as_str() {
        "agree" => Some(Verdict::Agree),
        "disagree" => Some(Verdict::Disagree),
        "mixed" => Some(Verdict::Mixed),
        _ => None,
    }
}

/// The verdict as people read it.
pub fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Agree => "Sources agree",
        Verdict::Disagree => "Sources disagree",
        Verdict::Mixed => "Mixed",
    }
}

/// The speech act as a short verb phrase.
pub fn polarity_label(p: Polarity) -> &'static str {
    match p {
        Polarity::Asserts => "asserts",
        Polarity::Denies => "denies",
        Polarity::Accuses => "accuses",
        Polarity::CallsFor => "calls for",
    }
}

/// The document whose own voice this speaker name stands for (the pipeline names an outlet's
/// unattributed statements `the article (<doc id>)`), if it is one.
pub fn outlet_of<'a>(corpus: &'a Corpus, speaker: &str) -> Option<&'a Document> {
    corpus.documents.iter().find(|d| speaker == outlet_name(&d.id))
}

/// The speaker name the model gives an outlet's own statements.
fn outlet_name(doc: &str) -> String {
    format!("the article ({doc})")
}

/// A speaker's name for display: the model's name, "The outlet (…)" for an outlet's voice, or
/// the pronoun as written when the pipeline could not tell who it is (`unresolved “He”`).
pub fn speaker_label(corpus: &Corpus, speaker: &str) -> String {
    match outlet_of(corpus, speaker) {
        Some(doc) => format!("The outlet ({})", short_title(&doc.title)),
        None if speaker.trim().is_empty() => "Unknown speaker".to_owned(),
        None => match speaker.strip_prefix("unresolved ") {
            Some(pronoun) => format!("{pronoun} (not named in the article)"),
            None => speaker.to_owned(),
        },
    }
}

/// A speaker's name where the source is already known (a table column, a difference): the
/// outlet's own voice is then just "The outlet itself".
pub fn speaker_in_source(corpus: &Corpus, speaker: &str, doc: &str) -> String {
    match outlet_of(corpus, speaker) {
        Some(d) if d.id == doc => "The outlet itself".to_owned(),
        _ => speaker_label(corpus, speaker),
    }
}

/// A headline cut to about eight words, for compact labels.
pub fn short_title(title: &str) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() <= 8 {
        words.join(" ")
    } else {
        format!("{}…", words[..8].join(" "))
    }
}

/// One claim as a matrix cell shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    /// The claim.
    pub claim: &'a Claim,
    /// The value or stance the group's comparison gives it ("47 deaths", "denies").
    pub value: Option<&'a str>,
    /// Whether that value differs from what the other sources say.
    pub differs: bool,
    /// Whether the claim itself passes the speaker/affiliation filters (for emphasis).
    pub matched: bool,
}

/// One matter (claim group) across the sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    /// The group.
    pub group: &'a ClaimGroup,
    /// One cell per document of the corpus, in `corpus.documents` order.
    pub cells: Vec<Vec<Entry<'a>>>,
}

/// The matters that pass the filters, with their cells, and the claims list that passes them.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison<'a> {
    /// Matters (rows) shown.
    pub rows: Vec<Row<'a>>,
    /// All matters of the corpus.
    pub total_rows: usize,
    /// Claims that pass the filters, in model order.
    pub claims: Vec<&'a Claim>,
}

/// Builds the matrix of matters × sources and the filtered claims list.
pub fn compare<'a>(corpus: &'a Corpus, filters: &Filters) -> Comparison<'a> {
    let by_id: HashMap<&str, &Claim> = corpus.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let doc_index: HashMap<&str, usize> =
        corpus.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    let rows = corpus
        .claim_groups
        .iter()
        .filter(|g| filters.verdict.is_none_or(|v| g.verdict == v))
        .filter(|g| {
            !(filters.speaker.is_some() || filters.affiliation.is_some())
                || g.claim_ids.iter().filter_map(|id| by_id.get(id.as_str())).any(|c| filters.matches_speaker(c))
        })
        .map(|group| {
            let values: HashMap<&str, &str> =
                group.differences.iter().map(|d| (d.claim_id.as_str(), d.value.as_str())).collect();
            let differing = differing_claims(group);
            let mut cells: Vec<Vec<Entry<'a>>> = vec![Vec::new(); corpus.documents.len()];
            for claim in group.claim_ids.iter().filter_map(|id| by_id.get(id.as_str()).copied()) {
                // A claim from a document the corpus does not list has no column: skip it.
                let Some(&col) = doc_index.get(claim.at.doc.as_str()) else { continue };
                let filtering = filters.speaker.is_some() || filters.affiliation.is_some();
                cells[col].push(Entry {
                    claim,
                    value: values.get(claim.id.as_str()).copied(),
                    differs: differing.contains(&claim.id.as_str()),
                    matched: filtering && filters.matches_speaker(claim),
                });
            }
            Row { group, cells }
        })
        .collect();
    let in_verdict: Option<Vec<&str>> = filters.verdict.map(|v| {
        corpus
            .claim_groups
            .iter()
            .filter(|g| g.verdict == v)
            .flat_map(|g| g.claim_ids.iter().map(String::as_str))
            .collect()
    });
    let claims = corpus
        .claims
        .iter()
        .filter(|c| filters.matches_speaker(c))
        .filter(|c| in_verdict.as_ref().is_none_or(|ids| ids.contains(&c.id.as_str())))
        .collect();
    Comparison { rows, total_rows: corpus.claim_groups.len(), claims }
}

/// The claims of a group whose value is not the one a strict majority gives. Nothing differs
/// in a group whose sources agree; when no value has a majority, every claim with a value differs.
pub fn differing_claims(group: &ClaimGroup) -> Vec<&str> {
    if group.verdict == Verdict::Agree || group.differences.len() < 2 {
        return Vec::new();
    }
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for d in &group.differences {
        *counts.entry(normalise(&d.value)).or_default() += 1;
    }
    let n = group.differences.len();
    let majority = counts.iter().find(|(_, c)| **c * 2 > n).map(|(v, _)| v.clone());
    group
        .differences
        .iter()
        .filter(|d| majority.as_deref() != Some(normalise(&d.value).as_str()))
        .map(|d| d.claim_id.as_str())
        .collect()
}

/// Case and spacing do not make values different.
fn normalise(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The groups a claim belongs to.
pub fn groups_of<'a>(corpus: &'a Corpus, claim_id: &str) -> Vec<&'a ClaimGroup> {
    corpus.claim_groups.iter().filter(|g| g.claim_ids.iter().any(|id| id == claim_id)).collect()
}

/// Distinct speakers with their number of claims, sorted by display label.
pub fn speakers(corpus: &Corpus) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &corpus.claims {
        *counts.entry(c.speaker.as_str()).or_default() += 1;
    }
    let mut list: Vec<(String, usize)> = counts.into_iter().map(|(s, n)| (s.to_owned(), n)).collect();
    list.sort_by_cached_key(|(s, _)| speaker_label(corpus, s).to_lowercase());
    list
}

/// Distinct non-empty affiliations with their number of claims, alphabetically.
pub fn affiliations(corpus: &Corpus) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for a in corpus.claims.iter().filter_map(|c| c.affiliation.as_deref()).filter(|a| !a.trim().is_empty()) {
        *counts.entry(a.to_owned()).or_default() += 1;
    }
    counts.into_iter().collect()
}

/// A speaker's statements, grouped by source in document order (sources without any left out).
pub fn statements_by_source<'a>(corpus: &'a Corpus, speaker: &str) -> Vec<(&'a Document, Vec<&'a Claim>)> {
    corpus
        .documents
        .iter()
        .map(|d| (d, corpus.claims.iter().filter(|c| c.speaker == speaker && c.at.doc == d.id).collect::<Vec<_>>()))
        .filter(|(_, claims)| !claims.is_empty())
        .collect()
}

/// The distinct "role, affiliation" descriptions the text gives a speaker, in first-seen order.
pub fn descriptions(corpus: &Corpus, speaker: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for c in corpus.claims.iter().filter(|c| c.speaker == speaker) {
        let parts: Vec<&str> = [c.role.as_deref(), c.affiliation.as_deref()]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let text = parts.join(", ");
        if !text.is_empty() && !seen.contains(&text) {
            seen.push(text);
        }
    }
    // "Secretary of State" says nothing that "Secretary of State, US" does not.
    let all = seen.clone();
    seen.retain(|d| !all.iter().any(|o| o != d && o.starts_with(d.as_str())));
    seen
}


/// When a claim is dated, in words, from the dates the pipeline resolved for it: "19 September
/// 2016 (“on Monday”)", "since 16 September 2016 (“since Friday”)", or, for a date found only in
/// the cue's sentence, "said 27 September 2016 (“on Tuesday”)". `None` when it carries none.
pub fn claim_when(claim: &Claim) -> Option<String> {
    let date = claim.resolved_dates.first()?;
    let day = crate::routes::timeline::human_value(&date.value).unwrap_or_else(|| date.value.clone());
    let lead = match (date.since, date.said) {
        (true, _) => "since ",
        (false, true) => "said ",
        (false, false) => "",
    };
    Some(format!("{lead}{day} (“{}”)", date.text))
}
/// The speaker page URL (`/speaker/<name>`, the name percent-encoded).
pub fn speaker_href(speaker: &str) -> String {
    format!("/speaker/{}", percent_encode(speaker))
}

/// Percent-encodes like JavaScript's `encodeURIComponent`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'('
            | b')' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes `%XX` escapes the router may have left in a path parameter (it decodes with
/// `decodeURI`, which keeps `%2C`, `%2F`, `%26` …); invalid escapes stay as written.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

/// A string usable as an HTML id (letters, digits and `-`), with a prefix.
pub fn dom_id(prefix: &str, id: &str) -> String {
    let body: String = id.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    format!("{prefix}-{body}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{Difference, SentenceRef, Story};

    fn claim(id: &str, doc: &str, speaker: &str, aff: Option<&str>) -> Claim {
        Claim {
            id: id.into(),
            at: SentenceRef { doc: doc.into(), sentence: 0 },
            speaker: speaker.into(),
            affiliation: aff.map(Into::into),
            ..Claim::default()
        }
    }

    fn diff(claim_id: &str, value: &str) -> Difference {
        Difference { claim_id: claim_id.into(), value: value.into(), ..Difference::default() }
    }

    fn corpus() -> Corpus {
        let mut c = Corpus::new(Story::default());
        for id in ["a", "b", "c"] {
            c.documents.push(Document { id: id.into(), title: format!("Title {id}"), ..Document::default() });
        }
        c.claims = vec![
            claim("a:1:0", "a", "John Kerry", Some("US")),
            claim("b:2:0", "b", "Maria Zakharova", Some("Foreign Ministry")),
            claim("c:3:0", "c", "the article (c)", None),
            claim("c:4:0", "c", "John Kerry", Some("US")),
        ];
        c.claim_groups = vec![
            ClaimGroup {
                id: "g1".into(),
                topic: "death toll".into(),
                claim_ids: vec!["a:1:0".into(), "b:2:0".into(), "c:3:0".into()],
                verdict: Verdict::Disagree,
                differences: vec![diff("a:1:0", "47 deaths"), diff("b:2:0", "53 deaths"), diff("c:3:0", "47  Deaths")],
                ..ClaimGroup::default()
            },
            ClaimGroup {
                id: "g2".into(),
                topic: "talks".into(),
                claim_ids: vec!["c:4:0".into()],
                verdict: Verdict::Agree,
                differences: vec![],
                ..ClaimGroup::default()
            },
        ];
        c
    }

    #[test]
    fn an_unresolved_pronoun_reads_as_written_and_unnamed() {
        let c = corpus();
        assert_eq!(speaker_label(&c, "unresolved “He”"), "“He” (not named in the article)");
        assert_eq!(speaker_label(&c, "John Kerry"), "John Kerry");
    }

    #[test]
    fn one_row_per_group_one_cell_per_document() {
        let c = corpus();
        let cmp = compare(&c, &Filters::default());
        assert_eq!(cmp.rows.len(), 2);
        assert!(cmp.rows.iter().all(|r| r.cells.len() == 3));
        assert_eq!(cmp.rows[0].cells[1][0].value, Some("53 deaths"));
        assert_eq!(cmp.claims.len(), 4);
    }

    #[test]
    fn the_minority_value_differs() {
        let c = corpus();
        assert_eq!(differing_claims(&c.claim_groups[0]), vec!["b:2:0"]);
        assert!(differing_claims(&c.claim_groups[1]).is_empty());
    }

    #[test]
    fn filters_narrow_rows_and_claims() {
        let c = corpus();
        let f = Filters::from_query(Some("Maria Zakharova".into()), None, None);
        let cmp = compare(&c, &f);
        assert_eq!(cmp.rows.len(), 1);
        assert_eq!(cmp.claims.len(), 1);
        assert!(cmp.rows[0].cells[1][0].matched && !cmp.rows[0].cells[0][0].matched);
        let f = Filters::from_query(None, Some("US".into()), Some("agree".into()));
        let cmp = compare(&c, &f);
        assert_eq!(cmp.rows.iter().map(|r| r.group.id.as_str()).collect::<Vec<_>>(), vec!["g2"]);
        assert_eq!(cmp.claims.len(), 1);
    }

    #[test]
    fn filters_round_trip_through_the_query() {
        let f = Filters::from_query(Some("Stephen O’Brien".into()), Some("U.N. & co".into()), Some("mixed".into()));
        assert_eq!(f.href(), "/claims?speaker=Stephen%20O%E2%80%99Brien&aff=U.N.%20%26%20co&verdict=mixed");
        assert_eq!(Filters::from_query(Some(" ".into()), None, Some("bogus".into())), Filters::default());
        assert_eq!(Filters::default().href(), "/claims");
    }

    #[test]
    fn speaker_names_encode_and_decode() {
        assert_eq!(speaker_href("Sergey V. Lavrov"), "/speaker/Sergey%20V.%20Lavrov");
        assert_eq!(percent_decode("a%2C%20b%E2%80%99"), "a, b’");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }

    #[test]
    fn outlet_voice_is_labelled_by_its_article() {
        let c = corpus();
        assert_eq!(speaker_label(&c, "the article (c)"), "The outlet (Title c)");
        assert_eq!(speaker_label(&c, "John Kerry"), "John Kerry");
        assert_eq!(speaker_in_source(&c, "the article (c)", "c"), "The outlet itself");
        assert_eq!(speaker_in_source(&c, "the article (c)", "a"), "The outlet (Title c)");
        assert_eq!(descriptions(&c, "John Kerry"), vec!["US".to_owned()]);
        assert_eq!(statements_by_source(&c, "John Kerry").len(), 2);
    }

    #[test]
    fn ids_are_safe() {
        assert_eq!(dom_id("matter", "group:002_x:2:1"), "matter-group-002-x-2-1");
    }

    #[test]
    fn a_claim_says_when_in_words_and_as_written() {
        use dossier_model::{ClaimDate, Granularity};
        let date = |text: &str, value: &str, since: bool, said: bool| ClaimDate {
            text: text.into(),
            value: value.into(),
            granularity: Granularity::Day,
            since,
            said,
        };
        let mut c = claim("c", "d", "A", None);
        assert_eq!(claim_when(&c), None);
        c.resolved_dates = vec![date("on Monday", "2016-09-19", false, false)];
        assert_eq!(claim_when(&c).as_deref(), Some("19 September 2016 (“on Monday”)"));
        c.resolved_dates = vec![date("Friday", "2016-09-16", true, false)];
        assert_eq!(claim_when(&c).as_deref(), Some("since 16 September 2016 (“Friday”)"));
        c.resolved_dates = vec![date("on Tuesday", "2016-09-27", false, true)];
        assert_eq!(claim_when(&c).as_deref(), Some("said 27 September 2016 (“on Tuesday”)"));
    }
}
