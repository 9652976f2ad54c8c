//! Narrative dates: a duration told as a step from the story's current date ("Three days later,
//! …", "two weeks earlier", "After a month, …") placed on the calendar, for the timeline.
//!
//! TimeML marks such phrases as DURATIONs (`P3D`) with the signal word outside the extent, and
//! [`super::extract`] keeps it that way for the TIMEX output. This module only reads what
//! `extract` found: it counts the duration from the reference time of the narrative — the last
//! calendar date written before it in the document, itself possibly counted the same way — and
//! keeps the duration's precision. It does not change any extracted expression.

use chrono::{Datelike, Days, Months, NaiveDate};
use dossier_model::Granularity;

use super::{Timex, TimexType};
use crate::timeline::range_of;

/// A date counted from an earlier one, with what it was counted from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// A DATE whose extent covers the duration and its signal word ("Three days later").
    pub timex: Timex,
    /// The reference date as written and its value: `“Monday, September 19” (2016-09-19)`.
    pub from: String,
}

/// Dates for the durations of `text` that step from the narrative's reference time. `found` is
/// what [`super::extract`] returned for the same text, in text order.
pub fn count_from_reference(text: &str, found: &[Timex]) -> Vec<Counted> {
    let mut reference: Option<(Timex, String)> = None;
    let mut counted = Vec::new();
    for timex in found {
        if is_reference(timex) {
            reference = Some((timex.clone(), quoted(timex)));
            continue;
        }
        let Some((anchor, _)) = &reference else {
            continue;
        };
        let Some(step) = step_of(text, timex) else {
            continue;
        };
        let Some(new) = counted_date(text, timex, &step, anchor) else {
            continue;
        };
        let from = quoted(anchor);
        reference = Some((new.clone(), from.clone()));
        counted.push(Counted { timex: new, from });
    }
    counted
}

/// Calendar dates from a day to a year can serve as the narrative's reference time.
fn is_reference(t: &Timex) -> bool {
    matches!(t.kind, TimexType::Date | TimexType::Time)
        && t.granularity.is_some_and(|g| g <= Granularity::Year)
        && t.range.is_none()
}

fn quoted(t: &Timex) -> String {
    format!("“{}” ({})", t.text, t.value)
}

/// A duration told as a step: its direction and where the signal word lies.
struct Step {
    forward: bool,
    start: usize,
    end: usize,
}

/// "three days later/afterwards/earlier", "two days before," "a week on," or "After three
/// days," heading a clause — a signal right beside the duration. "after"/"before"/"on" count only at a clause
/// break, since "two days after the vote" counts from the vote, which may not be the last date.
fn step_of(text: &str, t: &Timex) -> Option<Step> {
    if t.kind != TimexType::Duration {
        return None;
    }
    let rest = &text[t.end..];
    let gap = rest.len() - rest.trim_start().len();
    if gap <= 1 {
        let word: String = rest[gap..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let after_word = &rest[gap + word.len()..];
        let at_break = after_word.is_empty() || after_word.starts_with([',', '.', ';', ':']);
        let forward = match word.to_lowercase().as_str() {
            "later" | "afterwards" | "afterward" => Some(true),
            "earlier" => Some(false),
            "after" | "on" if at_break => Some(true),
            "before" if at_break => Some(false),
            _ => None,
        };
        if let Some(forward) = forward {
            return Some(Step {
                forward,
                start: t.start,
                end: t.end + gap + word.len(),
            });
        }
    }
    let before = &text[..t.start];
    let word = before.trim_end().rsplit(char::is_whitespace).next()?;
    let touching = before.len() - before.trim_end().len() == 1;
    let then_break = text[t.end..].starts_with(',');
    // At the head of a clause: mid-clause ("pulled over after 15 minutes,") it is a length.
    let ahead = before.trim_end()[..before.trim_end().len() - word.len()].trim_end();
    let heads_clause =
        ahead.is_empty() || ahead.ends_with(['.', ',', ';', ':', '!', '?', '"', '”', '\n']);
    (touching && then_break && heads_clause && word.eq_ignore_ascii_case("after")).then(|| Step {
        forward: true,
        start: t.start - 1 - word.len(),
        end: t.end,
    })
}

/// The duration's amount and unit from its TIMEX3 value: `P3D` → (3, D); hours and minutes
/// (`PT5H`, `PTXH`: "hours later") stay on the reference day unless they make whole days.
fn amount_of(value: &str) -> Option<(u32, char)> {
    let body = value.strip_prefix('P')?;
    if let Some(time) = body.strip_prefix('T') {
        let unit = time.chars().last()?;
        let amount = &time[..time.len() - unit.len_utf8()];
        let hours: u32 = match (unit, amount) {
            ('H', "X") | ('M', "X") => 0,
            ('H', n) => n.parse().ok()?,
            ('M', n) => n.parse::<u32>().ok()? / 60,
            _ => return None,
        };
        return Some((hours / 24, 'D'));
    }
    let unit = body.chars().last()?;
    let amount: u32 = body[..body.len() - unit.len_utf8()].parse().ok()?;
    matches!(unit, 'D' | 'W' | 'M' | 'Y').then_some((amount, unit))
}

fn granularity_of_unit(unit: char) -> Granularity {
    match unit {
        'W' => Granularity::Week,
        'M' => Granularity::Month,
        'Y' => Granularity::Year,
        _ => Granularity::Day,
    }
}

/// The step counted from the reference, written at the duration's precision; none when the
/// reference is coarser than the step ("In March … three days later" names no day).
fn counted_date(text: &str, duration: &Timex, step: &Step, anchor: &Timex) -> Option<Timex> {
    let (amount, unit) = amount_of(&duration.value)?;
    let granularity = granularity_of_unit(unit);
    if anchor.granularity? > granularity {
        return None;
    }
    let from = range_of(&anchor.value)?.0;
    let day = shift(from, amount, unit, step.forward)?;
    let value = match granularity {
        Granularity::Week => {
            let week = day.iso_week();
            format!("{:04}-W{:02}", week.year(), week.week())
        }
        Granularity::Month => format!("{:04}-{:02}", day.year(), day.month()),
        Granularity::Year => format!("{:04}", day.year()),
        _ => day.to_string(),
    };
    let written = text.get(step.start..step.end)?;
    Some(Timex {
        start: step.start,
        end: step.end,
        char_start: text.get(..step.start)?.chars().count(),
        char_end: text.get(..step.end)?.chars().count(),
        text: written.to_owned(),
        kind: TimexType::Date,
        value,
        granularity: Some(granularity),
        modifier: None,
        range: None,
    })
}

fn shift(from: NaiveDate, amount: u32, unit: char, forward: bool) -> Option<NaiveDate> {
    let days = match unit {
        'D' => amount,
        'W' => amount.checked_mul(7)?,
        _ => {
            let months = Months::new(if unit == 'Y' {
                amount.checked_mul(12)?
            } else {
                amount
            });
            return if forward {
                from.checked_add_months(months)
            } else {
                from.checked_sub_months(months)
            };
        }
    };
    if forward {
        from.checked_add_days(Days::new(days.into()))
    } else {
        from.checked_sub_days(Days::new(days.into()))
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::time::extract;

    fn counted(text: &str) -> Vec<(String, String, String)> {
        let dct = NaiveDate::from_ymd_opt(2016, 9, 30).expect("test date");
        let found = extract(text, dct);
        count_from_reference(text, &found)
            .into_iter()
            .map(|c| (c.timex.text, c.timex.value, c.from))
            .collect()
    }

    #[test]
    fn days_later_count_from_the_last_date() {
        // 19 September 2016 + 3 days = 22 September.
        let got = counted(
            "On Monday, September 19, the convoy was hit. Three days later, the talks collapsed.",
        );
        assert_eq!(
            got,
            vec![(
                "Three days later".to_owned(),
                "2016-09-22".to_owned(),
                "“Monday, September 19” (2016-09-19)".to_owned()
            )]
        );
    }

    #[test]
    fn earlier_counts_back_and_steps_chain() {
        // 10 Sept − 14 days = 27 Aug; a week (7 days) after 27 Aug is 3 Sept (ISO week 35).
        let got = counted(
            "The ceasefire began on September 10, 2016. Two weeks earlier, the rebels had pulled back. A week later, they returned.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1, "2016-W34"); // 27 Aug 2016 is a Saturday of ISO week 34.
        assert_eq!(got[1].1, "2016-W35");
        assert!(got[1].2.contains("Two weeks earlier"));
    }

    #[test]
    fn the_timex_output_keeps_the_duration() {
        // What `dossier timex` prints is `extract`: "Three days" stays a TimeML DURATION.
        let dct = NaiveDate::from_ymd_opt(2016, 9, 30).expect("test date");
        let found = extract(
            "On September 19 the convoy was hit. Three days later, talks ended.",
            dct,
        );
        let values: Vec<(&str, &str)> = found
            .iter()
            .map(|t| (t.text.as_str(), t.value.as_str()))
            .collect();
        assert_eq!(
            values,
            vec![("September 19", "2016-09-19"), ("Three days", "P3D")]
        );
    }

    #[test]
    fn after_at_a_clause_break_only() {
        // "two days after the vote" counts from the vote, not from the last date.
        assert!(
            counted("On June 3, 2015, they met. Two days after the vote, they left.").is_empty()
        );
        let got = counted("On June 3, 2015, they met. After two days, they left.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "After two days");
        assert_eq!(got[0].1, "2015-06-05");
        // Inside a clause, "after fifteen minutes," says how long, not when.
        assert!(
            counted("On June 3, 2015, police chased him until he stopped after fifteen minutes, police said.")
                .is_empty()
        );
    }

    #[test]
    fn no_reference_or_coarser_reference_gives_no_date() {
        assert!(counted("Three days later, the talks collapsed.").is_empty());
        // A month names no day to count three days from.
        assert!(counted("In March 2014 the army moved. Three days later, it left.").is_empty());
        // A plain duration is not a step.
        assert!(counted("On May 2, 2014 they began a fast that lasted three days.").is_empty());
    }

    #[test]
    fn hours_later_stay_on_the_reference_day_and_years_keep_their_precision() {
        let got = counted("The attack came on July 14, 2016. Five hours later, police arrived.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "2016-07-14");
        let got = counted("The war began in 2011. Two years later, talks opened.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "2013");
    }
}
