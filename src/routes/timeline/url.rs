//! The timeline's URL query: which parameters it owns, in which order it writes them, and how a
//! value is percent-encoded. Pure; the page reads and navigates with leptos_router.

/// The parameters the timeline writes, in the order they appear in its URLs.
pub const KEYS: [&str; 7] = ["event", "zoom", "at", "lane", "src", "actor", "q"];

/// `?event=…&zoom=…` from `(key, value)` pairs, in [`KEYS`] order, skipping empty values;
/// the empty string when nothing is set.
pub fn query_string(pairs: &[(&str, String)]) -> String {
    let mut out = String::new();
    for key in KEYS {
        if let Some((_, v)) = pairs.iter().find(|(k, v)| *k == key && !v.is_empty()) {
            out.push(if out.is_empty() { '?' } else { '&' });
            out.push_str(key);
            out.push('=');
            out.push_str(&encode(v));
        }
    }
    out
}

/// Percent-encodes everything but the URL-safe characters (and `:` for times).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b':') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_in_a_fixed_order_and_encoded() {
        let pairs = [("q", "aid convoy".to_owned()), ("event", "2016-09-19-887b680e".to_owned()), ("src", String::new())];
        assert_eq!(query_string(&pairs), "?event=2016-09-19-887b680e&q=aid%20convoy");
        assert_eq!(query_string(&[]), "");
        assert_eq!(encode("O’Brien & co/2"), "O%E2%80%99Brien%20%26%20co%2F2");
        assert_eq!(encode("2016-09-19T12:00"), "2016-09-19T12:00");
    }
}
