//! Byte-to-character offset conversion, so the model speaks in Unicode scalar offsets.

/// Maps byte offsets of one text to character offsets.
pub struct CharIndex {
    /// `chars_before[b]` for every char boundary `b`, stored sparsely as (byte, char) pairs.
    boundaries: Vec<usize>,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut boundaries: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        boundaries.push(text.len());
        CharIndex { boundaries }
    }

    /// The character offset of byte offset `byte` (which must be a char boundary).
    pub fn char_at(&self, byte: usize) -> u32 {
        self.boundaries.partition_point(|&b| b < byte) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_scalars_not_bytes() {
        let text = "“Hi” é.";
        let index = CharIndex::new(text);
        assert_eq!(index.char_at(0), 0);
        assert_eq!(index.char_at(3), 1); // after the 3-byte “
        assert_eq!(index.char_at(text.len()), text.chars().count() as u32);
    }
}
