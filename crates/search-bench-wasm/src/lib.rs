//! The search engine as a tiny wasm module, for the in-browser benchmark against MiniSearch
//! (`bench/search/`). Benchmark harness only: the app never links it.
//!
//! It owns one decoded corpus (held in a thread-local) and exposes to JavaScript: [`load`]
//! (decode a model written by `Corpus::to_bytes`), [`query`] (run `dossier_model::search`, the
//! same code the app and the CLI run), [`top_documents`] (the ids of the best documents, to
//! compare answers) and the index's encoded size ([`index_bytes`], [`index_encoded`]). It does
//! not build indexes or parse article text.
//!
//! A chunked index (root, tables, postings chunks from `split-search-index`) is served by
//! [`load_root`], [`load_tables`], [`add_chunk`], [`drop_chunks`] and [`query_chunked`], which
//! runs the same engine over the chunks loaded so far and says which it missed.
//!
//! With the `no-search` feature, [`query`] does not call the engine, so the difference in wasm
//! size between the two builds is the size of the search code.

use std::cell::RefCell;

use dossier_model::Corpus;
use dossier_model::search::{ChunkSet, ChunkedRoot, ChunkedTables};
use wasm_bindgen::prelude::*;

thread_local! {
    static CORPUS: RefCell<Option<Corpus>> = const { RefCell::new(None) };
}

/// Decodes `bytes` (a model from `Corpus::to_bytes`) and keeps it for the next queries;
/// returns its document count. Throws if the bytes are not a readable model.
#[wasm_bindgen]
pub fn load(bytes: &[u8]) -> Result<u32, JsError> {
    let corpus = Corpus::from_bytes(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    let count = u32::try_from(corpus.documents.len()).unwrap_or(u32::MAX);
    CORPUS.with(|c| *c.borrow_mut() = Some(corpus));
    Ok(count)
}

/// Runs `q` over the loaded corpus with at most `limit` documents; returns how many documents
/// matched in all (0 when nothing is loaded).
#[wasm_bindgen]
pub fn query(q: &str, limit: u32) -> u32 {
    CORPUS.with(|c| match c.borrow().as_ref() {
        Some(corpus) => matched_documents(corpus, q, limit),
        None => 0,
    })
}

#[cfg(not(feature = "no-search"))]
fn matched_documents(corpus: &Corpus, q: &str, limit: u32) -> u32 {
    let results = dossier_model::search::search(corpus, q, limit as usize);
    u32::try_from(results.total_documents).unwrap_or(u32::MAX)
}

#[cfg(feature = "no-search")]
fn matched_documents(corpus: &Corpus, q: &str, limit: u32) -> u32 {
    // Touch the inputs so the optimiser keeps the same data paths, without the engine.
    (corpus.search.terms.len() + q.len() + limit as usize) as u32
}

/// The ids of the best documents for `q`, one per line (untimed; to compare answers).
#[wasm_bindgen]
pub fn top_documents(q: &str, limit: u32) -> String {
    CORPUS.with(|c| match c.borrow().as_ref() {
        Some(corpus) => top_ids(corpus, q, limit),
        None => String::new(),
    })
}

#[cfg(not(feature = "no-search"))]
fn top_ids(corpus: &Corpus, q: &str, limit: u32) -> String {
    let results = dossier_model::search::search(corpus, q, limit as usize);
    let ids: Vec<&str> = results.documents.iter().map(|d| d.doc.as_str()).collect();
    ids.join("\n")
}

#[cfg(feature = "no-search")]
fn top_ids(_corpus: &Corpus, _q: &str, _limit: u32) -> String {
    String::new()
}

/// The loaded corpus's `SearchIndex`, bitcode-encoded (what the index alone weighs shipped).
#[wasm_bindgen]
pub fn index_encoded() -> Vec<u8> {
    CORPUS.with(|c| {
        c.borrow()
            .as_ref()
            .and_then(|corpus| bitcode::serialize(&corpus.search).ok())
            .unwrap_or_default()
    })
}

/// The length of [`index_encoded`].
#[wasm_bindgen]
pub fn index_bytes() -> u32 {
    u32::try_from(index_encoded().len()).unwrap_or(u32::MAX)
}

thread_local! {
    static CHUNKED: RefCell<Option<(ChunkedRoot, ChunkSet)>> = const { RefCell::new(None) };
}

/// Decodes a chunked index root (`split-search-index`), with no chunk loaded; returns its
/// chunk count. Queries then read texts from the corpus given to [`load`].
#[wasm_bindgen]
pub fn load_root(bytes: &[u8]) -> Result<u32, JsError> {
    let root: ChunkedRoot =
        bitcode::deserialize(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    let chunks = ChunkSet::new(&root);
    let count = u32::try_from(chunks.len()).unwrap_or(u32::MAX);
    CHUNKED.with(|c| *c.borrow_mut() = Some((root, chunks)));
    Ok(count)
}

/// Decodes the claim, event and person tables of the chunked index and adds them to its
/// root. Throws if the bytes are not readable tables.
#[wasm_bindgen]
pub fn load_tables(bytes: &[u8]) -> Result<(), JsError> {
    let tables: ChunkedTables =
        bitcode::deserialize(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    CHUNKED.with(|c| {
        if let Some((root, _)) = c.borrow_mut().as_mut() {
            root.add_tables(tables);
        }
    });
    Ok(())
}

/// Forgets every loaded chunk (for a cold query).
#[wasm_bindgen]
pub fn drop_chunks() {
    CHUNKED.with(|c| {
        if let Some((root, chunks)) = c.borrow_mut().as_mut() {
            *chunks = ChunkSet::new(root);
        }
    });
}

/// Keeps chunk `i`.
#[wasm_bindgen]
pub fn add_chunk(i: u32, bytes: Vec<u8>) {
    CHUNKED.with(|c| {
        if let Some((_, chunks)) = c.borrow_mut().as_mut() {
            chunks.insert(i, bytes);
        }
    });
}

/// Runs `q` over the chunked index; returns the chunks it needed but did not have (empty:
/// the results are complete). Read the document count with [`chunked_total`].
#[wasm_bindgen]
pub fn query_chunked(q: &str, limit: u32) -> Vec<u32> {
    CHUNKED.with(|c| {
        CORPUS.with(|corpus| {
            let chunked = c.borrow();
            let corpus = corpus.borrow();
            let (Some((root, chunks)), Some(corpus)) = (chunked.as_ref(), corpus.as_ref()) else {
                return Vec::new();
            };
            let total = chunked_documents(root, chunks, corpus, q, limit);
            LAST_TOTAL.with(|t| t.set(total));
            chunks.take_missing()
        })
    })
}

thread_local! {
    static LAST_TOTAL: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// How many documents the last [`query_chunked`] matched.
#[wasm_bindgen]
pub fn chunked_total() -> u32 {
    LAST_TOTAL.with(|t| t.get())
}

#[cfg(not(feature = "no-search"))]
fn chunked_documents(
    root: &ChunkedRoot,
    chunks: &ChunkSet,
    corpus: &Corpus,
    q: &str,
    limit: u32,
) -> u32 {
    let query = dossier_model::search::Query::parse(q);
    let results =
        dossier_model::search::search_postings(&root.index, chunks, corpus, &query, limit as usize);
    u32::try_from(results.total_documents).unwrap_or(u32::MAX)
}

#[cfg(feature = "no-search")]
fn chunked_documents(_: &ChunkedRoot, _: &ChunkSet, _: &Corpus, q: &str, limit: u32) -> u32 {
    (q.len() + limit as usize) as u32
}
