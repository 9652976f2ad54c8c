//! The Search page: the query lives in the URL (`?q=`); results come from the shared engine in
//! `dossier_model::search` (the same code as `dossier search`), grouped by document, with events,
//! claims and people as their own result types. Highlights are precomputed character ranges:
//! this page slices text by them and never tokenises it.
//!
//! In a chunked build (a large corpus, see `build.rs`) the postings are fetched on demand by
//! `search_chunks` and the page says so while they load.
//!
//! Keyboard: `/` focuses the box (see `app.rs`), ↓ from the box enters the results, ↑/↓ move
//! between them, Enter opens one in the Reader at its sentence.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use wasm_bindgen::JsCast;

#[cfg(not(dossier_chunked_search))]
use dossier_model::search;
use dossier_model::search::{Highlights, Results, SYNTAX_HELP};
use dossier_model::SentenceRef;

use super::reader_href;
#[cfg(not(dossier_chunked_search))]
use crate::data;

const LIMIT: usize = 20;

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
    #[cfg(not(dossier_chunked_search))]
    let (status, shown) = {
        let results = Memo::new(move |_| {
            let q = q.get();
            (!q.trim().is_empty()).then(|| search::search(data::loaded(), &q, LIMIT))
        });
        (move || summary(results.read().as_ref()), move || results.get().map(|r| view! { <ResultList results=r/> }))
    };
    #[cfg(dossier_chunked_search)]
    let (status, shown) = chunked::results(q);
    view! {
        <section class="search" aria-labelledby="search-heading">
            <h2 id="search-heading">"Search"</h2>
            <form role="search" on:submit=|ev| ev.prevent_default()>
                <label for="search-input">"Search the articles, events, claims and people"</label>
                <input id="search-input" type="search" autocomplete="off" spellcheck="false"
                    aria-describedby="search-help-summary" aria-controls="search-results"
                    prop:value=move || q.get() on:input=on_input on:keydown=move_between_results/>
                <details class="search-help">
                    <summary id="search-help-summary">"Search syntax: phrases, -exclude, OR, source:, speaker:, date:, after:, before:"</summary>
                    <pre>{SYNTAX_HELP}</pre>
                </details>
            </form>
            <p class="count" role="status">{status}</p>
            <div id="search-results" on:keydown=move_between_results>
                {shown}
            </div>
        </section>
    }
}

/// A chunked build's search (`cfg(dossier_chunked_search)`): runs the query over the postings
/// chunks loaded so far, fetches the ones it missed and runs it again when they arrive; says
/// "Loading the search index…" meanwhile, and which part failed to load (with a retry) instead
/// of failing silently.
#[cfg(dossier_chunked_search)]
mod chunked {
    use leptos::prelude::*;

    use super::{LIMIT, ResultList, summary};
    use crate::{data, search_chunks};

    /// Where the postings needed by the current query are.
    #[derive(Debug, Clone, PartialEq)]
    enum Index {
        /// Loaded: the results are complete.
        Ready,
        /// Some are being fetched.
        Loading,
        /// Some could not be fetched: why.
        Failed(String),
    }

    /// The status line, and the results (none while chunks load; under a retry button when a
    /// chunk failed to load).
    pub fn results(q: Memo<String>) -> (impl Fn() -> String + Copy, impl Fn() -> AnyView + Copy) {
        // Bumped when a chunk arrives or fails, and on retry: the query runs again.
        let version = RwSignal::new(0u32);
        let searched = Memo::new(move |_| {
            version.track();
            let q = q.get();
            (!q.trim().is_empty()).then(|| search_chunks::run(data::loaded(), &q, LIMIT))
        });
        Effect::new(move |_| {
            version.track();
            searched.with(|s| {
                let Some(s) = s.as_ref().filter(|s| !s.missing.is_empty()) else { return };
                search_chunks::fetch(&s.missing, move || {
                    version.try_update(|v| *v += 1);
                });
            });
        });
        let index = Memo::new(move |_| {
            version.track();
            searched.with(|s| match s.as_ref().map(|s| s.missing.as_slice()) {
                Some(missing) if !missing.is_empty() => {
                    search_chunks::failure(missing).map_or(Index::Loading, Index::Failed)
                }
                _ => Index::Ready,
            })
        });
        let results = Memo::new(move |_| match index.get() {
            Index::Loading => None,
            Index::Ready | Index::Failed(_) => searched.with(|s| s.as_ref().map(|s| s.results.clone())),
        });
        let status = move || match index.get() {
            Index::Ready => summary(results.read().as_ref()),
            Index::Loading => "Loading the search index…".to_string(),
            Index::Failed(why) => format!(
                "Part of the search index could not be loaded ({why}); these results may be incomplete."
            ),
        };
        let retry = move |_| {
            search_chunks::retry();
            version.update(|v| *v += 1);
        };
        let shown = move || {
            let retry = matches!(index.get(), Index::Failed(_))
                .then(|| view! { <button type="button" class="retry" on:click=retry>"Try loading it again"</button> });
            let list = results.get().map(|r| view! { <ResultList results=r/> });
            (retry, list).into_any()
        };
        (status, shown)
    }
}

/// What the status line says about the results.
fn summary(results: Option<&Results>) -> String {
    let Some(r) = results else { return "Type to search. Typos are forgiven; see the syntax below.".into() };
    let mut parts = vec![plural(r.total_documents, "article")];
    for (n, what) in [(r.events.len(), "event"), (r.claims.len(), "claim"), (r.people.len(), "person")] {
        if n > 0 {
            parts.push(plural(n, what));
        }
    }
    let mut line = format!("Found {}", parts.join(", "));
    if !r.problems.is_empty() {
        line.push_str(&format!(". Not understood: {}", r.problems.join("; ")));
    }
    line
}

fn plural(n: usize, word: &str) -> String {
    match (n, word) {
        (1, _) => format!("1 {word}"),
        (_, "person") => format!("{n} people"),
        _ => format!("{n} {word}s"),
    }
}

#[component]
fn ResultList(results: Results) -> impl IntoView {
    let Results { documents, events, claims, people, .. } = results;
    view! {
        <h3>"Articles"</h3>
        <ol class="results">
            {documents.into_iter().map(|d| view! {
                <li class="result">
                    <p class="result-title"><Marked text=d.title highlights=d.title_highlights/></p>
                    <ul class="snippets">
                        {d.sentences.into_iter().map(|s| {
                            let at = SentenceRef { doc: d.doc.clone(), sentence: s.sentence };
                            view! {
                                <li><A href=reader_href(&at) attr:class="hit snippet">
                                    <Marked text=s.text highlights=s.highlights/>
                                </A></li>
                            }
                        }).collect_view()}
                    </ul>
                </li>
            }).collect_view()}
        </ol>
        {(!claims.is_empty()).then(|| view! {
            <h3>"Claims"</h3>
            <ul class="hits claims">
                {claims.into_iter().map(|c| {
                    let at = SentenceRef { doc: c.doc.clone(), sentence: c.sentence };
                    view! {
                        <li><A href=reader_href(&at) attr:class="hit">
                            <span class="speaker">{c.speaker}": "</span>
                            <Marked text=c.text highlights=c.highlights/>
                        </A></li>
                    }
                }).collect_view()}
            </ul>
        })}
        {(!events.is_empty()).then(|| view! {
            <h3>"Events"</h3>
            <ul class="hits events">
                {events.into_iter().map(|e| view! {
                    <li><A href=format!("/timeline?event={}", e.id) attr:class="hit">
                        <time datetime=e.value.clone()>{e.value.clone()}</time>" "
                        <Marked text=e.label highlights=e.highlights/>
                    </A></li>
                }).collect_view()}
            </ul>
        })}
        {(!people.is_empty()).then(|| view! {
            <h3>"People"</h3>
            <ul class="hits people">
                {people.into_iter().map(|p| view! {
                    <li><A href=format!("/speaker/{}", String::from(js_sys::encode_uri_component(&p.name))) attr:class="hit">
                        {p.name.clone()}
                    </A></li>
                }).collect_view()}
            </ul>
        })}
    }
}

/// Text with its highlighted ranges in `<mark>`.
#[component]
fn Marked(text: String, highlights: Highlights) -> impl IntoView {
    split_marked(&text, &highlights)
        .into_iter()
        .map(|(piece, marked)| if marked { view! { <mark>{piece}</mark> }.into_any() } else { piece.into_any() })
        .collect_view()
}

/// Cuts `text` at the highlight ranges (character offsets, sorted or not, possibly overlapping):
/// alternating plain and marked pieces, in order, that join back to `text`.
pub fn split_marked(text: &str, highlights: &[[u32; 2]]) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let mut marked = vec![false; chars.len()];
    for &[start, end] in highlights {
        let end = (end as usize).min(chars.len());
        for flag in marked.iter_mut().take(end).skip(start as usize) {
            *flag = true;
        }
    }
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match pieces.last_mut() {
            Some((piece, last)) if *last == m => piece.push(c),
            _ => pieces.push((c.to_string(), m)),
        }
    }
    pieces
}

/// ↑/↓ between the search box and the result links.
fn move_between_results(ev: leptos::ev::KeyboardEvent) {
    let step: i32 = match ev.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    let Ok(links) = document().query_selector_all("#search-results a.hit") else { return };
    let links: Vec<web_sys::HtmlElement> =
        (0..links.length()).filter_map(|i| links.get(i)?.dyn_into().ok()).collect();
    if links.is_empty() {
        return;
    }
    let active = document().active_element();
    let current = links.iter().position(|l| active.as_ref().is_some_and(|a| a == l.as_ref() as &web_sys::Element));
    let next = match current {
        None if step > 0 => Some(0),
        None => None,
        Some(0) if step < 0 => {
            focus_input();
            None
        }
        Some(i) => Some(((i as i32 + step).max(0) as usize).min(links.len() - 1)),
    };
    ev.prevent_default();
    if let Some(i) = next {
        let _ = links[i].focus();
    }
}

fn focus_input() {
    if let Some(input) = document().get_element_by_id("search-input").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = input.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::split_marked;

    fn show(text: &str, h: &[[u32; 2]]) -> String {
        split_marked(text, h).into_iter().map(|(p, m)| if m { format!("[{p}]") } else { p }).collect()
    }

    #[test]
    fn marks_character_ranges() {
        assert_eq!(show("aid convoy hit", &[[4, 10]]), "aid [convoy] hit");
        assert_eq!(show("“Café” crowd", &[[1, 5], [7, 12]]), "“[Café]” [crowd]");
        assert_eq!(show("abc", &[]), "abc");
    }

    #[test]
    fn tolerates_overlaps_and_out_of_range() {
        assert_eq!(show("abcdef", &[[0, 3], [2, 4], [5, 99]]), "[abcd]e[f]");
    }
}
