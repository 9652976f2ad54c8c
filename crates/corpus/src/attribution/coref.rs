//! Coreference across documents: one name for the same person despite spelling variants.
//!
//! "Yevgeny A. Petrov", "Evgeny Petrov" and "Petrov" become one speaker: names are compared by
//! surname (exact, after dropping titles and middle initials) and given name (Jaro-Winkler
//! similarity, or an initial); a bare surname joins the only full name that carries it. The
//! canonical form is the most used full variant. It does not look at the text around names.

use std::collections::HashMap;

use strsim::jaro_winkler;

use super::speakers::{is_person_name, strip_titles};

/// Given-name similarity above which two names with the same surname are one person.
const GIVEN_NAME_SIMILARITY: f64 = 0.8;

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
            .filter(|c| key(&c[0]).1 == surname)
            .collect();
        if let [only] = owners.as_slice() {
            map.insert((*name).clone(), only[0].clone());
        }
    }
    map
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
        return false;
    }
    let initial = ga.chars().next() == gb.chars().next() && (ga.len() == 1 || gb.len() == 1);
    initial || jaro_winkler(&ga, &gb) >= GIVEN_NAME_SIMILARITY
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
