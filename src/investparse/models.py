"""The value models and the Document: the contract of ``FORMAT.md``.

Every model is a frozen pydantic v2 model. Decimals stay :class:`~decimal.Decimal`
in Python and serialise as plain decimal strings (never floats, never exponents)
in JSON mode.

>>> from decimal import Decimal
>>> m = Money(amount=Decimal("4.65E+10"), low=Decimal("4.65E+10"), high=Decimal("4.65E+10"),
...           currency="CNY", qualifier="exact")
>>> m.model_dump(mode="json")["amount"]
'46500000000'
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, PlainSerializer, model_validator


def plain_decimal(value: Decimal) -> str:
    """Render a Decimal in plain notation, without exponent or trailing zeros.

    >>> plain_decimal(Decimal("1.20E+3"))
    '1200'
    >>> plain_decimal(Decimal("0.000050"))
    '0.00005'
    """
    if not value.is_finite():
        raise ValueError(f"not a finite decimal: {value}")
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


PlainDecimal = Annotated[Decimal, PlainSerializer(plain_decimal, return_type=str, when_used="json")]

Kind = Literal["money", "percent", "rank", "date"]
Qualifier = Literal["exact", "approx", "more_than", "at_least", "less_than", "at_most", "range"]
Change = Literal["increase", "decrease"]
ReferenceSource = Literal["given", "dateline", "inferred"]
Language = Literal["zh", "en", "mixed"]


class _Frozen(BaseModel):
    # the schemas are built on first use, not at import (0.03 s of `import investparse`)
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled as its class, its field dict and, unless it is the one every field
        # given shares, its fields set: BaseModel's own pickling (a state dict of four
        # slots per model, and a set each) costs a worker of ``parse_documents`` and the
        # process it returns to twice as much, for tens of thousands of mentions
        fields_set: AbstractSet[str] = self.__pydantic_fields_set__  # (a set, or an _EveryField)
        every = _EVERY.get(type(self))
        shared = every is not None and (fields_set is every or fields_set == every)
        return _unpickled, (type(self), self.__dict__, None if shared else set(fields_set))


_M = TypeVar("_M", bound=BaseModel)


class _EveryField(frozenset[str]):
    """The ``__pydantic_fields_set__`` of a model that :func:`assembled` made with every
    field given: one per class, shared by all its instances (a set per instance is a
    quarter of the objects a parse leaves alive, and of the garbage collector's work on
    a large document). Frozen models never add to it; a copy of it is a plain ``set``,
    as ``model_copy`` updates the copy's in place.

    >>> from copy import copy
    >>> every = _EveryField({"value", "unit"})
    >>> copied = copy(every); copied.add("x"); sorted(every), type(copied).__name__
    (['unit', 'value'], 'set')
    """

    __slots__ = ()

    def __copy__(self) -> set[str]:
        return set(self)

    def __deepcopy__(self, memo: object) -> set[str]:
        return set(self)

    def __reduce__(self) -> tuple[type[set[str]], tuple[list[str]]]:
        return set, (list(self),)  # (unpickled, a plain set: a model's own)


def assembled(cls: type[_M], **fields: Any) -> _M:
    """An instance of ``cls`` from values validated already, every field given: what
    ``cls.model_construct(**fields)`` makes, without its look-up of defaults and aliases
    (the finders make thousands of mentions per document; ``tests/test_records.py``
    checks that both give the same models).

    >>> assembled(Count, value=3, unit="个") == Count(value=3, unit="个")
    True
    """
    obj = _NEW(cls)  # (a BaseModel has no __new__ of its own: object's, without looking it up)
    _SET_DICT(obj, fields)
    every = _EVERY.get(cls)  # (the fields are the model's: a count tells whether all are given)
    _SET_FIELDS_SET(obj, every if every is not None and len(fields) == len(every) else set(fields))
    _SET_EXTRA(obj, None)
    _SET_PRIVATE(obj, None)
    return obj


_NEW = object.__new__
# the setters of BaseModel's four slots, looked up once: what object.__setattr__ calls
# for each, without finding it in the type again (a quarter of the cost of assembled)
_SET_DICT, _SET_FIELDS_SET, _SET_EXTRA, _SET_PRIVATE = (
    BaseModel.__dict__[name].__set__
    for name in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
)


class Money(_Frozen):
    """An amount of money: a point value and the interval the phrase states."""

    amount: PlainDecimal | None
    low: PlainDecimal | None
    high: PlainDecimal | None
    currency: str
    qualifier: Qualifier



_MONEY_FIELDS = _EveryField(("amount", "low", "high", "currency", "qualifier"))


def assembled_money(amount: Decimal | None, low: Decimal | None, high: Decimal | None,
                    currency: str, qualifier: Qualifier) -> Money:
    """:func:`assembled` for :class:`Money`, its fields in order: the money finder makes
    one per amount, and a call with keywords builds a dict twice.

    >>> assembled_money(Decimal(5), Decimal(5), Decimal(5), "CNY", "exact") == Money(
    ...     amount=Decimal(5), low=Decimal(5), high=Decimal(5), currency="CNY", qualifier="exact")
    True
    """
    obj = _NEW(Money)
    _SET_DICT(obj, {"amount": amount, "low": low, "high": high, "currency": currency, "qualifier": qualifier})
    _SET_FIELDS_SET(obj, _MONEY_FIELDS)
    _SET_EXTRA(obj, None)
    _SET_PRIVATE(obj, None)
    return obj

class Percent(_Frozen):
    """A percentage or a percentage-point figure, possibly stated as a change."""

    value: PlainDecimal | None
    unit: Literal["percent", "percentage_point"] = "percent"
    change: Change | None = None
    qualifier: Qualifier = "exact"
    low: PlainDecimal | None = None
    high: PlainDecimal | None = None


class Rank(_Frozen):
    """A position in an ordering of places or bodies."""

    position: int | None = None
    top: int | None = None
    total: int | None = None
    scope: str | None = None
    change: int | None = None


class DateValue(_Frozen):
    """A TIMEX3 point or period (``timex``), or a range (``start``/``end``), with a modifier."""

    timex: str | None = None
    start: str | None = None
    end: str | None = None
    mod: Literal["start", "mid", "end"] | None = None


Value = Money | Percent | Rank | DateValue
VALUE_MODELS: dict[str, type[_Frozen]] = {
    "money": Money,
    "percent": Percent,
    "rank": Rank,
    "date": DateValue,
}


class Mention(_Frozen):
    """One money, percent, rank or date phrase, located in the caller's original text.

    ``start``/``end`` are half-open offsets: ``text[start:end] == mention.text``.
    """

    id: str
    kind: Kind
    start: int
    end: int
    text: str
    value: Value

    @model_validator(mode="before")
    @classmethod
    def _value_by_kind(cls, data: Any) -> Any:
        # a dict value (e.g. from JSON) is read as the model its kind names
        if isinstance(data, dict) and isinstance(data.get("value"), dict):
            model = VALUE_MODELS.get(str(data.get("kind")))
            if model is not None:
                data = {**data, "value": model.model_validate(data["value"])}
        return data


class Count(_Frozen):
    """A number of things (projects, firms) stated in the same clause as an amount."""

    value: int
    unit: str


class Record(_Frozen):
    """The fact an amount states, with the period, change, rank and subject attached to it."""

    id: str
    start: int
    end: int
    amount: str
    period: DateValue | None = None
    change: str | None = None
    rank: str | None = None
    subject: str | None = None
    count: Count | None = None


class Document(_Frozen):
    """Everything :func:`investparse.parse_document` found in one text.

    ``reference_date`` is the date relative phrases were resolved against (passed in, or
    the dateline). ``reference_year`` is the year they were resolved against, and
    ``reference_source`` says where it came from: ``given`` (passed in), ``dateline``, or
    ``inferred`` from the years the text states when it has no dateline (then
    ``reference_date`` is null and only year-relative phrases are resolved).
    """

    reference_date: str | None
    reference_year: int | None = None
    reference_source: ReferenceSource | None = None
    language: Language
    mentions: list[Mention]
    records: list[Record]

    def mention(self, mention_id: str) -> Mention | None:
        """The mention with this id, or None.

        >>> Document(reference_date=None, language="en", mentions=[], records=[]).mention("m1") is None
        True
        """
        for m in self.mentions:
            if m.id == mention_id:
                return m
        return None


def _unpickled(cls: type[_M], fields: dict[str, Any], fields_set: set[str] | None) -> _M:
    """A model that ``_Frozen.__reduce__`` pickled, as it was.

    >>> import pickle
    >>> c = Count(value=3, unit="个")
    >>> back = pickle.loads(pickle.dumps(c))
    >>> back == c, back.model_fields_set == {"value", "unit"}
    (True, True)
    """
    obj = _NEW(cls)
    _SET_DICT(obj, fields)
    _SET_FIELDS_SET(obj, _EVERY[cls] if fields_set is None else fields_set)
    _SET_EXTRA(obj, None)
    _SET_PRIVATE(obj, None)
    return obj


#: each model class -> the fields set its assembled instances share (see _EveryField)
_EVERY: dict[type[BaseModel], _EveryField] = {
    Money: _MONEY_FIELDS,  # (assembled_money's)
    **{cls: _EveryField(cls.model_fields) for cls in (Percent, Rank, DateValue, Mention, Count, Record)},
}
