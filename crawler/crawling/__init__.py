"""The crawling side: Scrapy spiders, pipelines, middlewares and settings, the replay server,
crawl health (monitor) and progress, and the runner the CLI calls.

This is the only package that imports Scrapy.  It depends on ``crawler.extract`` (pure),
``crawler.normalize`` (pure), ``crawler.sites`` (data), ``crawler.discovery`` and
``crawler.archive`` (to store what it fetched); nothing outside it depends on it but the CLI.
"""
