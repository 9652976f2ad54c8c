//! Speed of the time stage: `time::extract` over the TimeBank texts (characters per second) and
//! publication dates plus timeline over the seed articles.
//!
//! Reads `../shared/eval/timeml/timebank.jsonl` when present (else repeats a built-in news
//! paragraph). Run: `cargo bench -p dossier-corpus --bench time`.

use std::path::Path;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier_corpus::time::{self, eval};

const PARAGRAPH: &str = "The ministers met on Monday in Geneva and will meet again next week. \
Talks collapsed last month, three years after they began in mid-2013. \
Bombing over the past eight days killed dozens, officials said Wednesday night.\n";

fn texts() -> Vec<(String, NaiveDate)> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/timeml/timebank.jsonl");
    match std::fs::read_to_string(&path)
        .ok()
        .and_then(|c| eval::read_jsonl(&c).ok())
    {
        Some(docs) => docs.into_iter().map(|d| (d.text, d.dct)).collect(),
        None => {
            eprintln!("{} absent: timing a built-in paragraph", path.display());
            let dct = NaiveDate::from_ymd_opt(2016, 10, 26).unwrap_or_default();
            vec![(PARAGRAPH.repeat(200), dct)]
        }
    }
}

fn extract(c: &mut Criterion) {
    let texts = texts();
    let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
    let mut group = c.benchmark_group("time");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("extract_timebank", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(t, dct)| time::extract(t, *dct).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn seeds(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let Ok((files, _)) = dossier_corpus::read_folder(&dir) else {
        return;
    };
    let (documents, _) = dossier_corpus::parse_documents(&files);
    let raw: Vec<String> = files
        .iter()
        .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
        .collect();
    let raw: Vec<&str> = raw.iter().map(String::as_str).collect();
    c.bench_function("pubdate_and_timeline_seeds", |b| {
        b.iter(|| {
            let mut docs = documents.clone();
            time::pubdate::date_documents(&mut docs, &raw);
            dossier_corpus::timeline::build(&docs).len()
        })
    });
}

criterion_group!(benches, extract, seeds);
criterion_main!(benches);
