//! Reported speech and quotations: the rules that tie a cue to its source and content.
//!
//! For each cue outside quotation marks: the source is the subject before it, or after it when
//! the clause is inverted ("…,” said the official"); the content is the adjacent quotation
//! ("“A,” he said. “B.”" gives both parts), a block quote after a "said:" lead-in, the clause
//! after the cue ("said (that) …"), or the clause before it ("…, he said."). "According to X"
//! is handled the same way. Works on one document's joined text; it does not resolve speakers.

use std::ops::Range;

use super::cues::{self, Act, CueWord};
use super::quotes;
use super::sources;
use super::text::DocText;
use super::words::{Word, is_clause_word, is_close_quote, is_determiner, is_pronoun, tokenize};
use dossier_model::ParagraphKind;

/// One attribution found in a document, as byte ranges of the joined text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Who speaks, as written, if the text names it near the cue.
    pub source: Option<Range<usize>>,
    /// The cue word or phrase.
    pub cue: Range<usize>,
    /// What is said: one range, or several for a quote split by its cue.
    pub content: Vec<Range<usize>>,
    /// The act the cue reports.
    pub act: Act,
    /// Whether the content is the speaker's own words (quotation or block quote).
    pub direct: bool,
    /// Whether it is a statement (a speech cue, a quotation or a "that" clause) rather than a
    /// stance towards a thing ("endorsed Clinton").
    pub statement: bool,
    /// Whether the cue is a speech verb proper ("said", "according to"), not a belief or stance.
    pub speech: bool,
    /// When the source is a relative pronoun ("which" in "the ministry, which denies …"), the
    /// noun phrase it stands for.
    pub antecedent: Option<Range<usize>>,
}

/// Every attribution in the document, in text order.
pub fn find(doc: &DocText) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut previous_direct = false;
    for (p, (range, kind)) in doc.paragraphs.iter().enumerate() {
        if *kind == ParagraphKind::Quote {
            continue;
        }
        let para = Paragraph::new(doc, range.clone(), p);
        let mut here = para.attributions();
        if here.is_empty() && previous_direct && para.is_bare_quote() {
            // A paragraph that only continues the previous speaker's quotation.
            if let Some(last) = found.last_mut() {
                let already = last
                    .content
                    .iter()
                    .any(|c| c.start <= range.start && range.end <= c.end);
                if !already {
                    last.content.push(range.clone());
                }
            }
            continue;
        }
        previous_direct = here.last().is_some_and(|f| f.direct);
        found.append(&mut here);
    }
    found.sort_by_key(|f| f.cue.start);
    for f in &mut found {
        if let Some(source) = &mut f.source {
            close_apposition(&doc.text, source);
        }
    }
    let inside = |f: &Found, g: &Found| {
        !std::ptr::eq(f, g)
            && g.content
                .iter()
                .any(|c| c.start <= f.cue.start && f.cue.end <= c.end)
    };
    // A speech report with a named source outranks a belief or stance cue whose content would
    // swallow it ("If states fail, the agency can step in, Wilcox said": not "states … fail").
    let outranks = |f: &Found, g: &Found| f.speech && f.source.is_some() && !g.speech;
    // Two cues each inside the other's content ("Washington did not complain when …, an official
    // said"): the one whose content opens first holds the other (PolNeAR marks only it).
    let opens_first = |g: &Found, f: &Found| {
        let start = |x: &Found| x.content.first().map_or(usize::MAX, |c| c.start);
        (start(g), std::cmp::Reverse(g.cue.start)) < (start(f), std::cmp::Reverse(f.cue.start))
    };
    let nested: Vec<bool> = found
        .iter()
        .map(|f| {
            found.iter().any(|g| {
                if inside(f, g) && inside(g, f) {
                    return opens_first(g, f);
                }
                (inside(f, g) && !outranks(f, g)) || (inside(g, f) && outranks(g, f))
            })
        })
        .collect();
    found
        .into_iter()
        .zip(nested)
        .filter(|(_, n)| !n)
        .map(|(f, _)| f)
        .collect()
}

/// "Anna Berg, a union leader, said": a source with an apposition takes the comma that closes
/// it (the span covers the whole appositive phrase, as PolNeAR and PARC mark it).
fn close_apposition(text: &str, source: &mut Range<usize>) {
    let inner_comma = text.get(source.clone()).is_some_and(|s| s.contains(','));
    if inner_comma
        && text
            .get(source.end..)
            .is_some_and(|rest| rest.starts_with(','))
    {
        source.end += 1;
    }
}

/// Forms that are also nouns ("the claims", "a report"): cues only after a likely subject.
fn is_ambiguous(lower: &str) -> bool {
    matches!(
        lower,
        "claim"
            | "claims"
            | "note"
            | "notes"
            | "report"
            | "reports"
            | "state"
            | "states"
            | "promise"
            | "promises"
            | "charge"
            | "charges"
            | "charged"
            | "pledge"
            | "pledges"
            | "vow"
            | "vows"
            | "tweet"
            | "tweets"
            | "stress"
            | "estimate"
            | "estimates"
            | "demand"
            | "demands"
            | "blame"
            | "reply"
            | "replies"
            | "warning"
            | "writing"
            | "reporting"
            | "thought"
            | "report's"
            | "say"
            | "tell"
            | "add"
            | "think"
            | "believe"
            | "agree"
            | "testify"
            | "deny"
            | "reject"
            | "dismiss"
            | "urge"
            | "warn"
            | "respond"
            | "recall"
            | "admit"
            | "estimated"
            | "alleged"
            | "reported"
            | "stated"
            | "promised"
            | "show"
            | "shows"
            | "showed"
            | "shown"
            | "find"
            | "finds"
            | "found"
            | "hope"
            | "hopes"
            | "fear"
            | "fears"
            | "want"
            | "wants"
            | "know"
            | "cite"
            | "cites"
            | "worry"
            | "worries"
            | "remarks"
            | "ask"
            | "asks"
            | "expect"
            | "expects"
            | "expected"
            | "described"
            | "boast"
            | "boasts"
            | "cited"
            | "knew"
            | "wanted"
            | "feared"
            | "hoped"
            | "worried"
            | "asked"
            | "call"
            | "calls"
            | "support"
            | "supports"
            | "back"
            | "backs"
            | "offer"
            | "offers"
            | "question"
            | "questions"
            | "attack"
            | "attacks"
            | "plan"
            | "plans"
            | "see"
            | "feel"
            | "welcome"
            | "thanks"
            | "echo"
            | "blast"
            | "slam"
            | "praise"
            | "express"
            | "seek"
            | "saw"
            | "felt"
            | "defend"
            | "propose"
            | "oppose"
            | "joke"
            | "backed"
            | "offered"
            | "attacked"
            | "planned"
            | "supported"
            | "called"
            | "opposed"
            | "proposed"
            | "welcomed"
            | "questioned"
            | "answer"
            | "answers"
            | "post"
            | "posts"
            | "showing"
            | "thinking"
            | "finding"
            | "favor"
            | "doubt"
            | "doubts"
            | "protest"
            | "protests"
            | "signal"
            | "signals"
            | "highlights"
            | "hint"
            | "hints"
            | "counters"
            | "repeat"
            | "caution"
            | "understanding"
            | "guess"
            | "focus"
            | "focused"
            | "talk"
            | "talks"
            | "point"
            | "points"
            | "comment"
            | "comments"
            | "pledged"
            | "speaking"
            | "talking"
    )
}

struct Paragraph<'a> {
    doc: &'a DocText,
    text: &'a str,
    index: usize,
    end: usize,
    words: Vec<Word>,
    quotes: Vec<Range<usize>>,
    /// Token index range of each word's sentence.
    sentence_of: Vec<Range<usize>>,
}

/// A cue occurrence: token range and what it is.
struct CueAt {
    tokens: Range<usize>,
    word: CueWord,
    according: bool,
}

impl<'a> Paragraph<'a> {
    fn new(doc: &'a DocText, range: Range<usize>, index: usize) -> Self {
        let words = tokenize(&doc.text, range.clone());
        let quotes = quotes::find(&doc.text, &words, range.end);
        let sentence_of = sentence_token_ranges(doc, &words);
        Paragraph {
            doc,
            text: &doc.text,
            index,
            end: range.end,
            words,
            quotes,
            sentence_of,
        }
    }

    /// Whether content starts with "that" or a quotation mark (required of belief and stance verbs).
    fn opens_that_clause(&self, content: &[Range<usize>]) -> bool {
        content.first().is_some_and(|c| {
            let t = &self.text[c.clone()];
            t.starts_with("that ") || t.starts_with(['“', '"'])
        })
    }

    /// Whether the paragraph is nothing but quotations.
    fn is_bare_quote(&self) -> bool {
        let starts = self
            .quotes
            .first()
            .zip(self.words.first())
            .is_some_and(|(q, w)| q.start == w.span.start);
        starts && (0..self.words.len()).all(|i| self.quoted(i) || !self.words[i].is_word)
    }

    fn quoted(&self, i: usize) -> bool {
        quotes::inside(&self.quotes, self.words[i].span.start)
    }

    fn attributions(&self) -> Vec<Found> {
        let mut used = vec![false; self.quotes.len()];
        let mut out: Vec<Found> = self.labelled_statement().into_iter().collect();
        let mut i = out.first().map_or(0, |f| {
            self.words.partition_point(|w| w.span.start < f.cue.end)
        });
        out.append(&mut self.signed_quotes(&mut used));
        let mut noun_reports = self.noun_reports();
        noun_reports.append(&mut self.raising_reports());
        while i < self.words.len() {
            if let Some(cue) = self.cue_at(i) {
                i = cue.tokens.end;
                if let Some(mut f) = self.attribution(&cue, &mut used) {
                    // "The mayor said … and thanked the crews": a coordinated verb shares the
                    // subject of the attribution before it in the sentence.
                    let coordinated = self.after_conjunction(cue.tokens.start);
                    let participle = self.words[cue.tokens.start].lower.ends_with("ing");
                    let same_sentence = |g: &Found| {
                        self.doc.sentence_of(g.cue.start) == self.doc.sentence_of(f.cue.start)
                    };
                    if f.source.is_none() && (coordinated || participle) {
                        if let Some(g) = out.last().filter(|g| same_sentence(g)) {
                            f.source = g.source.clone();
                            f.antecedent = g.antecedent.clone();
                        }
                    }
                    out.push(f);
                }
            } else {
                i += 1;
            }
        }
        // Noun cues ("his support for …") only where no verb cue already covers the words.
        noun_reports.retain(|n| {
            !out.iter().any(|f| {
                f.content
                    .iter()
                    .chain(f.source.iter())
                    .chain(std::iter::once(&f.cue))
                    .any(|r| r.start < n.cue.end && n.cue.start < r.end)
            })
        });
        out.append(&mut noun_reports);
        out.sort_by_key(|f| f.cue.start);
        out
    }

    /// Reports carried by a noun after a possessive: "Sen. Lee’s claim that …", "his support for
    /// …", "their opposition to …". The possessor is the source; the content runs from the
    /// preposition (or "that") to the end of the phrase.
    fn noun_reports(&self) -> Vec<Found> {
        let mut out = Vec::new();
        for (i, w) in self.words.iter().enumerate() {
            let Some(act) = cues::report_noun(&w.lower) else {
                continue;
            };
            if self.quoted(i) || i == 0 {
                continue;
            }
            let Some(next) = self.words.get(i + 1) else {
                continue;
            };
            let that = next.lower == "that";
            if !that && !cues::report_noun_takes(&w.lower, &next.lower) {
                continue;
            }
            // One adjective may sit between the possessive and the noun ("his long support").
            let mut p = i - 1;
            if !is_possessive(&self.words[p].lower) && p > 0 && !self.words[p].capital {
                p -= 1;
            }
            if !is_possessive(&self.words[p].lower) {
                continue;
            }
            let sentence = self.sentence_of[i].clone();
            let mut start = p;
            while start > sentence.start
                && p - start < 4
                && self.words[start - 1].capital
                && self.words[p].capital
            {
                start -= 1;
            }
            let k = if that { i + 1 } else { i + 2 };
            let Some(content) = self.phrase_after_noun(k, sentence.end, that) else {
                continue;
            };
            out.push(Found {
                source: Some(self.bytes(start..p + 1)),
                cue: self.bytes(if that { i..i + 1 } else { i..i + 2 }),
                content: vec![content],
                act,
                direct: false,
                statement: that,
                speech: false,
                antecedent: None,
            });
        }
        out
    }

    /// Unsourced stance by raising verbs: "It seemed to hold", "Trump is expected to win" — the
    /// cue is the verb ("seemed", "is expected"), the content its subject and the "to" phrase,
    /// and no source is named (the writer or unnamed observers hold the view).
    fn raising_reports(&self) -> Vec<Found> {
        let mut out = Vec::new();
        for (i, w) in self.words.iter().enumerate() {
            let raising = matches!(
                w.lower.as_str(),
                "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared" | "expected"
            );
            let to = self.words.get(i + 1).is_some_and(|n| n.lower == "to");
            if !raising || !to || w.capital || self.quoted(i) {
                continue;
            }
            let sentence = self.sentence_of[i].clone();
            let mut cue_start = i;
            if w.lower == "expected" {
                let mut b = i;
                while b > sentence.start
                    && matches!(self.words[b - 1].lower.as_str(), "not" | "widely" | "also")
                {
                    b -= 1;
                }
                let passive = b > sentence.start
                    && matches!(
                        self.words[b - 1].lower.as_str(),
                        "is" | "are" | "was" | "were" | "’s" | "'s"
                    );
                if !passive {
                    continue;
                }
                cue_start = b - 1;
            }
            let Some(subject) = sources::before(&self.words, cue_start, sentence.start) else {
                continue;
            };
            if subject.end != cue_start {
                continue;
            }
            let Some(rest) = self.span_to_sentence_end(i + 1, sentence.end) else {
                continue;
            };
            out.push(Found {
                source: None,
                cue: self.bytes(cue_start..i + 1),
                content: vec![self.bytes(subject), rest],
                act: Act::Asserts,
                direct: false,
                statement: false,
                speech: false,
                antecedent: None,
            });
        }
        out
    }

    /// The content after a noun cue: a "that" clause to its end, or a noun phrase up to the
    /// next comma or clause break.
    fn phrase_after_noun(&self, k: usize, end: usize, clause: bool) -> Option<Range<usize>> {
        if clause {
            return self.span_to_sentence_end(k, end);
        }
        let stop = (k..end)
            .find(|&j| {
                !self.quoted(j)
                    && (matches!(
                        self.words[j].lower.as_str(),
                        "," | ";" | ":" | "." | "?" | "!" | "—" | "–"
                    ) || is_clause_word(&self.words[j].lower) && self.words[j].lower != "of")
            })
            .unwrap_or(end);
        (stop > k).then(|| self.bytes(k..stop))
    }

    /// "Name: statement" opening a paragraph (a headline "Mayor: Talks will resume", a transcript
    /// "SMITH: We disagree."): a short capitalised label, a colon, and the rest of the paragraph.
    /// Quotations signed with a dash and a name closing the line ("“…” ― Ann Lee", the
    /// convention of reader comments, epigraphs and embedded posts): the name speaks, the dash is
    /// the cue. The quotes taken are marked in `used`.
    fn signed_quotes(&self, used: &mut [bool]) -> Vec<Found> {
        let mut out = Vec::new();
        for (q, quote) in self.quotes.iter().enumerate() {
            let dash = self.words.partition_point(|w| w.span.start < quote.end);
            let Some(name) = self.signature_after(dash) else {
                continue;
            };
            used[q] = true;
            out.push(Found {
                source: Some(self.bytes(name)),
                cue: self.bytes(dash..dash + 1),
                content: vec![quote.clone()],
                act: Act::Asserts,
                direct: true,
                statement: true,
                speech: true,
                antecedent: None,
            });
        }
        out
    }

    /// The name after a dash at `dash` that closes its line: two to six capitalised words or
    /// initials, then the paragraph's end, a full stop, another quotation or a parenthesis.
    fn signature_after(&self, dash: usize) -> Option<Range<usize>> {
        let is_dash = matches!(self.words.get(dash)?.lower.as_str(), "―" | "—" | "–");
        let start = dash + 1;
        let mut end = start;
        while end < self.words.len() && end - start < 8 {
            let w = &self.words[end];
            let initial = w.lower == "." && end > start && self.words[end - 1].lower.len() == 1;
            if !(w.capital || initial) {
                break;
            }
            end += 1;
        }
        let names = (start..end).filter(|&j| self.words[j].is_word).count();
        let closes = match self.words.get(end).map(|w| w.lower.as_str()) {
            None | Some("(") => true,
            Some(".") => self.words.get(end + 1).is_none_or(|n| !n.is_word),
            _ => false,
        };
        (is_dash && (2..=6).contains(&names) && closes).then_some(start..end)
    }

    fn labelled_statement(&self) -> Option<Found> {
        let colon = self.words.iter().take(8).position(|w| w.lower == ":")?;
        let label = &self.words[..colon];
        let capitalised = label
            .iter()
            .all(|w| w.capital || matches!(w.lower.as_str(), "(" | ")" | "." | "-" | "&"));
        let first = label.first()?;
        let mut last = self.words.len();
        while last > colon + 1 && matches!(self.words[last - 1].lower.as_str(), "." | ";") {
            last -= 1;
        }
        let content_words = (colon + 1..last).filter(|&j| self.words[j].is_word).count();
        if !capitalised
            || content_words < 3
            || is_label_word(&first.lower)
            || label.iter().any(|w| is_time_word(&w.lower))
        {
            return None;
        }
        Some(Found {
            source: Some(self.bytes(0..colon)),
            cue: self.bytes(colon..colon + 1),
            content: vec![self.bytes(colon + 1..last)],
            act: Act::Asserts,
            direct: true,
            statement: true,
            speech: true,
            antecedent: None,
        })
    }

    fn cue_at(&self, i: usize) -> Option<CueAt> {
        if self.quoted(i) {
            return None;
        }
        let w = &self.words[i];
        let next = self.words.get(i + 1).map(|n| n.lower.as_str());
        if w.lower == "according" && next == Some("to") {
            let word = CueWord {
                act: Act::Asserts,
                takes_hearer: false,
                speech: true,
            };
            return Some(CueAt {
                tokens: i..i + 2,
                word,
                according: true,
            });
        }
        if cues::is_call(&w.lower) && matches!(next, Some("for" | "on")) && self.has_subject(i) {
            let word = CueWord {
                act: Act::CallsFor,
                takes_hearer: next == Some("on"),
                speech: true,
            };
            return Some(CueAt {
                tokens: i..i + 2,
                word,
                according: false,
            });
        }
        let headline_form = matches!(
            w.lower.as_str(),
            "says"
                | "tells"
                | "warns"
                | "denies"
                | "claims"
                | "accuses"
                | "urges"
                | "vows"
                | "insists"
                | "admits"
                | "blames"
                | "slams"
        );
        if w.lower == "asked"
            && self.opens_question_clause(i)
            && next.is_some_and(|n| {
                matches!(
                    n,
                    "if" | "whether"
                        | "about"
                        | "what"
                        | "who"
                        | "why"
                        | "how"
                        | "when"
                        | "which"
                        | "to"
                        | "by"
                )
            })
        {
            let word = CueWord {
                act: Act::Asserts,
                takes_hearer: false,
                speech: true,
            };
            return Some(CueAt {
                tokens: i..i + 1,
                word,
                according: false,
            });
        }
        let word = cues::cue_word(&w.lower)
            .filter(|_| !w.capital || (headline_form && self.in_headline(i)))?;
        if let Some(allowed) = cues::required_preposition(&w.lower) {
            let fits = match self.words.get(i + 1) {
                Some(n) if n.is_word => allowed.contains(&n.lower.as_str()),
                _ => allowed.is_empty(),
            };
            if !fits || (i > 0 && self.words[i - 1].lower == "to") {
                return None;
            }
        }
        // The preposition is part of the cue ("pointed out", "referring to").
        let width = match cues::required_preposition(&w.lower) {
            Some(allowed) if !allowed.is_empty() => 2,
            _ => 1,
        };
        if i > 0 && self.words[i - 1].lower == "to" {
            return None;
        }
        let mut b = i;
        while b > 0
            && matches!(
                self.words[b - 1].lower.as_str(),
                "also" | "widely" | "often" | "not" | "still" | "already" | "now" | "being"
            )
        {
            b -= 1;
        }
        let passive = b > 0
            && matches!(
                self.words[b - 1].lower.as_str(),
                "is" | "was" | "were" | "are" | "been" | "being" | "be" | "’s" | "'s"
            )
            && (w.lower.ends_with("ed")
                || matches!(
                    w.lower.as_str(),
                    "told" | "said" | "shown" | "found" | "known"
                ));
        let next_word = self.words.get(i + 1).map(|n| n.lower.as_str());
        let by_agent =
            next_word == Some("by") && (w.lower.ends_with("ed") || w.lower.ends_with("ing"));
        let noun_before_verb =
            w.lower.ends_with('s') && next_word.and_then(cues::cue_word).is_some();
        // "beaten him back in 2008", "went back to": the adverb, not the verb of support.
        let adverb_back = w.lower == "back"
            && matches!(
                next_word,
                Some("in" | "then" | "when" | "home" | "to" | "into" | "from" | "at" | "on")
            );
        if passive || by_agent || noun_before_verb || adverb_back {
            return None;
        }
        if is_ambiguous(&w.lower) && !self.has_subject(i) {
            return None;
        }
        Some(CueAt {
            tokens: i..i + width,
            word,
            according: false,
        })
    }

    /// Whether a phrase before a participle cue can be its doer ("voters saying …"), not an
    /// adverb ("just saying"), another participle ("Speaking … saying") or a verb phrase.
    fn names_a_participant(&self, s: &Range<usize>) -> bool {
        let (first, last) = (&self.words[s.start], &self.words[s.end - 1]);
        let ing = |w: &Word| w.lower.ends_with("ing") && w.lower.len() > 5;
        let nominal = last.capital
            || is_pronoun(&last.lower)
            || (last.lower.ends_with('s') && !last.lower.ends_with("ss"))
            || s.len() > 1;
        nominal
            && !ing(first)
            && !cues::is_verb_adjunct(&last.lower)
            && !(s.len() == 1 && last.lower.ends_with("ly"))
    }

    /// The first word of the independent clause holding word `at`: after the last semicolon
    /// before it in the sentence, else the sentence start.
    fn clause_start(&self, sentence_start: usize, at: usize) -> usize {
        (sentence_start..at)
            .rev()
            .find(|&j| self.words[j].lower == ";")
            .map_or(sentence_start, |j| j + 1)
    }

    /// Whether a cue at `last` is followed by a name set off by a comma or closing the
    /// sentence ("…, said Ann Lee, a spokeswoman for …"): the inverted speaker, whatever phrase
    /// stands before the cue's comma.
    fn name_follows(&self, last: usize, end: usize) -> bool {
        let start = last + 1;
        let stop = (start..end)
            .find(|&j| !(self.words[j].capital || self.words[j].lower == "."))
            .unwrap_or(end);
        let names = (start..stop).filter(|&j| self.words[j].is_word).count();
        let closes = stop == end || self.words[stop].lower == ",";
        (2..=4).contains(&names) && closes && !is_determiner(&self.words[start].lower)
    }

    /// Whether the cue at `i` follows "and" or "but", past adverbs ("and then said").
    fn after_conjunction(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && cues::is_verb_adjunct(&self.words[j - 1].lower) {
            j -= 1;
        }
        j > 0 && matches!(self.words[j - 1].lower.as_str(), "and" | "but")
    }

    /// Whether the sentence of word `i` is set in title case ("Mayor Says Talks Will Resume").
    fn in_headline(&self, i: usize) -> bool {
        let sentence = self.sentence_of[i].clone();
        let words: Vec<&Word> = self.words[sentence]
            .iter()
            .filter(|w| w.is_word && w.lower.len() > 3)
            .collect();
        words.len() >= 3 && words.iter().filter(|w| w.capital).count() * 10 >= words.len() * 8
    }

    /// Whether the word before `i` (past adverbs) can be the subject of a verb.
    fn has_subject(&self, i: usize) -> bool {
        let floor = self.sentence_of[i].start;
        let mut j = i;
        while j > floor && cues::is_verb_adjunct(&self.words[j - 1].lower) {
            j -= 1;
        }
        let Some(prev) = j
            .checked_sub(1)
            .filter(|&p| p >= floor)
            .map(|p| &self.words[p])
        else {
            return false;
        };
        let possessive = prev.lower.ends_with("’s") || prev.lower.ends_with("'s");
        // "the US-led call for": a hyphenated participle is a modifier, not a subject.
        if prev.lower.contains('-') && prev.lower.ends_with("ed") {
            return false;
        }
        is_pronoun(&prev.lower)
            || (prev.capital
                && !is_determiner(&prev.lower)
                && !possessive
                && !is_clause_word(&prev.lower))
            || prev.lower == ")"
            || (prev.is_word
                && prev.lower.ends_with('s')
                && !possessive
                && !is_determiner(&prev.lower)
                && prev.lower.len() > 3)
            || is_count_word(&prev.lower)
            || (clearly_finite(&self.words[i].lower)
                && self.ends_determined_noun_phrase(j - 1, floor))
    }

    /// Whether the lower-case word at `p` ends a noun phrase opened by a determiner within
    /// three words ("a new poll", "the report"), so it can be the subject of the next verb.
    fn ends_determined_noun_phrase(&self, p: usize, floor: usize) -> bool {
        let head = &self.words[p];
        if !head.is_word || head.capital || is_function_like(&head.lower) {
            return false;
        }
        (p.saturating_sub(3).max(floor)..p)
            .rev()
            .take_while(|&k| {
                let w = &self.words[k];
                w.is_word && !is_function_like(&w.lower) || is_determiner(&w.lower)
            })
            .any(|k| {
                matches!(
                    self.words[k].lower.as_str(),
                    "the" | "a" | "an" | "this" | "its"
                )
            })
    }

    fn attribution(&self, cue: &CueAt, used: &mut [bool]) -> Option<Found> {
        let sentence = self.sentence_of[cue.tokens.start].clone();
        let last = cue.tokens.end - 1;
        if cue.according {
            return self.according(cue, sentence);
        }
        if self.words[cue.tokens.start].lower == "asked"
            && self.opens_question_clause(cue.tokens.start)
        {
            return self.asked(cue, sentence);
        }
        let floor = self.clause_floor(cue.tokens.start, sentence.start);
        let participle = self.words[cue.tokens.start].lower.ends_with("ing");
        let prev = cue
            .tokens
            .start
            .checked_sub(1)
            .filter(|&p| p >= sentence.start)
            .map(|p| self.words[p].lower.as_str());
        let after_quote = prev.is_some_and(|p| {
            let mark = &self.words[cue.tokens.start - 1].span;
            // The mark closes a quotation, whether typed as a closing mark or found to close one.
            is_close_quote(p, self.text[..mark.start].chars().next_back())
                || self.quotes.iter().any(|q| q.end == mark.end)
        });
        let after_comma = prev == Some(",") || after_quote;
        let closing_name = (after_comma && !participle && !cue.word.takes_hearer)
            .then(|| sources::closing_name(&self.words, last, sentence.end))
            .flatten();
        let inverted = if closing_name.is_some() {
            // "…, one man was killed, said agency official Lee.": the name closing the sentence
            // speaks, whatever phrase stands before the cue's comma.
            closing_name
        } else if (after_quote
            || (after_comma && sources::before(&self.words, cue.tokens.start, floor).is_none())
            || (after_comma && !cue.word.takes_hearer && self.name_follows(last, sentence.end)))
            && !participle
        {
            sources::after(&self.words, last, sentence.end)
        } else {
            None
        };
        let source = match (&inverted, participle && after_comma) {
            (Some(s), _) => Some(s.clone()),
            (None, true) => self.sentence_subject(sentence.start, cue.tokens.start),
            (None, false) => sources::before(&self.words, cue.tokens.start, floor)
                .filter(|s| !participle || self.names_a_participant(s))
                .or_else(|| {
                    // "X met his counterpart … and told reporters": the subject of the sentence,
                    // or of the clause after a semicolon ("A accuses B; B … but has denied it").
                    let clause = self.clause_start(sentence.start, cue.tokens.start);
                    let coordinated =
                        cue.tokens.start > clause && self.after_conjunction(cue.tokens.start);
                    coordinated
                        .then(|| self.sentence_subject(clause, cue.tokens.start))
                        .flatten()
                }),
        };
        if source.as_ref().is_some_and(|s| self.is_bare_article(s)) {
            // "pledged a “revolution”" read as inverted, "the" cut from its noun: a misparse.
            return None;
        }
        let left = source
            .as_ref()
            .map_or(cue.tokens.start, |s| s.start.min(cue.tokens.start));
        let right = source
            .as_ref()
            .map_or(cue.tokens.end, |s| s.end.max(cue.tokens.end));
        if source
            .as_ref()
            .is_some_and(|s| self.words[s.start].lower == "who")
            && !cue.word.speech
        {
            return None;
        }
        if source.is_none() && self.after_relative_pronoun(cue.tokens.start, sentence.start) {
            return None;
        }
        let (mut content, direct) =
            self.content(cue, left, right, sentence.clone(), used, inverted.is_some())?;
        if !cue.word.speech
            && !direct
            && content.len() == 1
            && content[0].start > self.bytes(cue.tokens.clone()).start
        {
            self.end_object_at_comma(&mut content[0]);
        }
        if let Some(rel) = self.relative_object(source.as_ref(), &inverted, &cue.tokens, &content) {
            content.insert(0, self.bytes(rel..rel + 1));
        }
        let antecedent = source
            .as_ref()
            .filter(|s| s.len() == 1)
            .and_then(|s| sources::antecedent(&self.words, s.start, sentence.start))
            .map(|a| self.bytes(a));

        let quotes_words = content.iter().any(|c| {
            self.quotes
                .iter()
                .any(|q| c.start <= q.start && q.end <= c.end)
        });
        let statement =
            cue.word.speech || direct || quotes_words || self.opens_that_clause(&content);
        Some(Found {
            source: source.map(|s| self.bytes(s)),
            cue: self.bytes(cue.tokens.clone()),
            content,
            act: cue.word.act,
            direct,
            statement,
            speech: cue.word.speech,
            antecedent,
        })
    }

    /// The relative pronoun opening a clause whose subject is the source and whose gap the
    /// content fills ("the law, which critics said was unfair", "what she called “a farce”"):
    /// PolNeAR marks the pronoun as the content's first part.
    fn relative_object(
        &self,
        source: Option<&Range<usize>>,
        inverted: &Option<Range<usize>>,
        cue: &Range<usize>,
        content: &[Range<usize>],
    ) -> Option<usize> {
        let source = source.filter(|s| s.end <= cue.start && inverted.is_none())?;
        let rel = source.start.checked_sub(1)?;
        let cue_end = self.words.get(cue.end - 1)?.span.end;
        if content.len() != 1 || content[0].start < cue_end || self.quoted(rel) {
            return None;
        }
        let pronoun = match self.words[rel].lower.as_str() {
            "which" | "who" | "whom" | "what" => true,
            // "that" after a noun ("the plan that officials say will fail"), not after a verb
            // or a cue, where it opens a complement ("said that officials …").
            "that" => rel.checked_sub(1).is_some_and(|p| {
                let w = &self.words[p];
                w.is_word && !is_clause_word(&w.lower) && cues::cue_word(&w.lower).is_none()
            }),
            _ => false,
        };
        // The pronoun fills a gap: the content's subject ("which critics said was unfair") or
        // the object of a naming verb ("what she called “a farce”").
        let first = self
            .words
            .partition_point(|w| w.span.start < content[0].start);
        let head = self.words.get(first)?;
        let subject_gap = !head.capital
            && (is_finite_auxiliary(&head.lower)
                || (head.lower.ends_with("ed") && head.lower.len() > 4));
        let named = cues::is_call(&self.words[cue.start].lower) && self.quoted(first);
        (pronoun && (subject_gap || named)).then_some(rel)
    }

    /// A stance verb's object after it ("backed Barack Obama, who …", "endorsed X, like …") ends
    /// at its first comma outside quotation marks, unless it opens a clause ("that …", a
    /// subject and its verb are not told apart here, so only a plain noun phrase is cut).
    fn end_object_at_comma(&self, content: &mut Range<usize>) {
        let first = self.words.partition_point(|w| w.span.start < content.start);
        let Some(head) = self.words.get(first) else {
            return;
        };
        if head.lower == "that" || !(head.capital || is_determiner(&head.lower)) {
            return;
        }
        let last = self.words.partition_point(|w| w.span.end <= content.end);
        let verb_before_comma = |c: usize| {
            (first..c).any(|j| {
                let l = self.words[j].lower.as_str();
                !self.words[j].capital
                    && (matches!(
                        l,
                        "is" | "are"
                            | "was"
                            | "were"
                            | "will"
                            | "would"
                            | "has"
                            | "have"
                            | "had"
                            | "could"
                            | "should"
                            | "can"
                            | "may"
                            | "might"
                    ) || cues::cue_word(l).is_some())
            })
        };
        if let Some(comma) = (first + 1..last)
            .find(|&j| self.words[j].lower == "," && !self.quoted(j))
            .filter(|&c| !verb_before_comma(c))
        {
            content.end = self.words[comma - 1].span.end;
        }
    }

    /// Whether a source phrase is one article or degree word alone ("a", "the", "far"), which
    /// names no one.
    fn is_bare_article(&self, source: &Range<usize>) -> bool {
        source.len() == 1
            && matches!(
                self.words[source.start].lower.as_str(),
                "a" | "an" | "the" | "far" | "less" | "more"
            )
    }

    /// Whether the cue at `i` follows a pronoun that `sources::before` refused as a relative clause
    /// subject ("the outrage he had expressed").
    fn after_relative_pronoun(&self, i: usize, floor: usize) -> bool {
        let mut j = i;
        while j > floor && cues::is_verb_adjunct(&self.words[j - 1].lower) {
            j -= 1;
        }
        j > floor && is_pronoun(&self.words[j - 1].lower) && self.words[j - 1].lower != "who"
    }

    /// The clause floor for a subject: after the last quotation closed before `at`.
    fn clause_floor(&self, at: usize, sentence_start: usize) -> usize {
        let start = self.words[at].span.start;
        let quote_end = self
            .quotes
            .iter()
            .filter(|q| q.end <= start)
            .map(|q| q.end)
            .max();
        match quote_end {
            Some(end) => (sentence_start..at)
                .find(|&j| self.words[j].span.start >= end)
                .unwrap_or(at)
                .max(sentence_start),
            None => sentence_start,
        }
    }

    /// The subject at the head of a sentence, for a participle or coordinated cue ("The
    /// governor vetoed the bill, calling it …"): past subordinators and a fronted adjunct
    /// ("On Saturday, …"), a pronoun, or a noun phrase up to its verb; a name with an
    /// apposition keeps it with its closing comma ("Ann Lee, a lawyer, …").
    /// Whether the words at `i` open an adverbial phrase rather than the subject: a participle
    /// ("Speaking at a rally, …", "Asked about it, …") or a span of time ("Hours after …",
    /// "Two days later, …").
    fn opens_adverbial(&self, i: usize, before: usize) -> bool {
        let (Some(first), Some(next)) = (self.words.get(i), self.words.get(i + 1)) else {
            return false;
        };
        if i + 1 >= before {
            return false;
        }
        let participle =
            (first.lower.ends_with("ing") && first.lower.len() > 5) || first.lower == "asked";
        let opens_phrase = is_determiner(&next.lower)
            || matches!(
                next.lower.as_str(),
                "at" | "on"
                    | "in"
                    | "to"
                    | "with"
                    | "from"
                    | "about"
                    | "before"
                    | "after"
                    | "during"
                    | "for"
                    | "by"
                    | "if"
                    | "whether"
                    | "why"
                    | "how"
                    | "what"
            );
        let is_unit = |w: &Word| {
            matches!(
                w.lower.as_str(),
                "hours" | "minutes" | "days" | "weeks" | "months" | "years" | "moments"
            )
        };
        let counted = crate::numbers::cardinal_word(&first.lower).is_some()
            || first.lower.chars().all(|c| c.is_ascii_digit());
        let span_of_time = (is_unit(first)
            && matches!(
                next.lower.as_str(),
                "after" | "before" | "later" | "earlier" | "into"
            ))
            || (counted && is_unit(next));
        (participle && opens_phrase) || span_of_time
    }

    fn sentence_subject(&self, start: usize, before: usize) -> Option<Range<usize>> {
        let mut i = self.skip_subordinators(start, before);
        let fronted = self.words.get(i).is_some_and(|w| {
            matches!(
                w.lower.as_str(),
                "on" | "in"
                    | "at"
                    | "during"
                    | "this"
                    | "last"
                    | "earlier"
                    | "later"
                    | "after"
                    | "for"
                    | "with"
                    | "before"
                    | "despite"
                    | "amid"
                    | "among"
                    | "under"
            )
        });
        if fronted || self.opens_adverbial(i, before) {
            // "In an interview with the Daily Herald on Monday, Lee …": the subject follows the
            // fronted phrase's comma; with no comma in reach, no subject is found.
            let comma = (i + 1..before.min(i + 14)).find(|&j| self.words[j].lower == ",")?;
            i = self.skip_subordinators(comma + 1, before);
        }
        let first = self.words.get(i).filter(|_| i < before)?;
        if is_pronoun(&first.lower) {
            return Some(i..i + 1);
        }
        let determiner = is_determiner(&first.lower);
        if !first.capital && !determiner {
            return None;
        }
        let mut j = i + 1;
        while j < before && j - i < 10 && self.in_subject(i, j, determiner) {
            j += 1;
        }
        let next = self.words.get(j).map(|w| w.lower.as_str());
        if next == Some(",") && !determiner {
            return self.apposition_end(j, before).map(|end| i..end);
        }
        let verb_follows = j < before && next.is_some_and(|n| n != "'s" && n != "’s");
        (verb_follows && (j > i + 1 || !determiner)).then_some(i..j)
    }

    /// Whether the word at `j` continues the subject that starts at `i`: a name takes capitalised
    /// words (and "of"/"for" inside a name); a phrase opened by a determiner also takes lower-case
    /// words up to the first verb-like one ("the former president", "several senior officials").
    fn in_subject(&self, i: usize, j: usize, determiner: bool) -> bool {
        let w = &self.words[j];
        if w.capital || w.lower == "." {
            return true;
        }
        let l = w.lower.as_str();
        let inside_name =
            matches!(l, "of" | "for") && j > i && self.words.get(j + 1).is_some_and(|n| n.capital);
        if inside_name {
            return true;
        }
        if !w.is_word || !determiner {
            return false;
        }
        let verb_like = (l.ends_with("ed") && l.len() > 3)
            || (l.ends_with("ly") && l.len() > 4)
            || cues::cue_word(l).is_some()
            || cues::is_verb_adjunct(l)
            || is_clause_word(l)
            || is_pronoun(l);
        !verb_like
    }

    /// For "Name, role, verb …": the token just past the comma closing the apposition that
    /// opens at the comma `comma`, if a verb follows it.
    fn apposition_end(&self, comma: usize, before: usize) -> Option<usize> {
        let close = (comma + 1..before.min(comma + 16)).find(|&k| self.words[k].lower == ",")?;
        let after = self.words.get(close + 1).filter(|_| close + 1 < before)?;
        let verb = !after.capital
            && (after.lower.ends_with("ed")
                || cues::cue_word(&after.lower).is_some()
                || cues::is_verb_adjunct(&after.lower));
        verb.then_some(close + 1)
    }

    /// Past subordinators and connectives at the head of a clause ("But when …").
    fn skip_subordinators(&self, mut i: usize, before: usize) -> usize {
        while i < before
            && matches!(
                self.words[i].lower.as_str(),
                "but"
                    | "and"
                    | "so"
                    | "yet"
                    | "still"
                    | "then"
                    | "later"
                    | "as"
                    | "while"
                    | "when"
                    | "if"
                    | "although"
                    | "though"
                    | "after"
                    | "before"
                    | "since"
                    | "because"
                    | "even"
                    | "meanwhile"
                    | "however"
                    | ","
            )
        {
            i += 1;
        }
        i
    }

    /// Whether "asked" at `i` opens a clause about a question put to the speaker: "Asked whether
    /// …" at the head of a sentence, or "when asked about …" after a subordinator.
    fn opens_question_clause(&self, i: usize) -> bool {
        let head = self.words[i].capital && i == self.sentence_of[i].start;
        let subordinate = !self.words[i].capital
            && i > self.sentence_of[i].start
            && matches!(
                self.words[i - 1].lower.as_str(),
                "when" | "after" | "once" | "if"
            );
        head || subordinate
    }

    /// "Asked whether …, she said …": the question, with no source of its own.
    fn asked(&self, cue: &CueAt, sentence: Range<usize>) -> Option<Found> {
        // "when asked by a reporter about …": the one who asks is the source.
        let mut k = cue.tokens.end;
        let mut source = None;
        if self.words.get(k).is_some_and(|w| w.lower == "by") {
            let question = (k + 1..sentence.end.min(k + 8)).find(|&j| {
                matches!(
                    self.words[j].lower.as_str(),
                    "about" | "if" | "whether" | "what" | "why" | "how" | "on" | "to"
                )
            })?;
            let mut asker_end = question;
            while asker_end > k + 1 && is_time_word(&self.words[asker_end - 1].lower) {
                asker_end -= 1;
                if self.words[asker_end - 1].lower == "on" {
                    asker_end -= 1;
                }
            }
            (asker_end > k + 1).then_some(())?;
            source = Some(self.bytes(k + 1..asker_end));
            k = question;
        }
        // "Asked about X, …" leaves "about" out; "when asked about X" keeps it (as PolNeAR marks).
        let subordinate = !self.words[cue.tokens.start].capital;
        if !subordinate && self.words.get(k).is_some_and(|w| w.lower == "about") {
            k += 1;
        }
        // The question ends at the first comma outside quotation marks, or at a quoted one that
        // closes its quotation ("Asked if he is “ready,” she said …").
        let closes_quote = |j: usize| {
            self.words
                .get(j + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "”" | "\"" | "''"))
        };
        let mut last = sentence.end;
        while subordinate && last > k && !self.words[last - 1].is_word {
            last -= 1;
        }
        let comma = (k..sentence.end)
            .find(|&j| self.words[j].lower == "," && (!self.quoted(j) || closes_quote(j)))
            .or(subordinate.then_some(last))?;
        let end = if comma < sentence.end && self.quoted(comma) {
            comma + 2
        } else {
            comma
        };
        (comma > k).then(|| Found {
            source,
            cue: self.bytes(cue.tokens.clone()),
            content: vec![self.bytes(k..end)],
            act: Act::Asserts,
            direct: false,
            statement: false,
            speech: true,
            antecedent: None,
        })
    }

    /// "According to X, …" / "…, according to X."
    fn according(&self, cue: &CueAt, sentence: Range<usize>) -> Option<Found> {
        let lead = self.skip_connectives(sentence.start);
        let (source, content) = if cue.tokens.start <= lead {
            let comma = (cue.tokens.end..sentence.end).find(|&j| self.words[j].lower == ",")?;
            (
                cue.tokens.end..comma,
                self.span_to_sentence_end(comma + 1, sentence.end)?,
            )
        } else {
            let comma = cue
                .tokens
                .start
                .checked_sub(1)
                .filter(|&b| self.words[b].lower == ",")?;
            let source = sources::after(&self.words, cue.tokens.end - 1, sentence.end)
                .or_else(|| self.phrase_to_clause_end(cue.tokens.end, sentence.end))?;
            if comma <= lead + 1 {
                return None;
            }
            (source, self.bytes(lead..comma))
        };
        let mut content = vec![content];
        // "At the root of it, according to the report, was a failed audit.": the clause goes
        // on after the source's closing comma.
        let after = source.end;
        if cue.tokens.start > lead && self.words.get(after).is_some_and(|w| w.lower == ",") {
            content.extend(self.continuation(after + 1, sentence.end));
        }
        Some(Found {
            source: (!source.is_empty()).then(|| self.bytes(source)),
            cue: self.bytes(cue.tokens.clone()),
            content,
            act: Act::Asserts,
            direct: false,
            statement: true,
            speech: true,
            antecedent: None,
        })
    }

    /// The rest of a sentence that goes on after an interrupting cue and source (", she said,
    /// …"), from token `k`: not a new report ("adding …"), relative clause about the source
    /// (", who …"), apposition (", a former aide"), contrast (", but …") or more names
    /// (", and other scientists"), nor a quotation.
    fn continuation(&self, k: usize, end: usize) -> Option<Range<usize>> {
        let w = self.words.get(k).filter(|_| k < end)?;
        let own_clause = w.capital
            || !w.is_word
            || self.quoted(k)
            || cues::cue_word(&w.lower).is_some()
            || (w.lower.ends_with("ing") && w.lower.len() > 4)
            || w.lower.starts_with(|c: char| c.is_ascii_digit())
            || self.comma_closes_clause(&w.lower)
            || (w.lower == "and" && !self.has_finite_verb(k + 1, end))
            || is_determiner(&w.lower)
            || matches!(
                w.lower.as_str(),
                "who" | "whose" | "which" | "where" | "when" | "as" | "an" | "a"
            );
        if own_clause {
            return None;
        }
        self.span_to_sentence_end(k, end)
    }

    /// Whether a finite verb ("was", "rose") stands among tokens `k..end` outside quotations,
    /// so that "and …" there is a clause, not more names ("and other scientists").
    fn has_finite_verb(&self, k: usize, end: usize) -> bool {
        (k..end.min(self.words.len())).any(|j| {
            let l = self.words[j].lower.as_str();
            !self.quoted(j) && (is_finite_auxiliary(l) || (l.ends_with("ed") && l.len() > 4))
        })
    }

    /// Tokens from `k` to the next comma, semicolon or sentence end ("exit polling data").
    fn phrase_to_clause_end(&self, k: usize, end: usize) -> Option<Range<usize>> {
        let stop = (k..end)
            .find(|&j| {
                matches!(self.words[j].lower.as_str(), "," | ";" | ":" | "?" | "!")
                    || (self.words[j].lower == "." && j + 1 == end)
            })
            .unwrap_or(end);
        (stop > k && stop - k <= 20).then_some(k..stop)
    }

    fn skip_connectives(&self, mut i: usize) -> usize {
        while self.words.get(i).is_some_and(|w| {
            matches!(
                w.lower.as_str(),
                "but" | "and" | "so" | "yet" | "still" | "meanwhile" | "however" | ","
            )
        }) {
            i += 1;
        }
        i
    }

    /// The content of a cue whose source and cue occupy tokens `left..right`.
    fn content(
        &self,
        cue: &CueAt,
        left: usize,
        right: usize,
        sentence: Range<usize>,
        used: &mut [bool],
        inverted: bool,
    ) -> Option<(Vec<Range<usize>>, bool)> {
        let after_cue =
            self.skip_adjuncts(self.skip_hearer(cue, right, sentence.end), sentence.end);
        if let Some(q) = self.quote_before(left, after_cue, &sentence, used) {
            used[q] = true;
            let quote = self.quotes[q].clone();
            let lead = self.words[self.skip_connectives(sentence.start)].span.start;
            let whole = lead < quote.start
                && !self
                    .quotes
                    .iter()
                    .any(|r| r.end <= quote.start && r.start >= lead);
            let mut parts = vec![if whole { lead..quote.end } else { quote }];
            if let Some(q2) = self.quote_continuing(right, used) {
                used[q2] = true;
                parts.push(self.quotes[q2].clone());
            } else if self.words.get(after_cue).is_some_and(|w| w.lower == ",")
                && self
                    .words
                    .get(after_cue + 1)
                    .is_some_and(|w| w.lower == "that" || is_finite_auxiliary(&w.lower))
            {
                // "“It was bad luck,” he said, that the two men met.": the sentence goes on.
                parts.extend(self.continuation(after_cue + 1, sentence.end));
            }
            return Some((parts, true));
        }
        let k = self.skip_hearer(cue, right, sentence.end);
        let k = self.skip_adjuncts(k, sentence.end);
        let k = self.skip_to_complement(k, sentence.end);
        if let Some(q) = self
            .quote_after(k, used)
            .filter(|&q| self.ends_clause(self.quotes[q].end, sentence.end))
        {
            used[q] = true;
            let mut parts = vec![self.quotes[q].clone()];
            // "Sooner or later, he said, “it pays off.”": a cue set off by commas inside the
            // sentence splits its content; the words before it are the first part when the
            // quotation goes on from them (opens in lower case), not a sentence of its own
            // after a fronted adjunct ("When asked, he said, “We will see.”").
            let continues = self
                .words
                .iter()
                .find(|w| w.is_word && w.span.start > self.quotes[q].start)
                .is_some_and(|w| !w.capital);
            let parenthetical = continues
                && left > sentence.start
                && self.words[left - 1].lower == ","
                && self.words[k].lower == ",";
            let start = self.skip_connectives(sentence.start);
            if parenthetical && left - 1 > start && (start..left - 1).all(|j| !self.quoted(j)) {
                parts.insert(0, self.bytes(start..left - 1));
            }
            return Some((parts, true));
        }
        if let Some(parts) = self.block_after(k) {
            return Some((parts, true));
        }
        // "… said about its platform:" closing the paragraph: the lead-in runs to the colon.
        let last = self.words.len().saturating_sub(1);
        let colon_ends_sentence = last >= k && last < sentence.end && self.words[last].lower == ":";
        if colon_ends_sentence && (k..last).all(|j| !self.quoted(j)) {
            if let Some(parts) = self.block_after(last) {
                return Some((parts, true));
            }
        }
        let at_end = k >= sentence.end || matches!(self.words[k].lower.as_str(), "." | "?" | "!");
        let comma_before = left > sentence.start && self.words[left - 1].lower == ",";
        if comma_before && (at_end || inverted || self.words[k].lower == ",") {
            let start = self.skip_connectives(sentence.start);
            // One word is enough ("Recently, he said, …"), if it is a word.
            if left - 1 <= start || (left - 1 == start + 1 && !self.words[start].is_word) {
                return None;
            }
            let mut parts = vec![self.bytes(start..left - 1)];
            if !at_end && self.words[k].lower == "," {
                parts.extend(self.span_to_sentence_end(k + 1, sentence.end));
            } else if let Some(q) = self.quote_continuing(right, used) {
                // "Prices will rise, she said. “We cannot stop it.”": the quotation goes on.
                used[q] = true;
                parts.push(self.quotes[q].clone());
            }
            let direct = self
                .quotes
                .iter()
                .any(|q| q.start <= parts[0].start && parts[0].end <= q.end);
            return Some((parts, direct));
        }
        if at_end || inverted {
            return None;
        }
        let k = if self.words[k].lower == "," { k + 1 } else { k };
        let mut content = self.span_to_sentence_end(k, sentence.end)?;
        // "railed against X", "talked about X": the preposition belongs to the cue phrase.
        if k == right && is_cue_preposition(&self.words[k].lower) {
            if let Some(next) = self.words.get(k + 1).filter(|n| n.span.start < content.end) {
                content.start = next.span.start;
            }
        }
        Some((vec![content], false))
    }

    /// Whether nothing but closing punctuation follows byte `at` in its sentence.
    fn ends_clause(&self, at: usize, sentence_end: usize) -> bool {
        let first = self.words.partition_point(|w| w.span.start < at);
        (first..sentence_end.max(first)).all(|j| {
            matches!(
                self.words[j].lower.as_str(),
                "." | "?" | "!" | "”" | "\"" | "''"
            )
        })
    }

    /// An unused quotation ending just before token `left` (only commas between).
    ///
    /// The quotation must close inside the cue's sentence; when it does not open that sentence's
    /// clause, the cue must end the clause ("…,” he said.") rather than introduce reported content.
    fn quote_before(
        &self,
        left: usize,
        right: usize,
        sentence: &Range<usize>,
        used: &[bool],
    ) -> Option<usize> {
        let at = self.words.get(left)?.span.start;
        let sentence_start = self.words.get(sentence.start)?.span.start;
        let lead = self
            .words
            .get(self.skip_connectives(sentence.start))?
            .span
            .start;
        let cue_ends_clause = right >= sentence.end
            || self.words.get(right).is_none_or(|w| {
                matches!(
                    w.lower.as_str(),
                    "." | ","
                        | "?"
                        | "!"
                        | ";"
                        | ":"
                        | "as"
                        | "when"
                        | "while"
                        | "after"
                        | "before"
                        | "during"
                        | "at"
                        | "in"
                        | "on"
                        | "of"
                        | "about"
                        | "from"
                        | "with"
                        | "outside"
                )
            });
        let lead_in = self
            .words
            .get(right)
            .is_some_and(|w| w.lower == ":" || self.quotes.iter().any(|q| q.start == w.span.start));
        self.quotes.iter().enumerate().rev().find_map(|(q, r)| {
            let gap = self.text.get(r.end..at)?;
            let adjacent = r.end <= at && gap.chars().all(|c| c.is_whitespace() || c == ',');
            let opens_clause = r.start <= lead;
            // "“… ?” Trump said." split by the sentence splitter after the closing mark.
            // A lead-in ("He added: “…”") introduces what follows it instead.
            let split_off =
                r.end <= sentence_start && at == sentence_start && cue_ends_clause && !lead_in;
            (!used[q]
                && adjacent
                && (split_off || (r.end > sentence_start && (opens_clause || cue_ends_clause))))
                .then_some(q)
        })
    }

    /// A quotation that resumes after the cue: right after "he said." / "he said,", or past
    /// what follows the cue in its sentence ("he said of the plan, “…”", "said Ann Lee, 20, a
    /// student. “…”", "she told Hewitt, “…”"). Nothing between may be another cue or quotation,
    /// and the quotation must open a sentence or follow a comma or colon.
    fn quote_continuing(&self, right: usize, used: &[bool]) -> Option<usize> {
        let k = self.skip_adjuncts(right, self.words.len());
        let from = self.words.get(k)?.span.start;
        let next_sentence = self.sentence_of.get(k)?.end;
        for (q, r) in self
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, r)| r.start >= from)
        {
            let open = self.words.partition_point(|w| w.span.start < r.start);
            if open > next_sentence {
                return None;
            }
            let gap = k..open;
            let quoted_words = gap
                .clone()
                .filter(|&j| self.words[j].is_word && self.quoted(j))
                .count();
            // A quotation opening the next sentence continues whatever the rest of this one
            // holds (", noting …", ", who attended the rally.", a short quoted title "on “Meet
            // the Press”"); one inside the sentence must follow a comma, colon or full stop with no other
            // cue or quotation before it.
            let opens_sentence = open == next_sentence && quoted_words <= 4;
            let inside_sentence = gap.len() <= 24
                && quoted_words == 0
                && open
                    .checked_sub(1)
                    .is_some_and(|p| matches!(self.words[p].lower.as_str(), "," | ":" | "."))
                && !gap.clone().any(|j| {
                    let w = &self.words[j];
                    !w.capital && cues::cue_word(&w.lower).is_some()
                });
            if opens_sentence || inside_sentence {
                return (!used[q] && !self.cue_follows(r.end)).then_some(q);
            }
            let short = self
                .words
                .iter()
                .filter(|w| r.start <= w.span.start && w.span.end <= r.end && w.is_word)
                .count()
                <= 4;
            if !short {
                return None;
            }
        }
        None
    }

    /// Whether a cue that ends the quotation ending at byte `at` appears within three tokens
    /// after it (the quote has its own cue); a lead-in cue ("He added: “…”") claims the
    /// quotation after it, not this one.
    fn cue_follows(&self, at: usize) -> bool {
        let first = self.words.partition_point(|w| w.span.start < at);
        // A quotation closing on a comma ("“…,” she said") awaits its cue; one closing a
        // sentence is claimed only by a cue that ends its clause ("“….” she said."), not one
        // opening a report of its own ("“….” She noted a plan …").
        let awaits_cue = self.words[..first]
            .iter()
            .rev()
            .find(|w| !matches!(w.lower.as_str(), "”" | "\"" | "''" | "’" | "'"))
            .is_some_and(|w| w.lower == ",");
        (first..self.words.len().min(first + 4)).any(|j| {
            let next = self.words.get(j + 1);
            let lead_in = next.is_some_and(|n| {
                n.lower == ":" || self.quotes.iter().any(|q| q.start == n.span.start)
            });
            let ends_clause = next.is_none_or(|n| !n.is_word);
            cues::cue_word(&self.words[j].lower).is_some()
                && !lead_in
                && (awaits_cue || ends_clause)
        })
    }

    /// An unused quotation starting at token `k`, after ":" or "," or directly.
    fn quote_after(&self, k: usize, used: &[bool]) -> Option<usize> {
        let mut k = k;
        if self
            .words
            .get(k)
            .is_some_and(|w| matches!(w.lower.as_str(), ":" | ","))
        {
            k += 1;
        }
        let start = self.words.get(k)?.span.start;
        let q = self.quotes.iter().position(|r| r.start == start)?;
        (!used[q]).then_some(q)
    }

    /// "… said on Tuesday:" closing a paragraph: the block quote paragraphs that follow.
    fn block_after(&self, k: usize) -> Option<Vec<Range<usize>>> {
        let w = self.words.get(k)?;
        if w.lower != ":" || k + 1 != self.words.len() {
            return None;
        }
        let mut parts = Vec::new();
        for (range, kind) in self.doc.paragraphs.iter().skip(self.index + 1) {
            let opens_with_quote = self.text[range.clone()].starts_with(['“', '"']);
            if *kind == ParagraphKind::Quote || (parts.is_empty() && opens_with_quote) {
                parts.push(range.clone());
            } else {
                break;
            }
        }
        (!parts.is_empty()).then_some(parts)
    }

    /// Past the hearer of "told reporters", "urged them": pronoun, name or short noun phrase.
    fn skip_hearer(&self, cue: &CueAt, k: usize, end: usize) -> usize {
        if !cue.word.takes_hearer {
            return k;
        }
        let mut j = k;
        while j < end && j - k < 6 {
            let w = &self.words[j];
            if !w.is_word
                || matches!(
                    w.lower.as_str(),
                    "that"
                        | "to"
                        | "on"
                        | "in"
                        | "at"
                        | "during"
                        | "last"
                        | "this"
                        | "after"
                        | "before"
                        | "with"
                        | "via"
                        | "through"
                        | "if"
                        | "whether"
                        | "why"
                        | "how"
                        | "what"
                        | "where"
                        | "about"
                )
            {
                break;
            }
            // "told POLITICO he planned …", "told the council the bridge …": the reported
            // clause's subject or verb ends the hearer.
            let after_of = j > k && matches!(self.words[j - 1].lower.as_str(), "of" | "for");
            let clause_starts = matches!(
                w.lower.as_str(),
                "he" | "she" | "they" | "we" | "i" | "it" | "you"
            ) || is_finite_auxiliary(&w.lower)
                || (j > k && !after_of && is_determiner(&w.lower));
            if clause_starts {
                break;
            }
            j += 1;
            if matches!(
                w.lower.as_str(),
                "him" | "her" | "them" | "us" | "me" | "reporters" | "journalists"
            ) {
                break;
            }
        }
        // "asked the students if …": the one asked is the hearer of a question; "asked the
        // judge to rule" keeps the person in the request.
        let asks = matches!(
            self.words[cue.tokens.start].lower.as_str(),
            "ask" | "asks" | "asked"
        );
        let question = self.words.get(j).is_some_and(|w| {
            matches!(
                w.lower.as_str(),
                "if" | "whether" | "why" | "how" | "what" | "where" | "about"
            )
        });
        if asks && !question {
            return k;
        }
        j
    }

    /// Past time and manner phrases after a cue ("on Tuesday", "in a statement", "to reporters").
    fn skip_adjuncts(&self, mut k: usize, end: usize) -> usize {
        loop {
            let Some(w) = self.words.get(k).filter(|_| k < end) else {
                return k;
            };
            let l = w.lower.as_str();
            if is_time_word(l)
                || matches!(
                    l,
                    "again"
                        | "also"
                        | "publicly"
                        | "privately"
                        | "repeatedly"
                        | "previously"
                        | "then"
                        | "recently"
                        | "earlier"
                        | "later"
                        | "flatly"
                        | "simply"
                        | "only"
                )
            {
                k += 1;
            } else if matches!(l, "last" | "this" | "next" | "late" | "early")
                && self
                    .words
                    .get(k + 1)
                    .is_some_and(|n| is_time_word(&n.lower))
            {
                k += 2;
            } else if matches!(l, "in" | "at") && self.words.get(k + 1).is_some_and(|n| n.capital) {
                k += 1;
                while self
                    .words
                    .get(k)
                    .is_some_and(|n| n.capital || n.lower == ",")
                    && k < end
                {
                    if self.words[k].lower == ","
                        && !self.words.get(k + 1).is_some_and(|n| n.capital)
                    {
                        break;
                    }
                    k += 1;
                }
            } else if matches!(
                l,
                "on" | "in"
                    | "during"
                    | "at"
                    | "via"
                    | "over"
                    | "to"
                    | "through"
                    | "after"
                    | "before"
                    | "from"
                    | "with"
            ) {
                match self.adjunct_head(k + 1, end) {
                    Some(h) => k = h + 1,
                    None => return k,
                }
            } else if l == ","
                && self
                    .words
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "on" | "in" | "during" | "at"))
            {
                k += 1;
            } else {
                return k;
            }
        }
    }

    /// Past a longer prepositional phrase after the cue when a "that" clause or a colon follows
    /// it ("wrote in a court filing that …", "said in a recent issue of the magazine: …",
    /// "explained to the panel that …"): the phrase says where, how or to whom, the clause is
    /// what was said.
    fn skip_to_complement(&self, k: usize, end: usize) -> usize {
        // "to" only before a noun phrase ("explained to CBS that"), not a verb ("to say").
        let to_hearer = self.words.get(k).is_some_and(|w| w.lower == "to")
            && self
                .words
                .get(k + 1)
                .is_some_and(|n| n.capital || is_determiner(&n.lower));
        let opens_phrase = to_hearer
            || self.words.get(k).is_some_and(|w| {
                matches!(
                    w.lower.as_str(),
                    "in" | "on" | "at" | "during" | "after" | "before" | "with" | "via" | "through"
                )
            });
        if !opens_phrase {
            return k;
        }
        let stop = (k + 1..end.min(k + 12)).find(|&j| {
            let w = &self.words[j];
            self.quoted(j)
                || !w.is_word
                || w.lower == "that"
                || cues::cue_word(&w.lower).is_some()
                // "on creating a panel that …", "at least 20 …": the phrase is the content.
                || (j == k + 1 && w.lower.ends_with("ing") && w.lower.len() > 5)
                || w.lower == "least"
        });
        match stop {
            Some(j)
                if j > k + 1
                    && !self.quoted(j)
                    && matches!(self.words[j].lower.as_str(), "that" | ":") =>
            {
                j
            }
            _ => k,
        }
    }

    /// The head noun ending a prepositional adjunct that starts at `k`, within six tokens.
    fn adjunct_head(&self, k: usize, end: usize) -> Option<usize> {
        (k..end.min(k + 6))
            .take_while(|&j| self.words[j].is_word && self.words[j].lower != "that")
            .find(|&j| {
                let l = self.words[j].lower.as_str();
                is_time_word(l)
                    || is_medium(l)
                    || (j == k && matches!(l, "reporters" | "journalists"))
            })
    }

    /// Where the clause starting at `k` ends: before ", saying", ", but", "; ", ", according to".
    fn clause_end(&self, k: usize, end: usize) -> usize {
        // The cue just before the content, if it is a participle ("touting …").
        let participle_cue = (k.saturating_sub(4)..k).any(|i| {
            let l = self.words[i].lower.as_str();
            l.ends_with("ing") && cues::cue_word(l).is_some()
        });
        (k + 1..end)
            .find(|&j| {
                let w = self.words[j].lower.as_str();
                let next = self
                    .words
                    .get(j + 1)
                    .filter(|_| j + 1 < end)
                    .map(|n| n.lower.as_str())
                    .unwrap_or("");
                !quotes::inside(&self.quotes, self.words[j].span.start)
                    && (w == ";"
                        || (w == "," && self.comma_closes_clause(next))
                        || (w == "," && self.relative_cue_follows(j + 1, end))
                        || (w == "and"
                            && self.starts_new_predicate(
                                j + 1,
                                participle_cue,
                                self.has_finite_verb(k, j),
                            )))
            })
            .unwrap_or(end)
    }

    /// Whether a comma followed by `next` ends a reported clause: a contrast ("…, but …"), a
    /// following attribution ("…, according to …") or a speech participle ("…, saying …").
    fn comma_closes_clause(&self, next: &str) -> bool {
        matches!(
            next,
            "but" | "while" | "although" | "though" | "even" | "whereas" | "according"
        ) || (next.ends_with("ing") && cues::cue_word(next).is_some())
    }

    /// Whether a relative clause with its own cue opens at `j` (", which denied …", ", who
    /// said …"): that clause is a report of its own, not part of the content before it.
    fn relative_cue_follows(&self, j: usize, end: usize) -> bool {
        let relative = self
            .words
            .get(j)
            .is_some_and(|w| matches!(w.lower.as_str(), "which" | "who"));
        let mut k = j + 1;
        while k < end && cues::is_verb_adjunct(&self.words[k].lower) {
            k += 1;
        }
        relative
            && k < end
            && !self.words[k].capital
            && cues::cue_word(&self.words[k].lower).is_some()
    }

    /// Whether the word at `j` starts a second predicate ("… and made no mention", "… and
    /// said he hoped"): a cue; a past form after a participle cue or a content with no verb of
    /// its own ("denied the charges and accused …"), while a clause's own second verb goes on
    /// with it ("said she was tired and wanted a change"); an -ing form only after a
    /// participle cue ("touting X and pounding Y"), as after a finite cue it goes on with the
    /// content ("said it was protecting jobs and preserving the environment").
    fn starts_new_predicate(&self, j: usize, participle_cue: bool, clause: bool) -> bool {
        self.words.get(j).is_some_and(|w| {
            !w.capital
                && w.is_word
                && (((participle_cue || !clause) && w.lower.ends_with("ed") && w.lower.len() > 4)
                    || (participle_cue && w.lower.ends_with("ing") && w.lower.len() > 5)
                    || cues::cue_word(&w.lower).is_some())
        })
    }

    /// From token `k` to the end of its clause, without the final full stop.
    fn span_to_sentence_end(&self, k: usize, end: usize) -> Option<Range<usize>> {
        let mut last = self.clause_end(k, end);
        while last > k && matches!(self.words[last - 1].lower.as_str(), "." | ";" | ":" | ",") {
            last -= 1;
        }
        let words = (k..last).filter(|&j| self.words[j].is_word).count();
        let yes_no = words == 1
            && matches!(
                self.words[k].lower.as_str(),
                "yes"
                    | "no"
                    | "so"
                    | "that"
                    | "this"
                    | "it"
                    | "nothing"
                    | "something"
                    | "otherwise"
                    // "denied involvement", "claimed responsibility": the whole proposition.
                    | "involvement"
                    | "responsibility"
                    | "wrongdoing"
            );
        (words >= 2 || yes_no).then(|| self.bytes(k..last))
    }

    fn bytes(&self, tokens: Range<usize>) -> Range<usize> {
        let start = self
            .words
            .get(tokens.start)
            .map_or(self.end, |w| w.span.start);
        let end = tokens
            .end
            .checked_sub(1)
            .and_then(|e| self.words.get(e))
            .map_or(start, |w| w.span.end);
        start..end.max(start)
    }
}

/// A finite auxiliary or modal verb ("was", "will", "could"), which opens a predicate.
fn is_finite_auxiliary(l: &str) -> bool {
    matches!(
        l,
        "is" | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "could"
            | "can"
            | "should"
            | "may"
            | "might"
            | "must"
            | "has"
            | "have"
            | "had"
            | "does"
            | "did"
            | "won’t"
            | "won't"
    )
}

/// Cue forms that are rarely nouns, so a determiner phrase before them is their subject ("a new
/// poll found", "the report shows"), unlike "a major focus", "the political attacks".
fn clearly_finite(l: &str) -> bool {
    (l.ends_with("ed") && l != "pledged")
        || matches!(
            l,
            "found"
                | "said"
                | "told"
                | "wrote"
                | "shows"
                | "finds"
                | "says"
                | "suggests"
                | "indicates"
                | "saw"
                | "thought"
                | "knew"
                | "felt"
                | "sought"
        )
}

/// Numbers and proportion words that head a subject ("Six in 10 say", "most say").
fn is_count_word(l: &str) -> bool {
    l.chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && !l.is_empty()
        || matches!(
            l,
            "percent"
                | "majority"
                | "plurality"
                | "most"
                | "half"
                | "third"
                | "thirds"
                | "quarter"
                | "quarters"
                | "many"
                | "few"
                | "some"
                | "all"
                | "both"
        )
}

/// Clause words, pronouns and cues: words that cannot end a subject noun phrase.
fn is_function_like(l: &str) -> bool {
    is_clause_word(l) || is_pronoun(l) || cues::cue_word(l).is_some() || cues::is_verb_adjunct(l)
}

/// A possessive determiner or a possessive name ("his", "Lee’s").
fn is_possessive(l: &str) -> bool {
    matches!(l, "his" | "her" | "their" | "its" | "our" | "my" | "your")
        || (l.len() > 2 && (l.ends_with("’s") || l.ends_with("'s") || l.ends_with("s’")))
}

/// Labels that open a line with a colon without naming a speaker ("Update:", "Photo:").
fn is_label_word(l: &str) -> bool {
    matches!(
        l,
        "update"
            | "updated"
            | "note"
            | "editor"
            | "editor's"
            | "editor’s"
            | "photo"
            | "video"
            | "watch"
            | "read"
            | "related"
            | "source"
            | "sources"
            | "credit"
            | "correction"
            | "clarification"
            | "original"
            | "entry"
            | "earlier"
            | "previously"
            | "summary"
            | "background"
            | "transcript"
            | "caption"
            | "tags"
            | "topics"
            | "share"
            | "advertisement"
            | "warning"
            | "breaking"
            | "exclusive"
            | "analysis"
            | "opinion"
            | "live"
            | "see"
            | "also"
            | "more"
            | "here"
            | "this"
            | "the"
            | "why"
            | "how"
            | "what"
            | "who"
            | "when"
            | "where"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "from"
            | "with"
            | "to"
            | "and"
            | "but"
            | "or"
            | "it"
            | "a"
            | "an"
    )
}

/// Prepositions that complete a cue verb ("referring to", "railed against", "talked about").
fn is_cue_preposition(l: &str) -> bool {
    matches!(
        l,
        "about" | "on" | "for" | "with" | "of" | "against" | "over"
    )
}

fn is_time_word(l: &str) -> bool {
    matches!(
        l,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tonight"
            | "week"
            | "weekend"
            | "month"
            | "year"
            | "morning"
            | "night"
            | "evening"
            | "afternoon"
            | "day"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "ago"
            | "recently"
            | "earlier"
            | "later"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

fn is_medium(l: &str) -> bool {
    matches!(
        l,
        "statement"
            | "interview"
            | "speech"
            | "conference"
            | "email"
            | "e-mail"
            | "letter"
            | "tweet"
            | "post"
            | "call"
            | "appearance"
            | "briefing"
            | "hearing"
            | "radio"
            | "television"
            | "program"
            | "programme"
            | "show"
            | "rally"
            | "remarks"
            | "event"
            | "debate"
            | "meeting"
            | "address"
            | "video"
            | "op-ed"
            | "blog"
            | "book"
            | "memo"
            | "twitter"
            | "facebook"
            | "release"
            | "message"
            | "session"
            | "testimony"
            | "broadcast"
            | "podcast"
            | "note"
            | "report"
            | "reporters"
            | "journalists"
            | "audience"
            | "crowd"
            | "supporters"
            | "press"
    )
}

/// For each word, the token range of its sentence.
fn sentence_token_ranges(doc: &DocText, words: &[Word]) -> Vec<Range<usize>> {
    let ids: Vec<usize> = words
        .iter()
        .map(|w| doc.sentence_of(w.span.start))
        .collect();
    let mut out = vec![0..0; words.len()];
    let mut start = 0;
    for i in 1..=words.len() {
        if i == words.len() || ids[i] != ids[start] {
            for slot in &mut out[start..i] {
                *slot = start..i;
            }
            start = i;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::owned;
    use super::super::{Extractors, in_file_by};

    /// (source, content parts) of every attribution the rules find in `text`, as PolNeAR would
    /// mark them in the file.
    fn found(text: &str) -> Vec<(Option<String>, Vec<String>)> {
        let text = format!("Headline of the story\n\n{text}");
        let chars: Vec<char> = text.chars().collect();
        let cut = |s: u32, e: u32| chars[s as usize..e as usize].iter().collect::<String>();
        in_file_by("t", &text, Extractors::Rules)
            .iter()
            .map(|a| {
                (
                    a.source.map(|s| cut(s.start, s.end)),
                    a.content.iter().map(|c| cut(c.start, c.end)).collect(),
                )
            })
            .collect()
    }

    fn check(text: &str, expect: &[(Option<&str>, &[&str])]) {
        assert_eq!(found(text), owned(expect), "{text}");
    }

    #[test]
    fn a_closing_mark_typed_before_its_space_still_inverts_the_cue() {
        check(
            r#""Many houses were damaged, "said Ana Ruiz, a resident of the village."#,
            &[(
                Some("Ana Ruiz, a resident of the village"),
                &[r#""Many houses were damaged, ""#],
            )],
        );
    }

    #[test]
    fn the_name_after_a_hearer_cue_is_the_hearer_not_the_speaker() {
        check(
            "“A child died when a wall fell,” Ana Ruiz, a doctor at the clinic, told Reuters.",
            &[(
                Some("Ana Ruiz, a doctor at the clinic,"),
                &["“A child died when a wall fell,”"],
            )],
        );
    }

    #[test]
    fn a_name_set_off_after_the_cue_speaks_whatever_stands_before_its_comma() {
        check(
            "Bo Ray was caught in east Dayton, about 25 miles north of where he escaped, said Ana Ruiz, a spokeswoman for the marshals.",
            &[(
                Some("Ana Ruiz, a spokeswoman for the marshals"),
                &["Bo Ray was caught in east Dayton, about 25 miles north of where he escaped"],
            )],
        );
    }

    #[test]
    fn a_quotation_signed_with_a_dash_and_a_name_is_theirs() {
        check(
            "“The bridge has been closed for a year and nobody tells us why.” ― Ana M. Ruiz",
            &[(
                Some("Ana M. Ruiz"),
                &["“The bridge has been closed for a year and nobody tells us why.”"],
            )],
        );
        // A dash after a quotation that goes on with the sentence signs nothing.
        check(
            "The shop put up a “closed until spring” sign — Ana Ruiz and her neighbours went elsewhere.",
            &[],
        );
    }

    #[test]
    fn a_participle_cue_skips_an_opening_adverbial_to_reach_the_subject() {
        check(
            "Speaking at a rally in Ohio, the mayor waved a copy of the plan, calling it a waste.",
            &[(Some("the mayor"), &["it a waste"])],
        );
        check(
            "Hours after the vote, Ann Lee left the hall, saying the count was wrong.",
            &[(Some("Ann Lee"), &["the count was wrong"])],
        );
    }

    #[test]
    fn a_quote_resumes_past_what_follows_the_cue() {
        check(
            "“The first part is easy,” she told the hearing, “but the rest will take years.”",
            &[(
                Some("she"),
                &[
                    "“The first part is easy,”",
                    "“but the rest will take years.”",
                ],
            )],
        );
        check(
            "“We were lucky,” he said of the storm, “and the roof held.”",
            &[(Some("he"), &["“We were lucky,”", "“and the roof held.”"])],
        );
    }

    #[test]
    fn a_lead_in_cue_claims_the_quote_after_it_not_the_one_before() {
        check(
            "“Nobody called us,” she wrote. “We found out from the radio.” She added: “It was a shock.”",
            &[
                (
                    Some("she"),
                    &["“Nobody called us,”", "“We found out from the radio.”"],
                ),
                (Some("She"), &["“It was a shock.”"]),
            ],
        );
    }

    #[test]
    fn a_cue_set_off_inside_the_sentence_splits_the_content() {
        check(
            "Sooner or later, the mayor said, “the bill comes due.”",
            &[(
                Some("the mayor"),
                &["Sooner or later", "“the bill comes due.”"],
            )],
        );
        // A fronted adjunct before a quotation that is a sentence of its own is no content.
        check(
            "When the storm ended, the mayor said, “We start again tomorrow.”",
            &[(Some("the mayor"), &["“We start again tomorrow.”"])],
        );
    }

    #[test]
    fn a_relative_pronoun_filling_the_content_gap_is_its_first_part() {
        check(
            "The council passed a rule which residents said was unfair to renters.",
            &[(Some("residents"), &["which", "was unfair to renters"])],
        );
        check(
            "It is a road that critics say will flood.",
            &[(Some("critics"), &["that", "will flood"])],
        );
        // A content with its own subject leaves the pronoun out: no gap to fill is seen.
        check(
            "The council passed a rule which residents said the mayor wrote.",
            &[(Some("residents"), &["the mayor wrote"])],
        );
    }

    #[test]
    fn a_quotation_goes_on_after_a_reported_clause() {
        check(
            "The ferry will not run until spring, the captain said. “We have no crew left.”",
            &[(
                Some("the captain"),
                &[
                    "The ferry will not run until spring",
                    "“We have no crew left.”",
                ],
            )],
        );
    }

    #[test]
    fn a_sentence_goes_on_after_an_according_to_source() {
        check(
            "At the root of the delay, according to the auditors, was a missing permit.",
            &[(
                Some("the auditors"),
                &["At the root of the delay", "was a missing permit"],
            )],
        );
        // A contrast after the source is the writer's, not the source's.
        check(
            "Sales rose in May, according to the agency, but exports fell.",
            &[(Some("the agency"), &["Sales rose in May"])],
        );
    }

    #[test]
    fn a_that_clause_goes_on_after_a_quotation_and_its_cue() {
        check(
            "“It was pure chance,” she said, that the two teams met in the final.",
            &[(
                Some("she"),
                &[
                    "“It was pure chance,”",
                    "that the two teams met in the final",
                ],
            )],
        );
        // The writer's narration after the cue is no content.
        check(
            "“Thank you,” he said, with a smile.",
            &[(Some("he"), &["“Thank you,”"])],
        );
    }

    #[test]
    fn a_one_word_lead_before_an_interrupting_cue_is_content() {
        check(
            "Lately, she said, the roads have been empty.",
            &[(Some("she"), &["Lately", "the roads have been empty"])],
        );
    }

    #[test]
    fn a_that_clause_after_a_longer_phrase_on_where_it_was_said() {
        check(
            "The ministry wrote in a filing to the court that the deal was void.",
            &[(Some("The ministry"), &["that the deal was void"])],
        );
        check(
            "The coach explained to the board that the season was lost.",
            &[(Some("The coach"), &["that the season was lost"])],
        );
    }

    #[test]
    fn the_hearer_ends_where_the_reported_clause_begins() {
        check(
            "The coach told Channel Four he would stay another year.",
            &[(Some("The coach"), &["he would stay another year"])],
        );
        check(
            "The mayor told the council the bridge would reopen.",
            &[(Some("The mayor"), &["the bridge would reopen"])],
        );
    }

    #[test]
    fn an_ing_form_after_and_goes_on_with_the_content_of_a_finite_cue() {
        check(
            "The minister said the plan was protecting jobs and preserving the coast.",
            &[(
                Some("The minister"),
                &["the plan was protecting jobs and preserving the coast"],
            )],
        );
    }

    #[test]
    fn a_second_verb_after_and_belongs_to_a_reported_clause_not_to_an_object() {
        check(
            "The farmer said she was tired of waiting and moved to the city.",
            &[(
                Some("The farmer"),
                &["she was tired of waiting and moved to the city"],
            )],
        );
        check(
            "The senator denied the charges and walked out.",
            &[(Some("The senator"), &["the charges"])],
        );
    }

    #[test]
    fn a_report_of_its_own_after_a_resumed_quote_does_not_claim_it() {
        check(
            "“The roads are clear,” she said. “We will open on Monday.” She noted a new schedule.",
            &[
                (
                    Some("she"),
                    &["“The roads are clear,”", "“We will open on Monday.”"],
                ),
                (Some("She"), &["a new schedule"]),
            ],
        );
    }

    #[test]
    fn the_one_asked_a_question_is_its_hearer_but_the_one_asked_to_act_is_content() {
        check(
            "The teacher asked the students whether they had read the book.",
            &[(Some("The teacher"), &["whether they had read the book"])],
        );
        check(
            "The lawyers asked a judge to block the rule.",
            &[(Some("The lawyers"), &["a judge to block the rule"])],
        );
    }
}
