"""Hypothesis settings for the robustness tests, chosen by HYPOTHESIS_PROFILE.

`ci` (the default) is quick and derandomized, so the normal suite runs the
same examples every time; `long` runs many more random examples (see
docs/FUZZING.md). The profiles are registered here and applied with the
`robust` decorator, never loaded globally, so other tests keep their own.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile("ci", max_examples=40, derandomize=True, deadline=None,
                          database=None, print_blob=True, suppress_health_check=_QUIET)
settings.register_profile("long", max_examples=2000, derandomize=False, deadline=None,
                          print_blob=True, suppress_health_check=_QUIET)

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
if PROFILE not in ("ci", "long"):
    PROFILE = "ci"


def robust(examples: int) -> settings:
    """The active profile, with `examples` examples under `ci` (scaled up under `long`)."""
    base = settings.get_profile(PROFILE)
    return settings(base, max_examples=examples if PROFILE == "ci" else base.max_examples)
