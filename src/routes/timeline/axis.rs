//! The interactive time axis: ticks that adapt to the zoom, lanes of event marks, and the
//! pointer, wheel and keyboard handling that zooms, pans and steps through events.
//!
//! Smoothness comes from drawing little per frame: every mark is positioned by CSS from two
//! custom properties (`--k` pixels per day on the plot, `--o` the laid-out left edge) and a
//! `translateX` on the panned group, so a frame of zooming or panning changes three style values
//! and no DOM nodes. Which marks exist (those near the view), their rows and the tick set are
//! recomputed only when the interaction pauses (or the view leaves what was laid out).
//! The drawn marks are `aria-hidden`: the focusable axis announces the selected event in a live
//! region, and the list below is the complete accessible alternative.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use dossier_model::Granularity;

use super::layout::{self, Packing};
use super::scale::{self, Span, Tick, View};
use super::{Timeline, focus_id};

/// Height of a lane's title line, of one row of marks, and the gap under a lane (pixels).
const LANE_HEAD: f64 = 20.0;
const ROW_H: f64 = 22.0;
const LANE_GAP: f64 = 6.0;
/// Rows a lane may use before labels are dropped.
const MAX_ROWS: u32 = 6;
/// Pause after the last input before marks are laid out again.
const IDLE: Duration = Duration::from_millis(160);

/// One drawn mark, as the DOM needs it.
#[derive(Debug, Clone, PartialEq)]
struct MarkView {
    event: usize,
    mark: usize,
    lane: usize,
    /// Offset from the layout origin (days) and length (days; 0 for a point).
    start: f64,
    len: f64,
    top: f64,
    class: String,
    label: &'static str,
}

impl MarkView {
    fn key(&self) -> (usize, usize, usize, i64, String) {
        (self.event, self.mark, self.lane, self.top as i64, self.class.clone())
    }
}

/// Pointer state while dragging or pinching.
#[derive(Debug, Clone, Default)]
struct Gesture {
    pointers: Vec<(i32, f64, f64)>,
    start_view: Option<View>,
    start_pointers: Vec<(i32, f64, f64)>,
    start_scroll: i32,
    moved: bool,
    /// The event whose mark the pointer went down on.
    down_on: Option<usize>,
}

/// The axis with its toolbar.
#[component]
pub fn Axis(tl: Timeline) -> impl IntoView {
    let axis_ref = NodeRef::<leptos::html::Div>::new();
    let scroll_ref = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(0.0_f64);
    let announcement = RwSignal::new(String::new());
    let gesture = StoredValue::new(Gesture::default());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let origin = tl.data.extent.map_or(0.0, |e| e.start.floor());
    let extent = tl.data.extent;

    // Measure the axis (its width, and its left edge on the page for wheel and pinch anchors)
    // now and whenever the window changes size: never while zooming, where reading layout
    // would force the browser to lay out the page once per input event. Also runs from
    // animation frames, which may fire after the axis is gone (a navigation away): then there
    // is nothing to measure.
    let plot_left = StoredValue::new(0.0_f64);
    let measure = move || {
        let Some(Some(el)) = axis_ref.try_get_untracked() else { return };
        let w = f64::from(el.client_width());
        if width.try_get_untracked().is_some_and(|old| (w - old).abs() >= 1.0) {
            width.try_set(w);
        }
        let mut left = 0.0;
        let mut node: Option<web_sys::HtmlElement> = Some(el.unchecked_into());
        while let Some(e) = node {
            left += f64::from(e.offset_left());
            node = e.offset_parent().and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok());
        }
        plot_left.try_set_value(left);
    };
    Effect::new(move |_| {
        if axis_ref.get().is_some() {
            measure();
        }
    });
    // The detail panel takes a column on wide screens: measure again when it opens or closes.
    Effect::new(move |_| {
        tl.selected.track();
        request_animation_frame(measure);
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // What the drawn marks were laid out for: the committed view, one view-width either side.
    let drawn_window = move |v: View| Span { start: v.left() - v.span, end: v.left() + 2.0 * v.span };
    let grouped = Memo::new(move |_| layout::group(tl.corpus, tl.data, &tl.shown.read(), tl.lane.get()));
    let laid_out = Memo::new(move |_| {
        let w = width.get();
        let view = tl.committed.get();
        let packing = Packing { px_per_day: view.px_per_day(w), max_rows: MAX_ROWS, px_per_char: 6.6, max_label_px: 260.0 };
        layout::pack(tl.corpus, tl.data, &grouped.read(), packing)
    });
    let lanes = Memo::new(move |_| {
        let mut top = 0.0;
        laid_out
            .read()
            .lanes
            .iter()
            .map(|lane| {
                let height = LANE_HEAD + f64::from(lane.rows) * ROW_H + LANE_GAP;
                let this = (lane.title.clone(), top, height);
                top += height;
                this
            })
            .collect::<Vec<_>>()
    });
    let plot_height = move || lanes.read().last().map_or(60.0, |(_, top, h)| top + h);
    let marks = Memo::new(move |_| {
        if width.get() < 1.0 {
            return Vec::new();
        }
        let window = drawn_window(tl.committed.get());
        let selected = tl.selected.get();
        let lanes = lanes.read();
        let laid_out = laid_out.read();
        layout::in_window(&laid_out.items, window, selected)
            .map(|p| mark_view(tl, p, lanes.get(p.lane).map_or(0.0, |l| l.1), origin))
            .collect::<Vec<_>>()
    });

    // Per frame: pixels per day and the pan offset.
    let px_per_day = Memo::new(move |_| tl.live.get().px_per_day(width.get().max(1.0)));
    let unit = Memo::new(move |_| scale::tick_unit(px_per_day.get()));
    // Ticks follow the live view (a few dozen at most; the memo only notifies when the set
    // changes), so they are right even before the marks are laid out again.
    let ticks = Memo::new(move |_| {
        let window = drawn_window(tl.live.get());
        scale::ticks(unit.get(), window.start, window.end, 400)
    });
    let context = Memo::new(move |_| scale::axis_context(unit.get(), tl.live.get().center));
    // --k lives on the panned groups only, so a zoom restyles the marks and ticks, not the lanes.
    let plot_style = move || format!("height:{}px", plot_height());
    let pan_style = move || {
        let committed = tl.committed.get();
        let k = px_per_day.get();
        let shift = (committed.left() - tl.live.get().left()) * k;
        format!("--k:{k:.6};--o:{:.6};transform:translateX({shift:.2}px)", committed.left() - origin)
    };

    // Moving the view: live every frame, laid out again when the interaction pauses.
    let schedule_commit = move || {
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        let live = tl.live.get_untracked();
        let committed = tl.committed.get_untracked();
        let drawn = drawn_window(committed);
        if live.window().start < drawn.start || live.window().end > drawn.end {
            // The view left what was laid out: lay out again now, write the URL when it pauses.
            tl.committed.set(live);
        }
        let handle = set_timeout_with_handle(
            move || {
                timer.set_value(None);
                tl.commit();
            },
            IDLE,
        );
        timer.set_value(handle.ok());
    };
    let move_view = move |view: View| {
        let view = extent.map_or(view, |e| view.within(e));
        if !tl.moved.get_untracked() {
            tl.moved.set(true);
        }
        tl.live.set(view);
        schedule_commit();
    };
    let zoom_by = move |factor: f64| move_view(tl.live.get_untracked().zoom(factor, 0.5));
    let pan_by = move |fraction: f64| {
        let v = tl.live.get_untracked();
        move_view(v.pan(v.span * fraction));
    };
    let fit_all = move |_| {
        let shown = tl.shown.get_untracked();
        let span = shown.iter().filter_map(|&e| tl.data.events[e].span).reduce(|a, b| a.union(&b));
        if let Some(span) = span {
            move_view(View::fit(span));
            tl.commit();
        }
    };

    // Selecting events from the keyboard: time order among the events on the axis.
    let go_to = move |event: usize| {
        let Some(span) = tl.data.events.get(event).and_then(|p| p.span) else { return };
        let live = tl.live.get_untracked();
        let revealed = live.reveal(span);
        if revealed != live {
            tl.moved.set(true);
            tl.live.set(revealed);
            tl.committed.set(revealed);
        }
        tl.select(Some(event), true);
        let order: Vec<usize> = placeable(tl);
        let position = order.iter().position(|&e| e == event).map_or(0, |p| p + 1);
        announcement.set(describe(tl, event, position, order.len()));
    };
    let step = move |dir: i32| {
        let order = placeable(tl);
        let current = tl.selected.get_untracked().filter(|e| order.contains(e));
        let next = match current {
            Some(_) => layout::step_in(&order, current, dir),
            None => layout::nearest(tl.data, &order, tl.live.get_untracked().center),
        };
        if let Some(e) = next {
            go_to(e);
        }
    };
    let on_key = move |ev: ev::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        match ev.key().as_str() {
            "+" | "=" => zoom_by(0.5),
            "-" | "_" => zoom_by(2.0),
            "ArrowLeft" if ev.shift_key() => pan_by(-0.25),
            "ArrowRight" if ev.shift_key() => pan_by(0.25),
            "ArrowLeft" | "k" => step(-1),
            "ArrowRight" | "j" => step(1),
            "Home" => {
                if let Some(&e) = placeable(tl).first() {
                    go_to(e);
                }
            }
            "End" => {
                if let Some(&e) = placeable(tl).last() {
                    go_to(e);
                }
            }
            "Enter" => match tl.selected.get_untracked() {
                Some(_) => {
                    tl.return_focus.set_value(Some("tl-axis".into()));
                    focus_id("tl-detail-heading");
                }
                None => step(1),
            },
            "Escape" => {
                if tl.selected.get_untracked().is_some() {
                    tl.select(None, false);
                    announcement.set("Selection cleared.".into());
                }
            }
            _ => return,
        }
        ev.prevent_default();
    };

    // Pointer: drag to pan (and scroll the lanes), two fingers to pinch, click to select.
    let left_of_plot = move || plot_left.get_value();
    let on_wheel = move |ev: ev::WheelEvent| {
        ev.prevent_default();
        let unit = match ev.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let (dx, dy) = (ev.delta_x() * unit, ev.delta_y() * unit);
        let w = width.get_untracked().max(1.0);
        let live = tl.live.get_untracked();
        let anchor = (f64::from(ev.page_x()) - left_of_plot()) / w;
        if ev.ctrl_key() {
            move_view(live.zoom((dy * 0.01).clamp(-1.0, 1.0).exp(), anchor));
        } else if ev.shift_key() || dx.abs() > dy.abs() {
            let d = if dx.abs() > dy.abs() { dx } else { dy };
            move_view(live.pan(d / live.px_per_day(w)));
        } else {
            move_view(live.zoom((dy * 0.002).clamp(-1.0, 1.0).exp(), anchor));
        }
    };
    let on_pointer_down = move |ev: ev::PointerEvent| {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        let down_on = event_under(ev.target());
        measure();
        let scroll = scroll_ref.get_untracked().map_or(0, |s| s.scroll_top());
        gesture.update_value(|g| {
            g.pointers.retain(|p| p.0 != ev.pointer_id());
            g.pointers.push((ev.pointer_id(), f64::from(ev.client_x()), f64::from(ev.client_y())));
            g.start_pointers = g.pointers.clone();
            g.start_view = Some(tl.live.get_untracked());
            g.start_scroll = scroll;
            if g.pointers.len() == 1 {
                g.moved = false;
                g.down_on = down_on;
            }
        });
    };
    let on_pointer_move = move |ev: ev::PointerEvent| {
        let Some(mut g) = gesture.try_get_value() else { return };
        let Some(start_view) = g.start_view else { return };
        let Some(p) = g.pointers.iter_mut().find(|p| p.0 == ev.pointer_id()) else { return };
        p.1 = f64::from(ev.client_x());
        p.2 = f64::from(ev.client_y());
        let w = width.get_untracked().max(1.0);
        match (g.start_pointers.as_slice(), g.pointers.as_slice()) {
            ([a], [b]) => {
                let (dx, dy) = (b.1 - a.1, b.2 - a.2);
                if !g.moved && (dx.abs() > 3.0 || dy.abs() > 3.0) {
                    g.moved = true;
                    // Capture only once it is a drag, so a plain click keeps its target.
                    if let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                        let _ = el.set_pointer_capture(ev.pointer_id());
                    }
                }
                if g.moved {
                    move_view(start_view.pan(-dx / start_view.px_per_day(w)));
                    if ev.pointer_type() == "mouse" {
                        if let Some(s) = scroll_ref.get_untracked() {
                            s.set_scroll_top(g.start_scroll - dy as i32);
                        }
                    }
                }
            }
            ([a0, a1], [b0, b1]) => {
                let before = (a0.1 - a1.1).abs().max(1.0);
                let now = (b0.1 - b1.1).abs().max(1.0);
                let mid = (b0.1 + b1.1) / 2.0 + f64::from(ev.page_x() - ev.client_x()) - left_of_plot();
                g.moved = true;
                move_view(start_view.zoom(before / now, mid / w));
            }
            _ => {}
        }
        gesture.set_value(g);
    };
    let on_pointer_up = move |ev: ev::PointerEvent| {
        gesture.update_value(|g| {
            g.pointers.retain(|p| p.0 != ev.pointer_id());
            g.start_pointers = g.pointers.clone();
            g.start_view = (!g.pointers.is_empty()).then(|| tl.live.get_untracked());
        });
    };
    let on_click = move |ev: ev::MouseEvent| {
        if gesture.with_value(|g| g.moved) {
            gesture.update_value(|g| g.moved = false);
            return;
        }
        let event = event_under(ev.target()).or_else(|| gesture.with_value(|g| g.down_on));
        if let Some(e) = event {
            tl.return_focus.set_value(Some("tl-axis".into()));
            tl.select(Some(e), false);
            if let Some(axis) = axis_ref.get_untracked() {
                let _ = axis.focus();
            }
        }
    };

    let selected = Selector::new(move || tl.selected.get());
    let level = move || format!("Ticks: {}", unit.get().name());
    view! {
        <div class="tl-axis-wrap">
            <div class="tl-toolbar" role="group" aria-label="Zoom and pan the time axis">
                <button type="button" class="tl-zoom-out" title="Zoom out (−)" aria-label="Zoom out" on:click=move |_| { zoom_by(2.0); tl.commit(); }>"−"</button>
                <button type="button" class="tl-zoom-in" title="Zoom in (+)" aria-label="Zoom in" on:click=move |_| { zoom_by(0.5); tl.commit(); }>"+"</button>
                <button type="button" class="tl-earlier" title="Earlier (Shift+←)" aria-label="Earlier" on:click=move |_| { pan_by(-0.5); tl.commit(); }>"←"</button>
                <button type="button" class="tl-later" title="Later (Shift+→)" aria-label="Later" on:click=move |_| { pan_by(0.5); tl.commit(); }>"→"</button>
                <button type="button" class="tl-fit" on:click=fit_all>"Fit all"</button>
                <span class="tl-level">{level}</span>
            </div>
            <div id="tl-axis" class="tl-axis" node_ref=axis_ref tabindex="0" role="group"
                aria-roledescription="time axis" aria-label="Time axis" aria-describedby="tl-help"
                on:keydown=on_key>
                <div class="tl-viewport" on:wheel=on_wheel on:pointerdown=on_pointer_down
                    on:pointermove=on_pointer_move on:pointerup=on_pointer_up on:pointercancel=on_pointer_up
                    on:click=on_click>
                    <div class="tl-strip" aria-hidden="true">
                        <span class="tl-context">{move || context.get()}</span>
                        <div class="tl-pan" style=pan_style>
                            <For each=move || ticks.get() key=|t: &Tick| (t.day, t.label.clone()) let:t>
                                <span class="tl-tick" class:major=t.major style=format!("--s:{:.4}", t.day as f64 - origin)>{t.label}</span>
                            </For>
                        </div>
                    </div>
                    <div class="tl-scroll" node_ref=scroll_ref tabindex="0" role="group" aria-label="Lanes (scroll with the arrow keys)">
                        <div class="tl-plot" aria-hidden="true" style=plot_style>
                            <For each=move || lanes.get() key=|l: &(String, f64, f64)| (l.0.clone(), l.1 as i64, l.2 as i64) let:l>
                                <div class="tl-lane" style=format!("top:{}px;height:{}px", l.1, l.2)>
                                    <span class="tl-lane-title">{l.0}</span>
                                </div>
                            </For>
                            <div class="tl-pan" style=pan_style>
                                <For each=move || ticks.get() key=|t: &Tick| (t.day, t.label.clone()) let:t>
                                    <span class="tl-grid" class:major=t.major style=format!("--s:{:.4}", t.day as f64 - origin)></span>
                                </For>
                                <For each=move || marks.get() key=MarkView::key let:m>
                                    <Mark m=m selected=selected.clone()/>
                                </For>
                            </div>
                        </div>
                    </div>
                </div>
                <p class="tl-sr" aria-live="polite">{move || announcement.get()}</p>
            </div>
            <p id="tl-help" class="tl-help">
                "Drag, Shift+arrows or the arrow buttons pan; the wheel, a pinch or +/− zoom. "
                "In the axis, ←/→ (or j/k) step through events in date order, Home/End jump to the first/last, "
                "Enter opens the details, Escape closes them."
            </p>
        </div>
    }
}

#[component]
fn Mark(m: MarkView, selected: Selector<Option<usize>>) -> impl IntoView {
    let event = m.event;
    let style = format!("--s:{:.5};--w:{:.5};top:{}px", m.start, m.len, m.top);
    // A mark without room for its label gets none (fewer nodes to restyle while zooming);
    // the pointer still shows it as a tooltip.
    let compact = m.class.contains("compact");
    let text = m.label;
    let is_selected = selected.clone();
    let label = move || {
        (!compact || is_selected.selected(&Some(event))).then(|| view! { <span class="tl-label">{text}</span> })
    };
    view! {
        <div class=m.class data-event=event.to_string() style=style title=m.label
            class:selected=move || selected.selected(&Some(event))>
            {label}
        </div>
    }
}

/// The event whose mark contains this event target, if any.
fn event_under(target: Option<web_sys::EventTarget>) -> Option<usize> {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest(".tl-item").ok().flatten())
        .and_then(|item| item.get_attribute("data-event"))
        .and_then(|e| e.parse::<usize>().ok())
}

/// The DOM-ready form of a laid-out mark.
fn mark_view(tl: Timeline, p: &layout::Placed, lane_top: f64, origin: f64) -> MarkView {
    let event = &tl.corpus.timeline[tl.data.events[p.event].index];
    let point = p.span.len() <= 1.0 && event.granularity == Granularity::Day;
    let (start, len) = if point { (p.span.start + p.span.len() / 2.0 - origin, 0.0) } else { (p.span.start - origin, p.span.len()) };
    let mut class = String::from("tl-item");
    class.push_str(if point { " point" } else { " span" });
    if event.open_end {
        class.push_str(" open");
    }
    if event.conflict {
        class.push_str(" conflict");
    }
    if p.compact {
        class.push_str(" compact");
    }
    MarkView {
        event: p.event,
        mark: p.mark,
        lane: p.lane,
        start,
        len,
        top: lane_top + LANE_HEAD + f64::from(p.row) * ROW_H,
        class,
        label: event.label.as_str(),
    }
}

/// The shown events that have a place on the axis, in time order.
fn placeable(tl: Timeline) -> Vec<usize> {
    tl.shown.get_untracked().into_iter().filter(|&e| tl.data.events[e].span.is_some()).collect()
}

/// What a screen reader hears when the keyboard selects an event.
fn describe(tl: Timeline, event: usize, position: usize, total: usize) -> String {
    let Some(e) = tl.corpus.timeline.get(event) else { return String::new() };
    let date = layout::human_date(&e.value, e.granularity, e.modifier.as_deref(), e.open_end);
    let sources = tl.data.events[event].docs.len();
    let conflict = if e.conflict { " Sources disagree on the date." } else { "" };
    format!(
        "{date}: {}. {} source{}.{conflict} Event {position} of {total}.",
        e.label,
        sources,
        if sources == 1 { "" } else { "s" }
    )
}
