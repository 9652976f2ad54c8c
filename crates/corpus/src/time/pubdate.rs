//! Publication dates: reads a document's date from its dateline, or infers it from the dates and
//! weekdays its text mentions, or from the other documents of the story; keeps the basis, a
//! confidence and the evidence.
//!
//! Owns the choice of one date per document. It does not normalise the document's expressions
//! (that is `extract`, re-run by the timeline with the date chosen here).

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use dossier_model::{DateBasis, Document, PublicationDate};

use super::anchor::{self, Tense};
use super::lexicon;
use super::recognise::{self, Form};

/// An explicit calendar date found in a text, with the year it gave (if any).
#[derive(Debug, Clone, PartialEq)]
struct Mention {
    month: u32,
    day: u32,
    year: Option<i32>,
    weekday: Option<Weekday>,
    text: String,
    tense: Tense,
}

/// Fills `date` on every document that has none, from its dateline, its text, or the story.
/// `raw` holds each document's file text as read (embedded tweets and stamps included); when it
/// is shorter than `docs`, the cleaned sentences stand in.
pub fn date_documents(docs: &mut [Document], raw: &[&str]) {
    let texts: Vec<String> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            raw.get(i)
                .map_or_else(|| document_text(d), |r| (*r).to_owned())
        })
        .collect();
    let story_year = story_year(docs, &texts);
    for (doc, text) in docs.iter_mut().zip(&texts) {
        if doc.date.is_none() {
            doc.date = doc
                .dateline
                .as_deref()
                .and_then(|d| from_dateline(d, story_year))
                .or_else(|| from_past_mentions(text, story_year));
        }
    }
    let known: Vec<NaiveDate> = docs
        .iter()
        .filter_map(|d| d.date.as_ref())
        .filter_map(|d| parse_day(&d.value))
        .collect();
    for (doc, text) in docs.iter_mut().zip(&texts) {
        if doc.date.is_none() {
            // A date the text announces only bounds the publication from above: the story's
            // other articles place it, and the bound alone is the last resort.
            let deadline = story_year
                .and_then(|y| earliest_mention(text, y))
                .map(|(d, _)| d);
            doc.date = story_date(text, &known, deadline)
                .or_else(|| before_a_future_date(text, story_year));
        }
    }
}

/// A document's sentences as one text, one sentence a line.
pub fn document_text(doc: &Document) -> String {
    let mut text = String::new();
    for s in &doc.sentences {
        text.push_str(&s.text);
        text.push('\n');
    }
    text
}

fn parse_day(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()
}

/// Reads a dateline or "Updated: ..." line ("Updated: November 11, 2011 20:09 IST",
/// "WEDNESDAY 03 JULY 2013", "11/30/09 05:40 PM ET", "Mumbai, Nov 11 -").
pub fn from_dateline(line: &str, story_year: Option<i32>) -> Option<PublicationDate> {
    let text = title_case(line);
    let mention = mentions(&text).into_iter().next()?;
    let (year, confidence, how) = match (mention.year, story_year) {
        (Some(y), _) => (y, 95, String::new()),
        (None, Some(y)) => (
            fitting_year(&mention, y),
            70,
            " (year from the story)".to_owned(),
        ),
        (None, None) => return None,
    };
    let date = NaiveDate::from_ymd_opt(year, mention.month, mention.day)?;
    Some(PublicationDate {
        value: date.to_string(),
        basis: DateBasis::Dateline,
        confidence,
        evidence: format!("dateline “{}”{how}", line.trim()),
    })
}

/// "WEDNESDAY 03 JULY 2013" → "Wednesday 03 July 2013", so that case-sensitive month and
/// weekday names match.
fn title_case(line: &str) -> String {
    line.split(' ')
        .map(|w| {
            if w.len() > 2 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) {
                let mut cs = w.chars();
                cs.next()
                    .map(|f| f.to_string() + &cs.as_str().to_lowercase())
                    .unwrap_or_default()
            } else {
                w.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Explicit month-day dates in `text`, in order.
fn mentions(text: &str) -> Vec<Mention> {
    recognise::recognise(text)
        .into_iter()
        .filter_map(|c| match c.form {
            Form::Calendar {
                year,
                month,
                day: Some(day),
                weekday,
            } => Some(Mention {
                month,
                day,
                year,
                weekday,
                text: text[c.start..c.end].to_owned(),
                tense: anchor::tense_at(text, c.start, c.end),
            }),
            _ => None,
        })
        .collect()
}

/// The year near `story_year` in which the mention's weekday (if it names one) falls right.
fn fitting_year(m: &Mention, story_year: i32) -> i32 {
    let Some(wd) = m.weekday else {
        return story_year;
    };
    [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]
        .iter()
        .map(|k| story_year + k)
        .find(|y| NaiveDate::from_ymd_opt(*y, m.month, m.day).is_some_and(|d| d.weekday() == wd))
        .unwrap_or(story_year)
}

/// The story's year: the most frequent year of full dates (and datelines) across documents;
/// failing that, the latest year mentioned anywhere except after "since".
pub fn story_year(docs: &[Document], texts: &[String]) -> Option<i32> {
    let mut full = BTreeMap::<i32, usize>::new();
    let mut bare = BTreeMap::<i32, usize>::new();
    for (doc, text) in docs.iter().zip(texts) {
        let dateline = doc.dateline.as_deref().map(title_case).unwrap_or_default();
        for source in [dateline.as_str(), text.as_str()] {
            for c in recognise::recognise(source) {
                match c.form {
                    Form::Calendar { year: Some(y), .. } => *full.entry(y).or_default() += 1,
                    Form::Year(y)
                        if !source[..c.start]
                            .trim_end()
                            .to_lowercase()
                            .ends_with("since") =>
                    {
                        *bare.entry(y).or_default() += 1
                    }
                    _ => {}
                }
            }
        }
    }
    let most = |m: BTreeMap<i32, usize>| m.into_iter().max_by_key(|&(y, n)| (n, y)).map(|(y, _)| y);
    most(full).or_else(|| bare.keys().next_back().copied())
}

/// Weekdays mentioned in past-tense clauses (any case, so "TUESDAY FEATURE" counts), not
/// preceded by "last", "next" or "every".
fn past_weekdays(text: &str) -> Vec<Weekday> {
    let lower = text.to_lowercase();
    let mut found = Vec::new();
    for name in lexicon::WEEKDAY_NAMES {
        let Some(wd) = lexicon::weekday(name) else {
            continue;
        };
        for (at, _) in lower.match_indices(name) {
            let before = lower[..at].split_whitespace().last().unwrap_or("");
            let bounded = !lower[..at].ends_with(|c: char| c.is_alphanumeric());
            if !bounded || ["last", "next", "this", "every", "each"].contains(&before) {
                continue;
            }
            if anchor::tense_at(text, at, at + name.len()) == Tense::Past {
                found.push(wd);
            }
        }
    }
    found
}

/// Days from the most recent `wd` on or before `p` to `p` (0..=6).
fn days_since(p: NaiveDate, wd: Weekday) -> i64 {
    ((7 + p.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7) as i64
}

/// Of the candidate dates, the one where the weekdays the text reports in the past are most
/// recent; `penalty` breaks ties (distance from the best other evidence).
fn best_by_weekdays(
    candidates: impl Iterator<Item = NaiveDate>,
    weekdays: &[Weekday],
    penalty: impl Fn(NaiveDate) -> f64,
) -> Option<NaiveDate> {
    candidates
        .map(|p| {
            (
                weekdays.iter().map(|w| days_since(p, *w)).sum::<i64>() as f64 + penalty(p),
                p,
            )
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, p)| p)
}

/// Infers the date from the text: the latest explicit date not in a future clause, moved
/// forward (at most 13 days) to where the weekdays reported in the past fall most recently;
/// failing that, a day before the earliest date it announces.
pub fn from_text(text: &str, story_year: Option<i32>) -> Option<PublicationDate> {
    from_past_mentions(text, story_year).or_else(|| before_a_future_date(text, story_year))
}

/// The latest explicit date not in a future clause, moved forward to fit the weekdays the text
/// reports in the past.
fn from_past_mentions(text: &str, story_year: Option<i32>) -> Option<PublicationDate> {
    let mut latest: Option<(NaiveDate, Mention)> = None;
    for m in mentions(text)
        .into_iter()
        .filter(|m| m.tense == Tense::Past)
    {
        let Some(year) = m.year.or_else(|| story_year.map(|y| fitting_year(&m, y))) else {
            continue;
        };
        let Some(date) = NaiveDate::from_ymd_opt(year, m.month, m.day) else {
            continue;
        };
        if latest.as_ref().is_none_or(|(d, _)| date > *d) {
            latest = Some((date, m));
        }
    }
    let (anchor_date, mention) = latest?;
    let weekdays = past_weekdays(text);
    let window = (0..14).filter_map(|k| anchor_date.checked_add_days(Days::new(k)));
    let date = best_by_weekdays(window, &weekdays, |p| {
        (p - anchor_date).num_days() as f64 * 0.3
    })?;
    let mut confidence: u8 = if mention.year.is_some() { 65 } else { 50 };
    let mut evidence = format!("latest date in the text “{}”", mention.text);
    if mention.year.is_none() {
        evidence.push_str(" with the story's year");
    }
    if !weekdays.is_empty() {
        evidence.push_str(&format!(
            "; weekdays reported in the past ({}) place it on a {}",
            weekday_summary(&weekdays),
            date.weekday()
        ));
        if date == anchor_date {
            confidence += 10;
        }
    }
    if let Some(stamp) = live_blog_stamp(text) {
        evidence.push_str(&format!("; live-blog stamp “{stamp}”"));
    }
    Some(PublicationDate {
        value: date.to_string(),
        basis: DateBasis::Inferred,
        confidence,
        evidence,
    })
}

/// With only future dates in the text ("service restored by December 31"): a day in the four
/// weeks before the earliest of them, where the weekdays reported in the past fall most recently.
fn before_a_future_date(text: &str, story_year: Option<i32>) -> Option<PublicationDate> {
    let (deadline, mention) = earliest_mention(text, story_year?)?;
    let weekdays = past_weekdays(text);
    let start = deadline.checked_sub_days(Days::new(28))?;
    let window = (0..28).filter_map(|k| start.checked_add_days(Days::new(k)));
    let date = best_by_weekdays(window, &weekdays, |p| {
        (deadline - p).num_days() as f64 * 0.05
    })?;
    let evidence = format!(
        "before the future date “{}” the text announces, with the story's year",
        mention.text
    );
    Some(PublicationDate {
        value: date.to_string(),
        basis: DateBasis::Inferred,
        confidence: 20,
        evidence,
    })
}

/// The earliest explicit date the text mentions, its year completed from the story's.
fn earliest_mention(text: &str, story_year: i32) -> Option<(NaiveDate, Mention)> {
    mentions(text)
        .into_iter()
        .filter_map(|m| {
            let year = m.year.unwrap_or_else(|| fitting_year(&m, story_year));
            Some((NaiveDate::from_ymd_opt(year, m.month, m.day)?, m))
        })
        .min_by_key(|(d, _)| *d)
}

/// With no date in the text: the date, among those of the story's other documents (give or
/// take a week), where the weekdays the text reports fall most recently.
pub fn from_story(text: &str, known: &[NaiveDate]) -> Option<PublicationDate> {
    story_date(text, known, None)
}

/// [`from_story`], keeping only days before `deadline` when the text announces a date.
fn story_date(
    text: &str,
    known: &[NaiveDate],
    deadline: Option<NaiveDate>,
) -> Option<PublicationDate> {
    let (first, last) = (*known.iter().min()?, *known.iter().max()?);
    let mut sorted = known.to_vec();
    sorted.sort();
    let median = sorted[sorted.len() / 2];
    let weekdays = past_weekdays(text);
    let start = first.checked_sub_days(Days::new(7))?;
    let span = (last - first).num_days().max(0) as u64 + 14;
    let window = (0..=span)
        .filter_map(|k| start.checked_add_days(Days::new(k)))
        .filter(|p| deadline.is_none_or(|d| *p < d));
    let date = best_by_weekdays(window, &weekdays, |p| {
        (p - median).num_days().abs() as f64 * 0.2
    })?;
    let mut evidence =
        format!("no date in the text; near the story's other articles ({first} to {last})");
    if !weekdays.is_empty() {
        evidence.push_str(&format!(
            ", on a {} as the weekdays it reports suggest ({})",
            date.weekday(),
            weekday_summary(&weekdays)
        ));
    }
    let confidence = if weekdays.is_empty() { 15 } else { 25 };
    Some(PublicationDate {
        value: date.to_string(),
        basis: DateBasis::Story,
        confidence,
        evidence,
    })
}

fn weekday_summary(weekdays: &[Weekday]) -> String {
    let mut counts = BTreeMap::<u32, usize>::new();
    for w in weekdays {
        *counts.entry(w.num_days_from_monday()).or_default() += 1;
    }
    counts
        .into_iter()
        .filter_map(|(d, n)| {
            let wd = Weekday::try_from(d as u8).ok()?;
            Some(if n > 1 {
                format!("{wd} ×{n}")
            } else {
                wd.to_string()
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A live-blog update stamp ("UPDATE 0825 GMT"), the last one in reading order being the first
/// posted; the first one seen is the latest update.
fn live_blog_stamp(text: &str) -> Option<String> {
    static STAMP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\bUPDATE\s+\d{3,4}\s+(?:GMT|UTC|BST|ET|EST|EDT)\b")
            .expect("valid stamp pattern")
    });
    STAMP.find(text).map(|m| m.as_str().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        parse_day(s).expect("test date")
    }

    #[test]
    fn datelines_in_the_shapes_news_sites_use() {
        let cases = [
            (
                "Updated: November 11, 2011 20:09 IST",
                None,
                "2011-11-11",
                95,
            ),
            ("WEDNESDAY 03 JULY 2013", None, "2013-07-03", 95),
            ("Tue Jul 2, 2013 1:28PM GMT", None, "2013-07-02", 95),
            (
                "Published on: Fri, 11 Nov 2011 at 09:56 IST",
                None,
                "2011-11-11",
                95,
            ),
            ("11/30/09 05:40 PM ET", None, "2009-11-30", 95),
            ("Mumbai, Nov 11 -", Some(2011), "2011-11-11", 70),
            ("Last updated 15:48 15/09/2013", None, "2013-09-15", 95),
        ];
        for (line, year, value, confidence) in cases {
            let got = from_dateline(line, year).unwrap_or_else(|| panic!("no date in {line:?}"));
            assert_eq!(
                (got.value.as_str(), got.confidence, got.basis),
                (value, confidence, DateBasis::Dateline),
                "{line}"
            );
        }
        assert_eq!(from_dateline("Mumbai, Nov 11 -", None), None);
    }

    #[test]
    fn weekday_next_to_a_date_fixes_the_year() {
        // 23 October fell on a Sunday in 2016, not in 2015 or 2017.
        let m = mentions("He spoke on Sunday, October 23 in Paris.").remove(0);
        assert_eq!(fitting_year(&m, 2015), 2016);
    }

    #[test]
    fn weekdays_reported_after_the_latest_date_move_the_date_forward() {
        // Sunday 23 October 2016, then events on Monday and Tuesday: published on Tuesday 25th.
        let text = "On Sunday, October 23, 2016 the talks began.\nThe ministers met on Monday.\nThey spoke again on Tuesday.\n";
        let got = from_text(text, None).expect("a date");
        assert_eq!(got.value, "2016-10-25");
        assert_eq!(got.basis, DateBasis::Inferred);
    }

    #[test]
    fn a_future_date_is_not_the_publication_date() {
        let text = "The talks began on Oct. 1, 2016.\nThey will resume on Nov. 3, 2016.\n";
        assert_eq!(from_text(text, None).expect("a date").value, "2016-10-01");
    }

    #[test]
    fn undated_text_takes_the_story_date_its_weekdays_fit() {
        // Story articles from Thursday 29 Sept to Sunday 2 Oct 2016; the text reports a Friday.
        let known = [day("2016-09-29"), day("2016-10-02")];
        let got = from_story("Officials said on Friday that the talks failed.\n", &known)
            .expect("a date");
        assert_eq!(got.value, "2016-09-30");
        assert_eq!(got.basis, DateBasis::Story);
        assert_eq!(from_story("No dates here.\n", &[]), None);
    }

    #[test]
    fn an_announced_date_bounds_the_story_guess() {
        // The story's articles date from 29 Sept and 2 Oct 2016; this one announces 1 Oct as
        // still to come, so it was written before then: the closest day to the story is 30 Sept.
        let known = [day("2016-09-29"), day("2016-10-02")];
        let text = "Talks will resume on Oct. 1.\n";
        let got = story_date(text, &known, Some(day("2016-10-01"))).expect("a date");
        assert_eq!(got.value, "2016-09-30");
    }
}
