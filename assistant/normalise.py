"""The one text normalisation every format goes through.

Every character offset elsewhere in the system refers to the text this produces. The
contract for that text:

- Newlines are "\\n". Paragraphs are separated by exactly one blank line ("\\n\\n");
  a single "\\n" separates lines inside a paragraph, a list or a table.
- Table rows are single lines with cells separated by "\\t" (tabs are kept as they are,
  including empty cells); lines containing a tab are never joined to other lines.
- List items start with "• " whatever glyph the source used (Ø, ·, •, ▪, §, o, Symbol-font
  bullets); "- " items are left as they are. HTML <ol> items keep their numbers ("1. ").
- Non-breaking and other odd spaces become plain spaces; runs of spaces become one space;
  lines have no leading or trailing spaces (tabs are kept); zero-width characters go.
- A paragraph broken mid-sentence across a page boundary (it ends with a lowercase letter,
  a comma or a dash, and the next paragraph starts with a lowercase word) is joined with
  one space; a word hyphenated across the break is joined without one, whole ("recom-" /
  "mended") or keeping a compound's hyphen ("co-" / "operate", see `keeps_hyphen`). A stray
  "- " list marker in front of the continuation is dropped.
- Text layers made by OCR or by converting a document: a word hyphenated at a line end
  inside a paragraph ("recom-" / "mended") is read whole, the fragment moved up to the line
  it belongs to ("recommended" / the rest of the line); the hyphen stays when it belongs to
  the word (`keeps_hyphen`). Ligature characters (ﬁ ﬂ ﬀ ﬃ ﬄ) are their letters. A
  letter-spaced heading ("M I N U T E S", "C A B I N E T   M I N U T E S") is its words.

What each format contributes before this step is described in `readers`; page furniture
is removed before it (`furniture`), so no offset ever points into furniture.
"""
from __future__ import annotations

import re

from .names import mostly_capitalised

_SPACES = "\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_CHAR_MAP = {ch: " " for ch in _SPACES}
_CHAR_MAP.update({ch: "" for ch in "\u200b\ufeff\u00ad\u2060"})
_CHAR_MAP.update({chr(code): "" for code in (*range(0, 9), *range(14, 32), 127)})
_CHAR_MAP.update({"\f": "\n\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n\n"})
# Ligatures a PDF's text layer keeps as one character: the letters they are made of.
_CHAR_MAP.update({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                  "\ufb05": "st", "\ufb06": "st"})
_ODD_CHAR = re.compile("[" + re.escape("".join(_CHAR_MAP)) + "]")
_SPACE_RUN = re.compile(r" {2,}")
_BLANKISH_LINE = re.compile(r"^[ \t]+$", re.M)
_BLANK_RUN = re.compile(r"\n{3,}")
_GLYPHS = "•▪●■◦►➢➤‣⁃∙\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf0e0"
_BULLET = re.compile(rf"^[ \t]*(?:[{_GLYPHS}][ \t]*|[Ø·§o][ \t]+)(?=\S)", re.M)
_LONE_BULLET = re.compile(rf"^[ \t]*[{_GLYPHS}Ø·§o][ \t]*\n+(?=[^\s{_GLYPHS}])", re.M)


def normalise_text(text: str) -> str:
    """The one normalisation every format goes through (see the module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ODD_CHAR.sub(lambda m: _CHAR_MAP[m.group()], text)
    text = _LETTER_SPACED.sub(_spaced_words, text) if _SPACED_START.search(text) else text
    text = normalise_bullets(_SPACE_RUN.sub(" ", text))
    text = text.replace(" \n", "\n").replace("\n ", "\n").strip(" ")  # spaces are single by now
    text = _BLANKISH_LINE.sub("", text)
    text = join_hyphenated_words(join_broken_paragraphs(text))
    return _BLANK_RUN.sub("\n\n", text).strip("\n")


def page_starts(text: str, pages: list[str]) -> list[int]:
    """Where each page begins in `text`, the normalised text of the pages joined by blank lines.

    Normalisation changes spacing, bullets and line breaks but keeps the letters and
    digits, so page n begins where `text` reaches the letters and digits of the pages
    before it (each page normalised on its own to count them). A page is taken to begin at
    the start of its first line, unless it continues a line of the page before (a sentence
    joined across the break). An empty page begins where the next one does.
    """
    positions = [i for i, ch in enumerate(text) if ch.isalnum()]
    starts, counted = [], 0
    for page in pages:
        starts.append(_line_start(text, positions[counted]) if counted < len(positions) else len(text))
        counted += sum(ch.isalnum() for ch in normalise_text(page))
    return [0, *starts[1:]] if starts else []


def _line_start(text: str, at: int) -> int:
    """The start of the line holding `at` when only marks ("• ", "(") come before it there."""
    line_start = text.rfind("\n", 0, at) + 1
    return line_start if not any(ch.isalnum() for ch in text[line_start:at]) else at


def normalise_bullets(text: str) -> str:
    """Bullet glyphs at line start (Ø, ·, •, ▪, §, "o" + space, Symbol-font bullets) as "• ".

    A glyph alone on its line (as PDFs often give it) is put in front of the next line.
    """
    return _BULLET.sub("• ", _LONE_BULLET.sub("• ", text))


# Blank line(s) after a line ending in a lowercase letter, comma, dash or "&", before a
# line opening with a lowercase letter (behind a stray "- " marker the break left, maybe).
_BREAK = re.compile(r"(?<=[a-z,&\-–—])\n\n+(?:- )?(?=[a-z])")


def join_broken_paragraphs(text: str) -> str:
    """Join paragraphs broken mid-sentence (at a page boundary) to their continuation."""
    counts: dict[str, int] | None = None   # the document's words, counted once a hyphen needs them

    def join(match: re.Match) -> str:
        nonlocal counts
        previous = text[text.rfind("\n", 0, match.start()) + 1: match.start()]
        end = text.find("\n", match.end())
        line = text[match.start(): len(text) if end < 0 else end].lstrip("\n")
        if not is_continuation(previous, line):
            return match.group()
        if not (previous.endswith("-") and previous[-2:-1].isalpha()):
            return " "
        # a word hyphenated across the break: whole, or keeping a compound's hyphen ("co-" / "operate")
        counts = counts if counts is not None else _word_counts(text)
        first = re.search(r"[^\W\d_]+(?=-$)", previous)
        rest = re.match(r"(?:- )?([^\W\d_]+)", line)
        if first and rest and not keeps_hyphen(first.group(), rest.group(1), counts):
            return "\b"   # marks the hyphen before it for removal (control characters are gone by now)
        return ""

    joined = _BREAK.sub(join, text)
    return joined.replace("-\b", "") if "\b" in joined else joined


_CONTINUATION = re.compile(r"(?:- )?[a-z]")
_ENUMERATOR = re.compile(r"(?:- )?(?:[ivx]{1,4}|[a-z])[.)](?:\s|$)")


def is_continuation(previous: str, line: str) -> bool:
    """Whether `line` continues the sentence that `previous` leaves unfinished."""
    if not previous or not (previous[-1].islower() or previous[-1] in ",&-–—"):
        return False
    if "\t" in previous or "\t" in line or not _CONTINUATION.match(line) or _ENUMERATOR.match(line):
        return False
    return not looks_like_heading(previous)


def looks_like_heading(line: str) -> bool:
    """A short line in capitals or title case, with no sentence punctuation."""
    if len(line) > 200 or line[:1].islower():
        return False
    words = line.split()
    if not words or len(words) > 10 or line.endswith((",", ".", ";", ":")):
        return False
    return line.isupper() or mostly_capitalised(words)


# A heading printed letter-spaced: single letters one space apart, words two or more spaces (or a
# tab, a PDF's wide gap) apart, at least four letters in its first word ("M I N U T E S").
_SPACED_START = re.compile(r"(?m)^[ \t]*[^\W\d_] [^\W\d_] [^\W\d_] [^\W\d_](?: |\t|$)")
_LETTER_SPACED = re.compile(r"(?m)^[ \t]*[^\W\d_](?: [^\W\d_]){3,}(?:(?: {2,}|[ ]*\t[ \t]*)[^\W\d_](?: [^\W\d_])*)*[ \t]*$")


def _spaced_words(match: re.Match) -> str:
    groups = re.split(r" {2,}|[ ]*\t[ \t]*", match.group().strip(" \t"))
    return " ".join(group.replace(" ", "") for group in groups)


# A word broken at a line end with a hyphen: its first part (two letters or more, ending lowercase)
# at the end of a line, its rest (lowercase) opening the next, with what punctuation follows it.
_HYPHEN_WRAP = re.compile(r"(?<![\w-])(?P<first>[^\W\d_]*[a-z])-\n(?P<rest>[a-z][^\W\d_]*)(?P<stop>[^\s\w]*)(?P<gap> |(?=\n)|$)")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# First parts that make compounds ("co-operate", "long-term", "twenty-five") rather than being cut words.
# Few: most short prefixes also open words that are merely cut ("anti-" / "cipated", "ex-" / "ample").
_PREFIXES = frozenset("co non self well cross long twenty thirty forty fifty sixty seventy eighty ninety".split())


def join_hyphenated_words(text: str) -> str:
    """Words hyphenated at line ends inside a paragraph read whole (see the module docstring)."""
    if "-\n" not in text:
        return text
    counts = _word_counts(text)
    return _HYPHEN_WRAP.sub(lambda match: _joined(text, match, counts), text)


def _word_counts(text: str) -> dict[str, int]:
    """How often each word, and each part of a hyphenated word, occurs in `text` (lowercased)."""
    counts: dict[str, int] = {}
    for word in _WORDS.findall(text):
        counts[word.lower()] = counts.get(word.lower(), 0) + 1
        for part in word.lower().split("-") if "-" in word else ():
            counts[part] = counts.get(part, 0) + 1
    return counts


def _joined(text: str, match: re.Match, counts: dict[str, int]) -> str:
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end("stop"))
    if "\t" in text[line_start:match.start()] or "\t" in text[match.start("rest"):len(text) if line_end < 0 else line_end]:
        return match.group()   # a table row is never joined to another line
    first, rest = match.group("first"), match.group("rest")
    word = f"{first}-{rest}" if keeps_hyphen(first, rest, counts) else first + rest
    more = match.group("gap") == " "
    return f"{word}{match.group('stop')}" + ("\n" if more else "")


def keeps_hyphen(first: str, rest: str, counts: dict[str, int]) -> bool:
    """Whether "first-" / "rest" at a line break is a hyphenated compound rather than one word cut.

    The document decides when it writes the word elsewhere (whole, or with its hyphen); failing
    that, a compound's first part is a prefix such as "co" or "long", or both parts are words
    the document uses on their own ("council-" / "owned").
    """
    lower_first, lower_rest = first.lower(), rest.lower()
    whole, hyphened = counts.get(lower_first + lower_rest, 0), counts.get(f"{lower_first}-{lower_rest}", 0)
    if whole or hyphened:
        return hyphened > whole
    if lower_first in _PREFIXES and len(rest) >= 3:
        return True
    # the parts of this break count once each; a compound's parts are also words of their own elsewhere
    return len(first) >= 3 and len(rest) >= 3 and counts.get(lower_first, 0) > 1 and counts.get(lower_rest, 0) > 1
