"""The dataset's own metadata, kept in one place: ``[tool.claimkit]`` in the repository's
``pyproject.toml``.

The dataset card (its citation, license link, homepage), the ClaimReview export (the review
pages' URLs and their author) and the AVeriTeC export (the fact-checking article) all read it
from here, so a name or URL is changed once. The section belongs to the data repository, not to
the claimkit package: a repository without it still validates, publishes and exports FEVER,
AVeriTeC and Web Annotation; ClaimReview, which Google requires to carry a page URL, asks for it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError

CONFIG_FILE = "pyproject.toml"
SECTION = "tool.claimkit"
_URL_RE = re.compile(r"https?://[^\s\x00-\x1f\x7f]+")
_VERSION_RE = re.compile(r"\d+(?:\.\d+){0,2}")


@dataclass(frozen=True)
class Project:
    """What a reader needs to name, find, cite and license the dataset."""

    name: str = "claimkit-dataset"
    pretty_name: str = "claimkit: source claims with verification statuses"
    version: str = "0.0.0"
    authors: tuple[str, ...] = ()
    organization: str | None = None
    organization_url: str | None = None
    homepage: str | None = None
    license_name: str = "cc-by-4.0-annotations-sources-own-rights"
    license_link: str | None = None
    license_details: str = ("Annotations: CC BY 4.0. Source texts keep their publishers' rights; "
                            "see each document's `rights`.")
    # Where each claim's review is published, as this base followed by the claim id.
    review_base_url: str | None = None
    configured: bool = field(default=False, compare=False)

    def review_url(self, claim_id: str) -> str | None:
        return None if self.review_base_url is None else self.review_base_url + claim_id

    @property
    def creators(self) -> list[str]:
        """Who to credit: the named authors, else the organization."""
        return list(self.authors) or ([self.organization] if self.organization else [])


# TOML key -> (attribute, kind); kinds: "text", "url", "version", "names".
_KEYS = {
    "name": ("name", "text"),
    "pretty-name": ("pretty_name", "text"),
    "version": ("version", "version"),
    "authors": ("authors", "names"),
    "organization": ("organization", "text"),
    "organization-url": ("organization_url", "url"),
    "homepage": ("homepage", "url"),
    "license-name": ("license_name", "text"),
    "license-link": ("license_link", "url"),
    "license-details": ("license_details", "text"),
    "review-base-url": ("review_base_url", "url"),
}


def load(root: str | Path) -> Project:
    """The ``[tool.claimkit]`` metadata of the repository at ``root`` (defaults where absent)."""
    path = Path(root) / CONFIG_FILE
    if not path.is_file():
        return Project()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{CONFIG_FILE}: cannot be read as TOML ({exc}); fix the file") from None
    section = data.get("tool", {}).get("claimkit")
    if section is None:
        return Project()
    if not isinstance(section, dict):
        raise UsageError(f"{CONFIG_FILE}: [{SECTION}] must be a table of keys")
    values: dict[str, object] = {}
    for key, value in section.items():
        if key not in _KEYS:
            raise UsageError(f"{CONFIG_FILE}: [{SECTION}] {key}: unknown key; the keys are {', '.join(_KEYS)}")
        attribute, kind = _KEYS[key]
        values[attribute] = _check(key, kind, value)
    if values.get("review_base_url") and not str(values["review_base_url"]).endswith(("/", "#", "=")):
        raise UsageError(f"{CONFIG_FILE}: [{SECTION}] review-base-url: must end with '/' (or '#', '='), "
                         f"since each review's URL is this base followed by the claim id")
    return Project(**values, configured=True)  # type: ignore[arg-type]


def _check(key: str, kind: str, value: object) -> object:
    where = f"{CONFIG_FILE}: [{SECTION}] {key}"
    if kind == "names":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise UsageError(f"{where}: must be a list of names, like [\"Ada Lovelace\"]")
        return tuple(v.strip() for v in value)
    if not isinstance(value, str) or not value.strip() or "\n" in value:
        raise UsageError(f"{where}: must be a non-empty one-line string")
    if kind == "url" and not _URL_RE.fullmatch(value):
        raise UsageError(f"{where}: {value!r} is not an http(s) URL")
    if kind == "version" and not _VERSION_RE.fullmatch(value):
        raise UsageError(f"{where}: {value!r} is not a version like 1.2.0")
    return value.strip()
