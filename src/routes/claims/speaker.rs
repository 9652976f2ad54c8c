//! The speaker page (`/speaker/:name`): every statement of one speaker, grouped by source, with
//! the roles and affiliations the texts give them; each statement links to its sentence.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use dossier_model::{Claim, ClaimKind, Document};

use super::{act_text, quote_class};
use super::compare::{self, Filters, claim_when, dom_id, percent_decode, speaker_label, verdict_label};
use crate::data;
use crate::routes::reader_href;

/// Every statement of one speaker across sources.
#[component]
pub fn SpeakerPage() -> impl IntoView {
    let params = use_params_map();
    let name = Memo::new(move |_| percent_decode(&params.read().get("name").unwrap_or_default()));
    move || {
        let corpus = data::loaded();
        let name = name.get();
        let label = speaker_label(corpus, &name);
        let sources = compare::statements_by_source(corpus, &name);
        let total: usize = sources.iter().map(|(_, c)| c.len()).sum();
        let descriptions = compare::descriptions(corpus, &name);
        let compare_href = Filters { speaker: Some(name.clone()), ..Filters::default() }.href();
        if total == 0 {
            return view! {
                <section class="speaker-page" aria-labelledby="speaker-heading">
                    <h2 id="speaker-heading">{label}</h2>
                    <p class="empty">"No statements by this speaker in these articles."</p>
                    <p><A href="/claims">"All claims"</A></p>
                </section>
            }
            .into_any();
        }
        view! {
            <section class="speaker-page" aria-labelledby="speaker-heading">
                <p class="crumb"><A href="/claims">"Claims"</A><span aria-hidden="true">" › "</span></p>
                <h2 id="speaker-heading">{label}</h2>
                {(!descriptions.is_empty()).then(|| view! {
                    <p class="descriptions">
                        <span class="label">"Described as: "</span>{descriptions.join("; ")}
                    </p>
                })}
                <p class="count">
                    {format!("{total} statement{} in {} source{}", plural(total), sources.len(), plural(sources.len()))}
                    " · "<a href=compare_href>"Compare in the claims table"</a>
                </p>
                {sources.into_iter().map(|(doc, claims)| view! { <SourceStatements doc=doc claims=claims/> }).collect_view()}
            </section>
        }
        .into_any()
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// One source's statements by the speaker.
#[component]
fn SourceStatements(doc: &'static Document, claims: Vec<&'static Claim>) -> impl IntoView {
    let heading_id = dom_id("source", &doc.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="speaker-source" aria-labelledby=labelled_by>
            <h3 id=heading_id>
                {doc.title.clone()}
                {doc.date.as_ref().map(|d| view! { " "<time class="source-date" datetime=d.value.clone()>{d.value.clone()}</time> })}
            </h3>
            <ul class="claim-list">
                {claims.into_iter().map(|c| view! { <Statement claim=c/> }).collect_view()}
            </ul>
        </section>
    }
}

/// One statement: the words, how it was said, the matters it belongs to, a link to its sentence.
#[component]
fn Statement(claim: &'static Claim) -> impl IntoView {
    let corpus = data::loaded();
    let described = [claim.role.as_deref(), claim.affiliation.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let as_written = claim.source_text.as_deref().filter(|s| !s.trim().is_empty() && *s != claim.speaker);
    let groups = compare::groups_of(corpus, &claim.id);
    view! {
        <li class="claim">
            <p class="act">
                <span class="kind">{if claim.kind == ClaimKind::Direct { "Quoted" } else { "Reported" }}</span>
                " · "{act_text(claim)}
                {as_written.map(|s| format!(" · written as “{s}”"))}
                {(!described.is_empty()).then(|| format!(" · {described}"))}
                {claim_when(claim).map(|when| format!(" · {when}"))}
            </p>
            <blockquote class=quote_class(claim)>{claim.text.clone()}</blockquote>
            {(!groups.is_empty()).then(|| view! {
                <p class="in-matters">
                    "Matter: "
                    {groups.into_iter().map(|g| {
                        let href = format!("/claims#{}", dom_id("matter", &g.id));
                        view! { <a href=href>{format!("{} ({})", g.topic, verdict_label(g.verdict).to_lowercase())}</a>" " }
                    }).collect_view()}
                </p>
            })}
            <p class="source">
                <a class="cite" href=reader_href(&claim.at)>{format!("Read sentence {} in context", claim.at.sentence + 1)}</a>
            </p>
        </li>
    }
}
