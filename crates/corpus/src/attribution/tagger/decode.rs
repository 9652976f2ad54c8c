//! Decode: the best tag sequence for a paragraph, and the attributions it adds to the rules'.
//!
//! Viterbi search over the seven tags with the rule that an inside tag only continues its own
//! part. Runs of tags become source, cue and content spans; a cue the rules did not find, with
//! a content near it that no rule attribution covers, becomes a new attribution. It never
//! changes or removes one the rules found.

use std::ops::Range;

use super::super::cues::{Act, cue_word};
use super::super::reported::Found;
use super::super::text::DocText;
use super::model::{FROM_ROWS, Model, START};
use super::{Part, TAGS, Tag, Tokens, features, rule_spans};

/// The best tags for a sequence, given each token's tag scores.
pub(crate) fn viterbi(
    emissions: &[[f32; TAGS]],
    transitions: &[[f32; TAGS]; FROM_ROWS],
) -> Vec<Tag> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut score = vec![[f32::NEG_INFINITY; TAGS]; n];
    let mut back = vec![[0u8; TAGS]; n];
    for tag in Tag::ALL.iter().filter(|t| t.may_follow(None)) {
        score[0][tag.index()] = transitions[START][tag.index()] + emissions[0][tag.index()];
    }
    for i in 1..n {
        for tag in Tag::ALL {
            let mut best = (f32::NEG_INFINITY, 0u8);
            for prev in Tag::ALL.iter().filter(|p| tag.may_follow(Some(**p))) {
                let s = score[i - 1][prev.index()] + transitions[prev.index()][tag.index()];
                if s > best.0 {
                    best = (s, prev.index() as u8);
                }
            }
            score[i][tag.index()] = best.0 + emissions[i][tag.index()];
            back[i][tag.index()] = best.1;
        }
    }
    let mut last = (0..TAGS)
        .max_by(|&a, &b| score[n - 1][a].total_cmp(&score[n - 1][b]))
        .unwrap_or(0);
    let mut tags = vec![Tag::Outside; n];
    for i in (0..n).rev() {
        tags[i] = Tag::ALL[last];
        last = back[i][last] as usize;
    }
    tags
}

/// The tagger's tags for every token, decoded paragraph by paragraph.
pub(crate) fn tag(
    model: &Model,
    doc: &DocText,
    tokens: &Tokens,
    features: &[Vec<u32>],
) -> Vec<Tag> {
    let mut tags = Vec::with_capacity(features.len());
    for range in paragraph_token_ranges(doc, tokens) {
        let emissions: Vec<[f32; TAGS]> =
            features[range].iter().map(|f| model.emission(f)).collect();
        tags.extend(viterbi(&emissions, &model.transitions));
    }
    tags
}

/// Token index ranges of consecutive paragraphs, covering every token once.
pub(crate) fn paragraph_token_ranges(doc: &DocText, tokens: &Tokens) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, w) in tokens.words.iter().enumerate() {
        let new_paragraph = i > start
            && doc
                .paragraphs
                .iter()
                .any(|(p, _)| p.start > tokens.words[i - 1].span.start && p.start <= w.span.start);
        if new_paragraph {
            out.push(start..i);
            start = i;
        }
    }
    if start < tokens.words.len() {
        out.push(start..tokens.words.len());
    }
    out
}

/// Fewest words a tagger-found content needs to count as a statement (a claim).
const MIN_STATEMENT_WORDS: usize = 4;

/// Attributions the tagger finds and the rules (`found`) do not.
pub(crate) fn additions(model: &Model, doc: &DocText, found: &[Found]) -> Vec<Found> {
    let tokens = Tokens::new(doc);
    let rule_tags = tokens.tags_of(&rule_spans(found));
    let features = features::extract(doc, &tokens, &rule_tags);
    let tags = tag(model, doc, &tokens, &features);
    let runs = runs(&tokens, &tags);
    let taken = |part: Part, r: &Range<usize>| {
        rule_spans(found)
            .iter()
            .any(|(p, s)| *p == part && s.start < r.end && r.start < s.end)
    };
    let fresh: Vec<&Run> = runs.iter().filter(|r| !taken(r.part, &r.bytes)).collect();
    fresh
        .iter()
        .filter(|r| r.part == Part::Cue)
        .filter_map(|cue| attribution_at(doc, cue, &fresh, &runs))
        .collect()
}

/// A run of tokens with one part.
struct Run {
    part: Part,
    bytes: Range<usize>,
    sentence: usize,
}

fn runs(tokens: &Tokens, tags: &[Tag]) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for (i, (w, tag)) in tokens.words.iter().zip(tags).enumerate() {
        let Some(part) = tag.part() else { continue };
        match out.last_mut() {
            Some(last) if tag.is_inside() && i > 0 && tags[i - 1].part() == Some(part) => {
                last.bytes.end = w.span.end;
            }
            _ => out.push(Run {
                part,
                bytes: w.span.clone(),
                sentence: tokens.sentence[i],
            }),
        }
    }
    out
}

/// A new attribution for `cue`: the nearest fresh source in its sentence and the fresh contents
/// of its sentence that no other cue there is nearer to.
fn attribution_at(doc: &DocText, cue: &Run, fresh: &[&Run], all: &[Run]) -> Option<Found> {
    let distance = |r: &Run, c: &Run| {
        if r.bytes.end <= c.bytes.start {
            c.bytes.start - r.bytes.end
        } else {
            r.bytes.start.saturating_sub(c.bytes.end)
        }
    };
    let cues_here: Vec<&Run> = all
        .iter()
        .filter(|r| r.part == Part::Cue && r.sentence == cue.sentence)
        .collect();
    let nearest_is = |r: &Run| {
        cues_here
            .iter()
            .min_by_key(|c| distance(r, c))
            .is_some_and(|c| c.bytes == cue.bytes)
    };
    let content: Vec<Range<usize>> = fresh
        .iter()
        .filter(|r| r.part == Part::Content && r.sentence == cue.sentence && nearest_is(r))
        .map(|r| r.bytes.clone())
        .collect();
    if content.is_empty() {
        return None;
    }
    let source = fresh
        .iter()
        .filter(|r| r.part == Part::Source && r.sentence == cue.sentence && nearest_is(r))
        .min_by_key(|r| distance(r, cue))
        .map(|r| r.bytes.clone());
    let head = doc.text[cue.bytes.clone()]
        .split_whitespace()
        .find_map(|w| cue_word(&w.to_lowercase()));
    let words: usize = content
        .iter()
        .map(|c| doc.text[c.clone()].split_whitespace().count())
        .sum();
    // A claim needs a named source, a speech verb in the active voice, not negated ("did not
    // say", "is accused of", "to say"), and something said, not a pronoun or a bare name.
    // The words just before the cue count too ("who would not say").
    let before: Vec<&str> = doc.text[..cue.bytes.start]
        .split_whitespace()
        .rev()
        .take(2)
        .collect();
    let phrase = format!("{} {}", before.join(" "), &doc.text[cue.bytes.clone()]);
    let speech = head.is_some_and(|c| c.speech) && !is_negated_or_passive(&phrase);
    let named = source.is_some();
    Some(Found {
        source,
        cue: cue.bytes.clone(),
        content,
        act: head.map_or(Act::Asserts, |c| c.act),
        direct: false,
        statement: speech && named && words >= MIN_STATEMENT_WORDS,
        speech,
        antecedent: None,
    })
}

/// Whether a cue phrase (with the words before it) is negated, passive or an infinitive: no
/// statement by its subject.
fn is_negated_or_passive(cue: &str) -> bool {
    let lower = cue.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let passive = words.iter().any(|w| {
        matches!(
            *w,
            "to" | "is" | "are" | "was" | "were" | "be" | "been" | "being"
        )
    });
    let negated = lower.split_whitespace().any(|w| {
        matches!(w, "not" | "never" | "no" | "cannot" | "cant")
            || w.ends_with("n't")
            || w.ends_with("n’t")
    });
    negated || passive
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negated_passive_and_infinitive_cues_make_no_statement() {
        for cue in [
            "did not say",
            "couldn’t say",
            "is accused of",
            "were said",
            "to say",
            "never said",
        ] {
            assert!(is_negated_or_passive(cue), "{cue}");
        }
        assert!(is_negated_or_passive("who would not say"));
        assert!(is_negated_or_passive("people are also reported"));
        for cue in ["said", "told", "has warned", "noted", "officials also said"] {
            assert!(!is_negated_or_passive(cue), "{cue}");
        }
    }

    #[test]
    fn viterbi_never_starts_or_switches_into_an_inside_tag() {
        // Emissions strongly prefer ContentInside everywhere; the best legal path begins it.
        let mut e = [0.0; TAGS];
        e[Tag::ContentInside.index()] = 5.0;
        e[Tag::ContentBegin.index()] = 1.0;
        let tags = viterbi(&[e, e, e], &[[0.0; TAGS]; FROM_ROWS]);
        assert_eq!(
            tags,
            vec![Tag::ContentBegin, Tag::ContentInside, Tag::ContentInside]
        );
    }

    #[test]
    fn viterbi_follows_emissions_when_transitions_are_neutral() {
        let one_hot = |t: Tag| {
            let mut e = [0.0; TAGS];
            e[t.index()] = 1.0;
            e
        };
        let want = [
            Tag::SourceBegin,
            Tag::CueBegin,
            Tag::Outside,
            Tag::ContentBegin,
        ];
        let e: Vec<_> = want.iter().map(|t| one_hot(*t)).collect();
        assert_eq!(viterbi(&e, &[[0.0; TAGS]; FROM_ROWS]), want.to_vec());
    }
}
