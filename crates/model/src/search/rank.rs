//! Evaluating a parsed query against the index: filters, BM25F scoring, grouping, snippets.
//!
//! Documents are ranked by BM25F over their fields (title, sentences, quotes, speakers) with
//! every non-stop-word clause required; each document brings its best sentences with the
//! matched words highlighted. Events, claims and people are matched and ranked separately.
//! It reads the index and the corpus; it never changes them.

use fst::Map;

use super::Texts;
use super::chunks::Postings;
use super::format::{Field, SearchIndex};
use super::lookup::quality;
use super::matching::{TermHits, View};
use super::query::{Filter, Query, Term};
use super::results::{
    ClaimHit, DocumentHit, EventHit, Highlights, PersonHit, Results, SentenceHit,
};
use super::text::{Tokens, tokens};

const K1: f32 = 1.2;
const B: f32 = 0.75;
const W_TITLE: f32 = 3.0;
const W_BODY: f32 = 1.0;
const W_QUOTE: f32 = 1.5;
const W_SPEAKER: f32 = 2.0;
const SNIPPETS_PER_DOC: usize = 3;

/// One required clause: its alternatives' hits and its weight.
struct Clause {
    alts: Vec<TermHits>,
    idf: f32,
    /// Per document: weighted frequencies `[title, body, quote, speaker]` and best quality.
    tfs: Vec<[f32; 5]>,
}

impl Clause {
    fn unit_quality(&self, field: Field, unit: u32) -> f32 {
        self.alts
            .iter()
            .filter_map(|a| a.unit_score(field, unit))
            .map(|(q, _)| q)
            .fold(0.0, f32::max)
    }

    /// [`Self::unit_quality`] and [`Self::unit_weight`] in one pass over the alternatives.
    fn unit_quality_weight(&self, field: Field, unit: u32) -> (f32, f32) {
        let mut best = 0.0f32;
        let mut weight = 0.0f32;
        for (q, tf) in self.alts.iter().filter_map(|a| a.unit_score(field, unit)) {
            best = best.max(q);
            weight += q * tf as f32;
        }
        (best, weight)
    }

    fn unit_weight(&self, field: Field, unit: u32) -> f32 {
        self.alts
            .iter()
            .filter_map(|a| a.unit_score(field, unit))
            .map(|(q, tf)| q * tf as f32)
            .sum()
    }
}

/// Which documents, claims and sentences the filters let through.
struct Scope {
    doc_ok: Vec<bool>,
    /// With a `speaker:` filter: which claims and sentences it allows.
    speaker: Option<(Vec<bool>, Vec<u32>)>,
    /// With a `speaker:` filter: which documents hold an allowed claim.
    speaker_docs: Option<Vec<bool>>,
    person_ok: Option<Vec<bool>>,
    dates: Vec<Filter>,
}

impl Scope {
    fn sentence_ok(&self, sentence: u32) -> bool {
        self.speaker
            .as_ref()
            .is_none_or(|(_, s)| s.binary_search(&sentence).is_ok())
    }

    fn claim_ok(&self, index: &SearchIndex, claim: u32) -> bool {
        let Some(entry) = index.claims.get(claim as usize) else {
            return false;
        };
        self.doc_ok
            .get(entry.doc as usize)
            .copied()
            .unwrap_or(false)
            && self
                .speaker
                .as_ref()
                .is_none_or(|(c, _)| c.get(claim as usize).copied().unwrap_or(false))
    }
}

/// Runs a query; see [`super::search`].
pub fn run(
    index: &SearchIndex,
    postings: &dyn Postings,
    corpus: &dyn Texts,
    query: &Query,
    limit: usize,
) -> Results {
    let mut results = Results {
        problems: query.problems.clone(),
        ..Results::default()
    };
    let Ok(terms) = Map::new(index.terms.as_slice()) else {
        if !index.docs.is_empty() {
            results.problems.push("the search index is damaged".into());
        }
        return results;
    };
    let view = View {
        terms,
        postings,
        derived: index.derived.get(index),
    };
    let engine = Engine::new(index, corpus, &view, query);
    if query.is_empty() {
        return results;
    }
    let (documents, total) = engine.documents(limit);
    results.documents = documents;
    results.total_documents = total;
    results.claims = engine.claims(limit);
    results.events = engine.events(limit);
    results.people = engine.people(limit);
    results
}

struct Engine<'a> {
    index: &'a SearchIndex,
    corpus: &'a dyn Texts,
    clauses: Vec<Clause>,
    excluded: Vec<TermHits>,
    scope: Scope,
    has_speaker_filter: bool,
}

impl<'a> Engine<'a> {
    fn new(index: &'a SearchIndex, corpus: &'a dyn Texts, view: &View<'_>, query: &Query) -> Self {
        let all_stop = query
            .clauses
            .iter()
            .all(|c| c.iter().all(Term::is_stop_word));
        let excluded = query.excluded.iter().map(|t| view.term_hits(t)).collect();
        let scope = scope(index, corpus, &query.filters);
        let has_speaker_filter = scope.speaker.is_some();
        let mut engine = Engine {
            index,
            corpus,
            clauses: Vec::new(),
            excluded,
            scope,
            has_speaker_filter,
        };
        let n = index.docs.len() as f32;
        for terms in query
            .clauses
            .iter()
            .filter(|c| all_stop || !c.iter().all(Term::is_stop_word))
        {
            let mut clause = Clause {
                alts: terms.iter().map(|t| view.term_hits(t)).collect(),
                idf: 0.0,
                tfs: Vec::new(),
            };
            clause.tfs = engine.doc_tfs(&clause);
            let df = clause.tfs.iter().filter(|t| t[0] + t[1] > 0.0).count() as f32;
            clause.idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            engine.clauses.push(clause);
        }
        engine
    }

    fn doc_of_sentence(&self, sentence: u32) -> u32 {
        let after = self
            .index
            .docs
            .partition_point(|d| d.first_sentence <= sentence);
        after.saturating_sub(1) as u32
    }

    /// A sentence-to-document mapper for ascending sentences.
    fn doc_cursor(&self) -> DocCursor<'a> {
        DocCursor {
            docs: &self.index.docs,
            at: 0,
        }
    }

    /// Per-document weighted term frequencies of one clause, `[title, body, quote, speaker]`,
    /// and the best match quality (`[4]`).
    fn doc_tfs(&self, clause: &Clause) -> Vec<[f32; 5]> {
        let mut tfs = vec![[0.0f32; 5]; self.index.docs.len()];
        let speaker_only = self.has_speaker_filter;
        for alt in &clause.alts {
            if !speaker_only {
                for h in alt.field(Field::Title) {
                    if let Some(t) = tfs.get_mut(h.unit as usize) {
                        t[0] += h.quality * h.tf as f32;
                        t[4] = t[4].max(h.quality);
                    }
                }
            }
            let mut cursor = self.doc_cursor();
            for h in alt
                .field(Field::Body)
                .iter()
                .filter(|h| self.scope.sentence_ok(h.unit))
            {
                if let Some(t) = tfs.get_mut(cursor.doc_of(h.unit) as usize) {
                    t[1] += h.quality * h.tf as f32;
                    t[4] = t[4].max(h.quality);
                }
            }
            for (slot, field) in [(2, Field::Quote), (3, Field::Speaker)] {
                for h in alt
                    .field(field)
                    .iter()
                    .filter(|h| self.scope.claim_ok(self.index, h.unit))
                {
                    let doc = self
                        .index
                        .claims
                        .get(h.unit as usize)
                        .map(|c| c.doc as usize);
                    if let Some(t) = doc.and_then(|d| tfs.get_mut(d)) {
                        t[slot] += h.quality * h.tf as f32;
                        t[4] = t[4].max(h.quality);
                    }
                }
            }
        }
        tfs
    }

    fn excluded_docs(&self) -> Vec<bool> {
        let mut out = vec![false; self.index.docs.len()];
        for hits in &self.excluded {
            let docs = hits
                .field(Field::Title)
                .iter()
                .map(|h| h.unit)
                .chain(
                    hits.field(Field::Body)
                        .iter()
                        .map(|h| self.doc_of_sentence(h.unit)),
                )
                .chain(
                    [Field::Quote, Field::Speaker]
                        .into_iter()
                        .flat_map(|f| hits.field(f))
                        .filter_map(|h| self.index.claims.get(h.unit as usize).map(|c| c.doc)),
                );
            for d in docs {
                if let Some(x) = out.get_mut(d as usize) {
                    *x = true;
                }
            }
        }
        out
    }

    fn documents(&self, limit: usize) -> (Vec<DocumentHit>, usize) {
        let index = self.index;
        let n = index.docs.len();
        let derived = index.derived.get(index);
        let (avg_title, avg_body) = (derived.avg_title, derived.avg_body);
        let excluded = self.excluded_docs();
        // Ranked by how exactly the words matched (exact, prefix, typo), then by BM25F.
        let mut scores: Vec<Option<(u32, f32)>> = (0..n)
            .map(|d| {
                (self.scope.doc_ok[d] && !excluded[d] && self.speaker_allows_doc(d))
                    .then_some((0, 0.0))
            })
            .collect();
        for clause in &self.clauses {
            let tfs = &clause.tfs;
            for (d, score) in scores.iter_mut().enumerate() {
                let Some((tier, s)) = score else { continue };
                let [t, b, q, sp, best] = tfs[d];
                if t + b + q + sp <= 0.0 {
                    *score = None;
                    continue;
                }
                let entry = &index.docs[d];
                let tf = W_TITLE * t / (1.0 - B + B * f32::from(entry.title_len) / avg_title)
                    + W_BODY * b / (1.0 - B + B * entry.body_len as f32 / avg_body)
                    + W_QUOTE * q
                    + W_SPEAKER * sp;
                *s += clause.idf * tf * (K1 + 1.0) / (tf + K1);
                *tier += match_tier(best);
            }
        }
        let mut ranked: Vec<(usize, (u32, f32))> = scores
            .iter()
            .enumerate()
            .filter_map(|(d, s)| s.map(|s| (d, s)))
            .collect();
        let total = ranked.len();
        ranked.sort_unstable_by(|a, b| {
            b.1.0
                .cmp(&a.1.0)
                .then(b.1.1.total_cmp(&a.1.1))
                .then(a.0.cmp(&b.0))
        });
        ranked.truncate(limit);
        let hits = ranked
            .into_iter()
            .filter_map(|(d, (_, score))| self.document_hit(d, score))
            .collect();
        (hits, total)
    }

    fn speaker_allows_doc(&self, doc: usize) -> bool {
        self.scope
            .speaker_docs
            .as_ref()
            .is_none_or(|docs| docs.get(doc).copied().unwrap_or(false))
    }

    fn document_hit(&self, d: usize, score: f32) -> Option<DocumentHit> {
        let corpus = self.corpus;
        let entry = self.index.docs.get(d)?;
        let title = corpus.title(d as u32).unwrap_or_default();
        let title_positions = self.positions_in(Field::Title, d as u32);
        let first = entry.first_sentence;
        let mut scored: Vec<(u32, f32)> = self
            .matched_sentences(first, first + entry.sentence_count)
            .into_iter()
            .filter(|&s| self.scope.sentence_ok(s))
            .map(|s| (s - first, self.sentence_score(s)))
            .filter(|&(_, score)| score > 0.0)
            .collect();
        scored.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.truncate(SNIPPETS_PER_DOC);
        let mut sentences: Vec<SentenceHit> = scored
            .into_iter()
            .filter_map(|(i, score)| {
                let text = corpus.sentence(d as u32, i)?;
                let positions = self.positions_in(Field::Body, entry.first_sentence + i);
                Some(SentenceHit {
                    sentence: i,
                    text: text.to_string(),
                    highlights: highlights(text, &positions),
                    score,
                })
            })
            .collect();
        if sentences.is_empty() {
            let first = (0..entry.sentence_count)
                .find(|&i| self.scope.sentence_ok(entry.first_sentence + i));
            if let Some(text) = first.and_then(|i| corpus.sentence(d as u32, i)) {
                let sentence = first.unwrap_or(0);
                sentences.push(SentenceHit {
                    sentence,
                    text: text.to_string(),
                    highlights: Vec::new(),
                    score: 0.0,
                });
            }
        }
        Some(DocumentHit {
            doc: corpus.doc_id(d as u32).unwrap_or_default().to_string(),
            doc_index: d as u32,
            title: title.to_string(),
            title_highlights: highlights(title, &title_positions),
            score,
            sentences,
        })
    }

    /// The sentences in `from..to` (global indices) where some clause matched, ascending:
    /// the only ones that can score (read from the hit lists, not by trying every sentence).
    fn matched_sentences(&self, from: u32, to: u32) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for alt in self.clauses.iter().flat_map(|c| &c.alts) {
            let hits = alt.field(Field::Body);
            let start = hits.partition_point(|h| h.unit < from);
            let end = hits.partition_point(|h| h.unit < to);
            let within = hits.get(start..end).unwrap_or(&[]);
            out.extend(within.iter().map(|h| h.unit));
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn sentence_score(&self, unit: u32) -> f32 {
        let mut score = 0.0;
        for clause in &self.clauses {
            let (q, weight) = clause.unit_quality_weight(Field::Body, unit);
            if q > 0.0 {
                score += clause.idf * q * (1.0 + 0.1 * weight.ln_1p());
            }
        }
        score
    }

    fn positions_in(&self, field: Field, unit: u32) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for alt in self.clauses.iter().flat_map(|c| &c.alts) {
            for hit in alt.in_unit(field, unit) {
                out.extend_from_slice(alt.positions(hit));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn excluded_unit(&self, fields: &[Field], unit: u32) -> bool {
        self.excluded
            .iter()
            .any(|e| fields.iter().any(|&f| !e.in_unit(f, unit).is_empty()))
    }

    fn claims(&self, limit: usize) -> Vec<ClaimHit> {
        if self.clauses.is_empty() && !self.has_speaker_filter {
            return Vec::new();
        }
        let mut ranked: Vec<(u32, f32)> = Vec::new();
        let candidates: Vec<u32> = match self.clauses.first() {
            None => (0..self.index.claims.len() as u32).collect(),
            Some(clause) => {
                let mut units: Vec<u32> = clause
                    .alts
                    .iter()
                    .flat_map(|a| a.field(Field::Quote).iter().chain(a.field(Field::Speaker)))
                    .map(|h| h.unit)
                    .collect();
                units.sort_unstable();
                units.dedup();
                units
            }
        };
        for c in candidates {
            if !self.scope.claim_ok(self.index, c)
                || self.excluded_unit(&[Field::Quote, Field::Speaker], c)
            {
                continue;
            }
            let mut score = 0.0;
            let all = self.clauses.iter().all(|clause| {
                let tf = W_QUOTE * clause.unit_weight(Field::Quote, c)
                    + W_SPEAKER * clause.unit_weight(Field::Speaker, c);
                score += clause.idf * tf * (K1 + 1.0) / (tf + K1);
                tf > 0.0
            });
            if all {
                ranked.push((c, score));
            }
        }
        top(ranked, limit)
            .into_iter()
            .filter_map(|(c, score)| {
                let claim = self.corpus.claim(c)?;
                let positions = self.positions_in(Field::Quote, c);
                Some(ClaimHit {
                    id: claim.id.clone(),
                    claim_index: c,
                    doc: claim.at.doc.clone(),
                    sentence: claim.at.sentence,
                    speaker: claim.speaker.clone(),
                    text: claim.text.clone(),
                    highlights: highlights(&claim.text, &positions),
                    score,
                })
            })
            .collect()
    }

    fn events(&self, limit: usize) -> Vec<EventHit> {
        if self.clauses.is_empty() && self.scope.dates.is_empty() {
            return Vec::new();
        }
        let mut ranked: Vec<(u32, f32)> = Vec::new();
        for e in self.event_candidates() {
            let Some(entry) = self.index.events.get(e as usize) else {
                continue;
            };
            let in_scope = entry.sentences.iter().any(|&s| {
                self.scope
                    .doc_ok
                    .get(self.doc_of_sentence(s) as usize)
                    .copied()
                    .unwrap_or(false)
                    && self.scope.sentence_ok(s)
            }) || entry.sentences.is_empty();
            if !in_scope
                || !dates_allow(&self.scope.dates, entry.days)
                || self.excluded_unit(&[Field::Event], e)
            {
                continue;
            }
            let mut score = 0.0;
            let all = self.clauses.iter().all(|clause| {
                let label = clause.unit_quality(Field::Event, e);
                let mention = entry
                    .sentences
                    .iter()
                    .map(|&s| clause.unit_quality(Field::Body, s))
                    .fold(0.0, f32::max);
                score += clause.idf * (2.0 * label + mention);
                label + mention > 0.0
            });
            if all {
                ranked.push((e, score));
            }
        }
        top(ranked, limit)
            .into_iter()
            .filter_map(|(e, score)| {
                let event = self.corpus.event(e)?;
                let positions = self.positions_in(Field::Event, e);
                Some(EventHit {
                    id: event.id.clone(),
                    event_index: e,
                    value: event.value.clone(),
                    label: event.label.clone(),
                    highlights: highlights(&event.label, &positions),
                    score,
                })
            })
            .collect()
    }

    /// The events a query can match: with words, those whose label or a mention sentence
    /// holds the first clause (every clause must match); with filters only, all of them.
    fn event_candidates(&self) -> Vec<u32> {
        let Some(clause) = self.clauses.first() else {
            return (0..self.index.events.len() as u32).collect();
        };
        let derived = self.index.derived.get(self.index);
        let mut events: Vec<u32> = Vec::new();
        for alt in &clause.alts {
            events.extend(alt.field(Field::Event).iter().map(|h| h.unit));
            for h in alt.field(Field::Body) {
                events.extend_from_slice(derived.events_of(h.unit));
            }
        }
        events.sort_unstable();
        events.dedup();
        events
    }

    /// The people a query can match: with words, those whose name holds any clause; with a
    /// `speaker:` filter only, the people it names.
    fn person_candidates(&self) -> Vec<u32> {
        if self.clauses.is_empty() {
            let Some(ok) = &self.scope.person_ok else {
                return Vec::new();
            };
            return (0..ok.len() as u32).filter(|&p| ok[p as usize]).collect();
        }
        let mut people: Vec<u32> = self
            .clauses
            .iter()
            .flat_map(|c| &c.alts)
            .flat_map(|a| a.field(Field::Person))
            .map(|h| h.unit)
            .collect();
        people.sort_unstable();
        people.dedup();
        people
    }

    fn people(&self, limit: usize) -> Vec<PersonHit> {
        let index = self.index;
        let derived = index.derived.get(index);
        let mut ranked: Vec<(u32, f32)> = Vec::new();
        for p in self.person_candidates() {
            let in_scope = derived
                .claims_of(p)
                .iter()
                .any(|&c| self.scope.claim_ok(index, c));
            let allowed = in_scope
                && self
                    .scope
                    .person_ok
                    .as_ref()
                    .is_none_or(|ok| ok.get(p as usize).copied().unwrap_or(false));
            if !allowed || self.excluded_unit(&[Field::Person], p) {
                continue;
            }
            let score = self
                .clauses
                .iter()
                .map(|c| c.idf * c.unit_quality(Field::Person, p))
                .fold(0.0, |a, b| a + b);
            if score > 0.0 || (self.clauses.is_empty() && self.scope.person_ok.is_some()) {
                ranked.push((p, score));
            }
        }
        top(ranked, limit)
            .into_iter()
            .filter_map(|(p, score)| {
                let name = index.people.get(p as usize)?;
                let claims = derived.claims_of(p);
                let mut docs: Vec<u32> = claims
                    .iter()
                    .filter_map(|&c| index.claims.get(c as usize).map(|c| c.doc))
                    .collect();
                docs.sort_unstable();
                docs.dedup();
                Some(PersonHit {
                    name: name.clone(),
                    highlights: highlights(name, &self.positions_in(Field::Person, p)),
                    claims: claims.len() as u32,
                    documents: docs.len() as u32,
                    score,
                })
            })
            .collect()
    }
}

/// 2 for an exact (or same-stem) match, 1 for a prefix, 0 for a typo.
fn match_tier(quality: f32) -> u32 {
    if quality >= quality::EXACT {
        2
    } else if quality >= quality::PREFIX {
        1
    } else {
        0
    }
}

/// Whether `text` starts with `prefix` (already lowercase), ignoring case.
fn starts_with_ignoring_case(text: &str, prefix: &str) -> bool {
    let mut chars = text.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| chars.next() == Some(p))
}

/// Maps ascending global sentence indices to document indices in one pass.
struct DocCursor<'a> {
    docs: &'a [super::format::DocEntry],
    at: usize,
}

impl DocCursor<'_> {
    fn doc_of(&mut self, sentence: u32) -> u32 {
        if self
            .docs
            .get(self.at)
            .is_some_and(|d| d.first_sentence > sentence)
        {
            self.at = self
                .docs
                .partition_point(|d| d.first_sentence <= sentence)
                .saturating_sub(1);
        }
        while self
            .docs
            .get(self.at + 1)
            .is_some_and(|d| d.first_sentence <= sentence)
        {
            self.at += 1;
        }
        self.at as u32
    }
}

fn top(mut ranked: Vec<(u32, f32)>, limit: usize) -> Vec<(u32, f32)> {
    ranked.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.truncate(limit);
    ranked
}

/// Character ranges of the words at `positions` (word indices, ascending) in `text`.
fn highlights(text: &str, positions: &[u32]) -> Highlights {
    let mut out: Highlights = Vec::new();
    let mut spans = Tokens::new(text).spans();
    let mut word = 0u32;
    let mut previous = None;
    for &p in positions {
        // Read the words up to position `p`.
        let (start, end) = loop {
            let Some(span) = spans.next() else {
                return out;
            };
            word += 1;
            if word > p {
                break span;
            }
        };
        // Neighbouring matched words one character apart ("aid convoy") read as one range.
        match out.last_mut() {
            Some(range) if previous == Some(p.wrapping_sub(1)) && start <= range[1] + 1 => {
                range[1] = end
            }
            _ => out.push([start, end]),
        }
        previous = Some(p);
    }
    out
}

fn dates_allow(filters: &[Filter], days: Option<(i32, i32)>) -> bool {
    filters.iter().all(|f| {
        let Some((from, to)) = days else { return false };
        match f {
            Filter::Date { days: (a, b), .. } => from <= *b && to >= *a,
            Filter::After { day, .. } => to >= *day,
            Filter::Before { day, .. } => from < *day,
            _ => true,
        }
    })
}

fn scope(index: &SearchIndex, corpus: &dyn Texts, filters: &[Filter]) -> Scope {
    let sources: Vec<&str> = filters
        .iter()
        .filter_map(|f| {
            if let Filter::Source(s) = f {
                Some(s.as_str())
            } else {
                None
            }
        })
        .collect();
    let dates: Vec<Filter> = filters
        .iter()
        .filter(|f| {
            matches!(
                f,
                Filter::Date { .. } | Filter::After { .. } | Filter::Before { .. }
            )
        })
        .cloned()
        .collect();
    let doc_ok = index
        .docs
        .iter()
        .enumerate()
        .map(|(d, entry)| {
            let id = corpus.doc_id(d as u32).unwrap_or_default();
            (sources.is_empty() || sources.iter().any(|s| starts_with_ignoring_case(id, s)))
                && dates_allow(&dates, entry.date.map(|d| (d, d)))
        })
        .collect();
    let speakers: Vec<&Vec<String>> = filters
        .iter()
        .filter_map(|f| {
            if let Filter::Speaker(w) = f {
                Some(w)
            } else {
                None
            }
        })
        .collect();
    if speakers.is_empty() {
        return Scope {
            doc_ok,
            speaker: None,
            speaker_docs: None,
            person_ok: None,
            dates,
        };
    }
    let person_ok: Vec<bool> = index
        .people
        .iter()
        .map(|name| {
            let words: Vec<String> = tokens(name).into_iter().map(|t| t.word).collect();
            speakers.iter().any(|want| {
                want.iter()
                    .all(|w| words.iter().any(|n| n.starts_with(w.as_str())))
            })
        })
        .collect();
    let claim_ok: Vec<bool> = index
        .claims
        .iter()
        .map(|c| {
            c.person
                .is_some_and(|p| person_ok.get(p as usize).copied().unwrap_or(false))
        })
        .collect();
    let mut sentences: Vec<u32> = index
        .claims
        .iter()
        .zip(&claim_ok)
        .filter(|(_, ok)| **ok)
        .map(|(c, _)| c.sentence)
        .collect();
    sentences.sort_unstable();
    sentences.dedup();
    let mut speaker_docs = vec![false; index.docs.len()];
    for (c, _) in index.claims.iter().zip(&claim_ok).filter(|(_, ok)| **ok) {
        if let Some(x) = speaker_docs.get_mut(c.doc as usize) {
            *x = true;
        }
    }
    Scope {
        doc_ok,
        speaker: Some((claim_ok, sentences)),
        speaker_docs: Some(speaker_docs),
        person_ok: Some(person_ok),
        dates,
    }
}
