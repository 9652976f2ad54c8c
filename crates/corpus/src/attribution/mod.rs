//! Attribution: who said what in each document, and the claims built from it.
//!
//! Submodules, in the order they run: [`text`] joins a document's sentences; `words` tokenizes;
//! `quotes` finds quotation spans; `cues` knows speech and stance verbs; `sources` reads the
//! speaker phrase; `reported` ties cue, source and content together. Claims, speakers and
//! cross-document groups are built on top in later submodules. Works on model documents only:
//! no I/O, no knowledge of any particular story.

mod claims;
mod coref;
mod cues;
mod grouping;
mod matters;
mod quantities;
mod quotes;
mod reported;
pub mod score;
mod sources;
mod speakers;
pub mod tagger;
pub mod text;
mod words;

pub use cues::Act;
pub use text::{Point, original_offset};

use dossier_model::{Claim, ClaimGroup, Document};

/// A range of a document between two sentence-relative points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Where it starts.
    pub start: Point,
    /// Where it ends (exclusive).
    pub end: Point,
}

/// One attribution: who (as written), the cue, and the content (several parts for a split
/// quote), with sentence-relative offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The source phrase, if the text gives one near the cue; for a relative pronoun ("the
    /// ministry, which denies …") the phrase it stands for.
    pub source: Option<Span>,
    /// The relative pronoun standing for the source in the cue's clause ("which"), when
    /// `source` is its antecedent; PolNeAR marks the pronoun itself as the source.
    pub relative: Option<Span>,
    /// The cue word or phrase.
    pub cue: Span,
    /// What was said, in one or more parts.
    pub content: Vec<Span>,
    /// The act the cue reports.
    pub act: Act,
    /// Whether the content is a quotation (the speaker's own words).
    pub direct: bool,
    /// Whether it states something (speech cue, quotation or "that" clause) rather than taking a
    /// stance towards a thing ("endorsed Clinton"); only statements become claims.
    pub statement: bool,
}

/// Which extractors run.
#[derive(Debug, Clone, Copy)]
pub enum Extractors<'a> {
    /// The rules alone.
    Rules,
    /// The rules, plus what this tagger finds that they do not.
    RulesAndTagger(&'a tagger::Model),
}

impl Extractors<'static> {
    /// The rules and the shipped tagger, or the rules alone if no weights shipped.
    pub fn shipped() -> Self {
        tagger::SHIPPED
            .as_ref()
            .map_or(Extractors::Rules, Extractors::RulesAndTagger)
    }
}

/// Every attribution in `doc`, in text order: the rules' and the shipped tagger's additions.
pub fn attributions(doc: &Document) -> Vec<Attribution> {
    attributions_by(doc, Extractors::shipped())
}

/// Every attribution in `doc` that `extractors` find, in text order.
pub fn attributions_by(doc: &Document, extractors: Extractors) -> Vec<Attribution> {
    let joined = text::DocText::new(doc);
    let span = |r: &std::ops::Range<usize>| Span {
        start: joined.point(r.start, false),
        end: joined.point(r.end, true),
    };
    let mut found = reported::find(&joined);
    if let Extractors::RulesAndTagger(model) = extractors {
        let more = tagger::additions(model, &joined, &found);
        found.extend(more);
        found.sort_by_key(|f| f.cue.start);
    }
    found
        .iter()
        .map(|f| Attribution {
            source: f.antecedent.as_ref().or(f.source.as_ref()).map(span),
            relative: f.antecedent.as_ref().and(f.source.as_ref()).map(span),
            cue: span(&f.cue),
            content: f.content.iter().map(span).collect(),
            act: f.act,
            direct: f.direct,
            statement: f.statement,
        })
        .collect()
}

/// A character range of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileSpan {
    /// First character (Unicode scalar offset into the file text).
    pub start: u32,
    /// Just past the last character.
    pub end: u32,
}

/// An attribution with offsets into the file it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileAttribution {
    /// The source phrase, if any.
    pub source: Option<FileSpan>,
    /// The cue.
    pub cue: FileSpan,
    /// The content parts.
    pub content: Vec<FileSpan>,
    /// The act the cue reports.
    pub act: Act,
    /// Who speaks, resolved where the document allows ("she" → "Jane Doe").
    pub speaker: Option<String>,
}

/// Runs the clean/segment pipeline on one file's text and returns its attributions with
/// character offsets into `text`.
pub fn in_file(id: &str, text: &str) -> Vec<FileAttribution> {
    in_file_by(id, text, Extractors::shipped())
}

/// [`in_file`] with a choice of extractors (the evaluation compares them).
pub fn in_file_by(id: &str, text: &str, extractors: Extractors) -> Vec<FileAttribution> {
    let doc = crate::document::build(&crate::ingest::RawText {
        id: id.into(),
        text: text.into(),
    });
    let chars: Vec<char> = text.chars().collect();
    let at = |p: Point| {
        doc.sentences
            .get(p.sentence as usize)
            .map_or(0, |s| original_offset(&chars, s, p.offset))
    };
    let file_span = |s: &Span| FileSpan {
        start: at(s.start),
        end: at(s.end),
    };
    let mut resolver = claims::Resolver::new(&doc);
    attributions_by(&doc, extractors)
        .iter()
        .map(|a| FileAttribution {
            source: a.relative.as_ref().or(a.source.as_ref()).map(file_span),
            cue: file_span(&a.cue),
            content: join_within_paragraph(
                &chars,
                a.content
                    .iter()
                    .flat_map(|c| by_sentence(&doc, c))
                    .map(|c| file_span(&c)),
            ),
            act: a.act,
            speaker: Some(resolver.speaker(a).1.name),
        })
        .collect()
}

/// Joins consecutive parts separated only by spaces on one line: a content running over several
/// sentences of a paragraph is one span, and a new part starts only where the text breaks a
/// line or something else (the cue, the source) comes between (as PolNeAR marks content).
fn join_within_paragraph(chars: &[char], parts: impl Iterator<Item = FileSpan>) -> Vec<FileSpan> {
    let mut out: Vec<FileSpan> = Vec::new();
    for part in parts {
        let joins = out.last().is_some_and(|last| {
            chars
                .get(last.end as usize..part.start as usize)
                .is_some_and(|gap| gap.iter().all(|c| c.is_whitespace() && *c != '\n'))
        });
        match out.last_mut() {
            Some(last) if joins => last.end = part.end,
            _ => out.push(part),
        }
    }
    out
}

/// Splits a span at the document's sentence boundaries.
fn by_sentence(doc: &Document, span: &Span) -> Vec<Span> {
    (span.start.sentence..=span.end.sentence)
        .map(|s| {
            let len = doc
                .sentences
                .get(s as usize)
                .map_or(0, |x| x.text.chars().count() as u32);
            let start = if s == span.start.sentence {
                span.start.offset
            } else {
                0
            };
            let end = if s == span.end.sentence {
                span.end.offset
            } else {
                len
            };
            Span {
                start: Point {
                    sentence: s,
                    offset: start,
                },
                end: Point {
                    sentence: s,
                    offset: end,
                },
            }
        })
        .filter(|p| p.end.offset > p.start.offset)
        .collect()
}

/// The text of a span of `doc` (sentence texts joined by spaces).
pub fn text_between(doc: &Document, span: &Span) -> String {
    let mut out = String::new();
    for i in span.start.sentence..=span.end.sentence {
        let Some(s) = doc.sentences.get(i as usize) else {
            break;
        };
        let from = if i == span.start.sentence {
            span.start.offset as usize
        } else {
            0
        };
        let to = if i == span.end.sentence {
            span.end.offset as usize
        } else {
            usize::MAX
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(s.text.chars().skip(from).take(to.saturating_sub(from)));
    }
    out
}

/// Every claim of every document: attributed statements with resolved speakers (one name per
/// person across documents), and the outlets' own statements of counts.
pub fn claims(documents: &[Document]) -> Vec<Claim> {
    let mut all: Vec<Claim> = documents.iter().flat_map(claims::of_document).collect();
    let canonical = coref::canonical_names(all.iter().map(|c| c.speaker.as_str()));
    for c in &mut all {
        if let Some(name) = canonical.get(&c.speaker) {
            c.speaker = name.clone();
        }
    }
    all
}

/// Claims about the same matter across documents, with verdicts and differences; `documents`
/// give publication dates and sentences.
pub fn claim_groups(documents: &[Document], claims: &[Claim]) -> Vec<ClaimGroup> {
    grouping::group_in(&grouping::Context::of(documents), claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (source, content parts) of every attribution the rules find in `text`.
    fn found(text: &str) -> Vec<(Option<String>, Vec<String>)> {
        let doc = crate::document::build(&crate::ingest::RawText {
            id: "t".into(),
            text: text.into(),
        });
        attributions_by(&doc, Extractors::Rules)
            .iter()
            .map(|a| {
                (
                    a.source.as_ref().map(|s| text_between(&doc, s)),
                    a.content.iter().map(|c| text_between(&doc, c)).collect(),
                )
            })
            .collect()
    }

    /// Expected (source, content parts) as owned strings, for comparing with what was found.
    pub(super) fn owned(expect: &[(Option<&str>, &[&str])]) -> Vec<(Option<String>, Vec<String>)> {
        expect
            .iter()
            .map(|(s, c)| {
                (
                    s.map(str::to_owned),
                    c.iter().map(|x| x.to_string()).collect(),
                )
            })
            .collect()
    }

    fn check(text: &str, expect: &[(Option<&str>, &[&str])]) {
        assert_eq!(
            found(&format!("Headline of the story\n\n{text}")),
            owned(expect),
            "{text}"
        );
    }

    #[test]
    fn a_relative_pronoun_source_is_its_antecedent() {
        check(
            "The attack on the convoy was blamed on the ministry, which denies involvement.",
            &[(Some("the ministry"), &["involvement"])],
        );
        check(
            "The plan was welcomed by the mayor, who said the town was ready.",
            &[(Some("the mayor"), &["the town was ready"])],
        );
    }

    #[test]
    fn a_quote_resumes_after_an_inverted_source_with_commas() {
        check(
            "“It is costly,” said Will Ray, a professor, in an interview. “Staff is the biggest cost.”",
            &[(
                Some("Will Ray, a professor,"),
                &["“It is costly,”", "“Staff is the biggest cost.”"],
            )],
        );
    }

    #[test]
    fn a_stance_object_ends_at_its_comma() {
        check(
            "Several unions endorsed Anna Berg, a former teacher from Leeds.",
            &[(Some("Several unions"), &["Anna Berg"])],
        );
    }

    #[test]
    fn a_question_put_when_asked() {
        check(
            "“We will see,” the mayor said when asked by reporters about the budget.",
            &[
                (Some("the mayor"), &["“We will see,”"]),
                (Some("reporters"), &["about the budget"]),
            ],
        );
    }

    #[test]
    fn raising_verbs_report_an_unsourced_view() {
        check(
            "The senator is expected to win the primary easily.",
            &[(None, &["The senator", "to win the primary easily"])],
        );
        check(
            "The truce seemed to hold.",
            &[(None, &["The truce", "to hold"])],
        );
        check("The senator appeared on television.", &[]);
    }

    #[test]
    fn a_denial_of_involvement_is_a_whole_proposition() {
        check(
            "The mayor was questioned, but Anna Berg denied involvement.",
            &[(Some("Anna Berg"), &["involvement"])],
        );
        // Other one-word objects stay no statement.
        check("Anna Berg denied everything.", &[]);
    }

    #[test]
    fn a_coordinated_cue_after_a_semicolon_takes_the_subject_of_its_own_clause() {
        check(
            "Ruritania accuses Borduria of shelling the market; Borduria has kept quiet for days, but has denied its forces fired the shells.",
            &[
                (Some("Ruritania"), &["Borduria of shelling the market"]),
                (Some("Borduria"), &["its forces fired the shells"]),
            ],
        );
    }

    #[test]
    fn direct_quotes_with_an_age_in_the_apposition() {
        check(
            "“He stands for us,” Marley Anderson, 21, a student from Reno, said.",
            &[(
                Some("Marley Anderson, 21, a student from Reno,"),
                &["“He stands for us,”"],
            )],
        );
    }

    #[test]
    fn direct_quotes() {
        check(
            "“The talks failed,” the minister said.",
            &[(Some("the minister"), &["“The talks failed,”"])],
        );
        check(
            "“We are ready,” said Anna Berg, a union leader.",
            &[(Some("Anna Berg, a union leader"), &["“We are ready,”"])],
        );
        check(
            "He said: “We will not stop.”",
            &[(Some("He"), &["“We will not stop.”"])],
        );
        check(
            "“It is over,” he said. “We won the vote.”",
            &[(Some("he"), &["“It is over,”", "“We won the vote.”"])],
        );
        check(
            "''The deal is dead,'' Mr. Lind said.",
            &[(Some("Mr. Lind"), &["''The deal is dead,''"])],
        );
    }

    #[test]
    fn reported_content_ends_before_a_second_predicate() {
        check(
            "The mayor said the bridge would reopen and thanked the crews.",
            &[
                (Some("The mayor"), &["the bridge would reopen"]),
                (Some("The mayor"), &["the crews"]),
            ],
        );
    }

    #[test]
    fn reported_speech() {
        check(
            "The spokesman said that the convoy was hit by aircraft.",
            &[(
                Some("The spokesman"),
                &["that the convoy was hit by aircraft"],
            )],
        );
        check(
            "Officials warned on Tuesday the bridge could close.",
            &[(Some("Officials"), &["the bridge could close"])],
        );
        check(
            "The bridge will close next week, the mayor said.",
            &[(Some("the mayor"), &["The bridge will close next week"])],
        );
        check(
            "At least 30 people died, according to the health ministry.",
            &[(Some("the health ministry"), &["At least 30 people died"])],
        );
        check(
            "According to the agency, prices rose sharply in May.",
            &[(Some("the agency"), &["prices rose sharply in May"])],
        );
        check(
            "The minister denied that troops had crossed the border.",
            &[(
                Some("The minister"),
                &["that troops had crossed the border"],
            )],
        );
    }

    #[test]
    fn partial_quotes_take_the_whole_clause() {
        check(
            "Kim called the strike a “demonstration of force” against the town.",
            &[(
                Some("Kim"),
                &["the strike a “demonstration of force” against the town"],
            )],
        );
        check(
            "The plan “will not work,” the senator said.",
            &[(Some("the senator"), &["The plan “will not work,”"])],
        );
    }

    #[test]
    fn block_quote_after_a_lead_in() {
        check(
            "Union leader Anna Berg told reporters on Friday:\n\nWe are going back to work tomorrow.",
            &[(
                Some("Union leader Anna Berg"),
                &["We are going back to work tomorrow."],
            )],
        );
    }

    #[test]
    fn lead_in_with_a_topic_before_the_colon() {
        check(
            "The committee said about its new plan:\n\n“The plan goes further than any before it.”",
            &[(
                Some("The committee"),
                &["“The plan goes further than any before it.”"],
            )],
        );
    }

    #[test]
    fn a_fronted_conditional_does_not_hide_the_speech_cue() {
        check(
            "If states fail, the department can step in, Wilcox said.",
            &[(
                Some("Wilcox"),
                &["If states fail, the department can step in"],
            )],
        );
    }

    #[test]
    fn a_cue_preposition_is_not_content() {
        check(
            "The senator complained about the new tariffs.",
            &[(Some("The senator"), &["the new tariffs"])],
        );
    }

    #[test]
    fn added_speech_and_belief_verbs() {
        check(
            "The governor conceded that the plan had failed.",
            &[(Some("The governor"), &["that the plan had failed"])],
        );
        check(
            "Analysts suspect that rates will rise.",
            &[(Some("Analysts"), &["that rates will rise"])],
        );
    }

    #[test]
    fn inverted_source_after_straight_and_doubled_quotes() {
        check(
            "\"It is too early to tell,\" said Ann Lee, a pollster.",
            &[(
                Some("Ann Lee, a pollster"),
                &["\"It is too early to tell,\""],
            )],
        );
        check(
            "''We will see,'' said Mr. Lind.",
            &[(Some("Mr. Lind"), &["''We will see,''"])],
        );
    }

    #[test]
    fn partitive_subjects() {
        check(
            "About 60 percent of voters said they wanted change.",
            &[(Some("About 60 percent of voters"), &["they wanted change"])],
        );
    }

    #[test]
    fn participle_and_coordinated_cues_share_the_subject() {
        check(
            "“We will win,” he said, adding that the polls were wrong.",
            &[
                (Some("he"), &["“We will win,”"]),
                (Some("he"), &["that the polls were wrong"]),
            ],
        );
        check(
            "The former governor vetoed the bill, saying it cost too much.",
            &[(Some("The former governor"), &["it cost too much"])],
        );
        check(
            "The mayor smiled and then said the vote was close.",
            &[(Some("The mayor"), &["the vote was close"])],
        );
    }

    #[test]
    fn a_long_fronted_phrase_is_not_the_subject() {
        check(
            "In an interview with the Daily Herald on a busy Monday, Ann Lee smiled and said the plan would work.",
            &[(Some("Ann Lee"), &["the plan would work"])],
        );
    }

    #[test]
    fn an_article_alone_is_never_a_source() {
        let sources: Vec<Option<String>> =
            found("Headline\n\nShe vowed to fix the roads and she, once again, pledged a “fresh start” for the town.")
                .into_iter()
                .map(|(s, _)| s)
                .collect();
        assert!(!sources.contains(&Some("a".to_owned())), "{sources:?}");
    }

    #[test]
    fn a_name_closing_the_sentence_after_the_cue_is_the_source() {
        check(
            "In a village in the hills, one man was killed when a mudslide hit a farm, said disaster agency official Budi.",
            &[(
                Some("disaster agency official Budi"),
                &["In a village in the hills, one man was killed when a mudslide hit a farm"],
            )],
        );
        check(
            "Forty houses were damaged in Lamport, the county seat, said Ann Lee of the Relief Agency.",
            &[(
                Some("Ann Lee of the Relief Agency"),
                &["Forty houses were damaged in Lamport, the county seat"],
            )],
        );
    }

    #[test]
    fn labelled_statements_and_prepositional_cues() {
        check(
            "Senator Lind: the talks will resume next week.",
            &[(Some("Senator Lind"), &["the talks will resume next week"])],
        );
        check(
            "The mayor pointed out that the bridge was closed.",
            &[(Some("The mayor"), &["that the bridge was closed"])],
        );
        check(
            "Critics talked about the delays.",
            &[(Some("Critics"), &["the delays"])],
        );
        check("Update: this story has been corrected.", &[]);
        check("Her new focus on schools won praise.", &[]);
    }

    #[test]
    fn continued_reports_speech_only_without_an_object() {
        check(
            "“We will rebuild,” he continued.",
            &[(Some("he"), &["“We will rebuild,”"])],
        );
        check("The rain continued through the night.", &[]);
    }

    #[test]
    fn report_nouns_after_a_possessive() {
        check(
            "The vote followed Senator Lee’s criticism of the budget.",
            &[(Some("Senator Lee’s"), &["the budget"])],
        );
        check(
            "Voters noticed their opposition to the plan, which grew.",
            &[(Some("their"), &["the plan"])],
        );
        check("The support for the plan grew.", &[]);
    }

    #[test]
    fn poll_subjects_for_noun_like_cues() {
        check(
            "A new poll shows the senator leading the race.",
            &[(Some("A new poll"), &["the senator leading the race"])],
        );
        check(
            "Six in 10 say the economy is weak.",
            &[(Some("Six in 10"), &["the economy is weak"])],
        );
        check("The insane political attacks continued for weeks.", &[]);
        check(
            "Moscow rejected the US-led call for a truce.",
            &[(Some("Moscow"), &["the US-led call for a truce"])],
        );
    }

    #[test]
    fn not_attributions() {
        check("The report was published on Monday.", &[]);
        check("She was told to leave.", &[]);
        check("The United States sent aid.", &[]);
        check("The champion had beaten the challenger back in 2008.", &[]);
        check(
            "Two unions back the strike.",
            &[(Some("Two unions"), &["the strike"])],
        );
    }

    #[test]
    fn claims_resolve_speakers_and_merge_variants() {
        let a = crate::document::build(&crate::ingest::RawText {
            id: "a".into(),
            text: "Talks resume\n\nForeign Ministry spokeswoman Maria Zakharova spoke first. “The talks failed,” she said. Sergey V. Lavrov said the ceasefire had collapsed.".into(),
        });
        let b = crate::document::build(&crate::ingest::RawText {
            id: "b".into(),
            text: "Talks resume\n\nSergei Lavrov arrived late. “We tried,” Mr. Lavrov said. Sergei Lavrov said at least 30 people were killed.".into(),
        });
        let all = claims(&[a, b]);
        let by_id = |id: &str| {
            all.iter()
                .find(|c| c.id == id)
                .unwrap_or_else(|| panic!("no claim {id}: {all:?}"))
        };
        let zakharova = by_id("a:1:0");
        assert_eq!(zakharova.speaker, "Maria Zakharova");
        assert_eq!(zakharova.role.as_deref(), Some("spokeswoman"));
        assert_eq!(zakharova.affiliation.as_deref(), Some("Foreign Ministry"));
        assert_eq!(by_id("a:2:0").speaker, "Sergei Lavrov");
        assert_eq!(by_id("b:1:0").speaker, "Sergei Lavrov");
        let toll = by_id("b:2:0");
        assert_eq!(toll.quantities.len(), 1);
        assert_eq!(toll.quantities[0].low, "30");
        assert_eq!(
            toll.quantities[0].qualifier,
            dossier_model::Qualifier::AtLeast
        );
    }

    #[test]
    fn a_pronoun_after_a_sentence_opening_with_a_known_role_is_that_person() {
        let a = crate::document::build(&crate::ingest::RawText {
            id: "a".into(),
            text: "Port talks\n\nDefence Minister Ana Kovac warned of delays. The Defence Minister phoned Customs Chief Ivo Maric on Monday. She said the cranes were idle.".into(),
        });
        let all = claims(&[a]);
        let idle = all
            .iter()
            .find(|c| c.text.contains("cranes"))
            .unwrap_or_else(|| panic!("no claim on the cranes: {all:?}"));
        assert_eq!(idle.speaker, "Ana Kovac");
    }

    #[test]
    fn claims_carry_dates_resolved_against_the_publication_date() {
        let dated = |id: &str, day: &str, text: &str| {
            let mut doc = crate::document::build(&crate::ingest::RawText {
                id: id.into(),
                text: text.into(),
            });
            doc.date = Some(dossier_model::PublicationDate {
                value: day.into(),
                basis: dossier_model::DateBasis::Dateline,
                confidence: 90,
                evidence: String::new(),
            });
            doc
        };
        // 10 May 2016 is a Tuesday: "Monday" is 9 May, and so is "yesterday" on the 10th; on
        // the 12th "yesterday" is the 11th.
        let a = dated(
            "a",
            "2016-05-10",
            "Clashes\n\nThe governor said 40 people were killed on Monday. On Monday, the mayor said the roads were closed.",
        );
        let b = dated(
            "b",
            "2016-05-12",
            "Clashes\n\nThe mayor said 25 people were killed yesterday.",
        );
        let c = dated(
            "c",
            "2016-05-10",
            "Clashes\n\nThe police said 35 people were killed yesterday.",
        );
        let docs = [a, b, c];
        let all = claims(&docs);
        let dates_of = |doc: &str| -> Vec<String> {
            all.iter()
                .filter(|c| c.at.doc == doc)
                .flat_map(|c| c.resolved_dates.iter().map(|d| d.value.clone()))
                .collect()
        };
        assert_eq!(dates_of("a"), vec!["2016-05-09", "2016-05-09"], "{all:?}");
        // The mayor's date is outside what was said, in the cue's sentence: when it was said.
        let said: Vec<bool> = all
            .iter()
            .filter(|c| c.at.doc == "a")
            .flat_map(|c| c.resolved_dates.iter().map(|d| d.said))
            .collect();
        assert_eq!(said, vec![false, true]);
        assert_eq!(dates_of("b"), vec!["2016-05-11"]);
        assert_eq!(dates_of("c"), vec!["2016-05-09"]);
        let groups = claim_groups(&docs, &all);
        let counts: Vec<_> = groups
            .iter()
            .filter(|g| g.topic == "number of people killed")
            .collect();
        assert_eq!(counts.len(), 1, "{groups:?}");
        let docs: Vec<&str> = counts[0]
            .differences
            .iter()
            .map(|d| d.doc.as_str())
            .collect();
        assert_eq!(docs, vec!["a", "c"]);
        assert_eq!(counts[0].verdict, dossier_model::Verdict::Disagree);
        assert!(
            counts[0]
                .differences
                .iter()
                .all(|d| d.value.contains("2016-05-09")),
            "{counts:?}"
        );
    }

    #[test]
    fn the_tagger_keeps_every_rule_attribution_and_adds_only_new_cues() {
        let text = "Headline of the story\n\nThe mayor said the bridge would reopen in May. \
            Critics opposed the plan to sell the land, calling it a giveaway. \
            The union has backed the strike, and its leader warned that talks could fail.";
        let doc = crate::document::build(&crate::ingest::RawText {
            id: "t".into(),
            text: text.into(),
        });
        let rules = attributions_by(&doc, Extractors::Rules);
        let both = attributions(&doc);
        assert!(!rules.is_empty());
        for a in &rules {
            assert!(both.contains(a), "rule attribution lost: {a:?}");
        }
        for a in both.iter().filter(|a| !rules.contains(a)) {
            assert!(
                rules
                    .iter()
                    .all(|r| r.cue.end <= a.cue.start || a.cue.end <= r.cue.start),
                "an addition reuses a rule cue: {a:?}"
            );
            assert!(!a.content.is_empty());
        }
    }
}
