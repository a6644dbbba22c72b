"""The archive side: the SQLite store (schema as migrations, search, statistics), reparse,
exports (JSONL, CSV, WARC), WARC import and the Datasette front end.

It never imports Scrapy: every command here runs offline on the archive file.
"""
