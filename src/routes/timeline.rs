//! The Timeline page: dated events in date order; `?event=ID` selects and reveals one.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use dossier_model::Event;

use super::{doc_title, reader_href};
use crate::data;

/// Every event of the story, in date order.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let query = use_query_map();
    let selected = Memo::new(move |_| query.read().get("event"));
    let events = &data::loaded().timeline;
    view! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Timeline"</h2>
            <p class="count">{format!("{} dated events", events.len())}</p>
            <ol class="event-list">
                {events.iter().map(|e| view! { <EventItem event=e selected=selected/> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn EventItem(event: &'static Event, selected: Memo<Option<String>>) -> impl IntoView {
    let id = event.id.clone();
    let is_selected = move || selected.get().as_deref() == Some(id.as_str());
    view! {
        <li class="event" class:selected=is_selected id=format!("event-{}", event.id)>
            <time datetime=event.value.clone()>{event.value.clone()}</time>
            <p class="label">{event.label.clone()}</p>
            <ul class="mentions">
                {event.mentions.iter().map(|m| view! {
                    <li>
                        <A href=reader_href(&m.at)>{format!("“{}” in {}", m.text, doc_title(&m.at.doc))}</A>
                    </li>
                }).collect_view()}
            </ul>
            <A href=format!("/timeline?event={}", event.id) attr:class="permalink">"Link to this event"</A>
        </li>
    }
}
