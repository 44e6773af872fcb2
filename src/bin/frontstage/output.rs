//! The program's two streams. Everything written to standard output goes through
//! [`print`], so that a reader that went away or a full disk ends the program with an exit
//! code instead of a panic (`println!` panics on any write error); the binary denies the
//! print macros so nothing bypasses it.

use crate::{EXIT_CLOSED, EXIT_UNWRITABLE};
use std::io::{self, Write};
use std::process::ExitCode;

/// Writes `text` to standard output, flushed, exactly as given.
pub fn print(text: &str) -> Result<(), Unwritten> {
    print_bytes(text.as_bytes())
}

/// Writes `bytes` (a PNG) to standard output, flushed, exactly as given.
pub fn print_bytes(bytes: &[u8]) -> Result<(), Unwritten> {
    let mut out = io::stdout().lock();
    out.write_all(bytes).and_then(|()| out.flush()).map_err(Unwritten)
}

/// One line on standard error after the program's name. A failure to write it is ignored:
/// there is nowhere left to report it.
pub fn say(message: &str) {
    let _ = writeln!(io::stderr().lock(), "frontstage: {message}");
}

/// Standard output refused what was written to it.
#[derive(Debug)]
pub struct Unwritten(pub io::Error);

impl Unwritten {
    /// A closed pipe (the reader has all it wanted, as with `| head`) ends the program
    /// quietly with the code a shell gives a writer killed by SIGPIPE, so a pipeline with
    /// `pipefail` still sees that the output was cut short. Rust ignores SIGPIPE, so the
    /// write returns `BrokenPipe` instead of killing the process. Any other failure is said
    /// once and is an output that could not be written.
    pub fn exit(self) -> ExitCode {
        if self.0.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::from(EXIT_CLOSED);
        }
        say(&format!("cannot write to standard output: {}", reason(&self.0)));
        ExitCode::from(EXIT_UNWRITABLE)
    }
}

/// The io error in the words the core uses for saving, where it has them. By OS error
/// number because `ErrorKind::StorageFull` needs a newer Rust than the crate's minimum.
fn reason(e: &io::Error) -> String {
    #[cfg(unix)]
    if e.raw_os_error() == Some(28) {
        // ENOSPC
        return "the disk is full".to_owned();
    }
    e.to_string()
}
