"""Dates typed by a user on the command line (--since, --until)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from crawler.normalize.dates import parse_published

HAS_TIME = re.compile(r"\d[:h]\d")


def parse_date_bound(text: str, *, end: bool = False) -> datetime:
    """A user's date as an aware Vietnam-time datetime; raises ValueError with a clear message.

    With ``end=True`` a date without a time means the end of that day, so ``--until 2024-12-31``
    includes the 31st.

    >>> parse_date_bound("28/05/2020").isoformat()
    '2020-05-28T00:00:00+07:00'
    >>> parse_date_bound("2020-05-28", end=True).isoformat()
    '2020-05-29T00:00:00+07:00'
    """
    parsed = parse_published(text)
    if parsed is None:
        raise ValueError(f"cannot read the date {text!r} (try 2024-05-28 or 28/05/2024)")
    if end and not HAS_TIME.search(text):
        parsed += timedelta(days=1)
    return parsed
