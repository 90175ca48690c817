// The article view: its text with every piece of evidence highlighted by kind.
import { hover, html } from "./util.js";

const names = (list) => list.map((p) => p.name + (p.country ? ` (${p.country})` : "")).join(", ") || "—";

function actorSpans(result) {
  const actors = new Map(result.actors.map((a) => [a.id, a]));
  return result.mentions.map((m) => {
    const actor = actors.get(m.actor_id) || { name: m.actor_id };
    const codes = [actor.type, actor.country?.value, actor.sector?.value, actor.role?.value];
    return { kind: "actor", evidence: m.evidence, details: `actor: ${actor.name} (${m.kind})\n${codes.filter(Boolean).join(" · ")}` };
  });
}

function quoteSpans(result) {
  return result.quotes.map((q) => ({
    kind: "quote",
    evidence: q.content,
    details: `${q.kind} quote by ${q.speaker.name || "unknown speaker"}` +
      (q.chain.length ? `\nsource chain: ${q.chain.map((s) => s.name).join(" → ")}` : ""),
  }));
}

function eventSpans(result) {
  return result.events.map((e) => ({
    kind: "event",
    evidence: e.trigger,
    details: [
      `event: ${e.type}${e.mode ? ` / ${e.mode}` : ""}${e.cameo ? ` · CAMEO ${e.cameo}` : ""} · ${e.modality}`,
      `actors: ${names(e.actors)}`,
      `recipients: ${names(e.recipients)}`,
      e.time ? `time: ${e.time.value || e.time.start || ""}${e.time.defaulted ? " (dateline)" : ""}` : "",
      e.place ? `place: ${e.place.name || ""}${e.place.defaulted ? " (dateline)" : ""}` : "",
    ].filter(Boolean).join("\n"),
  }));
}

function timeSpans(result) {
  return result.times.map((t) => ({
    kind: "time",
    evidence: t.evidence,
    details: `time (${t.type}): ${t.value || [t.start, t.end].filter(Boolean).join(" – ") || "?"}`,
  }));
}

function placeSpans(result) {
  return result.places.map((p) => ({
    kind: "place",
    evidence: p.evidence,
    details: `place: ${p.name}${p.country ? `, ${p.country}` : ""}` +
      (p.lat !== null && p.lon !== null ? `\n${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : ""),
  }));
}

export function spansOf(result) {
  return [actorSpans, quoteSpans, eventSpans, timeSpans, placeSpans].flatMap((f) => f(result));
}

// Cut the text at every span boundary; each piece carries the kinds of the spans covering it,
// so overlapping evidence (a name inside a quote) shows both.
export function renderText(container, text, spans, focus) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) cuts.add(s.evidence.start).add(s.evidence.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  let focused = null;
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    const covering = spans.filter((s) => s.evidence.start <= start && s.evidence.end >= end);
    if (!covering.length) {
      container.appendChild(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const node = html("span", { class: ["hl", ...kinds.map((k) => `hl-${k}`)].join(" "), "data-kinds": kinds.join(" ") }, piece, container);
    hover(node, () => covering.map((s) => s.details).join("\n\n"));
    if (focus && start < focus.end && end > focus.start) {
      node.classList.add("focus");
      focused = focused || node;
    }
  }
  if (focused) focused.scrollIntoView({ block: "center" });
}

export function renderArticle(view, data, focus) {
  view.replaceChildren();
  const article = data.result.article;
  html("h3", {}, article?.headline?.value || data.result.id, view);
  const meta = [article?.date?.value, article?.agency?.value, article?.source, `pipeline ${data.pipeline_version}`];
  if (data.duplicates.length) meta.push(`${data.duplicates.length} near-duplicate(s)`);
  html("p", { class: "muted" }, meta.filter(Boolean).join(" · "), view);
  for (const error of data.result.errors) {
    html("p", { class: "muted" }, `${error.stage}: ${error.reason} — ${error.message}`, view);
  }
  if (!article) return;
  const body = html("div", { id: "article-text" }, null, view);
  renderText(body, article.text, spansOf(data.result), focus);
}
