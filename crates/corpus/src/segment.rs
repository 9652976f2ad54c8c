//! Segment: paragraph blocks in, sentences with exact byte ranges out.
//!
//! Owns sentence boundaries. `sentencex` (abbreviation- and quote-aware) proposes them on each
//! block; this module then repairs what news text and scraped or tokenised copy do to it:
//! a full stop with no space after it ("the city.After three days"), a split after an initial
//! ("Russian-U." + "S. talks"), after a title or month abbreviation ("Lt." + "Gen. Smith"),
//! after a spaced "a. m." ("9 a. m." + "Monday"), before a lowercase continuation
//! ("MyFoxHouston." + "com reports."), and a closing quotation mark cut off from the quote it
//! closes. It never moves text between blocks and does not decide what is content: the clean
//! stage did that.

use crate::clean::Block;
use crate::time::lexicon;

/// A sentence as a byte range of the original text, with its paragraph index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceSpan {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Index of the block it belongs to.
    pub block: usize,
}

/// Splits every block into sentences.
pub fn segment(text: &str, blocks: &[Block]) -> Vec<SentenceSpan> {
    let mut spans = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        let Some(body) = text.get(block.start..block.end) else {
            continue;
        };
        for (start, end) in split_block(body) {
            spans.push(SentenceSpan {
                start: block.start + start,
                end: block.start + end,
                block: index,
            });
        }
    }
    spans
}

/// Sentence byte ranges within one block.
fn split_block(block: &str) -> Vec<(usize, usize)> {
    // Line breaks inside a block are hard wraps; hide them from the splitter without moving bytes.
    let flat: String = block
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    let pieces: Vec<(usize, usize)> = sentencex::get_sentence_boundaries("en", &flat)
        .iter()
        .flat_map(|b| split_glued(&flat, b.start_byte, b.end_byte))
        .flat_map(|(s, e)| split_after_initialisms(&flat, s, e))
        .filter_map(|(s, e)| trim_range(&flat, s, e))
        .collect();
    let pieces = reattach_closing_quotes(&flat, pieces);
    merge_false_breaks(&flat, pieces)
}

/// Rejoins pieces that a full stop split where no sentence ends.
fn merge_false_breaks(text: &str, pieces: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match merged.last_mut() {
            Some(last) if is_false_break(&text[last.0..last.1], &text[piece.0..piece.1]) => {
                last.1 = piece.1;
            }
            _ => merged.push(piece),
        }
    }
    merged
}

/// Whether the boundary between `before` and `after` is not a sentence end.
fn is_false_break(before: &str, after: &str) -> bool {
    starts_lowercase(after)
        || !after.chars().any(char::is_alphanumeric)
        || (ends_with_initial(before) && !(ends_with_initialism(before) && starts_sentence(after)))
        || ends_with_title_abbreviation(before)
        || ends_with_letter_brand(before)
        || (ends_with_month_abbreviation(before) && after.starts_with(|c: char| c.is_ascii_digit()))
        || (ends_with_clock_abbreviation(before) && starts_with_time_context(after))
}

/// A sentence of English news never begins with a lowercase letter: "com reports.", "stirred.",
/// "m. on Thursday" are the rest of the sentence before them. (Lists and quotes in lowercase
/// after a colon were never split: a colon is not a boundary.)
fn starts_lowercase(piece: &str) -> bool {
    let first = piece
        .trim_start_matches(|c: char| "\"'“‘(`".contains(c))
        .chars()
        .next();
    first.is_some_and(char::is_lowercase)
}

/// "John F." or "Russian-U.": a sentence almost never ends in a lone capital initial.
fn ends_with_initial(sentence: &str) -> bool {
    let mut rev = sentence.chars().rev();
    let (dot, letter, before) = (rev.next(), rev.next(), rev.next());
    dot == Some('.')
        && letter.is_some_and(|c| c.is_ascii_uppercase())
        && before.is_none_or(|c| !c.is_alphanumeric())
}

/// The last six characters of a sentence, reversed, without whitespace: "U. S." → ".S.U".
fn reversed_tail_without_spaces(sentence: &str) -> String {
    sentence
        .chars()
        .rev()
        .take(6)
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// "U.S.", "U.N.", "U. S.": initials of a name, which may end a sentence.
fn ends_with_initialism(sentence: &str) -> bool {
    let tail = reversed_tail_without_spaces(sentence);
    let mut rev = tail.chars();
    let shape = [rev.next(), rev.next(), rev.next(), rev.next()];
    matches!(shape, [Some('.'), Some(a), Some('.'), Some(b)] if a.is_ascii_uppercase() && b.is_ascii_uppercase())
}

/// Words that open a sentence and do not continue a name: "The", "They", "But".
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "They",
    "He",
    "She",
    "It",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "A",
    "An",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "However",
    "Meanwhile",
    "Also",
    "Officials",
    "Some",
    "Many",
    "When",
    "After",
    "Before",
    "If",
    "As",
];

fn starts_sentence(piece: &str) -> bool {
    let word: String = piece.chars().take_while(|c| c.is_alphabetic()).collect();
    SENTENCE_OPENERS.contains(&word.as_str())
}

/// Splits after an initialism that ends a sentence ("held in the U.S. They left") or a month
/// name ("reopen in May. Critics said"): the splitter reads both as abbreviations and runs on.
fn split_after_initialisms(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut from = start;
    let piece = &text[start..end];
    for (i, _) in piece.match_indices(". ") {
        let dot = start + i;
        let (before, after) = (&text[from..=dot], &text[dot + 2..end]);
        let initialism_ends =
            ends_with_initialism(before) && starts_sentence(after) && !is_name_initials(before);
        let month_ends =
            ends_with_month_name(before) && after.starts_with(|c: char| c.is_uppercase());
        if initialism_ends || month_ends {
            pieces.push((from, dot + 1));
            from = dot + 2;
        }
    }
    pieces.push((from, end));
    pieces
}

/// "John F. K." style initials inside a name (a single capital before the initialism, or a
/// capitalised word right before it) are left alone; "the U.S." is not a name's initials.
fn is_name_initials(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let previous = words.len().checked_sub(2).and_then(|i| words.get(i));
    // "U. S." arrives as two words; look past the first initial.
    let previous = if last.len() == 2 && previous.is_some_and(|p| p.len() == 2 && p.ends_with('.'))
    {
        words.len().checked_sub(3).and_then(|i| words.get(i))
    } else {
        previous
    };
    previous.is_some_and(|p| {
        p.starts_with(|c: char| c.is_uppercase()) && !p.ends_with('.') && p.len() > 2
    })
}

/// The last word of `sentence` without its final full stop, if it ends in one.
fn last_word_before_stop(sentence: &str) -> Option<&str> {
    let body = sentence.strip_suffix('.')?;
    let word = body
        .rsplit(|c: char| c.is_whitespace() || "(“\"-–".contains(c))
        .next()?;
    (!word.is_empty()).then_some(word)
}

/// "E!": an exclamation mark after a lone capital is part of a name ("E! News").
fn ends_with_letter_brand(sentence: &str) -> bool {
    let mut rev = sentence.chars().rev();
    let (mark, letter, before) = (rev.next(), rev.next(), rev.next());
    mark == Some('!')
        && letter.is_some_and(|c| c.is_ascii_uppercase())
        && before.is_none_or(char::is_whitespace)
}

/// Titles that always precede a name: "Mr.", "Gen.", "Lt.", "Sen.", "Rev.".
fn ends_with_title_abbreviation(sentence: &str) -> bool {
    const TITLES: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl",
        "Pvt", "Adm", "Cmdr", "Brig", "Sen", "Rep", "Gov", "Rev", "Hon", "Pres", "Amb", "Insp",
        "Det", "Supt", "Fr", "Sr", "Messrs", "Mme", "Gens", "Sens", "Reps", "Mt", "Ft",
    ];
    last_word_before_stop(sentence).is_some_and(|w| TITLES.contains(&w))
}

/// A full month name before the stop: "in May." ("May" is also an abbreviation to the splitter).
fn ends_with_month_name(sentence: &str) -> bool {
    last_word_before_stop(sentence).is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && lexicon::MONTH_NAMES.contains(&w.to_lowercase().as_str())
    })
}

/// Month abbreviations that precede a day number: "Oct.", "Sept.".
fn ends_with_month_abbreviation(sentence: &str) -> bool {
    last_word_before_stop(sentence).is_some_and(|w| {
        let capitalised = w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().skip(1).all(|c| c.is_ascii_lowercase());
        capitalised && lexicon::MONTH_ABBREVIATIONS.contains(&w.to_lowercase().as_str())
    })
}

/// "a.m.", "p.m." and the spaced "a. m." of tokenised copy.
fn ends_with_clock_abbreviation(sentence: &str) -> bool {
    let tail = reversed_tail_without_spaces(sentence);
    let tail: String = tail.chars().rev().collect::<String>().to_lowercase();
    tail.ends_with("a.m.") || tail.ends_with("p.m.")
}

/// What follows a clock time inside a sentence: a weekday, a month (from the shared time
/// lexicon), a zone, "local", "ET".
fn starts_with_time_context(piece: &str) -> bool {
    const CONTEXT: &[&str] = &[
        "local",
        "eastern",
        "central",
        "pacific",
        "today",
        "tomorrow",
        "yesterday",
    ];
    let word: String = piece
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let word = word.to_lowercase();
    CONTEXT.contains(&word.as_str())
        || lexicon::is_zone_abbreviation(&word)
        || lexicon::is_month_word(&word)
        || lexicon::is_weekday_word(&word)
        || word.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Moves closing quotation marks that begin a piece ("” She said") back onto the sentence they
/// close, so a quote and its attribution read as written.
fn reattach_closing_quotes(text: &str, pieces: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut fixed: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for (start, end) in pieces {
        let piece = &text[start..end];
        let closing = piece.len() - piece.trim_start_matches(['”', '’', '»']).len();
        match fixed.last_mut() {
            Some(last) if closing > 0 => {
                last.1 = start + closing;
                if let Some(rest) = trim_range(text, start + closing, end) {
                    fixed.push(rest);
                }
            }
            _ => fixed.push((start, end)),
        }
    }
    fixed
}

/// Splits "word.Next" (a missing space after a full stop) inside a range.
fn split_glued(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut from = start;
    let bytes = text.as_bytes();
    for i in start + 2..end.saturating_sub(2) {
        let glued = bytes[i] == b'.'
            && bytes[i - 1].is_ascii_lowercase()
            && bytes[i - 2].is_ascii_lowercase()
            && bytes[i + 1].is_ascii_uppercase()
            && bytes[i + 2].is_ascii_lowercase();
        if glued && !looks_like_domain(&text[i..end]) {
            pieces.push((from, i + 1));
            from = i + 1;
        }
    }
    pieces.push((from, end));
    pieces
}

/// "Example.Com" style names are not two sentences. `from_dot` starts at the full stop.
fn looks_like_domain(from_dot: &str) -> bool {
    let after = &from_dot[1..];
    let word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    matches!(
        word.to_lowercase().as_str(),
        "com" | "org" | "net" | "gov" | "edu" | "io" | "co"
    )
}

/// Trims whitespace from both ends of a range; drops it if nothing is left.
fn trim_range(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    (!trimmed.is_empty()).then(|| (start + lead, start + lead + trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::ParagraphKind;

    fn sentences(text: &str) -> Vec<&str> {
        let block = Block {
            start: 0,
            end: text.len(),
            kind: ParagraphKind::Text,
        };
        segment(text, &[block])
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    /// Each case: one paragraph, and the sentences a careful reader sees in it.
    fn check(input: &str, expect: &[&str]) {
        assert_eq!(sentences(input), expect, "input: {input}");
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        check(
            "The U.S. and the U.N. met on Oct. 1 in Geneva. Mr. Smith and Gen. Jones spoke in Sept. about it. Then they left.",
            &[
                "The U.S. and the U.N. met on Oct. 1 in Geneva.",
                "Mr. Smith and Gen. Jones spoke in Sept. about it.",
                "Then they left.",
            ],
        );
        check(
            "Lt. Gen. Stephen Townsend and Sen. John McCain met Sgt. Ruiz. It was short.",
            &[
                "Lt. Gen. Stephen Townsend and Sen. John McCain met Sgt. Ruiz.",
                "It was short.",
            ],
        );
        check(
            "Talks resume on Sept. 12 in Geneva, the U.N. said. Few expect progress.",
            &[
                "Talks resume on Sept. 12 in Geneva, the U.N. said.",
                "Few expect progress.",
            ],
        );
    }

    #[test]
    fn a_sentence_may_end_in_the_month_may() {
        check(
            "The bridge reopens in May. Critics opposed the plan. It opened on May 5. Then it shut.",
            &[
                "The bridge reopens in May.",
                "Critics opposed the plan.",
                "It opened on May 5.",
                "Then it shut.",
            ],
        );
    }

    #[test]
    fn names_with_stops_and_marks() {
        check(
            "He told E! News. The fall happened in the Aoraki-Mt. Cook National Park.",
            &[
                "He told E! News.",
                "The fall happened in the Aoraki-Mt. Cook National Park.",
            ],
        );
        check(
            "I partied! Then I stopped.",
            &["I partied!", "Then I stopped."],
        );
    }

    #[test]
    fn a_sentence_may_still_end_in_an_abbreviation() {
        check(
            "The talks were held in the U.S. They ended late.",
            &["The talks were held in the U.S.", "They ended late."],
        );
    }

    #[test]
    fn clock_times_do_not_end_sentences() {
        check(
            "The fire started at 6 a.m. Sunday and was out by 9 p.m. Crews stayed overnight.",
            &[
                "The fire started at 6 a.m. Sunday and was out by 9 p.m.",
                "Crews stayed overnight.",
            ],
        );
        check(
            "He fled on foot at around 9 a. m., Lyons said. She survived.",
            &[
                "He fled on foot at around 9 a. m., Lyons said.",
                "She survived.",
            ],
        );
        check(
            "At 9.25 a. m. on Thursday, the warship spotted five boats.",
            &["At 9.25 a. m. on Thursday, the warship spotted five boats."],
        );
        check(
            "He walked in around 10 a. m. Monday, the chief said.",
            &["He walked in around 10 a. m. Monday, the chief said."],
        );
    }

    #[test]
    fn spaced_initials_of_tokenised_copy_do_not_end_sentences() {
        check(
            "The U. S. Marshals added him to their list. He is armed.",
            &[
                "The U. S. Marshals added him to their list.",
                "He is armed.",
            ],
        );
        check(
            "Fighting goes on despite Russian-U.S. agreements. It is late.",
            &[
                "Fighting goes on despite Russian-U.S. agreements.",
                "It is late.",
            ],
        );
    }

    #[test]
    fn a_lowercase_continuation_is_not_a_new_sentence() {
        check(
            "He is armed and dangerous, MyFoxHouston. com reports. Police are searching.",
            &[
                "He is armed and dangerous, MyFoxHouston. com reports.",
                "Police are searching.",
            ],
        );
        check(
            "Fans chanted \"Klitschko! Klitschko! \" as the lights stirred.",
            &["Fans chanted \"Klitschko! Klitschko! \" as the lights stirred."],
        );
    }

    #[test]
    fn missing_space_after_full_stop_still_splits() {
        check(
            "It reached the east of the city.After three days it stopped.",
            &[
                "It reached the east of the city.",
                "After three days it stopped.",
            ],
        );
        assert_eq!(split_glued("see Example.Com now", 0, 19), [(0, 19)]);
    }

    #[test]
    fn hard_wrap_does_not_split_and_offsets_stay_exact() {
        check(
            "Delays in getting the\napprovals slowed work. It ended.",
            &["Delays in getting the\napprovals slowed work.", "It ended."],
        );
    }

    #[test]
    fn a_quotation_spanning_sentences_keeps_its_attribution_at_its_end() {
        check(
            "“It will get worse. We cannot stop it,” she said. Others agreed.",
            &[
                "“It will get worse. We cannot stop it,” she said.",
                "Others agreed.",
            ],
        );
        check(
            "“We will not surrender.” The group said so in a statement.",
            &[
                "“We will not surrender.”",
                "The group said so in a statement.",
            ],
        );
        check(
            "\"It is over. We lost,\" he said. He left.",
            &["\"It is over. We lost,\" he said.", "He left."],
        );
        check(
            "``It will get worse. We cannot stop it,'' she said. Others agreed.",
            &[
                "``It will get worse. We cannot stop it,'' she said.",
                "Others agreed.",
            ],
        );
        check(
            "“It is over.” he said, and left.",
            &["“It is over.” he said, and left."],
        );
        check(
            "``Tara was 100 percent professional,'' he told reporters. ``She came in prepared.''",
            &[
                "``Tara was 100 percent professional,'' he told reporters.",
                "``She came in prepared.''",
            ],
        );
    }

    #[test]
    fn ellipses_and_questions() {
        check(
            "Is this really a good idea? What if the film bombs... We'll see.",
            &[
                "Is this really a good idea?",
                "What if the film bombs...",
                "We'll see.",
            ],
        );
    }
}
