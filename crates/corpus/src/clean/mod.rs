//! Clean: find the headline and the dateline, drop page furniture, and cut the text into
//! paragraph blocks.
//!
//! Works line by line on the decoded text and returns byte ranges into it, so later stages keep
//! exact offsets. Its parts: `lines` (the source as lines, shared shape tests), `furniture`
//! (markers, captions, credits, rails, links, bylines), `title` (headline and datelines) and
//! `blocks` (paragraphs and their kinds). It recognises furniture by its shape and by page
//! vocabulary, never by the words of a story. It does not split sentences or interpret content.

use dossier_model::ParagraphKind;

mod blocks;
mod furniture;
mod lines;
mod title;

use lines::Role;

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

/// Cleans one article text.
pub fn clean(text: &str) -> Cleaned {
    let lines = lines::split(text);
    let mut roles = furniture::classify(&lines);
    let dateline = title::mark_datelines(&lines, &mut roles);
    let title = title::mark_title(&lines, &mut roles);
    furniture::mark_promos(&lines, &mut roles);
    furniture::mark_trailing_links(&lines, &mut roles);
    let mut blocks = blocks::build(text, &lines, &roles);
    let inline = blocks
        .first_mut()
        .and_then(|first| cut_inline_dateline(text, first));
    let dateline = dateline.or(inline);
    if blocks.is_empty() {
        // Nothing but a headline-shaped line survived: that line is the article.
        if let Some(i) = roles.iter().position(|r| *r == Role::Title) {
            let line = lines[i];
            blocks.push(Block {
                start: line.start,
                end: line.end(),
                kind: ParagraphKind::Text,
            });
        }
    }
    Cleaned {
        title,
        dateline,
        blocks,
    }
}

/// Moves the start of the first paragraph past a dateline opening it ("BEIRUT (Reuters) - ");
/// returns the dateline.
fn cut_inline_dateline(text: &str, first: &mut Block) -> Option<String> {
    let length = title::inline_dateline(&text[first.start..first.end])?;
    let dateline = text[first.start..first.start + length]
        .trim_end()
        .to_owned();
    first.start += length;
    Some(dateline)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `input` cleans to: its title, its dateline and its paragraphs as written.
    fn check(input: &str, title: Option<&str>, dateline: Option<&str>, paragraphs: &[&str]) {
        let cleaned = clean(input);
        let got: Vec<&str> = cleaned
            .blocks
            .iter()
            .map(|b| &input[b.start..b.end])
            .collect();
        assert_eq!(cleaned.title.as_deref(), title, "title of {input}");
        assert_eq!(cleaned.dateline.as_deref(), dateline, "dateline of {input}");
        assert_eq!(got, paragraphs, "paragraphs of {input}");
    }

    #[test]
    fn repeated_headline_counts_once_and_is_not_content() {
        check(
            "Ships collide in fog\n\nShips collide in fog\n\nShips collide in fog\n\nAFP Photo\n\nTwo ships hit each other. Nobody was hurt.",
            Some("Ships collide in fog"),
            None,
            &["Two ships hit each other. Nobody was hurt."],
        );
    }

    #[test]
    fn a_page_with_share_markers_ads_and_a_trailing_related_headline() {
        check(
            "Share\n\nFloods close schools\n\nRain fell for days.\n\nAdvertisement\n\nRivers rose. pic.twitter.com/abc123\n\
             — City News (@citynews) May 3, 2015\n\nflood-photo-05-03\n\nSee Weather Daily, May 2: Storm Warnings Issued\n\n\
             Officials urged calm.\n\nSchools reopen next week in the north",
            Some("Floods close schools"),
            None,
            &[
                "Rain fell for days.",
                "Rivers rose.",
                "Officials urged calm.",
            ],
        );
    }

    #[test]
    fn a_live_blog_with_a_caption_a_rail_and_no_headline() {
        check(
            "PHOTO: The mayor at the podium\nLATEST\nMONDAY FEATURE\nThe Last Ferry of the Season\n\
             UPDATE 0825 GMT: The bridge reopened after repairs.\nORIGINAL ENTRY: The bridge closed on Monday.",
            None,
            None,
            &[
                "UPDATE 0825 GMT: The bridge reopened after repairs.",
                "ORIGINAL ENTRY: The bridge closed on Monday.",
            ],
        );
    }

    #[test]
    fn datelines_are_kept_apart() {
        check(
            "Inmate escapes during transfer\n11/30/09 05:40 PM ET\nA prisoner escaped on Monday.",
            Some("Inmate escapes during transfer"),
            Some("11/30/09 05:40 PM ET"),
            &["A prisoner escaped on Monday."],
        );
        check(
            "INDONESIA, July 2, 2013\nUpdated: July 2, 2013 15:01 IST\nStrong quake hits Aceh\nA quake struck.",
            Some("Strong quake hits Aceh"),
            Some("INDONESIA, July 2, 2013"),
            &["A quake struck."],
        );
    }

    #[test]
    fn an_inline_dateline_leaves_the_first_sentence() {
        check(
            "Senate passes budget\n\nWASHINGTON (Reuters) - The Senate voted 51-49.\n\nBEIRUT - not a dateline here.",
            Some("Senate passes budget"),
            Some("WASHINGTON (Reuters) -"),
            &["The Senate voted 51-49.", "BEIRUT - not a dateline here."],
        );
    }

    // Pages in the shapes common news sites print, with invented text.

    #[test]
    fn a_wire_service_page() {
        check(
            "World News\n\nFerry service halted as storm hits coast\n\nBy Jane Doe, John Roe\n\n4 Min Read\n\n\
             HALIFAX, Nova Scotia (Reuters) - Ferry crossings were halted on Tuesday as a storm hit the coast.\n\n\
             “We will not sail until it passes,” the operator said in a statement.\n\n\
             Reporting by Jane Doe; Editing by John Roe\n\nOur Standards: The Trust Principles.",
            Some("Ferry service halted as storm hits coast"),
            Some("HALIFAX, Nova Scotia (Reuters) -"),
            &[
                "Ferry crossings were halted on Tuesday as a storm hit the coast.",
                "“We will not sail until it passes,” the operator said in a statement.",
            ],
        );
    }

    #[test]
    fn a_broadcaster_page() {
        check(
            "Storm closes ferry routes\n10 October 2016\nImage copyright Reuters\n\
             Image caption Waves broke over the harbour wall\n\
             Ferry routes have been closed after a storm hit the coast.\n\
             Media playback is unsupported on your device\nMedia caption The harbour master: \"We had no choice\"\n\
             The harbour master said crossings would resume on Thursday.\nRelated Topics\nStorms\nFerries",
            Some("Storm closes ferry routes"),
            Some("10 October 2016"),
            &[
                "Ferry routes have been closed after a storm hit the coast.",
                "The harbour master said crossings would resume on Thursday.",
            ],
        );
    }

    #[test]
    fn a_newspaper_site_page() {
        check(
            "Storm closes ferry routes along the coast\n\nCrossings halted for two days as waves batter harbours\n\n\
             Jane Doe Transport correspondent\n\nTue 11 Oct 2016 09.12 BST\n\nFirst published on Mon 10 Oct 2016 22.40 BST\n\n\
             Share on Facebook\n\nShare on Twitter\n\nFerry routes were closed on Monday.\n\n\
             A man walks along the harbour wall. Photograph: Jane Doe/Agency\n\n\
             The operator said it had no choice.\n\nTopics\n\nStorms\n\nFerries",
            Some("Storm closes ferry routes along the coast"),
            Some("Tue 11 Oct 2016 09.12 BST"),
            &[
                "Crossings halted for two days as waves batter harbours",
                "Ferry routes were closed on Monday.",
                "The operator said it had no choice.",
            ],
        );
    }

    #[test]
    fn a_one_sentence_article_keeps_its_sentence() {
        check(
            "Four robbers made off with jewels from a Paris store.\n",
            None,
            None,
            &["Four robbers made off with jewels from a Paris store."],
        );
        check(
            "Robbers in drag steal jewels from Paris store\n",
            None,
            None,
            &["Robbers in drag steal jewels from Paris store"],
        );
    }

    #[test]
    fn a_page_that_is_only_a_repeated_headline_keeps_it_once() {
        check(
            "Quake hits coast\n\nQuake hits coast\n",
            None,
            None,
            &["Quake hits coast"],
        );
    }
}
