//! What the timeline shows and where: each event's calendar ranges (one mark per date when its
//! sources disagree), the filters, lanes by source or by actor, rows inside a lane so labels do
//! not overlap.
//!
//! Plain functions over the corpus model, unit-tested natively; no DOM and no parsing of article
//! text (the text filter is a substring test on the model's strings).

use std::collections::HashMap;

use dossier_model::{Corpus, Event, Granularity};

use super::scale::{Span, human_day, month_name, parse_day, timex_span};

/// One event, prepared once for drawing and filtering.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    /// Index into `Corpus::timeline`.
    pub index: usize,
    /// Everything the event covers (all its marks), or `None` when no date of it can be placed.
    pub span: Option<Span>,
    /// What is drawn: one mark per distinct date (several when the sources disagree).
    pub marks: Vec<Mark>,
    /// Documents that mention it (indices into `Corpus::documents`), in first-mention order.
    pub docs: Vec<usize>,
    /// Lower-cased label, time expressions, sentences and actors: what the text filter searches.
    pub haystack: String,
}

/// One drawn date of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// The days it covers.
    pub span: Span,
    /// The TIMEX3 value it draws.
    pub value: String,
    /// The documents that give this date (all the event's documents unless the sources disagree).
    pub docs: Vec<usize>,
}

/// The prepared timeline of a corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimelineData {
    /// One entry per `Corpus::timeline` event, same order.
    pub events: Vec<Prepared>,
    /// Every actor named by some event, most events first.
    pub actors: Vec<String>,
    /// The range covering every placeable event.
    pub extent: Option<Span>,
}

impl TimelineData {
    /// Prepares every event of `corpus`.
    pub fn new(corpus: &Corpus) -> TimelineData {
        let events: Vec<Prepared> = corpus.timeline.iter().enumerate().map(|(i, e)| prepare(corpus, i, e)).collect();
        let extent = events.iter().filter_map(|p| p.span).reduce(|a, b| a.union(&b));
        let actors = by_frequency(corpus.timeline.iter().flat_map(|e| e.actors.iter().map(String::as_str)));
        TimelineData { events, actors: actors.into_iter().map(str::to_owned).collect(), extent }
    }
}

fn prepare(corpus: &Corpus, index: usize, event: &Event) -> Prepared {
    let mut docs: Vec<usize> = Vec::new();
    for m in &event.mentions {
        if let Some(d) = corpus.documents.iter().position(|d| d.id == m.at.doc) {
            if !docs.contains(&d) {
                docs.push(d);
            }
        }
    }
    let publication = docs
        .iter()
        .filter_map(|&d| corpus.documents[d].date.as_ref().and_then(|p| parse_day(&p.value)))
        .max();
    let marks = if event.conflict && event.values.len() > 1 {
        event
            .values
            .iter()
            .filter_map(|v| {
                let span = timex_span(v)?;
                let giving: Vec<usize> = docs
                    .iter()
                    .copied()
                    .filter(|&d| {
                        event.mentions.iter().any(|m| m.value == *v && m.at.doc == corpus.documents[d].id)
                    })
                    .collect();
                Some(Mark { span, value: v.clone(), docs: if giving.is_empty() { docs.clone() } else { giving } })
            })
            .collect()
    } else {
        whole_span(event, publication)
            .map(|span| vec![Mark { span, value: event.value.clone(), docs: docs.clone() }])
            .unwrap_or_default()
    };
    let span = marks.iter().map(|m| m.span).reduce(|a, b| a.union(&b));
    let mut haystack = event.label.to_lowercase();
    for m in &event.mentions {
        haystack.push('\n');
        haystack.push_str(&m.text.to_lowercase());
        if let Some(s) = corpus.sentence(&m.at) {
            haystack.push('\n');
            haystack.push_str(&s.text.to_lowercase());
        }
    }
    for a in &event.actors {
        haystack.push('\n');
        haystack.push_str(&a.to_lowercase());
    }
    Prepared { index, span, marks, docs, haystack }
}

/// The event's range: the model's `start`/`end` when present, else its TIMEX3 value; an open
/// range runs to the publication date.
fn whole_span(event: &Event, publication: Option<i64>) -> Option<Span> {
    let from_value = timex_span(&event.value);
    // A time of day keeps its own short span inside the day.
    if let Some(s) = from_value.filter(|s| s.len() < 1.0) {
        return Some(s);
    }
    let start = parse_day(&event.start).map(|d| d as f64).or(from_value.map(|s| s.start))?;
    let end = match parse_day(&event.end) {
        Some(last) => (last + 1) as f64,
        None if event.open_end => publication.map(|p| (p + 1) as f64).or(from_value.map(|s| s.end)).unwrap_or(start + 1.0),
        None => from_value.map_or(start + 1.0, |s| s.end),
    };
    Some(Span { start, end: end.max(start + 1.0) })
}

/// Distinct names, most frequent first (ties in alphabetical order).
fn by_frequency<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for name in names {
        *counts.entry(name).or_default() += 1;
    }
    let mut sorted: Vec<(&str, usize)> = counts.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    sorted.into_iter().map(|(name, _)| name).collect()
}

/// Which events to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only events mentioned by this document (its id).
    pub source: Option<String>,
    /// Only events naming this actor.
    pub actor: Option<String>,
    /// Only events whose label, time expressions, sentences or actors contain this text
    /// (case-insensitive).
    pub text: String,
}

impl Filter {
    /// True when nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self.source.is_none() && self.actor.is_none() && self.text.trim().is_empty()
    }
}

/// The events `filter` lets through (indices into `data.events`), in time order: by start, then
/// end, then model order; events without a placeable date come last.
pub fn shown(corpus: &Corpus, data: &TimelineData, filter: &Filter) -> Vec<usize> {
    let needle = filter.text.trim().to_lowercase();
    let source = filter.source.as_deref().and_then(|id| corpus.documents.iter().position(|d| d.id == id));
    let mut out: Vec<usize> = data
        .events
        .iter()
        .enumerate()
        .filter(|(_, p)| match (&filter.source, source) {
            (None, _) => true,
            (Some(_), Some(d)) => p.docs.contains(&d),
            (Some(_), None) => false,
        })
        .filter(|(_, p)| {
            filter.actor.as_ref().is_none_or(|a| corpus.timeline.get(p.index).is_some_and(|e| e.actors.contains(a)))
        })
        .filter(|(_, p)| needle.is_empty() || p.haystack.contains(&needle))
        .map(|(i, _)| i)
        .collect();
    out.sort_by(|&a, &b| {
        let (pa, pb) = (&data.events[a], &data.events[b]);
        match (pa.span, pb.span) {
            (Some(x), Some(y)) => x.start.total_cmp(&y.start).then(x.end.total_cmp(&y.end)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then(pa.index.cmp(&pb.index))
    });
    out
}

/// How the axis groups events into horizontal lanes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LaneMode {
    /// One lane per document.
    #[default]
    Source,
    /// One lane per actor (the most frequent ones; the rest share a lane).
    Actor,
}

impl LaneMode {
    /// The `lane` URL parameter value.
    pub fn as_param(self) -> &'static str {
        match self {
            LaneMode::Source => "source",
            LaneMode::Actor => "actor",
        }
    }

    /// Reads the `lane` URL parameter (anything unknown means by source).
    pub fn from_param(p: Option<&str>) -> LaneMode {
        if p == Some("actor") { LaneMode::Actor } else { LaneMode::Source }
    }
}

/// At most this many actors get a lane of their own; the rest share "Other actors".
pub const MAX_ACTOR_LANES: usize = 12;

/// A lane: its title and how many rows of items it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// What the lane gathers (a document title, an actor).
    pub title: String,
    /// Rows of items (at least one).
    pub rows: u32,
}

/// One drawn item: a mark of an event in a lane.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// Index into `TimelineData::events`.
    pub event: usize,
    /// Index of the mark within the event.
    pub mark: usize,
    /// Index into `Layout::lanes`.
    pub lane: usize,
    /// The days it covers.
    pub span: Span,
    /// Its row within the lane.
    pub row: u32,
    /// True when there was no room for its label.
    pub compact: bool,
}

/// Lanes and every item in them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// The lanes, top to bottom.
    pub lanes: Vec<Lane>,
    /// Every item, grouped by lane, by start within a lane.
    pub items: Vec<Placed>,
}

/// How much room a label takes and how many rows a lane may use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Packing {
    /// Pixels per day at the current zoom.
    pub px_per_day: f64,
    /// Rows a lane may use before labels are dropped.
    pub max_rows: u32,
    /// Estimated pixels per label character.
    pub px_per_char: f64,
    /// Widest a label is drawn.
    pub max_label_px: f64,
}

impl Packing {
    /// Pixels an item takes: its span, or its label when that is wider.
    fn extent_px(&self, span: Span, label_chars: usize) -> (f64, f64) {
        let bar = (span.len() * self.px_per_day).max(8.0);
        let label = (label_chars as f64 * self.px_per_char + 16.0).min(self.max_label_px);
        (bar, bar.max(label))
    }
}

/// Events grouped into lanes, before rows are packed: `(title, [(event, mark, span)])`, each
/// lane sorted by start. Depends on the filters and the lane mode, not on the zoom.
pub type Grouped = Vec<(String, Vec<(usize, usize, Span)>)>;

/// Puts the `shown` events into lanes by `mode` and packs each lane into rows.
#[cfg(test)]
pub fn lay_out(corpus: &Corpus, data: &TimelineData, shown: &[usize], mode: LaneMode, packing: Packing) -> Layout {
    pack(corpus, data, &group(corpus, data, shown, mode), packing)
}

/// Puts the `shown` events into lanes by `mode`.
pub fn group(corpus: &Corpus, data: &TimelineData, shown: &[usize], mode: LaneMode) -> Grouped {
    let mut lanes: Grouped = Vec::new();
    match mode {
        LaneMode::Source => {
            for (d, doc) in corpus.documents.iter().enumerate() {
                let mut items = Vec::new();
                for &e in shown {
                    for (k, mark) in data.events[e].marks.iter().enumerate() {
                        if mark.docs.contains(&d) {
                            items.push((e, k, mark.span));
                        }
                    }
                }
                if !items.is_empty() {
                    lanes.push((doc.title.clone(), items));
                }
            }
        }
        LaneMode::Actor => {
            let named_in_shown = shown.iter().flat_map(|&e| {
                corpus.timeline.get(data.events[e].index).map(|e| e.actors.as_slice()).unwrap_or(&[]).iter().map(String::as_str)
            });
            let own: Vec<&str> = by_frequency(named_in_shown).into_iter().take(MAX_ACTOR_LANES).collect();
            let mut named: Vec<Vec<(usize, usize, Span)>> = vec![Vec::new(); own.len()];
            let (mut others, mut nobody) = (Vec::new(), Vec::new());
            for &e in shown {
                let actors = corpus.timeline.get(data.events[e].index).map(|e| e.actors.as_slice()).unwrap_or(&[]);
                let marks = data.events[e].marks.iter().enumerate().map(|(k, m)| (e, k, m.span));
                if actors.is_empty() {
                    nobody.extend(marks);
                    continue;
                }
                let mut in_own_lane = false;
                for a in actors {
                    if let Some(i) = own.iter().position(|o| o == a) {
                        named[i].extend(marks.clone());
                        in_own_lane = true;
                    }
                }
                if !in_own_lane {
                    others.extend(marks);
                }
            }
            for (a, items) in own.iter().zip(named) {
                lanes.push(((*a).to_owned(), items));
            }
            if !others.is_empty() {
                lanes.push(("Other actors".to_owned(), others));
            }
            if !nobody.is_empty() {
                lanes.push(("No named actor".to_owned(), nobody));
            }
        }
    }
    for (_, items) in &mut lanes {
        items.sort_by(|a, b| a.2.start.total_cmp(&b.2.start).then(a.0.cmp(&b.0)));
    }
    lanes
}

/// Packs each lane's items into rows at the zoom `packing` describes.
pub fn pack(corpus: &Corpus, data: &TimelineData, lanes: &Grouped, packing: Packing) -> Layout {
    let mut layout = Layout::default();
    for (lane_index, (title, items)) in lanes.iter().enumerate() {
        let mut row_ends: Vec<f64> = Vec::new();
        for &(event, mark, span) in items {
            let chars = corpus.timeline.get(data.events[event].index).map_or(0, |e| e.label.chars().count());
            let x = span.start * packing.px_per_day;
            let (bar, full) = packing.extent_px(span, chars);
            let (row, compact) = match row_ends.iter().position(|&end| end <= x) {
                Some(r) => {
                    row_ends[r] = x + full + 4.0;
                    (r, false)
                }
                None if (row_ends.len() as u32) < packing.max_rows.max(1) => {
                    row_ends.push(x + full + 4.0);
                    (row_ends.len() - 1, false)
                }
                None => {
                    // No room: share the row that frees up first, without a label.
                    let r = (0..row_ends.len()).min_by(|&a, &b| row_ends[a].total_cmp(&row_ends[b])).unwrap_or(0);
                    row_ends[r] = row_ends[r].max(x + bar + 2.0);
                    (r, true)
                }
            };
            layout.items.push(Placed { event, mark, lane: lane_index, span, row: row as u32, compact });
        }
        layout.lanes.push(Lane { title: title.clone(), rows: (row_ends.len() as u32).max(1) });
    }
    layout
}

/// The event before or after `current` in `order` (`step` -1 or +1); the first or last one when
/// nothing is selected or the selection is filtered out.
pub fn step_in(order: &[usize], current: Option<usize>, step: i32) -> Option<usize> {
    let pos = current.and_then(|c| order.iter().position(|&e| e == c));
    match pos {
        Some(p) => {
            let next = p as i64 + i64::from(step);
            order.get(next.clamp(0, order.len() as i64 - 1) as usize).copied()
        }
        None if step < 0 => order.last().copied(),
        None => order.first().copied(),
    }
}

/// The event of `order` whose date is nearest to `day` (where keyboard navigation starts).
pub fn nearest(data: &TimelineData, order: &[usize], day: f64) -> Option<usize> {
    order
        .iter()
        .copied()
        .filter_map(|e| data.events[e].span.map(|s| (e, (s.start - day).abs().min((s.end - day).abs()))))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(e, _)| e)
}

/// How an event's date reads: "9 September 2016", "early July 2016", "since 2011",
/// "week of 26 September 2016", "25 October 2016, 08:25".
pub fn human_date(value: &str, granularity: Granularity, modifier: Option<&str>, open_end: bool) -> String {
    let base = human_value(value).unwrap_or_else(|| value.to_owned());
    let modified = match (modifier, granularity) {
        (Some("START"), g) if g >= Granularity::Month => format!("early {base}"),
        (Some("MID"), g) if g >= Granularity::Month => format!("mid-{base}"),
        (Some("END"), g) if g >= Granularity::Month => format!("late {base}"),
        (Some("APPROX"), _) => format!("about {base}"),
        (Some("BEFORE"), _) => format!("before {base}"),
        (Some("AFTER"), _) => format!("after {base}"),
        _ => base,
    };
    if open_end { format!("since {modified}") } else { modified }
}

/// A TIMEX3 value in words, or `None` when it names no calendar range.
pub fn human_value(value: &str) -> Option<String> {
    let span = timex_span(value)?;
    let (date, time) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let year = parts.first()?;
    let first = span.start.floor() as i64;
    Some(match parts.as_slice() {
        [y] if y.len() == 3 => format!("the {y}0s"),
        [y] if y.len() == 2 => format!("the {}00s", y),
        [y] => (*y).to_owned(),
        [_, "SP"] => format!("spring {year}"),
        [_, "SU"] => format!("summer {year}"),
        [_, "FA" | "AU"] => format!("autumn {year}"),
        [_, "WI"] => format!("winter {year}"),
        [_, p] if p.starts_with('Q') || p.starts_with('H') => format!("{p} {year}"),
        [_, w] if w.starts_with('W') => format!("week of {}", human_day(first)),
        [_, _, "WE"] => format!("weekend of {}", human_day(first)),
        [_, m] => format!("{} {year}", month_name(m.parse().ok()?)),
        _ => {
            let day = human_day(first);
            match time {
                Some("MO") => format!("{day}, morning"),
                Some("AF") => format!("{day}, afternoon"),
                Some("EV") => format!("{day}, evening"),
                Some("NI") => format!("{day}, night"),
                Some(t) if t.len() >= 5 && t.as_bytes()[2] == b':' => format!("{day}, {}", &t[..5]),
                _ => day,
            }
        }
    })
}

/// The name of a granularity, for people.
pub fn granularity_name(g: Granularity) -> &'static str {
    match g {
        Granularity::Day => "day",
        Granularity::Week => "week",
        Granularity::Month => "month",
        Granularity::Season => "season",
        Granularity::Year => "year",
        Granularity::Decade => "decade",
    }
}

/// An HTML `datetime` attribute for a value: the value itself when HTML accepts it
/// (`2016`, `2016-09`, `2016-09-19`, `2016-W38`, `2016-10-25T08:25`), else the first day.
pub fn html_datetime(value: &str, span: Option<Span>) -> String {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let valid = match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        8 => digits(0..4) && &b[4..6] == b"-W" && digits(6..8),
        10 => parse_day(value).is_some(),
        16 => parse_day(&value[..10]).is_some() && b[10] == b'T' && digits(11..13) && b[13] == b':' && digits(14..16),
        _ => false,
    };
    if valid {
        value.to_owned()
    } else {
        span.map(|s| super::scale::format_day(s.start.floor() as i64)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{Document, Mention, PublicationDate, DateBasis, Sentence, SentenceRef};

    fn doc(id: &str, date: &str, sentences: &[&str]) -> Document {
        Document {
            id: id.into(),
            title: format!("Title {id}"),
            date: Some(PublicationDate { value: date.into(), basis: DateBasis::Dateline, confidence: 90, evidence: String::new() }),
            sentences: sentences.iter().map(|s| Sentence { text: (*s).into(), start: 0, end: 0 }).collect(),
            ..Document::default()
        }
    }

    fn mention(doc: &str, sentence: u32, text: &str, value: &str) -> Mention {
        Mention { at: SentenceRef { doc: doc.into(), sentence }, text: text.into(), value: value.into(), ..Mention::default() }
    }

    fn event(id: &str, value: &str, g: Granularity, label: &str, mentions: Vec<Mention>) -> Event {
        let span = timex_span(value);
        let fmt = |d: f64| super::super::scale::format_day(d.floor() as i64);
        Event {
            id: id.into(),
            value: value.into(),
            granularity: g,
            label: label.into(),
            start: span.map(|s| fmt(s.start)).unwrap_or_default(),
            end: span.map(|s| fmt(s.end - 1.0)).unwrap_or_default(),
            values: vec![value.into()],
            mentions,
            ..Event::default()
        }
    }

    /// Two documents: a (published 2016-09-30) and b (published 2016-10-02).
    fn corpus() -> Corpus {
        let mut c = Corpus::default();
        c.documents = vec![
            doc("a", "2016-09-30", &["Kerry and Lavrov met in Geneva on September 9.", "The siege began in July.", "A strike hit the convoy on Monday."]),
            doc("b", "2016-10-02", &["The convoy was hit on Tuesday.", "Rebels have held the east since July."]),
        ];
        let mut met = event("met", "2016-09-09", Granularity::Day, "Kerry and Lavrov met in Geneva", vec![mention("a", 0, "September 9", "2016-09-09")]);
        met.actors = vec!["Kerry".into(), "Lavrov".into()];
        let mut siege = event("siege", "2016-07", Granularity::Month, "The siege began", vec![mention("a", 1, "July", "2016-07")]);
        siege.actors = vec!["Aleppo".into()];
        let mut strike = event("strike", "2016-09-19", Granularity::Day, "A strike hit the convoy", vec![
            mention("a", 2, "Monday", "2016-09-19"),
            mention("b", 0, "Tuesday", "2016-09-20"),
        ]);
        strike.conflict = true;
        strike.values = vec!["2016-09-19".into(), "2016-09-20".into()];
        strike.end = "2016-09-20".into();
        let mut held = event("held", "2016-07", Granularity::Month, "Rebels have held the east", vec![mention("b", 1, "since July", "2016-07")]);
        held.open_end = true;
        held.end = "2016-10-02".into();
        held.modifier = Some("ON_OR_AFTER".into());
        let odd = event("odd", "PRESENT_REF", Granularity::Day, "Now", vec![mention("b", 1, "now", "PRESENT_REF")]);
        c.timeline = vec![siege, held, met, strike, odd];
        c
    }

    fn day(s: &str) -> f64 {
        parse_day(s).unwrap() as f64
    }

    #[test]
    fn events_get_spans_by_granularity_and_open_ranges_run_to_publication() {
        let c = corpus();
        let data = TimelineData::new(&c);
        let span = |i: usize| data.events[i].span.unwrap();
        assert_eq!(span(0), Span { start: day("2016-07-01"), end: day("2016-08-01") });
        // "since July" in b (published 2 October) runs from 1 July to the end of 2 October.
        assert_eq!(span(1), Span { start: day("2016-07-01"), end: day("2016-10-03") });
        assert_eq!(span(2), Span { start: day("2016-09-09"), end: day("2016-09-10") });
        assert_eq!(data.events[4].span, None);
        assert_eq!(data.extent, Some(Span { start: day("2016-07-01"), end: day("2016-10-03") }));
    }

    #[test]
    fn open_range_without_model_end_uses_the_publication_date() {
        let mut c = corpus();
        c.timeline[1].end.clear();
        let data = TimelineData::new(&c);
        assert_eq!(data.events[1].span.unwrap().end, day("2016-10-03"));
    }

    #[test]
    fn conflicting_dates_keep_one_mark_per_date_with_its_sources() {
        let c = corpus();
        let data = TimelineData::new(&c);
        let strike = &data.events[3];
        assert_eq!(strike.marks.len(), 2);
        assert_eq!((strike.marks[0].value.as_str(), strike.marks[0].docs.as_slice()), ("2016-09-19", &[0][..]));
        assert_eq!((strike.marks[1].value.as_str(), strike.marks[1].docs.as_slice()), ("2016-09-20", &[1][..]));
        assert_eq!(strike.docs, [0, 1]);
    }

    #[test]
    fn filters_by_source_actor_and_text_in_time_order() {
        let c = corpus();
        let data = TimelineData::new(&c);
        let ids = |f: &Filter| shown(&c, &data, f).into_iter().map(|i| c.timeline[i].id.as_str()).collect::<Vec<_>>();
        // Time order: 1 July (siege, then the longer "held"), 9 September, 19 September, undated last.
        assert_eq!(ids(&Filter::default()), ["siege", "held", "met", "strike", "odd"]);
        assert_eq!(ids(&Filter { source: Some("b".into()), ..Filter::default() }), ["held", "strike", "odd"]);
        assert_eq!(ids(&Filter { source: Some("nope".into()), ..Filter::default() }), Vec::<&str>::new());
        assert_eq!(ids(&Filter { actor: Some("Lavrov".into()), ..Filter::default() }), ["met"]);
        // Text matches the label, the time expression and the sentence, ignoring case.
        assert_eq!(ids(&Filter { text: "CONVOY".into(), ..Filter::default() }), ["strike"]);
        assert_eq!(ids(&Filter { text: " tuesday ".into(), ..Filter::default() }), ["strike"]);
        assert_eq!(ids(&Filter { text: "geneva".into(), source: Some("b".into()), ..Filter::default() }), Vec::<&str>::new());
        assert_eq!(data.actors, ["Aleppo", "Kerry", "Lavrov"]);
    }

    fn packing(px_per_day: f64) -> Packing {
        Packing { px_per_day, max_rows: 3, px_per_char: 6.0, max_label_px: 200.0 }
    }

    #[test]
    fn source_lanes_hold_each_documents_marks() {
        let c = corpus();
        let data = TimelineData::new(&c);
        let all = shown(&c, &data, &Filter::default());
        let layout = lay_out(&c, &data, &all, LaneMode::Source, packing(10.0));
        assert_eq!(layout.lanes.iter().map(|l| l.title.as_str()).collect::<Vec<_>>(), ["Title a", "Title b"]);
        let in_lane = |l: usize| layout.items.iter().filter(|p| p.lane == l).map(|p| (c.timeline[p.event].id.as_str(), p.mark)).collect::<Vec<_>>();
        assert_eq!(in_lane(0), [("siege", 0), ("met", 0), ("strike", 0)]);
        assert_eq!(in_lane(1), [("held", 0), ("strike", 1)]);
    }

    #[test]
    fn actor_lanes_and_the_lane_for_events_without_actors() {
        let c = corpus();
        let data = TimelineData::new(&c);
        let all = shown(&c, &data, &Filter::default());
        let layout = lay_out(&c, &data, &all, LaneMode::Actor, packing(10.0));
        let titles: Vec<&str> = layout.lanes.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(titles, ["Aleppo", "Kerry", "Lavrov", "No named actor"]);
        let last = layout.items.iter().filter(|p| p.lane == 3).count();
        assert_eq!(last, 3, "held and both marks of strike have no actor");
    }

    #[test]
    fn rows_stack_overlapping_labels_and_drop_labels_when_full() {
        let c = corpus();
        let data = TimelineData::new(&c);
        let all = shown(&c, &data, &Filter::default());
        // Zoomed out: everything within a few pixels; three rows, then labels are dropped.
        let tight = lay_out(&c, &data, &all, LaneMode::Source, packing(0.01));
        let lane0: Vec<(u32, bool)> = tight.items.iter().filter(|p| p.lane == 0).map(|p| (p.row, p.compact)).collect();
        assert_eq!(lane0, [(0, false), (1, false), (2, false)]);
        let one_row = lay_out(&c, &data, &all, LaneMode::Source, Packing { max_rows: 1, ..packing(0.01) });
        let lane0: Vec<(u32, bool)> = one_row.items.iter().filter(|p| p.lane == 0).map(|p| (p.row, p.compact)).collect();
        assert_eq!(lane0, [(0, false), (0, true), (0, true)]);
        // Zoomed in: far apart, one row.
        let wide = lay_out(&c, &data, &all, LaneMode::Source, packing(400.0));
        assert!(wide.items.iter().filter(|p| p.lane == 0).all(|p| p.row == 0 && !p.compact));
        assert_eq!(wide.lanes[0].rows, 1);
    }

    #[test]
    fn window_culling_keeps_the_selection() {
        let c = corpus();
        let data = TimelineData::new(&c);
        let all = shown(&c, &data, &Filter::default());
        let layout = lay_out(&c, &data, &all, LaneMode::Source, packing(10.0));
        let sept = Span::days(parse_day("2016-09-01").unwrap(), parse_day("2016-09-30").unwrap());
        let area = super::super::layer::Area { days: sept, top: f64::NEG_INFINITY, bottom: f64::INFINITY };
        let tops = vec![0.0; layout.lanes.len()];
        let events = |keep| {
            super::super::layer::wanted(&layout.items, &tops, area, keep)
                .map(|(_, p)| c.timeline[p.event].id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(events(None), ["met", "strike", "held", "strike"]);
        assert_eq!(events(Some(0)), ["siege", "met", "strike", "held", "strike"]);
    }

    #[test]
    fn keyboard_steps_through_time_order() {
        let order = [4, 2, 7];
        assert_eq!(step_in(&order, Some(2), 1), Some(7));
        assert_eq!(step_in(&order, Some(7), 1), Some(7));
        assert_eq!(step_in(&order, Some(4), -1), Some(4));
        assert_eq!(step_in(&order, None, 1), Some(4));
        assert_eq!(step_in(&order, None, -1), Some(7));
        assert_eq!(step_in(&order, Some(99), 1), Some(4));
        assert_eq!(step_in(&[], None, 1), None);
        let c = corpus();
        let data = TimelineData::new(&c);
        let all = shown(&c, &data, &Filter::default());
        assert_eq!(nearest(&data, &all, day("2016-09-18")), Some(3));
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(human_date("2016-09-09", Granularity::Day, None, false), "9 September 2016");
        assert_eq!(human_date("2016-07", Granularity::Month, Some("START"), false), "early July 2016");
        assert_eq!(human_date("2011", Granularity::Year, Some("ON_OR_AFTER"), true), "since 2011");
        assert_eq!(human_date("2016-W39", Granularity::Week, None, false), "week of 26 September 2016");
        assert_eq!(human_date("2016-W42-WE", Granularity::Week, None, false), "weekend of 22 October 2016");
        assert_eq!(human_date("2016-10-25T08:25", Granularity::Day, None, false), "25 October 2016, 08:25");
        assert_eq!(human_date("2016-10-24TNI", Granularity::Day, None, false), "24 October 2016, night");
        assert_eq!(human_date("201", Granularity::Decade, None, false), "the 2010s");
        assert_eq!(human_date("PRESENT_REF", Granularity::Day, None, false), "PRESENT_REF");
    }

    #[test]
    fn html_datetime_values() {
        assert_eq!(html_datetime("2016-09-09", None), "2016-09-09");
        assert_eq!(html_datetime("2016-W39", None), "2016-W39");
        assert_eq!(html_datetime("2016-10-25T08:25", None), "2016-10-25T08:25");
        assert_eq!(html_datetime("2016-10-24TNI", timex_span("2016-10-24TNI")), "2016-10-24");
        assert_eq!(html_datetime("2016-W42-WE", timex_span("2016-W42-WE")), "2016-10-22");
        assert_eq!(html_datetime("PRESENT_REF", None), "");
    }
}
