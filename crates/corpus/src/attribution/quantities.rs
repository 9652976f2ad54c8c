//! Quantities: numbers a claim asserts, with what they count and how they are qualified.
//!
//! "between 400 and 500 people" (range), "at least 30 air strikes", "more than 300,000 lives",
//! "as few as 14 doctors", "five children", "1.2 million", "dozens", "40%". Reads digits, number
//! words and scale words itself (ranges and scales first, as simple converters mangle them). It
//! does not decide what the number is about beyond the counted noun that follows it.

use std::sync::LazyLock;

use dossier_model::{Qualifier, Quantity};
use regex::Regex;

const NUMBER: &str = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|thousands|dozens|scores|a dozen|a few|several)(?:\s+(?:dozen|hundred|thousand|million|billion|trillion))?";

static QUANTITY: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)\b(?P<qual>between|at least|at most|more than|less than|fewer than|over|under|up to|as many as|as few as|nearly|almost|about|around|roughly|approximately|some|some\s+\d|an estimated|estimated)?\s*(?P<cur>[$€£])?(?P<a>{NUMBER})(?:\s*(?:and|to|-|–)\s*[$€£]?(?P<b>{NUMBER}))?(?P<pct>\s*(?:%|percent|per cent))?(?:\s+(?P<unit>(?:[a-z][a-z-]+\s+){{0,2}}[a-z][a-z-]+))?"
    );
    Regex::new(&pattern).expect("static regex")
});

/// Every quantity in `text`; a day of a month ("Oct. 1", "September 19") is a date, not one.
pub fn find(text: &str) -> Vec<Quantity> {
    QUANTITY
        .captures_iter(text)
        .filter(|c| {
            let start = c.name("a").map_or(0, |a| a.start());
            !after_month(&text[..start]) && !in_model_name(&text[..start])
        })
        .filter_map(|c| quantity(&c))
        .collect()
}

/// Whether the number continues a model name or code ("AK-47", "AK 47", "F-16").
fn in_model_name(before: &str) -> bool {
    let hyphenated = before
        .strip_suffix('-')
        .is_some_and(|b| b.ends_with(char::is_alphabetic));
    let last = before.split_whitespace().next_back().unwrap_or("");
    let code = before.ends_with(' ')
        && (1..=3).contains(&last.len())
        && last.chars().all(|ch| ch.is_ascii_uppercase())
        && last != "I";
    hyphenated || code
}

/// Whether `before` ends with a month name or abbreviation ("Oct.", "September").
fn after_month(before: &str) -> bool {
    let Some(last) = before.split_whitespace().next_back() else {
        return false;
    };
    let word = last.trim_end_matches('.').to_lowercase();
    crate::time::lexicon::MONTH_NAMES
        .iter()
        .any(|m| word == *m || (word.len() >= 3 && m.starts_with(&word) && last.ends_with('.')))
        || matches!(
            word.as_str(),
            "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
        )
}

fn quantity(c: &regex::Captures) -> Option<Quantity> {
    let a = c.name("a")?.as_str();
    let low = value(a)?;
    let high = c.name("b").and_then(|b| value(b.as_str()));
    let qual = c
        .name("qual")
        .map(|q| q.as_str().to_lowercase())
        .unwrap_or_default();
    let lone_one = a.eq_ignore_ascii_case("one") && qual_is_empty(c) && c.name("b").is_none();
    if lone_one
        || is_year_or_date(a, c)
        || (qual.is_empty()
            && c.name("unit").is_none()
            && c.name("pct").is_none()
            && c.name("cur").is_none())
    {
        return None;
    }
    let qualifier = match (qual.as_str(), high) {
        (_, Some(_)) => Qualifier::Range,
        ("at least" | "more than" | "over" | "as many as", _) => Qualifier::AtLeast,
        ("at most" | "less than" | "fewer than" | "under" | "up to" | "as few as", _) => {
            Qualifier::AtMost
        }
        ("" | "between", _) if !is_vague(a) => Qualifier::Exact,
        _ => Qualifier::Approximately,
    };
    let unit = if c.name("pct").is_some() {
        "%".to_owned()
    } else if let Some(cur) = c.name("cur") {
        cur.as_str().to_owned()
    } else {
        let written = c.name("unit").map(|u| u.as_str()).unwrap_or("");
        let written = written.strip_prefix("of ").unwrap_or(written);
        if written.starts_with(char::is_uppercase) {
            String::new()
        } else {
            counted_noun(written)
        }
    };
    if unit.is_empty() && qualifier == Qualifier::Exact {
        return None;
    }
    let number_end = c.name("pct").or(c.name("b")).or(c.name("a"))?.end();
    let number = c
        .get(0)?
        .as_str()
        .get(..number_end - c.get(0)?.start())?
        .trim();
    // As written up to the counted noun ("hundreds of civilians"), else the number alone.
    let whole = c.get(0)?.as_str();
    let lower = whole.to_lowercase();
    let text = match lower
        .find(&unit)
        .filter(|_| unit.chars().any(char::is_alphabetic))
    {
        Some(at) => whole.get(..at + unit.len()).unwrap_or(number).to_owned(),
        None => number.to_owned(),
    };
    Some(Quantity {
        text: text.trim().to_owned(),
        low: format_value(low),
        high: format_value(high.unwrap_or(low)),
        unit,
        qualifier,
    })
}

/// The counted noun: drops trailing function words ("people in" → "people").
fn counted_noun(unit: &str) -> String {
    let unit = unit.strip_prefix("of ").unwrap_or(unit);
    let stop = |w: &str| {
        matches!(
            w,
            "he" | "she"
                | "they"
                | "it"
                | "we"
                | "i"
                | "you"
                | "is"
                | "will"
                | "would"
                | "of"
                | "in"
                | "on"
                | "at"
                | "and"
                | "or"
                | "the"
                | "a"
                | "to"
                | "were"
                | "was"
                | "are"
                | "have"
                | "had"
                | "has"
                | "who"
                | "that"
                | "from"
                | "for"
                | "by"
                | "with"
                | "said"
                | "since"
                | "because"
                | "after"
                | "before"
                | "as"
                | "when"
                | "last"
                | "this"
                | "ago"
                | "years"
                | "days"
                | "weeks"
                | "months"
                | "hours"
                | "minutes"
                | "regarding"
                | "including"
                | "during"
                | "against"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "overnight"
                | "east"
                | "west"
                | "north"
                | "south"
        )
    };
    let words: Vec<&str> = unit.split_whitespace().take_while(|w| !stop(w)).collect();
    let time = unit.split_whitespace().next().is_some_and(|w| {
        matches!(
            w,
            "years"
                | "days"
                | "weeks"
                | "months"
                | "hours"
                | "minutes"
                | "year"
                | "day"
                | "week"
                | "month"
        )
    });
    if time {
        return unit.split_whitespace().next().unwrap_or("").to_owned();
    }
    // The first plural noun ("three major undersea cables" → "undersea cables"), with the word
    // before it when that is a singular modifier ("air strikes"); else the first word.
    match words.iter().position(|w| is_plural(w)) {
        Some(i) if i > 0 && !is_plural(words[i - 1]) => format!("{} {}", words[i - 1], words[i]),
        Some(i) => words[i].to_owned(),
        None => words.first().map(|w| (*w).to_owned()).unwrap_or_default(),
    }
}

fn is_plural(w: &str) -> bool {
    (w.ends_with('s') && !w.ends_with("ss") && w.len() > 3) || is_plural_without_s(w)
}

/// Plural nouns (and nominalised adjectives) a count takes that do not end in "s": "people",
/// "children", "dead", "injured", "cattle".
pub fn is_plural_without_s(lower: &str) -> bool {
    matches!(
        lower,
        "people"
            | "children"
            | "men"
            | "women"
            | "police"
            | "personnel"
            | "staff"
            | "crew"
            | "cattle"
            | "livestock"
            | "dead"
            | "injured"
            | "wounded"
            | "missing"
            | "killed"
            | "displaced"
            | "homeless"
            | "aircraft"
            | "sheep"
            | "fish"
            | "deer"
            | "militia"
            | "infantry"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
    )
}

/// Units that measure time or distance: durations and distances are rarely the same matter
/// across documents.
pub fn is_time_unit(unit: &str) -> bool {
    matches!(
        unit.split_whitespace().last().unwrap_or(""),
        "seconds"
            | "minutes"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "decades"
            | "rounds"
            | "second"
            | "minute"
            | "hour"
            | "day"
            | "week"
            | "month"
            | "year"
            | "kilometers"
            | "kilometres"
            | "miles"
            | "meters"
            | "metres"
            | "feet"
            | "km"
    )
}

fn qual_is_empty(c: &regex::Captures) -> bool {
    c.name("qual").is_none_or(|q| q.as_str().trim().is_empty())
}

fn is_year_or_date(a: &str, c: &regex::Captures) -> bool {
    let year = a.len() == 4
        && a.chars().all(|ch| ch.is_ascii_digit())
        && (a.starts_with("19") || a.starts_with("20"));
    year && c.name("pct").is_none() && c.name("cur").is_none()
}

/// A vague number, alone or scaled ("dozens", "several", "a few hundred", "several dozen").
fn is_vague(a: &str) -> bool {
    let lower = a.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    matches!(
        first,
        "hundreds" | "thousands" | "dozens" | "scores" | "several"
    ) || lower.starts_with("a few")
}

/// The numeric value of a number phrase ("1.2 million" → 1200000, "five" → 5, "dozens" → 24).
pub fn value(phrase: &str) -> Option<f64> {
    let lower = phrase.to_lowercase();
    let mut words = lower.split_whitespace();
    let first = words.next()?;
    let base: f64 = match first {
        "a" => match words.next()? {
            "hundred" => return Some(100.0),
            "dozen" => 12.0,
            "few" => 3.0,
            _ => return None,
        },
        _ => word_value(first).or_else(|| first.replace(',', "").parse().ok())?,
    };
    let scale = match words.next() {
        Some("dozen") => 12.0,
        Some("hundred") => 100.0,
        Some("thousand") => 1e3,
        Some("million") => 1e6,
        Some("billion") => 1e9,
        Some("trillion") => 1e12,
        _ => 1.0,
    };
    Some(base * scale)
}

fn word_value(w: &str) -> Option<f64> {
    if let Some(value) = crate::numbers::cardinal_word(w) {
        return Some(value);
    }
    match w {
        "dozens" => Some(24.0),
        "scores" => Some(40.0),
        "hundreds" => Some(200.0),
        "thousands" => Some(2000.0),
        "several" => Some(3.0),
        _ => None,
    }
}

fn format_value(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, want: &[(&str, &str, &str, Qualifier)]) {
        let got: Vec<(String, String, String, Qualifier)> = find(text)
            .into_iter()
            .map(|q| (q.low, q.high, q.unit, q.qualifier))
            .collect();
        let want: Vec<(String, String, String, Qualifier)> = want
            .iter()
            .map(|(l, h, u, q)| (l.to_string(), h.to_string(), u.to_string(), *q))
            .collect();
        assert_eq!(got, want, "{text}");
    }

    #[test]
    fn qualified_counts() {
        check(
            "between 400 and 500 people were hurt",
            &[("400", "500", "people", Qualifier::Range)],
        );
        check(
            "at least 30 air strikes hit the city",
            &[("30", "30", "air strikes", Qualifier::AtLeast)],
        );
        check(
            "it cost more than 300,000 lives",
            &[("300000", "300000", "lives", Qualifier::AtLeast)],
        );
        check(
            "as few as 14 doctors remain",
            &[("14", "14", "doctors", Qualifier::AtMost)],
        );
        check(
            "five children died",
            &[("5", "5", "children", Qualifier::Exact)],
        );
        check(
            "dozens of trucks",
            &[("24", "24", "trucks", Qualifier::Approximately)],
        );
        check(
            "some 1.2 million refugees",
            &[("1200000", "1200000", "refugees", Qualifier::Approximately)],
        );
        check(
            "support fell to 40% in May",
            &[("40", "40", "%", Qualifier::Exact)],
        );
        check(
            "three major undersea cables were cut",
            &[("3", "3", "undersea cables", Qualifier::Exact)],
        );
        check(
            "about 230,000 people across the region",
            &[("230000", "230000", "people", Qualifier::Approximately)],
        );
        check(
            "several dozen countries own the cables",
            &[("36", "36", "countries", Qualifier::Approximately)],
        );
        check(
            "two dozen people were hurt",
            &[("24", "24", "people", Qualifier::Exact)],
        );
        check("one of the guards", &[]);
        assert_eq!(
            find("the killing of hundreds of civilians by")[0].text,
            "hundreds of civilians"
        );
    }

    #[test]
    fn years_and_bare_numbers_are_not_quantities() {
        check("in 2016 the talks", &[]);
        check("on Sept. 19 they met", &[]);
    }

    #[test]
    fn days_of_months_and_function_words_are_no_counts() {
        let units = |t: &str| -> Vec<String> { find(t).into_iter().map(|q| q.unit).collect() };
        assert!(units("talks on Oct. 1 regarding the bombing").is_empty());
        assert!(units("the vote on September 19 in the capital").is_empty());
        assert_eq!(units("the raid on May 3 killed 12 people"), ["people"]);
        assert!(units("only two can carry out surgery").is_empty());
        // The 47 of a model name counts no rifles (the six before the name is not read yet).
        assert!(
            find("six AK-47 rifles were found")
                .iter()
                .all(|q| q.low != "47")
        );
        assert!(
            find("six AK 47 rifles were found")
                .iter()
                .all(|q| q.low != "47")
        );
        assert_eq!(units("an F-16 jet and 12 drones"), ["drones"]);
        assert!(
            units("dozens of overnight strikes")
                .iter()
                .all(|u| u.is_empty())
        );
    }
}
