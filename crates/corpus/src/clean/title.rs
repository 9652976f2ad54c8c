//! Title and dateline: which line is the headline, and which lines only say when the page was
//! published or updated ("Updated: July 7, 2012, 10:04 PM ET", "INDONESIA, July 2, 2013").
//!
//! A headline is the first content line near the top when it is repeated (counted once) or reads
//! like a headline with body text after it. A caption or rail line is never a headline because
//! the furniture pass has already claimed it. This module does not invent fallback titles: a
//! document without a headline gets its name from its sentences, in `document`.

use std::sync::LazyLock;

use regex::Regex;

use super::lines::{Line, Role, ends_sentence, is_headline, word_count};
use crate::time::lexicon;

/// A dateline at the head of the first paragraph: "WASHINGTON (Reuters) - ", "BEIRUT — ",
/// "PARIS, France -- ", "(AP) — ".
static INLINE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?(?: \([A-Za-z .-]+\))?|\([A-Z][A-Za-z .-]*\)) ?(?:--|-|—|–) ?|\([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}\) ?)",
    )
    .expect("a valid pattern")
});

/// The length in bytes of a dateline opening `paragraph`, if it has one.
pub fn inline_dateline(paragraph: &str) -> Option<usize> {
    let found = INLINE_DATELINE.find(paragraph)?;
    let rest = &paragraph[found.end()..];
    rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "“\"".contains(c))
        .then_some(found.end())
}

/// How many content lines from the top may hold the headline.
const HEADLINE_WINDOW: usize = 4;

/// Marks every dateline; returns the first one as written.
pub fn mark_datelines(lines: &[Line], roles: &mut [Role]) -> Option<String> {
    let mut first = None;
    for (line, role) in lines.iter().zip(roles.iter_mut()) {
        if *role == Role::Content && is_dateline(line.text) {
            *role = Role::Dateline;
            first = first.or_else(|| Some(line.text.to_owned()));
        }
    }
    first
}

/// Finds the headline, marks it and its copies as [`Role::Title`] and returns it.
pub fn mark_title(lines: &[Line], roles: &mut [Role]) -> Option<String> {
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Content)
        .collect();
    let (&first, rest) = content.split_first()?;
    // A one- or two-word section label ("World", "Middle East") above a longer headline.
    if word_count(lines[first].text) <= 2
        && rest
            .first()
            .is_some_and(|&next| is_headline(lines[next].text) && word_count(lines[next].text) >= 3)
        && lines[first].text != lines[rest[0]].text
    {
        roles[first] = Role::Furniture;
        return mark_title(lines, roles);
    }
    let text = lines[first].text;
    let copies: Vec<usize> = content
        .iter()
        .copied()
        .filter(|&j| lines[j].text == text)
        .collect();
    let window_end = content[HEADLINE_WINDOW.min(content.len() - 1)];
    let repeated_at_top = copies.len() > 1 && copies[1] <= window_end;
    let repeated = repeated_at_top && word_count(text) <= 24;
    let has_body = rest.iter().any(|&j| lines[j].text != text);
    if !has_body {
        // Only this line, perhaps repeated: it is the article itself, kept once.
        for &j in &copies[1..] {
            roles[j] = Role::Furniture;
        }
        return None;
    }
    if !(repeated || is_headline(text)) {
        return None;
    }
    for j in copies {
        roles[j] = Role::Title;
    }
    Some(text.to_owned())
}

/// A line that only says when: a date or time, possibly after a label ("Updated:", "Article
/// posted on") or a place or agency ("INDONESIA,", "AFP,").
pub fn is_dateline(line: &str) -> bool {
    if word_count(line) > 14
        || !line.chars().any(|c| c.is_ascii_digit())
        || ends_sentence_with_words(line)
    {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let rest = strip_label(&words);
    // "Updated 2 hours ago": after a label, any number is a time.
    let labelled = rest.len() < words.len()
        && words[..words.len() - rest.len()]
            .iter()
            .any(|w| is_label(w));
    let tokens: Vec<String> = rest.iter().map(|w| token(w)).collect();
    let mut evidence = false;
    for t in tokens {
        if t.is_empty() || is_date_word(&t) || is_zone_offset(&t) {
            evidence |= lexicon::is_month_word(&t);
        } else if let Some(kind) = number_kind(&t) {
            evidence |= kind || labelled;
        } else {
            return false;
        }
    }
    evidence
}

/// "gmt+02:00", "utc-5": a zone with its offset.
fn is_zone_offset(token: &str) -> bool {
    ["gmt", "utc"].iter().any(|z| {
        token.strip_prefix(z).is_some_and(|rest| {
            rest.starts_with(['+', '-'])
                && rest[1..].chars().all(|c| c.is_ascii_digit() || c == ':')
        })
    })
}

/// "It happened on May 3." ends like a sentence; "Dec. 7, 2009" and "7:15 a. m." do not count.
fn ends_sentence_with_words(line: &str) -> bool {
    ends_sentence(line)
        && line
            .split_whitespace()
            .last()
            .is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 4)
}

/// A word lowercased without surrounding punctuation.
fn token(word: &str) -> String {
    word.trim_matches(|c: char| ",.:;|()[]@".contains(c))
        .to_lowercase()
}

/// Drops a leading label ("Article posted on", "Published on:") or a place or agency of one to
/// three capitalised words ending in a comma ("INDONESIA,", "AFP,").
fn strip_label<'a, 'b>(words: &'b [&'a str]) -> &'b [&'a str] {
    if let Some(i) = words.iter().take(4).position(|w| is_label(w)) {
        return &words[i + 1..];
    }
    let place_end = words.iter().take(3).position(|w| w.ends_with(','));
    match place_end {
        Some(i) if words[..=i].iter().all(|w| is_capitalised_name(w)) => &words[i + 1..],
        _ => words,
    }
}

/// "Updated:", "Published", "posted": a word that labels a time stamp.
fn is_label(word: &str) -> bool {
    [
        "updated",
        "published",
        "posted",
        "modified",
        "uploaded",
        "created",
    ]
    .contains(&token(word).as_str())
}

/// "INDONESIA", "Paris,", "AFP": capitalised and without digits.
fn is_capitalised_name(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && !word.chars().any(|c| c.is_ascii_digit())
}

/// Whether a token is a number of a date or time: `Some(true)` when it is clearly a date or clock
/// time ("2013", "11/30/09", "08.07.2012", "10:04", "11:39am"), `Some(false)` for a plain number
/// ("7", "2nd"), `None` when it is not a number at all.
fn number_kind(token: &str) -> Option<bool> {
    let core = ["hrs", "am", "pm", "st", "nd", "rd", "th", "h", "a", "p"]
        .iter()
        .find_map(|s| {
            token
                .strip_suffix(s)
                .filter(|c| c.ends_with(|c: char| c.is_ascii_digit()))
        })
        .unwrap_or(token);
    let numeric = core.chars().any(|c| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || "/:.-".contains(c));
    if !numeric {
        return None;
    }
    let year = core.len() == 4 && (core.starts_with("19") || core.starts_with("20"));
    let clock = core.contains(':') || core != token;
    Some(year || clock || core.matches(['/', '.', '-']).count() >= 2 || core.contains('/'))
}

/// A word a dateline may hold besides numbers: a month or weekday, or one of [`DATE_WORDS`].
fn is_date_word(t: &str) -> bool {
    DATE_WORDS.contains(&t)
        || lexicon::is_month_word(t)
        || lexicon::is_weekday_word(t)
        || lexicon::is_zone_abbreviation(t)
}

/// Labels, units and joiners of datelines (months, weekdays and zones come from the shared
/// time lexicon).
const DATE_WORDS: &[&str] = &[
    "ago",
    "hour",
    "hours",
    "min",
    "mins",
    "minute",
    "minutes",
    "day",
    "days",
    "updated",
    "published",
    "posted",
    "last",
    "modified",
    "on",
    "at",
    "am",
    "pm",
    "a.m",
    "p.m",
    "a",
    "m",
    "p",
    "hrs",
    "uk",
    "local",
    "time",
    "-",
    "—",
    "–",
    "|",
    "of",
    "",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::furniture::classify;
    use crate::clean::lines::split;

    #[test]
    fn datelines_in_the_shapes_pages_print_them() {
        for line in [
            "11/30/09 05:40 PM ET",
            "Nov. 30, 2009",
            "Updated: July 7, 2012, 10:04 PM ET",
            "PUBLISHED: 22:07 GMT, 7 July 2012",
            "POSTED: 1052 GMT (1852 HKT), April 10, 2007",
            "Updated 4/9/2007 6:04 PM",
            "21 July 2013 Last updated at 11:11 GMT",
            "Last updated 13:26 14/09/2013",
            "12 January 2010 @ 09:29 pm",
            "Article posted on 08.07.2012",
            "INDONESIA, July 2, 2013",
            "AFP, Tuesday 2 Jul 2013",
            "11:39am UK, Monday 09 September 2013",
            "Tue Jul 02 2013, 14:58 hrs",
            "7:15 a. m. Dec. 7, 2009",
            "on Jul 7 2012, 5:55p",
            "April 10, 2007-7:07AM",
            "Published on: Fri, 11 Nov 2011 at 09:56 IST",
            "Monday 16 September 2013 03.31 BST",
            "Updated: 09 Sep 2013 11:25 GMT+02:00",
            "Updated 2 hours ago",
            "First published on Mon 24 Oct 2016 19.37 BST",
            "Last modified on Tue 25 Oct 2016 10.15 BST",
        ] {
            assert!(is_dateline(line), "{line}");
        }
    }

    #[test]
    fn datelines_at_the_head_of_a_paragraph() {
        for (paragraph, dateline) in [
            (
                "WASHINGTON (Reuters) - The Senate voted.",
                Some("WASHINGTON (Reuters) - "),
            ),
            ("BEIRUT — Air strikes hit the city.", Some("BEIRUT — ")),
            (
                "PARIS, France -- Four men rammed a store.",
                Some("PARIS, France -- "),
            ),
            ("NEW YORK, N.Y. - Markets fell.", Some("NEW YORK, N.Y. - ")),
            ("(AP) — The storm moved north.", Some("(AP) — ")),
            ("(CNN)Air strikes resumed.", Some("(CNN)")),
            ("UN - a body of nations - met.", None),
            ("US-led strikes hit the city.", None),
            ("The storm moved north - slowly.", None),
            ("ORIGINAL ENTRY: The bridge closed.", None),
        ] {
            assert_eq!(
                inline_dateline(paragraph).map(|n| &paragraph[..n]),
                dateline,
                "{paragraph}"
            );
        }
    }

    #[test]
    fn sentences_and_headlines_with_dates_are_not_datelines() {
        for line in [
            "The quake struck on July 2, 2013.",
            "12 dead in Aceh quake",
            "Reid checked herself in on Tuesday, December 9, 2008.",
            "Texas prisoner captured after week on the run",
            "Sixty-five per cent of traffic was down",
            "2 dead, 7 hurt",
            "2 hours ago",
            "10 days",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
    }

    /// The title found in `input` (after furniture and datelines are set aside).
    fn check(input: &str, expect: Option<&str>) {
        let lines = split(input);
        let mut roles = classify(&lines);
        mark_datelines(&lines, &mut roles);
        assert_eq!(
            mark_title(&lines, &mut roles).as_deref(),
            expect,
            "input: {input}"
        );
    }

    #[test]
    fn the_headline_is_found_in_its_usual_places() {
        check(
            "Ships collide in fog\n\nShips collide in fog\n\nShips collide in fog\n\nTwo ships hit each other.",
            Some("Ships collide in fog"),
        );
        check(
            "PHOTO: The mayor at a press conference\nCity budget passes after long night\nThe council voted 7-2.",
            Some("City budget passes after long night"),
        );
        check(
            "Updated: November 11, 2011 20:09 IST\nNavy foils pirate attack\nThe navy foiled an attack.",
            Some("Navy foils pirate attack"),
        );
        check(
            "12 January 2010 @ 09:29 pm\nFALLOUT CONTINUES AFTER BRAZEN ESCAPE\nThe agency made changes.",
            Some("FALLOUT CONTINUES AFTER BRAZEN ESCAPE"),
        );
        check(
            "Share\n\nFloods close schools\n\nRain fell for days.",
            Some("Floods close schools"),
        );
        check(
            "Middle East\nFloods close schools in the north\nRain fell for days.",
            Some("Floods close schools in the north"),
        );
    }

    #[test]
    fn no_headline_no_title() {
        check(
            "PHOTO: A bridge\nLATEST\nMONDAY FEATURE\nThe Last Ferry of the Season\nThe bridge reopened on Monday.",
            None,
        );
        check(
            "Another day in Hollywood; another star in rehab.\nA star entered rehab.",
            None,
        );
        // A headline-shaped line with nothing after it is the article, not its title.
        check("Robbers in drag steal jewels from Paris store", None);
        // A sentence repeated further down is not a headline.
        check(
            "The cable was cut.\nShips were sent.\nIt was cut, she said.\nRepairs began.\nIt was cut, she said.",
            None,
        );
    }
}
