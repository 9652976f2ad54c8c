//! The interactive time axis: ticks that adapt to the zoom, lanes of event marks, and the
//! pointer, wheel and keyboard handling that zooms, pans and steps through events.
//!
//! Smoothness comes from drawing little per frame, at most once per animation frame however
//! many inputs arrive: marks and ticks are placed in percent of two layers (`layer::Frame`),
//! so a frame of zooming or panning restyles just those two layers (their width and offset) and
//! the browser lays out the marks again without restyling them. Only the marks near the visible
//! part of the axis exist (across time and down the lanes); they are drawn again, keyed so that
//! marks that stay are left alone, when the view leaves the drawn area, when the zoom enters
//! another band (rows are packed once per step of √2 in the scale) or when the selection changes.
//! The marks are plain elements owned by this module (not reactive views: thousands of those
//! cost a long frame to diff).
//! The drawn marks are `aria-hidden`: the focusable axis announces the selected event in a live
//! region, and the list below is the complete accessible alternative.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use dossier_model::Granularity;

use super::layer::{self, Area, Frame, LANE_GAP, LANE_HEAD, MarkView, Pending, ROW_H};
use super::layout::{self, Packing};
use super::scale::{self, Span, Tick, View};
use super::{Timeline, focus_id};

/// Rows a lane may use before labels are dropped.
const MAX_ROWS: u32 = 6;
/// Pause after the last input before the view is written to the URL.
const IDLE: Duration = Duration::from_millis(160);

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
    let extent = tl.data.extent;

    // Measure the axis (its width, and its left edge on the page for wheel and pinch anchors)
    // now and whenever the window changes size: never while zooming, where reading layout
    // would force the browser to lay out the page once per input event. Also runs from
    // animation frames, which may fire after the axis is gone (a navigation away): then there
    // is nothing to measure.
    let plot_left = StoredValue::new(0.0_f64);
    // The lanes' scroll position and visible height, kept from scroll events.
    let scroll = StoredValue::new((0.0_f64, 0.0_f64));
    let measure = move || {
        let Some(Some(el)) = axis_ref.try_get_untracked() else {
            return;
        };
        if let Some(Some(s)) = scroll_ref.try_get_untracked() {
            scroll.try_set_value((f64::from(s.scroll_top()), f64::from(s.client_height())));
        }
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

    // Rows are packed once per zoom band (a step of √2 in the scale), for all shown events.
    let grouped = Memo::new(move |_| layout::group(tl.corpus, tl.data, &tl.shown.read(), tl.lane.get()));
    // Counts the groupings: drawn marks are keyed by item index within one grouping.
    let grouping = StoredValue::new(0_usize);
    Effect::new(move |_| {
        grouped.track();
        grouping.update_value(|g| *g += 1);
    });
    let band = Memo::new(move |_| layer::band(tl.live.get().px_per_day(width.get().max(1.0))));
    let laid_out = Memo::new(move |_| {
        let packing = Packing {
            px_per_day: layer::band_scale(band.get()),
            max_rows: MAX_ROWS,
            px_per_char: 6.6,
            max_label_px: 260.0,
        };
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

    // The layers' coordinate frame: replaced only when the zoom or pan goes far from it.
    let frame = RwSignal::new(Frame::new(tl.live.get_untracked()));
    let px_per_day = Memo::new(move |_| tl.live.get().px_per_day(width.get().max(1.0)));
    let unit = Memo::new(move |_| scale::tick_unit(px_per_day.get()));
    // Ticks for the visible window and one view-width either side (a few dozen at most; the
    // memo only notifies when the set changes), placed in percent of the layer.
    let ticks = Memo::new(move |_| {
        let live = tl.live.get();
        let window = Span { start: live.left() - live.span, end: live.left() + 2.0 * live.span };
        let frame = frame.get();
        scale::ticks(unit.get(), window.start, window.end, 400)
            .into_iter()
            .map(|t| {
                let at = format!("{:.5}", frame.percent(t.day as f64));
                (t, at)
            })
            .collect::<Vec<_>>()
    });
    let context = Memo::new(move |_| scale::axis_context(unit.get(), tl.live.get().center));
    let plot_style = move || format!("height:{}px", plot_height());

    // Drawing: at most once per animation frame. A frame restyles the two layers (width and
    // offset); the marks are drawn again only when the view leaves the drawn area, the rows or
    // the selection change, or the frame is replaced.
    let strip_layer = NodeRef::<leptos::html::Div>::new();
    let plot_layer = NodeRef::<leptos::html::Div>::new();
    let marks_ref = NodeRef::<leptos::html::Div>::new();
    let pending = StoredValue::new(Pending::default());
    let drawn = StoredValue::new_local(Drawn::default());
    let draw = move || {
        let Some(redraw) = pending.try_update_value(|p| p.take()) else {
            return;
        };
        let (Some(Some(strip)), Some(Some(plot)), Some(Some(marks))) =
            (strip_layer.try_get_untracked(), plot_layer.try_get_untracked(), marks_ref.try_get_untracked())
        else {
            return;
        };
        let (Some(live), Some(w)) = (tl.live.try_get_untracked(), width.try_get_untracked()) else {
            return;
        };
        if w < 1.0 {
            return;
        }
        let mut current = frame.get_untracked();
        let mut redraw = redraw;
        if !current.suits(live) {
            current = Frame::new(live);
            frame.set(current);
            redraw = true;
        }
        let (layer_w, shift) = current.place(live, w);
        let style = format!("width:{layer_w:.2}px;transform:translateX({shift:.2}px)");
        let _ = strip.set_attribute("style", &style);
        let _ = plot.set_attribute("style", &style);
        if redraw {
            // The rows, lanes or filters changed (rare): the lanes' box may have another height.
            if let Some(Some(s)) = scroll_ref.try_get_untracked() {
                scroll.set_value((f64::from(s.scroll_top()), f64::from(s.client_height())));
            }
        }
        let (scroll_top, height) = scroll.get_value();
        drawn.update_value(|d| {
            if redraw || d.frame != Some(current) || !d.area.is_some_and(|a| a.serves(live, scroll_top, height)) {
                let area = Area::around(live, scroll_top, height);
                let tops: Vec<f64> = lanes.read_untracked().iter().map(|l| l.1).collect();
                let selected = tl.selected.get_untracked();
                let grouping = grouping.get_value();
                if d.grouping != Some(grouping) {
                    // Other filters or lanes: the keys index another list of items.
                    d.apply(&marks, None);
                    d.grouping = Some(grouping);
                }
                let laid_out = laid_out.read_untracked();
                let wanted = layer::wanted(&laid_out.items, &tops, area, selected)
                    .map(|(i, p)| mark_view(tl, i, p, &tops, current, area, selected == Some(p.event)));
                d.apply(&marks, wanted);
                d.area = Some(area);
                d.frame = Some(current);
            }
        });
    };
    let request = move |redraw: bool| {
        if pending.try_update_value(|p| p.request(redraw)) == Some(true) {
            request_animation_frame(draw);
        }
    };
    // The view moved: move the layers (and draw marks if it left the drawn area).
    Effect::new(move |_| {
        tl.live.track();
        width.track();
        request(false);
    });
    // The rows, the lanes or the selection changed: draw the marks again.
    Effect::new(move |_| {
        laid_out.track();
        lanes.track();
        tl.selected.track();
        request(true);
    });
    let on_scroll = move |ev: ev::Event| {
        if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            scroll.set_value((f64::from(el.scroll_top()), f64::from(el.client_height())));
            request(false);
        }
    };

    // Moving the view: live every frame, laid out again when the interaction pauses.
    let schedule_commit = move || {
        if let Some(t) = timer.get_value() {
            t.clear();
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
        let Some(span) = tl.data.events.get(event).and_then(|p| p.span) else {
            return;
        };
        let live = tl.live.get_untracked();
        let revealed = live.reveal(span);
        if revealed != live {
            tl.moved.set(true);
            tl.live.set(revealed);
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
        let Some(mut g) = gesture.try_get_value() else {
            return;
        };
        let Some(start_view) = g.start_view else {
            return;
        };
        let Some(p) = g.pointers.iter_mut().find(|p| p.0 == ev.pointer_id()) else {
            return;
        };
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
                        <div class="tl-pan" node_ref=strip_layer>
                            <For each=move || ticks.get() key=|t: &(Tick, String)| t.clone() let:t>
                                <span class="tl-tick" class:major=t.0.major style=format!("left:{}%", t.1)>{t.0.label}</span>
                            </For>
                        </div>
                    </div>
                    <div class="tl-scroll" node_ref=scroll_ref on:scroll=on_scroll tabindex="0" role="group" aria-label="Lanes (scroll with the arrow keys)">
                        <div class="tl-plot" aria-hidden="true" style=plot_style>
                            <For each=move || lanes.get() key=|l: &(String, f64, f64)| (l.0.clone(), l.1 as i64, l.2 as i64) let:l>
                                <div class="tl-lane" style=format!("top:{}px;height:{}px", l.1, l.2)>
                                    <span class="tl-lane-title">{l.0}</span>
                                </div>
                            </For>
                            <div class="tl-pan" node_ref=plot_layer>
                                <For each=move || ticks.get() key=|t: &(Tick, String)| t.clone() let:t>
                                    <span class="tl-grid" class:major=t.0.major style=format!("left:{}%", t.1)></span>
                                </For>
                                <div class="tl-marks" node_ref=marks_ref></div>
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

/// The event whose mark contains this event target, if any.
fn event_under(target: Option<web_sys::EventTarget>) -> Option<usize> {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest(".tl-item").ok().flatten())
        .and_then(|item| item.get_attribute("data-event"))
        .and_then(|e| e.parse::<usize>().ok())
}

/// The DOM-ready form of a laid-out mark drawn in `area`, placed in `frame`.
fn mark_view(
    tl: Timeline,
    key: usize,
    p: &layout::Placed,
    lane_tops: &[f64],
    frame: Frame,
    area: Area,
    selected: bool,
) -> MarkView {
    let event = &tl.corpus.timeline[tl.data.events[p.event].index];
    let point = p.span.len() <= 1.0 && event.granularity == Granularity::Day;
    let (span, cut_start, cut_end) = if point { (p.span, false, false) } else { area.cut(p.span) };
    let (left, width) = if point {
        (frame.percent(span.start + span.len() / 2.0), 0.0)
    } else {
        (frame.percent(span.start), span.len() / frame.days * 100.0)
    };
    let mut class = String::from("tl-item");
    class.push_str(if point { " point" } else { " span" });
    if cut_start {
        class.push_str(" cut-start");
    }
    if cut_end {
        class.push_str(" cut-end");
    }
    if event.open_end {
        class.push_str(" open");
    }
    if event.conflict {
        class.push_str(" conflict");
    }
    if p.compact {
        class.push_str(" compact");
    }
    if selected {
        class.push_str(" selected");
    }
    // A mark without room for its label gets none (fewer nodes); the tooltip still names it.
    let label = (!p.compact || selected).then_some(event.label.as_str());
    MarkView {
        key,
        event: p.event,
        left,
        width,
        top: layer::item_top(lane_tops, p),
        class,
        label,
        title: event.label.as_str(),
    }
}

/// The marks in the DOM with their elements, by increasing key; the area and frame they were
/// drawn for; and the grouping their keys index.
#[derive(Default)]
struct Drawn {
    marks: Vec<(MarkView, web_sys::Element)>,
    area: Option<Area>,
    frame: Option<Frame>,
    grouping: Option<usize>,
}

impl Drawn {
    /// Brings the marks inside `container` to `wanted` (by increasing key): creates the new
    /// ones, restyles those that changed and removes the rest; marks that stay as they were are
    /// not touched.
    fn apply(&mut self, container: &web_sys::HtmlDivElement, wanted: impl IntoIterator<Item = MarkView>) {
        let document = document();
        let create = |m: &MarkView| {
            let el = document.create_element("div").ok()?;
            let _ = el.set_attribute("data-event", &m.event.to_string());
            let _ = el.set_attribute("title", m.title);
            write_mark(&el, &MarkView { class: String::new(), label: None, top: f64::NAN, ..m.clone() }, m);
            container.append_child(&el).ok()?;
            Some(el)
        };
        let drawn = std::mem::take(&mut self.marks);
        self.marks = layer::merge(drawn, wanted, create, |el, old, new| write_mark(el, old, new), |el| el.remove());
    }
}

/// Writes what differs between `old` and `new` to a mark's element.
fn write_mark(el: &web_sys::Element, old: &MarkView, new: &MarkView) {
    if old.class != new.class {
        el.set_class_name(&new.class);
    }
    if old.left != new.left || old.width != new.width || old.top != new.top {
        let _ = el.set_attribute("style", &new.style());
    }
    if old.label != new.label {
        // Untrusted text stays text: the label is a text node inside a span.
        el.set_text_content(None);
        if let Some(text) = new.label {
            if let Ok(span) = document().create_element("span") {
                span.set_class_name("tl-label");
                span.set_text_content(Some(text));
                let _ = el.append_child(&span);
            }
        }
    }
}

/// The shown events that have a place on the axis, in time order.
fn placeable(tl: Timeline) -> Vec<usize> {
    tl.shown.get_untracked().into_iter().filter(|&e| tl.data.events[e].span.is_some()).collect()
}

/// What a screen reader hears when the keyboard selects an event.
fn describe(tl: Timeline, event: usize, position: usize, total: usize) -> String {
    let Some(e) = tl.corpus.timeline.get(event) else {
        return String::new();
    };
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
