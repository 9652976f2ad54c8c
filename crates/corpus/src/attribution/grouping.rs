//! Grouping: claims from different documents about the same matter, with a verdict and the
//! differences spelled out.
//!
//! Three kinds of matter: a count (claims giving a number of the same thing, "people killed",
//! compared as intervals only within a compatible time frame — the dates the time engine
//! resolved for each claim — with those dates shown), a named matter from `matters` (who
//! attacked a target, whether something stopped, whether talks progressed, compared by value),
//! and otherwise a statement (claims sharing enough content words, compared by stance: asserts,
//! denies, negated). A group needs at least two documents. Ids derive from the
//! member claim ids, so a rebuild of the same input gives the same ids. It does not extract
//! claims.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use chrono::NaiveDate;
use dossier_model::{
    Claim, ClaimDate, ClaimGroup, Difference, Granularity, Polarity, Qualifier, Quantity, Verdict,
};

use super::matters::{self, Matter};
use crate::timeline;

/// Shared content words needed to call two statements the same matter.
const MIN_SHARED_WORDS: usize = 3;
/// Of which shared words written in lower case (not names).
const MIN_SHARED_COMMON_WORDS: usize = 2;
/// Jaccard similarity of content words needed as well.
const MIN_JACCARD: f64 = 0.2;

/// Groups `claims` across documents.
pub fn group(claims: &[Claim]) -> Vec<ClaimGroup> {
    let mut groups = count_groups(claims);
    groups.extend(matter_groups(claims));
    let counted: BTreeSet<&str> = groups
        .iter()
        .flat_map(|g| g.claim_ids.iter().map(String::as_str))
        .collect();
    let rest: Vec<&Claim> = claims
        .iter()
        .filter(|c| !counted.contains(c.id.as_str()) && !is_outlet(c))
        .collect();
    groups.extend(statement_groups(&rest));
    groups
}

fn is_outlet(c: &Claim) -> bool {
    c.cue.is_none() && c.source_text.is_none() && c.speaker.starts_with("the article (")
}

/// What a count is of: the counted noun's head plus the event word of the claim, if any.
fn count_key(c: &Claim, q: &Quantity) -> Option<String> {
    if q.unit.is_empty()
        || q.unit == "%"
        || q.unit.len() < 3
        || super::quantities::is_time_unit(&q.unit)
        || counts_others(q)
    {
        return None;
    }
    let head = q
        .unit
        .split_whitespace()
        .last()?
        .trim_end_matches('s')
        .to_owned();
    let lower = c.text.to_lowercase();
    let event = EVENTS
        .iter()
        .find(|(stems, _)| stems.iter().any(|s| lower.contains(s)))
        .map(|(_, e)| *e)
        .unwrap_or("");
    Some(format!("{head}|{event}"))
}

/// "Two other victims", "four others": the rest beside someone already named, not a total of
/// the thing, so no figure to hold against another account's total.
fn counts_others(q: &Quantity) -> bool {
    q.text
        .split_whitespace()
        .chain(q.unit.split_whitespace())
        .any(|w| w.eq_ignore_ascii_case("other") || w.eq_ignore_ascii_case("others"))
}

const EVENTS: &[(&[&str], &str)] = &[
    (
        &["killed", "dead", "died", "death", "killing", "lives"],
        "killed",
    ),
    (&["wounded", "injured", "injuries"], "wounded"),
    (&["displaced", "fled", "refugee", "evacuated"], "displaced"),
    (&["arrested", "detained"], "arrested"),
    (&["strike", "bomb", "raid", "shelling"], "attacks"),
    (&["truck", "convoy", "aid"], "aid"),
];

fn count_groups(claims: &[Claim]) -> Vec<ClaimGroup> {
    let mut by_key: BTreeMap<String, Vec<(&Claim, &Quantity)>> = BTreeMap::new();
    for c in claims {
        for q in &c.quantities {
            if let Some(k) = count_key(c, q) {
                by_key.entry(k).or_default().push((c, q));
                break;
            }
        }
    }
    by_key
        .into_iter()
        .flat_map(|(key, members)| {
            same_frame_clusters(members)
                .into_iter()
                .map(move |m| (key.clone(), m))
        })
        .filter(|(_, members)| documents(members.iter().map(|(c, _)| *c)) >= 2)
        .map(|(key, members)| {
            let event = key.split_once('|').map_or("", |(_, e)| e);
            let unit = members.first().map_or("", |(_, q)| q.unit.as_str());
            let implied = matches!(
                unit,
                "deaths" | "dead" | "casualties" | "fatalities" | "lives"
            );
            let topic = if implied {
                format!("number of {unit}")
            } else {
                format!("number of {unit} {event}").trim_end().to_owned()
            };
            let verdict =
                interval_verdict(&members.iter().map(|(_, q)| interval(q)).collect::<Vec<_>>());
            let differences = members
                .iter()
                .map(|(c, q)| difference(c, count_value(c, q)))
                .collect();
            let kind = format!("count:{}", key.replace('|', ":"));
            make_group(
                &kind,
                topic,
                members.iter().map(|(c, _)| *c),
                verdict,
                differences,
            )
        })
        .collect()
}

/// The time frame a count refers to, read from the claim: a running total since a resolved date
/// ("since Friday") or over a span as written ("in the past eight days"), a resolved date ("on
/// Monday", "in September"), the date it was said, a date phrase the time engine could not
/// resolve, or none.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Frame {
    /// A cumulative count since the days of a resolved date; `day` when it names one day.
    Since {
        days: (NaiveDate, NaiveDate),
        day: bool,
    },
    /// A cumulative count over a span, by its words.
    Span(String),
    /// A count on the days of a resolved date; `day` when it names one day.
    Point {
        days: (NaiveDate, NaiveDate),
        day: bool,
    },
    /// A count with no date of its own, stated on the days of a resolved date ("said on Monday
    /// that …"): a figure as of then.
    Said {
        days: (NaiveDate, NaiveDate),
        day: bool,
    },
    /// A count with a date phrase that has no resolved value (the document has no date).
    Phrase(String),
    /// No time stated.
    Unknown,
}

static SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(since|so far|to date|(?:over|in|during|for|within) the (?:last|past))\b\s*((?:[\w.,]+\s*){0,3})",
    )
    .expect("static regex")
});

/// The days a resolved date covers and whether it is one day.
fn days_of(d: &ClaimDate) -> Option<((NaiveDate, NaiveDate), bool)> {
    let days = timeline::range_of(&d.value)?;
    Some((days, d.granularity == Granularity::Day))
}

fn frame(c: &Claim) -> Frame {
    let own = || c.resolved_dates.iter().filter(|d| !d.said);
    let since = own().filter(|d| d.since).find_map(days_of);
    if let Some((days, day)) = since {
        return Frame::Since { days, day };
    }
    if let Some(m) = SPAN.captures(&c.text) {
        let marker = m.get(1).map_or("", |x| x.as_str()).to_lowercase();
        let rest = m.get(2).map_or("", |x| x.as_str());
        let anchor: Vec<String> = rest
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|ch: char| !ch.is_alphanumeric())
                    .to_lowercase()
            })
            .take_while(|w| {
                !w.is_empty() && !is_stopword(w) || w.chars().all(|ch| ch.is_ascii_digit())
            })
            .collect();
        return Frame::Span(format!("{marker} {}", anchor.join(" ")).trim().to_owned());
    }
    if let Some((days, day)) = own().find_map(days_of) {
        return Frame::Point { days, day };
    }
    if let Some((days, day)) = c.resolved_dates.iter().find_map(days_of) {
        return Frame::Said { days, day };
    }
    match c.dates.first() {
        Some(d) => Frame::Phrase(d.to_lowercase()),
        None => Frame::Unknown,
    }
}

/// Whether two counts can be compared: the same kind of frame, on compatible dates (the same
/// day when both name a day, overlapping days otherwise), or the same span or phrase as written.
/// A figure dated only by when it was said is not compared with one dated by when it happened.
fn comparable(a: &Frame, b: &Frame) -> bool {
    match (a, b) {
        (Frame::Unknown, Frame::Unknown) => true,
        (Frame::Span(x), Frame::Span(y)) | (Frame::Phrase(x), Frame::Phrase(y)) => x == y,
        (Frame::Since { days: x, day: dx }, Frame::Since { days: y, day: dy })
        | (Frame::Point { days: x, day: dx }, Frame::Point { days: y, day: dy })
        | (Frame::Said { days: x, day: dx }, Frame::Said { days: y, day: dy }) => {
            if *dx && *dy {
                x.0 == y.0
            } else {
                x.0 <= y.1 && y.0 <= x.1
            }
        }
        _ => false,
    }
}

/// Splits the counts of one thing into clusters whose time frames are pairwise comparable, in
/// order (a count joins the first cluster it fits).
fn same_frame_clusters<'a>(
    members: Vec<(&'a Claim, &'a Quantity)>,
) -> Vec<Vec<(&'a Claim, &'a Quantity)>> {
    let mut clusters: Vec<(Vec<Frame>, Vec<(&Claim, &Quantity)>)> = Vec::new();
    for (c, q) in members {
        let f = frame(c);
        match clusters
            .iter_mut()
            .find(|(frames, _)| frames.iter().all(|g| comparable(g, &f)))
        {
            Some((frames, ms)) => {
                frames.push(f);
                ms.push((c, q));
            }
            None => clusters.push((vec![f], vec![(c, q)])),
        }
    }
    clusters.into_iter().map(|(_, ms)| ms).collect()
}

/// Claims on the same named matter (attack, stopping, talks) compared by the value they give.
fn matter_groups(claims: &[Claim]) -> Vec<ClaimGroup> {
    let mut by_key: BTreeMap<String, Vec<(&Claim, Matter)>> = BTreeMap::new();
    for (c, ms) in claims.iter().zip(matters::of_each(claims)) {
        for m in ms {
            by_key.entry(m.key.clone()).or_default().push((c, m));
        }
    }
    by_key
        .into_iter()
        .filter(|(_, members)| {
            documents(
                members
                    .iter()
                    .filter(|(_, m)| m.value != UNNAMED)
                    .map(|(c, _)| *c),
            ) >= 2
        })
        .map(|(key, members)| {
            let topic = members[0].1.topic.clone();
            let values: Vec<&str> = members.iter().map(|(_, m)| m.value.as_str()).collect();
            let verdict = value_verdict(&values);
            let differences = members
                .iter()
                .map(|(c, m)| difference(c, m.value.clone()))
                .collect();
            let kind = key.replace('|', ":");
            make_group(
                &kind,
                topic,
                members.iter().map(|(c, _)| *c),
                verdict,
                differences,
            )
        })
        .collect()
}

/// The value of a matter a claim speaks to without naming it (an attack with no attacker named).
const UNNAMED: &str = "unnamed";

/// Agree when all values are equal, disagree when every pair differs, mixed otherwise; an
/// "unnamed" value contradicts nothing.
fn value_verdict(values: &[&str]) -> Verdict {
    let (mut same, mut different) = (0, 0);
    for (i, a) in values.iter().enumerate() {
        for b in values[i + 1..]
            .iter()
            .filter(|b| **b != UNNAMED && *a != UNNAMED)
        {
            if a == b { same += 1 } else { different += 1 }
        }
    }
    verdict(same, different)
}

fn documents<'a>(claims: impl Iterator<Item = &'a Claim>) -> usize {
    claims
        .map(|c| c.at.doc.as_str())
        .collect::<BTreeSet<_>>()
        .len()
}

/// "(at least) 30 air strikes (on Monday: 2016-09-19)": the value as the claim states it, with
/// its dates as written and, where the time engine resolved them, as calendar dates.
fn count_value(c: &Claim, q: &Quantity) -> String {
    let dates: Vec<String> = if c.resolved_dates.is_empty() {
        c.dates.clone()
    } else {
        c.resolved_dates
            .iter()
            .map(|d| {
                let said = if d.said { "said " } else { "" };
                format!("{said}{}: {}", d.text, d.value)
            })
            .collect()
    };
    let dates = if dates.is_empty() {
        String::new()
    } else {
        format!(" ({})", dates.join(", "))
    };
    format!("{} {}{dates}", qualifier_word(q), q.text)
        .trim()
        .to_owned()
}

fn qualifier_word(q: &Quantity) -> &'static str {
    match q.qualifier {
        Qualifier::Exact | Qualifier::Range => "",
        Qualifier::Approximately => "(approx.)",
        Qualifier::AtLeast => "(at least)",
        Qualifier::AtMost => "(at most)",
    }
}

/// The values a quantity allows.
fn interval(q: &Quantity) -> (f64, f64) {
    let low: f64 = q.low.parse().unwrap_or(0.0);
    let high: f64 = q.high.parse().unwrap_or(low);
    match q.qualifier {
        Qualifier::Exact | Qualifier::Range => (low, high),
        Qualifier::Approximately => (low * 0.8, high * 1.2),
        Qualifier::AtLeast => (low, f64::INFINITY),
        Qualifier::AtMost => (0.0, high),
    }
}

/// Agree when every pair of intervals overlaps, disagree when none does, mixed otherwise.
fn interval_verdict(intervals: &[(f64, f64)]) -> Verdict {
    let (mut overlapping, mut apart) = (0, 0);
    for (i, a) in intervals.iter().enumerate() {
        for b in &intervals[i + 1..] {
            if a.0 <= b.1 && b.0 <= a.1 {
                overlapping += 1
            } else {
                apart += 1
            }
        }
    }
    verdict(overlapping, apart)
}

fn verdict(same: usize, different: usize) -> Verdict {
    match (same, different) {
        (_, 0) => Verdict::Agree,
        (0, _) => Verdict::Disagree,
        _ => Verdict::Mixed,
    }
}

/// Content words of a claim, crudely stemmed.
fn words(c: &Claim) -> BTreeSet<String> {
    c.text
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| w.len() > 3 && !is_stopword(&w.to_lowercase()))
        .map(|w| stem(&w.to_lowercase()))
        .collect()
}

/// Content words written in lower case: what is said rather than who it is about. Two statements
/// sharing only names and one verb ("X and Y agreed …") are different statements.
fn common_words(c: &Claim) -> BTreeSet<String> {
    c.text
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| w.len() > 3 && w.starts_with(|ch: char| ch.is_lowercase()) && !is_stopword(w))
        .map(stem)
        .collect()
}

fn stem(w: &str) -> String {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(s) = w.strip_suffix(suffix).filter(|s| s.len() >= 4) {
            return s.to_owned();
        }
    }
    w.to_owned()
}

fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "this"
            | "with"
            | "have"
            | "from"
            | "they"
            | "their"
            | "will"
            | "would"
            | "been"
            | "were"
            | "what"
            | "when"
            | "which"
            | "there"
            | "about"
            | "could"
            | "should"
            | "said"
            | "says"
            | "also"
            | "than"
            | "them"
            | "into"
            | "more"
            | "some"
            | "other"
            | "only"
            | "very"
            | "just"
            | "like"
            | "because"
            | "being"
            | "these"
            | "those"
            | "while"
            | "after"
            | "before"
            | "over"
            | "does"
            | "think"
            | "know"
            | "going"
            | "want"
            | "make"
            | "made"
            | "it’s"
            | "can’t"
            | "don’t"
    )
}

/// The stance a claim takes, for comparison.
fn stance(c: &Claim) -> &'static str {
    match (c.polarity, c.negated) {
        (Polarity::Denies, _) => "denies",
        (Polarity::Asserts, true) => "asserts the negative",
        (Polarity::Accuses, _) => "accuses",
        (Polarity::CallsFor, _) => "calls for",
        (Polarity::Asserts, false) => "asserts",
    }
}

fn statement_groups(claims: &[&Claim]) -> Vec<ClaimGroup> {
    let bags: Vec<BTreeSet<String>> = claims.iter().map(|c| words(c)).collect();
    let commons: Vec<BTreeSet<String>> = claims.iter().map(|c| common_words(c)).collect();
    let mut parent: Vec<usize> = (0..claims.len()).collect();
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            if claims[i].at.doc == claims[j].at.doc {
                continue;
            }
            let shared = bags[i].intersection(&bags[j]).count();
            let union = bags[i].union(&bags[j]).count().max(1);
            let shared_common = commons[i].intersection(&commons[j]).count();
            if shared >= MIN_SHARED_WORDS
                && shared_common >= MIN_SHARED_COMMON_WORDS
                && shared as f64 / union as f64 >= MIN_JACCARD
            {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..claims.len() {
        let root = find(&mut parent, i);
        clusters.entry(root).or_default().push(i);
    }
    clusters
        .into_values()
        .filter(|m| documents(m.iter().map(|&i| claims[i])) >= 2)
        .map(|m| {
            let topic = topic_of(
                &m.iter().map(|&i| claims[i]).collect::<Vec<_>>(),
                &m.iter().map(|&i| &bags[i]).collect::<Vec<_>>(),
            );
            let stances: Vec<&str> = m.iter().map(|&i| stance(claims[i])).collect();
            let first = stances[0];
            let same = stances.iter().filter(|s| **s == first).count();
            let verdict = verdict(same.saturating_sub(1), stances.len() - same);
            let differences = m
                .iter()
                .map(|&i| difference(claims[i], stance(claims[i]).to_owned()))
                .collect();
            make_group(
                "statement",
                topic,
                m.iter().map(|&i| claims[i]),
                verdict,
                differences,
            )
        })
        .collect()
}

fn find(parent: &mut [usize], i: usize) -> usize {
    let mut r = i;
    while parent[r] != r {
        r = parent[r];
    }
    parent[i] = r;
    r
}

/// The member claim sharing most words with the others, cut to a dozen words.
fn topic_of(claims: &[&Claim], bags: &[&BTreeSet<String>]) -> String {
    let central = (0..claims.len()).max_by_key(|&i| {
        let shared: usize = (0..bags.len())
            .filter(|&j| j != i)
            .map(|j| bags[i].intersection(bags[j]).count())
            .sum();
        (shared, usize::MAX - claims[i].text.len())
    });
    let Some(i) = central else {
        return shared_words(bags);
    };
    let text = claims[i]
        .text
        .trim_start_matches("that ")
        .trim_matches(['“', '”', '"']);
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 12 {
        words.join(" ")
    } else {
        format!("{}…", words[..12].join(" "))
    }
}

/// The words most members share, as a short label.
fn shared_words(bags: &[&BTreeSet<String>]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for b in bags {
        for w in b.iter() {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().filter(|(_, n)| *n >= 2).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked
        .iter()
        .take(4)
        .map(|(w, _)| *w)
        .collect::<Vec<_>>()
        .join(", ")
}

fn difference(c: &Claim, value: String) -> Difference {
    Difference {
        claim_id: c.id.clone(),
        doc: c.at.doc.clone(),
        speaker: c.speaker.clone(),
        value,
    }
}

/// A group; its id is the kind of matter and the smallest member claim id, stable across
/// rebuilds of the same input and unique (a claim is in at most one group of each kind).
fn make_group<'a>(
    kind: &str,
    topic: String,
    members: impl Iterator<Item = &'a Claim>,
    verdict: Verdict,
    differences: Vec<Difference>,
) -> ClaimGroup {
    let claim_ids: Vec<String> = members.map(|c| c.id.clone()).collect();
    let kind = kind.replace(' ', "-");
    let id = format!(
        "group:{kind}:{}",
        claim_ids.iter().min().cloned().unwrap_or_default()
    );
    ClaimGroup {
        id,
        topic,
        claim_ids,
        verdict,
        differences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{ClaimKind, SentenceRef};

    fn claim(
        id: &str,
        doc: &str,
        text: &str,
        quantities: Vec<Quantity>,
        polarity: Polarity,
        negated: bool,
    ) -> Claim {
        Claim {
            id: id.into(),
            at: SentenceRef {
                doc: doc.into(),
                sentence: 0,
            },
            speaker: "Someone".into(),
            text: text.into(),
            kind: ClaimKind::Indirect,
            cue: Some("said".into()),
            source_text: Some("Someone".into()),
            role: None,
            affiliation: None,
            polarity,
            negated,
            quantities,
            dates: vec![],
            actors: vec![],
            resolved_dates: vec![],
        }
    }

    fn q(low: &str, high: &str, unit: &str, qualifier: Qualifier) -> Quantity {
        Quantity {
            text: format!("{low} {unit}"),
            low: low.into(),
            high: high.into(),
            unit: unit.into(),
            qualifier,
        }
    }

    #[test]
    fn counts_of_the_same_thing_are_compared_as_intervals() {
        let a = claim(
            "a:0:0",
            "a",
            "at least 30 people were killed",
            vec![q("30", "30", "people", Qualifier::AtLeast)],
            Polarity::Asserts,
            false,
        );
        let b = claim(
            "b:0:0",
            "b",
            "45 people died in the attack",
            vec![q("45", "45", "people", Qualifier::Exact)],
            Polarity::Asserts,
            false,
        );
        let c = claim(
            "c:0:0",
            "c",
            "20 people were killed",
            vec![q("20", "20", "people", Qualifier::Exact)],
            Polarity::Asserts,
            false,
        );
        let groups = group(&[a.clone(), b.clone()]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].verdict, Verdict::Agree);
        assert_eq!(groups[0].topic, "number of people killed");
        let groups = group(&[a, b, c]);
        assert_eq!(groups[0].verdict, Verdict::Mixed);
        assert_eq!(groups[0].differences.len(), 3);
    }

    #[test]
    fn a_count_of_the_others_is_not_held_against_a_total() {
        let total = claim(
            "a:0:0",
            "a",
            "three victims were shot",
            vec![q("3", "3", "victims", Qualifier::Exact)],
            Polarity::Asserts,
            false,
        );
        let others = claim(
            "b:0:0",
            "b",
            "he shot two other victims",
            vec![q("2", "2", "other victims", Qualifier::Exact)],
            Polarity::Asserts,
            false,
        );
        let again = claim(
            "c:0:0",
            "c",
            "three victims were shot",
            vec![q("3", "3", "victims", Qualifier::Exact)],
            Polarity::Asserts,
            false,
        );
        assert!(group(&[total.clone(), others.clone()]).is_empty());
        let groups = group(&[total, others, again]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].verdict, Verdict::Agree);
        assert_eq!(groups[0].differences.len(), 2);
    }

    fn resolved(text: &str, value: &str, granularity: Granularity, since: bool) -> ClaimDate {
        ClaimDate {
            text: text.into(),
            value: value.into(),
            granularity,
            since,
            said: false,
        }
    }

    fn deaths(id: &str, text: &str, n: &str, dates: Vec<ClaimDate>) -> Claim {
        let doc = id.split(':').next().unwrap_or(id);
        Claim {
            resolved_dates: dates,
            ..claim(
                id,
                doc,
                text,
                vec![q(n, n, "deaths", Qualifier::Exact)],
                Polarity::Asserts,
                false,
            )
        }
    }

    #[test]
    fn counts_are_compared_only_on_compatible_dates() {
        use Granularity::{Day, Month};
        let monday = deaths(
            "a:0:0",
            "61 deaths on Monday",
            "61",
            vec![resolved("Monday", "2016-09-19", Day, false)],
        );
        // "yesterday" in an article of 20 September: the same day as the Monday above.
        let same_day = deaths(
            "b:0:0",
            "eight deaths yesterday",
            "8",
            vec![resolved("yesterday", "2016-09-19", Day, false)],
        );
        // "yesterday" in an article of 22 September: another day.
        let other_day = deaths(
            "c:0:0",
            "ten deaths yesterday",
            "10",
            vec![resolved("yesterday", "2016-09-21", Day, false)],
        );
        let since = deaths(
            "d:0:0",
            "31 deaths since Friday",
            "31",
            vec![resolved("Friday", "2016-09-16", Day, true)],
        );
        let undated = deaths("e:0:0", "12 deaths were recorded", "12", vec![]);
        let groups = group(&[monday, same_day, other_day, since, undated]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].claim_ids, vec!["a:0:0", "b:0:0"]);
        assert_eq!(groups[0].verdict, Verdict::Disagree);
        assert_eq!(
            groups[0].differences[0].value,
            "61 deaths (Monday: 2016-09-19)"
        );
        assert_eq!(
            groups[0].differences[1].value,
            "8 deaths (yesterday: 2016-09-19)"
        );

        // Running totals compare when they run from the same day, however it is written.
        let since_friday = deaths(
            "f:0:0",
            "31 deaths since Friday",
            "31",
            vec![resolved("Friday", "2016-09-16", Day, true)],
        );
        let since_date = deaths(
            "g:0:0",
            "31 deaths since Sept. 16",
            "31",
            vec![resolved("Sept. 16", "2016-09-16", Day, true)],
        );
        let since_later = deaths(
            "h:0:0",
            "30 deaths since Sept. 18",
            "30",
            vec![resolved("Sept. 18", "2016-09-18", Day, true)],
        );
        let groups = group(&[since_friday, since_date, since_later]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].claim_ids, vec!["f:0:0", "g:0:0"]);
        assert_eq!(groups[0].verdict, Verdict::Agree);

        // A month overlaps each of its days; different months do not overlap.
        let may = deaths(
            "i:0:0",
            "300 deaths in May",
            "300",
            vec![resolved("May", "2016-05", Month, false)],
        );
        let a_day = deaths(
            "j:0:0",
            "20 deaths on May 19",
            "20",
            vec![resolved("May 19", "2016-05-19", Day, false)],
        );
        let june = deaths(
            "k:0:0",
            "20 deaths on June 2",
            "20",
            vec![resolved("June 2", "2016-06-02", Day, false)],
        );
        let groups = group(&[may, a_day, june]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].claim_ids, vec!["i:0:0", "j:0:0"]);
    }

    #[test]
    fn figures_dated_by_when_they_were_said_compare_only_with_each_other() {
        use Granularity::{Day, Week};
        let said = |d: ClaimDate| ClaimDate { said: true, ..d };
        let strike = deaths(
            "a:0:0",
            "a strike earlier this week killed 14 villagers",
            "14",
            vec![resolved("earlier this week", "2016-W39", Week, false)],
        );
        // "Officials said this week … the killing of hundreds of villagers": the week is when it
        // was said, not when the deaths happened.
        let toll = deaths(
            "b:0:0",
            "the killing of hundreds of villagers",
            "300",
            vec![said(resolved("this week", "2016-W39", Week, false))],
        );
        assert!(group(&[strike, toll]).is_empty());
        let tuesday = deaths(
            "c:0:0",
            "40 deaths",
            "40",
            vec![said(resolved("Tuesday", "2016-09-27", Day, false))],
        );
        let same_day = deaths(
            "d:0:0",
            "41 deaths",
            "41",
            vec![said(resolved("Tuesday", "2016-09-27", Day, false))],
        );
        let groups = group(&[tuesday, same_day]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(
            groups[0].differences[0].value,
            "40 deaths (said Tuesday: 2016-09-27)"
        );
    }

    #[test]
    fn unresolved_date_phrases_compare_only_when_written_alike() {
        let phrase = |id: &str, n: &str, date: &str| Claim {
            dates: vec![date.to_owned()],
            ..deaths(id, &format!("{n} deaths {date}"), n, vec![])
        };
        let groups = group(&[
            phrase("a:0:0", "61", "on Monday"),
            phrase("b:0:0", "8", "yesterday"),
        ]);
        assert!(groups.is_empty(), "{groups:?}");
        let groups = group(&[
            phrase("a:0:0", "61", "on Monday"),
            phrase("b:0:0", "50", "on Monday"),
        ]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].differences[0].value, "61 deaths (on Monday)");
    }

    #[test]
    fn a_claim_in_two_matters_gives_two_distinct_group_ids() {
        let q30 = q("30", "30", "people", Qualifier::AtLeast);
        let a = claim(
            "a:0:0",
            "a",
            "at least 30 people were killed when Syldavian jets struck the convoy",
            vec![q30.clone()],
            Polarity::Asserts,
            false,
        );
        let b = claim(
            "b:0:0",
            "b",
            "at least 30 people were killed when Syldavian jets hit the convoy",
            vec![q30],
            Polarity::Asserts,
            false,
        );
        let groups = group(&[a, b]);
        assert_eq!(groups.len(), 2);
        assert_ne!(groups[0].id, groups[1].id);
        assert!(
            groups
                .iter()
                .any(|g| g.topic == "who attacked the convoy" && g.verdict == Verdict::Agree)
        );
    }

    #[test]
    fn statements_on_one_matter_compare_stances() {
        let text = "the ministers reached a broad understanding on the new border crossing rules";
        let a = claim("a:1:0", "a", text, vec![], Polarity::Asserts, false);
        let b = claim("b:1:0", "b", text, vec![], Polarity::Denies, false);
        let groups = group(&[a, b]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].verdict, Verdict::Disagree);
        assert_eq!(groups[0].id, "group:statement:a:1:0");
        let same = claim(
            "c:1:0",
            "c",
            "the weather was fine",
            vec![],
            Polarity::Asserts,
            false,
        );
        assert!(group(&[same]).is_empty());
    }

    #[test]
    fn an_unnamed_attacker_gives_no_verdict_against_a_named_one() {
        let named = |id: &str, doc: &str| {
            claim(
                id,
                doc,
                "Syldavian jets hit the hospital at dawn",
                vec![],
                Polarity::Asserts,
                false,
            )
        };
        let unnamed = claim(
            "b:2:0",
            "b",
            "the hospital was hit three times this month",
            vec![],
            Polarity::Asserts,
            false,
        );
        assert!(group(&[named("a:1:0", "a"), unnamed.clone()]).is_empty());
        let groups = group(&[named("a:1:0", "a"), unnamed, named("c:1:0", "c")]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].verdict, Verdict::Agree);
        assert_eq!(groups[0].claim_ids.len(), 3);
    }

    #[test]
    fn statements_sharing_only_names_and_a_verb_are_different_matters() {
        let a = claim(
            "a:1:0",
            "a",
            "Syldavia agreed with Borduria Republic that the dam must be rebuilt",
            vec![],
            Polarity::Asserts,
            false,
        );
        let b = claim(
            "b:1:0",
            "b",
            "Syldavia and Borduria Republic agreed to share the grain harvest",
            vec![],
            Polarity::Asserts,
            false,
        );
        assert!(group(&[a, b]).is_empty());
    }

    #[test]
    fn a_negated_proposition_differs_from_its_assertion_and_is_no_denial() {
        let a = claim(
            "a:1:0",
            "a",
            "the northern border crossing reopened for trucks carrying grain",
            vec![],
            Polarity::Asserts,
            false,
        );
        let b = claim(
            "b:1:0",
            "b",
            "the northern border crossing has not reopened for trucks carrying grain",
            vec![],
            Polarity::Asserts,
            true,
        );
        let groups = group(&[a, b]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].verdict, Verdict::Disagree);
        assert_eq!(groups[0].differences[1].value, "asserts the negative");
    }
}
