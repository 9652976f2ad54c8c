//! Train: learning the tagger's weights from annotated articles (averaged structured perceptron).
//!
//! [`example`] turns one article and one annotator's spans (character offsets into the file)
//! into tagged paragraph sequences with their features; [`train`] runs the perceptron over them
//! in a fixed order and returns the averaged weights. Deterministic: the same examples give the
//! same bytes. It does not read files.

use std::collections::HashMap;
use std::ops::Range;

use super::super::reported;
use super::super::score::Gold;
use super::super::text::{DocText, original_offset};
use super::decode::{paragraph_token_ranges, viterbi};
use super::features::{self, BUCKET_BITS};
use super::model::{FROM_ROWS, Model, START};
use super::{Part, TAGS, Tag, Tokens, rule_spans};

/// One paragraph's features and gold tags.
pub struct Example {
    features: Vec<Vec<u32>>,
    tags: Vec<Tag>,
}

/// The tagged paragraphs of one article (`text`, as in the file) under one annotator's `gold`.
pub fn example(id: &str, text: &str, gold: &Gold) -> Vec<Example> {
    let doc = crate::document::build(&crate::ingest::RawText {
        id: id.into(),
        text: text.into(),
    });
    let joined = DocText::new(&doc);
    let tokens = Tokens::new(&joined);
    let rule_tags = tokens.tags_of(&rule_spans(&reported::find(&joined)));
    let features = features::extract(&joined, &tokens, &rule_tags);
    let chars: Vec<char> = text.chars().collect();
    let file_offset = |byte: usize, is_end: bool| {
        let p = joined.point(byte, is_end);
        doc.sentences
            .get(p.sentence as usize)
            .map_or(0, |s| original_offset(&chars, s, p.offset) as usize)
    };
    let token_chars: Vec<Range<usize>> = tokens
        .words
        .iter()
        .map(|w| file_offset(w.span.start, false)..file_offset(w.span.end, true))
        .collect();
    let tags = super::tag_spans(&token_chars, &gold_spans(gold));
    paragraph_token_ranges(&joined, &tokens)
        .into_iter()
        .map(|r| {
            let mut tags = tags[r.clone()].to_vec();
            if let Some(first) = tags.first_mut().filter(|t| t.is_inside()) {
                *first = Tag::of(first.part().unwrap_or(Part::Content), true);
            }
            Example {
                features: features[r].to_vec(),
                tags,
            }
        })
        .collect()
}

fn gold_spans(gold: &Gold) -> Vec<(Part, Range<usize>)> {
    let parts = [
        (Part::Source, &gold.sources),
        (Part::Cue, &gold.cues),
        (Part::Content, &gold.contents),
    ];
    parts
        .into_iter()
        .flat_map(|(part, spans)| {
            spans
                .iter()
                .flatten()
                .map(move |f| (part, f.start as usize..f.end as usize))
        })
        .collect()
}

/// Weights learned from `examples` in `epochs` passes.
pub fn train(examples: &[Example], epochs: usize) -> Model {
    let mut p = Perceptron::new();
    for _ in 0..epochs {
        for ex in examples {
            p.learn(ex);
        }
    }
    p.averaged()
}

/// Current and accumulated weights (the averaging trick: average = w − u / c).
struct Perceptron {
    weights: Vec<f32>,
    accumulated: Vec<f32>,
    transitions: [[f32; TAGS]; FROM_ROWS],
    accumulated_transitions: [[f32; TAGS]; FROM_ROWS],
    step: f32,
}

impl Perceptron {
    fn new() -> Self {
        let size = (1usize << BUCKET_BITS) * TAGS;
        Perceptron {
            weights: vec![0.0; size],
            accumulated: vec![0.0; size],
            transitions: [[0.0; TAGS]; FROM_ROWS],
            accumulated_transitions: [[0.0; TAGS]; FROM_ROWS],
            step: 1.0,
        }
    }

    fn learn(&mut self, ex: &Example) {
        let emissions: Vec<[f32; TAGS]> = ex.features.iter().map(|f| self.emission(f)).collect();
        let predicted = viterbi(&emissions, &self.transitions);
        if predicted != ex.tags {
            for i in 0..ex.tags.len() {
                let from = |tags: &[Tag]| if i == 0 { START } else { tags[i - 1].index() };
                let (gold, guess) = (ex.tags[i], predicted[i]);
                if gold != guess {
                    for &id in &ex.features[i] {
                        self.bump(id as usize * TAGS + gold.index(), 1.0);
                        self.bump(id as usize * TAGS + guess.index(), -1.0);
                    }
                }
                if gold != guess || from(&ex.tags) != from(&predicted) {
                    self.bump_transition(from(&ex.tags), gold.index(), 1.0);
                    self.bump_transition(from(&predicted), guess.index(), -1.0);
                }
            }
        }
        self.step += 1.0;
    }

    fn emission(&self, ids: &[u32]) -> [f32; TAGS] {
        let mut out = [0.0; TAGS];
        for &id in ids {
            let row = &self.weights[id as usize * TAGS..][..TAGS];
            for (o, w) in out.iter_mut().zip(row) {
                *o += w;
            }
        }
        out
    }

    fn bump(&mut self, at: usize, by: f32) {
        self.weights[at] += by;
        self.accumulated[at] += self.step * by;
    }

    fn bump_transition(&mut self, from: usize, to: usize, by: f32) {
        self.transitions[from][to] += by;
        self.accumulated_transitions[from][to] += self.step * by;
    }

    fn averaged(self) -> Model {
        let average = |w: f32, u: f32| w - u / self.step;
        let mut rows: HashMap<u32, [f32; TAGS]> = HashMap::new();
        for (id, (w, u)) in self
            .weights
            .chunks_exact(TAGS)
            .zip(self.accumulated.chunks_exact(TAGS))
            .enumerate()
        {
            let mut row = [0.0; TAGS];
            for t in 0..TAGS {
                row[t] = average(w[t], u[t]);
            }
            if row.iter().any(|x| x.abs() > 1e-3) {
                rows.insert(id as u32, row);
            }
        }
        let mut transitions = [[0.0; TAGS]; FROM_ROWS];
        for (from, row) in transitions.iter_mut().enumerate() {
            for (to, x) in row.iter_mut().enumerate() {
                *x = average(
                    self.transitions[from][to],
                    self.accumulated_transitions[from][to],
                );
            }
        }
        Model { rows, transitions }
    }
}
