//! The events as a list in date order: the timeline's layout on narrow screens and, on every
//! screen, the complete alternative for screen readers (the axis draws marks that are hidden from
//! assistive technology). Each item links to its sentences and to itself, with plain `<a>`
//! elements (the router still handles their clicks): leptos_router's `<A>` keeps a reactive
//! `aria-current` per link, and thousands of those made every URL update cost a long frame.

use leptos::prelude::*;

use wasm_bindgen::JsCast;

use super::layout::{self, human_date};
use super::{Timeline, focus_id};
use crate::routes::{doc_title, reader_href};

/// Every shown event, in date order.
#[component]
pub fn EventList(tl: Timeline) -> impl IntoView {
    let selected = Selector::new(move || tl.selected.get());
    // One listener for every "Details" button.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("button.tl-show").ok().flatten());
        let Some(button) = button else { return };
        let Some(event) = button.get_attribute("data-event").and_then(|e| e.parse::<usize>().ok()) else { return };
        tl.return_focus.set_value(Some(button.id()));
        tl.select(Some(event), false);
        request_animation_frame(|| focus_id("tl-detail-heading"));
    };
    view! {
        <section class="tl-list" aria-labelledby="tl-list-heading">
            <h3 id="tl-list-heading">"Events in date order"</h3>
            <Show when=move || tl.shown.read().is_empty()>
                <p class="tl-empty">"No event matches these filters."</p>
            </Show>
            <ol class="event-list" on:click=on_click>
                <For each=move || tl.shown.get() key=|e| *e let:e>
                    <EventItem tl=tl index=e selected=selected.clone()/>
                </For>
            </ol>
        </section>
    }
}

#[component]
fn EventItem(tl: Timeline, index: usize, selected: Selector<Option<usize>>) -> impl IntoView {
    let event = &tl.corpus.timeline[index];
    let prepared = &tl.data.events[index];
    let current = selected.clone();
    let is_selected = move || selected.selected(&Some(index));
    let is_current = move || current.selected(&Some(index)).then_some("true");
    let date = human_date(&event.value, event.granularity, event.modifier.as_deref(), event.open_end);
    let start = prepared.span.map(|s| super::scale::format_day(s.start.floor() as i64)).unwrap_or_default();
    view! {
        <li class="event" class:selected=is_selected class:conflict=event.conflict id=format!("event-{}", event.id)
            data-start=start aria-current=is_current>
            <time datetime=layout::html_datetime(&event.value, prepared.span)>{date}</time>
            {event.conflict.then(|| view! { <span class="tl-badge">" dates disagree"</span> })}
            <p class="label">{event.label.clone()}</p>
            <ul class="mentions">
                {event.mentions.iter().map(|m| view! {
                    <li>
                        <a href=reader_href(&m.at)>{format!("“{}” in {}", m.text, doc_title(&m.at.doc))}</a>
                    </li>
                }).collect_view()}
            </ul>
            <p class="tl-actions">
                <button type="button" class="tl-show" id=format!("show-{index}") data-event=index.to_string()>
                    "Details"<span class="tl-sr">{format!(": {}", event.label)}</span>
                </button>
                " "
                <a href=format!("/timeline?event={}", super::url::encode(&event.id)) class="permalink">"Link to this event"</a>
            </p>
        </li>
    }
}
