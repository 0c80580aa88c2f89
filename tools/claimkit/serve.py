"""The review page: a local web app over the repository (``claimkit serve``).

Every change goes through :class:`claimkit.review.Reviewer` with ``expect_revision`` (the
``version`` the page loaded), so the page gets the same stale check, validation, history, lock
and atomic write as the command line; there is no second code path for changes. The server only translates HTTP to library calls and library
exceptions to JSON refusals.

Security, for a server that may be reachable by any page the reviewer's browser opens:

- it binds 127.0.0.1 unless told otherwise, and answers only to the Host names it was bound for
  (a DNS-rebinding page cannot read the token out of the page); bound to another address it
  answers only to the names given with ``--allowed-host``, never to any Host;
- every state-changing request needs the per-process token (in the ``X-Claimkit-Token`` header),
  a UTF-8 JSON body, and an Origin, if sent, that is one of the allowed names;
- on loopback the page carries the token; on any other address the page is open to the network,
  so it carries none: the reviewer types the token the terminal shows, and every API call,
  reads included, needs it;
- every response, refusals included, carries the security headers; uvicorn's limits and a
  deadline per request keep idle or trickling connections from piling up;
- nothing in a URL reaches the filesystem except a doc_id or claim id that passed
  :func:`claimkit.store.check_name`; the page's own files are served from memory by exact name;
- the page builds its DOM with ``textContent``; the one server template escapes what it inserts.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import re
import secrets
import socket
import unicodedata
from collections import Counter
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass, field
from html import escape
from importlib import resources
from typing import Any, Literal, overload
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import NotFound, RecordInvalid, RecordMisplaced, RecordUnreadable, StaleRecord, UsageError, WriteFailed
from .models import CLAIM_TYPES, MAX_CLAIM_ID, MAX_DOC_ID, STANCES, STATUSES, Claim, region_spans
from .render import NOISE_STYLE, STATUS_COLOURS
from .review import (
    AUTO,
    KEEP,
    Annotator,
    ChangeRefused,
    InputRefused,
    Place,
    Problem,
    Reviewer,
    ReviewRefused,
    VerdictExists,
    anchored_in,
    flag_of,
    list_claims,
    nlp_annotator,
    placed_by_hand,
    progress,
    reviewers_of,
    verdict_by,
)
from .rules import TOOL_PREFIX, is_tool
from .segmentation import segments
from .store import Store, check_name, revision_of

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TOKEN_HEADER = "x-claimkit-token"
MAX_BODY = 64 * 1024
MAX_REVIEWER = 80
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
WILDCARD_HOSTS = ("0.0.0.0", "::", "")
HOST_NAME_RE = re.compile(r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$")

# Limits for uvicorn, sized for a handful of reviewers (a browser opens up to six connections
# to one server) on a machine whose default limit is 1,024 open files.
LIMIT_CONCURRENCY = 100  # connections or requests at once beyond this get 503 Service Unavailable
MAX_CONNECTIONS = 200  # beyond this a new connection is closed at once: file descriptors stay free for the store
KEEP_ALIVE = 5  # seconds an idle connection stays open after a response (uvicorn's default)
REQUEST_TIMEOUT = 10.0  # seconds to send a whole request, counted from connecting or from the last response
MAX_HEADER_BYTES = 16 * 1024  # h11 buffers no more of an unfinished request head; ours are under 2 KiB

# The page's files, served by exact name from the package; a URL never names a file.
STATIC_TYPES = {
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
}
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}


# -- what the page reads ---------------------------------------------------------------------


def version_of(claim: Claim) -> str:
    """The record's revision (:func:`claimkit.store.revision_of`), which the page calls its version."""
    return revision_of(claim)


def claim_summary(claim: Claim, text: str | None = None) -> dict[str, Any]:
    """What the document view needs of a claim to show, filter, search and count it."""
    flag = flag_of(claim)
    return {
        "id": claim.id,
        "type": claim.type,
        "status": claim.status,
        "withdrawn": claim.withdrawn is not None,
        "focus": claim.focus.text,
        "start": claim.focus.start,
        "sentence": claim.text,
        "statement": claim.statement,
        "cluster": claim.cluster,
        "check_worthiness": claim.check_worthiness,
        "flag": None if flag is None else {"by": flag.by, "at": flag.at, "comment": flag.note},
        "reviewers": reviewers_of(claim),
        "verdict_by": verdict_by(claim),
        "hand": placed_by_hand(claim),
        "anchored": True if text is None else anchored_in(claim, text),
    }


def claim_detail(claim: Claim, text: str | None) -> dict[str, Any]:
    """The whole record plus what the panel shows: the sentence split around its focus."""
    data = claim.model_dump(mode="json", by_alias=True)
    sentence = [claim.text, "", ""]
    s, f = claim.span, claim.focus
    anchored = text is not None and anchored_in(claim, text)
    if anchored and s.start <= f.start and f.end <= s.end:
        sentence = [text[s.start:f.start], text[f.start:f.end], text[f.end:s.end]]  # type: ignore[index]
    flag = flag_of(claim)
    return {"claim": data, "sentence": sentence, "version": version_of(claim), "anchored": anchored,
            "flag": None if flag is None else {"by": flag.by, "at": flag.at, "comment": flag.note}}


def unreadable(problems: list[RecordUnreadable]) -> list[dict[str, str]]:
    """Records that could not be read, as the page lists them: the file and why."""
    return [{"path": p.path, "code": p.code, "reason": p.reason, "message": str(p)} for p in problems]


def document_view(store: Store, doc_id: str) -> dict[str, Any]:
    document = store.read_document(doc_id)
    text = store.read_text(doc_id)
    problems: list[RecordUnreadable] = []  # one bad claim file must not hide the document
    claims = list_claims(store, doc_id=doc_id, withdrawn=True, problems=problems)
    claims.sort(key=lambda c: (c.focus.start, c.focus.end, c.id))  # reading order for j/k
    regions = region_spans(document.regions)
    return {
        "doc_id": document.doc_id,
        "title": document.title,
        "url": document.url,
        "length": len(text),
        "segments": segments(text, claims, regions),
        "claims": [claim_summary(c, text) for c in claims],
        "progress": progress(claims),
        "unreadable": unreadable(problems),
    }


def documents_list(store: Store) -> list[dict[str, Any]]:
    out = []
    for doc_id in store.doc_ids():
        problems: list[RecordUnreadable] = []
        try:
            title = store.read_document(doc_id).title
        except (RecordUnreadable, NotFound, UsageError) as exc:
            title = doc_id
            if isinstance(exc, RecordUnreadable):
                problems.append(exc)
        claims = list(store.iter_claims(doc_id, problems=problems))
        live = [c for c in claims if c.withdrawn is None]
        out.append({
            "doc_id": doc_id,
            "title": title,
            "claims": len(live),
            "by_status": dict(Counter(c.status for c in live)),
            "progress": progress(claims),
            "unreadable": unreadable(problems),
        })
    return out


def vocabulary() -> dict[str, Any]:
    return {"statuses": list(STATUSES), "types": list(CLAIM_TYPES), "stances": list(STANCES)}


def theme_css() -> str:
    """The status colours of ``claimkit render``, as classes the page uses."""
    rules = [f".st-{s}{{background:{c}}}" for s, c in STATUS_COLOURS.items()]
    rules.append(f".noise{{{NOISE_STYLE}}}")
    return "\n".join(rules) + "\n"


# -- who is saving ---------------------------------------------------------------------------


def check_reviewer(name: object) -> str:
    """A name the page may record in history: non-empty, short, not claimkit's own."""
    if not isinstance(name, str) or not name.strip():
        raise UsageError("set your reviewer name (top right) before saving: history records who made each change")
    name = " ".join(name.split())
    if len(name) > MAX_REVIEWER:
        raise UsageError(f"reviewer name is longer than {MAX_REVIEWER} characters; shorten it")
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise UsageError("reviewer name holds control characters; type it again")
    if is_tool(name) or name.lower().startswith(TOOL_PREFIX):
        raise UsageError(f"reviewer name {name!r} is reserved for claimkit's own history entries; use your own name")
    return name


# -- the app ---------------------------------------------------------------------------------


@dataclass
class Settings:
    store: Store
    reviewer: str | None = None
    allowed_hosts: tuple[str, ...] = LOOPBACK_NAMES
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    port: int = DEFAULT_PORT  # an Origin must name this port
    # Off loopback the page is served to anyone who can reach it, so it must not carry the token:
    # the reviewer types it, and reads need it as well as changes.
    ask_token: bool = False
    # Scores and tags the sentence of a claim added on the page (spaCy, loaded on first use).
    annotate: Annotator | None = nlp_annotator


def is_loopback(address: str) -> bool:
    """Whether ``address`` (an IP literal, or `localhost`) is this machine only."""
    address = address.strip("[]").split("%", 1)[0]
    if address.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def check_host_name(name: str) -> str:
    """A name for --allowed-host: a DNS name or an IP address, without scheme or port."""
    value = name.strip().lower()
    bare = value[1:-1] if value.startswith("[") and value.endswith("]") else value
    try:
        return str(ipaddress.ip_address(bare))
    except ValueError:
        pass
    if not HOST_NAME_RE.match(value):
        raise UsageError(f"--allowed-host {name!r} is not a host name or IP address; give it without scheme "
                         f"or port, for example --allowed-host review.example.org")
    return value.rstrip(".")


def allowed_hosts_for(host: str, allowed: Sequence[str] = (), *, loopback: bool | None = None) -> tuple[str, ...]:
    """Host names the server answers to.

    On loopback: the loopback names, the bound one and any given. Elsewhere only the names given
    with --allowed-host (at least one) and the bound address unless it is a wildcard: answering
    to any Host would let a DNS-rebinding page talk to the server as if it were its own.
    """
    extra = tuple(check_host_name(n) for n in allowed)
    own = host.strip("[]").lower()
    if is_loopback(host) if loopback is None else loopback:
        return tuple(dict.fromkeys((*LOOPBACK_NAMES, own, *extra)))
    if not extra:
        raise UsageError(
            f"--host {host} opens the review page to other machines; name the host names or addresses they "
            f"will use to reach it with --allowed-host (repeatable), for example --allowed-host review.example.org"
        )
    return tuple(dict.fromkeys((*extra, *(() if own in WILDCARD_HOSTS else (check_host_name(own),)))))


def urls_for(hosts: Sequence[str], port: int) -> list[str]:
    """The addresses a reviewer opens, one per allowed host name."""
    return [f"http://{f'[{h}]' if ':' in h else h}:{port}/" for h in hosts]


def _host_name(value: str) -> str:
    value = value.strip().lower()
    if value.startswith("["):  # [::1]:8000
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """ASGI middleware: Host check on every request; token and allowed origin on every change
    (and on every API read when the page asks for the token); security headers on every response."""

    SAFE_METHODS = ("GET", "HEAD")

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.decode("latin-1").lower() not in SECURITY_HEADERS]
                headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        refusal = self.refusal(Request(scope))
        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)

    def origin_allowed(self, origin: str) -> bool:
        """An Origin naming an allowed host and this server's port; never judged by the request's
        own Host header, which a DNS-rebinding page chooses."""
        try:
            parts = urlsplit(origin)
            port = parts.port or 80
        except ValueError:
            return False
        return (parts.scheme == "http" and parts.hostname in self.settings.allowed_hosts
                and port == self.settings.port and origin == f"{parts.scheme}://{parts.netloc}")

    def refusal(self, request: Request) -> Response | None:
        settings = self.settings
        host = _host_name(request.headers.get("host", ""))
        if host not in settings.allowed_hosts:
            return _error(421, "usage", f"this server answers to {', '.join(settings.allowed_hosts)}, not {host!r}")
        changes = request.method not in self.SAFE_METHODS
        if changes:
            origin = request.headers.get("origin")
            if origin is not None and not self.origin_allowed(origin):
                return _error(403, "forbidden", f"cross-origin request from {origin!r} refused")
            if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
                return _error(403, "forbidden", "cross-site request refused")
        if changes or (settings.ask_token and request.url.path.startswith("/api/")):
            sent = request.headers.get(TOKEN_HEADER, "")
            if not hmac.compare_digest(sent.encode("utf-8"), settings.token.encode("utf-8")):
                message = ("missing or wrong access token: type the token that `claimkit serve` printed in its terminal"
                           if settings.ask_token else "missing or wrong session token; reload the page (the server was restarted?)")
                return _error(403, "forbidden", message, reason="token")
        if changes:
            media, _, params = request.headers.get("content-type", "").partition(";")
            if media.strip().lower() != "application/json":
                return _error(415, "usage", "send the change as application/json")
            charset = next((v.strip().strip('"').lower() for k, _, v in (p.partition("=") for p in params.split(";"))
                            if k.strip().lower() == "charset"), "utf-8")
            if charset not in ("utf-8", "utf8"):
                return _error(415, "usage", f"send the change as JSON in UTF-8, not {charset}")
            length = request.headers.get("content-length", "0")
            if not length.isdigit() or int(length) > MAX_BODY:  # refused before a byte of it is read
                return _error(413, "usage", f"request body is larger than {MAX_BODY} bytes")
        return None


class UnsupportedBody(UsageError):
    """A request body in an encoding other than UTF-8."""


def _error(status: int, kind: str, message: str, findings: list | None = None, reason: str | None = None,
           problems: list[Problem] | None = None, **extra: Any) -> JSONResponse:
    error: dict[str, Any] = {"kind": kind, "message": message, "findings": findings or [],
                             "problems": [p.as_dict() for p in problems or []], **extra}
    if reason is not None:
        error["reason"] = reason  # what the page acts on: "token" makes it ask for the token again
    return JSONResponse({"error": error}, status_code=status)


def _finding_dicts(problems: list[Problem]) -> list[dict[str, Any]]:
    return [{"code": p.code, "slug": p.slug, "message": p.message, "fix": p.fix, "pointer": p.pointer}
            for p in problems if p.kind == "rule"]


def _refusal(exc: Exception) -> JSONResponse:
    """A library exception as the JSON the page shows inline: every problem of a refused change
    (``problems``: the field or rule, message and fix of each; ``findings``: the rules broken)."""
    if isinstance(exc, RecordInvalid):
        problems = [Problem.of_finding(f) for f in exc.findings]
        return _error(422, "invalid", "the change would leave the record invalid; nothing was written",
                      _finding_dicts(problems), problems=problems)
    if isinstance(exc, VerdictExists):
        verdict = {"status": exc.status, "rationale": exc.rationale, "by": exc.by, "at": exc.at}
        return _error(409, "confirm", str(exc), verdict=verdict)
    if isinstance(exc, ChangeRefused):
        count = len(exc.problems)
        message = f"{count} problem{'s' if count > 1 else ''}; nothing was written"
        if isinstance(exc, InputRefused):
            return _error(400, "usage", message, _finding_dicts(exc.problems), problems=exc.problems)
        kind = "invalid" if exc.findings else "refused"
        return _error(422, kind, message, _finding_dicts(exc.problems), problems=exc.problems)
    if isinstance(exc, StaleRecord):
        return _error(409, "stale", str(exc))
    if isinstance(exc, RecordMisplaced):
        return _error(409, "refused", str(exc))
    if isinstance(exc, NotFound):
        return _error(404, "not_found", str(exc))
    if isinstance(exc, RecordUnreadable):
        return _error(422, "unreadable", str(exc))
    if isinstance(exc, WriteFailed):
        return _error(500, "write_failed", str(exc))
    if isinstance(exc, ReviewRefused):
        return _error(422, "refused", str(exc))
    if isinstance(exc, UnsupportedBody):
        return _error(415, "usage", str(exc))
    if isinstance(exc, UsageError):
        return _error(400, "usage", str(exc))
    raise exc


def _claim_id(request: Request) -> str:
    return check_name(request.path_params["claim_id"], "claim id", MAX_CLAIM_ID)


def _doc_id(request: Request) -> str:
    return check_name(request.path_params["doc_id"], "doc_id", MAX_DOC_ID)


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > MAX_BODY:
        raise UsageError(f"request body is larger than {MAX_BODY} bytes")
    # json.loads would guess UTF-16 or UTF-32 from the bytes; JSON on the wire is UTF-8 (RFC
    # 8259), and UTF-8 JSON never holds a NUL byte, which every UTF-16 body of ASCII text does.
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None or "\x00" in text or text.startswith("\ufeff"):
        raise UnsupportedBody("the request body must be JSON encoded as UTF-8 (without a byte order mark)")
    try:
        data = json.loads(text)
    except ValueError:
        raise UsageError("the request body is not JSON") from None
    if not isinstance(data, dict):
        raise UsageError("the request body must be a JSON object")
    return data


@overload
def _text(data: dict, key: str, *, required: Literal[True]) -> str: ...
@overload
def _text(data: dict, key: str, *, required: bool = False) -> str | None: ...
def _text(data: dict, key: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip() and not required):
        if required:
            raise UsageError(f"{key} is required")
        return None
    if not isinstance(value, str):
        raise UsageError(f"{key} must be a string")
    return value.strip()


def _place(value: object, key: str) -> Place | None:
    """A focus or span the page sends: ``{"start", "end", "text"}`` (the text as selected)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise UsageError(f"{key} must be an object with start, end and the selected text")
    start, end, text = value.get("start"), value.get("end"), value.get("text")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise UsageError(f"{key} needs whole-number start and end offsets")
    if text is not None and not isinstance(text, str):
        raise UsageError(f"{key}.text must be a string")
    return Place(start=start, end=end, text=text)


def _value_of(data: dict) -> Any:
    """The value an edit sends: absent keeps it, null clears it, "auto" reads it from the
    focus, an object gives it."""
    if "value" not in data:
        return KEEP
    value = data["value"]
    if value is None or value == AUTO:
        return value
    if not isinstance(value, dict):
        raise UsageError("value must be null, \"auto\" or an object with kind date or quantity")
    return value


def _evidence(value: object) -> dict[str, str | None]:
    if not isinstance(value, dict):
        raise UsageError("evidence must be an object with url, title, publisher, published, stance, summary")
    return {k: (v.strip() or None) if isinstance(v, str) else None for k, v in value.items()
            if k in ("url", "title", "publisher", "published", "stance", "summary")}


def create_app(settings: Settings) -> Starlette:
    store = settings.store
    static = {name: resources.files("claimkit").joinpath("static", name).read_bytes() for name in STATIC_TYPES}
    page = resources.files("claimkit").joinpath("static", "index.html").read_text(encoding="utf-8")

    async def index(request: Request) -> Response:
        if "doc_id" in request.path_params:
            doc_id = _doc_id(request)
            if not await run_in_threadpool(store.has_document, doc_id):
                return Response("no such document\n", status_code=404, media_type="text/plain")
        token = "" if settings.ask_token else settings.token  # an empty token makes the page ask for it
        html = page.replace("{{token}}", escape(token)).replace("{{reviewer}}", escape(settings.reviewer or ""))
        return Response(html, media_type="text/html; charset=utf-8")

    async def static_file(request: Request) -> Response:
        name = request.path_params["name"]
        if name == "theme.css":
            return Response(theme_css(), media_type="text/css; charset=utf-8")
        if name not in static:
            return Response("not found\n", status_code=404, media_type="text/plain")
        return Response(static[name], media_type=STATIC_TYPES[name])

    async def api_documents(request: Request) -> Response:
        return JSONResponse({"documents": await run_in_threadpool(documents_list, store), **vocabulary()})

    async def api_document(request: Request) -> Response:
        doc_id = _doc_id(request)
        return JSONResponse(await run_in_threadpool(document_view, store, doc_id))

    async def api_claim(request: Request) -> Response:
        claim_id = _claim_id(request)

        def read() -> dict:
            claim = store.read_claim(claim_id)
            try:
                text = store.read_text(claim.doc_id)
            except (NotFound, RecordUnreadable):
                text = None
            return claim_detail(claim, text)

        return JSONResponse(await run_in_threadpool(read))

    def change(operation: Callable[[Reviewer, str, dict, dict], Claim]):
        """An endpoint applying one review operation, refused unless the page's copy is current."""

        async def endpoint(request: Request) -> Response:
            try:
                claim_id = _claim_id(request)
                data = await _body(request)
                name = check_reviewer(data.get("reviewer") or settings.reviewer)
                # The store checks both under its lock; `expect_modified` alone (whole seconds)
                # is still accepted from pages loaded before the version existed.
                expect = {"expect_revision": _text(data, "version"), "expect_modified": _text(data, "expect_modified")}
                if expect["expect_revision"] is None and expect["expect_modified"] is None:
                    raise UsageError("version is required: send the `version` of the record you loaded "
                                     "(or, from an older page, its `expect_modified` time)")
            except UsageError as exc:
                return _refusal(exc)

            def apply() -> dict:
                claim = operation(Reviewer(store, name, annotate=settings.annotate), claim_id, data, expect)
                text = store.read_text(claim.doc_id)
                return {**claim_detail(claim, text), "summary": claim_summary(claim, text)}

            try:
                detail = await run_in_threadpool(apply)
            except (RecordInvalid, StaleRecord, RecordMisplaced, NotFound, ReviewRefused, UsageError, RecordUnreadable,
                    WriteFailed) as exc:
                return _refusal(exc)
            return JSONResponse(detail)

        return endpoint

    def set_status(reviewer: Reviewer, claim_id: str, data: dict, expect: dict) -> Claim:
        evidence = data.get("evidence") or []
        if not isinstance(evidence, list):
            raise UsageError("evidence must be a list")
        return reviewer.set_status(
            claim_id,
            _text(data, "status", required=True),
            _text(data, "rationale"),
            [_evidence(e) for e in evidence],
            note=_text(data, "note"),
            replace=data.get("replace") is True,
            **expect,
        )

    def add_evidence(reviewer: Reviewer, claim_id: str, data: dict, expect: dict) -> Claim:
        return reviewer.add_evidence(claim_id, [_evidence(data.get("evidence"))], **expect)

    def remove_evidence(reviewer: Reviewer, claim_id: str, data: dict, expect: dict) -> Claim:
        number = data.get("number")
        if not isinstance(number, int) or isinstance(number, bool):
            raise UsageError("number must be the 1-based number of the evidence item to remove")
        return reviewer.remove_evidence(claim_id, number, **expect)

    def withdraw(reviewer: Reviewer, claim_id: str, data: dict, expect: dict) -> Claim:
        return reviewer.withdraw(claim_id, _text(data, "reason") or "", **expect)

    def restore(reviewer: Reviewer, claim_id: str, data: dict, expect: dict) -> Claim:
        return reviewer.restore(claim_id, note=_text(data, "note"), **expect)

    def flag(reviewer: Reviewer, claim_id: str, data: dict, expect: dict) -> Claim:
        return reviewer.flag(claim_id, _text(data, "comment") or "", **expect)

    def unflag(reviewer: Reviewer, claim_id: str, data: dict, expect: dict) -> Claim:
        return reviewer.unflag(claim_id, note=_text(data, "note"), **expect)

    def edit(reviewer: Reviewer, claim_id: str, data: dict, expect: dict) -> Claim:
        statement: Any = KEEP
        if "statement" in data:
            statement = _text(data, "statement")  # null or blank clears it
        cluster: Any = KEEP
        if "cluster" in data:
            cluster = _text(data, "cluster")
        return reviewer.edit(
            claim_id,
            focus=_place(data.get("focus"), "focus"),
            span=_place(data.get("span"), "span"),
            type_=_text(data, "type"),
            value=_value_of(data),
            statement=statement,
            cluster=cluster,
            same_as=_text(data, "same_as"),
            keep_status=data.get("keep_status") is True,
            note=_text(data, "note"),
            **expect,
        )

    async def add_claim(request: Request) -> Response:
        try:
            doc_id = _doc_id(request)
            data = await _body(request)
            name = check_reviewer(data.get("reviewer") or settings.reviewer)
            focus = _place(data.get("focus"), "focus")
            if focus is None:
                raise UsageError("focus is required: select the text of the claim in the document")
            value = _value_of(data)
        except UsageError as exc:
            return _refusal(exc)

        def apply() -> dict:
            reviewer = Reviewer(store, name, annotate=settings.annotate)
            claim = reviewer.add_claim(
                doc_id, focus, _text(data, "type") or "", span=_place(data.get("span"), "span"),
                value=AUTO if value is KEEP else value, statement=_text(data, "statement"),
                same_as=_text(data, "same_as"), note=_text(data, "note"),
            )
            text = store.read_text(claim.doc_id)
            return {**claim_detail(claim, text), "summary": claim_summary(claim, text)}

        try:
            detail = await run_in_threadpool(apply)
        except (RecordInvalid, StaleRecord, RecordMisplaced, NotFound, ReviewRefused, UsageError, RecordUnreadable,
                WriteFailed) as exc:
            return _refusal(exc)
        return JSONResponse(detail)

    async def on_usage(request: Request, exc: Exception) -> Response:
        return _refusal(exc)

    routes = [
        Route("/", index),
        Route("/doc/{doc_id}", index),
        Route("/static/{name}", static_file),
        Route("/api/documents", api_documents),
        Route("/api/documents/{doc_id}", api_document),
        Route("/api/claims/{claim_id}", api_claim),
        Route("/api/claims/{claim_id}/status", change(set_status), methods=["POST"]),
        Route("/api/claims/{claim_id}/evidence", change(add_evidence), methods=["POST"]),
        Route("/api/claims/{claim_id}/evidence/remove", change(remove_evidence), methods=["POST"]),
        Route("/api/claims/{claim_id}/withdraw", change(withdraw), methods=["POST"]),
        Route("/api/claims/{claim_id}/restore", change(restore), methods=["POST"]),
        Route("/api/claims/{claim_id}/edit", change(edit), methods=["POST"]),
        Route("/api/claims/{claim_id}/flag", change(flag), methods=["POST"]),
        Route("/api/claims/{claim_id}/unflag", change(unflag), methods=["POST"]),
        Route("/api/documents/{doc_id}/claims", add_claim, methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={UsageError: on_usage, NotFound: on_usage, RecordUnreadable: on_usage, ValueError: _invalid_record},
    )
    app.state.settings = settings
    return Guard(app, settings)  # type: ignore[return-value]


async def _invalid_record(request: Request, exc: Exception) -> Response:
    # A record on disk that does not parse (pydantic's ValidationError is a ValueError).
    return _error(500, "invalid", f"a stored record does not parse; run `claimkit validate` ({type(exc).__name__})")


# -- running ---------------------------------------------------------------------------------


def bind(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> socket.socket:
    """A listening socket; port 0 picks a free one (read it back with ``getsockname``)."""
    try:
        infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise UsageError(f"--host {host!r}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror}); pick another --port") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    """The address of a loopback socket (a wildcard one is named by its --allowed-host names)."""
    host, port = sock.getsockname()[:2]
    return f"http://{f'[{host}]' if ':' in host else host}:{port}/"


def _protocol(request_timeout: float, max_connections: int) -> type:
    """uvicorn's h11 protocol with a deadline per request and a cap on open connections.

    uvicorn starts its keep-alive timer only after a response, and stops it on any byte: a client
    that connects and sends nothing, or a byte now and then, kept its connection (and a file
    descriptor) for ever, until the server could accept no more.
    """
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    waiting = (h11.IDLE, h11.SEND_BODY)  # the client has yet to finish its request

    class GuardedH11Protocol(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if len(self.connections) > max_connections:
                transport.close()
                return
            self._watch()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            self._watch()

        def on_response_complete(self) -> None:
            self._stop()  # the next request gets a full deadline of its own
            super().on_response_complete()
            self._watch()

        def connection_lost(self, exc: Exception | None) -> None:
            self._stop()
            super().connection_lost(exc)

        def _watch(self) -> None:
            if self.transport.is_closing() or self.conn.their_state not in waiting:
                self._stop()
            elif self._deadline is None:
                self._deadline = self.loop.call_later(request_timeout, self._expire)

        def _stop(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _expire(self) -> None:
            self._deadline = None
            if not self.transport.is_closing():
                self.transport.close()

    return GuardedH11Protocol


def server(app: Starlette, *, request_timeout: float = REQUEST_TIMEOUT, max_connections: int = MAX_CONNECTIONS):
    """A uvicorn server for ``app`` with claimkit's limits (see the constants above)."""
    import uvicorn

    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="off", ws="none",
        http=_protocol(request_timeout, max_connections),
        limit_concurrency=LIMIT_CONCURRENCY, timeout_keep_alive=KEEP_ALIVE,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
    )
    return uvicorn.Server(config)


def run(app: Starlette, sock: socket.socket) -> None:
    """Serve until interrupted."""
    server(app).run(sockets=[sock])
