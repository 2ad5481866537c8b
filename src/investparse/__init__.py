"""investparse: the numbers in Chinese and English investment reports as typed values.

>>> import investparse
>>> investparse.parse_amount("10444万美元").amount
Decimal('104440000')
>>> doc = investparse.parse_document("总投资40亿元的项目落地。")
>>> doc.mentions[0].text
'40亿元'
"""

from ._version import __version__
from .batch import parse_documents
from .document import parse_document
from .models import Count, DateValue, Document, Mention, Money, Percent, Rank, Record
from .normalize import Normalized, normalize
from .phrases import parse_amount, parse_date, parse_number, parse_percent, parse_rank

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
