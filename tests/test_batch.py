"""parse_documents / parse_partition: order, pickling, process pools and a Dask bag.

No timing here: speed is measured by benchmarks/bench.py only.
"""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import pytest

import investparse
from investparse.batch import parse_documents, parse_partition
from investparse.models import Count, DateValue, Document, Mention, Money, Percent, Rank, Record

REF = dt.date(2025, 3, 14)

# small documents of our own, each with a distinct amount so order is visible
TEXTS = [
    f"第{i}号项目总投资{i + 1}亿元，同比增长{i % 9 + 1}.5%。" if i % 2 == 0
    else f"Project {i} will cost {i + 1} million US dollars, up {i % 7 + 1}% this year."
    for i in range(23)
]


def _amounts(doc: Document) -> list[Decimal | None]:
    return [m.value.amount for m in doc.mentions if isinstance(m.value, Money)]


def test_workers_1_is_parse_document() -> None:
    got = list(parse_documents(TEXTS, reference_date=REF))
    assert got == [investparse.parse_document(t, REF) for t in TEXTS]


def test_order_kept_with_two_workers() -> None:
    # chunksize 2 and 23 texts: 12 chunks over 2 processes, finishing out of order is possible
    got = list(parse_documents(iter(TEXTS), reference_date=REF, workers=2, chunksize=2))
    want = [investparse.parse_document(t, REF) for t in TEXTS]
    assert got == want
    assert [_amounts(d) for d in got] == [[Decimal(i + 1) * (10**8 if i % 2 == 0 else 10**6)]
                                         for i in range(len(TEXTS))]


def test_pool_is_lazy_and_can_be_closed_early() -> None:
    consumed = 0

    def texts() -> object:
        nonlocal consumed
        for t in TEXTS * 100:
            consumed += 1
            yield t

    it = parse_documents(texts(), workers=2, chunksize=1)  # type: ignore[arg-type]
    first = next(it)
    assert _amounts(first) == [Decimal(10**8)]
    assert consumed < 20  # only the chunks in flight were read, not all 2300 texts
    it.close()  # type: ignore[attr-defined]


def test_error_in_worker_is_raised() -> None:
    with pytest.raises(TypeError):
        list(parse_documents(["总投资40亿元", 42], workers=2, chunksize=1))  # type: ignore[list-item]


@pytest.mark.parametrize("bad", [{"workers": -1}, {"chunksize": 0}, {"workers": True}])
def test_bad_arguments(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        parse_documents(TEXTS, **bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("obj", [
    Money(amount=Decimal("46500000000"), low=Decimal("46500000000"), high=Decimal("46500000000"),
          currency="CNY", qualifier="exact"),
    Money(amount=None, low=Decimal("1e8"), high=Decimal("2e8"), currency="CNY", qualifier="range"),
    Percent(value=Decimal("18.3"), change="increase"),
    Rank(position=3, scope="全省", change=2),
    DateValue(start="2024-01", end="2024-09"),
    Mention(id="m1", kind="money", start=3, end=8, text="40亿元",
            value=Money(amount=Decimal("4e9"), low=Decimal("4e9"), high=Decimal("4e9"), currency="CNY",
                        qualifier="exact")),
    Record(id="r1", start=0, end=9, amount="m1", period=DateValue(timex="2025"),
           count=Count(value=3, unit="个")),
])
def test_model_pickles(obj: object) -> None:
    back = pickle.loads(pickle.dumps(obj))
    assert back == obj and type(back) is type(obj)


def test_document_pickles() -> None:
    for text in [*TEXTS[:4], "2024年，全市签约金额超28亿元，增长18.3%，位居全省第三。"]:
        doc = investparse.parse_document(text, REF)
        back = pickle.loads(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == doc
        assert back.model_dump(mode="json") == doc.model_dump(mode="json")
        assert all(type(a.value) is type(b.value) for a, b in zip(back.mentions, doc.mentions, strict=True))


def test_dask_bag_on_processes() -> None:
    dask = pytest.importorskip("dask")
    db = pytest.importorskip("dask.bag")
    texts = TEXTS[:8]
    # fork: a spawned worker would re-import dask and investparse (several seconds)
    with dask.config.set({"scheduler": "processes", "num_workers": 2, "multiprocessing.context": "fork"}):
        got = db.from_sequence(texts, npartitions=3).map_partitions(parse_partition, REF).compute()
    assert got == [investparse.parse_document(t, REF).model_dump(mode="json") for t in texts]
    assert [Document.model_validate(d) for d in got] == [investparse.parse_document(t, REF) for t in texts]


def test_a_model_with_defaults_left_out_pickles_with_its_own_fields_set() -> None:
    pct = Percent(value=Decimal("5.5"))  # (unit, change, ... left to their defaults)
    back = pickle.loads(pickle.dumps(pct))
    assert back == pct and back.model_fields_set == {"value"}
    assert back.model_dump(exclude_unset=True) == {"value": Decimal("5.5")}
