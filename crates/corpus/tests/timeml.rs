//! Guards the time engine's TempEval-3 scores on the shared TimeML corpora (TimeBank, AQUAINT).
//!
//! Reads `../shared/eval/timeml/*.jsonl` beside the repository; skips with a message when the
//! folder is absent. Floors sit a little below the measured figures, so a rule change that
//! loses accuracy fails here.

use std::path::PathBuf;

use dossier_corpus::time::eval::{self, Counts};

fn timeml_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval/timeml"))
}

fn score(name: &str) -> Option<Counts> {
    let path = timeml_dir().join(name);
    let Ok(content) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} is absent", path.display());
        return None;
    };
    let docs = eval::read_jsonl(&content).expect("gold data parses");
    assert!(!docs.is_empty(), "{name} has documents");
    let counts = eval::evaluate(&docs);
    eprintln!(
        "{name}: strict F1 {:.3} relaxed F1 {:.3} value acc {:.3} value F1 {:.3}",
        counts.strict().f1,
        counts.relaxed().f1,
        counts.value_accuracy(),
        counts.value_f1()
    );
    Some(counts)
}

#[test]
fn timebank_scores_stay_above_their_floors() {
    let Some(c) = score("timebank.jsonl") else { return };
    assert_eq!(c.gold, 1243, "TimeBank holds 1,243 TIMEX3");
    assert!(c.relaxed().f1 >= 0.91, "relaxed F1 {}", c.relaxed().f1);
    assert!(c.strict().f1 >= 0.86, "strict F1 {}", c.strict().f1);
    assert!(c.value_f1() >= 0.79, "value F1 {}", c.value_f1());
}

#[test]
fn aquaint_scores_stay_above_their_floors() {
    let Some(c) = score("aquaint.jsonl") else { return };
    assert_eq!(c.gold, 579, "AQUAINT holds 579 TIMEX3");
    assert!(c.relaxed().f1 >= 0.92, "relaxed F1 {}", c.relaxed().f1);
    assert!(c.strict().f1 >= 0.82, "strict F1 {}", c.strict().f1);
    assert!(c.value_f1() >= 0.74, "value F1 {}", c.value_f1());
}
