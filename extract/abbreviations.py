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

from .hubs50 import gloss_not_long_form50  # session 48 (hubs50)
from .sentences import doc_text, sentence_bounds, span_text

SHORT_FORM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-+&]{0,11}$")
# "EC-finetuning", "RL-distillation": an initialism joined to a word of the long form runs longer.
HYPHEN_SHORT_FORM = re.compile(r"^[A-Z][A-Za-z0-9]{0,5}-[a-z]{3,12}$")


def _short_form_ok(sf: str) -> bool:
    if not (SHORT_FORM.match(sf) or HYPHEN_SHORT_FORM.match(sf)) or sf.isdigit() or len(sf) < 2:
        return False
    if not any(c.isupper() for c in sf):  # "(e.g.)", "(ii)", "(sim)" are not short forms
        return False
    return not re.fullmatch(r"[IVX]+", sf)  # roman numerals of enumerations


def _initials_before(text: str, end: int, short: str) -> bool:
    """The words right before ``end`` start with the short form's letters, one word a letter: "variational
    inference (VI)", "instrumental variable (IV)" define a short form spelt like a roman numeral; "Stage (IV)",
    "(II)" after a list item do not."""
    words = re.findall(r"[A-Za-z][\w']*", text[max(0, end - 120) : end])[-len(short):]
    return len(words) == len(short) and "".join(w[0] for w in words).lower() == short.lower()


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


_WORD_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]|[A-Z]")


def capitals_fit(short: str, long_form: str) -> bool:
    """Do the short form's capitals each begin a word of the long form, in order? A capital inside a long-form
    word counts as a beginning ("eXtreme", the "GAN" of "Wasserstein GAN")."""
    capitals = [c.lower() for i, c in enumerate(short) if c.isupper() or (i == 0 and c.isalpha())]
    starts = [m.group().lower() for m in _WORD_START.finditer(long_form)]
    k = 0
    for c in starts:
        if k < len(capitals) and c == capitals[k]:
            k += 1
    return k == len(capitals)


def capitals_start(short: str, window: str, start: int) -> int:
    """Where the long form starts, moved back over whole words when the shortest match (Schwartz-Hearst) takes
    a capital of the short form from inside a word: "Motion aided Memory Network (MMNet)" is not "Memory
    Network", "non-autoregressive neural machine translation (NAT)" is not "neural machine translation". The
    shortest match stays when no longer run of words fits, or the fitting run starts with a phrase word."""
    if capitals_fit(short, window[start:]):
        return start
    for m in reversed(list(re.finditer(r"\S+", window[:start]))):
        if capitals_fit(short, window[m.start():]):
            first = m.group().lower()
            return start if first in PHRASE_START or first in _MINOR else m.start()
    return start


_MINOR = {"of", "for", "with", "and", "from", "the", "to", "by", "as", "in", "on", "a", "an", "via"}

NUMBER_WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five"}


def _number_word_for(short: str, word: str) -> bool:
    """ "two-stage least squares (2SLS)": a short form's leading digit stands for a number word of the name."""
    return NUMBER_WORDS.get(short[:1]) == word.lower()


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


# A long form starting with one of these words, as written in lower case, is a phrase the letters happen to fit
# ("by bootstrapping from future latent representations (BYOL)", "for gold evidence pages (FEVER)"); a name
# never starts so. Capitalised ("Learning Using Privileged Information") it may be part of a name.
PHRASE_START = frozenset("""
about across after against along among around as at based baselines because before between beyond by
compared comparing considering despite during for from given having in including into is like of on onto
over per regarding since such than that through to toward towards under unlike upon using uses via was
were when where whereas which while with within without
""".split())
# Words that join a clause, not a name: "baselines including both pretrained models (BERT)".
PHRASE_INSIDE = re.compile(r"\b(?:including|such as|based on|which|where|whereas|whose|while|when|whether)\b")


def free_phrase(long_form: str) -> bool:
    """Is a candidate long form a free phrase rather than a name?"""
    first = long_form.split(maxsplit=1)[0] if long_form.strip() else ""
    return first in PHRASE_START or bool(PHRASE_INSIDE.search(long_form))


PAREN = re.compile(r"\(([^()]{1,60})\)")
ADJECTIVE_SUFFIX = re.compile(r"(?<=[A-Za-z0-9])-(based|like|style|driven|guided|inspired)$")
CLAUSE_BREAK = re.compile(r"[;:()]|\.\s")
# "Coherency Sensitive Hashing [12] (CSH)": a numbered citation between the long form and its short form is no
# part of the name (issue 10, session 11).
CITATION_TAIL = re.compile(r"\s*\[\d{1,3}(?:\s*[,\u2013\-]\s*\d{1,3})*\]$")


def find_definitions(doc: Doc) -> list[tuple[Span, Span]]:
    """All (long form, short form) pairs defined in the document.

    Works on the text, not the tokens: building token objects for every abstract cost more than the
    search itself. Only the pairs found become spans.
    """
    pairs: list[tuple[Span, Span]] = []
    text = doc_text(doc)
    starts = [s for s, _ in sentence_bounds(doc)]
    for m in PAREN.finditer(text):
        inner = m.group(1)
        # "(DPO; Rafailov et al.)" and "(DPO, ...)": the short form is the first chunk.
        chunk = re.split(r"[,;]", inner, maxsplit=1)[0].strip()
        if " " in chunk or not (_short_form_ok(chunk) or (
                len(chunk) >= 2 and re.fullmatch(r"[IVX]+", chunk) and _initials_before(text, m.start(), chunk))):
            continue
        short_start = m.start(1) + inner.find(chunk)
        short = doc.char_span(short_start, short_start + len(chunk))
        if short is None:
            continue
        sent_start = starts[bisect.bisect_right(starts, m.start()) - 1]
        pre = text[sent_start : m.start()]
        breaks = [b.end() for b in CLAUSE_BREAK.finditer(pre)]
        offset = sent_start + (breaks[-1] if breaks else 0)
        n_alnum = sum(ch.isalnum() for ch in chunk)
        max_words = min(n_alnum + 5, 2 * n_alnum)
        words = list(re.finditer(r"\S+", text[offset : m.start()]))[-max_words:]
        if not words:
            continue
        w_start_char = offset + words[0].start()
        window = CITATION_TAIL.sub("", text[w_start_char : m.start()].rstrip())
        # "Chain of Utterances-based (CoU) prompting": the short form names the phrase before the suffix.
        suffix = ADJECTIVE_SUFFIX.search(window)
        if suffix and chunk[-1:].lower() != suffix.group(1)[0]:
            window = window[: suffix.start()]
        start = initials_long_form(chunk, window)
        if start is None:
            start = best_long_form(chunk, window)
        if start is None:
            continue
        start = capitals_start(chunk, window, start)
        # "Test-Time Prototype Shifting (TPS)": the initials start at "Time"; the name starts at "Test".
        while start > 1 and window[start - 1] == "-" and window[start - 2].isalnum():
            prefix = start - 1
            while prefix > 0 and window[prefix - 1].isalnum():
                prefix -= 1
            if window[prefix].lower() != chunk[0].lower() and not _number_word_for(chunk, window[prefix : start - 1]):
                break  # "KL-regularized Policy Optimization (RPO)": the prefix is no part of the name
            start = prefix
        long_span = doc.char_span(w_start_char + start, w_start_char + len(window), alignment_mode="expand")
        while long_span is not None and len(long_span) > 1 and not long_span[-1].text[-1].isalnum():
            long_span = long_span[:-1]
        if long_span is None or len(long_span) < 1 or len(long_text := span_text(long_span)) <= len(chunk) or long_text == chunk:
            continue
        # Strip leading words SH may start on ("a novel ...").
        while len(long_span) > 1 and long_span[0].lower_ in ("a", "an", "the", "our", "novel", "new"):
            long_span = long_span[1:]
        if free_phrase(span_text(long_span)):
            continue  # "based on pretrained sequence-to-sequence model (BART)": the letters fit, no name does
        if span_text(long_span).split()[0] == chunk:
            continue  # "comparing KL-UCB with its main competitors (UCB, MOSS)": a list after a phrase led by the short form
        pairs.append((long_span, short))
    pairs += short_first_definitions(doc, text)
    return pairs


# "SAGE (Stochastic Accelerated GradiEnt)": a name, then its long form in brackets (issue 10, session 12). The
# short form is one word with two capitals at least; the brackets hold only words (no citation, year or list).
SHORT_FIRST = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9\-]{1,11}) \(([A-Za-z][A-Za-z\- ,&]{4,100})\)")


_SHORT_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")


def short_first_matches(text: str):
    """``SHORT_FIRST.finditer(text)``, tried only at the few places it can match (session 13: the plain search
    tried its look-behind at every character, ~15 us a text, for a match in one text of twenty).

    Every match has " (" right after its short form, which holds no space: the first " (" at or after its start.
    So each " (" is tried once, at the start of the run of short-form characters before it (a match cannot start
    inside that run: the look-behind forbids each of its characters), unless that run is too long to be one."""
    pos = 0
    while (i := text.find(" (", pos)) != -1:
        j = i
        while j > 0 and i - j <= 12 and text[j - 1] in _SHORT_CHARS:
            j -= 1
        m = SHORT_FIRST.match(text, j) if 2 <= i - j <= 12 else None
        if m is not None:
            yield m
            pos = m.end()  # where finditer goes on
        else:
            pos = i + 1


def short_first_definitions(doc: Doc, text: str) -> list[tuple[Span, Span]]:
    """(long form, short form) pairs written short form first: "CLASP (Common Lisp Analytical Statistics Package)".

    Without them a coined name two papers define differently was one node of two things (SAGE: Stochastic
    Accelerated GradiEnt and Sampled Hedge). Each capital of the short form must begin a word of the long form
    in order (or its letters fit as below), the first letters must agree, and the long form may not have many more words than the short
    form has letters ("BERT (a strong baseline for all our tasks)" is no definition). The letters may also sit
    inside the words, as Schwartz-Hearst allows for a long form written first ("SAGE (Sampled Hedge)").
    """
    pairs: list[tuple[Span, Span]] = []
    for m in short_first_matches(text):
        short, long = m.group(1), m.group(2).strip()
        words = long.split()
        letters = sum(ch.isalpha() for ch in short)
        content = [w for w in words if w.lower() not in _MINOR]
        if (sum(ch.isupper() for ch in short) < 2 or not _short_form_ok(short) or len(content) < 2
                or len(content) > letters + 1 or words[0][0].lower() != short[0].lower()
                or free_phrase(long) or not (capitals_fit(short, long) or best_long_form(short, long) == 0)
                or gloss_not_long_form50(short, long)):  # hubs50 gloss-bracket: "ViT (ViT with an extra fusion token)"
            continue
        short_span = doc.char_span(m.start(1), m.end(1))
        long_start = m.start(2) + m.group(2).find(long)
        long_span = doc.char_span(long_start, long_start + len(long.rstrip(",")))
        if short_span is not None and long_span is not None:
            pairs.append((long_span, short_span))
    return pairs


def find_uses(doc: Doc, pairs: list[tuple[Span, Span]]) -> list[Span]:
    """Every other occurrence of a defined short form, plural and singular included ("RM" <-> "RMs")."""
    if not pairs:
        return []
    forms: set[str] = set()
    for _, short in pairs:
        sf = span_text(short)
        forms.update({sf, sf + "s"})
        if sf.endswith("s") and len(sf) > 2:
            forms.add(sf[:-1])
    defined_at = {short.start_char for _, short in pairs}
    text = doc_text(doc)
    # str.find per form, not one regex per document: compiling a new pattern for every abstract cost
    # more than the search and flushed re's pattern cache for the other rules.
    found: dict[int, int] = {}
    for form in sorted(forms, key=len, reverse=True):
        i = text.find(form)
        while i != -1:
            end = i + len(form)
            if not _word_char(text, i - 1) and not _word_char(text, end) and i not in found:
                found[i] = end
            i = text.find(form, i + 1)
    uses: list[Span] = []
    for start in sorted(found):
        if start in defined_at:
            continue
        span = doc.char_span(start, found[start])
        if span is not None:
            uses.append(span)
    return uses


def _word_char(text: str, i: int) -> bool:
    """Is text[i] part of a word (letter, digit, underscore or hyphen)? Outside the text: no."""
    if i < 0 or i >= len(text):
        return False
    ch = text[i]
    return ch.isalnum() or ch in "_-"


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
