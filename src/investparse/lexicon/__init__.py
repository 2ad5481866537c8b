"""Data tables: numerals, magnitudes, currencies, qualifier and change words.

Nothing in this package compiles a pattern or computes a value; the modules beside
it (``numerals``, ``money``, ``percent``, ``rank``, ``dates``) build their regexes
from these tables. Adding a currency or a qualifier word is one row here plus one
example in ``tests/corpus/``.
"""
