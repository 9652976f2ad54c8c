//! Furniture: the lines of a web page that are not the article — share and advertisement
//! markers, photo captions and credits, "LATEST"/feature rails and the links under them, embedded
//! post footers and bare links, image file names, bylines, cross-links ("See …: …", "More from
//! …: …"), copyright lines and related-article headlines left after the last paragraph.
//!
//! Everything here is recognised by its shape and by page vocabulary, never by the words of a
//! particular story. It marks roles on lines; it never edits or re-orders text.

use super::lines::{Line, Role, ends_sentence, is_all_caps, is_headline, normalized, word_count};

/// Page words that stand alone on a line as furniture: "Share", "Advertisement" (rail headings
/// such as "Latest" are in `RAIL_PHRASES`, which count as markers too).
const MARKERS: &[&str] = &[
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "e mail",
    "print",
    "comments",
    "comment",
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "story continues below advertisement",
    "story continues below",
    "advertisement continue reading below",
    "media playback is unsupported on your device",
    "article continues below",
    "continue reading",
    "continue reading below",
    "listen",
    "close",
    "enlarge",
    "click to enlarge",
    "image",
    "images",
    "video",
    "photos",
    "gallery",
    "follow us",
    "subscribe",
    "sign up",
    "newsletter",
    "loading",
    "associated press",
    "the associated press",
    "reuters",
    "afp",
    "ap",
    "agencies",
    "staff and agencies",
    "press association",
    "next",
    "previous",
    "back to top",
    "view comments",
    "show comments",
    "next article",
    "previous article",
    "most viewed",
    "more in this section",
    "hide caption",
    "toggle caption",
    "embed",
    "copy link",
    "whatsapp",
    "facebook",
    "twitter",
    "linkedin",
    "reddit",
    "pinterest",
];

/// Markers under which the following headlines and bullets are links to other articles.
const RAIL_WORDS: &[&str] = &[
    "latest",
    "related",
    "trending",
    "popular",
    "read",
    "recommended",
    "stories",
    "picks",
    "feature",
    "features",
    "also",
    "like",
    "more",
    "miss",
    "coverage",
    "topics",
    "content",
];

/// Headings over link lists, as whole lines in any case: "Related stories", "Most read".
const RAIL_PHRASES: &[&str] = &[
    "latest",
    "latest news",
    "latest stories",
    "related",
    "related stories",
    "related articles",
    "related content",
    "related coverage",
    "related topics",
    "topics",
    "trending",
    "trending now",
    "most read",
    "most popular",
    "popular",
    "top stories",
    "recommended",
    "recommended for you",
    "more stories",
    "more on this story",
    "more on this",
    "you may also like",
    "you might also like",
    "editor's picks",
    "editors' picks",
    "don't miss",
    "read more",
    "more",
    "features",
    "feature",
    "also read",
    "read next",
    "up next",
    "what to read next",
    "more from this section",
];

/// Openings of a line that points to another article or to media: "See …:", "More from …:".
const CROSS_LINK_OPENINGS: &[&str] = &[
    "see ",
    "see also",
    "read more",
    "read also",
    "read:",
    "related:",
    "also read",
    "click here",
    "more from ",
    "more:",
    "more on ",
    "also:",
    "also see",
    "recommended:",
    "don't miss",
    "watch:",
    "watch ",
    "video:",
    "listen:",
    "audio:",
    "in pictures:",
    "pictures:",
    "gallery:",
    "photos:",
    "slideshow:",
    "tags:",
    "topics:",
    "filed under:",
    "categories:",
    "keywords:",
];

/// Openings of a photo caption.
const CAPTION_OPENINGS: &[&str] = &[
    "photo:",
    "photo :",
    "photos:",
    "photograph:",
    "image:",
    "picture:",
    "caption:",
    "file photo",
    "image copyright",
    "image caption",
    "media caption",
    "file picture",
    "pictured:",
    "above:",
    "top:",
    "main picture:",
    "main image:",
];

/// Openings of a credit line at the foot of an article.
const CREDIT_OPENINGS: &[&str] = &[
    "reporting by",
    "additional reporting",
    "editing by",
    "writing by",
    "compiled by",
    "written by",
    "posted by",
    "contributed by",
    "(c)",
    "©",
    "copyright",
    "all rights reserved",
];

/// Gives each line the role it has on its own, then marks rails and their repeated links.
pub fn classify(lines: &[Line]) -> Vec<Role> {
    let mut roles: Vec<Role> = lines.iter().map(|l| role_alone(l.text)).collect();
    mark_rails(lines, &mut roles);
    mark_repeated_rail_links(lines, &mut roles);
    roles
}

/// The role a line has on its own, before looking at its neighbours.
fn role_alone(line: &str) -> Role {
    if is_embed_footer(line) {
        Role::EmbedFooter
    } else if is_marker(line)
        || is_caption(line)
        || is_bare_caption(line)
        || ends_with_photo_credit(line)
        || is_credit(line)
        || is_bare_link(line)
        || is_file_name(line)
        || is_byline(line)
        || is_cross_link(line)
        || is_editorial_note(line)
        || is_breadcrumb(line)
        || is_counter(line)
    {
        Role::Furniture
    } else {
        Role::Content
    }
}

/// A navigation trail: "Home > World > Middle East", "News | World | Europe".
fn is_breadcrumb(line: &str) -> bool {
    ['>', '|', '»', '›'].iter().any(|sep| {
        let parts: Vec<&str> = line.split(*sep).map(str::trim).collect();
        parts.len() >= 3
            && parts
                .iter()
                .all(|p| (1..=3).contains(&word_count(p)) && !ends_sentence(p))
    })
}

/// A social counter: "1,234 shares", "12 Comments".
fn is_counter(line: &str) -> bool {
    let words: Vec<String> = line.split_whitespace().map(str::to_lowercase).collect();
    (2..=3).contains(&words.len())
        && words[0].chars().any(|c| c.is_ascii_digit())
        && words.last().is_some_and(|w| {
            [
                "shares",
                "comments",
                "views",
                "likes",
                "reactions",
                "share",
                "comment",
                "read",
            ]
            .contains(&w.as_str())
        })
}

/// A page word standing alone ("Share", "Advertisement") or a short all-capitals section label
/// ("WORLD", "TUESDAY FEATURE").
pub fn is_marker(line: &str) -> bool {
    let words = normalized(line);
    if words.is_empty() {
        return !line.chars().any(char::is_alphanumeric) && !line.contains(['"', '“', '”']);
    }
    let words = words.as_str();
    MARKERS.contains(&words)
        || RAIL_PHRASES.contains(&words)
        || is_rail_marker(line)
        || is_section_label(line)
}

/// "LATEST", "Related stories", "TUESDAY FEATURE", "Editor's picks": a heading over links.
/// Either a known rail heading in any case, or a short all-capitals line ending in a rail word
/// ("TUESDAY FEATURE", "MOST SHARED STORIES").
pub fn is_rail_marker(line: &str) -> bool {
    let words = normalized(line);
    if line.contains(':') || ends_sentence(line) {
        return false;
    }
    let capital_heading = is_all_caps(line)
        && words.split(' ').count() <= 4
        && words
            .rsplit(' ')
            .next()
            .is_some_and(|w| RAIL_WORDS.contains(&w));
    RAIL_PHRASES.contains(&words.as_str()) || capital_heading
}

/// One or two capitalised words with no punctuation: a section label over the headline.
fn is_section_label(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    word_count(line) <= 2
        && letters >= 3
        && is_all_caps(line)
        && !line.contains(':')
        && !ends_sentence(line)
}

/// "PHOTO: ...", "(Photo: ...)", "Image: ...", "File photo of ...".
pub fn is_caption(line: &str) -> bool {
    let head = line.trim_start_matches(['(', '[']).to_lowercase();
    CAPTION_OPENINGS.iter().any(|p| head.starts_with(p))
}

/// Verbs of what a photograph shows, in the present tense captions use.
const CAPTION_VERBS: &[&str] = &[
    "carries",
    "walks",
    "stands",
    "holds",
    "looks",
    "sits",
    "reacts",
    "rides",
    "inspects",
    "gestures",
    "waves",
    "runs",
    "cries",
    "mourns",
    "prays",
    "poses",
    "arrives",
    "leaves",
    "searches",
    "lies",
    "passes",
    "watches",
    "attends",
    "shouts",
    "flees",
    "helps",
    "removes",
    "clears",
    "checks",
    "pushes",
    "drives",
    "embraces",
    "hugs",
    "shakes",
    "smiles",
    "weeps",
    "sleeps",
    "plays",
    "rests",
    "stares",
    "covers",
    "wears",
    "kisses",
    "kneels",
    "lifts",
    "pulls",
    "cleans",
    "collects",
    "gathers",
    "sorts",
    "displays",
    "salutes",
    "celebrates",
    "grieves",
];

/// A caption that ends with its credit: "A man walks past a building. Photograph: Jane Doe/Reuters".
fn ends_with_photo_credit(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "photograph:",
        "photo:",
        "photos:",
        "image:",
        "picture:",
        "photo credit:",
    ]
    .iter()
    .any(|label| {
        lower.rfind(label).is_some_and(|at| {
            at > 0 && word_count(&lower[at..]) <= 7 && ends_sentence(lower[..at].trim_end())
        })
    })
}

/// A caption without a label: one sentence about one person or thing doing something in the
/// present tense, as photographs are described ("A woman carries the body of her infant …").
/// Running news text tells what happened in the past tense.
fn is_bare_caption(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (6..=30).contains(&words.len())
        && line.ends_with('.')
        && !line.contains(['“', '"', ':'])
        && !line[..line.len() - 1].contains(". ")
        && matches!(words[0], "A" | "An")
        && caption_verb_follows_subject(&words[1..words.len().min(7)])
}

/// The first verb-like word of the opening words is a caption verb (not "says" or "said" with
/// a clause after it).
fn caption_verb_follows_subject(opening: &[&str]) -> bool {
    const REPORTING: &[&str] = &[
        "says", "said", "tells", "told", "reports", "reported", "is", "was", "has", "had",
    ];
    for w in opening {
        if REPORTING.contains(w) {
            return false;
        }
        if CAPTION_VERBS.contains(w) {
            return true;
        }
    }
    false
}

/// Short photo credits ("AFP Photo", "Getty Images", "Photo by Jane Doe / Reuters") and the
/// credit and copyright lines at the foot of an article.
fn is_credit(line: &str) -> bool {
    if is_closing_credit(line) {
        return true;
    }
    let lower = line.to_lowercase();
    const CREDIT_WORDS: &[&str] = &[
        "photo",
        "getty images",
        "image credit",
        "credit:",
        "/ reuters",
        "/ ap",
        "/ afp",
        "/afp",
        "reuters/",
        "afp/",
        "epa/",
        "/ epa",
        "shutterstock",
        "ap images",
        "pool via",
    ];
    word_count(line) <= 6 && !ends_sentence(line) && CREDIT_WORDS.iter().any(|w| lower.contains(w))
}

/// The credit and copyright lines that close an article: "Reporting by …; Editing by …",
/// "Copyright 2016 The Associated Press. All rights reserved.", "X contributed to this report."
fn is_closing_credit(line: &str) -> bool {
    let lower = line.trim_start_matches(['(', '[']).to_lowercase();
    let copyright = line.to_lowercase().starts_with("(c)")
        || ["©", "copyright", "all rights reserved"]
            .iter()
            .any(|p| lower.starts_with(p));
    let opening = CREDIT_OPENINGS.iter().any(|p| lower.starts_with(p));
    let contributed = [
        "contributed to this report",
        "contributed reporting",
        "contributed to this story",
    ]
    .iter()
    .any(|p| lower.contains(p));
    copyright || ((opening || contributed) && word_count(line) <= 24)
}

/// The footer of an embedded post: "— Name (@handle) October 23, 2016".
fn is_embed_footer(line: &str) -> bool {
    line.starts_with(['—', '–', '-']) && line.contains("(@")
}

/// A line that is only a link: "pic.twitter.com/abc", "https://…", "www.example.com/x".
fn is_bare_link(line: &str) -> bool {
    !line.contains(char::is_whitespace) && is_link(line)
}

/// Whether a word is a link.
pub fn is_link(word: &str) -> bool {
    let lower = word.to_lowercase();
    [
        "http://",
        "https://",
        "pic.twitter.com/",
        "www.",
        "t.co/",
        "bit.ly/",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// An image file name left behind by a scraper: "busra-al-sham-protest-09-16", "img_2041.jpg".
fn is_file_name(line: &str) -> bool {
    if line.contains(char::is_whitespace) {
        return false;
    }
    let lower = line.to_lowercase();
    let image_ext = [
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".svg",
    ]
    .iter()
    .any(|e| lower.ends_with(e));
    let slug = line.matches(['-', '_']).count() >= 2
        && line
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_".contains(c));
    image_ext || slug
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE | AP".
/// Also a name with a newsroom role and nothing else: "Patrick Wintour Diplomatic editor".
fn is_byline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let by = words.len() <= 10
        && words.first().is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    const ROLES: &[&str] = &[
        "editor",
        "correspondent",
        "reporter",
        "writer",
        "columnist",
        "contributor",
    ];
    let name_and_role = (3..=7).contains(&words.len())
        && words[..2].iter().all(|w| w.starts_with(char::is_uppercase))
        && words
            .last()
            .is_some_and(|w| ROLES.contains(&w.to_lowercase().as_str()));
    (by || name_and_role) && !ends_sentence(line)
}

/// A pointer to another article or to media: "See Syria Daily, Sept 29: …", "More from X: …".
fn is_cross_link(line: &str) -> bool {
    let lower = line.to_lowercase();
    CROSS_LINK_OPENINGS.iter().any(|s| lower.starts_with(s))
        && !ends_sentence(line)
        && line.contains(':')
}

/// A short note wholly in brackets: "(Fox News article)", "[Warning: graphic images]".
fn is_editorial_note(line: &str) -> bool {
    let bracketed = (line.starts_with('(') && line.ends_with(')'))
        || (line.starts_with('[') && line.ends_with(']'));
    bracketed && word_count(line) <= 8 && !line[1..line.len() - 1].contains(['(', ')', '[', ']'])
}

/// A promotional label line inside the body: "ON DEADLINE: Live updates and local coverage".
pub fn is_promo(line: &str) -> bool {
    let Some((label, rest)) = line.split_once(':') else {
        return false;
    };
    word_count(label) <= 3
        && word_count(rest) <= 10
        && is_all_caps(label)
        && label.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && !label.chars().any(|c| c.is_ascii_digit())
        && !ends_sentence(line)
}

/// Lines after a rail marker ("LATEST", "TUESDAY FEATURE") that are headlines or bullets link
/// to other articles: they are furniture until the first line that reads like running text.
/// A bulleted headline above the body is a link too; bullets inside the body are a list.
fn mark_rails(lines: &[Line], roles: &mut [Role]) {
    let mut in_rail = false;
    let mut body_started = false;
    for (i, line) in lines.iter().enumerate() {
        if roles[i] == Role::Furniture {
            in_rail = in_rail || is_rail_marker(line.text);
            continue;
        }
        let under_rail = in_rail && (is_bullet(line.text) || is_headline(line.text));
        let bulleted_link =
            !body_started && is_bullet(line.text) && is_headline(strip_bullet(line.text));
        if roles[i] == Role::Content && (under_rail || bulleted_link) {
            roles[i] = Role::Furniture;
        } else {
            in_rail = false;
            body_started |= roles[i] == Role::Content && !is_headline(line.text);
        }
    }
}

/// A line repeating a rail link later in the page is the same link again.
fn mark_repeated_rail_links(lines: &[Line], roles: &mut [Role]) {
    let links: Vec<String> = lines
        .iter()
        .zip(roles.iter())
        .filter(|(l, r)| **r == Role::Furniture && is_headline(strip_bullet(l.text)))
        .map(|(l, _)| normalized(strip_bullet(l.text)))
        .collect();
    for (line, role) in lines.iter().zip(roles.iter_mut()) {
        if *role == Role::Content
            && is_headline(line.text)
            && links.contains(&normalized(line.text))
        {
            *role = Role::Furniture;
        }
    }
}

/// Whether a line opens with a list bullet.
pub fn is_bullet(line: &str) -> bool {
    line.starts_with(['•', '·', '▪', '►', '*', '■', '»', '◦'])
}

/// A line without its bullet.
pub fn strip_bullet(line: &str) -> &str {
    line.trim_start_matches(['•', '·', '▪', '►', '*', '■', '»', '◦', ' ', '\t'])
}

/// Headline-like lines after the last paragraph of running text are links to related articles.
/// When nothing reads like running text, nothing is marked.
/// Short lines after the closing credit ("Reporting by …", a copyright line) are the page's
/// footer.
pub fn mark_trailing_links(lines: &[Line], roles: &mut [Role]) {
    let last_credit = (lines.len() / 2..lines.len())
        .rev()
        .find(|&i| roles[i] == Role::Furniture && is_closing_credit(lines[i].text));
    if let Some(credit) = last_credit {
        for (line, role) in lines[credit + 1..].iter().zip(&mut roles[credit + 1..]) {
            if *role == Role::Content && word_count(line.text) <= 12 {
                *role = Role::Furniture;
            }
        }
    }
    let link_like = |text: &str| {
        is_headline(text)
            || (word_count(text) == 1
                && text.starts_with(char::is_uppercase)
                && !ends_sentence(text))
    };
    let last_text = (0..lines.len())
        .rev()
        .find(|&i| roles[i] == Role::Content && !link_like(lines[i].text));
    let Some(last_text) = last_text else { return };
    for role in &mut roles[last_text + 1..] {
        if *role == Role::Content {
            *role = Role::Furniture;
        }
    }
}

/// Marks promotional label lines that come after the start of the body.
pub fn mark_promos(lines: &[Line], roles: &mut [Role]) {
    let body_start = roles
        .iter()
        .position(|r| *r == Role::Content)
        .unwrap_or(roles.len());
    for i in body_start + 1..lines.len() {
        if roles[i] == Role::Content && is_promo(lines[i].text) {
            roles[i] = Role::Furniture;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::lines::split;

    /// The role of every line of `input`, as `(line, is_furniture)`.
    fn check(input: &str, expect: &[(&str, bool)]) {
        let lines = split(input);
        let roles = classify(&lines);
        let got: Vec<(&str, bool)> = lines
            .iter()
            .zip(&roles)
            .map(|(l, r)| (l.text, *r != Role::Content))
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn markers_captions_credits_and_links_are_furniture() {
        check(
            "Share\nAdvertisement\nPHOTO: The mayor at the podium\nAFP Photo\nGetty Images\n\
             A Syrian woman carries the body of her infant after he was retrieved from the rubble.\n\
             pic.twitter.com/hZcguA37Ae\n— City News (@citynews) May 3, 2015\nflood-photo-05-03\nimg_2041.JPG\n\
             By Jane Doe and John Roe\nSee Weather Daily, May 2: Storm Warnings Issued\n\
             More from GlobalPost: Floods in the north\n(Fox News article)\n(c) tPC\n\
             Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n\
             (Reporting by Tom Perry; Additional reporting by Lisa Barrington in Beirut; Editing by Peter Graff)\n\
             Associated Press writers Jane Doe and John Roe contributed to this report.\n\
             A man walks past a destroyed building. Photograph: Jane Doe/Reuters\nImage copyright Getty Images\n\
             Media playback is unsupported on your device\nHome > World > Middle East\n1,234 shares\nTags: floods, schools, rivers\nPatrick Wintour Diplomatic editor\n4 min read\nReporting by Jane Doe; Editing by John Roe\n\
             The river rose by two metres.",
            &[
                ("Share", true),
                ("Advertisement", true),
                ("PHOTO: The mayor at the podium", true),
                ("AFP Photo", true),
                ("Getty Images", true),
                (
                    "A Syrian woman carries the body of her infant after he was retrieved from the rubble.",
                    true,
                ),
                ("pic.twitter.com/hZcguA37Ae", true),
                ("— City News (@citynews) May 3, 2015", true),
                ("flood-photo-05-03", true),
                ("img_2041.JPG", true),
                ("By Jane Doe and John Roe", true),
                ("See Weather Daily, May 2: Storm Warnings Issued", true),
                ("More from GlobalPost: Floods in the north", true),
                ("(Fox News article)", true),
                ("(c) tPC", true),
                (
                    "Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
                    true,
                ),
                (
                    "(Reporting by Tom Perry; Additional reporting by Lisa Barrington in Beirut; Editing by Peter Graff)",
                    true,
                ),
                (
                    "Associated Press writers Jane Doe and John Roe contributed to this report.",
                    true,
                ),
                (
                    "A man walks past a destroyed building. Photograph: Jane Doe/Reuters",
                    true,
                ),
                ("Image copyright Getty Images", true),
                ("Media playback is unsupported on your device", true),
                ("Home > World > Middle East", true),
                ("1,234 shares", true),
                ("Tags: floods, schools, rivers", true),
                ("Patrick Wintour Diplomatic editor", true),
                ("4 min read", true),
                ("Reporting by Jane Doe; Editing by John Roe", true),
                ("The river rose by two metres.", false),
            ],
        );
    }

    #[test]
    fn content_that_looks_a_little_like_furniture_stays() {
        check(
            "See you in court, he told the judge.\nPhotographs show the damage.\nBy Monday the water had gone.\n\
             FALLOUT CONTINUES AFTER BRAZEN ESCAPE\nShare prices fell 3 percent.\nMore than 40 people died.\n\
             A spokesman says the man walks with a stick.\nA man carried the body out.\n\
             The photo: a fake, officials said.\nProfits rose 12 percent | shares fell | bonds held steady\n12 people died",
            &[
                ("See you in court, he told the judge.", false),
                ("Photographs show the damage.", false),
                ("By Monday the water had gone.", false),
                ("FALLOUT CONTINUES AFTER BRAZEN ESCAPE", false),
                ("Share prices fell 3 percent.", false),
                ("More than 40 people died.", false),
                ("A spokesman says the man walks with a stick.", false),
                ("A man carried the body out.", false),
                ("The photo: a fake, officials said.", false),
                (
                    "Profits rose 12 percent | shares fell | bonds held steady",
                    false,
                ),
                ("12 people died", false),
            ],
        );
    }

    #[test]
    fn a_rail_takes_the_headlines_and_bullets_under_it_and_their_repeats() {
        check(
            "LATEST\nTUESDAY FEATURE\nThe Last Ferry of the Season\n  • Pictures of the Harbour at Night\n\
             The harbour reopened on Monday after repairs.\nThe Last Ferry of the Season",
            &[
                ("LATEST", true),
                ("TUESDAY FEATURE", true),
                ("The Last Ferry of the Season", true),
                ("• Pictures of the Harbour at Night", true),
                ("The harbour reopened on Monday after repairs.", false),
                ("The Last Ferry of the Season", true),
            ],
        );
    }

    #[test]
    fn a_bulleted_list_inside_the_body_is_content() {
        check(
            "• Pictures of the Harbour at Night\nThe council listed its demands:\n• Schools reopen on Monday\n• Roads are cleared first\nIt voted.",
            &[
                ("• Pictures of the Harbour at Night", true),
                ("The council listed its demands:", false),
                ("• Schools reopen on Monday", false),
                ("• Roads are cleared first", false),
                ("It voted.", false),
            ],
        );
    }

    #[test]
    fn a_short_line_ending_in_a_rail_word_is_not_a_rail() {
        check(
            "We want more\nTalks Resume in Geneva\nThe talks resumed.\nMost read\nTalks Fail Again",
            &[
                ("We want more", false),
                ("Talks Resume in Geneva", false),
                ("The talks resumed.", false),
                ("Most read", true),
                ("Talks Fail Again", true),
            ],
        );
    }

    #[test]
    fn promos_and_trailing_related_headlines() {
        let text = "Storm closes port\nThe port closed.\nON DEADLINE: Live updates and local coverage\n\
                    It reopens Friday.\nAttack on clinic kills 4 staff\nMinister resigns over port";
        let lines = split(text);
        let mut roles = classify(&lines);
        mark_promos(&lines, &mut roles);
        mark_trailing_links(&lines, &mut roles);
        let kept: Vec<&str> = lines
            .iter()
            .zip(&roles)
            .filter(|(_, r)| **r == Role::Content)
            .map(|(l, _)| l.text)
            .collect();
        assert_eq!(
            kept,
            [
                "Storm closes port",
                "The port closed.",
                "It reopens Friday."
            ]
        );
    }
}
