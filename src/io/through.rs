//! Writing through to what is not a file: a character device (`/dev/null`, a terminal), a
//! named pipe or a socket. A new file renamed over one would replace it and its reader
//! would get nothing, so the text is written to it in place: never created, truncated or
//! renamed.

use super::error::{SaveError, Special};
use std::fs::File;
use std::io::{self, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;

/// Writes `bytes` to `target` (what `path` names, links resolved), of the given kind.
pub(super) fn write(path: &Path, target: &Path, kind: Special, bytes: &[u8]) -> Result<(), SaveError> {
    let failed = |started: bool| {
        move |source: io::Error| {
            let nobody = match kind {
                // Opening a pipe for writing without blocking fails so when it has no reader.
                Special::Pipe => source.raw_os_error() == Some(rustix::io::Errno::NXIO.raw_os_error()),
                Special::Socket => source.kind() == io::ErrorKind::ConnectionRefused,
                Special::Device => false,
            };
            if nobody && !started {
                SaveError::NoReader { path: path.to_path_buf(), kind }
            } else {
                SaveError::WriteThrough { path: path.to_path_buf(), kind, source, started }
            }
        }
    };
    let mut out: Box<dyn Write> = match kind {
        Special::Socket => Box::new(UnixStream::connect(target).map_err(failed(false))?),
        Special::Device | Special::Pipe => Box::new(open(target).map_err(failed(false))?),
    };
    out.write_all(bytes).map_err(failed(true))?;
    out.flush().map_err(failed(true))
}

/// Opens `target` for writing as it is. Without blocking at first: a named pipe with no
/// reader would wait forever, and fails at once instead (ENXIO); then blocking again, so
/// that a slow reader gets everything. Not a controlling terminal, not inherited.
fn open(target: &Path) -> io::Result<File> {
    use rustix::fs::{fcntl_getfl, fcntl_setfl, Mode, OFlags};
    let flags = OFlags::WRONLY | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
    let fd = rustix::fs::open(target, flags, Mode::empty())?;
    let mut flags = fcntl_getfl(&fd)?;
    flags.remove(OFlags::NONBLOCK);
    fcntl_setfl(&fd, flags)?;
    Ok(File::from(fd))
}
