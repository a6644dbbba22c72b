"""The generic layers as data: where structured metadata and common page furniture put each field.

Layer 2 ("metadata") reads what the page declares about itself; layer 3 ("heuristic") reads the
printed page the way a Vietnamese reader would.  Kept as named lists, in the spirit of
trafilatura's xpaths.py, so a rule is added by adding a line.
"""

import re

from crawler.normalize.dates import CJK_DATE_PATTERN, MONTH_WORD_PATTERN

# ---- metadata: meta names/properties, most specific first ----
TITLE_META = ("og:title", "twitter:title", "headline", "dc.title")
PUBLISHED_META = ("article:published_time", "datepublished", "og:article:published_time",
                  "pubdate", "publishdate", "dc.date.issued", "dc.date", "date")
DESCRIPTION_META = ("og:description", "description", "twitter:description")
SECTION_META = ("article:section", "og:article:section")
TAG_META = ("article:tag", "og:article:tag")
AUTHOR_META = ("article:author", "author", "dc.creator")
VIEW_META = ("interactioncount",)

# How CMSs join the headline and the site name in <title>.
TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " » ", ": ")

# ---- heuristics: CSS selectors over the printed page ----
HEADLINE_CSS = ("article h1", "h1[class*=title]", "h1")
BREADCRUMB_CSS = ('[itemtype*="BreadcrumbList"] a', "ol.breadcrumb a", "ul.breadcrumb a",
                  ".breadcrumb a", ".breadcrumbs a", "nav[aria-label*=readcrumb] a",
                  # WordPress themes' "entry-crumbs"/"td-crumb-container" (tagDiv's Newspaper).
                  "[class*=breadcrumb] a", "[class*=crumbs] a",
                  # Joomla's "pathway", and the "path" tables of older portals (Oracle Portal's
                  # "<td class=pathtext><a class=pathlink>").
                  ".pathway a", "a.pathway", ".path a", ".pathtext a", "a.pathlink", "a.path_link")
BODY_CSS = ('[itemprop="articleBody"]', "article .content", ".article-content",
            ".article-body", ".detail-content", ".content-detail", ".entry-content",
            ".news-content", ".post-content", "#content-detail", ".detail__content",
            ".content-news",
            # Gnuboard's post content (the Korean board engine of the portals of Vietnamese
            # in Korea), inside an <article> holding the post's meta, tools and neighbours.
            "#bo_v_con", "article")
AUTHOR_CSS = ('[itemprop="author"]', '[rel="author"]', ".author", ".tac-gia", ".tacgia",
              ".byline", '[class*="author"]', '[class*="tac-gia"]', '[class*="tacgia"]',
              # ASP.NET sites name their classes in PascalCase ("td.Author"); a class
              # selector is case-sensitive (skipped at no cost where no class holds it).
              '[class*="Author"]', '[class*="TacGia"]')
# A credit line labelled as such near the headline ("Đăng bởi : Nguyễn Công Luân", "Tác giả:
# ...", "Người viết: ..."), printed without an author class.
AUTHOR_LABEL = re.compile(r"^\s*(đăng bởi|người đăng|người viết|(?:được )?viết bởi|tác giả|bởi|posted by|"
                          r"written by)\s*:?\s*\S", re.IGNORECASE)
SAPO_CSS = (".sapo", ".article-sapo", ".detail-sapo", ".lead", ".summary", ".description",
            "[class*=sapo]", "[class*=summary]", "[class*=tomtat]", "[class*=tom-tat]",
            ".chapeau", ".chappeau", "[class*=chapo]", ".intro", '[itemprop="description"]', "h2.desc",
            # An old portal's "newsbrief" (the brief: the lead) between the date and the text.
            "[class*=newsbrief]", "[class*=news-brief]",
            # WordPress: an excerpt printed under the title, tagDiv's "td-post-sub-title".
            ".entry-excerpt", ".post-excerpt", ".td-post-sub-title",
            # A portal's "teaser" box under the headline (a whole class: a card in a list of
            # stories is "node--teaser", and is no lead after the headline anyway).
            ".teaser",
            # Ghost's themes: the post's excerpt under its title (Casper's "article-excerpt",
            # Source's "gh-article-excerpt").
            "[class*=article-excerpt]",
            # An "announce" text under the headline: the lead of CMSs built abroad (a foreign
            # agency's Vietnamese edition, "article__announce-text").
            "[class*=announce-text]",
            # NukeViet (3 and 4) prints the news module's introduction field, "hometext".
            ".hometext", "#hometext")

# Class names of the element printing the article's section beside the headline: "detail-cate",
# "cate-name", "article__cate", "article-cat", "cat", WordPress' "cat-links", "chuyen-muc" (a
# whole class token); SPIP's French "rubrique" (a section: "rubrique-article"), the CMS of
# Vietnamese papers in France and Québec.
CATEGORY_CLASS = re.compile(r"(?:^|[\s_-])(?:cate|cat|category|cat-?links|chuyen-?muc|chuyenmuc|danh-?muc|"
                            r"rubrique)"
                            r"(?:[_-]?(?:name|title|label|link))?(?=$|[\s_-])", re.IGNORECASE)
# Home links in a breadcrumb are not the section, nor is a back link (Liferay's "Quay lại" in
# the asset's title bar, printed after a guillemet: "« Quay lại").
_BACK = r"quay lại|trở về|trở lại|back"
HOME_WORDS = re.compile(rf"^(?:[«‹←]\s*)?(trang chủ|home|trang chu|{_BACK})$", re.IGNORECASE)
# The back link alone, which leads to the section, not home.
BACK_WORDS = re.compile(rf"^(?:[«‹←]\s*)?(?:{_BACK})$", re.IGNORECASE)
# "270 lượt xem", "Lượt xem: 1.234", "Đã xem 45 lần", "1.234 views"; a bare label before the
# count in old CMSs' date lines ("Tin đăng ngày: 6/2/2020 - Xem: 92", Joomla's "Hits: 92")
VIEWS_TEXT = re.compile(r"lượt\s*(xem|đọc|truy cập)|đã\s*xem|(số\s+)?lần\s+(xem|đọc)|\bviews?\b|"
                        r"(?<!\w)(?:xem|đọc|hits?)\s*:\s*\d|"
                        # Joomla K2's "Đọc 312 lần" (read 312 times), "Xem 45 lần".
                        r"(?<!\w)(?:xem|đọc)\s+\d[\d.,]*\s+lần\b|"
                        # A Japanese Wix blog's "0回の閲覧" (viewed 0 times).
                        r"回の閲覧|"
                        # A Korean board's (Gnuboard's) "199 조회" (199 views).
                        r"조회|"
                        # Drupal's statistics module in English: "8827 reads".
                        r"(?<![\w.,])\d[\d.,]*\s+reads\b|"
                        # WordPress' view-count plugin in English: "(Visited 1 times, 1 visits today)".
                        r"\bvisited\s+\d[\d.,]*\s+times?\b", re.IGNORECASE)
# A printed timestamp: a D/M/Y date, or a relative time ("2 giờ trước").
DATE_TEXT = re.compile(r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}\b|"
                       # The year first, with dashes or (a Korean board's) dots: "2025.08.22".
                       r"\b\d{4}-\d{2}-\d{2}\b|(?<![\d.])(?:19|20)\d{2}\.\d{2}\.\d{2}(?![\d.])|"
                       r"\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}|"
                       # A theme's badge, the day and month over the year, as its own line:
                       # "15.05 2024".
                       r"(?<![^\n])\s*\d{1,2}\.\d{1,2}\s+(?:19|20)\d{2}\s*(?![^\n])|"
                       # A Japanese or Chinese date (a community site in Japan): "2017年11月11日",
                       # in a short line (a sentence in Japanese has no spaces to count words).
                       rf"(?<![^\n]{{30}}){CJK_DATE_PATTERN}(?![^\n]{{30}})|"
                       # Joomla's "11 Tháng 12 2023", Blogger's "4 tháng 7, 2019", "15 thg 10, 2019"
                       # The year may run into the time ("21 Tháng Sáu 20248:59 SA").
                       r"\b\d{1,2}\s+(?:tháng|thg)\s*\d{1,2},?\s+\d{4}(?:\b|(?=\d{1,2}:\d{2}))|"
                       # WordPress' "7 tháng 1 năm 2021", the year after "năm", closing its line
                       # (maybe with a clock) or a field of a meta line ("13 Tháng 08 Năm 2020 /
                       # 1374 lượt xem"): a wrapped sentence's "… 25 tháng 4 năm 2020 tại
                       # Trường" goes on.
                       r"\b\d{1,2}\s+tháng\s+\d{1,2},?\s+năm\s+\d{4}(?:,?\s*(?:lúc\s*)?\d{1,2}:\d{2}"
                       r"(?::\d{2})?(?:\s*[AP]M)?)?(?=\s*(?:$|[|/•·–-]\s))|"
                       # Month words (WordPress' vi locale "25 Tháng Tám, 2010", "Tháng Tư 3,
                       # 2014", "Th2 3, 2014").  Not English month names: on the English pages
                       # of the public benchmark they find photo captions and US-time lines.
                       rf"\b\d{{1,2}}\s+(?:tháng|thg)\s+(?:{MONTH_WORD_PATTERN}),?\s+\d{{4}}(?:\b|(?=\d{{1,2}}:\d{{2}}))|"
                       rf"\b(?:(?:tháng|thg)\s+(?:{MONTH_WORD_PATTERN}|\d{{1,2}})|th\s?\d{{1,2}})\s+\d{{1,2}},?\s+\d{{4}}\b|"
                       r"\b\d+\s*(giây|phút|giờ|ngày|tuần|tháng)\s+trước\b|"
                       # Not a visitor counter's "Hôm nay: 415" / "Hôm qua: 1.020".
                       r"\b(hôm qua|hôm nay|vừa xong)\b(?!\s*:\s*\d)", re.IGNORECASE)
# Icons that stand for "views" beside a count: icon-font classes, an <img> whose file or alt
# text says so, an inline SVG whose class, title, label or <use> reference does.
EYE_ICON_CLASS = re.compile(r"(^|[\s_-])(eye|fa-eye|icon-?views?|ico-?views?|views?-?icon|"
                            r"icon-?luot-?xem|luot-?xem)([\s_-]|$)", re.IGNORECASE)
EYE_ICON_NAME = re.compile(r"eye|(^|[/_-])(icon|ico|ic)[_-]?views?\b|views?[_-]?(icon|ico)|luot-?xem|"
                           r"lượt xem|luotxem|\bviews?\b", re.IGNORECASE)
# Class names of a view counter printed without a word or an icon.
VIEW_COUNTER_CLASS = re.compile(r"(^|[\s_-])(views?|view-?count|post-?views?|luot-?xem|luotxem|"
                                r"hits?|count-?views?|pageviews?|so-?luot-?xem)([\s_-]|$)",
                                re.IGNORECASE)
# Links that sit beside the view counter in the tool row of old table layouts.
# (And a print view's "Đóng cửa sổ" / "Close window", which shuts the view.)
PRINT_LINK_TEXT = re.compile(r"^\s*(in bài|in trang|bản in|gửi bài|gửi email|gửi cho bạn|"
                             r"print|e-?mail|lưu bài|chia sẻ|đóng cửa sổ|đóng lại|close(?: window)?)\b",
                             re.IGNORECASE)
# Headings over a block of tag links.
# The words a tag list is labelled with ("Từ khóa:", "Tags:", "Keywords:").
TAG_LABEL_WORDS = r"từ khóa|từ khoá|tags?|keywords?"
TAGS_HEADING = re.compile(rf"^\s*({TAG_LABEL_WORDS}|thẻ|chủ đề)\s*:?\s*$", re.IGNORECASE)
# A tag list printed as one line of plain text after its label ("Từ khóa: a; b; c").
TAGS_LINE = re.compile(rf"^\s*({TAG_LABEL_WORDS})\s*:\s*(?=\S)", re.IGNORECASE)
MAX_TAG_LINE_CHARS = 300
TAGS_LINE_START = re.compile(rf"^\s*({TAG_LABEL_WORDS})\b", re.IGNORECASE)
# Class names of a tag block printed without a label (znews' "the-article-tags", "keylink").
# A whole class token: "tags", "block_tag", "the-article-tags", "tags-detail", "keylink"; not
# WordPress' per-post "tag-adam-neumann".
TAGS_CLASS = re.compile(r"(?:^|\s)(?:[\w-]*[_-])?(?:tags?|keywords?|keylinks?|tu-?khoa|hash-?tags?)"
                        r"(?:[_-]+(?:list|box|wrap|wrapper|detail|details|item|items|container|"
                        r"inner|content|block|area|links?))?(?=\s|$)", re.IGNORECASE)
# A tag is a short phrase; more words than this make a headline or a sentence.
MAX_TAG_WORDS = 8
# A journal's keyword after "Từ khóa:", set apart by semicolons, may be a longer phrase.
MAX_KEYWORD_WORDS = 14
# A block with more items than this is a tag cloud of the whole site, not the article's tags.
MAX_TAGS = 25
# Decoration around a printed tag: "#Thiếu tá Đoàn Thị Hạnh", "unikey,".
TAG_DECORATION = " \t#,;|·•"
# Where tag links point: tag, keyword, topic or search pages.
TAG_HREF = re.compile(r"tag|tu-?khoa|keyword|chu-?de|tieu-?diem|topic|/the/|tim-?kiem|search|"
                      r"[?&](q|s|k|keyword)=", re.IGNORECASE)
# Headings over a block of related stories, best first: the article's own ("Tin liên quan",
# "Cùng chủ đề"), then "Đọc thêm"/"Xem thêm" (the article's, or a site-wide stream), then
# suggestions, then the section's latest ("Tin cùng chuyên mục", "Tin khác").  Most-read and
# latest-news lists ("Đọc nhiều", "Tin mới") are never related stories.  A video page's "Video
# khác" is its section's other stories, like "Tin khác".
# The words a newsroom calls its stories by: "tin", "bài", "tin, bài" ("Các tin, bài viết
# khác"), and a page's genre
# ("Video khác" on a video page, "E-magazine khác" under a longform story, "Video liên quan",
# "Ảnh cùng chủ đề", "Các Album đã đăng" under a photo album), and a cultural site's or an
# organisation's events ("Các sự kiện khác", "Hoạt động khác").
# Government portals call theirs "thông tin" ("Thông tin liên quan", "Các thông tin khác"),
# and a document's page its section's other documents ("Tài liệu khác", "Văn bản liên quan").
STORY_WORDS = (r"(tin|tin tức|thông tin|bài|bài viết|tin bài|tin\s*[,/&-]\s*bài( viết)?|video|clip|phóng sự|"
               r"phóng sự ảnh|ảnh|album( ảnh)?|e-?magazine|emagazine|longform|megastory|"
               r"infographics?|podcasts?|multimedia|sự kiện|hoạt động|tài liệu|văn bản|"
               # A notice site's and a Q&A site's items: "Thông báo liên quan", "Các câu hỏi liên quan";
               # a photographer's "Các bộ ảnh khác"; a station's broadcasts, "Chương trình khác",
               # "Các bản tin khác", as a video page's "Video khác".
               r"thông báo|câu hỏi|bộ ảnh|chương trình|bản tin)")
# A span of days qualifying a list of stories: "trong ngày", "cùng ngày", "trong tuần", "hôm nay".
DAY_SPAN = r"\s+(trong|cùng|của|hôm)\s+(ngày|tuần|tháng|nay)\b"
RELATED_HEADINGS = (
    # (WordPress Jetpack's Vietnamese "Có liên quan", "Bài viết có liên quan": "related".)
    re.compile(rf"^\s*(các\s+)?{STORY_WORDS}\s+"
               r"((có )?liên quan|cùng chủ đề|cùng sự kiện)|"
               r"^\s*(trên\s+|có\s+)?(cùng chủ đề|cùng sự kiện|liên quan)\s*:?\s*$|"
               # The other parts of a series: "Các bài trong loạt bài", "Cùng loạt bài".
               r"^\s*(các\s+)?(bài|kỳ|phần)\s+(trong|cùng|của)\s+loạt(\s+bài)?\b|"
               r"^\s*(cùng\s+)?loạt bài\s*:?\s*$|^\s*(các|những)\s+kỳ\s+(khác|trước)\s*:?\s*$",
               re.IGNORECASE),
    re.compile(r"^\s*(đọc|xem) thêm\s*$", re.IGNORECASE),
    # (And its English: WordPress themes' "You May Also Like" over the post's related posts.)
    # Not a poll's question ("Bạn quan tâm nội dung nào trên website?", over its options and
    # whatever links follow the poll): a label asks nothing.
    # (ColorMag's Vietnamese "Bạn có thể thích", "Bạn cũng có thể thích": "You May Also Like".)
    re.compile(r"^\s*(có thể )?bạn (cũng )?(có thể )?(sẽ )?(quan tâm|muốn đọc|nên đọc|thích)(?!\s*[^\s?][^?]*\?)"
               r"|^\s*có thể bạn quan tâm"
               r"|^\s*you\s+(may|might)\s+also\s+like\b",
               re.IGNORECASE),
    # NukeViet prints the section's newer and older stories: "Những tin mới hơn", "Những tin
    # cũ hơn".
    # The section named as a list, a field or a kind ("Tin cùng danh mục", "Tin cùng lĩnh
    # vực", "Tin cùng thể loại"), and "Xem thêm các tin khác" over the section's list.
    # Not the site's other stories of a day or a week ("Tin khác trong ngày", "Các tin khác
    # trong tuần"): a list by date over every section, like "Tin mới" (OTHER_SECTIONS).
    re.compile(rf"^\s*((xem|đọc) thêm\s+)?((các|những)\s+)?{STORY_WORDS}\s+"
               r"(cùng chuyên mục|cùng danh mục|cùng lĩnh vực|cùng thể loại|cùng loại|"
               rf"khác(?!{DAY_SPAN})|đã đưa|"
               r"đã đăng|cũ hơn|mới hơn)|"
               # ("Đọc tiếp cùng chuyên mục": read on in the same section.)
               r"^\s*((xem|đọc)\s+(thêm|tiếp)\s+)?cùng (chuyên|danh) mục\s*:?\s*$", re.IGNORECASE),
    # A site with an English interface over Vietnamese stories (a hospital's "/en/" pages):
    # "Related news", "Other news", "More articles", like "Tin liên quan" and "Tin khác".
    # (Jetpack's English "Related" alone over its related posts.)
    re.compile(r"^\s*(related|other|more)\s+(news|articles?|posts?|stories)\s*:?\s*$|^\s*related\s*:?\s*$",
               re.IGNORECASE),
)
# The two halves of a section's list around the article ("Những tin mới hơn" / "cũ hơn").
NEWER_OR_OLDER = re.compile(r"\b(mới|cũ)\s+hơn\b", re.IGNORECASE)
RELATED_HEADING = re.compile("|".join(f"(?:{h.pattern})" for h in RELATED_HEADINGS), re.IGNORECASE)
# ("Xem thêm:" with a colon introduces one inline link in the body, not a block of stories.)
# Headings of the page's own lists, which are never an article's related stories.
OTHER_SECTIONS = re.compile(
    r"^\s*(tin |bài |tin bài )?(đọc nhiều|xem nhiều|mới nhất|mới(?!\s+hơn)|nổi bật|nóng|hot|tiêu điểm|"
    r"quan tâm|được quan tâm|đọc tiếp|xem tiếp|top|video|ảnh|podcast|infographic|tin vắn)\b|"
    r"^\s*(tin|bài) (đọc|xem) nhiều|"
    rf"^\s*((các|những)\s+)?(tin|bài|tin bài)(\s+khác)?{DAY_SPAN}", re.IGNORECASE)
# Elements inside a story link that are not its title: comment and view counters, icons.
COUNTER_CLASS = re.compile(r"icon|count|cmt|comment|view|time|date|meta|sapo|summary|desc",
                           re.IGNORECASE)
# Class words of a heading element over a block.
HEADING_CLASS = re.compile(r"title|heading|header|head\b", re.IGNORECASE)
