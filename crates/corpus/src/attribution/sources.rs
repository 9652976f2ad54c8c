//! Sources: the noun phrase that names who speaks, read off the words around a cue.
//!
//! Before the cue ("Finance Ministry spokeswoman Ana Silva said", "Patch, a former party
//! director, said") or after it ("…,” said the official"). Works on tokens and capitalisation
//! only, with a bounded length; it does not resolve who the phrase refers to.

use std::ops::Range;

use super::cues;
use super::words::{Word, is_clause_word, is_determiner, is_pronoun};

/// The longest source phrase accepted, in tokens.
const MAX_SOURCE: usize = 14;

/// Tokens that end a phrase.
fn is_boundary(w: &Word) -> bool {
    !w.is_word
        && !matches!(
            w.lower.as_str(),
            "." | "(" | ")" | "-" | "&" | "’" | "'" | "/"
        )
}

/// The subject before the cue word at `cue` (index into `words`), as a token range.
pub fn before(words: &[Word], cue: usize, floor: usize) -> Option<Range<usize>> {
    let mut end = cue;
    while end > floor
        && (is_between_subject_and_verb(&words[end - 1]) || floats_after_subject(words, end - 1))
    {
        end -= 1;
    }
    while end > floor + 1
        && is_time_word(&words[end - 1].lower)
        && !dates_the_phrase(&words[end - 2].lower)
    {
        end -= 1;
        if matches!(
            words[end - 1].lower.as_str(),
            "on" | "last" | "this" | "late" | "early"
        ) {
            end -= 1;
        }
    }
    if let Some(aside) = dash_aside(words, end, floor) {
        return Some(aside);
    }
    if end > floor + 1
        && matches!(words[end - 1].lower.as_str(), "which" | "who")
        && words[end - 2].lower == ","
    {
        // ", which denies …", ", who said …": the relative pronoun stands for its antecedent
        // (see [`antecedent`]); PolNeAR marks the pronoun itself as the source.
        return Some(end - 1..end);
    }
    if end > floor && words[end - 1].lower == "," {
        // "Name, a role, said"; else a stray comma after a clause-initial name ("Spokesman X, said").
        return appositive(words, end - 1, floor).or_else(|| {
            let start = phrase_start(words, end - 1, floor)?;
            let name = trim_lead(words, start, end - 1)?;
            let at_clause_start = name.start == floor || !words[name.start - 1].is_word;
            (at_clause_start && words[name.clone()].iter().all(|w| w.capital || !w.is_word))
                .then_some(name)
        });
    }
    if end > floor + 1
        && matches!(words[end - 1].lower.as_str(), "that" | "which" | "who")
        && words[end - 2].is_word
        && cues::cue_word(&words[end - 2].lower).is_none()
        && !is_clause_word(&words[end - 2].lower)
    {
        // A relative pronoun after its noun ("letters that called him …").
        return Some(end - 1..end);
    }
    let start = phrase_start(words, end, floor)?;
    let mut phrase = trim_lead(words, start, end)?;
    if phrase.len() == 1 && is_function_word(&words[phrase.start].lower) {
        return None;
    }
    if phrase.len() == 1 && is_pronoun(&words[phrase.start].lower) && phrase.start > floor {
        // "the outrage he had expressed", "what he called": a relative clause, not a report.
        let before = &words[phrase.start - 1];
        let noun = before.is_word
            && !before.capital
            && !is_clause_word(&before.lower)
            && cues::cue_word(&before.lower).is_none();
        if noun || before.lower == "what" {
            return None;
        }
    }
    if let Some(inner) = (phrase.start + 1..end).rev().find(|&j| {
        let w = &words[j];
        let before = &words[j - 1];
        !w.capital
            && matches!(
                w.lower.as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
            && before.is_word
            && !before.capital
            && !is_clause_word(&before.lower)
            && !matches!(
                before.lower.as_str(),
                "of" | "for" | "from" | "with" | "at" | "in"
            )
            && !reduced_relative(words, phrase.start, j)
    }) {
        phrase.start = inner;
    }
    let head = &words[phrase.start];
    let after_preposition = phrase.start > floor
        && matches!(
            words[phrase.start - 1].lower.as_str(),
            "of" | "in"
                | "on"
                | "at"
                | "by"
                | "with"
                | "from"
                | "for"
                | "about"
                | "into"
                | "over"
                | "to"
        );
    let bare = !head.capital && !is_determiner(&head.lower) && !is_pronoun(&head.lower);
    if after_preposition && bare && is_quantity(head) && words[phrase.start - 1].lower == "about" {
        // "about half of voters said": "about" qualifies the number.
        return Some(phrase.start - 1..phrase.end);
    }
    (!(after_preposition && bare)).then_some(phrase)
}

/// A number or fraction word ("half", "30", "two-thirds").
fn is_quantity(w: &Word) -> bool {
    w.lower.starts_with(|c: char| c.is_ascii_digit())
        || crate::numbers::cardinal_word(&w.lower).is_some()
        || matches!(
            w.lower.as_str(),
            "half" | "third" | "quarter" | "two-thirds" | "three-quarters" | "most" | "many"
        )
}

/// "Name — a role or aside — said": the name, the aside and its closing dash, when the cue
/// follows a dash that closes an aside opened within the clause.
fn dash_aside(words: &[Word], end: usize, floor: usize) -> Option<Range<usize>> {
    let is_dash = |w: &Word| matches!(w.lower.as_str(), "—" | "–" | "―" | "--");
    if end <= floor + 2 || !is_dash(&words[end - 1]) {
        return None;
    }
    let open = (floor..end - 1).rev().take(MAX_SOURCE * 2).find(|&j| {
        is_dash(&words[j]) || matches!(words[j].lower.as_str(), "." | "“" | "”" | "\"")
    })?;
    if !is_dash(&words[open]) || open + 1 >= end - 1 {
        return None;
    }
    let start = phrase_start(words, open, floor)?;
    let name = trim_lead(words, start, open)?;
    let head = &words[name.start];
    (head.capital || is_determiner(&head.lower)).then_some(name.start..end)
}

/// Whether the determiner at `det` opens the object of a participle that describes the noun
/// phrase starting at `start` ("The company managing the cables"): a determiner and a noun,
/// then the "-ing" word right before `det`.
fn reduced_relative(words: &[Word], start: usize, det: usize) -> bool {
    let participle = &words[det - 1].lower;
    det >= start + 3
        && participle.ends_with("ing")
        && participle.len() > 5
        && matches!(words[start].lower.as_str(), "the" | "a" | "an")
}

/// The noun phrase a relative pronoun at `rel` refers to ("the ministry" in "… blamed on the
/// ministry, which denies …"): the phrase ending just before it (past one comma), if any.
pub fn antecedent(words: &[Word], rel: usize, floor: usize) -> Option<Range<usize>> {
    if !matches!(
        words.get(rel)?.lower.as_str(),
        "who" | "which" | "that" | "whose"
    ) {
        return None;
    }
    let mut end = rel;
    if end > floor && words[end - 1].lower == "," {
        end -= 1;
    }
    if end <= floor || !words[end - 1].is_word || is_clause_word(&words[end - 1].lower) {
        return None;
    }
    let start = phrase_start(words, end, floor)?;
    let phrase = trim_lead(words, start, end)?;
    let head = &words[phrase.start];
    let nominal = head.capital || is_determiner(&head.lower) || !is_function_word(&head.lower);
    (nominal && !is_pronoun(&words[phrase.end - 1].lower)).then_some(phrase)
}

/// Words that cannot be a speaker on their own ("In", "There", "Additional").
fn is_function_word(lower: &str) -> bool {
    is_clause_word(lower)
        || is_time_word(lower)
        || matches!(
            lower,
            "there"
                | "here"
                | "then"
                | "now"
                | "also"
                | "additional"
                | "despite"
                | "during"
                | "this"
                | "these"
                | "those"
                | "such"
                | "having"
                | "being"
                | "goes"
        )
}

/// Auxiliaries, negations and adverbs that sit between a subject and its verb.
fn is_between_subject_and_verb(w: &Word) -> bool {
    let l = w.lower.as_str();
    cues::is_verb_adjunct(l)
        || is_aspect_word(l)
        || matches!(l, "not" | "n’t" | "n't")
        || l.ends_with("n’t")
        || l.ends_with("n't")
        || (!w.capital
            && l.ends_with("ly")
            && l.len() > 4
            && !matches!(
                l,
                "family" | "ally" | "rally" | "italy" | "assembly" | "supply"
            ))
}

/// A quantifier after its subject ("They have both argued", "the ministers all said"), not the
/// subject itself ("… and all said").
fn floats_after_subject(words: &[Word], i: usize) -> bool {
    matches!(words[i].lower.as_str(), "both" | "all" | "each")
        && i > 0
        && words[i - 1].is_word
        && !is_clause_word(&words[i - 1].lower)
}

/// Adverbs of time and verbs of aspect that sit before a cue without belonging to its subject
/// ("have long complained", "has twice warned", "began tweeting", "now says").
fn is_aspect_word(lower: &str) -> bool {
    matches!(
        lower,
        "long"
            | "twice"
            | "now"
            | "lately"
            | "began"
            | "begun"
            | "begin"
            | "begins"
            | "started"
            | "starts"
            | "continued"
            | "continues"
            | "continue"
            | "kept"
            | "keeps"
            | "since"
    )
}

/// Start of the phrase ending at `end` (exclusive), scanning back to a boundary.
fn phrase_start(words: &[Word], end: usize, floor: usize) -> Option<usize> {
    let mut i = end;
    let mut hops = 0;
    while i > floor {
        let w = &words[i - 1];
        if w.lower == ")" {
            let open = (floor..i - 1)
                .rev()
                .take(6)
                .find(|&j| words[j].lower == "(")?;
            i = open;
            continue;
        }
        if is_boundary(w) || (w.lower == "." && ends_sentence(words, i - 1)) {
            break;
        }
        let inside_name = matches!(w.lower.as_str(), "of" | "for")
            && i >= 2
            && words[i - 2].capital
            && words.get(i).is_some_and(|n| n.capital);
        let hop = hops < 2
            && matches!(
                w.lower.as_str(),
                "of" | "in" | "for" | "at" | "from" | "with" | "on"
            )
            && words.get(i).is_some_and(|n| {
                // "60 percent of voters", "half of all donors": a partitive "of" takes a bare noun;
                // so does a preposition after people named by a plural ("advocates for gun
                // control", "officials at state agencies").
                is_determiner(&n.lower)
                    || n.capital
                    || (i < end
                        && n.is_word
                        && !is_clause_word(&n.lower)
                        && (w.lower == "of" || (i >= 2 && is_plural_noun(&words[i - 2]))))
            })
            && i >= 2
            && words[i - 2].is_word
            && !is_clause_word(&words[i - 2].lower)
            && cues::cue_word(&words[i - 2].lower).is_none();
        let coordinated = w.lower == "and"
            && i >= 2
            && i < end
            && coordinates_subjects(&words[i - 2], words.get(i));
        // "Six in 10 voters": a proportion, not a preposition.
        let number = |x: &Word| {
            x.lower.chars().all(|c| c.is_ascii_digit())
                || crate::numbers::cardinal_word(&x.lower).is_some()
        };
        let proportion =
            w.lower == "in" && i >= 2 && number(&words[i - 2]) && words.get(i).is_some_and(number);
        if !w.capital
            && is_clause_word(&w.lower)
            && !inside_name
            && !hop
            && !coordinated
            && !proportion
        {
            break;
        }
        if hop {
            hops += 1;
        }
        // A lowercase past form right before a name is a verb ("reiterated U.N. calls").
        if !w.capital
            && w.lower.ends_with("ed")
            && i < end
            && words[i].capital
            && !is_determiner(&w.lower)
        {
            break;
        }
        let conjunct = words.get(i).is_some_and(|n| n.lower == "and");
        if is_pronoun(&w.lower) && i < end && !conjunct {
            break;
        }
        let plural_noun = i == end
            && w.lower.ends_with('s')
            && !matches!(
                w.lower.as_str(),
                "says" | "tells" | "adds" | "notes" | "writes"
            );
        if cues::cue_word(&w.lower).is_some() && !w.capital && !plural_noun {
            break;
        }
        i -= 1;
        if is_pronoun(&w.lower) {
            break;
        }
    }
    (i < end && end - i <= MAX_SOURCE).then_some(i)
}

/// Whether "`left` and `right` …" joins two subjects ("She and her aides", "reporters and
/// editors", "Clinton and former Gov. Lee") rather than two clauses ("talks ended and officials
/// said"): a pronoun, a name or a plural noun on the left, a noun phrase's opening on the right.
fn coordinates_subjects(left: &Word, right: Option<&Word>) -> bool {
    let Some(right) = right else {
        return false;
    };
    if matches!(
        right.lower.as_str(),
        "all" | "both" | "each" | "most" | "none"
    ) {
        return false; // "… and all said": the quantifier is the subject.
    }
    let opens_phrase = right.capital || is_determiner(&right.lower) || is_modifier(&right.lower);
    let plural_noun = is_plural_noun(left);
    let subject_pronoun = matches!(left.lower.as_str(), "he" | "she" | "they" | "we" | "i");
    if (left.capital || subject_pronoun) && opens_phrase {
        return true;
    }
    if matches!(
        right.lower.as_str(),
        "all" | "both" | "each" | "most" | "none"
    ) {
        return false; // "… and all said": the quantifier is the subject.
    }
    let noun_after =
        right.is_word && !is_clause_word(&right.lower) && !cues::is_verb_adjunct(&right.lower);
    plural_noun && (opens_phrase || noun_after)
}

/// Whether a word looks like a plural noun ("advocates", "editors"), not a verb or function word.
fn is_plural_noun(w: &Word) -> bool {
    w.is_word
        && w.lower.len() > 3
        && w.lower.ends_with('s')
        && !w.lower.ends_with("ss")
        && !is_clause_word(&w.lower)
        && cues::cue_word(&w.lower).is_none()
        && !cues::is_verb_adjunct(&w.lower)
}

/// Words before a title or name ("former Sen. Lee", "retired Gen. Ray").
fn is_title_modifier(lower: &str) -> bool {
    matches!(
        lower,
        "former" | "retired" | "late" | "then" | "acting" | "outgoing" | "incoming" | "interim"
    )
}

/// Words that open a noun phrase describing people ("former", "other", "many").
fn is_modifier(lower: &str) -> bool {
    matches!(
        lower,
        "former" | "other" | "current" | "many" | "some" | "several" | "fellow" | "senior" | "top"
    )
}

/// Words after which a time word belongs to the source phrase ("a poll released Thursday").
fn dates_the_phrase(lower: &str) -> bool {
    matches!(
        lower,
        "released" | "published" | "out" | "conducted" | "issued" | "taken" | "unveiled"
    )
}

/// Weekday names and relative time words that never name a speaker.
fn is_time_word(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tonight"
            | "week"
            | "weekend"
            | "night"
            | "morning"
            | "evening"
            | "afternoon"
            | "earlier"
            | "later"
    )
}

/// Whether the "." at `i` ends a sentence (not an abbreviation such as "Mr." or "Sen.", not the
/// dot of "(D-Va.)" or "Example.com").
fn ends_sentence(words: &[Word], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &words[p]) else {
        return true;
    };
    if let Some(next) = words.get(i + 1) {
        let touching = next.is_word && next.span.start == words[i].span.end;
        if touching || next.lower == ")" {
            return false;
        }
    }
    // "according to the AP. Then …": an acronym is written without a dot of its own.
    let abbreviation = !prev.acronym
        && prev.capital
        && prev.lower.len() <= 4
        && words
            .get(i + 1)
            .is_some_and(|n| n.capital || n.lower.starts_with(|c: char| c.is_ascii_digit()));
    !abbreviation
}

/// Drops sentence connectives and leading time phrases ("But", "On Tuesday") from a phrase.
fn trim_lead(words: &[Word], mut start: usize, end: usize) -> Option<Range<usize>> {
    // "WASHINGTON (Reuters) - Candidate X": a dateline before a dash.
    if let Some(dash) = (start..end)
        .rev()
        .find(|&j| matches!(words[j].lower.as_str(), "-" | "–" | "—"))
    {
        let after_parenthesis = dash > start && words[dash - 1].lower == ")";
        let all_capitalised = words[start..dash].iter().all(|w| w.capital || !w.is_word);
        if after_parenthesis || (all_capitalised && dash > start && dash - start <= 4) {
            start = dash + 1;
        }
    }
    while start < end && !words[start].is_word {
        start += 1;
    }
    while start < end {
        let w = &words[start].lower;
        let connective = matches!(
            w.as_str(),
            "but"
                | "and"
                | "so"
                | "yet"
                | "still"
                | "meanwhile"
                | "however"
                | "now"
                | "later"
                | "earlier"
                | "then"
                | "also"
                | "instead"
                | "indeed"
                | "here"
                | "there"
                | "today"
                | "yesterday"
                | "tonight"
                | "last"
                | "this"
                | "on"
                | "in"
                | "at"
                | "during"
                | "after"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "week"
                | "month"
                | "year"
                | "morning"
                | "night"
                | "evening"
                | "afternoon"
                | "."
                | "-"
                | "–"
                | "—"
                | "despite"
                | "although"
                | "while"
                | "since"
                | "if"
                | "because"
                | "as"
                | "when"
                | "though"
                | "unless"
                | "once"
                | "whether"
                | "even"
        ) && !(w == "this"
            && words
                .get(start + 1)
                .is_some_and(|n| !n.capital && end - start > 2));
        if !connective || end - start == 1 {
            break;
        }
        start += 1;
    }
    (start < end).then_some(start..end)
}

/// "Name, a role or relative clause, said": the name, the apposition and its trailing comma.
fn appositive(words: &[Word], comma: usize, floor: usize) -> Option<Range<usize>> {
    let inner_start = phrase_start_loose(words, comma, floor)?;
    if inner_start == 0 || inner_start <= floor || words[inner_start - 1].lower != "," {
        return None;
    }
    let mut name_end = inner_start - 1;
    // "Marley Anderson, 21, a junior from Las Vegas, said": an age between name and role.
    let is_age = |i: usize| words[i].lower.chars().all(|c| c.is_ascii_digit());
    if name_end >= 2 && is_age(name_end - 1) && words[name_end - 2].lower == "," {
        name_end -= 2;
    }
    let name_start = phrase_start(words, name_end, floor)?;
    let name = trim_lead(words, name_start, name_end)?;
    let inner = words[inner_start].lower.as_str();
    let aside = (matches!(inner, "for" | "however" | "too" | "meanwhile" | "though")
        && comma - inner_start <= 3)
        || matches!(
            inner,
            "in" | "at"
                | "after"
                | "before"
                | "during"
                | "asked"
                | "speaking"
                | "on"
                | "with"
                | "like"
                | "unlike"
                | "despite"
                | "when"
                | "while"
        );
    if matches!(inner, "which") || (inner.ends_with("ing") && inner.len() > 5) || aside {
        return Some(name);
    }
    let looks_like_name =
        words[name.clone()].iter().any(|w| w.capital) || is_determiner(&words[name.start].lower);
    let after_quote = name.start > 0
        && matches!(
            words[name.start - 1].lower.as_str(),
            "”" | "\"" | "''" | "“"
        );
    let end = if after_quote { comma } else { comma + 1 };
    (looks_like_name && comma + 1 - name.start <= MAX_SOURCE * 2).then_some(name.start..end)
}

/// Like [`phrase_start`] but lets relative clauses ("who worked for ...") through.
fn phrase_start_loose(words: &[Word], end: usize, floor: usize) -> Option<usize> {
    let mut i = end;
    while i > floor && end - i < MAX_SOURCE * 2 {
        let w = &words[i - 1];
        if is_boundary(w) {
            break;
        }
        i -= 1;
    }
    (i < end).then_some(i)
}

/// The subject after the cue word at `cue` ("said the official", "said Smith, a lawyer").
pub fn after(words: &[Word], cue: usize, ceiling: usize) -> Option<Range<usize>> {
    let first = words.get(cue + 1).filter(|_| cue + 1 < ceiling)?;
    let opens = first.capital
        || is_determiner(&first.lower)
        || first.lower.starts_with(|c: char| c.is_ascii_digit())
        || matches!(first.lower.as_str(), "he" | "she" | "they" | "we" | "i")
        || (is_title_modifier(&first.lower) && words.get(cue + 2).is_some_and(|n| n.capital));
    if !opens || first.lower == "that" || !first.is_word {
        return None;
    }
    let mut i = cue + 1;
    let mut commas = 0;
    while i < ceiling && i - cue <= MAX_SOURCE * 2 {
        let w = &words[i];
        if w.lower == "." && ends_sentence(words, i)
            || matches!(
                w.lower.as_str(),
                ";" | ":" | "“" | "”" | "\"" | "?" | "!" | "-" | "–" | "—"
            )
        {
            break;
        }
        let relative = words
            .get(i + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "who" | "whose"));
        if w.lower == "," && commas == 0 && relative && i > cue + 1 {
            // "said Ann Lee, who ran the campaign": the relative clause describes the source and
            // belongs to its span, up to the next comma or the end of the sentence.
            i += 2;
            while i < ceiling
                && !(matches!(
                    words[i].lower.as_str(),
                    "," | ";" | ":" | "“" | "”" | "\"" | "?" | "!" | "—" | "–"
                ) || words[i].lower == "." && ends_sentence(words, i))
            {
                i += 1;
            }
            break;
        }
        if w.lower == "," && (commas > 0 || !words.get(i + 1).is_some_and(opens_apposition)) {
            break;
        }
        if i > cue + 1
            && commas == 0
            && matches!(w.lower.as_str(), "who" | "which" | "that" | "whose")
        {
            break;
        }
        if w.lower == "," {
            commas += 1;
        }
        i += 1;
    }
    while i > cue + 2 && is_time_word(&words[i - 1].lower) && !dates_the_phrase(&words[i - 2].lower)
    {
        i -= 1;
        if matches!(words[i - 1].lower.as_str(), "on" | "last" | "this") {
            i -= 1;
        }
    }
    (i > cue + 1).then_some(cue + 1..i)
}

/// A name closing its sentence right after the cue: "…, said Ann Lee of the Farm Bureau.",
/// "…, said disaster agency official Lee." — up to four lower-case words describing the speaker,
/// then capitalised words (with "of", "the", "for", "and" inside) up to the sentence's end.
pub fn closing_name(words: &[Word], cue: usize, ceiling: usize) -> Option<Range<usize>> {
    let start = cue + 1;
    let mut i = start;
    while i < ceiling
        && i - start < 4
        && words[i].is_word
        && !words[i].capital
        && (i == start || !is_determiner(&words[i].lower))
        && !is_clause_word(&words[i].lower)
        && !is_time_word(&words[i].lower)
        && cues::cue_word(&words[i].lower).is_none()
    {
        i += 1;
    }
    let name_start = i;
    while i < ceiling
        && (words[i].capital && !is_time_word(&words[i].lower)
            || (i > name_start && matches!(words[i].lower.as_str(), "of" | "the" | "for" | "and"))
            || (words[i].lower == "." && !ends_sentence(words, i)))
    {
        i += 1;
    }
    let ends = i >= ceiling
        || matches!(words[i].lower.as_str(), "." | "!" | "?")
            && (i + 1 >= ceiling || ends_sentence(words, i));
    (i > name_start && ends && words[i - 1].capital).then_some(start..i)
}

fn opens_apposition(w: &Word) -> bool {
    matches!(w.lower.as_str(), "a" | "an" | "the")
        || (!w.capital
            && w.is_word
            && !is_clause_word(&w.lower)
            && !w.lower.ends_with("ing")
            && !matches!(w.lower.as_str(), "who" | "whose" | "which"))
}

#[cfg(test)]
mod tests {
    use super::super::words::tokenize;
    use super::*;

    fn source_before(text: &str, cue: &str) -> Option<String> {
        let words = tokenize(text, 0..text.len());
        let i = words.iter().position(|w| w.lower == cue)?;
        before(&words, i, 0)
            .map(|r| text[words[r.start].span.start..words[r.end - 1].span.end].to_owned())
    }

    fn source_after(text: &str, cue: &str) -> Option<String> {
        let words = tokenize(text, 0..text.len());
        let i = words.iter().position(|w| w.lower == cue)?;
        after(&words, i, words.len())
            .map(|r| text[words[r.start].span.start..words[r.end - 1].span.end].to_owned())
    }

    #[test]
    fn subjects_before_the_cue() {
        let check = |text: &str, want: Option<&str>| {
            assert_eq!(source_before(text, "said").as_deref(), want, "{text}")
        };
        check(
            "Foreign Ministry spokeswoman Maria Zakharova said the talks failed.",
            Some("Foreign Ministry spokeswoman Maria Zakharova"),
        );
        check("But he also said the talks failed.", Some("he"));
        check(
            "On Tuesday, the official said the talks failed.",
            Some("the official"),
        );
        check(
            "Sen. Chris Murphy (D-Conn.) said it.",
            Some("Sen. Chris Murphy (D-Conn.)"),
        );
        check(
            "Patch, a former party director, said it.",
            Some("Patch, a former party director,"),
        );
        check(
            "The ceasefire held and officials said more aid came.",
            Some("officials"),
        );
        check("He repeated the outrage he had expressed on Monday.", None);
        check("It is what he called a disaster.", None);
        check(
            "The attack was blamed on the ministry, which said it was not involved.",
            Some("which"),
        );
        check(
            "The company managing the cables said a ship was on its way.",
            Some("The company managing the cables"),
        );
    }

    #[test]
    fn a_relative_pronoun_refers_to_the_phrase_before_it() {
        let check = |text: &str, rel: &str, want: Option<&str>| {
            let words = tokenize(text, 0..text.len());
            let i = words.iter().position(|w| w.lower == rel);
            let got = i
                .and_then(|i| antecedent(&words, i, 0))
                .map(|r| text[words[r.start].span.start..words[r.end - 1].span.end].to_owned());
            assert_eq!(got.as_deref(), want, "{text}");
        };
        check(
            "The attack was blamed on the ministry, which denies involvement.",
            "which",
            Some("the ministry"),
        );
        check(
            "The plan was backed by Senator Ann Lee, who said it would pass.",
            "who",
            Some("Senator Ann Lee"),
        );
        check(
            "Voters who said they were undecided left.",
            "who",
            Some("Voters"),
        );
        check("It was he who said so.", "who", None);
    }

    #[test]
    fn subjects_after_the_cue() {
        let check = |text: &str, want: Option<&str>| {
            assert_eq!(source_after(text, "said").as_deref(), want, "{text}")
        };
        check(
            "“It is over,” said John Smith, a lawyer for the family.",
            Some("John Smith, a lawyer for the family"),
        );
        check("“It is over,” said the official.", Some("the official"));
        check(
            "“It is over,” said former Sen. Ann Lee.",
            Some("former Sen. Ann Lee"),
        );
        check("He said that it is over.", None);
        check(
            "“It is over,” said Rep. Ann Lee (D-Va.) at the time.",
            Some("Rep. Ann Lee (D-Va.) at the time"),
        );
    }

    #[test]
    fn a_dot_inside_a_name_or_after_an_acronym() {
        let check = |text: &str, want: Option<&str>| {
            let words = tokenize(text, 0..text.len());
            let i = words.iter().position(|w| w.lower == "to");
            let got = i
                .and_then(|i| after(&words, i, words.len()))
                .map(|r| text[words[r.start].span.start..words[r.end - 1].span.end].to_owned());
            assert_eq!(got.as_deref(), want, "{text}");
        };
        check(
            "It closed, according to Example.com. Later it opened.",
            Some("Example.com"),
        );
        check(
            "It closed, according to the AP. Then it opened.",
            Some("the AP"),
        );
        check(
            "It closed, according to Sen. Ann Lee.",
            Some("Sen. Ann Lee"),
        );
    }

    #[test]
    fn coordinated_subjects_and_words_between_subject_and_cue() {
        let check = |text: &str, cue: &str, want: Option<&str>| {
            assert_eq!(source_before(text, cue).as_deref(), want, "{text}")
        };
        check(
            "She and her aides said it.",
            "said",
            Some("She and her aides"),
        );
        check(
            "Reporters and editors know it.",
            "know",
            Some("Reporters and editors"),
        );
        check(
            "Mayor Ann Lee and former Gov. Bo Ray said it.",
            "said",
            Some("Mayor Ann Lee and former Gov. Bo Ray"),
        );
        check(
            "The talks ended and officials said it.",
            "said",
            Some("officials"),
        );
        check("He took their names and announced it.", "announced", None);
        check(
            "Rival candidates have long criticized it.",
            "criticized",
            Some("Rival candidates"),
        );
        check(
            "Ann Lee and Bo Ray have both argued it.",
            "argued",
            Some("Ann Lee and Bo Ray"),
        );
        check("The mayor now says it.", "says", Some("The mayor"));
        check("Mrs. Lee has since said it.", "said", Some("Mrs. Lee"));
        check(
            "Some advocates for gun control said it.",
            "said",
            Some("Some advocates for gun control"),
        );
        check("He won fees from speaking.", "speaking", None);
        check(
            "In Ohio, about half of voters said it.",
            "said",
            Some("about half of voters"),
        );
        check(
            "Ann Lee — a teacher from Ohio — said it.",
            "said",
            Some("Ann Lee — a teacher from Ohio —"),
        );
        check("They met the envoys and all said it.", "said", Some("all"));
    }
}
