"""The body of a page no profile knows: trafilatura finds the text, Vietnamese rules clean it.

Boilerplate removal on arbitrary pages is a solved problem we do not re-solve: trafilatura
(well kept, and the best-scoring open extractor on the public benchmark) gives the article's
paragraphs.  What it does not know is Vietnamese newsroom furniture that sits *inside* the
article: the byline as a last short line, photo captions, "Xem thêm:" lines, the sapo repeated
as the first paragraph, the printed timestamp and view count.  Our own walk of the page
(crawler.extract.body) found those; here they are taken out of trafilatura's text.

Old table-layout CMSs are where trafilatura is weak (it prints layout tables as "| ... |"
rows): there the walk's own paragraphs are used instead.  Where every line the walk found is
a sentence of a Vietnamese text, trafilatura is not run at all: it would find the same.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.body import (BLOCK_TAGS, BYLINE_AGENCY, BYLINE_PREFIX, GLUED_CREDIT, SECTION_NUMBER,
                                  LINE_CLOSED, SEE_ALSO, Block, Body, announces_document, element_text, is_furniture_line,
                                  is_headline_as_sentence, is_meta_line, in_site_footer, lines_spelling_a_printed_line,
                                  looks_like_byline, text_key)
from crawler.extract.document import LARGE_PAGE_MARK
from crawler.extract.layers import (MAX_KEYWORD_WORDS, OTHER_SECTIONS, RELATED_HEADING, TAG_LABEL_WORDS,
                                    TAGS_HEADING)
from crawler.normalize.text import clean_text

TABLE_ROW = re.compile(r"^\s*\|")
LIST_BULLET = re.compile(r"^\s*[-*•]\s+")
# Share of trafilatura's text that the walk's container must hold to be trusted as a filter.
CONTAINER_COVERAGE = 0.6
# Share of trafilatura's (non-table) text the walk must have found to be preferred on a page
# trafilatura reads as layout tables.
LAYOUT_WALK_SHARE = 0.5


def squeeze(text: str) -> str:
    """Text without whitespace, to compare paragraphs however lines were broken (str.split's
    whitespace is the regex's ``\\s``: a third of the time of ``re.sub``).

    >>> squeeze("Sáng 9/12,\\u00a0tỉnh\\n Thái Bình")
    'Sáng9/12,tỉnhTháiBình'
    """
    return "".join(text.split())


def trafilatura_paragraphs(root: etree._Element, fast: bool = True) -> list[str]:
    """trafilatura's plain-text paragraphs for the page (comments left out); none for a
    large page (crawler.extract.document.LARGE_PAGE_BYTES: trafilatura copies the tree
    twice), whose body is then the walk's.

    ``fast`` skips trafilatura's comparison of its result with readability's and jusText's
    (a third of its time): ``generic_body`` asks for the comparison only where the fast text
    and the walk's container disagree.

    trafilatura is given our tree itself: since 2.3 it copies a tree it is given before it
    changes anything (``tests/test_extraction_shortcuts.py`` checks that it leaves it as it
    was), so a copy of our own would only be copied again."""
    if root.get(LARGE_PAGE_MARK):
        return []
    # Imported here, not at the top: a crawl whose pages all have a profile never needs
    # trafilatura, and its extraction worker is ~9 MB lighter without it.
    import trafilatura

    text = trafilatura.extract(root, include_comments=False, fast=fast) or ""
    return [p for p in (clean_text(line) for line in text.split("\n")) if p]


def page_text_of(paragraph: str) -> str:
    """A trafilatura line as the page prints it: "- item" without its bullet, "| a | b |"
    without its bars."""
    if TABLE_ROW.match(paragraph):
        return paragraph.replace("|", "")
    return LIST_BULLET.sub("", paragraph)


def item_lines(item: etree._Element) -> list[str]:
    """The lines of a list item, as its ``<br>``s break them (the document's preparation has
    put a line break after each: crawler.extract.document)."""
    if item.find(".//br") is None:
        return []
    return "".join(item.itertext()).split("\n")


def as_the_page_prints_items(root: etree._Element, paragraphs: list[str]) -> list[str]:
    """trafilatura's list items as the page prints them, without the "- " it puts before each:
    the reader sees the list's bullet or number ("1. Đặt vấn đề"), never a hyphen.  A dash the
    writer typed stays: "<p>- Luật …</p>" is no list item, and "<li>- Luật …</li>" prints the
    dash inside the item, which trafilatura's "- " then stands before."""
    if not any(LIST_BULLET.match(p) for p in paragraphs):
        return paragraphs
    # (Each line of an item too: trafilatura prints an item's lines broken by <br> apart, the
    # first with its "- ": "<li><strong>- Khu học chánh …</strong><br>Khu vực 1: …</li>".)
    items = {text_key(line) for li in root.iter("li") for line in (element_text(li), *item_lines(li))}
    return [page_text_of(p) if LIST_BULLET.match(p) and text_key(page_text_of(p)) in items
            else p for p in paragraphs]


# The shortest run of text whose lines trafilatura printed apart is looked for in the walk.
MIN_JOINED_CHARS = 20


def as_the_walk_joins_lines(paragraphs: list[str], walked: Body) -> list[str]:
    """trafilatura's paragraphs, with the lines it printed apart that the walk read as one
    (see ``body.paragraph_text``: a sentence broken by a ``<br>`` after "và", a paragraph
    hard-wrapped every 90-odd characters) joined again as the walk joined them.

    >>> walked = Body(paragraphs=["Giáo xứ mừng kính Thánh Cả và Cha chánh xứ."])
    >>> as_the_walk_joins_lines(["Giáo xứ mừng kính Thánh Cả và", "Cha chánh xứ.", "Hết."], walked)
    ['Giáo xứ mừng kính Thánh Cả và Cha chánh xứ.', 'Hết.']
    """
    joined_lines: dict[str, list[tuple[str, str]]] = {}
    for paragraph in walked.paragraphs:
        for line in paragraph.split("\n"):
            squeezed = squeeze(line)
            if len(squeezed) > MIN_JOINED_CHARS:
                joined_lines.setdefault(squeezed[:MIN_JOINED_CHARS], []).append((squeezed, line))
    out: list[str] = []
    index = 0
    while index < len(paragraphs):
        first = squeeze(paragraphs[index])
        candidates = [c for c in joined_lines.get(first[:MIN_JOINED_CHARS], ()) if len(c[0]) > len(first)]
        taken = None
        for squeezed, line in candidates:
            run, end = first, index + 1
            while end < len(paragraphs) and len(run) < len(squeezed) and squeezed.startswith(run) \
                    and not LINE_CLOSED.search(paragraphs[end - 1]):
                run += squeeze(paragraphs[end])
                end += 1
            if run == squeezed:
                taken = (line, end)
                break
        if taken is None:
            out.append(paragraphs[index])
            index += 1
        else:
            out.append(taken[0])
            index = taken[1]
    return out


def as_the_page_prints_rows(paragraphs: list[str]) -> list[str]:
    """A data table's rows kept in the text as the reader sees them, each row's cells in
    order on one line, without the bars trafilatura draws between them ("| 🥇 Vô địch |
    200.000 tệ |" -> "🥇 Vô địch 200.000 tệ"); a row of rules only ("| --- | --- |") is none.

    >>> as_the_page_prints_rows(["Cơ cấu giải thưởng:", "| Hạng mục | Tiền thưởng |", "| --- | --- |",
    ...                          "| Vô địch | 200.000 tệ |"])
    ['Cơ cấu giải thưởng:', 'Hạng mục Tiền thưởng', 'Vô địch 200.000 tệ']
    """
    if not any(TABLE_ROW.match(p) for p in paragraphs):
        return paragraphs
    out = []
    for paragraph in paragraphs:
        if TABLE_ROW.match(paragraph):
            cells = [c.strip() for c in paragraph.strip().strip("|").split("|")]
            paragraph = " ".join(c for c in cells if c and not RULE_CELL.match(c))
            if not paragraph:
                continue
        out.append(paragraph)
    return out


# A table's rule cell in trafilatura's text ("---", ":---:").
RULE_CELL = re.compile(r"^:?-{3,}:?$")


def looks_like_layout_tables(paragraphs: list[str]) -> bool:
    """True when trafilatura turned a table-layout page into "| cell | cell |" rows, or into one
    row that is all it found (the page's one layout cell, headline, date and text run
    together)."""
    rows = sum(1 for p in paragraphs if TABLE_ROW.match(p))
    return (rows >= 2 and rows >= len(paragraphs) / 5) or rows == len(paragraphs) == 1


def row_holds_the_text(paragraphs: list[str], walked: Body) -> bool:
    """True when one "| cell | cell |" row of trafilatura's holds every paragraph the walk
    found: the page's layout table (a sidebar's visitor counter in one cell, the article in
    the next), not a data table inside the article, which never holds the whole text.

    >>> row_holds_the_text(["| Đang online: 3 | Tin A. Đoạn một. Đoạn hai. |"],
    ...                    Body(paragraphs=["Đoạn một.", "Đoạn hai."]))
    True
    """
    texts = [squeeze(p) for p in walked.paragraphs]
    return bool(texts) and any(TABLE_ROW.match(p) and all(t in squeeze(p) for t in texts)
                               for p in paragraphs)


def generic_body(root: etree._Element, container: etree._Element | None, walked: Body, *,
                 furniture: list[str], site_root: bool = False,
                 meta: tuple[str | None, ...] = ()) -> tuple[list[str], str | None]:
    """The article's paragraphs: trafilatura's, minus the Vietnamese furniture found by the
    walk (``walked``) and the printed ``furniture`` lines (title, sapo, timestamp, views ...).

    When the walk's content container holds most of trafilatura's text, trafilatura's
    paragraphs outside it (a footer's address, a sidebar teaser) are dropped; when it does not,
    the container was a wrong guess and trafilatura is trusted alone.

    trafilatura is not run where every line the walk found is a sentence of a Vietnamese
    text (``walk_is_the_text``): there it found the same text, and it is most of the path's
    time.
    Elsewhere it runs in its fast mode first; its full cascade (the comparison with readability
    and jusText) decides where the fast text is empty, reads as layout tables, or is not
    mostly inside the container: there the fast mode may have taken a whole page's menus for
    the text.  Not on the ``site_root``, the home page, which is never an article (see
    crawler.extract.classify), whatever text is found on it.

    Returns the paragraphs and, when trafilatura's text ended with one the walk had missed,
    the byline.
    """
    # A credit block is read line by line; trafilatura may print its lines apart.
    byline_lines = (walked.byline or "").split("\n")
    # (A caption the editor also set as the subheading under its photo stays, as a heading.)
    headings = {text_key(h) for h in walked.headings}
    unwanted = {text_key(t) for t in (*furniture, walked.byline, *byline_lines, walked.lead) if t} \
        | {text_key(i["caption"]) for i in walked.images if i["caption"]} - headings
    title = furniture[0] if furniture else None
    if title and any(is_headline_as_sentence(p, title) for p in walked.paragraphs):
        # The text's opening sentence is the headline with its stop: it stays, and only the
        # headline's own lines go (see the filter below).
        unwanted.discard(text_key(title))
    # A section's heading in the headline's words, after the text's first paragraph, which the
    # walk kept (body.section_headings_after_prose): it stays there, never over the text.
    section_title = bool(title) and text_key(title) in {text_key(p) for p in walked.paragraphs[1:]}
    if section_title:
        unwanted.discard(text_key(title))
    if not site_root and not root.get(LARGE_PAGE_MARK) and walk_is_the_text(walked, container):
        # Every line of the walk is a sentence of the text: trafilatura could only agree.
        paragraphs = walked.paragraphs
    elif not site_root and walked.captions_are_text:
        paragraphs = walked.paragraphs
    elif not site_root and is_document_notice(walked, container):
        # A notice of a line or two over its attached document: trafilatura, finding so
        # little text, takes the page's boxes for it.
        paragraphs = walked.paragraphs
    else:
        # The teasers of the page's story lists, gathered once and only when asked for.
        teasers: dict[str, str] = {}
        paragraphs = trafilatura_text(root, walked, fast=True)
        inside = container_text(root, container, paragraphs, unwanted, teasers) \
            if paragraphs else None
        if paragraphs == [] or (paragraphs and container is not None and inside is None
                                and not site_root):
            paragraphs = trafilatura_text(root, walked, fast=False)
            inside = container_text(root, container, paragraphs, unwanted, teasers) \
                if paragraphs else None
        if not paragraphs:
            # Old table layouts: the walk's paragraphs, unless the walk found little of the text
            # (then the rows are a data table inside the article, and trafilatura has the text),
            # without the printed furniture (a related block's label closing them).
            return [p for p in walked.paragraphs if text_key(p) not in unwanted], None
        if glues_the_walk(paragraphs, walked, container, title):
            paragraphs, inside = walked.paragraphs, None
        elif inside is None and only_story_lists(root, container, paragraphs, unwanted, teasers) \
                and not in_site_footer(container):
            # trafilatura took a site-wide list of stories (the latest, each a headline link and
            # its time) for the text: the walk's paragraphs, if any, are the text.  Not when the
            # walk itself is lost in the site's footer (a listing page: its stories are all
            # there is).
            paragraphs = walked.paragraphs
        paragraphs = inside if inside is not None else paragraphs
    # A line without a letter or digit ("| , |", a photo table's comma caption) is no text.
    meta_keys = [text_key(m) for m in meta if m]
    kept = without_tag_lines([p for i, p in enumerate(paragraphs)
                              if not SEE_ALSO.match(p) and not is_furniture_line(page_text_of(p))
                              and text_key(p) not in unwanted
                              and (text_key(p) != text_key(title or "") or is_headline_as_sentence(p, title)
                                   or (section_title and i > 0))
                              and text_key(p)
                              and not is_meta_line(p, meta_keys)])
    # The headline printed again over the text, broken over lines (a <br> in one paragraph)
    # that trafilatura prints apart, as the walk leaves it out (crawler.extract.body).
    if title:
        del kept[:lines_spelling_a_printed_line([Block(p) for p in kept], {text_key(title)})]
    # (Not a heading the printed furniture names: a related block's label closing the text.)
    kept = [p for p in with_subheadings(kept, walked) if text_key(p) not in unwanted]
    kept = with_closing_list(kept, walked)
    kept = as_the_page_prints_items(root, kept)
    kept = as_the_page_prints_rows(kept)
    kept = as_the_walk_joins_lines(kept, walked)
    byline = None
    # The last two lines, or only the last when the walk found the byline already: then a bold
    # subheading above the last paragraph is no second byline.
    for index in range(len(kept) - 1, max(len(kept) - (2 if walked.byline else 3), -1), -1):
        if is_byline_line(root, kept[index]):
            byline = kept.pop(index)
            break
    return kept, byline


def is_document_notice(walked: Body, container: etree._Element | None) -> bool:
    """True when the container holds a short text (under ``MIN_WALK_CHARS``, the walk's and
    all its own) and the document it announces, linked or shown in a frame ("Thông tư
    10_2016_BGD quy định quy chế công tác HSSV" over TT10_2016_BGDDT.pdf): a document notice
    of a portal or a school's office."""
    if container is None or not walked.paragraphs or len(element_text(container)) >= MIN_WALK_CHARS:
        return False
    return announces_document(container)


def glues_the_walk(paragraphs: list[str], walked: Body, container: etree._Element | None,
                   title: str | None = None) -> bool:
    """True when one of trafilatura's paragraphs holds every paragraph the walk found and
    runs over the container's edge, or holds the ``title`` too, which none of the walk's
    does: the header (section, headline, date, poster), the text, the photos' captions and
    the byline printed as one line (a WordPress photo story of one paragraph and captioned
    figures; a one-paragraph post whose container is the whole post).  The walk's
    paragraphs are then the text."""
    if container is None or not walked.paragraphs:
        return False
    texts = [squeeze(p) for p in walked.paragraphs]
    inside = squeeze(element_text(container))
    headline = squeeze(title) if title else None
    glued_headline = bool(headline) and not any(headline in t for t in texts)
    return any((squeeze(p) not in inside or (glued_headline and headline in squeeze(p)))
               and all(t in squeeze(p) for t in texts)
               for p in paragraphs)


# The walk's text is taken without trafilatura when it has at least this many paragraphs and
# characters, every paragraph (its subheadings aside) a sentence of this many words or more...
MIN_WALK_PARAGRAPHS = 2
MIN_WALK_CHARS = 300
MIN_SENTENCE_WORDS = 5
# ... and the text is Vietnamese: two words in five or more carry a Vietnamese letter (prose
# has about two in three; English, even quoting Vietnamese names, under one in five).
VIETNAMESE_WORD_SHARE = 0.4
# Looked up as a set (``isdisjoint`` with each word: a third of the time of a regex search).
VIETNAMESE_LETTERS = frozenset("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                               "ĂÂĐÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ")


def walk_is_the_text(walked: Body, container: etree._Element | None) -> bool:
    """True when the walk's paragraphs are all sentences (no line break inside) of a
    Vietnamese text long enough to be an article's, and its ``container`` holds no form:
    then trafilatura is not asked.  What trafilatura takes out of a container that the walk
    keeps is short lines (menus, share bars, labels, a section's name, a player's clock) and a
    comment form's prompt; it joins lines a page broke inside a paragraph.  On the Vietnamese
    pages we have, trafilatura's text was the walk's on every page this lets through but one,
    where it had glued a layout table's visitor counter to the text (docs/design.md, "The
    body").  Only on Vietnamese text: the walk's rules for what is no text are Vietnamese
    newsroom rules, and on the public benchmark's English pages trafilatura still removes
    promo sentences and finds text a wrong container guess left out.

    >>> from lxml import html
    >>> sentences = [
    ...     "Sáng 9/12, Hội đồng nhân dân tỉnh Thái Bình khai mạc kỳ họp thứ mười một khóa XVII.",
    ...     "Kỳ họp xem xét, quyết định nhiều nội dung quan trọng về phát triển kinh tế - xã hội.",
    ...     "Các đại biểu đã thảo luận sôi nổi về kế hoạch đầu tư công trung hạn của tỉnh năm sau.",
    ...     "Kỳ họp dự kiến diễn ra trong ba ngày, bế mạc vào chiều thứ Năm tuần này."]
    >>> text = html.fromstring("<div>" + "".join(f"<p>{s}</p>" for s in sentences) + "</div>")
    >>> walk_is_the_text(Body(paragraphs=sentences), text)
    True
    >>> walk_is_the_text(Body(paragraphs=[*sentences, "Chia sẻ Facebook Zalo"]), text)
    False
    """
    if container is None or next(container.iter("form"), None) is not None:
        return False
    headings = set(walked.headings)
    if walked.paragraphs and walked.paragraphs[-1] in headings \
            or any(RELATED_HEADING.search(h) or OTHER_SECTIONS.match(h) for h in headings):
        # A heading that closes the text, or names a list of stories, is a block's label left
        # in the container ("Cùng chuyên mục"), which trafilatura leaves out.
        return False
    text = [p for p in walked.paragraphs if p not in headings]
    if len(text) < MIN_WALK_PARAGRAPHS or sum(map(len, text)) < MIN_WALK_CHARS:
        return False
    if not all(len(p.split()) >= MIN_SENTENCE_WORDS and "\n" not in p and LINE_CLOSED.search(p)
               for p in text):
        return False
    words = " ".join(text).split()
    vietnamese = sum(1 for w in words if not VIETNAMESE_LETTERS.isdisjoint(w))
    return vietnamese >= VIETNAMESE_WORD_SHARE * len(words)


def trafilatura_text(root: etree._Element, walked: Body, fast: bool) -> list[str] | None:
    """trafilatura's paragraphs without the captions and the byline it glued to the text;
    None on an old table-layout page whose text the walk has (see ``generic_body``), and an
    empty list when trafilatura found nothing."""
    paragraphs = trafilatura_paragraphs(root, fast=fast)
    if paragraphs and (looks_like_layout_tables(paragraphs)
                       or row_holds_the_text(paragraphs, walked)) and sum(map(len, walked.paragraphs)) \
            >= LAYOUT_WALK_SHARE * sum(len(p) for p in paragraphs if not TABLE_ROW.match(p)):
        return None
    paragraphs = without_leading_captions(paragraphs, [i["caption"] for i in walked.images])
    return without_glued_byline(paragraphs, walked.byline)


def container_text(root: etree._Element, container: etree._Element | None,
                   paragraphs: list[str], unwanted: set[str],
                   teasers: dict[str, str] | None = None) -> list[str] | None:
    """The ``paragraphs`` printed inside ``container``, when they are most of the text; None
    when they are not, or none is (or there is no container).  ``teasers`` keeps the page's
    story-list teasers once gathered (see ``story_teasers``)."""
    if container is None:
        return None
    inside = squeeze(element_text(container))
    # trafilatura prints list items as "- item" and table rows as "| a | b |": the bullet
    # and the bars are not in the page's text.  What is left out anyway (the headline, the
    # sapo, a related block's titles) does not count for or against the container.
    considered = [p for p in paragraphs if text_key(p) not in unwanted]
    kept_inside = [p for p in considered if squeeze(p) in inside
                   or squeeze(page_text_of(p)) in inside]
    if any(is_short_line(p) for p in kept_inside):
        # A menu's "Chương trình" is also the first words of a sentence inside: a line of a
        # word or two is inside only as a text of its own there.
        pieces = {squeeze(t) for t in container.itertext()}
        kept_inside = [p for p in kept_inside if not is_short_line(p) or squeeze(p) in pieces
                       or squeeze(page_text_of(p)) in pieces]
    if not holds_most(kept_inside, considered):
        # The teasers of a story list outside the container (the site's latest stories,
        # each a headline link and a summary) are no text of the article either: they
        # count neither way.  Looked for only here, where they can change the verdict.
        found = story_teasers(root, container, {} if teasers is None else teasers)
        if found:
            considered = [p for p in considered if not is_teaser(p, found)]
    return kept_inside if kept_inside and holds_most(kept_inside, considered) else None


def story_teasers(root: etree._Element, container: etree._Element, seen: dict[str, str]) -> str:
    """``teaser_texts`` of the page, gathered on the first call and kept in ``seen``: the
    lists are looked for in one walk of the page however often a page's text asks."""
    if "teasers" not in seen:
        seen["teasers"] = teaser_texts(root, container)
    return seen["teasers"]


def only_story_lists(root: etree._Element, container: etree._Element | None,
                     paragraphs: list[str], unwanted: set[str], seen: dict[str, str]) -> bool:
    """True when trafilatura's ``paragraphs``, the headline, lead and other printed
    ``unwanted`` lines aside, are only teasers of story lists outside ``container`` and the
    short labels over them ("Tin mới" over "Kiên Giang: Sơ kết chuyển đổi số 14/06 09:54",
    …): a page whose text is short or split by a form, where trafilatura took the site's
    latest stories for the text.

    >>> from lxml import html
    >>> page = html.fromstring("<div><div id='text'><p>Bài viết.</p></div><div>"
    ...     "<b>Tin mới</b><ul>" + "".join(f"<li><a href='/tin-{i}.html'>Lâm Đồng: Phát động "
    ...     f"cải tạo kênh số {i}</a> <span>02/09</span></li>" for i in range(3)) + "</ul></div></div>")
    >>> lines = ["Tin mới", *(f"- Lâm Đồng: Phát động cải tạo kênh số {i} 02/09" for i in range(3))]
    >>> only_story_lists(page, page.get_element_by_id("text"), lines, set(), {})
    True
    >>> only_story_lists(page, page.get_element_by_id("text"),
    ...                  [*lines, "Một đoạn văn của bài viết nằm ngoài khung."], set(), {})
    False
    """
    if container is None:
        return False
    considered = [p for p in paragraphs if text_key(p) not in unwanted]
    teasers = story_teasers(root, container, seen) if considered else ""
    rest = [p for p in considered if not is_teaser(p, teasers)] if teasers else considered
    return bool(teasers) and len(rest) < len(considered) and all(map(is_short_line, rest))


def is_short_line(paragraph: str) -> bool:
    """A line of one or two words of letters only ("Chương trình"), a menu's label; not a
    labelled line ("Tài khoản: @abc") nor a sentence written without spaces.

    >>> is_short_line("Chương trình"), is_short_line("Ảnh: @hoa"), is_short_line("Tin tức khác")
    (True, False, False)
    """
    words = paragraph.split()
    return len(words) <= 2 and len(paragraph) <= 20 and all(w.isalpha() for w in words)


def holds_most(inside: list[str], considered: list[str]) -> bool:
    """True when the paragraphs found ``inside`` the container are most of the text
    (CONTAINER_COVERAGE of the ``considered`` paragraphs' length)."""
    return sum(map(len, inside)) >= CONTAINER_COVERAGE * sum(map(len, considered))


# A list of stories: at least this many sibling items of one kind, each a teaser.
MIN_STORY_ITEMS = 3
# A story's headline has this many words or more ("Nét duyên thầm của thiếu nữ Thái").
MIN_HEADLINE_WORDS = 4


def teaser_texts(root: etree._Element, container: etree._Element) -> str:
    """The text of every teaser of a story list outside ``container`` (the site's latest
    stories, a section's list, "Tin cùng chuyên mục"), squeezed and one item a line.

    A story list is what every Vietnamese CMS prints around an article in one shape or
    another: at least three sibling items of one kind (tag and class), each an item that
    holds a headline link to another page (see ``is_teaser_item``), with its picture, time
    and summary.  None is ever the article's text."""
    items: list[str] = []
    # The elements no teaser can be (the container, what it holds, what holds it), gathered
    # once: asking each item for its ancestors walked up the tree a thousand times a page.
    article = {*container.iter(), *container.iterancestors()}
    for parent in root.iter():
        if len(parent) < MIN_STORY_ITEMS or not isinstance(parent.tag, str):
            continue
        kinds: dict[tuple[str, str], list[etree._Element]] = {}
        for child in parent:
            if isinstance(child.tag, str):
                kinds.setdefault((child.tag, child.get("class", "")), []).append(child)
        for siblings in kinds.values():
            teasers = [s for s in siblings if is_teaser_item(s, container, article)] \
                if len(siblings) >= MIN_STORY_ITEMS else []
            if len(teasers) >= MIN_STORY_ITEMS:
                items.extend(squeeze(element_text(t)) for t in teasers)
    return "\n".join(items)


def is_teaser_item(item: etree._Element, container: etree._Element,
                   article: set[etree._Element] | None = None) -> bool:
    """An item of a story list, outside the article's ``container``: it holds a headline (four
    words or more) linked to another page and printed on a line of its own (the item itself,
    a heading, a line between ``<br>``s), not a link inside a sentence.

    >>> from lxml import html
    >>> page = html.fromstring("<div><div id='text'><p>Bài</p></div><ul>"
    ...     "<li><h3><a href='/tin-1.html'>Nông dân thu hoạch lúa xuân sớm</a></h3>"
    ...     "<p>Nông dân trong tỉnh đang tập trung thu hoạch.</p></li>"
    ...     "<li><p>Theo <a href='/tin-2.html'>báo cáo của Sở Nông nghiệp tỉnh</a>, năm nay"
    ...     " được mùa.</p></li></ul></div>")
    >>> [is_teaser_item(li, page.get_element_by_id("text")) for li in page.iter("li")]
    [True, False]

    ``article``, when given, is the set of the container, its descendants and its ancestors
    (``teaser_texts`` gathers it once for all the items it asks about).
    """
    if article is not None:
        if item in article:
            return False
    elif item is container or container in item.iterancestors() \
            or item in container.iterancestors():
        return False
    for anchor in item.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        title = element_text(anchor) or clean_text(anchor.get("title", ""))
        if len(title.split()) >= MIN_HEADLINE_WORDS and on_a_line_of_its_own(anchor, item):
            return True
    return False


def on_a_line_of_its_own(anchor: etree._Element, item: etree._Element) -> bool:
    """True when no text stands right before or after ``anchor`` up to the block holding it
    (``<h3><a>…</a></h3>``, ``<td><a>…</a><br>tóm tắt</td>``), or ``anchor`` is ``item``."""
    element = anchor
    while element is not item:
        parent = element.getparent()
        previous = element.getprevious()
        before = previous.tail if previous is not None else parent.text
        if (before or "").strip() or (element.tail or "").strip():
            return False
        if parent is item or parent.tag in BLOCK_TAGS:
            return True
        element = parent
    return True


def is_teaser(paragraph: str, teasers: str) -> bool:
    """True when trafilatura's ``paragraph`` is (part of) one item of ``teaser_texts``."""
    text = squeeze(page_text_of(paragraph))
    return bool(text) and text in teasers


def with_subheadings(kept: list[str], walked: Body) -> list[str]:
    """Put back the subheadings (``<h3>`` inside the text) that trafilatura dropped: when it
    does not recognise the container (a class it does not know, "emag-body"), its fallback
    keeps the paragraphs and loses the headings between them.  A heading goes back only
    between the two paragraphs the walk printed around it, when trafilatura kept them side by
    side (or before the first, when the heading opens the text).

    >>> walked = Body(paragraphs=["Đoạn một.", "Thung lũng", "Đoạn hai."], headings=["Thung lũng"])
    >>> with_subheadings(["Đoạn một.", "Đoạn hai."], walked)
    ['Đoạn một.', 'Thung lũng', 'Đoạn hai.']
    """
    keys = [text_key(p) for p in kept]
    walked_keys = [text_key(p) for p in walked.paragraphs]
    for heading in dict.fromkeys(walked.headings):
        key = text_key(heading)
        # Each place the walk printed it: a heading the text's table of contents lists too
        # ("1. Trợ giúp pháp lý là gì?") is dropped by trafilatura as a repeat.
        for at in (i for i, k in enumerate(walked_keys) if k == key and key):
            if keys.count(key) >= walked_keys.count(key):
                break
            after = walked_keys[at + 1] if at + 1 < len(walked_keys) else None
            before = walked_keys[at - 1] if at > 0 else None
            if after not in keys:
                if closes_the_text(heading, at, walked) and before is not None and keys and keys[-1] == before:
                    kept.append(heading)
                    keys.append(key)
                continue
            index = keys.index(after)
            if (before is None and index == 0) or (index > 0 and keys[index - 1] == before):
                kept.insert(index, heading)
                keys.insert(index, key)
    return kept


# A list item of the text: a clause of six words or more closed by ";" or "." (the objectives
# of a project, the steps of a procedure), not a link's title.
LIST_CLAUSE_WORDS = 6


def with_closing_list(kept: list[str], walked: Body) -> list[str]:
    """Put back the list closing the text that trafilatura left out with its label ("Mục tiêu
    cụ thể:" over three objectives, each a clause closed by ";" or "."): when the walk printed,
    right after trafilatura's last paragraph, a line ending with a colon and nothing after it
    but such clauses.

    >>> walked = Body(paragraphs=["Đoạn văn đầu.", "Mục tiêu cụ thể:",
    ...     "Nâng cao năng lực cho các tổ chức cộng đồng ở địa phương;",
    ...     "Cải thiện sinh kế cho các hộ thành viên của nhóm."])
    >>> with_closing_list(["Đoạn văn đầu."], walked)[-1]
    'Cải thiện sinh kế cho các hộ thành viên của nhóm.'
    """
    if not kept or not walked.paragraphs:
        return kept
    keys = [text_key(p) for p in walked.paragraphs]
    last = text_key(kept[-1])
    if last not in keys:
        return kept
    tail = walked.paragraphs[keys.index(last) + 1:]
    # The label itself may be trafilatura's last line, the list all it left out.
    label_kept = kept[-1].rstrip().endswith(":") and len(kept[-1].split()) <= 8
    items = tail if label_kept else tail[1:]
    if len(items) < 2 or not (label_kept or (tail[0].rstrip().endswith(":") and len(tail[0].split()) <= 8)) \
            or not all(len(p.split()) >= LIST_CLAUSE_WORDS and p.rstrip().endswith((";", "."))
                       and "\n" not in p for p in items):
        return kept
    return kept + tail


def closes_the_text(heading: str, at: int, walked: Body) -> bool:
    """True when ``heading``, the walk's paragraph ``at``, is a numbered section heading with
    only headings after it: a report's last section, whose content is a figure or a table that
    trafilatura left out with its headings ("2. Hệ thống kiểm soát nhiễm khuẩn" over "2.1. Sơ đồ
    hệ thống (Hình 1)" and the figure).  An unnumbered heading there is a block's label left in
    the container ("Cùng chuyên mục"), no text.

    >>> walked = Body(paragraphs=["Đoạn một.", "2. Sơ đồ tổ chức", "Tin cùng chuyên mục"],
    ...               headings=["2. Sơ đồ tổ chức", "Tin cùng chuyên mục"])
    >>> closes_the_text("2. Sơ đồ tổ chức", 1, walked), closes_the_text("Tin cùng chuyên mục", 2, walked)
    (True, False)
    """
    headings = set(walked.headings)
    return bool(SECTION_NUMBER.match(heading)) and all(p in headings for p in walked.paragraphs[at + 1:])


def without_leading_captions(paragraphs: list[str], captions: list[str | None]) -> list[str]:
    """trafilatura joins a photo's caption to the paragraph printed right after it when no
    whitespace separates their elements (``<div><img><em>caption</em></div><div>text</div>``):
    the caption the walk found is cut off the front of the line.

    >>> without_leading_captions(["Bản làng. Sáng 9/12, hội nghị khai mạc."], ["Bản làng."])
    ['Sáng 9/12, hội nghị khai mạc.']
    """
    heads = [c for c in captions if c]
    out = []
    for paragraph in paragraphs:
        for caption in heads:
            if paragraph.startswith(caption + " "):
                paragraph = paragraph[len(caption):].strip()
                break
        out.append(paragraph)
    return out


def without_glued_byline(paragraphs: list[str], byline: str | None) -> list[str]:
    """trafilatura joins a credit the page pushes right with spaces inside the paragraph
    ("… hoa quả.        <b>P.V</b>") to the paragraph's last sentence; the walk printed it
    apart as the byline, so it is cut off the end of the line.

    >>> without_glued_byline(["Trẻ em đón Tết Trung thu. P.V"], "P.V")
    ['Trẻ em đón Tết Trung thu.']
    """
    if not byline or "\n" in byline:
        return paragraphs
    out = []
    for paragraph in paragraphs:
        if paragraph.endswith(" " + byline) and BODY_SENTENCE_END.search(paragraph[:-len(byline)]):
            paragraph = paragraph[:-len(byline)].strip()
        elif (glued := GLUED_CREDIT.search(paragraph)) and glued["credit"] == byline:
            paragraph = paragraph[:glued.start()].rstrip()  # "… đối kháng.( Hoàng Nguyên)"
        out.append(paragraph)
    return out


BODY_SENTENCE_END = re.compile(r"[.!?…”\"]\s*$")


def without_tag_lines(paragraphs: list[str]) -> list[str]:
    """Leave out a printed tag list: a "Từ khóa:"/"Tags" label line with the list of short
    comma-separated phrases after it, or both on one line ("Tags: a, b, c").

    >>> without_tag_lines(["Nội dung bài viết.", "Từ khóa:", "lúa xuân, thủy lợi"])
    ['Nội dung bài viết.']
    """
    kept: list[str] = []
    skip_list = False
    for paragraph in paragraphs:
        if TAGS_HEADING.match(paragraph):
            skip_list = True
            continue
        label = TAGS_LINE.match(paragraph)
        if (skip_list and is_phrase_list(paragraph)) or (label and is_phrase_list(
                paragraph[label.end():])):
            skip_list = False
            continue
        skip_list = False
        kept.append(paragraph)
    return kept


TAGS_LINE = re.compile(rf"^\s*({TAG_LABEL_WORDS}|thẻ)\s*:\s*", re.IGNORECASE)


def is_phrase_list(text: str) -> bool:
    """Short phrases joined by commas: "lúa xuân, thủy lợi, nước tưới" (three or more may be
    longer, a journal's keywords); or a journal's
    keywords joined by semicolons, longer phrases that may hold commas, a stray dot after a
    space closing them ("phòng, chống tham nhũng; hoàn thiện pháp luật  .")."""
    if ";" in text:
        items = [i.strip() for i in re.sub(r"\s+\.\s*$", "", text).split(";") if i.strip()]
        longest = MAX_KEYWORD_WORDS
    else:
        items = [i.strip() for i in re.split(r"[,|]", text) if i.strip()]
        # Three keywords or more may be as long as a journal's set apart by semicolons (see
        # fields.tag_line_items).
        longest = MAX_KEYWORD_WORDS if len(items) >= 3 else 6
    return bool(items) and all(len(i.split()) <= longest for i in items) \
        and not any(i.endswith((".", "?", "!")) for i in items)


def is_byline_line(root: etree._Element, text: str) -> bool:
    """A line that only a byline would be: "Bài và ảnh: ...", "Theo TTXVN", "(VOV)", or a
    short line the page prints bold or right-aligned, like a name."""
    if len(text) > 80:
        return False
    if BYLINE_PREFIX.match(text) or BYLINE_AGENCY.search(text):
        return True
    key = text_key(text)
    return any(looks_like_byline(Block(text=text, element=element))
               for element in root.iter("p", "div", "td", "span")
               if len(element) <= 3 and text_key(element_text(element)) == key)
