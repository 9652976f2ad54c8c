//! The detail panel of the selected event: its date or dates (with the disagreement spelled
//! out), precision, range, actors, and every mention with its sentence, its source's publication
//! date ("inferred from …" when inferred) and a link to the sentence in the Reader.

use leptos::prelude::*;
use leptos_router::components::A;

use dossier_model::{DateBasis, Document, Event, Mention};

use super::layout::{self, granularity_name, human_date, human_value};
use super::scale::{self, human_day};
use super::{Timeline, focus_id};
use crate::routes::reader_href;

/// The panel, shown while an event is selected.
#[component]
pub fn Detail(tl: Timeline) -> impl IntoView {
    move || {
        let index = tl.selected.get()?;
        let event = tl.corpus.timeline.get(index)?;
        Some(view! { <EventDetail tl=tl index=index event=event/> })
    }
}

#[component]
fn EventDetail(tl: Timeline, index: usize, event: &'static Event) -> impl IntoView {
    let close = move || {
        tl.select(None, false);
        let back = tl.return_focus.get_value().unwrap_or_else(|| "tl-axis".into());
        request_animation_frame(move || focus_id(&back));
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    };
    let prepared = &tl.data.events[index];
    let date = human_date(&event.value, event.granularity, event.modifier.as_deref(), event.open_end);
    let range = prepared.span.map(|s| {
        let first = human_day(s.start.floor() as i64);
        let last = human_day((s.end - 1e-9).floor() as i64);
        let span = if first == last { first } else { format!("{first} – {last}") };
        if event.open_end { format!("{span} (open range: up to the publication date)") } else { span }
    });
    let mentions = event.mentions.len();
    view! {
        <aside class="tl-detail" aria-labelledby="tl-detail-heading" on:keydown=on_key>
            <div class="tl-detail-head">
                <h3 id="tl-detail-heading" tabindex="-1">{event.label.clone()}</h3>
                <button type="button" class="tl-close" aria-label="Close details" title="Close (Escape)"
                    on:click=move |_| close()>"×"</button>
            </div>
            <dl class="tl-facts">
                <dt>"Date"</dt>
                <dd><time datetime=layout::html_datetime(&event.value, prepared.span)>{date}</time></dd>
                {event.conflict.then(|| view! {
                    <dt>"Conflict"</dt>
                    <dd class="tl-conflict"><Conflict tl=tl event=event/></dd>
                })}
                <dt>"Precision"</dt>
                <dd>{granularity_name(event.granularity)}</dd>
                {range.map(|r| view! { <dt>"Covers"</dt><dd>{r}</dd> })}
                {(!event.actors.is_empty()).then(|| view! { <dt>"Who"</dt><dd>{event.actors.join(", ")}</dd> })}
            </dl>
            <h4>{format!("{mentions} mention{}", if mentions == 1 { "" } else { "s" })}</h4>
            <ol class="tl-mentions">
                {event.mentions.iter().map(|m| view! { <MentionItem tl=tl mention=m/> }).collect_view()}
            </ol>
            <A href=format!("/timeline?event={}", super::url::encode(&event.id)) attr:class="permalink">"Link to this event"</A>
        </aside>
    }
}

/// "Sources disagree": every date given, with the sources that give it.
#[component]
fn Conflict(tl: Timeline, event: &'static Event) -> impl IntoView {
    let items = event
        .values
        .iter()
        .map(|v| {
            let date = human_value(v).unwrap_or_else(|| v.clone());
            let mut sources: Vec<String> = Vec::new();
            for m in event.mentions.iter().filter(|m| &m.value == v) {
                let title = tl.corpus.document(&m.at.doc).map_or_else(|| m.at.doc.clone(), |d| d.title.clone());
                if !sources.contains(&title) {
                    sources.push(title);
                }
            }
            let by = if sources.is_empty() { String::new() } else { format!(" — {}", sources.join("; ")) };
            view! { <li><strong>{date}</strong>{by}</li> }
        })
        .collect_view();
    view! {
        <p>"Sources disagree on the date; every date they give:"</p>
        <ul>{items}</ul>
    }
}

#[component]
fn MentionItem(tl: Timeline, mention: &'static Mention) -> impl IntoView {
    let doc = tl.corpus.document(&mention.at.doc);
    let title = doc.map_or_else(|| mention.at.doc.clone(), |d| d.title.clone());
    let sentence = tl.corpus.sentence(&mention.at).map(|s| s.text.as_str()).unwrap_or("");
    let (before, marked, after) = split_chars(sentence, mention.start as usize, mention.end as usize);
    let value = human_value(&mention.value).unwrap_or_else(|| mention.value.clone());
    view! {
        <li>
            <p class="tl-source"><cite>{title}</cite>" "<span class="meta">{publication(doc)}</span></p>
            <blockquote class="tl-sentence">
                {before}{(!marked.is_empty()).then(|| view! { <mark>{marked}</mark> })}{after}
            </blockquote>
            <p class="tl-expr meta">{expression_reading(mention, &value)}</p>
            <A href=reader_href(&mention.at) attr:class="tl-read">
                {format!("Read sentence {} in context", mention.at.sentence + 1)}
            </A>
        </li>
    }
}

/// How the mention's time expression was read: "“Oct. 1” read as 1 October 2016", or, for a step
/// told from an earlier date, "“three days later” read as …, counted from “September 19” (…)".
fn expression_reading(mention: &Mention, value: &str) -> String {
    match &mention.counted_from {
        Some(from) => format!("“{}” read as {value}, counted from {from}", mention.text),
        None => format!("“{}” read as {value}", mention.text),
    }
}

/// How a document's publication date is known: "published 2 October 2016 (dateline)",
/// "published 15 September 2016, inferred from …".
fn publication(doc: Option<&Document>) -> String {
    let Some(p) = doc.and_then(|d| d.date.as_ref()) else { return "publication date unknown".into() };
    let day = scale::parse_day(&p.value).map_or_else(|| p.value.clone(), human_day);
    let evidence = p.evidence.trim();
    match p.basis {
        DateBasis::Dateline if evidence.is_empty() => format!("published {day} (dateline)"),
        DateBasis::Dateline => format!("published {day} ({evidence})"),
        DateBasis::Inferred if evidence.is_empty() => format!("published {day}, inferred from the dates in the text"),
        DateBasis::Story if evidence.is_empty() => format!("published {day}, inferred from the other articles"),
        DateBasis::Inferred | DateBasis::Story => format!("published {day}, inferred from {evidence}"),
    }
}

/// Splits `text` at character offsets `start..end` (clamped; nothing marked when invalid).
fn split_chars(text: &str, start: usize, end: usize) -> (String, String, String) {
    let byte = |i: usize| text.char_indices().nth(i).map_or(text.len(), |(b, _)| b);
    if start >= end {
        return (text.to_owned(), String::new(), String::new());
    }
    let (s, e) = (byte(start), byte(end));
    (text[..s].to_owned(), text[s..e].to_owned(), text[e..].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_chars_marks_by_character_offsets() {
        let s = "On Monday, O’Brien spoke.";
        assert_eq!(split_chars(s, 3, 9), ("On ".into(), "Monday".into(), ", O’Brien spoke.".into()));
        assert_eq!(split_chars("O’Brien met", 8, 11), ("O’Brien ".into(), "met".into(), String::new()));
        assert_eq!(split_chars(s, 5, 2), (s.into(), String::new(), String::new()));
        assert_eq!(split_chars(s, 20, 99), ("On Monday, O’Brien s".into(), "poke.".into(), String::new()));
    }

    fn mention(text: &str, counted_from: Option<&str>) -> Mention {
        Mention {
            at: dossier_model::SentenceRef { doc: "d".into(), sentence: 0 },
            text: text.into(),
            start: 0,
            end: 0,
            value: "2016-09-22".into(),
            granularity: dossier_model::Granularity::Day,
            counted_from: counted_from.map(Into::into),
        }
    }

    #[test]
    fn a_counted_step_says_what_it_was_counted_from() {
        let step = mention("Three days later", Some("“September 19” (2016-09-19)"));
        assert_eq!(
            expression_reading(&step, "22 September 2016"),
            "“Three days later” read as 22 September 2016, counted from “September 19” (2016-09-19)"
        );
        let written = mention("September 22", None);
        assert_eq!(expression_reading(&written, "22 September 2016"), "“September 22” read as 22 September 2016");
    }
}
