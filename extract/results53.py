"""Decimal commas, a lone value in brackets after its metric, metric names the lexicon lacked (issue 12, session 43).

On the released results parts (every part but blind40-42), three kinds of missed tuples a general rule can see without
adding wrong ones:

- decimal-comma: a value written with a decimal comma ("une précision et un rappel de 92,9 % et 98,7 %", "a recall of
  79,42%") was never read: the step skips "92,9" as a number written another way (results.py ``_GLUED_DIGITS``). The
  comma is read as a point, one character for one so every offset stays the abstract's, (a) in a French abstract (at
  least five French function words; French writes thousands with a space or a point, so "0,853" is a decimal), any
  "D,D" with at most three digits on either side; (b) elsewhere only "D,D" with one or two digits after the comma
  and a percent sign right after ("85,9%"): three digits after a comma are a thousands separator ("1,000"). The
  result keeps the digits as written (``text`` "92,9 %").
- metric-bracket: a value alone in brackets right after its metric ("our best F-measure (82.2%) outperforms",
  "ranked 11th by Labeled Attachment Score metric (70.64%)", "structural similarity index measure (SSIM, up to
  25.67%)") was read with no metric bound: the step's left gap does not pass a bracket. The brackets (and a "metric"
  word before them, and the comma after a metric name inside them) are read as spaces, one for one. Not a signed
  value ("F1 (+3.5)": results49's gain), not a bracket holding other words ("accuracy (Table 2)", "accuracy for
  X (47%)": the metric does not stand right before the bracket).
- more-metrics: metric names of result statements the lexicon (data/result-metrics.tsv) did not know, read from
  data/result-metrics53.tsv (rows tagged with the part and their provenance): BD-rate (video coding), collision
  rate, false alarm / false positive / false negative rate, AMOTA (tracking), Ign F1 (document-level relation
  extraction), robust accuracy, CRR (correct recognition rate, biometrics), MLAS / BLEX (CoNLL 2018 UD), median /
  mean distance error (geolocation), adaptive calibration error, top-1 localization error.

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
# anywhere: one or two digits after the comma and a percent sign at once ("85,9%", "79,42 %", "12,5\%")
_PCT_DECIMAL53 = re.compile(r"(?<![\d,.])\d{1,3},\d{1,2}(?=\s?(?:%|\\%))")


def is_french53(text: str) -> bool:
    """Whether the abstract is written in French (five French function words or more)."""
    return len(_FRENCH53.findall(text)) >= 5


def _decimal_commas53(text: str) -> list[int]:
    """Offsets of the commas that are decimal points."""
    pattern = _FRENCH_DECIMAL53 if is_french53(text) else _PCT_DECIMAL53
    return [m.start() + m.group().index(",") for m in pattern.finditer(text)]


# -- metric-bracket ------------------------------------------------------------------------------------------------

_VALUE53 = r"(?:(?:up\s+to|about|around|approximately|nearly|over|~|≈)\s*)?\d+(?:\.\d+)?\s?(?:%|\\%)?"
# after a metric: the word "metric" / "measure", then a bracket holding only the value ("LAS metric (70.64%)"); the
# step reads "accuracy (0.712)" already, the word is what stops it
_AFTER_METRIC53 = re.compile(rf"(?P<word>\s+(?:metric|measure))\s*\(\s*{_VALUE53}\s*\)")
# inside a bracket: a metric name, a comma or colon, the value ("(SSIM, up to 25.67%)")
_INSIDE_AFTER53 = re.compile(rf"\s*(?P<sep>[,:])\s*{_VALUE53}\s*\)")


def _metric_brackets53(text: str, metric_spans) -> list[tuple[int, int]]:
    """Spans to read as spaces: a "metric" word between a metric and its bracketed value; the opening bracket and the
    comma of "(SSIM, up to 25.67%)"."""
    if "(" not in text:
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

# French connectives of a result statement read as the English words the step knows, one character for one, in a
# French abstract only: "une précision et un rappel de 92,9 % et 98,7 %, respectivement", "un F-score moyen de
# 73,75 %", "un taux d'erreur de l'ordre de 9,9%", "une précision supérieure à 70%"
_FRENCH_WORDS53 = (
    (re.compile(r"(?<=\s)et\s+(?:une?|de|d'|la|le|les)(?=\s)", re.IGNORECASE), "and"),
    (re.compile(r"(?<=\d)\s+et(?=\s+[+]?\d)"), ","),
    (re.compile(r"\brespectivement\b", re.IGNORECASE), "respectively"),
    (re.compile(r"\bde\s+l'ordre\s+de\b", re.IGNORECASE), "of about"),
    (re.compile(r"\b(?:environ|approximativement)\b", re.IGNORECASE), "about"),
    (re.compile(r"\bsup[ée]rieure?s?\s+(?:à|a)(?=\s)", re.IGNORECASE), "over"),
    (re.compile(r"\binf[ée]rieure?s?\s+(?:à|a)(?=\s)", re.IGNORECASE), "below"),
    # words after a value the step takes for a unit ("9,9% en employant"): the English preposition
    (re.compile(r"(?<=[\d%])\s+(?:en|dans)(?=\s)"), " in"),
    (re.compile(r"(?<=[\d%])\s+par(?=\s)"), " by"),
    (re.compile(r"(?<=[\d%])\s+avec(?=\s)"), " with"),
    (re.compile(r"(?<=[\d%])\s+contre(?=\s)"), " versus"),
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
            out.append((m.start(), english.ljust(m.end() - m.start())))
    return out


# -- the text the result step reads --------------------------------------------------------------------------------

def rewrite53(text: str, metric_spans) -> str:
    """The text with decimal commas read as points and the brackets of a lone value after its metric read as spaces,
    one character for one (every offset stays the abstract's). ``metric_spans(sentence, offset)``: results.py's."""
    off = _results_off53()
    if len(off) == len(RESULTS_RULES53) or not any(ch.isdigit() for ch in text):
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
            if re.sub(r"[\s,.]", "", written) == re.sub(r"[\s,.]", "", r.text):
                r = replace(r, text=written)
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
