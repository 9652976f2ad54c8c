//! Number words shared by the stages that read quantities ("five children", "twenty-one days"):
//! the cardinal words zero to nineteen and the tens. It does not parse digits or phrases.

const UNITS: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
];

const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// The value of one lower-case cardinal word ("seven" → 7, "forty" → 40), if it is one.
pub fn cardinal_word(word: &str) -> Option<f64> {
    if let Some(i) = UNITS.iter().position(|u| *u == word) {
        return Some(i as f64);
    }
    TENS.iter().position(|t| *t == word).map(|i| 20.0 + 10.0 * i as f64)
}

#[cfg(test)]
mod tests {
    use super::cardinal_word;

    #[test]
    fn units_and_tens() {
        assert_eq!(cardinal_word("zero"), Some(0.0));
        assert_eq!(cardinal_word("nineteen"), Some(19.0));
        assert_eq!(cardinal_word("twenty"), Some(20.0));
        assert_eq!(cardinal_word("ninety"), Some(90.0));
        assert_eq!(cardinal_word("hundred"), None);
        assert_eq!(cardinal_word("Seven"), None);
    }
}
