"""Adversarial-input timing: does any stage of parsing grow faster than the text?

    .venv/bin/python benchmarks/adversarial.py              # 100 KB vs 1 MB
    .venv/bin/python benchmarks/adversarial.py --quick      # 10 KB vs 100 KB
    .venv/bin/python benchmarks/adversarial.py --family yi --timeout 60

For every family of adversarial text it times, each in a child process with a
time limit: ``normalize``, every finder in ``scan.FINDERS`` on its own, ``scan``
(all finders + overlap resolution + offset mapping) and ``parse_document``
(everything, records included), in CPU seconds of the child. It prints the large/small time ratio: a linear
stage is near 10x (the text is 10x longer); the limit is 12x. A stage that runs
out of time (``--timeout`` for the small text; for the large one the timeout or 3 x 12 x
the small time, whichever is longer) is reported as ``TIMEOUT`` and counts as super-linear.
Exit status is 1 when any ratio is over the limit.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from collections.abc import Callable
from typing import Any

import investparse
from investparse import scan
from investparse.found import Context
from investparse.normalize import normalize

LIMIT = 12.0
MIN_TIME = 0.1  # a large-text time below this is noise (start-up, allocation): no verdict


def _cycle(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return build


def _mixed(size: int) -> str:
    unit = ("总投资１２．５亿元，增长18.3%，位居全省第三。HKCˇŻs revenue rose 12% to US$4.7 billion "
            "in 2024 ¨C ¡°record¡±. Сбербанк 2024 года 5 млрд руб. العربية ٣٤٥ 🙂 ")
    return _cycle(unit)(size)


FAMILIES: dict[str, Callable[[int], str]] = {
    "digits": _cycle("1234567890"),
    "1,1,1": _cycle("1,"),
    "1.1.1": _cycle("1."),
    "yi": _cycle("亿"),
    "yi-yuan": _cycle("亿元"),
    "zh-numerals": _cycle("一二三四五六七八九十百千万"),
    "chao": _cycle("超"),
    "$$$": _cycle("$"),
    "$1$1": _cycle("$1"),
    "%%%": _cycle("%"),
    "12%": _cycle("12%"),
    "between": _cycle("between 1 and "),
    "mojibake": _cycle("¡°ˇŻ¨C"),
    "spaces-han": _cycle("1 亿 "),
    "mixed-scripts": _mixed,
}


def _stages() -> dict[str, Callable[[str], Any]]:
    ctx = Context()
    stages: dict[str, Callable[[str], Any]] = {"normalize": normalize}
    for kind, finder in scan.FINDERS.items():
        stages[f"find:{kind}"] = lambda text, f=finder: f(normalize(text).text, ctx)
    stages["scan"] = lambda text: scan.scan(text, ctx)
    stages["document"] = lambda text: investparse.parse_document(text).model_dump(mode="json")
    return stages


def _child(family: str, stage: str, size: int, queue: Any) -> None:
    text = FAMILIES[family](size)
    func = _stages()[stage]
    func(FAMILIES[family](200))  # warm up: lazily compiled patterns are not part of the ratio
    # CPU time of this process: other work on the machine does not skew the ratio
    start = time.process_time()
    func(text)
    queue.put(time.process_time() - start)


def timed(family: str, stage: str, size: int, timeout: float) -> float | None:
    """CPU seconds the stage takes on ``size`` characters of the family, or None on timeout."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(family, stage, size, queue))
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None
    if proc.exitcode != 0:
        raise RuntimeError(f"{stage} crashed on {family} ({size} chars)")
    result: float = queue.get(timeout=5)
    return result


def _fmt(t: float | None) -> str:
    return "TIMEOUT" if t is None else f"{t:8.3f}s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="10 KB vs 100 KB instead of 100 KB vs 1 MB")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per run (default 60)")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES), help="only these families")
    parser.add_argument(
        "--stage", action="append", help="only these stages (normalize, find:money, scan, ...)"
    )
    args = parser.parse_args(argv)
    small, large = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    families = args.family or list(FAMILIES)
    stages = args.stage or list(_stages())
    print(f"sizes: {small:,} vs {large:,} characters; limit {LIMIT:g}x; timeout {args.timeout:g}s per run")
    print(f"{'family':<14} {'stage':<14} {'small':>9} {'large':>9} {'ratio':>7}")
    worst: list[tuple[str, str, str]] = []
    total_small = total_large = 0.0
    family_ok: dict[str, bool] = {}
    for family in families:
        fam_small = fam_large = 0.0
        ok = True
        finder_timeout = {small: False, large: False}
        for stage in stages:
            composite = stage in ("scan", "document")
            # scan and parse_document run every finder: when one finder ran out of time, so would they
            t_small = None
            if not (composite and finder_timeout[small]):
                t_small = timed(family, stage, small, args.timeout)
            t_large = None
            if t_small is not None and not (composite and finder_timeout[large]):
                # a linear stage needs about 10x the small time: allow the limit, with room for a busy machine
                t_large = timed(family, stage, large, max(args.timeout, 3 * LIMIT * t_small))
            if stage.startswith("find:"):
                finder_timeout[small] |= t_small is None
                finder_timeout[large] |= t_large is None
            if t_small is None or t_large is None:
                verdict = "SUPER-LINEAR"
                ratio_text = "   >" + (f"{args.timeout / t_small:.0f}x" if t_small else "?")
                ok = False
                worst.append((family, stage, ratio_text.strip()))
            else:
                ratio = t_large / max(t_small, 1e-9)
                noise = t_large < MIN_TIME
                verdict = "" if noise or ratio <= LIMIT else "SUPER-LINEAR"
                ratio_text = f"{ratio:6.1f}x"
                if verdict:
                    ok = False
                    worst.append((family, stage, ratio_text.strip()))
                if stage in ("scan", "document", "normalize") or stage.startswith("find:"):
                    fam_small += t_small
                    fam_large += t_large
            print(f"{family:<14} {stage:<14} {_fmt(t_small):>9} {_fmt(t_large):>9} {ratio_text:>7} {verdict}",
                  flush=True)
        family_ok[family] = ok
        total_small += fam_small
        total_large += fam_large
        fam_ratio = fam_large / fam_small if fam_small else float("nan")
        print(f"{family:<14} {'(family)':<14} {fam_small:8.3f}s {fam_large:8.3f}s {fam_ratio:6.1f}x "
              f"{'ok' if ok else 'SUPER-LINEAR'}", flush=True)
    overall = total_large / total_small if total_small else float("nan")
    print(f"\noverall (stages that finished): {total_small:.3f}s vs {total_large:.3f}s = {overall:.1f}x")
    if worst:
        print("over the limit:")
        for family, stage, ratio_text in worst:
            print(f"  {family:<14} {stage:<14} {ratio_text}")
        return 1
    print(f"every family within {LIMIT:g}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
