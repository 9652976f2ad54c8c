//! Lines: the source cut into trimmed, non-empty lines that remember where they came from, and
//! the small text tests every other part of the clean stage shares ("does this end a sentence?",
//! "does this read like a headline?"). It judges shapes only, never meaning.

/// One non-empty line of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// Byte offset of its first non-space character in the source.
    pub start: usize,
    /// The line without surrounding whitespace.
    pub text: &'a str,
    /// Whether a blank line (or the start of the text) comes right before it.
    pub blank_before: bool,
}

impl Line<'_> {
    /// Byte offset just past its last non-space character.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// What a line of the source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Running text, block quotes, subheadings.
    Content,
    /// The headline (every copy of it).
    Title,
    /// A dateline or "Updated: ..." line.
    Dateline,
    /// Page furniture: markers, captions, credits, rails, links, bylines.
    Furniture,
    /// The footer of an embedded post ("— Name (@handle) date"): furniture that also tells
    /// that the line before it is a quoted post.
    EmbedFooter,
}

/// Splits `text` into trimmed, non-empty lines. A byte-order mark counts as space.
pub fn split(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut offset = 0;
    let mut blank_before = true;
    for raw in raw_lines(text) {
        let line_start = offset;
        offset += raw.len();
        let trimmed = raw.trim_matches(is_space);
        if trimmed.is_empty() {
            blank_before = true;
            continue;
        }
        let start = line_start + (raw.len() - raw.trim_start_matches(is_space).len());
        lines.push(Line {
            start,
            text: trimmed,
            blank_before,
        });
        blank_before = false;
    }
    lines
}

/// The lines of `text` with their breaks: "\n", "\r\n", a lone "\r" (old Mac files), and the
/// Unicode line and paragraph separators.
fn raw_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let end = rest
            .char_indices()
            .find_map(|(i, c)| match c {
                '\n' | '\u{2028}' | '\u{2029}' => Some(i + c.len_utf8()),
                '\r' if bytes.get(i + 1) != Some(&b'\n') => Some(i + 1),
                _ => None,
            })
            .unwrap_or(rest.len());
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

/// Whitespace, including the no-break space and a stray byte-order mark.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Whether a line ends like a sentence (closing quotes and brackets aside).
pub fn ends_sentence(line: &str) -> bool {
    let core = line.trim_end_matches(|c: char| "”\"’')]` ".contains(c));
    core.ends_with(['.', '!', '?', '…'])
}

/// The words of a line, split on whitespace.
pub fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

/// Reads like a headline: a few words, no closing sentence punctuation, not a lead-in or a
/// fragment, starting with a capital, a digit or an opening quote.
pub fn is_headline(line: &str) -> bool {
    (2..=16).contains(&word_count(line))
        && !ends_sentence(line)
        && !line
            .trim_end_matches(|c: char| "”\"’'`".contains(c))
            .ends_with([':', ',', ';', '-', '–', '—'])
        && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "“\"‘'".contains(c))
}

/// Letters of a line, and whether there are some and all are capitals.
pub fn is_all_caps(line: &str) -> bool {
    let mut letters = line.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// Lowercase letters and digits of a line, with everything else folded to single spaces:
/// "  LATEST: " → "latest".
pub fn normalized(line: &str) -> String {
    let mapped: String = line
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '\'' || c == '’' {
                c
            } else {
                ' '
            }
        })
        .collect();
    mapped
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace('’', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_their_offsets_and_blank_lines() {
        let text = "\u{feff}Title here\r\n\r\n  Body one.\nBody two.\n";
        let lines = split(text);
        let got: Vec<(&str, bool)> = lines.iter().map(|l| (l.text, l.blank_before)).collect();
        assert_eq!(
            got,
            [
                ("Title here", true),
                ("Body one.", true),
                ("Body two.", false)
            ]
        );
        for line in &lines {
            assert_eq!(&text[line.start..line.end()], line.text);
        }
    }

    #[test]
    fn every_kind_of_line_break_splits() {
        let text = "One.\rTwo.\r\nThree.\u{2028}Four.\n\rFive.";
        let got: Vec<(&str, bool)> = split(text)
            .iter()
            .map(|l| (l.text, l.blank_before))
            .collect();
        assert_eq!(
            got,
            [
                ("One.", true),
                ("Two.", false),
                ("Three.", false),
                ("Four.", false),
                ("Five.", true)
            ]
        );
        for line in split(text) {
            assert_eq!(&text[line.start..line.end()], line.text);
        }
    }

    #[test]
    fn shapes() {
        for (line, ends, headline) in [
            ("It ended.", true, false),
            ("“It ended,” she said.", true, false),
            ("“Humanitarian Aid Has Yet to Happen”", false, true),
            ("Reports: Russia Bombs Rebels for 1st Time", false, true),
            (
                "Kerry told a conference in Washington on Thursday:",
                false,
                false,
            ),
            ("network which premiered in 2005", false, false),
            ("I'm not just a party girl. ``", true, false),
            ("Word", false, false),
            (
                "Besides ``American Pie'' and her E! reality show ``Taradise,''",
                false,
                false,
            ),
        ] {
            assert_eq!(ends_sentence(line), ends, "{line}");
            assert_eq!(is_headline(line), headline, "{line}");
        }
        assert_eq!(normalized(" LATEST: "), "latest");
        assert!(is_all_caps("TUESDAY FEATURE") && !is_all_caps("Tuesday") && !is_all_caps("123"));
    }
}
