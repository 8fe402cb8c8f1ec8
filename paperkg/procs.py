"""Child processes die with their parent, and a terminated command cleans up like an interrupted one.

Without this, Ctrl-C during extraction left the spaCy workers (~260 MB each) blocked forever under PID 1,
and SIGTERM or kill -9 of `paperkg build` left its extraction child and that child's workers running to the
end. Linux's PR_SET_PDEATHSIG has the kernel signal a process when its parent dies, however the parent died
(kill -9 included); elsewhere these helpers do nothing and the normal clean-up paths remain.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """Ask the kernel to send `sig` to this process when its parent dies (Linux; elsewhere a no-op)."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request: act on it now
        os.kill(os.getpid(), sig)


def worker_init() -> None:
    """Initializer of pool workers: Ctrl-C is for the parent (which stops them), and they die with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(signal.SIGKILL)


class Terminated(SystemExit):
    """SIGTERM (or SIGHUP) as an exception, so `finally` blocks and context managers clean up."""


def terminate_as_exception() -> dict:
    """Turn SIGTERM and SIGHUP into Terminated in the main thread (exit status 128 + signal number).

    Returns the previous handlers, for `restore_handlers`.
    """

    def handler(signum, frame):
        raise Terminated(128 + signum)

    return {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGHUP)}


class ParentDied(Terminated):
    """This process's parent ended (see on_parent_death)."""


_parent_died = False


def parent_died() -> bool:
    """Has on_parent_death's signal arrived? True even where code on the way turned ParentDied into another error."""
    return _parent_died


def on_parent_death() -> None:
    """Raise ParentDied in this process's main thread when its parent ends, however it ends.

    A signal of its own (SIGUSR1), because getppid() cannot tell: the kernel sends the signal when the parent
    *thread* that started us ends, and while the parent's other threads die we may still see its pid.
    """

    def handler(signum, frame):
        global _parent_died
        _parent_died = True
        raise ParentDied(128 + signal.SIGTERM)

    signal.signal(signal.SIGUSR1, handler)
    die_with_parent(signal.SIGUSR1)


def restore_handlers(old: dict) -> None:
    for sig, previous in old.items():
        signal.signal(sig, previous)
