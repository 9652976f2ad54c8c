//! The Reader: a cleaned article with the cited sentence (`?s=N`) highlighted and scrolled to.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use dossier_model::{Document, ParagraphKind};

use crate::data;

/// The list of articles.
#[component]
pub fn ReaderIndex() -> impl IntoView {
    let docs = &data::loaded().documents;
    view! {
        <section aria-labelledby="articles-heading">
            <h2 id="articles-heading">"Articles"</h2>
            <ul class="article-list">
                {docs.iter().map(|d| view! {
                    <li>
                        <A href=format!("/read/{}", d.id)>{d.title.clone()}</A>
                        <span class="meta">{format!(" — {} sentences", d.sentences.len())}</span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// One article.
#[component]
pub fn ReaderPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let highlighted = Memo::new(move |_| query.read().get("s").and_then(|s| s.parse::<usize>().ok()));
    move || {
        let id = params.read().get("doc").unwrap_or_default();
        match data::loaded().document(&id) {
            Some(doc) => view! { <Article doc=doc highlighted=highlighted/> }.into_any(),
            None => view! {
                <section><h2>"Article not found"</h2><p><A href="/read">"All articles"</A></p></section>
            }
            .into_any(),
        }
    }
}

#[component]
fn Article(doc: &'static Document, highlighted: Memo<Option<usize>>) -> impl IntoView {
    Effect::new(move |_| {
        if let Some(i) = highlighted.get() {
            reveal(&format!("s-{i}"));
        }
    });
    let date = doc.date.as_ref().map(|d| d.value.clone());
    view! {
        <article class="reader" aria-labelledby="article-title">
            <h2 id="article-title">{doc.title.clone()}</h2>
            <p class="meta">{date.map(|d| format!("Published {d}")).unwrap_or_else(|| "Publication date unknown".into())}</p>
            {doc.paragraphs.iter().map(|p| {
                let range = p.first as usize..(p.first + p.count) as usize;
                let sentences = range.map(|i| view! { <Sentence doc=doc index=i highlighted=highlighted/> " " }).collect_view();
                match p.kind {
                    ParagraphKind::Heading => view! { <h3>{sentences}</h3> }.into_any(),
                    ParagraphKind::Quote => view! { <blockquote><p>{sentences}</p></blockquote> }.into_any(),
                    ParagraphKind::Text => view! { <p>{sentences}</p> }.into_any(),
                }
            }).collect_view()}
        </article>
    }
}

#[component]
fn Sentence(doc: &'static Document, index: usize, highlighted: Memo<Option<usize>>) -> impl IntoView {
    let text = doc.sentences[index].text.clone();
    let is_cited = move || highlighted.get() == Some(index);
    view! {
        <span id=format!("s-{index}") class="sentence" class:cited=is_cited
            aria-current=move || is_cited().then_some("true")>{text}</span>
    }
}

/// Scrolls the element into view and moves focus to it, after the DOM has been updated.
fn reveal(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        let Some(el) = document().get_element_by_id(&id) else { return };
        el.scroll_into_view();
    });
}
