"""The command line tool: formats, encodings, many files, and errors without tracebacks."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from investparse import cli

ZH = "2024年，青溪新区外贸进出口总值86.5亿元、增长12.4%。\n"
EN = "In 2023, the zone's paid-in capital reached 3.2 billion yuan, increasing by 7.5%.\n"


def run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(args, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def reports(tmp_path: Path) -> list[Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ZH, encoding="utf-8")
    b.write_text(EN, encoding="utf-8")
    return [a, b]


def test_table_is_the_default(reports: list[Path]) -> None:
    code, out, _ = run(["parse", str(reports[0])])
    assert code == 0
    assert "外贸进出口总值" in out and "8650000000 CNY" in out and "+12.4%" in out


def test_json_is_the_document(reports: list[Path]) -> None:
    code, out, _ = run(["parse", "--format", "json", str(reports[1])])
    doc = json.loads(out)
    assert code == 0 and doc["language"] == "en"
    assert [m["kind"] for m in doc["mentions"]] == ["date", "money", "percent"]


def test_jsonl_per_document_and_per_record(reports: list[Path]) -> None:
    _, out, err = run(["parse", "--format", "jsonl", *map(str, reports)])
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["file"] for line in lines] == [str(p) for p in reports]
    assert "2/2" in err  # progress on standard error for many files
    _, out, _ = run(["parse", "--format", "jsonl", "--records", "--quiet", *map(str, reports)])
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["amount"] for r in rows] == ["8650000000", "3200000000"]


def test_csv_of_records(reports: list[Path]) -> None:
    _, out, _ = run(["parse", "--format", "csv", "--quiet", *map(str, reports)])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["period"], r["change"]) for r in rows] == [("2024", "12.4"), ("2023", "7.5")]


def test_reference_date_resolves_relative_dates(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("今年1至6月，签约金额45亿元。", encoding="utf-8")
    _, out, _ = run(["parse", "--format", "json", "--reference-date", "2025-07-10", str(path)])
    date = json.loads(out)["mentions"][0]["value"]
    assert (date["start"], date["end"]) == ("2025-01", "2025-06")


def test_gb18030_file_is_read_and_said(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(ZH.encode("gb18030"))
    code, out, err = run(["parse", "--format", "csv", str(path)])
    assert code == 0 and "8650000000" in out and "gb18030" in err


def test_undecodable_file_is_a_message_not_a_traceback(tmp_path: Path, reports: list[Path]) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x81\x30\xff\xfe\x00\x81" * 10)
    code, out, err = run(["parse", "--format", "jsonl", "--quiet", str(bad), str(reports[0])])
    assert code == 1
    assert "not valid UTF-8 or GB18030" in err and "Traceback" not in err
    assert len(out.splitlines()) == 1  # the readable file is still parsed


def test_missing_file(tmp_path: Path) -> None:
    code, _, err = run(["parse", str(tmp_path / "nope.txt")])
    assert code == 1 and "no such file" in err


def test_bad_arguments_exit_2() -> None:
    with pytest.raises(SystemExit) as exc:
        run(["parse", "--reference-date", "March", "x.txt"])
    assert exc.value.code == 2


def test_schema_names_the_document() -> None:
    code, out, _ = run(["schema"])
    assert code == 0 and json.loads(out)["title"] == "Document"
