"""Hypothesis profiles: ``default`` is bounded for CI, ``long`` digs deeper.

    pytest tests/test_robustness.py                              # default profile
    pytest tests/test_robustness.py --hypothesis-profile=long    # many more examples
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("default")
