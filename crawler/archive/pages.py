"""How the archive keeps a raw page: its SHA-256 and its zlib bytes.

Apart from crawler.archive.storage (no SQLite here) so that a crawl's extraction workers can
pack pages without loading the archive's modules.
"""

from __future__ import annotations

import hashlib
import zlib

# zlib level of the raw pages: on the real pages of ../shared/real-pages, level 4 writes 20.3%
# of the bytes in 1.9 ms a page, level 6 (zlib's default) 19.4% in 3.3 ms, level 1 23.1% in
# 1.2 ms (docs/design.md, "The archive's write path").
PAGE_ZLIB_LEVEL = 4


def pack_body(body: bytes) -> tuple[str, bytes]:
    """``(sha256 hex digest, zlib bytes)`` of a raw page's body, as the ``pages`` table keeps it.

    >>> digest, packed = pack_body(b"<html>Tin tuc</html>")
    >>> len(digest), zlib.decompress(packed)
    (64, b'<html>Tin tuc</html>')
    """
    return hashlib.sha256(body).hexdigest(), zlib.compress(body, PAGE_ZLIB_LEVEL)
