//! The query language: parsing what a person types into a [`Query`].
//!
//! Words are required (stop words only help ranking), `"quoted phrases"` must appear in that
//! order, `-word` / `-"phrase"` exclude, `a OR b` accepts either neighbour, and `source:`,
//! `speaker:`, `date:`, `after:`, `before:` filter. The last word is a prefix while it is being
//! typed (no space after it). This module parses only; matching and ranking live elsewhere.

use std::fmt;

use super::dates::day_range;
use super::text::{is_stop_word, tokens};

/// The syntax help the app shows beside the search box.
pub const SYNTAX_HELP: &str = "\
words        all must appear (small words like \"the\" only help ranking); the last word matches as a prefix while you type
typos        forgiven in words the stories rarely or never use: one from 5 letters, two from 9; swapped letters count as one; the first letter must be right
\"a phrase\"   these words in this order
-word        leave out results with this word (or -\"a phrase\")
a OR b       either word
source:ap    documents whose id starts with \"ap\"
speaker:name what a person is quoted saying (speaker:\"john smith\")
date:2016-09 dated in that day, month or year (also 2016-W38, 2016-Q3)
after:2016-09-01 / before:2016-10  on or after / strictly before that date";

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// Every clause must match; a clause is one term or several joined by `OR`.
    pub clauses: Vec<Vec<Term>>,
    /// No result may match any of these.
    pub excluded: Vec<Term>,
    /// Restrictions on where results come from.
    pub filters: Vec<Filter>,
    /// Parts of the query that could not be used, as readable messages.
    pub problems: Vec<String>,
}

/// A word or a phrase, as normalized tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// One word; `prefix` when it is still being typed.
    Word {
        /// The lowercased word.
        word: String,
        /// Whether it matches every word it starts.
        prefix: bool,
    },
    /// Words that must follow each other.
    Phrase(Vec<String>),
}

impl Term {
    /// Whether this is a single stop word (optional in ranking).
    pub fn is_stop_word(&self) -> bool {
        matches!(self, Term::Word { word, prefix: false } if is_stop_word(word))
    }
}

/// A restriction on results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// Document id starts with this (lowercased).
    Source(String),
    /// Claims by a speaker whose name has words starting with each of these.
    Speaker(Vec<String>),
    /// Dated within this range of days (inclusive); `text` as typed.
    Date {
        /// The value as typed.
        text: String,
        /// First and last day.
        days: (i32, i32),
    },
    /// Dated on or after the first day of the value.
    After {
        /// The value as typed.
        text: String,
        /// First allowed day.
        day: i32,
    },
    /// Dated strictly before the first day of the value.
    Before {
        /// The value as typed.
        text: String,
        /// First excluded day.
        day: i32,
    },
}

enum Lexeme {
    Text {
        raw: String,
        quoted: bool,
        negated: bool,
    },
    Or,
}

impl Query {
    /// Parses a query; never fails (unusable parts are reported in `problems`).
    pub fn parse(input: &str) -> Query {
        let typing = !input.ends_with(char::is_whitespace) && !input.ends_with('"');
        let lexemes = lex(input);
        let mut query = Query::default();
        let mut join_next = false;
        let count = lexemes.len();
        for (i, lexeme) in lexemes.into_iter().enumerate() {
            let (raw, quoted, negated) = match lexeme {
                Lexeme::Or => {
                    join_next = !query.clauses.is_empty();
                    continue;
                }
                Lexeme::Text {
                    raw,
                    quoted,
                    negated,
                } => (raw, quoted, negated),
            };
            if !quoted && !negated && query.add_filter(&raw) {
                continue;
            }
            let is_last = i + 1 == count;
            let Some(term) = term_of(&raw, quoted, typing && is_last && !negated) else {
                continue;
            };
            if negated {
                query.excluded.push(term);
            } else if join_next {
                if let Some(last) = query.clauses.last_mut() {
                    last.push(term);
                }
            } else {
                query.clauses.push(vec![term]);
            }
            join_next = false;
        }
        query
    }

    /// Whether the query has neither terms nor filters.
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty() && self.filters.is_empty()
    }

    fn add_filter(&mut self, raw: &str) -> bool {
        let Some((key, value)) = raw.split_once(':') else {
            return false;
        };
        let key = key.to_lowercase();
        if !matches!(
            key.as_str(),
            "source" | "speaker" | "date" | "after" | "before"
        ) {
            return false;
        }
        let value = value.trim_matches('"').trim();
        if value.is_empty() {
            return true;
        }
        let text = value.to_string();
        let filter = match key.as_str() {
            "source" => Some(Filter::Source(value.to_lowercase())),
            "speaker" => {
                let words: Vec<String> = tokens(value).into_iter().map(|t| t.word).collect();
                (!words.is_empty()).then_some(Filter::Speaker(words))
            }
            "date" => day_range(value).map(|days| Filter::Date { text, days }),
            "after" => day_range(value).map(|(day, _)| Filter::After { text, day }),
            _ => day_range(value).map(|(day, _)| Filter::Before { text, day }),
        };
        match filter {
            Some(f) => self.filters.push(f),
            None => self.problems.push(format!(
                "{key}:{value} is not a date this search understands (try 2016-09-19, 2016-09 or 2016)"
            )),
        }
        true
    }
}

fn term_of(raw: &str, quoted: bool, typing: bool) -> Option<Term> {
    let mut words: Vec<String> = tokens(raw).into_iter().map(|t| t.word).collect();
    match words.len() {
        0 => None,
        1 if !quoted => Some(Term::Word {
            word: words.remove(0),
            prefix: typing,
        }),
        _ => Some(Term::Phrase(words)),
    }
}

fn lex(input: &str) -> Vec<Lexeme> {
    let chars: Vec<char> = input.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let negated = chars[i] == '-' && chars.get(i + 1).is_some_and(|c| !c.is_whitespace());
        if negated {
            i += 1;
        }
        let quoted = chars[i] == '"';
        let start = i;
        i += 1;
        if quoted {
            while i < chars.len() && chars[i] != '"' {
                i += 1;
            }
            let raw: String = chars[start + 1..i].iter().collect();
            i += 1;
            out.push(Lexeme::Text {
                raw,
                quoted,
                negated,
            });
            continue;
        }
        while i < chars.len() && !chars[i].is_whitespace() {
            // A quoted filter value: speaker:"john smith".
            if chars[i] == '"' && chars[i - 1] == ':' {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += 1;
                }
            }
            i += 1;
        }
        let raw: String = chars[start..i.min(chars.len())].iter().collect();
        if raw == "OR" && !negated {
            out.push(Lexeme::Or);
        } else {
            out.push(Lexeme::Text {
                raw,
                quoted,
                negated,
            });
        }
    }
    out
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Term::Word { word, prefix } => write!(f, "{word}{}", if *prefix { "*" } else { "" }),
            Term::Phrase(words) => write!(f, "\"{}\"", words.join(" ")),
        }
    }
}

impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Filter::Source(s) => write!(f, "source:{s}"),
            Filter::Speaker(w) => write!(f, "speaker:\"{}\"", w.join(" ")),
            Filter::Date { text, .. } => write!(f, "date:{text}"),
            Filter::After { text, .. } => write!(f, "after:{text}"),
            Filter::Before { text, .. } => write!(f, "before:{text}"),
        }
    }
}

/// A canonical rendering: clauses (`(a OR b)` for alternatives), then `-excluded`, then filters.
impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        for clause in &self.clauses {
            let alts: Vec<String> = clause.iter().map(Term::to_string).collect();
            parts.push(if alts.len() == 1 {
                alts.join("")
            } else {
                format!("({})", alts.join(" OR "))
            });
        }
        parts.extend(self.excluded.iter().map(|t| format!("-{t}")));
        parts.extend(self.filters.iter().map(Filter::to_string));
        f.write_str(&parts.join(" "))
    }
}
