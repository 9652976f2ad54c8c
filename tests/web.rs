//! Guards that the app opens its embedded model and renders it, in a real browser
//! (wasm-bindgen-test in headless Chromium).

use dossier_app::{App, corpus};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_app() -> web_sys::Element {
    let document = document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), App);
    handle.forget();
    host
}

#[wasm_bindgen_test]
fn embedded_model_opens_with_documents() {
    let corpus = corpus().expect("the embedded model opens");
    assert!(corpus.documents.len() >= 1);
    assert!(corpus.documents.iter().all(|d| !d.title.is_empty() && !d.sentences.is_empty()));
}

#[wasm_bindgen_test]
async fn header_names_the_story_and_counts_sources() {
    let host = mount_app();
    leptos::task::tick().await;
    let corpus = corpus().unwrap();
    let title = host.query_selector(".story-title").unwrap().expect("a story title").text_content().unwrap();
    assert_eq!(title, corpus.story.title);
    let sources = host.query_selector(".sources summary").unwrap().unwrap().text_content().unwrap();
    assert_eq!(sources, format!("{} sources", corpus.documents.len()));
}
