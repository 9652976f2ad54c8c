//! Grouping: claims from different documents about the same matter, with a verdict, the sides
//! the accounts take and the differences spelled out.
//!
//! Kinds of matter: a count (claims giving a number of the same thing, "people killed",
//! compared as intervals only within a compatible time frame — the dates the time engine
//! resolved for each claim — and the same place when they name one: "in the province" is not
//! "across the region"), a named matter from `matters` (who attacked a target, whether something
//! stopped, whether talks progressed, when something began, compared by value), and otherwise a
//! statement (claims sharing enough content words, compared by stance: asserting or accusing
//! against denying or asserting the negative). A group needs at least two documents. Ids derive
//! from the member claim ids, so a rebuild of the same input gives the same ids. It does not
//! extract claims.
//!
//! Verdicts, so a reader can trust them:
//! - **agree**: every account is compatible with every other (equal values, overlapping
//!   intervals, the same stance; an attack with no attacker named contradicts nothing).
//! - **disagree**: two different speakers take conflicting positions at the same time — an
//!   accusation and the accused's denial, two attackers named, two tolls for the same day that
//!   cannot both hold. The sides say who holds which position.
//! - **mixed**: the accounts differ, but no two speakers dispute each other at the same time:
//!   each conflict is a later report revising an earlier one (a toll given a day later, a state
//!   that changed: the truce held, then collapsed; talks progressed, then stalled; a figure the
//!   text marks as earlier, a toll that "rose to" a figure, an older lower toll repeated the day
//!   a newer one is out), or one speaker gives both positions. Who did something, when it
//!   began, statements' stances and counts of things with no event ("three cables", "12
//!   countries", not a tally of people killed or arrested) do not change with time: there a
//!   later conflicting account is still a disagreement.
//!
//! The day an account was given is the date joined to its cue ("said on Monday") when it names a
//! day, else its document's publication date. An undated count is a figure as of that day: it is
//! compared with counts dated in the week up to it (the quake "on Tuesday" beside a toll
//! published on Wednesday), and a count dated to a day is not the same time as one as of a later
//! day. A mixed verdict's summary gives each figure from the day it was first given, a revision
//! within one day as "later on" that day, an older figure still given after a newer one as such,
//! and a figure with no day at all as having no date.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use chrono::NaiveDate;
use dossier_model::{
    Claim, ClaimDate, ClaimGroup, Difference, Document, Granularity, Polarity, Qualifier, Quantity,
    Side, Verdict,
};

use super::matters::{self, Matter};
use super::speakers::{PLACE_NOUNS, PlaceLevel, place_level};
use crate::timeline;

/// Shared content words needed to call two statements the same matter.
const MIN_SHARED_WORDS: usize = 3;
/// Of which shared words written in lower case (not names).
const MIN_SHARED_COMMON_WORDS: usize = 2;
/// Jaccard similarity of content words needed as well.
const MIN_JACCARD: f64 = 0.2;

/// What grouping reads besides the claims: each document's publication date and sentences.
#[derive(Default)]
pub struct Context<'a> {
    docs: BTreeMap<&'a str, &'a Document>,
}

impl<'a> Context<'a> {
    /// The context of `documents`.
    pub fn of(documents: &'a [Document]) -> Self {
        Context {
            docs: documents.iter().map(|d| (d.id.as_str(), d)).collect(),
        }
    }

    fn published(&self, doc: &str) -> Option<NaiveDate> {
        let date = self.docs.get(doc)?.date.as_ref()?;
        NaiveDate::parse_from_str(&date.value, "%Y-%m-%d").ok()
    }

    /// The latest publication date of the story: the time around which a document without a
    /// date was written.
    fn latest(&self) -> Option<NaiveDate> {
        self.docs.keys().filter_map(|d| self.published(d)).max()
    }

    /// The text of the sentence a claim stands in.
    pub fn sentence(&self, c: &Claim) -> Option<&'a str> {
        let doc = self.docs.get(c.at.doc.as_str())?;
        doc.sentences
            .get(c.at.sentence as usize)
            .map(|s| s.text.as_str())
    }

    /// The day an account was given: the day joined to its cue, else its document's date.
    fn reported(&self, c: &Claim) -> Option<NaiveDate> {
        c.resolved_dates
            .iter()
            .filter(|d| d.said && d.granularity == Granularity::Day)
            .find_map(|d| NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").ok())
            .or_else(|| self.published(&c.at.doc))
    }
}

/// Groups `claims` across documents, without document context (no publication dates).
#[cfg(test)]
pub fn group(claims: &[Claim]) -> Vec<ClaimGroup> {
    group_in(&Context::default(), claims)
}

/// Groups `claims` across documents, reading dates and sentences from `ctx`.
pub fn group_in(ctx: &Context, claims: &[Claim]) -> Vec<ClaimGroup> {
    let mut groups = count_groups(ctx, claims);
    groups.extend(matter_groups(ctx, claims));
    let counted: BTreeSet<&str> = groups
        .iter()
        .flat_map(|g| g.claim_ids.iter().map(String::as_str))
        .collect();
    let rest: Vec<&Claim> = claims
        .iter()
        .filter(|c| !counted.contains(c.id.as_str()) && !is_outlet(c) && is_agent(&c.speaker))
        .collect();
    groups.extend(statement_groups(ctx, &rest));
    groups
}

/// Whether a speaker can be someone who speaks: not a described event, thing or place ("the
/// quake", "a village in the district", "the district of Klow"), which marks a misread source.
fn is_agent(speaker: &str) -> bool {
    let lower = speaker.to_lowercase();
    let Some(rest) = ["the ", "a ", "an "]
        .iter()
        .find_map(|d| lower.strip_prefix(d))
    else {
        return true;
    };
    let head = rest
        .split(" of ")
        .next()
        .and_then(|p| p.split(" in ").next())
        .and_then(|p| p.split_whitespace().last())
        .unwrap_or("");
    !NOT_AGENTS.contains(&head)
}

const NOT_AGENTS: &[&str] = &[
    "quake",
    "earthquake",
    "tremor",
    "aftershock",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "flood",
    "floods",
    "fire",
    "blaze",
    "wildfire",
    "tsunami",
    "blast",
    "explosion",
    "attack",
    "crash",
    "accident",
    "shooting",
    "strike",
    "bombing",
    "eruption",
    "landslide",
    "village",
    "district",
    "area",
    "town",
    "city",
    "province",
    "region",
    "building",
    "house",
    "road",
    "street",
    "bridge",
    "tower",
    "incident",
    "disaster",
    "wave",
];

fn is_outlet(c: &Claim) -> bool {
    c.cue.is_none() && c.source_text.is_none() && c.speaker.starts_with("the article (")
}

/// What a count is of: the counted noun's head plus the event word nearest the number, if any.
fn count_key(c: &Claim, q: &Quantity, sentence: &str) -> Option<String> {
    if q.unit.is_empty()
        || q.unit == "%"
        || q.unit.len() < 3
        || super::quantities::is_time_unit(&q.unit)
        || counts_others(c, q)
        || is_measure(c, q)
    {
        return None;
    }
    let last = q.unit.split_whitespace().last()?;
    if q.low != "1" && !is_plural(last) {
        // "4 cable network", "a 22 year-old": a number in a name or a modifier, not a count.
        return None;
    }
    let head = match last.to_lowercase().as_str() {
        "person" | "persons" => "people".to_owned(),
        _ => last.trim_end_matches('s').to_owned(),
    };
    let event = event_of(&c.text, q).unwrap_or_default();
    if event.is_empty() && ANYONE.contains(&head.to_lowercase().as_str()) {
        // "300 people slept outdoors", "water to 250,000 people": people with nothing said of
        // what happened to them are no matter to compare.
        return None;
    }
    let role = if is_part(sentence, q) {
        "|part"
    } else if event.is_empty() && is_agent_count(sentence, q) {
        "|by"
    } else {
        ""
    };
    Some(format!("{head}|{event}{role}"))
}

/// Whether a count with no event names who did something, after "by" ("owned by several dozen
/// countries"), not what it was done to ("it connects 12 countries"): two different matters.
fn is_agent_count(sentence: &str, q: &Quantity) -> bool {
    sentence.find(&q.text).is_some_and(|at| {
        sentence[..at]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case("by"))
    })
}

/// Whether a count is of a part of a larger group the sentence counts or names, not of the
/// whole: "including six children", "among them six children", "six of whom were children",
/// "58-3 with 51 wins" (a count beside another number), "One of the cables … links 33
/// countries". Such a count is compared only with other parts, never with a total.
fn is_part(sentence: &str, q: &Quantity) -> bool {
    let Some(at) = sentence.find(&q.text) else {
        return false;
    };
    let before = &sentence[..at];
    let after = &sentence[at + q.text.len()..];
    let clause = before.rsplit([';', '.', ':']).next().unwrap_or(before);
    let member_subject = PART_SUBJECT
        .captures(clause)
        .and_then(|m| m.get(1))
        .is_some_and(|w| !is_superlative(w.as_str()));
    PART_BEFORE.is_match(before) || PART_AFTER.is_match(after) || member_subject
}

fn is_superlative(word: &str) -> bool {
    let w = word.to_lowercase();
    w.ends_with("est") || matches!(w.as_str(), "most" | "worst" | "best" | "least")
}

/// Words right before a count that make it a part: "including", "among them", "of whom",
/// "with" after a number ("58-3 with").
static PART_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:including|include|includes|included|among (?:them|whom|those|these|which)|of (?:whom|which|them|those))|\d[\d,.-]*\s+with)\s+$")
        .expect("static regex")
});

/// Words right after a count that make it a part: "six of them", "ten of whom".
static PART_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:of|among) (?:them|whom|which|those|these)\b").expect("static regex")
});

/// A clause whose subject is one member of a set ("One of the cables …", "Each of the
/// boats …"), not a superlative ("One of the deadliest …").
static PART_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:one|each|either|neither|another|two|three|some|several|many|most) of (?:the|its|their|these|those|his|her) (\w+)")
        .expect("static regex")
});

/// Whether a counted noun is plural: ends in "s" or is a plural without one ("people",
/// "children", "dead", "injured").
fn is_plural(noun: &str) -> bool {
    let noun = noun.to_lowercase();
    !noun.chars().any(char::is_alphabetic)
        || (noun.ends_with('s') && !noun.ends_with("ss"))
        || super::quantities::is_plural_without_s(&noun)
}

/// "Two other victims", "four others", "another two people": the rest beside someone already
/// counted, not a total of the thing, so no figure to hold against another account's total.
fn counts_others(c: &Claim, q: &Quantity) -> bool {
    let other = |w: &str| {
        let w = w.to_lowercase();
        matches!(
            w.as_str(),
            "other" | "others" | "another" | "more" | "further" | "additional"
        )
    };
    let before = c
        .text
        .find(&q.text)
        .and_then(|at| c.text[..at].split_whitespace().next_back());
    let inside = q.text.to_lowercase().replace("more than", "");
    inside
        .split_whitespace()
        .chain(q.unit.split_whitespace())
        .any(other)
        || before.is_some_and(other)
}

/// A measure, not a count of things: a fraction ("6.1 quake") or a unit of measure ("6.1
/// magnitude", "10 kilometres").
fn is_measure(c: &Claim, q: &Quantity) -> bool {
    let whole = |v: &str| v.parse::<f64>().is_ok_and(|x| x.fract() == 0.0);
    let measure_word = |w: &str| {
        let w = w
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase();
        MEASURES
            .iter()
            .any(|m| w == *m || w.strip_suffix('s') == Some(m))
    };
    let before = c
        .text
        .find(&q.text)
        .and_then(|at| c.text[..at].split_whitespace().next_back());
    !whole(&q.low)
        || !whole(&q.high)
        || q.unit.split([' ', '-']).any(measure_word)
        || before.is_some_and(measure_word)
}

const VAGUE: &[&str] = &[
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "several",
    "few",
];

/// Scale words after a vague multiplier ("several dozen", "a few hundred").
const SCALES: &[(&str, f64)] = &[
    ("dozen", 12.0),
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
];

const MEASURES: &[&str] = &[
    "magnitude",
    "degree",
    "kilometre",
    "kilometer",
    "km",
    "mile",
    "metre",
    "meter",
    "foot",
    "feet",
    "inch",
    "centimetre",
    "centimeter",
    "tonne",
    "ton",
    "kilogram",
    "kg",
    "pound",
    "gallon",
    "litre",
    "liter",
    "barrel",
    "dollar",
    "euro",
    "percent",
    "point",
    "mph",
    "knot",
    "hectare",
    "acre",
    "richter",
];

/// The event a count is of ("killed", "seriously wounded"): the event word right after the
/// number, past auxiliaries and before any "and", comma or place preposition ("five people died",
/// "24 were reported to have died"), else the word right before it ("killing five people").
/// Whole words only: "aid" does not match inside "said". A degree word before the event word
/// ("seriously injured") marks a part of the whole, a different count.
fn event_of(text: &str, q: &Quantity) -> Option<String> {
    let at = text.find(&q.text).unwrap_or(0);
    let end = at + q.text.len();
    let after: Vec<&str> = text
        .get(end..)
        .unwrap_or("")
        .split_whitespace()
        .take(5)
        .collect();
    let mut previous: Option<&str> = None;
    for (i, w) in after.iter().enumerate() {
        if let Some(e) = event_word(w) {
            let degree = previous
                .filter(|p| is_degree(p))
                .or_else(|| after.get(i + 1).copied().filter(|n| is_degree(n)));
            return Some(match degree {
                Some(d) => format!("{} {e}", d.to_lowercase()),
                None => e.to_owned(),
            });
        }
        let bare = w
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase();
        if w.ends_with([',', ';', '.', ':']) || ENDS_COUNT_CLAUSE.contains(&bare.as_str()) {
            break;
        }
        previous = Some(w);
    }
    // The word before the count, past a determiner or "of" ("shooting his three co-workers",
    // "the killing of more than 600 people").
    let mut before = text.get(..at).unwrap_or("").split_whitespace().rev();
    let word = before.next()?;
    let word = if LINKS_BEFORE_COUNT.contains(&word.to_lowercase().as_str()) {
        before.next()?
    } else {
        word
    };
    event_word(word).map(str::to_owned)
}

/// Heads of a count that say nothing of who was counted (singular "person" read as "people").
const ANYONE: &[&str] = &["people", "individual"];

/// Words between an event word and the count it happened to.
const LINKS_BEFORE_COUNT: &[&str] = &[
    "the", "his", "her", "its", "their", "our", "my", "your", "of",
];

/// Words after a count that end the clause saying what happened to it.
const ENDS_COUNT_CLAUSE: &[&str] = &[
    "and", "or", "but", "in", "from", "at", "on", "into", "across", "near", "while", "as",
];

fn is_degree(w: &str) -> bool {
    matches!(
        w.trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase()
            .as_str(),
        "seriously" | "critically" | "severely" | "badly" | "gravely" | "slightly" | "lightly"
    )
}

fn event_word(w: &str) -> Option<&'static str> {
    let w = w
        .trim_matches(|ch: char| !ch.is_alphanumeric())
        .to_lowercase();
    EVENTS
        .iter()
        .find(|(stems, _)| stems.iter().any(|s| is_word_form(&w, s)))
        .map(|(_, e)| *e)
}

/// Whether `word` is a form of `stem`: the stem itself or the stem with an inflection.
fn is_word_form(word: &str, stem: &str) -> bool {
    word.strip_prefix(stem).is_some_and(|rest| {
        matches!(
            rest,
            "" | "s" | "ed" | "d" | "ing" | "es" | "ies" | "y" | "ied" | "ly" | "ities" | "ity"
        )
    })
}

const EVENTS: &[(&[&str], &str)] = &[
    (
        &[
            "kill", "dead", "die", "died", "dying", "death", "lives", "fatal", "fatalit",
        ],
        "killed",
    ),
    (&["wound", "injur", "hurt"], "wounded"),
    (
        &[
            "displace", "fled", "flee", "refugee", "evacuate", "homeless",
        ],
        "displaced",
    ),
    (&["arrest", "detain"], "arrested"),
    (&["missing"], "missing"),
    (&["shoot", "shot"], "shot"),
    (
        &["strike", "bomb", "raid", "shelling", "airstrike"],
        "attacks",
    ),
    (&["truck", "convoy", "aid"], "aid"),
];

/// Where a count was counted, when the claim says so.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    /// Lower case: a place name, or a place noun.
    name: String,
    /// A common place noun of the local level ends it ("in the district", "in Klow district",
    /// not "in Mexico City"): a part of the wider area a story is set in, so its count is a
    /// part of the story's total.
    local: bool,
}

/// Where a count was counted: "in the province", "across the region", "in Bener district"
/// (after the number, before a comma), or a fronted "In Klow district, …". A month or weekday
/// after "in" ("in December 2008") is a date, not a place.
fn place_of(c: &Claim, q: &Quantity) -> Option<Place> {
    let at = c.text.find(&q.text)?;
    let after = &c.text[at + q.text.len()..];
    let clause = after.split([',', ';', '.', '—', '(']).next().unwrap_or("");
    let before = &c.text[..at];
    let fronted = || {
        FRONTED_SCOPE
            .captures(before)
            .filter(|_| !before.trim_end().ends_with(['.', ';']))
            .and_then(|m| m.get(1))
    };
    SCOPE
        .captures_iter(clause)
        .filter_map(|m| {
            let place = place_named(m.get(1)?.as_str())?;
            // "in a region devastated by …" describes the story's area, naming no part of it;
            // "in a village" still counts in a part.
            (place.local || !is_indefinite(&m[0])).then_some(place)
        })
        .next()
        .or_else(|| fronted().and_then(|m| place_named(m.as_str())))
}

/// Whether a scope is indefinite ("in a region devastated by …", "in a village").
fn is_indefinite(scope: &str) -> bool {
    matches!(scope.split_whitespace().nth(1), Some("a" | "an"))
}

/// The place a scope's words name, unless they are a date ("December 2008", "Monday").
fn place_named(words: &str) -> Option<Place> {
    let words: Vec<&str> = words.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    if crate::time::lexicon::is_month_word(&first) || crate::time::lexicon::is_weekday_word(&first)
    {
        return None;
    }
    let last = words.last()?;
    let local =
        last.starts_with(char::is_lowercase) && place_level(last) == Some(PlaceLevel::Local);
    let name: Vec<&str> = words
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .copied()
        .collect();
    let name = if name.is_empty() {
        last.to_lowercase()
    } else {
        name.join(" ").to_lowercase()
    };
    Some(Place { name, local })
}

static SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    let (name, noun) = (place_name(), place_noun());
    Regex::new(&format!(
        r"\b(?:in|across|throughout|around|all over)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?((?:\d+\s+)?(?:{name}|{noun}))"
    ))
    .expect("static regex")
});

static FRONTED_SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    let (name, noun) = (place_name(), place_noun());
    Regex::new(&format!(
        r"^\s*(?:In|Across|Throughout)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?((?:{name}|{noun}))[^,]*,\s*[^,]*$"
    ))
    .expect("static regex")
});

/// A capitalised place name, with a place noun after it ("Klow district") if there is one.
fn place_name() -> String {
    format!(
        r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*(?:\s+{})?",
        place_noun()
    )
}

/// A place noun of the shared lexicon (`speakers::PLACE_NOUNS`), as a whole word.
fn place_noun() -> String {
    let nouns: Vec<&str> = PLACE_NOUNS.iter().map(|(n, _)| *n).collect();
    format!(r"(?:{})\b", nouns.join("|"))
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
    /// No time stated: a figure as of the day the account was given, or when its document has
    /// no date, of about the story's latest day.
    Unknown(Option<NaiveDate>),
}

/// How many days before an undated figure was given a dated one may lie and still be a figure
/// of the same news (the quake "on Tuesday" beside a toll published on Wednesday); older dated
/// figures ("the 2004 tsunami", "in January") are other events.
const RECENT_DAYS: i64 = 7;

static SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(since|so far|to date|a total of|in total|in all|altogether|all told|(?:over|in|during|for|within) the (?:last|past))\b\s*((?:[\w.,]+\s*){0,3})",
    )
    .expect("static regex")
});

/// The days a resolved date covers and whether it is one day.
fn days_of(d: &ClaimDate) -> Option<((NaiveDate, NaiveDate), bool)> {
    let days = timeline::range_of(&d.value)?;
    Some((days, d.granularity == Granularity::Day))
}

fn frame(ctx: &Context, c: &Claim) -> Frame {
    let own = || c.resolved_dates.iter().filter(|d| !d.said);
    let since = own().filter(|d| d.since).find_map(days_of);
    if let Some((days, day)) = since {
        return Frame::Since { days, day };
    }
    if let Some(m) = SPAN.captures(&c.text) {
        let marker = m.get(1).map_or("", |x| x.as_str()).to_lowercase();
        if matches!(
            marker.as_str(),
            "a total of" | "in total" | "in all" | "altogether" | "all told"
        ) {
            // A total over everything so far: comparable with other totals only.
            return Frame::Span("total".into());
        }
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
        None => Frame::Unknown(ctx.reported(c).or_else(|| ctx.latest())),
    }
}

/// Whether two counts can be compared: the same kind of frame, on compatible dates (the same
/// day when both name a day, overlapping days otherwise), or the same span or phrase as written.
/// A figure dated only by when it was said is not compared with one dated by when it happened.
/// An undated figure is one as of the day it was given: it is compared with undated figures,
/// and with figures dated or said in the week up to that day (`recent`).
fn comparable(a: &Frame, b: &Frame) -> bool {
    match (a, b) {
        (Frame::Unknown(_), Frame::Unknown(_)) => true,
        (Frame::Unknown(Some(given)), Frame::Point { days, .. } | Frame::Said { days, .. })
        | (Frame::Point { days, .. } | Frame::Said { days, .. }, Frame::Unknown(Some(given))) => {
            recent(*days, *given)
        }
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

/// Whether `days` lie within the week up to `given`.
fn recent(days: (NaiveDate, NaiveDate), given: NaiveDate) -> bool {
    days.1 <= given && given - days.0 <= chrono::TimeDelta::days(RECENT_DAYS)
}

/// Splits the counts of one thing into clusters whose time frames are pairwise comparable and
/// whose places agree, in order (a count joins the first cluster it fits). A count naming no
/// place fits any count naming a wide or named place ("in the province", "in Klow"), which may
/// be the whole area the story is set in; a count in a local place ("in the district") is a part
/// and fits only counts of the same place; two different places never share a cluster.
fn same_frame_clusters<'a>(
    ctx: &Context,
    members: Vec<(&'a Claim, &'a Quantity)>,
) -> Vec<Vec<(&'a Claim, &'a Quantity)>> {
    type Keyed<'a> = (Frame, Option<Place>, (&'a Claim, &'a Quantity));
    let mut clusters: Vec<Vec<Keyed<'a>>> = Vec::new();
    for (c, q) in members {
        let (f, place) = (frame(ctx, c), place_of(c, q));
        let same_place = |p: &Option<Place>| match (p, &place) {
            (Some(a), Some(b)) => a.name == b.name,
            (None, Some(x)) | (Some(x), None) => !x.local,
            (None, None) => true,
        };
        let fits = |ms: &Vec<Keyed>| {
            ms.iter()
                .all(|(g, p, _)| comparable(g, &f) && same_place(p))
        };
        match clusters.iter_mut().find(|ms| fits(ms)) {
            Some(ms) => ms.push((f, place, (c, q))),
            None => clusters.push(vec![(f, place, (c, q))]),
        }
    }
    clusters
        .into_iter()
        .map(|ms| ms.into_iter().map(|(_, _, m)| m).collect())
        .collect()
}

fn count_groups(ctx: &Context, claims: &[Claim]) -> Vec<ClaimGroup> {
    let mut by_key: BTreeMap<String, Vec<(&Claim, &Quantity)>> = BTreeMap::new();
    for c in claims {
        if let Some((k, q)) = c.quantities.iter().find_map(|q| {
            let sentence = ctx
                .sentence(c)
                .filter(|s| s.contains(&q.text))
                .unwrap_or(&c.text);
            count_key(c, q, sentence).map(|k| (k, q))
        }) {
            by_key.entry(k).or_default().push((c, q));
        }
    }
    by_key
        .into_iter()
        .flat_map(|(key, members)| {
            same_frame_clusters(ctx, members)
                .into_iter()
                .map(move |m| (key.clone(), m))
        })
        .filter(|(_, members)| documents(members.iter().map(|(c, _)| *c)) >= 2)
        .map(|(key, members)| count_group(ctx, &key, &members))
        .collect()
}

fn count_group(ctx: &Context, key: &str, members: &[(&Claim, &Quantity)]) -> ClaimGroup {
    let mut fields = key.split('|').skip(1);
    let event = fields.next().unwrap_or("");
    let part = match fields.next() {
        Some("part") => " (part of a larger count)",
        Some("by") => " (who did it)",
        _ => "",
    };
    let unit = members.first().map_or("", |(_, q)| q.unit.as_str());
    let implied = matches!(
        unit,
        "deaths" | "dead" | "casualties" | "fatalities" | "lives"
    );
    let topic = if implied {
        format!("number of {unit}{part}")
    } else {
        format!("number of {unit} {event}").trim_end().to_owned() + part
    };
    let intervals: Vec<(f64, f64)> = members.iter().map(|(_, q)| interval(q)).collect();
    let overlap = |i: usize, j: usize| {
        let (a, b) = (intervals[i], intervals[j]);
        a.0 <= b.1 && b.0 <= a.1
    };
    let marks: Vec<(bool, bool)> = members
        .iter()
        .map(|(c, q)| {
            let (before, clause) = surroundings(ctx, c, q);
            (EARLIER.is_match(clause), RISEN.is_match(before))
        })
        .collect();
    let accounts: Vec<Account> = members
        .iter()
        .zip(&marks)
        .zip(&intervals)
        .map(|(((c, q), &(earlier, risen)), &(low, _))| {
            let account = Account::new(ctx, c, count_value(c, q), qualified(q));
            let as_of = match frame(ctx, c) {
                Frame::Point { days, .. } => Some(days),
                _ => account.as_of,
            };
            let mark = if earlier { -1 } else { i8::from(risen) };
            Account {
                as_of,
                order: (mark, low),
                ..account
            }
        })
        .collect();
    let side_of = cliques(members.len(), overlap);
    let kind = format!("count:{}", key.replace('|', ":"));
    // A document that also gives a figure fitting the other's does not contradict it: it
    // counts two things under one noun ("five boats attacked … three boats were captured").
    let doc = |i: usize| members[i].0.at.doc.as_str();
    let also_fits =
        |i: usize, j: usize| (0..members.len()).any(|k| doc(k) == doc(i) && overlap(k, j));
    let conflict = |i: usize, j: usize| !overlap(i, j) && !also_fits(i, j) && !also_fits(j, i);
    // A running count revised, not disputed: of two figures that cannot both hold, one is
    // marked as an earlier figure ("earlier reports said five", "initially put at five"), or the
    // higher one as a count that rose ("the toll rose to 24", "bringing the death toll to 11"),
    // or the lower one of a tally was already given on an earlier day than the higher (a source
    // repeating an older figure the day a newer one is out). A tally of what happened to people
    // or things ("killed", "arrested", "deaths") runs on as news comes in; a count of things with no event
    // ("12 countries") does not.
    let running = !event.is_empty() || implied;
    let revision = |i: usize, j: usize| {
        let (lo, hi) = if intervals[i].1 < intervals[j].0 {
            (i, j)
        } else {
            (j, i)
        };
        let given_before = |k: usize| matches!((accounts[k].reported, accounts[hi].reported), (Some(x), Some(y)) if x < y);
        marks[lo].0
            || marks[hi].0
            || marks[hi].1
            || (running
                && (0..members.len()).any(|k| overlap(k, lo) && !overlap(k, hi) && given_before(k)))
    };
    judged_group(
        &kind,
        topic,
        &accounts,
        &side_of,
        Conflicts {
            conflict: &conflict,
            revision: &revision,
        },
        if running {
            Timing::UpdatesOverTime
        } else {
            Timing::Fixed
        },
    )
}

/// The text before a quantity in its sentence, and the clause it stands in (up to ";", "but",
/// "while", "whereas").
fn surroundings<'a>(ctx: &Context<'a>, c: &'a Claim, q: &Quantity) -> (&'a str, &'a str) {
    let sentence = ctx
        .sentence(c)
        .filter(|s| s.contains(&q.text))
        .unwrap_or(&c.text);
    let at = sentence.find(&q.text).unwrap_or(0);
    let before = &sentence[..at];
    let after = &sentence[at..];
    let start = [";", " but ", " while ", " whereas "]
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let end = [";", " but ", " while ", " whereas "]
        .iter()
        .filter_map(|b| after.find(b))
        .min()
        .map_or(sentence.len(), |i| at + i);
    (before, &sentence[start..end])
}

/// Words marking a figure as an earlier one.
static EARLIER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:earlier|initial|previous|preliminary|first|original|prior) (?:reports?|figures?|estimates?|counts?|tolls?|tall(?:y|ies)|accounts?)|initially|previously|originally|at first|(?:had|have|was|were) earlier|earlier (?:said|reported|put|given|gave|estimated|counted))\b")
        .expect("static regex")
});

/// Words right before a figure saying it is a count that rose to it.
static RISEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|increased|increases|grew|grown|mounted|soared)\s+to|\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushed|lifting|lifted)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:toll|total|number|count|tally|figure)\s+(?:[\w-]+\s+){0,3}?to|\bnow\s+(?:stands?\s+at|at))\s+$")
        .expect("static regex")
});

/// "at least 30 air strikes": the quantity as a position, without its dates; its qualifier in
/// words unless the text already has one ("more than 300 lives", "dozens").
fn qualified(q: &Quantity) -> String {
    let word = match q.qualifier {
        Qualifier::Exact | Qualifier::Range => "",
        Qualifier::Approximately => "about",
        Qualifier::AtLeast => "at least",
        Qualifier::AtMost => "at most",
    };
    if word.is_empty() || !q.text.starts_with(|ch: char| ch.is_ascii_digit()) {
        q.text.clone()
    } else {
        format!("{word} {}", q.text)
    }
}

/// Connected components of the graph `linked` draws over `n` items: each item's component,
/// numbered in order of first appearance.
fn components(n: usize, linked: impl Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..n).collect();
    for i in 0..n {
        for j in i + 1..n {
            if linked(i, j) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let roots: Vec<usize> = (0..n).map(|i| find(&mut parent, i)).collect();
    let mut numbers: BTreeMap<usize, usize> = BTreeMap::new();
    roots
        .iter()
        .map(|r| {
            let next = numbers.len();
            *numbers.entry(*r).or_insert(next)
        })
        .collect()
}

/// Sides of `n` items, each item in the first side all of whose items it is `linked` to, in
/// order: figures that fit each other ("at least 5" bridges 5 and 24 but puts them on no side
/// together).
fn cliques(n: usize, linked: impl Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut side_of: Vec<usize> = Vec::with_capacity(n);
    let mut count = 0;
    for i in 0..n {
        let fits = |s: usize| (0..i).filter(|&j| side_of[j] == s).all(|j| linked(i, j));
        let side = (0..count).find(|&s| fits(s)).unwrap_or(count);
        if side == count {
            count += 1;
        }
        side_of.push(side);
    }
    side_of
}

/// Claims on the same named matter (attack, stopping, talks, beginning) compared by the value
/// they give.
fn matter_groups(ctx: &Context, claims: &[Claim]) -> Vec<ClaimGroup> {
    let mut by_key: BTreeMap<String, Vec<(&Claim, Matter)>> = BTreeMap::new();
    let sentence = |c: &Claim| ctx.sentence(c);
    for (c, ms) in claims.iter().zip(matters::of_each(claims, &sentence)) {
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
        .map(|(key, members)| matter_group(ctx, &key, &members))
        .collect()
}

fn matter_group(ctx: &Context, key: &str, members: &[(&Claim, Matter)]) -> ClaimGroup {
    let topic = members[0].1.topic.clone();
    let accounts: Vec<Account> = members
        .iter()
        .map(|(c, m)| Account::new(ctx, c, m.value.clone(), m.value.clone()))
        .collect();
    let (side_of, conflict): (Vec<usize>, Box<PairTest<'static>>) = if members[0].1.dates.is_some()
    {
        // Start dates: overlapping dates ("2012", "mid-2012") are one position.
        let spans: Vec<Option<(NaiveDate, NaiveDate)>> =
            members.iter().map(|(_, m)| m.dates).collect();
        let apart = move |i: usize, j: usize| match (spans[i], spans[j]) {
            (Some(a), Some(b)) => a.1 < b.0 || b.1 < a.0,
            _ => false,
        };
        let side_of = components(members.len(), |i, j| !apart(i, j));
        (side_of, Box::new(apart))
    } else {
        let values: Vec<String> = members.iter().map(|(_, m)| m.value.clone()).collect();
        let side_of = sides_by_value(&values);
        let conflict = move |i: usize, j: usize| {
            values[i] != values[j] && values[i] != UNNAMED && values[j] != UNNAMED
        };
        (side_of, Box::new(conflict))
    };
    let kind = key.replace('|', ":");
    let timing = if key.starts_with("stop|") || key == "talks" {
        Timing::UpdatesOverTime
    } else {
        Timing::Fixed
    };
    let conflicts = Conflicts {
        conflict: &conflict,
        revision: &|_, _| false,
    };
    judged_group(&kind, topic, &accounts, &side_of, conflicts, timing)
}

/// Each value's side, numbered in order of first appearance.
fn sides_by_value(values: &[impl AsRef<str>]) -> Vec<usize> {
    let mut numbers: BTreeMap<&str, usize> = BTreeMap::new();
    values
        .iter()
        .map(|v| {
            let next = numbers.len();
            *numbers.entry(v.as_ref()).or_insert(next)
        })
        .collect()
}

/// The value of a matter a claim speaks to without naming it (an attack with no attacker named).
const UNNAMED: &str = "unnamed";

/// Whether a later account revises an earlier one (counts, states) or cannot (who did it, when it
/// began, stances).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Timing {
    UpdatesOverTime,
    Fixed,
}

/// One account in a group: the claim, the value it gives as shown in its difference, the
/// position it takes as shown on its side, the day it was given, and the days its value holds
/// for: the days a count is dated to ("killed on Tuesday"), else the day it was given.
struct Account<'a> {
    claim: &'a Claim,
    value: String,
    position: String,
    reported: Option<NaiveDate>,
    as_of: Option<(NaiveDate, NaiveDate)>,
    /// Where it stands among figures given the same day: -1 when the text marks it as an earlier
    /// figure, 1 as a figure a count rose to, else 0; then its lowest value (tallies grow).
    order: (i8, f64),
}

impl<'a> Account<'a> {
    fn new(ctx: &Context, claim: &'a Claim, value: String, position: String) -> Self {
        let reported = ctx.reported(claim);
        Account {
            claim,
            value,
            position,
            reported,
            as_of: reported.map(|d| (d, d)),
            order: (0, 0.0),
        }
    }
}

/// A test on a pair of accounts, by index.
type PairTest<'a> = dyn Fn(usize, usize) -> bool + 'a;

/// Which pairs of accounts conflict, and which of those conflicts the text shows to be a later
/// figure revising an earlier one rather than a dispute.
struct Conflicts<'f> {
    conflict: &'f PairTest<'f>,
    revision: &'f PairTest<'f>,
}

/// How a pair of conflicting accounts reads: a dispute, or one of the ways accounts differ
/// without two speakers disputing each other at the same time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// Two speakers, the same time: they dispute each other.
    Dispute,
    /// A running figure given on different days, or for different days.
    OverTime,
    /// The text shows one figure revising the other (an earlier figure, a toll that rose, an
    /// older figure repeated), whatever the days.
    Revision,
    /// One speaker gives both.
    SameSpeaker,
}

/// How each conflicting pair of accounts reads (see the module doc).
fn readings(accounts: &[Account], judged: &Conflicts, timing: Timing) -> Vec<Reading> {
    let mut found = Vec::new();
    for i in 0..accounts.len() {
        for j in i + 1..accounts.len() {
            if (judged.conflict)(i, j) {
                found.push(reading(&accounts[i], &accounts[j], timing, || {
                    (judged.revision)(i, j)
                }));
            }
        }
    }
    found
}

fn reading(a: &Account, b: &Account, timing: Timing, revision: impl Fn() -> bool) -> Reading {
    let apart = matches!((a.reported, b.reported), (Some(x), Some(y)) if x != y)
        || matches!((a.as_of, b.as_of), (Some(x), Some(y)) if x.1 < y.0 || y.1 < x.0);
    if a.claim.speaker == b.claim.speaker {
        Reading::SameSpeaker
    } else if timing == Timing::UpdatesOverTime && apart {
        Reading::OverTime
    } else if revision() {
        Reading::Revision
    } else {
        Reading::Dispute
    }
}

/// The verdict over the readings of the conflicting pairs.
fn verdict_of(readings: &[Reading]) -> Verdict {
    if readings.is_empty() {
        Verdict::Agree
    } else if readings.contains(&Reading::Dispute) {
        Verdict::Disagree
    } else {
        Verdict::Mixed
    }
}

/// The sides: one per side number, with its positions (each once), claims, speakers and
/// documents, in order of first appearance.
fn sides(accounts: &[Account], side_of: &[usize]) -> Vec<Side> {
    let count = side_of.iter().max().map_or(0, |m| m + 1);
    (0..count)
        .map(|n| {
            let members: Vec<&Account> = accounts
                .iter()
                .zip(side_of)
                .filter(|(_, s)| **s == n)
                .map(|(a, _)| a)
                .collect();
            let mut side = Side::default();
            let mut positions: Vec<&str> = Vec::new();
            for a in members {
                push_once(&mut positions, a.position.as_str());
                side.claim_ids.push(a.claim.id.clone());
                push_once(&mut side.speakers, who(a.claim));
                push_once(&mut side.docs, a.claim.at.doc.clone());
            }
            side.value = positions.join(" / ");
            side
        })
        .collect()
}

fn push_once<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// A speaker with the short name of their document ("Moscow (002)" for document
/// "002_20a8…"); an outlet as "the article (002)".
fn who(c: &Claim) -> String {
    let doc = c.at.doc.split('_').next().unwrap_or(&c.at.doc);
    if is_outlet(c) {
        return format!("the article ({doc})");
    }
    format!("{} ({doc})", c.speaker)
}

/// The verdict spelled out: who holds which position; for a mixed verdict, how the positions
/// followed each other (`mixed_summary`).
fn summary(
    verdict: Verdict,
    timing: Timing,
    accounts: &[Account],
    side_of: &[usize],
    sides: &[Side],
    readings: &[Reading],
) -> String {
    match verdict {
        Verdict::Agree | Verdict::Disagree => {
            sides.iter().map(held).collect::<Vec<_>>().join(" · ")
        }
        Verdict::Mixed => mixed_summary(timing, accounts, side_of, sides, readings),
    }
}

fn held(s: &Side) -> String {
    format!("{}: {}", s.speakers.join(", "), s.value)
}

/// A mixed verdict spelled out. A running figure that changed: each position from the day it
/// was first given, on the days before the next one came ("2020-03-02: A (a): 40 people →
/// 2020-03-03: B (b): 52 people"); a figure revised within one day "later on" that day when the
/// text marks the order; an older figure still given after a newer one came, as such; positions
/// with no day at all as having no date. Otherwise the revision in the order the text marks, or
/// the one speaker on both sides.
fn mixed_summary(
    timing: Timing,
    accounts: &[Account],
    side_of: &[usize],
    sides: &[Side],
    readings: &[Reading],
) -> String {
    let members = |n: usize| on_side(accounts, side_of, n);
    let first_day = |n: usize| first_day_of(accounts, side_of, n);
    // Within one day, a side marked as earlier goes first, one marked as risen last, else the
    // lower figure first.
    let rank = |n: usize| {
        let day = first_day(n);
        members(n)
            .filter(|a| a.reported == day)
            .map(|a| a.order)
            .fold(
                (i8::MAX, f64::INFINITY),
                |m, o| {
                    if (o.0, o.1) < m { o } else { m }
                },
            )
    };
    let mut order: Vec<usize> = (0..sides.len()).collect();
    order.sort_by(|&x, &y| {
        (first_day(x), rank(x))
            .partial_cmp(&(first_day(y), rank(y)))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let (dated, undated): (Vec<usize>, Vec<usize>) =
        order.iter().partition(|&&n| first_day(n).is_some());
    let changes = readings
        .iter()
        .any(|r| matches!(r, Reading::OverTime | Reading::Revision));
    let list = |ns: &[usize]| {
        ns.iter()
            .map(|&n| held(&sides[n]))
            .collect::<Vec<_>>()
            .join(" → ")
    };
    if timing == Timing::UpdatesOverTime && changes && dated.len() >= 2 {
        return timed_summary(accounts, side_of, sides, &dated, &undated);
    }
    if readings.contains(&Reading::Revision) {
        return format!("revised — {}", list(&order));
    }
    format!(
        "one speaker on both sides — {}",
        sides.iter().map(held).collect::<Vec<_>>().join(" · ")
    )
}

/// The accounts on side `n` (`side_of` gives each account's side).
fn on_side<'s, 'a>(
    accounts: &'s [Account<'a>],
    side_of: &'s [usize],
    n: usize,
) -> impl Iterator<Item = &'s Account<'a>> + 's {
    accounts
        .iter()
        .zip(side_of)
        .filter(move |(_, s)| **s == n)
        .map(|(a, _)| a)
}

/// The first day any account on side `n` was given, if any was dated.
fn first_day_of(accounts: &[Account], side_of: &[usize], n: usize) -> Option<NaiveDate> {
    on_side(accounts, side_of, n)
        .filter_map(|a| a.reported)
        .min()
}

/// The steps of a running figure over the days it was given (see `mixed_summary`); `dated`
/// are the sides with a day, in order, `undated` those without.
fn timed_summary(
    accounts: &[Account],
    side_of: &[usize],
    sides: &[Side],
    dated: &[usize],
    undated: &[usize],
) -> String {
    let on_side = |n: usize| on_side(accounts, side_of, n);
    let first_day = |n: usize| first_day_of(accounts, side_of, n);
    let mut text = String::new();
    let mut repeats = Vec::new();
    let mut strictly_later = true;
    for (k, &n) in dated.iter().enumerate() {
        let day = first_day(n);
        let next = dated.get(k + 1).and_then(|&m| first_day(m));
        let (before, after): (Vec<&Account>, Vec<&Account>) = on_side(n)
            .filter(|a| a.reported.is_some())
            .partition(|a| next.is_none_or(|d| a.reported.is_some_and(|r| r < d) || next == day));
        // A step on the day of the one before follows it only when the text marks the order;
        // otherwise the two stand side by side.
        let label = match dated.get(k.wrapping_sub(1)).and_then(|&m| first_day(m)) {
            Some(previous) if Some(previous) == day => {
                let marked = on_side(n).any(|a| a.order.0 > 0)
                    || on_side(dated[k - 1]).any(|a| a.order.0 < 0);
                strictly_later &= marked;
                let day = day.map_or_else(String::new, |d| d.to_string());
                if marked {
                    format!(" → later on {day}")
                } else {
                    format!(" · also on {day}")
                }
            }
            _ if k == 0 => days_of_accounts(&before),
            _ => format!(" → {}", days_of_accounts(&before)),
        };
        text.push_str(&format!("{label}: {}", holders(&before, &sides[n])));
        if !after.is_empty() {
            repeats.push(format!(
                "{} still given on {}: {}",
                positions(&after),
                days_of_accounts(&after),
                speakers(&after)
            ));
        }
    }
    let title = if strictly_later {
        "changed over time"
    } else {
        "given for different times"
    };
    let mut text = format!("{title} — {text}");
    for r in repeats {
        text.push_str("; ");
        text.push_str(&r);
    }
    for &n in undated {
        text.push_str(&format!("; no date: {}", held(&sides[n])));
    }
    text
}

/// The days accounts were given, each once, in order.
fn days_of_accounts(accounts: &[&Account]) -> String {
    let days: BTreeSet<NaiveDate> = accounts.iter().filter_map(|a| a.reported).collect();
    days.iter()
        .map(NaiveDate::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// "A (a), B (b): 5 people": the speakers of accounts with the positions they hold.
fn holders(accounts: &[&Account], side: &Side) -> String {
    if accounts.len() == side.claim_ids.len() {
        return held(side);
    }
    format!("{}: {}", speakers(accounts), positions(accounts))
}

fn speakers(accounts: &[&Account]) -> String {
    let mut who_list: Vec<String> = Vec::new();
    for a in accounts {
        push_once(&mut who_list, who(a.claim));
    }
    who_list.join(", ")
}

fn positions(accounts: &[&Account]) -> String {
    let mut list: Vec<&str> = Vec::new();
    for a in accounts {
        push_once(&mut list, a.position.as_str());
    }
    list.join(" / ")
}

/// A group with its verdict, sides, summary and differences.
fn judged_group(
    kind: &str,
    topic: String,
    accounts: &[Account],
    side_of: &[usize],
    conflicts: Conflicts,
    timing: Timing,
) -> ClaimGroup {
    let readings = readings(accounts, &conflicts, timing);
    let verdict = verdict_of(&readings);
    let sides = sides(accounts, side_of);
    let summary = summary(verdict, timing, accounts, side_of, &sides, &readings);
    let differences = accounts.iter().map(difference).collect();
    let mut group = make_group(
        kind,
        topic,
        accounts.iter().map(|a| a.claim),
        verdict,
        differences,
    );
    group.kind = kind.split(':').next().unwrap_or(kind).to_owned();
    group.sides = sides;
    group.summary = summary;
    group
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

/// The values a quantity allows. A vague plural ("dozens", "hundreds", "several") is at least
/// its value and below the next step (dozens: 24 up to 99).
fn interval(q: &Quantity) -> (f64, f64) {
    let low: f64 = q.low.parse().unwrap_or(0.0);
    let high: f64 = q.high.parse().unwrap_or(low);
    let vague = q
        .text
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .find(|w| VAGUE.contains(&w.as_str()));
    if let Some(word) = vague {
        // "several dozen": the multiplier's range times the scale (36 up to 108).
        let scale = q
            .text
            .split_whitespace()
            .find_map(|w| SCALES.iter().find(|(s, _)| w.eq_ignore_ascii_case(s)))
            .map_or(1.0, |(_, v)| *v);
        let ceiling = match word.as_str() {
            "dozens" | "scores" => 99.0,
            "several" | "few" => 9.0 * scale,
            _ => low * 5.0,
        };
        return (low, ceiling.max(low));
    }
    match q.qualifier {
        Qualifier::Exact | Qualifier::Range => (low, high),
        Qualifier::Approximately => (low * 0.8, high * 1.2),
        Qualifier::AtLeast => (low, f64::INFINITY),
        Qualifier::AtMost => (0.0, high),
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

/// Which way a stance leans: 1 for it (asserts, accuses), -1 against (denies, asserts the
/// negative), 0 neither (calls for).
/// A claim's stance on the matter it shares with `others` (their content words): a negation in a
/// clause that shares none of them negates something else ("after saying she didn't need any of
/// that anymore, the actress checked into a clinic").
fn stance_on(c: &Claim, others: &BTreeSet<String>) -> &'static str {
    if c.polarity == Polarity::Asserts && c.negated && !negation_bears_on(&c.text, others) {
        return "asserts";
    }
    stance(c)
}

static NEGATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:not|never)\b|n[’']t\b").expect("static regex"));

/// Whether some negation in `text` stands in a clause (between commas, semicolons, dashes,
/// colons or brackets) holding one of the matter's words `shared`.
fn negation_bears_on(text: &str, shared: &BTreeSet<String>) -> bool {
    let breaks = |ch: char| matches!(ch, ',' | ';' | ':' | '—' | '–' | '(' | ')');
    let found: Vec<_> = NEGATION.find_iter(text).collect();
    found.is_empty()
        || found.iter().any(|m| {
            let start = text[..m.start()].rfind(breaks).map_or(0, |i| i + 1);
            let end = text[m.end()..]
                .find(breaks)
                .map_or(text.len(), |i| m.end() + i);
            text[start..end]
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| w.len() > 3 && !is_stopword(&w.to_lowercase()))
                .any(|w| shared.contains(&stem(&w.to_lowercase())))
        })
}

fn leaning(stance: &str) -> i8 {
    match stance {
        "asserts" | "accuses" => 1,
        "denies" | "asserts the negative" => -1,
        _ => 0,
    }
}

fn statement_groups(ctx: &Context, claims: &[&Claim]) -> Vec<ClaimGroup> {
    let bags: Vec<BTreeSet<String>> = claims.iter().map(|c| words(c)).collect();
    let commons: Vec<BTreeSet<String>> = claims.iter().map(|c| common_words(c)).collect();
    let n = claims.len();
    let similar = |i: usize, j: usize| {
        let shared = bags[i].intersection(&bags[j]).count();
        let union = bags[i].union(&bags[j]).count().max(1);
        let shared_common = commons[i].intersection(&commons[j]).count();
        shared >= MIN_SHARED_WORDS
            && shared_common >= MIN_SHARED_COMMON_WORDS
            && shared as f64 / union as f64 >= MIN_JACCARD
    };
    let links: BTreeSet<(usize, usize)> = (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .filter(|&(i, j)| claims[i].at.doc != claims[j].at.doc && similar(i, j))
        .collect();
    join_by_average_link(claims, &links)
        .into_iter()
        .filter(|m| documents(m.iter().map(|&i| claims[i])) >= 2)
        .map(|m| {
            let topic = topic_of(
                &m.iter().map(|&i| claims[i]).collect::<Vec<_>>(),
                &m.iter().map(|&i| &bags[i]).collect::<Vec<_>>(),
            );
            let accounts: Vec<Account> = m
                .iter()
                .map(|&i| {
                    let others: BTreeSet<String> = m
                        .iter()
                        .filter(|&&j| claims[j].at.doc != claims[i].at.doc)
                        .flat_map(|&j| bags[j].iter().cloned())
                        .collect();
                    let s = stance_on(claims[i], &others).to_owned();
                    Account::new(ctx, claims[i], s.clone(), s)
                })
                .collect();
            let stances: Vec<&str> = accounts.iter().map(|a| a.value.as_str()).collect();
            let side_of = sides_by_value(&stances);
            let conflict = |i: usize, j: usize| {
                let (a, b) = (leaning(stances[i]), leaning(stances[j]));
                a != 0 && b != 0 && a != b
            };
            let conflicts = Conflicts {
                conflict: &conflict,
                revision: &|_, _| false,
            };
            judged_group(
                "statement",
                topic,
                &accounts,
                &side_of,
                conflicts,
                Timing::Fixed,
            )
        })
        .collect()
}

/// Clusters claims so that two clusters join only when most of their pairs from different
/// documents are similar (`links`, the similar pairs): a chain of loosely similar statements
/// ("houses were damaged in the district" … "people ran out of the houses") does not become one
/// matter. Only clusters with a similar pair are weighed.
fn join_by_average_link(claims: &[&Claim], links: &BTreeSet<(usize, usize)>) -> Vec<Vec<usize>> {
    let mut cluster_of: Vec<usize> = (0..claims.len()).collect();
    let mut clusters: BTreeMap<usize, Vec<usize>> =
        (0..claims.len()).map(|i| (i, vec![i])).collect();
    loop {
        let candidates: BTreeSet<(usize, usize)> = links
            .iter()
            .map(|&(i, j)| (cluster_of[i], cluster_of[j]))
            .filter(|(a, b)| a != b)
            .map(|(a, b)| (a.min(b), a.max(b)))
            .collect();
        let share = |a: usize, b: usize| {
            let (mut linked, mut pairs) = (0usize, 0usize);
            for &i in &clusters[&a] {
                for &j in &clusters[&b] {
                    if claims[i].at.doc != claims[j].at.doc {
                        pairs += 1;
                        linked += usize::from(links.contains(&(i.min(j), i.max(j))));
                    }
                }
            }
            if pairs == 0 {
                0.0
            } else {
                linked as f64 / pairs as f64
            }
        };
        let best = candidates
            .into_iter()
            .map(|(a, b)| (a, b, share(a, b)))
            .filter(|(_, _, s)| *s >= 0.5)
            .max_by(|x, y| x.2.total_cmp(&y.2).then(y.0.cmp(&x.0)));
        let Some((a, b, _)) = best else {
            break;
        };
        let merged = clusters.remove(&b).unwrap_or_default();
        for &i in &merged {
            cluster_of[i] = a;
        }
        if let Some(into) = clusters.get_mut(&a) {
            into.extend(merged);
            into.sort_unstable();
        }
    }
    clusters.into_values().collect()
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

fn difference(a: &Account) -> Difference {
    Difference {
        claim_id: a.claim.id.clone(),
        doc: a.claim.at.doc.clone(),
        speaker: a.claim.speaker.clone(),
        value: a.value.clone(),
        reported: a.reported.map(|d| d.to_string()),
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
        ..ClaimGroup::default()
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
            speaker: format!("Speaker {}", doc.to_uppercase()),
            text: text.into(),
            kind: ClaimKind::Indirect,
            cue: Some("said".into()),
            source_text: Some(format!("Speaker {}", doc.to_uppercase())),
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

    /// An asserted, unnegated claim giving one exact count.
    fn exact_count(id: &str, doc: &str, text: &str, n: &str, unit: &str) -> Claim {
        claim(
            id,
            doc,
            text,
            vec![q(n, n, unit, Qualifier::Exact)],
            Polarity::Asserts,
            false,
        )
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
        let b = exact_count("b:0:0", "b", "45 people died in the attack", "45", "people");
        let c = exact_count("c:0:0", "c", "20 people were killed", "20", "people");
        let groups = group(&[a.clone(), b.clone()]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].verdict, Verdict::Agree);
        assert_eq!(groups[0].topic, "number of people killed");
        // 20 fits neither "at least 30" nor 45, which fit each other: two sides.
        let groups = group(&[a, b, c]);
        assert_eq!(groups[0].verdict, Verdict::Disagree);
        assert_eq!(groups[0].differences.len(), 3);
        let sides: Vec<(&str, Vec<&str>)> = groups[0]
            .sides
            .iter()
            .map(|s| {
                (
                    s.value.as_str(),
                    s.speakers.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            sides,
            [
                (
                    "at least 30 people / 45 people",
                    vec!["Speaker A (a)", "Speaker B (b)"]
                ),
                ("20 people", vec!["Speaker C (c)"]),
            ]
        );
        assert_eq!(
            groups[0].summary,
            "Speaker A (a), Speaker B (b): at least 30 people / 45 people · Speaker C (c): 20 people"
        );
    }

    #[test]
    fn a_total_is_compared_only_with_totals() {
        let count =
            |id: &str, doc: &str, text: &str, n: &str| exact_count(id, doc, text, n, "magazines");
        let raid = count("a:1:0", "a", "12 magazines were found in the raid", "12");
        let total = count(
            "b:1:0",
            "b",
            "the unit has seized a total of 31 magazines",
            "31",
        );
        assert!(group(&[raid, total.clone()]).is_empty());
        let other_total = count("c:1:0", "c", "31 magazines were seized in all", "31");
        let groups = group(&[total, other_total]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].verdict, Verdict::Agree);
    }

    #[test]
    fn a_document_giving_both_figures_counts_two_things() {
        let boats = |id: &str, doc: &str, n: &str| {
            claim(
                id,
                doc,
                &format!("{n} boats were seen"),
                vec![q(n, n, "boats", Qualifier::Exact)],
                Polarity::Asserts,
                false,
            )
        };
        // Document a speaks of five boats and of three; b of three: no contradiction.
        let groups = group(&[
            boats("a:1:0", "a", "5"),
            boats("a:2:0", "a", "3"),
            boats("b:1:0", "b", "3"),
        ]);
        assert_eq!(groups[0].verdict, Verdict::Agree, "{groups:?}");
        assert_eq!(groups[0].sides.len(), 2);
        // Without a's three, five against three is a disagreement.
        let groups = group(&[boats("a:1:0", "a", "5"), boats("b:1:0", "b", "3")]);
        assert_eq!(groups[0].verdict, Verdict::Disagree);
    }

    #[test]
    fn a_count_of_the_others_is_not_held_against_a_total() {
        let total = exact_count("a:0:0", "a", "three victims were shot", "3", "victims");
        let others = exact_count(
            "b:0:0",
            "b",
            "he shot two other victims",
            "2",
            "other victims",
        );
        let again = exact_count("c:0:0", "c", "three victims were shot", "3", "victims");
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
            ..exact_count(id, doc, text, n, "deaths")
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
        let groups = group(&[a.clone(), b]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].verdict, Verdict::Disagree);
        assert_eq!(groups[0].differences[1].value, "asserts the negative");
        // A negation in a clause about something else does not negate the shared matter.
        let aside = claim(
            "c:1:0",
            "c",
            "that it would never ``happen again,'' the northern border crossing reopened for \
             trucks carrying grain",
            vec![],
            Polarity::Asserts,
            true,
        );
        let groups = group(&[a, aside]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].verdict, Verdict::Agree, "{groups:?}");
    }

    fn by(speaker: &str, c: Claim) -> Claim {
        Claim {
            speaker: speaker.into(),
            ..c
        }
    }

    fn sides_of(g: &ClaimGroup) -> Vec<(String, Vec<String>)> {
        g.sides
            .iter()
            .map(|s| (s.value.clone(), s.speakers.clone()))
            .collect()
    }

    /// Documents published on the given days, each with the claims' sentence texts.
    fn published(days: &[(&str, &str)]) -> Vec<Document> {
        days.iter()
            .map(|(id, day)| Document {
                id: (*id).into(),
                date: Some(dossier_model::PublicationDate {
                    value: (*day).into(),
                    basis: dossier_model::DateBasis::Dateline,
                    confidence: 100,
                    evidence: String::new(),
                }),
                ..Document::default()
            })
            .collect()
    }

    #[test]
    fn an_accusation_and_the_accused_denial_disagree_with_sides_spelled_out() {
        let accuse = by(
            "Ruritania",
            claim(
                "a:1:0",
                "a",
                "Borduria of shelling that struck the school",
                vec![],
                Polarity::Accuses,
                false,
            ),
        );
        let witness = by(
            "Klow officials",
            claim(
                "b:1:0",
                "b",
                "Bordurian guns hit the school",
                vec![],
                Polarity::Asserts,
                false,
            ),
        );
        let denial = by(
            "Borduria",
            claim(
                "b:2:0",
                "b",
                "its troops shelled the school",
                vec![],
                Polarity::Denies,
                false,
            ),
        );
        // A day apart: who did it does not change with time, so still a disagreement.
        let docs = published(&[("a", "2020-03-02"), ("b", "2020-03-04")]);
        let groups = group_in(&Context::of(&docs), &[accuse, witness, denial]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        let g = &groups[0];
        assert_eq!(g.topic, "who attacked the school");
        assert_eq!(g.kind, "attack");
        assert_eq!(g.verdict, Verdict::Disagree);
        assert_eq!(
            sides_of(g),
            [
                (
                    "Borduria".to_string(),
                    vec![
                        "Ruritania (a)".to_string(),
                        "Klow officials (b)".to_string()
                    ]
                ),
                ("denies it".to_string(), vec!["Borduria (b)".to_string()]),
            ]
        );
        assert_eq!(
            g.summary,
            "Ruritania (a), Klow officials (b): Borduria · Borduria (b): denies it"
        );
        assert_eq!(g.differences[2].reported.as_deref(), Some("2020-03-04"));
    }

    #[test]
    fn one_speaker_on_both_sides_is_mixed_not_a_dispute() {
        let held = by(
            "Mayor Tan",
            claim(
                "a:1:0",
                "a",
                "the truce held overnight",
                vec![],
                Polarity::Asserts,
                false,
            ),
        );
        let collapsed = by(
            "Mayor Tan",
            claim(
                "b:1:0",
                "b",
                "the truce collapsed",
                vec![],
                Polarity::Asserts,
                false,
            ),
        );
        let groups = group(&[held.clone(), collapsed.clone()]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].verdict, Verdict::Mixed);
        assert_eq!(
            groups[0].summary,
            "one speaker on both sides — Mayor Tan (a): continuing · Mayor Tan (b): stopped"
        );
        // Two speakers the same day: a dispute.
        let other = by("Colonel Ek", collapsed);
        let docs = published(&[("a", "2020-03-02"), ("b", "2020-03-02")]);
        let groups = group_in(&Context::of(&docs), &[held.clone(), other.clone()]);
        assert_eq!(groups[0].verdict, Verdict::Disagree);
        // Two speakers on different days: the truce held, then collapsed — an update.
        let docs = published(&[("a", "2020-03-02"), ("b", "2020-03-05")]);
        let groups = group_in(&Context::of(&docs), &[held, other]);
        assert_eq!(groups[0].verdict, Verdict::Mixed);
        assert_eq!(
            groups[0].summary,
            "changed over time — 2020-03-02: Mayor Tan (a): continuing → 2020-03-05: Colonel Ek (b): stopped"
        );
    }

    #[test]
    fn a_toll_reported_a_day_later_is_an_update_not_a_contradiction() {
        let first = exact_count("a:1:0", "a", "40 people were killed", "40", "people");
        let later = exact_count("b:1:0", "b", "52 people were killed", "52", "people");
        let docs = published(&[("a", "2020-03-02"), ("b", "2020-03-03")]);
        let groups = group_in(&Context::of(&docs), &[first.clone(), later.clone()]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].verdict, Verdict::Mixed);
        assert_eq!(
            groups[0].summary,
            "changed over time — 2020-03-02: Speaker A (a): 40 people → 2020-03-03: Speaker B (b): 52 people"
        );
        // Published the same day, the two tolls contradict each other.
        let docs = published(&[("a", "2020-03-02"), ("b", "2020-03-02")]);
        let groups = group_in(&Context::of(&docs), &[first, later]);
        assert_eq!(groups[0].verdict, Verdict::Disagree);
    }

    fn killed(id: &str, text: &str, n: &str) -> Claim {
        let doc = id.split(':').next().unwrap_or(id);
        exact_count(id, doc, text, n, "people")
    }

    #[test]
    fn an_older_lower_toll_repeated_the_day_a_newer_one_is_out_is_a_revision() {
        let first = killed("a:1:0", "5 people were killed in the quake", "5");
        let newer = killed("b:1:0", "24 people were killed in the quake", "24");
        let repeat = killed("c:1:0", "5 people were killed in the quake", "5");
        // Alone on one day, 5 and 24 contradict each other.
        let docs = published(&[("b", "2020-03-03"), ("c", "2020-03-03")]);
        let groups = group_in(&Context::of(&docs), &[newer.clone(), repeat.clone()]);
        assert_eq!(groups[0].verdict, Verdict::Disagree, "{groups:?}");
        // But 5 was the figure a day before 24 came out: the repeat is an older figure.
        let docs = published(&[
            ("a", "2020-03-02"),
            ("b", "2020-03-03"),
            ("c", "2020-03-03"),
        ]);
        let groups = group_in(&Context::of(&docs), &[first.clone(), newer.clone(), repeat]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].verdict, Verdict::Mixed, "{groups:?}");
        assert_eq!(
            groups[0].summary,
            "changed over time — 2020-03-02: Speaker A (a): 5 people → 2020-03-03: Speaker B (b): \
             24 people; 5 people still given on 2020-03-03: Speaker C (c)"
        );
        // A lower figure first given the day after the higher one is no older figure.
        let high_first = killed("a:1:0", "24 people were killed in the quake", "24");
        let low_new = killed("c:1:0", "5 people were killed in the quake", "5");
        let groups = group_in(&Context::of(&docs), &[high_first, newer, low_new]);
        assert_eq!(groups[0].verdict, Verdict::Disagree, "{groups:?}");
        // A count of things with no event is no running tally: an older figure still disputes.
        let linked = |id: &str, n: &str| {
            let doc = id.split(':').next().unwrap_or(id);
            claim(
                id,
                doc,
                &format!("the cable links {n} countries"),
                vec![q(n, n, "countries", Qualifier::Exact)],
                Polarity::Asserts,
                false,
            )
        };
        let groups = group_in(
            &Context::of(&docs),
            &[
                linked("a:1:0", "12"),
                linked("b:1:0", "30"),
                linked("c:1:0", "12"),
            ],
        );
        assert_eq!(groups[0].verdict, Verdict::Disagree, "{groups:?}");
    }

    #[test]
    fn a_figure_marked_earlier_or_a_toll_that_rose_is_a_revision() {
        let docs = published(&[("a", "2020-03-03"), ("b", "2020-03-03")]);
        let newer = killed("b:1:0", "24 people were killed in the quake", "24");
        let verdict = |older: &str| {
            let groups = group_in(
                &Context::of(&docs),
                &[killed("a:1:0", older, "5"), newer.clone()],
            );
            groups[0].verdict
        };
        assert_eq!(
            verdict("Earlier reports said 5 people were killed"),
            Verdict::Mixed
        );
        assert_eq!(
            verdict("5 people were initially reported killed"),
            Verdict::Mixed
        );
        // "Earlier this week" dates the quake, not the figure.
        assert_eq!(
            verdict("5 people were killed in the quake earlier this week"),
            Verdict::Disagree
        );
        let dead = |id: &str, text: &str, n: &str| {
            let doc = id.split(':').next().unwrap_or(id);
            claim(
                id,
                doc,
                text,
                vec![Quantity {
                    text: format!("{n} dead"),
                    ..q(n, n, "dead", Qualifier::Exact)
                }],
                Polarity::Asserts,
                false,
            )
        };
        let few = dead("a:1:0", "the quake left 5 dead", "5");
        let verdict = |text: &str| {
            let groups = group_in(
                &Context::of(&docs),
                &[few.clone(), dead("b:1:0", text, "24")],
            );
            groups[0].verdict
        };
        assert_eq!(verdict("the toll climbed to 24 dead"), Verdict::Mixed);
        assert_eq!(
            verdict("rescuers found more bodies, bringing the confirmed toll to 24 dead"),
            Verdict::Mixed
        );
        assert_eq!(verdict("the quake left 24 dead"), Verdict::Disagree);
    }

    #[test]
    fn a_part_of_a_count_is_not_set_against_the_whole() {
        let count = |id: &str, text: &str, n: &str, unit: &str| {
            let doc = id.split(':').next().unwrap_or(id);
            claim(
                id,
                doc,
                text,
                vec![Quantity {
                    text: format!("{n} {unit}"),
                    ..q(n, n, unit, Qualifier::Exact)
                }],
                Polarity::Asserts,
                false,
            )
        };
        let record = count("a:1:0", "he improves to a record of 58 wins", "58", "wins");
        let by_knockout = count(
            "b:1:0",
            "he improves to 58-3 with 51 wins by knockout",
            "51",
            "wins",
        );
        assert!(counts(group(&[record.clone(), by_knockout])).is_empty());
        let unmarked = count(
            "b:1:0",
            "he improves to 58-3, and has 51 wins",
            "51",
            "wins",
        );
        assert_eq!(
            counts(group(&[record.clone(), unmarked]))[0].verdict,
            Verdict::Disagree
        );
        let children = |id: &str, text: &str, n: &str| count(id, text, n, "children");
        let all = children("a:2:0", "20 children were at the school", "20");
        assert_eq!(
            counts(group(&[
                all.clone(),
                children("b:2:0", "6 children were at the school", "6")
            ]))[0]
                .verdict,
            Verdict::Disagree
        );
        for part in [
            "30 people were at the school, including 6 children",
            "30 people were at the school, among them 6 children",
            "30 people were at the school, 6 children among them",
        ] {
            let groups = counts(group(&[all.clone(), children("b:2:0", part, "6")]));
            assert!(groups.is_empty(), "{part}: {groups:?}");
        }
        // Two parts are compared with each other, under a topic that says they are parts.
        let groups = counts(group(&[
            children("b:2:0", "30 people were killed, including 6 children", "6"),
            children("c:2:0", "the people there include 6 children", "6"),
            children("d:2:0", "31 people died, including 6 children", "6"),
        ]));
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].claim_ids, ["b:2:0", "c:2:0", "d:2:0"]);
        assert_eq!(
            groups[0].topic,
            "number of children (part of a larger count)"
        );
        assert_eq!(groups[0].verdict, Verdict::Agree);
        // One member of a set is a part; "one of the deadliest" is no member.
        let countries = |id: &str, text: &str, n: &str| count(id, text, n, "countries");
        let twelve = countries("a:3:0", "the cables link 12 countries", "12");
        let all_cables = countries("b:3:0", "the cables link 33 countries", "33");
        assert_eq!(
            counts(group(&[twelve.clone(), all_cables]))[0].verdict,
            Verdict::Disagree
        );
        let one = countries(
            "b:3:0",
            "One of the cables is long and links 33 countries",
            "33",
        );
        assert!(counts(group(&[twelve, one])).is_empty());
        let killed = children("a:4:0", "the blast killed 20 children", "20");
        let deadliest = children(
            "b:4:0",
            "One of the deadliest blasts killed 30 children",
            "30",
        );
        let groups = counts(group(&[killed, deadliest]));
        assert_eq!(groups[0].verdict, Verdict::Disagree, "{groups:?}");
    }

    #[test]
    fn count_scopes_read_place_nouns_from_the_shared_lexicon() {
        let at = |text: &str| {
            let c = exact_count("a:1:0", "a", text, "30", "people");
            place_of(&c, &c.quantities[0]).map(|p| p.name)
        };
        assert_eq!(
            at("30 people died in the valley").as_deref(),
            Some("valley")
        );
        assert_eq!(
            at("30 people died in the Klow suburb").as_deref(),
            Some("klow")
        );
        assert_eq!(
            at("30 people died across 13 countries").as_deref(),
            Some("countries")
        );
        assert_eq!(at("30 people died in the night"), None);
    }

    #[test]
    fn a_count_in_a_local_place_is_a_part_of_the_total() {
        let died = |id: &str, n: &str, place: &str| {
            let doc = id.split(':').next().unwrap_or(id);
            claim(
                id,
                doc,
                &format!("{n} people died{place}"),
                vec![q(n, n, "people", Qualifier::Exact)],
                Polarity::Asserts,
                false,
            )
        };
        let total = died("a:1:0", "30", "");
        // A wider or named place may be the whole area of the story: compared.
        for place in [" in the province", " in Mexico City", " in Klow"] {
            let groups = counts(group(&[total.clone(), died("b:1:0", "20", place)]));
            assert_eq!(groups.len(), 1, "{place}: {groups:?}");
            assert_eq!(groups[0].verdict, Verdict::Disagree, "{place}");
        }
        // "In a region devastated by …" describes the area; it names no part of it.
        let groups = counts(group(&[
            total.clone(),
            died("b:1:0", "20", " in a region devastated by the storm"),
        ]));
        assert_eq!(groups.len(), 1, "{groups:?}");
        // A district, a village, a town is a part: not set against the total.
        for place in [" in the district", " in Klow district", " in a village"] {
            let groups = counts(group(&[total.clone(), died("b:1:0", "20", place)]));
            assert!(groups.is_empty(), "{place}: {groups:?}");
        }
        // Counts in the same local place are compared.
        let groups = counts(group(&[
            died("a:2:0", "20", " in Klow district"),
            died("b:2:0", "20", " in Klow district"),
        ]));
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].verdict, Verdict::Agree);
    }

    #[test]
    fn a_month_after_in_is_a_date_not_a_place() {
        let text = "three men robbed the store in December 2008";
        let men = Quantity {
            text: "three men".into(),
            ..q("three", "3", "men", Qualifier::Exact)
        };
        let c = claim("a:1:0", "a", text, vec![men], Polarity::Asserts, false);
        assert_eq!(place_of(&c, &c.quantities[0]), None);
        let c = Claim {
            text: "three men robbed the store in Paris on Monday".into(),
            ..c
        };
        assert_eq!(
            place_of(&c, &c.quantities[0]).map(|p| p.name).as_deref(),
            Some("paris")
        );
    }

    #[test]
    fn a_vague_multiplier_of_a_scale_spans_its_range() {
        let vague = |text: &str, low: &str| Quantity {
            text: text.into(),
            ..q(low, low, "people", Qualifier::Approximately)
        };
        assert_eq!(
            interval(&vague("several dozen people", "36")),
            (36.0, 108.0)
        );
        assert_eq!(
            interval(&vague("a few hundred people", "300")),
            (300.0, 900.0)
        );
        assert_eq!(interval(&vague("several people", "3")), (3.0, 9.0));
        assert_eq!(interval(&vague("dozens of people", "24")), (24.0, 99.0));
    }

    #[test]
    fn a_count_of_things_given_a_day_later_still_disagrees() {
        let cut = |id: &str, n: &str| {
            let doc = id.split(':').next().unwrap_or(id);
            claim(
                id,
                doc,
                &format!("{n} cables were cut"),
                vec![q(n, n, "cables", Qualifier::Exact)],
                Polarity::Asserts,
                false,
            )
        };
        let docs = published(&[("a", "2020-03-02"), ("b", "2020-03-03")]);
        let groups = group_in(&Context::of(&docs), &[cut("a:1:0", "3"), cut("b:1:0", "4")]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].verdict, Verdict::Disagree);
    }

    #[test]
    fn a_count_of_who_did_it_is_not_set_against_a_count_of_what_it_was_done_to() {
        let countries = |id: &str, text: &str, n: &str| {
            let doc = id.split(':').next().unwrap_or(id);
            exact_count(id, doc, text, n, "countries")
        };
        let owners = countries("a:1:0", "the cables are owned by 40 countries", "40");
        let linked = countries("b:1:0", "the cable connects 12 countries", "12");
        assert!(counts(group(&[owners.clone(), linked.clone()])).is_empty());
        let also_linked = countries("c:1:0", "the cable links 40 countries", "40");
        assert_eq!(
            counts(group(&[linked, also_linked]))[0].verdict,
            Verdict::Disagree
        );
        let groups = counts(group(&[
            owners,
            countries("c:1:0", "the cable is owned by 40 countries", "40"),
        ]));
        assert_eq!(groups[0].topic, "number of countries (who did it)");
        assert_eq!(groups[0].verdict, Verdict::Agree);
    }

    #[test]
    fn a_toll_revised_within_one_day_reads_as_a_revision_on_that_day() {
        let docs = published(&[("a", "2020-03-03"), ("b", "2020-03-03")]);
        let groups = group_in(
            &Context::of(&docs),
            &[
                killed("b:1:0", "24 people were killed in the quake", "24"),
                killed("a:1:0", "Earlier reports said 5 people were killed", "5"),
            ],
        );
        assert_eq!(groups[0].verdict, Verdict::Mixed);
        // The earlier figure first, though given second; no day on two sides of a change.
        assert_eq!(
            groups[0].summary,
            "changed over time — 2020-03-03: Speaker A (a): 5 people → later on 2020-03-03: \
             Speaker B (b): 24 people"
        );
        // Without days, the revision in the order the text marks.
        let groups = group(&[
            killed("b:1:0", "24 people were killed in the quake", "24"),
            killed("a:1:0", "Earlier reports said 5 people were killed", "5"),
        ]);
        assert_eq!(
            groups[0].summary,
            "revised — Speaker A (a): 5 people → Speaker B (b): 24 people"
        );
    }

    #[test]
    fn an_undated_toll_is_compared_with_one_dated_that_week() {
        use Granularity::{Day, Year};
        // "40 deaths on Monday" in an article of Monday; "52 deaths", undated, the next day.
        let monday = deaths(
            "a:1:0",
            "40 deaths on Monday",
            "40",
            vec![resolved("Monday", "2020-03-02", Day, false)],
        );
        let undated = deaths("b:1:0", "52 deaths were recorded", "52", vec![]);
        let docs = published(&[
            ("a", "2020-03-02"),
            ("b", "2020-03-03"),
            ("c", "2020-03-03"),
        ]);
        let groups = group_in(&Context::of(&docs), &[monday.clone(), undated.clone()]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].verdict, Verdict::Mixed);
        assert_eq!(
            groups[0].summary,
            "changed over time — 2020-03-02: Speaker A (a): 40 deaths → 2020-03-03: Speaker B \
             (b): 52 deaths"
        );
        // A figure for Monday and one as of Tuesday, both given on Tuesday: not the same time,
        // and no order between them.
        let docs = published(&[("a", "2020-03-03"), ("b", "2020-03-03")]);
        let groups = group_in(&Context::of(&docs), &[monday.clone(), undated.clone()]);
        assert_eq!(groups[0].verdict, Verdict::Mixed, "{groups:?}");
        assert_eq!(
            groups[0].summary,
            "given for different times — 2020-03-03: Speaker A (a): 40 deaths · also on \
             2020-03-03: Speaker B (b): 52 deaths"
        );
        // As of Monday, both: they dispute each other.
        let docs = published(&[("a", "2020-03-02"), ("b", "2020-03-02")]);
        let groups = group_in(&Context::of(&docs), &[monday.clone(), undated.clone()]);
        assert_eq!(groups[0].verdict, Verdict::Disagree, "{groups:?}");
        // A toll of another year is another event.
        let old = deaths(
            "c:1:0",
            "52 deaths in 2004",
            "52",
            vec![resolved("2004", "2004", Year, false)],
        );
        let docs = published(&[("b", "2020-03-03"), ("c", "2020-03-03")]);
        assert!(group_in(&Context::of(&docs), &[undated.clone(), old]).is_empty());
        // Undated, in an article without a date: a value without a date, compared with the
        // story's figures of its latest week.
        let docs = published(&[("a", "2020-03-02")]);
        let groups = group_in(&Context::of(&docs), &[monday, undated]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].differences[1].reported, None);
    }

    #[test]
    fn people_counted_with_nothing_happening_to_them_are_no_matter() {
        let slept = exact_count("a:1:0", "a", "300 people slept outdoors", "300", "people");
        let water = exact_count("b:1:0", "b", "supplies water to 50 people", "50", "people");
        assert!(group(&[slept, water]).is_empty());
        // One person killed and five people killed are one tally.
        let one = claim(
            "a:1:0",
            "a",
            "the quake killed at least one person",
            vec![Quantity {
                text: "at least one person".into(),
                ..q("1", "1", "person", Qualifier::AtLeast)
            }],
            Polarity::Asserts,
            false,
        );
        let five = killed("b:1:0", "5 people were killed", "5");
        let groups = group(&[one, five]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].verdict, Verdict::Agree);
    }

    #[test]
    fn an_open_count_bridging_two_figures_sides_with_the_first() {
        let docs = published(&[
            ("a", "2020-03-02"),
            ("b", "2020-03-02"),
            ("c", "2020-03-03"),
        ]);
        let at_least = claim(
            "a:1:0",
            "a",
            "at least 5 people were killed",
            vec![q("5", "5", "people", Qualifier::AtLeast)],
            Polarity::Asserts,
            false,
        );
        let groups = group_in(
            &Context::of(&docs),
            &[
                at_least,
                killed("b:1:0", "5 people were killed", "5"),
                killed("c:1:0", "24 people were killed", "24"),
            ],
        );
        let sides: Vec<&str> = groups[0].sides.iter().map(|s| s.value.as_str()).collect();
        assert_eq!(sides, ["at least 5 people / 5 people", "24 people"]);
    }

    fn counts(groups: Vec<ClaimGroup>) -> Vec<ClaimGroup> {
        groups.into_iter().filter(|g| g.kind == "count").collect()
    }

    #[test]
    fn measures_sub_counts_and_other_places_are_not_set_against_totals() {
        let magnitude = |id: &str, doc: &str| {
            exact_count(
                id,
                doc,
                "a 6.1 magnitude earthquake hit the coast",
                "6.1",
                "magnitude earthquake",
            )
        };
        assert!(counts(group(&[magnitude("a:1:0", "a"), magnitude("b:1:0", "b")])).is_empty());
        let quake = |id: &str, doc: &str| {
            exact_count(id, doc, "a magnitude 7 quake struck at dawn", "7", "quake")
        };
        assert!(counts(group(&[quake("a:1:0", "a"), quake("b:1:0", "b")])).is_empty());
        // A number in a name ("the Link 4 cable network") counts nothing.
        let named = |id: &str, doc: &str| {
            exact_count(id, doc, "the Link 4 cable network was cut", "4", "cable")
        };
        assert!(counts(group(&[named("a:4:0", "a"), named("b:4:0", "b")])).is_empty());

        let total = exact_count("a:2:0", "a", "24 people died in the floods", "24", "people");
        let another = claim(
            "b:2:0",
            "b",
            "Another four people died in hospital",
            vec![q("four", "4", "people", Qualifier::Exact)],
            Polarity::Asserts,
            false,
        );
        assert!(counts(group(&[total.clone(), another])).is_empty());
        let additional = claim(
            "c:2:0",
            "c",
            "he got two additional life terms",
            vec![q("two", "2", "additional life terms", Qualifier::Exact)],
            Polarity::Asserts,
            false,
        );
        assert!(counts(group(&[total.clone(), additional])).is_empty());
        // "Dozens" is 24 to 99: it fits "about 50", not 150.
        let dozens = claim(
            "d:2:0",
            "d",
            "dozens of people died in the floods",
            vec![Quantity {
                text: "dozens of people".into(),
                ..q("24", "24", "people", Qualifier::Approximately)
            }],
            Polarity::Asserts,
            false,
        );
        let fifty = claim(
            "e:2:0",
            "e",
            "about 50 people died in the floods",
            vec![q("50", "50", "people", Qualifier::Approximately)],
            Polarity::Asserts,
            false,
        );
        let groups = counts(group(&[dozens.clone(), fifty]));
        assert_eq!(groups[0].verdict, Verdict::Agree, "{groups:?}");
        let hundred_fifty = exact_count(
            "f:2:0",
            "f",
            "150 people died in the floods",
            "150",
            "people",
        );
        let groups = counts(group(&[dozens, hundred_fifty]));
        assert_eq!(groups[0].verdict, Verdict::Disagree, "{groups:?}");

        let province = |id: &str, doc: &str, tail: &str| {
            claim(
                id,
                doc,
                &format!("the wave killed 170000 people in the province{tail}"),
                vec![q("170000", "170000", "people", Qualifier::Exact)],
                Polarity::Asserts,
                false,
            )
        };
        let region = exact_count(
            "b:3:0",
            "b",
            "the wave killed 230000 people across the region",
            "230000",
            "people",
        );
        assert!(counts(group(&[province("a:3:0", "a", ""), region.clone()])).is_empty());
        let groups = counts(group(&[
            province("a:3:0", "a", ""),
            region,
            province("c:3:0", "c", " on the coast"),
        ]));
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].claim_ids, ["a:3:0", "c:3:0"]);
        assert_eq!(groups[0].verdict, Verdict::Agree);
    }

    #[test]
    fn the_event_of_a_count_is_the_whole_word_nearest_the_number() {
        let hurt = |id: &str, doc: &str, n: &str| {
            claim(
                id,
                doc,
                &format!("the ministry said {n} people were hurt"),
                vec![q(n, n, "people", Qualifier::Exact)],
                Polarity::Asserts,
                false,
            )
        };
        let groups = group(&[hurt("a:1:0", "a", "40"), hurt("b:1:0", "b", "40")]);
        assert_eq!(groups[0].topic, "number of people wounded");
        let q40 = q("40", "40", "people", Qualifier::Exact);
        let event = |text: &str| event_of(text, &q40);
        assert_eq!(
            event("the blast injured 40 people, a day after a raid that killed two").as_deref(),
            Some("wounded")
        );
        assert_eq!(
            event("the storm killed 40 people and injured dozens").as_deref(),
            Some("killed")
        );
        assert_eq!(
            event("40 people died and seven were injured").as_deref(),
            Some("killed")
        );
        assert_eq!(
            event("40 people were reported to have died").as_deref(),
            Some("killed")
        );
        assert_eq!(
            event("a man suspected of shooting 40 people, killing one").as_deref(),
            Some("shot")
        );
        // Past a determiner or "of" before the count.
        assert_eq!(
            event("after shooting his 40 people").as_deref(),
            Some("shot")
        );
        assert_eq!(
            event("continuing with the killing of 40 people over the next month").as_deref(),
            Some("killed")
        );
        assert_eq!(event("supplies water to 40 people in the east"), None);
        // A part of the wounded is another count.
        assert_eq!(
            event("there are 40 people seriously injured").as_deref(),
            Some("seriously wounded")
        );
        // The event belongs to another noun: "injured people … from 40 people".
        assert_eq!(
            event("injured villagers were carried from 40 people in two trucks"),
            None
        );
    }

    fn start(id: &str, text: &str, date: &str, value: &str, since: bool) -> Claim {
        let doc = id.split(':').next().unwrap_or(id);
        Claim {
            resolved_dates: vec![resolved(date, value, Granularity::Month, since)],
            ..claim(id, doc, text, vec![], Polarity::Asserts, false)
        }
    }

    #[test]
    fn start_dates_of_the_same_thing_are_compared() {
        let a = start(
            "a:1:0",
            "the siege began in early July",
            "early July",
            "2020-07",
            false,
        );
        let b = start(
            "b:1:0",
            "the town has been under siege since late August",
            "late August",
            "2020-08",
            true,
        );
        let groups = group(&[a, b]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].topic, "when the siege began");
        assert_eq!(groups[0].verdict, Verdict::Disagree);
        assert_eq!(
            groups[0].summary,
            "Speaker A (a): early July (2020-07) · Speaker B (b): late August (2020-08)"
        );
        let year = |id: &str, text: &str, date: &str| Claim {
            resolved_dates: vec![resolved(date, "2012", Granularity::Year, true)],
            ..start(id, text, date, "2012", true)
        };
        let groups = group(&[
            year("a:2:0", "rebels have held the north since 2012", "2012"),
            year(
                "b:2:0",
                "the north, held by rebels since mid-2012, is quiet",
                "mid-2012",
            ),
        ]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].topic, "when the control began");
        assert_eq!(groups[0].verdict, Verdict::Agree);
    }

    #[test]
    fn a_denial_of_involvement_joins_the_attack_its_sentence_names() {
        let accuse = claim(
            "a:1:0",
            "a",
            "Borduria of airstrikes that struck the convoy",
            vec![],
            Polarity::Accuses,
            false,
        );
        let denial = by(
            "Borduria",
            claim("b:0:0", "b", "involvement", vec![], Polarity::Denies, false),
        );
        assert!(group(&[accuse.clone(), denial.clone()]).is_empty());
        let mut docs = published(&[("a", "2020-03-02"), ("b", "2020-03-02")]);
        docs[1].sentences = vec![dossier_model::Sentence {
            text: "The truce ended with an attack on a convoy that Ruritania blamed on Borduria, \
                   which denies involvement."
                .into(),
            ..Default::default()
        }];
        let groups = group_in(&Context::of(&docs), &[accuse, denial]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].topic, "who attacked the convoy");
        assert_eq!(groups[0].verdict, Verdict::Disagree);
        assert_eq!(groups[0].differences[1].value, "denies it");
    }
}
