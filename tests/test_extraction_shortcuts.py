"""The shortcuts extraction takes for speed give what the long way gives.

Each one is checked against the long way it replaces, on every saved page we have (the
fixtures, the held-out pages and, when present, the real pages of ../shared/real-pages), so a
shortcut that stops being exact fails here.  ``benchmarks/snapshot_outputs.py`` checks the
whole outputs before and after a change.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import trafilatura
from lxml import etree

from crawler.extract.document import Document

ROOT = Path(__file__).resolve().parent.parent
REAL_PAGES = ROOT.parent / "shared" / "real-pages"


def saved_pages() -> list[tuple[str, bytes, str, str | None]]:
    """(name, bytes, url, content type) of every saved page: fixtures, held-out, real."""
    pages = []
    for path in sorted([*ROOT.glob("tests/fixtures/*/*/page.html"),
                        *ROOT.glob("benchmarks/heldout*/*/page.html")]):
        meta = json.loads((path.parent / "meta.json").read_text(encoding="utf-8"))
        pages.append((f"{path.parent.parent.name}/{path.parent.name}", path.read_bytes(),
                      meta["url"], (meta.get("headers") or {}).get("Content-Type")))
    if (REAL_PAGES / "manifest.json").is_file():
        for entry in json.loads((REAL_PAGES / "manifest.json").read_text(encoding="utf-8")):
            pages.append((entry["file"], (REAL_PAGES / entry["file"]).read_bytes(),
                          entry.get("url") or "https://example.vn/", None))
    return pages


PAGES = saved_pages()


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::7], ids=[p[0] for p in PAGES[::7]])
def test_trafilatura_leaves_the_tree_it_is_given_as_it_was(name, html, url, content_type) -> None:
    # The generic path hands trafilatura the document's own tree, without a copy, in its fast
    # mode and then, on some pages, its full one.
    root = Document.parse(html, url, content_type).root
    before = etree.tostring(root, encoding="unicode")
    for fast in (True, False):
        trafilatura.extract(root, include_comments=False, fast=fast)
        assert etree.tostring(root, encoding="unicode") == before


def every_selector() -> list[str]:
    """Every CSS selector extraction runs: the generic layers' and every profile's."""
    import dataclasses

    from crawler.extract import layers
    from crawler.sites import all_profiles

    found = {"head title", "[itemprop=datePublished]", 'a[rel~="tag"]'}
    for name in dir(layers):
        if name.endswith("_CSS"):
            found.update(getattr(layers, name))
    for profile in all_profiles().values():
        for item in dataclasses.fields(profile.fields):
            value = getattr(profile.fields, item.name)
            found.update([value] if isinstance(value, str) else value or ())
    return sorted(found)


SELECTORS = every_selector()


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::3], ids=[p[0] for p in PAGES[::3]])
def test_css_selectors_skipped_unrun_would_have_matched_nothing(name, html, url,
                                                                content_type) -> None:
    # css_elements does not run a selector asking for a class, id or attribute value no
    # element of the page carries, and runs the others from the attribute they ask for: on
    # every page, for every selector, it finds what parsel's translation of it finds.
    from parsel.csstranslator import HTMLTranslator

    from crawler.extract.css import css_elements, may_match

    doc = Document.parse(html, url, content_type)
    skipped = 0
    for css in SELECTORS:
        translated = etree.XPath(HTMLTranslator().css_to_xpath(css))
        full = [e for e in translated(doc.root) if isinstance(e, etree._Element)]
        assert css_elements(doc, css) == full, css
        skipped += not may_match(doc, css)
    assert skipped  # the shortcut is taken on every page (each lacks some class names)


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::3], ids=[p[0] for p in PAGES[::3]])
def test_attribute_values_read_with_their_elements_are_those_of_the_plain_scan(
        name, html, url, content_type) -> None:
    # A selector run from an attribute scans that attribute's values with their elements
    # first, and may_match then reads the values from that scan instead of a second one.
    from crawler.extract.document import attribute_xpath

    plain = Document.parse(html, url, content_type)
    shared = Document.parse(html, url, content_type)
    for attribute in ("class", "id", "itemprop", "rel"):
        shared.attribute_nodes(attribute)
        assert "attribute nodes:" + attribute in shared.cache
        assert shared.attribute_values(attribute) == plain.attribute_values(attribute)
        values = attribute_xpath(attribute)(plain.root)
        assert plain.attribute_values(attribute) == ("\n" + "\n".join(values) if values else "")


def test_a_selector_run_from_an_attribute_scans_it_once(monkeypatch) -> None:
    from crawler.extract import document
    from crawler.extract.css import css_elements

    doc = Document.parse('<html><body><div class="sapo">Chào</div></body></html>',
                         "https://a.vn/")
    monkeypatch.setattr(document, "attribute_xpath", None)  # the plain scan is not made
    assert [e.text for e in css_elements(doc, "div.sapo")] == ["Chào"]
    assert doc.attribute_values("class") == "\nsapo"


def test_what_a_selector_asks_the_page_to_carry() -> None:
    from crawler.extract.css import attribute_needs

    assert attribute_needs("div.sapo p, #main, h1") == (
        (("class", "sapo"),), (("id", "main"),), ())
    # Through combinators both sides count; an attribute name is lower-cased as in the tree.
    assert attribute_needs('[itemtype*="BreadcrumbList"] a, ol.breadcrumb > li + a') == (
        (("itemtype", "BreadcrumbList"),), (("class", "breadcrumb"),))
    assert attribute_needs("[itemProp=author]") == ((("itemprop", "author"),),)
    # What :not() names may be absent; "!=" and a case-insensitive match ask for nothing.
    assert attribute_needs("p:not(.ads), [class!=x], [class=X i]") == ((), (), ())
    assert attribute_needs("[data-src]") == ((("data-src", ""),),)


def test_a_selector_whose_every_branch_lacks_its_class_is_not_run() -> None:
    from crawler.extract.css import css_elements, may_match

    doc = Document.parse('<html><body><div class="sapo-box" id="x"><p>Chào</p></div>'
                         '<span data-src="">a</span></body></html>', "https://a.vn/")
    assert not may_match(doc, ".tomtat, #main p")
    assert css_elements(doc, ".tomtat, #main p") == []
    # A substring of a value is enough to run it (".sapo" is not "sapo-box": run, no match).
    assert may_match(doc, ".sapo") and css_elements(doc, ".sapo") == []
    assert may_match(doc, "[class*=sapo] p") and len(css_elements(doc, "[class*=sapo] p")) == 1
    assert may_match(doc, "[data-src]") and len(css_elements(doc, "[data-src]")) == 1


STRING_LENGTH = etree.XPath("string-length(.)")


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::3], ids=[p[0] for p in PAGES[::3]])
def test_an_elements_string_value_is_the_text_itertext_gives(name, html, url,
                                                            content_type) -> None:
    # printed_headline lets libxml2 measure each element's text (fields.SHORT_TEXT_ELEMENTS).
    root = Document.parse(html, url, content_type).root
    for element in root.iter():
        if isinstance(element.tag, str):
            assert STRING_LENGTH(element) == len("".join(element.itertext()))


def test_short_text_elements_are_those_outside_links_within_the_limit() -> None:
    from crawler.extract.fields.page import SHORT_TEXT_ELEMENTS

    doc = Document.parse('<html><body><div><h2>Phong Nha đón khách</h2><a href="/x"><span>'
                         'Tin</span></a><p>Một đoạn văn dài hơn giới hạn</p></div></body></html>',
                         "https://a.vn/")
    body = doc.root.find("body")
    assert [e.tag for e in SHORT_TEXT_ELEMENTS(body, limit=20)] == ["h2"]
    assert [e.tag for e in SHORT_TEXT_ELEMENTS(body, limit=200)] == ["body", "div", "h2", "p"]


def headline_of_by_scan(text: str, titles: list[str]) -> bool:
    """is_headline_of as first written: each title and separator tried in turn."""
    from crawler.extract import layers

    if len(text.split()) < 2:
        return False
    for title in titles:
        if text == title:
            return True
        for sep in layers.TITLE_SEPARATORS:
            if (title.startswith(text + sep) or title.endswith(sep + text)) \
                    and len(text) >= 0.4 * len(title):
                return True
        # (Round 57: a three-part title's opening of four words or more, whatever its share.)
        for sep in layers.TITLE_SEPARATORS:
            parts = title.split(sep)
            if len(parts) >= 3 and len(parts[0].split()) >= 4:
                if text == parts[0].strip():
                    return True
                break
    return False


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::3], ids=[p[0] for p in PAGES[::3]])
def test_headline_forms_accept_what_the_scan_accepted(name, html, url, content_type) -> None:
    # printed_headline looks each short element's text up in headline_forms(titles) instead of
    # trying every title and separator on it: the same answer for every text of the page.
    from crawler.extract.fields.page import declared_titles, is_headline_of
    from crawler.normalize.text import clean_text

    doc = Document.parse(html, url, content_type)
    titles = declared_titles(doc)
    texts = {clean_text("".join(e.itertext())) for e in doc.root.iter() if isinstance(e.tag, str)}
    texts.update(part for t in titles for part in re.split(r"( - | \| | – |: )", t))
    for text in texts:
        assert is_headline_of(text, titles) == headline_of_by_scan(text, titles), text


def test_headline_forms_cut_the_site_name_at_any_separator() -> None:
    from crawler.extract.fields.page import headline_forms

    forms = headline_forms(["Báo Quảng Bình - Phong Nha đón khách | Tin tức"])
    assert "Phong Nha đón khách | Tin tức" in forms
    assert "Báo Quảng Bình - Phong Nha đón khách" in forms
    assert "Báo Quảng Bình" not in forms and "Tin tức" not in forms


def test_a_selector_runs_from_the_attribute_its_first_step_asks_for() -> None:
    from crawler.extract.css import compiled_css, from_attributes

    assert from_attributes("descendant-or-self::div[@class and contains(@class, 'sapo') and "
                           "contains(concat(' ', normalize-space(@class), ' '), ' sapo ')]/a") \
        == ("//@class[contains(., 'sapo')]/parent::div[@class and contains(@class, 'sapo') and "
            "contains(concat(' ', normalize-space(@class), ' '), ' sapo ')]/a")
    # Left alone: a first step that tests no attribute, or one whose test an "or" makes
    # optional, or one that counts positions.
    for path in ("descendant-or-self::article/descendant::p",
                 "descendant-or-self::*[@lang and (@lang = 'en' or starts-with(@lang, 'en-'))]",
                 "descendant-or-self::*[@id = 'x' and position() = 1]"):
        assert from_attributes(path) == path
    # Each branch of a group on its own; a " | " inside a literal is no branch.
    assert compiled_css('.a, [title="x | y"]').path == (
        "//@class[contains(., 'a')]/parent::*[@class and contains(@class, 'a') and "
        "contains(concat(' ', normalize-space(@class), ' '), ' a ')] | "
        "//@title[. = 'x | y']/parent::*[@title = 'x | y']")


@pytest.mark.parametrize("name,html,url,content_type", PAGES, ids=[p[0] for p in PAGES])
def test_bytes_cut_for_the_parser_are_the_text_encoded_again(name, html, url,
                                                             content_type) -> None:
    from crawler.extract.document import decoded_html, stripped_utf8

    text, as_utf8 = decoded_html(html, content_type)
    if as_utf8:
        assert text == html.decode("utf-8")
        cut = stripped_utf8(text, html)
        assert cut is None or cut == text.strip().replace("\x00", "").encode("utf-8")


def test_bytes_are_only_cut_when_plain() -> None:
    from crawler.extract.document import decoded_html, stripped_utf8

    page = '<meta charset="utf-8"><p>Chào</p>'
    assert decoded_html(page.encode()) == (page, True)
    assert decoded_html(b"\xef\xbb\xbf" + page.encode())[1] is False  # a BOM
    assert decoded_html(page.encode() + b"\xff")[1] is False  # a byte replaced
    assert decoded_html(page.encode("utf-16"), "text/html; charset=utf-16")[1] is False
    assert decoded_html(page)[1] is False
    assert stripped_utf8(" \n" + page + "\r\n", (" \n" + page + "\r\n").encode()) == page.encode()
    for text in ("\xa0" + page, page + "\u3000", page + "\x00", " \n "):
        assert stripped_utf8(text, text.encode()) is None


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::3], ids=[p[0] for p in PAGES[::3]])
def test_declarations_read_from_their_attributes_are_those_of_the_plain_paths(
        name, html, url, content_type) -> None:
    from crawler.extract.document import (JSONLD_TEXTS, LINK_TAGS, META_TAGS, STYLED_ELEMENTS,
                                          decode_html, parse_tree)

    root = parse_tree(decode_html(html, content_type), url)
    for fast, plain in ((META_TAGS, "//meta[@content]"), (LINK_TAGS, "//link[@rel and @href]"),
                        (STYLED_ELEMENTS, "//*[@style]"),
                        (JSONLD_TEXTS, '//script[@type="application/ld+json"]/text()')):
        assert fast(root) == etree.XPath(plain, smart_strings=False)(root), plain


def test_an_expander_to_a_script_with_a_slash_is_still_dropped() -> None:
    from crawler.extract.document import drop_expanders

    doc = Document.parse('<p>Một hai ba bốn năm sáu bảy tám chín mười mười một. '
                         '<a href=" JavaScript:show(\'/more\')">(đọc thêm)</a></p>'
                         '<p><a href="/tin/a.html">Xem thêm</a></p>', "https://a.vn/")
    drop_expanders(doc.root)
    assert [a.get("href") for a in doc.root.iter("a")] == ["/tin/a.html"]


def test_a_selector_runs_from_the_elements_its_first_step_can_keep() -> None:
    from crawler.extract.css import css_elements, selector_start

    start = selector_start(".box > p.x")
    assert (start.attribute, start.text, start.equal) == ("class", "box", False)
    assert start.rest.path.startswith("$starts/self::*[@class and contains(@class, 'box')")
    assert selector_start("#main").equal and selector_start("#main").text == "main"
    assert selector_start(".a, .b") is None and selector_start("article p") is None
    page = ('<html><body><div class="box"><p class="x">Một</p><div class="boxes">'
            '<p class="x">Hai</p></div></div><div id="main"><p>Ba</p></div>'
            '<div id="main-2"><p>Bốn</p></div></body></html>')
    doc = Document.parse(page, "https://a.vn/")
    # "box" is in two class values ("box", "boxes"): both are started from.
    assert [e.text for e in css_elements(doc, ".box > p.x")] == ["Một"]
    assert [e.text for e in css_elements(doc, ".box p.x")] == ["Một", "Hai"]
    assert [e.text for e in css_elements(doc, ".boxes p")] == ["Hai"]
    assert [e.text for e in css_elements(doc, "#main p")] == ["Ba"]  # an id equal, not holding
    assert doc.carrying("id", "main") == [doc.root.find(".//div[@id='main']"),
                                          doc.root.find(".//div[@id='main-2']")]
    assert doc.carrying("id", "main", equal=True) == [doc.root.find(".//div[@id='main']")]


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::5], ids=[p[0] for p in PAGES[::5]])
def test_text_keys_are_the_plain_patterns(name, html, url, content_type) -> None:
    # text_key drops spaces with str.split and keeps paragraph-sized keys: same keys.
    import re

    from crawler.extract.body import text_key

    root = Document.parse(html, url, content_type).root
    for element in root.iter():
        if isinstance(element.tag, str):
            text = "".join(element.itertext())
            assert text_key(text) == re.sub(r"\W+", "", text).lower()
    for node in root.xpath("//text()")[:200]:  # lxml's own text results (str subclasses)
        assert text_key(node) == re.sub(r"\W+", "", node).lower()


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::5], ids=[p[0] for p in PAGES[::5]])
def test_clean_texts_kept_are_those_computed_again(name, html, url, content_type) -> None:
    import sys

    from crawler.normalize.text import _clean, clean_text

    root = Document.parse(html, url, content_type).root
    for node in root.xpath("//text()"):
        before = sys.getrefcount(node)
        assert clean_text(node) == _clean(node)
        assert type(clean_text(node)) is str
        # The cache keeps a plain copy, never lxml's result (which holds the whole tree).
        assert sys.getrefcount(node) == before


def test_the_text_caches_serve_one_page_not_the_pages_before() -> None:
    # A page read twice finds its lines in the caches no more often the second time.
    from crawler.extract import extract_article
    from crawler.extract.body import cached_key
    from crawler.normalize.text import _clean_cached

    name, html, url, content_type = PAGES[0]
    hits = []
    for _ in range(2):
        extract_article(html, url, content_type=content_type)
        hits.append((_clean_cached.cache_info(), cached_key.cache_info()))
    assert hits[0] == hits[1] and hits[0][0].hits > 0


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::5], ids=[p[0] for p in PAGES[::5]])
def test_element_texts_remembered_during_a_read_are_those_computed_after_it(
        name, html, url, content_type) -> None:
    # element_text computes each element's text once while a page is read
    # (body.remembering_texts): the tree does not change after the texts are asked, so each
    # remembered text is the element's text computed again from the tree once the read is over.
    from crawler.extract import read_document
    from crawler.extract.body import READ_TEXTS, remembering_texts
    from crawler.normalize.text import clean_text

    remembered = {}

    def read(*args, **kwargs):
        found = read_document.__wrapped__(*args, **kwargs)
        remembered.update(READ_TEXTS.get())
        return found

    remembering_texts(read)(html, url, content_type=content_type)
    assert remembered  # every page asks for some element's text
    for element, text in remembered.items():
        assert text == clean_text("".join(element.itertext()))
    assert READ_TEXTS.get() is None  # nothing is kept after the read


def test_element_texts_are_remembered_only_during_a_read() -> None:
    from lxml import html as lxml_html

    from crawler.extract.body import element_text, remembering_texts

    page = lxml_html.fromstring("<div><p>Tin  mới</p></div>")
    paragraph = page.find("p")
    assert element_text(paragraph) == "Tin mới"
    paragraph.text = "Tin cũ"
    assert element_text(paragraph) == "Tin cũ"  # outside a read: computed each time

    def read() -> tuple[str, str]:
        first = element_text(paragraph)
        paragraph.text = "Tin khác"
        return first, element_text(paragraph)

    # During a read the first text stands (the tree never changes while fields are read).
    assert remembering_texts(read)() == ("Tin cũ", "Tin cũ")
    assert element_text(paragraph) == "Tin khác"


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::5], ids=[p[0] for p in PAGES[::5]])
def test_code_points_mapped_run_by_run_are_those_translate_gives(name, html, url,
                                                                 content_type) -> None:
    # _canonical_code_points maps the runs of invisible and lookalike characters, not the
    # whole text with str.translate: the same text, on every text of the page and on the
    # page's whole text.
    import unicodedata

    from crawler.normalize.text import _CANONICAL_CHARS, _canonical_code_points

    def long_way(text: str) -> str:
        return unicodedata.normalize("NFC", text.translate(_CANONICAL_CHARS))

    root = Document.parse(html, url, content_type).root
    for text in [*root.xpath("//text()"), "".join(root.itertext())]:
        assert _canonical_code_points(text) == long_way(text)


def test_code_points_mapped_run_by_run_on_every_character_mapped() -> None:
    import unicodedata

    from crawler.normalize.text import _CANONICAL_CHARS, _canonical_code_points

    mapped = "".join(map(chr, _CANONICAL_CHARS))
    for text in (mapped, "a" + mapped + "b" + mapped[::-1], "Ð\u200bại\u00adhội\x07 ð",
                 "Tha\u200b\u0301i", "\u2066\u2069Đà Nẵng\ufeff"):
        assert _canonical_code_points(text) == unicodedata.normalize(
            "NFC", text.translate(_CANONICAL_CHARS))


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::5], ids=[p[0] for p in PAGES[::5]])
def test_squeezed_texts_are_those_of_the_whitespace_pattern(name, html, url,
                                                            content_type) -> None:
    # generic.squeeze drops whitespace with str.split, not re.sub(r"\s+"): the same text.
    import re

    from crawler.extract.generic import squeeze

    root = Document.parse(html, url, content_type).root
    for element in root.iter():
        if isinstance(element.tag, str):
            text = "".join(element.itertext())
            assert squeeze(text) == re.sub(r"\s+", "", text)


def test_squeeze_drops_every_whitespace_character_the_pattern_drops() -> None:
    import re
    import sys

    from crawler.extract.generic import squeeze

    every = "".join(chr(c) for c in range(sys.maxunicode + 1)
                    if not 0xD800 <= c <= 0xDFFF)
    assert squeeze("a" + every + "b") == re.sub(r"\s+", "", "a" + every + "b")


def test_vietnamese_letters_looked_up_as_a_set_are_those_the_pattern_matches() -> None:
    # generic.walk_is_the_text asks each word whether it holds a Vietnamese letter with a set,
    # not a case-insensitive regex class: the same letters, on every code point.
    import re
    import sys

    from crawler.extract.generic import VIETNAMESE_LETTERS

    pattern = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
                         re.IGNORECASE)
    assert {chr(c) for c in range(sys.maxunicode + 1) if pattern.match(chr(c))} == VIETNAMESE_LETTERS


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::5], ids=[p[0] for p in PAGES[::5]])
def test_elements_of_the_article_gathered_once_are_those_the_ancestor_walks_find(
        name, html, url, content_type) -> None:
    # generic.teaser_texts gathers the container, its descendants and its ancestors once;
    # is_teaser_item asked each item for its ancestors and the container for its own.
    from crawler.extract.generic import is_teaser_item

    root = Document.parse(html, url, content_type).root
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    for container in elements[::max(1, len(elements) // 12)]:
        article = {*container.iter(), *container.iterancestors()}
        for item in elements:
            assert (item in article) == (item is container or container in item.iterancestors()
                                         or item in container.iterancestors())
            if item in article:
                assert not is_teaser_item(item, container)


def test_organisation_prefixes_tested_at_once_are_those_tested_one_by_one() -> None:
    # byline._organisation and _press_source test every prefix with one str.startswith of a
    # tuple (prefix + " "), not a loop over the prefixes: the same answer on every printed
    # byline of the string sets, every piece of them, and the prefixes themselves.
    from crawler.normalize import byline

    texts = [*byline._ORGANISATION_PREFIXES, *(p + " x" for p in byline._ORGANISATION_PREFIXES),
             *(p + "x y" for p in byline._ORGANISATION_PREFIXES)]
    for path in sorted(ROOT.glob("benchmarks/heldout*/strings/bylines.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            texts += [text, *text.replace("-", ",").replace("\n", ",").split(",")]
    assert len(texts) > 200
    for text in texts:
        key = byline._key(text)
        # (Beside the prefixes, a centre by its initials, "TT Quản lý …", is read apart.)
        assert byline._organisation(text) == (any(key.startswith(p + " ") for p in byline._ORGANISATION_PREFIXES)
                                              or bool(byline._CENTRE_BY_INITIALS.match(text.strip()))), text
        assert key.startswith(byline._PRESS_STARTS) == any(
            key.startswith(p + " ") for p in byline._PRESS_PREFIXES), text


LABELLED_BLOCKS_PAGE = """<html><head><title>Nông dân thu hoạch lúa xuân sớm</title></head><body>
<h1>Nông dân thu hoạch lúa xuân sớm</h1>
<div class="detail-content"><p>Sáng 9/12, nông dân trong tỉnh tập trung thu hoạch lúa xuân
sớm trên những cánh đồng đã chín vàng, năng suất ước đạt cao hơn năm trước.</p></div>
<div><h3>Tin liên quan</h3><ul>
<li><a href="/tin/nuoc-tuoi-cho-vu-xuan-12345.html">Đủ nước tưới cho vụ xuân năm nay</a></li>
<li><a href="/tin/gia-lua-tang-manh-12346.html">Giá lúa tăng mạnh sau mùa mưa lũ</a></li></ul></div>
<div><h3>Tin cùng chuyên mục</h3><ul>
<li><a href="/tin/cho-tet-vung-cao-22345.html">Chợ Tết vùng cao đông vui nhộn nhịp</a></li>
<li><a href="/tin/duong-moi-ve-xa-22346.html">Con đường mới về xã vùng sâu hoàn thành</a></li></ul></div>
</body></html>"""


def test_related_blocks_left_out_are_read_only_to_be_explained(monkeypatch) -> None:
    # heuristic_related reads the stories of the blocks it leaves out only for the
    # explanation (`--explain`), not on every page: the same stories either way.
    from crawler.extract import read_page
    from crawler.extract.fields import related

    url = "https://baoxyz.vn/tin/lua-xuan-11111.html"
    calls: list[int] = []
    real = related.related_from_links

    def counted(anchors, base):
        calls.append(len(anchors))
        return real(anchors, base)

    monkeypatch.setattr(related, "related_from_links", counted)
    plain = read_page(LABELLED_BLOCKS_PAGE, url)
    assert len(calls) == 1
    explained = read_page(LABELLED_BLOCKS_PAGE, url, explain=True)
    assert len(calls) == 3
    assert plain.raw.related == explained.raw.related
    assert [r["title"] for r in plain.raw.related] == ["Đủ nước tưới cho vụ xuân năm nay",
                                                     "Giá lúa tăng mạnh sau mùa mưa lũ"]
    assert any(r["field"] == "related" and "Tin cùng chuyên mục" in r["why"]
               for r in explained.rejected)
