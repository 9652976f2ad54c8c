//! Quotes: the spans between quotation marks in a paragraph, curly or straight.
//!
//! An opening mark pairs with the next closing mark (of either style, since scraped text mixes
//! them); a quote left open at the end of a paragraph runs to its end (the news convention for a
//! quote continued in the next paragraph). Spans include the marks. It does not say who speaks.

use std::ops::Range;

use super::words::{Word, is_close_quote, is_open_quote};

/// Quote spans (byte ranges including the marks) among `words` of `text`.
pub fn find(text: &str, words: &[Word], paragraph_end: usize) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for w in words.iter().filter(|w| !w.is_word) {
        let token = &text[w.span.clone()];
        let prev = text[..w.span.start].chars().next_back();
        match open {
            None if is_open_quote(token, prev) => open = Some(w.span.start),
            Some(start) if is_close_quote(token, prev) || is_spaced_close(text, w) => {
                spans.push(start..w.span.end);
                open = None;
            }
            Some(start) if token == "“" && is_open_quote(token, prev) => {
                // A new opening mark before any close: the earlier quote ran to here.
                spans.push(start..trim_end(text, w.span.start));
                open = Some(w.span.start);
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        spans.push(start..trim_end(text, paragraph_end));
    }
    spans.retain(|s| s.end > s.start + 2);
    spans
}

/// A straight mark typed after a space but closing the open quotation: it follows the
/// quotation's last punctuation and is glued to the next word ("… challenged them, "the officer
/// said").
fn is_spaced_close(text: &str, mark: &Word) -> bool {
    let before = text[..mark.span.start].trim_end_matches(' ');
    let spaced = before.len() < mark.span.start;
    let after_punctuation = before.ends_with([',', '.', '?', '!']);
    let glued = text[mark.span.end..]
        .chars()
        .next()
        .is_some_and(char::is_alphabetic);
    &text[mark.span.clone()] == "\"" && spaced && after_punctuation && glued
}

fn trim_end(text: &str, end: usize) -> usize {
    text[..end].trim_end().len()
}

/// Whether byte `at` lies inside one of `quotes`.
pub fn inside(quotes: &[Range<usize>], at: usize) -> bool {
    quotes.iter().any(|q| q.start <= at && at < q.end)
}

#[cfg(test)]
mod tests {
    use super::super::words::tokenize;
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let words = tokenize(text, 0..text.len());
        find(text, &words, text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn curly_straight_mixed_and_open_quotes() {
        assert_eq!(
            quotes("“It is over,” he said. “We won.”"),
            ["“It is over,”", "“We won.”"]
        );
        assert_eq!(quotes(r#"He said "no deal" today."#), [r#""no deal""#]);
        assert_eq!(
            quotes(r#"“definitely not support" him"#),
            [r#"“definitely not support""#]
        );
        assert_eq!(
            quotes("“It could create problems here,“ said Jim."),
            ["“It could create problems here,“"]
        );
        assert_eq!(
            quotes("“We will keep going. There is more to do."),
            ["“We will keep going. There is more to do."]
        );
    }

    #[test]
    fn a_closing_mark_typed_after_a_space_still_closes() {
        assert_eq!(
            quotes(r#""The ship turned and challenged them, "the officer said."#),
            [r#""The ship turned and challenged them, ""#]
        );
        // Not after the quotation's punctuation: a new quotation opens.
        assert_eq!(
            quotes(r#"He said "yes" and "no" today."#),
            [r#""yes""#, r#""no""#]
        );
    }
}
