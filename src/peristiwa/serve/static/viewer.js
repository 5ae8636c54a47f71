/* peristiwa viewer: posts the text to /extract and shows spans, events, a timeline and a map. */
"use strict";
(function () {
  const KINDS = {
    trigger: "pemicu", actor: "pelaku", recipient: "sasaran", time: "waktu",
    place: "tempat", casualty: "korban", source: "sumber",
  };
  const $ = (id) => document.getElementById(id);
  let map = null, basemap = null, markerLayer = null;
  const markersByEvent = new Map();

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  const partyName = (p) => p.name || p.text;
  const party = (p) => [partyName(p), p.country, p.sector].filter(Boolean).join(" · ");
  const figure = (c) => (c.min === c.max || c.max === null ? String(c.min ?? "?") : `${c.min}–${c.max}`);
  const casualty = (c) => `${c.kind}: ${figure(c)} (${c.qualifier})` + (c.who ? ` — ${c.who}` : "");
  const dateValue = (d) => (d ? `${d.start}${d.end ? " – " + d.end : ""} (${d.precision}${d.approximate ? ", kira-kira" : ""})` : "");
  const placeValue = (p) => [p.name || p.text, p.country, p.feature,
    p.lat !== null && p.lat !== undefined ? `${p.lat}, ${p.lon}` : null].filter(Boolean).join(" · ");

  /* Every highlighted span: {start, end, kind, value, events: [event index]} */
  function collectSpans(doc) {
    const spans = new Map();
    const add = (start, end, kind, value, eventIndex) => {
      if (start === null || start === undefined || end <= start) return;
      const key = `${kind}:${start}:${end}`;
      if (!spans.has(key)) spans.set(key, { start, end, kind, values: new Set(), events: new Set() });
      const span = spans.get(key);
      if (value) span.values.add(value);
      if (eventIndex !== undefined) span.events.add(eventIndex);
    };
    doc.events.forEach((ev, i) => {
      add(ev.trigger.start, ev.trigger.end, "trigger", `${ev.event_type}${ev.negated ? " (dinegasikan)" : ""}`, i);
      ev.actor.forEach((p) => add(p.start, p.end, "actor", party(p), i));
      ev.recipient.forEach((p) => add(p.start, p.end, "recipient", party(p), i));
      if (ev.date && ev.date.start_char !== null) add(ev.date.start_char, ev.date.end_char, "time", dateValue(ev.date), i);
      ev.locations.forEach((p) => add(p.start, p.end, "place", placeValue(p), i));
      ev.casualties.forEach((c) => add(c.start, c.end, "casualty", casualty(c), i));
      ev.attribution.forEach((a) => add(a.start, a.end, "source", a.source, i));
    });
    (doc.times || []).forEach((t) => add(t.start, t.end, "time", `${t.type} ${t.value}${t.utc ? " (UTC " + t.utc + ")" : ""}`));
    (doc.places || []).forEach((p) => add(p.start, p.end, "place", placeValue(p)));
    return [...spans.values()];
  }

  /* Cut the text at every span boundary; each piece is marked with the innermost span covering it.
     Offsets count Unicode code points (as Python does); JavaScript strings count UTF-16 units, so
     the text is cut as an array of code points, or every highlight after an emoji would shift. */
  function renderText(doc) {
    const box = $("annotated");
    box.replaceChildren();
    const text = Array.from(doc.text);
    const spans = collectSpans(doc);
    const cuts = new Set([0, text.length]);
    spans.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
    const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const piece = text.slice(a, b).join("");
      const covering = spans.filter((s) => s.start <= a && s.end >= b).sort((x, y) => (x.end - x.start) - (y.end - y.start));
      if (!covering.length) { box.append(document.createTextNode(piece)); continue; }
      const top = covering[0];
      const title = covering.map((s) => `${KINDS[s.kind]}: ${[...s.values].join("; ") || "—"}`).join("\n");
      const events = new Set(); covering.forEach((s) => s.events.forEach((e) => events.add(e)));
      box.append(el("mark", {
        class: `hl hl-${top.kind}`, title, "data-kind": top.kind,
        "data-start": String(top.start), "data-end": String(top.end), "data-events": [...events].join(" "),
      }, piece));
    }
  }

  function focusEvent(index) {
    document.querySelectorAll("mark.focus, tbody tr.focus").forEach((n) => n.classList.remove("focus"));
    document.querySelectorAll("mark[data-events]").forEach((m) => {
      if (m.dataset.events.split(" ").includes(String(index))) m.classList.add("focus");
    });
    const row = document.querySelector(`tbody tr[data-event="${index}"]`);
    if (row) row.classList.add("focus");
    const marker = markersByEvent.get(index);
    if (marker && map) { map.setView(marker.getLatLng(), Math.max(map.getZoom(), 4)); marker.openPopup(); }
  }

  function renderTable(doc) {
    const body = document.querySelector("#events tbody");
    body.replaceChildren();
    doc.events.forEach((ev, i) => {
      const row = el("tr", { "data-event": String(i), class: ev.negated ? "negated" : "" });
      const cells = [
        i + 1, ev.event_type + (ev.mode.length ? ` (${ev.mode.join(", ")})` : ""), ev.trigger.text,
        ev.actor.map(party).join("; "), ev.recipient.map(party).join("; "), dateValue(ev.date),
        ev.locations.map((p) => p.name || p.text).join("; "), ev.casualties.map(casualty).join("; "),
        ev.attribution.map((a) => a.source).join("; "), ev.confidence.toFixed(2),
      ];
      cells.forEach((c) => row.append(el("td", {}, c)));
      row.addEventListener("click", () => focusEvent(i));
      body.append(row);
    });
    $("event-count").textContent = `(${doc.events.length})`;
  }

  const dayOf = (d) => Date.parse(d.start.length === 4 ? d.start + "-01-01" : d.start.length === 7 ? d.start + "-01" : d.start);

  function renderTimeline(doc) {
    const box = $("timeline");
    box.replaceChildren();
    const dated = doc.events.map((ev, i) => ({ ev, i, t: ev.date ? dayOf(ev.date) : NaN })).filter((x) => !Number.isNaN(x.t));
    if (!dated.length) { box.append(el("div", { class: "empty" }, "Tidak ada peristiwa bertanggal.")); return; }
    box.append(el("div", { class: "axis" }));
    const lo = Math.min(...dated.map((x) => x.t)), hi = Math.max(...dated.map((x) => x.t));
    const pos = (t) => (hi === lo ? 50 : 4 + 92 * (t - lo) / (hi - lo));
    const left = (t) => `calc(24px + (100% - 48px) * ${pos(t) / 100})`;
    const seen = new Map();
    dated.forEach(({ ev, i, t }) => {
      const n = seen.get(t) || 0; seen.set(t, n + 1);
      const dot = el("div", { class: "dot", title: `${ev.event_type}: ${ev.trigger.text} — ${ev.date.start}`, "data-event": String(i) });
      dot.style.left = left(t); dot.style.top = `${36 - 10 * n}px`;
      dot.addEventListener("click", () => focusEvent(i));
      box.append(dot);
    });
    [...new Set(dated.map((x) => x.ev.date.start.slice(0, 10)))].forEach((label) => {
      const tick = el("div", { class: "tick" }, label);
      tick.style.left = left(Math.min(hi, Math.max(lo, dayOf({ start: label }))));
      box.append(tick);
    });
  }

  async function ensureMap() {
    if (map) return;
    map = L.map("map", { worldCopyJump: true, attributionControl: true }).setView([-2.5, 118], 4);
    map.attributionControl.setPrefix(false).addAttribution("Natural Earth 1:110m");
    try {
      const outlines = await (await fetch("/static/countries-110m.geojson")).json();
      basemap = L.geoJSON(outlines, { style: { color: "#8a99aa", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
      basemap.bringToBack();
    } catch (err) { /* the markers still work without outlines */ }
    markerLayer = L.layerGroup().addTo(map);
  }

  async function renderMap(doc) {
    await ensureMap();
    markerLayer.clearLayers();
    markersByEvent.clear();
    const points = [];
    doc.events.forEach((ev, i) => {
      ev.locations.filter((p) => p.lat !== null && p.lat !== undefined && p.feature !== "region").forEach((p) => {
        const marker = L.circleMarker([p.lat, p.lon], { radius: 8, color: "#fff", weight: 2, fillColor: ev.negated ? "#888" : "#c73a3a", fillOpacity: 0.9, className: "event-marker" });
        marker.bindPopup(`<b>${escapeHtml(ev.event_type)}</b>: ${escapeHtml(ev.trigger.text)}<br>${escapeHtml(placeValue(p))}`);
        marker.on("click", () => focusEvent(i));
        marker.addTo(markerLayer);
        if (!markersByEvent.has(i)) markersByEvent.set(i, marker);
        points.push([p.lat, p.lon]);
      });
    });
    map.invalidateSize();
    if (points.length) map.fitBounds(points, { maxZoom: 6, padding: [30, 30] });
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  function setStatus(message, isError) {
    $("status").textContent = message;
    $("status").className = isError ? "error" : "";
  }

  async function run() {
    const text = $("text").value;
    if (!text.trim()) { setStatus("Teks masih kosong.", true); return; }
    const body = { text, id: "halaman" };
    if ($("reference-time").value) body.reference_time = $("reference-time").value;
    setStatus("Memproses…");
    $("run").disabled = true;
    try {
      const response = await fetch("/extract", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const data = await response.json();
      if (!response.ok) { setStatus(`Galat ${response.status}: ${data.detail}`, true); return; }
      $("results").hidden = false;
      data.text = text; /* peristiwa/1 holds offsets into the text sent, not the text itself */
      renderText(data);
      renderTable(data);
      renderTimeline(data);
      await renderMap(data);
      setStatus(`${data.events.length} peristiwa.`);
      document.body.dataset.ready = "1";
    } catch (err) {
      setStatus(`Galat: ${err}`, true);
    } finally {
      $("run").disabled = false;
    }
  }

  async function loadExample() {
    const response = await fetch("/static/contoh-berita.txt");
    $("text").value = await response.text();
    $("reference-time").value = "2024-03-04";
  }

  function legend() {
    const box = $("legend");
    Object.entries(KINDS).forEach(([kind, label]) => box.append(el("span", { class: `hl-${kind}` }, label)));
  }

  legend();
  $("run").addEventListener("click", run);
  $("example").addEventListener("click", loadExample);
})();
