"""Run one stage of a command in a fresh process, so the memory it used is returned when it ends.

`paperkg build` and `paperkg load` turn abstracts (or papers.jsonl) into graph tables and then load the
tables into a store. The first stage leaves a large Python heap behind (paper objects, the networkx graph)
that CPython does not give back to the system; the store's load then adds its own memory on top. Measured
on the 73k corpus: 2.6 GB peak in one process. Building the tables in a child process that exits before the
load starts keeps the two peaks apart.

The child sends its result back through a pickle in a private temporary folder (our own data, between our
own processes). A paperkg error in the child is raised again in the parent with the same message and exit
code; anything else becomes one error naming the stage, with the child's traceback kept for --trace.

Nothing outlives the command: the child dies with its parent (paperkg/procs.py; kill -9 of the parent
included), then removes the temporary folder itself since the parent no longer can; Ctrl-C or SIGTERM of the
parent stops the child and removes the folder the normal way. Should both die at once (kill -9 of the
whole process group, the machine's OOM killer), the folder names its owner's pid, and the next stage of any
paperkg command removes the folders of owners that are gone.
"""

from __future__ import annotations

import importlib
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from paperkg.errors import PaperkgError
from paperkg.procs import on_parent_death, parent_died, terminate_as_exception


class StageError(PaperkgError):
    """A stage that ran in a child process failed; the message is the child's."""

    def __init__(self, message: str, exit_code: int = 1, details: str = ""):
        super().__init__(message)
        self.exit_code = exit_code
        self.details = details  # the child's traceback, printed by --trace


def run_apart(func: Callable[..., Any], *args: Any) -> Any:
    """``func(*args)`` in a fresh Python process; returns its result. func must be a module-level function.

    The child inherits stdin (a corpus may come from a pipe), stdout and stderr (progress, messages).
    """
    _remove_orphans()
    with tempfile.TemporaryDirectory(prefix=f"{_PREFIX}{os.getpid()}-") as tmp:
        call, result = Path(tmp) / "call.pickle", Path(tmp) / "result.pickle"
        with open(call, "wb") as fh:
            pickle.dump((func.__module__, func.__qualname__, args), fh, protocol=pickle.HIGHEST_PROTOCOL)
        child = subprocess.Popen([sys.executable, "-m", __name__, tmp, str(os.getpid())])
        try:
            returncode = _wait(child)
        except BaseException:  # Ctrl-C reaches the child too, SIGTERM may not; do not leave it running
            child.terminate()
            _wait(child)
            raise
        if not result.exists():
            raise StageError(f"{func.__name__} stopped without a result (exit code {returncode}; "
                             "killed for lack of memory?)")
        with open(result, "rb") as fh:
            status, payload = pickle.load(fh)
    if status == "ok":
        return payload
    if status == "interrupted":
        raise KeyboardInterrupt
    raise StageError(*payload)


_PREFIX = "paperkg-stage-"


def _remove_orphans() -> None:
    """Remove the stage folders whose owner (the pid in the name) no longer runs."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_PREFIX}*-*"):
        pid = folder.name[len(_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def _wait(child: subprocess.Popen) -> int:
    """child.wait(), waking now and then: a signal may land in another thread, and its Python handler (Ctrl-C,
    SIGTERM) runs only when this main thread wakes."""
    while True:
        try:
            return child.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            continue


def _child_main(folder: str, parent: int) -> None:
    terminate_as_exception()
    on_parent_death()  # as an exception, so this process stops its own workers first
    try:
        _run_call(folder)
    finally:
        # The parent is gone (killed): nobody else will remove the folder. The signal's flag decides, not the
        # exception (code on the way may turn ParentDied into another error) nor getppid() alone (it may still
        # show the dying parent): the CI of f3a271b once left the folder in test_interrupts' kill -9 case.
        if parent_died() or os.getppid() != parent:
            shutil.rmtree(folder, ignore_errors=True)


def _run_call(folder: str) -> None:
    with open(Path(folder) / "call.pickle", "rb") as fh:
        module, name, args = pickle.load(fh)
    try:
        outcome = ("ok", getattr(importlib.import_module(module), name)(*args))
    except PaperkgError as exc:
        outcome = ("error", (str(exc), exc.exit_code, traceback.format_exc()))
    except KeyboardInterrupt:
        outcome = ("interrupted", None)
    except Exception as exc:  # a bug: one line, and the traceback for --trace (the parent cannot see it)
        message = f"unexpected error in {name}: {type(exc).__name__}: {exc} (run with --trace for details)"
        outcome = ("error", (message, 1, traceback.format_exc()))
    with open(Path(folder) / "result.pickle", "wb") as fh:
        pickle.dump(outcome, fh, protocol=pickle.HIGHEST_PROTOCOL)


if __name__ == "__main__":
    _child_main(sys.argv[1], int(sys.argv[2]))
