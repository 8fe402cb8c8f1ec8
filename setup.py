"""Optional compiled build of the hot extraction modules (session 14); plain Python wherever it cannot build.

``pip install -e .`` (and a wheel build) compiles the modules in ``COMPILED`` with mypyc (the ``mypy`` build
requirement) and a C compiler: 6-12 % less CPU for the per-paper step, the same output byte for byte (docs/history/speed.md
"Extraction speed (session 14)"). Nothing here is needed to run paperkg: without a compiler, without mypyc, or when
mypy rejects a module, the build says so on stderr (``pip install -v`` shows it) and installs the plain modules.
``PAPERKG_COMPILE=0`` skips the step. At import, ``paperkg.extract`` uses the compiled modules only while their
sources are the ones they were built from (``_compiled.json``); an edited source makes it run plain Python.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
# The per-paper step's modules, and the corpus pass's (session 15). A compiled module calls its own functions
# directly, past a module attribute a test replaced: what tests replace in these is called through a STEPS object.
# Left plain: the switched-off lexicon_lower.py. results.py compiles since session 23 (its `reversed()` of untyped
# lists, an internal error of mypyc 2.x, written as `[::-1]`; its return annotations widened); name_tagger.py (on
# since session 23, ~10 % of the per-paper step), precision24.py and precision25.py (filters run per candidate) and
# recall25.py (the corpus's second look) since session 24; recall26.py (a typing decision resolve.py calls),
# precision26.py (filters run per mention), precision27.py (a retyping of mentions) and recall27.py (longer confirmed
# spellings, canonical's reduce step) since session 25; precision28.py (filters run per entity), precision29.py (a
# retyping of mentions), recall28.py (title typing, title spans, longer data spellings), results30.py (result
# checks) and senses26.py (a paper's own acronym sense, canonical's key step) since session 26.
# precision30.py (a retyping of entities), recall29.py (counted lists, known plurals) and results31.py (gains whose
# metric follows) since session 27; precision31.py (a retyping of entities), recall30.py (variant and version spans)
# and results32.py (a stricter gate for leaderboard rows) since session 28; precision32.py (a retyping of entities),
# recall31.py (eponym and data variants) and results33.py (margins after a score)
# since session 29.
COMPILED = ("resolve", "memo", "junk", "self_typing", "recall_rules", "abbreviations", "scan", "sentences", "text",
            "candidates", "rules", "gazetteer", "lexicon", "lexicon_mined", "canonical", "corpus", "results",
            "name_tagger", "precision24", "precision25", "precision26", "precision27", "precision28", "precision29",
            "precision30", "precision31", "recall25", "recall26", "recall27", "recall28", "recall29", "recall30",
            "precision32", "precision33", "precision34", "precision35", "recall31", "recall32", "results30", "results31", "results32",
            "results33", "results34", "senses26",
            "results35",  # session 31: baselines after a score, one-metric slashed runs, metric names that agree
            # session 33 (speed36, docs/history/speed36.md): the rule modules of sessions 30-32 and the tokenizer's
            # affix search; results38's `in (a, *b, *gen)` (an internal error of mypyc 2.x) written as three tests
            "precision36", "recall33", "recall34", "recall35", "recall36", "results37", "results38", "senses27",
            "senses28", "senses29", "senses30", "senses31", "affixes", "speed35", "eras", "urls", "lexemes",
            # session 33's own rule modules (precision37/38 retypes, recall37 typing, results39 pairs)
            "precision37", "precision38", "recall37", "results39",
            # session 34's rule modules (results40 pairs; precision39 retypes; recall39 keys): mypyc 2.4.1 compiles
            # each under MYPY_FLAGS
            "results40", "precision39", "recall39",
            # session 35's rule modules (results41 false-positive checks; precision40 retypes and drops; recall40
            # case variants; speed38's exact pre-checks): mypyc 2.4.1 compiles each under MYPY_FLAGS
            "results41", "precision40", "recall40", "speed38",
            # session 36's rule modules (results42 differences read as levels; types41 retypes; precision41 idiom and
            # number-format drops): mypyc 2.4.1 compiles each under MYPY_FLAGS
            "results42", "types41", "precision41",
            # session 37's rule module (results43 a dataset named right after the value): mypyc 2.4.1 compiles it
            # under MYPY_FLAGS
            "results43",
            # session 38 (lead): the plain rule modules of sessions 36-37 (speed40's variant scan, recall41's modifier
            # scan, precision42's left growth, types42's data joins); mypy 2.4.1 accepts each under MYPY_FLAGS
            "speed40", "recall41", "precision42", "types42",
            # session 38's rule module (results44 a metric implied for a second from-to pair / "by" margin): mypyc 2.4.1
            # compiles it under MYPY_FLAGS
            "results44",
            # session 39 (lead): the rule modules on by default from sessions 38-39 (recall42/43 corpus names,
            # precision43/46 non-entity drops, types43/44 retypes, results45/46 result shapes)
            "recall42", "recall43", "precision43", "precision46", "types43", "types44", "results45", "results46",
            # session 40 (lead): session 39's precision47 (on; the largest plain module of a profiled 3,000-abstract
            # run: its per-word loops)
            "precision47",
            # session 41 (speed43): the plain rule modules on by default from sessions 39-40 (precision44/45/48/49
            # drops and retypes, types45/47 retypes, recall45/47/48/49 names and lists, results47-50 result shapes);
            # mypy 2.4.1 accepts each under MYPY_FLAGS
            "precision44", "precision45", "precision48", "precision49", "types45", "types47", "recall45", "recall47",
            "recall48", "recall49", "results47", "results48", "results49", "results50",
            # session 41 (lead): the session's own rule modules, on by default (precision50/51 retypes and drops,
            # types48 retypes, recall50 title-head spans, results51 baselines and margins)
            "precision50", "precision51", "types48", "recall50", "results51",
            # session 42 (speed44): precision52 (on by default: conference-with-year, platform, standard drops);
            # mypy 2.4.1 accepts it under MYPY_FLAGS
            "precision52",
            # session 43 (speed45): session 42's rule modules (types49 retypes; precision53/54/55 drops and retypes;
            # recall51/52 names; results52 result shapes); mypy 2.4.1 accepts each under MYPY_FLAGS
            "types49", "precision53", "precision54", "precision55", "recall51", "recall52", "results52",
            "speed45",  # session 43 (speed45): pre-checks the compiled rule modules call
            # session 44 (speed46): session 43's rule modules (precision56/57 drops and retypes; types50/51 retypes;
            # recall53/54 names; results53/54 result shapes); mypy 2.4.1 accepts each under MYPY_FLAGS (results53's
            # _CHANGE_NOUNS53 defined before the table whose lambda reads it: mypy could not type the forward name)
            "precision56", "precision57", "types50", "types51", "recall53", "recall54", "results53", "results54",
            "speed46",  # session 44 (speed46): types51's pattern pre-checks
            # session 45 (speed47): session 44's rule modules. Compiled in session 44, recall56 raised a TypeError on
            # real text (mypyc typed an unannotated list by its first append: ("none",), then ("exact", e)); mypy with
            # every error code on (not MYPY_FLAGS) reports no mismatch in any of the seven, and each list or set built
            # empty is annotated. Output identical compiled and plain (docs/history/speed47.md).
            "precision58", "types52", "recall55", "recall56", "results55", "results56", "hubs45",
            # session 46 (speed48): session 45's rule modules (precision59 hyphen-compound heads; types53 new tasks;
            # results57 a value's own data slot; recall57 title names, off by default). mypy 2.4.1 with every error
            # code on reports nothing for the four; every container built empty is annotated (docs/history/speed48.md)
            "precision59", "types53", "results57", "recall57",
            # session 47 (speed49): session 46's rule modules (precision60 quote marks; recall58 scored data; types54
            # role nouns; precision61 cut spans; results58 shared tasks and data phrases; hubs47 campaign years).
            # mypy 2.4.1 with every error code on reports no mismatch mypyc could act on (precision60's two lists
            # built empty now annotated; docs/history/speed49.md)
            "precision60", "recall58", "types54", "precision61", "results58", "hubs47",
            )
GROUP = "paperkg.extract._compiled"  # mypyc's shared library, inside the package
STAMP = "_compiled.json"  # module -> sha256 of the source it was compiled from
# The code is not fully annotated for mypy; these checks report mismatches mypyc does not need fixed to compile
# (its run-time checks of annotated types still apply: a wrong annotation raises, the tests and the output
# comparison of docs/history/speed.md "Extraction speed (session 14)" catch it).
MYPY_FLAGS = ["--ignore-missing-imports", "--follow-imports=silent"] + [
    f"--disable-error-code={code}" for code in (
        "func-returns-value", "arg-type", "assignment", "var-annotated", "union-attr", "attr-defined", "operator",
        "index", "call-overload", "misc")]


def warn(msg: str) -> None:
    print(f"paperkg build: {msg}", file=sys.stderr, flush=True)


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compiled_extensions() -> tuple[list, dict[str, str]]:
    """mypyc's extensions for the modules it accepts, and their source hashes; ([], {}) if it cannot run."""
    if os.environ.get("PAPERKG_COMPILE", "1") == "0":
        warn("PAPERKG_COMPILE=0: plain Python modules only")
        return [], {}
    try:
        from mypyc.build import mypycify
    except Exception as exc:  # no mypy in this environment: plain Python
        warn(f"mypyc not available ({exc}): plain Python modules only")
        return [], {}
    # mypyc names a module by its folders: lay extract/ out as paperkg/extract/ in the build folder.
    src = ROOT / "build" / "mypyc-src"
    shutil.rmtree(src, ignore_errors=True)
    (src / "paperkg" / "extract").mkdir(parents=True)
    shutil.copy(ROOT / "paperkg" / "__init__.py", src / "paperkg" / "__init__.py")
    for py in (ROOT / "extract").glob("*.py"):
        shutil.copy(py, src / "paperkg" / "extract" / py.name)
    names = [n for n in COMPILED if (ROOT / "extract" / f"{n}.py").exists()]
    while names:
        paths = [str((src / "paperkg" / "extract" / f"{n}.py").relative_to(ROOT)) for n in names]
        said = io.StringIO()
        try:
            with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
                exts = mypycify(MYPY_FLAGS + paths, opt_level="3", group_name=GROUP,
                                target_dir=str(ROOT / "build" / "mypyc"))
        except BaseException as exc:  # mypy prints its errors, then SystemExit
            bad = {n for n in names if re.search(rf"\b{n}\.py:\d+: error", said.getvalue())}
            warn(f"mypyc refused {sorted(bad) or names} ({exc!r}):\n{said.getvalue()[-2000:]}")
            if not bad:
                return [], {}
            names = [n for n in names if n not in bad]  # the others still compile
            continue
        return exts, {n: source_hash(ROOT / "extract" / f"{n}.py") for n in names}
    return [], {}


# pip runs this file for the metadata too (egg_info, dist_info): mypy's ~1 min only where something is built.
BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "install", "develop"}
EXTENSIONS, HASHES = compiled_extensions() if BUILDS & set(sys.argv[1:]) else ([], {})


class OptionalBuildExt(build_ext):
    """Builds the compiled modules, or none of them: a failed compile leaves the plain modules in charge."""

    def run(self) -> None:
        if not self.extensions:
            return
        stamp = Path(self.get_ext_fullpath(f"{GROUP}__mypyc")).parent / STAMP
        stamp.unlink(missing_ok=True)
        try:
            super().run()
        except Exception as exc:  # no compiler, no Python headers, a C error
            warn(f"compiling failed ({exc}): plain Python modules only")
            for ext in self.extensions:
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            return
        # Written last: without it (or with a source changed since) paperkg.extract ignores the compiled modules.
        stamp.write_text(json.dumps(HASHES, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        warn(f"compiled {len(HASHES)} modules: {', '.join(sorted(HASHES))}")


setup(ext_modules=EXTENSIONS, cmdclass={"build_ext": OptionalBuildExt})
