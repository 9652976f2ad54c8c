//! The Claims view (`/claims`): matters as rows, sources as columns, filters in the URL
//! (`?speaker=&aff=&verdict=`), and every claim below; plus one page per speaker
//! (`/speaker/:name`). Every claim links to its sentence in the Reader.
//!
//! Owns the rendering only: the comparison itself is plain functions in [`compare`]. It never
//! parses article text and renders all of it as text nodes.

mod compare;
mod matrix;
mod speaker;

pub use speaker::SpeakerPage;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use dossier_model::{Claim, ClaimKind, Corpus, Verdict};

use super::{doc_title, reader_href};
use crate::data;
use compare::{Filters, compare, polarity_label, speaker_href, speaker_label, verdict_slug};

/// The comparison table, its filters and the list of every claim.
#[component]
pub fn ClaimsPage() -> impl IntoView {
    let query = use_query_map();
    let filters = Memo::new(move |_| {
        let q = query.read();
        Filters::from_query(q.get("speaker"), q.get("aff"), q.get("verdict"))
    });
    let corpus = data::loaded();
    view! {
        <section class="claims" aria-labelledby="claims-heading">
            <h2 id="claims-heading">"Claims"</h2>
            <p class="intro">
                "Who says what about each matter, source by source. Values that differ between sources are marked "
                <span class="differs-sample">"≠ differs"</span>"."
            </p>
            <FilterForm filters=filters/>
            <p class="count" role="status">{move || summary(corpus, &filters.get())}</p>
            {move || {
                let f = filters.get();
                let cmp = compare(corpus, &f);
                view! {
                    <matrix::MatrixTable rows=cmp.rows.clone() filters=f.clone()/>
                    <matrix::MatrixCards rows=cmp.rows/>
                    <AllClaims claims=cmp.claims filtered=f.is_active()/>
                }
            }}
        </section>
    }
}

/// "3 of 4 matters · 12 of 84 statements", announced politely when the filters change.
fn summary(corpus: &Corpus, f: &Filters) -> String {
    let cmp = compare(corpus, f);
    let plural = |n: usize, one: &str, many: &str| if n == 1 { one.to_owned() } else { many.to_owned() };
    if f.is_active() {
        format!(
            "{} of {} {} · {} of {} {}",
            cmp.rows.len(),
            cmp.total_rows,
            plural(cmp.total_rows, "matter", "matters"),
            cmp.claims.len(),
            corpus.claims.len(),
            plural(corpus.claims.len(), "statement", "statements"),
        )
    } else {
        format!(
            "{} {} compared across {} {} · {} {}",
            cmp.total_rows,
            plural(cmp.total_rows, "matter", "matters"),
            corpus.documents.len(),
            plural(corpus.documents.len(), "source", "sources"),
            corpus.claims.len(),
            plural(corpus.claims.len(), "statement", "statements"),
        )
    }
}

/// Labelled selects for speaker, affiliation and verdict; each change rewrites the URL.
/// Rendered once (only the selected option follows the URL), so focus stays put.
#[component]
fn FilterForm(filters: Memo<Filters>) -> impl IntoView {
    let corpus = data::loaded();
    let navigate = use_navigate();
    let go = move |f: Filters| {
        navigate(&f.href(), NavigateOptions { replace: true, scroll: false, ..Default::default() })
    };
    let go_speaker = go.clone();
    let go_aff = go.clone();
    let affiliations = compare::affiliations(corpus);
    let has_affiliations = !affiliations.is_empty();
    view! {
        <form class="claim-filters" aria-label="Filter claims" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="filter-speaker">"Speaker"</label>
                <select id="filter-speaker" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    go_speaker(Filters { speaker: Some(v).filter(|v| !v.is_empty()), ..filters.get_untracked() });
                }>
                    <option value="" prop:selected=move || filters.read().speaker.is_none()>"All speakers"</option>
                    {compare::speakers(corpus).into_iter().map(|(name, n)| {
                        let label = format!("{} ({n})", speaker_label(corpus, &name));
                        let key = name.clone();
                        view! {
                            <option value=name prop:selected=move || filters.read().speaker.as_deref() == Some(key.as_str())>
                                {label}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </div>
            {has_affiliations.then(|| view! {
                <div class="field">
                    <label for="filter-aff">"Affiliation"</label>
                    <select id="filter-aff" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        go_aff(Filters { affiliation: Some(v).filter(|v| !v.is_empty()), ..filters.get_untracked() });
                    }>
                        <option value="" prop:selected=move || filters.read().affiliation.is_none()>"All affiliations"</option>
                        {affiliations.into_iter().map(|(aff, n)| {
                            let label = format!("{aff} ({n})");
                            let key = aff.clone();
                            view! {
                                <option value=aff prop:selected=move || filters.read().affiliation.as_deref() == Some(key.as_str())>
                                    {label}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </div>
            })}
            <div class="field">
                <label for="filter-verdict">"Verdict"</label>
                <select id="filter-verdict" on:change=move |ev| {
                    let v = compare::verdict_from_slug(&event_target_value(&ev));
                    go(Filters { verdict: v, ..filters.get_untracked() });
                }>
                    <option value="" prop:selected=move || filters.read().verdict.is_none()>"Any verdict"</option>
                    {[Verdict::Agree, Verdict::Disagree, Verdict::Mixed].into_iter().map(|v| view! {
                        <option value=verdict_slug(v) prop:selected=move || filters.read().verdict == Some(v)>
                            {verdict_slug(v)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <p class="field clear">
                <a href="/claims">"Clear filters"</a>
            </p>
        </form>
    }
}

/// Every claim that passes the filters, grouped by nothing: a compact list in reading order.
#[component]
fn AllClaims(claims: Vec<&'static Claim>, filtered: bool) -> impl IntoView {
    let heading = if filtered { "Matching statements" } else { "All statements" };
    view! {
        <section class="all-claims" aria-labelledby="all-claims-heading">
            <h3 id="all-claims-heading">{heading}</h3>
            <p class="meta">"Every attributed statement, grouped into a matter or not, in reading order."</p>
            {claims.is_empty().then(|| view! { <p class="empty">"No statement matches these filters."</p> })}
            <ul class="claim-list compact">
                {claims.into_iter().map(|c| view! { <ClaimItem claim=c/> }).collect_view()}
            </ul>
        </section>
    }
}

/// One claim in a list: speaker (linked to their page), speech act, the words, its source.
#[component]
fn ClaimItem(claim: &'static Claim) -> impl IntoView {
    let corpus = data::loaded();
    view! {
        <li class="claim">
            <p class="speaker">
                <A href=speaker_href(&claim.speaker)>{speaker_label(corpus, &claim.speaker)}</A>
                <span class="act">{act_text(claim)}</span>
            </p>
            <blockquote class=quote_class(claim)>{claim.text.clone()}</blockquote>
            <p class="source">
                <a class="cite" href=reader_href(&claim.at)>{format!("in {}", doc_title(&claim.at.doc))}</a>
            </p>
        </li>
    }
}

/// The class of a claim's words: "direct" for quoted words, "indirect" for reported speech.
fn quote_class(claim: &Claim) -> &'static str {
    match claim.kind {
        ClaimKind::Direct => "direct",
        ClaimKind::Indirect => "indirect",
    }
}

/// The cue and speech act, e.g. "said · asserts", "denied · denies · negated".
fn act_text(claim: &Claim) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(cue) = claim.cue.as_deref().filter(|c| !c.trim().is_empty()) {
        parts.push(cue.to_owned());
    }
    parts.push(polarity_label(claim.polarity).to_owned());
    if claim.negated {
        parts.push("negated".to_owned());
    }
    parts.join(" · ")
}
