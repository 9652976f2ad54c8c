//! Matters: what a claim is about, for comparison across documents, from general news lexicons.
//!
//! Four kinds besides counts (which `grouping` compares as numbers): who attacked a target
//! ("struck an aid convoy" → the attack on the convoy, valued by the actor named or a denial;
//! a denial of "involvement" by the accused speaks to the attack its sentence names), whether
//! something stopped ("the ceasefire collapsed" → stopped / continuing), whether talks progressed
//! ("a little bit of progress" / "never reached an understanding"), and when something began
//! ("the siege began in early July", "under siege since early September", "rebels have held
//! the east since 2012" → the siege, the control, valued by the date the time engine resolved).
//! Closed lists of general words; no story names.

use std::sync::LazyLock;

use chrono::NaiveDate;
use dossier_model::{Claim, Polarity};
use regex::Regex;

use crate::timeline;

/// A matter and the value a claim gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matter {
    /// Grouping key.
    pub key: String,
    /// Short readable topic.
    pub topic: String,
    /// What this claim says about it.
    pub value: String,
    /// For a date value (when something began), the days it covers.
    pub dates: Option<(NaiveDate, NaiveDate)>,
}

static ATTACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:attack(?:ed|s|ing)?|str(?:uck|ike|ikes)|hit|bomb(?:ed|ing|s)?|shell(?:ed|ing)|target(?:ed|ing)|raid(?:ed)?|air ?strikes?)\b(?:\W+\w+){0,6}?\W+(convoy|hospital|school|market|clinic|bakery|mosque|church|station|camp|embassy|base|ship|plane|aircraft|bridge|plant|building|village|power plant|water station|shelter|office|headquarters)s?\b")
        .expect("static regex")
});

static PASSIVE_ATTACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(convoy|hospital|school|market|clinic|bakery|mosque|church|station|camp|embassy|base|ship|plane|aircraft|bridge|plant|building|village|shelter|office|headquarters)s?\b(?:\W+\w+){0,3}?\W+(?:was|were|been|is|are)\s+(?:\w+\s+)?(attacked|struck|hit|bombed|shelled|targeted|raided|damaged|destroyed)\b")
        .expect("static regex")
});

static ACTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*)").expect("static regex")
});

static STOP_THING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(cease-?fire|truce|bombing|air ?strikes|fighting|offensive|siege|evacuations?|aid deliveries|strike|protests?|blockade|shelling|contacts|cooperation|deliveries)\b")
        .expect("static regex")
});

static STOPPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:end(?:ed|s)?|halt(?:ed|s)?|stop(?:ped|s)?|suspend(?:ed|ing|s)?|collaps(?:e|ed|es)|broke down|over|expired|ceased|called off|lifted|pause[ds]?)\b")
        .expect("static regex")
});

static CONTINUING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:continu(?:e|ed|es|ing)|resum(?:e|ed|es|ing)|renew(?:ed|ing)?|goes on|went on|held|holding|extend(?:ed|ing)?|still)\b")
        .expect("static regex")
});

static TALKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:talks?|negotiations?|dialogue|discussions?|meetings?|diplomacy|understanding|agreement|deal)\b").expect("static regex")
});

static NO_PROGRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:no progress|not (?:make|made|making) (?:any )?progress|never|fail(?:ed|ure)?|stall(?:ed)?|deadlock(?:ed)?|collaps(?:e|ed)|suspend(?:ed|ing)?|break(?:ing)? off|broke off|paralysis|irrational|can[’']t|don[’']t|no agreement|impasse)\b")
        .expect("static regex")
});

static PROGRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:progress|constructive|agreed|breakthrough|productive|good news|positive|ready to|step forward|closer)\b").expect("static regex")
});

/// The matters a claim speaks to (at most one of each kind, but each thing that began).
pub fn of(claim: &Claim) -> Vec<Matter> {
    let mut all: Vec<Matter> = [attack(claim), stopped(claim), talks(claim)]
        .into_iter()
        .flatten()
        .collect();
    for m in began(claim) {
        if !all.iter().any(|o| o.key == m.key) {
            all.push(m);
        }
    }
    all
}

/// The matters of each claim, in order. A denial that names no target but refers back to one
/// ("… but has denied its forces conducted it", "…, which denies involvement") speaks to the
/// attack another claim of its sentence names ("A accuses B of airstrikes that struck a convoy;
/// …"), failing that the attack its sentence names (`sentence` gives a claim's sentence text).
pub fn of_each<'a>(
    claims: &[Claim],
    sentence: &dyn Fn(&Claim) -> Option<&'a str>,
) -> Vec<Vec<Matter>> {
    let mut all: Vec<Vec<Matter>> = claims.iter().map(of).collect();
    for (i, c) in claims.iter().enumerate() {
        if !denies(c) || all[i].iter().any(is_attack) || !REFERS_BACK.is_match(&c.text) {
            continue;
        }
        let named = claims
            .iter()
            .zip(&all)
            .enumerate()
            .filter(|(j, (o, _))| *j != i && o.at.doc == c.at.doc && o.at.sentence == c.at.sentence)
            .find_map(|(_, (_, ms))| ms.iter().find(|m| is_attack(m)).cloned())
            .or_else(|| {
                let text = sentence(c)?;
                attack(&Claim {
                    text: text.to_owned(),
                    ..Claim::default()
                })
            });
        if let Some(m) = named {
            all[i].push(Matter {
                value: DENIES.to_owned(),
                ..m
            });
        }
    }
    all
}

const DENIES: &str = "denies it";

/// A pronoun or bare attack noun standing for an attack named earlier.
static REFERS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:it|this|that|the (?:attack|strike|air ?strike|bombing|shelling|raid)|involvement|responsibility)\b")
        .expect("static regex")
});

fn is_attack(m: &Matter) -> bool {
    m.key.starts_with("attack|")
}

/// Whether a claim denies what it says ("denied that …", "did not …"), an accusation aside.
fn denies(c: &Claim) -> bool {
    c.polarity == Polarity::Denies || (c.negated && c.polarity != Polarity::Accuses)
}

fn attack(c: &Claim) -> Option<Matter> {
    let (target, verb_at) = match ATTACK.captures(&c.text) {
        Some(m) => (m.get(1)?.as_str().to_lowercase(), m.get(0)?.start()),
        None => {
            let m = PASSIVE_ATTACK.captures(&c.text)?;
            (m.get(1)?.as_str().to_lowercase(), m.get(2)?.start())
        }
    };
    let value = if denies(c) {
        DENIES.to_owned()
    } else {
        attacker(c, verb_at).unwrap_or_else(|| "unnamed".into())
    };
    Some(Matter {
        key: format!("attack|{target}"),
        topic: format!("who attacked the {target}"),
        value,
        dates: None,
    })
}

/// The actor a claim blames: after an accusing cue, the first name of the content; else the last
/// name before the attack verb.
///
/// A name followed by a speech verb ("the US says") is a speaker, not an actor; demonyms become
/// place names ("Russian" → "Russia").
fn attacker(c: &Claim, verb_at: usize) -> Option<String> {
    let names: Vec<regex::Match> = ACTOR
        .find_iter(&c.text)
        .filter(|m| {
            !is_function(m.as_str())
                && !speaks(&c.text[m.end()..])
                && !after_locative(&c.text[..m.start()])
        })
        .collect();
    let by = BY_AGENT
        .captures(&c.text[verb_at..])
        .and_then(|b| b.get(1))
        .map(|m| m.as_str());
    let name = if c.polarity == Polarity::Accuses {
        names.first().map(|m| m.as_str())
    } else {
        by.or_else(|| {
            names
                .iter()
                .rfind(|m| m.end() <= verb_at)
                .filter(|_| !nominal_attack(&c.text[..verb_at]))
                .map(|m| m.as_str())
        })
    }?;
    Some(place_name(
        name.trim_end_matches("’s").trim_end_matches("'s"),
    ))
}

static BY_AGENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\w+\s+by\s+(?:the\s+)?([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*)")
        .expect("static regex")
});

/// Whether the text before a name ends with a locative preposition ("a truce in Syldavia",
/// "the fighting near Klow"): a place where something happens, not who did it.
fn after_locative(before: &str) -> bool {
    let last = before
        .split_whitespace()
        .rev()
        .find(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "the" | "eastern" | "western" | "northern" | "southern" | "central"
            )
        })
        .unwrap_or("")
        .to_lowercase();
    matches!(
        last.as_str(),
        "in" | "near"
            | "at"
            | "across"
            | "outside"
            | "inside"
            | "around"
            | "throughout"
            | "into"
            | "toward"
            | "towards"
    )
}

/// Whether the attack word is a noun introduced by a determiner or preposition ("regarding the
/// bombing campaign that hit", "after an air strike hit"): then a name before it is no subject
/// of the attack; only a name inside the noun phrase ("the Ruritanian bombing") or a "by" agent
/// could name the attacker.
fn nominal_attack(before: &str) -> bool {
    let last = before
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        last.as_str(),
        "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "this"
            | "that"
            | "these"
            | "those"
            | "of"
            | "regarding"
            | "about"
            | "over"
            | "against"
            | "on"
            | "in"
            | "for"
            | "from"
            | "with"
            | "after"
            | "during"
            | "amid"
    )
}

/// Whether `after` starts with a speech verb ("says", "said").
fn speaks(after: &str) -> bool {
    let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
    super::cues::cue_word(&next).is_some_and(|c| c.speech)
}

/// "Russian" → "Russia", "Syrian" → "Syria": an adjective of a place names the place.
fn place_name(name: &str) -> String {
    match name.strip_suffix('n') {
        Some(stem) if stem.ends_with('a') && !name.contains(' ') && stem.len() > 3 => {
            stem.to_owned()
        }
        _ => name.to_owned(),
    }
}

fn is_function(w: &str) -> bool {
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .any(|m| w.starts_with(m));
    month
        || matches!(
            w,
            "The"
                | "A"
                | "An"
                | "It"
                | "He"
                | "She"
                | "They"
                | "We"
                | "I"
                | "That"
                | "This"
                | "On"
                | "In"
                | "But"
                | "And"
                | "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
        )
}

fn stopped(c: &Claim) -> Option<Matter> {
    let thing = STOP_THING
        .captures(&c.text)?
        .get(1)?
        .as_str()
        .to_lowercase()
        .replace("cease-fire", "ceasefire");
    let stopped = STOPPED.is_match(&c.text);
    // "rebel-held", "long-running": a hyphenated adjective, not a verb of continuing.
    let continuing = CONTINUING
        .find_iter(&c.text)
        .any(|m| !c.text[..m.start()].ends_with('-'));
    let value = match (stopped, continuing) {
        (true, false) => "stopped",
        (false, true) => "continuing",
        _ => return None,
    };
    let value = if c.negated {
        if value == "stopped" {
            "continuing"
        } else {
            "stopped"
        }
    } else {
        value
    };
    Some(Matter {
        key: format!("stop|{thing}"),
        topic: format!("whether the {thing} stopped"),
        value: value.into(),
        dates: None,
    })
}

fn talks(c: &Claim) -> Option<Matter> {
    TALKS.find(&c.text)?;
    let value = if NO_PROGRESS.is_match(&c.text) {
        "no progress"
    } else if PROGRESS.is_match(&c.text) {
        "progress"
    } else {
        return None;
    };
    Some(Matter {
        key: "talks".into(),
        topic: "whether the talks progressed".into(),
        value: value.into(),
        dates: None,
    })
}

/// When something began: a resolved date after "since" or after a verb of beginning ("began",
/// "imposed", "erupted") with the thing named before it in the clause ("the siege", "under
/// siege", "surrounded" → siege, "held" → control). The date as written, with its value.
pub fn began(c: &Claim) -> Vec<Matter> {
    c.resolved_dates
        .iter()
        .filter(|d| !d.said)
        .filter_map(|d| {
            let at = c.text.find(&d.text)?;
            let before = &c.text[..at];
            let clause = before
                .rsplit([',', ';', '.', '—', '(', ':'])
                .next()
                .unwrap_or(before);
            let clause = clause.rsplit(" but ").next().unwrap_or(clause);
            if REPEATED.is_match(clause) {
                // "re-imposed a siege in late August": a repetition, not when the thing began.
                return None;
            }
            let words: Vec<&str> = clause.split_whitespace().rev().take(16).collect();
            let since = d.since
                || words
                    .first()
                    .is_some_and(|w| w.eq_ignore_ascii_case("since"));
            let begins = words.iter().take(10).any(|w| BEGIN.is_match(w));
            if !since && !begins {
                return None;
            }
            let thing = words.iter().find_map(|w| thing_of(w))?;
            let dates = timeline::range_of(&d.value);
            Some(Matter {
                key: format!("began|{thing}"),
                topic: format!("when the {thing} began"),
                value: format!("{} ({})", d.text, d.value),
                dates,
            })
        })
        .collect()
}

static BEGIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:beg[au]n|begins|start(?:ed|s)|erupted|launched|imposed|declared|introduced|broke|came|fell|entered|took)$")
        .expect("static regex")
});

/// Words saying a thing happened again ("re-imposed", "resumed", "restored", "renewed", "once
/// more"): the date of a repetition is not when the thing began.
static REPEATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:re-?(?:impos|introduc|launch|start|declar|instat|establish|enter|open|appli|activat)(?:ed|es|e|ing)?|resum(?:ed|es|e|ing|ption)|restor(?:ed|es|e|ing|ation)|renew(?:ed|s|ing|al)?|again|anew|once more)\b")
        .expect("static regex")
});

/// The thing a word names, for "when did it begin": a state or event noun, or a verb of a state
/// ("surrounded" → siege, "held" → control).
fn thing_of(word: &str) -> Option<&'static str> {
    let w = word
        .trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .to_lowercase();
    let thing = match w.as_str() {
        "siege" | "besieged" | "surrounded" | "encircled" | "encirclement" => "siege",
        "blockade" | "blockaded" => "blockade",
        "held" | "controlled" | "control" | "occupied" | "occupation" | "ruled" => "control",
        "divided" | "division" => "division",
        "war" | "conflict" | "uprising" | "insurgency" | "rebellion" | "revolution" => "conflict",
        "fighting" | "clashes" => "fighting",
        "ceasefire" | "cease-fire" | "truce" | "armistice" => "ceasefire",
        "offensive" | "invasion" => "offensive",
        "campaign" | "operation" | "mission" => "operation",
        "bombing" | "bombardment" | "shelling" | "airstrikes" => "bombing",
        "protest" | "protests" | "demonstrations" | "boycott" => "protests",
        "sanctions" | "embargo" => "sanctions",
        "curfew" | "lockdown" | "shutdown" | "emergency" => "emergency measures",
        "talks" | "negotiations" => "talks",
        "outbreak" | "epidemic" | "pandemic" => "outbreak",
        "crisis" => "crisis",
        "drought" | "famine" => "drought",
        "strike" | "walkout" => "strike",
        "investigation" | "inquiry" | "probe" => "investigation",
        "trial" => "trial",
        _ => return None,
    };
    Some(thing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(text: &str, polarity: Polarity, negated: bool) -> Claim {
        Claim {
            text: text.into(),
            polarity,
            negated,
            ..Claim::default()
        }
    }

    fn values(text: &str, polarity: Polarity, negated: bool) -> Vec<(String, String)> {
        of(&claim(text, polarity, negated))
            .into_iter()
            .map(|m| (m.topic, m.value))
            .collect()
    }

    fn in_sentence(text: &str, polarity: Polarity, sentence: u32) -> Claim {
        let mut c = claim(text, polarity, false);
        c.at.doc = "d".into();
        c.at.sentence = sentence;
        c
    }

    #[test]
    fn a_denial_referring_back_takes_the_attack_of_its_sentence() {
        let claims = [
            in_sentence(
                "Borduria of airstrikes that struck an aid convoy",
                Polarity::Accuses,
                3,
            ),
            in_sentence("its forces conducted it", Polarity::Denies, 3),
            // Another sentence: no attack to refer back to.
            in_sentence("its forces conducted it", Polarity::Denies, 4),
            // Same sentence, but an assertion, not a denial.
            in_sentence("the talks will go on", Polarity::Asserts, 3),
        ];
        let values: Vec<Vec<String>> = of_each(&claims, &|_| None)
            .into_iter()
            .map(|ms| {
                ms.into_iter()
                    .map(|m| format!("{}={}", m.topic, m.value))
                    .collect()
            })
            .collect();
        assert_eq!(values[0], ["who attacked the convoy=Borduria"]);
        assert_eq!(values[1], ["who attacked the convoy=denies it"]);
        assert!(values[2].is_empty());
        assert!(values[3].iter().all(|v| !v.starts_with("who attacked")));
    }

    #[test]
    fn attacks_name_the_actor_or_the_denial() {
        assert_eq!(
            values(
                "Borduria of airstrikes that struck an aid convoy",
                Polarity::Accuses,
                false
            ),
            [(
                "who attacked the convoy".to_string(),
                "Borduria".to_string()
            )]
        );
        assert_eq!(
            values(
                "Syldavian jets hit the hospital twice",
                Polarity::Asserts,
                false
            ),
            [(
                "who attacked the hospital".to_string(),
                "Syldavia".to_string()
            )]
        );
        assert_eq!(
            values(
                "a Syldavian jet that the Bordurians say hit the convoy",
                Polarity::Asserts,
                false
            ),
            [(
                "who attacked the convoy".to_string(),
                "Syldavia".to_string()
            )]
        );
        assert_eq!(
            values(
                "the clinic was struck by Borduria twice",
                Polarity::Asserts,
                false
            ),
            [(
                "who attacked the clinic".to_string(),
                "Borduria".to_string()
            )]
        );
        assert_eq!(
            values(
                "Borduria and its allies, the authors of a truce in Syldavia, hit the hospital",
                Polarity::Asserts,
                false
            ),
            [(
                "who attacked the hospital".to_string(),
                "Borduria".to_string()
            )]
        );
        assert_eq!(
            values(
                "Borduria's envoys spoke about the shelling that hit a school",
                Polarity::Asserts,
                false
            ),
            [("who attacked the school".to_string(), "unnamed".to_string())]
        );
        assert_eq!(
            values("its forces struck the convoy", Polarity::Denies, false),
            [(
                "who attacked the convoy".to_string(),
                "denies it".to_string()
            )]
        );
    }

    #[test]
    fn stopping_and_talks() {
        assert_eq!(
            values("the truce collapsed overnight", Polarity::Asserts, false),
            [(
                "whether the truce stopped".to_string(),
                "stopped".to_string()
            )]
        );
        assert_eq!(
            values(
                "the fighting continued in the north",
                Polarity::Asserts,
                false
            ),
            [(
                "whether the fighting stopped".to_string(),
                "continuing".to_string()
            )]
        );
        assert_eq!(
            values(
                "the talks had yielded a little bit of progress",
                Polarity::Asserts,
                false
            ),
            [(
                "whether the talks progressed".to_string(),
                "progress".to_string()
            )]
        );
        assert_eq!(
            values(
                "they never reached an understanding",
                Polarity::Asserts,
                true
            ),
            [(
                "whether the talks progressed".to_string(),
                "no progress".to_string()
            )]
        );
        assert!(values("the weather was fine", Polarity::Asserts, false).is_empty());
        assert!(
            values(
                "air strikes hit four areas of the rebel-held east",
                Polarity::Asserts,
                false
            )
            .is_empty()
        );
    }

    fn dated(text: &str, date: &str, value: &str, since: bool, said: bool) -> Claim {
        Claim {
            resolved_dates: vec![dossier_model::ClaimDate {
                text: date.into(),
                value: value.into(),
                granularity: dossier_model::Granularity::Month,
                since,
                said,
            }],
            ..claim(text, Polarity::Asserts, false)
        }
    }

    fn began_values(c: &Claim) -> Vec<(String, String)> {
        began(c).into_iter().map(|m| (m.topic, m.value)).collect()
    }

    #[test]
    fn beginnings_name_the_thing_and_the_date() {
        let siege = |t: &str| ("when the siege began".to_string(), t.to_string());
        assert_eq!(
            began_values(&dated(
                "the siege began in early July",
                "early July",
                "2020-07",
                false,
                false
            )),
            [siege("early July (2020-07)")]
        );
        // A siege imposed again, resumed or restored began earlier: its date is no start date.
        for text in [
            "the army re-imposed a siege on the old town in late August",
            "the army reimposed the blockade in late August",
            "the town has been under renewed siege since late August",
            "the town has been held by rebels once more since late August",
            "the town came under siege again in late August",
        ] {
            assert!(
                began_values(&dated(text, "late August", "2020-08", false, false)).is_empty(),
                "{text}"
            );
        }
        assert_eq!(
            began_values(&dated(
                "the army imposed a siege on the old town in late August",
                "late August",
                "2020-08",
                false,
                false
            )),
            [siege("late August (2020-08)")]
        );
        assert_eq!(
            began_values(&dated(
                "the old town came under siege in early July",
                "early July",
                "2020-07",
                false,
                false
            )),
            [siege("early July (2020-07)")]
        );
        assert_eq!(
            began_values(&dated(
                "the town, held by rebels since 2012 but surrounded since July, is short of food",
                "July",
                "2020-07",
                true,
                false
            )),
            [siege("July (2020-07)")]
        );
        // Something that happened since a date is no beginning of a state.
        assert!(
            began_values(&dated(
                "the clinic was hit seven times since July",
                "July",
                "2020-07",
                true,
                false
            ))
            .is_empty()
        );
        // A date that says when it was said dates no beginning.
        assert!(
            began_values(&dated("the siege began", "Monday", "2020-07", false, true)).is_empty()
        );
    }
}
