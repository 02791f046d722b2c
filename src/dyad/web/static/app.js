/* dyad's web page: plain DOM, no framework, no build step. Every string from the database
   goes into the page as text (textContent / setAttribute), never as HTML. */
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const KINDS = [
  ["event", "Events"], ["person", "People"], ["figure", "Figures"], ["quote", "Quotes"], ["agreement", "Agreements"],
];
const PALETTE = ["#1d4e89", "#2a9d8f", "#e09f3e", "#7b5ea7", "#5c8001", "#8d6e63", "#00838f", "#b5838d", "#3d5a80"];
const CONFLICT = "#d0021b";

/* ---------- small helpers ---------- */

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  return append(node, children);
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  return append(node, children);
}

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  }
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) {
    let msg = r.statusText;
    try { msg = (await r.json()).detail || msg; } catch (_) { /* not JSON */ }
    const err = new Error(msg);
    err.status = r.status;
    throw err;
  }
  return r.json();
}

function put(node, ...children) { return append(node, children); }

const params = () => new URLSearchParams(location.search);

function withParams(changes) {
  const p = params();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === "") p.delete(k); else p.set(k, v);
  }
  const s = p.toString();
  return location.pathname + (s ? "?" + s : "");
}

function fmtDate(d) {
  if (!d) return "date not given";
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (m) return `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
  m = /^--(\d{2})-(\d{2})$/.exec(d);
  if (m) return `${+m[2]} ${MONTHS[+m[1] - 1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  return d;
}

function fmtPeriod(p) {
  if (!p) return "period not stated";
  let m = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(p);
  if (m) {
    return m[1] === m[3] ? `${MONTHS[+m[2] - 1]}–${MONTHS[+m[4] - 1]} ${m[1]}`
      : `${MONTHS[+m[2] - 1]} ${m[1]} – ${MONTHS[+m[4] - 1]} ${m[3]}`;
  }
  m = /^(\d{4})\.\.(\d{4})$/.exec(p);
  if (m) return `${m[1]}–${m[2]}`;
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  return p;
}

function trimNum(x, digits) {
  return Number(x.toFixed(digits)).toLocaleString("en-US", { maximumFractionDigits: digits });
}

const CURRENCY = { USD: "$", EUR: "€", RUB: "₽", GBP: "£" };

function fmtValue(v, currency, unit, short) {
  if (v === null || v === undefined) return "";
  if (unit === "percent") return `${trimNum(v, 1)}%`;
  if (unit === "times") return `×${trimNum(v, 2)}`;
  const a = Math.abs(v);
  let s;
  if (a >= 1e9) s = trimNum(v / 1e9, 2) + (short ? "bn" : " billion");
  else if (a >= 1e6) s = trimNum(v / 1e6, 1) + (short ? "m" : " million");
  else if (a >= 1e4 && short) s = trimNum(v / 1e3, 0) + "k";
  else s = trimNum(v, 2);
  if (currency) return CURRENCY[currency] ? CURRENCY[currency] + s : `${s} ${currency}`;
  return unit ? `${s} ${unit}` : s;
}

function docHref(docId, span) {
  if (!span || span[0] === null || span[0] === undefined) return `/doc/${docId}`;
  return `/doc/${docId}?span=${span[0]}-${span[1]}#span-${span[0]}-${span[1]}`;
}

function actorHref(id) { return `/actor/${encodeURIComponent(id)}`; }

function countryTag(c) { return c ? el("span", { class: "cc", title: "country" }, c) : null; }

function setTitle(...parts) { document.title = [...parts.filter(Boolean), "dyad"].join(" · "); }

function empty(text) { return el("p", { class: "empty" }, text); }

function pager(data) {
  const prev = data.offset > 0 ? el("a", { href: withParams({ offset: Math.max(0, data.offset - data.limit) || null }) }, "← Previous") : null;
  const next = data.next_offset !== null ? el("a", { href: withParams({ offset: data.next_offset }) }, "Next →") : null;
  if (!prev && !next) return null;
  const first = data.offset + 1, last = data.offset + data.items.length;
  return el("nav", { class: "pager" }, prev, el("span", { class: "muted" }, `${first}–${last}`), next);
}

function filterForm(fields, note) {
  const p = params();
  const form = el("form", { class: "filters", method: "get", action: location.pathname });
  for (const f of fields) {
    let input;
    if (f.options) {
      input = el("select", { name: f.name, id: `f-${f.name}` },
        el("option", { value: "" }, f.any || "any"),
        f.options.map(([value, label]) => el("option", { value, selected: p.get(f.name) === value }, label)));
    } else {
      input = el("input", { name: f.name, id: `f-${f.name}`, type: f.type || "text", placeholder: f.placeholder || "",
        value: p.get(f.name) || "", size: f.size || 18 });
    }
    form.appendChild(el("label", { for: `f-${f.name}` }, el("span", {}, f.label), input));
  }
  form.appendChild(el("button", { type: "submit" }, "Apply"));
  if (fields.some((f) => p.get(f.name))) form.appendChild(el("a", { href: location.pathname, class: "reset" }, "Clear"));
  if (note) form.appendChild(el("span", { class: "muted note" }, note));
  return form;
}

/* ---------- events (timeline and actor page) ---------- */

function asWritten(p) {
  /* The report's own spelling and title, kept beside the English ones as evidence. */
  const parts = [];
  if (p.name_as_written && p.name_as_written !== p.name_en) parts.push(p.name_as_written);
  if (p.title_as_written && p.title_as_written !== p.title_en) parts.push(p.title_as_written);
  return parts.length ? el("span", { class: "written", title: "as written in the report" }, `written: ${parts.join(", ")}`) : null;
}

function reportLinks(r) {
  /* The sentence in our copy, and the original article when its address is known. */
  const original = /^https?:\/\//.test(r.url || "")
    ? el("a", { class: "original", href: r.url, rel: "noopener noreferrer", target: "_blank", title: "the original article" }, "original ↗")
    : null;
  return el("span", { class: "report-item" },
    el("a", { class: "report", href: docHref(r.doc_id, r.evidence), title: r.title || r.source || "" },
      r.outlet || sourceName(r.source)), original);
}

function sourceName(source) {
  if (!source) return "source not recorded";
  try { return new URL(source).hostname.replace(/^www\./, ""); } catch (_) { /* a file name */ }
  return source.split("/").pop();
}

function eventRow(ev, currentActor) {
  const people = (ev.people || []).map((p) => {
    const name = p.actor_id === currentActor ? el("strong", {}, p.name_en || p.name) : el("a", { href: actorHref(p.actor_id) }, p.name_en || p.name);
    const title = p.title_en || p.title;
    return el("li", { class: "person" }, name, countryTag(p.country), title ? el("span", { class: "title" }, title) : null, asWritten(p));
  });
  const reports = ev.reports.map(reportLinks);
  const codes = [ev.cameo && `CAMEO ${ev.cameo}`, ev.plover].filter(Boolean).join(" · ");
  return el("article", { class: "event", id: `ev-${ev.event_id}`, dataset: { eventId: ev.event_id } },
    el("div", { class: "ev-date" },
      el("time", { datetime: ev.date || "" }, fmtDate(ev.date)),
      ev.date && ev.date.startsWith("--") ? el("div", { class: "muted small" }, "year not given") : null,
      ev.date_inferred ? el("div", { class: "muted small", title: "The year comes from another report of the same event" }, "year from another report") : null),
    el("div", { class: "ev-body" },
      el("div", { class: "ev-head" },
        el("span", { class: `badge type-${ev.type}` }, ev.type.replace("_", " ")),
        ev.location ? el("span", { class: "loc" }, ev.location) : null,
        codes ? el("span", { class: "codes", title: "CAMEO and PLOVER codes" }, codes) : null),
      people.length ? el("ul", { class: "people" }, people) : el("div", { class: "muted small" }, "no named participants"),
      el("div", { class: "reports" },
        el("span", { class: "muted small" }, ev.reports.length === 1 ? "Report:" : `${ev.reports.length} reports:`),
        reports)));
}

function timeline(events, currentActor) {
  const out = el("div", { class: "timeline" });
  let last = null;
  for (const ev of events) {
    const year = ev.date && /^\d{4}/.test(ev.date) ? ev.date.slice(0, 4) : "Year not given";
    if (year !== last) {
      out.appendChild(el("h2", { class: "year" }, year));
      last = year;
    }
    out.appendChild(eventRow(ev, currentActor));
  }
  return out;
}

const EVENT_FILTERS = ["country", "pair", "type", "outlet", "since", "until", "q"];

async function timelinePage(main) {
  setTitle("Timeline");
  const p = params();
  const filters = Object.fromEntries(EVENT_FILTERS.map((k) => [k, p.get(k)]));
  const [facets, data] = await Promise.all([
    api("/api/facets"),
    api("/api/events", { ...filters, limit: 200, offset: p.get("offset") }),
  ]);
  put(main,
    el("div", { class: "page-head" },
      el("h1", {}, "Timeline of events"),
      el("p", { class: "lead" }, "One entry per real-world event, newest first. Reports of the same meeting from different outlets and languages are grouped; each report opens the sentence it came from.")),
    filterForm([
      { name: "country", label: "Country", options: facets.countries.map((c) => [c.country, c.country]) },
      { name: "pair", label: "Pair", placeholder: "e.g. BLR-KAZ", size: 9 },
      { name: "type", label: "Event type", options: (facets.event_types || []).map((t) => [t.type, `${t.type.replace("_", " ")} (${t.events})`]) },
      { name: "outlet", label: "Outlet", options: facets.outlets.map((o) => [o.outlet, o.outlet]) },
      { name: "since", label: "From", type: "date" },
      { name: "until", label: "To", type: "date" },
      { name: "q", label: "Person, place or headline", placeholder: "e.g. Tokayev", size: 18 },
    ]),
    data.items.length ? [timelineChart(data.items), exportBar(data.items, filters)] : null,
    data.items.length ? timeline(data.items) : empty(p.toString() ? "No events match these filters." : "No events yet. Add documents with: dyad ingest PATH --db …"),
    pager(data));
}

/* ---------- the visual timeline: one mark per event on a time axis ---------- */

function dayNumber(d) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d || "");
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 864e5 : null;
}

function timelineChart(events) {
  const dated = events.map((ev) => [ev, dayNumber(ev.date)]).filter(([, d]) => d !== null);
  /* Drawn at the width it is shown at, so that a phone gets readable ticks, not a scaled-down chart. */
  const W = Math.round(Math.min(960, Math.max(300, document.getElementById("main").clientWidth - 30)));
  const H = 120, L = 16, R = 16, T = 16, B = 30;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "tl-chart", role: "img",
    "aria-label": `${dated.length} dated events on a time axis; ${events.length - dated.length} without a full date` });
  if (!dated.length) return el("figure", { class: "tl-wrap" }, chart, el("figcaption", { class: "muted small" }, "No event here has a full date."));
  const lo = Math.min(...dated.map(([, d]) => d)), hi = Math.max(...dated.map(([, d]) => d));
  const span = Math.max(hi - lo, 30);
  const x = (d) => L + (W - L - R) * (d - lo) / span;
  chart.appendChild(svg("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, class: "axis" }));
  const y0 = new Date(lo * 864e5).getUTCFullYear(), y1 = new Date(hi * 864e5).getUTCFullYear();
  const every = Math.max(1, Math.ceil((y1 - y0 + 1) / Math.max(2, Math.floor(W / 90))));
  for (let y = y0; y <= y1 + 1; y += every) {
    const d = Date.UTC(y, 0, 1) / 864e5;
    if (d < lo || d > lo + span) continue;
    chart.appendChild(svg("line", { x1: x(d), x2: x(d), y1: T, y2: H - B + 4, class: "grid" }));
    chart.appendChild(svg("text", { x: x(d), y: H - B + 18, class: "tick", "text-anchor": "middle" }, String(y)));
  }
  const types = [...new Set(dated.map(([ev]) => ev.type))];
  const stack = new Map();
  for (const [ev, d] of dated) {
    const key = Math.round(x(d) / 8);  /* marks closer than 8 units stack upwards */
    const n = stack.get(key) || 0;
    stack.set(key, n + 1);
    const cy = H - B - 8 - n * 11;
    if (cy < T) continue;
    const label = `${fmtDate(ev.date)}: ${ev.type.replace("_", " ")} — ${(ev.participants || []).join(", ")}`;
    chart.appendChild(svg("a", { href: `#ev-${ev.event_id}`, class: "tl-mark", "aria-label": label },
      svg("title", {}, label),
      svg("circle", { cx: x(d), cy, r: 5, fill: PALETTE[types.indexOf(ev.type) % PALETTE.length] })));
  }
  const legend = el("ul", { class: "tl-legend" }, types.map((t, i) => el("li", {},
    el("span", { class: "swatch", dataset: { colour: PALETTE[i % PALETTE.length] } }), t.replace("_", " "))));
  for (const sw of legend.querySelectorAll(".swatch")) sw.style.background = sw.dataset.colour;
  return el("figure", { class: "tl-wrap" }, chart, legend);
}

/* ---------- export of what is on screen ---------- */

function csvCell(v) {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function eventsCsv(events) {
  const head = ["date", "type", "cameo", "location", "participants", "titles", "as_written", "outlets", "urls", "event_id"];
  const rows = events.map((ev) => [ev.date, ev.type, ev.cameo, ev.location,
    (ev.people || []).map((p) => p.name_en).join("; "),
    (ev.people || []).map((p) => p.title_en || "").join("; "),
    (ev.people || []).map((p) => [p.name_as_written, p.title_as_written].filter(Boolean).join(", ")).join("; "),
    ev.reports.map((r) => r.outlet || "").join("; "),
    ev.reports.map((r) => r.url || "").join("; "), ev.event_id]);
  return [head, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function download(name, type, text) {
  const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function exportBar(events, filters) {
  const stem = "dyad-events" + Object.entries(filters).filter(([, v]) => v).map(([k, v]) => `-${k}-${v}`).join("").replace(/[^A-Za-z0-9_-]+/g, "_");
  return el("div", { class: "export", role: "group", "aria-label": "Export the events shown" },
    el("span", { class: "muted small" }, `${events.length} event${events.length === 1 ? "" : "s"} shown · export:`),
    el("button", { type: "button", onclick: () => download(`${stem}.csv`, "text/csv", eventsCsv(events)) }, "CSV"),
    el("button", { type: "button", onclick: () => download(`${stem}.json`, "application/json", JSON.stringify(events, null, 2)) }, "JSON"));
}

/* ---------- actors ---------- */

async function actorsPage(main) {
  setTitle("People");
  const p = params();
  const [facets, data] = await Promise.all([
    api("/api/facets"),
    api("/api/actors", { country: p.get("country"), q: p.get("q"), limit: 100, offset: p.get("offset") }),
  ]);
  const rows = data.items.map((a) => el("tr", {},
    el("td", { class: "nowrap" }, el("a", { href: actorHref(a.actor_id) }, a.name_en)),
    el("td", {}, countryTag(a.country)),
    el("td", { class: "small" }, a.titles.slice(0, 2).join("; "), a.titles.length > 2 ? ` (+${a.titles.length - 2})` : ""),
    el("td", { class: "small" }, a.aliases.filter((x) => x !== a.name_en).join(", ")),
    el("td", { class: "num" }, a.document_count)));
  put(main, 
    el("div", { class: "page-head" }, el("h1", {}, "People"),
      el("p", { class: "lead" }, "Everyone named in the documents, merged across spellings and languages.")),
    filterForm([
      { name: "country", label: "Country", options: facets.countries.map((c) => [c.country, c.country]) },
      { name: "q", label: "Name", placeholder: "any spelling", size: 22 },
    ]),
    rows.length ? el("table", { class: "list" },
      el("thead", {}, el("tr", {}, el("th", {}, "Name"), el("th", {}, "Country"), el("th", {}, "Titles"),
        el("th", {}, "Also written"), el("th", { class: "num" }, "Documents"))),
      el("tbody", {}, rows)) : empty("No people match."),
    pager(data));
}

function quoteItem(q, showSpeaker) {
  return el("figure", { class: "quote" },
    el("blockquote", {}, `“${q.text}”`),
    el("figcaption", {},
      showSpeaker && q.speaker_en ? (q.actor_id ? el("a", { href: actorHref(q.actor_id) }, q.speaker_en) : q.speaker_en) : null,
      showSpeaker && q.speaker_en ? " · " : null,
      q.outlet || sourceName(q.source), q.published ? ` · ${fmtDate(q.published)}` : "", " · ",
      el("a", { href: docHref(q.doc_id, [q.start, q.end]) }, "in context →")));
}

async function actorPage(main, id) {
  const a = await api(`/api/actors/${encodeURIComponent(id)}`);
  setTitle(a.name_en);
  const titles = (a.title_history || []).map((t) => el("li", {},
    el("div", {}, t.title),
    (t.as_written || []).some((w) => w !== t.title)
      ? el("div", { class: "written" }, "written: ", (t.as_written || []).filter((w) => w !== t.title).join("; ")) : null,
    el("div", { class: "muted small" },
      t.first_seen ? (t.first_seen === t.last_seen ? `seen ${fmtDate(t.first_seen)}` : `seen ${fmtDate(t.first_seen)} – ${fmtDate(t.last_seen)}`) : "date not given",
      ` · ${t.documents} document${t.documents === 1 ? "" : "s"}`)));
  put(main, 
    el("div", { class: "page-head" },
      el("p", { class: "crumbs" }, el("a", { href: "/actors" }, "People"), " / "),
      el("h1", {}, a.name_en, " ", countryTag(a.country)),
      el("p", { class: "lead" }, `Named in ${a.document_count} document${a.document_count === 1 ? "" : "s"}; ${a.events.length} event${a.events.length === 1 ? "" : "s"}, ${a.quotes.length} quote${a.quotes.length === 1 ? "" : "s"}.`)),
    el("div", { class: "cards" },
      el("section", { class: "card" }, el("h2", {}, "Titles held"),
        titles.length ? el("ul", { class: "plain" }, titles) : empty("No title given in the texts.")),
      el("section", { class: "card" }, el("h2", {}, "Names as written"),
        el("ul", { class: "chips" }, a.aliases.map((n) => el("li", {}, n))))),
    el("section", {}, el("h2", {}, "Events"),
      a.events.length ? timeline(a.events, a.actor_id) : empty("No events with this person.")),
    el("section", {}, el("h2", {}, "Quotes"),
      a.quotes.length ? el("div", { class: "quotes" }, a.quotes.map((q) => quoteItem(q, false))) : empty("No quotes from this person.")));
}

/* ---------- claims chart ---------- */

function niceStep(range, ticks) {
  const raw = range / ticks;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 2.5, 5, 10]) if (raw <= m * mag) return m * mag;
  return 10 * mag;
}

function periodKey(pt) { return `${pt.period || ""}|${pt.forecast ? 1 : 0}`; }

function claimsChart(points, groups) {
  const W = 960, H = 430, L = 86, R = 24, T = 28, B = 74;
  const outlets = [...new Set(points.map((p) => p.outlet || "unknown outlet"))];
  const colour = (o) => PALETTE[outlets.indexOf(o || "unknown outlet") % PALETTE.length];
  const keys = [...new Set(points.map(periodKey))];
  const conflictKeys = new Set(groups.filter((g) => g.conflict).map((g) => `${g.period || ""}|${g.forecast ? 1 : 0}`));
  const maxY = Math.max(...points.map((p) => Math.max(p.high, p.value))) || 1;
  const step = niceStep(maxY * 1.05, 5);
  const top = Math.ceil((maxY * 1.05) / step) * step;
  const x0 = L, band = (W - L - R) / keys.length;
  const y = (v) => T + (H - T - B) * (1 - v / top);
  const unit = points[0].unit, currency = points[0].currency;

  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img",
    "aria-label": "Claims by period; one point per source" });
  // conflict bands and grid
  keys.forEach((k, i) => {
    if (conflictKeys.has(k)) chart.appendChild(svg("rect", { x: x0 + i * band + 2, y: T, width: band - 4, height: H - T - B, class: "conflict-band" }));
  });
  for (let v = 0; v <= top + step / 2; v += step) {
    chart.appendChild(svg("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: v === 0 ? "axis" : "grid" }));
    chart.appendChild(svg("text", { x: L - 10, y: y(v) + 4, class: "tick", "text-anchor": "end" }, fmtValue(v, currency, unit, true)));
  }
  const rotate = keys.length > 7;
  keys.forEach((k, i) => {
    const [period, forecast] = k.split("|");
    const cx = x0 + (i + 0.5) * band;
    const label = fmtPeriod(period || null) + (forecast === "1" ? " (forecast)" : "");
    chart.appendChild(svg("text", rotate
      ? { x: cx, y: H - B + 18, class: "tick", "text-anchor": "end", transform: `rotate(-30 ${cx} ${H - B + 18})` }
      : { x: cx, y: H - B + 22, class: "tick", "text-anchor": "middle" }, label));
    if (conflictKeys.has(k)) {
      chart.appendChild(svg("text", { x: cx, y: rotate ? T - 8 : H - B + 40, class: "conflict-label", "text-anchor": "middle" }, "conflict"));
    }
  });
  // points: a whisker for the range the qualifier allows, a dot for the stated value
  keys.forEach((k, i) => {
    const inBand = points.filter((p) => periodKey(p) === k);
    const gap = Math.min(64, (band * 0.7) / Math.max(1, inBand.length));
    inBand.forEach((p, j) => {
      const cx = x0 + (i + 0.5) * band + (j - (inBand.length - 1) / 2) * gap;
      const c = colour(p.outlet);
      const cls = `point${p.conflict ? " conflict" : ""}${p.forecast ? " forecast" : ""}`;
      const tip = `${p.outlet || "unknown outlet"}: ${fmtValue(p.value, p.currency, p.unit)} (${p.qualifier}), ${fmtPeriod(p.period)}` +
        `${p.conflict ? " — CONFLICTS with another source" : ""}\n“${p.text}”\nClick to open the sentence.`;
      chart.appendChild(svg("a", { href: docHref(p.doc_id, p.evidence), class: cls, "data-figure-id": p.figure_id, "data-doc-id": p.doc_id },
        svg("title", {}, tip),
        svg("line", { x1: cx, x2: cx, y1: y(p.low), y2: y(p.high), stroke: c, class: "whisker" }),
        svg("line", { x1: cx - 5, x2: cx + 5, y1: y(p.low), y2: y(p.low), stroke: c, class: "whisker" }),
        svg("line", { x1: cx - 5, x2: cx + 5, y1: y(p.high), y2: y(p.high), stroke: c, class: "whisker" }),
        p.conflict ? svg("circle", { cx, cy: y(p.value), r: 11, class: "ring" }) : null,
        svg("circle", { cx, cy: y(p.value), r: 6.5, fill: p.forecast ? "#fff" : c, stroke: c, class: "dot" }),
        inBand.length <= 4 ? valueLabel(cx, y(p.value), j < (inBand.length - 1) / 2, fmtValue(p.value, p.currency, p.unit, true)) : null));
    });
  });
  const legend = el("div", { class: "legend" },
    outlets.map((o) => el("span", { class: "key" }, swatch(colour(o)), o)),
    el("span", { class: "key" }, swatch(null, true), "conflicts with another source"),
    el("span", { class: "key" }, el("span", { class: "whisker-key", "aria-hidden": "true" }), "range the wording allows (exact ±1%, approx ±10%, over, under, almost)"),
    points.some((p) => p.forecast) ? el("span", { class: "key" }, el("span", { class: "swatch forecast", "aria-hidden": "true" }), "forecast (hollow)") : null);
  return el("figure", { class: "chart-wrap" }, chart, legend);
}

/* A value next to its dot: left of the dot for the left half of a period's points, else right. */
function valueLabel(cx, cy, left, text) {
  return svg("text", { x: left ? cx - 15 : cx + 15, y: cy + 4, class: "value-label", "text-anchor": left ? "end" : "start" }, text);
}

function swatch(colour, ring) {
  const s = el("span", { class: ring ? "swatch ring" : "swatch", "aria-hidden": "true" });
  if (colour) s.style.background = colour;
  return s;
}

function claimsTable(groups) {
  const body = [];
  for (const g of groups) {
    body.push(el("tr", { class: g.conflict ? "group conflict" : "group" },
      el("th", { colspan: 6 }, fmtPeriod(g.period), g.forecast ? el("span", { class: "badge" }, "forecast") : null,
        g.conflict ? el("span", { class: "badge conflict" }, "conflict") : null,
        el("span", { class: "muted small" }, ` ${g.claims.length} claim${g.claims.length === 1 ? "" : "s"}`))));
    const inConflict = new Set(g.conflicts.flat());
    for (const c of g.claims) {
      body.push(el("tr", { class: inConflict.has(c.figure_id) ? "claim conflict" : "claim" },
        el("td", {}, c.outlet || "unknown outlet", c.published ? el("div", { class: "muted small" }, fmtDate(c.published)) : null),
        el("td", { class: "num" }, fmtValue(c.value, c.currency, c.unit)),
        el("td", {}, c.qualifier),
        el("td", { class: "num small" }, `${fmtValue(c.low, c.currency, c.unit)} – ${fmtValue(c.high, c.currency, c.unit)}`),
        el("td", { class: "quote-cell" }, `“${c.text}”`, c.speaker_en ? el("div", { class: "muted small" }, `said by ${c.speaker_en}`) : null),
        el("td", {}, el("a", { href: docHref(c.doc_id, c.evidence) }, "open"))));
    }
  }
  return el("table", { class: "list claims" },
    el("thead", {}, el("tr", {}, el("th", {}, "Source"), el("th", { class: "num" }, "Value"), el("th", {}, "Wording"),
      el("th", { class: "num" }, "Range"), el("th", {}, "As written"), el("th", {}, ""))),
    el("tbody", {}, body));
}

async function claimsPage(main) {
  setTitle("Claims");
  const p = params();
  const facets = await api("/api/facets");
  const pairs = facets.pairs.filter((x) => x.pair.includes("-"));
  put(main, el("div", { class: "page-head" }, el("h1", {}, "Claims side by side"),
    el("p", { class: "lead" }, "One metric for a pair of countries over periods. Each point is one source's claim; points ringed in red disagree with another source about the same period. Click a point to read the sentence.")));
  if (!pairs.length) { put(main, empty("No figures about a pair of countries yet.")); return; }
  const pair = pairs.find((x) => x.pair === (p.get("pair") || "").toUpperCase())
    || pairs.find((x) => x.metrics.trade_turnover) || pairs[0];
  const metrics = Object.keys(pair.metrics);
  const metric = metrics.includes(p.get("metric")) ? p.get("metric") : (metrics.includes("trade_turnover") ? "trade_turnover" : metrics[0]);
  const conflictsOnly = p.get("conflicts") === "true";

  const form = el("form", { class: "filters", method: "get", action: "/claims" },
    el("label", { for: "f-pair" }, el("span", {}, "Countries"), el("select", { name: "pair", id: "f-pair" },
      pairs.map((x) => el("option", { value: x.pair, selected: x.pair === pair.pair }, x.pair)))),
    el("label", { for: "f-metric" }, el("span", {}, "Metric"), el("select", { name: "metric", id: "f-metric" },
      metrics.map((m) => el("option", { value: m, selected: m === metric }, `${m.replace("_", " ")} (${pair.metrics[m]})`)))),
    el("label", { class: "check" }, el("input", { type: "checkbox", name: "conflicts", value: "true", checked: conflictsOnly }), " only periods in conflict"),
    el("button", { type: "submit" }, "Show"));
  form.querySelectorAll("select, input").forEach((i) => i.addEventListener("change", () => form.submit()));
  put(main, form);

  const [series, claims] = await Promise.all([
    api("/api/series", { pair: pair.pair, metric, limit: 500 }),
    api("/api/claims", { pair: pair.pair, metric, conflicts: conflictsOnly ? "true" : null, limit: 500 }),
  ]);
  // Money in different currencies, or percentages and dollars, do not share an axis: one chart per kind.
  const kinds = new Map();
  for (const pt of series.items) {
    const k = `${pt.currency || ""}|${pt.unit || ""}`;
    if (!kinds.has(k)) kinds.set(k, []);
    kinds.get(k).push(pt);
  }
  const nConflicts = claims.items.filter((g) => g.conflict).length;
  const outlets = new Set(series.items.map((x) => x.outlet));
  put(main, el("p", { class: "summary" },
    `${series.items.length} claim${series.items.length === 1 ? "" : "s"} from ${outlets.size} source${outlets.size === 1 ? "" : "s"} about ${metric.replace("_", " ")} for ${pair.pair}. `,
    nConflicts ? el("strong", { class: "conflict-text" }, `${nConflicts} period${nConflicts === 1 ? "" : "s"} in conflict.`) : "No conflicts."));
  const sorted = [...kinds.entries()].sort((a, b) => b[1].length - a[1].length);
  for (const [k, pts] of sorted) {
    const [currency, unit] = k.split("|");
    const groups = claims.items.filter((g) => g.claims.some((c) => (c.currency || "") === currency && (c.unit || "") === unit));
    if (sorted.length > 1) put(main, el("h2", {}, currency || (unit ? `in ${unit}` : "Amounts without a currency")));
    put(main, claimsChart(pts, groups));
  }
  put(main, el("h2", {}, conflictsOnly ? "Periods in conflict" : "All claims by period"),
    claims.items.length ? claimsTable(claims.items) : empty("No claims here."));
}

/* ---------- the relationship over time (dyad series) ---------- */

const QUADS = [
  ["verbal_cooperation", "verbal cooperation", "#8fb8de"], ["material_cooperation", "material cooperation", "#1d4e89"],
  ["verbal_conflict", "verbal conflict", "#f4a582"], ["material_conflict", "material conflict", CONFLICT],
];
const GOLDSTEIN = "#2a9d8f", TRADE = "#e09f3e";

function fmtSeriesPeriod(p) {
  if (p === null || p === undefined) return "date unknown";
  const m = /^(\d{4})-(\d{2})$/.exec(p);
  return m ? `${MONTHS[+m[2] - 1]} ${m[1]}` : p.replace("-Q", " Q");
}

function periodHref(period) { return withParams({ period: period === null ? "unknown" : period }); }

/* Bars per period: cooperation stacked above the zero line, conflict below; the Goldstein mean as a
   line on its own scale (-10..10, right). Each period is a link to its events. */
function seriesChart(rows, selected) {
  const W = 960, H = 400, L = 56, R = 56, T = 20, B = 64;
  const up = rows.map((r) => r.verbal_cooperation + r.material_cooperation);
  const down = rows.map((r) => r.verbal_conflict + r.material_conflict);
  // Symmetric, so that no events and a Goldstein mean of 0 are one line across the chart.
  const top = Math.max(1, ...up, ...down), bottom = top;
  const span = top + bottom, plotH = H - T - B;
  const y = (v) => T + plotH * ((top - v) / span);
  const g = (v) => T + plotH * ((10 - v) / 20);
  const band = (W - L - R) / rows.length;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart series-chart", role: "img",
    "aria-label": "Events per period by quad class, with the Goldstein mean" });
  const step = niceStep(span, 5);
  for (let v = -Math.floor(bottom / step) * step; v <= top + 1e-9; v += step) {
    chart.appendChild(svg("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: v === 0 ? "axis" : "grid" }));
    chart.appendChild(svg("text", { x: L - 8, y: y(v) + 4, class: "tick", "text-anchor": "end" }, String(Math.abs(Math.round(v * 100) / 100))));
  }
  for (const v of [-10, -5, 0, 5, 10]) {
    chart.appendChild(svg("text", { x: W - R + 8, y: g(v) + 4, class: "tick goldstein-tick" }, (v > 0 ? "+" : "") + v));
  }
  const rotate = rows.length > 12;
  rows.forEach((r, i) => {
    const x = L + i * band, w = Math.max(2, band * 0.7), bx = x + (band - w) / 2, cx = x + band / 2;
    const parts = [];
    let base = 0;
    for (const [k, , colour] of QUADS.slice(0, 2)) {
      if (r[k]) parts.push(svg("rect", { x: bx, y: y(base + r[k]), width: w, height: y(base) - y(base + r[k]), fill: colour, class: `bar ${k}` }));
      base += r[k];
    }
    base = 0;
    for (const [k, , colour] of QUADS.slice(2)) {
      if (r[k]) parts.push(svg("rect", { x: bx, y: y(-base), width: w, height: y(-base - r[k]) - y(-base), fill: colour, class: `bar ${k}` }));
      base += r[k];
    }
    const tip = `${fmtSeriesPeriod(r.period)}: ${r.events} event${r.events === 1 ? "" : "s"} (${r.reports} report${r.reports === 1 ? "" : "s"})\n` +
      QUADS.map(([k, label]) => `${label}: ${r[k]}`).join(", ") +
      (r.goldstein_mean !== null ? `\nGoldstein mean ${r.goldstein_mean > 0 ? "+" : ""}${r.goldstein_mean}` : "") +
      (r.agreements ? `\n${r.agreements} agreement${r.agreements === 1 ? "" : "s"} signed` : "") + "\nClick to list the events.";
    chart.appendChild(svg("a", { href: periodHref(r.period), class: `period${r.period === selected ? " selected" : ""}`, "data-period": r.period },
      svg("title", {}, tip),
      svg("rect", { x, y: T, width: band, height: plotH, class: "hit" }),
      parts));
    chart.appendChild(svg("text", rotate
      ? { x: cx, y: H - B + 16, class: "tick", "text-anchor": "end", transform: `rotate(-45 ${cx} ${H - B + 16})` }
      : { x: cx, y: H - B + 20, class: "tick", "text-anchor": "middle" }, fmtSeriesPeriod(r.period)));
  });
  const pts = rows.map((r, i) => [L + (i + 0.5) * band, r.goldstein_mean]).filter(([, v]) => v !== null);
  if (pts.length) {
    chart.appendChild(svg("polyline", { points: pts.map(([x, v]) => `${x},${g(v)}`).join(" "), class: "goldstein-line", stroke: GOLDSTEIN }));
    for (const [x, v] of pts) chart.appendChild(svg("circle", { cx: x, cy: g(v), r: 4, fill: GOLDSTEIN, class: "goldstein-dot" }));
  }
  const legend = el("div", { class: "legend" },
    QUADS.map(([, label, colour]) => el("span", { class: "key" }, swatch(colour), label)),
    el("span", { class: "key" }, swatch(GOLDSTEIN), "Goldstein mean (right scale, −10 to +10)"),
    el("span", { class: "muted small" }, "cooperation above the line, conflict below; linked reports of one event count once"));
  return el("figure", { class: "chart-wrap" }, chart, legend);
}

/* Trade claims per period: the consensus (median) as a dot, the range the sources' wording allows as a whisker. */
function tradeChart(rows) {
  const W = 960, H = 220, L = 86, R = 56, T = 16, B = 44;
  const band = (W - L - R) / rows.length;
  const withTrade = rows.filter((r) => r.trade_value !== null);
  const maxY = Math.max(...withTrade.map((r) => r.trade_high)) * 1.05 || 1;
  const step = niceStep(maxY, 4), top = Math.ceil(maxY / step) * step;
  const y = (v) => T + (H - T - B) * (1 - v / top);
  const currency = withTrade[0].trade_currency;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart trade-chart", role: "img", "aria-label": "Trade turnover claimed per period" });
  for (let v = 0; v <= top + step / 2; v += step) {
    chart.appendChild(svg("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: v === 0 ? "axis" : "grid" }));
    chart.appendChild(svg("text", { x: L - 8, y: y(v) + 4, class: "tick", "text-anchor": "end" }, fmtValue(v, currency, null, true)));
  }
  rows.forEach((r, i) => {
    if (r.trade_value === null) return;
    const cx = L + (i + 0.5) * band;
    chart.appendChild(svg("g", { class: `trade${r.trade_conflict ? " conflict" : ""}`, "data-period": r.period },
      svg("title", {}, `${fmtSeriesPeriod(r.period)}: ${fmtValue(r.trade_value, r.trade_currency)} (median of ${r.trade_claims} claim${r.trade_claims === 1 ? "" : "s"}), ` +
        `sources say ${fmtValue(r.trade_low, r.trade_currency)} – ${fmtValue(r.trade_high, r.trade_currency)}${r.trade_conflict ? "; the sources disagree" : ""}`),
      svg("line", { x1: cx, x2: cx, y1: y(r.trade_low), y2: y(r.trade_high), stroke: TRADE, class: "whisker" }),
      svg("line", { x1: cx - 6, x2: cx + 6, y1: y(r.trade_low), y2: y(r.trade_low), stroke: TRADE, class: "whisker" }),
      svg("line", { x1: cx - 6, x2: cx + 6, y1: y(r.trade_high), y2: y(r.trade_high), stroke: TRADE, class: "whisker" }),
      r.trade_conflict ? svg("circle", { cx, cy: y(r.trade_value), r: 10, class: "ring" }) : null,
      svg("circle", { cx, cy: y(r.trade_value), r: 6, fill: TRADE, class: "dot" })));
    chart.appendChild(svg("text", { x: cx, y: H - B + 20, class: "tick", "text-anchor": "middle" }, fmtSeriesPeriod(r.period)));
  });
  return el("figure", { class: "chart-wrap" }, chart, el("div", { class: "legend" },
    el("span", { class: "key" }, swatch(TRADE), "trade turnover: consensus (median of the claims)"),
    el("span", { class: "key" }, el("span", { class: "whisker-key", "aria-hidden": "true" }), "range of what the sources claimed"),
    el("span", { class: "key" }, swatch(null, true), "sources disagree")));
}

function seriesTable(rows, selected) {
  return el("div", { class: "scroll-x" }, el("table", { class: "list series" },
    el("thead", {}, el("tr", {}, el("th", {}, "Period"), el("th", { class: "num" }, "Events"), el("th", { class: "num" }, "Reports"),
      QUADS.map(([, label]) => el("th", { class: "num", title: label }, label.replace("verbal", "verb.").replace("material", "mat.").replace("cooperation", "coop.").replace("conflict", "confl."))),
      el("th", { class: "num" }, "Goldstein"),
      el("th", { class: "num" }, "Agreements"), el("th", { class: "num" }, "Trade"))),
    el("tbody", {}, rows.map((r) => el("tr", { class: r.period === selected ? "selected" : null, "data-period": r.period },
      el("td", {}, r.events ? el("a", { href: periodHref(r.period) }, fmtSeriesPeriod(r.period)) : fmtSeriesPeriod(r.period)),
      el("td", { class: "num" }, r.events), el("td", { class: "num" }, r.reports),
      QUADS.map(([k]) => el("td", { class: "num" }, r[k])),
      el("td", { class: "num" }, r.goldstein_mean === null ? "" : `${r.goldstein_mean > 0 ? "+" : ""}${r.goldstein_mean.toFixed(2)}`),
      el("td", { class: "num" }, r.agreements || ""),
      el("td", { class: "num" }, r.trade_value === null ? "" : fmtValue(r.trade_value, r.trade_currency)))))));
}

async function seriesPage(main) {
  setTitle("Series");
  const p = params();
  const facets = await api("/api/facets");
  const known = facets.pairs.map((x) => x.pair).filter((x) => x.includes("-"));
  const pair = (p.get("pair") || known[0] || "").toUpperCase();
  const by = ["month", "quarter", "year"].includes(p.get("by")) ? p.get("by") : "year";
  const sides = /^[A-Z]{3}-[A-Z]{3}$/.test(pair) ? pair.split("-") : [];
  const from = sides.includes((p.get("from") || "").toUpperCase()) ? p.get("from").toUpperCase() : "";
  const selected = p.has("period") ? (p.get("period") === "unknown" ? null : p.get("period")) : undefined;
  put(main, el("div", { class: "page-head" }, el("h1", {}, "The relationship over time"),
    el("p", { class: "lead" }, "Events between two countries per period, by CAMEO quad class, with the mean Goldstein score, agreements signed and the trade claimed. Reports of one event from several outlets count once. Click a period to list its events.")));
  const form = el("form", { class: "filters", method: "get", action: "/series" },
    el("label", { for: "f-pair" }, el("span", {}, "Countries"),
      el("input", { name: "pair", id: "f-pair", value: pair, size: 9, placeholder: "BLR-KAZ", list: "known-pairs" })),
    el("datalist", { id: "known-pairs" }, known.map((x) => el("option", { value: x }))),
    el("label", { for: "f-by" }, el("span", {}, "Per"), el("select", { name: "by", id: "f-by" },
      ["year", "quarter", "month"].map((b) => el("option", { value: b, selected: b === by }, b)))),
    el("label", { for: "f-from" }, el("span", {}, "Direction"), el("select", { name: "from", id: "f-from" },
      el("option", { value: "" }, "both directions"),
      sides.map((s) => el("option", { value: s, selected: s === from }, `what ${s} did to ${sides.find((o) => o !== s)}`)))),
    el("button", { type: "submit" }, "Show"));
  form.querySelectorAll("select").forEach((i) => i.addEventListener("change", () => form.submit()));
  put(main, form);
  if (!sides.length) { put(main, empty("Choose a pair of countries, e.g. BLR-KAZ.")); return; }
  const data = await api("/api/series", { pair, by, from });
  const rows = data.items;
  const dated = rows.filter((r) => r.period !== null);
  const total = rows.reduce((n, r) => n + r.events, 0);
  if (!rows.length) { put(main, empty(`Nothing stored about ${pair} yet.`)); return; }
  put(main, el("p", { class: "summary" }, `${total} event${total === 1 ? "" : "s"} between ${sides.join(" and ")}` +
    (from ? `, initiated by ${from}` : "") + `, ${rows.reduce((n, r) => n + r.reports, 0)} reports.`));
  if (dated.length) put(main, seriesChart(dated, selected));
  if (dated.some((r) => r.trade_value !== null)) put(main, el("h2", {}, "Trade claimed"), tradeChart(dated));
  put(main, el("h2", {}, `Per ${by}`), seriesTable(rows, selected));
  if (selected !== undefined) {
    const events = await api("/api/series/events", { pair, by, from, period: selected === null ? "" : selected, limit: 200 });
    put(main, el("section", { class: "period-events", id: "period-events" },
      el("h2", {}, `Events, ${fmtSeriesPeriod(selected)}`, el("span", { class: "muted small" }, ` ${events.total}`)),
      events.items.length ? timeline(events.items) : empty("No events in this period.")));
  }
}

/* ---------- documents ---------- */

async function documentsPage(main) {
  setTitle("Documents");
  const p = params();
  const [facets, data] = await Promise.all([
    api("/api/facets"),
    api("/api/documents", { q: p.get("q"), outlet: p.get("outlet"), since: p.get("since"), limit: 100, offset: p.get("offset") }),
  ]);
  const rows = data.items.map((d) => el("tr", {},
    el("td", { class: "nowrap" }, d.published ? fmtDate(d.published) : el("span", { class: "muted" }, "—")),
    el("td", {}, d.outlet || el("span", { class: "muted" }, "—")),
    el("td", {}, d.language || ""),
    el("td", {}, el("a", { href: `/doc/${d.doc_id}` }, d.title || d.source))));
  put(main, 
    el("div", { class: "page-head" }, el("h1", {}, "Documents"),
      el("p", { class: "lead" }, "Every article in the database, newest first. Open one to see what was extracted from it, highlighted in the text.")),
    filterForm([
      { name: "outlet", label: "Outlet", options: facets.outlets.map((o) => [o.outlet, `${o.outlet} (${o.documents})`]) },
      { name: "since", label: "Since", type: "date" },
      { name: "q", label: "Text", placeholder: "words in the text", size: 22 },
    ]),
    rows.length ? el("table", { class: "list" },
      el("thead", {}, el("tr", {}, el("th", {}, "Published"), el("th", {}, "Outlet"), el("th", {}, "Lang"), el("th", {}, "Title"))),
      el("tbody", {}, rows)) : empty("No documents match."),
    pager(data));
}

function parseTarget() {
  let m = /^#span-(\d+)-(\d+)$/.exec(location.hash);
  if (!m) m = /^(\d+)-(\d+)$/.exec(params().get("span") || "");
  if (!m) return null;
  const s = +m[1], e = +m[2];
  return e > s ? [s, e] : null;
}

/* The sentence around a span: from after the previous sentence end (or line break) to the next. */
function sentenceAround(text, s, e) {
  const back = text.slice(Math.max(0, s - 1500), s);
  const base = Math.max(0, s - 1500);
  let a = base, m;
  const endRe = /[.!?…]["»”’)]*\s+|\n/g;
  while ((m = endRe.exec(back)) !== null) a = base + m.index + m[0].length;
  const fwd = /[.!?…]["»”’)]*(?=\s|$)|\n/g;
  fwd.lastIndex = Math.max(s, e - 1);
  m = fwd.exec(text);
  let b = m ? (m[0] === "\n" ? m.index : m.index + m[0].length) : text.length;
  if (b - a > 1500) return [s, e];
  return [Math.min(a, s), Math.max(b, e)];
}

function docItems(doc) {
  const items = [];
  const add = (kind, r, label, detail) => {
    if (r.start === null || r.end === null || r.start === undefined || !(r.end > r.start)) return;
    items.push({ kind, start: r.start, end: Math.min(r.end, doc.text.length), label, detail, idx: items.length });
  };
  for (const e of doc.events) {
    add("event", e, `${e.type.replace("_", " ")}${e.date ? " · " + fmtDate(e.date) : ""}${e.location ? " · " + e.location : ""}`,
      (e.participants || []).map((p) => p.name).join(", "));
  }
  for (const p of doc.people) add("person", p, p.name, p.title || "");
  for (const f of doc.figures) {
    add("figure", f, `${f.metric.replace("_", " ")}: ${fmtValue(f.value, f.currency, f.unit)}`,
      `${fmtPeriod(f.period)} · ${f.qualifier}${f.forecast ? " · forecast" : ""}${f.pair ? " · " + f.pair : ""}`);
  }
  for (const q of doc.quotes) add("quote", q, q.speaker_en || "unattributed quote", q.text.length > 90 ? q.text.slice(0, 90) + "…" : q.text);
  for (const a of doc.agreements) add("agreement", a, a.title, [a.kind, a.date && fmtDate(a.date)].filter(Boolean).join(" · "));
  return items;
}

function renderText(doc, items, target) {
  const text = doc.text;
  const sentence = target ? sentenceAround(text, Math.max(0, target[0]), Math.min(text.length, target[1])) : null;
  const cuts = new Set([0, text.length]);
  for (const it of items) { cuts.add(it.start); cuts.add(it.end); }
  if (sentence) { cuts.add(sentence[0]); cuts.add(sentence[1]); cuts.add(target[0]); cuts.add(Math.min(text.length, target[1])); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const box = el("div", { class: "doc-text", lang: doc.language || "" });
  const bySegment = new Map(items.map((it) => [it.idx, []]));
  const ids = new Set();
  const anchor = (node, s, e) => {
    const id = `span-${s}-${e}`;
    if (!ids.has(id)) { ids.add(id); node.id = id; }
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const active = items.filter((it) => it.start <= a && it.end >= b);
    const inTarget = sentence && sentence[0] <= a && sentence[1] >= b;
    const piece = text.slice(a, b);
    if (!active.length && !inTarget) { box.appendChild(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(active.map((it) => it.kind))];
    const span = el("span", {
      class: [...kinds.map((k) => `k-${k}`), inTarget ? "target" : ""].join(" ").trim(),
      title: active.map((it) => `${it.kind}: ${it.label}${it.detail ? " — " + it.detail : ""}`).join("\n") || null,
    }, piece);
    if (target && a === target[0]) anchor(span, target[0], target[1]);
    for (const it of active) {
      bySegment.get(it.idx).push(span);
      if (it.start === a) anchor(span, it.start, it.end);
    }
    box.appendChild(span);
  }
  return { box, bySegment };
}

async function docPage(main, id) {
  const doc = await api(`/api/documents/${id}`);
  setTitle(doc.title || doc.source);
  const items = docItems(doc);
  const hidden = new Set();
  const counts = Object.fromEntries(KINDS.map(([k]) => [k, items.filter((it) => it.kind === k).length]));
  const holder = el("div", { class: "doc-col" });
  let segments = new Map();

  const draw = () => {
    const target = parseTarget();
    const { box, bySegment } = renderText(doc, items, target);
    for (const k of hidden) box.classList.add(`hide-${k}`);
    segments = bySegment;
    holder.replaceChildren(box);
    const to = target && document.getElementById(`span-${target[0]}-${target[1]}`);
    if (to) requestAnimationFrame(() => to.scrollIntoView({ block: "center" }));
  };

  const toggles = el("div", { class: "kinds", role: "group", "aria-label": "Show kinds" },
    KINDS.map(([k, label]) => el("label", { class: `kind-toggle k-${k}-key` },
      el("input", { type: "checkbox", checked: true, onchange: (ev) => {
        if (ev.target.checked) hidden.delete(k); else hidden.add(k);
        holder.firstChild.classList.toggle(`hide-${k}`, !ev.target.checked);
      } }),
      el("span", { class: `sample k-${k}` }, label), ` ${counts[k]}`)));

  const side = el("aside", { class: "items" }, KINDS.filter(([k]) => counts[k]).map(([k, label]) => el("section", {},
    el("h3", {}, label),
    el("ul", { class: "plain" }, items.filter((it) => it.kind === k).map((it) => el("li", {},
      el("a", { href: `#span-${it.start}-${it.end}`, class: `item-link k-${k}-key`, onclick: () => {
        const segs = segments.get(it.idx) || [];
        segs.forEach((s) => { s.classList.remove("flash"); void s.offsetWidth; s.classList.add("flash"); });
      } }, it.label),
      it.detail ? el("div", { class: "muted small" }, it.detail) : null))))));

  const source = /^https?:\/\//.test(doc.url || "") ? el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, doc.url) : (doc.url || doc.source);
  put(main, 
    el("div", { class: "page-head" },
      el("p", { class: "crumbs" }, el("a", { href: "/documents" }, "Documents"), " / "),
      el("h1", {}, doc.title || "(no headline)"),
      el("p", { class: "meta" },
        [doc.outlet, doc.published && fmtDate(doc.published), doc.dateline, doc.language && doc.language.toUpperCase()].filter(Boolean).join(" · "),
        el("br"), el("span", { class: "muted small" }, "source: ", source, ` · id ${doc.doc_id}`))),
    toggles,
    el("div", { class: "doc-layout" }, holder, side));
  draw();
  window.addEventListener("hashchange", draw);
}

/* ---------- search ---------- */

async function searchPage(main) {
  const q = params().get("q") || "";
  setTitle(q ? `Search: ${q}` : "Search");
  const input = document.querySelector(".search input");
  if (input) input.value = q;
  put(main, el("div", { class: "page-head" }, el("h1", {}, q ? `Results for “${q}”` : "Search")));
  if (!q) { put(main, empty("Type a word, a name or a number into the search box above.")); return; }
  const r = await api("/api/search", { q, limit: 30 });
  const snippet = (d) => {
    if (!d.match) return d.snippet;
    const a = d.match[0] - d.snippet_offset, b = d.match[1] - d.snippet_offset;
    return [d.snippet_offset > 0 ? "…" : "", d.snippet.slice(0, a), el("mark", {}, d.snippet.slice(a, b)), d.snippet.slice(b), "…"];
  };
  put(main, 
    el("section", {}, el("h2", {}, `Documents (${r.documents.length})`),
      r.documents.length ? el("ul", { class: "results" }, r.documents.map((d) => el("li", {},
        el("a", { href: docHref(d.doc_id, d.match) }, d.title || d.source),
        el("div", { class: "muted small" }, [d.outlet, d.published && fmtDate(d.published)].filter(Boolean).join(" · ")),
        el("div", { class: "snippet" }, snippet(d))))) : empty("No documents.")),
    el("section", {}, el("h2", {}, `People (${r.actors.length})`),
      r.actors.length ? el("ul", { class: "chips" }, r.actors.map((a) => el("li", {},
        el("a", { href: actorHref(a.actor_id) }, a.name_en), " ", countryTag(a.country)))) : empty("No people.")),
    el("section", {}, el("h2", {}, `Quotes (${r.quotes.length})`),
      r.quotes.length ? el("div", { class: "quotes" }, r.quotes.map((x) => quoteItem(x, true))) : empty("No quotes.")));
}

/* ---------- routing ---------- */

const ROUTES = [
  [/^\/$/, timelinePage, "timeline"],
  [/^\/actors$/, actorsPage, "actors"],
  [/^\/actor\/([^/]+)$/, actorPage, "actors"],
  [/^\/claims$/, claimsPage, "claims"],
  [/^\/series$/, seriesPage, "series"],
  [/^\/documents$/, documentsPage, "documents"],
  [/^\/doc\/([0-9a-f]+)$/, docPage, "documents"],
  [/^\/search$/, searchPage, null],
];

async function start() {
  const main = document.getElementById("main");
  main.replaceChildren();
  for (const [re, page, nav] of ROUTES) {
    const m = re.exec(location.pathname);
    if (!m) continue;
    document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.nav === nav));
    try {
      await page(main, ...m.slice(1).map(decodeURIComponent));
    } catch (err) {
      main.replaceChildren(el("div", { class: "error" },
        el("h1", {}, err.status === 404 ? "Not found" : "Something went wrong"),
        el("p", {}, err.status === 404 ? "There is nothing here with that id." : String(err.message || err)),
        el("p", {}, el("a", { href: "/" }, "Back to the timeline"))));
    }
    document.body.dataset.ready = "true";
    return;
  }
  put(main, el("h1", {}, "Not found"));
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", start);
