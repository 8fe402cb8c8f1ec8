"""Does the working tree extract exactly what another commit extracts? papers.jsonl byte for byte.

    .venv/bin/python scripts/same_output.py --base main [--sample] [INPUT ...]

For each input (default: the bundled sample corpus, read from the working tree by both sides so that the
`source` fields agree) `paperkg extract INPUT -o ... --n-process 1` runs
twice: with the code of commit --base (exported with `git archive` to a temporary folder, nothing in the
repository touched) and with the working tree. The two files are compared byte for byte; for a paper that
differs, the entities only one side has are printed. Exit status 1 when any input differs.
Use it to show that a speed-up changes no output; a change meant to change output shows its effect.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Where setuptools' package-dir puts each top-level folder (pyproject.toml [tool.setuptools]).
PACKAGE_DIRS = {"paperkg": "paperkg", "paperkg/extract": "extract", "paperkg/graph": "graph",
                "paperkg/queries": "queries"}


def export(ref: str, into: Path) -> Path:
    """The commit's files laid out as the installed package, importable with PYTHONPATH=<returned path>."""
    tar = into / "src.tar"
    with open(tar, "wb") as fh:
        subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", ref], stdout=fh, check=True)
    src = into / "src"
    with tarfile.open(tar) as tf:
        tf.extractall(src, filter="data")
    site = into / "site"
    for target, folder in PACKAGE_DIRS.items():
        (site / target).parent.mkdir(parents=True, exist_ok=True)
        (site / target).symlink_to(src / folder, target_is_directory=True)
    return site


def extract(pythonpath: str | None, inputs: list[str], out: Path, cwd: Path) -> float:
    """Run `paperkg extract` from cwd (outside the repository: `python -m` puts the current folder first)."""
    env = dict(os.environ)
    if pythonpath:
        # Ahead of the editable install of the working tree, whose finder comes after the path entries.
        env["PYTHONPATH"] = pythonpath + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    check = "import paperkg.extract, sys; sys.stderr.write(paperkg.extract.__file__ + '\\n')"
    where = subprocess.run([sys.executable, "-c", check], env=env, cwd=cwd, capture_output=True,
                           text=True, check=True)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "paperkg", "extract", *inputs, "-o", str(out), "--n-process", "1"],
                   env=env, cwd=cwd, check=True, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - t0
    print(f"  {out.name}: code from {Path(where.stderr.strip()).parent}, {seconds:.1f} s")
    return seconds


def entity_keys(line: str) -> set[tuple]:
    paper = json.loads(line)
    return {(e["id"], e["type"], e["role"], tuple((m["start"], m["end"], m["rule"]) for m in e["mentions"]))
            for e in paper["entities"]}


def explain(a: Path, b: Path, limit: int) -> int:
    """Print the papers that differ (up to limit); the number that differ."""
    n = 0
    with open(a, encoding="utf-8") as fa, open(b, encoding="utf-8") as fb:
        for la, lb in zip(fa, fb):
            if la == lb:
                continue
            n += 1
            if n <= limit:
                pid = json.loads(la)["id"]
                ka, kb = entity_keys(la), entity_keys(lb)
                print(f"    paper {pid}: base only {sorted(ka - kb)}; working tree only {sorted(kb - ka)}"
                      if ka != kb else f"    paper {pid}: same entities, other fields differ")
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", help="corpus files, each compared on its own (default: the sample corpus)")
    ap.add_argument("--sample", action="store_true", help="compare on the sample corpus too (first)")
    ap.add_argument("--base", default="main", help="the commit to compare with (default: main)")
    ap.add_argument("--keep", metavar="DIR", help="keep both outputs in DIR (default: a temporary folder)")
    ap.add_argument("--show", type=int, default=10, help="papers to print per differing input (default: 10)")
    args = ap.parse_args()
    inputs = [[str(Path(i).resolve())] for i in args.inputs]
    if args.sample or not inputs:
        from paperkg.extract.readers import sample_corpus_paths

        inputs.insert(0, [str(p) for p in sample_corpus_paths()])
    differ = 0
    with tempfile.TemporaryDirectory(prefix="paperkg-same-output-") as tmp:
        out_dir = Path(args.keep) if args.keep else Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        site = export(args.base, Path(tmp))
        for k, inp in enumerate(inputs):
            name = "sample" if len(inp) > 1 else Path(inp[0]).name
            print(f"{name}:")
            base, here = out_dir / f"{k}-{name}.base.jsonl", out_dir / f"{k}-{name}.tree.jsonl"
            extract(str(site), inp, base.resolve(), Path(tmp))
            extract(None, inp, here.resolve(), Path(tmp))
            if filecmp.cmp(base, here, shallow=False):
                print(f"  identical ({base.stat().st_size:,} bytes)")  # speed: bench/bench_extract.py, not this
            else:
                differ += 1
                print(f"  DIFFERENT: {explain(base, here, args.show)} papers")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
