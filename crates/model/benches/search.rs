//! Query latency of the search engine, natively: the seed articles and a generated corpus of
//! real news text (default 10,000 articles; `DOSSIER_BENCH_ARTICLES` changes it).
//!
//! The generated articles are built from the texts in `../shared/eval` (ECB+ clusters, TimeML
//! jsonl, PolNeAR): article `i` takes the title and sentences of one real text and splices in a
//! run of sentences from another, so vocabulary and word frequencies are those of real news.
//! Before criterion runs, a table of p50/p95 latency per query (1,000 timed runs each) and the
//! index size per article is printed. Run: `cargo bench -p dossier-model --bench search`.

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use dossier_model::search::search;
use dossier_model::{Corpus, Document, Sentence};

const SEED_QUERIES: &[(&str, &str)] = &[
    ("plain", "aleppo hospitals "),
    ("prefix", "humanit"),
    ("typo", "goverment "),
    ("phrase", "\"cessation of hostilities\" "),
];

const LARGE_QUERIES: &[(&str, &str)] = &[
    ("plain", "police said "),
    ("prefix", "negoti"),
    ("typo", "goverment "),
    ("phrase", "\"prime minister\" "),
];

fn eval_dir() -> std::path::PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval")).to_path_buf()
}

fn seeds() -> Corpus {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds"));
    let (files, _) = dossier_corpus::read_folder(dir).expect("the seeds folder is readable");
    dossier_corpus::build_corpus(&files)
}

/// Every real article text under `../shared/eval` (title = first non-empty line).
fn real_texts() -> Vec<String> {
    let eval = eval_dir();
    let mut texts = Vec::new();
    let mut read_dir_txt = |dir: &Path| {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                if let Ok(sub) = std::fs::read_dir(&p) {
                    let mut s: Vec<_> = sub
                        .filter_map(|e| e.ok())
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                        .collect();
                    s.sort();
                    texts.extend(s.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
                }
            } else if p.extension().is_some_and(|x| x == "txt") {
                texts.extend(std::fs::read_to_string(&p).ok());
            }
        }
    };
    read_dir_txt(&eval.join("clusters"));
    read_dir_txt(&eval.join("quotes/polnear/train/text"));
    read_dir_txt(&eval.join("quotes/polnear/dev/text"));
    for name in ["timeml/timebank.jsonl", "timeml/aquaint.jsonl"] {
        let Ok(jsonl) = std::fs::read_to_string(eval.join(name)) else {
            continue;
        };
        for line in jsonl.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let title = v["title"].as_str().unwrap_or("");
            if let Some(text) = v["text"].as_str() {
                texts.push(format!("{title}\n{text}"));
            }
        }
    }
    texts
}

/// Naive sentence split (the pipeline's segmenter is not what is measured here).
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut start = 0;
        let bytes = line.as_bytes();
        for i in 0..bytes.len() {
            let end = matches!(bytes[i], b'.' | b'?' | b'!') && bytes.get(i + 1) == Some(&b' ');
            if end && i + 1 - start > 20 {
                out.push(line[start..=i].trim().to_string());
                start = i + 1;
            }
        }
        if start < line.len() {
            out.push(line[start..].trim().to_string());
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

fn generated(articles: usize) -> Option<Corpus> {
    let texts: Vec<Vec<String>> = real_texts()
        .iter()
        .map(|t| sentences(t))
        .filter(|s| s.len() > 2)
        .collect();
    if texts.is_empty() {
        return None;
    }
    let n = texts.len();
    let mut corpus = Corpus::default();
    for i in 0..articles {
        let base = &texts[i % n];
        let other = &texts[(i * 7919 + 13) % n];
        let cut = (i * 31) % base.len().max(1);
        let splice_from = (i * 17) % other.len().max(1);
        let splice: Vec<String> = other.iter().skip(splice_from).take(6).cloned().collect();
        let mut body: Vec<String> = base[1..].to_vec();
        let at = cut.min(body.len());
        body.splice(at..at, splice);
        corpus.documents.push(Document {
            id: format!("{:05}_gen", i),
            title: base[0].clone(),
            sentences: body
                .into_iter()
                .map(|text| Sentence {
                    text,
                    start: 0,
                    end: 0,
                })
                .collect(),
            ..Document::default()
        });
    }
    corpus.search = dossier_corpus::index::build(&corpus);
    Some(corpus)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn latency_table(name: &str, corpus: &Corpus, queries: &[(&str, &str)]) {
    let articles = corpus.documents.len();
    let bytes = corpus.search.byte_size();
    let encoded = bitcode::serialize(&corpus.search)
        .map(|b| b.len())
        .unwrap_or(0);
    let text: usize = corpus
        .documents
        .iter()
        .map(|d| d.title.len() + d.sentences.iter().map(|s| s.text.len()).sum::<usize>())
        .sum();
    eprintln!(
        "\n{name}: {articles} articles, {} sentences, {text} bytes of text; index {bytes} bytes ({} per article; dictionary {}, postings {}), bitcode {encoded} bytes",
        corpus
            .search
            .docs
            .iter()
            .map(|d| d.sentence_count as usize)
            .sum::<usize>(),
        bytes / articles.max(1),
        corpus.search.terms.len(),
        corpus.search.postings.len(),
    );
    eprintln!(
        "{:<8} {:<32} {:>6} {:>10} {:>10}",
        "kind", "query", "docs", "p50 µs", "p95 µs"
    );
    for (kind, q) in queries {
        let mut times: Vec<Duration> = (0..1000)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(search(corpus, q, 10));
                t.elapsed()
            })
            .collect();
        times.sort();
        let docs = search(corpus, q, 10).total_documents;
        eprintln!(
            "{kind:<8} {q:<32} {docs:>6} {:>10.1} {:>10.1}",
            percentile(&times, 0.5).as_secs_f64() * 1e6,
            percentile(&times, 0.95).as_secs_f64() * 1e6
        );
    }
}

fn bench(c: &mut Criterion) {
    let seeds = seeds();
    latency_table("seeds", &seeds, SEED_QUERIES);
    let articles = std::env::var("DOSSIER_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let build = Instant::now();
    let large = generated(articles);
    match &large {
        Some(large) => {
            eprintln!(
                "(generated corpus indexed in {:.1} s)",
                build.elapsed().as_secs_f64()
            );
            latency_table("generated", large, LARGE_QUERIES);
        }
        None => eprintln!("no ../shared/eval texts: the generated corpus is skipped"),
    }
    let mut group = c.benchmark_group("seeds");
    for (kind, q) in SEED_QUERIES {
        group.bench_function(*kind, |b| b.iter(|| search(&seeds, q, 10)));
    }
    group.finish();
    if let Some(large) = &large {
        let mut group = c.benchmark_group(format!("generated-{articles}"));
        group
            .sample_size(30)
            .measurement_time(Duration::from_secs(3));
        for (kind, q) in LARGE_QUERIES {
            group.bench_function(*kind, |b| b.iter(|| search(large, q, 10)));
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
