//! Calendar arithmetic for date filters: TIMEX3-like values to ranges of days.
//!
//! Days are counted from 1970-01-01. Knows nothing of text: values come from the model
//! (`PublicationDate::value`, `Event::value`) or from a query filter (`date:2016-09`).

/// The first and last day (inclusive) a value covers: `2016-09-19`, `2016-09`, `2016`,
/// `2016-W38`, `2016-Q3`, `2016-SU` (seasons SP/SU/FA/WI), `2016-H1`, `201` (a decade).
/// A time suffix (`T10:00`) is ignored. `/` and `.` are accepted as separators. Anything else,
/// including `XXXX-...` and `PRESENT_REF`, is `None`.
pub fn day_range(value: &str) -> Option<(i32, i32)> {
    let value = value.split('T').next()?.replace(['/', '.'], "-");
    let mut parts = value.split('-');
    let head = parts.next()?;
    if !head.bytes().all(|b| b.is_ascii_digit()) || head.is_empty() || head.len() > 4 {
        return None;
    }
    let n: i32 = head.parse().ok()?;
    let Some(second) = parts.next() else {
        return match head.len() {
            4 => Some((civil(n, 1, 1)?, civil(n, 12, 31)?)),
            3 => Some((civil(n * 10, 1, 1)?, civil(n * 10 + 9, 12, 31)?)),
            2 => Some((civil(n * 100, 1, 1)?, civil(n * 100 + 99, 12, 31)?)),
            _ => None,
        };
    };
    if head.len() != 4 {
        return None;
    }
    let year = n;
    let third = parts.next();
    if parts.next().is_some() {
        return None;
    }
    match (second.as_bytes().first()?, third) {
        (b'0'..=b'9', None) => {
            let month: u32 = second.parse().ok()?;
            Some((
                civil(year, month, 1)?,
                civil(year, month, month_days(year, month)?)?,
            ))
        }
        (b'0'..=b'9', Some(day)) => {
            let day = civil(year, second.parse().ok()?, day.parse().ok()?)?;
            Some((day, day))
        }
        (_, Some(_)) => None,
        (b'W', None) if second != "WI" => week(year, second[1..].parse().ok()?),
        (b'Q', None) => {
            let q: u32 = second[1..].parse().ok()?;
            months(year, 3 * q.checked_sub(1)? + 1, 3)
        }
        (b'H', None) => {
            let h: u32 = second[1..].parse().ok()?;
            months(year, 6 * h.checked_sub(1)? + 1, 6)
        }
        (_, None) => match second {
            "SP" => months(year, 3, 3),
            "SU" => months(year, 6, 3),
            "FA" | "AU" => months(year, 9, 3),
            "WI" => Some((civil(year, 12, 1)?, civil(year + 1, 3, 1)? - 1)),
            _ => None,
        },
    }
}

fn months(year: i32, first: u32, count: u32) -> Option<(i32, i32)> {
    let last = first + count - 1;
    if first == 0 || last > 12 {
        return None;
    }
    Some((
        civil(year, first, 1)?,
        civil(year, last, month_days(year, last)?)?,
    ))
}

/// ISO week `w` of `year`: Monday to Sunday.
fn week(year: i32, w: u32) -> Option<(i32, i32)> {
    if !(1..=53).contains(&w) {
        return None;
    }
    let jan4 = civil(year, 1, 4)?;
    let weekday = (jan4 + 3).rem_euclid(7); // 0 = Monday (1970-01-01 was a Thursday)
    let monday = jan4 - weekday + 7 * (w as i32 - 1);
    Some((monday, monday + 6))
}

fn month_days(year: i32, month: u32) -> Option<u32> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    Some(match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    })
}

/// Days since 1970-01-01 of a valid calendar date (H. Hinnant's algorithm).
pub fn civil(year: i32, month: u32, day: u32) -> Option<i32> {
    if day == 0 || day > month_days(year, month)? {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days() {
        assert_eq!(civil(1970, 1, 1), Some(0));
        assert_eq!(civil(2000, 3, 1), Some(11_017));
        assert_eq!(civil(2016, 2, 30), None);
    }

    #[test]
    fn ranges() {
        let d = |y, m, d| civil(y, m, d).unwrap();
        assert_eq!(
            day_range("2016-09-19"),
            Some((d(2016, 9, 19), d(2016, 9, 19)))
        );
        assert_eq!(
            day_range("2016/09/19T10:00"),
            Some((d(2016, 9, 19), d(2016, 9, 19)))
        );
        assert_eq!(day_range("2016-02"), Some((d(2016, 2, 1), d(2016, 2, 29))));
        assert_eq!(day_range("2016"), Some((d(2016, 1, 1), d(2016, 12, 31))));
        assert_eq!(day_range("199"), Some((d(1990, 1, 1), d(1999, 12, 31))));
        // 2016-W38 is Monday 19 to Sunday 25 September 2016.
        assert_eq!(
            day_range("2016-W38"),
            Some((d(2016, 9, 19), d(2016, 9, 25)))
        );
        assert_eq!(day_range("2016-Q3"), Some((d(2016, 7, 1), d(2016, 9, 30))));
        assert_eq!(day_range("2016-WI"), Some((d(2016, 12, 1), d(2017, 2, 28))));
        for bad in [
            "XXXX-09",
            "PRESENT_REF",
            "2016-13",
            "",
            "2016-09-19-1",
            "P8D",
        ] {
            assert_eq!(day_range(bad), None, "{bad}");
        }
    }
}
