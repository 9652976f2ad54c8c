//! The Timeline page: every dated event of the story on a zoomable, pannable time axis (lanes by
//! source or by actor), a detail panel for the selected event, and the same events as a list in
//! date order (the layout on narrow screens, and the browse-mode alternative for screen readers).
//!
//! All state lives in the URL: `?event=ID&zoom=DAYS&at=DATE&lane=source|actor&src=DOC&actor=NAME&q=TEXT`.
//! Submodules: `scale` (calendar and zoom arithmetic), `layout` (events → lanes and rows) and
//! `layer` (which marks are drawn, and when) are plain functions with native unit tests; `axis`,
//! `detail` and `list` are the view components.
//! Nothing here parses article text: dates come from the model's TIMEX3 values.

mod axis;
mod detail;
mod layer;
mod layout;
mod list;
mod scale;
mod url;

use std::sync::OnceLock;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::params::ParamsMap;

use dossier_model::Corpus;

use crate::data;
use layout::{Filter, LaneMode, TimelineData};
/// Dates in words, shared with the views that show dated claims.
pub use layout::human_value;
use scale::View;

/// The events of the embedded corpus, prepared once.
fn prepared() -> &'static TimelineData {
    static PREPARED: OnceLock<TimelineData> = OnceLock::new();
    PREPARED.get_or_init(|| TimelineData::new(data::loaded()))
}

type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// Copyable handles to the page's state, shared by its components.
#[derive(Clone, Copy)]
struct Timeline {
    corpus: &'static Corpus,
    data: &'static TimelineData,
    query: Memo<ParamsMap>,
    path: Memo<String>,
    navigate: StoredValue<Navigate, LocalStorage>,
    /// The selected event (index into the timeline), from `?event=`.
    selected: Memo<Option<usize>>,
    filter: Memo<Filter>,
    lane: Memo<LaneMode>,
    /// The events the filters let through, in time order.
    shown: Memo<Vec<usize>>,
    /// The view `?zoom=&at=` asks for.
    url_view: Memo<Option<View>>,
    /// What the axis shows right now (changes with every zoom or pan input).
    live: RwSignal<View>,
    /// True once the reader moved the view: URLs written from then on record it.
    moved: RwSignal<bool>,
    /// Where keyboard focus goes back to when the detail panel closes.
    return_focus: StoredValue<Option<String>>,
}

impl Timeline {
    fn new() -> Timeline {
        let corpus = data::loaded();
        let data = prepared();
        let query = use_query_map();
        let location = use_location();
        let path = Memo::new(move |_| location.pathname.get());
        let navigate = StoredValue::new_local(Box::new(use_navigate()) as Navigate);
        let selected = Memo::new(move |_| {
            let id = query.read().get("event")?;
            corpus.timeline.iter().position(|e| e.id == id)
        });
        let filter = Memo::new(move |_| {
            let q = query.read();
            let non_empty = |k: &str| q.get(k).filter(|v| !v.trim().is_empty());
            Filter { source: non_empty("src"), actor: non_empty("actor"), text: q.get("q").unwrap_or_default() }
        });
        let lane = Memo::new(move |_| LaneMode::from_param(query.read().get_str("lane")));
        let shown = Memo::new(move |_| layout::shown(corpus, data, &filter.read()));
        let url_view = Memo::new(move |_| {
            let q = query.read();
            let span = q.get_str("zoom").and_then(|z| z.parse::<f64>().ok()).filter(|z| z.is_finite() && *z > 0.0)?;
            let center = scale::parse_at(q.get_str("at")?)?;
            Some(View::new(center, span))
        });
        let start = untrack(|| url_view.get()).unwrap_or_else(|| default_view(data, untrack(|| selected.get())));
        Timeline {
            corpus,
            data,
            query,
            path,
            navigate,
            selected,
            filter,
            lane,
            shown,
            url_view,
            live: RwSignal::new(start),
            moved: RwSignal::new(false),
            return_focus: StoredValue::new(None),
        }
    }

    /// Navigates to this page with some parameters changed (`None` removes one); records the
    /// current view once the reader has moved it.
    fn navigate(&self, changes: &[(&str, Option<String>)], replace: bool) {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        let current = self.query.get_untracked();
        for key in url::KEYS {
            let value = match changes.iter().find(|(k, _)| *k == key) {
                Some((_, v)) => v.clone(),
                None => current.get(key),
            };
            if let Some(v) = value {
                pairs.push((key, v));
            }
        }
        if self.moved.get_untracked() {
            let v = self.live.get_untracked();
            pairs.retain(|(k, _)| *k != "zoom" && *k != "at");
            pairs.push(("zoom", scale::format_zoom(v.span)));
            pairs.push(("at", scale::format_at(v.center, v.span)));
        }
        let href = format!("{}{}", self.path.get_untracked(), url::query_string(&pairs));
        self.navigate
            .with_value(|go| go(&href, NavigateOptions { replace, scroll: false, ..NavigateOptions::default() }));
    }

    /// Selects an event (or clears the selection); `replace` keeps the history short while
    /// stepping through events with the keyboard.
    fn select(&self, event: Option<usize>, replace: bool) {
        let id = event.and_then(|e| self.corpus.timeline.get(e)).map(|e| e.id.clone());
        self.navigate(&[("event", id)], replace);
    }

    /// Records the live view in the URL (once the reader has moved it).
    fn commit(&self) {
        let live = self.live.get_untracked();
        if self.moved.get_untracked() {
            let q = self.query.get_untracked();
            let (zoom, at) = (scale::format_zoom(live.span), scale::format_at(live.center, live.span));
            if q.get_str("zoom") != Some(zoom.as_str()) || q.get_str("at") != Some(at.as_str()) {
                self.navigate(&[], true);
            }
        }
    }
}

/// Where the axis starts without `?zoom=&at=`: around the selected event, else every event.
fn default_view(data: &TimelineData, selected: Option<usize>) -> View {
    if let Some(span) = selected.and_then(|e| data.events.get(e)).and_then(|p| p.span) {
        return View::new(span.start + span.len() / 2.0, (span.len() * 3.0).max(21.0));
    }
    match data.extent {
        Some(extent) => View::fit(extent),
        None => View::new(scale::days_from_civil(2000, 1, 1) as f64, 3652.5),
    }
}

/// Every event of the story on a time axis, with a detail panel and a list.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let tl = Timeline::new();
    // The URL decides the view: follow it on back/forward or an edited link.
    Effect::new(move |_| {
        let target = tl.url_view.get().unwrap_or_else(|| default_view(tl.data, untrack(|| tl.selected.get())));
        if !target.close_to(&tl.live.get_untracked()) {
            tl.live.set(target);
        }
    });
    let total = tl.corpus.timeline.len();
    let count = move || {
        let n = tl.shown.read().len();
        if n == total { format!("{total} dated events") } else { format!("{n} of {total} dated events") }
    };
    view! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <div class="tl-head">
                <h2 id="timeline-heading">"Timeline"</h2>
                <p class="count" aria-live="polite">{count}</p>
            </div>
            <Filters tl=tl/>
            <div class="tl-main">
                <axis::Axis tl=tl/>
                <detail::Detail tl=tl/>
            </div>
            <list::EventList tl=tl/>
        </section>
    }
}

/// Source, actor and text filters and the lane choice, all written to the URL.
#[component]
fn Filters(tl: Timeline) -> impl IntoView {
    let docs = &tl.corpus.documents;
    let actors = &tl.data.actors;
    let set = move |key: &'static str, value: String| {
        tl.navigate(&[(key, Some(value).filter(|v| !v.is_empty()))], true);
    };
    let value_of = move |key: &'static str| move || tl.query.read().get(key).unwrap_or_default();
    let is_lane = move |mode: LaneMode| move || tl.lane.get() == mode;
    let clear = move |_| tl.navigate(&[("src", None), ("actor", None), ("q", None)], false);
    view! {
        <form class="tl-filters" role="search" aria-label="Filter events" on:submit=|ev| ev.prevent_default()>
            <label>
                <span>"Source"</span>
                <select id="tl-src" prop:value=value_of("src") on:change=move |ev| set("src", event_target_value(&ev))>
                    <option value="">"All sources"</option>
                    {docs.iter().map(|d| view! { <option value=d.id.clone()>{d.title.clone()}</option> }).collect_view()}
                </select>
            </label>
            <label>
                <span>"Actor"</span>
                <select id="tl-actor" prop:value=value_of("actor") on:change=move |ev| set("actor", event_target_value(&ev))>
                    <option value="">"All actors"</option>
                    {actors.iter().take(400).map(|a| view! { <option value=a.clone()>{a.clone()}</option> }).collect_view()}
                </select>
            </label>
            <label class="tl-text">
                <span>"Words"</span>
                <input id="tl-q" type="search" placeholder="e.g. convoy" autocomplete="off"
                    prop:value=value_of("q") on:input=move |ev| set("q", event_target_value(&ev))/>
            </label>
            <fieldset class="tl-lane-choice">
                <legend>"Lanes"</legend>
                <label><input type="radio" name="tl-lane" value=LaneMode::Source.as_param() prop:checked=is_lane(LaneMode::Source)
                    on:change=move |_| set("lane", String::new())/>" by source"</label>
                <label><input type="radio" name="tl-lane" value=LaneMode::Actor.as_param() prop:checked=is_lane(LaneMode::Actor)
                    on:change=move |_| set("lane", LaneMode::Actor.as_param().into())/>" by actor"</label>
            </fieldset>
            <Show when=move || !tl.filter.read().is_empty()>
                <button type="button" class="tl-clear" on:click=clear>"Clear filters"</button>
            </Show>
        </form>
    }
}

/// Moves keyboard focus to the element with this id, if it exists.
fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
