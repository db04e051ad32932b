"""Bytes of a text file as str: BOMs, UTF-8, then the best guess; binary junk refused."""
from __future__ import annotations

import codecs
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
    check_binary_bytes(data, path)
    try:
        return _checked_text(data.decode("utf-8-sig"), path)
    except UnicodeDecodeError:
        return _checked_text(_decode_detected(data, path), path)


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
