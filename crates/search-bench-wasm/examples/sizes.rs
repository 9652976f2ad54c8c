//! Native probe of what the search index of a folder is made of (not part of the benchmark):
//! bytes per field and per part of a posting (unit deltas, frequencies, positions), the
//! dictionary and the tables. Writes each part to `<OUT>/<part>.bin` so they can be gzipped.
//! Run: `cargo run --release -p dossier-search-bench-wasm --example sizes -- seeds /tmp/sizes`

use dossier_model::search::{Field, SearchIndex};

fn varint_len(v: u32) -> usize {
    match v {
        0..=0x7f => 1,
        0x80..=0x3fff => 2,
        0x4000..=0x1f_ffff => 3,
        _ => 4,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(out)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: sizes <FOLDER> <OUT>");
        std::process::exit(2);
    };
    let (files, _) = dossier_corpus::read_folder(std::path::Path::new(dir)).expect("readable");
    let corpus = dossier_corpus::build_corpus(&files);
    let index: &SearchIndex = &corpus.search;
    std::fs::create_dir_all(out).expect("out dir");
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(format!("{out}/{name}.bin"), bytes).expect("write");
        println!("{name:<24} {:>8}", bytes.len());
    };
    write("terms", &index.terms);
    write("postings", &index.postings);
    let enc = |v: &dyn erased::Ser| v.bytes();
    write("docs", &enc(&index.docs));
    write("claims", &enc(&index.claims));
    write("events", &enc(&index.events));
    write("people", &enc(&index.people));
    write("whole", &bitcode::serialize(index).unwrap_or_default());
    let keys = fst::Map::new(index.terms.as_slice())
        .map(|m| m.len())
        .unwrap_or(0);
    println!("dictionary keys {keys}");
    dictionary_variants(&index.terms, out);
    // Per-field posting statistics, decoded with the public format functions.
    let mut stats = [[0usize; 5]; 6];
    let map = fst::Map::new(index.terms.as_slice()).expect("fst");
    let mut offsets: Vec<u64> = {
        use fst::Streamer;
        let mut s = map.stream();
        let mut v = Vec::new();
        while let Some((_, o)) = s.next() {
            v.push(o);
        }
        v
    };
    offsets.sort_unstable();
    offsets.dedup();
    println!("groups {}", offsets.len());
    for &o in &offsets {
        let mut positions = Vec::new();
        let mut last = [0u32; 6];
        dossier_model::search::decode_group(&index.postings, o, &mut positions, |field, p| {
            let f = field as usize;
            stats[f][1] += 1;
            stats[f][2] += p.tf as usize;
            stats[f][3] += varint_len(p.unit - last[f]);
            last[f] = p.unit;
        });
    }
    println!("field    - postings positions unit-bytes");
    for f in Field::ALL {
        let s = stats[f as usize];
        println!("{f:?} {} {} {} {}", s[0], s[1], s[2], s[3]);
    }
}

mod erased {
    pub trait Ser {
        fn bytes(&self) -> Vec<u8>;
    }
    impl<T: serde::Serialize> Ser for T {
        fn bytes(&self) -> Vec<u8> {
            bitcode::serialize(self).unwrap_or_default()
        }
    }
}

/// Dictionary alternatives: outputs as group ordinals instead of byte offsets, and no outputs.
#[allow(dead_code)]
pub fn dictionary_variants(terms: &[u8], out: &str) {
    use fst::Streamer;
    let Ok(map) = fst::Map::new(terms) else {
        return;
    };
    let mut pairs = Vec::new();
    let mut s = map.stream();
    while let Some((k, o)) = s.next() {
        pairs.push((k.to_vec(), o));
    }
    let mut offsets: Vec<u64> = pairs.iter().map(|p| p.1).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let mut b = fst::MapBuilder::memory();
    for (k, o) in &pairs {
        let _ = b.insert(k, offsets.binary_search(o).unwrap_or(0) as u64);
    }
    let ord = b.into_inner().unwrap_or_default();
    std::fs::write(format!("{out}/terms-ordinals.bin"), &ord).expect("write");
    let mut b = fst::SetBuilder::memory();
    for (k, _) in &pairs {
        let _ = b.insert(k);
    }
    let set = b.into_inner().unwrap_or_default();
    std::fs::write(format!("{out}/terms-set.bin"), &set).expect("write");
    let words: Vec<u8> = pairs
        .iter()
        .flat_map(|(k, _)| k.iter().copied().chain([b'\n']))
        .collect();
    std::fs::write(format!("{out}/terms-text.bin"), &words).expect("write");
}
