"""Session 46 (issue 10, wrong hubs): a shared-task campaign's year found bare by the corpus's second look in a
paper that names one of that campaign's tasks.

Switched with ``PAPERKG_HUBS47`` ("off" or "0", or a comma list of these part names to switch off). One call,
``event_year_hit47`` in canonical.py's records loop beside precision28's ``cut_hit28`` (the second look runs at
corpus level, after the per-paper pipeline: scripts/train_name_tagger.py's ``after_tag`` needs no mirror).

- ``event-year-hit``: precision57's ``event-year`` drops a campaign-and-year ("SemEval 2020") that a paper's own
  extraction finds beside that campaign's task ("SemEval-2020 Task 8", often only in the title). The corpus step
  then looks for every confirmed spelling in every abstract again, and "SemEval 2020" is confirmed (other papers
  name it with a cue), so it came back in these papers as a second link to the campaign-year node: on the 73k build
  of session 45 the bare nodes "SemEval 2020" (47 papers), "SemEval-2017" (49), "SemEval-2016" (14), ... join the
  memes, code-mixing, humour and semantic-change tasks of their year, a homonym hub. A second-look hit whose found
  spelling or node name is a campaign and a year is skipped when the paper's own entities hold that campaign and
  year followed by a task ("Task 8", "task 9", "shared task"), unless a data word follows the hit within three
  words ("SemEval-2016 dataset": the year names the data there). A paper naming no task of the campaign keeps the
  bare campaign (it is then the only name of what it evaluates on).
- ``event-year-alias``: a paper's own extraction links a bare "SemEval-2020" in the abstract to the title's
  "SemEval-2020 Task 9" (right in that paper), and the bare spelling became an alias of the task's node: 53 papers
  of the SemEval subset gave their year's task nodes the alias "SemEval-2020" / "SemEval-2017", the name of the
  campaign-year node and of every other task of that year (a foreign alias; check-graph's aliases). The mention
  stays; the alias is dropped from an entity whose name is that campaign and year followed by a task.
"""

from __future__ import annotations

from .precision57 import _DATA_AFTER57, event_year57
from .recall_rules import parts_off_by_default

HUBS_RULES47 = ("event-year-hit", "event-year-alias")
DEFAULT_OFF47: frozenset[str] = frozenset()


def _hubs_off47() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_HUBS47", HUBS_RULES47, DEFAULT_OFF47)


def event_year_hit47(abstract: str, start: int, end: int, surface: str, name: str, local_names: list[str]) -> bool:
    """The second-look hit ``surface`` (node ``name``) at ``start:end`` is a campaign-and-year whose task the
    paper's own entities (``local_names``: names and aliases) already name, and no data word follows it."""
    if "event-year-hit" in _hubs_off47():
        return False
    if not (event_year57(surface, local_names) or event_year57(name, local_names)):
        return False
    return _DATA_AFTER57.match(abstract[end: end + 60]) is None


def event_year_aliases47(aliases: list[str], name: str) -> list[str]:
    """``aliases`` without a bare campaign-and-year of the entity ``name`` when it is that campaign-year's task."""
    if "event-year-alias" in _hubs_off47() or not aliases:
        return aliases
    return [a for a in aliases if not event_year57(a, [name])]
