//! Evaluation: scores time expressions against TimeML gold annotations the TempEval-3 way.
//!
//! Owns matching (relaxed = overlapping extents, strict = identical extents), micro-averaged
//! precision/recall/F1, and value and type accuracy on relaxed matches, plus reading the shared
//! `timeml/*.jsonl` files. It does not find expressions itself: callers pass system output.

use chrono::NaiveDate;
use thiserror::Error;

/// One annotated or predicted expression: character span, type and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Character offset of the start.
    pub start: usize,
    /// Character offset just past the end.
    pub end: usize,
    /// TIMEX3 type.
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
}

/// A gold document: text, creation time and the annotated expressions.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    /// Document name.
    pub name: String,
    /// Document creation time.
    pub dct: NaiveDate,
    /// The text the offsets refer to.
    pub text: String,
    /// The annotated expressions.
    pub timexes: Vec<Span>,
}

/// Running counts for the TempEval-3 measures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Expressions the system found.
    pub system: usize,
    /// Expressions in the gold annotation.
    pub gold: usize,
    /// Gold expressions matched with identical extent.
    pub strict: usize,
    /// Gold expressions matched by overlap (one-to-one).
    pub relaxed: usize,
    /// Relaxed matches with the right value.
    pub value: usize,
    /// Relaxed matches with the right type.
    pub kind: usize,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

fn prf(matched: usize, system: usize, gold: usize) -> Prf {
    let p = if system == 0 {
        0.0
    } else {
        matched as f64 / system as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        matched as f64 / gold as f64
    };
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    Prf { p, r, f1 }
}

impl Counts {
    /// Adds another document's counts.
    pub fn add(&mut self, o: Counts) {
        self.system += o.system;
        self.gold += o.gold;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.kind += o.kind;
    }
    /// Strict-extent precision, recall, F1.
    pub fn strict(&self) -> Prf {
        prf(self.strict, self.system, self.gold)
    }
    /// Relaxed-extent precision, recall, F1.
    pub fn relaxed(&self) -> Prf {
        prf(self.relaxed, self.system, self.gold)
    }
    /// Share of relaxed matches with the right value.
    pub fn value_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            0.0
        } else {
            self.value as f64 / self.relaxed as f64
        }
    }
    /// Share of relaxed matches with the right type.
    pub fn type_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            0.0
        } else {
            self.kind as f64 / self.relaxed as f64
        }
    }
    /// Value F1 = value accuracy × relaxed F1, the TempEval-3 ranking figure.
    pub fn value_f1(&self) -> f64 {
        self.value_accuracy() * self.relaxed().f1
    }
}

/// Scores one document: each system expression is paired with the first unpaired gold expression
/// it overlaps.
pub fn score(system: &[Span], gold: &[Span]) -> Counts {
    let mut taken = vec![false; gold.len()];
    let mut counts = Counts {
        system: system.len(),
        gold: gold.len(),
        ..Counts::default()
    };
    for s in system {
        let exact = gold
            .iter()
            .enumerate()
            .find(|(i, g)| !taken[*i] && g.start == s.start && g.end == s.end);
        let overlap = exact.or_else(|| {
            gold.iter()
                .enumerate()
                .find(|(i, g)| !taken[*i] && s.start < g.end && g.start < s.end)
        });
        let Some((i, g)) = overlap else { continue };
        taken[i] = true;
        counts.relaxed += 1;
        counts.strict += usize::from(g.start == s.start && g.end == s.end);
        counts.value += usize::from(g.value == s.value);
        counts.kind += usize::from(g.kind == s.kind);
    }
    counts
}

/// Runs the engine on one gold document and returns its system spans.
pub fn system_spans(doc: &GoldDoc) -> Vec<Span> {
    super::extract(&doc.text, doc.dct)
        .into_iter()
        .map(|t| Span {
            start: t.char_start,
            end: t.char_end,
            kind: t.kind.as_str().to_owned(),
            value: t.value,
        })
        .collect()
}

/// Scores the engine on every document.
pub fn evaluate(docs: &[GoldDoc]) -> Counts {
    let mut total = Counts::default();
    for doc in docs {
        total.add(score(&system_spans(doc), &doc.timexes));
    }
    total
}

/// Why gold data could not be read.
#[derive(Debug, Error)]
pub enum GoldError {
    /// A line is not a JSON object of the expected shape.
    #[error("line {line}: {message}")]
    Malformed {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Reads the shared `*.jsonl` format: one `{doc, dct, text, timexes: [{type, value, begin, end}]}`
/// object per line.
pub fn read_jsonl(content: &str) -> Result<Vec<GoldDoc>, GoldError> {
    let mut docs = Vec::new();
    for (i, line) in content
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let bad = |message: &str| GoldError::Malformed {
            line: i + 1,
            message: message.into(),
        };
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| bad(&e.to_string()))?;
        let text = v["text"].as_str().ok_or_else(|| bad("no text"))?.to_owned();
        let dct = v["dct"]
            .as_str()
            .and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok())
            .ok_or_else(|| bad("no dct"))?;
        let name = v["doc"].as_str().unwrap_or("").to_owned();
        let mut timexes = Vec::new();
        for t in v["timexes"].as_array().ok_or_else(|| bad("no timexes"))? {
            let field = |k: &str| t[k].as_str().unwrap_or("").to_owned();
            let start = t["begin"]
                .as_u64()
                .ok_or_else(|| bad("timex without begin"))? as usize;
            let end = t["end"].as_u64().ok_or_else(|| bad("timex without end"))? as usize;
            timexes.push(Span {
                start,
                end,
                kind: field("type"),
                value: field("value"),
            });
        }
        docs.push(GoldDoc {
            name,
            dct,
            text,
            timexes,
        });
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, kind: &str, value: &str) -> Span {
        Span {
            start,
            end,
            kind: kind.into(),
            value: value.into(),
        }
    }

    #[test]
    fn strict_relaxed_and_value() {
        let gold = [
            span(0, 6, "DATE", "1998-01-09"),
            span(10, 19, "DATE", "1998-W02"),
            span(30, 33, "DATE", "PRESENT_REF"),
        ];
        // exact + right value; overlapping but longer + wrong value; a spurious one.
        let system = [
            span(0, 6, "DATE", "1998-01-09"),
            span(5, 19, "DURATION", "P1W"),
            span(40, 44, "DATE", "1998"),
        ];
        let c = score(&system, &gold);
        assert_eq!(
            (c.system, c.gold, c.strict, c.relaxed, c.value, c.kind),
            (3, 3, 1, 2, 1, 1)
        );
        assert!((c.relaxed().f1 - 2.0 / 3.0).abs() < 1e-9);
        assert!((c.strict().f1 - 1.0 / 3.0).abs() < 1e-9);
        assert!((c.value_f1() - 0.5 * 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn a_gold_expression_is_matched_once() {
        let gold = [span(0, 10, "DATE", "X")];
        let system = [span(0, 4, "DATE", "X"), span(5, 10, "DATE", "X")];
        let c = score(&system, &gold);
        assert_eq!((c.relaxed, c.value), (1, 1));
        assert!((c.relaxed().p - 0.5).abs() < 1e-9);
    }

    #[test]
    fn empty_inputs_score_zero_without_dividing_by_zero() {
        let c = score(&[], &[]);
        assert_eq!(c.relaxed().f1, 0.0);
        assert_eq!(c.value_f1(), 0.0);
    }

    #[test]
    fn reads_the_shared_format() {
        let line = r#"{"doc": "d1", "dct": "1998-01-08", "title": null, "text": "On Friday.", "timexes": [{"tid": "t1", "type": "DATE", "value": "1998-01-09", "begin": 3, "end": 9, "text": "Friday"}]}"#;
        let docs = read_jsonl(line).expect("valid line");
        assert_eq!(docs[0].timexes[0], span(3, 9, "DATE", "1998-01-09"));
        assert!(read_jsonl("{}").is_err());
    }
}
