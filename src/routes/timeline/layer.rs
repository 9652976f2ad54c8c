//! Which marks the axis draws and when it draws them again: the zoom band that rows are packed
//! for, the area drawn (the visible part of the axis plus a margin, across time and down the
//! lanes), the layer's coordinate frame (marks placed in percent of a layer whose width and
//! offset follow the zoom), the merge that turns the drawn marks into the wanted ones while
//! keeping those that stay, and the gate that allows one drawing per animation frame.
//!
//! Plain values and functions, unit-tested natively: no DOM here (the axis passes the merge its
//! element operations).

use super::layout::Placed;
use super::scale::{Span, View};

/// Height of a lane's title line, of one row of marks, and the gap under a lane (pixels).
pub const LANE_HEAD: f64 = 20.0;
pub const ROW_H: f64 = 22.0;
pub const LANE_GAP: f64 = 6.0;

/// The zoom band of a scale: rows are packed once per step of √2 in the pixels per day, for the
/// band's narrowest scale, so labels never overlap anywhere in the band (they get at most √2
/// times the room they need) and marks keep their rows while the reader zooms inside it.
pub fn band(px_per_day: f64) -> i32 {
    if px_per_day.is_finite() && px_per_day > 0.0 { (px_per_day.log2() * 2.0).floor() as i32 } else { -128 }
}

/// The narrowest scale of a band (pixels per day).
pub fn band_scale(band: i32) -> f64 {
    // powi, not powf: the general power function costs kilobytes of wasm.
    let whole = 2f64.powi(band.div_euclid(2));
    if band.rem_euclid(2) == 1 { whole * std::f64::consts::SQRT_2 } else { whole }
}

/// Drawn beyond the visible window: this many view widths on each side.
const MARGIN_VIEWS: f64 = 0.5;
/// Drawn above and below the visible lanes: this many visible heights.
const MARGIN_HEIGHTS: f64 = 0.5;
/// Once the view is this many times narrower than the drawn window, draw again (fewer marks).
const SHRINK: f64 = 4.0;

/// What part of the plot is drawn: a range of days and a band of pixels down the lanes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub days: Span,
    pub top: f64,
    pub bottom: f64,
}

impl Area {
    /// The area to draw for `view` with the lanes scrolled to `scroll_top` in a box `height`
    /// pixels tall: the visible part plus the margins.
    pub fn around(view: View, scroll_top: f64, height: f64) -> Area {
        let w = view.window();
        let margin = view.span * MARGIN_VIEWS;
        let height = height.max(0.0);
        Area {
            days: Span { start: w.start - margin, end: w.end + margin },
            top: scroll_top - height * MARGIN_HEIGHTS,
            bottom: scroll_top + height * (1.0 + MARGIN_HEIGHTS),
        }
    }

    /// True while this drawn area still serves `view` at this scroll: everything visible is
    /// drawn, and the view has not narrowed so far that most drawn marks are off screen.
    pub fn serves(&self, view: View, scroll_top: f64, height: f64) -> bool {
        let w = view.window();
        w.start >= self.days.start
            && w.end <= self.days.end
            && self.days.len() <= view.span * SHRINK
            && scroll_top >= self.top
            && scroll_top + height.max(0.0) <= self.bottom
    }

    /// The part of a span that is drawn: cut a little beyond the area (a range over decades
    /// would otherwise be a box millions of pixels wide at day zoom, slow to paint), and
    /// whether it was cut at the start and at the end. The area is drawn again before the view
    /// reaches a cut edge.
    pub fn cut(&self, span: Span) -> (Span, bool, bool) {
        let slack = self.days.len() * 0.05;
        let (lo, hi) = (self.days.start - slack, self.days.end + slack);
        let cut_start = span.start < lo && span.end > lo;
        let cut_end = span.end > hi && span.start < hi;
        let start = if cut_start { lo } else { span.start };
        let end = if cut_end { hi } else { span.end };
        (Span { start, end }, cut_start, cut_end)
    }

    /// True when a mark covering `days` at `y` pixels down the lanes is in the area.
    pub fn holds(&self, days: &Span, y: f64) -> bool {
        days.overlaps(&self.days) && y + ROW_H > self.top && y < self.bottom
    }
}

/// The layer's coordinate frame: its left edge is day `origin` and its full width is `days`
/// days, so a mark at `percent(day)` % stays put while the layer's width and offset follow the
/// zoom and the pan (one element restyled per frame, not every mark).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub origin: f64,
    pub days: f64,
}

impl Frame {
    /// The frame for a view: the layer covers exactly the view.
    pub fn new(view: View) -> Frame {
        Frame { origin: view.left(), days: view.span }
    }

    /// Where `day` is, in percent of the layer's width.
    pub fn percent(&self, day: f64) -> f64 {
        (day - self.origin) / self.days * 100.0
    }

    /// The layer's width and its offset from the axis's left edge (pixels) for `view` on an
    /// axis `width` pixels wide.
    pub fn place(&self, view: View, width: f64) -> (f64, f64) {
        let k = view.px_per_day(width);
        (self.days * k, (self.origin - view.left()) * k)
    }

    /// True while the layer stays of a sane size for `view`: within 16 times the frame's zoom
    /// either way, and its origin within 16 frame widths (pixel offsets stay far from where
    /// single-precision layout loses sub-pixel accuracy).
    pub fn suits(&self, view: View) -> bool {
        let ratio = view.span / self.days;
        (1.0 / 16.0..=16.0).contains(&ratio) && (view.center - self.origin).abs() <= 16.0 * self.days.max(view.span)
    }
}

/// One drawn mark, as the DOM shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkView {
    /// Index of the laid-out item it draws (`Layout::items`): the same mark at every zoom band,
    /// as packing keeps the items' order; a new grouping (filters, lane mode) starts afresh.
    pub key: usize,
    /// The event it belongs to.
    pub event: usize,
    /// Left edge (a point's centre) and width in percent of the layer; width 0 for a point.
    pub left: f64,
    pub width: f64,
    /// Pixels from the top of the plot.
    pub top: f64,
    /// `tl-item` and its modifiers (`point`/`span`, `open`, `conflict`, `compact`, `selected`).
    pub class: String,
    /// The label drawn beside the mark (`None` when there is no room for it).
    pub label: Option<&'static str>,
    /// The full label, as a tooltip.
    pub title: &'static str,
}

impl MarkView {
    /// The inline style that places the mark.
    pub fn style(&self) -> String {
        if self.width > 0.0 {
            format!("left:{:.5}%;width:{:.5}%;top:{}px", self.left, self.width, self.top)
        } else {
            format!("left:{:.5}%;top:{}px", self.left, self.top)
        }
    }
}

/// Turns the `drawn` marks (each with its element, by increasing key) into the `wanted` ones
/// (by increasing key): `create` makes an element for a mark that appears, `update` rewrites
/// one whose look changed (element, old, new), `remove` takes one that leaves. Marks that stay
/// as they were are not touched. Returns the new drawn list, by increasing key.
pub fn merge<E>(
    drawn: Vec<(MarkView, E)>,
    wanted: impl IntoIterator<Item = MarkView>,
    mut create: impl FnMut(&MarkView) -> Option<E>,
    mut update: impl FnMut(&E, &MarkView, &MarkView),
    mut remove: impl FnMut(E),
) -> Vec<(MarkView, E)> {
    let mut out = Vec::with_capacity(drawn.len());
    let mut old = drawn.into_iter().peekable();
    for m in wanted {
        while let Some((_, e)) = old.next_if(|(o, _)| o.key < m.key) {
            remove(e);
        }
        match old.next_if(|(o, _)| o.key == m.key) {
            Some((o, e)) => {
                if o != m {
                    update(&e, &o, &m);
                }
                out.push((m, e));
            }
            None => {
                if let Some(e) = create(&m) {
                    out.push((m, e));
                }
            }
        }
    }
    old.for_each(|(_, e)| remove(e));
    out
}

/// The laid-out items inside `area` (lanes starting at `lane_tops`), plus every mark of the
/// `keep` event (the selection), with their indices, in layout order.
pub fn wanted<'a>(
    items: &'a [Placed],
    lane_tops: &'a [f64],
    area: Area,
    keep: Option<usize>,
) -> impl Iterator<Item = (usize, &'a Placed)> + 'a {
    items.iter().enumerate().filter(move |(_, p)| Some(p.event) == keep || area.holds(&p.span, item_top(lane_tops, p)))
}

/// Pixels from the top of the plot to an item's row.
pub fn item_top(lane_tops: &[f64], p: &Placed) -> f64 {
    lane_tops.get(p.lane).copied().unwrap_or(0.0) + LANE_HEAD + f64::from(p.row) * ROW_H
}

/// One drawing per animation frame, however many inputs arrive: `request` records what must be
/// done and says whether a frame has to be asked for; the frame calls `take` to learn whether
/// the marks must be drawn again (not just the layer moved).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pending {
    frame: bool,
    redraw: bool,
}

impl Pending {
    /// Records a request (`redraw` when the marks themselves changed); true when no frame is
    /// pending yet, so the caller must ask for one.
    pub fn request(&mut self, redraw: bool) -> bool {
        self.redraw |= redraw;
        !std::mem::replace(&mut self.frame, true)
    }

    /// At the frame: clears the request and says whether the marks must be drawn again.
    pub fn take(&mut self) -> bool {
        self.frame = false;
        std::mem::take(&mut self.redraw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(event: usize, lane: usize, row: u32, start: f64, end: f64) -> Placed {
        Placed { event, mark: 0, lane, span: Span { start, end }, row, compact: false }
    }

    fn mark(event: usize, left: f64, top: f64) -> MarkView {
        MarkView {
            key: event,
            event,
            left,
            width: 0.0,
            top,
            class: "tl-item point".into(),
            label: Some("x"),
            title: "x",
        }
    }

    #[test]
    fn bands_step_by_root_two_and_pack_for_their_narrowest_scale() {
        assert_eq!(band(1.0), 0);
        assert_eq!(band(1.41), 0);
        assert_eq!(band(1.42), 1);
        assert_eq!(band(2.0), 2);
        // log2(0.3) = -1.74: band -4, from 0.25 to 0.354 pixels per day.
        assert_eq!(band(0.3), -4);
        assert_eq!(band_scale(-4), 0.25);
        assert!(band_scale(band(0.3)) <= 0.3 && 0.3 < band_scale(band(0.3) + 1));
        assert!((band_scale(1) - std::f64::consts::SQRT_2).abs() < 1e-12);
        assert!((band_scale(-3) - 0.25 * std::f64::consts::SQRT_2).abs() < 1e-12);
        assert_eq!(band_scale(4), 4.0);
        assert_eq!(band(0.0), -128);
        assert_eq!(band(f64::NAN), -128);
    }

    #[test]
    fn the_drawn_area_is_the_view_plus_margins() {
        // 100 days from day 1000, lanes scrolled 50 px down in a 200 px box.
        let view = View::new(1050.0, 100.0);
        let area = Area::around(view, 50.0, 200.0);
        assert_eq!(area.days, Span { start: 950.0, end: 1150.0 });
        assert_eq!((area.top, area.bottom), (-50.0, 350.0));
        assert!(area.serves(view, 50.0, 200.0));
        // Panning by less than the margin, or zooming in a little, keeps it.
        assert!(area.serves(view.pan(49.0), 50.0, 200.0));
        assert!(area.serves(view.zoom(0.6, 0.5), 50.0, 200.0));
        // Panning past the margin, zooming out, zooming far in, or scrolling down past the
        // margin needs a new drawing.
        assert!(!area.serves(view.pan(51.0), 50.0, 200.0));
        assert!(!area.serves(view.zoom(2.1, 0.5), 50.0, 200.0));
        assert!(!area.serves(view.zoom(0.45, 0.5), 50.0, 200.0));
        assert!(!area.serves(view, 300.0, 200.0));
    }

    #[test]
    fn only_items_in_the_area_and_the_selection_are_wanted() {
        let area = Area { days: Span { start: 100.0, end: 200.0 }, top: 0.0, bottom: 100.0 };
        let tops = [0.0, 80.0, 400.0];
        let items = [
            placed(0, 0, 0, 90.0, 101.0),  // overlaps the start; y 20
            placed(1, 0, 1, 150.0, 150.5), // inside; y 42
            placed(2, 0, 0, 200.0, 201.0), // starts where the area ends: out
            placed(3, 1, 0, 10.0, 5000.0), // a long range across it; y 100: out (below)
            placed(4, 1, 0, 120.0, 121.0), // y 100: below the area
            placed(5, 2, 0, 150.0, 151.0), // a lane far down: out
            placed(6, 0, 2, 20.0, 21.0),   // before the area: out unless selected
        ];
        // Indices into the items, which here equal the events.
        let ids = |keep| wanted(&items, &tops, area, keep).map(|(i, p)| (i, p.event)).collect::<Vec<_>>();
        assert_eq!(ids(None), [(0, 0), (1, 1)]);
        assert_eq!(ids(Some(6)), [(0, 0), (1, 1), (6, 6)]);
        let taller = Area { bottom: 101.0, ..area };
        assert_eq!(wanted(&items, &tops, taller, None).map(|(_, p)| p.event).collect::<Vec<_>>(), [0, 1, 3, 4]);
        assert_eq!(item_top(&tops, &items[1]), 42.0);
    }

    #[test]
    fn long_spans_are_cut_just_beyond_the_area() {
        let area = Area { days: Span { start: 100.0, end: 200.0 }, top: 0.0, bottom: 100.0 };
        // Inside: untouched.
        assert_eq!(area.cut(Span { start: 120.0, end: 130.0 }), (Span { start: 120.0, end: 130.0 }, false, false));
        // Across both edges: cut 5 days (5 % of the area) beyond each.
        assert_eq!(area.cut(Span { start: -9000.0, end: 9000.0 }), (Span { start: 95.0, end: 205.0 }, true, true));
        // Across one edge.
        assert_eq!(area.cut(Span { start: 150.0, end: 900.0 }), (Span { start: 150.0, end: 205.0 }, false, true));
        assert_eq!(area.cut(Span { start: 0.0, end: 101.0 }), (Span { start: 95.0, end: 101.0 }, true, false));
        // Within the slack: untouched.
        assert_eq!(area.cut(Span { start: 96.0, end: 204.0 }), (Span { start: 96.0, end: 204.0 }, false, false));
    }

    #[test]
    fn the_frame_places_the_layer_and_asks_to_be_replaced_when_far_off() {
        let frame = Frame::new(View::new(150.0, 100.0));
        assert_eq!(frame.percent(100.0), 0.0);
        assert_eq!(frame.percent(175.0), 75.0);
        // At the frame's own view on a 1000 px axis: 1000 px wide, no offset.
        assert_eq!(frame.place(View::new(150.0, 100.0), 1000.0), (1000.0, 0.0));
        // Zoomed in twice around day 150: 2000 px wide, starting 500 px left of the axis.
        assert_eq!(frame.place(View::new(150.0, 50.0), 1000.0), (2000.0, -500.0));
        // Panned 10 days later: shifted 100 px left.
        assert_eq!(frame.place(View::new(160.0, 100.0), 1000.0), (1000.0, -100.0));
        assert!(frame.suits(View::new(150.0, 100.0 * 16.0)));
        assert!(!frame.suits(View::new(150.0, 100.0 * 17.0)));
        assert!(!frame.suits(View::new(150.0, 100.0 / 17.0)));
        assert!(frame.suits(View::new(100.0 + 1600.0, 100.0)));
        assert!(!frame.suits(View::new(100.0 + 1700.0, 100.0)));
    }

    #[test]
    fn marks_are_styled_in_percent_of_the_layer() {
        assert_eq!(mark(1, 12.5, 42.0).style(), "left:12.50000%;top:42px");
        let span = MarkView { width: 3.25, ..mark(1, 12.5, 42.0) };
        assert_eq!(span.style(), "left:12.50000%;width:3.25000%;top:42px");
    }

    #[test]
    fn the_merge_keeps_marks_that_stay() {
        // Elements are numbered; the logs record what happened to which.
        let drawn = vec![(mark(1, 10.0, 20.0), 100), (mark(2, 20.0, 20.0), 200), (mark(3, 30.0, 20.0), 300)];
        let (mut created, mut updated, mut removed) = (Vec::new(), Vec::new(), Vec::new());
        // 0 arrives first, 1 stays as it is, 2 moves to another row, 3 leaves, 4 arrives.
        let wanted = vec![mark(0, 5.0, 20.0), mark(1, 10.0, 20.0), mark(2, 20.0, 42.0), mark(4, 40.0, 20.0)];
        let next = merge(
            drawn,
            wanted.clone(),
            |m| {
                created.push(m.key);
                Some(m.key * 100)
            },
            |e, old, new| updated.push((*e, old.top, new.top)),
            |e| removed.push(e),
        );
        assert_eq!((created, updated, removed), (vec![0, 4], vec![(200, 20.0, 42.0)], vec![300]));
        assert_eq!(next.iter().map(|(m, e)| (m.key, *e)).collect::<Vec<_>>(), [(0, 0), (1, 100), (2, 200), (4, 400)]);
        assert_eq!(next.iter().map(|(m, _)| m.clone()).collect::<Vec<_>>(), wanted);
        // Drawing the same again touches nothing; drawing nothing removes everything.
        let touched = std::cell::Cell::new(0);
        let touch = || touched.set(touched.get() + 1);
        let same = merge(
            next,
            wanted,
            |_| {
                touch();
                None
            },
            |_, _, _| touch(),
            |_| touch(),
        );
        assert_eq!(touched.get(), 0);
        let mut gone = Vec::new();
        assert!(merge(same, Vec::new(), |_| None, |_, _, _| {}, |e| gone.push(e)).is_empty());
        assert_eq!(gone, [0, 100, 200, 400]);
    }

    #[test]
    fn at_most_one_frame_is_asked_for_however_many_inputs() {
        let mut p = Pending::default();
        assert!(p.request(false), "the first input asks for a frame");
        assert!(!p.request(false), "later inputs ride on it");
        assert!(!p.request(true));
        assert!(p.take(), "a redraw was requested before the frame");
        assert!(p.request(false), "after the frame, the next input asks again");
        assert!(!p.take(), "moving the layer only");
        assert!(!p.take());
    }
}
