//! Native probe of per-query time on a small folder (not part of the benchmark): the browser
//! bench's seed queries, each timed as the best mean over 200 batches of 50 runs (the minimum
//! is steadier than a median on a shared machine), and how many allocations one run makes.
//! Run: `cargo run --release -p dossier-search-bench-wasm --example seeds_probe -- seeds [LIMIT [ONLY]]`
//! (`PROBE_BATCHES=N` for N batches instead of 200, e.g. under `perf record`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
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

/// The system allocator, counting allocations (to print allocations per query).
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

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
    // PROBE_BATCHES sets the number of batches (more for a profiler to sample the queries).
    let batches: usize = std::env::var("PROBE_BATCHES")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(200);
    let mut total = 0.0;
    for q in QUERIES.iter().filter(|q| q.contains(only.as_str())) {
        let best = (0..batches)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..50 {
                    std::hint::black_box(search(&corpus, q, limit));
                }
                t.elapsed().as_secs_f64() * 1e6 / 50.0
            })
            .fold(f64::MAX, f64::min);
        total += best;
        let before = ALLOCATIONS.load(Ordering::Relaxed);
        std::hint::black_box(search(&corpus, q, limit));
        let allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;
        println!(
            "{:<32} {best:>8.2} µs {allocations:>6} allocations",
            format!("{q:?}")
        );
    }
    println!("{:<32} {total:>8.2} µs", "sum");
}
