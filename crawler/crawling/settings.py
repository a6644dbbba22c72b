"""Scrapy settings for vnnews, grouped and commented.  Polite by default: the sites we crawl are
small provincial government servers, often on one machine."""

import os

from scrapy.settings import default_settings as scrapy_defaults

BOT_NAME = "vnnews"

# Spiders come from site profiles (crawler/sites/), not from spider modules.
SPIDER_LOADER_CLASS = "crawler.crawling.spiders.ProfileSpiderLoader"
SPIDER_MODULES = ["crawler.crawling.spiders"]
NEWSPIDER_MODULE = "crawler.crawling.spiders"

# ---- who we are ----
# The operator's contact, set in one place: the VNNEWS_CONTACT environment variable (a URL or
# an e-mail address a site's webmaster can write to). It goes into every request's User-Agent.
VNNEWS_CONTACT = os.environ.get("VNNEWS_CONTACT", "https://github.com/vnnews/vnnews")
USER_AGENT = f"vnnews/0.1 (+{VNNEWS_CONTACT}; archiving Vietnamese local news)"

# ---- politeness ----
ROBOTSTXT_OBEY = True  # a site that asks us not to crawl a path is obeyed
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2  # one small server, two requests at a time at most
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True  # back off when the server slows down
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
VNNEWS_RETRY_BACKOFF = 2.0  # seconds before the first retry, doubling after each
VNNEWS_RETRY_AFTER_MAX = 300.0  # a server asking for longer is given up on (and counted)
DOWNLOAD_TIMEOUT = 30  # one stuck response cannot stall the crawl
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # no news article is 16 MB of HTML
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
COOKIES_ENABLED = False  # nothing we fetch needs a session
TELNETCONSOLE_ENABLED = False  # no debugging console on an unattended crawler
REMOTE_CONTROL_ENABLED = False  # nor Scrapy's code-executing remote-control endpoint

# ---- pipeline: validate -> normalize -> since filter -> archive ----
ITEM_PIPELINES = {
    "crawler.crawling.pipelines.ValidatePipeline": 100,
    "crawler.crawling.pipelines.NormalizePipeline": 200,
    "crawler.crawling.pipelines.SinceFilterPipeline": 300,
    "crawler.crawling.pipelines.ArchivePipeline": 900,
}
VNNEWS_DB = "data/news.db"
# The pipelines run one item at a time into the one archive writer: Scrapy's default (100)
# only starts 100 asyncio tasks per response that have nothing to do.
CONCURRENT_ITEMS = 1

# ---- extraction: worker processes on the other cores (crawler.crawling.extraction) ----
# 0: extract in the crawl process itself.
VNNEWS_EXTRACT_WORKERS = max(1, (os.cpu_count() or 1) - 1)
# Seconds a worker may spend on one page before it is killed and the page dropped
# (``extraction_timeout``); 0: no limit.  Without workers there is no limit.
VNNEWS_EXTRACT_TIMEOUT = 120

# ---- replay (tests, demo): serve saved pages from a local server, see crawler.crawling.replay ----
DOWNLOADER_MIDDLEWARES = {
    # Retries that wait (backoff, Retry-After) instead of hammering a struggling server.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.crawling.middlewares.PoliteRetryMiddleware": 550,
    # Before DownloaderStats (850), so a replayed request is counted once, not twice.
    "crawler.crawling.replay.ReplayMiddleware": 800,
}
VNNEWS_REPLAY_URL = None  # e.g. "http://127.0.0.1:8765", set by `vnnews crawl --replay`

EXTENSIONS = {
    "crawler.crawling.progress.ProgressReporter": 500,
}
# Components a crawl never uses, left out of Scrapy's base lists rather than set to None there:
# Scrapy imports every listed component, None or not, to compare their import paths, and these
# modules load aiohttp (the remote-control endpoint), twisted.conch (telnet), the feed storages
# and tldextract with requests (cookies, off above): about 25 MB of every crawl's memory.
UNUSED_SCRAPY_COMPONENTS = {
    "scrapy.extensions.remote_control.RemoteControl",
    "scrapy.extensions.telnet.TelnetConsole",
    "scrapy.extensions.feedexport.FeedExporter",
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",
}
EXTENSIONS_BASE = {k: v for k, v in scrapy_defaults.EXTENSIONS_BASE.items()
                   if k not in UNUSED_SCRAPY_COMPONENTS}
DOWNLOADER_MIDDLEWARES_BASE = {k: v for k, v in scrapy_defaults.DOWNLOADER_MIDDLEWARES_BASE.items()
                               if k not in UNUSED_SCRAPY_COMPONENTS}
VNNEWS_PROGRESS_INTERVAL = 10.0  # seconds between progress lines on stderr (0: off)

# ---- logging: one line per dropped or failed item, never its repr (raw HTML included) ----
LOG_FORMATTER = "crawler.crawling.logformatter.OneLineLogFormatter"

# ---- engine defaults ----
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
