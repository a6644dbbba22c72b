"""The measurements behind ``python benchmarks/bench.py``, one module per kind.

    common      rows and sections, the fixture pages and their copies, timing helpers,
                subprocesses measured (wall time, peak RSS)
    extraction  extraction ms/page on the fixture copies and on the real pages
    dates       parse_published against dateparser
    archive     Archive.store articles/s
    crawl       scrapy bench and `vnnews crawl --replay` end to end
    search      Archive.search, reparse and export on a 10,000-article archive
    report      the table and the JSON

Every figure is printed beside a baseline measured in the same run (benchmarks/README.md).
"""
