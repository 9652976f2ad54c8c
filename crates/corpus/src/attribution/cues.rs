//! Cues: the words that introduce speech or a stance ("said", "warned", "according to"), and
//! what kind of act each one reports (assert, deny, accuse, call for).
//!
//! A closed English lexicon of speech, belief and stance verbs in their inflected forms. It only
//! recognises cue words; finding who speaks and what is said belongs to the other modules.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The kind of speech act a cue reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Act {
    /// States something as true.
    Asserts,
    /// Says something is not so.
    Denies,
    /// Blames someone.
    Accuses,
    /// Asks for something to be done.
    CallsFor,
}

impl Act {
    /// The act as a lower-case word for the export.
    pub fn as_str(self) -> &'static str {
        match self {
            Act::Asserts => "asserts",
            Act::Denies => "denies",
            Act::Accuses => "accuses",
            Act::CallsFor => "calls for",
        }
    }
}

/// How a cue verb takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueWord {
    /// The act it reports.
    pub act: Act,
    /// Whether it names a hearer before the content ("told reporters that ...").
    pub takes_hearer: bool,
    /// Whether it is a speech verb proper (strong evidence), rather than a belief or stance verb.
    pub speech: bool,
}

/// Verb stems: (forms, act, takes a hearer, is speech proper).
const VERBS: &[(&[&str], Act, bool, bool)] = &[
    (
        &["say", "says", "said", "saying"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["tell", "tells", "told", "telling"],
        Act::Asserts,
        true,
        true,
    ),
    (
        &["add", "adds", "added", "adding"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["note", "notes", "noted", "noting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        // "state"/"states" are far more often the noun ("the Badger state").
        &["stated", "stating"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["explain", "explains", "explained", "explaining"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["write", "writes", "wrote", "writing"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["tweet", "tweets", "tweeted", "tweeting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["argue", "argues", "argued", "arguing"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["claim", "claims", "claimed", "claiming"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["insist", "insists", "insisted", "insisting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["suggest", "suggests", "suggested", "suggesting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["report", "reports", "reported", "reporting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["announce", "announces", "announced", "announcing"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &[
            "acknowledge",
            "acknowledges",
            "acknowledged",
            "acknowledging",
        ],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["admit", "admits", "admitted", "admitting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["confirm", "confirms", "confirmed", "confirming"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["declare", "declares", "declared", "declaring"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["predict", "predicts", "predicted", "predicting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["promise", "promises", "promised", "promising"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["vow", "vows", "vowed", "vowing"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["pledge", "pledges", "pledged", "pledging"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["warn", "warns", "warned", "warning"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["recall", "recalls", "recalled", "recalling"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["reply", "replies", "replied", "replying"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["respond", "responds", "responded", "responding"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["conclude", "concludes", "concluded", "concluding"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &[
            "emphasize",
            "emphasizes",
            "emphasized",
            "emphasise",
            "emphasised",
        ],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["stress", "stresses", "stressed", "stressing"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["contend", "contends", "contended"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["maintain", "maintains", "maintained"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["assert", "asserts", "asserted", "asserting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["estimate", "estimates", "estimated"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["reveal", "reveals", "revealed", "revealing"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["observe", "observes", "observed"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["testify", "testifies", "testified"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["believe", "believes", "believed"],
        Act::Asserts,
        false,
        false,
    ),
    (&["think", "thinks", "thought"], Act::Asserts, false, false),
    (&["agree", "agrees", "agreed"], Act::Asserts, false, false),
    (
        &["remark", "remarks", "remarked"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["speculate", "speculates", "speculated", "speculating"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["boast", "boasts", "boasted", "boasting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["describe", "describes", "described", "describing"],
        Act::Asserts,
        false,
        false,
    ),
    (&["ask", "asks", "asked"], Act::Asserts, true, true),
    (
        &["show", "shows", "showed", "shown"],
        Act::Asserts,
        false,
        false,
    ),
    (&["find", "finds", "found"], Act::Asserts, false, false),
    (
        &["cite", "cites", "cited", "citing"],
        Act::Asserts,
        false,
        false,
    ),
    (&["hope", "hopes", "hoped"], Act::Asserts, false, false),
    (&["fear", "fears", "feared"], Act::Asserts, false, false),
    (
        &["expect", "expects", "expected"],
        Act::Asserts,
        false,
        false,
    ),
    (&["want", "wants", "wanted"], Act::Asserts, false, false),
    (&["know", "knows", "knew"], Act::Asserts, false, false),
    (&["worry", "worries", "worried"], Act::Asserts, false, false),
    (
        &["call", "calls", "called", "calling"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["endorse", "endorses", "endorsed", "endorsing"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["praise", "praises", "praised", "praising"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["defend", "defends", "defended", "defending"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["support", "supports", "supported", "supporting"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["oppose", "opposes", "opposed", "opposing"],
        Act::Denies,
        false,
        false,
    ),
    (
        &["propose", "proposes", "proposed", "proposing"],
        Act::CallsFor,
        false,
        false,
    ),
    (
        &["seek", "seeks", "sought", "seeking"],
        Act::CallsFor,
        false,
        false,
    ),
    (
        &["question", "questions", "questioned", "questioning"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["thank", "thanks", "thanked", "thanking"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["express", "expresses", "expressed", "expressing"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["back", "backs", "backed", "backing"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["offer", "offers", "offered", "offering"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["discuss", "discusses", "discussed", "discussing"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["echo", "echoes", "echoed", "echoing"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["mention", "mentions", "mentioned", "mentioning"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["attack", "attacks", "attacked", "attacking"],
        Act::Accuses,
        false,
        false,
    ),
    (
        &["slam", "slams", "slammed", "slamming"],
        Act::Accuses,
        false,
        false,
    ),
    (
        &["blast", "blasts", "blasted", "blasting"],
        Act::Accuses,
        false,
        false,
    ),
    (
        &["condemn", "condemns", "condemned", "condemning"],
        Act::Accuses,
        false,
        false,
    ),
    (
        &["welcome", "welcomes", "welcomed", "welcoming"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["applaud", "applauds", "applauded"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["complain", "complains", "complained", "complaining"],
        Act::Accuses,
        false,
        true,
    ),
    (
        &["joke", "jokes", "joked", "joking"],
        Act::Asserts,
        false,
        true,
    ),
    (&["plan", "plans", "planned"], Act::Asserts, false, false),
    (&["see", "sees", "saw"], Act::Asserts, false, false),
    (&["feel", "feels", "felt"], Act::Asserts, false, false),
    (
        &["prefer", "prefers", "preferred"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["decline", "declines", "declined"],
        Act::Denies,
        false,
        false,
    ),
    (&["refuse", "refuses", "refused"], Act::Denies, false, false),
    (
        &["remember", "remembers", "remembered"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["recount", "recounts", "recounted", "recounting"],
        Act::Asserts,
        false,
        true,
    ),
    (&["snipe", "snipes", "sniped"], Act::Accuses, false, true),
    (&["vent", "vents", "vented"], Act::Asserts, false, true),
    (
        &[
            "characterize",
            "characterizes",
            "characterized",
            "characterise",
            "characterised",
        ],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["deny", "denies", "denied", "denying"],
        Act::Denies,
        false,
        true,
    ),
    (
        &["dismiss", "dismisses", "dismissed", "dismissing"],
        Act::Denies,
        false,
        false,
    ),
    (
        &["reject", "rejects", "rejected", "rejecting"],
        Act::Denies,
        false,
        false,
    ),
    (&["refute", "refutes", "refuted"], Act::Denies, false, true),
    (
        &["accuse", "accuses", "accused", "accusing"],
        Act::Accuses,
        false,
        true,
    ),
    (
        &["blame", "blames", "blamed", "blaming"],
        Act::Accuses,
        false,
        false,
    ),
    (&["allege", "alleges", "alleged"], Act::Accuses, false, true),
    (
        &["charge", "charges", "charged"],
        Act::Accuses,
        false,
        false,
    ),
    (
        &[
            "criticize",
            "criticizes",
            "criticized",
            "criticise",
            "criticised",
        ],
        Act::Accuses,
        false,
        false,
    ),
    (
        &["urge", "urges", "urged", "urging"],
        Act::CallsFor,
        true,
        true,
    ),
    (
        &["demand", "demands", "demanded", "demanding"],
        Act::CallsFor,
        false,
        true,
    ),
    // Verbs that report speech only with their preposition (see `required_preposition`).
    (
        &["talk", "talks", "talked", "talking"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["refer", "refers", "referred", "referring"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["focus", "focuses", "focused", "focusing"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["speak", "speaks", "spoke", "speaking"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["comment", "comments", "commented", "commenting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["point", "points", "pointed", "pointing"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["rail", "rails", "railed", "railing"],
        Act::Accuses,
        false,
        true,
    ),
    // "…,” he continued.": speech only when no object follows (see `required_preposition`).
    (
        &["continue", "continues", "continued"],
        Act::Asserts,
        false,
        true,
    ),
    // Speech, cognition and stance verbs added from an error analysis on PolNeAR train.
    (
        &["denounce", "denounces", "denounced", "denouncing"],
        Act::Accuses,
        false,
        true,
    ),
    (
        &["decry", "decries", "decried", "decrying"],
        Act::Accuses,
        false,
        true,
    ),
    (
        &["reiterate", "reiterates", "reiterated", "reiterating"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["answer", "answers", "answered", "answering"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["concede", "concedes", "conceded", "conceding"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["tout", "touts", "touted", "touting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["mock", "mocks", "mocked", "mocking"],
        Act::Accuses,
        false,
        true,
    ),
    (
        &["highlight", "highlights", "highlighted", "highlighting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["repeat", "repeats", "repeated", "repeating"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["quip", "quips", "quipped", "quipping"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["retort", "retorts", "retorted", "retorting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["exclaim", "exclaims", "exclaimed", "exclaiming"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["shout", "shouts", "shouted", "shouting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["yell", "yells", "yelled", "yelling"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["indicate", "indicates", "indicated", "indicating"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["imply", "implies", "implied", "implying"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["caution", "cautions", "cautioned", "cautioning"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["lament", "laments", "lamented", "lamenting"],
        Act::Asserts,
        false,
        true,
    ),
    (&["counters", "countered"], Act::Asserts, false, true),
    (
        &["clarify", "clarifies", "clarified", "clarifying"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["disclose", "discloses", "disclosed", "disclosing"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["underscore", "underscores", "underscored", "underscoring"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["affirm", "affirms", "affirmed", "affirming"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["proclaim", "proclaims", "proclaimed", "proclaiming"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &["protest", "protests", "protested", "protesting"],
        Act::Accuses,
        false,
        true,
    ),
    (
        &["hint", "hints", "hinted", "hinting"],
        Act::Asserts,
        false,
        true,
    ),
    (
        &[
            "signal",
            "signals",
            "signaled",
            "signalled",
            "signaling",
            "signalling",
        ],
        Act::Asserts,
        false,
        true,
    ),
    (&["post", "posts", "posted"], Act::Asserts, false, true),
    (
        &["remind", "reminds", "reminded", "reminding"],
        Act::Asserts,
        true,
        true,
    ),
    (
        &["assure", "assures", "assured", "assuring"],
        Act::Asserts,
        true,
        true,
    ),
    (
        &["inform", "informs", "informed", "informing"],
        Act::Asserts,
        true,
        true,
    ),
    (
        &["advise", "advises", "advised", "advising"],
        Act::Asserts,
        true,
        true,
    ),
    (
        &["consider", "considers", "considered", "considering"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["understand", "understands", "understood", "understanding"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["wonder", "wonders", "wondered", "wondering"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["recognize", "recognizes", "recognized", "recognizing"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["envision", "envisions", "envisioned", "envisioning"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["deem", "deems", "deemed", "deeming"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["realize", "realizes", "realized", "realizing"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["assume", "assumes", "assumed", "assuming"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["suspect", "suspects", "suspected", "suspecting"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["doubt", "doubts", "doubted", "doubting"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["imagine", "imagines", "imagined", "imagining"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["learn", "learns", "learned", "learnt"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["guess", "guesses", "guessed", "guessing"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["anticipate", "anticipates", "anticipated", "anticipating"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &["intend", "intends", "intended", "intending"],
        Act::Asserts,
        false,
        false,
    ),
    (
        &[
            "favor", "favors", "favored", "favoring", "favour", "favours", "favoured",
        ],
        Act::Asserts,
        false,
        false,
    ),
    (
        &[
            "hoping",
            "expecting",
            "asking",
            "showing",
            "believing",
            "fearing",
            "finding",
            "wanting",
            "worrying",
            "thinking",
            "knowing",
        ],
        Act::Asserts,
        false,
        false,
    ),
];

static FORMS: LazyLock<HashMap<&'static str, CueWord>> = LazyLock::new(|| {
    VERBS
        .iter()
        .flat_map(|(forms, act, hearer, speech)| {
            forms.iter().map(move |f| {
                (
                    *f,
                    CueWord {
                        act: *act,
                        takes_hearer: *hearer,
                        speech: *speech,
                    },
                )
            })
        })
        .collect()
});

/// The cue a lower-cased word is, if any.
pub fn cue_word(lower: &str) -> Option<CueWord> {
    FORMS.get(lower).copied()
}

/// Words that may sit between a subject and its cue without being part of either.
pub fn is_verb_adjunct(lower: &str) -> bool {
    matches!(
        lower,
        "also"
            | "’s"
            | "'s"
            | "’ve"
            | "'ve"
            | "’d"
            | "'d"
            | "has"
            | "had"
            | "have"
            | "later"
            | "previously"
            | "then"
            | "further"
            | "again"
            | "repeatedly"
            | "publicly"
            | "recently"
            | "would"
            | "will"
            | "once"
            | "reportedly"
            | "always"
            | "often"
            | "never"
            | "first"
            | "initially"
            | "earlier"
            | "subsequently"
            | "flatly"
            | "strongly"
            | "quickly"
            | "simply"
            | "only"
            | "even"
            | "still"
            | "has_"
            | "had_"
            | "privately"
            | "openly"
            | "angrily"
            | "explicitly"
            | "directly"
            | "falsely"
            | "frequently"
            | "specifically"
            | "separately"
            | "personally"
            | "is"
            | "was"
            | "were"
            | "are"
            | "been"
            | "did"
            | "does"
            | "do"
            | "could"
            | "might"
            | "may"
            | "must"
            | "should"
            | "can"
    )
}

/// For verbs that report speech only with a particular next word, the words allowed next
/// ("talked about", "pointed out/to", "railed against"); "continued" takes no object at all
/// (an empty list: only punctuation may follow). `None` for every other cue.
pub fn required_preposition(lower: &str) -> Option<&'static [&'static str]> {
    let stem = lower
        .trim_end_matches("ing")
        .trim_end_matches("ed")
        .trim_end_matches('s');
    match stem {
        "talk" => Some(&["about"]),
        "refer" | "referr" => Some(&["to"]),
        "focus" | "focuse" => Some(&["on"]),
        "speak" | "spoke" => Some(&["about", "of", "out"]),
        "comment" => Some(&["on", "that"]),
        "point" => Some(&["out", "to"]),
        "rail" => Some(&["against", "at"]),
        "continu" | "continue" => Some(&[]),
        _ => None,
    }
}

/// Nouns that report a statement or stance when a possessor is given ("his claim that",
/// "her support for"), with the act they report.
pub fn report_noun(lower: &str) -> Option<Act> {
    let act = match lower {
        "claim" | "claims" | "assertion" | "assertions" | "statement" | "statements"
        | "argument" | "arguments" | "view" | "views" | "belief" | "beliefs" | "insistence"
        | "announcement" | "remarks" | "comments" | "promise" | "promises" | "pledge"
        | "pledges" | "warning" | "warnings" | "support" | "endorsement" | "praise"
        | "position" | "positions" | "stance" | "questions" | "concerns" | "concern" | "fears"
        | "hope" | "hopes" | "prediction" | "predictions" => Act::Asserts,
        "criticism" | "criticisms" | "attack" | "attacks" | "accusation" | "accusations"
        | "allegation" | "allegations" | "complaint" | "complaints" | "critique"
        | "condemnation" => Act::Accuses,
        "denial" | "denials" | "opposition" | "rejection" => Act::Denies,
        "call" | "calls" | "demand" | "demands" | "proposal" | "proposals" | "plea" => {
            Act::CallsFor
        }
        _ => return None,
    };
    Some(act)
}

/// Whether the report noun `noun` takes its content after `next` ("support for", "attacks on",
/// "claim about").
pub fn report_noun_takes(noun: &str, next: &str) -> bool {
    match next {
        "for" => matches!(
            noun,
            "support" | "call" | "calls" | "demand" | "demands" | "praise" | "plea"
        ),
        "of" => matches!(
            noun,
            "criticism"
                | "criticisms"
                | "endorsement"
                | "praise"
                | "critique"
                | "condemnation"
                | "denial"
                | "rejection"
                | "support"
        ),
        "on" | "against" => matches!(
            noun,
            "attack"
                | "attacks"
                | "position"
                | "positions"
                | "stance"
                | "views"
                | "view"
                | "comments"
                | "remarks"
        ),
        "to" => matches!(noun, "opposition"),
        "about" => matches!(
            noun,
            "questions"
                | "concerns"
                | "concern"
                | "comments"
                | "remarks"
                | "claims"
                | "claim"
                | "fears"
                | "warning"
                | "warnings"
                | "complaints"
        ),
        _ => false,
    }
}

/// Whether `lower` is a form of "call" (a call for / call on cue needs the next word too).
pub fn is_call(lower: &str) -> bool {
    matches!(lower, "call" | "calls" | "called" | "calling")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_map_to_their_act() {
        let check = |w: &str, act: Option<Act>| assert_eq!(cue_word(w).map(|c| c.act), act, "{w}");
        check("said", Some(Act::Asserts));
        check("denied", Some(Act::Denies));
        check("accusing", Some(Act::Accuses));
        check("urged", Some(Act::CallsFor));
        check("table", None);
        assert!(cue_word("told").is_some_and(|c| c.takes_hearer));
    }
}
