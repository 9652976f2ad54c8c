//! Ingest: files in, decoded texts out.
//!
//! Owns reading a folder (the crate's only I/O, invoked by the caller) and turning bytes into
//! text: UTF-8, or UTF-16 when the file opens with its byte-order mark. Invalid bytes are decoded
//! lossily with a warning naming the file; an empty or unreadable file becomes an error diagnostic
//! naming the file and the rest still load. The text is kept exactly as decoded (offsets count from
//! its first character). It does not look inside the text.

use std::path::Path;

use dossier_model::{Diagnostic, Severity};

/// One input file as handed to the pipeline: its name and its raw bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The file name (`002_20a8f80ab59bacb5.txt`); its stem becomes the document id.
    pub name: String,
    /// The raw bytes, not yet decoded.
    pub bytes: Vec<u8>,
}

/// A decoded article text and the id it will carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawText {
    /// The document id: the file stem.
    pub id: String,
    /// The decoded text, exactly as in the file but for repaired encoding errors.
    pub text: String,
}

/// Why a folder could not be read at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    /// The folder itself could not be listed.
    #[error("cannot read the folder {path}: {source}")]
    Folder {
        /// The folder.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
}

/// Reads every `.txt` file of `dir` (not recursively), sorted by name.
///
/// A file that cannot be read is reported in the diagnostics by name and skipped; only a folder
/// that cannot be listed is an error.
pub fn read_folder(dir: &Path) -> Result<(Vec<SourceFile>, Vec<Diagnostic>), IngestError> {
    let folder_error = |source| IngestError::Folder {
        path: dir.display().to_string(),
        source,
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(folder_error)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("txt"))
        })
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match std::fs::read(&path) {
            Ok(bytes) => files.push(SourceFile { name, bytes }),
            Err(e) => diagnostics.push(error(&name, format!("could not be read ({e}); skipped"))),
        }
    }
    Ok((files, diagnostics))
}

/// Decodes the files, keeping those with text and reporting the rest.
///
/// The text is kept exactly as decoded (a byte-order mark included), so that character offsets
/// computed on it are offsets into the file.
pub fn decode(files: &[SourceFile]) -> (Vec<RawText>, Vec<Diagnostic>) {
    let mut texts = Vec::new();
    let mut diagnostics = Vec::new();
    for file in files {
        let text = match decode_bytes(&file.bytes) {
            Decoded::Clean(text) => text,
            Decoded::Repaired(text, encoding) => {
                diagnostics.push(Diagnostic {
                    file: Some(file.name.clone()),
                    severity: Severity::Warning,
                    message: format!(
                        "is not valid {encoding}; invalid bytes were replaced with \u{fffd}"
                    ),
                });
                text
            }
        };
        if text
            .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .is_empty()
        {
            diagnostics.push(error(&file.name, "is empty; skipped".into()));
            continue;
        }
        texts.push(RawText {
            id: stem(&file.name),
            text,
        });
    }
    (texts, diagnostics)
}

/// Text decoded from bytes, and whether it needed repair.
enum Decoded {
    Clean(String),
    Repaired(String, &'static str),
}

/// UTF-8 (the usual case), or UTF-16 when the bytes open with its byte-order mark.
fn decode_bytes(bytes: &[u8]) -> Decoded {
    let utf16 = |be: bool| -> Decoded {
        let units: Vec<u16> = bytes
            .chunks(2)
            .map(|p| {
                let pair = [p[0], p.get(1).copied().unwrap_or(0)];
                if be {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                }
            })
            .collect();
        match String::from_utf16(&units) {
            Ok(text) if bytes.len().is_multiple_of(2) => Decoded::Clean(text),
            _ => Decoded::Repaired(String::from_utf16_lossy(&units), "UTF-16"),
        }
    };
    match bytes {
        [0xFF, 0xFE, ..] => utf16(false),
        [0xFE, 0xFF, ..] => utf16(true),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => Decoded::Clean(text.to_owned()),
            Err(_) => Decoded::Repaired(String::from_utf8_lossy(bytes).into_owned(), "UTF-8"),
        },
    }
}

fn stem(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn error(file: &str, message: String) -> Diagnostic {
    Diagnostic {
        file: Some(file.to_owned()),
        severity: Severity::Error,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, bytes: &[u8]) -> SourceFile {
        SourceFile {
            name: name.into(),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn invalid_utf8_is_repaired_with_a_warning_naming_the_file() {
        let (texts, diags) = decode(&[file("bad.txt", b"caf\xe9 au lait")]);
        assert_eq!(texts[0].text, "caf\u{fffd} au lait");
        assert!(diags[0].message.contains("UTF-8"));
        assert_eq!(diags[0].file.as_deref(), Some("bad.txt"));
        assert_eq!(diags[0].severity, Severity::Warning);
    }

    #[test]
    fn empty_file_is_reported_and_the_rest_load() {
        let (texts, diags) = decode(&[file("a.txt", b"  \n"), file("b.txt", b"Hello.")]);
        assert_eq!(texts.len(), 1);
        assert_eq!(texts[0].id, "b");
        assert_eq!(diags[0].file.as_deref(), Some("a.txt"));
        assert_eq!(diags[0].severity, Severity::Error);
    }

    #[test]
    fn byte_order_mark_is_kept_so_offsets_count_it() {
        let (texts, diags) = decode(&[file("a.txt", "\u{feff}Hi.".as_bytes())]);
        assert_eq!(texts[0].text, "\u{feff}Hi.");
        assert!(diags.is_empty());
        let (texts, diags) = decode(&[file("bom-only.txt", "\u{feff}\n".as_bytes())]);
        assert!(texts.is_empty());
        assert_eq!(diags[0].file.as_deref(), Some("bom-only.txt"));
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded() {
        let le: Vec<u8> = "\u{feff}Café."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "\u{feff}Café."
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let (texts, diags) = decode(&[file("le.txt", &le), file("be.txt", &be)]);
        assert_eq!(texts[0].text, "\u{feff}Café.");
        assert_eq!(texts[1].text, "\u{feff}Café.");
        assert!(diags.is_empty());
        let (texts, diags) = decode(&[file("odd.txt", &le[..le.len() - 1])]);
        assert!(texts[0].text.starts_with("\u{feff}Caf"));
        assert_eq!(diags[0].severity, Severity::Warning);
    }

    #[test]
    fn reads_only_txt_files_sorted_and_reports_unreadable_ones() {
        let dir = std::env::temp_dir().join(format!("dossier-ingest-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("b.txt"), "B.").unwrap();
        std::fs::write(dir.join("a.txt"), "A.").unwrap();
        std::fs::write(dir.join("meta.json"), "{}").unwrap();
        std::fs::create_dir_all(dir.join("c.txt")).unwrap(); // a folder named like a file
        let (files, diags) = read_folder(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let names: Vec<_> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b.txt"]);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].file.as_deref(), Some("c.txt"));
    }

    #[test]
    fn missing_folder_is_an_error() {
        assert!(read_folder(Path::new("/no/such/folder/here")).is_err());
    }
}
