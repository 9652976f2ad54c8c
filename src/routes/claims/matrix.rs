//! The matters × sources comparison, twice: a data table for wide screens and a stack of cards
//! for narrow ones (CSS shows one of them). Values that differ carry a "≠ differs" marker in
//! text, not colour alone.

use leptos::prelude::*;

use dossier_model::{ClaimGroup, Document, Verdict};

use super::compare::{Entry, Filters, Row, claim_when, dom_id, polarity_label, short_title, speaker_href, speaker_in_source, verdict_label, verdict_slug};
use crate::data;
use crate::routes::reader_href;

/// The comparison as an accessible table: caption, column and row headers, `headers` on cells.
#[component]
pub fn MatrixTable(rows: Vec<Row<'static>>, filters: Filters) -> impl IntoView {
    let docs = &data::loaded().documents;
    if rows.is_empty() {
        return view! { <p class="empty matrix-empty">"No matter matches these filters."</p> }.into_any();
    }
    let caption = if filters.is_active() {
        format!("{} matters (filtered), one row each; one column per source", rows.len())
    } else {
        format!("{} matters, one row each; one column per source", rows.len())
    };
    view! {
        <div class="matrix-wrap" role="region" aria-labelledby="matrix-caption" tabindex="0">
            <table class="matrix">
                <caption id="matrix-caption">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" id="col-matter">"Matter"</th>
                        <th scope="col" id="col-verdict">"Verdict and difference"</th>
                        {docs.iter().enumerate().map(|(i, d)| view! {
                            <th scope="col" id=format!("col-src-{i}") class="source-head">
                                <SourceName doc=d/>
                            </th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let row_id = dom_id("matter", &row.group.id);
                        let group = row.group;
                        view! {
                            <tr id=row_id.clone() class=format!("matter verdict-{}", verdict_slug(group.verdict))>
                                <th scope="row" id=format!("{row_id}-h") headers="col-matter">{topic(group)}</th>
                                <td headers=format!("col-verdict {row_id}-h")>
                                    <VerdictBadge verdict=group.verdict/>
                                    <Differences group=group/>
                                </td>
                                {row.cells.into_iter().enumerate().map(|(i, cell)| view! {
                                    <td headers=format!("col-src-{i} {row_id}-h") class="cell">
                                        <Cell entries=cell/>
                                    </td>
                                }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The comparison as cards, one per matter, each listing the sources that speak to it.
#[component]
pub fn MatrixCards(rows: Vec<Row<'static>>) -> impl IntoView {
    let docs = &data::loaded().documents;
    view! {
        <ol class="matter-cards" aria-label="Matters compared across sources">
            {rows.into_iter().map(|row| {
                let group = row.group;
                let silent = row.cells.iter().filter(|c| c.is_empty()).count();
                view! {
                    <li class=format!("matter-card verdict-{}", verdict_slug(group.verdict))>
                        <h3>{topic(group)}</h3>
                        <VerdictBadge verdict=group.verdict/>
                        <Differences group=group/>
                        {row.cells.into_iter().zip(docs.iter()).filter(|(c, _)| !c.is_empty()).map(|(cell, d)| view! {
                            <section class="card-source">
                                <h4><SourceName doc=d/></h4>
                                <Cell entries=cell/>
                            </section>
                        }).collect_view()}
                        {(silent > 0).then(|| view! {
                            <p class="meta">{format!("Not mentioned by {silent} other source{}.", if silent == 1 { "" } else { "s" })}</p>
                        })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// A matter's name, never empty.
fn topic(group: &ClaimGroup) -> String {
    if group.topic.trim().is_empty() { format!("Matter {}", group.id) } else { group.topic.clone() }
}

/// A source column label: short headline and publication date.
#[component]
fn SourceName(doc: &'static Document) -> impl IntoView {
    view! {
        <span class="source-title" title=doc.title.clone()>{short_title(&doc.title)}</span>
        {doc.date.as_ref().map(|d| view! { <time class="source-date" datetime=d.value.clone()>{d.value.clone()}</time> })}
    }
}

/// The verdict as a badge: icon and words, colour only as an extra.
#[component]
fn VerdictBadge(verdict: Verdict) -> impl IntoView {
    let icon = match verdict {
        Verdict::Agree => "✓",
        Verdict::Disagree => "≠",
        Verdict::Mixed => "±",
    };
    view! {
        <span class=format!("badge verdict-{}", verdict_slug(verdict))>
            <span aria-hidden="true">{icon}" "</span>{verdict_label(verdict)}
        </span>
    }
}

/// The difference spelled out: each position and who holds it (speakers, sources); for groups
/// without positions, which source and speaker give which value.
#[component]
fn Differences(group: &'static ClaimGroup) -> impl IntoView {
    let corpus = data::loaded();
    if !group.sides.is_empty() {
        return view! {
            <ul class="differences sides" aria-label="Positions and who holds them">
                {group.sides.iter().map(|side| view! {
                    <li>
                        <span class="value">{side.value.clone()}</span>
                        {format!(" — {}", side_holders(corpus, side))}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any();
    }
    (!group.differences.is_empty()).then(|| view! {
        <ul class="differences" aria-label="Who gives which value">
            {group.differences.iter().map(|d| view! {
                <li>
                    <span class="value">{d.value.clone()}</span>
                    {format!(" — {}, {}", speaker_in_source(corpus, &d.speaker, &d.doc), short_title(&crate::routes::doc_title(&d.doc)))}
                </li>
            }).collect_view()}
        </ul>
    })
    .into_any()
}

/// Who holds a position: each speaker with the source they speak in, once ("U.S. in Talks
/// stall; Lee in Ceasefire ends").
fn side_holders(corpus: &dossier_model::Corpus, side: &dossier_model::Side) -> String {
    let mut holders: Vec<String> = Vec::new();
    for claim in side.claim_ids.iter().filter_map(|id| corpus.claims.iter().find(|c| &c.id == id)) {
        let holder = format!(
            "{} in {}",
            speaker_in_source(corpus, &claim.speaker, &claim.at.doc),
            short_title(&crate::routes::doc_title(&claim.at.doc))
        );
        if !holders.contains(&holder) {
            holders.push(holder);
        }
    }
    holders.join("; ")
}

/// The claims of one source about one matter (or a dash when it says nothing).
#[component]
fn Cell(entries: Vec<Entry<'static>>) -> impl IntoView {
    let corpus = data::loaded();
    if entries.is_empty() {
        return view! { <span class="none"><span aria-hidden="true">"—"</span><span class="sr-only">"No statement"</span></span> }.into_any();
    }
    view! {
        <ul class="entries">
            {entries.into_iter().map(|e| {
                let c = e.claim;
                let class = match (e.differs, e.matched) {
                    (true, true) => "entry differs matched",
                    (true, false) => "entry differs",
                    (false, true) => "entry matched",
                    (false, false) => "entry",
                };
                view! {
                    <li class=class>
                        <p class="who">
                            <a class="speaker" href=speaker_href(&c.speaker)>{speaker_in_source(corpus, &c.speaker, &c.at.doc)}</a>
                            " "<span class="polarity">{polarity_label(c.polarity)}</span>
                        </p>
                        {claim_when(c).map(|when| view! { <p class="when meta">{when}</p> })}
                        {e.value.map(|v| view! {
                            <p class="value">
                                {v.to_owned()}
                                {e.differs.then(|| view! { " "<span class="differs-mark"><span aria-hidden="true">"≠ "</span>"differs"</span> })}
                            </p>
                        })}
                        <blockquote class="quote">{c.text.clone()}</blockquote>
                        <a class="cite" href=reader_href(&c.at)
                            aria-label=format!("Read sentence {} of {} in context", c.at.sentence + 1, crate::routes::doc_title(&c.at.doc))>
                            {format!("sentence {}", c.at.sentence + 1)}
                        </a>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
