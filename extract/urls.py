"""Code and project links: every URL, including scheme-less ``//github.com/...`` as abstracts print them."""

from __future__ import annotations

import re

from .scan import word_start_scan

URL = re.compile(
    r"(?<![\w/@.])(?:https?://|//(?=[\w-]+\.[\w.-]+)|www\.|(?:github|gitlab|huggingface)\.(?:com|co|io)/)"
    r"[^\s<>\"'(){}\[\]]+"
)


def find_urls(text: str) -> list[str]:
    """URLs in order of appearance, as written, without trailing punctuation; duplicates dropped."""
    seen: list[str] = []
    if "/" not in text and "www." not in text:
        return seen
    # URL starts with a look-behind: re would try it at every character; its leads are found with str.find
    # (scan.LeadScan: "http", "//", "www.", "github", ...), the same matches.
    for m in word_start_scan(URL).finditer(text):
        url = m.group(0).rstrip(".,;:!?")
        if url.count("//") and len(url.split("//", 1)[1]) < 4:
            continue
        if url not in seen:
            seen.append(url)
    return seen
