//! Clean: find the headline, drop page furniture, and cut the text into paragraph blocks.
//!
//! Works line by line on the decoded text and returns byte ranges into it, so later stages keep
//! exact offsets. It recognises furniture by its shape (short markers, captions, credits, rails,
//! tweet footers, file names, trailing related-article links), never by the words of a story.
//! It does not split sentences or interpret content.

use dossier_model::ParagraphKind;

/// The cleaned shape of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The headline, if the article shows one.
    pub title: Option<String>,
    /// A dateline or "Updated: ..." line, as written.
    pub dateline: Option<String>,
    /// The content, in reading order.
    pub blocks: Vec<Block>,
}

/// A paragraph of content: a byte range of the original text and its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Text, block quote or subheading.
    pub kind: ParagraphKind,
}

/// What a line of the source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Content,
    Title,
    Dateline,
    Furniture,
}

#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    start: usize,
    text: &'a str,
    blank_before: bool,
}

/// Cleans one article text.
pub fn clean(text: &str) -> Cleaned {
    let lines = split_lines(text);
    let mut roles: Vec<Role> = lines.iter().map(|l| initial_role(l.text)).collect();
    mark_rails(&lines, &mut roles);
    let title = mark_title(&lines, &mut roles);
    mark_trailing_links(&lines, &mut roles);
    let dateline = lines.iter().zip(&roles).find(|(_, r)| **r == Role::Dateline);
    let blocks = build_blocks(text, &lines, &roles);
    Cleaned {
        title,
        dateline: dateline.map(|(l, _)| l.text.to_owned()),
        blocks,
    }
}

/// Splits into trimmed, non-empty lines, remembering whether a blank line preceded each.
fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut offset = 0;
    let mut blank_before = true;
    for raw in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            blank_before = true;
            continue;
        }
        let start = line_start + (raw.len() - raw.trim_start().len());
        lines.push(Line { start, text: trimmed, blank_before });
        blank_before = false;
    }
    lines
}

/// The role a line has on its own, before looking at its neighbours.
fn initial_role(line: &str) -> Role {
    if is_marker(line)
        || is_caption(line)
        || is_credit(line)
        || is_tweet_footer(line)
        || is_file_name(line)
        || is_byline(line)
        || is_cross_link(line)
    {
        Role::Furniture
    } else if is_dateline(line) {
        Role::Dateline
    } else {
        Role::Content
    }
}

/// Page furniture words standing alone: "Share", "Advertisement", "LATEST", "TUESDAY FEATURE".
fn is_marker(line: &str) -> bool {
    const MARKERS: &[&str] = &[
        "share", "advertisement", "advertising", "tweet", "email", "print", "comments",
        "related", "read more", "more", "latest", "sponsored", "share this", "share this article",
        "story continues below advertisement", "continue reading", "close", "listen",
    ];
    let lower = line.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if MARKERS.contains(&lower.as_str()) {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    // A short all-capitals kicker with no sentence punctuation ("TUESDAY FEATURE").
    words.len() <= 4
        && letters.len() >= 3
        && letters.iter().all(|c| c.is_uppercase())
        && !line.contains(':')
        && !ends_sentence(line)
}

/// "PHOTO: ...", "Photo: ...", "(Photo: ...)", "Image: ...", "Caption: ..."
fn is_caption(line: &str) -> bool {
    let head = line.trim_start_matches(['(', '[']).to_lowercase();
    ["photo:", "photo :", "photos:", "image:", "picture:", "caption:", "video:", "file photo"]
        .iter()
        .any(|p| head.starts_with(p))
}

/// Short photo credits: "AFP Photo", "Getty Images", "Photo by Jane Doe / Reuters".
fn is_credit(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words = line.split_whitespace().count();
    words <= 6
        && !ends_sentence(line)
        && ["photo", "getty images", "image credit", "credit:", "/ reuters", "/ ap", "/ afp"]
            .iter()
            .any(|w| lower.contains(w))
}

/// The footer of an embedded tweet: "— Name (@handle) October 23, 2016".
fn is_tweet_footer(line: &str) -> bool {
    line.starts_with(['—', '–', '-']) && line.contains("(@")
}

/// An image file name left behind by a scraper: "busra-al-sham-protest-09-16", "img_2041.jpg".
fn is_file_name(line: &str) -> bool {
    if line.contains(char::is_whitespace) {
        return false;
    }
    let lower = line.to_lowercase();
    let image_ext = [".jpg", ".jpeg", ".png", ".gif", ".webp"].iter().any(|e| lower.ends_with(e));
    let slug = line.matches(['-', '_']).count() >= 2
        && line.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_".contains(c));
    image_ext || slug
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters".
fn is_byline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() <= 8
        && words.first() == Some(&"By")
        && words.get(1).is_some_and(|w| w.starts_with(char::is_uppercase))
        && !ends_sentence(line)
}

/// A pointer to another article: "See Syria Daily, Sept 29: ...", "Read more: ...".
fn is_cross_link(line: &str) -> bool {
    let lower = line.to_lowercase();
    let starts = ["see ", "read more", "read also", "related:", "watch:", "also read", "click here"];
    starts.iter().any(|s| lower.starts_with(s)) && !ends_sentence(line) && line.contains(':')
}

/// A line that is only a date and time, possibly after "Updated:" ("11/30/09 05:40 PM ET").
fn is_dateline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let mut has_number = false;
    let all_date_words = words.iter().all(|w| {
        let w = w.trim_matches(|c: char| ",.:;|()".contains(c)).to_lowercase();
        if w.chars().any(|c| c.is_ascii_digit()) {
            has_number = true;
            return w.chars().all(|c| c.is_ascii_alphanumeric() || "/:.-".contains(c));
        }
        w.is_empty() || DATE_WORDS.contains(&w.as_str())
    });
    all_date_words && has_number
}

const DATE_WORDS: &[&str] = &[
    "updated", "published", "posted", "last", "modified", "on", "at", "am", "pm", "a.m", "p.m",
    "a", "m", "p", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "bst",
    "utc", "cet", "cest", "ist", "aest", "jan", "january", "feb", "february", "mar", "march",
    "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
    "september", "oct", "october", "nov", "november", "dec", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "-", "—", "|", "of",
];

/// Lines after a rail marker ("LATEST", "TUESDAY FEATURE") that are headlines or bullets link
/// to other articles: they are furniture until the first line that reads like running text.
fn mark_rails(lines: &[Line], roles: &mut [Role]) {
    let mut in_rail = false;
    for (i, line) in lines.iter().enumerate() {
        if roles[i] == Role::Furniture && is_marker(line.text) {
            in_rail = is_rail_marker(line.text);
            continue;
        }
        if in_rail && roles[i] == Role::Content && (is_bullet(line.text) || is_headline(line.text)) {
            roles[i] = Role::Furniture;
        } else if roles[i] == Role::Content {
            in_rail = false;
        }
    }
    // Bulleted headline lists anywhere are link rails too.
    for (i, line) in lines.iter().enumerate() {
        if roles[i] == Role::Content && is_bullet(line.text) && is_headline(strip_bullet(line.text)) {
            roles[i] = Role::Furniture;
        }
    }
}

fn is_rail_marker(line: &str) -> bool {
    let lower = line.to_lowercase();
    !["share", "advertisement", "advertising", "tweet", "email", "print", "close"]
        .contains(&lower.trim())
}

fn is_bullet(line: &str) -> bool {
    line.starts_with(['•', '·', '▪', '►', '*'])
}

fn strip_bullet(line: &str) -> &str {
    line.trim_start_matches(['•', '·', '▪', '►', '*', ' '])
}

/// Finds the headline: a line repeated near the top (counted once), else a leading line that
/// reads like a headline and is followed by running text. Marks it and its repeats as Title.
fn mark_title(lines: &[Line], roles: &mut [Role]) -> Option<String> {
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Content)
        .take(6)
        .collect();
    let repeated = candidates.iter().copied().find(|&i| {
        lines.iter().enumerate().any(|(j, l)| j != i && l.text == lines[i].text)
    });
    let first = candidates.first().copied();
    let pick = repeated.or_else(|| {
        let i = first?;
        let has_body = candidates.len() > 1 || lines.len() > i + 1;
        (is_headline(lines[i].text) && has_body).then_some(i)
    })?;
    let title = lines[pick].text.to_owned();
    for (j, line) in lines.iter().enumerate() {
        if line.text == title {
            roles[j] = Role::Title;
        }
    }
    Some(title)
}

/// Headline-like lines after the last paragraph of running text are links to related articles.
fn mark_trailing_links(lines: &[Line], roles: &mut [Role]) {
    for i in (0..lines.len()).rev() {
        match roles[i] {
            Role::Content if is_headline(lines[i].text) => roles[i] = Role::Furniture,
            Role::Content => break,
            _ => {}
        }
    }
}

/// Reads like a headline: a few words, no closing sentence punctuation, not a lead-in.
fn is_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (2..=16).contains(&words)
        && !ends_sentence(line)
        && !line.ends_with([':', ',', ';'])
        && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "“\"‘'".contains(c))
}

/// Whether a line ends like a sentence (closing quotes and brackets aside).
fn ends_sentence(line: &str) -> bool {
    let core = line.trim_end_matches(['”', '"', '’', '\'', ')', ']', ' ']);
    core.ends_with(['.', '!', '?', '…'])
}

/// Joins hard-wrapped lines into paragraphs and gives each its kind.
fn build_blocks(text: &str, lines: &[Line], roles: &[Role]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut previous: Option<&Line> = None;
    for (line, role) in lines.iter().zip(roles) {
        if *role != Role::Content {
            previous = None;
            continue;
        }
        let end = line.start + trim_trailing_link(line.text).len();
        match (previous, blocks.last_mut()) {
            (Some(prev), Some(block)) if continues(prev.text, line) => block.end = end,
            _ => blocks.push(Block { start: line.start, end, kind: ParagraphKind::Text }),
        }
        previous = Some(line);
    }
    blocks.retain(|b| b.end > b.start);
    assign_kinds(text, &mut blocks);
    blocks
}

/// A line continues the previous one when the text was hard-wrapped mid-sentence.
fn continues(previous: &str, line: &Line) -> bool {
    !line.blank_before
        && !ends_sentence(previous)
        && !previous.ends_with(':')
        && line.text.starts_with(|c: char| c.is_lowercase())
}

/// Drops a trailing link (an embedded tweet's "pic.twitter.com/…", a bare URL) from a line.
fn trim_trailing_link(line: &str) -> &str {
    let mut kept = line;
    while let Some((head, last)) = kept.rsplit_once(char::is_whitespace) {
        let is_link = last.starts_with("http://")
            || last.starts_with("https://")
            || last.starts_with("pic.twitter.com/")
            || last.starts_with("www.");
        if !is_link {
            break;
        }
        kept = head.trim_end();
    }
    kept
}

/// Marks subheadings and block quotes (the paragraph after a lead-in such as "X said on Tuesday:",
/// and the paragraphs after it that keep speaking in the first person).
fn assign_kinds(text: &str, blocks: &mut [Block]) {
    let mut quoting = false;
    for i in 0..blocks.len() {
        let body = &text[blocks[i].start..blocks[i].end];
        let after_lead_in = i > 0 && is_lead_in(&text[blocks[i - 1].start..blocks[i - 1].end]);
        if is_headline(body) {
            blocks[i].kind = ParagraphKind::Heading;
            quoting = false;
        } else if after_lead_in || (quoting && speaks_in_first_person(body) && !is_lead_in(body)) {
            blocks[i].kind = ParagraphKind::Quote;
            quoting = true;
        } else {
            quoting = false;
        }
    }
}

const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "wrote", "writes", "stated", "states", "added", "declared",
    "announced", "tweeted", "posted", "warned", "explained", "insisted", "continued", "noted",
    "statement", "remarks", "speech",
];

/// "Kerry told a conference on Thursday:" or "A spokesman said on Monday." introducing a quote.
fn is_lead_in(paragraph: &str) -> bool {
    let words: Vec<String> = paragraph
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let has_verb = |range: &[String]| range.iter().any(|w| SPEECH_VERBS.contains(&w.as_str()));
    let has_quote_marks = paragraph.contains(['“', '"']);
    if paragraph.ends_with(':') {
        return has_verb(&words) && !has_quote_marks;
    }
    // A bare attribution line: "X said on Monday." with nothing said.
    let tail = &words[words.len().saturating_sub(4)..];
    words.len() <= 10 && paragraph.ends_with('.') && !has_quote_marks && has_verb(tail)
}

fn speaks_in_first_person(paragraph: &str) -> bool {
    paragraph.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
        matches!(w, "I" | "we" | "We" | "our" | "Our" | "us" | "my" | "My" | "I’m" | "We’re" | "we’re")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<(&str, ParagraphKind)> {
        clean(text).blocks.iter().map(|b| (&text[b.start..b.end], b.kind)).collect()
    }

    fn texts(text: &str) -> Vec<&str> {
        blocks(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn repeated_headline_counts_once_and_is_not_content() {
        let text = "Ships collide in fog\n\nShips collide in fog\n\nShips collide in fog\n\nTwo ships hit each other. Nobody was hurt.";
        let cleaned = clean(text);
        assert_eq!(cleaned.title.as_deref(), Some("Ships collide in fog"));
        assert_eq!(texts(text), ["Two ships hit each other. Nobody was hurt."]);
    }

    #[test]
    fn photo_caption_is_not_a_title() {
        let text = "PHOTO: The mayor at a press conference\nCity budget passes after long night\nThe council voted 7-2 on Tuesday.";
        let cleaned = clean(text);
        assert_eq!(cleaned.title.as_deref(), Some("City budget passes after long night"));
        assert_eq!(texts(text), ["The council voted 7-2 on Tuesday."]);
    }

    #[test]
    fn no_headline_means_no_title() {
        let text = "PHOTO: A bridge\nLATEST\nMONDAY FEATURE\nThe Last Ferry of the Season\nThe bridge reopened on Monday after repairs, officials said.";
        let cleaned = clean(text);
        assert_eq!(cleaned.title, None);
        assert_eq!(texts(text), ["The bridge reopened on Monday after repairs, officials said."]);
    }

    #[test]
    fn furniture_is_dropped_and_content_kept() {
        let text = "Share\n\nFloods close schools\n\nRain fell for days.\n\nAdvertisement\n\nAFP Photo\n\nRivers rose. pic.twitter.com/abc123\n— City News (@citynews) May 3, 2015\n\nflood-photo-05-03\n\nSee Weather Daily, May 2: Storm Warnings Issued\n\nOfficials urged calm.\n\nSchools reopen next week in the north";
        assert_eq!(texts(text), ["Rain fell for days.", "Rivers rose.", "Officials urged calm."]);
    }

    #[test]
    fn hard_wrapped_lines_join_into_one_paragraph() {
        let text = "Headline here now\nThe report said delays in getting the necessary\napprovals slowed the work.\nA new paragraph starts.";
        assert_eq!(
            texts(text),
            ["The report said delays in getting the necessary\napprovals slowed the work.", "A new paragraph starts."]
        );
    }

    #[test]
    fn lead_in_colon_starts_a_block_quote_that_runs_while_first_person() {
        let text = "Strike ends at the port\n\nThe union leader told reporters on Friday:\n\nWe are going back to work tomorrow.\n\nOur members voted for it.\n\nThe port has been closed for two weeks.";
        let got = blocks(text);
        assert_eq!(got[1], ("We are going back to work tomorrow.", ParagraphKind::Quote));
        assert_eq!(got[2], ("Our members voted for it.", ParagraphKind::Quote));
        assert_eq!(got[3], ("The port has been closed for two weeks.", ParagraphKind::Text));
    }

    #[test]
    fn subheadings_are_marked() {
        let text = "Big headline for the story\n\nFirst paragraph of text.\n\nPolice: Suspects Fled North\n\nSecond paragraph of text.";
        let got = blocks(text);
        assert_eq!(got[1], ("Police: Suspects Fled North", ParagraphKind::Heading));
    }

    #[test]
    fn dateline_is_kept_apart() {
        let text = "Inmate escapes during transfer\n11/30/09 05:40 PM ET\nA prisoner escaped on Monday.";
        let cleaned = clean(text);
        assert_eq!(cleaned.dateline.as_deref(), Some("11/30/09 05:40 PM ET"));
        assert_eq!(texts(text), ["A prisoner escaped on Monday."]);
        let updated = "Quake hits coast\nUpdated: 12:48PM BST 09 Sep 2013\nThe quake struck at dawn.";
        assert_eq!(clean(updated).dateline.as_deref(), Some("Updated: 12:48PM BST 09 Sep 2013"));
    }

    #[test]
    fn a_one_sentence_article_keeps_its_sentence() {
        let text = "Four robbers made off with jewels from a Paris store.\n";
        assert_eq!(clean(text).title, None);
        assert_eq!(texts(text), ["Four robbers made off with jewels from a Paris store."]);
    }
}
