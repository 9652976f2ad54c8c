//! Native probe of per-query time on a small folder (not part of the benchmark): the browser
//! bench's seed queries, each timed as the best mean over 200 batches of 50 runs (the minimum
//! is steadier than a median on a shared machine).
//! Run: `cargo run --release -p dossier-search-bench-wasm --example seeds_probe -- seeds [LIMIT [ONLY]]`

use std::time::Instant;

use dossier_model::search::search;

const QUERIES: &[&str] = &[
    "aleppo hospitals ",
    "convoy ",
    "kerry lavrov ",
    "humanit",
    "convo",
    "diplom",
    "alepo ",
    "goverment ",
    "humanitarain ",
    "\"cessation of hostilities\" ",
    "\"united nations\" ",
    "\"red crescent\" ",
];

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    // An optional second argument sets the limit (0: match and rank only, build no hits).
    let limit: usize = std::env::args()
        .nth(2)
        .and_then(|l| l.parse().ok())
        .unwrap_or(10);
    // An optional third argument keeps only the queries that contain it (for profiling one).
    let only = std::env::args().nth(3).unwrap_or_default();
    let (files, _) =
        dossier_corpus::read_folder(std::path::Path::new(&dir)).expect("a readable folder");
    let corpus = dossier_corpus::build_corpus(&files);
    let mut total = 0.0;
    for q in QUERIES.iter().filter(|q| q.contains(only.as_str())) {
        let best = (0..200)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..50 {
                    std::hint::black_box(search(&corpus, q, limit));
                }
                t.elapsed().as_secs_f64() * 1e6 / 50.0
            })
            .fold(f64::MAX, f64::min);
        total += best;
        println!("{:<32} {best:>8.2} µs", format!("{q:?}"));
    }
    println!("{:<32} {total:>8.2} µs", "sum");
}
