"""Optional integrations with other libraries.

Each submodule imports without its third-party library installed and raises a clear
:class:`ImportError` naming the extra to install when it is used:

- :mod:`investparse.contrib.spacy` — mentions as entity spans on a spaCy ``Doc``
  (``pip install 'investparse[spacy]'``).
"""
