// claimkit review page. Every piece of document or record text enters the DOM through
// textContent or an attribute set with setAttribute: never as HTML.
"use strict";

// On loopback the page carries its token. Served to the network it carries none: the reviewer
// types it once, and this tab keeps it in sessionStorage (gone when the tab closes).
const EMBEDDED_TOKEN = document.querySelector('meta[name="claimkit-token"]').content;
const TOKEN_KEY = "claimkit-token";
const REVIEWER_KEY = "claimkit-reviewer";

const state = {
  doc: null,          // {doc_id, title, segments, claims}
  vocab: null,        // {statuses, types, stances}
  marks: new Map(),   // claim id -> <mark>
  summaries: new Map(), // claim id -> summary
  current: null,      // {claim, sentence, version} of the open claim
};

const $ = (id) => document.getElementById(id);

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function label(value) {
  return String(value).replace(/_/g, " ");
}

// -- talking to the server -------------------------------------------------------------------

function currentToken() {
  return EMBEDDED_TOKEN || sessionStorage.getItem(TOKEN_KEY) || "";
}

let pendingToken = null; // one prompt at a time, however many requests are waiting for it

function askToken(message) {
  if (!pendingToken) {
    pendingToken = new Promise((resolve) => {
      const form = $("token-form");
      const input = $("token-input");
      const note = $("token-message");
      note.hidden = !message;
      note.textContent = message || "";
      input.value = "";
      form.hidden = false;
      input.focus();
      form.onsubmit = (event) => {
        event.preventDefault();
        const token = input.value.trim();
        if (!token) return;
        sessionStorage.setItem(TOKEN_KEY, token);
        form.hidden = true;
        form.onsubmit = null;
        pendingToken = null;
        resolve(token);
      };
    });
  }
  return pendingToken;
}

// Every API call sends the token. A refused token, when the page was not given one, is asked for
// again and the call repeated; with an embedded token it can only mean the server restarted.
async function request(path, options = {}) {
  if (!currentToken()) await askToken("");
  for (;;) {
    const response = await fetch(path, {
      ...options,
      credentials: "same-origin",
      headers: { ...(options.headers || {}), "X-Claimkit-Token": currentToken() },
    });
    const data = await response.json().catch(() => null);
    const error = data && data.error;
    if (response.status === 403 && error && error.reason === "token" && !EMBEDDED_TOKEN) {
      sessionStorage.removeItem(TOKEN_KEY);
      await askToken("That token was refused: it is not the one printed by the running claimkit serve " +
                     "(was the server restarted?). Type it again.");
      continue;
    }
    if (!response.ok) throw error || { kind: "http", message: `HTTP ${response.status}`, findings: [] };
    return data;
  }
}

function getJSON(path) {
  return request(path);
}

function postJSON(path, body) {
  body.reviewer = $("reviewer").value;
  return request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

// -- messages --------------------------------------------------------------------------------

function showOk(text) {
  const box = $("messages");
  box.className = "messages ok";
  box.replaceChildren(el("span", { text }));
}

function showRefusal(error) {
  const box = $("messages");
  box.className = "messages error";
  box.dataset.kind = error.kind || "error";
  const children = [el("strong", { class: "refusal", text: refusalTitle(error.kind) }), el("div", { class: "message", text: error.message || "" })];
  for (const f of error.findings || []) {
    children.push(el("div", { class: "finding", "data-code": f.code }, [
      el("span", { class: "code", text: `${f.code} ${f.slug}` }),
      document.createTextNode(" "),
      el("span", { class: "pointer", text: f.pointer }),
      el("div", { class: "what", text: f.message }),
      el("div", { class: "fix", text: `How to fix: ${f.fix}` }),
    ]));
  }
  if (error.kind === "stale") {
    const reload = el("button", { type: "button", id: "reload-claim", text: "Reload this claim (your form input stays)" });
    reload.addEventListener("click", () => openClaim(state.current.claim.id, { keepForm: true }));
    children.push(reload);
  }
  box.replaceChildren(...children);
  box.scrollIntoView({ block: "nearest" });
}

function refusalTitle(kind) {
  return {
    invalid: "Refused: the change breaks a rule, nothing was saved.",
    stale: "Refused: someone changed this claim since you loaded it, nothing was saved.",
    refused: "Refused.",
    usage: "Refused.",
    forbidden: "Refused by the server.",
    not_found: "Not found.",
  }[kind] || "Error.";
}

function clearMessages() {
  const box = $("messages");
  box.className = "messages";
  box.replaceChildren();
}

// -- the document ----------------------------------------------------------------------------

function renderDocument() {
  const doc = state.doc;
  document.title = `${doc.title} · claimkit review`;
  $("title").textContent = doc.title;
  state.summaries = new Map(doc.claims.map((c) => [c.id, c]));
  state.marks = new Map();
  const fragment = document.createDocumentFragment();
  for (const piece of doc.segments) {
    if (piece.kind === "plain") {
      fragment.append(document.createTextNode(piece.text));
    } else if (piece.kind === "noise") {
      fragment.append(el("span", { class: "noise", title: `not article content: ${piece.region}`, text: piece.text }));
    } else {
      const mark = el("mark", { class: "claim", id: `m-${piece.claim}`, "data-id": piece.claim, text: piece.text });
      state.marks.set(piece.claim, mark);
      fragment.append(mark);
    }
  }
  $("doc").replaceChildren(fragment);
  for (const id of state.marks.keys()) paintMark(id);
  renderUnreadable(doc.unreadable || []);
  renderLegend();
  applyFilters();
}

// Claim files the server could not read: the rest of the document is shown, these are named.
function renderUnreadable(problems) {
  const box = $("unreadable");
  box.hidden = problems.length === 0;
  box.replaceChildren(
    el("strong", { text: `${problems.length} claim record(s) could not be read and are not shown:` }),
    el("ul", {}, problems.map((p) => el("li", { class: "unreadable", "data-path": p.path, "data-code": p.code }, [
      el("code", { text: p.path }),
      document.createTextNode(`: ${p.reason}. Run `),
      el("code", { text: `claimkit validate ${p.path}` }),
      document.createTextNode("."),
    ]))),
  );
}

function paintMark(id) {
  const mark = state.marks.get(id);
  const summary = state.summaries.get(id);
  if (!mark || !summary) return;
  mark.className = `claim st-${summary.status}` + (summary.withdrawn ? " withdrawn" : "");
  mark.setAttribute("data-status", summary.status);
  mark.setAttribute("data-type", summary.type);
  mark.title = `${summary.id} · ${summary.type} · ${label(summary.status)}${summary.withdrawn ? " · withdrawn" : ""}`;
  if (state.current && state.current.claim.id === id) mark.classList.add("selected");
}

function renderLegend() {
  const counts = {};
  for (const c of state.summaries.values()) if (!c.withdrawn) counts[c.status] = (counts[c.status] || 0) + 1;
  const chosen = $("filter-status").value;
  const chips = state.vocab.statuses.map((status) => {
    const chip = el("button", {
      type: "button", class: `st-${status}`, "data-status": status, "aria-pressed": String(chosen === status),
      title: `show only ${label(status)} claims (click again for all)`, text: `${label(status)} (${counts[status] || 0})`,
    });
    chip.addEventListener("click", () => {
      $("filter-status").value = $("filter-status").value === status ? "" : status;
      applyFilters();
    });
    return chip;
  });
  chips.push(el("span", { class: "noise", text: "not article content (noise)" }));
  $("legend").replaceChildren(...chips);
}

function visible(summary) {
  const status = $("filter-status").value;
  const type = $("filter-type").value;
  if (summary.withdrawn && !$("filter-withdrawn").checked) return false;
  return (!status || summary.status === status) && (!type || summary.type === type);
}

function applyFilters() {
  let shown = 0;
  for (const [id, mark] of state.marks) {
    const on = visible(state.summaries.get(id));
    mark.classList.toggle("filtered", !on);
    if (on) shown += 1;
  }
  for (const chip of $("legend").querySelectorAll("button[data-status]")) {
    chip.setAttribute("aria-pressed", String(chip.dataset.status === $("filter-status").value));
  }
  $("shown").textContent = `${shown} of ${state.marks.size} highlighted claims shown`;
}

function navigable() {
  return state.doc.claims.filter((c) => visible(state.summaries.get(c.id))).map((c) => c.id);
}

function step(delta) {
  const ids = navigable();
  if (!ids.length) return;
  const at = state.current ? ids.indexOf(state.current.claim.id) : -1;
  let next;
  if (at === -1) {
    // From a claim hidden by the filter, go to the nearest shown one in reading order.
    const order = state.doc.claims.map((c) => c.id);
    const here = state.current ? order.indexOf(state.current.claim.id) : -1;
    const after = ids.filter((id) => order.indexOf(id) > here);
    const before = ids.filter((id) => order.indexOf(id) < here);
    next = delta > 0 ? (after[0] ?? ids[0]) : (before[before.length - 1] ?? ids[ids.length - 1]);
  } else {
    next = ids[(at + delta + ids.length) % ids.length];
  }
  openClaim(next);
}

// -- the claim panel -------------------------------------------------------------------------

async function openClaim(id, { keepForm = false } = {}) {
  let detail;
  try {
    detail = await getJSON(`/api/claims/${encodeURIComponent(id)}`);
  } catch (error) {
    showRefusal(error);
    return;
  }
  const previous = state.current && state.current.claim.id;
  if (previous && state.marks.has(previous)) state.marks.get(previous).classList.remove("selected");
  state.current = detail;
  if (!keepForm || previous !== id) clearMessages();
  renderClaim({ resetForm: !keepForm || previous !== id });
  const mark = state.marks.get(id);
  if (mark) {
    mark.classList.add("selected");
    mark.scrollIntoView({ block: "center", behavior: "instant" });
  }
  history.replaceState(null, "", `#${id}`);
}

function renderClaim({ resetForm = true, newEntries = 0 } = {}) {
  const { claim, sentence } = state.current;
  $("panel-empty").hidden = true;
  $("panel-body").hidden = false;
  $("c-id").textContent = claim.id;
  const badge = $("c-status");
  badge.className = `badge st-${claim.status}`;
  badge.textContent = label(claim.status);
  $("c-type").textContent = claim.type;
  $("c-withdrawn").hidden = !claim.withdrawn;
  $("c-sentence").replaceChildren(
    document.createTextNode(sentence[0]),
    el("mark", { class: `st-${claim.status}`, text: sentence[1] }),
    document.createTextNode(sentence[2]),
  );
  $("c-focus").textContent = claim.focus.text;
  $("c-value").textContent = formatValue(claim.value);
  $("c-entities").replaceChildren(...(claim.entities.length
    ? claim.entities.map((e, i) => el("span", { class: "tag", text: `${e.text} · ${e.label}` }))
    : [el("span", { class: "muted", text: "none" })]));
  for (const tag of $("c-entities").children) tag.after(" ");
  $("c-statement").textContent = claim.statement ?? "—";
  $("c-worthiness").textContent = String(claim.check_worthiness);
  $("c-rationale").textContent = claim.rationale ?? "—";

  $("c-evidence").replaceChildren(...claim.evidence.map((item, i) => evidenceItem(item, i + 1)));
  $("c-no-evidence").hidden = claim.evidence.length > 0;

  const rows = claim.history.map((h, i) => el("tr", { class: i >= claim.history.length - newEntries ? "new" : "" }, [
    el("td", { title: h.at, text: h.at.replace("T", " ").replace("Z", " UTC") }),
    el("td", { text: h.by }),
    el("td", { class: "action", text: h.action }),
    el("td", { text: h.from || h.to ? `${label(h.from ?? "")} → ${label(h.to ?? "")}` : "" }),
    el("td", { class: "note", text: h.note ?? "" }),
  ]));
  $("c-history").replaceChildren(...rows.reverse());

  $("withdraw").hidden = Boolean(claim.withdrawn);
  $("withdraw-reason-label").hidden = Boolean(claim.withdrawn);
  $("restore").hidden = !claim.withdrawn;

  if (resetForm) {
    $("f-status").value = claim.status;
    $("f-rationale").value = claim.rationale ?? "";
    $("f-note").value = "";
    $("f-reason").value = "";
    resetEvidenceForm();
  }
}

function formatValue(value) {
  if (!value) return "—";
  if (value.kind === "quantity") {
    return `${value.approximate ? "about " : ""}${value.amount}${value.unit ? " " + value.unit : ""}`;
  }
  if (value.kind === "date") {
    return `${value.qualifier ? value.qualifier + " " : ""}${value.value} (${value.precision})`;
  }
  return JSON.stringify(value);
}

function evidenceItem(item, number) {
  const link = el("a", { href: item.url, target: "_blank", rel: "noopener noreferrer", text: item.title });
  const remove = el("button", { type: "button", class: "remove", "data-number": String(number), text: "Remove" });
  remove.addEventListener("click", () => change("evidence/remove", { number }));
  return el("li", {}, [
    el("span", { class: "stance", text: `${item.stance}: ` }), link, document.createTextNode(" "), remove,
    el("div", { class: "meta", text: `${item.publisher}${item.published ? ", " + item.published : ""} · accessed ${item.accessed}` }),
    el("div", { class: "summary", text: item.summary }),
  ]);
}

const EVIDENCE_FIELDS = ["url", "title", "publisher", "published", "summary"];

function resetEvidenceForm() {
  for (const name of EVIDENCE_FIELDS) $(`e-${name}`).value = "";
  $("e-stance").value = "supports";
}

function evidenceFromForm() {
  const item = { stance: $("e-stance").value };
  let any = false;
  for (const name of EVIDENCE_FIELDS) {
    item[name] = $(`e-${name}`).value.trim();
    if (item[name]) any = true;
  }
  return any ? item : null;
}

async function change(action, body, { clearEvidence = false } = {}) {
  const before = state.current;
  if (!before) return;
  const id = before.claim.id;
  body.version = before.version;  // the record's revision: refused as stale if it changed since
  for (const button of document.querySelectorAll("#panel-body button")) button.disabled = true;
  try {
    const detail = await postJSON(`/api/claims/${encodeURIComponent(id)}/${action}`, body);
    const added = detail.claim.history.length - before.claim.history.length;
    state.current = detail;
    state.summaries.set(id, detail.summary);
    const index = state.doc.claims.findIndex((c) => c.id === id);
    if (index >= 0) state.doc.claims[index] = detail.summary;
    paintMark(id);
    renderLegend();
    applyFilters();
    renderClaim({ resetForm: false, newEntries: added });
    if (clearEvidence) resetEvidenceForm();
    $("f-note").value = "";
    showOk(`Saved as ${detail.claim.history[detail.claim.history.length - 1].by} (${added} history entr${added === 1 ? "y" : "ies"} added).`);
  } catch (error) {
    showRefusal(error);
  } finally {
    for (const button of document.querySelectorAll("#panel-body button")) button.disabled = false;
  }
}

// -- start -----------------------------------------------------------------------------------

function fillSelect(select, values, { keepFirst = false } = {}) {
  const options = values.map((v) => el("option", { value: v, text: label(v) }));
  if (keepFirst) select.append(...options);
  else select.replaceChildren(...options);
}

function setUpReviewer() {
  const input = $("reviewer");
  const serverDefault = document.querySelector('meta[name="claimkit-reviewer"]').content;
  input.value = localStorage.getItem(REVIEWER_KEY) || serverDefault;
  input.addEventListener("change", () => {
    const name = input.value.trim();
    if (name) localStorage.setItem(REVIEWER_KEY, name);
    else localStorage.removeItem(REVIEWER_KEY);
  });
}

function setUpEvents() {
  $("doc").addEventListener("click", (event) => {
    const mark = event.target.closest("mark.claim");
    if (mark && !mark.classList.contains("filtered")) openClaim(mark.dataset.id);
  });
  for (const id of ["filter-status", "filter-type", "filter-withdrawn"]) $(id).addEventListener("change", applyFilters);
  $("status-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const evidence = evidenceFromForm();
    change("status", {
      status: $("f-status").value,
      rationale: $("f-rationale").value,
      note: $("f-note").value,
      evidence: evidence ? [evidence] : [],
    }, { clearEvidence: Boolean(evidence) });
  });
  $("add-evidence").addEventListener("click", () => {
    const evidence = evidenceFromForm();
    if (!evidence) {
      showRefusal({ kind: "usage", message: "fill in the evidence fields first (url, title, publisher, stance, summary)", findings: [] });
      return;
    }
    change("evidence", { evidence }, { clearEvidence: true });
  });
  $("withdraw-form").addEventListener("submit", (event) => {
    event.preventDefault();
    change("withdraw", { reason: $("f-reason").value });
  });
  $("restore").addEventListener("click", () => change("restore", {}));
  window.addEventListener("hashchange", () => {
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (state.summaries.has(wanted) && (!state.current || state.current.claim.id !== wanted)) openClaim(wanted);
  });
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !state.doc) return;
    if (event.target.closest("input, textarea, select, [contenteditable]")) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    if (event.key === "j" || event.key === "ArrowRight") { event.preventDefault(); step(1); }
    else if (event.key === "k" || event.key === "ArrowLeft") { event.preventDefault(); step(-1); }
  });
}

async function showDocuments(listing) {
  $("documents").hidden = false;
  const items = listing.documents.map((d) => {
    const counts = Object.entries(d.by_status).map(([s, n]) => `${label(s)} ${n}`).join(", ");
    const bad = (d.unreadable || []).length;
    return el("li", {}, [
      el("a", { href: `/doc/${encodeURIComponent(d.doc_id)}`, text: d.title }),
      el("span", { class: "muted", text: ` — ${d.claims} claim(s)${counts ? ": " + counts : ""}` }),
      ...(bad ? [el("span", { class: "unreadable-count", text: ` · ${bad} record(s) cannot be read` })] : []),
    ]);
  });
  $("document-list").replaceChildren(...(items.length ? items : [el("li", { text: "No documents under sources/ yet: add one with `claimkit ingest`." })]));
}

async function start() {
  setUpReviewer();
  const match = location.pathname.match(/^\/doc\/([a-z0-9-]+)$/);
  try {
    const [listing, doc] = await Promise.all([
      getJSON("/api/documents"),
      match ? getJSON(`/api/documents/${match[1]}`) : Promise.resolve(null),
    ]);
    state.vocab = listing;
    if (!doc) {
      showDocuments(listing);
      return;
    }
    fillSelect($("filter-status"), listing.statuses, { keepFirst: true });
    fillSelect($("filter-type"), listing.types, { keepFirst: true });
    fillSelect($("f-status"), listing.statuses);
    fillSelect($("e-stance"), listing.stances);
    state.doc = doc;
    renderDocument();
    $("controls").hidden = false;
    $("review").hidden = false;
    performance.mark("claimkit:document-rendered");
    setUpEvents();
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (wanted && state.summaries.has(wanted)) openClaim(wanted);
  } catch (error) {
    const fatal = $("fatal");
    fatal.hidden = false;
    fatal.className = "messages error";
    fatal.textContent = `Could not load: ${error.message || error}`;
  }
}

start();
