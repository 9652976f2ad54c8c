//! Assembles one model [`Document`] from the clean and segment stages.

use dossier_model::{Document, Paragraph, Sentence};

use crate::ingest::RawText;
use crate::offsets::CharIndex;
use crate::{clean, segment};

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
    let title = cleaned.title.clone().unwrap_or_else(|| fallback_title(&sentences));
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
    for (i, span) in spans.iter().enumerate() {
        match paragraphs.last_mut() {
            Some(p) if spans[i - 1].block == span.block => p.count += 1,
            _ => paragraphs.push(Paragraph { first: i as u32, count: 1, kind: blocks[span.block].kind }),
        }
    }
    paragraphs
}

/// With no headline, the article is named by its first sentence, shortened to a dozen words.
fn fallback_title(sentences: &[Sentence]) -> String {
    let Some(first) = sentences.first() else { return "Untitled".into() };
    let text = strip_stamp(&first.text);
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 14 {
        return text.trim_end_matches(['.', ':']).to_owned();
    }
    format!("{}…", words[..12].join(" ").trim_end_matches([',', ';', ':']))
}

/// Drops a live-blog stamp ("UPDATE 0825 GMT:") from the front of a sentence.
fn strip_stamp(text: &str) -> &str {
    match text.split_once(':') {
        Some((head, rest)) if head.len() <= 24 && head.chars().any(|c| c.is_ascii_digit())
            && head.split_whitespace().next().is_some_and(|w| w.chars().all(|c| c.is_uppercase())) =>
        {
            rest.trim_start()
        }
        _ => text,
    }
}

fn fold_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        build(&RawText { id: "t".into(), text: text.into() })
    }

    #[test]
    fn sentences_carry_char_offsets_into_the_original() {
        let text = "Café owners protest\n\n“Rent is too high,” said one. Others nodded.";
        let d = doc(text);
        let chars: Vec<char> = text.chars().collect();
        for s in &d.sentences {
            let original: String = chars[s.start as usize..s.end as usize].iter().collect();
            assert_eq!(fold_whitespace(&original), s.text);
        }
        assert_eq!(d.sentences[0].text, "“Rent is too high,” said one.");
    }

    #[test]
    fn title_falls_back_to_the_first_sentence_without_a_stamp() {
        let d = doc("UPDATE 0825 GMT: The ferry left port at dawn with forty passengers aboard and a crew of twelve.\nIt arrived late.");
        assert_eq!(d.title, "The ferry left port at dawn with forty passengers aboard and a…");
    }

    #[test]
    fn paragraphs_group_sentences() {
        let d = doc("Title of it here\n\nOne. Two.\n\nThree.");
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!((d.paragraphs[0].first, d.paragraphs[0].count), (0, 2));
        assert_eq!((d.paragraphs[1].first, d.paragraphs[1].count), (2, 1));
    }
}
