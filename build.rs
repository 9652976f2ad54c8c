//! Runs the Dossier pipeline at build time and embeds the serialized model in the app.
//!
//! Reads `seeds/` (or the folder named by `DOSSIER_CORPUS`) and writes `$OUT_DIR/corpus.bin`,
//! which `src/data.rs` includes. Editing any file of the folder triggers a rebuild.
//!
//! When the search postings are larger than 8 chunks of `DOSSIER_SEARCH_CHUNK_BYTES` (default
//! 64 KiB, so 512 KiB), they leave the embedded model: they are cut into chunks written to
//! `target/search-chunks/<hash>/<i>.bin` (served as `/search-<hash>/<i>.bin`, copied into the
//! site by `scripts/post-build.mjs`), `$OUT_DIR/search_chunks.rs` tells the app where they are,
//! and the app is compiled with `cfg(dossier_chunked_search)` to fetch them on demand. Names
//! and sizes come from `src/chunk_plan.rs`, shared with the app.

use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/chunk_plan.rs"]
mod chunk_plan;

fn main() {
    println!("cargo:rerun-if-env-changed=DOSSIER_CORPUS");
    println!("cargo:rerun-if-env-changed={}", chunk_plan::CHUNK_BYTES_VAR);
    println!("cargo:rerun-if-changed=src/chunk_plan.rs");
    println!("cargo:rustc-check-cfg=cfg(dossier_chunked_search)");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = std::env::var_os("DOSSIER_CORPUS").map(PathBuf::from).unwrap_or_else(|| manifest.join("seeds"));
    println!("cargo:rerun-if-changed={}", dir.display());
    let chunk_bytes = chunk_plan::chunk_bytes(std::env::var(chunk_plan::CHUNK_BYTES_VAR).ok().as_deref())
        .unwrap_or_else(|e| panic!("{e}"));

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
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    if chunk_plan::is_chunked(corpus.search.postings.len(), chunk_bytes) {
        write_chunks(&mut corpus, chunk_bytes, &manifest.join("target").join("search-chunks"), &out_dir);
        println!("cargo:rustc-cfg=dossier_chunked_search");
    }
    let out = out_dir.join("corpus.bin");
    std::fs::write(&out, corpus.to_bytes()).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

/// Moves the corpus's postings into chunk files under `chunks_root/<hash>/` and writes
/// `search_chunks.rs` into `out_dir`; the corpus keeps its dictionary and tables.
fn write_chunks(corpus: &mut dossier_model::Corpus, chunk_bytes: usize, chunks_root: &Path, out_dir: &Path) {
    let (root, _tables, chunks) = dossier_model::search::split(&corpus.search, chunk_bytes);
    let hash = chunk_plan::content_hash(&chunks);
    let folder = chunks_root.join(&hash);
    std::fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("cannot create {}: {e}", folder.display()));
    for (i, chunk) in chunks.iter().enumerate() {
        let path = folder.join(format!("{i}.bin"));
        std::fs::write(&path, chunk).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
    let source = out_dir.join("search_chunks.rs");
    std::fs::write(&source, chunk_plan::generated_source(&hash, &root.starts, root.total))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", source.display()));
    corpus.search.postings = Vec::new();
    let total: usize = chunks.iter().map(Vec::len).sum();
    println!(
        "cargo:warning=search postings ({total} bytes) cut into {} chunks of about {chunk_bytes} bytes: {}",
        chunks.len(),
        folder.display()
    );
}
