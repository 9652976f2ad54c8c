//! Publication-date inference measured against datelines: on the story clusters, every article
//! whose date was read from a dateline has that dateline hidden, its date inferred from its text
//! and the rest of its story, and the guess compared with the hidden date.
//!
//! Reads `../shared/eval/clusters` beside the repository; skips with a message when absent.

mod common;

use common::{cluster_dirs, publication_day as day};
use dossier_corpus::ingest;
use dossier_corpus::time::pubdate;
use dossier_model::DateBasis;

/// Differences in days between each hidden dateline and the date inferred without it (None when
/// nothing was inferred).
fn hidden_dateline_gaps(dir: &std::path::Path) -> Vec<Option<i64>> {
    let (files, _) = dossier_corpus::read_folder(dir).expect("readable folder");
    let (texts, _) = ingest::decode(&files);
    let (docs, _) = dossier_corpus::parse_documents(&files);
    let raw: Vec<&str> = texts.iter().map(|t| t.text.as_str()).collect();
    let mut dated = docs.clone();
    pubdate::date_documents(&mut dated, &raw);
    let mut gaps = Vec::new();
    for (i, doc) in dated.iter().enumerate() {
        let by_dateline = doc
            .date
            .as_ref()
            .is_some_and(|d| d.basis == DateBasis::Dateline);
        let (Some(truth), Some(line), true) = (day(doc), doc.dateline.as_deref(), by_dateline)
        else {
            continue;
        };
        let hidden: String = raw[i]
            .lines()
            .filter(|l| l.trim() != line.trim())
            .collect::<Vec<_>>()
            .join("\n");
        let mut blind = docs.clone();
        blind[i].dateline = None;
        let mut blind_raw = raw.clone();
        blind_raw[i] = &hidden;
        pubdate::date_documents(&mut blind, &blind_raw);
        if std::env::var("PUBDATE_DEBUG").is_ok() {
            let got = blind[i]
                .date
                .as_ref()
                .map(|d| (d.value.clone(), d.basis, d.evidence.clone()));
            eprintln!("{} {} truth {truth} got {got:?}", dir.display(), doc.id);
        }
        gaps.push(day(&blind[i]).map(|d| (d - truth).num_days()));
    }
    gaps
}

#[test]
fn hidden_datelines_are_inferred_near_their_dates() {
    let Some(dirs) = cluster_dirs() else { return };
    let mut gaps = Vec::new();
    for dir in dirs {
        gaps.extend(hidden_dateline_gaps(&dir));
    }
    let n = gaps.len();
    let within = |k: i64| {
        gaps.iter()
            .filter(|g| g.is_some_and(|g| g.abs() <= k))
            .count()
    };
    let (exact, one, week) = (within(0), within(1), within(7));
    let none = gaps.iter().filter(|g| g.is_none()).count();
    eprintln!(
        "hidden datelines: {n}; inferred exactly {exact}, within a day {one}, within a week {week}, none {none}"
    );
    // Measured (session 2): 77 hidden; 43 exact, 64 within a day, 73 within a week.
    assert!(n >= 70, "only {n} datelines to hide");
    assert!(week * 100 >= n * 90, "within a week: {week} of {n}");
    assert!(one * 100 >= n * 78, "within a day: {one} of {n}");
    assert!(exact * 100 >= n * 50, "exact: {exact} of {n}");
}
