"""Bytes of a text file as str: BOMs, UTF-16 without one, UTF-8 (mixed with Windows-1252
where a file was pieced together from both), then the best guess; binary junk refused."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from .errors import UnreadableFile

_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Bytes that never occur in text in any 8-bit or UTF-8 encoding (tab, newlines, form feed,
# vertical tab and escape are allowed).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_BINARY_SAMPLE = 1 << 20
MAX_CONTROL_RATIO = 0.05
_SINGLE_BYTE_FAMILIES = ("cp12", "cp437", "cp850", "cp858", "latin", "iso8859", "mac")


def decode_text(data: bytes, path: Path) -> str:
    """Bytes of a text file as str: BOM, then UTF-8, then charset_normalizer's best guess."""
    if data.startswith(_UTF32_BOMS):
        return _checked_text(data.decode("utf-32", errors="replace"), path)
    if data.startswith(UTF16_BOMS):
        return _checked_text(data.decode("utf-16", errors="replace"), path)
    utf16 = utf16_without_bom(data)
    if utf16:
        return _checked_text(data.decode(utf16, errors="replace"), path)
    check_binary_bytes(data, path)
    try:
        return _checked_text(data.decode("utf-8-sig"), path)
    except UnicodeDecodeError:
        if _UTF8_SEQUENCE.search(data):   # some of it is UTF-8: the rest is read as Windows-1252
            return _checked_text(data.decode("utf-8-sig", errors=_CP1252_FALLBACK), path)
        return _checked_text(_decode_detected(data, path), path)


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "-be" when every other byte of the start is zero, as in UTF-16 text in a
    Latin script; None otherwise."""
    sample = data[:4096] if len(data) % 2 == 0 else data[:4095]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


# A well-formed multi-byte UTF-8 sequence: in a file that is not all UTF-8, a sign that parts are.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_FALLBACK = "minutes-qa-cp1252"


def _read_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error(_CP1252_FALLBACK, _read_as_cp1252)


def _decode_detected(data: bytes, path: Path) -> str:
    """Decode non-UTF-8 bytes; Windows-1252 wins over other single-byte guesses."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableFile(f"{path} is not text in any encoding we recognise (binary data?)")
    encoding = codecs.lookup(best.encoding).name
    if encoding.startswith(_SINGLE_BYTE_FAMILIES) or encoding == "utf-8":
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return data.decode(encoding, errors="replace")


def check_binary_bytes(data: bytes, path: Path) -> None:
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_RATIO * len(sample):
        raise UnreadableFile(f"{path} looks like binary data, not text"
                             " (check the file is not corrupt or given the wrong extension)")


def _checked_text(text: str, path: Path) -> str:
    """The text, unless too many of its characters are controls or undecodable."""
    sample = text[:_BINARY_SAMPLE]
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f\v\x1b"))
    if bad > MAX_CONTROL_RATIO * max(len(sample), 1):
        raise UnreadableFile(f"{path} looks like binary data, not text"
                             " (check the file is not corrupt or given the wrong extension)")
    return text
