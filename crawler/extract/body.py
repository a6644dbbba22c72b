"""The article body: paragraphs in reading order, with images, captions and the byline set apart.

The walk turns a content container into a flat list of blocks (paragraphs, images), then a few
Vietnamese-newsroom rules take out what is not article text: photo captions, the byline printed
as the last short bold or right-aligned paragraph, "Xem thêm:" link lines, and the sapo when the
CMS repeats it as the first paragraph.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from itertools import islice
from typing import Any, Callable
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from crawler.extract import layers
from crawler.normalize.byline import (CREDITED_HEADLINE, JOB_TITLE, names_an_office, PUBLICATION_NOTE, REPORTER_HANDOVER, SOURCED_FROM,
                                      SURNAMES, WRITING_GENRES, is_desk_signature, parse_byline)
from crawler.normalize.text import clean_text
from crawler.normalize.urls import absolute_url, same_site_view, site_host

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
# Inside a body these hold site furniture, never article text.
FURNITURE_TAGS = frozenset({"nav", "aside", "header", "footer"})
# NukeViet's news module prints the article image's caption as "<p class=imgalt>".
CAPTION_CLASS = re.compile(r"caption|chu-?thich|figcaption|(img|image|photo|pic)[_-]?(desc|note|title|alt)|"
                           r"(note|desc)[_-]?(img|image|photo)", re.IGNORECASE)
# Lines that point readers elsewhere: "Xem thêm: ...", "Đọc thêm >>", "Mời quý vị xem ...", "Xem Hình", an
# aggregator's link to the story it summarises ("Xem bài gốc: <address>"), and their English
# forms on bilingual sites ("Read more: ...", "Related: ...").
# (Not an invitation to come somewhere: "Mời các bạn đọc đến với thư viện trường", "bạn đọc"
# the readers.)
SEE_ALSO = re.compile(r"^\s*(>>+\s*|\*+\s*)?(xem thêm|đọc thêm|xem tiếp|mời (quý vị|quý độc giả|bạn|các bạn)"
                      r" (xem|đọc|theo dõi)(?! (đến|tới) )|tin liên quan|bài liên quan|"
                      r"(xem|đọc) (bài|tin|bài viết) gốc|link (bài|tin) gốc|"
                      # A pointer to the story on another site, its address on the next line:
                      # "Xem bài chi tiết tại link sau:", "Xem nội dung chi tiết tại địa chỉ".
                      r"(xem|đọc) ((bài|tin|bài viết|nội dung|thông tin) )?chi tiết (tại|ở) "
                      r"(link|đường link|đường dẫn|địa chỉ)\b|"
                      r"(read more|see more|read also|also read|related( post| story)?)\s*:|"
                      # A link to the story's pictures or video on a page of their own, the
                      # whole line ("Xem Hình", "Xem ảnh >>", "Xem video tại đây").
                      r"(xem|bấm xem|click xem) (hình|hình ảnh|ảnh|album( ảnh)?|video|clip)"
                      r"( tại đây)?\s*(:|>+|»)?\s*$|"
                      # A prompt to open the album linked under it ('Xin "click" lên hình để
                      # xem các hình trong album này:', "Bấm vào ảnh để xem album"): the link's.
                      r"(xin\s+)?[\"“]?(click|bấm|nhấn|nhấp)[\"”]?\s+(vào|lên)\s+(hình|ảnh|hình ảnh)"
                      r"\s+(để\s+)?xem\b[^.!?]{0,60}(:|>+|»|\.)?\s*$)",
                      re.IGNORECASE)
# Page furniture printed as a short line inside the text: an update time ("Cập nhật lúc 10:30
# 12/03/2023", "Updated at 1:23 p.m.", "Ngày viết: 05/5/2025"), a reading time, a share prompt, an invitation to
# follow the paper on Google News, Zalo or a newsletter; the name of an uploaded file a
# portal prints as the photo's or the attachment's title ("Tiếp cận pháp luạt.jpg"), and the
# attachment's label ("File đính kèm: Tải về"); Joomla's "Lần cập nhật cuối ( … )"; NukeViet's
# rating lines ("Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "Click để đánh giá bài viết").
FURNITURE_LINE = re.compile(
    r"^\s*([^\n]{1,80}\.(jpe?g|png|gif|webp|bmp|pdf|docx?|xlsx?|pptx?|rar|zip)\s*$"
    r"|(cập nhật|ngày đăng|đăng lúc|đăng ngày|đăng vào|ngày viết|viết ngày|updated|published|posted)"
    r"( lúc| ngày| vào| at| on)?\s*:?\s*\d{1,2}\s*[:h/.-]\s*\d[^!?]{0,40}$"
    r"|(tệp|file|tập tin|tài liệu) đính kèm\s*:"
    # A serial's marker closing an instalment: "(Còn tiếp)", "(Còn nữa)", "(Hết)".
    r"|\(\s*(còn tiếp|còn nữa|hết|xem tiếp kỳ sau)\s*\)\s*\.?\s*$"
    r"|lần cập nhật cuối\s*:?\s*\(?[^()]{0,60}\d[^()]{0,40}\)?\s*$"
    r"|tổng số điểm của bài viết là\s*:?\s*[\d.,]+ trong [\d.,]+ đánh giá\s*$"
    r"|(click|bấm|nhấn) (vào )?(để|đây để) đánh giá( bài viết)?\s*[.!]?\s*$"
    # A star-rating widget's legend (WordPress' kk Star Ratings: "Loading 5/5 - (2 đánh giá)").
    r"|(loading|đang tải)?\s*\d(?:[.,]\d+)?\s*/\s*(5|10)\s*[-–]?\s*\(\s*[\d.,]+\s*"
    r"(đánh giá|bình chọn|lượt đánh giá|votes?|ratings?)\s*\)\s*$"
    # A script widget's placeholder left in the saved page (a comments plugin's "Loading...",
    # "Đang tải dữ liệu..."): the text a reader's browser replaces, never the article's.
    r"|(loading|đang tải( dữ liệu| nội dung| bình luận)?)\s*(\.{1,3}|…)?\s*$"
    # Joomla's article-info list: its term "Chi tiết" (Details) and "Viết bởi Administrator".
    r"|chi tiết\s*$|viết bởi\s+[^\n]{1,60}$"
    # The article's section printed with its label in the meta list ("Chuyên mục: Tư vấn
    # phản biện", Joomla's category-name; "Thể loại: Tin tức"): the section, read elsewhere.
    r"|(chuyên mục|thể loại)\s*:\s*[^\n.!?:]{1,60}$"
    # A reading time: "Thời gian đọc: 3 phút", "5 phút đọc", "Đọc trong 2 phút", "3 min
    # read", a Japanese Wix blog's "読了時間: 1分".
    r"|(thời gian đọc|reading time|読了時間)\s*[:：]"
    r"|(\d+\s*(phút đọc|min(ute)?s? read)|đọc trong \d+\s*phút)\s*$"
    # A line of hashtags alone closing a post copied from a social page ("#GdPhuocAn
    # #LeMeLenTroi"): the post's tags, no sentence.
    r"|(#[^\W\d_][\w-]*\s*){1,8}$"
    r"|(chia sẻ|share)( bài viết| bài| this( article| story)?)?( (on|qua|lên|via) \w+)?\s*[:!]?\s*$"
    # A back link under the text: "<< Quay lại", "« Trở về", "[Trở lại]".
    r"|(?:<<|«|‹|←|\[)?\s*(quay lại|trở về|trở lại)(\s+trang trước)?\s*\]?\s*$"
    # An article's toolbar: print, font size ("In", "A+", "A-", "Cỡ chữ").
    r"|(in|in bài( viết)?|bản in|print|a\s?[+-]|cỡ chữ)\s*$"
    r"|(theo dõi|follow|subscribe|đăng ký)\b.{0,80}\b(google news|zalo|facebook|youtube|"
    r"tiktok|twitter|instagram|newsletters?|bản tin)\b"
    # A journal's note of the print issue the article appeared in, closing the text: "(Bài
    # đăng trên Tạp chí Môi trường, số Chuyên đề III/2024)", "Bài đăng trên Tạp chí … số 33".
    r"|\(?\s*bài (viết )?(được )?đăng (trên|tại|trong) (ấn phẩm|tạp chí|tạp san|đặc san|tập san|báo|"
    r"tuần báo|bản in)\b[^()]{0,100}\b(số|kỳ|kì)\b[^()]{0,40}\)?\s*\.?\s*$)", re.IGNORECASE)
MAX_FURNITURE_LINE = 120
# Prefixes that only a byline carries.
BYLINE_PREFIX = re.compile(r"^\s*(bài\s*(và|,|&)?\s*ảnh|bài\s+viết|người\s+viết(\s+bài)?|bài|tin\s*(và|,|&)?\s*ảnh|tin|ảnh|video|"
                           r"clip|phóng sự|nhóm\s+(pv|phóng viên)|pv|phóng viên|theo|nguồn|tác giả(\s+bài\s+viết)?|"
                           r"(người )?thực hiện)\s*[:\-–]",
                           re.IGNORECASE)
BYLINE_AGENCY = re.compile(rf"^\s*\(?theo\s+\S|^\s*{SOURCED_FROM}\s+\S|\((ttxvn|vna|vov|vtv|tttxvn)\)\s*$|/\s*(ttxvn|vov|vtv)\s*$",
                           re.IGNORECASE)
RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)
# A numbered heading of a report's sections ("2. Tổ chức các chuyến đi", "II. NHIỆM VỤ", "b)
# Giải pháp", "1.2/ Kết quả"): bold and short like a name, but no name starts with a number.
# A lone "V." or "X." is left out: it is a name's initial ("V. Hùng").
SECTION_NUMBER = re.compile(r"^\s*(\d{1,2}(\.\d{1,2})*|I{1,3}|IV|VI{1,3}|IX|X[IVX]{1,4}|[a-zđ])"
                            r"\s*[.)/]\s*\S")
MAX_BYLINE_CHARS = 80
MAX_BYLINE_WORDS = 10
# A unit in parentheses closing a signature line (the writers' centre, office or school).
CLOSING_UNIT = re.compile(r"\s*\([^()]{1,80}\)\s*$")
# An academic or professional title abbreviated before a name ("ThS. Lê Thị Hồng Nhung", "PGS.TS
# Nguyễn Văn An", "BSCKII. Trần Văn B"): a signature, often followed by the writer's office or
# school on the same line ("– Phòng Công tác xã hội"), so it may run longer than a bare name.
TITLED_SIGNATURE = re.compile(r"^\s*(?:(?:TSKH|PGS|GS|TS|ThS|Ths|THS|NCS|BSCKI{1,2}|BSNT|BS|Bs|KTS|KS|DS|CN|LS)"
                              r"\s*[.,]\s*)+(?:TSKH|PGS|GS|TS|ThS|BS|KTS|KS|DS|CN|LS)?\s*[A-ZĐ]")
MAX_TITLED_SIGNATURE_WORDS = 16
# Writers signing with their initials, the last one's dot closing the line: "M.Q. và T.H.",
# "N.V.A.": the dot is the initial's, not a sentence's end.
INITIALS_LINE = re.compile(r"^\s*(?:[A-ZĐ]\.)+[A-ZĐ]?\.?(?:\s*(?:,|và|&|-|–)\s*(?:[A-ZĐ]\.)+[A-ZĐ]?\.?)*\s*$")
MIN_LEAD_WORDS = 15


@dataclass
class Block:
    """One paragraph of text, or one image with its caption."""

    text: str = ""
    element: etree._Element | None = None
    image: str | None = None
    caption: str | None = None


@dataclass
class Body:
    """What the walk found in a content container."""

    paragraphs: list[str] = field(default_factory=list)
    images: list[dict[str, str | None]] = field(default_factory=list)
    byline: str | None = None
    lead: str | None = None  # a bold first paragraph: the sapo, when the page has no other
    # Lines the walk saw but left out as not text (a promo box after the closing story boxes),
    # so the generic path leaves them out of trafilatura's text too.
    dropped: list[str] = field(default_factory=list)
    # The paragraphs printed as headings (<h2>-<h6>): subheadings of the text.
    headings: list[str] = field(default_factory=list)
    # The container's only paragraph repeats the declared lead: that paragraph is the text,
    # whatever a broader reading finds around the container (a sidebar's contact lines).
    lead_is_text: bool = False
    # Paragraphs printed outside the container that open the text (a Q&A page's question in
    # its own box before the answer's): kept first whichever path reads the text.
    opening: list[str] = field(default_factory=list)
    # The text is the figures' captions (a photo story told in them): trafilatura, which
    # reads captions as no text, is not asked.
    captions_are_text: bool = False


def element_text(element: etree._Element) -> str:
    """All text under ``element`` on one line, cleaned (once per element while a page is
    read: see ``remembering_texts``)."""
    texts = READ_TEXTS.get()
    if texts is None:
        return clean_text("".join(element.itertext()))
    text = texts.get(element)
    if text is None:
        text = texts[element] = clean_text("".join(element.itertext()))
    return text


# The texts of the elements of the page being read.  The field rules ask for the same
# element's text again and again (a content container's, several times over, each a whole
# column of text to join and clean: up to 6 ms on a real page); the tree does not change once
# it is prepared (crawler.extract.document.prepare_tree), so each is computed once.  Held by
# the read only: a dict of elements keeps their tree alive.
READ_TEXTS: ContextVar[dict[etree._Element, str] | None] = ContextVar("READ_TEXTS",
                                                                      default=None)


def remembering_texts(read: Callable[..., Any]) -> Callable[..., Any]:
    """``read`` (a reading of one page, its tree prepared before any text is asked) with
    ``element_text`` computing each element's text once during it."""
    @wraps(read)
    def reading(*args: Any, **kwargs: Any) -> Any:
        token = READ_TEXTS.set({})
        try:
            return read(*args, **kwargs)
        finally:
            READ_TEXTS.reset(token)
    return reading


def paragraph_text(parts: list[str]) -> str:
    """Text pieces of one paragraph, keeping the line breaks a ``<br>`` made.

    >>> paragraph_text(["Bài và ảnh:", "\\n", "Minh Thu  "])
    'Bài và ảnh:\\nMinh Thu'
    >>> paragraph_text(["Giáo xứ mừng kính Thánh Cả và", "\\n", "Cha chánh xứ."])
    'Giáo xứ mừng kính Thánh Cả và Cha chánh xứ.'
    """
    lines = [line for line in (clean_text(line) for line in "".join(parts).split("\n")) if line]
    wrapped = hard_wrapped(lines)
    # A sentence broken by a <br> after a word no line ends with is one line.
    joined: list[str] = []
    for line in lines:
        if joined and (DANGLING_WORD.search(joined[-1]) or runs_on(joined[-1], line, wrapped)):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return "\n".join(joined)


# A paragraph hard-wrapped with <br>s, as an e-mail or a word processor's text pasted in
# breaks it every 90-odd characters: every line but the last this long at least ...
HARD_WRAP_MIN_CHARS = 60
# ... and about as long as the others (the longest at most this much longer than the shortest).
HARD_WRAP_SPREAD = 1.35
# A line that closes its sentence, or a label's line.
LINE_CLOSED = re.compile(r"[.!?…:;\"”’»)]$")
LIST_ITEM = re.compile(r"^(?:[-–+•*]|\d{1,2}[.)]\s|[a-zđ]\)\s)")


def runs_on(line: str, next_line: str, wrapped: bool) -> bool:
    """True when ``next_line`` goes on with the sentence ``line`` left open: in a hard-wrapped
    paragraph (see ``hard_wrapped``), or after a line of a few words when it opens in small
    letters ("… tùy nghi tham dự theo hoàn cảnh của mỗi cá<br>nhân, nên đeo mask …")."""
    if LINE_CLOSED.search(line) or LIST_ITEM.match(next_line):
        return False
    return wrapped or (len(line.split()) >= MIN_RUN_ON_WORDS and next_line[:1].islower()
                       and not WEB_ADDRESS.match(next_line))


# The fewest words of a line that a line opening in small letters goes on from ("Sau đây là
# một số hình ảnh<br>của buổi lễ:"): fewer is a label or a name over its line.
MIN_RUN_ON_WORDS = 5


WEB_ADDRESS = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)


def hard_wrapped(lines: list[str]) -> bool:
    """True for a paragraph's lines cut at a fixed width, not where its sentences end: every
    line but the last of 60 characters or more and of about the same length, as a letter
    pasted from an e-mail prints ("…lan tràn tại tiểu bang Washington, Hội Đồng<br>Đại Diện
    Cộng Đồng …"). Its lines that end no sentence run on into the next, as the text was
    written.

    >>> hard_wrapped(["Năm nay, vì tình thế khó khăn do nạn đại dịch lan tràn tại tiểu bang Washington, Hội Đồng",
    ...               "Đại Diện Cộng Đồng Người Việt Quốc Gia Tiểu Bang Washington và Cộng Đồng Người Việt",
    ...               "Quốc Gia."])
    True
    >>> hard_wrapped(["Bài và ảnh:", "Minh Thu"])
    False
    >>> hard_wrapped(["Phân tích kết quả thi tốt nghiệp trung học phổ thông năm học 2005-2008", "18/02/2009"])
    False
    """
    cut = [len(line) for line in lines[:-1]]
    return len(cut) >= 2 and min(cut) >= HARD_WRAP_MIN_CHARS and max(cut) <= HARD_WRAP_SPREAD * min(cut)


# A word no sentence ends with nor a label ("và", "của", "cho" ...): a line ending with it
# goes on on the next, a sentence broken by a ``<br>``: "Chiều ngày 19/3/2017, cộng đoàn Giáo
# xứ … bổn mạng của Giáo xứ và<br>Cha chánh xứ Đặng Cao Trí."
DANGLING_WORD = re.compile(r"(?:^|\s)(?:và|của|cho|với|các|những|để|tại|trong|là|cùng|từ|"
                           r"đến|theo|về|được|đã|sẽ|hoặc|nhưng|mà|thì|như)$")


def is_caption_element(element: etree._Element) -> bool:
    """A figcaption or an element of a caption class; never the photo itself (Joomla's
    caption script marks the ``<img class="caption">`` whose title it prints under it)."""
    return element.tag == "figcaption" or (element.tag not in IMAGE_TAGS
                                           and bool(CAPTION_CLASS.search(element.get("class", ""))))


# AMP pages print their photos as <amp-img>.
IMAGE_TAGS = ("img", "amp-img")


def has_image(element: etree._Element) -> bool:
    return next(element.iterdescendants(*IMAGE_TAGS), None) is not None


def image_url(img: etree._Element, base: str) -> str | None:
    """The real source of an ``<img>``, preferring lazy-load attributes over placeholders;
    none for a spacer declared a pixel or two wide and high (an old CMS's ``<img
    src=blank.gif width=1 height=1>`` opening the text), which shows nothing."""
    if is_spacer(img):
        return None
    for attr in ("data-src", "data-original", "data-lazy-src", "src"):
        url = absolute_url(img.get(attr), base)
        if url and not url.startswith("data:"):
            return url
    return None


def is_spacer(img: etree._Element) -> bool:
    """An image declared at most two pixels wide and high.

    >>> is_spacer(etree.fromstring('<img src="blank.gif" width="1" height="1"/>'))
    True
    """
    return declared_at_most(img, 2)


def declared_at_most(img: etree._Element, pixels: int) -> bool:
    """True for a picture whose markup declares it at most ``pixels`` wide and high."""
    sizes = [img.get("width", "").strip().removesuffix("px"), img.get("height", "").strip().removesuffix("px")]
    return all(size.isdigit() and int(size) <= pixels for size in sizes)


MAX_FRAME_TEXT = {"table": 400, "div": 300, "span": 300, "center": 300}


def is_image_frame(element: etree._Element) -> bool:
    """A block that holds a photo and no more text than a caption: the layout table of an old
    CMS, or a wrapper ``<div><img><div>caption</div></div>``.

    Not a wrapper whose photo sits in a ``<figure>`` of its own with text beside it: the
    figure has its caption, the text beside it is the story (a photo story prints each
    paragraph under its photo, vtcnews' ``<div><figure><img><figcaption/></figure><p>..</p></div>``).
    """
    limit = MAX_FRAME_TEXT.get(element.tag)
    if not limit or not has_image(element) or len(element_text(element)) >= limit:
        return False
    figure = element.find(".//figure")
    return figure is None or element_text(figure) == element_text(element)


def walk(element: etree._Element, base: str, excluded: set[etree._Element]) -> list[Block]:
    """Flatten a container into blocks in reading order."""
    blocks: list[Block] = []
    inline: list[str] = []
    # Inline elements of the current run: a loose "<strong>XUÂN LONG</strong>" between blocks
    # is its own paragraph, and its element (bold, right-aligned?) is the strong, not the
    # block around it.
    run: list[etree._Element] = []

    def flush(owner: etree._Element) -> None:
        text = paragraph_text(inline)
        inline.clear()
        if text:
            if run:
                key = text_key(text)
                loose = next((e for e in reversed(run) if text_key(element_text(e)) == key), None)
                if loose is not None and text_key(element_text(owner)) != key:
                    owner = loose  # loose text inside a larger block
            blocks.append(Block(text=text, element=owner))
        run.clear()

    def visit(el: etree._Element) -> None:
        if not isinstance(el.tag, str) or el in excluded or el.tag in FURNITURE_TAGS:
            return
        # (A figure holding a table and no picture, WordPress' "wp-block-table", is walked as
        # the table it is: a price list's rows are text.)
        if (el.tag == "figure" and not is_table_figure(el)) or (el is not element and is_image_frame(el)) or (
                is_caption_element(el) and has_image(el)):
            # A photo with its caption: <figure>, a layout table, WordPress' div.wp-caption.
            blocks.extend(framed_images(el, base))
            return
        if is_caption_element(el):
            blocks.append(Block(caption=element_text(el), element=el))
            return
        if el.tag in IMAGE_TAGS:
            src = image_url(el, base)
            if src:
                blocks.append(Block(image=src, element=el))
            return
        if el.tag in BLOCK_TAGS:
            flush(el.getparent() if el.getparent() is not None else el)
        if el.tag == "tr" and is_data_row(el):
            # A data table's row, as the reader sees it: its cells in order on one line.
            text = " ".join(filter(None, (clean_text(element_text(cell)) for cell in table_cells(el))))
            if text:
                blocks.append(Block(text=text, element=el))
            return
        credit = padded_credit(el) if el.tag in BLOCK_TAGS else None
        inline.append(el.text or "")
        for child in el:
            if child is credit or is_second_break(child):
                # The text before it is a paragraph of its own: a credit pushed right, or
                # the text above an empty line (two <br>s in a row), as the browser prints it.
                flush(el)
            visit(child)
            inline.append(child.tail or "")
        if el.tag in BLOCK_TAGS:
            flush(credit if credit is not None else el)
        elif el is not element:
            run.append(el)

    visit(element)
    flush(element)
    return blocks


# What a data table's cell never holds: a layout table's cell holds the page's blocks, its
# pictures and its broken lines.
LAYOUT_CELL_CONTENT = BLOCK_TAGS | {"img", "br", "iframe", "form"}
# Longer than this, a cell is a layout cell holding a text, not a datum.
MAX_DATA_CELL_CHARS = 200


def table_cells(row: etree._Element) -> list[etree._Element]:
    """A table row's own cells, ``<td>`` and ``<th>``."""
    return [cell for cell in row if cell.tag in ("td", "th")]


def has_another_row(row: etree._Element) -> bool:
    """True when the row's table has another row of its own: beside it, or in the table's
    other row group (a header row in ``<thead>`` over one in ``<tbody>``)."""
    group = row.getparent()
    if group is None:
        return False
    if any(other.tag == "tr" and other is not row for other in group):
        return True
    table = group.getparent() if group.tag in ROW_GROUPS else None
    return table is not None and any(other is not group and other.tag in ROW_GROUPS
                                     and other.find("tr") is not None for other in table)


ROW_GROUPS = ("thead", "tbody", "tfoot")


def is_data_row(row: etree._Element) -> bool:
    """True for a row of a data table (prices, a schedule, results): two cells or more, in a
    table of two rows or more, each cell a short run of words with no block, picture or line
    break inside.  A layout table's row (a menu cell beside the text's cell) is walked block
    by block.

    >>> from lxml import html
    >>> table = html.fromstring("<table><tr><th>Thị trường</th><th>Giá (đ/kg)</th></tr>"
    ...                         "<tr><td>Đắk Lắk</td><td>42.300</td></tr></table>")
    >>> [is_data_row(row) for row in table.iter("tr")]
    [True, True]
    """
    cells = table_cells(row)
    if len(cells) < 2 or not has_another_row(row):
        return False
    return all(len(element_text(cell)) <= MAX_DATA_CELL_CHARS
               and not any(isinstance(d.tag, str) and d.tag in LAYOUT_CELL_CONTENT for d in cell.iterdescendants())
               for cell in cells)


# The site's footer: a block whose class or id is one of these words ("footer", WordPress'
# "colophon"), or a <footer> whose class names no story's own part ("entry-meta",
# "article-footer": an article's footer, with its tags and related stories after it).
SITE_FOOTER = re.compile(r"^(?:(?:site|page|main|global)[-_]?)?footer(?:[-_]?(?:wrap|wrapper|"
                         r"container|inner))?$|^colophon$", re.IGNORECASE)
STORY_PART = re.compile(r"entry|post|article|detail|news|content|story", re.IGNORECASE)


def is_site_footer(element: etree._Element) -> bool:
    """A block that is the site's footer (see SITE_FOOTER)."""
    if not isinstance(element.tag, str):
        return False
    words = f"{element.get('class', '')} {element.get('id', '')}".split()
    if element.tag == "footer":
        return not STORY_PART.search(" ".join(words))
    return any(SITE_FOOTER.match(word) for word in words)


def in_site_footer(element: etree._Element | None) -> bool:
    """True when ``element`` is, or is inside, the site's footer (``is_site_footer``)."""
    return element is not None and (is_site_footer(element)
                                    or any(map(is_site_footer, element.iterancestors())))


def is_second_break(element: etree._Element) -> bool:
    """A ``<br>`` right after another, nothing printed between them: an empty line."""
    if element.tag != "br":
        return False
    before = element.getprevious()
    return before is not None and before.tag == "br" and not (before.tail or "").strip()


SENTENCE_END = re.compile(r"[.!?…”\"]\s*$")


def padded_credit(block: etree._Element) -> etree._Element | None:
    """A short bold name closing a block's text after its last sentence, pushed right by a run
    of spaces, as old CMSs print the credit of a photo album or a one-paragraph story
    ("… mâm cỗ đầy bánh kẹo, hoa quả.            <b>P.V</b>"): the byline, not the paragraph's
    end."""
    if len(block) == 0:
        return None
    last = block[-1]
    if last.tag not in ("b", "strong") or (last.tail or "").strip() or len(last) \
            or not 1 <= len((last.text or "").split()) <= 4 or SENTENCE_END.search(last.text or ""):
        return None
    before = last.getprevious()
    gap = (before.tail if before is not None else block.text) or ""
    return last if re.search(r"\S", gap) and SENTENCE_END.search(gap.rstrip()) \
        and re.search(r"\s{3,}$", gap) else None


# A site's logo by its file name ("logo.gif", "logo_top.png", "logo-2.jpg"); not a story's
# picture named after a brand's logo ("logo-vinfast-moi.jpg" has more words).
LOGO_FILE = re.compile(r"^logo(?:[-_]?(?:top|header|site|web|print|main|\d+))?\.\w+$")

# A file type's icon before a download link ("<a href=TT-08.pdf><img src=/images/pdf.png> Tải
# về …</a>"): the site's picture of a document, no photo.
# (SharePoint's "ic" before the type: "/_layouts/images/icpdf.png" beside an attached file.)
FILE_TYPE_ICON = re.compile(r"^(?:icon[-_]?|ic)?(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:[-_]?icon)?\.(?:png|gif|jpe?g)$")


# An article toolbar's button (Joomla's "printButton.png", "emailButton.png", "pdf_button.png",
# the PrintFriendly plugin's "printfriendly-button.png").
TOOL_BUTTON = re.compile(r"^(?:print\w*|e?-?mail|pdf)[-_]?(?:button|icon)\.(?:png|gif|jpe?g)$")

# A member's default profile picture (a board's "no_profile.gif" beside the poster's name).
PROFILE_PICTURE = re.compile(r"^(?:no[-_]?profile|default[-_]?(?:avatar|profile|user)|avatar)\.(?:png|gif|jpe?g)$")

# A folder of the site's design, not of its uploads: a theme's or template's own pictures
# (WordPress' wp-content/themes/x/images, Joomla's templates/x/images, Drupal's sites/all/themes),
# or of a plugin's (a share plugin's button sprite: wp-content/plugins/sociable/images/).
DESIGN_FOLDER = re.compile(r"/(?:themes?|templates?|skins?|plugins?)/[^/]+/(?:[^/]+/)*?(?:images?|img|icons?)/")


# The largest declared width and height of an icon or an emoji, no photo.
MAX_ICON_PIXELS = 24


def is_site_badge(img: etree._Element | None, src: str) -> bool:
    """The site's own pictures a broad container also holds: its logo (the picture of the link
    to the home page, or the picture its file name calls the logo: a print view's
    "<center><img src=images/logo.gif>" over the headline), a file type's icon, a toolbar's
    button, a picture from the theme's own folder and vector badges ("Theo dõi … trên <img
    google-news.svg>")."""
    path = urlsplit(src).path.lower()
    name = path.rsplit("/", 1)[-1]
    if img is not None and img.tag in IMAGE_TAGS and declared_at_most(img, MAX_ICON_PIXELS):
        return True  # an emoji pasted from Facebook ("emoji.php/…/16/1f490.png", 16×16)
    if path.endswith(".svg") or LOGO_FILE.match(name) or FILE_TYPE_ICON.match(name) \
            or TOOL_BUTTON.match(name) or DESIGN_FOLDER.search(path) or PROFILE_PICTURE.match(name):
        return True
    # ``img`` is the picture, or the frame (a photo table, a header block) holding it.
    return img is not None and any(
        urlsplit(a.get("href") or "").path in ("", "/")
        and not urlsplit(a.get("href") or "").query and (a.get("href") or "").strip() not in ("", "#")
        for a in (*img.iterancestors("a"), *img.iter("a")))


def is_table_figure(figure: etree._Element) -> bool:
    """A ``<figure>`` framing a table, no picture (WordPress' table block)."""
    return next(figure.iter("table"), None) is not None and not has_image(figure)


def framed_images(frame: etree._Element, base: str) -> list[Block]:
    """The images of a ``<figure>`` or photo table, the caption attached to the last one."""
    blocks = [Block(image=src, element=frame)
              for src in (image_url(img, base) for img in frame.iter(*IMAGE_TAGS)) if src]
    caption_parts = [element_text(el) for el in frame.iter()
                     if isinstance(el.tag, str) and el is not frame and is_caption_element(el)]
    caption = " ".join(p for p in caption_parts if p) or None
    if caption is None:
        # Old CMSs put the caption in a plain cell under the photo.
        caption = element_text(frame) or None
    if blocks:
        blocks[-1].caption = caption
    return blocks


def is_emphasised(element: etree._Element) -> bool:
    """True when every visible character of the paragraph sits inside bold or italic markup."""
    return not "".join(element.xpath(
        ".//text()[not(ancestor::strong or ancestor::b or ancestor::em or ancestor::i"
        " or ancestor-or-self::*[@data-vnnews-bold or @data-vnnews-italic])]")).strip()


def is_bold(element: etree._Element) -> bool:
    """True when every visible character of the paragraph is bold."""
    return not "".join(element.xpath(
        ".//text()[not(ancestor::strong or ancestor::b or ancestor-or-self::*[@data-vnnews-bold])]")).strip()


# Classes that hide an element from readers (Bootstrap's "d-none", "hidden", "hide"): a
# microdata copy of the description printed for machines only.
HIDDEN_CLASSES = frozenset({"hidden", "hide", "d-none", "invisible"})
DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def class_words(element: etree._Element) -> list[str]:
    """The words of an element's class attribute."""
    return (element.get("class") or "").split()


def is_hidden_by_markup(element: etree._Element) -> bool:
    """True for an element its class or style hides ("<span class='hidden hide d-none'
    itemprop='description'>…</span>"): no line a reader sees."""
    return bool(HIDDEN_CLASSES.intersection(class_words(element))) \
        or bool(DISPLAY_NONE.search(element.get("style") or ""))


def is_italic(element: etree._Element) -> bool:
    """True when every visible character of the paragraph is in italics (a photo caption)."""
    return not "".join(element.xpath(
        ".//text()[not(ancestor::em or ancestor::i or ancestor-or-self::*[@data-vnnews-italic])]")).strip()


# A line pushed to the right by a run of no-break spaces typed before it (an editor without
# an alignment button signing the text: "&nbsp;" x 60 + "(Nguyễn Thị Loan, Hội Nông dân …)").
MIN_INDENT_SPACES = 10


def is_space_indented(element: etree._Element) -> bool:
    """True for a line pushed along by a run of spaces typed before it (plain or no-break, on
    one line: not the source's own indentation after a line break), the way an editor without
    an alignment button centres a caption under a photo ("<p>          Điểm bỏ phiếu số 5 …</p>").
    """
    lead = (element.text or "")[:MIN_INDENT_SPACES]
    return len(lead) == MIN_INDENT_SPACES and not lead.strip(" \xa0")


def is_right_aligned(element: etree._Element) -> bool:
    if (element.text or "").startswith("\xa0" * MIN_INDENT_SPACES):
        return True
    for el in [element, *element.iterdescendants()]:
        if not isinstance(el.tag, str):
            continue
        if RIGHT_ALIGNED.search(el.get("style", "")) or el.get("align", "").lower() == "right" \
                or el.get(STYLED_RIGHT) is not None \
                or re.search(r"\b(text-right|right|author|tac-?gia)\b", el.get("class", "")):
            return True
    return False


# Attributes set on elements whose class the page's stylesheet makes right-aligned or bold
# (see mark_styled): the byline rules read them like inline styles.
STYLED_RIGHT = "data-vnnews-right"
STYLED_BOLD = "data-vnnews-bold"
BOLD_DECLARATION = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)")


def mark_styled(element: etree._Element, class_style: Callable[[str], str]) -> None:
    """Mark ``element`` and its descendants that the page's stylesheet sets right-aligned or
    bold through a class (``<div class="t1"><span class="t2">Anh Dũng</span></div>`` with
    ``.t1 {text-align: right} .t2 {font-weight: bold}``)."""
    for el in element.iter():
        if not isinstance(el.tag, str):
            continue
        for name in el.get("class", "").split():
            style = class_style(name)
            if RIGHT_ALIGNED.search(style):
                el.set(STYLED_RIGHT, "")
            if BOLD_DECLARATION.search(style):
                el.set(STYLED_BOLD, "")


def is_signature_in_capitals(text: str) -> bool:
    """A line in capitals closed by a full stop: the office signing a notice ("ỦY BAN NHÂN DÂN
    PHƯỜNG 9."), whose full stop ends no sentence.

    >>> is_signature_in_capitals("ỦY BAN NHÂN DÂN PHƯỜNG 9."), is_signature_in_capitals("Xin cảm ơn.")
    (True, False)
    """
    return text.rstrip().endswith(".") and not text.rstrip().endswith("..") and text.isupper()


def is_name_with_stop(text: str) -> bool:
    """Two to four capitalised words closed by one full stop: a writer's name signing the text,
    whose stop, like a notice's office's, ends no sentence.

    >>> is_name_with_stop("Văn Linh."), is_name_with_stop("Xin cảm ơn.")
    (True, False)
    """
    stripped = text.strip()
    words = stripped[:-1].split()
    return stripped.endswith(".") and not stripped.endswith("..") and 2 <= len(words) <= 4 \
        and all(w.isalpha() and w[0].isupper() and (w[1:].islower() or len(w) == 1) for w in words)


# A writer's name, a degree's abbreviation before it or not ("CN", cử nhân), then a dash and
# the writer's unit, the line closed by a stop: "CN Nguyễn Tiến - Tổ T3G Hương Thủy.".
NAME_DASH_UNIT = re.compile(r"^\s*(?:(?:CN|KS|BS|ThS|TS|DS|KTS|LS|GV|PV|CTV)\.?\s+)?"
                            r"((?:[^\W\d_]+\s+){1,3}[^\W\d_]+)\s+[-–]\s+[^.:;!?]{2,60}\.\s*$")


def is_name_and_unit_with_stop(text: str) -> bool:
    """A writer's name and unit after a dash, closed by one full stop that ends no sentence
    (see NAME_DASH_UNIT): the name's two to four words are capitalised.

    >>> is_name_and_unit_with_stop("CN Nguyễn Tiến - Tổ T3G Hương Thủy.")
    True
    >>> is_name_and_unit_with_stop("Sáng nay - theo kế hoạch, đoàn đã đến xã.")
    False
    """
    found = NAME_DASH_UNIT.match(text)
    return found is not None and all(w[0].isupper() and (w[1:].islower() or len(w) == 1)
                                     for w in found.group(1).split())


# A line wholly inside quotation marks: a motto, a slogan or a quoted title, never a signature.
QUOTED_LINE = re.compile(r'^\s*["“«„][^"“”«»„]+["”»]\s*$')


def is_quoted_line(text: str) -> bool:
    """A line wholly between quotation marks (a school's motto over its news), which no writer
    signs with.

    >>> is_quoted_line('"Cô giáo như mẹ hiền"'), is_quoted_line('Nguyễn Văn "Tư" Hùng')
    (True, False)
    """
    return bool(QUOTED_LINE.match(text))


# A quotation with its reference in parentheses after it, alone on its line (a verse over a
# parish's report, "“…” (Ga 15,13)", a saying over a feature, "“…” (Hồ Chí Minh)"): an epigraph.
EPIGRAPH = re.compile(r'^\s*["“«„][^"“”«»„]+["”»]\s*[.,]?\s*\([^()]{1,60}\)\s*\.?\s*$')


def is_epigraph(text: str) -> bool:
    """A quotation followed only by its reference in parentheses: an epigraph set over the
    text, which the text's own lead never is (a sapo quoting someone goes on to say who).

    >>> is_epigraph("“Các con đã thuộc về Chúa Giêsu Kitô” ( ĐC Lambert- Btt 4)")
    True
    >>> is_epigraph("“Hoành tráng, hấp dẫn” là nhận xét của đông đảo khán giả (ảnh).")
    False
    """
    return EPIGRAPH.match(text) is not None


# A line introducing the photos printed under it ("Một số hình ảnh trong Chương trình",
# "Một vài hình ảnh tại buổi lễ", "Hình ảnh buổi lễ:", "Xin giới thiệu một số hình ảnh"):
# often a short bold line closing the text, and text, never a writer's name.
PHOTO_INTRO = re.compile(r"^\s*(?:(?i:xin\s+)?(?i:giới thiệu|mời (?:quý vị |bạn đọc |các bạn )?xem)\s+"
                         r"(?i:(?:một|1)\s+(?:số|vài)\s+|những\s+|các\s+)?"
                         r"|(?i:(?:một|1)\s+(?:số|vài)|những|các)\s+|(?=[Hh]ình ảnh\s+[a-zđà-ỹ]))"
                         r"(?i:hình ảnh|ảnh|hình)\s+[^\s:\-–]")


def is_photo_intro(text: str) -> bool:
    """A line introducing the photos under it, not a signature.

    >>> is_photo_intro("Một số hình ảnh trong Chương trình"), is_photo_intro("Ảnh: Minh Thu")
    (True, False)
    """
    return bool(PHOTO_INTRO.match(text)) and not BYLINE_PREFIX.match(text)


# A writer's name, a dash and the writer's post ("Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng"),
# which signs longer than a bare name: the post as the byline parser knows posts (JOB_TITLE).
NAME_THEN_DASH = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){1,4}\s+[-–]\s+")


def signs_with_post(text: str) -> bool:
    """True for a name, a dash and the writer's post or office.

    >>> signs_with_post("Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng"), signs_with_post("Đỗ Thuần – Lạng Sơn")
    (True, False)
    >>> signs_with_post("Nguyễn Thị Hải Yến - Chi cục Thủy sản Nghệ An")
    True
    """
    name = NAME_THEN_DASH.match(text)
    if name is None:
        return False
    post = text[name.end():]
    return JOB_TITLE.match(post) is not None or names_an_office(post)


# A reposted story's origin named before the colon, its address after it: "Nguồn Hà Nội TV :
# https://hanoionline.vn/…", "Nguồn VNEWS: http://vnews.gov.vn/…".
SOURCE_WITH_ADDRESS = re.compile(r"^\s*(?:nguồn|theo)(?:\s+tin)?\s+[^\W\d_][^:\n]{0,40}?\s*:\s*"
                                 r"(?:https?://|www\.)\S+\s*$", re.IGNORECASE)


def looks_like_byline(block: Block) -> bool:
    """A short last paragraph that is bold, right-aligned or carries a byline prefix.

    >>> looks_like_byline(Block(text="Bài và ảnh: Minh Thu, Thanh Hà"))
    True
    """
    text = block.text
    if is_photo_intro(text):
        return False
    if SOURCE_WITH_ADDRESS.match(text):
        return True  # "Nguồn Hà Nội TV : https://hanoionline.vn/…", however long the address
    # A titled writer, or a labelled credit with the writer's unit after a dash ("Tin, ảnh :
    # Phạm Thúy Nga – Cơ quan Ủy ban MTTQ huyện Mỹ Lộc"), runs longer than a bare name.
    words = MAX_TITLED_SIGNATURE_WORDS if TITLED_SIGNATURE.match(text) or BYLINE_PREFIX.match(text) \
        or signs_with_post(text) else MAX_BYLINE_WORDS
    # The writers' unit in parentheses closing the line is no part of a sentence: "Hoàng Hằng
    # – Ngọc Linh ( Trung tâm VH, TT và TT Nghĩa Đàn )" signs with two names.
    signed = CLOSING_UNIT.sub("", text) or text
    if not text or len(signed) > MAX_BYLINE_CHARS or len(signed.split()) > words \
            or is_quoted_line(text):
        return False
    if BYLINE_PREFIX.match(text) or BYLINE_AGENCY.search(text):
        return True
    if text.rstrip().endswith((".", "?", "!", ":", ";")) and not text.endswith(").") \
            and not INITIALS_LINE.match(text) and not is_signature_in_capitals(text) \
            and not is_desk_signature(text) and not is_name_with_stop(text) \
            and not is_name_and_unit_with_stop(text):
        return False
    if block.element is None or SECTION_NUMBER.match(text):
        return False
    return is_right_aligned(block.element) or is_emphasised(block.element)


# Text a CMS fills a caption field with when the editor wrote none ("Mô tả ảnh." is the
# default of a caption box): no caption, and no text either.
PLACEHOLDER_CAPTION = re.compile(r"^\s*(mô tả ảnh|chú thích ảnh|nhập chú thích( ảnh)?|nhập mô tả( ảnh)?|"
                                 r"image caption|caption|enter (a )?caption|add (a )?caption|"
                                 r"image description)\s*[.:…]*\s*$", re.IGNORECASE)
# A whole class token that marks a note under a photo on old CMSs (``p.note``, ``td.note``):
# a caption when it sits right under the photo, an editor's note anywhere else.
NOTE_CLASS = re.compile(r"(?:^|\s)(?:note|ghi-?chu|img-?note|image-?note)(?=\s|$)", re.IGNORECASE)
CENTERED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
# A caption set in bold is a sentence about the photo; a bold subheading is shorter.
MIN_BOLD_CAPTION_WORDS = 10


def caption_text(text: str | None) -> str | None:
    """A caption, or None when the CMS printed its placeholder.

    >>> caption_text("Mô tả ảnh.") is None
    True
    >>> caption_text("Mô tả ảnh chụp từ trên cao cánh đồng lúa.")
    'Mô tả ảnh chụp từ trên cao cánh đồng lúa.'
    """
    return None if not text or PLACEHOLDER_CAPTION.match(text) else text


def is_centered(element: etree._Element) -> bool:
    """Centered by the paragraph's own markup (``align``, an inline style, a ``text-center``
    class), or by the only element it wraps (``<p><span align=center>``)."""
    while True:
        if element.tag == "center" or element.get("align", "").lower() == "center" \
                or CENTERED.search(element.get("style", "")) \
                or re.search(r"(?:^|\s)(?:text-center|center|aligncenter|tac)(?=\s|$)",
                             element.get("class", "")):
            return True
        children = [c for c in element if isinstance(c.tag, str)]
        if len(children) != 1 or (element.text or "").strip() or (children[0].tail or "").strip():
            return False
        element = children[0]


def set_apart_as_caption(block: Block, centering_sets_apart: bool = True,
                         after_text: bool = True) -> bool:
    """A short line printed right under a photo and set apart from the text the way captions
    are: in italics, centered (when the text is not: see ``centered_text``), with a note class
    (``p.note``), or in bold when it is a sentence about the photo rather than a subheading
    (ten words or more) or an interviewer's question (no closing "?" or ":"), and the photo is
    not the one opening the text (``after_text``: a bold paragraph under the lead photo is the
    lead)."""
    element = block.element
    if element is None or not block.text or len(block.text) >= 300 \
            or element.tag not in ("p", "div", "em", "i", "span", "strong", "b", "center"):
        return False
    if is_italic(element) or NOTE_CLASS.search(element.get("class", "")) \
            or (centering_sets_apart and (is_centered(element)
                                          or (is_space_indented(element) and not several_sentences(block.text)))):
        # (Spaces centre a caption of one sentence; a paragraph of several, "&nbsp;" x 11 + "Có
        # thể nói hội thi … tốt đẹp. Ban giám khảo … vô tư. Kết quả …", is the text's, indented.)
        return True
    return after_text and is_bold(element) and len(block.text.split()) >= MIN_BOLD_CAPTION_WORDS \
        and not block.text.rstrip().endswith((":", "?"))


# A word's stop, then the next sentence's first letter.
SENTENCE_BREAK = re.compile(r"[^\W\d_]{2,}[.!?]\s+([^\W\d_])")


def several_sentences(text: str) -> bool:
    """True for a block of more than one sentence: a stop after a word, then a capital.

    >>> several_sentences("Hội thi đã thành công. Ban giám khảo làm việc vô tư."), several_sentences("Cô giáo Lê Thị Hà.")
    (True, False)
    """
    return any(m[1].isupper() for m in SENTENCE_BREAK.finditer(text))


def centered_text(blocks: list[Block]) -> bool:
    """True when the page centres its text itself (a quarter of the paragraphs that are not
    right under a photo): then a centered line under a photo is set apart from nothing."""
    text = [b for before, b in zip([Block(), *blocks], blocks)
            if b.text and b.element is not None and not before.image]
    return sum(1 for b in text if is_centered(b.element)) >= max(1, len(text) / 4)


def is_title_block(text: str) -> bool:
    r"""A title of several lines in capitals, centred under a photo as a speech's or a
    document's heading ("DIỄN VĂN KHÁNH THÀNH NHÀ THỜ …<br>LÀNG CAO LAO HẠ, …<br>TỈNH QUẢNG
    BÌNH"): a heading of the text, no caption.

    >>> is_title_block("DIỄN VĂN KHÁNH THÀNH\nTỈNH QUẢNG BÌNH"), is_title_block("ẢNH: MINH THU")
    (True, False)
    """
    return "\n" in text and text.isupper()


# Longer than this, the words after a photo opening a paragraph are the text's.
MAX_INLINE_CAPTION_WORDS = 25


def captions_its_opening_photo(block: Block, photo: Block) -> bool:
    """True for the words a paragraph (a ``<p>``) prints after the photo that opens it, all it
    holds besides the photo, when they read as a caption: one line of a few words with no
    stop at its end ("<p><img> Hình ảnh bác sĩ khám cho bệnh nhân S.H.M.H</p>").  A sentence
    closing with its stop is the text's, the photo set into it.

    >>> from lxml import html
    >>> p = html.fromstring('<p><img src="a.jpg"> Quang cảnh hội nghị đối thoại tại xã Đồng Kho</p>')
    >>> captions_its_opening_photo(Block(text=p.text_content().strip(), element=p), Block(image="a.jpg", element=p[0]))
    True
    """
    element, img = block.element, photo.element
    if element is None or img is None or element.tag != "p" or "\n" in block.text \
            or " ".join(element_text(element).split()) != " ".join(block.text.split()) \
            or len(block.text.split()) > MAX_INLINE_CAPTION_WORDS \
            or block.text.rstrip().endswith((".", "!", "?", ":", ";", "…")):
        return False
    opening = img
    while opening.getparent() is not None and opening.getparent() is not element:
        opening = opening.getparent()
        if len(opening) != 1 or (opening.text or "").strip():
            return False
    return opening.getparent() is element and not (element.text or "").strip() \
        and element.index(opening) == 0


def is_heading_block(block: Block) -> bool:
    """A block printed as a heading (``<h2>``-``<h6>``, or inside one: "<h3><strong>…"): a
    subheading the editor set over a part of the text, text even where it repeats the
    caption of the photo above it."""
    element = block.element
    return element is not None and (element.tag in SUBHEADING_TAGS or any(
        a.tag in SUBHEADING_TAGS for a in islice(element.iterancestors(), 3)))


def attach_captions(blocks: list[Block]) -> list[Block]:
    """Fold caption blocks, and the short line set apart right under a photo, into the image;
    a CMS's placeholder caption ("Mô tả ảnh.", or punctuation alone: ",") is none, and the
    line under it may be the real one.  A caption printed again right under its photo (a
    caption cell, then the same words as a paragraph an editor pasted) is the caption once,
    not text."""
    out: list[Block] = []
    centering_sets_apart = not centered_text(blocks)
    last_text = max((i for i, b in enumerate(blocks) if b.text and not b.image), default=-1)
    for index, block in enumerate(blocks):
        last_image = out[-1] if out and out[-1].image else None
        if last_image and last_image.caption and block.text and not block.image \
                and same_text(block.text, last_image.caption) and not is_heading_block(block):
            continue
        if last_image and last_image.caption and is_placeholder_caption(last_image.caption):
            last_image.caption = None
        if block.caption is not None and not block.image:
            if last_image and not last_image.caption:
                last_image.caption = caption_text(block.caption)
            continue
        if last_image and not last_image.caption and block.text and is_upload_name(block.text, last_image.image):
            continue  # the photo's file name printed under it: neither caption nor text
        if last_image and not last_image.caption and block.text \
                and captions_its_opening_photo(block, last_image):
            last_image.caption = block.text
            continue
        if last_image and not last_image.caption and not (
                index == last_text and block.element is not None
                and (is_right_aligned(block.element) or is_space_indented(block.element))
                and looks_like_byline(block)) and not is_title_block(block.text) \
                and set_apart_as_caption(block, centering_sets_apart, after_text=any(b.text for b in out)):
            # A right-aligned name closing the text under the last photo signs the text.
            last_image.caption = block.text
            continue
        out.append(block)
    if out and out[-1].image and out[-1].caption and is_placeholder_caption(out[-1].caption):
        out[-1].caption = None
    for block in out:
        if block.image and block.caption and is_upload_name(block.caption, block.image):
            # A caption element printing the photo's file name ("2016-11-29_21-27-13" under
            # 2016-11-29_21-27-13.png, "ddk1" under ddk1.jpg) tells the reader nothing about
            # the photo: no caption, as for the file name printed on a plain line.
            block.caption = None
    return out


# The size WordPress appends to a resized upload's name ("anh-1-300x200.jpg"), or "-scaled".
UPLOAD_SIZE_SUFFIX = re.compile(r"-(?:\d{2,5}x\d{2,5}|scaled|e\d{10,})$", re.IGNORECASE)


def is_upload_name(text: str | None, src: str | None) -> bool:
    """The name of the photo's file printed as the line under it (WordPress prints an upload's
    title, the file name, when the editor wrote no caption), letters and digits compared
    without the punctuation.  A caption element printing it is no caption either.

    >>> is_upload_name("ダウンロード (15)", "http://x.jp/wp-content/uploads/2017/06/ダウンロード-15.jpg")
    True
    >>> is_upload_name("Lễ khai mạc", "https://x.vn/files/le-khai-mac.jpg")
    False
    """
    if not text or not src or len(text) > MAX_BYLINE_CHARS \
            or (len(text.split()) > 1 and not any(ch.isdigit() for ch in text)):
        # A camera's or a download's name has a number, or is one word ("ddk"); words
        # without one may be the editor's caption the file was named after ("Wild Rose").
        return False
    name = unquote(urlsplit(src).path.rsplit("/", 1)[-1]).rsplit(".", 1)[0]
    name = UPLOAD_SIZE_SUFFIX.sub("", name)

    def letters(value: str) -> str:
        return "".join(ch for ch in value.casefold() if ch.isalnum())
    return bool(letters(text)) and letters(text) == letters(name)


def is_placeholder_caption(text: str) -> bool:
    """A CMS's placeholder in the caption's place, or punctuation without a word.

    >>> is_placeholder_caption("Mô tả ảnh."), is_placeholder_caption(","), is_placeholder_caption("Chợ phiên")
    (True, True, False)
    """
    return bool(PLACEHOLDER_CAPTION.match(text)) or not text_key(text)


def split_byline(paragraphs: list[Block]) -> tuple[list[Block], str | None]:
    """Take the byline off the end of the text (it may sit above a last "Xem thêm" line).

    A credit printed on two lines is taken whole: the name above a "Theo ..." line or above
    another labelled credit ("Bảo Bảo" / "Theo Doanh nghiệp và Tiếp thị"), one line each, and
    a signature with the writer's position under the name (see ``signs_above``).
    """
    if len(paragraphs) >= 2 and post_under_signed_name(paragraphs[-2], paragraphs[-1]):
        return paragraphs[:-2], f"{paragraphs[-2].text}\n{paragraphs[-1].text}"
    for index in range(len(paragraphs) - 1, max(len(paragraphs) - 3, -1), -1):
        if index < len(paragraphs) - 1 and is_prose(paragraphs[-1].text):
            # A short bold line above a last paragraph of prose is a subheading, not a byline
            # ("Giữ vững bản sắc trong bối cảnh mới" over the closing section's text).
            break
        if looks_like_byline(paragraphs[index]):
            start = index
            text = paragraphs[index].text
            if index > 0 and (BYLINE_PREFIX.match(text) or BYLINE_AGENCY.search(text)
                              or SOURCE_WITH_ADDRESS.match(text)
                              or signs_above(paragraphs[index - 1], paragraphs[index])) \
                    and looks_like_byline(paragraphs[index - 1]):
                start = index - 1
            end = index + 1
            while end < len(paragraphs) and is_production_credit(paragraphs[end].text):
                # The credit block goes on with the page's makers ("Thực hiện: MAI THẢO" /
                # "Thiết kế: Minh Khôi"): a longform page's credits, no text.
                end += 1
            if end == len(paragraphs) - 1 and office_under_signature(paragraphs[index], paragraphs[end]):
                end += 1
            # Line breaks stay: each line of a credit block is read on its own.
            byline = "\n".join(b.text for b in paragraphs[start:end])
            return paragraphs[:start] + paragraphs[end:], byline
    return paragraphs, None


def post_under_signed_name(name: Block, post: Block) -> bool:
    """A letter's or a notice's signature closing the text in plain type: a signed name over
    the signer's post opening with its title ("Nguyễn Văn Bon" / "Chủ tịch, CĐNVTD-VIC").

    >>> post_under_signed_name(Block(text="Trần Thị Hoa"), Block(text="Chủ tịch Hội Phụ nữ"))
    True
    >>> post_under_signed_name(Block(text="Trần Thị Hoa"), Block(text="Chủ tịch Hội phát biểu khai mạc."))
    False
    """
    return is_signed_name(name.text.split()) and len(post.text) <= MAX_BYLINE_CHARS \
        and JOB_TITLE.match(post.text) is not None and not re.search(r"\d", post.text) \
        and not post.text.rstrip().endswith((".", "!", "?", ":", ";"))


def office_under_signature(name: Block, line: Block) -> bool:
    """The last line of the text, right-aligned under a right-aligned signature: the writer's
    office, however many words it runs to ("Nguyễn Thị Minh Phương" over "Ban Tuyên giáo Đảng
    ủy Khối các cơ quan Trung ương", eleven words); a line, not a sentence or a date."""
    return name.element is not None and line.element is not None \
        and is_right_aligned(name.element) and is_right_aligned(line.element) \
        and len(line.text) <= MAX_BYLINE_CHARS and "\n" not in line.text \
        and not line.text.rstrip().endswith((".", "!", "?", ":")) and not re.search(r"\d", line.text)


# A production role's label opening a credit line: who designed, drew, edited or filmed the page.
PRODUCTION_CREDIT = re.compile(r"^\s*(thiết kế|trình bày|đồ họa|đồ hoạ|infographic|kỹ thuật|kĩ thuật|"
                               r"biên tập|quay phim|dựng phim|diễn đọc|giọng đọc)\s*[:\-–]\s*\S", re.IGNORECASE)


def is_production_credit(text: str) -> bool:
    """A short line crediting a production role, under the byline of a longform page.

    >>> is_production_credit("Thiết kế: Minh Khôi"), is_production_credit("Thiết kế đô thị xanh")
    (True, False)
    """
    return len(text) <= MAX_BYLINE_CHARS and PRODUCTION_CREDIT.match(text) is not None


# A paragraph this long, ending a sentence, is text, not a line set under a byline ("Xem thêm").
PROSE_AFTER_BYLINE_WORDS = 25


def is_prose(text: str) -> bool:
    """A sentence of text rather than a short line.

    >>> is_prose("Xem thêm: Lễ hội Ooc Om Bóc"), is_prose(" ".join(["chữ"] * 30) + ".")
    (False, True)
    """
    return len(text.split()) > PROSE_AFTER_BYLINE_WORDS and text.rstrip().endswith((".", "!", "?", "…", "”", '"'))


def signs_above(upper: Block, lower: Block) -> bool:
    """The upper line of a two-line signature closing the text, over the writer's position
    or office: a labelled credit ("Người thực hiện: Trần Văn Hùng" / "Công chức Văn phòng -
    Thống kê xã"), or a name right-aligned like the line under it ("ThS. Lê Văn Cường" /
    "Học viện Chính trị"). Not a place and date line ("Sơn Lĩnh, ngày 30/01/2023")."""
    if upper.element is None or lower.element is None or re.search(r"\d", upper.text):
        return False
    return bool(BYLINE_PREFIX.match(upper.text)) \
        or (is_right_aligned(upper.element) and is_right_aligned(lower.element))


def split_leading_byline(paragraphs: list[Block]) -> tuple[list[Block], str | None]:
    """Take off a byline printed right-aligned at the top of the text, with the author's
    position on the line under it (a contributed analysis: "Phan Đức Ngữ" / "Chuyên viên cao
    cấp"), when none closes the text: right-aligned short lines, not sentences.  A journal
    marks the name with a footnote and prints the note under it ("PGS, TS. NGUYỄN TẤT
    VIỄN(*)" / "(*) Nguyên Vụ trưởng Vụ Phổ biến, giáo dục pháp luật, Bộ Tư pháp"): the note
    is the author's post, part of the signature however long."""
    count = 0
    while count < min(2, len(paragraphs) - 1):
        block = paragraphs[count]
        # A labelled credit over the writer's post, one paragraph split by a line break
        # ("Tác giả: Thích nữ Hạnh Hiển" / "Học viên Ths Khóa V, …"): its first line signs.
        lines = block.text.split("\n")
        signed = Block(text=lines[0], element=block.element) \
            if (len(lines) == 2 and BYLINE_PREFIX.match(lines[0])) or titled_name_over_posts(lines) else block
        if block.element is None or not (is_right_aligned(block.element) or labelled_and_set_apart(block)) \
                or not looks_like_byline(signed) or block.text.rstrip().endswith((".", "?", "!")):
            break
        count += 1
    if not count and len(paragraphs) > 1 and (centred_writers(paragraphs[0]) or is_framed_name(paragraphs[0].text)
                                              or centred_writer_over_text(*paragraphs[:2])
                                              or bold_signed_name_over_text(*paragraphs[:2])):
        count = 1
    if not count:
        return paragraphs, None
    if count < len(paragraphs) - 1 and is_footnote_of(paragraphs[count - 1].text,
                                                      paragraphs[count].text):
        count += 1
    elif count < len(paragraphs) - 1 and office_under_signature(paragraphs[count - 1], paragraphs[count]):
        # The writer's office right-aligned under the name, however long ("Nguyễn Văn Công" /
        # "GĐ. Khu Di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch").
        count += 1
    if count < len(paragraphs) - 1 and paragraphs[count].element is not None \
            and is_right_aligned(paragraphs[count].element) and CONTACT_LINE.match(paragraphs[count].text):
        count += 1  # "Email: halt2@vbsp.vn" under the writer's office: the signature's too
    signature = "\n".join(b.text for b in paragraphs[:count])
    return without_writer_s_note(paragraphs[count:], signature), signature


def titled_name_over_posts(lines: list[str]) -> bool:
    """A signature of one paragraph, a titled writer's name over the writer's posts, a line
    each ("TS. Nguyễn Hữu Tài" / "Ủy viên BCH Hội KHCN Chè Việt Nam" / "Chủ tịch Hiệp Hội chè
    Việt Nam"): short lines without digits, the first a titled name.

    >>> titled_name_over_posts(["ThS. Lê Văn Cường", "Học viện Chính trị"])
    True
    """
    return 2 <= len(lines) <= 3 and TITLED_SIGNATURE.match(lines[0]) is not None \
        and all(len(line) <= MAX_BYLINE_CHARS and not re.search(r"\d", line) for line in lines)


# A credit's label a photo's caption may open too: "Ảnh: …" over the text credits a photo.
PHOTO_LABEL = re.compile(r"^\s*(ảnh|video|clip)\s*[:\-–]", re.IGNORECASE)


# A name between two runs of the same rule mark: "=== Kristy Thái ===", "*** Minh Thu ***".
FRAMED_NAME = re.compile(r"^\s*([=*~_\-–—])\1+\s*(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){1,4})\s*\1{2,}\s*$")


def is_framed_name(text: str) -> bool:
    """A writer's name framed by rule marks over the text, as an overseas paper signs.

    >>> is_framed_name("=== Kristy Thái ==="), is_framed_name("=== Phần 2 ===")
    (True, False)
    """
    found = FRAMED_NAME.match(text)
    return found is not None and all(w[:1].isupper() for w in found["name"].split())


def labelled_and_set_apart(block: Block) -> bool:
    """A credit line with its label ("Bài viết: Phật tử Thanh Phi", "Diễn đọc: …") centred or
    in italics over the text, as a monastery's site prints its writer and the audio's reader."""
    return block.element is not None \
        and bool(BYLINE_PREFIX.match(block.text) or PRODUCTION_CREDIT.match(block.text)) \
        and not PHOTO_LABEL.match(block.text) \
        and (is_centered(block.element) or is_emphasised(block.element))


def without_writer_s_note(paragraphs: list[Block], signature: str) -> list[Block]:
    """The text without the footnote the writer's name points to ("Đinh Quang Tiến [1]" over
    the text, "[1] Nguyên cán bộ nghiên cứu tôn giáo, TP. Hồ Chí Minh." under it): the
    writer's post, no text."""
    mark = NAME_FOOTNOTE_MARK.search(signature)
    if not mark or not mark.group().strip() or len(paragraphs) < 2:
        return paragraphs
    note = mark.group().strip()
    return [b for b in paragraphs if not (b.text.startswith(note) and len(b.text.split()) <= 30)]


# The piece's genre and its writer on a line of their own near the top: "Bút ký của Châu Hồng
# Thuỷ", "Ghi chép của NGUYỄN VĂN AN", "Tản văn của …" (a literary page's credit).
GENRE_CREDIT = re.compile(rf"^(?i:{WRITING_GENRES})\s+(?i:của)\s+(?:[A-ZĐÀ-Ỹ][\w.]*\s*){{2,5}}$")
# The credit is looked for among the text's first paragraphs (an author's note may come first).
GENRE_CREDIT_WINDOW = 3


def split_genre_credit(paragraphs: list[Block]) -> tuple[list[Block], str | None]:
    """Take off a genre credit line among the first paragraphs (see GENRE_CREDIT).

    >>> kept, byline = split_genre_credit([Block("Lời tác giả: Tôi trở lại Xamara."),
    ...     Block("Bút ký của Châu Hồng Thuỷ"), Block("Gần chục năm nay, tôi ít khi đi xa.")])
    >>> byline, len(kept)
    ('Bút ký của Châu Hồng Thuỷ', 2)
    """
    for index, block in enumerate(paragraphs[:GENRE_CREDIT_WINDOW]):
        if index < len(paragraphs) - 1 and GENRE_CREDIT.match(block.text):
            return paragraphs[:index] + paragraphs[index + 1:], block.text
    return paragraphs, None


def centred_writers(block: Block) -> bool:
    """A research paper's writers centred in bold over its text, their names between commas
    and nothing else on the line ("Lê Văn An, Đỗ Thị Bình, Lưu Minh Châu" over "I. ĐẶT VẤN
    ĐỀ"): a byline of two writers or more.  A centred line of one name is left alone (a
    heading, a caption's subject)."""
    if block.element is None or not is_centered(block.element) or not is_bold(block.element):
        return False
    parts = [p.strip() for p in block.text.split(",")]
    return len(parts) >= 2 and len(parse_byline(block.text).authors) == len(parts)


# A writer's name has two to four words ("Cù Tuấn", "Nguyễn Thị Bạch Mai").
WRITER_NAME_WORDS = range(2, 5)


def centred_writer_over_text(block: Block, below: Block) -> bool:
    """One writer's name centred in bold as the text's first line, a sentence of the text right
    under it (an independent site's "<p style='text-align:center'><strong>Cù Tuấn</strong>"
    over the article): the byline.  A centred name over anything but a sentence (a heading,
    a photo, a list) is left alone.

    >>> from lxml import html
    >>> name = html.fromstring("<p style='text-align:center'><strong>Cù Tuấn</strong></p>")
    >>> text = ("Các quan chức cho biết chiến dịch ở miền Nam tiếp tục giành được những bước tiến"
    ...         " nhỏ, khi nhiều thành phố, làng mạc được giành lại sau nhiều tuần giao tranh.")
    >>> centred_writer_over_text(Block("Cù Tuấn", element=name), Block(text))
    True
    >>> centred_writer_over_text(Block("Cù Tuấn", element=name), Block("Ông Tư máy cày"))
    False
    """
    if block.element is None or not is_centered(block.element) or not is_emphasised(block.element):
        return False
    # A footnote's mark after the name ("Đinh Quang Tiến [1]", the note under the text says
    # who the writer is) is no part of it.
    text = NAME_FOOTNOTE_MARK.sub("", block.text).strip()
    words = text.split()
    return len(words) in WRITER_NAME_WORDS and all(w.isalpha() and w[0].isupper() for w in words) \
        and is_prose(below.text) \
        and parse_byline(text).authors == (text,)


def bold_signed_name_over_text(block: Block, below: Block) -> bool:
    """A writer's name alone in bold as the text's first line, not centred, a sentence of the
    text right under it: an overseas community site's "<p><strong>Lê Bình</strong></p>" over
    its report.  Only a name shaped as a signature (``is_signed_name``: in capitals, or opening
    with a family name), so that a heading in title case ("Lễ Chào Cờ") stays text.

    >>> from lxml import html
    >>> name = html.fromstring("<p><strong>Lê Bình</strong></p>")
    >>> text = ("Lúc 11 giờ sáng thứ Bảy, Hội Người Việt Cao Niên đã tổ chức lễ kỷ niệm 40 năm hoạt"
    ...         " động tại nhà hàng với hơn 200 người tham dự.")
    >>> bold_signed_name_over_text(Block("Lê Bình", element=name), Block(text))
    True
    >>> heading = html.fromstring("<p><strong>Lễ Chào Cờ</strong></p>")
    >>> bold_signed_name_over_text(Block("Lễ Chào Cờ", element=heading), Block(text))
    False
    """
    if block.element is None or not is_bold(block.element) or not is_signed_name(block.text.split()):
        return False
    return is_prose(below.text) and parse_byline(block.text).authors == (block.text,)


NAME_FOOTNOTE_MARK = re.compile(r"\s*(?:\[\d{1,2}\]|\(\*{1,3}\)|\*{1,3}|[¹²³])\s*$")
# The writer's address printed under the signature: "Email: halt2@vbsp.vn", "ĐT: 0912 345 678".
CONTACT_LINE = re.compile(r"^\s*(e-?mail|điện thoại|đt|sđt)\s*:\s*\S{3,}$", re.IGNORECASE)


# A line of its own crediting the excerpt the text is made of: "(Trích tham luận của nhà văn Vũ
# Xuân Tửu)", "(Trích bài viết của PGS.TS Nguyễn Văn A)".
EXCERPT_CREDIT = re.compile(r"^\(\s*trích\b[^()]{0,60}?\bcủa\s+[^()]{3,60}\)$", re.IGNORECASE)


def split_excerpt_credit(paragraphs: list[Block]) -> tuple[list[Block], str | None]:
    """Take off the credit of an excerpt, printed as a parenthesised line of its own where the
    excerpt begins (a writer's site reporting a meeting, then quoting one contribution), when
    no byline closes or opens the text: the excerpt's author is the text's.

    >>> kept, credit = split_excerpt_credit([Block("Hội thảo nghe 10 ý kiến."),
    ...     Block("(Trích tham luận của nhà văn Vũ Xuân Tửu)"), Block("Thời gian qua, ...")])
    >>> [b.text for b in kept], credit
    (['Hội thảo nghe 10 ý kiến.', 'Thời gian qua, ...'], '(Trích tham luận của nhà văn Vũ Xuân Tửu)')
    """
    for index, block in enumerate(paragraphs):
        if EXCERPT_CREDIT.match(block.text.strip()):
            return paragraphs[:index] + paragraphs[index + 1:], block.text
    return paragraphs, None


# The longest note read as a publication note (the issue's details and the writers' offices).
MAX_PUBLICATION_NOTE = 300


def split_publication_note(paragraphs: list[Block]) -> tuple[list[Block], str | None]:
    """Take off the note opening or closing the text that says where the piece first appeared
    (see crawler.normalize.byline.PUBLICATION_NOTE): a credit, read with the byline, no text.

    >>> kept, note = split_publication_note([Block("Thu ngân sách tăng."),
    ...     Block("(Bài đăng trên Tạp chí Tài chính kỳ 2 tháng 3/2021)")])
    >>> [b.text for b in kept], note
    (['Thu ngân sách tăng.'], '(Bài đăng trên Tạp chí Tài chính kỳ 2 tháng 3/2021)')
    """
    if len(paragraphs) < 2:
        return paragraphs, None
    for index in (0, len(paragraphs) - 1):
        text = paragraphs[index].text.strip()
        if len(text) <= MAX_PUBLICATION_NOTE and "\n" not in text and PUBLICATION_NOTE.match(text):
            return paragraphs[:index] + paragraphs[index + 1:], text
    return paragraphs, None


def split_reporter_handover(paragraphs: list[Block]) -> tuple[list[Block], str | None]:
    """Take off a line handing the text over to its reporter (see REPORTER_HANDOVER), printed
    between paragraphs where the reporter's report begins: the reporter is the text's writer
    (crawler.normalize.byline reads the name), and the line is no sentence of the text.

    >>> kept, credit = split_reporter_handover([Block("Số lao động tăng."),
    ...     Block("Phóng viên Lê Minh An báo cáo từ Hà Nội:"), Block("Theo bà Hà, ...")])
    >>> [b.text for b in kept], credit
    (['Số lao động tăng.', 'Theo bà Hà, ...'], 'Phóng viên Lê Minh An báo cáo từ Hà Nội:')
    """
    for index, block in enumerate(paragraphs):
        found = REPORTER_HANDOVER.match(block.text)
        if found and 0 < index < len(paragraphs) - 1:
            return paragraphs[:index] + paragraphs[index + 1:], block.text
    return paragraphs, None


def split_credited_headline(paragraphs: list[Block]) -> tuple[list[Block], str | None]:
    """Take off a first line that closes with its writer's labelled credit in parentheses: a
    headline printed again with its author, neither text nor a sentence.

    >>> kept, credit = split_credited_headline([Block("BẢN TIN KHAI GIẢNG (Tác giả: Lê Thị Hoa)"),
    ...     Block("Mùa thu lại đến.")])
    >>> [b.text for b in kept], credit
    (['Mùa thu lại đến.'], 'BẢN TIN KHAI GIẢNG (Tác giả: Lê Thị Hoa)')
    """
    if len(paragraphs) > 1 and CREDITED_HEADLINE.match(paragraphs[0].text.strip()):
        return paragraphs[1:], paragraphs[0].text
    return paragraphs, None


# The marker a journal puts after an author's name for the footnote giving the author's post.
FOOTNOTE_MARK = re.compile(r"(\(\*{1,3}\)|\*{1,3}|\(\d\))\s*$")
MAX_FOOTNOTE_CHARS = 250


def is_footnote_of(name: str, line: str) -> bool:
    """True when ``line`` is the footnote that the marker closing ``name`` points to.

    >>> is_footnote_of("PGS, TS. NGUYỄN TẤT VIỄN(*)", "(*) Nguyên Vụ trưởng, Bộ Tư pháp")
    True
    >>> is_footnote_of("PGS, TS. NGUYỄN TẤT VIỄN", "(*) Nguyên Vụ trưởng, Bộ Tư pháp")
    False
    """
    mark = FOOTNOTE_MARK.search(name)
    return bool(mark) and len(line) <= MAX_FOOTNOTE_CHARS \
        and line.lstrip().startswith(mark.group(1)) and len(line.strip()) > len(mark.group(1))


# The label of a journal article's abstract printed at the top of its text.
ABSTRACT_WORDS = r"tóm tắt|tóm lược|abstract"
# With its colon, or printed alone as the abstract's heading ("<p><strong>Abstract</strong></p>").
ABSTRACT_LABEL = re.compile(rf"^\s*({ABSTRACT_WORDS})\s*(?::\s*|$)", re.IGNORECASE)


# The lines a journal prints after its abstract, before the text: the keywords and the abstract
# again in English ("Từ khóa: …", "Keywords: …", "Summary: …", "Abstract: …").
FRONT_MATTER_LABEL = re.compile(r"^\s*(từ khóa|từ khoá|keywords?|abstracts?|summary)\s*:\s*\S",
                                re.IGNORECASE)
# The same labels printed alone, their text in the next paragraph ("<p><strong>Summary</strong></p>").
FRONT_MATTER_LABEL_ALONE = re.compile(rf"^\s*(từ khóa|từ khoá|keywords?|abstracts?|summary|{ABSTRACT_WORDS})"
                                      r"\s*:?\s*$", re.IGNORECASE)


# A labelled abstract is a paragraph of sentences, not a label over a heading.
MIN_ABSTRACT_WORDS = 25


def abstract_lines(paragraphs: list[Block], sapo: str) -> list[str]:
    """The journal's abstract that the sapo is, as the text prints it: with its label
    ("Tóm tắt: Chuyển đổi số …"), or under the label alone ("Tóm tắt:" / "Chuyển đổi số …");
    or, when the page prints a lead of its own, the labelled abstract opening the text beside
    it (front matter, like the keywords under it)."""
    texts = [b.text for b in paragraphs]
    found = [t for t in texts if ABSTRACT_LABEL.match(t) and same_text(without_abstract_label(t), sapo)]
    if found:
        return found
    if texts and ABSTRACT_LABEL.match(texts[0]) \
            and len(without_abstract_label(texts[0]).split()) >= MIN_ABSTRACT_WORDS:
        return texts[:1]
    for label, text in zip(texts, texts[1:]):
        if ABSTRACT_LABEL.match(label) and not without_abstract_label(label).strip() \
                and same_text(text, sapo):
            return [label, text]
    return []


def is_english(text: str) -> bool:
    """A line written without a letter of Vietnamese's own: a journal's English title or
    summary ("PRIVATE ECONOMY: THE MOST IMPORTANT …").

    >>> is_english("The article traces how the Party came to see it."), is_english("Đặt vấn đề")
    (True, False)
    """
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 10 and all(ch.isascii() for ch in letters)


def front_matter_after(paragraphs: list[Block], abstracts: list[str], sapo: str) -> list[str]:
    """The lines right after a journal's abstract that are its front matter, not its text:
    labelled lines (see FRONT_MATTER_LABEL), a label printed alone ("Summary") and the
    English title and summary. An abstract printed without its label is the paragraph the
    sapo is, when its keywords' line follows it ("Từ khóa: Báo cáo tài chính, IFRS")."""
    texts = [b.text for b in paragraphs]
    if abstracts and abstracts[-1] in texts:
        start = texts.index(abstracts[-1]) + 1
    else:
        printed = [i for i, text in enumerate(texts[:-1]) if same_text(text, sapo)]
        if not printed or not FRONT_MATTER_LABEL.match(texts[printed[0] + 1]):
            return []
        start = printed[0] + 1
    found = []
    for text in texts[start:]:
        if not (FRONT_MATTER_LABEL.match(text) or FRONT_MATTER_LABEL_ALONE.match(text)
                or is_english(text)):
            break
        found.append(text)
    return found


def without_abstract_label(text: str) -> str:
    """The abstract without its label.

    >>> without_abstract_label("Tóm tắt: Chuyển đổi số đang là xu hướng tất yếu.")
    'Chuyển đổi số đang là xu hướng tất yếu.'
    """
    return ABSTRACT_LABEL.sub("", text, count=1)


MAX_LEAD_TAG_WORDS = 3


def repeats_tagged_lead(text: str, sapo: str) -> bool:
    """True for a first paragraph repeating the lead printed above it, without the paper's tag
    the lead opens with ("BNEWS Loài hoa …" above "Loài hoa …"), or with the tag the lead
    printed above goes without ("Lúc 8g30 …" above "WGPSG – Lúc 8g30 …").

    >>> repeats_tagged_lead("Loài hoa tam giác mạch nay đã được trồng trên đỉnh đèo Pha Đin.",
    ...                     "BNEWS Loài hoa tam giác mạch nay đã được trồng trên đỉnh đèo Pha Đin.")
    True
    >>> repeats_tagged_lead("trên đỉnh đèo Pha Đin.", "Hoa nở trên đỉnh đèo Pha Đin.")
    False
    """
    return tagged_copy(sapo, text) or tagged_copy(text, sapo)


def tagged_copy(tagged: str, plain: str) -> bool:
    """True when ``tagged`` is ``plain`` after a paper's tag of a word or two in capitals
    ("BNEWS", "WGPSG –"): the lead printed twice, once with its tag (above the text, or as the
    text's first paragraph under an untagged summary)."""
    extra = len(tagged.split()) - len(plain.split())
    return 0 < extra <= MAX_LEAD_TAG_WORDS and len(plain.split()) >= MIN_LEAD_WORDS // 2 \
        and text_key(tagged).endswith(text_key(plain)) \
        and NON_WORD.sub("", " ".join(tagged.split()[:extra])).isupper()


def completes_cut_lead(text: str, sapo: str) -> bool:
    """True for a first paragraph printing in full the lead the lead box cut short: the box
    holds the paragraph's first words up to a visible cut (a comma, a semicolon, an
    ellipsis), as CMSs fill the lead box with the text's first characters.  The paragraph is
    then the lead, and not text.  A box ending on a word is a short lead of its own, the
    paragraph opening with it the text's first.

    >>> completes_cut_lead("Sáng 9/12, tỉnh tổ chức hội nghị tổng kết công tác năm 2025 với sự "
    ...                    "tham dự của lãnh đạo các sở, ngành và các huyện.",
    ...                    "Sáng 9/12, tỉnh tổ chức hội nghị tổng kết công tác năm 2025 với sự "
    ...                    "tham dự của lãnh đạo các sở, ngành…")
    True
    >>> completes_cut_lead("Sáng 9/12, tỉnh tổ chức hội nghị tổng kết công tác năm 2025 với sự "
    ...                    "tham dự của lãnh đạo các sở, ngành và các huyện.",
    ...                    "Sáng 9/12, tỉnh tổ chức hội nghị tổng kết công tác năm 2025 với sự "
    ...                    "tham dự của lãnh đạo các sở")
    False
    """
    if len(sapo.split()) < MIN_LEAD_WORDS or len(text) <= len(sapo):
        return False
    if not sapo.rstrip().endswith((",", ";", "…", "...")):
        return False
    return text_key(text).startswith(text_key(sapo))


def is_signed_name(words: list[str]) -> bool:
    """A writer's name as a signature prints it: in capitals ("XUÂN TRƯỜNG"), or title-cased
    from a family name ("Phạm Trần"), two to four words.

    >>> is_signed_name(["Phạm", "Trần"]), is_signed_name(["Đặt", "vấn", "đề"]), is_signed_name(["Quảng", "Nam"])
    (True, False, False)
    """
    if not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return False
    return all(w.isupper() for w in words) or (
        words[0].lower() in SURNAMES and all(w[0].isupper() and w[1:].islower() for w in words))


# "Thiện Lê/Người Việt", "Đỗ Dzũng/Người Việt": the writer and, after a slash with no space,
# the paper (overseas papers sign their reporters' stories so, the given name first).
NAME_SLASH_PAPER = re.compile(r"^(?P<name>[^\W\d_]+(?: [^\W\d_]+){1,3})/(?P<paper>[^\W\d_][\w .&-]{1,30})$")


def is_name_slash_paper(text: str) -> bool:
    """A writer's title-case name, a slash and the paper, on the line above the text.

    >>> is_name_slash_paper("Thiện Lê/Người Việt"), is_name_slash_paper("Tết/Xuân 2024")
    (True, False)
    """
    found = NAME_SLASH_PAPER.match(text.strip())
    if found is None or not all(w[0].isupper() for w in found["name"].split()):
        return False
    byline = parse_byline(text)
    return len(byline.authors) == 1 and byline.source is not None


def split_shouted_name(paragraphs: list[Block]) -> tuple[list[Block], str | None]:
    """Take off the writer's name printed in bold capitals as the first line of the text, above
    a paragraph of prose (a literary magazine's essay: "XUÂN TRƯỜNG" / "Tố Hoài là bút danh
    …"), or in bold title case from a family name (an overseas paper's commentary: "Phạm
    Trần" / "Nhiều dấu hiệu cho thấy …"), when nothing closes the text with a byline.  An epigraph may sit between the name and
    the prose (right-aligned lines of verse and the line naming its poet): it is text, and the
    name still signs the essay.  A document's title ("KẾ HOẠCH") is followed by its subject
    line, not by prose; a centred line is a title too."""
    if len(paragraphs) < 2 or paragraphs[0].element is None:
        return paragraphs, None
    first = paragraphs[0]
    prose = 1
    while prose < len(paragraphs) - 1 and paragraphs[prose].element is not None \
            and is_right_aligned(paragraphs[prose].element) \
            and len(paragraphs[prose].text.split()) < MIN_LEAD_WORDS:
        prose += 1
    second = paragraphs[prose]
    words = first.text.split()
    if not (is_signed_name(words) or is_name_slash_paper(first.text)) \
            or not is_emphasised(first.element) or is_centered(first.element) \
            or len(second.text.split()) < MIN_LEAD_WORDS or not SENTENCE_END.search(second.text) \
            or not parse_byline(first.text).authors:
        # (A heading in capitals naming no one, "MỞ ĐẦU" over a guideline's text, stays text.)
        return paragraphs, None
    return paragraphs[1:], first.text


# A credit in parentheses run onto the last sentence: "… ở nội dung đối kháng.( Hoàng Nguyên)".
GLUED_CREDIT = re.compile(r"(?<=[.!?…])\s*\(\s*(?P<credit>[^()]{2,40}?)\s*\)\s*$")


def split_glued_credit(paragraphs: list[Block]) -> tuple[list[Block], str | None]:
    """Take off the writer's credit printed in parentheses after the last sentence of the text,
    on the same line (a provincial magazine's "… đối kháng.( Hoàng Nguyên)"), when nothing else
    signs the text: a name or an outlet, not a remark ("(Ảnh minh họa)" names nobody)."""
    if not paragraphs or paragraphs[-1].element is None:
        return paragraphs, None
    last = paragraphs[-1]
    found = GLUED_CREDIT.search(last.text)
    if found is None or len(found["credit"].split()) > 5:
        return paragraphs, None
    if any(signed_voice(block.text) for block in paragraphs[:-1]):
        # Readers' voices, each paragraph closed by its own signature ("… như ở quê nhà.
        # (Ngọc Vinh, Ilmenau, Đức)"): the last one signs its voice, not the text.
        return paragraphs, None
    credit = parse_byline(found["credit"])
    if not credit.authors and not credit.source:
        return paragraphs, None
    kept = Block(text=last.text[:found.start()].rstrip(), element=last.element)
    return paragraphs[:-1] + [kept], found["credit"]


def signed_voice(text: str) -> bool:
    """A paragraph closed by a name in parentheses after its last sentence (see GLUED_CREDIT).

    >>> signed_voice("Chúng tôi cúng giao thừa theo giờ Việt Nam. (Ngọc Vinh, Ilmenau, Đức)")
    True
    """
    found = GLUED_CREDIT.search(text)
    return found is not None and bool(parse_byline(found["credit"]).authors)


# The longest meta line of a post (its time, its counters and their labels).
MAX_META_LINE = 160


def is_meta_line(text: str, printed_meta: list[str]) -> bool:
    """True for a short line holding the post's printed timestamp and view count, both found
    (``printed_meta``, their text keys), with the other counters beside them: "Ngày đăng
    2025.08.22 Thích 0 Lượt xem 521 Bình luận 0", a board's line the container also holds.

    >>> is_meta_line("Ngày đăng 2025.08.22 Thích 0 Lượt xem 521", [text_key("2025.08.22"), text_key("Lượt xem 521")])
    True
    """
    key = text_key(text)
    return len(printed_meta) == 2 and len(text) <= MAX_META_LINE and all(m and m in key for m in printed_meta)


def is_furniture_line(text: str) -> bool:
    """A short line of page furniture inside the text (see FURNITURE_LINE).

    >>> is_furniture_line("Theo dõi Báo Lào Cai trên Google News")
    True
    >>> is_furniture_line("Cập nhật lúc 10:30 ngày 12/03/2023")
    True
    >>> is_furniture_line("Đăng ký kết hôn tăng mạnh trong tháng 10, theo Sở Tư pháp.")
    False
    >>> is_furniture_line("Chia sẻ với chúng tôi, ông Nguyễn Văn An nói:")
    False
    >>> is_furniture_line("Đăng ký kết hôn tăng trong tháng 10/2025")
    False
    >>> is_furniture_line("Mô tả ảnh.")
    True
    >>> is_furniture_line("Tiếp cận pháp luạt.jpg ")
    True
    >>> is_furniture_line("<< Quay lại"), is_furniture_line("Trở về trang trước")
    (True, True)
    """
    return len(text) <= MAX_FURNITURE_LINE and bool(FURNITURE_LINE.match(text)
                                                    or PLACEHOLDER_CAPTION.match(text))


# A document to download: "Tải về kế hoạch (PDF)" linking a .pdf, a form as .docx.
DOCUMENT_HREF = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|rar|7z)(?:[?#].*)?$", re.IGNORECASE)


def announces_document(container: etree._Element) -> bool:
    """True when the container links to a document file or shows one in a frame (a notice's
    attachment: ``<a href=TT10_2016.pdf>``, ``<iframe src=….pdf>``)."""
    return any(DOCUMENT_HREF.search((e.get("href") or e.get("src") or e.get("data") or "").strip())
               for e in container.iter("a", "iframe", "embed", "object"))


# The label a portal prints before the attachment's link: "Tải về: <a>Dự thảo kế hoạch</a>".
DOWNLOAD_LABEL = re.compile(r"^\s*(tải về|tải xuống|download|((tệp|file|tập tin|văn bản) )?đính kèm)"
                            r"\s*[:：]\s*", re.IGNORECASE)

# The same label after the file's name, in brackets: "TT-22-2020-BCT.pdf (Tải về)".
DOWNLOAD_TAIL = re.compile(r"\s*[(\[]\s*(tải về|tải xuống|download)\s*[)\]]\s*$", re.IGNORECASE)


def is_download_line(block: Block) -> bool:
    """A paragraph that is only a link to a document file ("Tải về kế hoạch (PDF)"), after a
    download label or not ("Tải về: Dự thảo kế hoạch"): the page's download button under a
    notice, not a line of its text; the label may follow the file's name in brackets
    ("TT-22-2020-BCT.pdf (Tải về)")."""
    if block.element is None:
        return False
    links = [a for a in block.element.iter("a") if a.get("href")]
    return len(links) == 1 and bool(DOCUMENT_HREF.search(links[0].get("href", "").strip())) \
        and text_key(element_text(links[0])) == text_key(
            DOWNLOAD_TAIL.sub("", DOWNLOAD_LABEL.sub("", block.text)))


def links_another_outlet_s_story(block: Block, base: str) -> bool:
    """A paragraph that is only a link, shaped like a headline, to a story on another site (a
    digest's bold "Việt Nam sẽ gia nhập BRICS hay chần chừ vì ngoại giao 'cây tre'?" linking
    the broadcaster's story between its paragraphs): a pointer elsewhere, not a line of the
    text, and no related story of this site.  A credit ("Theo …") is left to the byline."""
    if block.element is None or BYLINE_PREFIX.match(block.text):
        return False
    links = [a for a in block.element.iter("a") if a.get("href")]
    if len(links) != 1 or text_key(element_text(links[0])) != text_key(block.text):
        return False
    address = urljoin(base, links[0].get("href", "").strip())
    target = urlsplit(address)
    words = len(block.text.split())
    return target.scheme in ("http", "https") and bool(target.path.strip("/")) \
        and not same_site_view(address, base) \
        and MIN_STORY_LINK_WORDS <= words <= MAX_HEADLINE_WORDS and not block.text.rstrip().endswith(".")


# What may stand between the links of a navigation row: bars, dashes, arrows, guillemets.
LINK_ROW_SEPARATORS = re.compile(r"[\s|/\-–—•·»«<>›‹\[\]()]*")


def is_link_row(block: Block) -> bool:
    """A paragraph of two or more links and nothing else but separators ("Trở về Giáo phận
    Bắc Ninh | Giáo xứ kế tiếp", "« Bài trước | Bài sau »"), or of one link up the page
    ("Top"): the page's navigation row under the text of an old hand-made page, never a line
    of it.

    >>> from lxml import html
    >>> p = html.fromstring("<p><a href='a.htm'>Trở về</a> | <a href='b.htm'>Trang kế</a></p>")
    >>> is_link_row(Block(text=element_text(p), element=p))
    True
    """
    if block.element is None:
        return False
    links = [a for a in block.element.iter("a") if a.get("href")]
    if len(links) == 1 and links[0].get("href", "").strip().startswith("#") \
            and text_key(element_text(links[0])) == text_key(block.text):
        return True  # a link back up the page ("<a href=#top>Top</a>", "Về đầu trang")
    if len(links) < 2:
        return False
    rest = block.text
    for link in links:
        rest = rest.replace(element_text(link), "", 1)
    return LINK_ROW_SEPARATORS.fullmatch(rest) is not None


# A linked line this long reads as a headline; a shorter one is a name or a label ("Lễ hội Ooc
# Om Bóc", "Cổng thông tin tỉnh").
MIN_STORY_LINK_WORDS = 6


# Fewest words of a bilingual headline's half printed again over the text.
MIN_HALF_WORDS = 4


def extract_body(container: etree._Element, base: str, excluded: set[etree._Element],
                 sapo: str | None = None, printed: tuple[str | None, ...] = (),
                 class_style: Callable[[str], str] | None = None,
                 story_boxes: list[etree._Element] | tuple = ()) -> Body:
    """Paragraphs, images and byline of the article in ``container``; ``printed`` lists lines
    found elsewhere (headline, timestamp, view count) that a broad container also holds."""
    blocks, unrendered = without_unrendered_media(walk(container, base, excluded))
    blocks = attach_captions(blocks)
    images = [{"url": b.image, "caption": b.caption} for b in blocks
              if b.image and not is_site_badge(b.element, b.image)]
    furniture = {text_key(p) for p in printed if p}
    # A bilingual headline's halves, each printed again over its half of the text ("WE
    # DELIVERED WARMTH …/ HÀNH TRÌNH MANG HƠI ẤM …").
    halves = bilingual_halves(printed[0] if printed else None)
    furniture |= {text_key(half) for half in halves}
    # A line without a letter or digit (a stray "." left between the lead and the text) is
    # no text, as on trafilatura's path (crawler.extract.generic).
    pointed = addresses_pointed_to(blocks)
    meta = [text_key(p) for p in printed[1:3] if p]  # the printed timestamp and view count
    sections = section_headings_after_prose(blocks, printed[0] if printed else None)
    paragraphs = [b for b in blocks if b.text and not b.image and not SEE_ALSO.match(b.text)
                  and text_key(b.text) and not is_furniture_line(b.text) and b not in pointed
                  and (not all(text_key(line) in furniture for line in b.text.split("\n"))
                       or is_headline_as_sentence(b.text, printed[0] if printed else None)
                       or b in sections)
                  and not is_meta_line(b.text, meta)]
    # The headline printed again over the text, broken over short lines (see below).
    # (Under a trail and a section's line at most: "Trang Chính > Sinh Hoạt Cộng Đồng".)
    start = next((i for i in range(min(MAX_LINES_OVER_HEADLINE + 1, len(paragraphs)))
                  if all(len(b.text.split()) <= MAX_TRAIL_WORDS for b in paragraphs[:i])
                  and lines_spelling_a_printed_line(paragraphs[i:], furniture)), 0)
    spelled = [paragraphs.pop(start) for _ in range(lines_spelling_a_printed_line(paragraphs[start:], furniture))]
    if not spelled and len(paragraphs) > 1 and printed and printed[0] \
            and restates_headline(paragraphs[0], printed[0]):
        spelled.append(paragraphs.pop(0))
    if spelled and signs_the_headline(spelled[-1]):
        # The writer's name the headline ends with ("… Việt Mỹ -Đào Hiếu Thảo"), printed
        # pushed right under the title's line: the signature, read as one over the text.
        paragraphs.insert(0, spelled.pop())
    headline_lines = [b.text for b in spelled]
    if len(paragraphs) > 1 and is_excerpt_of_text(
            paragraphs[0].text, [b.text or b.caption or "" for b in blocks[blocks.index(paragraphs[0]) + 1:]]):
        # (Its words run on over the photo's caption, which the excerpt holds too.)
        headline_lines.append(paragraphs.pop(0).text)  # (left out on trafilatura's path too)
    paragraphs, note = split_publication_note(paragraphs)
    lead = None
    lead_is_text = False
    abstracts: list[str] = []
    # A dateline note in parentheses over the text, no sentence of it (see DATELINE_NOTE).
    repeated: list[str] = [paragraphs.pop(0).text] \
        if len(paragraphs) > 1 and DATELINE_NOTE.match(paragraphs[0].text) else []
    if sapo:
        # A journal's abstract is printed with its label ("Tóm tắt: ..."), the sapo without it.
        abstracts = abstract_lines(paragraphs, sapo)
        abstracts += front_matter_after(paragraphs, abstracts, sapo)
        repeated = [b.text for b in paragraphs if repeats_tagged_lead(b.text, sapo)]
        if paragraphs and completes_cut_lead(paragraphs[0].text, sapo):
            # The whole lead: the sapo, and no text (see completes_cut_lead).
            lead = paragraphs[0].text.replace("\n", " ")
            repeated.append(paragraphs.pop(0).text)
        text = [b for b in paragraphs if not same_text(b.text, sapo)
                and b.text not in abstracts and not repeats_tagged_lead(b.text, sapo)]
        # The lead printed as the container's only paragraph (a one-paragraph story whose
        # description repeats it): the text, as the caller reads it (see Body.lead_is_text).
        lead_is_text = not text and any(same_text(b.text, sapo) for b in paragraphs)
        paragraphs = text
    elif paragraphs and (looks_like_lead(paragraphs[0])
                         or (len(paragraphs) > 1 and opens_with_site_tag(paragraphs[0]))
                         or (len(paragraphs) > 2 and is_short_bold_lead(paragraphs[0]))
                         or set_off_by_divider(blocks, paragraphs[0])):
        lead = paragraphs.pop(0).text.replace("\n", " ")
    paragraphs, dropped = after_closing_stories(container, paragraphs, story_boxes)
    downloads = [b.text for b in paragraphs if is_download_line(b) or links_another_outlet_s_story(b, base)
                 or is_link_row(b)]
    paragraphs = [b for b in paragraphs if b.text not in downloads]
    # An address list's lines, each of which trafilatura may print as a paragraph of its own.
    dropped = unrendered + headline_lines + halves + repeated + dropped + downloads \
        + [line for b in pointed for line in (b.text, *b.text.split("\n"))]
    if class_style is not None:
        for block in paragraphs[-3:]:
            if block.element is not None and len(block.text) <= MAX_BYLINE_CHARS:
                mark_styled(block.element, class_style)
    if len(paragraphs) >= 2 and ADDRESS_LINE.match(paragraphs[-1].text) and looks_like_byline(paragraphs[-2]):
        # The credited story's address on the line under the credit closing the text ("Theo
        # Báo Kiên Giang" / "https://www.baokiengiang.vn/…"): the credit's, no text.
        dropped.append(paragraphs.pop().text)
    if paragraphs and invites_to_write_to_the_site(paragraphs[-1].text, base):
        dropped.append(paragraphs.pop().text)
    paragraphs, byline = split_byline(paragraphs)
    if byline is None and not (paragraphs and printed and names_a_part_of_headline(paragraphs[0].text, printed[0])):
        paragraphs, byline = split_leading_byline(paragraphs)
    if byline is None:
        paragraphs, byline = split_genre_credit(paragraphs)
    if byline is None:
        paragraphs, byline = split_excerpt_credit(paragraphs)
    if byline is None:
        paragraphs, byline = split_reporter_handover(paragraphs)
    if byline is None:
        paragraphs, byline = split_credited_headline(paragraphs)
    if byline is None:
        paragraphs, byline = split_shouted_name(paragraphs)
    if byline is None:
        paragraphs, byline = split_glued_credit(paragraphs)
    if byline is None:
        byline = digest_credits(paragraphs)
    if note:
        byline = f"{byline}\n{note}" if byline else note
    return Body(paragraphs=[b.text for b in paragraphs], images=dedupe_images(images),
                byline=byline, lead=lead, dropped=dropped + abstracts, lead_is_text=lead_is_text,
                headings=[b.text for b in paragraphs if b.element is not None
                          and b.element.tag in SUBHEADING_TAGS])


# The kind of an official document, printed alone as its title's first line ("KẾ HOẠCH" over
# "Tổ chức các hoạt động hè …"; "QUY ĐỊNH" over "Về quy trình …").
DOCUMENT_KIND_LINE = re.compile(r"^\s*(kế hoạch|quy định|quyết định|thông báo|hướng dẫn|báo cáo|"
                                r"tờ trình|nghị quyết|nghị định|chỉ thị|thông tư|công văn|quy chế|"
                                r"chương trình|điều lệ|luật|lời kêu gọi|thư ngỏ)\s*$", re.IGNORECASE)


# Short lines a headline printed over the text may stand under (a trail, a section's name).
MAX_LINES_OVER_HEADLINE, MAX_TRAIL_WORDS = 2, 8


# WordPress' "more" mark closing an excerpt it cut from the text itself: "… có giá tại vườn […]".
EXCERPT_MORE = re.compile(r"\[\s*(?:…|\.\.\.)\s*\]\s*$")
# Fewest characters of an excerpt compared with the text's opening, and the share of them the
# text must open with.
MIN_EXCERPT_CHARS, EXCERPT_SHARE = 40, 0.8


def is_excerpt_of_text(excerpt: str, text: list[str]) -> bool:
    """True for WordPress' excerpt over the text, the text's own opening words cut short and
    closed with "[…]" (its paragraphs run together): the text again, no paragraph of it.

    >>> is_excerpt_of_text("Sau 2 tuần giá tụt xuống đáy, giá thanh long đã tăng. Nông dân bói trái [...]",
    ...                    ["Sau 2 tuần giá tụt xuống đáy, giá thanh long đã tăng.", "Nông dân bói trái sớm."])
    True
    """
    if not EXCERPT_MORE.search(excerpt):
        return False
    key = text_key(EXCERPT_MORE.sub("", excerpt))
    # (Its last words may differ: the cut falls inside a word or an edited sentence.)
    return len(key) >= MIN_EXCERPT_CHARS \
        and text_key(" ".join(text[:6])).startswith(key[:int(len(key) * EXCERPT_SHARE)])


def section_headings_after_prose(blocks: list[Block], headline: str | None) -> list[Block]:
    """The text's section headings in the headline's words, printed after a paragraph of prose:
    a legal-advice post "Vi phạm trật tự xây dựng là gì?" opens with a plain paragraph, then
    its first section under an ``<h2>`` in the same words.  The headline printed again over
    the text, before any plain prose, is still no text."""
    key = text_key(headline) if headline else ""
    if not key:
        return []
    # (Plain prose: a reader's question in italics over a legal answer, "<p><em>Tôi có người
    # cháu …</em></p><h2>the headline</h2>", is set apart like a lead; the heading under it is
    # the headline printed again over the answer.)
    prose = next((i for i, b in enumerate(blocks) if b.text and len(b.text.split()) >= MIN_LEAD_WORDS
                  and not (b.element is not None and is_emphasised(b.element))), None)
    if prose is None:
        return []
    return [b for b in blocks[prose + 1:] if b.element is not None and b.element.tag in SUBHEADING_TAGS
            and text_key(b.text) == key]


def is_headline_as_sentence(text: str, headline: str | None) -> bool:
    """The text's first sentence, which the headline repeats without its full stop ("Sáng
    13/02, Ủy ban MTTQ xã … năm 2026." under the headline "Sáng 13/02, … năm 2026"): a
    commune portal titles a story by its opening sentence, which stays text. A sentence of
    ``MIN_LEAD_WORDS`` or more, not in capitals: a notice's title restated with a stop ("Thông
    báo khẩn về việc ngưng cung cấp nước.") is the headline again.

    >>> sentence = "Sáng 13/02, Ủy ban MTTQ xã Xuân Phước trao 100 suất quà Tết cho các hộ nghèo trên địa bàn xã."
    >>> is_headline_as_sentence(sentence, sentence[:-1]), is_headline_as_sentence(sentence[:-1], sentence[:-1])
    (True, False)
    """
    return bool(headline) and text.rstrip().endswith((".", "!", "?", "…")) \
        and not headline.rstrip().endswith((".", "!", "?", "…")) and not text.isupper() \
        and len(text.split()) >= MIN_LEAD_WORDS and text_key(text) == text_key(headline)


def lines_spelling_a_printed_line(paragraphs: list[Block], printed: set[str]) -> int:
    """How many of the first two or three paragraphs spell, together, a line printed elsewhere
    (the headline over the text again, broken over short centred lines): 0 for none.

    >>> lines_spelling_a_printed_line([Block("HỘI NGHỊ TỔNG KẾT"), Block("CÔNG TÁC NĂM 2025"),
    ...     Block("Sáng 9/12, tỉnh tổ chức hội nghị.")], {text_key("Hội nghị tổng kết công tác năm 2025")})
    2
    """
    if paragraphs and DOCUMENT_KIND_LINE.match(paragraphs[0].text):
        # A document printed whole: its kind and subject lines are its own title, text.
        return 0
    # (One paragraph may hold the lines, broken by <br>s: "Tân Hội Đồng Đại Diện CĐNVQG<br>
    # Houston &amp; VPC Nhiệm Kỳ 2020-2023<br>Ra Mắt Đồng Hương" over a static page's text.)
    for count in (1, 2, 3):
        if len(paragraphs) > count and (count > 1 or "\n" in paragraphs[0].text) \
                and text_key("".join(b.text for b in paragraphs[:count])) in printed:
            return count
    return 0


# Fewest words of a heading restating the headline with another ending.
MIN_RESTATED_WORDS = 6


def names_a_part_of_headline(text: str, headline: str | None) -> bool:
    """True for a line printing one part of the headline, before or after its dash or colon:
    a centred "Đêm Văn Nghệ" over the text of "Vu Lan 2015 – Đêm Văn Nghệ", the event's
    title, no writer's name however like one it looks.

    >>> names_a_part_of_headline("Đêm Văn Nghệ", "Vu Lan 2015 – Đêm Văn Nghệ")
    True
    >>> names_a_part_of_headline("Minh Anh", "Vu Lan 2015 – Đêm Văn Nghệ")
    False
    """
    if not headline:
        return False
    key = text_key(text)
    return bool(key) and any(text_key(part) == key for part in HEADLINE_PART_SEPARATOR.split(headline)[:3])


# The separators a <title> joins its parts with (layers.TITLE_SEPARATORS) join a headline's.
HEADLINE_PART_SEPARATOR = re.compile("|".join(re.escape(sep) for sep in layers.TITLE_SEPARATORS))


def bilingual_halves(headline: str | None) -> list[str]:
    """A bilingual headline's two halves, each of which may be printed again over its half of
    the text: split at "/" ("WE DELIVERED WARMTH …/ HÀNH TRÌNH MANG HƠI ẤM …"), or at a dash
    between a Vietnamese half and one in plain English letters (a school's "Chuyến dã ngoại
    … của Khối 5 - Year 5 students explore the Mekong Delta"). Four words or more each.

    >>> bilingual_halves("Ngày hội Đối tác cộng đồng của trường - Our Community Partners Day")
    ['Ngày hội Đối tác cộng đồng của trường', 'Our Community Partners Day']
    >>> bilingual_halves("Dự án “Áo Ấm Cho Em” - Mang hơi ấm đến vùng cao")
    []
    """
    if not headline:
        return []
    if "/" in headline:
        halves = [half.strip() for half in headline.split("/")]
    else:
        halves = [half.strip() for half in BILINGUAL_DASH.split(headline)]
        if len(halves) == 2 and sum(half.isascii() for half in halves) != 1:
            return []  # both halves in one language: a title and its part
    if len(halves) != 2 or min(len(half.split()) for half in halves) < MIN_HALF_WORDS:
        return []  # (not "Dare to Play 3 / October pack": a title and its edition)
    return halves


BILINGUAL_DASH = re.compile(r"\s+[-–]\s+")


def restates_headline(block: Block, headline: str) -> bool:
    """A heading opening the text that restates the headline with its last word changed or its
    tail dropped: "Sự phát triển của phong trào cờ tại thành phố HCM" under "Sự phát triển của
    phong trào cờ tại thành phố Hồ Chí Minh (01/20/2015)" (a name abbreviated, the date left
    out). Six words or more, all but the last opening the headline."""
    if block.element is None or block.element.tag not in SUBHEADING_TAGS:
        return False
    words, opening = block.text.split(), headline.split()
    # (The headline's first part word for word, "Dự án “Áo Ấm Cho Em”" under "Dự án “Áo Ấm Cho
    # Em” - Mang hơi ấm …", is a section's title over its part of the text.)
    return len(words) >= MIN_RESTATED_WORDS and len(words) <= len(opening) \
        and [w.casefold() for w in words[:-1]] == [w.casefold() for w in opening[:len(words) - 1]] \
        and words[-1].casefold() != opening[len(words) - 1].casefold()


def signs_the_headline(block: Block) -> bool:
    """True for the last of the lines spelling the headline again when it is a signature: a
    name pushed right or flush right, as bylines are, not a centred line of the title."""
    return block.element is not None and is_right_aligned(block.element) and looks_like_byline(block)


SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A line of its own in parentheses that only says whose news it is and its day, over the text:
# "(Tin Tòa Thánh Tây Ninh ngày 14/09/2015)", "(Bài đăng ngày 2/3/2021)".  The page's own note
# (no source: "Theo …" names one and is read as a byline), neither text nor lead.
DATELINE_NOTE = re.compile(r"^\(\s*(?:tin|bài|tin bài|bản tin)\b[^()]{0,60}?\bngày\s+"
                           r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*\)$", re.IGNORECASE)
# A photo the CMS left unrendered, printed as its markup: Drupal's media token
# ('[[{"fid":"5498","view_mode":"default",...}]]'), and WordPress' caption shortcode opening the
# photo's caption ('[caption id="attachment_22925" align="aligncenter" width="661"]<img> text').
MEDIA_TOKEN = re.compile(r'^\s*(\[\[\{"fid"\s*:.*?\}\]\]\s*)+$', re.DOTALL)
CAPTION_SHORTCODE = re.compile(r"^\s*\[caption\b[^\]]*\]\s*(?P<caption>.*?)\s*(\[/caption\]\s*)?$",
                               re.IGNORECASE | re.DOTALL)


# A short line asking the reader to write to an e-mail address: "Mọi thắc mắc xin liên hệ:
# tuvan@ngheluat.edu.vn".
CONTACT_INVITATION = re.compile(r"^[^\n]{0,60}\bliên\s+hệ\b[^\n]{0,40}?[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)\s*\.?$",
                                re.IGNORECASE)


def invites_to_write_to_the_site(text: str, url: str) -> bool:
    """True for a line closing the text that asks the reader to write to the site's own
    address, the site's furniture (a notice's "liên hệ" to an office elsewhere stays text).

    >>> invites_to_write_to_the_site("Mọi thắc mắc xin liên hệ: tuvan@ngheluat.edu.vn", "https://ngheluat.edu.vn/a-1.html")
    True
    >>> invites_to_write_to_the_site("Mọi thắc mắc xin liên hệ: phongnoivu@bacgiang.gov.vn", "https://tuyencongchuc.vn/a")
    False
    """
    found = CONTACT_INVITATION.match(text)
    if found is None:
        return False
    host, domain = site_host(url), found["domain"].lower()
    return host == domain or host.endswith("." + domain) or domain.endswith("." + host)


# A line that is only a web address, or a list of them one a line, maybe bulleted ("* https://…").
ADDRESS_LINE = re.compile(r"^\s*(?:[*•+\-–]\s*)?(?:https?://|www\.)\S+\s*"
                          r"(?:\n\s*(?:[*•+\-–]\s*)?(?:https?://|www\.)\S+\s*)*$", re.IGNORECASE)


def addresses_pointed_to(blocks: list[Block]) -> list[Block]:
    """The address lines printed right under a pointer to another page ("Xem bài chi tiết tại
    link sau:" / "https://…"): the pointer's, no text, like the pointer itself.

    >>> blocks = [Block("Xem bài chi tiết tại link sau:"), Block("https://moh.example.vn/a")]
    >>> [b.text for b in addresses_pointed_to(blocks)]
    ['https://moh.example.vn/a']
    """
    return [block for above, block in zip(blocks, blocks[1:])
            if SEE_ALSO.match(above.text) and ADDRESS_LINE.match(block.text)]


def without_unrendered_media(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Take out the markup of photos the CMS printed unrendered (see MEDIA_TOKEN), with the
    line set apart under a missing photo (its caption: no photo, no caption either); the
    text under a photo opened by a raw caption shortcode is that photo's caption.  Also the
    lines taken out (the generic path leaves them out of trafilatura's text).

    >>> blocks, out = without_unrendered_media([Block(image="a.jpg"),
    ...     Block(text='[caption id="attachment_1" width="661"] Mỗi căn nhà trị giá 55 triệu đồng.')])
    >>> blocks[1].caption, out
    ('Mỗi căn nhà trị giá 55 triệu đồng.', ['[caption id="attachment_1" width="661"] Mỗi căn nhà trị giá 55 triệu đồng.'])
    """
    out: list[Block] = []
    dropped: list[str] = []
    token_above = False
    for block in blocks:
        if block.text and not block.image and MEDIA_TOKEN.match(block.text):
            dropped.append(block.text)
            token_above = True
            continue
        if token_above and block.text and set_apart_as_caption(block):
            dropped.append(block.text)
            token_above = False
            continue
        token_above = False
        shortcode = CAPTION_SHORTCODE.match(block.text) if block.text and not block.image else None
        if shortcode and out and out[-1].image:
            dropped.append(block.text)
            block = Block(caption=shortcode["caption"] or None, element=block.element)
            if block.caption is None:
                continue
        out.append(block)
    return out, dropped


def after_closing_stories(container: etree._Element, paragraphs: list[Block],
                          story_boxes: list[etree._Element] | tuple
                          ) -> tuple[list[Block], list[str]]:
    """Leave out a box that follows the related-story boxes closing the text (a promo box, a
    subscription notice), the byline excepted: every line after the last story box, and no
    other, sits in one element printed after it (``<div class="notebox">``).  A box in the
    middle of the text is followed by the rest of the text, which sits elsewhere."""
    if not story_boxes or not paragraphs:
        return paragraphs, []
    position = {el: i for i, el in enumerate(container.iter())}
    last_box = max(position.get(b, -1) for b in story_boxes)
    after = [b for b in paragraphs if b.element is not None
             and position.get(b.element, -1) > last_box and not looks_like_byline(b)]
    if not after:
        return paragraphs, []
    box = after[0].element
    while box is not None and box is not container and not all(
            box is b.element or box in b.element.iterancestors() for b in after):
        box = box.getparent()
    if box is None or box is container or position.get(box, -1) <= last_box \
            or box.tag not in ("div", "aside", "section", "table", "blockquote"):
        return paragraphs, []
    before = [b for b in paragraphs if b not in after]
    if sum(len(b.text) for b in after) > sum(len(b.text) for b in before) \
            and sum(1 for b in after if is_prose(b.text)) * 2 >= len(after):
        # The story box sits between the lead and the text ("Tin liên quan" under the sapo):
        # what follows it is most of the article, sentences in the text's own element (half
        # of them at least: a sidebar's headlines are none), no promo box.
        return paragraphs, []
    return before, [b.text for b in after]


# A lead set apart by its class: bold by name or by a weight utility class ("fw600",
# "fw-bold", "font-weight-700"), or a lead's name ("sapo", "chapeau" and laodong's "chappeau").
LEAD_CLASS = re.compile(r"bold|semibold|fw-?[6-9]00|font-?weight-?[6-9]00|sapo|lead|summary|"
                        r"chap+eau|chapo|intro", re.IGNORECASE)


def looks_like_lead(block: Block) -> bool:
    """A first paragraph set in bold (by markup, or by a class such as "font-semibold" or
    "lead") and long enough to be a sapo, not a subheading nor a press digest's item heading:
    a line in capitals is a heading however long ("KHÁM CHỮA BỆNH MIỄN PHÍ CHO BÀ CON …", the
    first item's heading of an overseas paper's digest)."""
    element = block.element
    return element is not None and element.tag in ("p", "div", "h2", "strong") \
        and len(block.text.split()) >= MIN_LEAD_WORDS and not DIGEST_CREDIT.search(block.text) \
        and not block.text.isupper() and not is_headline_shaped(block.text) \
        and not is_quoted_line(block.text) and not is_bracketed_note(block.text) \
        and not is_invocation(block.text) and not is_epigraph(block.text) \
        and (is_bold(element) or bool(LEAD_CLASS.search(element.get("class", ""))))


# A Buddhist homage opening a pagoda's post ("Nam Mô Đại Từ Đại Bi … Quán Thế Âm Bồ Tát.",
# "Nam mô A Di Đà Phật"): an invocation, no lead however the description repeats it.
INVOCATION = re.compile(r"^\s*nam\s+m[ôo]\s+\S", re.IGNORECASE)


def is_invocation(text: str) -> bool:
    """A homage in the Buddhist formula ("Nam mô": I take refuge in), no sentence of news.

    >>> is_invocation("Nam Mô A Di Đà Phật"), is_invocation("Nam Định tổ chức hội nghị.")
    (True, False)
    """
    return INVOCATION.match(text) is not None


def is_bracketed_note(text: str) -> bool:
    """A line that is one note in brackets and nothing else: a regulation's "(được ban hành kèm
    theo quyết định số 71/QĐ-HKTS …)" under its title, an editor's "(Ảnh minh họa)".

    >>> is_bracketed_note("(được ban hành kèm theo quyết định số 71/QĐ-HKTS ngày 25/7/2017)")
    True
    >>> is_bracketed_note("(CTO) - Ngày 8-1, Sở Y tế tổ chức hội nghị.")
    False
    """
    text = text.strip()
    return len(text) > 2 and text[0] == "(" and text[-1] == ")" and text.count("(") == 1 and text.count(")") == 1


# A bold lead of one short sentence (a company's or a school's notice: "Ngày 02/02/2026, Công
# ty tạm ngừng cung cấp nước trên địa bàn phường Hòa Cường."): shorter than MIN_LEAD_WORDS,
# so it must close a sentence and be followed by more text than a heading's paragraph.
MIN_SHORT_LEAD_WORDS = 10


def is_short_bold_lead(block: Block) -> bool:
    """A first paragraph in bold of one closed sentence of 10 words or more (see
    MIN_SHORT_LEAD_WORDS): the caller asks for two more paragraphs after it.

    >>> p = etree.fromstring("<p><strong>Ngày 02/02/2026, Công ty tạm ngừng cấp nước tại "
    ...     "phường Hòa Cường.</strong></p>")
    >>> is_short_bold_lead(Block(text=element_text(p), element=p))
    True
    >>> p = etree.fromstring("<p><strong>1. Công tác tuyên truyền</strong></p>")
    >>> is_short_bold_lead(Block(text=element_text(p), element=p))
    False
    """
    element = block.element
    return element is not None and element.tag in ("p", "div") \
        and MIN_SHORT_LEAD_WORDS <= len(block.text.split()) < MIN_LEAD_WORDS \
        and "\n" not in block.text and SENTENCE_END.search(block.text) is not None \
        and not block.text.isupper() and not DIGEST_CREDIT.search(block.text) \
        and not is_quoted_line(block.text) and is_bold(element)


# A line of ornaments that sets a passage apart from what follows ("* * *", "***", "---",
# "o0o"): no letter nor digit but for the "o0o" a Vietnamese editor types.
DIVIDER_LINE = re.compile(r"^\s*(?:[*~=_\-–—•·.+#]\s*){3,}$|^\s*o0o\s*$", re.IGNORECASE)


def set_off_by_divider(blocks: list[Block], first: Block) -> bool:
    """A first paragraph in bold or italics, long enough to be a lead, that a divider line
    ("* * *") sets apart from the text under it: a magazine's excerpt typed over the text
    ("<p><em>Hay vùng nông dân có trình độ còn thấp thì …</em></p><p>* * *</p>").

    >>> p = etree.fromstring("<p><em>" + "Hay vùng nông dân có trình độ còn thấp thì chưa nên "
    ...     "áp dụng mô hình sử dụng nấm xanh phòng trừ sâu hại" + "</em></p>")
    >>> lead = Block(text=element_text(p), element=p)
    >>> set_off_by_divider([lead, Block("* * *"), Block("I. MỞ ĐẦU")], lead)
    True
    >>> set_off_by_divider([lead, Block("I. MỞ ĐẦU")], lead)
    False
    """
    element = first.element
    if element is None or len(first.text.split()) < MIN_LEAD_WORDS or first.text.isupper() \
            or not is_emphasised(element):
        return False
    after = next((b for b in blocks[blocks.index(first) + 1:] if b.text and not b.image), None) \
        if first in blocks else None
    return after is not None and DIVIDER_LINE.match(after.text) is not None


# The site's own tag in parentheses and a dash opening the first paragraph, the lead's mark
# however it is styled: "(Website quận 2) - Thiết thực chào mừng …", "(CTO) - Ngày 8-1, …".
# The hyphen or en dash Vietnamese papers set there; not an English wire's em dash ("(Reuters)
# — The …" opens a wire story's text, whose first paragraph is no lead set apart).  Stricter
# than fields.text.PAPER_TAG, which tests a block already set apart under the headline: here
# an unstyled paragraph of the text, so the tag must be in parentheses.
SITE_TAG_OPENING = re.compile(r"^\((?:[^\W\d_]|[.+])[\w .+&-]{0,30}\)\s*[-–]\s*\S")


def opens_with_site_tag(block: Block) -> bool:
    """A first paragraph that opens with the site's tag (see SITE_TAG_OPENING), of one line
    and long enough to be a lead (the caller keeps a text of one paragraph whole)."""
    return SITE_TAG_OPENING.match(block.text) is not None and "\n" not in block.text \
        and len(block.text.split()) >= MIN_LEAD_WORDS and not is_headline_shaped(block.text)


# A headline is short and closes no sentence; a lead is a sentence or two.
MAX_HEADLINE_WORDS = 24


def is_headline_shaped(text: str) -> bool:
    """A line shaped like a story's headline: short, no sentence punctuation closing it (an
    overseas paper's digest item "Tổng thống Brazil thăm Việt Nam: bàn thảo về BRICS, máy bay
    và thịt bò" in bold over its text), so a heading rather than a lead.

    >>> is_headline_shaped("Tổng thống Brazil thăm Việt Nam: bàn thảo về BRICS, máy bay và thịt bò")
    True
    >>> is_headline_shaped("Sáng 9/12, tỉnh tổ chức hội nghị tổng kết công tác năm 2025.")
    False
    """
    stripped = text.rstrip()
    return len(stripped.split()) <= MAX_HEADLINE_WORDS \
        and not stripped.endswith((".", "!", "?", "…", "”", '"', "»", ")", ";", ":"))


# A press digest's ("Điểm báo") item heading closes with the outlet and the day it printed the
# story: "Công nghiệp chế biến … trụ cột chính của Quảng Ninh (TTXVN/VietnamPlus.vn 22/9)".
DIGEST_CREDIT = re.compile(r"\((?P<credit>[^()\d]{2,60}?)\s+\d{1,2}/\d{1,2}\)\s*$")


def digest_credits(paragraphs: list[Block]) -> str | None:
    """The outlets credited in a press digest's bold item headings, one credit line each
    ("TTXVN/VietnamPlus.vn"): the digest's sources."""
    credits = [m["credit"].strip() for m in (DIGEST_CREDIT.search(b.text) for b in paragraphs
                                             if b.element is not None and is_emphasised(b.element))
               if m]
    return "\n".join(f"Nguồn: {c}" for c in dict.fromkeys(credits)) or None


NON_WORD = re.compile(r"\W+")


def text_key(text: str) -> str:
    """Text reduced to its lower-case letters and digits, for "is this the same line?".

    The same lines are compared many times over a page (a paragraph against the title, the
    sapo, each caption ...): a line of paragraph size is keyed once (kept as a plain str, so
    that no key holds a tree through lxml's text results).

    >>> text_key("Ngày 8-1, Thanh tra  Chính phủ…")
    'ngày81thanhtrachínhphủ'
    """
    if len(text) > MAX_CACHED_KEY:
        return key_of(text)
    return cached_key(text if type(text) is str else str(text))


MAX_CACHED_KEY = 2000


def key_of(text: str) -> str:
    # Spaces are not word characters: str.split drops them faster than the pattern.
    return NON_WORD.sub("", "".join(text.split())).lower()


cached_key = lru_cache(maxsize=1024)(key_of)


def same_text(a: str, b: str) -> bool:
    return text_key(a) == text_key(b)


# WordPress' resized copy of an upload: "dai-le-1-696x464.jpg" of "dai-le-1.jpg".
RESIZED_COPY = re.compile(r"-\d{2,4}x\d{2,4}(?=\.[A-Za-z]{3,4}$)")


def dedupe_images(images: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    """Each photo once, where it first appears, with the first caption printed for it; a
    resized copy and the full upload are one photo, kept at the full upload's address (a
    theme's featured image at 696x464 over the same photo in the text).

    >>> dedupe_images([{"url": "https://x.vn/a-696x464.jpg", "caption": None},
    ...                {"url": "https://x.vn/a.jpg", "caption": "Quang cảnh buổi lễ"}])
    [{'url': 'https://x.vn/a.jpg', 'caption': 'Quang cảnh buổi lễ'}]
    """
    seen: dict[str, dict[str, str | None]] = {}
    for image in images:
        url = image["url"] or ""
        kept = seen.setdefault(photo_key(url), image)
        if kept is image:
            continue
        if not kept["caption"]:
            kept["caption"] = image["caption"]
        if photo_key(kept["url"] or "") != kept["url"] and photo_key(url) == url:
            kept["url"] = url
    return list(seen.values())


def photo_key(url: str) -> str:
    """The full upload's address of a photo's copy: WordPress' resized "a-696x464.jpg" of
    "a.jpg", NukeViet's thumbnail in "/assets/news/" of the upload in "/uploads/news/" (its
    og:image and its sidebar's picture).

    >>> photo_key("https://xa.gov.vn/assets/news/2019_02/trao-qua.jpg")
    'https://xa.gov.vn/uploads/news/2019_02/trao-qua.jpg'
    """
    return NUKEVIET_THUMBNAIL.sub("/uploads/news/", RESIZED_COPY.sub("", url))


NUKEVIET_THUMBNAIL = re.compile(r"/assets/news/(?=\d{4}_\d{2}/)")
