// claimkit review page. Every piece of document or record text enters the DOM through
// textContent or an attribute set with setAttribute: never as HTML.
"use strict";

// On loopback the page carries its token. Served to the network it carries none: the reviewer
// types it once, and this tab keeps it in sessionStorage (gone when the tab closes).
const EMBEDDED_TOKEN = document.querySelector('meta[name="claimkit-token"]').content;
const TOKEN_KEY = "claimkit-token";
const REVIEWER_KEY = "claimkit-reviewer";

// One key per status, pressed with a claim open (not while typing in a field).
const STATUS_KEYS = {
  u: "unverified", s: "supported", p: "partially_supported", r: "refuted", c: "conflicting_evidence",
  n: "not_enough_evidence",
};

// The form fields a refusal's problems are about, as the page names them (the command line
// names them by its options; the library by field).
const FIELD_LABELS = {
  status: "Status", rationale: "Rationale", note: "Note", reason: "Reason", comment: "Comment",
  focus: "Focus (the selected text)", occurrence: "Focus", span: "Sentence (the selected text)", type: "Type",
  value: "Value", "value.date": "Date", "value.qualifier": "Qualifier", "value.amount": "Amount", "value.unit": "Unit",
  statement: "Statement", cluster: "Cluster", same_as: "Same proposition as claim", check_worthiness: "Check-worthiness",
  claim: "This claim", evidence: "Evidence", number: "Evidence item",
};
const EVIDENCE_LABELS = {
  url: "URL", title: "Title", publisher: "Publisher", published: "Published", accessed: "Accessed", stance: "Stance",
  summary: "Summary",
};

const state = {
  doc: null,          // {doc_id, title, segments, claims, progress}
  vocab: null,        // {statuses, types, stances}
  marks: new Map(),   // claim id -> <mark>
  summaries: new Map(), // claim id -> summary
  current: null,      // {claim, sentence, version, anchored, flag} of the open claim
  selection: null,    // {start, end, text} of text selected in the document (code points)
  lastStatus: null,   // the body of the last verdict save, to confirm a replacement with
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
// A refusal only condemns the token that was sent: calls run side by side, and one may come back
// refused after the reviewer has already typed a new token for another, so it simply tries again.
async function request(path, options = {}) {
  for (;;) {
    if (!currentToken()) await askToken("");
    const sent = currentToken();
    const response = await fetch(path, {
      ...options,
      credentials: "same-origin",
      headers: { ...(options.headers || {}), "X-Claimkit-Token": sent },
    });
    const data = await response.json().catch(() => null);
    const error = data && data.error;
    if (response.status === 403 && error && error.reason === "token" && !EMBEDDED_TOKEN) {
      if (currentToken() === sent) {
        sessionStorage.removeItem(TOKEN_KEY);
        await askToken("That token was refused: it is not the one printed by the running claimkit serve " +
                       "(was the server restarted?). Type it again.");
      }
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

function showOk(text, box = $("messages")) {
  box.className = "messages ok";
  delete box.dataset.kind;
  box.replaceChildren(el("span", { text }));
}

function fieldLabel(field) {
  const match = /^evidence\.(\d+)\.(\w+)$/.exec(field || "");
  if (match) return `Evidence › ${EVIDENCE_LABELS[match[2]] || match[2]}`;
  return FIELD_LABELS[field] || field;
}

// A refusal lists every problem of the change: the form field (or the rule) it is about, what is
// wrong and how to fix it.
function showRefusal(error, box = $("messages")) {
  box.className = "messages error";
  box.dataset.kind = error.kind || "error";
  const children = [el("strong", { class: "refusal", text: refusalTitle(error.kind) }), el("div", { class: "message", text: error.message || "" })];
  const problems = error.problems && error.problems.length ? error.problems
    : (error.findings || []).map((f) => ({ ...f, kind: "rule", field: "" }));
  for (const p of problems) {
    if (p.kind === "rule") {
      children.push(el("div", { class: "finding problem", "data-code": p.code, "data-field": p.field || "" }, [
        el("span", { class: "code", text: `${p.code} ${p.slug}` }),
        document.createTextNode(" "),
        el("span", { class: "field", text: p.field ? fieldLabel(p.field) : "" }),
        document.createTextNode(" "),
        el("span", { class: "pointer", text: p.pointer }),
        el("div", { class: "what", text: p.message }),
        el("div", { class: "fix", text: `How to fix: ${p.fix}` }),
      ]));
    } else {
      children.push(el("div", { class: "problem", "data-field": p.field }, [
        el("span", { class: "field", text: `${fieldLabel(p.field)}${p.value !== null && p.value !== undefined ? ` (“${p.value}”)` : ""}: ` }),
        el("span", { class: "what", text: p.message }),
        ...(p.fix ? [el("div", { class: "fix", text: `How to fix: ${p.fix}` })] : []),
      ]));
    }
  }
  if (error.kind === "stale") {
    const reload = el("button", { type: "button", id: "reload-claim", text: "Reload this claim (your form input stays)" });
    reload.addEventListener("click", () => openClaim(state.current.claim.id, { keepForm: true }));
    children.push(reload);
  }
  if (error.kind === "confirm" && box === $("messages") && state.lastStatus) {
    const verdict = error.verdict || {};
    children.push(el("div", { class: "what", text: `Standing verdict: ${label(verdict.status || "")}` +
      (verdict.by ? ` by ${verdict.by}` : "") + (verdict.rationale ? ` — “${verdict.rationale}”` : "") }));
    const replace = el("button", { type: "button", id: "replace-verdict", class: "primary", text: "Replace the verdict" });
    replace.addEventListener("click", () => {
      const body = { ...state.lastStatus, replace: true };
      change("status", body, { clearEvidence: Boolean(body.evidence && body.evidence.length) });
    });
    children.push(replace);
  }
  box.replaceChildren(...children);
  box.scrollIntoView({ block: "nearest" });
}

function refusalTitle(kind) {
  return {
    invalid: "Refused: the change breaks a rule, nothing was saved.",
    stale: "Refused: someone changed this claim since you loaded it, nothing was saved.",
    confirm: "This claim already has a verdict: replace it?",
    refused: "Refused, nothing was saved.",
    usage: "Refused, nothing was saved.",
    forbidden: "Refused by the server.",
    not_found: "Not found.",
  }[kind] || "Error.";
}

function clearMessages() {
  for (const id of ["messages", "edit-messages"]) {
    const box = $(id);
    box.className = "messages";
    delete box.dataset.kind;
    box.replaceChildren();
  }
}

// -- the document ----------------------------------------------------------------------------

function appendPieces(parent, pieces) {
  for (const piece of pieces) {
    if (piece.kind === "plain") {
      parent.append(document.createTextNode(piece.text));
    } else if (piece.kind === "noise") {
      parent.append(el("span", { class: "noise", title: `not article content: ${piece.region}`, text: piece.text }));
    } else {
      const mark = el("mark", { class: "claim", id: `m-${piece.claim}`, "data-id": piece.claim });
      if (piece.children) appendPieces(mark, piece.children);
      else mark.textContent = piece.text;
      state.marks.set(piece.claim, mark);
      parent.append(mark);
    }
  }
}

function renderDocument() {
  const doc = state.doc;
  document.title = `${doc.title} · claimkit review`;
  $("title").textContent = doc.title;
  state.summaries = new Map(doc.claims.map((c) => [c.id, c]));
  state.marks = new Map();
  const fragment = document.createDocumentFragment();
  appendPieces(fragment, doc.segments);
  $("doc").replaceChildren(fragment);
  for (const id of state.marks.keys()) paintMark(id);
  renderUnreadable(doc.unreadable || []);
  renderReviewers();
  renderLegend();
  renderProgress();
  renderStale();
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

// Live claims whose text is no longer in the source (it was corrected): listed, since they
// have no highlight, so that each can be opened and moved or withdrawn.
function renderStale() {
  const stale = [...state.summaries.values()].filter((c) => !c.anchored && !c.withdrawn);
  const box = $("stale");
  box.hidden = stale.length === 0;
  box.replaceChildren(
    el("strong", { text: `${stale.length} claim(s) no longer match the text of the source. ` }),
    document.createTextNode("Open one, select its new text in the document and press Use as focus, or withdraw it."),
    el("div", { class: "stale-list" }, stale.map((c) => {
      const button = el("button", { type: "button", class: "stale-claim", "data-id": c.id, text: `${c.focus} (${c.id})` });
      button.addEventListener("click", () => openClaim(c.id));
      return button;
    })),
  );
}

function renderProgress() {
  const p = state.doc.progress;
  const people = Object.entries(p.reviewers).map(([name, r]) =>
    el("span", { class: "person", "data-reviewer": name,
                 text: `${name}: ${r.reviewed} reviewed, ${r.left} left, ${r.withdrawn} withdrawn${r.flagged ? `, ${r.flagged} flagged` : ""}` }));
  $("progress").replaceChildren(
    el("strong", { id: "progress-doc", text: `Progress: ${p.reviewed} reviewed · ${p.left} left · ${p.withdrawn} withdrawn · ${p.flagged} flagged` }),
    el("div", { class: "people" }, people),
  );
}

function renderReviewers() {
  const select = $("filter-reviewer");
  const chosen = select.value;
  const names = [...new Set([...state.summaries.values()].flatMap((c) => c.reviewers))].sort();
  select.replaceChildren(el("option", { value: "", text: "anyone" }), ...names.map((n) => el("option", { value: n, text: n })));
  select.value = names.includes(chosen) ? chosen : "";
}

function paintMark(id) {
  const mark = state.marks.get(id);
  const summary = state.summaries.get(id);
  if (!mark || !summary) return;
  mark.className = `claim st-${summary.status}` + (summary.withdrawn ? " withdrawn" : "") + (summary.flag ? " flagged" : "");
  mark.setAttribute("data-status", summary.status);
  mark.setAttribute("data-type", summary.type);
  mark.title = `${summary.id} · ${summary.type} · ${label(summary.status)}${summary.withdrawn ? " · withdrawn" : ""}` +
    (summary.flag ? " · needs a second opinion" : "");
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
  const reviewer = $("filter-reviewer").value;
  const worthiness = Number($("filter-worthiness").value) || 0;
  const query = $("search").value.trim().toLowerCase();
  if (summary.withdrawn && !$("filter-withdrawn").checked) return false;
  if ($("filter-flagged").checked && !summary.flag) return false;
  if (reviewer && !summary.reviewers.includes(reviewer)) return false;
  if (summary.check_worthiness < worthiness) return false;
  if (query) {
    const haystack = [summary.focus, summary.sentence, summary.statement || "", summary.id].join("\n").toLowerCase();
    if (!haystack.includes(query)) return false;
  }
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
  const matching = state.doc.claims.filter((c) => visible(state.summaries.get(c.id))).length;
  $("shown").textContent = `${shown} of ${state.marks.size} highlighted claims shown (${matching} match)`;
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

async function reloadDocument() {
  state.doc = await getJSON(`/api/documents/${encodeURIComponent(state.doc.doc_id)}`);
  renderDocument();
}

// -- selecting text in the document ------------------------------------------------------------

function codePoints(text) {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

// The document's text is the source's, piece by piece: the length of the text before a point,
// in code points (what the server's offsets count), is that point's offset.
function docOffset(node, offset) {
  const range = document.createRange();
  range.setStart($("doc"), 0);
  range.setEnd(node, offset);
  return codePoints(range.toString());
}

function selectionInDocument() {
  const sel = window.getSelection();
  if (!sel || !sel.rangeCount || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const doc = $("doc");
  if (!doc.contains(range.startContainer) || !doc.contains(range.endContainer)) return null;
  const text = range.toString();
  if (!text.trim()) return null;
  return { start: docOffset(range.startContainer, range.startOffset), end: docOffset(range.endContainer, range.endOffset), text };
}

function updateSelection() {
  const chosen = selectionInDocument();
  if (chosen) state.selection = chosen;
  else if (document.activeElement === document.body || $("doc").contains(document.activeElement)) {
    const sel = window.getSelection();
    if (sel && sel.isCollapsed && sel.anchorNode && $("doc").contains(sel.anchorNode)) state.selection = null;
  }
  const bar = $("selection-bar");
  bar.hidden = !state.selection;
  if (state.selection) $("selection-text").textContent = state.selection.text;
  const claimOpen = Boolean(state.current) && $("add-form").hidden;
  for (const id of ["sel-focus", "sel-span", "use-focus", "use-span"]) $(id).disabled = !(state.selection && claimOpen);
}

function openAddForm() {
  if (!state.selection) return;
  state.adding = { ...state.selection };
  $("a-focus").textContent = state.adding.text;
  $("a-statement").value = "";
  const box = $("add-messages");
  box.className = "messages";
  box.replaceChildren();
  $("panel-empty").hidden = true;
  $("panel-body").hidden = true;
  $("add-form").hidden = false;
  $("a-type").focus();
  updateSelection();
}

function closeAddForm() {
  $("add-form").hidden = true;
  state.adding = null;
  if (state.current) $("panel-body").hidden = false;
  else $("panel-empty").hidden = false;
  updateSelection();
}

async function saveNewClaim() {
  const chosen = state.adding;
  if (!chosen) return;
  $("a-save").disabled = true;
  try {
    const detail = await postJSON(`/api/documents/${encodeURIComponent(state.doc.doc_id)}/claims`, {
      focus: chosen, type: $("a-type").value, statement: $("a-statement").value,
    });
    closeAddForm();
    state.selection = null;
    window.getSelection().removeAllRanges();
    await reloadDocument();
    await openClaim(detail.claim.id);
    showOk(`Added claim ${detail.claim.id} as ${detail.claim.history[0].by}.`, $("edit-messages"));
  } catch (error) {
    showRefusal(error, $("add-messages"));
  } finally {
    $("a-save").disabled = false;
    updateSelection();
  }
}

async function moveTo(what) {
  if (!state.selection || !state.current) return;
  const body = { [what]: state.selection };
  if (what === "focus") body.keep_status = $("f-keep-status").checked;
  const done = await edit(body, what === "focus" ? "Moved the focus." : "Moved the sentence (span).");
  if (done) {
    state.selection = null;
    window.getSelection().removeAllRanges();
    updateSelection();
  }
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
  if (!$("add-form").hidden) closeAddForm();
  if (!keepForm || previous !== id) clearMessages();
  renderClaim({ resetForm: !keepForm || previous !== id });
  const mark = state.marks.get(id);
  if (mark) {
    mark.classList.add("selected");
    mark.scrollIntoView({ block: "center", behavior: "instant" });
  }
  history.replaceState(null, "", `#${id}`);
  updateSelection();
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
  $("c-stale").hidden = state.current.anchored !== false;
  const flag = state.current.flag;
  $("c-flagged").hidden = !flag;
  $("c-flag").hidden = !flag;
  $("flag-form").hidden = Boolean(flag);
  if (flag) {
    $("c-flag-by").textContent = `(${flag.by}, ${flag.at.replace("T", " ").replace("Z", " UTC")})`;
    $("c-flag-comment").textContent = flag.comment || "";
  }
  $("c-sentence").replaceChildren(
    document.createTextNode(sentence[0]),
    el("mark", { class: `st-${claim.status}`, text: sentence[1] }),
    document.createTextNode(sentence[2]),
  );
  $("c-focus").textContent = claim.focus.text;
  $("c-offsets").textContent = `${claim.focus.start}..${claim.focus.end}`;
  $("c-value").textContent = formatValue(claim.value);
  $("c-entities").replaceChildren(...(claim.entities.length
    ? claim.entities.map((e) => el("span", { class: "tag", text: `${e.text} · ${e.label}` }))
    : [el("span", { class: "muted", text: "none" })]));
  for (const tag of $("c-entities").children) tag.after(" ");
  $("c-statement").textContent = claim.statement ?? "—";
  $("c-worthiness").textContent = String(claim.check_worthiness);
  $("c-cluster").textContent = claim.cluster ?? "—";
  $("c-origin").textContent = claim.provenance.extractor === "hand"
    ? `added by hand by ${claim.history[0].by}`
    : `${claim.provenance.extractor} ${claim.provenance.version}, rule ${claim.provenance.rule}`;
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
    $("f-flag-comment").value = "";
    $("f-unflag-note").value = "";
    $("f-keep-status").checked = false;
    resetEvidenceForm();
    resetEditForm();
  }
}

function resetEditForm() {
  const { claim } = state.current;
  $("f-type").value = claim.type;
  const v = claim.value;
  $("f-date").value = v && v.kind === "date" ? v.value : "";
  $("f-qualifier").value = v && v.kind === "date" ? (v.qualifier ?? "") : "";
  $("f-amount").value = v && v.kind === "quantity" ? String(v.amount) : "";
  $("f-unit").value = v && v.kind === "quantity" ? (v.unit ?? "") : "";
  $("f-approximate").checked = Boolean(v && v.kind === "quantity" && v.approximate);
  $("f-statement").value = claim.statement ?? "";
  $("f-same-as").value = "";
  $("f-leave-cluster").checked = false;
  $("f-leave-cluster").disabled = !claim.cluster;
  showValueFields();
}

function showValueFields() {
  const type = $("f-type").value;
  $("f-date-row").hidden = type !== "date";
  $("f-amount-row").hidden = type !== "quantity";
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

// What the correction form changes: only what differs from the claim as loaded.
function editFromForm() {
  const { claim } = state.current;
  const body = {};
  const type = $("f-type").value;
  if (type !== claim.type) body.type = type;
  const old = claim.value;
  if (type === "date") {
    const date = $("f-date").value.trim();
    const qualifier = $("f-qualifier").value.trim();
    const same = old && old.kind === "date" && old.value === date && (old.qualifier ?? "") === qualifier;
    if (date && !same) body.value = { kind: "date", value: date, qualifier: qualifier || null };
    else if (!date && type !== claim.type) body.value = "auto";
  } else if (type === "quantity") {
    const amount = $("f-amount").value.trim();
    const unit = $("f-unit").value.trim();
    const approximate = $("f-approximate").checked;
    const same = old && old.kind === "quantity" && String(old.amount) === amount && (old.unit ?? "") === unit &&
      Boolean(old.approximate) === approximate;
    if (amount && !same) body.value = { kind: "quantity", amount, unit: unit || null, approximate };
    else if (!amount && type !== claim.type) body.value = "auto";
  }
  const statement = $("f-statement").value.trim();
  if (statement !== (claim.statement ?? "")) body.statement = statement || null;
  const sameAs = $("f-same-as").value.trim();
  if (sameAs) body.same_as = sameAs;
  else if ($("f-leave-cluster").checked && claim.cluster) body.cluster = null;
  return body;
}

async function edit(body, done) {
  return change("edit", body, { box: $("edit-messages"), done });
}

async function change(action, body, { clearEvidence = false, box = $("messages"), done = null } = {}) {
  const before = state.current;
  if (!before) return false;
  const id = before.claim.id;
  body.version = before.version;  // the record's revision: refused as stale if it changed since
  if (action === "status") state.lastStatus = { ...body };
  for (const button of document.querySelectorAll("#panel-body button")) button.disabled = true;
  try {
    const detail = await postJSON(`/api/claims/${encodeURIComponent(id)}/${action}`, body);
    const added = detail.claim.history.length - before.claim.history.length;
    state.current = detail;
    // Highlights, counts, progress and the list of stale claims all follow from the document.
    await reloadDocument();
    const mark = state.marks.get(id);
    if (mark) mark.classList.add("selected");
    renderClaim({ resetForm: false, newEntries: added });
    if (clearEvidence) resetEvidenceForm();
    if (action === "edit") resetEditForm();
    $("f-note").value = "";
    clearMessages();
    const who = detail.claim.history[detail.claim.history.length - 1].by;
    showOk(`${done ? done + " " : ""}Saved as ${who} (${added} history entr${added === 1 ? "y" : "ies"} added).`, box);
    return true;
  } catch (error) {
    showRefusal(error, box);
    return false;
  } finally {
    for (const button of document.querySelectorAll("#panel-body button")) button.disabled = false;
    updateSelection();
  }
}

// -- start -----------------------------------------------------------------------------------

function fillSelect(select, values, { keepFirst = false, keys = null } = {}) {
  const options = values.map((v) => {
    const key = keys ? Object.keys(keys).find((k) => keys[k] === v) : null;
    return el("option", { value: v, text: key ? `${label(v)}  [${key}]` : label(v) });
  });
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

function nearestShown(mark) {
  while (mark && mark.classList.contains("filtered")) mark = mark.parentElement && mark.parentElement.closest("mark.claim");
  return mark;
}

function setUpEvents() {
  $("doc").addEventListener("click", (event) => {
    if (selectionInDocument()) return;  // the end of a text selection, not a click on a claim
    let mark = nearestShown(event.target.closest("mark.claim"));
    if (!mark) return;
    // The open claim clicked again: go to the claim whose focus holds it (nested foci).
    if (state.current && mark.dataset.id === state.current.claim.id) {
      const outer = nearestShown(mark.parentElement && mark.parentElement.closest("mark.claim"));
      if (outer) mark = outer;
    }
    openClaim(mark.dataset.id);
  });
  for (const id of ["filter-status", "filter-type", "filter-withdrawn", "filter-flagged", "filter-reviewer", "filter-worthiness"]) {
    $(id).addEventListener("change", applyFilters);
  }
  $("search").addEventListener("input", applyFilters);
  $("filter-worthiness").addEventListener("input", applyFilters);
  document.addEventListener("selectionchange", updateSelection);
  $("sel-add").addEventListener("click", openAddForm);
  $("sel-focus").addEventListener("click", () => moveTo("focus"));
  $("sel-span").addEventListener("click", () => moveTo("span"));
  $("use-focus").addEventListener("click", () => moveTo("focus"));
  $("use-span").addEventListener("click", () => moveTo("span"));
  $("add-form").addEventListener("submit", (event) => {
    event.preventDefault();
    saveNewClaim();
  });
  $("a-cancel").addEventListener("click", closeAddForm);
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
      showRefusal({ kind: "usage", message: "Fill in the evidence fields first: URL, Title, Publisher, Stance and Summary.", findings: [] });
      return;
    }
    change("evidence", { evidence }, { clearEvidence: true });
  });
  $("f-type").addEventListener("change", showValueFields);
  $("edit-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const body = editFromForm();
    if (!Object.keys(body).length) {
      showRefusal({ kind: "usage", message: "Nothing to save: change the type, value, statement or cluster first.", findings: [] },
                  $("edit-messages"));
      return;
    }
    edit(body, null);
  });
  $("flag-form").addEventListener("submit", (event) => {
    event.preventDefault();
    change("flag", { comment: $("f-flag-comment").value });
  });
  $("unflag").addEventListener("click", () => change("unflag", { note: $("f-unflag-note").value }));
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
    else if (event.key === "/") { event.preventDefault(); $("search").focus(); }
    else if (STATUS_KEYS[event.key] && state.current && !$("panel-body").hidden) {
      // A status key chooses the verdict; the rationale (and evidence) still have to be written.
      event.preventDefault();
      $("f-status").value = STATUS_KEYS[event.key];
      $("f-rationale").focus();
      $("f-rationale").scrollIntoView({ block: "nearest" });
    }
  });
}

async function showDocuments(listing) {
  $("documents").hidden = false;
  const items = listing.documents.map((d) => {
    const p = d.progress;
    const bad = (d.unreadable || []).length;
    const people = Object.entries(p.reviewers).map(([name, r]) => `${name} ${r.reviewed} reviewed, ${r.withdrawn} withdrawn`);
    return el("li", { "data-doc": d.doc_id }, [
      el("a", { href: `/doc/${encodeURIComponent(d.doc_id)}`, text: d.title }),
      el("span", { class: "muted progress-line",
                   text: ` — ${d.claims} claim(s): ${p.reviewed} reviewed, ${p.left} left, ${p.withdrawn} withdrawn` +
                         (p.flagged ? `, ${p.flagged} flagged` : "") }),
      ...(people.length ? [el("div", { class: "muted small", text: `by reviewer: ${people.join("; ")}` })] : []),
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
    fillSelect($("f-status"), listing.statuses, { keys: STATUS_KEYS });
    fillSelect($("e-stance"), listing.stances);
    fillSelect($("f-type"), listing.types);
    fillSelect($("a-type"), listing.types);
    $("status-keys").textContent = "status keys: " + Object.entries(STATUS_KEYS).map(([k, s]) => `${k} ${label(s)}`).join(" · ");
    state.doc = doc;
    renderDocument();
    $("controls").hidden = false;
    $("review").hidden = false;
    performance.mark("claimkit:document-rendered");
    setUpEvents();
    updateSelection();
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
