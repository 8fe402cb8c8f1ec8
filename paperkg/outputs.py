"""Writing an output file (`-o`) safely: checked first, written whole or not at all, nothing else replaced.

What went wrong before (issue 14): `-o` onto a device node or a symlink replaced it with a regular file (as
root, `-o /dev/null` would break the machine); `export -o` onto the store destroyed it; a missing folder or a
directory gave "unexpected error" naming a temp file; files came out mode 0600 whatever the umask, and an
overwritten 0644 file became 0600. Here:

- `check_output(path, protect=...)`: one clear error for a missing folder, a directory, or a path that is (or
  links to) the store or an input;
- `output_path(path)`: a context manager giving the path to write to. A regular file (new or existing) is
  written to a temporary file beside it and renamed over it only when complete; a symlink's target is written
  that way and the link kept; a device, FIFO or socket is written directly. A new file gets the umask's mode,
  an overwritten one keeps its mode. A full disk is "disk full" first, and nothing is left half-written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from paperkg.errors import OutputError


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_output(path: str | os.PathLike, *, protect: Iterable[tuple[str, str | os.PathLike | None]] = (),
                 folder: bool = False) -> Path:
    """The output path, or OutputError with one clear line. protect: (what, path) pairs never to overwrite,
    e.g. ("the store", db) or ("an input", corpus). folder=True: the output is a folder (neo4j-csv)."""
    out = Path(path)
    for what, p in protect:
        if p is None or str(p) == "-":
            continue
        p = Path(p)
        if _same(out, p) or (p.is_dir() and out.resolve().is_relative_to(p.resolve())):
            raise OutputError(f"would overwrite {what} ({p}): choose another output path", str(out))
    if folder:
        if out.exists() and not out.is_dir():
            raise OutputError("exists and is not a folder: the output is a folder of files", str(out))
        if not out.exists() and not out.parent.is_dir():
            raise OutputError(f"folder {out.parent} does not exist: create it first", str(out))
        return out
    if out.is_dir():
        raise OutputError("is a directory: give a file name", str(out))
    if not out.resolve().parent.is_dir():
        raise OutputError(f"folder {out.parent} does not exist: create it first", str(out))
    return out


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)  # overwriting: keep the file's mode
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def disk_error(exc: OSError, path: str | os.PathLike) -> OutputError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(f"disk full ({exc.strerror}); nothing was written", str(path))
    return OutputError(f"cannot write: {exc.strerror or exc}", str(path))


@contextlib.contextmanager
def output_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield the path to write (see the module doc); on success it is in place, on failure nothing changed."""
    out = Path(path)
    try:
        st = out.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise disk_error(exc, out) from None
    if st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
        try:  # /dev/null, a FIFO, a terminal: write to it, never replace it
            yield out
        except OSError as exc:
            raise disk_error(exc, out) from None
        return
    target = out.resolve() if out.is_symlink() else out  # keep the link, write where it points
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, _mode_for(target))
        yield tmp
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise disk_error(exc, out) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
