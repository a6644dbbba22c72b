"""Pure, CPU-bound work (extraction) spread over the machine's cores, in bounded batches.

Used where many saved pages are re-read at once (`vnnews reparse`, `vnnews import-warc`): the
worker processes extract, this process stays the one writer of the archive, and no more than
one batch of pages is in memory at a time however large the input.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")
BATCH = 256


def map_in_batches(fn: Callable[[T], R], items: Iterable[T], *, workers: int | None = None,
                   batch: int = BATCH) -> Iterator[list[tuple[T, R]]]:
    """Yield ``[(item, fn(item)), ...]`` a batch at a time, in input order.

    ``fn`` must be a module-level function (it is pickled to the workers); with one worker it
    runs in this process and no pool is started.
    """
    workers = workers or os.cpu_count() or 1
    pending = iter(items)
    if workers == 1:
        while chunk := list(islice(pending, batch)):
            yield [(item, fn(item)) for item in chunk]
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        while chunk := list(islice(pending, batch)):
            results = pool.map(fn, chunk, chunksize=max(1, batch // (4 * workers)))
            yield list(zip(chunk, results))
