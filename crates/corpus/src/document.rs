//! Document: assembles one model [`Document`] from the clean and segment stages.
//!
//! Owns the sentence texts (whitespace folded), their character offsets into the original text,
//! the paragraphs, and the title when the article shows no headline: the first sentence — or, in
//! a live blog whose entries run newest first, the sentence that opens its original entry — cut
//! at a clause boundary when it is long. It does not date documents or read their content.

use dossier_model::{Document, Paragraph, Sentence};

use crate::ingest::RawText;
use crate::offsets::CharIndex;
use crate::{clean, segment};

/// A fallback title keeps a whole sentence up to this many words.
const TITLE_WORDS: usize = 20;

/// Cleans and segments one text into a document (date and derived data come later).
pub fn build(raw: &RawText) -> Document {
    let cleaned = clean::clean(&raw.text);
    let spans = segment::segment(&raw.text, &cleaned.blocks);
    let index = CharIndex::new(&raw.text);
    let sentences: Vec<Sentence> = spans
        .iter()
        .map(|s| Sentence {
            text: fold_whitespace(&raw.text[s.start..s.end]),
            start: index.char_at(s.start),
            end: index.char_at(s.end),
        })
        .collect();
    let paragraphs = paragraphs(&cleaned.blocks, &spans);
    let title = match cleaned.title.as_deref() {
        Some(headline) => headline_title(headline),
        None => fallback_title(&sentences),
    };
    Document {
        id: raw.id.clone(),
        title,
        date: None,
        dateline: cleaned.dateline,
        paragraphs,
        sentences,
    }
}

fn paragraphs(blocks: &[clean::Block], spans: &[segment::SentenceSpan]) -> Vec<Paragraph> {
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut previous_block = None;
    for (i, span) in spans.iter().enumerate() {
        match paragraphs.last_mut() {
            Some(p) if previous_block == Some(span.block) => p.count += 1,
            _ => paragraphs.push(Paragraph {
                first: i as u32,
                count: 1,
                kind: blocks.get(span.block).map(|b| b.kind).unwrap_or_default(),
            }),
        }
        previous_block = Some(span.block);
    }
    paragraphs
}

/// A headline as shown: whitespace folded, a promotional label ("MUST SEE:") dropped.
fn headline_title(headline: &str) -> String {
    let folded = fold_whitespace(headline);
    let rest = without_site_name(strip_stamp(&folded));
    if rest.split_whitespace().count() >= 3 {
        rest.to_owned()
    } else {
        folded
    }
}

/// Drops the site's name that a page title carries after the headline: "… | World news | The
/// Paper", "… - City News". Only short, capitalised tails after a headline of four words or more.
fn without_site_name(title: &str) -> &str {
    let mut kept = title;
    loop {
        let cut = [" | ", " - ", " — ", " – "]
            .iter()
            .filter_map(|sep| kept.rfind(sep).map(|i| (i, sep.len())))
            .max();
        let Some((at, width)) = cut else { return kept };
        let (head, tail) = (&kept[..at], &kept[at + width..]);
        let tail_words: Vec<&str> = tail.split_whitespace().collect();
        let site_like = (1..=4).contains(&tail_words.len())
            && tail_words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || w.len() <= 3
                    || *w == "news"
            })
            && !tail.ends_with(['.', '!', '?']);
        if !site_like || head.split_whitespace().count() < 4 {
            return kept;
        }
        kept = head.trim_end();
    }
}

/// With no headline, the article is named by its lead sentence.
fn fallback_title(sentences: &[Sentence]) -> String {
    let Some(lead) = lead_sentence(sentences) else {
        return "Untitled".into();
    };
    let title = shorten(strip_stamp(&lead.text));
    if title.chars().any(char::is_alphanumeric) {
        title
    } else {
        "Untitled".into()
    }
}

/// The sentence that opens the story: the first one, unless the text is a live blog whose
/// stamped entries ("UPDATE 0825 GMT:", …, "ORIGINAL ENTRY:") run newest first, in which case the
/// first sentence of its last entry.
fn lead_sentence(sentences: &[Sentence]) -> Option<&Sentence> {
    let first = sentences.first()?;
    let stamped: Vec<&Sentence> = sentences
        .iter()
        .filter(|s| strip_stamp(&s.text) != s.text)
        .collect();
    let newest_first = stamped.len() >= 2
        && std::ptr::eq(stamped[0], first)
        && stamp_times(&stamped).windows(2).all(|w| w[0] >= w[1]);
    Some(if newest_first {
        stamped[stamped.len() - 1]
    } else {
        first
    })
}

/// The clock time in each stamp ("0825" → 825); a stamp without one ("ORIGINAL ENTRY") counts as
/// the earliest.
fn stamp_times(stamped: &[&Sentence]) -> Vec<u32> {
    stamped
        .iter()
        .map(|s| {
            let head = s.text.split_once(':').map_or("", |(h, _)| h);
            let digits: String = head.chars().filter(char::is_ascii_digit).collect();
            digits.parse().unwrap_or(0)
        })
        .collect()
}

/// A whole sentence when it is short enough, else its first clause, else the words before a
/// connective ("… Ana Silva about Brazil's budget …"), else its first words.
fn shorten(sentence: &str) -> String {
    const CONNECTIVES: &[&str] = &[
        "about",
        "after",
        "amid",
        "because",
        "despite",
        "following",
        "since",
        "while",
        "during",
    ];
    let text = sentence.trim_end_matches(['.', ':', ';', ',']).trim_end();
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= TITLE_WORDS {
        return text.to_owned();
    }
    let clause_end = (8..=TITLE_WORDS)
        .find(|&i| words[i - 1].ends_with([',', ';', ':']) || ["—", "–", "--"].contains(&words[i]));
    let connective = || (10..=TITLE_WORDS).find(|&i| CONNECTIVES.contains(&words[i]));
    match clause_end.or_else(connective) {
        Some(n) => words[..n]
            .join(" ")
            .trim_end_matches([',', ';', ':'])
            .to_owned(),
        None => format!(
            "{}…",
            words[..TITLE_WORDS - 4]
                .join(" ")
                .trim_end_matches([',', ';', ':'])
        ),
    }
}

/// Drops a stamp in capitals from the front of a sentence: "UPDATE 0825 GMT: …",
/// "ORIGINAL ENTRY: …", "BREAKING: …", "MUST SEE: …".
fn strip_stamp(text: &str) -> &str {
    let Some((head, rest)) = text.split_once(':') else {
        return text;
    };
    let letters: Vec<char> = head.chars().filter(|c| c.is_alphabetic()).collect();
    let stamp = head.len() <= 24
        && head.split_whitespace().count() <= 4
        && letters.iter().all(|c| c.is_uppercase())
        && (letters.len() >= 5 || head.contains(char::is_whitespace))
        && !rest.trim().is_empty();
    if stamp { rest.trim_start() } else { text }
}

fn fold_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        build(&RawText {
            id: "t".into(),
            text: text.into(),
        })
    }

    #[test]
    fn sentences_carry_char_offsets_into_the_original() {
        let text = "\u{feff}Café owners protest\n\n“Rent is too\nhigh,” said one.  Others nodded.";
        let d = doc(text);
        let chars: Vec<char> = text.chars().collect();
        for s in &d.sentences {
            let original: String = chars[s.start as usize..s.end as usize].iter().collect();
            assert_eq!(fold_whitespace(&original), s.text);
        }
        let texts: Vec<&str> = d.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["“Rent is too high,” said one.", "Others nodded."]);
        assert_eq!((d.sentences[0].start, d.sentences[0].end), (22, 51));
    }

    /// The title a document gets from `input`.
    fn check(input: &str, expect: &str) {
        assert_eq!(doc(input).title, expect, "input: {input}");
    }

    #[test]
    fn titles() {
        check(
            "Bridge reopens\n\nThe bridge reopened on Monday.",
            "Bridge reopens",
        );
        check(
            "Russia and US agree ceasefire deal | World news | The Paper\n\nThe deal was agreed.",
            "Russia and US agree ceasefire deal",
        );
        check(
            "Ferry routes close as storm hits - City News\n\nRoutes closed.",
            "Ferry routes close as storm hits",
        );
        check("Obama - A Legacy\n\nHe left office.", "Obama - A Legacy");
        check(
            "Storm hits the coast - and more is coming\n\nIt rained.",
            "Storm hits the coast - and more is coming",
        );
        check(
            "MUST SEE: Navy pins down pirates in face-off\nThe navy acted.",
            "Navy pins down pirates in face-off",
        );
        check(
            "Another day in Hollywood; another star in rehab.\nShe checked in.",
            "Another day in Hollywood; another star in rehab",
        );
        check(
            "PHOTO: The two ministers\nLATEST\nThe ferry operator has repeated its threat to cut off service to the island over unpaid fees, protesting the ongoing delays in payment from the county.\nIt said so on Monday.",
            "The ferry operator has repeated its threat to cut off service to the island over unpaid fees",
        );
        check(
            "UPDATE 0825 GMT: Crews reached the north bank.\nUPDATE 0745 GMT: The water is falling.\nORIGINAL ENTRY: The river burst its banks on Monday night, flooding the old town.\nIt rained.",
            "The river burst its banks on Monday night, flooding the old town",
        );
        check(
            "Officials of the regional water authority in the valley have expressed their concern to the town council about the state of the old river dams.",
            "Officials of the regional water authority in the valley have expressed their concern to the town council",
        );
        check(
            "UPDATE 0745 GMT: The water is falling.\nUPDATE 0825 GMT: Crews reached the north bank.\nIt rained.",
            "The water is falling",
        );
        check(
            "A gang of four thieves -- two of them disguised as women -- on Thursday stole nearly all the jewels on display at the store.",
            "A gang of four thieves -- two of them disguised as women",
        );
        check("", "Untitled");
    }

    /// Offsets slice the original to each sentence's words, in order.
    fn assert_offsets_hold(text: &str) {
        let d = doc(text);
        let chars: Vec<char> = text.chars().collect();
        let mut previous_end = 0;
        for s in &d.sentences {
            assert!(
                s.start < s.end && s.end as usize <= chars.len() && s.start >= previous_end,
                "{text:?}"
            );
            let original: String = chars[s.start as usize..s.end as usize].iter().collect();
            assert_eq!(fold_whitespace(&original), s.text, "{text:?}");
            previous_end = s.end;
        }
        assert!(!d.title.is_empty(), "{text:?}");
    }

    #[test]
    fn odd_inputs_neither_panic_nor_break_offsets() {
        let fragments = [
            "",
            " ",
            "\n",
            "\r\n",
            "\r",
            "\u{2028}",
            "\n\n",
            "\u{feff}",
            "\u{a0}",
            "Share",
            "Advertisement",
            "PHOTO: x",
            "“",
            "”",
            "\"",
            "``",
            "''",
            ":",
            ".",
            "...",
            "…",
            "!",
            "?",
            "a. m.",
            "U. S.",
            "Mr.",
            "Gen.",
            "Lt. Gen. Smith",
            "E!",
            "(AP) — ",
            "BEIRUT — ",
            "UPDATE 0825 GMT:",
            "— X (@x) May 3, 2015",
            "pic.twitter.com/abc",
            "https://x.y/z",
            "img_1.jpg",
            "See X: Y",
            "Ship sinks",
            "It sank.",
            "“It sank,” he said.",
            "They [the crew] left.",
            "Официальные лица заявили.",
            "مرحبا.",
            "👍🏽",
            "e\u{301}",
            "\t",
            "Nov. 30, 2009",
            "Updated: 4/9/2007 6:04 PM",
            "I",
            "we",
            "(",
            ")",
        ];
        // A small deterministic generator: every text is a run of fragments joined by spaces or breaks.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..400 {
            let length = next(12);
            let mut text = String::new();
            for _ in 0..length {
                text.push_str(fragments[next(fragments.len())]);
                text.push_str([" ", "\n", "\n\n", ""][next(4)]);
            }
            assert_offsets_hold(&text);
        }
        for text in fragments {
            assert_offsets_hold(text);
        }
    }

    #[test]
    fn paragraphs_group_sentences() {
        let d = doc("Title of it here\n\nOne. Two.\n\nThree.");
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!((d.paragraphs[0].first, d.paragraphs[0].count), (0, 2));
        assert_eq!((d.paragraphs[1].first, d.paragraphs[1].count), (2, 1));
    }
}
