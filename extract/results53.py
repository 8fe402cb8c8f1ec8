"""French result statements, a "metric" word before a bracketed value, metric names the lexicon lacked (issue 12, session 43).


On the released results parts (every part but blind40-42), kinds of missed tuples a general rule can see without
adding wrong ones (French abstracts of TALN/JEP ~20 misses, metric names ~25, bracketed values after a metric word):

- decimal-comma: the step reads a decimal comma only with one or two digits after it and a percent sign
  (results.py ``_DEC_NUM``: "85,9%"); in a French abstract (at least five French function words) "0,853", "11,86
  points" or "16,8 à 3,98" were skipped as numbers written another way (``_GLUED_DIGITS``). French writes thousands
  with a space or a point, so there any "D,D" with at most three digits on either side is read as "D.D", one
  character for one (every offset stays the abstract's). English abstracts are left as they are ("1,250 sentences").
  The result keeps the digits as written (``text`` "0,853").
- metric-bracket: the step reads "accuracy (0.712)", but not "ranked 11th by Labeled Attachment Score metric
  (70.64%)" (the word "metric" stops it) nor "Fréchet Inception Distance (FID, up to 27.21%)" (the metric opens the
  bracket). The word "metric" / "measure" between a metric and a bracket holding only a value, and the opening
  bracket and comma of "(FID, up to 27.21%)", are read as spaces, one for one. Not a bracket holding other words
  ("accuracy for X (47%)").
- more-metrics: metric names of result statements the lexicon (data/result-metrics.tsv) did not know, read from
  data/result-metrics53.tsv (rows tagged with the part and their provenance): BD-rate (video coding), collision
  rate, false alarm rate, Ign F1 (document-level relation extraction), CRR (correct recognition rate, biometrics),
  MLAS / BLEX (CoNLL 2018 UD), median / mean distance error (geolocation), adaptive calibration error, top-1
  localization error, and the French names of success rate and accuracy (taux de réussite, exactitude). Left out
  after the checks: false positive / negative rate (mostly an operating point: "77% recall at a false positive rate
  of 1%"), AMOTA and robust accuracy (their new rows took datasets or baseline flags wrongly on the study parts and
  the 73k check).
- bd-rate-relative: a BD-rate is a bit-rate difference against an anchor codec, never a score: relative, its size
  the value ("-28.2% BD-rate saving" -> 28.2, relative), as the gold records it.
- french-words: in a French abstract, the connectives of a result statement are read as the English words the step
  knows, one character for one: "et un" -> "and", "92,9 % et 98,7 %" -> "92,9%, 98,7%", "respectivement",
  "de l'ordre de" -> "of about", "supérieur(e) à" -> "over", "de 86 à 96 %" -> a range, "sont" / "est", the
  prepositions after a value ("en", "par", "avec"), "moyen(ne)" / "global(e)" before "de" dropped, "gain /
  amélioration / réduction ... de" -> the English change noun and "of". And a score a French change word leads up to
  ("des améliorations en score BLEU de 3,73", "une diminution du taux d'erreur de l'ordre de 12%") is a difference,
  unless other values, "=", or a new clause stand between ("un gain relatif de 13,4% ..., avec une précision
  globale de 72,6%" keeps 72.6 a score).
- metric-list-article: "a precision and a recall of 92.9% and 98.7%": an article between listed metrics keeps the
  list (the values were all given the nearest metric, "recall").

Behind PAPERKG_RESULTS53 ("off", a comma list of RESULTS_RULES53, or "on:" and default-off parts, DEFAULT_OFF53).
"""

from __future__ import annotations

import re
from dataclasses import replace
from importlib import resources

from .recall_rules import parts_off_by_default

RESULTS_RULES53 = ("decimal-comma", "french-words", "metric-bracket", "metric-list-article", "more-metrics", "bd-rate-relative")
DEFAULT_OFF53: frozenset[str] = frozenset()


def _results_off53() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS53", RESULTS_RULES53, DEFAULT_OFF53)


# -- decimal-comma -------------------------------------------------------------------------------------------------

# French function words: five of them make an abstract French (English abstracts hold "des" or "une" in a name at most)
_FRENCH53 = re.compile(r"\b(?:les|des|une|est|avec|pour|dans|nous|cette|sont|sur|aux|du|notre|nos|qui)\b")
# "92,9", "0,853", "73,75": not part of a longer list of digits and commas ("1,2,3"), not a thousands group
_FRENCH_DECIMAL53 = re.compile(r"(?<![\d,.])\d{1,3},\d{1,3}(?![\d,]|\.\d)")


_FRENCH_SEEN53: dict[str, bool] = {}  # text -> is_french53(text), the last few texts (a pure function of the text)


def is_french53(text: str) -> bool:
    """Whether the abstract is written in French (five French function words or more)."""
    # speed52: asked two or three times of the same text (decimal commas, French words, then french_change53 on the
    # text before the rewrite), a whole-text search each time: the answer of the last few texts is kept
    known = _FRENCH_SEEN53.get(text)
    if known is None:
        known = len(_FRENCH53.findall(text)) >= 5
        if len(_FRENCH_SEEN53) >= 8:
            _FRENCH_SEEN53.clear()
        _FRENCH_SEEN53[text] = known
    return known


def _decimal_commas53(text: str) -> list[int]:
    """Offsets of the commas that are decimal points."""
    if not is_french53(text):
        return []
    return [m.start() + m.group().index(",") for m in _FRENCH_DECIMAL53.finditer(text)]


# -- metric-bracket ------------------------------------------------------------------------------------------------

_VALUE53 = r"(?:(?:up\s+to|about|around|approximately|nearly|over|~|≈)\s*)?\d+(?:\.\d+)?\s?(?:%|\\%)?"
# after a metric: the word "metric" / "measure", then a bracket holding only the value ("LAS metric (70.64%)"); the
# step reads "accuracy (0.712)" already, the word is what stops it
_AFTER_METRIC53 = re.compile(rf"(?P<word>\s+(?:metric|measure))\s*\(\s*{_VALUE53}\s*\)")
# inside a bracket: a metric name, a comma or colon, the value ("(SSIM, up to 25.67%)")
_INSIDE_AFTER53 = re.compile(rf"\s*(?P<sep>[,:])\s*{_VALUE53}\s*\)")
# the part of _INSIDE_AFTER53 from its separator on: it matches wherever _INSIDE_AFTER53 matches, at the separator
_SEP_VALUE53 = re.compile(rf"[,:]\s*{_VALUE53}\s*\)")


def _metric_brackets53(text: str, metric_spans) -> list[tuple[int, int]]:
    """Spans to read as spaces: a "metric" word between a metric and its bracketed value; the opening bracket and the
    comma of "(SSIM, up to 25.67%)"."""
    if "(" not in text:
        return []
    # speed51: a blank needs one of the two patterns to match after a metric: where neither matches anywhere (a
    # "metric"/"measure" word before a bracketed value; a "," or ":" then a value and ")"), the text's metrics are not
    # looked for (``metric_spans`` of the whole abstract was ~0.8 % of plain extraction; 1 abstract in 7 passes)
    if not ((("metric" in text or "measure" in text) and _AFTER_METRIC53.search(text))
            or _SEP_VALUE53.search(text)):
        return []
    blanks = []
    for ms, me, _metric, _surface in metric_spans(text, 0):
        m = _AFTER_METRIC53.match(text, me)
        if m:
            blanks.append((m.start("word"), m.end("word")))
            continue
        # "(SSIM, up to 25.67%)": the metric opens the bracket
        if text[max(0, ms - 1) : ms] == "(" and (m := _INSIDE_AFTER53.match(text, me)):
            blanks += [(ms - 1, ms), (m.start("sep"), m.end("sep"))]
    return blanks


# -- french-words --------------------------------------------------------------------------------------------------

# the English change noun of a French one (the tuple below reads it; defined first, annotated, for mypyc)
_CHANGE_NOUNS53: dict[str, str] = {"gain": "gain", "amelioration": "improvement", "augmentation": "increase",
                                   "reduction": "reduction", "diminution": "decrease"}

# French connectives of a result statement read as the English words the step knows, one character for one, in a
# French abstract only: "une précision et un rappel de 92,9 % et 98,7 %, respectivement", "un F-score moyen de
# 73,75 %", "un taux d'erreur de l'ordre de 9,9%", "une précision supérieure à 70%"
_FRENCH_WORDS53 = (
    (re.compile(r"(?<=\s)et\s+(?:une?|de|d'|la|le|les)(?=\s)", re.IGNORECASE), "and"),
    (re.compile(r"(?<=\d)(?P<p>%?)\s+et(?=\s+[+]?\d)"), lambda m: m.group("p") + ","),
    (re.compile(r"\brespectivement\b", re.IGNORECASE), "respectively"),
    (re.compile(r"(?<=\s)sont(?=\s)"), "are"),
    (re.compile(r"(?<=\s)est(?=\s)"), "is"),
    # "une précision de 86 à 96 %": a range
    (re.compile(r"(?<=\d)\s+à(?=\s+\d)"), " -"),
    # "les mesures de rappel, de précision et de F-mesure": a list of metrics
    (re.compile(r"(?<=[a-zé]),\s+(?:de|du|la|le)(?=\s+[\w\-]+)"), ","),
    (re.compile(r"\bde\s+l'ordre\s+de\b", re.IGNORECASE), "of about"),
    (re.compile(r"\b(?:environ|approximativement)\b", re.IGNORECASE), "about"),
    (re.compile(r"\bsup[ée]rieure?s?\s+(?:à|a)(?=\s)", re.IGNORECASE), "over"),
    (re.compile(r"\binf[ée]rieure?s?\s+(?:à|a)(?=\s)", re.IGNORECASE), "below"),
    # words after a value the step takes for a unit ("9,9% en employant"): the English preposition
    (re.compile(r"(?<=[\d%])\s+(?:en|dans)(?=\s)"), " in"),
    (re.compile(r"(?<=[\d%])\s+par(?=\s)"), " by"),
    (re.compile(r"(?<=[\d%])\s+avec(?=\s)"), " with"),
    (re.compile(r"(?<=[\d%])\s+contre(?=\s)"), " versus"),
    # a French change noun and its "de": "un gain moyen de 0,2 UAS", "une amélioration de 2,3 points" (the step's
    # change nouns make the value a difference)
    (re.compile(r"\b(?P<noun>gains?|am[ée]liorations?|augmentations?|r[ée]ductions?|diminutions?)(?P<mid>\s+(?:moyens?\s+|moyennes?\s+)?)"
                r"de(?=\s+[+]?\d)", re.IGNORECASE), lambda m: _CHANGE_NOUNS53[m.group("noun").lower().rstrip("s").replace("é", "e")]
     .ljust(len(m.group("noun"))) + " " * len(m.group("mid")) + "of"),
    (re.compile(r"\b(?:moyen|moyenne|moyens|moyennes|global|globale|obtenue?s?)\b(?=\s+(?:de|d'|égale?|est|à)\b)", re.IGNORECASE), ""),
)


# French typography sets a space before "%": "92,9 % et 98,7 %, respectivement" is read as "92,9%,    98,7%,  " (the
# space after the sign and its comma, "et" a list comma)
_SPACE_PCT53 = re.compile(r"(?<=\d) %(?:(?P<et>\s+et)(?=\s+[+]?\d)|(?P<p>[,;.])(?=\s|$))?")


def _space_pct53(m: re.Match) -> str:
    return ("%," if m.group("et") else "%" + (m.group("p") or "")).ljust(m.end() - m.start())


def _french_words53(text: str) -> list[tuple[int, str]]:
    """(offset, replacement padded with spaces to the length of the French words) for a French abstract."""
    if not is_french53(text):
        return []
    out = [(m.start(), _space_pct53(m)) for m in _SPACE_PCT53.finditer(text)]
    for pattern, english in _FRENCH_WORDS53:
        for m in pattern.finditer(text):
            out.append((m.start(), (english(m) if callable(english) else english).ljust(m.end() - m.start())))
    return out


# -- the text the result step reads --------------------------------------------------------------------------------

_ASCII_DIGIT53 = re.compile(r"[0-9]")


def _has_digit53(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)`` (speed52: a Python loop over ~500 characters of each abstract): an ASCII
    digit is a digit; an ASCII text holds no other; only a text with other characters and no ASCII digit is looped
    over (superscripts and other scripts' digits are ``isdigit`` too)."""
    if _ASCII_DIGIT53.search(text) is not None:
        return True
    return not text.isascii() and any(ch.isdigit() for ch in text)


def rewrite53(text: str, metric_spans) -> str:
    """The text with decimal commas read as points and the brackets of a lone value after its metric read as spaces,
    one character for one (every offset stays the abstract's). ``metric_spans(sentence, offset)``: results.py's."""
    off = _results_off53()
    if len(off) == len(RESULTS_RULES53) or not _has_digit53(text):
        return text
    chars = None
    if "decimal-comma" not in off and "," in text:
        for i in _decimal_commas53(text):
            chars = chars or list(text)
            chars[i] = "."
    if "french-words" not in off:
        for start, english in _french_words53(text):
            chars = chars or list(text)
            chars[start : start + len(english)] = english
    if "metric-bracket" not in off:
        current = "".join(chars) if chars else text
        for a, b in _metric_brackets53(current, metric_spans):
            chars = chars or list(text)
            chars[a:b] = " " * (b - a)
    return "".join(chars) if chars else text


def restore_text53(original: str, rewritten: str, out: list) -> list:
    """Results read where the text was rewritten keep their digits as written ("92,9 %", not "92.9%")."""
    if original == rewritten or not out:
        return out
    kept = []
    for r in out:
        if original[r.start : r.end] != rewritten[r.start : r.end]:
            end = r.end + 1 if rewritten[r.end - 1 : r.end] == "%" and original[r.end : r.end + 1] == "%" else r.end
            written = original[r.start : end].strip()
            if re.sub(r"\D", "", written) == re.sub(r"\D", "", r.text):
                r = replace(r, text=written, end=end)
        kept.append(r)
    return kept


# -- more-metrics --------------------------------------------------------------------------------------------------

def more_metric_rows53() -> str:
    """Lexicon rows to add (the part "more-metrics"), in data/result-metrics.tsv's three columns, or "" when off."""
    if "more-metrics" in _results_off53():
        return ""
    rows = []
    data = resources.files("paperkg.extract").joinpath("data/result-metrics53.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, direction, forms, part, _provenance = line.split("\t")
        if part == "more-metrics":
            rows.append(f"{name}\t{direction}\t{forms}")
    return "\n" + "\n".join(rows) + "\n"


# a French word of change leading up to the value: "des améliorations en score BLEU de 3,73", "des gains
# jusqu'à 0,7 point BLEU", "une diminution du taux d'erreur de l'ordre de 12%", "gagner en exactitude (9%-17%)"
_FRENCH_CHANGE53 = re.compile(r"\b(?:am[ée]lior\w*|gains?|gagn\w*|augment\w*|r[ée]du\w*|dimin\w*|dimint\w*|baisses?|hausses?)\b",
                              re.IGNORECASE)


# what may stand between the change word and its value: a few words ("en score BLEU de", "du taux d'erreur de l'ordre
# de", "jusqu'à", "en exactitude ("), earlier values of the same list ("de 3,73 et"), no other statement
_LIST_BEFORE53 = re.compile(r"(?:[+]?\d+(?:[.,]\d+)?\s*%?\s*(?:,|et|à)\s*)+$")


def french_change53(original: str, out: list) -> list:
    """In a French abstract, a score a change word leads up to is a difference (part "french-words")."""
    if "french-words" in _results_off53() or not out or not is_french53(original):
        return out
    kept = []
    for r in out:
        if r.qualifier != "relative":
            before = original[max(0, r.start - 120) : r.start]
            changes = list(_FRENCH_CHANGE53.finditer(before))
            if changes:
                gap = _LIST_BEFORE53.sub("", before[changes[-1].end() :])
                if len(gap) <= 60 and not re.search(r"[\d=;,.:]|\b(?:atteign\w*|obten\w*|avec|sans)\b", gap):
                    r = replace(r, qualifier="relative", is_baseline=False)
        kept.append(r)
    return kept


# -- metric-list-article -------------------------------------------------------------------------------------------

# "a precision and a recall of 92.9% and 98.7%": an article before the next metric of a list
_JOIN_ARTICLE53 = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:an?\s+)$")


def metric_join53(gap: str) -> bool:
    """Whether ``gap`` (between two metrics, a space added) joins them in a list with an article: " and a "."""
    return "metric-list-article" not in _results_off53() and bool(_JOIN_ARTICLE53.match(gap))


# -- bd-rate-relative ----------------------------------------------------------------------------------------------

def bd_rate_relative53(out: list) -> list:
    """A BD-rate is a bit-rate difference against an anchor codec, never a score: relative, its size as the value
    ("-28.2% BD-rate saving" -> 28.2, relative)."""
    if "bd-rate-relative" in _results_off53() or not out:
        return out
    return [replace(r, value=abs(r.value), qualifier="relative") if r.metric == "BD-rate" and r.qualifier != "relative"
            else r for r in out]
