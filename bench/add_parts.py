"""Time the parts of adding papers to a store in one process (wall and CPU of each part), on a fresh copy:
    python bench/add_parts.py STORE EXTRA.jsonl WORK

The same steps as `paperkg build EXTRA --db` on a store that holds a resolved corpus, without the child
stage (cli/apart.py): read, plan, extraction (one process, as for 1,000 papers), resolution and the delta
(graph/incremental.py), then store.apply. Run with PYTHONPATH=<an installed commit> to compare commits on
the same store (restamp it with that commit's bench/restamp.py first). Functions a commit lacks are skipped.
Prints one line per part: name, wall s, CPU s (process_time), calls."""
import sys

from common import PartTimes, checkpoint_labels, fresh_store_copy  # bench/


def main() -> None:
    base, extra, work = sys.argv[1:4]
    times = PartTimes()
    with times.part("imports"):
        from paperkg.cli.extract_cmds import read_inputs
        from paperkg.extract import pipeline
        from paperkg.graph import incremental, plan as plan_mod, store_ladybug
        from paperkg.graph.store import open_store

    for n in ("resolve", "stored_fingerprints", "rels_from", "term_delta", "_stored_nodes", "node_rows",
              "tables_from_papers", "attach_results", "_result_metrics", "read_memo", "write_memo"):
        times.wrap(incremental, n)
    times.wrap(store_ladybug.LadybugStore, "apply", "store.apply")
    times.wrap(store_ladybug.LadybugStore, "_apply", "  _apply")
    times.wrap_exec(checkpoint_labels("  CHECKPOINT "))
    fresh_store_copy(base, work)

    def part(name, f, *a):
        with times.part(name):
            return f(*a)

    with times.part("ALL (after imports)"):
        papers = part("read inputs", lambda: read_inputs([extra], strict=False))
        with open_store("ladybug", work, read_only=True) as s:
            plan = part("plan_build", plan_mod.plan_build, papers, s)
        print(f"code {incremental.__file__}", file=sys.stderr)
        print(f"new {len(plan.new)} redo {len(plan.redo)} kept {len(plan.kept)}", file=sys.stderr)
        todo = plan.new + plan.redo
        extracted = part("extraction", lambda: pipeline.extract_local_all(todo, n_process=1, progress=False))
        with open_store("ladybug", work, read_only=True) as s:
            final, delta = part("resolve_delta", incremental.resolve_delta, plan, extracted, s, set())
        del final, extracted, plan, papers
        with open_store("ladybug", work) as s:
            report = s.apply(delta)
    print(f"papers written {len(delta.papers)}; {report.summary()[-60:]}", file=sys.stderr)
    for k, (w, c, n) in times.parts.items():
        print(f"{k:32s} {w:8.2f} {c:8.2f} {n:5d}")


if __name__ == "__main__":
    main()
