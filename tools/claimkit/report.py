"""Reporters: turn findings into text, JSON or GitHub Actions annotations."""

from __future__ import annotations

import json
from typing import Literal, get_args

from .rules import Finding

# The report formats of `claimkit validate --format`, defined here once; the CLI offers these.
ReportFormat = Literal["text", "json", "github"]
FORMATS: tuple[ReportFormat, ...] = get_args(ReportFormat)


def _gh_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(value: str) -> str:
    return _gh_data(value).replace(":", "%3A").replace(",", "%2C")


def format_report(findings: list[Finding], fmt: str) -> str:
    """The findings in one of FORMATS, one finding per line (JSON: one list)."""
    if fmt == "json":
        return json.dumps([f.as_dict() for f in findings], indent=2, ensure_ascii=False)
    if fmt == "github":
        lines = []
        for f in findings:
            props = f"file={_gh_property(f.path)}"
            if f.line is not None:
                props += f",line={f.line}"
            if f.column is not None:
                props += f",col={f.column}"
            props += f",title={_gh_property(f.code + ' ' + f.slug)}"
            lines.append(f"::error {props}::{_gh_data(f'{f.pointer}: {f.message} [{f.code} {f.slug}]')}")
        return "\n".join(lines)
    if fmt == "text":
        return "\n".join(str(f) for f in findings)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
