//! Claims of one document: attributions turned into model claims with a resolved speaker and
//! what they assert (polarity, negation, quantities, dates, actors), plus the outlet's own
//! statements of counts.
//!
//! Dates are resolved by the time engine (`time::extract`, against the publication date, as the
//! timeline does); this module only picks the expressions that fall inside a claim.
//!
//! The outlet's statements are limited to sentences outside any attribution that state a count
//! with a unit or when something began ("under siege since early September", with a date the
//! time engine resolved), so the claims view is not flooded with every sentence. Cross-document merging of
//! names belongs to `coref`.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use dossier_model::{
    Claim, ClaimDate, ClaimKind, Document, Granularity, ParagraphKind, Polarity, SentenceRef,
};
use regex::Regex;

use crate::time::{self, TimexType, pubdate};

use super::cues::Act;
use super::speakers::{self, Speaker};
use super::{Attribution, Point, attributions, matters, quantities, text_between};

static NEGATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:not|never)\b|n[’']t\b").expect("static regex"));

/// Where a subordinate clause (a reason, concession, time, condition or relative clause) or a
/// coordinated "but" clause starts.
static SUBORDINATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:because|since|although|though|whereas|unless|which|who|whom|whose|when|whenever|while|after|before|until|if|but)\b|[—–;(]")
        .expect("static regex")
});

/// Whether the proposition itself is negated: a negation before any subordinate clause starts.
///
/// "the talks did not resume" is negated; "the other side is to blame because it did not act"
/// asserts a blame whose reason happens to contain a negation, so it is not.
fn negates_main_clause(content: &str) -> bool {
    let main_end = SUBORDINATE
        .find(content)
        .map_or(content.len(), |m| m.start());
    NEGATION.is_match(&content[..main_end])
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?:on|last|this|next|since|until|by) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}(?:, \d{4})?|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?(?:, \d{4})?\b|\b(?:yesterday|today|tonight|last (?:week|month|year|night)|(?:earlier|later) this (?:week|month|year))\b",
    )
    .expect("static regex")
});

/// The claims of one document, in text order.
pub fn of_document(doc: &Document) -> Vec<Claim> {
    let mut resolver = Resolver::new(doc);
    let dates = DocDates::of(doc);
    let mut claims: Vec<Claim> = Vec::new();
    let mut covered: BTreeSet<u32> = BTreeSet::new();
    for a in attributions(doc).into_iter().filter(|a| a.statement) {
        let (source_text, speaker) = resolver.speaker(&a);
        for s in a.cue.start.sentence..=a.content.last().map_or(a.cue.end.sentence, |c| {
            c.end.sentence.max(a.cue.end.sentence)
        }) {
            covered.insert(s);
        }
        let content = a
            .content
            .iter()
            .map(|c| text_between(doc, c))
            .collect::<Vec<_>>()
            .join(" … ");
        let at = a.content.first().map_or(a.cue.start.sentence, |c| {
            c.start.sentence.min(a.cue.start.sentence)
        });
        let mut c = claim(doc, at, &a, &speaker, source_text, content, &claims);
        c.resolved_dates = dates.of_attribution(&a);
        claims.push(c);
    }
    claims.extend(outlet_claims(doc, &covered, &dates));
    claims.sort_by_key(|c| c.at.sentence);
    claims
}

/// Resolves the speakers of one document's attributions, in text order: names to the document's
/// entities, personal pronouns to the nearest person, "it"/"they" to the previous speaker, a
/// missing source to the previous speaker.
pub struct Resolver<'a> {
    doc: &'a Document,
    entities: Vec<speakers::Entity>,
    places: Vec<String>,
    /// Every speaker resolved so far, with where its source starts.
    history: Vec<(Point, Speaker)>,
    previous: Option<(u32, Speaker)>,
    previous_person: Option<(u32, Speaker)>,
}

impl<'a> Resolver<'a> {
    /// A resolver for `doc`.
    pub fn new(doc: &'a Document) -> Self {
        let entities = speakers::entities(doc.sentences.iter().map(|s| s.text.as_str()));
        let places = speakers::places(doc.sentences.iter().map(|s| s.text.as_str()));
        Resolver {
            doc,
            entities,
            places,
            history: Vec::new(),
            previous: None,
            previous_person: None,
        }
    }

    /// The source phrase as written and the resolved speaker of the next attribution.
    pub fn speaker(&mut self, a: &Attribution) -> (Option<String>, Speaker) {
        let source_text = a.source.as_ref().map(|s| text_between(self.doc, s));
        let here = a.source.as_ref().map_or(a.cue.start, |s| s.start);
        let entities = &self.entities;
        let speaker = match &source_text {
            Some(t) if speakers::is_personal_pronoun(t) => {
                // An unnamed speaker ("a company spokeswoman") is "she" only in the next
                // sentence or its own, or a few sentences on when its words give the pronoun's
                // gender; further on, a name the rules missed may come between. "she" is never
                // a person the document shows to be a man, nor "he" a woman.
                let wanted = speakers::pronoun_gender(t);
                let previous = self.previous_person.as_ref().filter(|p| {
                    let gender = speakers::gender_of(&p.1, entities);
                    let near = here.sentence <= p.0 + 1
                        || wanted.is_some() && gender == wanted && here.sentence <= p.0 + 5;
                    (p.1.named || near) && speakers::fits(gender, wanted)
                });
                antecedent(self.doc, entities, here, previous, wanted).unwrap_or_else(|| Speaker {
                    name: format!("unresolved “{t}”"),
                    ..Speaker::default()
                })
            }
            Some(t) if speakers::is_pronoun_phrase(t) => self
                .previous
                .as_ref()
                .map(|p| p.1.clone())
                .unwrap_or_else(|| speakers::resolve(t, entities, None)),
            Some(t) => speakers::resolve(t, entities, self.previous.as_ref().map(|p| &p.1)),
            None => self
                .previous
                .as_ref()
                .map(|p| p.1.clone())
                .unwrap_or(Speaker {
                    name: "Unattributed".into(),
                    ..Speaker::default()
                }),
        };
        let speaker = if self.is_place(a, &speaker) {
            // "Local news in Ardmore reported …" read as "Ardmore reported": no place speaks.
            Speaker {
                name: format!(
                    "unresolved “{}”",
                    source_text.as_deref().unwrap_or_default()
                ),
                ..Speaker::default()
            }
        } else {
            speaker
        };
        let speaker = match source_text.as_deref().and_then(speakers::organisation_head) {
            // "The company said": the organisation of that kind named last before.
            // (A description by its form, even when capitalised: "The French firm".)
            Some(head) => self.organisation(&head, here).unwrap_or(speaker),
            _ => speaker,
        };
        self.history.push((here, speaker.clone()));
        if speaker.named {
            let one_word_with_role = speaker.role.is_some() && !speaker.name.contains(' ');
            if speakers::is_person_name(&speaker.name) || one_word_with_role {
                self.previous_person = Some((here.sentence, speaker.clone()));
            }
            self.previous = Some((here.sentence, speaker.clone()));
        } else if speakers::describes_a_person(&speaker.name) {
            // "…, a company spokeswoman said. She said …": the description speaks on.
            self.previous_person = Some((here.sentence, speaker.clone()));
        }
        (source_text, speaker)
    }

    /// The organisation a description with head noun `head` at `here` refers to: going back
    /// sentence by sentence, the last speaker there, else the last name in its text, that is an
    /// organisation of that kind ([`speakers::names_organisation_of_kind`]).
    fn organisation(&self, head: &str, here: Point) -> Option<Speaker> {
        for s in (0..=here.sentence).rev() {
            let spoke = self
                .history
                .iter()
                .rev()
                .filter(|(p, _)| p.sentence == s && *p < here)
                .map(|(_, sp)| sp.clone());
            let text: String = match self.doc.sentences.get(s as usize) {
                Some(sentence) if s == here.sentence => {
                    sentence.text.chars().take(here.offset as usize).collect()
                }
                Some(sentence) => sentence.text.clone(),
                None => continue,
            };
            let named = speakers::organisation_names_in(&text)
                .into_iter()
                .rev()
                .map(|(_, name)| speakers::resolve(&name, &self.entities, None));
            // Of a coordinated speaker ("The Observatory for X and the army"), the conjunct
            // of that kind.
            let found = spoke.chain(named).find_map(|sp| {
                if speakers::names_organisation_of_kind(&sp.name, head)
                    && !sp.name.contains(" and ")
                {
                    return Some(sp);
                }
                sp.name
                    .split(" and ")
                    .find(|part| speakers::names_organisation_of_kind(part, head))
                    .map(|part| speakers::resolve(part, &self.entities, None))
            });
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// Whether a resolved speaker is a place: a name the document uses as a place, with no
    /// role, that the source phrase gives after a locative preposition ("news in Ardmore").
    /// A place named as the subject ("Ardmore said") may stand for its government.
    fn is_place(&self, a: &Attribution, speaker: &Speaker) -> bool {
        let Some(source) = &a.source else {
            return false;
        };
        let Some(sentence) = self.doc.sentences.get(source.start.sentence as usize) else {
            return false;
        };
        let before: String = sentence
            .text
            .chars()
            .take(source.start.offset as usize)
            .collect();
        let preposition = before.split_whitespace().next_back().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "in" | "at" | "near" | "across" | "outside" | "inside" | "around" | "throughout"
            )
        });
        speaker.role.is_none()
            && preposition
            && self
                .places
                .iter()
                .any(|p| speaker.name.starts_with(p.as_str()))
    }
}

/// What a personal pronoun at `here` refers to: a person named before it in its own sentence,
/// else the previous person speaking if they spoke in this or an earlier sentence no further back
/// than any other person's mention; for a sentence between, the person it opens with ("Lee said
/// Kim …" → Lee; "The foreign minister …" → the person the document gives that role), else the
/// last person it names.
fn antecedent(
    doc: &Document,
    entities: &[speakers::Entity],
    here: Point,
    previous: Option<&(u32, Speaker)>,
    wanted: Option<speakers::Gender>,
) -> Option<Speaker> {
    let earliest = previous.map_or(0, |p| p.0);
    for s in (earliest..=here.sentence).rev() {
        let Some(sentence) = doc.sentences.get(s as usize) else {
            continue;
        };
        if s < here.sentence && previous.is_some_and(|p| p.0 == s) {
            // "…, Lee said. He said …": the speaker carries on.
            break;
        }
        let text: String = if s == here.sentence {
            sentence.text.chars().take(here.offset as usize).collect()
        } else {
            sentence.text.clone()
        };
        let opening_subject = (s < here.sentence)
            .then(|| {
                speakers::subject_by_role(&text, entities, wanted)
                    .or_else(|| speakers::opening_person_in(&text, entities, wanted))
            })
            .flatten();
        if let Some(found) =
            opening_subject.or_else(|| speakers::last_name_in(&text, entities, true, wanted))
        {
            return Some(found);
        }
    }
    previous.map(|p| p.1.clone())
}

fn claim(
    doc: &Document,
    at: u32,
    a: &Attribution,
    speaker: &Speaker,
    source_text: Option<String>,
    content: String,
    so_far: &[Claim],
) -> Claim {
    let n = so_far.iter().filter(|c| c.at.sentence == at).count();
    Claim {
        id: format!("{}:{}:{}", doc.id, at, n),
        at: SentenceRef {
            doc: doc.id.clone(),
            sentence: at,
        },
        speaker: speaker.name.clone(),
        kind: if a.direct {
            ClaimKind::Direct
        } else {
            ClaimKind::Indirect
        },
        cue: Some(text_between(doc, &a.cue)),
        source_text,
        role: speaker.role.clone(),
        affiliation: speaker.affiliation.clone(),
        polarity: polarity(a.act),
        negated: negates_main_clause(&content),
        quantities: quantities::find(&content),
        dates: DATE
            .find_iter(&content)
            .map(|m| m.as_str().to_owned())
            .collect(),
        actors: speakers::names_in(&content),
        text: content,
        resolved_dates: Vec::new(),
    }
}

fn polarity(act: Act) -> Polarity {
    match act {
        Act::Asserts => Polarity::Asserts,
        Act::Denies => Polarity::Denies,
        Act::Accuses => Polarity::Accuses,
        Act::CallsFor => Polarity::CallsFor,
    }
}

/// The calendar dates of one document, resolved by the time engine, each with where it starts.
pub struct DocDates {
    found: Vec<(Point, ClaimDate)>,
    sentences: Vec<String>,
}

impl DocDates {
    /// The dates of `doc`'s text resolved against its publication date; none when it has none.
    pub fn of(doc: &Document) -> Self {
        let Some(dct) = doc
            .date
            .as_ref()
            .and_then(|d| NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").ok())
        else {
            return DocDates {
                found: Vec::new(),
                sentences: Vec::new(),
            };
        };
        // The same text the timeline reads: one sentence a line.
        let text = pubdate::document_text(doc);
        let mut starts = Vec::with_capacity(doc.sentences.len());
        let mut at = 0;
        for s in &doc.sentences {
            starts.push(at);
            at += s.text.len() + 1;
        }
        let found = time::extract(&text, dct)
            .into_iter()
            .filter_map(|t| {
                let granularity = calendar_granularity(&t)?;
                let index = starts.partition_point(|&s| s <= t.start).checked_sub(1)?;
                let sentence = &doc.sentences.get(index)?.text;
                let offset = sentence.get(..t.start - starts[index])?.chars().count();
                let point = Point {
                    sentence: index as u32,
                    offset: offset as u32,
                };
                let date = ClaimDate {
                    since: t.range == Some("ON_OR_AFTER"),
                    text: t.text,
                    value: t.value,
                    granularity,
                    said: false,
                };
                Some((point, date))
            })
            .collect();
        let sentences = doc.sentences.iter().map(|s| s.text.clone()).collect();
        DocDates { found, sentences }
    }

    /// Dates starting inside the content of `a`, failing that the date joined to its cue ("said
    /// on Tuesday", marked `said`).
    pub fn of_attribution(&self, a: &Attribution) -> Vec<ClaimDate> {
        let inside: Vec<ClaimDate> = self
            .found
            .iter()
            .filter(|(p, _)| a.content.iter().any(|c| c.start <= *p && *p < c.end))
            .map(|(_, d)| d.clone())
            .collect();
        if !inside.is_empty() {
            return inside;
        }
        self.found
            .iter()
            .filter(|(p, d)| self.told_at(a, p, d))
            .map(|(_, d)| ClaimDate {
                said: true,
                ..d.clone()
            })
            .collect()
    }

    /// Whether the date at `at` says when the act of `a`'s cue happened: in the cue's sentence
    /// and joined to the cue (see [`joined_to_cue`]).
    fn told_at(&self, a: &Attribution, at: &Point, date: &ClaimDate) -> bool {
        let cue = &a.cue;
        let (Some(sentence), true) = (
            self.sentences.get(cue.start.sentence as usize),
            at.sentence == cue.start.sentence && cue.end.sentence == cue.start.sentence,
        ) else {
            return false;
        };
        let start = at.offset as usize;
        let speaker_before_date = a
            .relative
            .as_ref()
            .or(a.source.as_ref())
            .is_some_and(|s| s.end.sentence == at.sentence && s.end.offset <= at.offset);
        joined_to_cue(
            sentence,
            cue.start.offset as usize..cue.end.offset as usize,
            start..start + date.text.chars().count(),
            speaker_before_date,
        )
    }

    /// Dates starting in sentence `index`.
    pub fn in_sentence(&self, index: u32) -> Vec<ClaimDate> {
        self.found
            .iter()
            .filter(|(p, _)| p.sentence == index)
            .map(|(_, d)| d.clone())
            .collect()
    }
}

/// Whether a date (char range) tells when the cue (char range) happened: "said Tuesday", "said
/// earlier on Friday", "told a conference in Washington on Thursday", "on Monday said". Up to
/// six words may stand between cue and a date after it, up to three between a date and the cue
/// after it, and no punctuation: a date past a comma or in a quotation ("Lee said, recalling
/// a Wednesday speech") dates something else. When the speaker is named before the date, the date
/// may date an earlier act of the same speaker joined to the cue ("X met Friday with Y, a rival,
/// and told reporters"): then a dozen words and commas may stand between, but no quotation,
/// colon or semicolon. So may they after a date that opens the sentence ("On Monday, the mayor
/// said …").
fn joined_to_cue(
    sentence: &str,
    cue: Range<usize>,
    date: Range<usize>,
    speaker_before_date: bool,
) -> bool {
    let (gap, most_words, commas) = if date.start >= cue.end {
        (cue.end..date.start, 6, false)
    } else if date.end <= cue.start && (speaker_before_date || opens(sentence, &date)) {
        (date.end..cue.start, 12, true)
    } else if date.end <= cue.start {
        (date.end..cue.start, 3, false)
    } else {
        return false;
    };
    let gap: String = sentence
        .chars()
        .skip(gap.start)
        .take(gap.end - gap.start)
        .collect();
    let stops = |c: char| ";:()\"“”‘—–".contains(c) || (c == ',' && !commas);
    !gap.contains(stops) && gap.split_whitespace().count() <= most_words
}

/// Whether the date opens the sentence as a fronted phrase set off by a comma, after at most
/// two words ("On Monday, …", "Late on Friday, …"); "The Thursday talks …" is no such phrase.
fn opens(sentence: &str, date: &Range<usize>) -> bool {
    let before: String = sentence.chars().take(date.start).collect();
    before.split_whitespace().count() <= 2
        && before.chars().all(|c| c.is_alphabetic() || c == ' ')
        && sentence.chars().nth(date.end) == Some(',')
}

/// The precision of a calendar date (day to year); None for durations, sets, vague references
/// and decades, which name no comparable date.
fn calendar_granularity(t: &time::Timex) -> Option<Granularity> {
    if !matches!(t.kind, TimexType::Date | TimexType::Time) {
        return None;
    }
    t.granularity.filter(|g| *g != Granularity::Decade)
}

/// Sentences outside attributions that state a count with a unit or when something began:
/// claims by the outlet.
fn outlet_claims(doc: &Document, covered: &BTreeSet<u32>, dates: &DocDates) -> Vec<Claim> {
    let headings: BTreeSet<u32> = doc
        .paragraphs
        .iter()
        .filter(|p| p.kind != ParagraphKind::Text)
        .flat_map(|p| p.first..p.first + p.count)
        .collect();
    doc.sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| !covered.contains(&(*i as u32)) && !headings.contains(&(*i as u32)))
        .filter_map(|(i, s)| {
            let quantities: Vec<_> = quantities::find(&s.text)
                .into_iter()
                .filter(|q| !q.unit.is_empty())
                .collect();
            let claim = Claim {
                id: format!("{}:{}:outlet", doc.id, i),
                at: SentenceRef {
                    doc: doc.id.clone(),
                    sentence: i as u32,
                },
                speaker: format!("the article ({})", doc.id),
                text: s.text.clone(),
                kind: ClaimKind::Indirect,
                cue: None,
                source_text: None,
                role: None,
                affiliation: None,
                polarity: Polarity::Asserts,
                negated: negates_main_clause(&s.text),
                quantities,
                dates: DATE
                    .find_iter(&s.text)
                    .map(|m| m.as_str().to_owned())
                    .collect(),
                actors: speakers::names_in(&s.text),
                resolved_dates: dates.in_sentence(i as u32),
            };
            (!claim.quantities.is_empty() || !matters::began(&claim).is_empty()).then_some(claim)
        })
        .collect()
}

#[cfg(test)]
mod said_date_tests {
    use super::joined_to_cue;

    /// The char ranges of `cue` and `date` in `sentence` (first occurrences).
    fn check(sentence: &str, cue: &str, date: &str) -> bool {
        check_with(sentence, cue, date, false)
    }

    fn check_with(sentence: &str, cue: &str, date: &str, speaker_before_date: bool) -> bool {
        let at = |w: &str| {
            let byte = sentence.find(w).expect("word in sentence");
            let start = sentence[..byte].chars().count();
            start..start + w.chars().count()
        };
        joined_to_cue(sentence, at(cue), at(date), speaker_before_date)
    }

    #[test]
    fn the_date_beside_the_cue_dates_the_saying() {
        assert!(check(
            "The mayor said Tuesday that the bridge would reopen.",
            "said",
            "Tuesday"
        ));
        assert!(check(
            "The mayor said on Tuesday: the bridge will reopen.",
            "said",
            "Tuesday"
        ));
        assert!(check(
            "She told a meeting in Leeds on Monday that it was over.",
            "told",
            "Monday"
        ));
        assert!(check(
            "The ministry on Friday denied the report.",
            "denied",
            "Friday"
        ));
    }

    #[test]
    fn an_earlier_act_of_the_named_speaker_dates_the_saying() {
        let sentence =
            "Ms. Lee met Friday with her rival, Tom Hart, and told reporters it went well.";
        assert!(check_with(sentence, "told", "Friday", true));
        // Without the speaker before the date, the commas part them.
        assert!(!check_with(sentence, "told", "Friday", false));
        assert!(!check_with(
            "The strike on Monday hit a convoy; the ministry denied it.",
            "denied",
            "Monday",
            true
        ));
    }

    #[test]
    fn a_date_elsewhere_in_the_sentence_does_not() {
        assert!(!check(
            "“It will reopen,” the mayor said, recalling a Wednesday speech.",
            "said",
            "Wednesday"
        ));
        assert!(!check(
            "The strike on Monday, which the army denies, killed four.",
            "denies",
            "Monday"
        ));
        assert!(!check(
            "The Thursday talks broke up after the union refused the board's demands.",
            "demands",
            "Thursday"
        ));
    }
}

#[cfg(test)]
mod negation_tests {
    use super::negates_main_clause;

    #[test]
    fn only_a_negated_main_clause_negates_the_claim() {
        assert!(negates_main_clause("the talks did not resume on Monday"));
        assert!(negates_main_clause("the army has never used such weapons"));
        assert!(negates_main_clause("they won't sign the deal"));
        assert!(!negates_main_clause(
            "the rival party is to blame for the delay because it did not submit its list"
        ));
        assert!(!negates_main_clause(
            "the mayor, who had not been consulted, approved the plan"
        ));
        assert!(!negates_main_clause(
            "the plan will go ahead even if it is not funded"
        ));
        assert!(!negates_main_clause("the bridge reopened on Friday"));
        // A clause after "but" is another clause.
        assert!(!negates_main_clause(
            "the clerk had been refused a permit but it was not clear why"
        ));
        assert!(negates_main_clause(
            "the talks did not resume but went on by phone"
        ));
    }
}

#[cfg(test)]
mod place_source_tests {
    use super::*;
    use crate::attribution::Span;

    /// The span of `needle` in the first sentence of `doc` that contains `within`.
    fn span(doc: &Document, within: &str, needle: &str) -> Span {
        let (i, s) = doc
            .sentences
            .iter()
            .enumerate()
            .find(|(_, s)| s.text.contains(within))
            .expect("sentence");
        let byte = s.text.find(needle).expect("needle in sentence");
        let start = s.text[..byte].chars().count() as u32;
        let end = start + needle.chars().count() as u32;
        let at = |offset| Point {
            sentence: i as u32,
            offset,
        };
        Span {
            start: at(start),
            end: at(end),
        }
    }

    fn said(doc: &Document, within: &str, source: &str, cue: &str) -> Attribution {
        Attribution {
            source: Some(span(doc, within, source)),
            relative: None,
            cue: span(doc, within, cue),
            content: Vec::new(),
            act: Act::Asserts,
            direct: false,
            statement: true,
        }
    }

    #[test]
    fn a_place_after_a_locative_preposition_speaks_for_no_one_but_a_place_subject_may() {
        let doc = crate::document::build(&crate::ingest::RawText {
            id: "t".into(),
            text: "Dam holds\n\nLocal news in Ardmore reported that two men died.\n\n\
                   Ardmore said the dam held.\n"
                .into(),
        });
        let mut resolver = Resolver::new(&doc);
        let (_, news) = resolver.speaker(&said(&doc, "Local news", "Ardmore", "reported"));
        assert!(news.name.starts_with("unresolved"), "{news:?}");
        assert!(!news.named);
        let (_, town) = resolver.speaker(&said(&doc, "dam held", "Ardmore", "said"));
        assert_eq!(town.name, "Ardmore");
    }
}
