//! Normalisation: turns a recognised [`Form`] into a TIMEX3 type and value, anchored on the
//! document creation time, the clause's tense and the date under discussion.
//!
//! Owns calendar arithmetic (with chrono). It does not look at the text: recognition and tense
//! come in already decided.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::anchor::Tense;
use super::lexicon::Unit;
use super::recognise::{Form, Holiday, Shift};

/// The four TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimexType {
    /// A calendar date or period ("Friday", "last month", "1998").
    Date,
    /// A time of day ("9 a.m.", "Friday night").
    Time,
    /// A length of time ("two weeks").
    Duration,
    /// A recurring time ("daily").
    Set,
}

impl std::fmt::Display for TimexType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TimexType {
    /// The TIMEX3 name ("DATE", "TIME", "DURATION", "SET").
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How precise the date under discussion is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// A day.
    Day,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A year.
    Year,
}

/// The date under discussion ("that day", "a year earlier" are counted from it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Focus {
    /// The first day of the period.
    pub date: NaiveDate,
    /// Its precision.
    pub precision: Precision,
}

/// Everything normalisation needs besides the form.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// Document creation time.
    pub dct: NaiveDate,
    /// Tense of the clause around the expression.
    pub tense: Tense,
    /// The date under discussion, if the text has set one.
    pub focus: Option<Focus>,
    /// The last quarter the text named (financial reports count "a year ago" in quarters).
    pub quarter: Option<Focus>,
}

/// A normalised expression: type, value, and the period it names (for the focus).
#[derive(Debug, Clone, PartialEq)]
pub struct Normal {
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// The period it names, when it names one.
    pub focus: Option<Focus>,
}

/// Normalises `form` in `ctx`; None when the form cannot be a valid date.
pub fn normalise(form: &Form, ctx: &Context) -> Option<Normal> {
    let date = |d: NaiveDate| Normal {
        kind: TimexType::Date,
        value: day(d),
        focus: Some(Focus {
            date: d,
            precision: Precision::Day,
        }),
    };
    Some(match form {
        Form::Calendar {
            year: Some(y),
            month,
            day: Some(d),
            ..
        } => date(NaiveDate::from_ymd_opt(*y, *month, *d)?),
        Form::Calendar {
            year: Some(y),
            month,
            day: None,
            ..
        } => month_normal(*y, *month)?,
        Form::Calendar {
            year: None,
            month,
            day: Some(d),
            weekday: Some(wd),
        } => {
            let fits =
                |y| NaiveDate::from_ymd_opt(y, *month, *d).filter(|date| date.weekday() == *wd);
            date(
                nearest(ctx, fits)
                    .or_else(|| nearest(ctx, |y| NaiveDate::from_ymd_opt(y, *month, *d)))?,
            )
        }
        Form::Calendar {
            year: None,
            month,
            day: Some(d),
            weekday: None,
        } => date(nearest(ctx, |y| NaiveDate::from_ymd_opt(y, *month, *d))?),
        Form::Calendar {
            year: None,
            day: None,
            ..
        } => return None,
        Form::WeekOf {
            year,
            month,
            day: d,
        } => {
            let at = |y| NaiveDate::from_ymd_opt(y, *month, *d);
            let date = match year {
                Some(y) => at(*y)?,
                None => nearest(ctx, at)?,
            };
            plain(TimexType::Date, week(date), None)
        }
        Form::Month { month, shift } => month_normal(month_year(*month, *shift, ctx), *month)?,
        Form::MonthOfYear { month, year_offset } => {
            month_normal(ctx.dct.year() + year_offset, *month)?
        }
        Form::Year(y) => plain(
            TimexType::Date,
            y.to_string(),
            NaiveDate::from_ymd_opt(*y, 1, 1).map(|d| Focus {
                date: d,
                precision: Precision::Year,
            }),
        ),
        Form::Decade(d) => plain(TimexType::Date, d.to_string(), None),
        Form::Century(c) => plain(TimexType::Date, format!("{c:02}"), None),
        Form::Weekday {
            day: wd,
            shift,
            part,
        } => with_part(weekday_date(*wd, *shift, ctx), *part),
        Form::Deictic { days, part } => with_part(
            ctx.dct.checked_add_signed(chrono::Duration::days(*days))?,
            *part,
        ),
        Form::UnitShift { unit, shift } => unit_shift(*unit, *shift, ctx)?,
        Form::Weekend { shift } => plain(
            TimexType::Date,
            format!("{}-WE", week(weekend_saturday(*shift, ctx)?)),
            None,
        ),
        Form::Season { code, shift, year } => plain(
            TimexType::Date,
            format!(
                "{}-{code}",
                year.unwrap_or_else(|| season_year(code, *shift, ctx))
            ),
            None,
        ),
        Form::Quarter { n, year, shift } => quarter(*n, *year, *shift, ctx)?,
        Form::QuarterOfYear { n, year_offset } => {
            let q = n
                .or(ctx.quarter.map(|f| quarter_of(f.date)))
                .unwrap_or(quarter_of(ctx.dct));
            quarter_normal(ctx.dct.year() + year_offset, q)?
        }
        Form::Half { n, year } => plain(
            TimexType::Date,
            format!("{}-H{n}", year.unwrap_or(ctx.dct.year())),
            None,
        ),
        Form::Offset {
            amount,
            unit,
            sign,
            from_reference,
        } => offset(*amount, *unit, *sign, *from_reference, ctx)?,
        Form::Duration { amount, unit } => {
            plain(TimexType::Duration, duration(*amount, *unit), None)
        }
        Form::Set(v) => plain(TimexType::Set, v.clone(), None),
        Form::SetWeekday(wd) => plain(
            TimexType::Set,
            format!("XXXX-WXX-{}", wd.number_from_monday()),
            None,
        ),
        Form::Ref(r) => plain(TimexType::Date, (*r).to_owned(), None),
        Form::Clock {
            hour,
            minute,
            day: on,
        } => {
            let d = match on.as_deref() {
                Some(f) => {
                    normalise(f, ctx)?
                        .focus
                        .filter(|f| f.precision == Precision::Day)?
                        .date
                }
                // A bare "at 10 p.m." belongs to the day under discussion.
                None => ctx
                    .focus
                    .filter(|f| f.precision == Precision::Day)
                    .map_or(ctx.dct, |f| f.date),
            };
            plain(
                TimexType::Time,
                format!("{}T{hour:02}:{minute:02}", day(d)),
                Some(Focus {
                    date: d,
                    precision: Precision::Day,
                }),
            )
        }
        Form::Anaphoric { unit, offset: k } => anaphoric(*unit, *k, ctx)?,
        Form::NthWeekday {
            n,
            day: wd,
            month,
            year,
        } => {
            let y = year.unwrap_or_else(|| month_year(*month, Shift::Bare, ctx));
            date(nth_weekday(y, *month, *wd, *n)?)
        }
        Form::Holiday {
            holiday,
            year: Some(y),
        } => date(holiday_date(*holiday, *y)?),
        Form::Holiday {
            holiday,
            year: None,
        } => date(nearest(ctx, |y| holiday_date(*holiday, y))?),
    })
}

fn plain(kind: TimexType, value: String, focus: Option<Focus>) -> Normal {
    Normal { kind, value, focus }
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

fn quarter_of(d: NaiveDate) -> u32 {
    (d.month() - 1) / 3 + 1
}

fn month_normal(y: i32, m: u32) -> Option<Normal> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    Some(plain(
        TimexType::Date,
        format!("{y:04}-{m:02}"),
        Some(Focus {
            date: first,
            precision: Precision::Month,
        }),
    ))
}

fn with_part(d: NaiveDate, part: Option<&'static str>) -> Normal {
    let focus = Some(Focus {
        date: d,
        precision: Precision::Day,
    });
    match part {
        Some(p) => plain(TimexType::Time, format!("{}T{p}", day(d)), focus),
        None => plain(TimexType::Date, day(d), focus),
    }
}

/// Of the dates a year function gives around the DCT's year, the nearest one; beyond four
/// months away, the tense decides the direction.
fn nearest(ctx: &Context, at: impl Fn(i32) -> Option<NaiveDate>) -> Option<NaiveDate> {
    let y = ctx.dct.year();
    let candidates: Vec<NaiveDate> = (y - 1..=y + 1).filter_map(&at).collect();
    let distance = |d: &NaiveDate| (*d - ctx.dct).num_days().abs();
    let closest = *candidates.iter().min_by_key(|d| distance(d))?;
    if distance(&closest) <= 120 {
        return Some(closest);
    }
    match ctx.tense {
        Tense::Past => candidates.iter().rev().find(|d| **d <= ctx.dct).copied(),
        Tense::Future => candidates.iter().find(|d| **d >= ctx.dct).copied(),
    }
    .or(Some(closest))
}

fn month_year(month: u32, shift: Shift, ctx: &Context) -> i32 {
    let (y, m) = (ctx.dct.year(), ctx.dct.month());
    match shift {
        Shift::This => y,
        Shift::Latest => {
            if month <= m {
                y
            } else {
                y - 1
            }
        }
        Shift::Last => {
            if month < m {
                y
            } else {
                y - 1
            }
        }
        Shift::Next => {
            if month > m {
                y
            } else {
                y + 1
            }
        }
        Shift::Bare if (month as i32 - m as i32).abs() <= 4 => y,
        Shift::Bare => match ctx.tense {
            Tense::Past => {
                if month <= m {
                    y
                } else {
                    y - 1
                }
            }
            Tense::Future => {
                if month >= m {
                    y
                } else {
                    y + 1
                }
            }
        },
    }
}

fn weekday_date(wd: Weekday, shift: Shift, ctx: &Context) -> NaiveDate {
    let dct = ctx.dct;
    let back = (7 + dct.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    let forward = (7 - back) % 7;
    let minus = |n: u32| dct.checked_sub_days(Days::new(n as u64)).unwrap_or(dct);
    let plus = |n: u32| dct.checked_add_days(Days::new(n as u64)).unwrap_or(dct);
    match (shift, ctx.tense) {
        (Shift::Last, _) => minus(if back == 0 { 7 } else { back }),
        (Shift::Next, _) => plus(if forward == 0 { 7 } else { forward }),
        (Shift::Latest, _) => minus(back),
        (_, Tense::Past) => minus(back),
        (_, Tense::Future) => plus(forward),
    }
}

fn unit_shift(unit: Unit, shift: Shift, ctx: &Context) -> Option<Normal> {
    let k: i32 = match shift {
        Shift::Last => -1,
        Shift::Next => 1,
        _ => 0,
    };
    let dct = ctx.dct;
    Some(match unit {
        Unit::Day => with_part(
            dct.checked_add_signed(chrono::Duration::days(k as i64))?,
            None,
        ),
        Unit::Week => plain(
            TimexType::Date,
            week(dct.checked_add_signed(chrono::Duration::weeks(k as i64))?),
            None,
        ),
        Unit::Month => {
            let d = add_months(dct, k)?;
            month_normal(d.year(), d.month())?
        }
        Unit::Quarter => {
            let d = add_months(dct, 3 * k)?;
            quarter_normal(d.year(), quarter_of(d))?
        }
        Unit::Year => year_normal(dct.year() + k)?,
        Unit::Decade => plain(TimexType::Date, format!("{}", dct.year() / 10 + k), None),
        Unit::Century => plain(
            TimexType::Date,
            format!("{:02}", dct.year() / 100 + k),
            None,
        ),
        Unit::Hour | Unit::Minute | Unit::Second => return None,
    })
}

fn year_normal(y: i32) -> Option<Normal> {
    let first = NaiveDate::from_ymd_opt(y, 1, 1)?;
    Some(plain(
        TimexType::Date,
        format!("{y:04}"),
        Some(Focus {
            date: first,
            precision: Precision::Year,
        }),
    ))
}

fn quarter_normal(y: i32, q: u32) -> Option<Normal> {
    let first = NaiveDate::from_ymd_opt(y, (q - 1) * 3 + 1, 1)?;
    Some(plain(
        TimexType::Date,
        format!("{y:04}-Q{q}"),
        Some(Focus {
            date: first,
            precision: Precision::Quarter,
        }),
    ))
}

fn add_months(d: NaiveDate, k: i32) -> Option<NaiveDate> {
    let first = d.with_day(1)?;
    if k >= 0 {
        first.checked_add_months(Months::new(k as u32))
    } else {
        first.checked_sub_months(Months::new((-k) as u32))
    }
}

fn weekend_saturday(shift: Shift, ctx: &Context) -> Option<NaiveDate> {
    let dct = ctx.dct;
    let ctx_sat = Context {
        tense: ctx.tense,
        ..*ctx
    };
    let this = match dct.weekday() {
        Weekday::Sun => dct.checked_sub_days(Days::new(1))?,
        _ => weekday_date(Weekday::Sat, Shift::Bare, &ctx_sat),
    };
    Some(match shift {
        Shift::Last if matches!(dct.weekday(), Weekday::Sat | Weekday::Sun) => {
            this.checked_sub_days(Days::new(7))?
        }
        Shift::Last => weekday_date(Weekday::Sat, Shift::Last, ctx),
        Shift::Next => weekday_date(Weekday::Sat, Shift::Next, ctx),
        _ => this,
    })
}

fn season_year(code: &str, shift: Shift, ctx: &Context) -> i32 {
    let start_month = match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
    let y = ctx.dct.year();
    let m = ctx.dct.month();
    let started = m >= start_month;
    match shift {
        Shift::Last => {
            if started && m >= start_month + 3 {
                y
            } else {
                y - 1
            }
        }
        Shift::Next => {
            if started {
                y + 1
            } else {
                y
            }
        }
        _ => y,
    }
}

fn quarter(n: Option<u32>, year: Option<i32>, shift: Shift, ctx: &Context) -> Option<Normal> {
    let current = quarter_of(ctx.dct);
    let y = ctx.dct.year();
    match (n, year) {
        (Some(n), Some(y)) => quarter_normal(y, n),
        (Some(n), None) => quarter_normal(
            if n > current && ctx.tense == Tense::Past {
                y - 1
            } else {
                y
            },
            n,
        ),
        (None, Some(y)) => {
            let q = ctx
                .quarter
                .map_or(quarter_of(ctx.dct), |f| quarter_of(f.date));
            quarter_normal(y, q)
        }
        (None, None) => {
            let k = match shift {
                Shift::Last => -1,
                Shift::Next => 1,
                Shift::This | Shift::Latest => 0,
                Shift::Bare => {
                    if let Some(f) = ctx.quarter {
                        return quarter_normal(f.date.year(), quarter_of(f.date));
                    }
                    -1
                }
            };
            let d = add_months(ctx.dct, 3 * k)?;
            quarter_normal(d.year(), quarter_of(d))
        }
    }
}

fn offset(
    amount: Option<f64>,
    unit: Unit,
    sign: i64,
    from_reference: bool,
    ctx: &Context,
) -> Option<Normal> {
    let Some(amount) = amount else {
        return Some(plain(
            TimexType::Date,
            if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.into(),
            None,
        ));
    };
    let n = amount.round() as i64 * sign;
    let focus = if from_reference { ctx.focus } else { None };
    let anchor = focus.map_or(ctx.dct, |f| f.date);
    let quarterly = ctx.quarter.is_some();
    Some(match unit {
        Unit::Second | Unit::Minute | Unit::Hour => with_part(anchor, None),
        Unit::Day => with_part(anchor.checked_add_signed(chrono::Duration::days(n))?, None),
        Unit::Week => plain(
            TimexType::Date,
            week(anchor.checked_add_signed(chrono::Duration::weeks(n))?),
            None,
        ),
        Unit::Month => {
            let d = add_months(anchor, n as i32)?;
            month_normal(d.year(), d.month())?
        }
        Unit::Quarter => {
            let d = add_months(anchor, 3 * n as i32)?;
            quarter_normal(d.year(), quarter_of(d))?
        }
        // Reports compare a quarter with the same quarter "a year ago"; longer spans are years.
        Unit::Year if quarterly && n.abs() == 1 => {
            let q = ctx.quarter.map_or(anchor, |f| f.date);
            quarter_normal(q.year() + n as i32, quarter_of(q))?
        }
        Unit::Year => year_normal(anchor.year() + n as i32)?,
        Unit::Decade => year_normal(anchor.year() + 10 * n as i32)?,
        Unit::Century => year_normal(anchor.year() + 100 * n as i32)?,
    })
}

/// A TIMEX3 duration ("P8D", "PT5H30M", "PXY").
pub fn duration(amount: Option<f64>, unit: Unit) -> String {
    // ISO 8601 has no decade or century: "two decades" is P20Y.
    let years_per = match unit {
        Unit::Decade => Some(10.0),
        Unit::Century => Some(100.0),
        _ => None,
    };
    if let (Some(k), Some(n)) = (years_per, amount) {
        return duration(Some(n * k), Unit::Year);
    }
    if let (Unit::Quarter, Some(n)) = (unit, amount)
        && n > 1.0
    {
        return duration(Some(n * 3.0), Unit::Month);
    }
    let (code, time) = unit.duration_code();
    let t = if time { "T" } else { "" };
    let Some(amount) = amount else {
        return format!("P{t}X{code}");
    };
    let whole = amount.trunc();
    let fraction = amount - whole;
    if fraction.abs() < 1e-9 {
        return format!("P{t}{}{code}", whole as i64);
    }
    match unit.smaller() {
        Some((small, k)) => {
            let (small_code, small_time) = small.duration_code();
            let rest = (fraction * k).round() as i64;
            let first = if whole > 0.0 {
                format!("{}{code}", whole as i64)
            } else {
                String::new()
            };
            match (time, small_time) {
                (false, true) => format!("P{first}T{rest}{small_code}"),
                _ => format!("P{t}{first}{rest}{small_code}"),
            }
        }
        None => format!("P{t}{amount}{code}"),
    }
}

fn anaphoric(unit: Unit, k: i64, ctx: &Context) -> Option<Normal> {
    if let Some(vague) = ctx.focus.and_then(|f| underspecified(unit, f)) {
        return Some(vague);
    }
    let anchor = ctx.focus.map_or(ctx.dct, |f| f.date);
    Some(match unit {
        Unit::Week => plain(
            TimexType::Date,
            week(anchor.checked_add_signed(chrono::Duration::weeks(k))?),
            None,
        ),
        Unit::Month => {
            let d = add_months(anchor, k as i32)?;
            month_normal(d.year(), d.month())?
        }
        Unit::Year => year_normal(anchor.year() + k as i32)?,
        _ => with_part(anchor.checked_add_signed(chrono::Duration::days(k))?, None),
    })
}

/// The n-th `wd` of a month, counting from its end when `n` is negative; None when the month
/// has no such day (a fifth Monday).
fn nth_weekday(y: i32, month: u32, wd: Weekday, n: i32) -> Option<NaiveDate> {
    if n < 0 {
        let next_month = add_months(NaiveDate::from_ymd_opt(y, month, 1)?, 1)?;
        let last = next_month.pred_opt()?;
        let back = (last.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
        return last.checked_sub_signed(chrono::Duration::days(i64::from(back)));
    }
    let d = NaiveDate::from_weekday_of_month_opt(y, month, wd, u8::try_from(n).ok()?)?;
    Some(d)
}

/// "That day" when the text under discussion is only a month or a year: the day is unknown, so
/// the value keeps what is known and marks the rest with X ("1998-10-XX", "1987-WXX").
fn underspecified(unit: Unit, focus: Focus) -> Option<Normal> {
    let (y, m) = (focus.date.year(), focus.date.month());
    let value = match (unit, focus.precision) {
        (Unit::Day, Precision::Month) => format!("{y:04}-{m:02}-XX"),
        (Unit::Day, Precision::Quarter | Precision::Year) => format!("{y:04}-XX-XX"),
        (Unit::Week, Precision::Month | Precision::Quarter | Precision::Year) => {
            format!("{y:04}-WXX")
        }
        (Unit::Month, Precision::Quarter | Precision::Year) => format!("{y:04}-XX"),
        _ => return None,
    };
    Some(plain(TimexType::Date, value, None))
}

fn holiday_date(h: Holiday, y: i32) -> Option<NaiveDate> {
    match h {
        Holiday::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
        Holiday::Thanksgiving => NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Thu, 4),
        Holiday::ElectionDay => NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Mon, 1)
            .and_then(|d| d.checked_add_days(Days::new(1))),
        Holiday::Easter => easter(y),
        Holiday::LaborDay => nth_weekday(y, 9, Weekday::Mon, 1),
        Holiday::MemorialDay => nth_weekday(y, 5, Weekday::Mon, -1),
    }
}

/// Western Easter Sunday (anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(duration(Some(8.0), Unit::Day), "P8D");
        assert_eq!(duration(Some(5.5), Unit::Hour), "PT5H30M");
        assert_eq!(duration(Some(2.5), Unit::Year), "P2Y6M");
        assert_eq!(duration(None, Unit::Year), "PXY");
        assert_eq!(duration(Some(1.5), Unit::Day), "P1DT12H");
        assert_eq!(duration(Some(2.0), Unit::Decade), "P20Y");
        assert_eq!(duration(Some(1.0), Unit::Century), "P100Y");
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2016), NaiveDate::from_ymd_opt(2016, 3, 27));
        assert_eq!(easter(1998), NaiveDate::from_ymd_opt(1998, 4, 12));
    }
}
