//! Time: explicit calendar dates in sentences ("October 23, 2016", "Oct. 1", "since 2012").
//!
//! Foundation level: finds explicit dates and normalises them to TIMEX3 values, taking a missing
//! year from a hint. Relative expressions and publication dates belong to the time engine that
//! replaces this module. It does not decide what happened on a date.

use std::sync::LazyLock;

use dossier_model::Granularity;
use regex::Regex;

/// A time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte offset of its start in the searched text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// TIMEX3 value (`2016-10-01`, `2016-10`, `2012`).
    pub value: String,
    /// Precision of the value.
    pub granularity: Granularity,
}

const MONTHS: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?P<m>{MONTHS})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")).unwrap()
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?P<d>[0-3]?\d)\s+(?P<m>{MONTHS})(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")).unwrap()
});
static MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b(?P<m>{MONTHS})\s+(?P<y>(?:19|20)\d\d)\b")).unwrap());
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:in|since|until|by|from|of|during|mid-|early|late)\s+(?:mid-)?(?P<y>(?:19|20)\d\d)\b").unwrap()
});

/// Finds explicit dates in `text`; a date without a year takes `year_hint`, or is skipped.
pub fn explicit_dates(text: &str, year_hint: Option<i32>) -> Vec<Timex> {
    let mut found: Vec<Timex> = Vec::new();
    for re in [&*MONTH_DAY, &*DAY_MONTH] {
        for c in re.captures_iter(text) {
            let Some(month) = month_number(&c["m"]) else { continue };
            let Ok(day) = c["d"].parse::<u32>() else { continue };
            let year = c.name("y").and_then(|y| y.as_str().parse().ok()).or(year_hint);
            let (Some(year), true) = (year, (1..=31).contains(&day)) else { continue };
            let whole = c.get(0).unwrap();
            push(&mut found, whole.start(), whole.end(), text, format!("{year:04}-{month:02}-{day:02}"), Granularity::Day);
        }
    }
    for c in MONTH_YEAR.captures_iter(text) {
        let whole = c.get(0).unwrap();
        if let Some(month) = month_number(&c["m"]) {
            push(&mut found, whole.start(), whole.end(), text, format!("{}-{month:02}", &c["y"]), Granularity::Month);
        }
    }
    for c in YEAR.captures_iter(text) {
        let y = c.name("y").unwrap();
        push(&mut found, y.start(), y.end(), text, y.as_str().to_owned(), Granularity::Year);
    }
    found.sort_by_key(|t| t.start);
    found
}

/// Adds a timex unless it overlaps one already found (earlier patterns are more specific).
fn push(found: &mut Vec<Timex>, start: usize, end: usize, text: &str, value: String, granularity: Granularity) {
    if found.iter().any(|t| start < t.end && t.start < end) {
        return;
    }
    let text = text[start..end].to_owned();
    found.push(Timex { start, end, text, value, granularity });
}

fn month_number(name: &str) -> Option<u32> {
    let key = name.trim_end_matches('.').to_lowercase();
    let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    names.iter().position(|m| key.starts_with(m)).map(|i| i as u32 + 1)
}

/// The most frequent four-digit year mentioned in the texts: the story's likely year.
pub fn likely_year<'a>(texts: impl Iterator<Item = &'a str>) -> Option<i32> {
    static FOUR_DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:19|20)\d\d\b").unwrap());
    let mut counts = std::collections::BTreeMap::<i32, usize>::new();
    for text in texts {
        for m in FOUR_DIGITS.find_iter(text) {
            *counts.entry(m.as_str().parse().unwrap_or(0)).or_default() += 1;
        }
    }
    counts.into_iter().max_by_key(|&(year, n)| (n, year)).map(|(year, _)| year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, hint: Option<i32>) -> Vec<(String, String)> {
        explicit_dates(text, hint).into_iter().map(|t| (t.text, t.value)).collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn month_day_with_and_without_year() {
        assert_eq!(values("They met on October 23, 2016 in Rome.", None), pairs(&[("October 23, 2016", "2016-10-23")]));
        assert_eq!(values("They met on Oct. 1 and Sept 9.", Some(2015)), pairs(&[("Oct. 1", "2015-10-01"), ("Sept 9", "2015-09-09")]));
        assert_eq!(values("They met on Oct. 1.", None), vec![]);
    }

    #[test]
    fn day_month_year_and_month_year_and_years() {
        assert_eq!(values("On 09 Sep 2013 it rained.", None), pairs(&[("09 Sep 2013", "2013-09-09")]));
        assert_eq!(values("Convicted in June 1998 of theft.", None), pairs(&[("June 1998", "1998-06")]));
        assert_eq!(values("Held by rebels since 2012.", None), pairs(&[("2012", "2012")]));
    }

    #[test]
    fn may_as_a_verb_is_not_a_date_without_a_day() {
        assert_eq!(values("Prices may rise in 2020.", None), pairs(&[("2020", "2020")]));
    }

    #[test]
    fn likely_year_is_the_most_mentioned() {
        assert_eq!(likely_year(["In 2016 and 2016, not 2011."].into_iter()), Some(2016));
        assert_eq!(likely_year(["no years"].into_iter()), None);
    }
}
