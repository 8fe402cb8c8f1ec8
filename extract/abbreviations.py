"""Abbreviation definitions, "Direct Preference Optimization (DPO)": a Schwartz-Hearst style matcher.

Our own implementation of the algorithm of Schwartz & Hearst (2003): a short form in parentheses is paired
with the shortest preceding phrase whose words contain the short form's characters in order, the first
character starting a word. Results go to ``doc.spans["abbrev_long"]`` and ``doc.spans["abbrev_short"]``
(aligned lists) and every later use of the short form to ``doc.spans["abbrev_use"]``.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

SHORT_FORM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-+&]{0,11}$")
MAX_INSIDE_TOKENS = 6


def _short_form_ok(sf: str) -> bool:
    if not SHORT_FORM.match(sf) or sf.isdigit() or len(sf) < 2:
        return False
    if not any(c.isupper() for c in sf):  # "(e.g.)", "(ii)", "(sim)" are not short forms
        return False
    return not re.fullmatch(r"[IVX]+", sf)  # roman numerals of enumerations


def best_long_form(short: str, window: str) -> int | None:
    """Start offset in `window` of the shortest long form for `short`, or None (Schwartz-Hearst)."""
    s = len(short) - 1
    i = len(window) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        # The first character of the short form must begin a word of the long form.
        while i >= 0 and (window[i].lower() != c or (s == 0 and i > 0 and window[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = i + 1
    # Extend back to the start of the word.
    while start > 0 and window[start - 1].isalnum():
        start -= 1
    return start


_MINOR = {"of", "for", "with", "and", "from", "the", "to", "by", "as", "in", "on", "a", "an", "via"}


def initials_long_form(short: str, window: str) -> int | None:
    """Start of the run of words whose initials spell the short form ("proximal policy optimization")."""
    letters = [c.lower() for c in short if c.isalpha()]
    if len(letters) < 2:
        return None
    parts = [(m.start(), m.group()) for m in re.finditer(r"[A-Za-z0-9]+", window)]
    for k in range(1, min(len(parts), len(letters) + 3) + 1):
        run = parts[-k:]
        initials = [w[0].lower() for _, w in run if w.lower() not in _MINOR]
        if initials == letters and run[0][1].lower() not in _MINOR:
            return run[0][0]
    return None


def find_definitions(doc: Doc) -> list[tuple[Span, Span]]:
    """All (long form, short form) pairs defined in the document."""
    pairs: list[tuple[Span, Span]] = []
    text = doc.text
    sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    for tok in doc:
        if tok.text != "(":
            continue
        close = None
        for j in range(tok.i + 1, min(len(doc), tok.i + 2 + MAX_INSIDE_TOKENS)):
            if doc[j].text == ")":
                close = j
                break
            if doc[j].text == "(":
                break
        if close is None or close == tok.i + 1:
            continue
        # "(DPO; Rafailov et al.)" and "(DPO, ...)": the short form is the first chunk.
        end = close
        for j in range(tok.i + 1, close):
            if doc[j].text in (",", ";"):
                end = j
                break
        short = doc[tok.i + 1 : end]
        if short.text.count(" ") > 0 or not _short_form_ok(short.text):
            continue
        sent_start = sent_starts[bisect.bisect_right(sent_starts, tok.i) - 1]
        n_alnum = sum(ch.isalnum() for ch in short.text)
        max_words = min(n_alnum + 5, 2 * n_alnum)
        # Window: at most max_words word tokens back, within the sentence.
        words = 0
        k = tok.i - 1
        while k >= sent_start and words < max_words:
            if doc[k].is_alpha or doc[k].like_num or any(ch.isalnum() for ch in doc[k].text):
                words += 1
            if doc[k].text in (".", ";", ":", "(", ")") and k < tok.i - 1:
                break
            k -= 1
        w_start_char = doc[k + 1].idx if k + 1 < tok.i else tok.idx
        window = text[w_start_char : tok.idx].rstrip()
        if not window:
            continue
        start = initials_long_form(short.text, window)
        if start is None:
            start = best_long_form(short.text, window)
        if start is None:
            continue
        long_span = doc.char_span(w_start_char + start, w_start_char + len(window), alignment_mode="expand")
        while long_span is not None and len(long_span) > 1 and not long_span[-1].text[-1].isalnum():
            long_span = long_span[:-1]
        if long_span is None or len(long_span) < 1 or long_span.text == short.text:
            continue
        if len(long_span.text) <= len(short.text):
            continue
        # Strip leading stop words SH may start on ("the Direct ..." cannot happen, but "a" can).
        while len(long_span) > 1 and long_span[0].lower_ in ("a", "an", "the", "our", "novel", "new"):
            long_span = long_span[1:]
        pairs.append((long_span, short))
    return pairs


def find_uses(doc: Doc, pairs: list[tuple[Span, Span]]) -> list[Span]:
    """Every later token (or token run) equal to a defined short form, plural included ("RMs")."""
    shorts = {short.text: short for _, short in pairs}
    defined_at = {short.start for _, short in pairs}
    uses: list[Span] = []
    single = {s for s in shorts if len(shorts[s]) == 1}
    for tok in doc:
        t = tok.text
        if tok.i in defined_at:
            continue
        # Plural and singular of a defined short form: "RM" <-> "RMs".
        if t in single or (t.endswith("s") and t[:-1] in single) or (t + "s") in single:
            uses.append(doc[tok.i : tok.i + 1])
    for s, span in shorts.items():
        if len(span) > 1:
            n = len(span)
            words = [t.text for t in span]
            for i in range(len(doc) - n + 1):
                if i not in defined_at and [doc[i + k].text for k in range(n)] == words:
                    uses.append(doc[i : i + n])
    return uses


@Language.factory("paperkg_abbreviations", default_config={})
def make_abbreviations(nlp: Language, name: str):
    return AbbreviationDetector()


class AbbreviationDetector:
    """Writes abbreviation definitions and uses to doc.spans."""

    def __call__(self, doc: Doc) -> Doc:
        pairs = find_definitions(doc)
        doc.spans["abbrev_long"] = [lf for lf, _ in pairs]
        doc.spans["abbrev_short"] = [sf for _, sf in pairs]
        doc.spans["abbrev_use"] = find_uses(doc, pairs)
        return doc
