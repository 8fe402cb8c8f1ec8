"""One writer at a time per embedded store: an flock on a lock file beside it, held for a whole command.

LadybugDB's own lock is not enough: it lives on the store file, `paperkg build` does not hold the store open
while it extracts (minutes), and a POSIX lock is dropped by the whole process as soon as any handle on the
file is closed (shutil.copyfile of the open store during a load did that). So a second build or load got in
mid-load and its clean-up deleted the first one's work in progress.

`writer_lock(path)` takes an flock on `.<store name>.lock`, a file of its own beside the store. flock belongs
to the open file, so it is released when the process ends however it ends (kill -9 included; the file may
then stay, harmless). The holder deletes the file before it lets go; a waiter that then holds the lock on a
deleted file opens the path again, so two writers never hold two different files. Re-entrant within one process: the
CLI holds it for the whole command and the store takes it again when it opens for writing.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from paperkg.errors import StoreError

_held: dict[str, list[int]] = {}  # lock file -> [fd, depth]


class StoreBusy(StoreError):
    """Another process is writing the store."""


def lock_path(store: str | os.PathLike) -> Path:
    p = Path(store)
    return p.with_name(f".{p.name}.lock")


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f" (pid {text})" if text.isdigit() else ""


def held_here(store: str | os.PathLike) -> bool:
    """Does this process hold the store's writer lock (a writing command is running in it)?"""
    return str(lock_path(store).resolve()) in _held


@contextlib.contextmanager
def writer_lock(store: str | os.PathLike, *, wait: bool = False) -> Iterator[None]:
    """Hold the store's writer lock; StoreBusy at once if another process holds it (or block, wait=True)."""
    lock = lock_path(store)
    key = str(lock.resolve())
    if key in _held:
        _held[key][1] += 1
        try:
            yield
        finally:
            _held[key][1] -= 1
        return
    if not lock.parent.is_dir():
        raise StoreError(f"cannot write store {store}: folder {lock.parent} does not exist")
    fd = _acquire(lock, store, wait)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        _held[key] = [fd, 1]
        try:
            yield
        finally:
            del _held[key]
            with contextlib.suppress(OSError):
                os.unlink(lock)  # while still locked: a waiter then finds its file gone and retries
    finally:
        os.close(fd)  # releases the flock


def _acquire(lock: Path, store, wait: bool) -> int:
    """An fd holding the flock on the file now at `lock` (a file unlinked by its last holder is retried)."""
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        except OSError as exc:
            raise StoreError(f"cannot open store {store} for writing: cannot create its lock file {lock} "
                             f"({exc.strerror}); a store is written only where its folder is writable") from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    raise StoreBusy(f"store {store} is being written by another paperkg process{_holder(fd)}: "
                                    "wait until it ends, or pass --wait to queue behind it") from None
                sys.stderr.write(f"paperkg: waiting for the other writer of {store}{_holder(fd)} to finish\n")
                fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                same = os.stat(lock).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            return fd
        os.close(fd)
