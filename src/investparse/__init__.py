"""investparse: the numbers in Chinese and English investment reports as typed values.

>>> import investparse
>>> investparse.parse_amount("10444万美元").amount
Decimal('104440000')
>>> doc = investparse.parse_document("总投资40亿元的项目落地。")
>>> doc.mentions[0].text
'40亿元'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

# (loaded now: the function has its module's name, which importing the module would bind)
from .normalize import Normalized, normalize

if TYPE_CHECKING:
    from .batch import parse_documents
    from .document import parse_document
    from .models import Count, DateValue, Document, Mention, Money, Percent, Rank, Record
    from .phrases import parse_amount, parse_date, parse_number, parse_percent, parse_rank

#: where each public name lives: a name is imported when it is first used (PEP 562), so
#: that ``import investparse`` (a command line's start, a worker's) does not build every
#: pattern table; ``from investparse import parse_document`` imports what it needs
_EXPORTS = {
    "parse_documents": "batch",
    "parse_document": "document",
    **dict.fromkeys(["Count", "DateValue", "Document", "Mention", "Money", "Percent", "Rank", "Record"],
                    "models"),
    **dict.fromkeys(["parse_amount", "parse_date", "parse_number", "parse_percent", "parse_rank"], "phrases"),
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'investparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # found once: later look-ups do not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


__all__ = [
    "Count",
    "DateValue",
    "Document",
    "Mention",
    "Money",
    "Normalized",
    "Percent",
    "Rank",
    "Record",
    "__version__",
    "normalize",
    "parse_amount",
    "parse_date",
    "parse_document",
    "parse_documents",
    "parse_number",
    "parse_percent",
    "parse_rank",
]
