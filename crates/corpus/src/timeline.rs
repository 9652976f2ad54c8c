//! Timeline: turns dated statements into events and merges the ones that report the same
//! happening across documents.
//!
//! A statement is a sentence with a calendar date (day to year) anchored on its document's
//! publication date; it becomes an event labelled with what the sentence says happened, its
//! actors and its date. Statements with compatible dates and shared actors and words merge;
//! near-identical statements on different dates merge too, keeping every date and a conflict
//! flag. A step told from the story's last date ("Three days later, …") is dated by counting
//! from it (`time::narrative`), and its mention says what it was counted from.
//! Event ids hash their content, so a rebuild of the same input gives the same ids.
//! This module does not find or normalise dates (see `time`) nor infer publication dates.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};
use dossier_model::{DateBasis, Document, Event, Granularity, Mention, SentenceRef};

use crate::time::{self, Timex, TimexType, narrative, pubdate};

/// One dated sentence, before merging.
#[derive(Debug, Clone)]
struct Statement {
    mention: Mention,
    sentence: String,
    label: String,
    actors: Vec<String>,
    words: BTreeSet<String>,
    /// The days the date covers; for "since July" the range runs to the publication date.
    range: (NaiveDate, NaiveDate),
    /// The days the date itself names ("July" alone), for deciding whether statements agree.
    named: (NaiveDate, NaiveDate),
    open_end: bool,
    modifier: Option<&'static str>,
}

/// Events for every dated statement of the documents, merged across documents, sorted by date.
pub fn build(documents: &[Document]) -> Vec<Event> {
    let mut statements = Vec::new();
    for doc in documents {
        statements.extend(statements_of(doc));
    }
    statements.sort_by(|a, b| (a.range, &a.mention.at).cmp(&(b.range, &b.mention.at)));
    let idf = idf_of(&statements);
    let groups = merge(statements, &idf);
    let mut events: Vec<Event> = groups.into_iter().map(|g| event_of(g, &idf)).collect();
    events.sort_by(|a, b| (&a.start, &a.end, &a.id).cmp(&(&b.start, &b.end, &b.id)));
    dedupe_ids(&mut events);
    events
}

/// Re-dates weakly dated documents (inferred from the story, or with little evidence) to the
/// nearby day on which their relative dates ("on Monday", "earlier this week") line up with
/// what firmly dated articles of the story report; the evidence says so. Firm dates are never
/// changed.
pub fn align_dates(documents: &mut [Document]) {
    let firm: Vec<Statement> = documents
        .iter()
        .filter(|d| is_firm(d))
        .flat_map(statements_of)
        .collect();
    if firm.is_empty() {
        return;
    }
    let all: Vec<Statement> = documents.iter().flat_map(statements_of).collect();
    let idf = idf_of(&all);
    for doc in documents.iter_mut().filter(|d| !is_firm(d)) {
        let Some(date) = doc
            .date
            .as_ref()
            .and_then(|d| NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").ok())
        else {
            continue;
        };
        let may_go_earlier = doc
            .date
            .as_ref()
            .is_some_and(|d| d.basis == DateBasis::Story);
        let first = if may_go_earlier { -10 } else { 0 };
        let score_on = |day: NaiveDate, doc: &Document| {
            let mut moved = doc.clone();
            if let Some(p) = moved.date.as_mut() {
                p.value = day.to_string();
            }
            let statements = statements_of(&moved);
            agreement(&statements, &firm, &idf) - RECENCY * weekday_age(&statements, day)
        };
        let current = score_on(date, doc);
        let best = (first..=13)
            .filter_map(|k| date.checked_add_signed(chrono::Duration::days(k)))
            .map(|day| (score_on(day, doc), day))
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(&a.1)));
        // A date taken from the story alone has no evidence of its own to outweigh: one echo
        // of a firm article is enough to move it; an inferred date needs several.
        let gain = if may_go_earlier {
            ALIGN_SIMILARITY
        } else {
            ALIGN_GAIN
        };
        if let (Some((score, day)), Some(p)) = (best, doc.date.as_mut())
            && score > current + gain
        {
            p.evidence.push_str(&format!("; moved from {} to {day}, where its relative dates match the story's other articles", p.value));
            p.value = day.to_string();
            p.confidence = p.confidence.saturating_add(10).min(60);
        }
    }
}

/// Similarity from which a statement counts as echoing a firm one when aligning dates (lower
/// than for merging: several weak echoes together move a date, one alone does not).
const ALIGN_SIMILARITY: f64 = 0.1;

/// How much better a day must fit the firmly dated articles before a weak date moves to it.
const ALIGN_GAIN: f64 = 0.25;

/// Weight of [`weekday_age`]: a tie-breaker far below one echo of a firm statement.
const RECENCY: f64 = 0.005;

/// Days from the weekdays a text names ("on Monday") to its date, summed: news reports its
/// latest days, so among days that fit the story equally, the one closest after them wins.
fn weekday_age(statements: &[Statement], day: NaiveDate) -> f64 {
    const WEEKDAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    statements
        .iter()
        .filter(|s| WEEKDAYS.iter().any(|w| s.mention.text.contains(w)))
        .map(|s| (day - s.named.0).num_days().max(0) as f64)
        .sum()
}

/// Dated from a dateline, or inferred from an explicit date with some confidence.
fn is_firm(doc: &Document) -> bool {
    doc.date.as_ref().is_some_and(|d| {
        d.basis == DateBasis::Dateline || (d.basis == DateBasis::Inferred && d.confidence >= 60)
    })
}

/// How well day- and week-precise statements agree with firm ones on the same days: for each,
/// the best similarity to a firm statement on a compatible day, when it is enough to merge them
/// ("an airstrike earlier this week" echoes a firm "airstrike on Monday" only from that week).
fn agreement(statements: &[Statement], firm: &[Statement], idf: &Idf) -> f64 {
    statements
        .iter()
        .filter(|s| s.mention.granularity <= Granularity::Week)
        .filter_map(|s| {
            firm.iter()
                .filter(|f| {
                    f.mention.at.doc != s.mention.at.doc
                        && f.mention.granularity == Granularity::Day
                        && compatible(f.named, s.named)
                })
                .map(|f| similarity(s, f, idf))
                .filter(|sim| *sim >= ALIGN_SIMILARITY)
                .max_by(|a, b| a.total_cmp(b))
        })
        .sum()
}

/// The dated statements of one document: per sentence, its most precise calendar date, plus
/// every "since ..." date (an ongoing state beside the sentence's news).
fn statements_of(doc: &Document) -> Vec<Statement> {
    let Some(dct) = doc
        .date
        .as_ref()
        .and_then(|d| NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").ok())
    else {
        return Vec::new();
    };
    let text = pubdate::document_text(doc);
    let mut sentence_starts = Vec::with_capacity(doc.sentences.len());
    let mut at = 0;
    for s in &doc.sentences {
        sentence_starts.push(at);
        at += s.text.len() + 1;
    }
    // Key: sentence index and, for "since" dates, their position (each is its own statement).
    // Value: the date and, for a step like "three days later", the date it was counted from.
    let mut best: BTreeMap<(usize, Option<usize>), (Timex, Option<String>)> = BTreeMap::new();
    let found = time::extract(&text, dct);
    let counted = narrative::count_from_reference(&text, &found);
    let written = found
        .into_iter()
        .filter(is_calendar_date)
        .map(|t| (t, None));
    // Written dates come first, so a sentence's own date wins a tie with a counted one.
    for (timex, from) in written.chain(counted.into_iter().map(|c| (c.timex, Some(c.from)))) {
        let index = sentence_starts
            .partition_point(|&s| s <= timex.start)
            .saturating_sub(1);
        let key = (
            index,
            (timex.range == Some("ON_OR_AFTER")).then_some(timex.start),
        );
        let finer = best
            .get(&key)
            .is_none_or(|(b, _)| timex.granularity < b.granularity);
        if finer {
            best.insert(key, (timex, from));
        }
    }
    best.into_iter()
        .filter_map(|((index, _), (timex, from))| {
            let sentence = &doc.sentences.get(index)?.text;
            let mut s = statement(doc, index, sentence, timex, sentence_starts[index], dct)?;
            s.mention.counted_from = from;
            Some(s)
        })
        .collect()
}

/// Dates of day to year precision; not durations, sets, vague references or decades.
fn is_calendar_date(t: &Timex) -> bool {
    matches!(t.kind, TimexType::Date | TimexType::Time)
        && t.granularity.is_some_and(|g| g != Granularity::Decade)
}

fn statement(
    doc: &Document,
    index: usize,
    sentence: &str,
    timex: Timex,
    offset: usize,
    dct: NaiveDate,
) -> Option<Statement> {
    // An expression may run past the end of its sentence ("… by 9:30 p.m." read with the line
    // break after it): keep the part inside the sentence, and drop one that lies outside.
    let start = timex.start.checked_sub(offset)?;
    let end = timex.end.checked_sub(offset)?.min(sentence.len());
    let inside = sentence.get(start..end).filter(|t| !t.trim().is_empty())?;
    let char_start = sentence.get(..start)?.chars().count() as u32;
    let char_end = char_start + inside.chars().count() as u32;
    let named = range_of(&timex.value)?;
    let (mut first, mut last) = named;
    let open_end = timex.range == Some("ON_OR_AFTER") && dct > last;
    if open_end {
        last = dct;
    }
    if timex.range == Some("ON_OR_BEFORE") && first > dct {
        first = dct;
    }
    let label = label_of(sentence, start, end);
    Some(Statement {
        actors: actors_of(sentence),
        words: happening_words(&near_words(&sentence[..start], &sentence[end..])),
        label,
        sentence: sentence.to_owned(),
        range: (first, last),
        named,
        open_end,
        modifier: timex.modifier,
        mention: Mention {
            at: SentenceRef {
                doc: doc.id.clone(),
                sentence: index as u32,
            },
            text: inside.to_owned(),
            start: char_start,
            end: char_end,
            granularity: timex.granularity.unwrap_or(Granularity::Day),
            value: timex.value,
            counted_from: None,
        },
    })
}

/// The days a TIMEX3 calendar value covers, first and last inclusive.
pub fn range_of(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let value = value.split('T').next()?;
    let year: i32 = value.get(..4)?.parse().ok()?;
    let ymd = |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d);
    let last_of_month = |y: i32, m: u32| {
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)
        };
        next.and_then(|n| n.pred_opt())
    };
    let rest = value.get(5..).unwrap_or("");
    if rest.is_empty() {
        return Some((ymd(1, 1)?, ymd(12, 31)?));
    }
    let months = |from: u32, to: u32| Some((ymd(from, 1)?, last_of_month(year, to)?));
    match rest {
        "Q1" => return months(1, 3),
        "Q2" => return months(4, 6),
        "Q3" => return months(7, 9),
        "Q4" => return months(10, 12),
        "H1" => return months(1, 6),
        "H2" => return months(7, 12),
        "SP" => return months(3, 5),
        "SU" => return months(6, 8),
        "FA" => return months(9, 11),
        "WI" => return Some((ymd(12, 1)?, last_of_month(year + 1, 2)?)),
        _ => {}
    }
    if let Some(week) = rest.strip_prefix('W') {
        let (n, weekend) = match week.split_once('-') {
            Some((n, _)) => (n, true),
            None => (week, false),
        };
        let monday = NaiveDate::from_isoywd_opt(year, n.parse().ok()?, chrono::Weekday::Mon)?;
        let sunday = monday.checked_add_days(Days::new(6))?;
        return Some(if weekend {
            (sunday.pred_opt()?, sunday)
        } else {
            (monday, sunday)
        });
    }
    let month: u32 = rest.get(..2)?.parse().ok()?;
    match rest.get(3..5) {
        Some(d) => {
            let day = ymd(month, d.parse().ok()?)?;
            Some((day, day))
        }
        None => Some((ymd(month, 1)?, last_of_month(year, month)?)),
    }
}

/// What happened, in a few words: the sentence without its time expression, the attribution
/// tail ("..., officials said") and the lead-in preposition, cut to fourteen words.
fn label_of(sentence: &str, start: usize, end: usize) -> String {
    let before = sentence[..start].trim_end();
    let before = [
        "on", "On", "in", "In", "since", "Since", "late on", "early on", "by", "at",
    ]
    .iter()
    .find_map(|p| {
        before
            .strip_suffix(p)
            .filter(|b| b.is_empty() || b.ends_with(' '))
    })
    .unwrap_or(before);
    let after = sentence[end..].trim_start();
    // Keep a clause break that followed the expression ("held since 2012, have been" → "held, have been").
    let glue = if after.starts_with(',')
        && !before.trim_end().is_empty()
        && !before.trim_end().ends_with(',')
    {
        ","
    } else {
        ""
    };
    let joined = format!(
        "{}{glue} {}",
        before.trim_end().trim_end_matches(','),
        after.trim_start_matches(',')
    );
    let mut text = joined.split_whitespace().collect::<Vec<_>>().join(" ");
    for tail in [
        ", officials said",
        ", he said",
        ", she said",
        ", they said",
        " it said",
        ", said",
    ] {
        if let Some(i) = text.rfind(tail)
            && text.len() - i < 40
        {
            text.truncate(i);
        }
    }
    let mut words: Vec<&str> = text.split_whitespace().collect();
    // A live-blog or wire stamp left in front ("UPDATE :", "BREAKING:") is not what happened.
    if words.len() > 2
        && words[0].chars().all(|c| c.is_ascii_uppercase())
        && (words[0].ends_with(':') || words[1] == ":")
    {
        let skip = if words[1] == ":" { 2 } else { 1 };
        words.drain(..skip);
    }
    let mut label = if words.len() > 14 {
        format!("{}…", words[..14].join(" "))
    } else {
        words.join(" ")
    };
    label = label.trim_end_matches(['.', ',', ':', ';', ' ']).to_owned();
    let mut chars = label.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => sentence.to_owned(),
    }
}

/// Proper names in the sentence: runs of capitalised words, not at the sentence start unless
/// two words or more, without months, weekdays and common sentence openers.
fn actors_of(sentence: &str) -> Vec<String> {
    const NOT_NAMES: &[&str] = &[
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "But",
        "And",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "This",
        "That",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "After",
        "Before",
        "As",
        "When",
        "While",
        "Since",
        "If",
        "UPDATE",
        "GMT",
    ];
    let mut names: Vec<String> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut run_starts_sentence = false;
    let words: Vec<&str> = sentence.split_whitespace().collect();
    for (i, raw) in words.iter().enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'');
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        let capital = w.chars().next().is_some_and(|c| c.is_uppercase())
            && w.len() > 1
            && !NOT_NAMES.contains(&w);
        let next_capital = words
            .get(i + 1)
            .is_some_and(|n| n.chars().next().is_some_and(|c| c.is_uppercase()));
        if *raw == "of" && !run.is_empty() && next_capital {
            run.push("of");
            continue;
        }
        if capital {
            if run.is_empty() {
                run_starts_sentence = i == 0;
            }
            run.push(w);
        }
        let breaks = !capital
            || raw.ends_with([',', '.', ';', ':', '”', '"'])
            || raw.ends_with("'s")
            || raw.ends_with("’s");
        if breaks && !run.is_empty() {
            if !(run_starts_sentence && run.len() == 1) {
                names.push(run.join(" "));
            }
            run.clear();
        }
    }
    let mut seen = BTreeSet::new();
    names.retain(|n| seen.insert(n.clone()));
    names.truncate(4);
    names
}

/// The content words of what a statement reports: a leading reporting clause ("The Syrian
/// Observatory for Human Rights said ...") names who tells, not what happened, so two reports
/// from one source do not look alike for that alone.
fn happening_words(text: &str) -> BTreeSet<String> {
    const REPORTING: &[&str] = &[
        "said",
        "says",
        "reported",
        "reports",
        "told",
        "announced",
        "added",
        "stated",
        "claimed",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let verb = words.iter().take(REPORTING_CLAUSE_WORDS).position(|w| {
        let bare = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        REPORTING.contains(&bare.as_str())
    });
    match verb {
        Some(i) if i + 1 < words.len() => content_words(&words[i + 1..].join(" ")),
        _ => content_words(text),
    }
}

/// The words around a time expression, at most [`NEAR_WORDS`] on each side: a long sentence
/// reports other things further away, which should not dilute what happened on the date.
fn near_words(before: &str, after: &str) -> String {
    let before: Vec<&str> = before.split_whitespace().collect();
    let from = before.len().saturating_sub(NEAR_WORDS);
    let after: Vec<&str> = after.split_whitespace().take(NEAR_WORDS).collect();
    format!("{} {}", before[from..].join(" "), after.join(" "))
}

/// How many words on each side of a time expression describe its happening.
const NEAR_WORDS: usize = 12;

/// How far into a sentence a reporting verb still ends a leading source clause.
const REPORTING_CLAUSE_WORDS: usize = 16;

/// Lowercased content words, crudely stemmed, for comparing statements.
fn content_words(text: &str) -> BTreeSet<String> {
    const STOP: &[&str] = &[
        "the", "and", "for", "that", "with", "this", "from", "have", "has", "had", "was", "were",
        "are", "been", "will", "would", "said", "says", "they", "their", "there", "which", "about",
        "after", "before", "into", "than", "also", "its", "his", "her", "who", "what", "when",
        "where", "while", "but", "not", "more", "some", "other", "over", "under", "between",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .map(|w| w.to_lowercase())
        .filter(|w| {
            w.chars().count() >= 3
                && !STOP.contains(&w.as_str())
                && !w.chars().all(|c| c.is_ascii_digit())
        })
        .map(|w| stem(&w))
        .collect()
}

fn stem(word: &str) -> String {
    for suffix in ["ings", "ing", "ed", "es", "s"] {
        if let Some(root) = word.strip_suffix(suffix)
            && root.chars().count() >= 3
        {
            return root.to_owned();
        }
    }
    word.to_owned()
}

/// Inverse document frequency of each content word over all statements: words that every
/// statement shares (the city's name in a story about that city) say little about the happening.
type Idf = BTreeMap<String, f64>;

fn idf_of(statements: &[Statement]) -> Idf {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for s in statements {
        for w in &s.words {
            *counts.entry(w).or_default() += 1;
        }
    }
    let n = statements.len() as f64 + 1.0;
    counts
        .into_iter()
        .map(|(w, c)| (w.to_owned(), (n / c as f64).ln().max(0.1)))
        .collect()
}

/// How alike two statements are: IDF-weighted Jaccard overlap of content words, plus a little
/// for shared actors.
fn similarity(a: &Statement, b: &Statement, idf: &Idf) -> f64 {
    let weight = |w: &String| idf.get(w).copied().unwrap_or(1.0);
    let shared: f64 = a.words.intersection(&b.words).map(weight).sum();
    let union: f64 = a.words.union(&b.words).map(weight).sum();
    let actors = a.actors.iter().filter(|x| b.actors.contains(x)).count() as f64;
    shared / union.max(1e-9) + 0.05 * actors.min(2.0)
}

/// How two date ranges relate.
fn compatible(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

fn days_apart(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> i64 {
    if compatible(a, b) {
        0
    } else {
        (a.0 - b.1)
            .num_days()
            .abs()
            .min((b.0 - a.1).num_days().abs())
    }
}

/// Similarity needed to merge statements with compatible dates, and with conflicting ones.
const MERGE: f64 = 0.18;
const MERGE_CONFLICTING: f64 = 0.4;

/// Greedy grouping in date order: each statement joins the most similar earlier group from
/// another sentence when dates agree (or nearly agree, a conflict) and enough words are shared.
fn merge(statements: Vec<Statement>, idf: &Idf) -> Vec<Vec<Statement>> {
    let mut groups: Vec<Vec<Statement>> = Vec::new();
    for s in statements {
        let mut best: Option<(f64, usize)> = None;
        for (gi, group) in groups.iter().enumerate() {
            let Some(score) = group_score(group, &s, idf) else {
                continue;
            };
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, gi));
            }
        }
        match best {
            Some((_, gi)) => groups[gi].push(s),
            None => groups.push(vec![s]),
        }
    }
    groups
}

/// The best similarity of `s` to a group member it may merge with, if any.
fn group_score(group: &[Statement], s: &Statement, idf: &Idf) -> Option<f64> {
    if group.iter().any(|g| {
        g.mention.at.doc == s.mention.at.doc && g.mention.at.sentence == s.mention.at.sentence
    }) {
        return None;
    }
    group
        .iter()
        .filter_map(|g| {
            let sim = similarity(g, s, idf);
            let gap = days_apart(g.named, s.named);
            let day_level = g.mention.granularity == Granularity::Day
                && s.mention.granularity == Granularity::Day;
            let other_source = g.mention.at.doc != s.mention.at.doc;
            // Within one article, only the same date repeated joins two sentences.
            if !other_source && g.mention.value != s.mention.value {
                return None;
            }
            let ok = if gap == 0 {
                sim >= MERGE
            } else {
                other_source && day_level && gap <= 7 && sim >= MERGE_CONFLICTING
            };
            ok.then_some(sim)
        })
        .max_by(|a, b| a.total_cmp(b))
}

fn event_of(group: Vec<Statement>, idf: &Idf) -> Event {
    // The main statement: the most precise date, then the first in date and document order.
    let main = group
        .iter()
        .min_by(|a, b| {
            (a.mention.granularity, a.range, &a.mention.at).cmp(&(
                b.mention.granularity,
                b.range,
                &b.mention.at,
            ))
        })
        .cloned();
    let Some(main) = main else {
        return Event::default();
    };
    // The label comes from the statement most like the others (the group's medoid).
    let label = group
        .iter()
        .map(|s| {
            (
                group
                    .iter()
                    .filter(|o| o.mention.at != s.mention.at)
                    .map(|o| similarity(s, o, idf))
                    .sum::<f64>(),
                s,
            )
        })
        .max_by(|a, b| {
            a.0.total_cmp(&b.0)
                .then_with(|| b.1.mention.at.cmp(&a.1.mention.at))
        })
        .map_or_else(|| main.label.clone(), |(_, s)| s.label.clone());
    let values: Vec<String> = group
        .iter()
        .map(|s| s.mention.value.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let conflict = group
        .iter()
        .any(|a| group.iter().any(|b| !compatible(a.named, b.named)));
    let mut actor_counts: BTreeMap<String, usize> = BTreeMap::new();
    for a in group.iter().flat_map(|s| &s.actors) {
        *actor_counts.entry(a.clone()).or_default() += 1;
    }
    let mut actors: Vec<(String, usize)> = actor_counts.into_iter().collect();
    actors.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut mentions: Vec<Mention> = group.iter().map(|s| s.mention.clone()).collect();
    mentions.sort_by(|a, b| a.at.cmp(&b.at));
    Event {
        id: event_id(&main),
        value: main.mention.value.clone(),
        granularity: main.mention.granularity,
        label,
        start: main.range.0.to_string(),
        end: main.range.1.to_string(),
        open_end: main.open_end,
        modifier: main.modifier.map(str::to_owned),
        actors: actors.into_iter().take(4).map(|(a, _)| a).collect(),
        conflict,
        values,
        mentions,
    }
}

/// A readable, content-derived id: the date value and a hash of the main sentence and document.
fn event_id(main: &Statement) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in main
        .mention
        .at
        .doc
        .bytes()
        .chain([0])
        .chain(main.sentence.bytes())
        .chain([0])
        .chain(main.mention.value.bytes())
    {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{}-{:08x}", main.mention.value.replace(':', ""), hash >> 32)
}

/// Makes ids unique should two events hash alike (same sentence, same value).
fn dedupe_ids(events: &mut [Event]) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for e in events.iter_mut() {
        let n = seen.entry(e.id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            e.id = format!("{}-{}", e.id, n);
        }
    }
}

#[cfg(test)]
mod tests {
    use dossier_model::{DateBasis, PublicationDate, Sentence};

    use super::*;

    /// Regression (found by the search benchmark's 10,000-article build): a time of day at the
    /// very end of a sentence was matched one byte past it, and slicing the sentence panicked.
    #[test]
    fn time_of_day_ending_a_sentence_does_not_panic() {
        let text = "Polls close across the state\n\n8:35 p.m.\n\nOnly one state remained uncalled as votes were counted by 9:30 p.m.\n\nThe governor spoke at 7:30 a.m. on Tuesday, Nov. 4, 2008.\n";
        let file = crate::SourceFile {
            name: "a.txt".into(),
            bytes: text.as_bytes().to_vec(),
        };
        let corpus = crate::build_corpus(&[file]);
        assert!(
            corpus
                .timeline
                .iter()
                .any(|e| e.mentions.iter().any(|m| m.text.contains("9:30")))
        );
        for event in &corpus.timeline {
            for m in &event.mentions {
                let sentence = &corpus
                    .sentence(&m.at)
                    .expect("mention points at a sentence")
                    .text;
                let shown: String = sentence
                    .chars()
                    .skip(m.start as usize)
                    .take((m.end - m.start) as usize)
                    .collect();
                assert_eq!(shown, m.text);
            }
        }
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn doc(id: &str, date: &str, sentences: &[&str]) -> Document {
        Document {
            id: id.into(),
            date: Some(PublicationDate {
                value: date.into(),
                basis: DateBasis::Dateline,
                confidence: 90,
                evidence: String::new(),
            }),
            sentences: sentences
                .iter()
                .map(|s| Sentence {
                    text: (*s).into(),
                    start: 0,
                    end: 0,
                })
                .collect(),
            ..Document::default()
        }
    }

    #[test]
    fn a_step_from_the_last_date_lands_on_the_timeline_and_merges() {
        // Doc a: 19 Sept + "Three days later" = 22 Sept; doc b says 22 September outright.
        let a = doc(
            "a",
            "2016-09-30",
            &[
                "The aid convoy was struck near Aleppo on September 19.",
                "Three days later, the ceasefire talks in Geneva collapsed without agreement.",
            ],
        );
        let b = doc(
            "b",
            "2016-09-23",
            &["The ceasefire talks in Geneva collapsed on September 22 without agreement."],
        );
        let events = build(&[a, b]);
        let event = events
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Three days later"))
            .expect("the counted statement is an event");
        assert_eq!(event.value, "2016-09-22");
        assert_eq!(event.granularity, Granularity::Day);
        assert_eq!(event.mentions.len(), 2, "merged with doc b: {event:?}");
        let counted = event
            .mentions
            .iter()
            .find(|m| m.at.doc == "a")
            .expect("doc a's mention");
        assert_eq!(
            counted.counted_from.as_deref(),
            Some("“September 19” (2016-09-19)")
        );
        let written = event
            .mentions
            .iter()
            .find(|m| m.at.doc == "b")
            .expect("doc b");
        assert_eq!(written.counted_from, None);
    }

    #[test]
    fn ranges_of_values() {
        assert_eq!(
            range_of("2016-10-23"),
            Some((day("2016-10-23"), day("2016-10-23")))
        );
        assert_eq!(
            range_of("2016-02"),
            Some((day("2016-02-01"), day("2016-02-29")))
        );
        assert_eq!(
            range_of("2016-W42"),
            Some((day("2016-10-17"), day("2016-10-23")))
        );
        assert_eq!(
            range_of("2016-W42-WE"),
            Some((day("2016-10-22"), day("2016-10-23")))
        );
        assert_eq!(
            range_of("2016-Q3"),
            Some((day("2016-07-01"), day("2016-09-30")))
        );
        assert_eq!(
            range_of("2016-WI"),
            Some((day("2016-12-01"), day("2017-02-28")))
        );
        assert_eq!(
            range_of("2016-10-25T09:00"),
            Some((day("2016-10-25"), day("2016-10-25")))
        );
        assert_eq!(range_of("PRESENT_REF"), None);
    }

    #[test]
    fn relative_dates_anchor_on_each_documents_own_date() {
        // Published Wednesday 26 and Friday 28 October 2016: "Monday" is the 24th in both.
        let a = doc(
            "a",
            "2016-10-26",
            &["The ministers met in Geneva on Monday to discuss the ceasefire."],
        );
        let b = doc(
            "b",
            "2016-10-28",
            &["Ministers met in Geneva on Monday and discussed the ceasefire."],
        );
        let events = build(&[a, b]);
        assert_eq!(events.len(), 1, "{events:#?}");
        assert_eq!(events[0].value, "2016-10-24");
        assert_eq!(events[0].mentions.len(), 2);
        assert!(!events[0].conflict);
    }

    #[test]
    fn sources_that_disagree_on_the_day_make_one_conflicting_event() {
        let a = doc(
            "a",
            "2016-10-26",
            &["The convoy was attacked near Aleppo on Oct. 19, killing 20 aid workers."],
        );
        let b = doc(
            "b",
            "2016-10-26",
            &["The convoy was attacked near Aleppo on Oct. 20, killing 20 aid workers."],
        );
        let events = build(&[a, b]);
        assert_eq!(events.len(), 1, "{events:#?}");
        assert!(events[0].conflict);
        assert_eq!(events[0].values, vec!["2016-10-19", "2016-10-20"]);
    }

    #[test]
    fn one_source_reporting_two_things_is_not_one_happening() {
        let a = doc(
            "a",
            "2016-10-26",
            &["The Syrian Observatory for Human Rights said on Monday that 12 people died."],
        );
        let b = doc(
            "b",
            "2016-10-26",
            &["The Syrian Observatory for Human Rights said on Monday that the army advanced."],
        );
        let events = build(&[a, b]);
        assert_eq!(events.len(), 2, "{events:#?}");
    }

    #[test]
    fn a_long_sentence_merges_with_a_short_report_of_the_same_happening() {
        let a = doc(
            "a",
            "2016-10-26",
            &[
                "Jets resumed the bombing on Monday, destroying an aid convoy near the city, while \
               diplomats in New York and Geneva argued for days about who had broken the truce, \
               how to restore it and whether any further talks could succeed.",
            ],
        );
        let b = doc(
            "b",
            "2016-10-26",
            &["An aid convoy was destroyed near the city on Monday."],
        );
        let events = build(&[a, b]);
        assert_eq!(events.len(), 1, "{events:#?}");
        assert_eq!(events[0].value, "2016-10-24");
        assert_eq!(events[0].mentions.len(), 2);
    }

    #[test]
    fn unrelated_statements_stay_apart_and_since_is_open_ended() {
        let a = doc(
            "a",
            "2016-10-26",
            &[
                "Rebels have held the east of the city since July.",
                "A hospital was bombed on Monday.",
            ],
        );
        let events = build(&[a]);
        assert_eq!(events.len(), 2, "{events:#?}");
        let since = events
            .iter()
            .find(|e| e.value == "2016-07")
            .expect("the July event");
        assert!(since.open_end);
        assert_eq!(
            (since.start.as_str(), since.end.as_str()),
            ("2016-07-01", "2016-10-26")
        );
        let monday = events
            .iter()
            .find(|e| e.value == "2016-10-24")
            .expect("the Monday event");
        assert_eq!(monday.label, "A hospital was bombed");
    }

    #[test]
    fn ids_survive_a_rebuild_in_another_order() {
        let a = doc("a", "2016-10-26", &["A hospital was bombed on Monday."]);
        let b = doc("b", "2016-10-26", &["Talks resumed in Geneva on Oct. 1."]);
        let ids = |events: Vec<Event>| events.into_iter().map(|e| e.id).collect::<BTreeSet<_>>();
        assert_eq!(ids(build(&[a.clone(), b.clone()])), ids(build(&[b, a])));
    }

    #[test]
    fn weak_dates_move_to_where_relative_dates_echo_firm_articles() {
        let firm = doc(
            "firm",
            "2016-09-20",
            &[
                "On September 19, an airstrike destroyed an aid convoy near Aleppo, killing 20 people.",
            ],
        );
        let mut weak = doc(
            "weak",
            "2016-09-16",
            &[
                "An airstrike on Monday destroyed an aid convoy near Aleppo.",
                "Ministers met in New York on Thursday.",
            ],
        );
        if let Some(date) = weak.date.as_mut() {
            date.basis = DateBasis::Story;
            date.confidence = 25;
        }
        let mut docs = [firm, weak];
        align_dates(&mut docs);
        // 19 September 2016 was a Monday; of the days where "Monday" is the 19th, Thursday the
        // 22nd is the one right after both weekdays the text reports.
        assert_eq!(
            docs[1].date.as_ref().map(|d| d.value.as_str()),
            Some("2016-09-22")
        );
        assert_eq!(
            docs[0].date.as_ref().map(|d| d.value.as_str()),
            Some("2016-09-20"),
            "firm dates stay"
        );
    }

    #[test]
    fn earlier_this_week_puts_a_story_dated_article_in_the_week_of_the_echoed_day() {
        let firm = doc(
            "firm",
            "2016-09-20",
            &[
                "On September 19, an airstrike destroyed an aid convoy near Aleppo, killing 20 people.",
                "The budget was approved in parliament on September 20.",
            ],
        );
        let weak_on = |date: &str| {
            let mut weak = doc(
                "weak",
                date,
                &[
                    "Officials condemned the airstrike earlier this week that destroyed an aid convoy near Aleppo.",
                ],
            );
            if let Some(d) = weak.date.as_mut() {
                d.basis = DateBasis::Story;
                d.confidence = 25;
            }
            weak
        };
        // Friday 30 September: "this week" is 26 Sept – 2 Oct, which misses the strike of Monday
        // 19 September; only a date in 19–25 September makes "earlier this week" contain it.
        let mut docs = [firm.clone(), weak_on("2016-09-30")];
        align_dates(&mut docs);
        let moved = docs[1]
            .date
            .as_ref()
            .and_then(|d| NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").ok())
            .expect("a date");
        assert!(
            (day("2016-09-19")..=day("2016-09-25")).contains(&moved),
            "{moved}"
        );
        // Already in that week: nothing to gain, the date stays.
        let mut docs = [firm, weak_on("2016-09-23")];
        align_dates(&mut docs);
        assert_eq!(
            docs[1].date.as_ref().map(|d| d.value.as_str()),
            Some("2016-09-23")
        );
    }

    #[test]
    fn labels_drop_the_date_its_preposition_and_stamps() {
        let s = "UPDATE 0825 GMT: A Russian officer awards medals to fighters.";
        let at = s.find("0825 GMT").expect("stamp");
        assert_eq!(
            label_of(s, at, at + "0825 GMT".len()),
            "A Russian officer awards medals to fighters"
        );
        let s = "On Oct. 2, government forces advanced north of the city, officials said.";
        assert_eq!(
            label_of(s, 3, 9),
            "Government forces advanced north of the city"
        );
    }

    #[test]
    fn actors_are_proper_names() {
        assert_eq!(
            actors_of("Secretary of State John Kerry met Sergei Lavrov in Geneva on Friday."),
            vec!["Secretary of State John Kerry", "Sergei Lavrov", "Geneva"]
        );
    }
}
