//! Helpers shared by the integration tests that read `../shared/eval/clusters` beside the
//! repository: the story folders (or a skip message when the data is absent) and a document's
//! publication day. Owns no assertions.

use std::path::PathBuf;

use chrono::NaiveDate;
use dossier_model::Document;

/// The story folders under `shared/eval/clusters`, or `None` (after saying so) when absent.
pub fn cluster_dirs() -> Option<Vec<PathBuf>> {
    let root = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/eval/clusters"
    ));
    let Ok(entries) = std::fs::read_dir(&root) else {
        eprintln!("skipping: {} is absent", root.display());
        return None;
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    Some(dirs)
}

/// The document's publication day, when it has one.
pub fn publication_day(doc: &Document) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&doc.date.as_ref()?.value, "%Y-%m-%d").ok()
}
