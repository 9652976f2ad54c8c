//! Quotes: sentences that quote someone, with the nearest named speaker.
//!
//! Foundation level: a direct quote is text between quotation marks (or a block-quote paragraph);
//! its speaker is a name in the same sentence, else the nearest name before it in the document.
//! Reported speech, pronoun resolution and grouping belong to the claims engine that replaces
//! this module.

use std::sync::LazyLock;

use dossier_model::{Claim, ClaimKind, Document, ParagraphKind, SentenceRef};
use regex::Regex;

static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"“([^”]{12,})”|"([^"]{12,})""#).unwrap());
/// Two or more capitalised words, optionally with an initial: "John Kerry", "Sergey V. Lavrov".
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+)+\b").unwrap()
});

/// Every quotation in every document.
pub fn extract_all(documents: &[Document]) -> Vec<Claim> {
    documents.iter().flat_map(extract).collect()
}

/// The quotations of one document, with their nearest named speaker.
pub fn extract(doc: &Document) -> Vec<Claim> {
    let quote_paragraphs: Vec<bool> = sentence_in_block_quote(doc);
    let mut claims = Vec::new();
    for (i, sentence) in doc.sentences.iter().enumerate() {
        let quotes: Vec<String> = if quote_paragraphs[i] {
            vec![sentence.text.clone()]
        } else {
            QUOTED
                .captures_iter(&sentence.text)
                .filter_map(|c| c.get(1).or(c.get(2)).map(|m| m.as_str().trim().to_owned()))
                .collect()
        };
        for (n, text) in quotes.into_iter().enumerate() {
            let speaker = nearest_name(doc, i, !quote_paragraphs[i]).unwrap_or_else(|| "Unattributed".into());
            claims.push(Claim {
                id: format!("{}:{}:{}", doc.id, i, n),
                at: SentenceRef { doc: doc.id.clone(), sentence: i as u32 },
                speaker,
                text,
                kind: ClaimKind::Direct,
                cue: None,
            });
        }
    }
    claims
}

fn sentence_in_block_quote(doc: &Document) -> Vec<bool> {
    let mut flags = vec![false; doc.sentences.len()];
    for p in doc.paragraphs.iter().filter(|p| p.kind == ParagraphKind::Quote) {
        for i in p.first..p.first + p.count {
            flags[i as usize] = true;
        }
    }
    flags
}

/// A name outside the quotation marks of sentence `at`, else the last name in earlier sentences.
fn nearest_name(doc: &Document, at: usize, look_in_sentence: bool) -> Option<String> {
    if look_in_sentence {
        let outside = QUOTED.replace_all(&doc.sentences[at].text, " ");
        if let Some(name) = last_name(&outside) {
            return Some(name);
        }
    }
    doc.sentences[..at].iter().rev().find_map(|s| last_name(&QUOTED.replace_all(&s.text, " ")))
}

fn last_name(text: &str) -> Option<String> {
    NAME.find_iter(text).last().map(|m| m.as_str().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document;
    use crate::ingest::RawText;

    fn claims(text: &str) -> Vec<(String, String)> {
        let doc = document::build(&RawText { id: "d".into(), text: text.into() });
        extract(&doc).into_iter().map(|c| (c.speaker, c.text)).collect()
    }

    #[test]
    fn quote_with_name_in_the_sentence() {
        let got = claims("Port strike ends\n\n“We are going back to work,” union leader Anna Berg said.");
        assert_eq!(got, [("Anna Berg".to_string(), "We are going back to work,".to_string())]);
    }

    #[test]
    fn pronoun_speaker_takes_the_nearest_earlier_name() {
        let got = claims("Port strike ends\n\nUnion leader Anna Berg spoke first. “The vote was clear and final,” she said.");
        assert_eq!(got[0].0, "Anna Berg");
    }

    #[test]
    fn block_quote_paragraph_is_a_quote() {
        let got = claims("Port strike ends\n\nUnion leader Anna Berg told reporters on Friday:\n\nWe are going back to work tomorrow.");
        assert_eq!(got, [("Anna Berg".to_string(), "We are going back to work tomorrow.".to_string())]);
    }
}
