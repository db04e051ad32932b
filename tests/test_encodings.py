"""Text files in the encodings councils' systems produce: UTF-16 without a byte-order mark, and
UTF-8 mixed with Windows-1252 where a file was pieced together from both."""
from __future__ import annotations

from assistant.decoding import utf16_without_bom
from assistant.documents import read_document

TEXT = ("Cabinet\n\n1. Café licensing\n\nThe Leader’s report on pavement café licences was noted; "
        "the fee stays at £45.\n")


def test_utf16_without_a_byte_order_mark_is_read(tmp_path):
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(TEXT.encode(codec))
        assert utf16_without_bom(path.read_bytes()) == codec
        assert "The Leader’s report on pavement café licences" in read_document(path).text


def test_utf8_mixed_with_windows_1252_reads_both_parts(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Cabinet\n\n1. Café licensing\n\n".encode("utf-8")
                     + "The Leader’s report on pavement café licences was noted; the fee is £45.\n".encode("cp1252"))
    text = read_document(path).text
    assert "1. Café licensing" in text and "The Leader’s report on pavement café licences" in text
    assert "Ã" not in text and "\ufffd" not in text


def test_plain_text_is_not_taken_for_utf16(tmp_path):
    assert utf16_without_bom(TEXT.encode("utf-8")) is None
    assert utf16_without_bom(TEXT.encode("cp1252")) is None
