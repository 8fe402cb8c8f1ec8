"""Exact pre-checks for types51's per-name patterns (speed46, session 44, issue 10). No switch: pure speed.

``types51._method_head51`` and ``_data_cue51`` build four patterns each from a benchmark-typed name and search the
whole title + abstract with them: a compile per name (the name is rarely seen twice: ``re``'s cache misses) and, for
the patterns that end in the name, a scan that tries a lazy 60-90 character gap at every verb. On 1,000 random 73k
abstracts they were the largest plain cost of session 43's modules (docs/history/speed46.md). The helpers here say,
with ``str.find`` / ``str.endswith``, which of those patterns can match at all; the caller searches only those, in the
same order as before. Each test is a condition every match needs, so a skipped pattern could not have matched and
the output stays the same.

``str.rstrip()`` / ``str.lstrip()`` strip what ``str.isspace`` calls whitespace: re's ``\\s`` of a str pattern (both
``Py_UNICODE_ISSPACE``; test_speed45 checks every code point).
"""

from __future__ import annotations

_HEAD_WORDS46 = ("framework", "method", "methodology", "approach", "model", "algorithm", "tracker", "network",
                 "architecture", "technique", "pipeline", "strategy", "mechanism", "scheme", "solver", "learner",
                 "estimator", "detector", "generator", "planner", "policy")
# what a text ends with right before the whitespace and the name of types51's "(?P<head>HEAD),?\s+NAME" (a head
# noun, plural or not, or its comma)
HEAD_TAILS46: tuple[str, ...] = tuple(w + s for w in _HEAD_WORDS46 for s in ("", "s")) + (",",)
# ... and of "NAMING\s+NAME" (NAMING: named|called|dubbed|termed|coined|namely|denoted(?:\s+as)?)
NAMING_TAILS46: tuple[str, ...] = ("named", "called", "dubbed", "termed", "coined", "namely", "denoted", "as")
# what follows the name (and whitespace) in "NAME(?:\s*\([^()]{1,80}\))?\s*(?:,|:|—|–|\s-|\s+is)"
AFTER_HEADS46: tuple[str, ...] = ("(", ",", ":", "\u2014", "\u2013", "-", "is")
# the nouns of types51's _DATA_NOUN51, one of which every re.I data-cue pattern holds
DATA_NOUNS46: tuple[str, ...] = ("benchmark", "dataset", "data set", "corpus", "test set", "test suite", "suite",
                                 "leaderboard", "challenge", "shared task")


def method_head_plan46(text: str, form: str) -> tuple[bool, bool, bool]:
    """Which of ``types51._method_head51``'s patterns (case-sensitive, each holding ``form`` literally) can match:
    (the "NAME, a ... HEAD" pattern, the "... NAMING NAME" pattern, the two "HEAD,? NAME" patterns). Every
    occurrence of ``form`` is looked at, overlapping ones too, boundaries not checked (a superset of the matches)."""
    after = named = headed = False
    if not form:
        return True, True, True  # the empty name is everywhere: let the patterns decide
    n = len(form)
    i = text.find(form)
    while i != -1:
        pre = text[:i]
        stripped = pre.rstrip()
        if len(stripped) < len(pre):  # the patterns ending in the name need whitespace (\s+) before it
            if not named and stripped.endswith(NAMING_TAILS46):
                named = True
            if not headed and stripped.endswith(HEAD_TAILS46):
                headed = True
        if not after and text[i + n:].lstrip().startswith(AFTER_HEADS46):
            after = True
        if after and named and headed:
            break
        i = text.find(form, i + 1)
    return after, named, headed


def may_hold_data_noun46(text: str) -> bool:
    """False only when a re.IGNORECASE search for any of types51's data nouns cannot match ``text``: an ASCII text
    whose lowered form holds none of them. A non-ASCII text says True (re.I folds "ſ" and the Kelvin sign to s, k)."""
    if not text.isascii():
        return True
    low = text.lower()
    for w in DATA_NOUNS46:
        if w in low:
            return True
    return False
