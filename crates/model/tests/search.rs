//! The search engine end to end: query parsing, matching (stems, prefixes, typos, phrases),
//! ranking, filters and highlight offsets, on a small hand-made corpus whose expected answers
//! were worked out by hand, plus a smoke test on the seed articles.

use dossier_model::search::{
    ChunkSet, ChunkedRoot, Query, Results, search, search_postings, split,
};
use dossier_model::{
    Claim, Corpus, DateBasis, Document, Event, PublicationDate, Sentence, SentenceRef,
};

fn doc(id: &str, title: &str, date: Option<&str>, sentences: &[&str]) -> Document {
    Document {
        id: id.into(),
        title: title.into(),
        date: date.map(|value| PublicationDate {
            value: value.into(),
            basis: DateBasis::Dateline,
            confidence: 100,
            evidence: String::new(),
        }),
        sentences: sentences
            .iter()
            .map(|t| Sentence {
                text: (*t).into(),
                start: 0,
                end: 0,
            })
            .collect(),
        ..Document::default()
    }
}

fn at(doc: &str, sentence: u32) -> SentenceRef {
    SentenceRef {
        doc: doc.into(),
        sentence,
    }
}

/// A claim and an event as the pipeline makes them, so this test keeps compiling while those
/// types grow fields (only the fields search reads are overwritten).
fn templates() -> (Claim, Event) {
    let article = "Bridge reopens\n\nThe bridge reopened on 19 September 2016, officials said. \"It is safe now,\" said John Smith, the mayor.";
    let file = dossier_corpus::SourceFile {
        name: "t.txt".into(),
        bytes: article.as_bytes().to_vec(),
    };
    let corpus = dossier_corpus::build_corpus(&[file]);
    let claim = corpus
        .claims
        .first()
        .cloned()
        .expect("the pipeline finds a claim in the template article");
    let event = corpus
        .timeline
        .first()
        .cloned()
        .expect("the pipeline finds an event in the template article");
    assert!(!event.mentions.is_empty());
    (claim, event)
}

fn corpus() -> Corpus {
    let documents = vec![
        doc(
            "ap-1",
            "Government bridge plan approved",
            Some("2016-09-19"),
            &[
                "The council will receive the new budget on Monday.",
                "Residents said the bridge was closed for repairs.",
                "A peace agreement was signed in Geneva.",
            ],
        ),
        doc(
            "bbc-2",
            "Storm hits coast",
            Some("2016-10-02"),
            &[
                "The government promised help after the storm.",
                "Officials received many calls about the bridge.",
                "The agreement was not signed.",
            ],
        ),
        doc(
            "cnn-3",
            "Markets rally",
            None,
            &[
                "Investors welcomed the international agreement on trade.",
                "The bridge over the river stayed open.",
                "The store was closed.",
            ],
        ),
    ];
    let (claim, event) = templates();
    let claims = vec![Claim {
        id: "bbc-2:0:0".into(),
        at: at("bbc-2", 0),
        speaker: "Jane Smith".into(),
        text: "help after the storm".into(),
        ..claim
    }];
    let mut mention = event.mentions[0].clone();
    mention.at = at("ap-1", 2);
    let timeline = vec![Event {
        id: "e1".into(),
        value: "2016-09-19".into(),
        label: "Peace agreement signed in Geneva".into(),
        mentions: vec![mention],
        ..event
    }];
    let mut corpus = Corpus {
        documents,
        claims,
        timeline,
        ..Corpus::default()
    };
    corpus.search = dossier_corpus::index::build(&corpus);
    corpus
}

fn docs(results: &Results) -> Vec<&str> {
    results.documents.iter().map(|d| d.doc.as_str()).collect()
}

/// Documents found for `query` (finished: a trailing space, so no prefix matching).
fn found(corpus: &Corpus, query: &str) -> Vec<String> {
    docs(&search(corpus, &format!("{query} "), 10))
        .into_iter()
        .map(String::from)
        .collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn parser() {
    fn check(input: &str, expect: &str) {
        assert_eq!(Query::parse(input).to_string(), expect, "query: {input}");
    }
    check("", "");
    check("Bridge", "bridge*");
    check("Bridge ", "bridge");
    check("the BRIDGE plan", "the bridge plan*");
    check("\"peace agreement\" signed", "\"peace agreement\" signed*");
    check("signed \"Peace  agreement\"", "signed \"peace agreement\"");
    check("\"peace agreem", "\"peace agreem\"");
    check("storm -coast ", "storm -coast");
    check("storm -\"hits coast\"", "storm -\"hits coast\"");
    check("storm - coast ", "storm coast");
    check("storm OR rain wind ", "(storm OR rain) wind");
    check("OR storm OR ", "storm");
    check("U.S. talks ", "\"u s\" talks");
    check("source:AP bridge ", "bridge source:ap");
    check(
        "speaker:\"Jane Smith\" help ",
        "help speaker:\"jane smith\"",
    );
    check(
        "date:2016-09 after:2016-09-01 before:2016-10",
        "date:2016-09 after:2016-09-01 before:2016-10",
    );
    check("colour:red ", "\"colour red\"");
    let q = Query::parse("date:sometime storm ");
    assert_eq!(q.to_string(), "storm");
    assert_eq!(q.problems.len(), 1);
}

#[test]
fn stems_match_other_forms_and_highlight_the_surface_word() {
    let corpus = corpus();
    let r = search(&corpus, "receiving ", 10);
    assert_eq!(
        sorted(docs(&r).into_iter().map(String::from).collect()),
        ["ap-1", "bbc-2"]
    );
    let bbc = r.documents.iter().find(|d| d.doc == "bbc-2").unwrap();
    // "Officials received many calls about the bridge.": "received" is chars 10..18.
    assert_eq!(bbc.sentences[0].sentence, 1);
    assert_eq!(bbc.sentences[0].highlights, [[10, 18]]);
}

#[test]
fn typos_are_forgiven_by_length() {
    let corpus = corpus();
    // Transposition: one edit. "The council will receive ...": "receive" is chars 17..24.
    let r = search(&corpus, "recieve ", 10);
    assert_eq!(
        sorted(docs(&r).into_iter().map(String::from).collect()),
        ["ap-1", "bbc-2"]
    );
    let ap = r.documents.iter().find(|d| d.doc == "ap-1").unwrap();
    assert_eq!(ap.sentences[0].highlights, [[17, 24]]);
    assert_eq!(sorted(found(&corpus, "goverment")), ["ap-1", "bbc-2"]);
    assert_eq!(
        sorted(found(&corpus, "brigde")),
        sorted(vec!["ap-1".into(), "bbc-2".into(), "cnn-3".into()])
    );
    // Two substitutions in a 13-letter word.
    assert_eq!(found(&corpus, "internashonal"), ["cnn-3"]);
    // Two edits in a 6-letter word, one edit in a 4-letter word: not forgiven.
    assert!(found(&corpus, "bxxdge").is_empty());
    assert!(found(&corpus, "stor").is_empty());
}

#[test]
fn title_outranks_body_and_exact_outranks_typo() {
    let corpus = corpus();
    // "government": title of ap-1, one sentence of bbc-2.
    let r = search(&corpus, "government ", 10);
    assert_eq!(docs(&r), ["ap-1", "bbc-2"]);
    assert_eq!(r.documents[0].title_highlights, [[0, 10]]);
    // "store": exact in cnn-3, one typo from "storm" in bbc-2 (title and body).
    assert_eq!(docs(&search(&corpus, "store ", 10)), ["cnn-3", "bbc-2"]);
}

#[test]
fn last_word_is_a_prefix_while_typing() {
    let corpus = corpus();
    assert_eq!(docs(&search(&corpus, "Investor", 10)), ["cnn-3"]);
    // "investor" and "investors" share a stem.
    assert_eq!(found(&corpus, "investor"), ["cnn-3"]);
    assert!(search(&corpus, "invest ", 10).documents.is_empty());
    let r = search(&corpus, "peace agr", 10);
    assert_eq!(docs(&r), ["ap-1"]);
    // "A peace agreement was signed in Geneva.": "peace agreement" is 2..17, one range.
    assert_eq!(r.documents[0].sentences[0].highlights, [[2, 17]]);
    // "Government bridge plan approved": words apart stay apart (0..10, 18..22).
    let r = search(&corpus, "government plan ", 10);
    assert_eq!(r.documents[0].title_highlights, [[0, 10], [18, 22]]);
}

#[test]
fn typed_letters_with_common_completions_are_not_typo_expanded() {
    // "convoy" in five sentences, "convey" (one edit from the typed "convo") in one.
    let mut documents: Vec<Document> = (1..=5)
        .map(|i| {
            let id = format!("d{i}");
            doc(&id, "Aid news", None, &["The convoy reached the city."])
        })
        .collect();
    documents.push(doc("d6", "Thanks", None, &["They convey their thanks."]));
    let mut corpus = Corpus {
        documents,
        ..Corpus::default()
    };
    corpus.search = dossier_corpus::index::build(&corpus);
    // While typing "convo", its common completion is what is meant: no typo matches.
    assert_eq!(
        sorted(
            docs(&search(&corpus, "convo", 10))
                .into_iter()
                .map(String::from)
                .collect()
        ),
        ["d1", "d2", "d3", "d4", "d5"]
    );
    // Typed letters that start no word still forgive one edit (5 letters): "cinvo" → "convo"
    // (convoy); "conve" (convey) is two edits away.
    assert_eq!(search(&corpus, "cinvo", 10).total_documents, 5);
    assert!(
        docs(&search(&corpus, "cinvo", 10))
            .iter()
            .all(|d| *d != "d6")
    );
    // A finished rare word is still typo-expanded ("convey" is in one sentence): → convoy too.
    assert_eq!(found(&corpus, "convey").len(), 6);
}

#[test]
fn phrases_and_exclusion() {
    let corpus = corpus();
    assert_eq!(found(&corpus, "\"peace agreement\""), ["ap-1"]);
    assert_eq!(found(&corpus, "signed \"peace agreement\""), ["ap-1"]);
    assert!(found(&corpus, "\"agreement peace\"").is_empty());
    // Stop words stay in phrases: "the bridge" is in ap-1, bbc-2 and cnn-3, "the river" in cnn-3 only.
    assert_eq!(found(&corpus, "\"the river\""), ["cnn-3"]);
    assert_eq!(
        sorted(found(&corpus, "agreement -geneva")),
        ["bbc-2", "cnn-3"]
    );
    assert_eq!(found(&corpus, "agreement -\"not signed\" -trade"), ["ap-1"]);
    assert_eq!(
        sorted(found(&corpus, "storm OR markets")),
        ["bbc-2", "cnn-3"]
    );
}

#[test]
fn stop_words_only_rank() {
    let corpus = corpus();
    assert_eq!(
        sorted(found(&corpus, "the bridge")),
        sorted(found(&corpus, "bridge"))
    );
    assert_eq!(found(&corpus, "a peace"), ["ap-1"]);
    assert_eq!(found(&corpus, "was").len(), 3);
}

#[test]
fn filters() {
    let corpus = corpus();
    assert_eq!(found(&corpus, "agreement source:BBC"), ["bbc-2"]);
    assert_eq!(found(&corpus, "agreement date:2016-09"), ["ap-1"]);
    assert_eq!(found(&corpus, "agreement after:2016-10-01"), ["bbc-2"]);
    assert_eq!(found(&corpus, "agreement before:2016-10"), ["ap-1"]);
    // before: is strict; cnn-3 has no date so date filters never match it.
    assert_eq!(
        found(&corpus, "agreement before:2016-09-19"),
        Vec::<String>::new()
    );
    assert_eq!(
        sorted(found(&corpus, "agreement after:2016")),
        ["ap-1", "bbc-2"]
    );
    // A filter alone lists what it lets through.
    assert_eq!(found(&corpus, "source:cnn"), ["cnn-3"]);
    let r = search(&corpus, "speaker:smith ", 10);
    assert_eq!(docs(&r), ["bbc-2"]);
    assert_eq!(r.documents[0].sentences[0].sentence, 0);
    assert_eq!(r.claims.len(), 1);
    assert_eq!(r.people.len(), 1);
    assert_eq!(r.people[0].name, "Jane Smith");
    assert!(search(&corpus, "speaker:jones ", 10).documents.is_empty());
}

#[test]
fn events_claims_and_people_are_their_own_results() {
    let corpus = corpus();
    let r = search(&corpus, "geneva ", 10);
    assert_eq!(r.events.len(), 1);
    // "Peace agreement signed in Geneva": Geneva is chars 26..32.
    assert_eq!(r.events[0].highlights, [[26, 32]]);
    assert!(
        search(&corpus, "geneva date:2016-10 ", 10)
            .events
            .is_empty()
    );
    assert_eq!(search(&corpus, "date:2016-09-19 ", 10).events.len(), 1);
    let r = search(&corpus, "storm ", 10);
    assert_eq!(r.claims.len(), 1);
    // "help after the storm": storm is chars 15..20.
    assert_eq!(r.claims[0].highlights, [[15, 20]]);
    let r = search(&corpus, "smith ", 10);
    assert_eq!(r.people.len(), 1);
    assert_eq!(r.people[0].highlights, [[5, 10]]);
    assert_eq!(r.claims.len(), 1);
}

#[test]
fn survives_odd_input_and_damaged_index() {
    let mut corpus = corpus();
    for q in [
        "", " ", "\"", "-", "--", "OR", "\"\"", "source:", "date:", "é", "a\u{0}b", "-\"", "::::",
        "OR OR -x",
    ] {
        let _ = search(&corpus, q, 10);
    }
    corpus.search.postings.truncate(10);
    let _ = search(&corpus, "bridge ", 10);
    corpus.search.terms = vec![1, 2, 3];
    assert!(search(&corpus, "bridge ", 10).documents.is_empty());
}

#[test]
fn random_queries_never_panic() {
    let corpus = corpus();
    let alphabet: Vec<char> = "ab eé\"-:OR sourc speakr date2016-09 after before ’'*()"
        .chars()
        .collect();
    let mut state = 0x2545_f491_u32;
    for _ in 0..2000 {
        let len = (state % 24) as usize;
        let query: String = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                alphabet[state as usize % alphabet.len()]
            })
            .collect();
        let r = search(&corpus, &query, 5);
        for d in &r.documents {
            for s in &d.sentences {
                let chars = s.text.chars().count() as u32;
                assert!(
                    s.highlights.iter().all(|h| h[0] < h[1] && h[1] <= chars),
                    "{query:?}"
                );
            }
        }
    }
}

/// Texts held apart from the index, as an app loading documents in chunks would hold them;
/// this one has the documents but no claims or events.
struct DocumentsOnly(Vec<dossier_model::Document>);

impl dossier_model::search::Texts for DocumentsOnly {
    fn doc_id(&self, doc: u32) -> Option<&str> {
        self.0.get(doc as usize).map(|d| d.id.as_str())
    }
    fn title(&self, doc: u32) -> Option<&str> {
        self.0.get(doc as usize).map(|d| d.title.as_str())
    }
    fn sentence(&self, doc: u32, sentence: u32) -> Option<&str> {
        let doc = self.0.get(doc as usize)?;
        doc.sentences
            .get(sentence as usize)
            .map(|s| s.text.as_str())
    }
    fn claim(&self, _: u32) -> Option<&Claim> {
        None
    }
    fn event(&self, _: u32) -> Option<&Event> {
        None
    }
}

#[test]
fn index_can_be_searched_with_texts_held_elsewhere() {
    let corpus = corpus();
    let texts = DocumentsOnly(corpus.documents.clone());
    let query = Query::parse("storm source:bbc ");
    let apart = dossier_model::search::search_index(&corpus.search, &texts, &query, 10);
    let whole = search(&corpus, "storm source:bbc ", 10);
    assert_eq!(apart.documents, whole.documents);
    assert_eq!(whole.claims.len(), 1);
    assert!(apart.claims.is_empty());
}

#[test]
fn index_travels_inside_the_encoded_corpus() {
    let corpus = corpus();
    let back = Corpus::from_bytes(&corpus.to_bytes()).unwrap();
    assert_eq!(back.search, corpus.search);
    assert_eq!(
        search(&back, "recieve ", 10),
        search(&corpus, "recieve ", 10)
    );
}

#[test]
fn seeds_typo_query_lands_on_the_sentence() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let Ok((files, _)) = dossier_corpus::read_folder(std::path::Path::new(dir)) else {
        println!("no seeds folder: skipped");
        return;
    };
    let corpus = dossier_corpus::build_corpus(&files);
    let r = search(&corpus, "recieving ", 5);
    let hit = r.documents.first().expect("a document mentions receiving");
    let s = &hit.sentences[0];
    let [start, end] = s.highlights[0];
    let word: String = s
        .text
        .chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect();
    assert_eq!(word.to_lowercase(), "receiving");
}

#[test]
fn events_match_through_their_mention_sentences() {
    let mut corpus = corpus();
    // The label no longer holds "Geneva"; the mention sentence (ap-1, 2) still does.
    corpus.timeline[0].label = "Treaty ceremony".into();
    corpus.search = dossier_corpus::index::build(&corpus);
    let r = search(&corpus, "geneva ", 10);
    assert_eq!(r.events.len(), 1);
    assert!(r.events[0].highlights.is_empty());
    // Both words must match the event: "ceremony" by label, "geneva" by mention.
    assert_eq!(search(&corpus, "ceremony geneva ", 10).events.len(), 1);
    assert!(search(&corpus, "storm geneva ", 10).events.is_empty());
    // A mention in a document the filter leaves out does not count.
    assert!(search(&corpus, "geneva source:bbc ", 10).events.is_empty());
}

#[test]
fn a_speaker_filter_alone_lists_the_person_with_their_claims() {
    let corpus = corpus();
    let r = search(&corpus, "speaker:smith ", 10);
    assert_eq!(r.people.len(), 1);
    assert_eq!(r.people[0].name, "Jane Smith");
    assert_eq!((r.people[0].claims, r.people[0].documents), (1, 1));
    assert!(
        search(&corpus, "speaker:smith source:cnn ", 10)
            .people
            .is_empty()
    );
}

#[test]
fn words_cut_at_apostrophes_only_between_letters() {
    use dossier_model::search::text::tokens;
    let words: Vec<_> = tokens("James' car, rock 'n' roll, l\u{2019}été")
        .into_iter()
        .map(|t| (t.word, t.start, t.end))
        .collect();
    let expect = [
        ("james", 0, 5),
        ("car", 7, 10),
        ("rock", 12, 16),
        ("n", 18, 19),
        ("roll", 21, 25),
        ("l'été", 27, 32),
    ];
    let expect: Vec<_> = expect
        .iter()
        .map(|(w, a, b)| (w.to_string(), *a, *b))
        .collect();
    assert_eq!(words, expect);
}

/// Runs `query` over chunks fetched on demand until no chunk is missing; returns the results
/// and how many chunks were loaded.
fn search_chunked(
    corpus: &Corpus,
    root: &ChunkedRoot,
    all: &[Vec<u8>],
    query: &str,
) -> (Results, usize) {
    let mut chunks = ChunkSet::new(root);
    let parsed = Query::parse(query);
    for _ in 0..10 {
        let results = search_postings(&root.index, &chunks, corpus, &parsed, 10);
        let missing = chunks.take_missing();
        if missing.is_empty() {
            let loaded = (0..chunks.len() as u32).filter(|&i| chunks.has(i)).count();
            return (results, loaded);
        }
        for i in missing {
            chunks.insert(i, all[i as usize].clone());
        }
    }
    panic!("chunks kept missing for {query}");
}

#[test]
fn chunked_postings_give_the_same_results_loading_only_what_a_query_needs() {
    let corpus = corpus();
    let (mut root, tables, chunks) = split(&corpus.search, 40);
    assert!(root.index.postings.is_empty());
    // Before its tables arrive, the root finds documents but no claims.
    let before = search_postings(
        &root.index,
        &corpus.search.postings,
        &corpus,
        &Query::parse("storm "),
        10,
    );
    // (Same documents; scores differ, quotes count once the claims are known.)
    assert_eq!(docs(&before), docs(&search(&corpus, "storm ", 10)));
    assert!(before.claims.is_empty());
    root.add_tables(tables);
    assert!(chunks.len() > 3, "{} chunks", chunks.len());
    assert_eq!(chunks.concat(), corpus.search.postings);
    for q in [
        "bridge ",
        "agre",
        "goverment ",
        "\"peace agreement\" ",
        "closed -storm ",
        "smith ",
        "speaker:smith ",
        "bridge source:cnn ",
    ] {
        let (results, loaded) = search_chunked(&corpus, &root, &chunks, q);
        assert_eq!(results, search(&corpus, q, 10), "{q}");
        if q == "bridge " {
            assert!(
                loaded < chunks.len(),
                "{q}: {loaded} of {} chunks",
                chunks.len()
            );
        }
    }
}
