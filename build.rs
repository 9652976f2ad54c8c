//! Runs the Dossier pipeline at build time and embeds the serialized model in the app.
//!
//! Reads `seeds/` (or the folder named by `DOSSIER_CORPUS`) and writes `$OUT_DIR/corpus.bin`,
//! which `src/data.rs` includes. Editing any file of the folder triggers a rebuild.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=DOSSIER_CORPUS");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = std::env::var_os("DOSSIER_CORPUS").map(PathBuf::from).unwrap_or_else(|| manifest.join("seeds"));
    println!("cargo:rerun-if-changed={}", dir.display());

    let (files, mut diagnostics) = dossier_corpus::read_folder(&dir)
        .unwrap_or_else(|e| panic!("DOSSIER_CORPUS: {e}"));
    let mut corpus = dossier_corpus::build_corpus(&files);
    diagnostics.append(&mut corpus.diagnostics);
    for d in &diagnostics {
        println!("cargo:warning={}: {}", d.file.as_deref().unwrap_or("-"), d.message);
    }
    corpus.diagnostics = diagnostics;
    if corpus.documents.is_empty() {
        panic!("no usable article in {} (looked for .txt files)", dir.display());
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    std::fs::write(&out, corpus.to_bytes()).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
