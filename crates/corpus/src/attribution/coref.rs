//! Coreference across documents: one name for the same person despite spelling variants.
//!
//! "Yevgeny A. Petrov", "Evgeny Petrov" and "Petrov" become one speaker: names are compared by
//! surname (exact, after dropping titles and middle initials) and given name (Jaro-Winkler
//! similarity, or an initial); a surname one letter off joins only under the same given name
//! ("Ilse Wolfe", "Ilse Wolff"); a bare surname joins the only full name that carries it. The
//! canonical form is the most used full variant. Descriptions and names differing only in case,
//! a leading article or the dots and spaces of an abbreviation ("police", "the police", "Police";
//! "U. S. Marshals", "US Marshals") are one speaker too, and so are an acronym and the one name
//! of the story it spells ("U.N.", "United Nations"), and an organisation and the one name that
//! qualifies it ("State Department", "US State Department"). It does not look at the text
//! around names.

use std::collections::HashMap;

use strsim::{jaro_winkler, levenshtein};

use super::speakers::{is_person_name, strip_titles};

/// Given-name similarity above which two names with the same surname are one person.
const GIVEN_NAME_SIMILARITY: f64 = 0.8;

/// The shortest surnames that may differ by one letter and still be one person's.
const SHORTEST_VARIED_SURNAME: usize = 4;

/// Maps every name in `names` to its canonical form.
pub fn canonical_names<'a>(names: impl Iterator<Item = &'a str>) -> HashMap<String, String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for n in names {
        *counts.entry(n.to_owned()).or_default() += 1;
    }
    let mut variants: Vec<(&String, &usize)> = counts.iter().collect();
    variants.sort_by(|a, b| {
        b.1.cmp(a.1)
            .then(b.0.len().cmp(&a.0.len()))
            .then(a.0.cmp(b.0))
    });
    let mut clusters: Vec<Vec<String>> = Vec::new();
    for (name, _) in variants
        .iter()
        .filter(|(n, _)| key(n).0.is_some() && is_person_name(&strip_titles(n)))
    {
        match clusters.iter_mut().find(|c| same_person(&c[0], name)) {
            Some(c) => c.push((*name).clone()),
            None => clusters.push(vec![(*name).clone()]),
        }
    }
    let mut map = HashMap::new();
    for c in &clusters {
        for v in c {
            map.insert(v.clone(), c[0].clone());
        }
    }
    merge_abbreviations(&variants, &mut map);
    for (name, _) in variants.iter().filter(|(n, _)| key(n).0.is_none()) {
        let surname = normalise(&strip_titles(name));
        let owners: Vec<&Vec<String>> = clusters
            .iter()
            .filter(|c| c.iter().any(|v| key(v).1 == surname))
            .collect();
        if let [only] = owners.as_slice() {
            map.insert((*name).clone(), only[0].clone());
        }
    }
    merge_spellings(&variants, &mut map);
    merge_acronyms(&variants, &mut map);
    merge_qualified(&variants, &mut map);
    map
}

/// "State Department" and "US State Department": an organisation's name of two or more
/// capitalised words joins the one name of the story that is it with one more word in front
/// (a country or nationality); with two such names ("Russian Foreign Ministry", "Syrian
/// Foreign Ministry") it stays as it is.
fn merge_qualified(variants: &[(&String, &usize)], map: &mut HashMap<String, String>) {
    for (short, _) in variants {
        if initials(short).is_none() || is_person_name(&strip_titles(short)) {
            continue;
        }
        let longer: Vec<String> = variants
            .iter()
            .filter(|(n, _)| {
                n.strip_suffix(short.as_str())
                    .and_then(|p| p.strip_suffix(' '))
                    .is_some_and(|p| !p.contains(' ') && p.starts_with(|c: char| c.is_uppercase()))
            })
            .map(|(n, _)| target(map, n))
            .collect();
        if let [only] = longer.as_slice() {
            redirect(map, short, only);
        }
    }
}

/// "U.N." and "United Nations", "NHS" and "National Health Service": an acronym is the one name
/// in the story whose capitalised words it spells; both become the full name.
fn merge_acronyms(variants: &[(&String, &usize)], map: &mut HashMap<String, String>) {
    for (acronym, _) in variants {
        let Some(letters) = acronym_letters(acronym) else {
            continue;
        };
        let full: Vec<String> = variants
            .iter()
            .filter(|(n, _)| initials(n).is_some_and(|i| i == letters))
            .map(|(n, _)| target(map, n))
            .collect();
        if let [only] = full.as_slice() {
            redirect(map, acronym, only);
        }
    }
}

/// Makes `to` the canonical name of `from` and of every name that had `from`'s canonical name.
fn redirect(map: &mut HashMap<String, String>, from: &str, to: &str) {
    let old = map.get(from).cloned().unwrap_or(from.into());
    for v in map.values_mut().filter(|v| **v == old) {
        *v = to.to_owned();
    }
    map.insert(from.to_owned(), to.to_owned());
}

/// The canonical name of `name` so far.
fn target(map: &HashMap<String, String>, name: &str) -> String {
    map.get(name).cloned().unwrap_or(name.into())
}

/// The letters of an acronym ("U.N." → "UN", "NATO"): two to six capitals, nothing else.
fn acronym_letters(name: &str) -> Option<String> {
    let letters: String = name.chars().filter(|c| *c != '.').collect();
    let n = letters.chars().count();
    ((2..=6).contains(&n) && letters.chars().all(|c| c.is_ascii_uppercase())).then_some(letters)
}

/// The initials of a name of two or more capitalised words, skipping "of", "for", "the", "and"
/// ("United Nations" → "UN"); None for anything else.
fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "for" | "the" | "and" | "on"))
        .collect();
    let named = words.len() >= 2
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().any(char::is_lowercase)
        });
    named.then(|| words.iter().filter_map(|w| w.chars().next()).collect())
}

/// Names and descriptions not merged as people that differ only in case, a leading article, or
/// the dots and spaces of an abbreviation: one speaker, under the most used spelling (on a tie,
/// one in lower case, then the shortest).
fn merge_spellings(variants: &[(&String, &usize)], map: &mut HashMap<String, String>) {
    let mut by_key: HashMap<String, Vec<(&String, usize)>> = HashMap::new();
    for (name, count) in variants.iter().filter(|(n, _)| !map.contains_key(*n)) {
        by_key
            .entry(spelling_key(name))
            .or_default()
            .push((name, **count));
    }
    for spellings in by_key.values().filter(|s| s.len() > 1) {
        let Some((canonical, _)) = spellings.iter().max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(starts_lower(a.0).cmp(&starts_lower(b.0)))
                .then(b.0.len().cmp(&a.0.len()))
                .then(b.0.cmp(a.0))
        }) else {
            continue;
        };
        for (name, _) in spellings.iter().filter(|(n, _)| n != canonical) {
            map.insert((*name).clone(), (*canonical).clone());
        }
    }
}

fn starts_lower(s: &str) -> bool {
    s.starts_with(char::is_lowercase)
}

/// A spelling without case, leading article, dots, or spaces between single letters: "The U. S.
/// Marshals" → "us marshals".
fn spelling_key(name: &str) -> String {
    let lower = name.to_lowercase().replace('.', " ");
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() > 1 && matches!(words[0], "the" | "a" | "an") {
        words.remove(0);
    }
    let mut key = String::new();
    let mut previous_single = false;
    for w in words {
        let single = w.chars().count() == 1;
        let glued = single && previous_single; // "u s" → "us"
        if !key.is_empty() && !glued {
            key.push(' ');
        }
        key.push_str(w);
        previous_single = single;
    }
    key
}

/// "U.S." and "US", "U.N." and "UN": one name, the most used spelling.
fn merge_abbreviations(variants: &[(&String, &usize)], map: &mut HashMap<String, String>) {
    let undotted = |n: &str| n.replace('.', "");
    for (name, _) in variants
        .iter()
        .filter(|(n, _)| n.contains('.') || n.chars().all(|c| c.is_uppercase()))
    {
        let canonical = variants
            .iter()
            .find(|(other, _)| undotted(other) == undotted(name))
            .map(|(o, _)| (*o).clone());
        if let Some(c) = canonical.filter(|c| c != *name) {
            map.insert((*name).clone(), c);
        }
    }
}

/// (given name, surname), normalised; given name is None for a single word.
fn key(name: &str) -> (Option<String>, String) {
    let clean = strip_titles(name);
    let words: Vec<&str> = clean
        .split_whitespace()
        .filter(|w| !is_initial(w))
        .collect();
    match words.as_slice() {
        [] => (None, String::new()),
        [one] => (None, normalise(one)),
        [first, .., last] => (Some(normalise(first)), normalise(last)),
    }
}

fn is_initial(w: &str) -> bool {
    w.len() <= 2 && w.ends_with('.')
}

fn normalise(w: &str) -> String {
    w.trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_lowercase()
}

/// Whether two full names are one person.
fn same_person(a: &str, b: &str) -> bool {
    let (Some(ga), sa) = key(a) else { return false };
    let (Some(gb), sb) = key(b) else { return false };
    if sa != sb {
        // "Ilse Wolfe" and "Ilse Wolff": one letter off, under the very same given name.
        let long = |s: &str| s.chars().count() >= SHORTEST_VARIED_SURNAME;
        return ga == gb && long(&sa) && long(&sb) && levenshtein(&sa, &sb) == 1;
    }
    let initial = ga.chars().next() == gb.chars().next() && (ga.len() == 1 || gb.len() == 1);
    initial || jaro_winkler(&ga, &gb) >= GIVEN_NAME_SIMILARITY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organisation_joins_the_one_name_that_qualifies_it() {
        let names = [
            "State Department",
            "US State Department",
            "Foreign Ministry",
            "Russian Foreign Ministry",
            "Syrian Foreign Ministry",
        ];
        let map = canonical_names(names.iter().copied());
        let canonical = |n: &str| map.get(n).map_or(n, String::as_str).to_owned();
        assert_eq!(canonical("State Department"), "US State Department");
        // Two countries' ministries: the bare name could be either.
        assert_eq!(canonical("Foreign Ministry"), "Foreign Ministry");
    }

    #[test]
    fn an_acronym_joins_the_one_name_it_spells() {
        let names = [
            "U.N.",
            "UN",
            "United Nations",
            "NATO",
            "U.S.",
            "United States",
            "EU",
            "European Union",
            "Energy Unit",
        ];
        let map = canonical_names(names.iter().copied());
        let canonical = |n: &str| map.get(n).map_or(n, String::as_str).to_owned();
        assert_eq!(canonical("U.N."), "United Nations");
        assert_eq!(canonical("UN"), "United Nations");
        assert_eq!(canonical("U.S."), "United States");
        assert_eq!(canonical("NATO"), "NATO");
        // Two names spell "EU": the acronym stays itself.
        assert_eq!(canonical("EU"), "EU");
        assert_eq!(canonical("European Union"), "European Union");
    }

    #[test]
    fn spelling_variants_merge_and_others_stay_apart() {
        let names = [
            "Sergey V. Lavrov",
            "Sergei Lavrov",
            "Sergei Lavrov",
            "Mr. Lavrov",
            "Lavrov",
            "Anna Berg",
            "Tom Berg",
        ];
        let map = canonical_names(names.into_iter());
        assert_eq!(map["Sergey V. Lavrov"], "Sergei Lavrov");
        assert_eq!(map["Mr. Lavrov"], "Sergei Lavrov");
        assert_eq!(map["Lavrov"], "Sergei Lavrov");
        assert_eq!(map["Anna Berg"], "Anna Berg");
        assert_eq!(map["Tom Berg"], "Tom Berg");
    }

    #[test]
    fn a_surname_one_letter_off_merges_only_under_the_same_given_name() {
        let names = [
            "Dana Hartz",
            "Dana Hartz",
            "Dana Harts",
            "Harts",
            "Tom Hartz",
            "Ann Lee",
            "Ann Leo",
            "Eva Marsh",
            "Evan Marsch",
        ];
        let map = canonical_names(names.into_iter());
        assert_eq!(map["Dana Harts"], "Dana Hartz");
        assert_eq!(map["Harts"], "Dana Hartz");
        assert_eq!(map["Tom Hartz"], "Tom Hartz");
        assert_eq!(
            map["Ann Leo"], "Ann Leo",
            "three-letter surnames stay apart"
        );
        assert_eq!(map["Evan Marsch"], "Evan Marsch", "another given name");
    }

    #[test]
    fn spellings_differing_in_case_article_or_dots_are_one_speaker() {
        let names = [
            "police",
            "police",
            "Police",
            "the police",
            "a ferry source",
            "The ferry source",
            "A ferry source",
            "U. S. Coast Guard",
            "US Coast Guard",
            "US Coast Guard",
            "the ferry company",
            "a ferry",
        ];
        let map = canonical_names(names.into_iter());
        assert_eq!(map["Police"], "police");
        assert_eq!(map["the police"], "police");
        assert_eq!(map["The ferry source"], "a ferry source");
        assert_eq!(map["A ferry source"], "a ferry source");
        assert_eq!(map["U. S. Coast Guard"], "US Coast Guard");
        assert_eq!(map.get("the ferry company"), None);
        assert_eq!(map.get("a ferry"), None);
    }
}
