"""Hypothesis strategies for records that the models accept."""

from __future__ import annotations

import string

from claimkit.models import CLAIM_TYPES, HISTORY_ACTIONS, REGION_KINDS, STANCES, STATUSES
from hypothesis import strategies as st

name = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}\Z")
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=20)
# Text that mirrors the source may hold anything; text a person or the tool wrote holds no control
# characters (category Cc), except newlines and tabs in multi-line fields.
line_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20)
prose_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="\n\t"),
                     max_size=20)
nonblank = st.builds(lambda a, b: a + b, st.sampled_from(string.ascii_letters + "éß中"), text)
line = st.builds(lambda a, b: a + b, st.sampled_from(string.ascii_letters + "éß中"), line_text)
prose = st.builds(lambda a, b: a + b, st.sampled_from(string.ascii_letters + "éß中"), prose_text)
times = st.datetimes(min_value=__import__("datetime").datetime(1990, 1, 1),
                     max_value=__import__("datetime").datetime(2099, 1, 1)).map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ"))
days = st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}")


@st.composite
def ranges(draw, limit: int = 10_000):
    start = draw(st.integers(0, limit))
    return {"start": start, "end": start + draw(st.integers(1, 500))}


@st.composite
def focus(draw):
    return draw(ranges()) | {"text": draw(nonblank)}


quantity = st.fixed_dictionaries({
    "kind": st.just("quantity"),
    "amount": st.one_of(st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False)),
    "unit": st.one_of(st.none(), line_text),
    "approximate": st.booleans(),
})


@st.composite
def date_value(draw):
    form = draw(st.sampled_from(["day", "month", "year", "decade", "century"]))
    d = draw(st.dates(min_value=__import__("datetime").date(1000, 1, 1)))
    value = {
        "day": f"{d.year:04d}-{d.month:02d}-{d.day:02d}",
        "month": f"{d.year:04d}-{d.month:02d}",
        "year": f"{d.year:04d}",
        "decade": f"{d.year:04d}"[:3] + "X",
        "century": f"{d.year:04d}"[:2] + "XX",
    }[form]
    return {"kind": "date", "value": value, "precision": form, "qualifier": draw(st.one_of(st.none(), line_text))}


entity = st.builds(lambda r, label, t: r | {"label": label, "text": t}, ranges(), line, nonblank)
evidence = st.fixed_dictionaries({
    "url": st.from_regex(r"\Ahttps?://[a-z]{1,10}\.[a-z]{2,4}(/[a-z0-9]{0,8})?\Z"),
    "title": line,
    "publisher": line,
    "published": st.one_of(st.none(), days, days.map(lambda d: d[:7]), days.map(lambda d: d[:4])),
    "accessed": days,
    "stance": st.sampled_from(STANCES),
    "summary": st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t"),
                       min_size=10, max_size=40).filter(lambda s: s.strip()),
})
history_entry = st.fixed_dictionaries({
    "at": times,
    "by": line,
    "action": st.sampled_from(HISTORY_ACTIONS),
    "from": st.one_of(st.none(), st.sampled_from(STATUSES)),
    "to": st.one_of(st.none(), st.sampled_from(STATUSES)),
    "note": st.one_of(st.none(), prose_text),
})

claims = st.fixed_dictionaries({
    "schema_version": st.just("1.0"),
    "id": name,
    "doc_id": name,
    "span": ranges(),
    "text": nonblank,
    "focus": focus(),
    "quote": st.fixed_dictionaries({"prefix": st.text(max_size=32), "exact": nonblank, "suffix": st.text(max_size=32)}),
    "type": st.sampled_from(CLAIM_TYPES),
    "value": st.one_of(st.none(), quantity, date_value()),
    "entities": st.lists(entity, max_size=3),
    "statement": st.one_of(st.none(), prose),
    "check_worthiness": st.floats(0, 1),
    "cluster": st.one_of(st.none(), name),
    "status": st.sampled_from(STATUSES),
    "evidence": st.lists(evidence, max_size=3),
    "rationale": st.one_of(st.none(), prose),
    "history": st.lists(history_entry, min_size=1, max_size=3),
    "withdrawn": st.one_of(st.none(), st.fixed_dictionaries({"at": times, "by": line, "reason": prose})),
    "provenance": st.fixed_dictionaries({"extractor": line, "version": line, "pipeline": line, "rule": line}),
    "created": times,
    "modified": times,
})

documents = st.fixed_dictionaries({
    "schema_version": st.just("1.0"),
    "doc_id": name,
    "title": line,
    "url": st.one_of(st.none(), st.just("https://example.org/a")),
    "author": st.one_of(st.none(), st.from_regex(r"\A[A-ZÉ][a-zé]{0,8}( [A-Z][a-z]{0,8}){0,2}(; [A-Z][a-z]{1,8})?\Z")),
    # a day, a month or a year
    "published": st.one_of(st.none(), st.tuples(st.dates(), st.sampled_from([4, 7, 10])).map(lambda t: t[0].isoformat()[: t[1]])),
    "language": st.sampled_from(["en", "fr", "en-GB", "sq"]),
    "sha256": st.from_regex(r"\A[0-9a-f]{64}\Z"),
    "length": st.integers(0, 10**7),
    "retrieved": st.one_of(st.none(), times),
    "rights": line,
    "regions": st.lists(st.builds(lambda r, k: r | {"kind": k}, ranges(), st.sampled_from(REGION_KINDS)), max_size=3),
})

# Values of every JSON type, to put where they do not belong.
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), text),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(text, inner, max_size=3)),
    max_leaves=6,
)
