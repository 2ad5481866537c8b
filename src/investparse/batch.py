"""Many documents at once: ``parse_documents`` in order, in-process or on a process pool.

``parse_documents`` is a lazy, order-keeping ``map`` of :func:`parse_document` over an
iterable of texts. With ``workers > 1`` it sends chunks of ``chunksize`` texts to a
pool of worker processes and keeps at most a few chunks per worker in flight, so an
endless or very large input is read as it is consumed, not all at once.
``parse_partition`` is the same work as JSON-ready dicts, meant for
``dask.bag.Bag.map_partitions`` and Spark's ``RDD.mapPartitions`` (see ``docs/scale.md``).

>>> docs = parse_documents(["总投资40亿元。", "It cost 2.45 billion US dollars."])
>>> [[m.text for m in d.mentions if m.kind == "money"] for d in docs]
[['40亿元'], ['2.45 billion US dollars']]
>>> parse_partition(["超28亿元"])[0]["mentions"][0]["value"]["currency"]
'CNY'
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from .document import parse_document
from .models import Document

if TYPE_CHECKING:  # the pool is imported when one is used: it costs 0.03 s at import
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

#: texts per task sent to a worker: large enough that pickling and inter-process
#: traffic are small next to the parsing, small enough to spread short inputs
DEFAULT_CHUNKSIZE = 16
#: chunks kept in flight per worker, so that workers never wait for the next chunk
_IN_FLIGHT_PER_WORKER = 3


def _parse_chunk(texts: list[str], reference_date: dt.date | None) -> list[Document]:
    return [parse_document(t, reference_date) for t in texts]


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while chunk := list(islice(it, size)):
        yield chunk


def parse_documents(
    texts: Iterable[str],
    *,
    reference_date: dt.date | None = None,
    workers: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    mp_context: BaseContext | None = None,
) -> Iterator[Document]:
    """Parse each text with :func:`parse_document`, yielding the documents in input order.

    ``reference_date`` is passed to every document. ``workers=1`` parses in this
    process, one text at a time as the result is consumed; ``workers > 1`` uses that
    many worker processes (``workers=0`` means one per CPU), each given ``chunksize``
    texts at a time. ``mp_context`` picks the ``multiprocessing`` start method
    (default: the platform's). An error parsing a text (e.g. a text that is not a
    ``str``) is raised when its document would be yielded. Closing the iterator early
    cancels the chunks not yet started and shuts the pool down.

    >>> import datetime as dt
    >>> docs = list(parse_documents(["今年3月", "x"], reference_date=dt.date(2025, 3, 14)))
    >>> [d.reference_date for d in docs], len(docs)
    (['2025-03-14', '2025-03-14'], 2)
    >>> list(parse_documents([], workers=2))
    []
    """
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 0:
        raise ValueError(f"workers must be an int >= 0, got {workers!r}")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise ValueError(f"chunksize must be an int >= 1, got {chunksize!r}")
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers == 1:
        return (parse_document(t, reference_date) for t in texts)
    return _pooled(texts, reference_date, workers, chunksize, mp_context)


def _pooled(
    texts: Iterable[str],
    reference_date: dt.date | None,
    workers: int,
    chunksize: int,
    mp_context: BaseContext | None,
) -> Iterator[Document]:
    from concurrent.futures import ProcessPoolExecutor

    work = partial(_parse_chunk, reference_date=reference_date)
    chunks = _chunks(texts, chunksize)
    pending: deque[Future[list[Document]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp_context) as pool:
        try:
            for chunk in islice(chunks, workers * _IN_FLIGHT_PER_WORKER):
                pending.append(pool.submit(work, chunk))
            while pending:
                done = pending.popleft().result()
                nxt = next(chunks, None)
                if nxt is not None:
                    pending.append(pool.submit(work, nxt))
                yield from done
        finally:
            for f in pending:
                f.cancel()


def parse_partition(texts: Iterable[str], reference_date: dt.date | None = None) -> list[dict[str, Any]]:
    """Parse a partition of texts into JSON-ready dicts (``Document.model_dump(mode="json")``).

    For ``dask.bag.Bag.map_partitions`` and ``pyspark.RDD.mapPartitions``: plain dicts of
    strings and numbers travel between processes and machines cheaply and need no
    investparse on the receiving side.

    >>> parse_partition(["总投资40亿元。"])[0]["mentions"][0]["value"]["amount"]
    '4000000000'
    """
    return [parse_document(t, reference_date).model_dump(mode="json") for t in texts]


__all__ = ["DEFAULT_CHUNKSIZE", "parse_documents", "parse_partition"]
