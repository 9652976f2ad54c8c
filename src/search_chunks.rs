//! The search postings of a chunked build (`cfg(dossier_chunked_search)`, a large corpus): the
//! chunks loaded so far, running a query over them, and fetching the ones a query missed from
//! `/search-<hash>/<i>.bin` (written by `build.rs`, copied into the site by
//! `scripts/post-build.mjs`, cached for offline use by the service worker).
//!
//! A query runs over the chunks it has; the chunks it needed but did not have are fetched, and
//! the caller runs it again when they arrive (see `routes/search.rs`). A failed fetch is
//! remembered and not retried until [`retry`], so nothing loops. This module does not rank or
//! render; the seeds build does not compile it.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use dossier_model::Corpus;
use dossier_model::search::{self, ChunkSet, ChunkedRoot, Query, Results};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::chunk_plan;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/search_chunks.rs"));
}

/// The chunks loaded, being fetched, and whose fetch failed (with why).
struct Loaded {
    chunks: ChunkSet,
    in_flight: BTreeSet<u32>,
    failed: BTreeMap<u32, String>,
}

thread_local! {
    static LOADED: RefCell<Loaded> = RefCell::new(Loaded {
        chunks: ChunkSet::new(&ChunkedRoot { starts: generated::STARTS.to_vec(), total: generated::TOTAL, ..ChunkedRoot::default() }),
        in_flight: BTreeSet::new(),
        failed: BTreeMap::new(),
    });
}

/// One run of a query over the chunks loaded so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Searched {
    /// What it found (incomplete when `missing` is not empty).
    pub results: Results,
    /// The chunks it needed but did not have.
    pub missing: Vec<u32>,
}

/// Runs `query` over the embedded dictionary and tables and the chunks loaded so far.
pub fn run(corpus: &Corpus, query: &str, limit: usize) -> Searched {
    LOADED.with(|loaded| {
        let loaded = loaded.borrow();
        let results = search::search_postings(
            &corpus.search,
            &loaded.chunks,
            corpus,
            &Query::parse(query),
            limit,
        );
        Searched {
            results,
            missing: loaded.chunks.take_missing(),
        }
    })
}

/// Why one of `missing` could not be fetched (it is not fetched again until [`retry`]), or
/// `None` when none failed.
pub fn failure(missing: &[u32]) -> Option<String> {
    LOADED.with(|loaded| {
        missing
            .iter()
            .find_map(|i| loaded.borrow().failed.get(i).cloned())
    })
}

/// Forgets the failed fetches, so the next run fetches them again.
pub fn retry() {
    LOADED.with(|loaded| loaded.borrow_mut().failed.clear());
}

/// Starts fetching those of `missing` that are not loaded, in flight or failed; calls `arrived`
/// once per chunk fetched or failed, so the caller runs its query again.
pub fn fetch(missing: &[u32], arrived: impl Fn() + Clone + 'static) {
    let wanted: Vec<u32> = LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        let wanted: Vec<u32> = missing
            .iter()
            .copied()
            .filter(|i| {
                !loaded.chunks.has(*i)
                    && !loaded.in_flight.contains(i)
                    && !loaded.failed.contains_key(i)
            })
            .collect();
        loaded.in_flight.extend(wanted.iter().copied());
        wanted
    });
    for i in wanted {
        let arrived = arrived.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let fetched = fetch_chunk(i).await;
            LOADED.with(|loaded| {
                let mut loaded = loaded.borrow_mut();
                loaded.in_flight.remove(&i);
                match fetched {
                    Ok(bytes) => loaded.chunks.insert(i, bytes),
                    Err(why) => {
                        loaded.failed.insert(i, why);
                    }
                }
            });
            arrived();
        });
    }
}

/// Fetches chunk `i`, checking that it has the length the build recorded (a server that
/// answers a missing file with the app's page must not pass for a chunk).
async fn fetch_chunk(i: u32) -> Result<Vec<u8>, String> {
    let url = chunk_plan::chunk_url(generated::BASE, i);
    let expected = chunk_plan::chunk_len(generated::STARTS, generated::TOTAL, i)
        .ok_or_else(|| format!("no chunk {i}"))?;
    let window = web_sys::window().ok_or("no window to fetch from")?;
    let unreachable = || format!("{url} could not be fetched (offline?)");
    let response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| unreachable())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| unreachable())?;
    if !response.ok() {
        return Err(format!("{url} answered HTTP {}", response.status()));
    }
    let body = response.array_buffer().map_err(|_| unreachable())?;
    let body = JsFuture::from(body).await.map_err(|_| unreachable())?;
    let bytes = js_sys::Uint8Array::new(&body).to_vec();
    if bytes.len() as u64 != expected {
        return Err(format!(
            "{url} is not this build's chunk ({} bytes, expected {expected})",
            bytes.len()
        ));
    }
    Ok(bytes)
}
