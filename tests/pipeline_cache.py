"""The trained pipeline, loaded once per test session (tests that use it are marked ``model``)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def trained_pipeline():
    from claimkit.extract import load_pipeline

    return load_pipeline()
