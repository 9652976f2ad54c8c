//! The root component: header (or the compact embed bar), navigation and every route of the app.

use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::path;
use wasm_bindgen::JsCast;

use crate::data;
use crate::embed::{self, EmbedBar, Home};
use crate::pwa::UpdatePrompt;
use crate::share::ShareDialog;
use crate::routes::claims::{ClaimsPage, SpeakerPage};
use crate::routes::reader::{ReaderIndex, ReaderPage};
use crate::routes::search::SearchPage;
use crate::routes::timeline::TimelinePage;

/// The whole app, or a readable error page when the embedded model cannot be opened.
#[component]
pub fn App() -> impl IntoView {
    match data::corpus() {
        Ok(_) => view! { <Shell/> }.into_any(),
        Err(e) => view! {
            <main id="main" class="fatal" role="alert">
                <h1>"Dossier cannot open its data"</h1>
                <p>{e.to_string()}</p>
            </main>
        }
        .into_any(),
    }
}

#[component]
fn Shell() -> impl IntoView {
    view! {
        <Router>
            <SlashOpensSearch/>
            <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
            {if embed::requested() { view! { <EmbedBar/> }.into_any() } else { view! { <Header/> }.into_any() }}
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/timeline") view=TimelinePage/>
                    <Route path=path!("/claims") view=ClaimsPage/>
                    <Route path=path!("/speaker/:name") view=SpeakerPage/>
                    <Route path=path!("/search") view=SearchPage/>
                    <Route path=path!("/read") view=ReaderIndex/>
                    <Route path=path!("/read/:doc") view=ReaderPage/>
                </Routes>
            </main>
        </Router>
    }
}

/// The skip link moves focus itself: the router would otherwise take the click as a navigation
/// to `#main` and leave focus on the link.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

/// The story's name, its sources, the site navigation and the Embed / Share dialog.
#[component]
fn Header() -> impl IntoView {
    let corpus = data::loaded();
    let count = corpus.documents.len();
    view! {
        <header class="site-header">
            <p class="brand">"Dossier"</p>
            <h1 class="story-title">{corpus.story.title.clone()}</h1>
            <details class="sources">
                <summary>{format!("{count} source{}", if count == 1 { "" } else { "s" })}</summary>
                <ul>
                    {corpus.documents.iter().map(|d| view! {
                        <li><A href=format!("/read/{}", d.id)>{d.title.clone()}</A></li>
                    }).collect_view()}
                </ul>
            </details>
            <nav aria-label="Views">
                <ul>
                    <li><A href="/timeline">"Timeline"</A></li>
                    <li><A href="/claims">"Claims"</A></li>
                    <li><A href="/search">"Search"</A></li>
                    <li><A href="/read">"Articles"</A></li>
                </ul>
            </nav>
            <ShareDialog/>
            <UpdatePrompt/>
        </header>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section>
            <h2>"Page not found"</h2>
            <p><A href="/timeline">"Go to the timeline"</A></p>
        </section>
    }
}

/// `/` anywhere (outside a text field) opens the search box, as on most search-driven sites.
#[component]
fn SlashOpensSearch() -> impl IntoView {
    let navigate = leptos_router::hooks::use_navigate();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_a_field() {
            return;
        }
        ev.prevent_default();
        if !focus_search_input() {
            navigate("/search", Default::default());
            request_animation_frame(|| {
                focus_search_input();
            });
        }
    });
    on_cleanup(move || handle.remove());
}

fn typing_in_a_field() -> bool {
    document().active_element().is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable")
    })
}

/// Focuses the search box if the page has one.
fn focus_search_input() -> bool {
    use wasm_bindgen::JsCast;
    document()
        .get_element_by_id("search-input")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|input| input.focus().is_ok())
}
