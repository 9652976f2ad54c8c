//! The "Embed / Share" dialog: the link to the current view, the iframe address and the
//! one-line snippet (`embed/dossier-embed.js`) that embeds it elsewhere.
//!
//! A native modal `<dialog>`, labelled by its heading; Tab and Shift+Tab stay inside it,
//! Escape closes it, and focus returns to the button that opened it. The texts are computed
//! from the current address by [`ShareLinks::for_view`], a plain function.

use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::embed::{with_embed, without_embed};

/// What the dialog offers for one view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareLinks {
    /// The full view's address.
    pub page: String,
    /// The address an iframe should load (the view in embed mode).
    pub frame: String,
    /// The one-line snippet for a host page's HTML.
    pub snippet: String,
}

impl ShareLinks {
    /// The links for the view at `path` + `search` (raw query, with or without `?`) of the app
    /// served at `origin` (e.g. `https://example.org`).
    pub fn for_view(origin: &str, path: &str, search: &str) -> Self {
        let query = without_embed(search);
        let view = path.trim_start_matches('/');
        let view = if view.is_empty() { "timeline" } else { view };
        let mut snippet = format!(r#"<script src="{origin}/embed/dossier-embed.js" data-view="{}""#, attribute(view));
        if let Some(state) = query.strip_prefix('?') {
            snippet.push_str(&format!(r#" data-query="{}""#, attribute(state)));
        }
        snippet.push_str(" async></script>");
        Self { page: format!("{origin}{path}{query}"), frame: format!("{origin}{path}{}", with_embed(&query)), snippet }
    }
}

/// Escapes a value for a double-quoted HTML attribute.
fn attribute(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The button that opens the dialog, and the dialog.
#[component]
pub fn ShareDialog() -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let opener = NodeRef::<html::Button>::new();
    let location = use_location();
    let links = Memo::new(move |_| {
        let origin = window().location().origin().unwrap_or_default();
        ShareLinks::for_view(&origin, &location.pathname.get(), &location.search.get())
    });
    let (status, set_status) = signal(String::new());
    let open = move |_| {
        set_status.set(String::new());
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let restore_focus = move |_| {
        if let Some(b) = opener.get() {
            let _ = b.focus();
        }
    };
    let copy = move |what: &'static str, text: String| {
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let done = JsFuture::from(clipboard.write_text(&text)).await.is_ok();
            set_status.set(if done { format!("{what} copied.") } else { format!("Select the {} and copy it with Ctrl+C.", what.to_lowercase()) });
        });
    };
    view! {
        <button type="button" class="share-open" aria-haspopup="dialog" node_ref=opener on:click=open>
            "Embed / Share"
        </button>
        <dialog class="share-dialog" node_ref=dialog aria-labelledby="share-title" aria-describedby="share-help"
            on:keydown=move |ev| trap_focus(&ev, dialog) on:close=restore_focus>
            <h2 id="share-title">"Embed or share this view"</h2>
            <p id="share-help">"The link opens this view as it is now. The snippet shows it inside your own page and keeps its height in step with the content."</p>
            <div class="share-field">
                <label for="share-link">"Link to this view"</label>
                <input id="share-link" type="text" readonly prop:value=move || links.read().page.clone()/>
                <button type="button" on:click=move |_| copy("Link", links.get_untracked().page)>"Copy link"</button>
            </div>
            <div class="share-field">
                <label for="share-snippet">"Embed snippet (paste into your page's HTML)"</label>
                <textarea id="share-snippet" readonly rows="3" prop:value=move || links.read().snippet.clone()></textarea>
                <button type="button" on:click=move |_| copy("Snippet", links.get_untracked().snippet)>"Copy snippet"</button>
            </div>
            <div class="share-field">
                <label for="share-frame">"Or load this address in an iframe"</label>
                <input id="share-frame" type="text" readonly prop:value=move || links.read().frame.clone()/>
            </div>
            <p class="share-status" role="status">{move || status.get()}</p>
            <button type="button" class="share-close" on:click=close>"Close"</button>
        </dialog>
    }
}

/// Keeps Tab and Shift+Tab inside the open dialog (wrapping at either end).
fn trap_focus(ev: &KeyboardEvent, dialog: NodeRef<html::Dialog>) {
    if ev.key() != "Tab" {
        return;
    }
    let Some(dialog) = dialog.get() else { return };
    let Ok(nodes) = dialog.query_selector_all("button, input, textarea, a[href]") else { return };
    let focusable: Vec<web_sys::HtmlElement> =
        (0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::HtmlElement>().ok()).collect();
    let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else { return };
    let active = document().active_element();
    let at = |el: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == el.unchecked_ref::<web_sys::Element>());
    let wrap_to = if ev.shift_key() && (at(first) || active.as_ref().is_some_and(|a| a == dialog.unchecked_ref::<web_sys::Element>())) {
        Some(last)
    } else if !ev.shift_key() && at(last) {
        Some(first)
    } else {
        None
    };
    if let Some(target) = wrap_to {
        ev.prevent_default();
        let _ = target.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_for_a_search_keep_the_query_and_escape_the_snippet() {
        let links = ShareLinks::for_view("https://d.example", "/search", "q=convoy&embed=1");
        assert_eq!(links.page, "https://d.example/search?q=convoy");
        assert_eq!(links.frame, "https://d.example/search?q=convoy&embed=1");
        assert_eq!(
            links.snippet,
            r#"<script src="https://d.example/embed/dossier-embed.js" data-view="search" data-query="q=convoy" async></script>"#
        );
        let two = ShareLinks::for_view("https://d.example", "/read/a", "s=1&x=%22");
        assert!(two.snippet.contains(r#"data-view="read/a" data-query="s=1&amp;x=%22""#));
    }

    #[test]
    fn root_is_the_timeline() {
        let links = ShareLinks::for_view("http://h", "/", "");
        assert!(links.snippet.contains(r#"data-view="timeline""#));
        assert!(!links.snippet.contains("data-query"));
        assert_eq!(links.page, "http://h/");
    }
}
