"""A web page nested thousands of elements deep is read in time that grows with its size, not its square."""
from __future__ import annotations

from growth import growth, line_growth

from assistant.documents import read_document


def nested_page(tmp_path, depth: int):
    html = ("<html><body><main>" + "<div><section>" * depth + "<p>The committee noted the report.</p>"
            + "</section></div>" * depth + "</main></body></html>")
    path = tmp_path / f"deep{depth}.html"
    path.write_text(html, encoding="utf-8")
    return lambda: read_document(path)


def test_a_deeply_nested_page_is_read_in_linear_time(tmp_path):
    assert nested_page(tmp_path, 3000)().text == "The committee noted the report."
    assert growth(lambda depth: nested_page(tmp_path, depth), 1500) < 2.6


def nested_links_page(tmp_path, depth: int):
    """Bars of links nested inside one another thousands deep: each is looked at once."""
    html = ("<html><body><main><p>The committee noted the report.</p>"
            + "<div><span><a href='d.pdf'>Report</a> | <a href='e.pdf'>Email</a>" * depth + "</span></div>" * depth
            + "</main></body></html>")
    path = tmp_path / f"links{depth}.html"
    path.write_text(html, encoding="utf-8")
    return lambda: read_document(path)


def test_a_page_of_deeply_nested_link_bars_is_read_in_linear_time(tmp_path):
    assert nested_links_page(tmp_path, 300)().text.startswith("The committee noted the report.")
    assert growth(lambda depth: nested_links_page(tmp_path, depth), 1500) < 2.6


def nested_tables_page(tmp_path, depth: int):
    """Tables nested in one another's cells thousands deep, as a hostile or broken page has them."""
    html = "<html><body>" + "<table><tr><td>" * depth + "The committee noted the report." + "</body></html>"
    path = tmp_path / f"tables{depth}.html"
    path.write_text(html, encoding="utf-8")
    return lambda: read_document(path)


def test_tables_nested_deep_are_read_in_linear_time(tmp_path):
    assert nested_tables_page(tmp_path, 300)().text == "The committee noted the report."
    assert growth(lambda depth: nested_tables_page(tmp_path, depth), 400) < 2.6


def nested_list_page(tmp_path, depth: int, tag: str):
    """Lists inside list items thousands deep: bs4 walks a tag's whole subtree to append to it, so
    each list's end must not be marked in the tree."""
    html = (f"<html><body><main><{tag}><li>" * depth + "The committee noted the report."
            + f"</li></{tag}>" * depth + "</main></body></html>")
    path = tmp_path / f"list-{tag}{depth}.html"
    path.write_text(html, encoding="utf-8")
    return lambda: read_document(path)


def test_deeply_nested_lists_are_read_in_linear_time(tmp_path):
    for tag in ("ul", "ol"):
        assert "The committee noted the report." in nested_list_page(tmp_path, 300, tag)().text
        assert line_growth(lambda depth: nested_list_page(tmp_path, depth, tag), 600) < 2.6
