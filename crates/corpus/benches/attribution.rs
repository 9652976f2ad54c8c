//! Speed of attribution extraction, side by side: the rules alone and the rules with the shipped
//! tagger, over the same texts (characters per second).
//!
//! Reads the PolNeAR dev texts from `../shared/eval/quotes/polnear/dev/text` when present (else
//! the seed articles). Run: `cargo bench -p dossier-corpus --bench attribution`.

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier_corpus::attribution::{Extractors, in_file_by};

fn texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dev = root.join("../../../shared/eval/quotes/polnear/dev/text");
    let dir = if dev.is_dir() {
        dev
    } else {
        eprintln!("{} absent: timing the seeds", dev.display());
        root.join("../../seeds")
    };
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let stem = p.file_stem()?.to_string_lossy().into_owned();
            Some((stem, std::fs::read_to_string(p).ok()?))
        })
        .collect()
}

fn extract(c: &mut Criterion) {
    let texts = texts();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("attribution");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    for (name, extractors) in [
        ("rules", Extractors::Rules),
        ("rules_and_tagger", Extractors::shipped()),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|(id, t)| in_file_by(id, t, extractors).len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
