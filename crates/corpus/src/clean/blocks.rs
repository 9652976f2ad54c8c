//! Blocks: content lines joined into paragraphs, each given its kind (text, block quote or
//! subheading), with what is left of embedded media removed.
//!
//! Paragraphs are blank-line separated or one per line; a hard-wrapped line joins the one before
//! it. A paragraph after a lead-in ("The mayor told a conference on Thursday:") is a block quote, and
//! so are the paragraphs after it that keep speaking (first person, editorial brackets). A lead-in
//! to media that is gone ("Aftermath of the attacks:" with nothing after it) and a subheading with
//! nothing under it are dropped. Works on byte ranges of the source; never rewrites text.

use dossier_model::ParagraphKind;

use super::Block;
use super::furniture::{is_bullet, is_link, strip_bullet};
use super::lines::{Line, Role, ends_sentence, is_headline};

/// A paragraph being built, with what the kind rules need to know about it.
#[derive(Debug, Clone, Copy)]
struct Draft {
    block: Block,
    /// An embedded post's footer came right after it.
    embedded: bool,
    /// It was a bulleted line: an item of a list, never a subheading.
    list_item: bool,
}

/// Builds the paragraphs of the content lines.
pub fn build(text: &str, lines: &[Line], roles: &[Role]) -> Vec<Block> {
    let drafts = join_lines(lines, roles);
    let mut drafts = drop_media_lead_ins(text, drafts);
    assign_kinds(text, &mut drafts);
    drop_empty_headings(&mut drafts);
    drafts.into_iter().map(|d| d.block).collect()
}

/// Joins hard-wrapped lines into paragraphs, cutting trailing links off each line.
fn join_lines(lines: &[Line], roles: &[Role]) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut previous: Option<&Line> = None;
    for (line, role) in lines.iter().zip(roles) {
        if let (Role::EmbedFooter, Some(_), Some(last)) = (role, previous, drafts.last_mut()) {
            last.embedded = true;
        }
        if *role != Role::Content {
            previous = None;
            continue;
        }
        let kept = without_trailing_links(line.text);
        if kept.is_empty() {
            continue;
        }
        let end = line.start + kept.len();
        // A list item starts after its bullet.
        let start = if is_bullet(kept) {
            end - strip_bullet(kept).len()
        } else {
            line.start
        };
        match (previous, drafts.last_mut()) {
            (Some(prev), Some(last)) if continues(prev.text, line) => last.block.end = end,
            _ if start >= end => {}
            _ => drafts.push(Draft {
                block: Block {
                    start,
                    end,
                    kind: ParagraphKind::Text,
                },
                embedded: false,
                list_item: start != line.start,
            }),
        }
        previous = Some(line);
    }
    drafts
}

/// A line continues the previous one when the text was hard-wrapped mid-sentence: it starts in
/// lowercase, or the previous line stops at a comma or a word no sentence ends on.
fn continues(previous: &str, line: &Line) -> bool {
    if line.blank_before || ends_sentence(previous) || previous.ends_with(':') {
        return false;
    }
    const NEVER_LAST: &[&str] = &[
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "for", "with", "by", "from",
        "that", "as", "its", "their", "his", "her", "our", "into", "than", "but",
    ];
    let last_word = previous.rsplit(' ').next().unwrap_or_default();
    line.text.starts_with(|c: char| c.is_lowercase())
        || previous.ends_with(',')
        || NEVER_LAST.contains(&last_word)
}

/// Drops trailing links (an embedded post's "pic.twitter.com/…", a bare URL) and a short
/// bracketed note after the last sentence ("… of Detroit. (CNN News Article)") from a line.
fn without_trailing_links(line: &str) -> &str {
    let mut kept = line;
    loop {
        let (head, last) = kept.rsplit_once(char::is_whitespace).unwrap_or(("", kept));
        if is_link(last) {
            kept = head.trim_end();
        } else if let Some(head) = without_trailing_note(kept) {
            kept = head;
        } else {
            return kept;
        }
    }
}

/// The line without a bracketed note of a few words that follows a finished sentence.
fn without_trailing_note(line: &str) -> Option<&str> {
    let body = line.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let (head, note) = (line[..open].trim_end(), &body[open + 1..]);
    (ends_sentence(head)
        && note.split_whitespace().count() <= 6
        && !note.ends_with(['.', '!', '?']))
    .then_some(head)
}

/// A paragraph introducing something that follows it ends with a colon. When nothing follows it
/// but another such lead-in, a subheading or the end, what it introduced (a video, photos) is gone.
fn drop_media_lead_ins(text: &str, drafts: Vec<Draft>) -> Vec<Draft> {
    let mut kept: Vec<Draft> = Vec::with_capacity(drafts.len());
    for draft in drafts.into_iter().rev() {
        let body = &text[draft.block.start..draft.block.end];
        let next_introduces_nothing = match kept.last() {
            None => true,
            Some(next) => {
                let next_body = &text[next.block.start..next.block.end];
                next_body.ends_with(':') || (is_subheading(next_body) && !next.list_item)
            }
        };
        if !(body.ends_with(':') && next_introduces_nothing) {
            kept.push(draft);
        }
    }
    kept.reverse();
    kept
}

/// A subheading with no paragraph under it (before the next subheading or the end) heads nothing.
fn drop_empty_headings(drafts: &mut Vec<Draft>) {
    if !drafts
        .iter()
        .any(|d| d.block.kind != ParagraphKind::Heading)
    {
        return;
    }
    let mut keep = vec![true; drafts.len()];
    for i in 0..drafts.len() {
        let next_is_heading = drafts
            .get(i + 1)
            .is_none_or(|d| d.block.kind == ParagraphKind::Heading);
        keep[i] = !(drafts[i].block.kind == ParagraphKind::Heading && next_is_heading);
    }
    let mut flags = keep.into_iter();
    drafts.retain(|_| flags.next().unwrap_or(true));
}

/// Marks subheadings and block quotes.
fn assign_kinds(text: &str, drafts: &mut [Draft]) {
    let mut quoting = false;
    let mut seen_text = false;
    for i in 0..drafts.len() {
        let body = &text[drafts[i].block.start..drafts[i].block.end];
        let previous = i
            .checked_sub(1)
            .map(|p| &text[drafts[p].block.start..drafts[p].block.end]);
        let kind = if is_subheading(body) && seen_text && !drafts[i].list_item {
            quoting = false;
            ParagraphKind::Heading
        } else if drafts[i].embedded {
            quoting = false;
            ParagraphKind::Quote
        } else if opens_with_quote_mark(body) {
            // It carries its own quotation marks: an inline quotation, not a block quote.
            quoting = false;
            ParagraphKind::Text
        } else if previous.is_some_and(|p| introduces_quote(p, body)) {
            quoting = true;
            ParagraphKind::Quote
        } else if quoting && keeps_speaking(body) && !is_lead_in(body) {
            ParagraphKind::Quote
        } else {
            quoting = false;
            ParagraphKind::Text
        };
        seen_text |= kind != ParagraphKind::Heading;
        drafts[i].block.kind = kind;
    }
}

/// A headline-shaped paragraph that heads a section: short, or in title case.
fn is_subheading(paragraph: &str) -> bool {
    let words: Vec<&str> = paragraph.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(|c: char| !c.is_lowercase()))
        .count();
    is_headline(paragraph)
        && (words.len() <= 8 || capitalised * 2 >= words.len())
        && !is_table_row(&words)
}

/// "Joe Louis 26-1": a row of a table ends in a figure; a subheading does not.
fn is_table_row(words: &[&str]) -> bool {
    words.len() > 1
        && words.last().is_some_and(|w| {
            w.chars().any(|c| c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_ascii_digit() || "-–./:%".contains(c))
        })
}

fn opens_with_quote_mark(paragraph: &str) -> bool {
    paragraph.starts_with(['“', '"', '‘', '\'', '`', '«'])
}

/// Words that say someone speaks, or name what they said.
const SPEECH_WORDS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "wrote",
    "writes",
    "stated",
    "states",
    "added",
    "declared",
    "announced",
    "tweeted",
    "posted",
    "warned",
    "explained",
    "insisted",
    "continued",
    "noted",
    "argued",
    "asserted",
    "claimed",
    "replied",
    "responded",
    "urged",
    "statement",
    "remarks",
    "speech",
    "message",
    "interview",
    "conference",
    "briefing",
    "tweet",
    "letter",
    "saying",
    "according",
    "comments",
    "commented",
    "address",
    "addressed",
];

fn has_speech_word(words: &[String]) -> bool {
    words.iter().any(|w| SPEECH_WORDS.contains(&w.as_str()))
}

fn lower_words(paragraph: &str) -> Vec<String> {
    paragraph
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// Whether `previous` introduces `body` as a quotation: "X said on Tuesday:" before anything but
/// a subheading, a lead-in without a speech word before something that reads as quoted, or a bare
/// "X said on Monday." before something that reads as quoted.
fn introduces_quote(previous: &str, body: &str) -> bool {
    if is_subheading(body) {
        return false;
    }
    let words = lower_words(previous);
    if previous.ends_with(':') {
        return !previous.contains(['“', '"'])
            && (has_speech_word(&words) || reads_as_quoted(body));
    }
    is_bare_attribution(previous) && reads_as_quoted(body)
}

/// "State Department spokesman John Kirby said on Monday." — an attribution with nothing said.
fn is_bare_attribution(paragraph: &str) -> bool {
    let words = lower_words(paragraph);
    let tail = &words[words.len().saturating_sub(4)..];
    words.len() <= 10
        && paragraph.ends_with('.')
        && !paragraph.contains(['“', '"', '`'])
        && has_speech_word(tail)
}

/// A lead-in of its own: a paragraph ending in a colon that has a speech word.
fn is_lead_in(paragraph: &str) -> bool {
    (paragraph.ends_with(':') && has_speech_word(&lower_words(paragraph)))
        || is_bare_attribution(paragraph)
}

/// Whether a quoted paragraph goes on: it speaks in the first person, carries editorial brackets
/// or an ellipsis, or opens with "And".
fn keeps_speaking(paragraph: &str) -> bool {
    reads_as_quoted(paragraph) || paragraph.starts_with("And ") || paragraph.starts_with(['…', '.'])
}

/// Signs that a paragraph is someone's own words: first-person pronouns, or brackets the editor
/// put into a quotation ("They [the two ministers] talked").
fn reads_as_quoted(paragraph: &str) -> bool {
    let first_person = paragraph.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
        let w = w.replace('’', "'");
        matches!(
            w.as_str(),
            "I" | "we"
                | "We"
                | "our"
                | "Our"
                | "us"
                | "my"
                | "My"
                | "me"
                | "I'm"
                | "I've"
                | "I'd"
                | "I'll"
                | "We're"
                | "we're"
                | "We've"
                | "we've"
                | "We'll"
                | "we'll"
                | "ours"
        )
    });
    first_person || (paragraph.contains('[') && paragraph.contains(']'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::lines::split;

    /// The paragraphs of `input` (every line content) with their kinds.
    fn check(input: &str, expect: &[(&str, ParagraphKind)]) {
        let lines = split(input);
        let mut roles = vec![Role::Content; lines.len()];
        for (line, role) in lines.iter().zip(roles.iter_mut()) {
            if line.text.starts_with('—') {
                *role = Role::EmbedFooter;
            }
        }
        let got: Vec<(&str, ParagraphKind)> = build(input, &lines, &roles)
            .iter()
            .map(|b| (&input[b.start..b.end], b.kind))
            .collect();
        assert_eq!(got, expect, "input: {input}");
    }

    use ParagraphKind::{Heading as H, Quote as Q, Text as T};

    #[test]
    fn paragraphs_are_blank_line_separated_or_one_per_line() {
        check("One. Two.\n\nThree.", &[("One. Two.", T), ("Three.", T)]);
        check(
            "One.\nTwo.\nThree.",
            &[("One.", T), ("Two.", T), ("Three.", T)],
        );
    }

    #[test]
    fn hard_wrapped_lines_join() {
        check(
            "The report said delays in getting the necessary\napprovals slowed the work, and\nThe Ministry agreed.\nA new paragraph.",
            &[
                (
                    "The report said delays in getting the necessary\napprovals slowed the work, and\nThe Ministry agreed.",
                    T,
                ),
                ("A new paragraph.", T),
            ],
        );
        // One sentence per line, as tokenised corpora print them: never joined.
        check(
            "She starred in the show on the E!\nnetwork which premiered in 2005\nShe left.",
            &[
                ("She starred in the show on the E!", T),
                ("network which premiered in 2005", T),
                ("She left.", T),
            ],
        );
    }

    #[test]
    fn a_lead_in_starts_a_block_quote_that_runs_while_the_speaker_speaks() {
        check(
            "The strike ended.\n\nThe union leader told reporters on Friday:\n\nWe are going back to work tomorrow.\n\n\
             It is one of those moments where our members decide.\n\nThe port has been closed for two weeks.",
            &[
                ("The strike ended.", T),
                ("The union leader told reporters on Friday:", T),
                ("We are going back to work tomorrow.", Q),
                ("It is one of those moments where our members decide.", Q),
                ("The port has been closed for two weeks.", T),
            ],
        );
        check(
            "The spokesman said on Tuesday:\nFlights over the city were completely ceased.\nHe offered no evidence.",
            &[
                ("The spokesman said on Tuesday:", T),
                ("Flights over the city were completely ceased.", Q),
                ("He offered no evidence.", T),
            ],
        );
    }

    #[test]
    fn quotes_without_a_speech_verb_and_bare_attributions() {
        check(
            "The spokeswoman tried to turn the message into evidence of collusion:\nThe best gift [to them] would be a refusal.\nOthers disagreed.",
            &[
                (
                    "The spokeswoman tried to turn the message into evidence of collusion:",
                    T,
                ),
                ("The best gift [to them] would be a refusal.", Q),
                ("Others disagreed.", T),
            ],
        );
        check(
            "Aid has not arrived.\nA spokesman said on Monday.\nThey [the ministers] talked about aid.\nAnd the aid has yet to arrive.\nAsked about talks, he said little.",
            &[
                ("Aid has not arrived.", T),
                ("A spokesman said on Monday.", T),
                ("They [the ministers] talked about aid.", Q),
                ("And the aid has yet to arrive.", Q),
                ("Asked about talks, he said little.", T),
            ],
        );
    }

    #[test]
    fn sentence_case_lines_without_a_full_stop_are_not_subheadings() {
        check(
            "The ship escorted five vessels.\nThe warship immediately changed its route and challenged the pirates ferrying the boats\nRetiree had returned part-time\nHe was 68.",
            &[
                ("The ship escorted five vessels.", T),
                (
                    "The warship immediately changed its route and challenged the pirates ferrying the boats",
                    T,
                ),
                ("Retiree had returned part-time", H),
                ("He was 68.", T),
            ],
        );
        check(
            "Records were listed.\nTITLE FIGHTS\nJoe Louis 26-1\nLarry Holmes 21-5\nHe may top the list.",
            &[
                ("Records were listed.", T),
                ("TITLE FIGHTS", H),
                ("Joe Louis 26-1", T),
                ("Larry Holmes 21-5", T),
                ("He may top the list.", T),
            ],
        );
    }

    #[test]
    fn list_items_start_after_their_bullets() {
        check(
            "The council listed its demands:\n• Schools reopen on Monday\n* Roads are cleared first.",
            &[
                ("The council listed its demands:", T),
                ("Schools reopen on Monday", T),
                ("Roads are cleared first.", T),
            ],
        );
    }

    #[test]
    fn trailing_notes_are_cut_off() {
        check(
            "The building is north of Detroit. (CNN News Article)\nIt was (briefly) closed.",
            &[
                ("The building is north of Detroit.", T),
                ("It was (briefly) closed.", T),
            ],
        );
    }

    #[test]
    fn paragraphs_in_quotation_marks_are_inline_quotes() {
        check(
            "It isn't sure what caused the cut, she said.\n``We have two assumptions.\nIn an interview she said:\n“We will fight.”",
            &[
                ("It isn't sure what caused the cut, she said.", T),
                ("``We have two assumptions.", T),
                ("In an interview she said:", T),
                ("“We will fight.”", T),
            ],
        );
    }

    #[test]
    fn embedded_posts_are_quotes_and_lose_their_links() {
        check(
            "Strikes resumed.\nAir strikes resume in the city. pic.twitter.com/hZcguA37Ae\n— The Paper (@paper) October 23, 2016\nHe denied it.",
            &[
                ("Strikes resumed.", T),
                ("Air strikes resume in the city.", Q),
                ("He denied it.", T),
            ],
        );
    }

    #[test]
    fn subheadings_media_lead_ins_and_empty_headings() {
        check(
            "Talks stalled.\n\nAftermath of the attacks, where many were wounded:\n\nA report on the bombs:\n\n\
             Police: Suspects Fled North\n\nThe suspects fled.\n\nPictures of the Protest\n\nPhotos from the border:",
            &[
                ("Talks stalled.", T),
                ("Police: Suspects Fled North", H),
                ("The suspects fled.", T),
            ],
        );
        // A deck under the headline, before any text, is text; a lone headline-shaped line stays.
        check(
            "Robbers crash car into store, grabbing watches\nFour men rammed a store.",
            &[
                ("Robbers crash car into store, grabbing watches", T),
                ("Four men rammed a store.", T),
            ],
        );
        check(
            "Robbers in drag steal jewels from Paris store",
            &[("Robbers in drag steal jewels from Paris store", T)],
        );
    }
}
