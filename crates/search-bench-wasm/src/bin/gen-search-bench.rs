//! Writes the corpora of the in-browser search benchmark (`bench/search/`), natively.
//!
//! For each corpus it runs the whole pipeline (`dossier_corpus::build_corpus`) and writes, into
//! the output folder: `<name>.model` (the model bytes, `Corpus::to_bytes`), `<name>.records.json`
//! (the same searchable units as our index, one record per title, sentence, claim, event label
//! and person, for MiniSearch) and `<name>.meta.json` (sizes and build time).
//!
//! Corpora: `seeds` (the seed folder) and `gen-<N>` (N articles recombined from the real news
//! texts in `../shared/eval`: a real headline, then consecutive real paragraphs of one source
//! text, continuing in another when it runs out, until a length drawn between 250 and 950
//! words). Eval-derived text must stay under `target/`: never commit it.
//!
//! Usage: `gen-search-bench <OUT_DIR> [--seeds DIR] [--eval DIR] [--articles N]...`
//! (`--articles 0` writes the seeds only).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(e) = native::run() {
        eprintln!("gen-search-bench: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};
    use std::time::Instant;

    use dossier_corpus::{SourceFile, build_corpus, read_folder};
    use dossier_model::Corpus;
    use serde_json::{Value, json};

    /// Articles per story in the generated corpora.
    const STORY: usize = 50;

    struct Args {
        out: PathBuf,
        seeds: PathBuf,
        eval: PathBuf,
        sizes: Vec<usize>,
    }

    fn parse_args() -> Result<Args, String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut args = Args {
            out: PathBuf::new(),
            seeds: root.join("seeds"),
            eval: root.join("../shared/eval"),
            sizes: Vec::new(),
        };
        let mut it = std::env::args().skip(1);
        let mut out = None;
        while let Some(a) = it.next() {
            let mut value = || it.next().ok_or_else(|| format!("{a} needs a value"));
            match a.as_str() {
                "--seeds" => args.seeds = value()?.into(),
                "--eval" => args.eval = value()?.into(),
                "--articles" => {
                    let v = value()?;
                    args.sizes
                        .push(v.parse().map_err(|_| format!("bad --articles {v}"))?);
                }
                _ if out.is_none() => out = Some(PathBuf::from(a)),
                _ => return Err(format!("unexpected argument {a}")),
            }
        }
        args.out = out.ok_or(
            "usage: gen-search-bench <OUT_DIR> [--seeds DIR] [--eval DIR] [--articles N]...",
        )?;
        if args.sizes.is_empty() {
            args.sizes.push(10_000);
        }
        Ok(args)
    }

    pub fn run() -> Result<(), String> {
        let args = parse_args()?;
        std::fs::create_dir_all(&args.out).map_err(|e| e.to_string())?;
        let (files, _) = read_folder(&args.seeds).map_err(|e| e.to_string())?;
        let started = Instant::now();
        let corpus = build_corpus(&files);
        let seconds = started.elapsed().as_secs_f64();
        let input = files.iter().map(|f| f.bytes.len()).sum();
        write_corpus(&args.out, "seeds", &corpus, input, seconds, "seed folder")?;
        let sizes: Vec<usize> = args.sizes.iter().copied().filter(|&n| n > 0).collect();
        if sizes.is_empty() {
            return Ok(());
        }
        let sources = real_texts(&args.eval);
        if sources.is_empty() {
            return Err(format!("no texts under {}", args.eval.display()));
        }
        eprintln!(
            "{} source texts from {}",
            sources.len(),
            args.eval.display()
        );
        for n in sizes {
            // A few spare articles replace those the pipeline cannot build.
            let files = recombine(&sources, n + n / 10);
            let name = format!("gen-{n}");
            let started = Instant::now();
            let (corpus, dropped) = build_stories(&files, STORY, n);
            let seconds = started.elapsed().as_secs_f64();
            if !dropped.is_empty() {
                eprintln!(
                    "{name}: the pipeline panics on {} articles or stories; they are left out (see {name}.panics.txt)",
                    dropped.len()
                );
                std::fs::write(
                    args.out.join(format!("{name}.panics.txt")),
                    dropped.join("\n"),
                )
                .map_err(|e| e.to_string())?;
            }
            let input: usize =
                files.iter().map(|f| f.bytes.len()).sum::<usize>() * n / files.len().max(1);
            let origin = format!("recombined eval texts, built as stories of {STORY} articles");
            write_corpus(&args.out, &name, &corpus, input, seconds, &origin)?;
        }
        Ok(())
    }

    fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    }

    /// Builds `files` as stories of `story` articles each, every one with the full pipeline
    /// (`build_corpus`), then merges them and indexes the whole (`dossier_corpus::index::build`).
    /// Why stories: the product models one story per folder, and the pipeline panics on some
    /// recombined articles (a pipeline bug to report, not to hide) in ways that depend on the
    /// other articles of the build; a story that panics is split in halves, recursively, down to
    /// single articles, which are left out. Returns the corpus (at most `limit` articles) and
    /// "name: message" lines for the articles left out.
    pub(super) fn build_stories(
        files: &[SourceFile],
        story: usize,
        limit: usize,
    ) -> (Corpus, Vec<String>) {
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let mut merged = Corpus::default();
        let mut dropped = Vec::new();
        for chunk in files.chunks(story) {
            let room = limit.saturating_sub(merged.documents.len());
            if room == 0 {
                break;
            }
            build_halving(&chunk[..chunk.len().min(room)], &mut merged, &mut dropped);
        }
        std::panic::set_hook(quiet);
        merged.search = dossier_corpus::index::build(&merged);
        (merged, dropped)
    }

    fn build_halving(files: &[SourceFile], merged: &mut Corpus, dropped: &mut Vec<String>) {
        if files.is_empty() {
            return;
        }
        match std::panic::catch_unwind(|| build_corpus(files)) {
            Ok(corpus) => {
                if merged.documents.is_empty() {
                    merged.story = corpus.story.clone();
                }
                merged.documents.extend(corpus.documents);
                merged.timeline.extend(corpus.timeline);
                merged.claims.extend(corpus.claims);
                merged.claim_groups.extend(corpus.claim_groups);
                merged.diagnostics.extend(corpus.diagnostics);
            }
            Err(e) if files.len() == 1 => {
                dropped.push(format!("{}: {}", files[0].name, panic_message(&*e)));
            }
            Err(_) => {
                let (a, b) = files.split_at(files.len() / 2);
                build_halving(a, merged, dropped);
                build_halving(b, merged, dropped);
            }
        }
    }

    /// Writes the model, the MiniSearch records and the sizes of `corpus`.
    fn write_corpus(
        out: &Path,
        name: &str,
        corpus: &Corpus,
        input_bytes: usize,
        build_seconds: f64,
        origin: &str,
    ) -> Result<(), String> {
        let model = corpus.to_bytes();
        let index = bitcode::serialize(&corpus.search).map_err(|e| e.to_string())?;
        let records = records(corpus);
        let meta = json!({
            "name": name,
            "origin": origin,
            "articles": corpus.documents.len(),
            "sentences": corpus.documents.iter().map(|d| d.sentences.len()).sum::<usize>(),
            "claims": corpus.claims.len(),
            "events": corpus.timeline.len(),
            "people": corpus.search.people.len(),
            "input_bytes": input_bytes,
            "model_bytes": model.len(),
            "index_bitcode_bytes": index.len(),
            "index_table_bytes": corpus.search.byte_size(),
            "dictionary_bytes": corpus.search.terms.len(),
            "postings_bytes": corpus.search.postings.len(),
            "records": records["records"].as_array().map_or(0, Vec::len),
            "build_seconds": build_seconds,
        });
        let write = |ext: &str, bytes: &[u8]| {
            std::fs::write(out.join(format!("{name}.{ext}")), bytes).map_err(|e| e.to_string())
        };
        write("model", &model)?;
        write("records.json", records.to_string().as_bytes())?;
        write("meta.json", meta.to_string().as_bytes())?;
        eprintln!("{name}: {meta}");
        Ok(())
    }

    /// The searchable units of our index, as MiniSearch records: `t` = title, `s` = sentence,
    /// `q` = claim (text and speaker), `e` = event label, `p` = person name. `doc` is the
    /// document index (-1 for people, who belong to no single document).
    fn records(corpus: &Corpus) -> Value {
        let mut records = Vec::new();
        let mut push =
            |doc: i64, kind: &str, field: &str, text: &str, extra: Option<(&str, &str)>| {
                let mut r = json!({ "id": records.len(), "doc": doc, "k": kind, field: text });
                if let Some((f, v)) = extra {
                    r[f] = json!(v);
                }
                records.push(r);
            };
        for (d, doc) in corpus.documents.iter().enumerate() {
            push(d as i64, "t", "title", &doc.title, None);
            for s in &doc.sentences {
                push(d as i64, "s", "text", &s.text, None);
            }
        }
        let doc_index = |id: &str| {
            corpus
                .documents
                .iter()
                .position(|d| d.id == id)
                .map_or(-1, |i| i as i64)
        };
        for claim in &corpus.claims {
            push(
                doc_index(&claim.at.doc),
                "q",
                "text",
                &claim.text,
                Some(("speaker", &claim.speaker)),
            );
        }
        for event in &corpus.timeline {
            let doc = event.mentions.first().map_or(-1, |m| doc_index(&m.at.doc));
            push(doc, "e", "text", &event.label, None);
        }
        for person in &corpus.search.people {
            push(-1, "p", "speaker", person, None);
        }
        let docs: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
        json!({ "docs": docs, "records": records })
    }

    /// A real text split into a headline (if it has a usable one) and paragraphs.
    struct Source {
        title: Option<String>,
        paragraphs: Vec<String>,
    }

    fn words(s: &str) -> usize {
        s.split_whitespace().count()
    }

    /// Paragraphs are blank-line separated blocks; texts written one sentence per line have
    /// their lines joined into paragraphs of at least 30 words.
    fn split(title: Option<String>, body: &str) -> Source {
        let blocks: Vec<String> = if body.contains("\n\n") {
            body.split("\n\n")
                .map(|b| b.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect()
        } else {
            body.lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect()
        };
        let mut paragraphs: Vec<String> = Vec::new();
        let mut open = String::new();
        for b in blocks.into_iter().filter(|b| !b.is_empty()) {
            if !open.is_empty() {
                open.push(' ');
            }
            open.push_str(&b);
            if words(&open) >= 30 {
                paragraphs.push(std::mem::take(&mut open));
            }
        }
        if !open.is_empty() {
            paragraphs.push(open);
        }
        let title = title
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty() && t.len() <= 120);
        Source { title, paragraphs }
    }

    fn sorted_txt(dir: &Path) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
        paths.sort();
        paths
    }

    /// Every real text under `eval`: ECB+ clusters and PolNeAR (first line = headline), and the
    /// TimeML `text` fields (with their `title` when present).
    fn real_texts(eval: &Path) -> Vec<Source> {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(eval.join("clusters"))
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        dirs.sort();
        for split_name in ["train", "dev"] {
            dirs.push(eval.join("quotes/polnear").join(split_name).join("text"));
        }
        let mut sources = Vec::new();
        for dir in dirs {
            for path in sorted_txt(&dir) {
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let text = text.replace("\r\n", "\n");
                let (first, rest) = text.trim_start().split_once('\n').unwrap_or((&text, ""));
                sources.push(split(Some(first.to_string()), rest));
            }
        }
        for name in ["timeml/timebank.jsonl", "timeml/aquaint.jsonl"] {
            let Ok(jsonl) = std::fs::read_to_string(eval.join(name)) else {
                continue;
            };
            for line in jsonl.lines() {
                let Ok(v) = serde_json::from_str::<Value>(line) else {
                    continue;
                };
                let Some(text) = v["text"].as_str() else {
                    continue;
                };
                sources.push(split(v["title"].as_str().map(str::to_string), text));
            }
        }
        sources.retain(|s| !s.paragraphs.is_empty());
        sources
    }

    /// xorshift64*: deterministic, so every run generates the same corpus.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    /// `n` articles: a real headline, then runs of consecutive real paragraphs.
    fn recombine(sources: &[Source], n: usize) -> Vec<SourceFile> {
        let titles: Vec<&str> = sources.iter().filter_map(|s| s.title.as_deref()).collect();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        (0..n)
            .map(|i| {
                let title = titles
                    .get(rng.below(titles.len()))
                    .copied()
                    .unwrap_or("Untitled");
                let target = 250 + rng.below(701);
                let mut body: Vec<&str> = Vec::new();
                let mut count = 0;
                while count < target {
                    let source = &sources[rng.below(sources.len())];
                    let start = rng.below(source.paragraphs.len());
                    let run = 2 + rng.below(6);
                    for p in source.paragraphs.iter().skip(start).take(run) {
                        body.push(p);
                        count += words(p);
                        if count >= target {
                            break;
                        }
                    }
                }
                SourceFile {
                    name: format!("{i:05}.txt"),
                    bytes: format!("{title}\n\n{}\n", body.join("\n\n")).into_bytes(),
                }
            })
            .collect()
    }
}
