//! Native probe of where query time goes on a benchmark corpus (not part of the benchmark).
//!
//! Loads a model written by `gen-search-bench`, times each query natively (p50 over 30 runs),
//! then again on copies of the corpus without events, and without events, claims and people,
//! to show how much of a query's time is spent scanning those tables.
//! Run: `cargo run --release -p dossier-search-bench-wasm --example probe -- target/search-bench/data/gen-10000.model`

use std::time::Instant;

use dossier_model::Corpus;
use dossier_model::search::search;

const QUERIES: &[&str] = &[
    "police said ",
    "negoti",
    "recieved ",
    "\"prime minister\" ",
    "qqzxv ",
];

fn p50(corpus: &Corpus, q: &str) -> f64 {
    let mut times: Vec<f64> = (0..30)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(search(corpus, q, 10));
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: probe <MODEL>");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_default();
    let t = Instant::now();
    let Ok(full) = Corpus::from_bytes(&bytes) else {
        eprintln!("not a model: {path}");
        std::process::exit(1);
    };
    println!(
        "decode {:.0} ms, {} docs, {} events, {} claims",
        t.elapsed().as_secs_f64() * 1e3,
        full.documents.len(),
        full.search.events.len(),
        full.search.claims.len()
    );
    let mut no_events = full.clone();
    no_events.search.events.clear();
    let mut bare = no_events.clone();
    bare.search.claims.clear();
    bare.search.people.clear();
    println!("| query | full ms | without events ms | without events, claims, people ms | docs |");
    println!("|---|---:|---:|---:|---:|");
    for q in QUERIES {
        println!(
            "| `{}` | {:.2} | {:.2} | {:.2} | {} |",
            q.trim(),
            p50(&full, q),
            p50(&no_events, q),
            p50(&bare, q),
            search(&full, q, 10).total_documents
        );
    }
}
