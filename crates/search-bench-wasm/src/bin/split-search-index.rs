//! Cuts the search index of a benchmark model into a root and postings chunks, natively, for
//! the chunked (load-on-demand) part of the in-browser benchmark (`bench/search/`).
//!
//! Reads `<DIR>/<name>.model` (from `gen-search-bench`) and writes `<DIR>/<name>.root` (the
//! bitcode-encoded `ChunkedRoot`: dictionary and document table), `<DIR>/<name>.tables`
//! (`ChunkedTables`: claims, events, people) and
//! `<DIR>/<name>.chunks/<i>.bin` (postings chunk `i`) with `dossier_model::search::split`, the
//! function the app would use. It does not build corpora.
//!
//! Usage: `split-search-index <DIR> <name>... [--target BYTES]` (default 65536).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(e) = run() {
        eprintln!("split-search-index: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<(), String> {
    use std::path::PathBuf;

    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .ok_or("usage: split-search-index <DIR> <name>...")?,
    );
    let mut names = Vec::new();
    let mut target = 65_536usize;
    while let Some(a) = args.next() {
        if a == "--target" {
            let v = args.next().ok_or("--target needs a value")?;
            target = v
                .parse()
                .map_err(|_| format!("--target: not a number: {v}"))?;
        } else {
            names.push(a);
        }
    }
    for name in names {
        let path = dir.join(format!("{name}.model"));
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let corpus = dossier_model::Corpus::from_bytes(&bytes)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let (root, tables, chunks) = dossier_model::search::split(&corpus.search, target);
        let root_bytes = bitcode::serialize(&root).map_err(|e| e.to_string())?;
        let table_bytes = bitcode::serialize(&tables).map_err(|e| e.to_string())?;
        std::fs::write(dir.join(format!("{name}.tables")), &table_bytes)
            .map_err(|e| e.to_string())?;
        std::fs::write(dir.join(format!("{name}.root")), &root_bytes).map_err(|e| e.to_string())?;
        let chunk_dir = dir.join(format!("{name}.chunks"));
        let _ = std::fs::remove_dir_all(&chunk_dir);
        std::fs::create_dir_all(&chunk_dir).map_err(|e| e.to_string())?;
        for (i, chunk) in chunks.iter().enumerate() {
            std::fs::write(chunk_dir.join(format!("{i}.bin")), chunk).map_err(|e| e.to_string())?;
        }
        let total: usize = chunks.iter().map(Vec::len).sum();
        eprintln!(
            "{name}: root {} bytes (dictionary {}), tables {} bytes, {} chunks, {total} postings bytes",
            root_bytes.len(),
            root.index.terms.len(),
            table_bytes.len(),
            chunks.len()
        );
    }
    Ok(())
}
