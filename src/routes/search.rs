//! The Search page: the query lives in the URL (`?q=`); results link to their sentence.
//!
//! Foundation level: every word of the query must occur in the sentence (case-insensitive).

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use dossier_model::{Corpus, SentenceRef};

use super::{doc_title, reader_href};
use crate::data;

/// The search box and its results.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let navigate = use_navigate();
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let href = format!("/search?q={}", String::from(js_sys::encode_uri_component(&value)));
        navigate(&href, NavigateOptions { replace: true, scroll: false, ..Default::default() });
    };
    let hits = Memo::new(move |_| find(data::loaded(), &q.get()));
    view! {
        <section class="search" aria-labelledby="search-heading">
            <h2 id="search-heading">"Search"</h2>
            <form role="search" on:submit=|ev| ev.prevent_default()>
                <label for="search-input">"Search the articles"</label>
                <input id="search-input" type="search" autocomplete="off"
                    prop:value=move || q.get() on:input=on_input/>
            </form>
            <p class="count" role="status">{move || summary(&q.get(), hits.read().len())}</p>
            <ol class="results">
                {move || hits.get().into_iter().map(|(at, text)| view! {
                    <li class="result">
                        <A href=reader_href(&at)>{doc_title(&at.doc)}</A>
                        <p>{text}</p>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

fn summary(q: &str, n: usize) -> String {
    match (q.trim().is_empty(), n) {
        (true, _) => "Type to search every sentence of every article.".into(),
        (false, 1) => "1 matching sentence".into(),
        (false, n) => format!("{n} matching sentences"),
    }
}

/// Sentences containing every word of the query.
fn find(corpus: &Corpus, q: &str) -> Vec<(SentenceRef, String)> {
    let words: Vec<String> = q.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for doc in &corpus.documents {
        for (i, s) in doc.sentences.iter().enumerate() {
            let lower = s.text.to_lowercase();
            if words.iter().all(|w| lower.contains(w.as_str())) {
                hits.push((SentenceRef { doc: doc.id.clone(), sentence: i as u32 }, s.text.clone()));
            }
        }
    }
    hits
}
