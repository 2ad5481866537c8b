"""investparse.contrib.spacy: imports without spaCy, sets spans with it."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

import investparse


def test_imports_without_spacy_and_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)  # makes `import spacy` raise ImportError
    monkeypatch.delitem(sys.modules, "investparse.contrib.spacy", raising=False)
    module = importlib.import_module("investparse.contrib.spacy")
    with pytest.raises(ImportError, match=r"investparse\[spacy\]"):
        module.set_extensions()
    with pytest.raises(ImportError, match=r"pip install 'investparse\[spacy\]'"):
        module.InvestparseComponent()
    monkeypatch.delitem(sys.modules, "investparse.contrib.spacy", raising=False)


spacy = pytest.importorskip("spacy", reason="spaCy not installed: pip install 'investparse[spacy]'")


@pytest.fixture()
def contrib() -> ModuleType:
    sys.modules.pop("investparse.contrib.spacy", None)
    return importlib.import_module("investparse.contrib.spacy")


def test_component_sets_ents_spans_and_extensions(contrib: ModuleType) -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("investparse", config={"reference_date": "2025-03-14"})
    text = "今年1至9月，全市签约金额超28亿元，增长12.5%，位居全省第三。"
    doc = nlp(text)
    want = investparse.parse_document(text, reference_date=dt.date(2025, 3, 14))
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (m.start, m.end, contrib.LABELS[m.kind]) for m in want.mentions]
    assert doc._.investparse == want
    assert [s._.investparse for s in doc.spans[contrib.SPANS_KEY]] == want.mentions
    assert doc._.investparse.records[0].subject == want.records[0].subject


def test_add_mentions_expands_to_tokens_and_keeps_other_ents(contrib: ModuleType) -> None:
    nlp = spacy.blank("en")
    doc = nlp("Acme Corp invested 4.5-billion-yuan in 2024 , up 8%.")
    doc.ents = [doc.char_span(0, 9, label="ORG")]
    contrib.add_mentions(doc, dt.date(2025, 1, 1))
    labels = [(e.text, e.label_) for e in doc.ents]
    assert ("Acme Corp", "ORG") in labels
    assert ("2024", "DATE") in labels and ("8%", "PERCENT") in labels
    money = [e for e in doc.ents if e.label_ == "MONEY"]
    assert money and money[0]._.investparse.kind == "money"
    assert money[0].start_char <= money[0]._.investparse.start


def test_set_ents_false_leaves_entities(contrib: ModuleType) -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("investparse", config={"set_ents": False})
    doc = nlp("总投资40亿元的项目落地。")
    assert list(doc.ents) == []
    assert [s.text for s in doc.spans["investparse"]] == ["40亿元"]


def test_pipeline_serialises(contrib: ModuleType, tmp_path: Path) -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("investparse", config={"reference_date": "2025-03-14"})
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert [e.label_ for e in again("2024年投资5亿元。").ents] == ["DATE", "MONEY"]
