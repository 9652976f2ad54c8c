//! Data-driven checks of the rules: `check(text, dct, ["extent=VALUE", ...])`. Every expected
//! value was worked out by hand from a calendar (e.g. 2016-10-26 was a Wednesday).

use chrono::NaiveDate;

use super::extract;

fn check(text: &str, dct: &str, expect: &[&str]) {
    let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").expect("test dct");
    let got: Vec<String> = extract(text, dct)
        .into_iter()
        .map(|t| format!("{}={}", t.text, t.value))
        .collect();
    assert_eq!(got, expect, "in {text:?}");
}

/// Document date used below: Wednesday 26 October 2016.
const WED: &str = "2016-10-26";

#[test]
fn explicit_dates() {
    check(
        "They met on October 23, 2016 in Rome.",
        WED,
        &["October 23, 2016=2016-10-23"],
    );
    check(
        "They met on Oct. 1 and September 9.",
        WED,
        &["Oct. 1=2016-10-01", "September 9=2016-09-09"],
    );
    check(
        "The rebels have held it since mid-2012.",
        WED,
        &["mid-2012=2012"],
    );
    check(
        "Convicted in June 1998 of theft.",
        WED,
        &["June 1998=1998-06"],
    );
    check(
        "On 09 Sep 2013 it rained.",
        WED,
        &["09 Sep 2013=2013-09-09"],
    );
    check("Prices may rise in May.", WED, &["May=2017-05"]);
    check("Prices rose in May.", WED, &["May=2016-05"]);
    check("Trade grew in the 1990s.", WED, &["the 1990s=199"]);
}

#[test]
fn the_tense_decides_which_weekday() {
    check("The ministers met on Monday.", WED, &["Monday=2016-10-24"]);
    check(
        "The ministers will meet on Monday.",
        WED,
        &["Monday=2016-10-31"],
    );
    check("He spoke last Tuesday.", WED, &["last Tuesday=2016-10-25"]);
    check(
        "They meet again next Monday.",
        WED,
        &["next Monday=2016-10-31"],
    );
    check(
        "Shelling resumed Wednesday night.",
        WED,
        &["Wednesday night=2016-10-26TNI"],
    );
    check(
        "Sunday, October 23 was quiet.",
        WED,
        &["Sunday, October 23=2016-10-23"],
    );
}

#[test]
fn deictic_and_unit_relative() {
    check(
        "It happened yesterday, not today.",
        WED,
        &["yesterday=2016-10-25", "today=2016-10-26"],
    );
    check(
        "Talks stalled last month and earlier this month.",
        WED,
        &["last month=2016-09", "earlier this month=2016-10"],
    );
    check("Exports fell last year.", WED, &["last year=2015"]);
    check(
        "Fighting went on over the weekend.",
        WED,
        &["the weekend=2016-W42-WE"],
    );
    check("Aid arrives this week.", WED, &["this week=2016-W43"]);
    check(
        "The deal was struck three years ago.",
        WED,
        &["three years ago=2013"],
    );
}

#[test]
fn durations_sets_and_references() {
    check(
        "Bombing over the past eight days killed dozens.",
        WED,
        &["the past eight days=P8D"],
    );
    check("The siege lasted two weeks.", WED, &["two weeks=P2W"]);
    check("A 16-hour flight.", WED, &["16-hour=PT16H"]);
    check("He waited 5 1/2 hours.", WED, &["5 1/2 hours=PT5H30M"]);
    check("Convoys run daily.", WED, &["daily=P1D"]);
    check(
        "He is now in Geneva and was recently in Moscow.",
        WED,
        &["now=PRESENT_REF", "recently=PAST_REF"],
    );
    check(
        "Talks resume in the coming days.",
        WED,
        &["the coming days=FUTURE_REF"],
    );
}

#[test]
fn fuzzy_points_keep_their_value_and_modifier() {
    let dct = NaiveDate::from_ymd_opt(2016, 10, 26).expect("date");
    let found = extract("It began in early July and ended in late August.", dct);
    let got: Vec<(&str, &str, Option<&str>)> = found
        .iter()
        .map(|t| (t.text.as_str(), t.value.as_str(), t.modifier))
        .collect();
    assert_eq!(
        got,
        vec![
            ("early July", "2016-07", Some("START")),
            ("late August", "2016-08", Some("END"))
        ]
    );
    let since = extract("Rebels have held it since 2012.", dct);
    assert_eq!(
        (since[0].value.as_str(), since[0].modifier),
        ("2012", Some("ON_OR_AFTER"))
    );
}

#[test]
fn clock_times_and_quarters_and_seasons() {
    check(
        "The strike hit at 9 a.m. on Tuesday.",
        WED,
        &["9 a.m. on Tuesday=2016-10-25T09:00"],
    );
    check(
        "Posted 05:40 PM ET.",
        WED,
        &["05:40 PM ET=2016-10-26T17:40"],
    );
    check(
        "Profit rose in the third quarter.",
        WED,
        &["the third quarter=2016-Q3"],
    );
    check("Sales fell last summer.", WED, &["last summer=2016-SU"]);
}

#[test]
fn char_offsets_count_unicode_scalars() {
    let dct = NaiveDate::from_ymd_opt(2016, 10, 26).expect("date");
    let found = extract("“Héllo” — on Monday.", dct);
    assert_eq!((found[0].char_start, found[0].char_end), (13, 19));
    assert_eq!(found[0].start, "“Héllo” — on ".len());
}

#[test]
fn ordinal_weekdays_of_a_month() {
    // 1 March 2017 was a Wednesday; 31 October 2016 a Monday.
    check(
        "Talks open on the first Monday of March 2017.",
        WED,
        &["the first Monday of March 2017=2017-03-06"],
    );
    check(
        "They met on the last Friday in October.",
        WED,
        &["the last Friday in October=2016-10-28"],
    );
}

#[test]
fn later_and_earlier_leave_the_length_only() {
    // TimeML: "later"/"earlier" are signals; the expression is the duration.
    check(
        "Three days later, the talks collapsed.",
        WED,
        &["Three days=P3D"],
    );
    // Reports compare with "a year earlier", annotated as the date it names.
    check(
        "A year earlier, exports were lower.",
        WED,
        &["A year earlier=2015"],
    );
}

#[test]
fn ages_are_not_time_expressions() {
    check("The envoy, 52 years old, resigned.", WED, &[]);
    check("A 10-year-old boy was hurt.", WED, &[]);
}

#[test]
fn an_unknown_day_within_a_known_year_stays_unknown() {
    check(
        "The plant opened in 1998. Workers struck that day.",
        WED,
        &["1998=1998", "that day=1998-XX-XX"],
    );
}

#[test]
fn only_a_one_year_comparison_follows_the_quarter() {
    check(
        "Profit rose in the third quarter. The plant opened two years ago.",
        WED,
        &["the third quarter=2016-Q3", "two years ago=2014"],
    );
}

#[test]
fn weeks_of_dates_halves_and_seasonal_sets() {
    // 6 March 2017 was a Monday in ISO week 10.
    check(
        "A hearing is set for the week of March 6, 2017.",
        WED,
        &["the week of March 6, 2017=2017-W10"],
    );
    check(
        "She spent a year and a half in prison.",
        WED,
        &["a year and a half=P1Y6M"],
    );
    check(
        "The river floods each summer.",
        WED,
        &["each summer=XXXX-SU"],
    );
    check(
        "Crime fell over the past two decades.",
        WED,
        &["the past two decades=P20Y"],
    );
}

#[test]
fn clock_times_take_the_day_under_discussion() {
    // 21 October 2016 was the Friday before the document date.
    check(
        "The blast came on Friday. It hit at 10:35 a.m. local time.",
        WED,
        &[
            "Friday=2016-10-21",
            "10:35 a.m. local time=2016-10-21T10:35",
        ],
    );
    // A lower-case word after the clock is not a time zone.
    check(
        "He was shot at 10 p.m. as he stood.",
        WED,
        &["10 p.m.=2016-10-26T22:00"],
    );
}

#[test]
fn the_past_after_a_preposition_is_the_past_itself() {
    check(
        "Crane said that in the past it considered a bid.",
        WED,
        &["the past=PAST_REF"],
    );
    check(
        "Prices rose over the past decade.",
        WED,
        &["the past decade=P10Y"],
    );
}

#[test]
fn paired_days_and_mid_parts_of_the_day() {
    check(
        "The summit meets on April 24 and 25.",
        WED,
        &["April 24=2017-04-24", "25=2017-04-25"],
    );
    check(
        "Shelling stopped by mid-afternoon yesterday.",
        WED,
        &["mid-afternoon yesterday=2016-10-25TAF"],
    );
}

#[test]
fn a_year_written_after_a_named_day_is_its_year() {
    check(
        "The tsunami struck on Boxing Day 2004.",
        WED,
        &["Boxing Day 2004=2004-12-26"],
    );
    check(
        "He was born on Christmas Day, 2004, and left on New Year's Eve 1999.",
        WED,
        &[
            "Christmas Day, 2004=2004-12-25",
            "New Year's Eve 1999=1999-12-31",
        ],
    );
    check(
        "Sales fell over Christmas 2004.",
        WED,
        &["Christmas 2004=2004-12-25"],
    );
    check(
        "The declaration was signed on July 4, 1776.",
        WED,
        &["July 4, 1776=1776-07-04"],
    );
    check(
        "Aceh was hit by the Boxing Day earthquake and tsunami in 2004, killing many.",
        WED,
        &["Boxing Day=2004-12-26", "2004=2004"],
    );
    check(
        "Aceh was hit by the \"Boxing Day\" tsunami in 2004.",
        WED,
        &["Boxing Day=2004-12-26", "2004=2004"],
    );
    check(
        "Aceh was hit by the 2004 Boxing Day tsunami.",
        WED,
        &["2004 Boxing Day=2004-12-26"],
    );
    // A comparison year is not the holiday's: without a year, Christmas is the nearest one.
    check(
        "Christmas sales were higher than in 2003.",
        WED,
        &["Christmas=2016-12-25", "2003=2003"],
    );
    // 1 Nov 1998 was a Sunday: its Thursdays are the 5th, 12th, 19th and 26th.
    check(
        "They met on Thanksgiving 1998.",
        WED,
        &["Thanksgiving 1998=1998-11-26"],
    );
    // 26 Sep 2016 was a Monday (30 days before Wednesday 26 Oct), so 5 Sep was the first.
    check(
        "The strike began on Labor Day 2016.",
        WED,
        &["Labor Day 2016=2016-09-05"],
    );
}

/// Friday 28 October 2016.
const FRI: &str = "2016-10-28";

#[test]
fn since_the_document_weekday_is_a_week_back() {
    check(
        "The road has been closed since Friday.",
        FRI,
        &["Friday=2016-10-21"],
    );
    check(
        "The road has been closed since Wednesday.",
        FRI,
        &["Wednesday=2016-10-26"],
    );
    // A bare weekday equal to the report's own is that day (the TimeBank convention).
    check(
        "Police said Friday the road was closed.",
        FRI,
        &["Friday=2016-10-28"],
    );
    check(
        "It has been closed since last Friday.",
        FRI,
        &["last Friday=2016-10-21"],
    );
}
