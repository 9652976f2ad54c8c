//! Words of time: month, weekday, season, unit and number words, as regex fragments and lookups.
//!
//! Owns the vocabulary only; it does not find expressions in text (see `recognise`) nor compute
//! values (see `normalise`). Our own word lists, written from general English usage.

/// Month names as written in news ("September", "Sept.", "Sep"). Case-sensitive (capitalised) so
/// that "may" and "march" as verbs are not months.
pub const MONTH: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

/// Month names that cannot be confused with ordinary words (no "May", "March" without context).
pub const MONTH_SAFE: &str = r"(?:January|February|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";

/// Weekday names, capitalised.
pub const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/// Parts of a day that follow a weekday or "this"/"yesterday".
pub const DAY_PART: &str = r"(?:morning|afternoon|evening|night)";

/// Seasons.
pub const SEASON: &str = r"(?:spring|summer|fall|autumn|winter)";

/// Number words up to ninety-nine, "a"/"an", digits and vague amounts, maybe "and a half".
pub const NUMBER: &str = r"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|a\s+few|a\s+half|a|an|half\s+an?|few|several|some|many)(?:\s+and\s+a\s+half)?";

/// Calendar and clock units, singular (an optional plural `s` is added by the patterns).
pub const UNIT: &str =
    r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))";

/// Month names in lower case, January first: the one list that title, segment and time code
/// share.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month abbreviations as news prints them, lower case without the dot ("sept", "oct").
pub const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Weekday names in lower case, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Weekday abbreviations, lower case without the dot ("tues", "thurs").
pub const WEEKDAY_ABBREVIATIONS: [&str; 10] = [
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Whether a lower-case word is a month name or abbreviation ("may", "sept").
pub fn is_month_word(lower: &str) -> bool {
    MONTH_NAMES.contains(&lower) || MONTH_ABBREVIATIONS.contains(&lower)
}

/// Whether a lower-case word is a weekday name or abbreviation ("tues").
pub fn is_weekday_word(lower: &str) -> bool {
    WEEKDAY_NAMES.contains(&lower) || WEEKDAY_ABBREVIATIONS.contains(&lower)
}

/// Time-zone abbreviations as news copy prints them after a clock time, lower case ("edt").
const ZONE_ABBREVIATIONS: &[&str] = &[
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "bst",
    "utc", "cet", "cest", "ist", "aest", "aedt", "nzst", "nzdt", "hkt", "jst", "sgt", "wib", "msk",
    "sast", "eat", "pkt",
];

/// Whether a lower-case word is a time-zone abbreviation ("gmt", "pdt").
pub fn is_zone_abbreviation(lower: &str) -> bool {
    ZONE_ABBREVIATIONS.contains(&lower)
}

/// The month number of a month name or abbreviation.
pub fn month_number(name: &str) -> Option<u32> {
    let key = name.trim_end_matches('.').to_lowercase();
    MONTH_NAMES
        .iter()
        .position(|m| key.starts_with(&m[..3]))
        .map(|i| i as u32 + 1)
}

/// The weekday of a weekday name.
pub fn weekday(name: &str) -> Option<chrono::Weekday> {
    name.to_lowercase().get(..3)?.parse().ok()
}

/// TIMEX3 code of a season.
pub fn season_code(name: &str) -> Option<&'static str> {
    match name.to_lowercase().as_str() {
        "spring" => Some("SP"),
        "summer" => Some("SU"),
        "fall" | "autumn" => Some("FA"),
        "winter" => Some("WI"),
        _ => None,
    }
}

/// TIMEX3 code of a part of the day.
pub fn day_part_code(name: &str) -> Option<&'static str> {
    match name.to_lowercase().as_str() {
        "morning" => Some("MO"),
        "afternoon" => Some("AF"),
        "evening" => Some("EV"),
        "night" | "tonight" | "overnight" => Some("NI"),
        _ => None,
    }
}

/// A numeric amount: `Some(n)` for definite numbers, `None` for vague ones ("several", "a few").
pub fn amount(words: &str) -> Option<f64> {
    let w = words.to_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(whole) = w.strip_suffix(" and a half") {
        return amount(whole).map(|n| n + 0.5);
    }
    if let Some((whole, _)) = w.split_once(" 1/2") {
        return whole.parse::<f64>().ok().map(|n| n + 0.5);
    }
    if let Ok(n) = w.parse::<f64>() {
        return Some(n);
    }
    match w.as_str() {
        "a" | "an" | "one" => return Some(1.0),
        "half a" | "half an" | "a half" => return Some(0.5),
        "a couple of" => return Some(2.0),
        "a few" | "few" | "several" | "some" | "many" => return None,
        _ => {}
    }
    let mut total = 0.0;
    for part in w.split(['-', ' ']) {
        total += crate::numbers::cardinal_word(part)?;
    }
    Some(total)
}

/// A calendar or clock unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Week.
    Week,
    /// Month.
    Month,
    /// Quarter of a year.
    Quarter,
    /// Year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

impl Unit {
    /// The unit named by a word ("years", "Week", "centuries").
    pub fn parse(word: &str) -> Option<Unit> {
        let w = word.to_lowercase();
        let w = w.trim_end_matches('s');
        Some(match w {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" | "centurie" => Unit::Century,
            _ => return None,
        })
    }

    /// The TIMEX3 duration letter and whether it belongs after the `T`.
    pub fn duration_code(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Week => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("E", false),
            Unit::Century => ("C", false),
        }
    }

    /// The next smaller unit and how many of it make one of this (for "2 1/2 years" → P2Y6M).
    pub fn smaller(self) -> Option<(Unit, f64)> {
        match self {
            Unit::Year => Some((Unit::Month, 12.0)),
            Unit::Month => Some((Unit::Day, 30.0)),
            Unit::Week => Some((Unit::Day, 7.0)),
            Unit::Day => Some((Unit::Hour, 24.0)),
            Unit::Hour => Some((Unit::Minute, 60.0)),
            Unit::Minute => Some((Unit::Second, 60.0)),
            Unit::Decade => Some((Unit::Year, 10.0)),
            Unit::Century => Some((Unit::Year, 100.0)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_from_words_and_digits() {
        assert_eq!(amount("twenty-four"), Some(24.0));
        assert_eq!(amount("twenty four"), Some(24.0));
        assert_eq!(amount("eight"), Some(8.0));
        assert_eq!(amount("5 1/2"), Some(5.5));
        assert_eq!(amount("a"), Some(1.0));
        assert_eq!(amount("several"), None);
        assert_eq!(amount("a couple of"), Some(2.0));
        assert_eq!(amount("two and a half"), Some(2.5));
    }

    #[test]
    fn shared_word_lists() {
        assert!(is_month_word("sept") && is_month_word("may") && is_month_word("december"));
        assert!(!is_month_word("mon") && !is_month_word("dece"));
        assert!(is_weekday_word("thurs") && is_weekday_word("sunday"));
        assert!(!is_weekday_word("sept"));
        assert_eq!(month_number("june"), Some(6));
    }

    #[test]
    fn names() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(weekday("Tuesday"), Some(chrono::Weekday::Tue));
        assert_eq!(Unit::parse("centuries"), Some(Unit::Century));
        assert_eq!(Unit::parse("Weeks"), Some(Unit::Week));
    }
}
