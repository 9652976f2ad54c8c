//! Guards attribution quality on PolNeAR dev (held out): source and content F1, exact and
//! overlap, must stay above a floor a little below what the rules reach. Skips when ../shared is
//! absent.

use std::path::{Path, PathBuf};

use dossier_corpus::attribution::{self, score::Counts};

fn polnear_dev() -> PathBuf {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/eval/quotes/polnear/dev"
    ))
    .to_path_buf()
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == ext));
    paths.sort();
    paths
}

#[test]
fn dev_scores_stay_above_the_floor() {
    let dev = polnear_dev();
    if !dev.join("text").is_dir() {
        eprintln!("skipping: {} not found", dev.display());
        return;
    }
    let anns = files(&dev.join("attributions"), "ann");
    let (mut source, mut content) = (Counts::default(), Counts::default());
    for text_path in files(&dev.join("text"), "txt") {
        let stem = text_path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let text = std::fs::read_to_string(&text_path).expect("readable text");
        let predicted = attribution::in_file(&stem, &text);
        for ann in anns.iter().filter(|a| {
            a.file_stem().and_then(|s| s.to_str()).is_some_and(|s| {
                s.strip_prefix(stem.as_str())
                    .is_some_and(|r| r.starts_with('_') && !r[1..].contains('_'))
            })
        }) {
            let gold = std::fs::read_to_string(ann).expect("readable annotation");
            let (s, c) = attribution::score::score_article(&predicted, &gold);
            source.add(s);
            content.add(c);
        }
    }
    assert!(
        source.gold > 1000,
        "dev should hold over a thousand gold sources, got {}",
        source.gold
    );
    let source_exact_f1 = source.prf(source.exact).2;
    let source_overlap_f1 = source.prf(source.overlap).2;
    let content_exact_f1 = content.prf(content.exact).2;
    let content_overlap_f1 = content.prf(content.overlap).2;
    eprintln!(
        "PolNeAR dev F1: source exact {source_exact_f1:.1}, overlap {source_overlap_f1:.1}; \
         content exact {content_exact_f1:.1}, overlap {content_overlap_f1:.1}"
    );
    // Session 3 reaches 66.1 / 72.9 / 51.9 / 75.8; the floors sit just below.
    assert!(
        source_exact_f1 >= 65.6,
        "source exact F1 fell to {source_exact_f1:.1}"
    );
    assert!(
        source_overlap_f1 >= 72.5,
        "source overlap F1 fell to {source_overlap_f1:.1}"
    );
    assert!(
        content_exact_f1 >= 51.4,
        "content exact F1 fell to {content_exact_f1:.1}"
    );
    assert!(
        content_overlap_f1 >= 75.4,
        "content overlap F1 fell to {content_overlap_f1:.1}"
    );
}
