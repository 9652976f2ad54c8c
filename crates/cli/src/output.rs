//! Standard output for every subcommand: a closed pipe ends the program quietly with success,
//! as other command-line tools do, rather than with a panic.

use std::io::{ErrorKind, Write};

/// Writes to standard output; exits 0 if the reader has closed the pipe, 1 on another error.
pub fn write(args: std::fmt::Arguments) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_fmt(args).and_then(|()| stdout.flush()) {
        if e.kind() == ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("dossier: error: cannot write the output: {e}");
        std::process::exit(1);
    }
}
