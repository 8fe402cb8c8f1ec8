"""Which result decisions are guesses: precision of each decision class, and what a confidence gate on them costs.

Each result the extractor emits is tagged by ``extract.results.decision_classes`` (where its dataset came from: the
sentence, the paper's only dataset, a shared task, a list, ...; whether its metric or dataset stands a clause away;
whether the sentence names several datasets; ...). This script scores the results against the results gold and gives
each class its precision, over the current code's output and, with ``--first-sight PART=COMMIT``, over the output of
the commit at which PART was first scored (that commit's ``extract/results.py`` and metric lexicon re-run on the same
extracted papers). Then a gate per class (drop every result of that class) and a gate chosen leave-one-out by part:
for each first-sight part, the classes whose precision on the other first-sight parts is under ``--threshold``.

    paperkg extract tests/data/results-corpus.jsonl -o /tmp/pred.jsonl
    python scripts/results_confidence.py tests/data/gold-results.jsonl /tmp/pred.jsonl \\
        --first-sight blind7=eb463fb --first-sight blind8=f461bb6 --first-sight blind9=dc49aee \\
        --first-sight blind10=41e61f2 --first-sight blind11=HEAD

Session 44 (results56): ``--features56`` adds the cheap features of ``extract/results56.py`` to the classes. The
first-score commits of blind4-blind40 (tests/data/GOLD-RESULTS.md, docs/history/results.md): blind4=e58d5cd
blind6=1341175 blind7=eb463fb blind8=f461bb6 blind9=dc49aee blind10=41e61f2 blind11=1e49583 blind12=933508c
blind13=933508c blind14=5754c2c blind15=710d74d blind16=c228bf4 blind17=89595b1 blind18=e928f27 blind19=f59a38c
blind20=b0e2ba1 blind21=7837968 blind22=7837968 blind23=d7e568f blind24=9af5b04 blind25=19effa2 blind26=71aafd9
blind27=8bc42d6 blind28=ed214a4 blind29=7ec07f4 blind30=087a82c blind31=20fa737 blind32=a36577b blind33=b992238
blind34=8ff49e5 blind35=59a5bf2 blind36=3656b5f blind37=449337a blind38=6ce031f blind39=d50eecb blind40=37b3fca.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from paperkg.extract import results as R, results56
from paperkg.extract.evaluate_results import _abstract_key, _match
from paperkg.extract.records import ExtractedPaper, Result

_LEXICON_READ = 'resources.files("paperkg.extract").joinpath("data/result-metrics.tsv").read_text(encoding="utf-8")'


def _old_results(commit: str, repo: Path, scratch: Path):
    """The result module of ``commit`` (its results.py and metric lexicon), imported beside the current package."""
    src = subprocess.run(["git", "-C", str(repo), "show", f"{commit}:extract/results.py"], check=True, capture_output=True,
                         text=True).stdout
    tsv = scratch / f"result-metrics-{commit}.tsv"
    tsv.write_text(subprocess.run(["git", "-C", str(repo), "show", f"{commit}:extract/data/result-metrics.tsv"], check=True,
                                  capture_output=True, text=True).stdout, encoding="utf-8")
    if _LEXICON_READ not in src:
        raise SystemExit(f"{commit}: cannot redirect its metric lexicon")
    src = src.replace(_LEXICON_READ, f"open({str(tsv)!r}, encoding='utf-8').read()")
    name = f"paperkg.extract._results_{commit}"
    mod = importlib.util.module_from_spec(importlib.util.spec_from_loader(name, loader=None))
    mod.__package__ = "paperkg.extract"
    sys.modules[name] = mod
    exec(compile(src, f"{commit}:extract/results.py", "exec"), mod.__dict__)
    return mod


def _on_leaderboard(d: dict) -> bool:
    return bool(d.get("dataset_id")) and d["qualifier"] != "relative" and not d["is_baseline"] and d.get("split") not in (
        "under attack", "oracle")


FEATURES56 = False  # --features56: the cheap features of extract/results56.py as classes too


def _label(gold_rows, papers, results_of):
    """(part, classes, is_true) per predicted result, and the number of gold tuples per part."""
    rows, gold_n = [], collections.Counter()
    for g in gold_rows:
        paper = papers.get(_abstract_key(g["abstract"]))
        if paper is None:
            continue
        gold = [r for r in g["results"] if r.get("metric")]
        gold_n[g["part"]] += len(gold)
        found = results_of(paper)
        entities = {e.id: e.to_dict() for e in paper.entities}
        pred = [r.to_dict() for r in found]
        pairs, _, _ = _match(gold, pred, entities, with_entity=False)
        true_ids = {id(p) for _, p in pairs}
        for r, d in zip(found, pred):
            classes = R.decision_classes(paper, r)
            if FEATURES56:
                classes |= results56.features56(paper, r)
            # and every pair of them ("ds:paper&q:relative"): a guess may be one only together with another decision
            classes |= {f"{a}&{b}" for a in classes for b in classes if a < b and "&" not in a + b}
            rows.append((g["part"], frozenset(classes), id(d) in true_ids, g, d, paper))
    return rows, gold_n


def _score(rows, gold_n, parts, gate=frozenset()):
    """tp / fp / fn over ``parts`` with the results of the classes in ``gate`` dropped (re-matched per paper)."""
    tp = fp = 0
    by_paper = collections.defaultdict(list)
    for part, classes, ok, g, d, paper in rows:
        if part in parts:
            by_paper[id(g)].append((classes, g, d, paper))
    for items in by_paper.values():
        g, paper = items[0][1], items[0][3]
        kept = [d for classes, _, d, _ in items if not classes & gate]
        gold = [r for r in g["results"] if r.get("metric")]
        pairs, _, spurious = _match(gold, kept, {e.id: e.to_dict() for e in paper.entities}, with_entity=False)
        tp += len(pairs)
        fp += len(spurious)
    fn = sum(gold_n[p] for p in parts) - tp
    return tp, fp, fn


def _pr(tp, fp, fn):
    return f"{tp / (tp + fp) if tp + fp else 0:.3f} / {tp / (tp + fn) if tp + fn else 0:.3f} ({tp}/{fp}/{fn})"


def _class_table(rows, title, threshold, support):
    count = collections.defaultdict(lambda: [0, 0])
    for _, classes, ok, *_ in rows:
        for c in classes:
            count[c][0 if ok else 1] += 1
    print(f"\n{title} (pairs of classes only under {threshold} with {support} or more results)\n{'class':52} {'tp':>4} {'fp':>4} {'P':>6}")
    for c, (tp, fp) in sorted(count.items(), key=lambda kv: (kv[1][0] / sum(kv[1]), -sum(kv[1]))):
        if "&" not in c or (tp + fp >= support and tp / (tp + fp) < threshold):
            print(f"{c:52} {tp:4d} {fp:4d} {tp / (tp + fp):6.3f}")
    return count


def _gate_from(rows, threshold, support, pairs=True):
    count = collections.defaultdict(lambda: [0, 0])
    for _, classes, ok, *_ in rows:
        for c in classes:
            count[c][0 if ok else 1] += 1
    return frozenset(c for c, (tp, fp) in count.items() if tp + fp >= support and tp / (tp + fp) < threshold
                     and (pairs or "&" not in c))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred", help="papers extracted from the gold abstracts (paperkg extract ... -o)")
    ap.add_argument("--first-sight", action="append", default=[], metavar="PART=COMMIT",
                    help="score PART with the result step of COMMIT (its first-score commit); HEAD: the current code")
    ap.add_argument("--threshold", type=float, default=0.85, help="a class under this precision is gated")
    ap.add_argument("--support", type=int, default=5, help="fewest results a class needs to be judged")
    ap.add_argument("--with-gate", action="store_true", help="keep the shipped confidence gate on (default: off, so the "
                    "classes it drops are measured too)")
    ap.add_argument("--singles", action="store_true", help="leave-one-out gates of single classes only, no pairs")
    ap.add_argument("--first-only", action="store_true", help="leave-one-out gates learnt on the other parts' first-sight "
                    "output only (not the current code's output, which is tuned on every part): the honest choice")
    ap.add_argument("--gate", default="", help="comma-separated classes: score this gate too")
    ap.add_argument("--scratch", default="/tmp/results-confidence")
    ap.add_argument("--leaderboard", action="store_true", help="score only the results a leaderboard may show (a linked "
                    "dataset, not a difference, a baseline, under attack or oracle): read the precision, not the recall")
    ap.add_argument("--checks25", action="store_true", help="apply the current code's PAPERKG_RESULTS25 precision checks "
                    "(extract/results.py _precision_checks_results25) to the first-sight output too: what they would have "
                    "done on each part at first sight")
    ap.add_argument("--show", default="", help="list the results of these classes (comma-separated; 'fp-first': every "
                    "false positive at first sight)")
    ap.add_argument("--features56", action="store_true", help="add the cheap features of extract/results56.py "
                    "(value shape, numbers in the sentence, distances, comparison and split words, ...) to the classes")
    args = ap.parse_args(argv)
    global FEATURES56
    FEATURES56 = args.features56
    repo = Path(__file__).resolve().parent.parent
    scratch = Path(args.scratch)
    scratch.mkdir(parents=True, exist_ok=True)
    gold_rows = [json.loads(line) for line in open(args.gold, encoding="utf-8")]
    gold_rows = [g for g in gold_rows if "results" in g]
    papers = {}
    for line in open(args.pred, encoding="utf-8"):
        d = json.loads(line)
        papers[_abstract_key(d.get("abstract") or "")] = ExtractedPaper.from_dict(d)
    all_parts = sorted({g["part"] for g in gold_rows})

    R.GATED_CLASSES = frozenset() if not args.with_gate else R.GATED_CLASSES  # measure the classes the gate drops too

    def current(paper):
        return R.attach_results([paper])[0].results

    rows, gold_n = _label(gold_rows, papers, current)
    if args.leaderboard:
        rows = [r for r in rows if _on_leaderboard(r[4])]
    first = dict(x.split("=", 1) for x in args.first_sight)
    first_rows = [r for r in rows if r[0] in first and first[r[0]] == "HEAD"]
    for part, commit in first.items():
        if commit == "HEAD":
            continue
        mod = _old_results(commit, repo, scratch)
        part_rows = [g for g in gold_rows if g["part"] == part]
        def old_results(p, mod=mod):
            found = [Result.from_dict(r.to_dict()) for r in mod.attach_results([ExtractedPaper.from_dict(p.to_dict())])[0].results]
            return R._precision_checks_results25(p, R._straight(p.abstract), found) if args.checks25 and found else found

        got, _ = _label(part_rows, papers, old_results)
        first_rows += [r for r in got if _on_leaderboard(r[4])] if args.leaderboard else got

    print("P / R (tp/fp/fn) per part, current code" + (" and at first sight" if first else ""))
    for part in all_parts:
        at_first = f"   first sight ({first[part]}): {_pr(*_score(first_rows, gold_n, {part}))}" if part in first else ""
        print(f"  {part:10} {_pr(*_score(rows, gold_n, {part}))}{at_first}")
    print(f"  {'all':10} {_pr(*_score(rows, gold_n, set(all_parts)))}")
    _class_table(rows, "precision of each decision class, current code, all parts", args.threshold, args.support)
    if first:
        _class_table(first_rows, "precision of each decision class, first sight (" + ", ".join(first) + ")", args.threshold,
                     args.support)
    training = [r for r in rows if r[0] not in first] + [r for r in first_rows if first[r[0]] != "HEAD"]
    single = sorted(_gate_from(training, args.threshold, args.support) | {c for _, classes, *_ in rows + first_rows for c in classes
                                                                          if "&" not in c})
    fs_parts = set(first)
    print(f"\ngate = drop one class: all parts (current) | first sight pooled\n{'none':36} "
          f"{_pr(*_score(rows, gold_n, set(all_parts)))} | {_pr(*_score(first_rows, gold_n, fs_parts))}")
    for c in single:
        gate = frozenset({c})
        cur = _score(rows, gold_n, set(all_parts), gate)
        base = _score(rows, gold_n, set(all_parts))
        if cur == base and (not first or _score(first_rows, gold_n, fs_parts, gate) == _score(first_rows, gold_n, fs_parts)):
            continue
        print(f"{c:36} {_pr(*cur)} | {_pr(*_score(first_rows, gold_n, fs_parts, gate)) if first else ''}")
    if first:
        print(f"\nleave one part out (threshold {args.threshold}, support {args.support}): the gate learnt on "
              + ("" if args.first_only else "the current code's output on every other part and ")
              + "the other parts' first-sight output, applied to the held part's first-sight output")
        before, after = [0, 0, 0], [0, 0, 0]
        for part in sorted(first, key=lambda p: int("".join(ch for ch in p if ch.isdigit()) or 0)):
            train = [] if args.first_only else [r for r in rows if r[0] != part and first.get(r[0]) != "HEAD"]
            train += [r for r in first_rows if r[0] != part and first[r[0]] != "HEAD"]
            gate = _gate_from(train, args.threshold, args.support, pairs=not args.singles)
            b, a = _score(first_rows, gold_n, {part}), _score(first_rows, gold_n, {part}, gate)
            before, after = [x + y for x, y in zip(before, b)], [x + y for x, y in zip(after, a)]
            print(f"  {part:8} gate {sorted(gate)}: {_pr(*b)} -> {_pr(*a)}")
        print(f"  {'pooled':8} {_pr(*before)} -> {_pr(*after)}")
    if args.gate:
        gate = frozenset(args.gate.split(","))
        print(f"\ngate {sorted(gate)}, per part: current code | first sight")
        for part in all_parts:
            fs = f" | {_pr(*_score(first_rows, gold_n, {part}))} -> {_pr(*_score(first_rows, gold_n, {part}, gate))}" if part in first else ""
            print(f"  {part:10} {_pr(*_score(rows, gold_n, {part}))} -> {_pr(*_score(rows, gold_n, {part}, gate))}{fs}")
        print(f"  {'all':10} {_pr(*_score(rows, gold_n, set(all_parts)))} -> {_pr(*_score(rows, gold_n, set(all_parts), gate))}")
        if first:
            print(f"  {'first':10} {_pr(*_score(first_rows, gold_n, fs_parts))} -> {_pr(*_score(first_rows, gold_n, fs_parts, gate))}")
    if args.show:
        want = set(args.show.split(","))
        shown = first_rows if want == {"fp-first"} else rows + first_rows
        for part, classes, ok, g, d, paper in shown:
            if classes & want or (want == {"fp-first"} and not ok):
                s0, s1 = R.sentence_spans(paper.abstract)[d["sentence"]]
                print(f"{'TP' if ok else 'FP'} {part} {g['id']} {d['value']} {d['metric']} on {d['dataset']} [{d['rule']}] "
                      f"{sorted(classes & want if want != {'fp-first'} else classes)} | {paper.abstract[s0:s1][:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
