//! Embed mode: Dossier inside another site's iframe (`?embed=1` on any view's address).
//!
//! Owns the mode flag, the compact bar that replaces the site header, the `view=` alias that
//! lets a snippet name a view on `/`, the link back to the full view, keeping `embed=1` in the
//! address while the reader clicks around, and the height messages to the parent page
//! (`{type: "dossier:height", height}` via `postMessage`, read by `embed/dossier-embed.js`).
//! It never changes what a view shows, only the chrome around it. The address helpers are plain
//! functions over the raw (still percent-encoded) query string, so they are tested natively.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::data;
use crate::routes::timeline::TimelinePage;

/// The query pair that switches embed mode on.
const EMBED_PAIR: &str = "embed=1";

/// The views a snippet may name with `view=`, and the query key that completes each one's path
/// (`view=read&doc=ID` → `/read/ID`, `view=speaker&name=N` → `/speaker/N`).
const VIEWS: &[(&str, Option<&str>)] =
    &[("timeline", None), ("claims", None), ("search", None), ("read", Some("doc")), ("speaker", Some("name"))];

/// The raw `key=value` pairs of a query string (with or without its leading `?`), in order.
fn pairs(search: &str) -> impl Iterator<Item = (&str, &str)> {
    search.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap_or((p, "")))
}

/// Joins raw pairs back into a query string with its `?`, or "" when there are none.
fn join(pairs: impl Iterator<Item = (impl AsRef<str>, impl AsRef<str>)>) -> String {
    let parts: Vec<String> = pairs.map(|(k, v)| format!("{}={}", k.as_ref(), v.as_ref())).collect();
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

/// Whether a query string asks for embed mode.
pub fn is_embed(search: &str) -> bool {
    pairs(search).any(|(k, v)| k == "embed" && v == "1")
}

/// The query string without the embed switch (for the link to the full view).
pub fn without_embed(search: &str) -> String {
    join(pairs(search).filter(|(k, _)| *k != "embed"))
}

/// The query string with the embed switch, added once at the end.
pub fn with_embed(search: &str) -> String {
    let rest = without_embed(search);
    if rest.is_empty() { format!("?{EMBED_PAIR}") } else { format!("{rest}&{EMBED_PAIR}") }
}

/// The address that a `view=` alias on `/` stands for, keeping every other pair of the query;
/// `None` when there is no `view=` or it names no view.
pub fn view_alias(search: &str) -> Option<String> {
    let view = pairs(search).find(|(k, _)| *k == "view")?.1;
    let (name, key) = VIEWS.iter().find(|(name, _)| *name == view)?;
    let mut path = format!("/{name}");
    if let Some(key) = key {
        if let Some((_, value)) = pairs(search).find(|(k, v)| k == key && !v.is_empty()) {
            path = format!("{path}/{value}");
        }
    }
    let rest = join(pairs(search).filter(|(k, _)| *k != "view" && Some(*k) != *key));
    Some(format!("{path}{rest}"))
}

/// Whether this page was opened in embed mode; read once from the address at start-up, so a
/// link that drops `embed=1` cannot switch the chrome mid-visit.
pub fn requested() -> bool {
    thread_local! {
        static EMBED: bool = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .is_some_and(|s| is_embed(&s));
    }
    EMBED.with(|e| *e)
}

/// Marks the document for embed styles (`html.embed` in style/ship.css) and starts the height
/// messages to the parent page. Call once, before mounting.
pub fn prepare_document() {
    if !requested() {
        return;
    }
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("embed");
    }
    report_height();
}

/// `/`: the timeline, or the view a `view=` alias names (replacing the address, so a reload
/// or the "open full view" link shows the real path).
#[component]
pub fn Home() -> impl IntoView {
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(target) = view_alias(&location.search.get()) {
            navigate(&target, NavigateOptions { replace: true, ..Default::default() });
        }
    });
    view! { <TimelinePage/> }
}

/// The compact chrome of embed mode: the story's name and a link to the same view in full,
/// opening outside the host page. Also keeps `embed=1` in the address after in-frame links.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let search = location.search.get();
        if !is_embed(&search) {
            let target = format!("{}{}{}", location.pathname.get_untracked(), with_embed(&search), location.hash.get_untracked());
            navigate(&target, NavigateOptions { replace: true, scroll: false, ..Default::default() });
        }
    });
    let full_view = move || format!("{}{}", location.pathname.get(), without_embed(&location.search.get()));
    view! {
        <header class="embed-bar">
            <h1 class="embed-title"><span class="brand">"Dossier"</span>" "{data::loaded().story.title.clone()}</h1>
            <a class="embed-full" href=full_view target="_blank" rel="noopener">
                "Open full view"<span class="visually-hidden">" (opens in a new tab)"</span>
            </a>
        </header>
    }
}

/// Posts the document's height to the parent page whenever it changes.
fn report_height() {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let Some(root) = document().document_element() else { return };
    let measured = root.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"dossier:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // Only a height leaves the frame, so any parent may read it.
        let _ = parent.post_message(&message, "*");
    });
    // Chrome pauses rendering, and with it resize observations, in cross-origin frames that
    // are off screen; a timer still runs, so the first height also goes out once the app has
    // mounted, before anyone scrolls to the frame.
    let _ = window.set_timeout_with_callback(post.as_ref().unchecked_ref());
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    post.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_switch_is_read_added_and_removed() {
        assert!(is_embed("embed=1"));
        assert!(is_embed("?q=convoy&embed=1"));
        assert!(!is_embed("?embed=0"));
        assert!(!is_embed("?q=embed%3D1"));
        assert_eq!(without_embed("q=convoy&embed=1"), "?q=convoy");
        assert_eq!(without_embed("embed=1"), "");
        assert_eq!(with_embed(""), "?embed=1");
        assert_eq!(with_embed("?s=3"), "?s=3&embed=1");
        assert_eq!(with_embed("embed=1&s=3"), "?s=3&embed=1");
    }

    #[test]
    fn view_alias_names_a_path_and_keeps_the_state() {
        assert_eq!(view_alias("?embed=1&view=claims").as_deref(), Some("/claims?embed=1"));
        assert_eq!(view_alias("view=search&q=convoy%20attack&embed=1").as_deref(), Some("/search?q=convoy%20attack&embed=1"));
        assert_eq!(view_alias("view=read&doc=002_ab&s=4").as_deref(), Some("/read/002_ab?s=4"));
        assert_eq!(view_alias("view=speaker&name=John%20Kerry").as_deref(), Some("/speaker/John%20Kerry"));
        assert_eq!(view_alias("view=timeline&event=e1").as_deref(), Some("/timeline?event=e1"));
        assert_eq!(view_alias("view=read").as_deref(), Some("/read"));
        assert_eq!(view_alias("view=admin"), None);
        assert_eq!(view_alias("q=x"), None);
    }
}
