//! Anchoring context: the tense of the clause around an expression, which decides whether a bare
//! "Monday" is the one before or after the document date.
//!
//! Owns tense cues only. It does not recognise expressions nor compute values.

use std::sync::LazyLock;

use regex::Regex;

/// Which way the clause around an expression points in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Reported past ("said", "was", "met").
    Past,
    /// Future or planned ("will", "is expected to", "plans to").
    Future,
}

static FUTURE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:will|won't|wo|'ll|shall|would|going|plans?|planned|planning|expects?|expected|scheduled|due|intends?|aims?|hopes?|might|may|is|are|until|upcoming|next|tomorrow|to|begins|starts|opens|meets|leaves|arrives|travels|resumes|visits|returns|ends|expires|closes|hosts|launches|heads|votes|convenes|reopens)$").unwrap()
});

static PAST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:was|were|had|did|said|told|made|took|came|went|met|began|left|sold|bought|fell|rose|won|lost|got|gave|saw|held|struck|found|ago|last|yesterday|earlier|since|\w{3,}ed)$").unwrap()
});

/// Words after which "to" starts something still to happen ("agreed to buy", "an agreement to").
const TO_AHEAD: &[&str] = &[
    "agreement",
    "agreed",
    "agrees",
    "decided",
    "decision",
    "voted",
    "promised",
    "pledged",
    "proposed",
    "offered",
    "offer",
    "likely",
    "ready",
    "wants",
    "wanted",
    "seeks",
    "sought",
    "seeking",
    "deal",
    "plan",
    "plans",
    "planned",
    "expected",
    "intends",
    "intended",
    "hopes",
    "hoped",
    "aims",
    "aimed",
    "scheduled",
    "set",
    "due",
    "prepared",
    "preparing",
    "bid",
];

/// Words ending in -ed that are not past tense.
const NOT_PAST: &[&str] = &[
    "need",
    "needed",
    "speed",
    "indeed",
    "hundred",
    "united",
    "proceed",
    "exceed",
    "succeed",
    "feed",
    "seed",
    "based",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "intended",
    "red",
    "bed",
    "shed",
    "armed",
    "related",
    "advanced",
    "limited",
    "detailed",
    "alleged",
];

/// The tense of the clause around bytes `start..end` of `text`: the nearest tense cue before the
/// expression within its sentence decides; failing that, the nearest just after; news reports
/// default to the past.
pub fn tense_at(text: &str, start: usize, end: usize) -> Tense {
    let sentence_start = text[..start]
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(0, |i| i + 1);
    let sentence_end = text[end..]
        .find(['.', '!', '?', '\n', ';'])
        .map_or(text.len(), |i| end + i);
    let before: Vec<&str> = words(&text[sentence_start..start]).collect();
    if before
        .last()
        .is_some_and(|w| DEADLINE.contains(&w.to_lowercase().as_str()))
    {
        // A deadline points ahead, unless the clause is in the past perfect ("had filed reports
        // by Wednesday", "until Thursday, they had not called him").
        let is_had = |w: &&str| w.eq_ignore_ascii_case("had");
        let past_perfect = before.iter().rev().take(PERFECT_WORDS).any(is_had)
            || words(&text[end..sentence_end])
                .take(PERFECT_WORDS)
                .any(|w| is_had(&w));
        return if past_perfect {
            Tense::Past
        } else {
            Tense::Future
        };
    }
    let lead_in = before
        .iter()
        .rev()
        .take(3)
        .rev()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    if lead_in == "as soon as" || lead_in == "as early as" {
        return Tense::Future;
    }
    for (distance, w) in before.iter().rev().enumerate() {
        if distance > 12 {
            break;
        }
        let previous = before.iter().rev().nth(distance + 1).copied();
        if w.eq_ignore_ascii_case("to")
            && previous.is_some_and(|p| TO_AHEAD.contains(&p.to_lowercase().as_str()))
        {
            return Tense::Future;
        }
        if let Some(t) = cue(w, previous) {
            return t;
        }
    }
    for w in words(&text[end..sentence_end]).take(FORWARD_WORDS) {
        if let Some(t) = cue(w, None) {
            return t;
        }
    }
    Tense::Past
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .flat_map(|w| match w.find('\'') {
            Some(i) if i > 0 => vec![&w[..i], &w[i..]],
            _ => vec![w],
        })
}

/// The tense a word signals, if any; `before` is the word preceding it (for "is to", "to be").
fn cue(word: &str, before: Option<&str>) -> Option<Tense> {
    let lower = word.to_lowercase();
    if lower == "to" {
        // "plans to meet" / "is to meet": only a future cue when the verb before wants it.
        return before
            .filter(|b| FUTURE_CUE.is_match(b) && !b.eq_ignore_ascii_case("to"))
            .map(|_| Tense::Future);
    }
    if lower == "is" || lower == "are" {
        return None;
    }
    if FUTURE_CUE.is_match(&lower) {
        return Some(Tense::Future);
    }
    if NOT_PAST.contains(&lower.as_str()) {
        return None;
    }
    if lower.ends_with("ed") && is_adjective_position(&lower, before) {
        return None;
    }
    if lower.ends_with("ed") && before.is_some_and(is_passive_auxiliary) {
        // "will be named", "has been delayed": the auxiliary carries the tense.
        return None;
    }
    if PLANNED_BASE.contains(&lower.as_str()) {
        // "Leaders meet Monday": a headline present for a scheduled event; not after "did",
        // "not" or a modal, which carry their own tense.
        let after_aux =
            before.is_some_and(|b| AUXILIARY_BEFORE_BASE.contains(&b.to_lowercase().as_str()));
        return (!after_aux).then_some(Tense::Future);
    }
    PAST_CUE.is_match(&lower).then_some(Tense::Past)
}

fn is_passive_auxiliary(word: &str) -> bool {
    ["be", "been", "being"].contains(&word.to_lowercase().as_str())
}

/// Plural present forms of verbs for scheduled events, which news uses for what is to come.
/// Only verbs that are rarely nouns ("his visit", "the vote", "a return" are not cues).
const PLANNED_BASE: &[&str] = &["meet", "arrive", "resume", "convene", "depart"];

/// Words after which a base verb form does not point ahead ("did not meet", "could meet").
const AUXILIARY_BEFORE_BASE: &[&str] = &[
    "did", "didn't", "not", "never", "to", "could", "would", "might", "may", "must", "should",
    "can", "cannot", "n't",
];

/// "a still unspecified date", "the planned merger": an -ed word after a determiner or adverb,
/// or with the "un-" prefix, describes rather than reports.
fn is_adjective_position(word: &str, before: Option<&str>) -> bool {
    const MODIFIERS: &[&str] = &[
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
        "very", "still", "newly", "so", "too", "most", "more", "less", "well", "fully", "highly",
        "widely", "long", "much",
    ];
    word.starts_with("un") || before.is_some_and(|b| MODIFIERS.contains(&b.to_lowercase().as_str()))
}

/// How far after the expression a tense cue still counts, when none comes before it.
const FORWARD_WORDS: usize = 8;

/// How near a deadline a "had" must stand to put it in the past perfect.
const PERFECT_WORDS: usize = 5;

/// Prepositions that set a deadline ("by February", "through January") point ahead.
const DEADLINE: &[&str] = &["by", "until", "till", "through"];

#[cfg(test)]
mod tests {
    use super::*;

    fn tense_of(sentence: &str, expression: &str) -> Tense {
        let start = sentence.find(expression).expect("expression in sentence");
        tense_at(sentence, start, start + expression.len())
    }

    #[test]
    fn nearest_cue_before_decides() {
        assert_eq!(
            tense_of("The ministers met on Monday in Geneva.", "Monday"),
            Tense::Past
        );
        assert_eq!(
            tense_of("The ministers will meet on Monday in Geneva.", "Monday"),
            Tense::Future
        );
        assert_eq!(
            tense_of("He said he would travel to Rome on Monday.", "Monday"),
            Tense::Future
        );
        assert_eq!(
            tense_of("He said on Monday that talks will resume.", "Monday"),
            Tense::Past
        );
        assert_eq!(
            tense_of("Talks are scheduled to resume Monday.", "Monday"),
            Tense::Future
        );
    }

    #[test]
    fn passive_participles_and_headline_present() {
        assert_eq!(
            tense_of(
                "She will be named commander for a mission in December.",
                "December"
            ),
            Tense::Future
        );
        assert_eq!(
            tense_of(
                "The two leaders meet separately Monday with the envoy.",
                "Monday"
            ),
            Tense::Future
        );
        assert_eq!(
            tense_of("The two leaders did not meet Monday.", "Monday"),
            Tense::Past
        );
        assert_eq!(
            tense_of(
                "On Friday, when the minister set aside her holiday, she flew.",
                "Friday"
            ),
            Tense::Past
        );
    }

    #[test]
    fn deadlines_point_ahead_unless_past_perfect() {
        assert_eq!(
            tense_of(
                "The envoys said the deal must be signed by Friday.",
                "Friday"
            ),
            Tense::Future
        );
        assert_eq!(
            tense_of("Members had filed their reports by Wednesday.", "Wednesday"),
            Tense::Past
        );
        assert_eq!(
            tense_of("Until Thursday, the police had not named him.", "Thursday"),
            Tense::Past
        );
    }

    #[test]
    fn reporting_clause_after_and_default() {
        assert_eq!(tense_of("Monday, officials said.", "Monday"), Tense::Past);
        assert_eq!(tense_of("Monday", "Monday"), Tense::Past);
    }
}
