//! Time-axis arithmetic: calendar days as numbers, TIMEX3 values as day ranges, the visible
//! window and its zoom steps, and the tick marks for a zoom level.
//!
//! Plain functions on numbers and on the model's date strings (never on article text), so they
//! are unit-tested natively. Days are counted from 1970-01-01 (proleptic Gregorian); a fractional
//! day is a time of day.

/// Days from 1970-01-01 to the given civil date (negative before 1970).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    // Howard Hinnant's algorithm: shift the year to start in March so leap days come last.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `(year, month, day)` of a day number.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Day of the week, 0 = Monday … 6 = Sunday.
pub fn weekday(days: i64) -> u32 {
    // 1970-01-01 was a Thursday (3).
    (days + 3).rem_euclid(7) as u32
}

fn days_in_month(year: i64, month: u32) -> u32 {
    let next = if month == 12 { days_from_civil(year + 1, 1, 1) } else { days_from_civil(year, month + 1, 1) };
    (next - days_from_civil(year, month, 1)) as u32
}

/// `YYYY-MM-DD` as a day number; `None` for anything else or an impossible date.
pub fn parse_day(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits(&s[0..4])?;
    let month = digits(&s[5..7])? as u32;
    let day = digits(&s[8..10])? as u32;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

/// The `YYYY-MM-DD` text of a day number.
pub fn format_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn digits(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A half-open range of days `[start, end)`; a single calendar day is `[d, d + 1)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// First instant covered.
    pub start: f64,
    /// First instant after the range.
    pub end: f64,
}

impl Span {
    /// The calendar days `first ..= last`.
    pub fn days(first: i64, last: i64) -> Span {
        Span { start: first as f64, end: (last.max(first) + 1) as f64 }
    }

    /// Length in days.
    pub fn len(&self) -> f64 {
        self.end - self.start
    }

    /// True when the two ranges share any instant.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest range covering both.
    pub fn union(&self, other: &Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// The range of days a TIMEX3 value names: `2016-09-19`, `2016-09-19T08:25`, `2016-09-19TNI`,
/// `2016-09`, `2016-W38`, `2016-W38-WE`, `2016-Q3`, `2016-H2`, `2016-SU`, `2016`, `201` (a
/// decade), `20` (a century). `None` for values that name no calendar range (`PRESENT_REF`,
/// `XXXX-09-19`, durations).
pub fn timex_span(value: &str) -> Option<Span> {
    let value = value.trim();
    let (date, time) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let year = digits(parts.first()?)?;
    let year = match parts[0].len() {
        4 => year,
        3 if parts.len() == 1 && time.is_none() => {
            let first = days_from_civil(year * 10, 1, 1);
            return Some(Span { start: first as f64, end: days_from_civil(year * 10 + 10, 1, 1) as f64 });
        }
        2 if parts.len() == 1 && time.is_none() => {
            let first = days_from_civil(year * 100, 1, 1);
            return Some(Span { start: first as f64, end: days_from_civil(year * 100 + 100, 1, 1) as f64 });
        }
        _ => return None,
    };
    let year_span = || Span { start: days_from_civil(year, 1, 1) as f64, end: days_from_civil(year + 1, 1, 1) as f64 };
    let month_span = |from: u32, months: u32| {
        let start = days_from_civil(year, from, 1);
        let to = from + months;
        let end = days_from_civil(year + i64::from((to - 1) / 12), (to - 1) % 12 + 1, 1);
        Span { start: start as f64, end: end as f64 }
    };
    match parts.as_slice() {
        [_] if time.is_none() => Some(year_span()),
        [_, second] if time.is_none() => match *second {
            "SP" => Some(month_span(3, 3)),
            "SU" => Some(month_span(6, 3)),
            "FA" | "AU" => Some(month_span(9, 3)),
            "WI" => Some(month_span(12, 3)),
            _ => {
                if let Some(week) = second.strip_prefix('W') {
                    iso_week(year, digits(week)? as u32).map(|monday| Span::days(monday, monday + 6))
                } else if let Some(q) = second.strip_prefix('Q') {
                    let q = digits(q)? as u32;
                    (1..=4).contains(&q).then(|| month_span(q * 3 - 2, 3))
                } else if let Some(h) = second.strip_prefix('H') {
                    let h = digits(h)? as u32;
                    (1..=2).contains(&h).then(|| month_span(h * 6 - 5, 6))
                } else {
                    let m = digits(second)? as u32;
                    (second.len() == 2 && (1..=12).contains(&m)).then(|| month_span(m, 1))
                }
            }
        },
        [_, week, "WE"] if time.is_none() => {
            let monday = iso_week(year, digits(week.strip_prefix('W')?)? as u32)?;
            Some(Span::days(monday + 5, monday + 6))
        }
        [_, m, d] => {
            if m.len() != 2 || d.len() != 2 {
                return None;
            }
            let day = parse_day(date)?;
            Some(match time.map(time_of_day) {
                None | Some(None) => Span::days(day, day),
                Some(Some(fraction)) => {
                    let at = day as f64 + fraction;
                    Span { start: at, end: (at + 1.0 / 24.0).min(day as f64 + 1.0).max(at + 1.0 / 1440.0) }
                }
            })
        }
        _ => None,
    }
}

/// Fraction of the day of a TIMEX3 time (`08:25`, `24:00`); `None` for parts of day (`NI`, `MO`).
fn time_of_day(t: &str) -> Option<f64> {
    let (h, m) = t.split_once(':').unwrap_or((t, "00"));
    if h.len() != 2 {
        return None;
    }
    let h = digits(h)?;
    let m = digits(m.get(0..2)?)?;
    if h > 24 || m > 59 {
        return None;
    }
    // 24:00 is the end of the day: keep it inside the day it names.
    Some(((h * 60 + m) as f64 / 1440.0).min(1439.0 / 1440.0))
}

/// The Monday of ISO week `week` of `year`.
pub fn iso_week(year: i64, week: u32) -> Option<i64> {
    if !(1..=53).contains(&week) {
        return None;
    }
    let jan4 = days_from_civil(year, 1, 4);
    let monday1 = jan4 - i64::from(weekday(jan4));
    Some(monday1 + 7 * i64::from(week - 1))
}

/// The narrowest visible span (days across the axis) and the widest.
pub const MIN_SPAN: f64 = 3.0;
/// 150 years.
pub const MAX_SPAN: f64 = 150.0 * 365.25;

/// What the axis shows: the day at its centre and how many days fit across it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// Day number at the middle of the axis.
    pub center: f64,
    /// Days across the whole width of the axis.
    pub span: f64,
}

impl View {
    /// A view, with the span clamped to the zoom limits.
    pub fn new(center: f64, span: f64) -> View {
        let span = if span.is_finite() { span.clamp(MIN_SPAN, MAX_SPAN) } else { MAX_SPAN };
        let center = if center.is_finite() { center } else { 0.0 };
        View { center, span }
    }

    /// A view showing `range` with a margin on each side, the wider one on the right where
    /// the labels of the latest marks run.
    pub fn fit(range: Span) -> View {
        let len = range.len().max(MIN_SPAN);
        let span = len * 1.3 + 2.0;
        View::new(range.start - len * 0.05 - 1.0 + span / 2.0, span)
    }

    /// First visible instant.
    pub fn left(&self) -> f64 {
        self.center - self.span / 2.0
    }

    /// The visible range.
    pub fn window(&self) -> Span {
        Span { start: self.left(), end: self.left() + self.span }
    }

    /// Pixels per day on an axis `width` pixels wide.
    pub fn px_per_day(&self, width: f64) -> f64 {
        width.max(1.0) / self.span
    }

    /// Zoomed by `factor` (< 1 zooms in) keeping the instant at `anchor` (0 = left edge,
    /// 1 = right edge) where it is.
    pub fn zoom(&self, factor: f64, anchor: f64) -> View {
        let anchor = if anchor.is_finite() { anchor.clamp(0.0, 1.0) } else { 0.5 };
        let at = self.left() + anchor * self.span;
        let span = View::new(0.0, self.span * factor).span;
        View::new(at - anchor * span + span / 2.0, span)
    }

    /// Moved by `days` (positive moves later in time).
    pub fn pan(&self, days: f64) -> View {
        View::new(self.center + days, self.span)
    }

    /// Kept within reach of `extent`: the centre may not leave it by more than one view width.
    pub fn within(&self, extent: Span) -> View {
        let lo = extent.start - self.span / 2.0;
        let hi = extent.end + self.span / 2.0;
        View::new(if lo < hi { self.center.clamp(lo, hi) } else { self.center }, self.span)
    }

    /// Centred on `span` if it is not fully visible (zoom unchanged).
    pub fn reveal(&self, span: Span) -> View {
        let w = self.window();
        if span.start >= w.start && span.end <= w.end {
            *self
        } else {
            View::new(span.start + span.len().min(self.span) / 2.0, self.span)
        }
    }

    /// True when the two views differ by less than what the URL can record.
    pub fn close_to(&self, other: &View) -> bool {
        (self.span / other.span - 1.0).abs() < 0.01 && (self.center - other.center).abs() < self.span * 0.01
    }
}

/// The `zoom` URL parameter: days across the axis, three significant digits.
pub fn format_zoom(span: f64) -> String {
    if span >= 1000.0 {
        let magnitude = 10f64.powi(span.log10().floor() as i32 - 2);
        return format!("{}", ((span / magnitude).round() * magnitude) as i64);
    }
    let decimals = if span >= 100.0 { 0 } else if span >= 10.0 { 1 } else { 2 };
    let text = format!("{span:.decimals$}");
    if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.').to_owned() } else { text }
}

/// The `at` URL parameter: the centre day, with the hour when zoomed in close enough to need it.
pub fn format_at(center: f64, span: f64) -> String {
    let day = center.floor();
    let date = format_day(day as i64);
    if span <= 60.0 {
        let minutes = ((center - day) * 1440.0).round() as i64;
        let (h, m) = (minutes / 60, (minutes % 60) / 15 * 15);
        if h >= 24 { format_day(day as i64 + 1) } else { format!("{date}T{h:02}:{m:02}") }
    } else {
        date
    }
}

/// Reads an `at` parameter (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`); a bare day means its middle.
pub fn parse_at(at: &str) -> Option<f64> {
    match at.split_once('T') {
        Some((d, t)) => Some(parse_day(d)? as f64 + time_of_day(t)?),
        None => parse_day(at).map(|d| d as f64 + 0.5),
    }
}

/// The unit between tick marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TickUnit {
    /// Every day.
    Day,
    /// Every Monday.
    Week,
    /// Every first of the month.
    Month,
    /// Every first of January, April, July, October.
    Quarter,
    /// Every first of January.
    Year,
    /// Every fifth year.
    FiveYears,
    /// Every decade.
    Decade,
}

impl TickUnit {
    const ALL: [TickUnit; 7] = [
        TickUnit::Day,
        TickUnit::Week,
        TickUnit::Month,
        TickUnit::Quarter,
        TickUnit::Year,
        TickUnit::FiveYears,
        TickUnit::Decade,
    ];

    /// Typical days between two ticks.
    pub fn nominal_days(self) -> f64 {
        match self {
            TickUnit::Day => 1.0,
            TickUnit::Week => 7.0,
            TickUnit::Month => 30.44,
            TickUnit::Quarter => 91.31,
            TickUnit::Year => 365.25,
            TickUnit::FiveYears => 5.0 * 365.25,
            TickUnit::Decade => 10.0 * 365.25,
        }
    }

    /// The name of the level, for people ("days", "months").
    pub fn name(self) -> &'static str {
        match self {
            TickUnit::Day => "days",
            TickUnit::Week => "weeks",
            TickUnit::Month => "months",
            TickUnit::Quarter => "quarters",
            TickUnit::Year => "years",
            TickUnit::FiveYears => "five-year steps",
            TickUnit::Decade => "decades",
        }
    }
}

/// The least room a tick label needs, in pixels.
pub const MIN_TICK_PX: f64 = 64.0;

/// The finest unit whose ticks are at least [`MIN_TICK_PX`] apart at this scale.
pub fn tick_unit(px_per_day: f64) -> TickUnit {
    TickUnit::ALL
        .into_iter()
        .find(|u| u.nominal_days() * px_per_day >= MIN_TICK_PX)
        .unwrap_or(TickUnit::Decade)
}

/// One tick mark on the axis.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tick {
    /// The day it marks (its start).
    pub day: i64,
    /// What it says.
    pub label: String,
    /// True when it also starts the next larger unit (a new month among days, a new year …).
    pub major: bool,
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAMES: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn month_abbr(m: u32) -> &'static str {
    MONTHS[(m.clamp(1, 12) - 1) as usize]
}

/// The full English name of month `m` (1–12).
pub fn month_name(m: u32) -> &'static str {
    MONTH_NAMES[(m.clamp(1, 12) - 1) as usize]
}

/// Every tick of `unit` from `from` to `to` (day numbers), at most `limit` of them.
pub fn ticks(unit: TickUnit, from: f64, to: f64, limit: usize) -> Vec<Tick> {
    let mut out = Vec::new();
    if !(from.is_finite() && to.is_finite()) || to < from {
        return out;
    }
    let first = from.floor() as i64;
    let last = to.ceil() as i64;
    let (y0, _, _) = civil_from_days(first);
    let (y1, _, _) = civil_from_days(last);
    let push = |out: &mut Vec<Tick>, day: i64, label: String, major: bool| {
        if day >= first && day <= last && out.len() < limit {
            out.push(Tick { day, label, major });
        }
    };
    match unit {
        TickUnit::Day | TickUnit::Week => {
            let step = if unit == TickUnit::Day { 1 } else { 7 };
            let mut day = if unit == TickUnit::Day { first } else { first - i64::from(weekday(first)) };
            while day <= last && out.len() < limit {
                let (y, m, d) = civil_from_days(day);
                let (label, major) = match unit {
                    TickUnit::Day if d == 1 => (format!("{} 1 {}", WEEKDAYS[weekday(day) as usize], month_abbr(m)), true),
                    TickUnit::Day => (format!("{} {d}", WEEKDAYS[weekday(day) as usize]), false),
                    _ if d <= 7 && m == 1 => (format!("{d} {} {y}", month_abbr(m)), true),
                    _ => (format!("{d} {}", month_abbr(m)), d <= 7),
                };
                push(&mut out, day, label, major);
                day += step;
            }
        }
        TickUnit::Month | TickUnit::Quarter => {
            let step = if unit == TickUnit::Month { 1 } else { 3 };
            for y in y0..=y1 {
                for m in (1..=12).step_by(step) {
                    let day = days_from_civil(y, m, 1);
                    let label = if m == 1 { format!("{} {y}", month_abbr(m)) } else { month_abbr(m).to_owned() };
                    push(&mut out, day, label, m == 1);
                }
            }
        }
        TickUnit::Year | TickUnit::FiveYears | TickUnit::Decade => {
            let step = match unit {
                TickUnit::Year => 1,
                TickUnit::FiveYears => 5,
                _ => 10,
            };
            let mut y = y0.div_euclid(step) * step;
            while y <= y1 {
                let day = days_from_civil(y, 1, 1);
                let label = if unit == TickUnit::Decade { format!("{y}s") } else { y.to_string() };
                let major = if unit == TickUnit::Decade { y % 100 == 0 } else { y % 10 == 0 };
                push(&mut out, day, label, major);
                y += step;
            }
        }
    }
    out
}

/// The larger unit a reader needs to place the ticks: "September 2016" among days and weeks,
/// "2016" among months and quarters; nothing for years and longer.
pub fn axis_context(unit: TickUnit, center: f64) -> String {
    let (y, m, _) = civil_from_days(center.floor() as i64);
    match unit {
        TickUnit::Day | TickUnit::Week => format!("{} {y}", month_name(m)),
        TickUnit::Month | TickUnit::Quarter => y.to_string(),
        _ => String::new(),
    }
}

/// A day number as people read it: "19 September 2016".
pub fn human_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{d} {} {y}", month_name(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> f64 {
        parse_day(s).unwrap() as f64
    }

    #[test]
    fn civil_round_trips_and_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for d in [-800_000, -1, 0, 59, 365, 11_016, 17_063, 2_000_000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        // 19 September 2016 was a Monday; 1 October 2016 a Saturday.
        assert_eq!(weekday(parse_day("2016-09-19").unwrap()), 0);
        assert_eq!(weekday(parse_day("2016-10-01").unwrap()), 5);
        assert_eq!(format_day(parse_day("2016-02-29").unwrap()), "2016-02-29");
    }

    #[test]
    fn parse_day_rejects_impossible_dates() {
        assert_eq!(parse_day("2015-02-29"), None);
        assert_eq!(parse_day("2016-13-01"), None);
        assert_eq!(parse_day("2016-9-19"), None);
        assert_eq!(parse_day("XXXX-09-19"), None);
        assert_eq!(parse_day(""), None);
    }

    #[test]
    fn timex_values_become_calendar_ranges() {
        let check = |value: &str, first: &str, last: &str| {
            let span = timex_span(value).unwrap_or_else(|| panic!("{value} has no span"));
            assert_eq!((span.start, span.end), (day(first), day(last) + 1.0), "{value}");
        };
        check("2016-09-19", "2016-09-19", "2016-09-19");
        check("2016-09", "2016-09-01", "2016-09-30");
        check("2016-02", "2016-02-01", "2016-02-29");
        check("2016-12", "2016-12-01", "2016-12-31");
        check("2016", "2016-01-01", "2016-12-31");
        check("201", "2010-01-01", "2019-12-31");
        check("19", "1900-01-01", "1999-12-31");
        // ISO week 38 of 2016: Monday 19 to Sunday 25 September; its weekend the 24th and 25th.
        check("2016-W38", "2016-09-19", "2016-09-25");
        check("2016-W42-WE", "2016-10-22", "2016-10-23");
        // Week 1 of 2016 starts on 4 January; week 1 of 2015 on 29 December 2014.
        check("2016-W01", "2016-01-04", "2016-01-10");
        check("2015-W01", "2014-12-29", "2015-01-04");
        check("2016-Q3", "2016-07-01", "2016-09-30");
        check("2016-H2", "2016-07-01", "2016-12-31");
        check("2016-SU", "2016-06-01", "2016-08-31");
        check("2016-WI", "2016-12-01", "2017-02-28");
        check("2016-10-24TNI", "2016-10-24", "2016-10-24");
    }

    #[test]
    fn times_are_points_inside_their_day() {
        let s = timex_span("2016-10-25T08:25").unwrap();
        assert!((s.start - (day("2016-10-25") + (8.0 * 60.0 + 25.0) / 1440.0)).abs() < 1e-9);
        assert!(s.end > s.start && s.end <= day("2016-10-26"));
        let midnight = timex_span("2016-09-15T24:00").unwrap();
        assert!(midnight.start >= day("2016-09-15") && midnight.end <= day("2016-09-16"));
    }

    #[test]
    fn odd_values_have_no_span() {
        for v in ["PRESENT_REF", "PAST_REF", "XXXX-09-19", "P8D", "", "2016-W99", "2016-00", "2016-Q5", "2016-9", "abcd", "T10:00"] {
            assert_eq!(timex_span(v).map(|_| ()), None, "{v}");
        }
    }

    #[test]
    fn zoom_keeps_the_anchor_in_place_and_respects_limits() {
        let v = View::new(100.0, 40.0);
        let z = v.zoom(0.5, 0.25);
        // The instant a quarter of the way across (day 90) stays a quarter of the way across.
        assert!((z.left() + 0.25 * z.span - 90.0).abs() < 1e-9);
        assert_eq!(z.span, 20.0);
        assert_eq!(v.zoom(1e-9, 0.5).span, MIN_SPAN);
        assert_eq!(v.zoom(1e12, 0.5).span, MAX_SPAN);
        assert_eq!(View::new(f64::NAN, f64::INFINITY), View { center: 0.0, span: MAX_SPAN });
        assert_eq!(v.pan(10.0).center, 110.0);
    }

    #[test]
    fn views_fit_reveal_and_stay_near_the_data() {
        let extent = Span::days(0, 99);
        let fitted = View::fit(extent);
        assert!(fitted.window().start <= 0.0 && fitted.window().end >= 100.0);
        let v = View::new(10_000.0, 10.0).within(extent);
        assert!(v.center <= 105.0);
        let shown = View::new(50.0, 10.0);
        assert_eq!(shown.reveal(Span::days(50, 50)), shown);
        assert!((shown.reveal(Span::days(80, 80)).center - 80.5).abs() < 1e-9);
    }

    #[test]
    fn url_parameters_round_trip() {
        assert_eq!(format_zoom(3650.0), "3650");
        assert_eq!(format_zoom(36_512.7), "36500");
        assert_eq!(format_zoom(14.0), "14");
        assert_eq!(format_zoom(7.25), "7.25");
        let center = day("2016-09-19") + 0.5;
        assert_eq!(format_at(center, 3650.0), "2016-09-19");
        assert_eq!(format_at(center, 14.0), "2016-09-19T12:00");
        assert_eq!(parse_at("2016-09-19"), Some(center));
        assert_eq!(parse_at("2016-09-19T12:00"), Some(center));
        assert_eq!(parse_at("19 September"), None);
    }

    #[test]
    fn tick_unit_follows_the_scale() {
        assert_eq!(tick_unit(100.0), TickUnit::Day);
        assert_eq!(tick_unit(10.0), TickUnit::Week);
        assert_eq!(tick_unit(2.5), TickUnit::Month);
        assert_eq!(tick_unit(1.0), TickUnit::Quarter);
        assert_eq!(tick_unit(0.2), TickUnit::Year);
        assert_eq!(tick_unit(0.04), TickUnit::FiveYears);
        assert_eq!(tick_unit(0.0001), TickUnit::Decade);
    }

    #[test]
    fn ticks_and_labels_at_every_level() {
        let labels = |unit, from: &str, to: &str| {
            ticks(unit, day(from), day(to), 100).into_iter().map(|t| t.label).collect::<Vec<_>>()
        };
        assert_eq!(labels(TickUnit::Day, "2016-09-29", "2016-10-02"), ["Thu 29", "Fri 30", "Sat 1 Oct", "Sun 2"]);
        assert_eq!(labels(TickUnit::Week, "2016-09-18", "2016-10-04"), ["19 Sep", "26 Sep", "3 Oct"]);
        assert_eq!(labels(TickUnit::Month, "2016-10-15", "2017-02-01"), ["Nov", "Dec", "Jan 2017", "Feb"]);
        assert_eq!(labels(TickUnit::Quarter, "2016-02-01", "2016-12-31"), ["Apr", "Jul", "Oct"]);
        assert_eq!(labels(TickUnit::Year, "2010-06-01", "2013-01-01"), ["2011", "2012", "2013"]);
        assert_eq!(labels(TickUnit::FiveYears, "2003-01-01", "2016-01-01"), ["2005", "2010", "2015"]);
        assert_eq!(labels(TickUnit::Decade, "1985-01-01", "2016-01-01"), ["1990s", "2000s", "2010s"]);
        let days = ticks(TickUnit::Day, day("2016-09-29"), day("2016-10-02"), 100);
        assert_eq!(days.iter().map(|t| t.major).collect::<Vec<_>>(), [false, false, true, false]);
        assert_eq!(ticks(TickUnit::Day, 0.0, 10_000.0, 5).len(), 5);
        assert!(ticks(TickUnit::Day, 10.0, 0.0, 5).is_empty());
        assert!(ticks(TickUnit::Day, f64::NAN, 0.0, 5).is_empty());
    }

    #[test]
    fn context_and_human_dates() {
        let c = day("2016-09-19") + 0.5;
        assert_eq!(axis_context(TickUnit::Day, c), "September 2016");
        assert_eq!(axis_context(TickUnit::Month, c), "2016");
        assert_eq!(axis_context(TickUnit::Year, c), "");
        assert_eq!(human_day(parse_day("2016-09-09").unwrap()), "9 September 2016");
    }
}
