"""paperkg CLI: extract and evaluate."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from paperkg.errors import InputError


def register(sub) -> None:
    """Add this module's subcommands to the paperkg parser."""
    p = sub.add_parser(
        "extract",
        help="extract entities from abstracts into papers.jsonl",
        description="Read corpus files (text, Hugging Face Papers page copies, JSON Lines/JSON, CSV, .gz, - for "
        "stdin) and write one JSON object per paper: entities with type, role, aliases and evidence, and code links.",
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="corpus files (default: the bundled sample corpus)")
    p.add_argument("-o", "--output", default="-", help="output JSONL file (default: standard output)")
    p.add_argument("--strict", action="store_true", help="fail on the first bad record instead of skipping it")
    p.add_argument("--n-process", type=int, default=default_workers(), metavar="N",
                   help="worker processes on this machine (default: the CPU count; same output for any N)")
    p.add_argument("--dask", metavar="SCHEDULER", help="run on a dask.distributed scheduler (address, or 'local')")
    p.add_argument("--progress", action="store_true", help="show a progress bar (default: on a terminal)")
    p.set_defaults(func=run_extract)

    e = sub.add_parser(
        "evaluate",
        help="score predictions against gold annotations",
        description="Precision, recall and F1 per type and overall, proposed-role accuracy and code-URL F1 of "
        "PRED (papers.jsonl) against GOLD (the format of tests/data/gold-dev.jsonl).",
    )
    e.add_argument("gold", metavar="GOLD", help="gold annotations, e.g. tests/data/gold-dev.jsonl")
    e.add_argument("pred", metavar="PRED", help="predictions: papers.jsonl from `paperkg extract`")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--errors", action="store_true", help="also list missed and spurious entities per abstract")
    e.set_defaults(func=run_evaluate)


def default_workers() -> int:
    """All cores: extraction is CPU-bound and its output does not depend on the number of workers."""
    return max(1, os.cpu_count() or 1)


def report_skips(read) -> None:
    """What the readers skipped and why, on stderr, one line each (at most 20) plus a count."""
    for skip in read.skipped[:20]:
        where = f"{skip.path}:{skip.line}" if skip.line else skip.path
        sys.stderr.write(f"paperkg: skipped {where}: {skip.reason}\n")
    if len(read.skipped) > 20:
        sys.stderr.write(f"paperkg: ... and {len(read.skipped) - 20} more skipped records\n")
    if read.skipped or read.duplicates:
        sys.stderr.write(f"paperkg: read {len(read.papers)} papers, skipped {len(read.skipped)}, "
                         f"dropped {read.duplicates} duplicates\n")


def write_jsonl_atomic(records, output: str) -> int:
    """Write papers whole or not at all (paperkg/outputs.py: temp file and rename; devices written directly)."""
    from paperkg.outputs import disk_error, output_path

    n = 0
    if output == "-":
        for rec in records:
            sys.stdout.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n
    with output_path(output) as target:
        try:
            with open(target, "w", encoding="utf-8") as fh:
                for rec in records:
                    fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
                    n += 1
        except OSError as exc:
            raise disk_error(exc, output) from None
    return n


def check_jsonl_output(output: str | None, inputs, store=None) -> None:
    """Fail before extracting, not after: a bad -o path, or one that would overwrite an input or the store."""
    from paperkg.outputs import check_output

    if output and output != "-":
        check_output(output, protect=[("an input", i) for i in inputs] + [("the store", store)])


def read_inputs(inputs, *, strict=False):
    """Read corpus files (none: the bundled sample corpus), reporting what was skipped; at least one paper."""
    from paperkg.extract.readers import read_corpus, sample_corpus_paths

    paths = inputs or [str(p) for p in sample_corpus_paths()]
    read = read_corpus(paths, strict=strict)
    report_skips(read)
    if not read.papers:
        raise InputError("no papers could be read from the input", ", ".join(map(str, paths)))
    return read.papers


def extract_inputs(inputs, *, strict=False, n_process=1, dask=None, progress=None):
    """Read and extract, the shared step of `extract` and `build`."""
    from paperkg.extract.pipeline import extract_papers

    papers = read_inputs(inputs, strict=strict)
    if progress is None:
        progress = sys.stderr.isatty()
    if dask:
        from paperkg.extract.distributed import extract_papers_dask

        return extract_papers_dask(papers, scheduler=dask, progress=progress)
    return extract_papers(papers, n_process=n_process, progress=progress)


def run_extract(args) -> int:
    check_jsonl_output(args.output, args.inputs)
    papers = extract_inputs(args.inputs, strict=args.strict, n_process=args.n_process, dask=args.dask,
                            progress=True if args.progress else None)
    n = write_jsonl_atomic(papers, args.output)
    n_ent = sum(len(p.entities) for p in papers)
    if args.output != "-":
        sys.stderr.write(f"paperkg: wrote {n} papers with {n_ent} entities to {args.output}\n")
    return 0


def run_evaluate(args) -> int:
    from paperkg.extract.evaluate import evaluate

    for path in (args.gold, args.pred):
        if not Path(path).is_file():
            raise InputError("no such file", path)
    report = evaluate(args.gold, args.pred)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.table())
    if args.errors:
        for e in report.errors if report.entities_annotated else []:
            print(f"- {e['abstract_start']!r}\n    missed:   {', '.join(e['missed']) or '-'}\n"
                  f"    spurious: {', '.join(e['spurious']) or '-'}")
        for e in report.results.errors if report.results else []:
            print(f"- results of {e['id']}\n    missed:   {'; '.join(e['missed']) or '-'}\n"
                  f"    spurious: {'; '.join(e['spurious']) or '-'}")
    return 0
