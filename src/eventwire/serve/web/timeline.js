// The timeline: one dot per merged event, one lane per event type, on a time axis that opens
// where the events are. Below it, an overview of the whole span: drag across it to choose the
// shown, or use the buttons. Drawn at the panel's own pixel width, so text keeps its size.
import { colorOf, hover, html, onWidthChange, svg, svgText } from "./util.js";

const DAY = 86400000;
const SHARE = 0.8; // the opening shown holds at least this share of the events
const LEFT = 96, RIGHT = 16, TOP = 8, GAP = 2;
const STEPS = [
  [1, "day"], [2, "day"], [7, "day"], [14, "day"], [1, "month"], [2, "month"], [3, "month"],
  [6, "month"], [1, "year"], [2, "year"], [5, "year"], [10, "year"], [25, "year"], [50, "year"],
];

function mergedDetails(merged) {
  const sources = merged.sources.map((s) => `· ${s.headline || s.article_id}: “${s.trigger ? s.trigger.text : ""}”`);
  return [
    `${merged.type}${merged.cameo ? ` · CAMEO ${merged.cameo}` : ""} · ${merged.time_start || "undated"}`,
    `actors: ${merged.actor_countries.join(", ") || "—"} → recipients: ${merged.recipient_countries.join(", ") || "—"}`,
    merged.place_name ? `place: ${merged.place_name}` : "",
    `${merged.article_count} article(s), ${merged.source_count} independent source(s):`,
    ...sources,
  ].filter(Boolean).join("\n");
}

function padded([low, high]) {
  const margin = Math.max((high - low) * 0.04, 2 * DAY);
  return [low - margin, high + margin];
}

// The narrowest shown that holds SHARE of the events: an archive story from 1999 among this
// year's news no longer squashes everything else against one edge. The whole span when the
// shown would not be much narrower.
export function denseWindow(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const k = Math.max(1, Math.ceil(sorted.length * SHARE));
  let best = [sorted[0], sorted[sorted.length - 1]];
  for (let i = 0; i + k - 1 < sorted.length; i++) {
    if (sorted[i + k - 1] - sorted[i] < best[1] - best[0]) best = [sorted[i], sorted[i + k - 1]];
  }
  const whole = sorted[sorted.length - 1] - sorted[0];
  if (whole <= 2 * (best[1] - best[0])) best = [sorted[0], sorted[sorted.length - 1]];
  return padded(best);
}

function nextTick(t, n, unit) {
  const d = new Date(t);
  if (unit === "day") return t + n * DAY;
  if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
  return Date.UTC(d.getUTCFullYear() + n, 0, 1);
}

function firstTick(t, n, unit) {
  const d = new Date(t);
  if (unit === "day") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % n), 1);
  return Date.UTC(d.getUTCFullYear() - (d.getUTCFullYear() % n), 0, 1);
}

// Calendar-aligned ticks (days, months or years), as many as fit; labels as long as the unit.
function ticks([low, high], most) {
  for (const [n, unit] of STEPS) {
    const found = [];
    for (let t = firstTick(low, n, unit); t <= high && found.length <= most; t = nextTick(t, n, unit)) {
      if (t >= low) found.push(t);
    }
    const chars = unit === "year" ? 4 : unit === "month" ? 7 : 10;
    if (found.length <= most) return found.map((t) => [t, new Date(t).toISOString().slice(0, chars)]);
  }
  return [];
}

// Dots of one lane in rows, so that no dot covers another (a multi-source dot stays visible).
function pack(dots) {
  const rows = [];
  for (const dot of [...dots].sort((a, b) => a.x - b.x)) {
    let row = rows.findIndex((right) => right + GAP <= dot.x - dot.r);
    if (row < 0) row = rows.push(0) - 1;
    rows[row] = dot.x + dot.r;
    dot.row = row;
  }
  return Math.max(rows.length, 1);
}

const radius = (event) => 4 + 2 * Math.min(event.source_count, 5);

function drawLanes(root, dated, types, shown, width, onPick) {
  const x = (t) => LEFT + ((t - shown[0]) / (shown[1] - shown[0])) * (width - LEFT - RIGHT);
  const inside = dated.filter((e) => e.t >= shown[0] && e.t <= shown[1]);
  let y = TOP;
  for (const type of types) {
    const dots = inside.filter((e) => e.type === type).map((e) => ({ event: e, x: x(e.t), r: radius(e) }));
    const rowHeight = 2 * Math.max(6, ...dots.map((d) => d.r)) + GAP;
    const height = pack(dots) * rowHeight + 8;
    const lane = svg("g", { class: "lane" }, root);
    svg("line", { x1: LEFT, x2: width - RIGHT / 2, y1: y + height, y2: y + height }, lane);
    svgText(lane, LEFT - 8, y + rowHeight / 2 + 8, type, { "text-anchor": "end" });
    for (const { event, x: cx, r, row } of dots) {
      const dot = svg("circle", {
        class: event.source_count > 1 ? "dot multi" : "dot", cx, cy: y + 4 + row * rowHeight + rowHeight / 2, r,
        fill: colorOf(type), "fill-opacity": 0.85,
      }, root);
      hover(dot, () => mergedDetails(event));
      dot.addEventListener("click", () => onPick(event.sources[0]));
    }
    y += height;
  }
  return y;
}

function drawAxis(root, shown, width, y) {
  const axis = svg("g", { class: "axis" }, root);
  const x = (t) => LEFT + ((t - shown[0]) / (shown[1] - shown[0])) * (width - LEFT - RIGHT);
  for (const [t, label] of ticks(shown, Math.max(2, Math.floor((width - LEFT - RIGHT) / 84)))) {
    svg("line", { x1: x(t), x2: x(t), y1: y, y2: y + 4 }, axis);
    svgText(axis, x(t), y + 16, label, { "text-anchor": "middle" });
  }
  return y + 22;
}

// The whole span in a strip: a tick per event, the shown shown as a band; drag to choose.
function drawOverview(root, dated, whole, shown, width, y, choose) {
  const strip = svg("g", { class: "overview" }, root);
  const span = width - LEFT - RIGHT;
  const x = (t) => LEFT + ((t - whole[0]) / (whole[1] - whole[0])) * span;
  const back = svg("rect", { class: "overview-back", x: LEFT, y, width: span, height: 22 }, strip);
  for (const e of dated) svg("line", { x1: x(e.t), x2: x(e.t), y1: y + 4, y2: y + 18, stroke: colorOf(e.type) }, strip);
  const band = svg("rect", { class: "brush", x: x(shown[0]), y, width: Math.max(2, x(shown[1]) - x(shown[0])), height: 22 }, strip);
  svgText(strip, LEFT - 8, y + 15, "all dates", { "text-anchor": "end", class: "muted" });
  const time = (event) => {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(root.getScreenCTM().inverse());
    return whole[0] + ((Math.min(Math.max(point.x, LEFT), LEFT + span) - LEFT) / span) * (whole[1] - whole[0]);
  };
  let start = null;
  back.addEventListener("pointerdown", (event) => { start = time(event); back.setPointerCapture(event.pointerId); });
  back.addEventListener("pointermove", (event) => {
    if (start === null) return;
    const [a, b] = [start, time(event)].sort((p, q) => p - q);
    band.setAttribute("x", x(a));
    band.setAttribute("width", Math.max(2, x(b) - x(a)));
  });
  back.addEventListener("pointerup", (event) => {
    const [a, b] = [start, time(event)].sort((p, q) => p - q);
    start = null;
    if (b - a > DAY) choose([a, b]);
  });
  return y + 26;
}

function hiddenNote(dated, shown) {
  const before = dated.filter((e) => e.t < shown[0]).length, after = dated.filter((e) => e.t > shown[1]).length;
  const parts = [before ? `${before} earlier` : "", after ? `${after} later` : ""].filter(Boolean);
  return parts.length ? `${parts.join(", ")} outside this window` : "all events shown";
}

export function drawTimeline(container, merged, onPick) {
  const dated = merged.filter((e) => e.time_start && !Number.isNaN(Date.parse(e.time_start)))
    .map((e) => ({ ...e, t: Date.parse(e.time_start) }));
  const types = [...new Set(dated.map((e) => e.type))].sort();
  const whole = dated.length ? padded([Math.min(...dated.map((e) => e.t)), Math.max(...dated.map((e) => e.t))]) : null;
  const dense = dated.length ? denseWindow(dated.map((e) => e.t)) : null;
  let shown = dense;
  const draw = () => {
    container.replaceChildren();
    const width = Math.max(container.clientWidth, 300);
    if (!dated.length) {
      svgText(svg("svg", { viewBox: `0 0 ${width} 40`, "aria-label": "timeline" }, container), LEFT, 24, "No dated events yet.");
      return;
    }
    const bar = html("div", { class: "timeline-bar" }, null, container);
    html("span", { class: "muted window-note" }, `${new Date(shown[0]).toISOString().slice(0, 10)} – ` +
      `${new Date(shown[1]).toISOString().slice(0, 10)} · ${hiddenNote(dated, shown)}`, bar);
    for (const [label, target] of [["Where the events are", dense], ["Whole span", whole]]) {
      const button = html("button", { type: "button", "aria-pressed": String(shown === target) }, label, bar);
      button.addEventListener("click", () => { shown = target; draw(); });
    }
    const root = svg("svg", { "aria-label": "timeline" }, container);
    let y = drawLanes(root, dated, types, shown, width, onPick);
    y = drawAxis(root, shown, width, y);
    y = drawOverview(root, dated, whole, shown, width, y, (chosen) => { shown = chosen; draw(); });
    root.setAttribute("viewBox", `0 0 ${width} ${y}`);
  };
  draw();
  onWidthChange(container, draw);
}
