//! Speakers: the people and organisations a document names, with the role and affiliation the
//! text gives them, and the resolution of a source phrase to one of them.
//!
//! "Finance Ministry spokeswoman Ana Silva" gives a name, a role and an affiliation; "Ms.
//! Silva" and "Silva" resolve to the document's full name; "he"/"she" to the speaker before;
//! "the spokeswoman" to the entity with that role. Names the document uses as places ("in
//! Ardmore", "the district of …", "the Middle East", a dateline) are no people. A person's
//! gender is read only from what the document says of them (titles, gendered role words,
//! a pronoun the text ties to them alone), never from the name itself. Capitalisation and closed
//! lists of role nouns only; merging across documents belongs to `coref`.

use std::sync::LazyLock;

use super::words;
use regex::Regex;

/// A resolved speaker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speaker {
    /// The name (or the description, when nothing resolves it).
    pub name: String,
    /// The role, if stated.
    pub role: Option<String>,
    /// The affiliation, if stated.
    pub affiliation: Option<String>,
    /// Whether the name is a person's or organisation's proper name.
    pub named: bool,
}

const ROLES: &str = r"(?:(?:deputy|vice|assistant|acting|former)\s+)?(?:spokes(?:wo)?man|spokesperson|press secretary|secretary of state|foreign minister|prime minister|defen[cs]e (?:minister|secretary)|minister|secretary|president|vice president|ambassador|envoy|official|director|chairman|chairwoman|chief|commander|leader|senator|sen\.|rep\.|governor|gov\.|mayor|general|gen\.|colonel|lawyer|attorney|analyst|professor|adviser|advisor|aide|negotiator|representative|strategist|manager|editor|correspondent|reporter|researcher|head|founder|ceo|chancellor|king|queen|pope|judge|sheriff|captain|coordinator|activist|inspector|constable|detective|sergeant|officer|pilot|prosecutor|doctor|coach|publicist|superintendent|commissioner|marshal|economist|scientist|seismologist|engineer|executive|historian|columnist|councillor|councilor|councilman|councilwoman|alderman)";

static ROLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<aff>(?:[A-Z][\w’'.-]*\s+){{1,4}}?)??(?i:(?P<role>{ROLES}))\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z](?:\.|\b))*(?:\s+(?:(?:de|van|von|al|bin|el|la|der)\s+)?[A-Z][\w’'-]+)+)"
    ))
    .expect("static regex")
});

/// A role word anywhere in a phrase.
static ROLE_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b{ROLES}\b")).expect("static regex"));

/// Whether an unnamed source describes a person by role ("a company spokeswoman who asked not
/// to be named", "the official"), not an organisation ("the telecommunications company").
pub fn describes_a_person(description: &str) -> bool {
    ROLE_WORD.is_match(description)
}

/// A description ending in a role, then a one-word name closing the phrase ("disaster agency
/// official Fauzi", "the club's coach Lee").
static ROLE_THEN_ONE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<described>.*\b(?i:{ROLES}))\s+(?P<name>[A-Z][\w’'-]+)$"
    ))
    .expect("static regex")
});

static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[A-Z][\w’'-]+(?:\s+[A-Z](?:\.|\b))*(?:\s+(?:(?:de|van|von|al|bin|el|la|der|of|for)\s+)?[A-Z][\w’'-]+)+").expect("static regex")
});

const TITLES: &[&str] = &[
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sen.",
    "Rep.",
    "Gov.",
    "Gen.",
    "Prof.",
    "President",
    "Senator",
    "Secretary",
    "Minister",
    "General",
    "Judge",
    "Inspector",
    "Insp.",
    "Constable",
    "Captain",
    "Capt.",
    "Chief",
    "Detective",
    "Det.",
    "Sergeant",
    "Sgt.",
    "Lieutenant",
    "Lt.",
    "Colonel",
    "Col.",
    "Officer",
    "Superintendent",
    "Supt.",
    "Commissioner",
    "Coach",
    "Councillor",
    "Councilor",
];

/// An entity named in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Full name.
    pub name: String,
    /// Role, if stated at some mention.
    pub role: Option<String>,
    /// Affiliation, if stated at some mention.
    pub affiliation: Option<String>,
    /// The gender the document gives the person, if it gives exactly one.
    pub gender: Option<Gender>,
}

/// A person's gender as a document shows it, for matching "he" and "she".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Nouns and titles that give a person's gender.
const GENDERED_WORDS: &[(&str, Gender)] = &[
    ("mr", Gender::Male),
    ("spokesman", Gender::Male),
    ("chairman", Gender::Male),
    ("congressman", Gender::Male),
    ("councilman", Gender::Male),
    ("businessman", Gender::Male),
    ("policeman", Gender::Male),
    ("actor", Gender::Male),
    ("father", Gender::Male),
    ("husband", Gender::Male),
    ("son", Gender::Male),
    ("brother", Gender::Male),
    ("boy", Gender::Male),
    ("man", Gender::Male),
    ("grandfather", Gender::Male),
    ("king", Gender::Male),
    ("prince", Gender::Male),
    ("duke", Gender::Male),
    ("widower", Gender::Male),
    ("boyfriend", Gender::Male),
    ("nephew", Gender::Male),
    ("uncle", Gender::Male),
    ("mrs", Gender::Female),
    ("ms", Gender::Female),
    ("miss", Gender::Female),
    ("spokeswoman", Gender::Female),
    ("chairwoman", Gender::Female),
    ("congresswoman", Gender::Female),
    ("councilwoman", Gender::Female),
    ("businesswoman", Gender::Female),
    ("policewoman", Gender::Female),
    ("actress", Gender::Female),
    ("mother", Gender::Female),
    ("wife", Gender::Female),
    ("daughter", Gender::Female),
    ("sister", Gender::Female),
    ("girl", Gender::Female),
    ("woman", Gender::Female),
    ("grandmother", Gender::Female),
    ("queen", Gender::Female),
    ("princess", Gender::Female),
    ("duchess", Gender::Female),
    ("widow", Gender::Female),
    ("girlfriend", Gender::Female),
    ("niece", Gender::Female),
    ("aunt", Gender::Female),
];

/// The gender a description or role gives its person ("a company spokeswoman who asked not to
/// be named", "Mrs."): its gendered words before any "of", "for", "who" … that starts
/// describing someone else ("a friend of the actress" gives none); None when there are none or
/// they disagree.
pub fn gender_in_words(description: &str) -> Option<Gender> {
    let mut found = None;
    for w in description.split(|c: char| !c.is_alphanumeric()) {
        let lower = w.to_lowercase();
        if matches!(
            lower.as_str(),
            "of" | "for" | "from" | "at" | "with" | "to" | "in" | "who" | "whose" | "that"
        ) {
            break;
        }
        let Some((_, g)) = GENDERED_WORDS.iter().find(|(word, _)| *word == lower) else {
            continue;
        };
        if found.is_some_and(|f| f != *g) {
            return None;
        }
        found = Some(*g);
    }
    found
}

/// Whether a person of gender `known` can be called by a pronoun of gender `wanted` (unknown
/// either side fits).
pub fn fits(known: Option<Gender>, wanted: Option<Gender>) -> bool {
    known.is_none() || wanted.is_none() || known == wanted
}

/// The gender a personal pronoun gives ("he" male, "she" female, "I" none).
pub fn pronoun_gender(phrase: &str) -> Option<Gender> {
    let first = phrase.split_whitespace().next()?.to_lowercase();
    match first.as_str() {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender the document gives a speaker: the entity's, else what the role or description
/// says.
pub fn gender_of(speaker: &Speaker, entities: &[Entity]) -> Option<Gender> {
    if let Some(e) = entities.iter().find(|e| e.name == speaker.name)
        && e.gender.is_some()
    {
        return e.gender;
    }
    speaker
        .role
        .as_deref()
        .and_then(gender_in_words)
        .or_else(|| {
            (!speaker.named)
                .then(|| gender_in_words(&speaker.name))
                .flatten()
        })
}

/// Gender evidence for the people of `found` in one sentence: a title or role word before a
/// mention ("Mr. Lind", "spokeswoman Ann Berg"), a description in apposition after it ("Berg, a
/// spokeswoman for …"), and — when the sentence surely names only that person and has no
/// gendered noun or title — the gendered pronouns after it ("Lena Dahl has starred in her films").
/// `people[i]` says whether `found[i]` names a person (worked out once per document).
fn gender_evidence(text: &str, found: &[Entity], people: &[bool]) -> Vec<(usize, Gender)> {
    let mut evidence = Vec::new();
    let mut mentioned: Vec<(usize, usize)> = Vec::new(); // (entity, end of first mention)
    let mut ambiguous = false; // a word naming two people
    for m in CAPITALISED.find_iter(text) {
        let word = strip_possessive(m.as_str());
        let person = |i: &usize| people[*i];
        let mut owners: Vec<usize> = (0..found.len())
            .filter(|i| person(i) && surname(&found[*i].name) == Some(word.as_str()))
            .collect();
        let by_given_name = owners.is_empty();
        if by_given_name {
            owners = (0..found.len())
                .filter(|i| person(i) && found[*i].name.split_whitespace().next() == Some(&word))
                .collect();
        }
        if owners.len() > 1 {
            ambiguous = true;
        }
        let [i] = owners.as_slice() else {
            continue; // no one's name, or two people's
        };
        let i = *i;
        let name_start = if by_given_name {
            m.start()
        } else {
            name_start_before(text, m.start(), &found[i].name)
        };
        // "Mr. Lind", "spokeswoman Ann Berg", or a noun set off before a name alone ("his
        // wife, Ann,").
        let titled = text[..name_start]
            .split_whitespace()
            .next_back()
            .filter(|w| !w.ends_with(',') || by_given_name && text[m.end()..].starts_with(','))
            .and_then(|w| gender_in_words(w.trim_end_matches([',', '.'])));
        let apposition = text[m.end()..]
            .strip_prefix(", ")
            .filter(|rest| {
                rest.starts_with("a ") || rest.starts_with("an ") || rest.starts_with("the ")
            })
            .map(|rest| rest.split([',', ';']).next().unwrap_or(""))
            .and_then(gender_in_words);
        if let Some(g) = titled.or(apposition) {
            evidence.push((i, g));
        }
        if !mentioned.iter().any(|(j, _)| *j == i) {
            mentioned.push((i, m.end()));
        }
    }
    let gendered_noun = text
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| gender_in_words(w).is_some());
    if let ([(i, end)], false, false) = (mentioned.as_slice(), ambiguous, gendered_noun)
        && let Some(g) = pronouns_after(&text[*end..])
    {
        evidence.push((*i, g));
    }
    evidence
}

/// Where the mention of `name` whose last word starts at `word_start` starts: the words before
/// it that belong to the name ("Tom" of "Tom Lind").
fn name_start_before(text: &str, word_start: usize, name: &str) -> usize {
    let mut start = word_start;
    for _ in 1..name.split_whitespace().count() {
        let before = text[..start].trim_end();
        let at = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = before[at..].trim_end_matches('.');
        if word.is_empty()
            || !name
                .split_whitespace()
                .any(|w| w.trim_end_matches('.') == word)
        {
            break;
        }
        start = at;
    }
    start
}

/// The gender of the pronouns in `rest` when all of them have one gender and no gendered noun
/// names somebody else.
fn pronouns_after(rest: &str) -> Option<Gender> {
    let mut found = None;
    for w in rest.split(|c: char| !c.is_alphanumeric()) {
        let lower = w.to_lowercase();
        let g = match lower.as_str() {
            "he" | "him" | "his" | "himself" => Gender::Male,
            "she" | "her" | "hers" | "herself" => Gender::Female,
            _ if GENDERED_WORDS.iter().any(|(word, _)| *word == lower) => return None,
            _ => continue,
        };
        if found.is_some_and(|f| f != g) {
            return None;
        }
        found = Some(g);
    }
    found
}

/// Sets each entity's gender from the evidence of every sentence; conflicting evidence leaves
/// it unknown.
fn assign_genders(found: &mut [Entity], sentences: &[&str]) {
    let mut seen: Vec<(Option<Gender>, bool)> = vec![(None, false); found.len()];
    for e in found.iter().enumerate() {
        if let Some(g) = e.1.role.as_deref().and_then(gender_in_words) {
            seen[e.0] = (Some(g), false);
        }
    }
    let people: Vec<bool> = found.iter().map(|e| is_person_name(&e.name)).collect();
    for text in sentences {
        for (i, g) in gender_evidence(text, found, &people) {
            let (known, conflict) = &mut seen[i];
            if known.is_some_and(|k| k != g) {
                *conflict = true;
            }
            *known = Some(g);
        }
    }
    for (e, (g, conflict)) in found.iter_mut().zip(seen) {
        e.gender = if conflict { None } else { g };
    }
}

/// The people and organisations named in a document's sentences, first mention first.
pub fn entities<'a>(sentences: impl Iterator<Item = &'a str>) -> Vec<Entity> {
    let sentences: Vec<&str> = sentences.collect();
    let mut found: Vec<Entity> = Vec::new();
    let mut places: Vec<String> = Vec::new();
    for &text in &sentences {
        places.extend(non_person_mentions(text));
        for c in ROLE_NAME.captures_iter(text) {
            let Some(name) = c
                .name("name")
                .map(|m| strip_titles(&strip_possessive(m.as_str())))
            else {
                continue;
            };
            let role = c.name("role").map(|r| r.as_str().to_owned());
            let affiliation = c
                .name("aff")
                .map(|a| a.as_str().trim().to_owned())
                .filter(|a| !is_sentence_word(a));
            upsert(
                &mut found,
                Entity {
                    name,
                    role,
                    affiliation,
                    gender: None,
                },
            );
        }
        for m in NAME.find_iter(text) {
            let name = clean_name(m.as_str());
            if name.split_whitespace().count() >= 2
                && !is_non_person_mention(text, m.start(), m.end())
            {
                upsert(
                    &mut found,
                    Entity {
                        name,
                        role: None,
                        affiliation: None,
                        gender: None,
                    },
                );
            }
        }
    }
    // A name also used as a place ("East Ardmore" and "in Ardmore") is not a speaker.
    found.retain(|e| {
        let last = e.name.split_whitespace().last().unwrap_or_default();
        e.role.is_some() || !places.iter().any(|p| *p == e.name || *p == last)
    });
    assign_genders(&mut found, &sentences);
    found
}

/// The capitalised words and names of one sentence that it uses as places or otherwise not as
/// people (see [`is_non_person_mention`]); organisation names after "the" are left out, as
/// "the White House" still speaks.
fn non_person_mentions(text: &str) -> impl Iterator<Item = String> + '_ {
    CAPITALISED
        .find_iter(text)
        .filter(|m| is_place_mention(text, m.start(), m.end()))
        .chain(NAME.find_iter(text).filter(|m| {
            is_non_person_mention(text, m.start(), m.end())
                && (is_place_mention(text, m.start(), m.end())
                    || is_person_name(&strip_possessive(m.as_str())))
        }))
        .map(|m| strip_possessive(m.as_str()))
}

/// The names a document uses as places (or, person-shaped, otherwise not as people): a speaker
/// with one of these names and no stated role is no speaker.
pub fn places<'a>(sentences: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for text in sentences {
        for p in non_person_mentions(text) {
            if !found.contains(&p) {
                found.push(p);
            }
        }
    }
    found
}

/// A name as matched, without possessive, leading article, titles or a role before it
/// ("Brazil Finance Minister Ana Silva" → "Ana Silva").
fn clean_name(matched: &str) -> String {
    let name = strip_possessive(matched);
    let name = without_opening_words(&name);
    if let Some(n) = ROLE_NAME.captures(name).and_then(|c| c.name("name")) {
        return strip_titles(&strip_possessive(n.as_str()));
    }
    strip_titles(name)
}

const ORGANISATION_WORDS: &[&str] = &[
    "Hospital",
    "Plc",
    "Inc",
    "Inc.",
    "Ltd",
    "Corp",
    "Corp.",
    "LLC",
    "Airlines",
    "Hotel",
    "School",
    "College",
    "Warship",
    "Ministry",
    "Department",
    "Committee",
    "Committees",
    "Council",
    "Army",
    "Forces",
    "Force",
    "Observatory",
    "Group",
    "Society",
    "Organization",
    "Organisation",
    "Union",
    "Nations",
    "Party",
    "News",
    "Agency",
    "University",
    "Institute",
    "House",
    "Court",
    "Office",
    "Commission",
    "Coalition",
    "Center",
    "Centre",
    "Times",
    "Post",
    "Press",
    "Association",
    "Bank",
    "Company",
    "Corporation",
    "Police",
    "Service",
    "Services",
    "Government",
    "Federation",
    "Republic",
    "States",
    "Kingdom",
    "Project",
    "Foundation",
    "Fund",
    "Network",
    "Church",
    "Campaign",
    "Telecom",
    "Telecommunications",
    "Communications",
    "Systems",
    "Technologies",
    "Energy",
    "Motors",
    "Media",
    "Holdings",
    "Industries",
    "Airways",
    "Railways",
    "Presse",
    "Broadcasting",
    "Television",
    "Radio",
    "Magazine",
    "Journal",
    "Herald",
    "Tribune",
    "Board",
    "Authority",
    "Bureau",
    "Administration",
    "Assembly",
    "Parliament",
    "Senate",
    "Congress",
    "Navy",
    "Command",
    "Brigade",
    "Battalion",
    "Museum",
    "Club",
    "League",
    "Clinic",
    "Survey",
];

/// Capitalised words that make a name a place's ("Lake Park", "Transit Corridor").
const PLACE_WORDS: &[&str] = &[
    "Park", "Street", "Avenue", "Road", "River", "Lake", "Mountain", "Mount", "Valley", "Island",
    "Islands", "Bay", "Coast", "Corridor", "Airport", "Station", "Square", "Bridge", "Highway",
    "District", "Province", "County", "Region", "City", "Village", "Sea", "Ocean", "Strait",
];

/// First words of place names that no one's given name is ("New Delhi", "Middle East").
const PLACE_FIRST_WORDS: &[&str] = &[
    "New", "North", "South", "East", "West", "Middle", "Central", "Northern", "Southern",
    "Eastern", "Western", "Upper", "Lower", "Los", "Las", "San", "Santa", "Port", "Fort", "Cape",
    "Gulf",
];

/// How wide a place a place noun names: a local place (a district, a town, a street) lies inside
/// the wider area a story is set in (a province, a country, a region).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PlaceLevel {
    Local,
    Wide,
}

/// Common nouns of places, one lexicon for two uses: after a name they make it a place ("in the
/// Lee district", "Ardmore village"), and `grouping` reads where a count was counted from them
/// ("in the province", "across 13 countries").
pub(super) const PLACE_NOUNS: &[(&str, PlaceLevel)] = &[
    ("district", PlaceLevel::Local),
    ("village", PlaceLevel::Local),
    ("town", PlaceLevel::Local),
    ("city", PlaceLevel::Local),
    ("county", PlaceLevel::Local),
    ("area", PlaceLevel::Local),
    ("capital", PlaceLevel::Local),
    ("neighborhood", PlaceLevel::Local),
    ("neighbourhood", PlaceLevel::Local),
    ("suburb", PlaceLevel::Local),
    ("municipality", PlaceLevel::Local),
    ("park", PlaceLevel::Local),
    ("street", PlaceLevel::Local),
    ("road", PlaceLevel::Local),
    ("airport", PlaceLevel::Local),
    ("regency", PlaceLevel::Local),
    ("province", PlaceLevel::Wide),
    ("prefecture", PlaceLevel::Wide),
    ("region", PlaceLevel::Wide),
    ("state", PlaceLevel::Wide),
    ("country", PlaceLevel::Wide),
    ("countries", PlaceLevel::Wide),
    ("nation", PlaceLevel::Wide),
    ("world", PlaceLevel::Wide),
    ("island", PlaceLevel::Wide),
    ("river", PlaceLevel::Wide),
    ("valley", PlaceLevel::Wide),
    ("corridor", PlaceLevel::Wide),
    ("border", PlaceLevel::Wide),
    ("coast", PlaceLevel::Wide),
];

/// The level of a place noun (lower case), if the word is one.
pub(super) fn place_level(noun: &str) -> Option<PlaceLevel> {
    PLACE_NOUNS
        .iter()
        .find(|(n, _)| *n == noun)
        .map(|(_, level)| *level)
}

/// Whether the capitalised name at `start..end` of `text` names a place: it follows a locative
/// preposition ("in Ardmore Heights") or is followed by a place noun ("Ardmore district"), and
/// is not a possessive ("outside Lee's flat").
fn is_place_mention(text: &str, start: usize, end: usize) -> bool {
    if text[start..end].ends_with("’s") || text[start..end].ends_with("'s") {
        return false; // "outside Lee's flat": the owner, not the place
    }
    let mut preceding = text[..start].split_whitespace().rev();
    let before = preceding.next().unwrap_or("");
    let after = text[end..].split_whitespace().next().unwrap_or("");
    let after = after
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    // "the district of Bener Meriah": a place noun and "of" before the name.
    let of_a_place = before == "of"
        && preceding
            .next()
            .is_some_and(|w| place_level(&w.to_lowercase()).is_some());
    matches!(
        before.to_lowercase().as_str(),
        "in" | "at" | "near" | "across" | "outside" | "inside" | "around" | "throughout" | "into"
    ) || place_level(&after).is_some()
        || of_a_place
}

/// Whether the person-shaped name at `start..end` of `text` is used as something other than a
/// person: a place (see [`is_place_mention`]), a name after a lower-case "the" ("between Europe
/// and the Middle East": people take no article), or a dateline opening the sentence ("Lakeside/
/// Northport: …").
fn is_non_person_mention(text: &str, start: usize, end: usize) -> bool {
    if is_place_mention(text, start, end) {
        return true;
    }
    let before = text[..start].split_whitespace().next_back().unwrap_or("");
    let after_the = before == "the";
    let dateline = text[..start].trim().is_empty() && text[end..].starts_with(['/', ':']);
    after_the || dateline
}

/// Whether a name looks like a person's: two to four capitalised words (initials and name
/// particles allowed), none of them an organisation word.
pub fn is_person_name(name: &str) -> bool {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !is_generational_suffix(w))
        .collect();
    let particle = |w: &str| {
        matches!(
            w,
            "de" | "van" | "von" | "al" | "bin" | "el" | "la" | "der" | "da" | "di"
        )
    };
    (2..=4).contains(&words.len())
        && !words.first().is_some_and(|w| PLACE_FIRST_WORDS.contains(w))
        && words
            .iter()
            .all(|w| particle(w) || w.starts_with(char::is_uppercase))
        && !words.iter().any(|w| {
            ORGANISATION_WORDS.contains(w)
                || PLACE_WORDS.contains(w)
                || *w == "Time" // "Coordinated Universal Time", "Eastern Standard Time"
                || w.contains(|c: char| c.is_ascii_digit())
                || w.chars().filter(|c| c.is_uppercase()).count() > 2 && !w.contains('-')
                || is_acronym(w)
        })
}

/// The surname of a full name: its last word but for a generational suffix ("Anthony Lee III"
/// → "Lee").
pub fn surname(name: &str) -> Option<&str> {
    name.split_whitespace()
        .rev()
        .find(|w| !is_generational_suffix(w))
}

/// "Jr.", "Sr.", "II", "III", "IV".
fn is_generational_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches([',', '.']),
        "Jr" | "Sr" | "II" | "III" | "IV"
    )
}

/// Whether a word is an acronym ("US", "AFP"), which no person's name has.
fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && !word.contains('.') && letters.iter().all(|c| c.is_uppercase())
}

/// Multi-word proper names in `text` (actors a claim mentions), titles dropped.
pub fn names_in(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for m in NAME.find_iter(text) {
        let name = clean_name(m.as_str());
        if name.split_whitespace().count() >= 2
            && !is_sentence_word(&name)
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    names
}

/// A capitalised match without the sentence-opening words before the name ("When Ann Lee" →
/// "Ann Lee", "Then Lee" → "Lee", "The Rev. Ann Lee" → "Rev. Ann Lee").
fn without_opening_words(matched: &str) -> &str {
    let mut rest = matched.trim_start();
    while let Some((first, tail)) = rest.split_once(char::is_whitespace) {
        if !is_opening_word(&first.to_lowercase()) {
            break;
        }
        rest = tail.trim_start();
    }
    rest
}

/// Words that open a sentence or clause but never a name: conjunctions, prepositions,
/// determiners and sentence adverbs.
fn is_opening_word(lower: &str) -> bool {
    words::is_clause_word(lower)
        || words::is_determiner(lower)
        || matches!(
            lower,
            "then"
                | "now"
                | "meanwhile"
                | "also"
                | "still"
                | "even"
                | "later"
                | "earlier"
                | "like"
                | "unlike"
                | "among"
                | "amid"
                | "during"
                | "under"
                | "without"
                | "despite"
                | "against"
                | "through"
                | "instead"
                | "indeed"
                | "however"
                | "perhaps"
                | "asked"
                | "said"
        )
}

fn upsert(found: &mut Vec<Entity>, e: Entity) {
    match found.iter_mut().find(|f| f.name == e.name) {
        Some(f) => {
            f.role = f.role.take().or(e.role);
            f.affiliation = f.affiliation.take().or(e.affiliation);
        }
        None => found.push(e),
    }
}

fn is_sentence_word(a: &str) -> bool {
    matches!(
        a.split_whitespace().next(),
        Some("The" | "A" | "An" | "But" | "And" | "In" | "On" | "Said" | "Then")
    )
}

fn strip_possessive(s: &str) -> String {
    s.trim_end_matches("’s")
        .trim_end_matches("'s")
        .trim()
        .to_owned()
}

/// Drops leading titles ("Mr.", "Sen.") from a name.
pub fn strip_titles(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let is_title = |w: &str| {
        TITLES
            .iter()
            .any(|t| t.trim_end_matches('.') == w.trim_end_matches('.'))
    };
    while words.len() > 1 && is_title(words[0]) {
        words.remove(0);
    }
    words.join(" ")
}

/// Whether a pronoun phrase refers to a person ("he", "she", "I") rather than a group or thing.
pub fn is_personal_pronoun(phrase: &str) -> bool {
    let first = phrase
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(first.as_str(), "he" | "she" | "i")
}

/// Whether a source phrase is a personal pronoun ("he", "she said").
pub fn is_pronoun_phrase(phrase: &str) -> bool {
    let first = phrase
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        first.as_str(),
        "he" | "she" | "they" | "who" | "it" | "we" | "i"
    )
}

/// The last multi-word name mentioned in `text`, resolved against the entities.
///
/// A person's full name or the bare surname of a person the document names; `people_only`
/// skips organisations.
/// With `wanted`, only a person whose gender the document leaves open or gives as that one.
pub fn last_name_in(
    text: &str,
    entities: &[Entity],
    people_only: bool,
    wanted: Option<Gender>,
) -> Option<Speaker> {
    let (_, name) = names_with_ends(text, entities, people_only)
        .filter(|(_, n)| fits(entity_gender(n, entities), wanted))
        .max_by_key(|(end, _)| *end)?;
    Some(with_entity(&name, entities, None, None))
}

/// The gender the document gives the entity called `name`.
fn entity_gender(name: &str, entities: &[Entity]) -> Option<Gender> {
    entities
        .iter()
        .find(|e| e.name == name)
        .and_then(|e| e.gender)
}

fn is_entity(name: &str, entities: &[Entity]) -> bool {
    entities.iter().any(|e| e.name == name)
}

/// The person a sentence opens with, its subject ("Lee said Kim was right" → Lee; "Judge Ann
/// Lee asked …" → Ann Lee): a name ending within its first four words.
pub fn opening_person_in(
    text: &str,
    entities: &[Entity],
    wanted: Option<Gender>,
) -> Option<Speaker> {
    let (end, name) = names_with_ends(text, entities, true).min_by_key(|(end, _)| *end)?;
    if !fits(entity_gender(&name, entities), wanted) {
        return None;
    }
    let words_before_end = text[..end].split_whitespace().count();
    (words_before_end <= 4).then(|| with_entity(&name, entities, None, None))
}

/// Every name in `text` that can be a speaker, with where it ends: full names, and single
/// capitalised words that are the surname of a person entity; places left out. With
/// `people_only`, a full name must also be one of the document's entities, which leaves out
/// names the document uses as places elsewhere ("in Ardmore Heights").
fn names_with_ends<'t>(
    text: &'t str,
    entities: &'t [Entity],
    people_only: bool,
) -> impl Iterator<Item = (usize, String)> + 't {
    let full = NAME
        .find_iter(text)
        .filter(|m| !is_place_mention(text, m.start(), m.end()))
        .map(|m| (m.end(), clean_name(m.as_str())))
        .filter(move |(_, n)| {
            n.split_whitespace().count() >= 2
                && !is_sentence_word(n)
                && (!people_only || is_person_name(n) && is_entity(n, entities))
        });
    let surnames = CAPITALISED.find_iter(text).filter_map(move |m| {
        if is_place_mention(text, m.start(), m.end()) {
            return None;
        }
        let word = strip_possessive(m.as_str());
        entities
            .iter()
            .find(|e| is_person_name(&e.name) && surname(&e.name) == Some(word.as_str()))
            .map(|e| (m.end(), e.name.clone()))
    });
    full.chain(surnames)
}

static CAPITALISED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[A-Z][\w’'-]+").expect("static regex"));

/// Resolves a source phrase against the document's entities and the previous speaker.
pub fn resolve(phrase: &str, entities: &[Entity], previous: Option<&Speaker>) -> Speaker {
    let phrase = phrase.trim().trim_end_matches(',').trim();
    let lower = phrase.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    if matches!(first, "he" | "she" | "they" | "who" | "it" | "we" | "i") {
        return previous.cloned().unwrap_or_else(|| Speaker {
            name: phrase.to_owned(),
            ..Speaker::default()
        });
    }
    let (head, apposition) = match phrase.split_once(", ") {
        Some((h, a)) => (h, Some(a.trim_end_matches(',').trim())),
        None => (phrase, None),
    };
    // A relative clause ("who runs the lobbying arm") describes but is not a role.
    let apposition = apposition
        .filter(|a| !a.starts_with("who ") && !a.starts_with("whose ") && !a.starts_with("which "));
    if let Some(c) = ROLE_NAME.captures(head) {
        let name = strip_titles(&strip_possessive(c.name("name").map_or("", |m| m.as_str())));
        return with_entity(
            &name,
            entities,
            c.name("role").map(|r| r.as_str().to_owned()),
            c.name("aff").map(|a| a.as_str().trim().to_owned()),
        );
    }
    if let Some(c) = ROLE_THEN_ONE_NAME.captures(head) {
        let name = strip_possessive(c.name("name").map_or("", |m| m.as_str()));
        let described = c.name("described").map(|d| {
            d.as_str()
                .trim_start_matches("the ")
                .trim_start_matches("a ")
                .trim_start_matches("an ")
                .to_owned()
        });
        return with_entity(&name, entities, described, None);
    }
    let determined = matches!(first, "the" | "a" | "an");
    // "His company's sensors": a possessive or demonstrative opens a description, not a name.
    let described = matches!(
        first,
        "his" | "her" | "its" | "their" | "our" | "my" | "your" | "this" | "these" | "those"
    );
    if let Some(m) = NAME.find(head).filter(|_| !determined) {
        if modifies_a_noun(&head[m.end()..]) {
            // "New Zealand media reports": the name describes the speaking noun after it.
            return Speaker {
                name: head.to_owned(),
                role: apposition.map(str::to_owned),
                ..Speaker::default()
            };
        }
        let name = clean_name(m.as_str());
        let role = apposition.map(|a| {
            a.trim_start_matches("a ")
                .trim_start_matches("an ")
                .trim_start_matches("the ")
                .to_owned()
        });
        return with_entity(&name, entities, role, None);
    }
    if let Some(s) = by_role(&lower, entities) {
        return s;
    }
    let bare = strip_titles(head.trim_start_matches("The ").trim_start_matches("the "));
    if bare.chars().next().is_some_and(|c| c.is_uppercase())
        && !lower.starts_with("a ")
        && !described
    {
        return with_entity(&bare, entities, apposition.map(str::to_owned), None);
    }
    Speaker {
        name: head.to_owned(),
        role: apposition.map(str::to_owned),
        ..Speaker::default()
    }
}

/// Whether the words after a name make it a modifier of a common noun ("… media reports",
/// "… administration officials"), not the head of the phrase ("… of the Farm Bureau", "… and the
/// army", "(D-Conn.)").
fn modifies_a_noun(rest: &str) -> bool {
    let Some(next) = rest.split_whitespace().next() else {
        return false;
    };
    let lower = next.to_lowercase();
    next.starts_with(char::is_lowercase)
        && next.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_opening_word(&lower)
        && !matches!(lower.as_str(), "himself" | "herself" | "jr" | "sr")
}

/// The entity a (possibly short) name refers to, keeping stated role and affiliation.
fn with_entity(
    name: &str,
    entities: &[Entity],
    role: Option<String>,
    affiliation: Option<String>,
) -> Speaker {
    let single = !name.contains(' ');
    let entity = entities.iter().find(|e| e.name == name).or_else(|| {
        single
            .then(|| entities.iter().find(|e| surname(&e.name) == Some(name)))
            .flatten()
    });
    match entity {
        Some(e) => Speaker {
            name: e.name.clone(),
            role: role.or(e.role.clone()),
            affiliation: affiliation.or(e.affiliation.clone()),
            named: true,
        },
        None => Speaker {
            name: name.to_owned(),
            role,
            affiliation,
            named: true,
        },
    }
}

/// Words in a name that make it a company's ("France Telecom", "Acme Holdings").
const COMPANY_WORDS: &[&str] = &[
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Ltd",
    "Ltd.",
    "Plc",
    "PLC",
    "LLC",
    "Co.",
    "SA",
    "AG",
    "GmbH",
    "NV",
    "Company",
    "Corporation",
    "Holdings",
    "Industries",
    "Group",
    "Telecom",
    "Telecommunications",
    "Communications",
    "Networks",
    "Systems",
    "Technologies",
    "Airlines",
    "Airways",
    "Motors",
    "Energy",
    "Media",
    "Bank",
    "Railways",
    "Insurance",
    "Pharmaceuticals",
];

/// Head nouns of a description of a company: any company of the document fits them.
const COMPANY_HEADS: &[&str] = &[
    "company",
    "firm",
    "operator",
    "carrier",
    "provider",
    "corporation",
    "conglomerate",
    "manufacturer",
    "airline",
    "insurer",
    "retailer",
];

/// Head nouns of a description of an organisation whose name carries that noun ("the ministry"
/// for "Egypt's communications ministry", "the institute" for "Nordic Institute for …").
const NAMED_HEADS: &[&str] = &[
    "ministry",
    "agency",
    "department",
    "observatory",
    "organization",
    "organisation",
    "council",
    "committee",
    "commission",
    "hospital",
    "university",
    "institute",
    "foundation",
    "association",
    "federation",
    "coalition",
    "embassy",
    "authority",
    "bureau",
    "bank",
    "survey",
    "court",
    "union",
    "party",
    "society",
];

/// The head noun of a definite description of an organisation ("the company", "The French
/// firm", "the telecommunications company", "The ministry"): "the", up to three modifier
/// words, then a lower-case head from [`COMPANY_HEADS`] or [`NAMED_HEADS`].
pub fn organisation_head(description: &str) -> Option<String> {
    let words: Vec<&str> = description.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    if !first.eq_ignore_ascii_case("the") || rest.is_empty() || rest.len() > 4 {
        return None;
    }
    let plain = |w: &&str| w.chars().all(|c| c.is_alphabetic() || c == '-');
    if !rest.iter().all(plain) {
        return None;
    }
    // A capitalised head makes a name ("the State Department"), not a description.
    let head = rest.last()?;
    (COMPANY_HEADS.contains(head) || NAMED_HEADS.contains(head)).then(|| head.to_string())
}

/// Whether `name` is an organisation a description with head noun `head` can refer to: a
/// company for a company head, else a name carrying the head noun; never a person's name.
pub fn names_organisation_of_kind(name: &str, head: &str) -> bool {
    if organisation_head(name).is_some() {
        return false; // another bare description
    }
    let words = || name.split_whitespace().map(strip_possessive);
    if COMPANY_HEADS.contains(&head) {
        return words().any(|w| COMPANY_WORDS.contains(&w.as_str()));
    }
    words().any(|w| w.to_lowercase() == head)
}

/// The organisation names in `text`, in order with where each ends.
pub fn organisation_names_in(text: &str) -> Vec<(usize, String)> {
    NAME.find_iter(text)
        .map(|m| (m.end(), clean_name(m.as_str())))
        .filter(|(_, n)| !is_sentence_word(n))
        .collect()
}

/// "the spokeswoman", "the Secretary of State": the entity whose stated role matches.
/// The person a sentence opens with as its subject when that subject is a role description the
/// document gives a named person ("The foreign minister met …" → that minister): the longest
/// run of up to five words after the opening "The" that is such a role.
pub fn subject_by_role(
    sentence: &str,
    entities: &[Entity],
    wanted: Option<Gender>,
) -> Option<Speaker> {
    let rest = sentence.trim_start().strip_prefix("The ")?;
    let words: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'))
        .take(5)
        .collect();
    (1..=words.len())
        .rev()
        .find_map(|n| by_role(&words[..n].join(" ").to_lowercase(), entities))
        .filter(|s| fits(entity_gender(&s.name, entities), wanted))
}

fn by_role(lower: &str, entities: &[Entity]) -> Option<Speaker> {
    let description = lower.trim_start_matches("the ").trim();
    let e = entities.iter().find(|e| {
        e.role
            .as_ref()
            .is_some_and(|r| r.to_lowercase() == description)
    })?;
    Some(Speaker {
        name: e.name.clone(),
        role: e.role.clone(),
        affiliation: e.affiliation.clone(),
        named: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ents() -> Vec<Entity> {
        entities(
            [
                "Russian Foreign Ministry spokeswoman Maria Zakharova spoke.",
                "Secretary of State Anna Berg met Mr. Tom Lind.",
            ]
            .into_iter(),
        )
    }

    #[test]
    fn sentence_opening_words_are_not_part_of_a_name() {
        let e = entities(
            [
                "When Tom Lind arrived, the hall was empty.",
                "Then Lind said the plan had failed.",
                "As for Berg, she stayed home.",
            ]
            .into_iter(),
        );
        let names: Vec<&str> = e.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Tom Lind"]);
        assert_eq!(resolve("Lind", &e, None).name, "Tom Lind");
    }

    #[test]
    fn places_are_not_people_and_ranks_are_titles() {
        let e = entities(
            [
                "Area Commander Inspector Ann Berg spoke to reporters.",
                "Rescuers arrived in Stony Creek, near Red Hill district, at dawn.",
                "Three cabins in Stony Creek were empty.",
            ]
            .into_iter(),
        );
        let names: Vec<&str> = e.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Ann Berg"]);
        assert_eq!(resolve("Insp Berg", &e, None).name, "Ann Berg");
        assert_eq!(resolve("Detective Berg", &e, None).name, "Ann Berg");
        let last = last_name_in(
            "Berg stayed in Stony Creek and then at Red Hill district.",
            &e,
            true,
            None,
        );
        assert_eq!(last.map(|s| s.name).as_deref(), Some("Ann Berg"));
        assert!(!is_person_name("Lake Park"));
        assert!(!is_person_name("AK-47 Rifles"));
    }

    #[test]
    fn a_description_ending_in_a_role_names_the_one_word_name_after_it() {
        let s = resolve("disaster agency official Budi", &[], None);
        assert_eq!(s.name, "Budi");
        assert_eq!(s.role.as_deref(), Some("disaster agency official"));
        let e = entities(["Coach Dan Ortiz spoke."].into_iter());
        assert_eq!(
            resolve("the club's coach Ortiz", &e, None).name,
            "Dan Ortiz"
        );
    }

    #[test]
    fn the_longest_role_wins_over_the_affiliation() {
        let e = entities(["Deputy Foreign Minister Anna Berg spoke."].into_iter());
        assert_eq!(e[0].name, "Anna Berg");
        assert_eq!(e[0].role.as_deref(), Some("Deputy Foreign Minister"));
        assert_eq!(e[0].affiliation, None);
    }

    #[test]
    fn role_and_affiliation_are_kept() {
        let s = resolve(
            "Russian Foreign Ministry spokeswoman Maria Zakharova",
            &ents(),
            None,
        );
        assert_eq!(s.name, "Maria Zakharova");
        assert_eq!(s.role.as_deref(), Some("spokeswoman"));
        assert_eq!(s.affiliation.as_deref(), Some("Russian Foreign Ministry"));
    }

    #[test]
    fn short_names_titles_pronouns_and_descriptions_resolve() {
        let e = ents();
        assert_eq!(resolve("Berg", &e, None).name, "Anna Berg");
        assert_eq!(resolve("Mr. Lind", &e, None).name, "Tom Lind");
        let prev = resolve("Berg", &e, None);
        assert_eq!(resolve("she", &e, Some(&prev)).name, "Anna Berg");
        assert_eq!(resolve("the spokeswoman", &e, None).name, "Maria Zakharova");
        assert_eq!(
            resolve("the Secretary of State", &e, None).name,
            "Anna Berg"
        );
        assert_eq!(resolve("the Kremlin", &e, None).name, "Kremlin");
        assert_eq!(resolve("officials", &e, None).name, "officials");
        assert!(!resolve("His company's sensors", &e, None).named);
        let reports = resolve("Nordland Isles media reports", &e, None);
        assert_eq!(reports.name, "Nordland Isles media reports");
        assert!(!reports.named);
        assert_eq!(
            resolve("Tom Lind of the Farm Bureau", &e, None).name,
            "Tom Lind"
        );
        assert!(resolve("Nordcom Telecom", &e, None).named);
        let envoy = resolve("United Nations peace envoy Jan de Vries", &e, None);
        assert_eq!(envoy.name, "Jan de Vries");
        assert_eq!(envoy.role.as_deref(), Some("envoy"));
    }

    #[test]
    fn a_sentence_opening_with_a_known_role_has_that_person_as_subject() {
        let e = ents();
        let found = subject_by_role(
            "The Secretary of State called Mr. Tom Lind on Monday.",
            &e,
            None,
        );
        assert_eq!(found.map(|s| s.name).as_deref(), Some("Anna Berg"));
        assert!(subject_by_role("The talks with Tom Lind went on.", &e, None).is_none());
        assert!(subject_by_role("Tom Lind called the Secretary of State.", &e, None).is_none());
    }
}

#[cfg(test)]
mod place_and_gender_tests {
    use super::*;

    #[test]
    fn place_shaped_names_are_not_people() {
        assert!(!is_person_name("New Delhi"));
        assert!(!is_person_name("Middle East"));
        assert!(!is_person_name("US Geological Survey"));
        assert!(is_person_name("Ann Westwood"));
        assert!(is_person_name("Robert J. Pickell"));
    }

    #[test]
    fn the_district_of_a_name_makes_it_a_place() {
        let e = entities(
            [
                "The worst-hit area was the district of Bener Meriah, officials said.",
                "Tom Berg spoke.",
            ]
            .into_iter(),
        );
        let names: Vec<&str> = e.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Tom Berg"]);
    }

    #[test]
    fn genders_come_from_titles_roles_appositions_and_tied_pronouns() {
        let e = entities(
            [
                "Finance Ministry spokeswoman Ana Silva spoke.",
                "Mr. Tom Lind and Ruth Amsel, a lawyer, met Carl Berg, the father of two.",
                "Dana Reyes has made her name in film.",
                "Kim Park met Lee Cho, and her office said so.",
                "Mrs. Lind was not there.",
            ]
            .into_iter(),
        );
        let gender = |n: &str| e.iter().find(|x| x.name == n).and_then(|x| x.gender);
        assert_eq!(gender("Ana Silva"), Some(Gender::Female));
        assert_eq!(gender("Carl Berg"), Some(Gender::Male));
        assert_eq!(gender("Dana Reyes"), Some(Gender::Female));
        assert_eq!(gender("Ruth Amsel"), None, "a lawyer has no gender");
        assert_eq!(
            gender("Kim Park"),
            None,
            "two people named: her is not tied"
        );
        assert_eq!(
            gender("Tom Lind"),
            None,
            "Mr. and Mrs. Lind: evidence conflicts"
        );
        assert_eq!(gender_in_words("a friend of the actress"), None);
        let e = entities(
            [
                "Carl Voss III was charged on Monday.",
                "Voss is married, but his wife, Dana, left him.",
                "Records list Dana Voss as the owner.",
            ]
            .into_iter(),
        );
        assert_eq!(resolve("Voss", &e, None).name, "Carl Voss III");
        assert!(is_person_name("Carl Voss III"));
        assert!(is_person_name("Arcade Joseph Comeaux Jr"));
        let gender = |n: &str| e.iter().find(|x| x.name == n).and_then(|x| x.gender);
        assert_eq!(gender("Dana Voss"), Some(Gender::Female));
        // A no-break space before a name is whitespace of two bytes: no panic, still evidence.
        let e = entities(["Mrs.\u{a0}Eva Holm spoke.", "Eva Holm left."].into_iter());
        assert_eq!(e[0].gender, Some(Gender::Female));
        assert_eq!(
            gender_in_words("a company spokeswoman who asked not to be named"),
            Some(Gender::Female)
        );
    }
}

#[cfg(test)]
mod organisation_tests {
    use super::*;

    #[test]
    fn definite_descriptions_of_organisations_have_a_head() {
        assert_eq!(organisation_head("The company").as_deref(), Some("company"));
        assert_eq!(
            organisation_head("The French firm").as_deref(),
            Some("firm")
        );
        assert_eq!(
            organisation_head("the telecommunications company").as_deref(),
            Some("company")
        );
        assert_eq!(organisation_head("a company").as_deref(), None);
        assert_eq!(
            organisation_head("the US State Department").as_deref(),
            None
        );
        assert_eq!(organisation_head("the cables").as_deref(), None);
        assert_eq!(organisation_head("His company's sensors").as_deref(), None);
    }

    #[test]
    fn organisations_of_a_kind() {
        assert!(names_organisation_of_kind("Nordcom Telecom", "firm"));
        assert!(!names_organisation_of_kind("Ann Berg", "company"));
        assert!(!names_organisation_of_kind("Kalmar Times", "company"));
        assert!(names_organisation_of_kind(
            "Kalmar's transport ministry",
            "ministry"
        ));
        assert!(names_organisation_of_kind(
            "Kalmar Observatory for Birds",
            "observatory"
        ));
        assert!(!names_organisation_of_kind("the ministry", "ministry"));
    }
}

#[cfg(test)]
mod initial_tests {
    use super::*;

    #[test]
    fn a_middle_initial_without_its_dot_stays_inside_the_name() {
        let s = resolve("Kent County Sheriff Dan R Moss", &[], None);
        assert_eq!(s.name, "Dan R Moss");
        assert_eq!(s.role.as_deref(), Some("Sheriff"));
        assert_eq!(names_in("He met Ann B Cole in Leeds."), ["Ann B Cole"]);
    }
}
