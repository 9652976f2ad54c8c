//! Recognition: finds time expressions in running text and says what each one means in
//! calendar terms ([`Form`]), before any anchoring.
//!
//! Owns the patterns and the choice among overlapping matches (the longest wins). It does not
//! compute TIMEX3 values or look at the document date: that is `normalise`'s job.

use std::sync::LazyLock;

use chrono::Weekday;
use regex::{Captures, Regex};

use super::lexicon::{self, DAY_PART, MONTH, MONTH_SAFE, NUMBER, SEASON, UNIT, Unit, WEEKDAY};

/// Which way a "last"/"this"/"next" word points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// No direction word: the tense of the clause decides.
    Bare,
    /// "last", "past", "previous".
    Last,
    /// "this", "current".
    This,
    /// "next", "coming".
    Next,
    /// The most recent one, today included, whatever the tense.
    Latest,
}

/// What an expression means, in calendar terms, before it is anchored on a date.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)] // each variant's doc names its fields
pub enum Form {
    /// Month and maybe day, year and weekday as written ("Oct. 1", "Sunday, October 23, 2016").
    Calendar {
        year: Option<i32>,
        month: u32,
        day: Option<u32>,
        weekday: Option<Weekday>,
    },
    /// A month without a year, possibly with "last"/"next" ("last April", "early July").
    Month { month: u32, shift: Shift },
    /// A month in a year counted from the document's ("June last year" → -1).
    MonthOfYear { month: u32, year_offset: i32 },
    /// A year ("2012", "fiscal 1989").
    Year(i32),
    /// A decade, by its first three digits ("the 1990s" → 199).
    Decade(i32),
    /// A century, by its first two digits ("the 20th century" → 19).
    Century(i32),
    /// A weekday ("Monday", "last Tuesday", "Wednesday night").
    Weekday {
        day: Weekday,
        shift: Shift,
        part: Option<&'static str>,
    },
    /// The week holding a date ("the week of March 6").
    WeekOf {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// The n-th (or, with -1, the last) weekday of a month ("the first Monday of March").
    NthWeekday {
        n: i32,
        day: Weekday,
        month: u32,
        year: Option<i32>,
    },
    /// A day counted from the document date (today 0, yesterday -1), with a part of the day.
    Deictic {
        days: i64,
        part: Option<&'static str>,
    },
    /// The current, previous or next calendar unit ("last month", "this week", "next year").
    UnitShift { unit: Unit, shift: Shift },
    /// A weekend ("the weekend", "last weekend").
    Weekend { shift: Shift },
    /// A season ("last fall", "summer 2012").
    Season {
        code: &'static str,
        shift: Shift,
        year: Option<i32>,
    },
    /// A quarter; `n` None means the quarter under discussion ("the quarter", "the latest quarter").
    Quarter {
        n: Option<u32>,
        year: Option<i32>,
        shift: Shift,
    },
    /// A quarter of a year counted from the document's ("last year's third quarter").
    QuarterOfYear { n: Option<u32>, year_offset: i32 },
    /// A half year ("the first half of 1990").
    Half { n: u32, year: Option<i32> },
    /// A point so many units before or after an anchor ("three years ago", "a year earlier").
    Offset {
        amount: Option<f64>,
        unit: Unit,
        sign: i64,
        from_reference: bool,
    },
    /// A length of time ("two weeks", "the past eight days", "16-hour").
    Duration { amount: Option<f64>, unit: Unit },
    /// A recurring time, already in TIMEX3 ("daily" → `P1D`).
    Set(String),
    /// A recurring weekday ("each Thursday").
    SetWeekday(Weekday),
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    Ref(&'static str),
    /// A clock time, on the day the inner form names (or the document date).
    Clock {
        hour: u32,
        minute: u32,
        day: Option<Box<Form>>,
    },
    /// A day relative to the date under discussion ("that day" 0, "the next day" +1).
    Anaphoric { unit: Unit, offset: i64 },
    /// A holiday, in the year written after it ("Boxing Day 2004") or, without one, in the
    /// year the document date and tense make nearest.
    Holiday { holiday: Holiday, year: Option<i32> },
}

/// Holidays the engine knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// A holiday on a fixed month and day.
    Fixed(u32, u32),
    /// The fourth Thursday of November.
    Thanksgiving,
    /// The Tuesday after the first Monday of November.
    ElectionDay,
    /// Western Easter Sunday.
    Easter,
    /// The first Monday of September (US Labor Day).
    LaborDay,
    /// The last Monday of May (US Memorial Day).
    MemorialDay,
}

/// A recognised expression: byte span, meaning and TIMEX3 modifier.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// What it means.
    pub form: Form,
    /// TIMEX3 `mod` ("START", "MID", "END", "APPROX", "MORE_THAN", ...).
    pub modifier: Option<&'static str>,
}

type Parsed = Option<(Form, Option<&'static str>)>;
type Handler = fn(&Captures, &str) -> Parsed;

struct Rule {
    pattern: Regex,
    handle: Handler,
}

fn rule(pattern: String, handle: Handler) -> Rule {
    let pattern = pattern
        .replace("{MONTH}", &format!("(?-i:{MONTH})"))
        .replace("{MONTH_SAFE}", &format!("(?-i:{MONTH_SAFE})"))
        .replace("{WEEKDAY}", &format!("(?-i:{WEEKDAY})"))
        .replace("{DAY_PART}", DAY_PART)
        .replace("{SEASON}", SEASON)
        .replace("{NUMBER}", NUMBER)
        .replace("{UNIT}", UNIT)
        .replace("{QUAL}", QUALIFIER)
        .replace("{MOD}", POSITION_MOD);
    // ASCII word boundaries keep the fast DFA engines on text with curly quotes and dashes
    // (Unicode `\b` makes the regex crate fall back to a slow engine on non-ASCII input).
    let pattern = pattern.replace(r"\b", r"(?-u:\b)");
    let pattern = Regex::new(&format!("(?i){pattern}")).expect("time rule patterns are valid");
    Rule { pattern, handle }
}

/// Words that qualify an amount ("about two years", "more than four hours").
const QUALIFIER: &str = r"(?:about|around|roughly|approximately|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|under|well\s+over|the\s+better\s+part\s+of)";
/// Words that place a point within a period ("early July", "the end of 1990").
const POSITION_MOD: &str = r"(?:early|mid|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+rest\s+of)";

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    vec![
        rule(r"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<mod>{MOD})[\s-]+)?(?P<m>{MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)\b)?".into(), full_date),
        rule(r"\b(?P<m>{MONTH})\s+[0-3]?\d(?:st|nd|rd|th)?\s*(?:and|to|through|-|–)\s*(?P<x>(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)\b(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)\b)?".into(), second_day),
        rule(r"\bthe\s+week\s+of\s+(?P<m>{MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)\b)?".into(), week_of_date),
        rule(r"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d))?\b".into(), full_date),
        rule(r"\b(?:(?P<mod>{MOD})[\s-]+)?(?P<m>{MONTH})(?:\s+of)?,?\s+(?P<y>(?:1[5-9]|20)\d\d)\b".into(), full_date),
        rule(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b".into(), numeric_date),
        rule(r"\b(?P<mn>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)\b".into(), numeric_date),
        rule(r"\b(?P<m>{MONTH})\s+(?P<s>this|last|next)\s+year\b".into(), month_of_year),
        rule(r"\b(?:(?P<mod>{MOD})[\s-]+)?(?:(?P<s>last|this|next|past|coming)\s+)?(?P<m>{MONTH_SAFE})(?:\b|$)".into(), month_alone),
        rule(r"\b(?P<s>last|next|this)\s+(?P<m>(?-i:March|May))\b".into(), month_ambiguous),
        rule(r"\b(?:(?:in|since|until|till|by|of|during|through|before|after|from|to)\s+(?P<x>(?:(?P<mod>{MOD})[\s-]+)?(?P<m>(?-i:March|May|Mar\.))|(?P<mod2>{MOD})[\s-]+(?P<m2>(?-i:March|May))|(?P<s>last|next|this)\s+(?P<m3>(?-i:March|May))))\b".into(), month_ambiguous),
        rule(r"(?:\b(?P<mod>{MOD})[\s-]+)?(?:\b(?P<fisc>fiscal)\s+)?\b(?P<y>(?:1[6-9]|20)\d\d)\b".into(), year),
        rule(r"(?:\bthe\s+)?(?:\b(?P<mod>early|mid|late)[\s-]+)?\b(?P<c>1[6-9]|20)(?P<d>\d)0'?s\b".into(), decade),
        rule(r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b".into(), decade_word),
        rule(r"\b(?:the\s+year\s+)?(?P<c>nineteen|twenty)[\s-]+(?P<t>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))\b".into(), spoken_year),
        rule(r"\b(?:the\s+year\s+)(?P<w>two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b".into(), spoken_year_thousand),
        rule(r"(?:\bthe\s+)?(?:\b(?P<mod>early|mid|late)[\s-]+)?'(?P<d>\d)0s\b".into(), decade),
        rule(r"\b(?:the\s+)?(?:(?P<n>1\d|20|21)(?:st|nd|rd|th)|(?P<w>nineteenth|twentieth|twenty-first))\s+century\b".into(), century),
        rule(r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{WEEKDAY})\s+(?:of|in)\s+(?P<m>{MONTH})(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)\b)?".into(), nth_weekday),
        rule(r"\b(?:(?P<since>since)\s+)?(?P<x>(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<s>last|this|next|past|coming)\s+)?(?P<wd>{WEEKDAY})(?:'s)?(?:\s+(?P<p>{DAY_PART}))?)\b".into(), weekday),
        rule(r"\bmid[- ]?(?P<p>morning|afternoon)(?:\s+(?P<day>(?-i:{WEEKDAY})|today|yesterday|tomorrow))?\b".into(), mid_part),
        rule(r"\b(?:(?P<mod>early|late|earlier|later|mid-)\s*)?(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<p>{DAY_PART}))?\b".into(), deictic),
        rule(r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>this|last|tomorrow|yesterday)\s+(?P<p>{DAY_PART})\b".into(), deictic_part),
        rule(r"\bthe\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow)\b".into(), deictic_far),
        rule(r"\b(?:(?P<mod>{MOD})[\s-]+(?:in\s+)?)?(?P<s>last|this|next|the\s+current|the\s+same|the\s+previous|the\s+prior|the\s+following)\s+(?P<u>week|month|year|decade|century)\b".into(), unit_shift),
        rule(r"\b(?P<mod>earlier|later)\s+in\s+the\s+(?P<u>week|month|year)\b".into(), unit_shift_the),
        rule(r"\b(?:(?P<mod>{MOD})\s+)?the\s+(?:full\s+|fiscal\s+|calendar\s+|current\s+fiscal\s+|current\s+)?(?P<u>year)\b".into(), the_year),
        rule(r"\b(?:(?P<s>last|this|next|the\s+past|the\s+coming|the\s+previous)\s+|the\s+)weekend\b".into(), weekend),
        rule(r"\b(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<s>last|this|next|past|coming)\s+)?(?P<season>{SEASON})(?:\s+of)?,?\s+(?P<y>(?:19|20)\d\d)\b".into(), season),
        rule(r"\b(?:(?P<mod>early|mid|late)[\s-]+)?(?P<s>last|this\s+past|this\s+coming|this|next|past|coming)\s+(?P<season>{SEASON})\b".into(), season),
        rule(r"\bthe\s+(?:(?P<mod>early|late)\s+)?(?P<season>{SEASON})\b".into(), season),
        rule(r"\b(?:the\s+)?year(?:-end|\s+end|'s\s+end)\b".into(), year_end),
        rule(r"\b(?:(?P<y1>(?:19|20)\d\d)(?:'s)?\s+)?(?:the\s+)?(?:(?:fiscal|calendar|latest|current|same)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d))?\b".into(), quarter),
        rule(r"\b(?P<ys>this|last|next)\s+year's\s+(?:(?P<ord>first|second|third|fourth)[\s-]+)?quarter\b".into(), quarter_of_year),
        rule(r"\bthe\s+(?P<y>(?:19|20)\d\d)\s+(?:quarter|period)\b".into(), quarter_in_year),
        rule(r"\b(?:the\s+)?(?P<s>latest|comparable\s+year-ago|comparable\s+year-earlier|year-ago|year-earlier)\s+period\b".into(), quarter_named),
        rule(r"\b(?:the\s+)?(?P<s>latest|current|last|this|past|previous|next|coming|most\s+recent|year-ago|year-earlier|same)?\s*quarter\b".into(), quarter_named),
        rule(r"\b(?:the\s+)?(?P<ord>first|second)\s+half(?:\s+of\s+(?P<y>(?:19|20)\d\d))?\b".into(), half),
        rule(r"\b(?:(?P<q>{QUAL})\s+)?(?P<n>{NUMBER})\s+(?:or\s+so\s+)?(?P<u>{UNIT})s?\s+(?:or\s+so\s+)?(?P<dir>ago|from\s+now|hence)\b".into(), offset),
        rule(r"\b(?:(?P<q>{QUAL})\s+)?(?P<n>a|one)\s+(?P<u>year)\s+(?P<dir>earlier)\b".into(), offset),
        rule(r"\b(?P<x>(?:(?P<q>{QUAL})\s+)?(?P<n>{NUMBER})\s+(?:or\s+so\s+)?(?P<u>{UNIT})s?)\s+(?:or\s+so\s+)?(?P<dir>earlier|later)\b".into(), offset),
        rule(r"\b(?:the\s+)?(?P<w>year|month|week|day)-(?P<dir>ago|earlier)(?:\s+(?:quarter|period))?\b".into(), offset_adjective),
        rule(r"\b(?:(?P<q>{QUAL})\s+)?(?:(?:the|a|an|another|an\s+additional|each\s+of\s+the)\s+)?(?:(?P<pos>past|last|next|first|coming|previous|following|final|remaining|latest|initial|recent)\s+)?(?P<n>{NUMBER})\s+(?:more\s+|full\s+|straight\s+|consecutive\s+|trading\s+|business\s+|working\s+|calendar\s+)?(?P<u>{UNIT})s?\b(?P<half>\s+and\s+a\s+half\b)?".into(), duration),
        rule(r"\b(?:the\s+)?(?P<pos>past|last|next|coming|previous|following|first)\s+(?P<u>week|month|year|decade|century|day|hour|quarter)\b".into(), duration_one),
        rule(r"\b(?P<n>\d+(?:\.\d+)?|{NUMBER})-(?P<u>{UNIT})(?:-(?:old|long))?\b".into(), duration_adjective),
        rule(r"\b(?:for|over|in|within|take|took|takes|taken|lasted|last|spent|spend|after|than)\s+(?P<x>(?:(?:many|several|some|a\s+few)\s+)?(?P<u>minutes|hours|days|weeks|months|years|decades|centuries))\b".into(), duration_vague),
        rule(r"\b(?P<u>decades|years|months|weeks)-long\b".into(), duration_vague),
        rule(r"\b(?P<w>now|currently|nowadays|presently|at\s+present|at\s+the\s+moment|these\s+days|current|the\s+present)\b".into(), present_ref),
        rule(r"\b(?P<w>recently|lately|formerly|the\s+past)\b".into(), past_ref),
        rule(r"\bin\s+(?P<x>recent\s+(?:years|months|weeks|days|decades))\b".into(), past_ref),
        rule(r"\b(?P<w>the\s+future|the\s+(?:coming|next\s+few)\s+(?:days|weeks|months|years)|coming\s+(?:days|weeks|months|years)|a\s+later\s+date|later\s+date|the\s+near\s+future|the\s+long\s+term|the\s+short\s+term)\b".into(), future_ref),
        rule(r"(?:\b(?P<q>about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?\b(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|AM\b|PM\b)(?:\s+(?P<tz>(?-i:[A-Z]{2,4}T?)\b|local\s+time\b))?(?:,?\s+(?:on\s+)?(?P<day>(?-i:{WEEKDAY})|today|yesterday|tomorrow|(?-i:{MONTH})\s+[0-3]?\d\b))?".into(), clock),
        rule(r"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s+(?P<tz>(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT|CST|CDT|IST|JST|local\s+time)))?\b(?:,?\s+(?:on\s+)?(?P<day>(?-i:{WEEKDAY})|today|yesterday|tomorrow))?".into(), clock),
        rule(r"\b(?P<h>[0-2]\d)(?P<mi>[0-5]\d)\s+(?P<tz>(?-i:GMT|UTC|BST|EST|EDT|CET))\b".into(), clock),
        rule(r"\b(?P<w>noon|midnight|midday)(?:\s+(?P<day>(?-i:{WEEKDAY})|today|yesterday|tomorrow))?\b".into(), clock_word),
        rule(r"\b(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually)\b".into(), set_adverb),
        rule(r"\b(?:(?P<k>once|twice|three\s+times|four\s+times|several\s+times)\s+)?(?P<e>every|each|per|a)\s+(?P<u>second|minute|hour|day|night|week|month|quarter|year)\b".into(), set_every),
        rule(r"\b(?:every|each)\s+(?P<wd>{WEEKDAY})\b".into(), set_weekday),
        rule(r"\b(?:every|each)\s+(?P<m>{MONTH_SAFE})\b".into(), set_month),
        rule(r"\b(?:every|each)\s+(?P<season>{SEASON})\b".into(), set_season),
        rule(r"\b(?:(?P<y0>(?:1[5-9]|20)\d\d)\s+)?(?P<w>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine's\s+Day|Election\s+Day|Easter(?:\s+Sunday)?|Labou?r\s+Day|Memorial\s+Day|Boxing\s+Day)\b(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)\b)?".into(), holiday),
        rule(r"\b(?:earlier|later)\s+in\s+(?P<x>(?P<w>the\s+day))\b".into(), anaphoric),
        rule(r"\b(?P<w>(?:earlier|later)\s+that\s+(?:day|night|morning|evening|week|month|year)|(?:that|the\s+same|that\s+same)\s+(?:day|night|morning|evening|afternoon|week|month|year)|the\s+(?:next|following|previous|prior)\s+(?:day|morning|night|evening)|the\s+day\s+(?:before|after)|the\s+(?:following|previous|prior)\s+(?:week|month|year)|the\s+year\s+before)\b".into(), anaphoric),
    ]
});

/// Every time expression in `text`, as non-overlapping candidates in text order.
pub fn recognise(text: &str) -> Vec<Candidate> {
    let mut all = Vec::new();
    for rule in RULES.iter() {
        for caps in rule.pattern.captures_iter(text) {
            let Some(span) = caps.name("x").or_else(|| caps.get(0)) else {
                continue;
            };
            let Some((form, modifier)) = (rule.handle)(&caps, text) else {
                continue;
            };
            let (start, end) = trim_span(text, span.start(), span.end());
            let start = skip_attributive_determiner(text, start, end, &form);
            if start < end {
                all.push(Candidate {
                    start,
                    end,
                    form,
                    modifier,
                });
            }
        }
    }
    choose_longest(all)
}

/// Keeps the longest of overlapping candidates (earlier pattern first on ties).
fn choose_longest(mut all: Vec<Candidate>) -> Vec<Candidate> {
    all.sort_by_key(|c| (std::cmp::Reverse(c.end - c.start), c.start));
    let mut kept: Vec<Candidate> = Vec::new();
    for c in all {
        if !kept.iter().any(|k| c.start < k.end && k.start < c.end) {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.start);
    kept
}

/// In "the third-quarter loss" or "a five year plan" the article belongs to the noun after the
/// expression, not to it.
fn skip_attributive_determiner(text: &str, start: usize, end: usize, form: &Form) -> usize {
    let span = &text[start..end];
    let Some((det, rest)) = span.split_once(' ') else {
        return start;
    };
    if !["the", "a", "an"].contains(&det.to_lowercase().as_str()) {
        return start;
    }
    let rest_lower = rest.to_lowercase();
    let attributive = rest_lower.contains("-quarter")
        || rest_lower.ends_with("-ago")
        || rest_lower.ends_with("-earlier")
        || matches!(form, Form::Duration { amount: Some(n), .. } if *n > 1.0 && !rest_lower.ends_with('s') && !rest_lower.ends_with("half"));
    if attributive {
        start + det.len() + 1
    } else {
        start
    }
}

/// Drops trailing punctuation that belongs to the sentence, not the expression ("Friday."), and
/// a possessive "'s" ("Friday's session").
fn trim_span(text: &str, start: usize, mut end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let s = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s);
    let trimmed = s.trim_end_matches([',', ' ']);
    end = start + trimmed.len();
    // A final period stays only when it ends an abbreviation like "a.m." or "Oct.".
    if trimmed.ends_with('.') && !trimmed.ends_with("m.") && !ends_with_abbreviation(trimmed) {
        end -= 1;
    }
    (start, end)
}

fn ends_with_abbreviation(s: &str) -> bool {
    let last = s.rsplit(' ').next().unwrap_or("");
    last.len() <= 5
        && last.chars().next().is_some_and(|c| c.is_uppercase())
        && !last[..last.len() - 1].chars().any(|c| c.is_ascii_digit())
}

fn group<'t>(caps: &Captures<'t>, name: &str) -> Option<&'t str> {
    caps.name(name).map(|m| m.as_str())
}

fn number<T: std::str::FromStr>(caps: &Captures, name: &str) -> Option<T> {
    group(caps, name)?.parse().ok()
}

/// TIMEX3 modifier of a position word ("early" → START).
fn position_mod(word: Option<&str>) -> Option<&'static str> {
    let w = word?.to_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match w.as_str() {
        "early" | "earlier" | "the beginning of" | "the start of" | "the first half of" => "START",
        "mid" | "the middle of" => "MID",
        "late" | "later" | "the end of" | "the second half of" => "END",
        _ => return None,
    })
}

/// TIMEX3 modifier of an amount qualifier ("about" → APPROX).
fn amount_mod(word: Option<&str>) -> Option<&'static str> {
    let w = word?.to_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match w.as_str() {
        "about" | "around" | "roughly" | "approximately" | "some" => "APPROX",
        "nearly" | "almost" | "just under" | "under" | "barely" => "LESS_THAN",
        "more than" | "over" | "well over" => "MORE_THAN",
        "less than" | "fewer than" => "LESS_THAN",
        "at least" => "EQUAL_OR_MORE",
        "at most" | "up to" => "EQUAL_OR_LESS",
        _ => return None,
    })
}

fn shift(word: Option<&str>) -> Shift {
    let word = word.map(|w| w.split_whitespace().last().unwrap_or(w).to_lowercase());
    match word.as_deref() {
        Some("last" | "past" | "previous" | "prior") => Shift::Last,
        Some("this" | "current" | "same") => Shift::This,
        Some("next" | "coming" | "following") => Shift::Next,
        _ => Shift::Bare,
    }
}

fn full_date(c: &Captures, _: &str) -> Parsed {
    let month = lexicon::month_number(group(c, "m")?)?;
    let day: Option<u32> = match group(c, "d") {
        Some(d) => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    let year = number(c, "y");
    if day.is_none() && year.is_none() {
        return None;
    }
    let weekday = group(c, "wd").and_then(lexicon::weekday);
    Some((
        Form::Calendar {
            year,
            month,
            day,
            weekday,
        },
        position_mod(group(c, "mod")),
    ))
}

/// "April 24 and 25": the second day of the pair, in the first one's month; not a count
/// ("May 3 and 4 people").
fn second_day(c: &Captures, text: &str) -> Parsed {
    let x = c.name("x")?;
    let next = text[c.get(0)?.end()..].trim_start();
    if x.end() == c.get(0)?.end() && next.starts_with(|ch: char| ch.is_lowercase()) {
        return None;
    }
    full_date(c, text)
}

/// "mid-afternoon", "mid-morning Tuesday": a part of the day named, or of the document's day.
fn mid_part(c: &Captures, _: &str) -> Parsed {
    let part = lexicon::day_part_code(group(c, "p")?)?;
    let form = match group(c, "day").and_then(day_form) {
        Some(Form::Weekday { day, shift, .. }) => Form::Weekday {
            day,
            shift,
            part: Some(part),
        },
        Some(Form::Deictic { days, .. }) => Form::Deictic {
            days,
            part: Some(part),
        },
        _ => Form::Deictic {
            days: 0,
            part: Some(part),
        },
    };
    Some((form, None))
}

fn week_of_date(c: &Captures, text: &str) -> Parsed {
    let (
        Form::Calendar {
            year, month, day, ..
        },
        _,
    ) = full_date(c, text)?
    else {
        return None;
    };
    Some((
        Form::WeekOf {
            year,
            month,
            day: day?,
        },
        None,
    ))
}

fn numeric_date(c: &Captures, _: &str) -> Parsed {
    let (first, second): (u32, u32) = (number(c, "mn")?, number(c, "d")?);
    // Month first as in US usage, unless the first number cannot be a month ("15/09/2013").
    let (month, day) = if first > 12 {
        (second, first)
    } else {
        (first, second)
    };
    let month = Some(month).filter(|m| (1..=12).contains(m))?;
    let day = Some(day).filter(|d| (1..=31).contains(d))?;
    let mut year: i32 = number(c, "y")?;
    if year < 100 {
        year += if year < 50 { 2000 } else { 1900 };
    }
    Some((
        Form::Calendar {
            year: Some(year),
            month,
            day: Some(day),
            weekday: None,
        },
        None,
    ))
}

fn month_of_year(c: &Captures, _: &str) -> Parsed {
    let month = lexicon::month_number(group(c, "m")?)?;
    let year_offset = match shift(group(c, "s")) {
        Shift::Last => -1,
        Shift::Next => 1,
        _ => 0,
    };
    Some((Form::MonthOfYear { month, year_offset }, None))
}

fn month_alone(c: &Captures, text: &str) -> Parsed {
    let whole = c.get(0)?;
    // A capitalised month right after a sentence start may still be a month; but "Sept." followed
    // by a digit was a full date and would have been longer, so no check is needed for that.
    if text[whole.end()..].starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    let month = lexicon::month_number(group(c, "m")?)?;
    Some((
        Form::Month {
            month,
            shift: shift(group(c, "s")),
        },
        position_mod(group(c, "mod")),
    ))
}

fn month_ambiguous(c: &Captures, _: &str) -> Parsed {
    let name = group(c, "m").or(group(c, "m2")).or(group(c, "m3"))?;
    let month = lexicon::month_number(name)?;
    let modifier = position_mod(group(c, "mod").or(group(c, "mod2")));
    Some((
        Form::Month {
            month,
            shift: shift(group(c, "s")),
        },
        modifier,
    ))
}

fn year(c: &Captures, text: &str) -> Parsed {
    let y = c.name("y")?;
    let before = &text[..y.start()];
    let after = &text[y.end()..];
    if before.ends_with(['$', '#', '£', '€', '.', ',', '-', '/']) && !before.ends_with("mid-") {
        return None;
    }
    let after_l = after.to_lowercase();
    if after.starts_with(['%', ',']) && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
        || after.starts_with('%')
        || after.starts_with(['-', '/', ':'])
            && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
        || after_l.starts_with(" percent")
        || after.starts_with(".") && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
    {
        return None;
    }
    let prev_word = before
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    if [
        "flight", "no.", "number", "route", "room", "model", "about", "some", "than", "nearly",
        "over", "of",
    ]
    .contains(&prev_word.as_str())
        && !looks_like_year_context(after)
    {
        return None;
    }
    let value: i32 = y.as_str().parse().ok()?;
    Some((Form::Year(value), position_mod(group(c, "mod"))))
}

/// After "of 1998" a year is likely; after "some 1,500" it is not. Plural nouns after the
/// number suggest a count ("2000 people").
fn looks_like_year_context(after: &str) -> bool {
    let next = after.split_whitespace().next().unwrap_or("");
    next.is_empty() || next.starts_with(|c: char| c.is_ascii_punctuation()) || !next.ends_with('s')
}

fn decade(c: &Captures, _: &str) -> Parsed {
    let century: i32 = number(c, "c").unwrap_or(19);
    let d: i32 = number(c, "d")?;
    Some((
        Form::Decade(century * 10 + d),
        position_mod(group(c, "mod")),
    ))
}

fn century(c: &Captures, _: &str) -> Parsed {
    let n: i32 = match group(c, "w").map(|w| w.to_lowercase()) {
        Some(w) if w == "nineteenth" => 19,
        Some(w) if w == "twentieth" => 20,
        Some(_) => 21,
        None => number(c, "n")?,
    };
    Some((Form::Century(n - 1), None))
}

fn weekday(c: &Captures, _: &str) -> Parsed {
    let day = lexicon::weekday(group(c, "wd")?)?;
    let part = group(c, "p").and_then(lexicon::day_part_code);
    let mut s = shift(group(c, "s"));
    // "Wednesday's ruling" names something that has already happened.
    if s == Shift::Bare && c.get(0)?.as_str().ends_with("'s") {
        s = Shift::Latest;
    }
    // "since Friday" starts a span that runs up to the report, so on a Friday it means the
    // Friday a week before (a bare "Friday" in a Friday report stays that day, as in TimeBank).
    if s == Shift::Bare && c.name("since").is_some() {
        s = Shift::Last;
    }
    Some((
        Form::Weekday {
            day,
            shift: s,
            part,
        },
        position_mod(group(c, "mod")),
    ))
}

fn nth_weekday(c: &Captures, _: &str) -> Parsed {
    let ord = group(c, "ord")?.to_lowercase();
    let n = match ord.as_str() {
        "last" => -1,
        "fifth" | "5th" => 5,
        other => ordinal(other)? as i32,
    };
    Some((
        Form::NthWeekday {
            n,
            day: lexicon::weekday(group(c, "wd")?)?,
            month: lexicon::month_number(group(c, "m")?)?,
            year: number(c, "y"),
        },
        None,
    ))
}

fn deictic(c: &Captures, _: &str) -> Parsed {
    let w = group(c, "w")?.to_lowercase();
    let (days, mut part) = match w.as_str() {
        "today" => (0, None),
        "yesterday" => (-1, None),
        "tomorrow" => (1, None),
        "tonight" => (0, Some("NI")),
        _ => (0, Some("NI")),
    };
    if let Some(p) = group(c, "p").and_then(lexicon::day_part_code) {
        part = Some(p);
    }
    Some((
        Form::Deictic { days, part },
        position_mod(group(c, "mod").map(|m| m.trim_end_matches('-'))),
    ))
}

fn deictic_part(c: &Captures, _: &str) -> Parsed {
    let w = group(c, "w")?.to_lowercase();
    let part = group(c, "p").and_then(lexicon::day_part_code)?;
    let days = match w.as_str() {
        "this" => 0,
        "tomorrow" => 1,
        "last" if part != "NI" && part != "EV" => return None,
        _ => -1,
    };
    Some((
        Form::Deictic {
            days,
            part: Some(part),
        },
        position_mod(group(c, "mod")),
    ))
}

fn deictic_far(c: &Captures, _: &str) -> Parsed {
    let days = if group(c, "w")?.to_lowercase().starts_with("before") {
        -2
    } else {
        2
    };
    Some((Form::Deictic { days, part: None }, None))
}

fn unit_shift(c: &Captures, _: &str) -> Parsed {
    let unit = Unit::parse(group(c, "u")?)?;
    let modifier = position_mod(group(c, "mod"));
    let s = shift(group(c, "s"));
    Some((Form::UnitShift { unit, shift: s }, modifier))
}

fn unit_shift_the(c: &Captures, _: &str) -> Parsed {
    let unit = Unit::parse(group(c, "u")?)?;
    Some((
        Form::UnitShift {
            unit,
            shift: Shift::This,
        },
        position_mod(group(c, "mod")),
    ))
}

fn weekend(c: &Captures, _: &str) -> Parsed {
    Some((
        Form::Weekend {
            shift: shift(group(c, "s")),
        },
        None,
    ))
}

fn season(c: &Captures, _: &str) -> Parsed {
    let code = lexicon::season_code(group(c, "season")?)?;
    Some((
        Form::Season {
            code,
            shift: shift(group(c, "s")),
            year: number(c, "y"),
        },
        position_mod(group(c, "mod")),
    ))
}

fn ordinal(word: &str) -> Option<u32> {
    Some(match word.to_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

fn quarter(c: &Captures, _: &str) -> Parsed {
    let n = ordinal(group(c, "ord")?)?;
    let year = number(c, "y").or(number(c, "y1"));
    Some((
        Form::Quarter {
            n: Some(n),
            year,
            shift: Shift::Bare,
        },
        None,
    ))
}

fn quarter_named(c: &Captures, text: &str) -> Parsed {
    let whole = c.get(0)?;
    let s = group(c, "s").map(|s| s.to_lowercase());
    let has_the = whole.as_str().to_lowercase().starts_with("the");
    if s.is_none() && !has_the {
        return None;
    }
    // "a quarter of the vote": a fraction, not a period.
    if text[whole.end()..].trim_start().starts_with("of") && s.is_none() {
        return None;
    }
    let form = match s.as_deref() {
        Some("year-ago" | "year-earlier") => Form::Offset {
            amount: Some(1.0),
            unit: Unit::Year,
            sign: -1,
            from_reference: true,
        },
        Some("last" | "past" | "previous" | "latest" | "most recent") => Form::Quarter {
            n: None,
            year: None,
            shift: Shift::Last,
        },
        Some("next" | "coming") => Form::Quarter {
            n: None,
            year: None,
            shift: Shift::Next,
        },
        Some("current") => Form::Quarter {
            n: None,
            year: None,
            shift: Shift::This,
        },
        _ => Form::Quarter {
            n: None,
            year: None,
            shift: Shift::Bare,
        },
    };
    Some((form, None))
}

fn half(c: &Captures, _: &str) -> Parsed {
    let n = ordinal(group(c, "ord")?)?;
    Some((
        Form::Half {
            n,
            year: number(c, "y"),
        },
        None,
    ))
}

fn offset(c: &Captures, _: &str) -> Parsed {
    let unit = Unit::parse(group(c, "u")?)?;
    let amount = lexicon::amount(group(c, "n")?);
    let dir = group(c, "dir")?.to_lowercase();
    let (sign, from_reference) = match dir.as_str() {
        "ago" => (-1, false),
        "from now" | "hence" => (1, false),
        "earlier" | "before" => (-1, true),
        _ => (1, true),
    };
    if from_reference && !(unit == Unit::Year && amount == Some(1.0) && dir == "earlier") {
        // "two days before the vote", "three days later": TimeML marks the length only and
        // leaves "before"/"later" to a signal. "A year earlier" is the reports' idiom for the
        // comparison date, annotated as a date.
        return Some((Form::Duration { amount, unit }, amount_mod(group(c, "q"))));
    }
    Some((
        Form::Offset {
            amount,
            unit,
            sign,
            from_reference,
        },
        amount_mod(group(c, "q")),
    ))
}

fn offset_adjective(c: &Captures, _: &str) -> Parsed {
    let unit = Unit::parse(group(c, "w")?)?;
    Some((
        Form::Offset {
            amount: Some(1.0),
            unit,
            sign: -1,
            from_reference: false,
        },
        None,
    ))
}

fn year_end(_: &Captures, _: &str) -> Parsed {
    Some((
        Form::UnitShift {
            unit: Unit::Year,
            shift: Shift::This,
        },
        Some("END"),
    ))
}

fn decade_word(c: &Captures, _: &str) -> Parsed {
    let w = group(c, "w")?.to_lowercase();
    let tens = [
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ];
    let d = tens.iter().position(|t| *t == w)? as i32 + 2;
    Some((Form::Decade(190 + d), position_mod(group(c, "mod"))))
}

fn spoken_year(c: &Captures, _: &str) -> Parsed {
    let century = if group(c, "c")?.eq_ignore_ascii_case("nineteen") {
        1900
    } else {
        2000
    };
    let t = group(c, "t")?.to_lowercase();
    let rest = lexicon::amount(t.trim_start_matches("oh").trim_start_matches(['-', ' ']))?;
    Some((Form::Year(century + rest as i32), None))
}

fn spoken_year_thousand(c: &Captures, _: &str) -> Parsed {
    let w = group(c, "w")?.to_lowercase();
    let rest = w
        .rsplit_once(" and ")
        .and_then(|(_, r)| lexicon::amount(r))
        .unwrap_or(0.0);
    Some((Form::Year(2000 + rest as i32), None))
}

fn quarter_of_year(c: &Captures, _: &str) -> Parsed {
    let year_offset = match group(c, "ys")?.to_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    Some((
        Form::QuarterOfYear {
            n: group(c, "ord").and_then(ordinal),
            year_offset,
        },
        None,
    ))
}

fn quarter_in_year(c: &Captures, _: &str) -> Parsed {
    Some((
        Form::Quarter {
            n: None,
            year: number(c, "y"),
            shift: Shift::Bare,
        },
        None,
    ))
}

fn the_year(c: &Captures, text: &str) -> Parsed {
    let whole = c.get(0)?;
    let lower = whole.as_str().to_lowercase();
    // "the year ended June 30" is a twelve-month length; "for the year", "a high for the year",
    // "the fiscal year" name the year under discussion.
    let next = text[whole.end()..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let twelve_months = matches!(next.as_str(), "ended" | "ending" | "through" | "to");
    if twelve_months && !lower.contains("this") && !lower.contains("current") {
        return Some((
            Form::Duration {
                amount: Some(1.0),
                unit: Unit::Year,
            },
            None,
        ));
    }
    Some((
        Form::UnitShift {
            unit: Unit::Year,
            shift: Shift::This,
        },
        position_mod(group(c, "mod")),
    ))
}

fn duration(c: &Captures, text: &str) -> Parsed {
    let unit = Unit::parse(group(c, "u")?)?;
    let n = group(c, "n")?;
    let half = if group(c, "half").is_some() { 0.5 } else { 0.0 };
    let amount = lexicon::amount(n).map(|a| a + half);
    let n_lower = n.to_lowercase();
    if unit == Unit::Second && matches!(n_lower.as_str(), "a" | "an" | "one" | "some" | "many") {
        return None;
    }
    let whole = c.get(0)?;
    if gives_an_age(&text[whole.end()..]) {
        return None;
    }
    let bare_article = matches!(n_lower.as_str(), "a" | "an")
        && group(c, "q").is_none()
        && group(c, "pos").is_none();
    if bare_article && is_rate(&text[..whole.start()]) {
        return Some((Form::Set(format!("P1{}", unit.duration_code().0)), None));
    }
    if matches!(n_lower.as_str(), "some" | "many") && group(c, "pos").is_none() {
        // "some day", "many years": vague, only a duration when plural.
        if !whole.as_str().to_lowercase().ends_with('s') {
            return None;
        }
    }
    Some((Form::Duration { amount, unit }, amount_mod(group(c, "q"))))
}

/// Whether the words after "52 years" make it an age ("52 years old", "52 years of age"): TimeML
/// does not mark ages.
fn gives_an_age(after: &str) -> bool {
    let rest = after.trim_start().to_lowercase();
    let word_then = |w: &str| {
        rest.strip_prefix(w)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    };
    word_then("old") || word_then("of age")
}

/// Whether the words before "a year" make it a rate ("$5 a year", "twice a year", "10% a year").
fn is_rate(before: &str) -> bool {
    let prev = before
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    prev.chars().any(|c| c.is_ascii_digit())
        || [
            "percent", "times", "once", "twice", "million", "billion", "dollars", "cents", "%",
        ]
        .iter()
        .any(|w| prev.ends_with(w))
}

fn duration_one(c: &Captures, _: &str) -> Parsed {
    let unit = Unit::parse(group(c, "u")?)?;
    Some((
        Form::Duration {
            amount: Some(1.0),
            unit,
        },
        None,
    ))
}

fn duration_adjective(c: &Captures, _: &str) -> Parsed {
    // "a 6-year-old boy" gives an age, not a time.
    if c.get(0)?.as_str().to_lowercase().ends_with("-old") {
        return None;
    }
    let unit = Unit::parse(group(c, "u")?)?;
    let amount = lexicon::amount(group(c, "n")?);
    amount?;
    Some((Form::Duration { amount, unit }, None))
}

fn duration_vague(c: &Captures, _: &str) -> Parsed {
    let unit = Unit::parse(group(c, "u")?)?;
    Some((Form::Duration { amount: None, unit }, None))
}

fn present_ref(c: &Captures, text: &str) -> Parsed {
    let w = c.get(0)?;
    let lower = w.as_str().to_lowercase();
    if lower == "current" {
        let next = text[w.end()..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if next.starts_with("account") || next.starts_with("affairs") || next.is_empty() {
            return None;
        }
    }
    if lower == "now" {
        // "now-defunct" and "now that" are still "now"; "know" is excluded by the word boundary.
        let before = text[..w.start()].trim_end().to_lowercase();
        if before.ends_with("until") || before.ends_with("from") {
            return Some((Form::Ref("PRESENT_REF"), None));
        }
    }
    Some((Form::Ref("PRESENT_REF"), None))
}

fn past_ref(c: &Captures, text: &str) -> Parsed {
    let w = c.get(0)?;
    if w.as_str().eq_ignore_ascii_case("the past") {
        let next = text[w.end()..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        let prev = text[..w.start()]
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        // "in the past that ...", "than in the past": the past itself, whatever follows.
        let after_preposition = ["in", "from", "than", "to"].contains(&prev.as_str());
        let unit_follows =
            Unit::parse(next.trim_end_matches(|ch: char| !ch.is_alphabetic())).is_some();
        if !next.is_empty()
            && next.chars().all(|ch| ch.is_alphabetic())
            && !["and", "or", "but", "as", "is", "was"].contains(&next.as_str())
            && (!after_preposition || unit_follows || lexicon::amount(&next).is_some())
        {
            // "the past decade", "the past president": not the past itself.
            return None;
        }
    }
    Some((Form::Ref("PAST_REF"), None))
}

fn future_ref(_: &Captures, _: &str) -> Parsed {
    Some((Form::Ref("FUTURE_REF"), None))
}

fn clock(c: &Captures, text: &str) -> Parsed {
    let whole = c.get(0)?;
    let mut hour: u32 = number(c, "h")?;
    let minute: u32 = number(c, "mi").unwrap_or(0);
    if let Some(ap) = group(c, "ap") {
        let pm = ap.to_lowercase().starts_with('p');
        if hour == 0 || hour > 12 {
            return None;
        }
        hour = match (pm, hour) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
    } else if group(c, "tz").is_none()
        && text[whole.end()..].starts_with(|ch: char| ch == ':' || ch.is_ascii_digit())
    {
        return None;
    } else if group(c, "tz").is_none() && group(c, "day").is_none() {
        // A bare "10:30" may be a score or a verse: only with a time word around it.
        let before = text[..whole.start()].to_lowercase();
        if !(before.ends_with("at ") || before.ends_with("by ") || before.ends_with("until ")) {
            return None;
        }
    }
    let day = group(c, "day").and_then(day_form).map(Box::new);
    Some((
        Form::Clock { hour, minute, day },
        amount_mod(group(c, "q").map(|q| q.split_whitespace().next().unwrap_or(q))),
    ))
}

fn clock_word(c: &Captures, _: &str) -> Parsed {
    let (hour, minute) = match group(c, "w")?.to_lowercase().as_str() {
        "midnight" => (24, 0),
        _ => (12, 0),
    };
    let day = group(c, "day").and_then(day_form).map(Box::new);
    Some((Form::Clock { hour, minute, day }, None))
}

/// The day a clock time is attached to ("Tuesday", "yesterday", "Nov. 9").
fn day_form(word: &str) -> Option<Form> {
    let lower = word.to_lowercase();
    match lower.as_str() {
        "today" => {
            return Some(Form::Deictic {
                days: 0,
                part: None,
            });
        }
        "yesterday" => {
            return Some(Form::Deictic {
                days: -1,
                part: None,
            });
        }
        "tomorrow" => {
            return Some(Form::Deictic {
                days: 1,
                part: None,
            });
        }
        _ => {}
    }
    if let Some(day) = lexicon::weekday(word).filter(|_| !word.contains(' ')) {
        return Some(Form::Weekday {
            day,
            shift: Shift::Bare,
            part: None,
        });
    }
    let (m, d) = word.rsplit_once(' ')?;
    Some(Form::Calendar {
        year: None,
        month: lexicon::month_number(m.trim())?,
        day: d.parse().ok(),
        weekday: None,
    })
}

fn set_adverb(c: &Captures, _: &str) -> Parsed {
    let value = match group(c, "w")?.to_lowercase().as_str() {
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "biweekly" => "P2W",
        "monthly" => "P1M",
        "hourly" => "PT1H",
        "semiannually" => "P6M",
        _ => "P1Y",
    };
    Some((Form::Set(value.into()), None))
}

fn set_every(c: &Captures, text: &str) -> Parsed {
    let e = group(c, "e")?.to_lowercase();
    if e == "a" && group(c, "k").is_none() && !is_rate(&text[..c.get(0)?.start()]) {
        return None;
    }
    let unit = match group(c, "u")?.to_lowercase().as_str() {
        "night" => Unit::Day,
        u => Unit::parse(u)?,
    };
    let (code, t) = unit.duration_code();
    Some((
        Form::Set(format!("P{}1{code}", if t { "T" } else { "" })),
        None,
    ))
}

fn set_weekday(c: &Captures, _: &str) -> Parsed {
    Some((Form::SetWeekday(lexicon::weekday(group(c, "wd")?)?), None))
}

fn set_season(c: &Captures, _: &str) -> Parsed {
    let code = lexicon::season_code(group(c, "season")?)?;
    Some((Form::Set(format!("XXXX-{code}")), None))
}

fn set_month(c: &Captures, _: &str) -> Parsed {
    let m = lexicon::month_number(group(c, "m")?)?;
    Some((Form::Set(format!("XXXX-{m:02}")), None))
}

fn holiday(c: &Captures, text: &str) -> Parsed {
    let w = group(c, "w")?.to_lowercase();
    let h = if w.starts_with("christmas eve") {
        Holiday::Fixed(12, 24)
    } else if w.starts_with("christmas") {
        Holiday::Fixed(12, 25)
    } else if w.starts_with("new year's eve") || w.starts_with("new year’s eve") {
        Holiday::Fixed(12, 31)
    } else if w.starts_with("new year") {
        Holiday::Fixed(1, 1)
    } else if w.starts_with("thanksgiving") {
        Holiday::Thanksgiving
    } else if w.starts_with("independence") {
        Holiday::Fixed(7, 4)
    } else if w.starts_with("halloween") {
        Holiday::Fixed(10, 31)
    } else if w.starts_with("valentine") {
        Holiday::Fixed(2, 14)
    } else if w.starts_with("election") {
        Holiday::ElectionDay
    } else if w.starts_with("boxing") {
        Holiday::Fixed(12, 26)
    } else if w.starts_with("labo") {
        Holiday::LaborDay
    } else if w.starts_with("memorial") {
        Holiday::MemorialDay
    } else if w.starts_with("easter") {
        Holiday::Easter
    } else {
        return None;
    };
    let written = c.name("y").or_else(|| c.name("y0"));
    let year = match written {
        Some(y) => Some(y.as_str().parse().ok()?),
        None => year_later_in_phrase(text, c.get(0)?.end()),
    };
    Some((Form::Holiday { holiday: h, year }, None))
}

/// The year of "the Boxing Day tsunami in 2004" (the name maybe in quotes): an "in YYYY" a few
/// words on, with no clause break or comparison ("than in 2003") between.
fn year_later_in_phrase(text: &str, end: usize) -> Option<i32> {
    static IN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^["”’']?(?:\s+[A-Za-z][A-Za-z'’-]*){1,4}\s+in\s+((?:1[5-9]|20)\d\d)(?-u:\b)"#)
            .expect("year pattern is valid")
    });
    let rest = text.get(end..)?;
    let caps = IN_YEAR.captures(rest)?;
    let between = caps.get(0)?.as_str().to_lowercase();
    if between
        .split_whitespace()
        .any(|w| w == "than" || w == "since")
    {
        return None;
    }
    caps.get(1)?.as_str().parse().ok()
}

fn anaphoric(c: &Captures, _: &str) -> Parsed {
    let w = group(c, "w")?.to_lowercase();
    let words: Vec<&str> = w.split_whitespace().collect();
    let last = *words.last()?;
    let unit = match last {
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        "before" | "after" => Unit::Day,
        _ => Unit::Day,
    };
    let offset = if words
        .iter()
        .any(|w| ["next", "following", "after"].contains(w))
    {
        1
    } else if words
        .iter()
        .any(|w| ["previous", "prior", "before"].contains(w))
    {
        -1
    } else {
        0
    };
    let modifier = match words[0] {
        "earlier" => Some("START"),
        "later" => Some("END"),
        _ => None,
    };
    Some((Form::Anaphoric { unit, offset }, modifier))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        recognise(text)
            .into_iter()
            .map(|c| &text[c.start..c.end])
            .collect()
    }

    #[test]
    fn extents_follow_timeml() {
        assert_eq!(
            spans("They met on Monday, Oct. 26, in Rome."),
            vec!["Monday, Oct. 26"]
        );
        assert_eq!(
            spans("It fell over the past eight days."),
            vec!["the past eight days"]
        );
        assert_eq!(spans("Prices may rise in May."), vec!["May"]);
        assert_eq!(
            spans("It happened three years ago."),
            vec!["three years ago"]
        );
        assert_eq!(
            spans("He arrived at 9 a.m. Tuesday."),
            vec!["9 a.m. Tuesday"]
        );
        assert_eq!(spans("He spoke on Friday."), vec!["Friday"]);
    }

    #[test]
    fn numbers_that_are_not_years() {
        assert_eq!(spans("It cost $2000 and 1999% more."), Vec::<&str>::new());
    }
}
