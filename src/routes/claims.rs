//! The Claims page: who said what, each claim linked to its sentence.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use dossier_model::ClaimKind;

use super::{doc_title, reader_href};
use crate::data;

/// Every claim of the story with its speaker and source.
#[component]
pub fn ClaimsPage() -> impl IntoView {
    let claims = &data::loaded().claims;
    view! {
        <section class="claims" aria-labelledby="claims-heading">
            <h2 id="claims-heading">"Claims"</h2>
            <p class="count">{format!("{} attributed statements", claims.len())}</p>
            <ul class="claim-list">
                {claims.iter().map(|c| view! {
                    <li class="claim">
                        <p class="speaker">{c.speaker.clone()}</p>
                        <blockquote class=match c.kind { ClaimKind::Direct => "direct", ClaimKind::Indirect => "indirect" }>
                            {c.text.clone()}
                        </blockquote>
                        <A href=reader_href(&c.at)>{format!("in {}", doc_title(&c.at.doc))}</A>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// Every statement of one speaker across sources (`/speaker/:name`).
#[component]
pub fn SpeakerPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let name = params.read().get("name").unwrap_or_default();
        let claims: Vec<_> = data::loaded().claims.iter().filter(|c| c.speaker == name).collect();
        view! {
            <section class="speaker-page" aria-labelledby="speaker-heading">
                <h2 id="speaker-heading">{name.clone()}</h2>
                <p class="count">{format!("{} statements", claims.len())}</p>
                <ul class="claim-list">
                    {claims.into_iter().map(|c| view! {
                        <li class="claim">
                            <blockquote>{c.text.clone()}</blockquote>
                            <A href=reader_href(&c.at)>{format!("in {}", doc_title(&c.at.doc))}</A>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    }
}
