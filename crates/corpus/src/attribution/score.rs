//! Scoring attributions against brat standoff annotations (PolNeAR's `.ann` files).
//!
//! Reads Source and Content spans (each a list of character-offset fragments) from annotation
//! text, and scores predicted spans against them: exact (identical fragments) and overlap (any
//! shared character), one-to-one matching, precision/recall/F1. Pure: the caller reads files.

use std::ops::Range;

/// A span as character-offset fragments, in order.
pub type Fragments = Vec<Range<u32>>;

/// The Source and Content spans of one annotation file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gold {
    /// Every Source span.
    pub sources: Vec<Fragments>,
    /// Every Content span.
    pub contents: Vec<Fragments>,
    /// Every Cue span.
    pub cues: Vec<Fragments>,
}

/// Parses brat standoff text; lines it does not understand are skipped.
pub fn parse_ann(ann: &str) -> Gold {
    let mut gold = Gold::default();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(spec)) = (cols.next(), cols.next()) else {
            continue;
        };
        if !id.starts_with('T') {
            continue;
        }
        let Some((label, ranges)) = spec.split_once(' ') else {
            continue;
        };
        let fragments: Option<Fragments> = ranges
            .split(';')
            .map(|r| {
                let (a, b) = r.trim().split_once(' ')?;
                Some(a.parse().ok()?..b.parse().ok()?)
            })
            .collect();
        match (label, fragments) {
            ("Source", Some(f)) => gold.sources.push(f),
            ("Content", Some(f)) => gold.contents.push(f),
            ("Cue", Some(f)) => gold.cues.push(f),
            _ => {}
        }
    }
    gold
}

/// Matched, predicted and gold counts, for exact and overlap matching.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predictions identical to a gold span (one-to-one).
    pub exact: usize,
    /// Predictions sharing a character with a gold span (one-to-one).
    pub overlap: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Gold spans.
    pub gold: usize,
}

impl Counts {
    /// Adds another file's counts.
    pub fn add(&mut self, other: Counts) {
        self.exact += other.exact;
        self.overlap += other.overlap;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    /// Precision, recall and F1 (in percent) for `matched` hits.
    pub fn prf(&self, matched: usize) -> (f64, f64, f64) {
        let p = if self.predicted == 0 {
            0.0
        } else {
            matched as f64 / self.predicted as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            matched as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (100.0 * p, 100.0 * r, 100.0 * f)
    }
}

/// Scores `predicted` spans against `gold` spans of one file.
pub fn score(predicted: &[Fragments], gold: &[Fragments]) -> Counts {
    let exact = match_count(predicted, gold, |p, g| (p == g).then_some(1));
    let overlap = match_count(predicted, gold, |p, g| {
        let shared = shared_chars(p, g);
        (shared > 0).then_some(shared)
    });
    Counts {
        exact,
        overlap,
        predicted: predicted.len(),
        gold: gold.len(),
    }
}

/// Greedy one-to-one matching, best-scoring pairs first.
fn match_count(
    predicted: &[Fragments],
    gold: &[Fragments],
    weight: impl Fn(&Fragments, &Fragments) -> Option<u32>,
) -> usize {
    let mut pairs: Vec<(u32, usize, usize)> = Vec::new();
    for (i, p) in predicted.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            if let Some(w) = weight(p, g) {
                pairs.push((w, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut p_used, mut g_used) = (vec![false; predicted.len()], vec![false; gold.len()]);
    let mut matched = 0;
    for (_, i, j) in pairs {
        if !p_used[i] && !g_used[j] {
            p_used[i] = true;
            g_used[j] = true;
            matched += 1;
        }
    }
    matched
}

fn shared_chars(a: &Fragments, b: &Fragments) -> u32 {
    let mut shared = 0;
    for x in a {
        for y in b {
            shared += x.end.min(y.end).saturating_sub(x.start.max(y.start));
        }
    }
    shared
}

/// Source and content counts for one article's predictions against one annotation file.
pub fn score_article(predicted: &[super::FileAttribution], ann: &str) -> (Counts, Counts) {
    let gold = parse_ann(ann);
    let fragments =
        |spans: &[super::FileSpan]| -> Fragments { spans.iter().map(|s| s.start..s.end).collect() };
    let sources: Vec<Fragments> = predicted
        .iter()
        .filter_map(|a| a.source.map(|s| fragments(&[s])))
        .collect();
    let contents: Vec<Fragments> = predicted.iter().map(|a| fragments(&a.content)).collect();
    (
        score(&sources, &gold.sources),
        score(&contents, &gold.contents),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_discontinuous_spans_and_skips_relations() {
        let ann = "T1\tSource 0 5\tJones\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;30 40\tx y\nE1\tAttribution:T4 Source:T1\nT9\tDiscard 1 2\tq\n";
        let gold = parse_ann(ann);
        assert_eq!(gold.sources, vec![vec![0..5]]);
        assert_eq!(gold.contents, vec![vec![11..20, 30..40]]);
        assert_eq!(gold.cues, vec![vec![6..10]]);
    }

    #[test]
    fn exact_needs_identical_fragments_overlap_any_shared_char() {
        let gold = vec![vec![0..10], vec![20..30, 40..50]];
        let predicted = vec![vec![0..10], vec![20..30], vec![60..70]];
        let c = score(&predicted, &gold);
        assert_eq!((c.exact, c.overlap, c.predicted, c.gold), (1, 2, 3, 2));
        let (p, r, f) = c.prf(c.overlap);
        assert!((p - 66.666).abs() < 0.01 && (r - 100.0).abs() < 0.01 && (f - 80.0).abs() < 0.01);
    }

    #[test]
    fn one_prediction_matches_at_most_one_gold_span() {
        let gold = vec![vec![0..10], vec![5..15]];
        let whole: Fragments = std::iter::once(0..15).collect();
        let c = score(&[whole], &gold);
        assert_eq!(c.overlap, 1);
        assert_eq!(c.prf(c.overlap).1, 50.0);
    }

    #[test]
    fn empty_counts_give_zero_not_nan() {
        let c = score(&[], &[]);
        assert_eq!(c.prf(0), (0.0, 0.0, 0.0));
    }
}
