// The timeline: one dot per merged event, one lane per event type. It opens on a scale that
// cuts out the empty years (timescale.js); below it, an overview of the whole span: drag across
// it to look at a window, or use the buttons. Drawn at the panel's own pixel width, so text
// keeps its size on a phone.
import { BREAK, DAY, gappedScale, linearScale, padded, ticks } from "./timescale.js";
import { colorOf, hover, html, onWidthChange, svg, svgText } from "./util.js";

const LEFT = 96, RIGHT = 16, TOP = 8, GAP = 2;

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

function drawLanes(root, dated, types, scale, width, onPick) {
  const inside = dated.filter((e) => scale.has(e.t));
  let y = TOP;
  for (const type of types) {
    const dots = inside.filter((e) => e.type === type).map((e) => ({ event: e, x: scale.x(e.t), r: radius(e) }));
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

// Ticks per segment, and a break mark (two slashes) where empty years are cut out.
function drawAxis(root, scale, y) {
  const axis = svg("g", { class: "axis" }, root);
  for (const segment of scale.segments) {
    const most = Math.floor(segment.width / 84);
    svg("line", { x1: segment.left, x2: segment.left + segment.width, y1: y, y2: y }, axis);
    for (const [t, label] of ticks(segment.range, most)) {
      svg("line", { x1: scale.x(t), x2: scale.x(t), y1: y, y2: y + 4 }, axis);
      svgText(axis, scale.x(t), y + 16, label, { "text-anchor": "middle" });
    }
  }
  for (const segment of scale.segments.slice(1)) {
    const x = segment.left - BREAK / 2;
    svg("path", { class: "break", d: `M${x - 4},${y + 5} l4,-10 M${x},${y + 5} l4,-10` }, axis);
  }
  return y + 22;
}

// The whole span in a strip: a tick per event, what the scale shows as bands; drag to choose.
function drawOverview(root, dated, whole, scale, width, y, choose) {
  const strip = svg("g", { class: "overview" }, root);
  const span = width - LEFT - RIGHT;
  const x = (t) => LEFT + ((t - whole[0]) / (whole[1] - whole[0])) * span;
  const back = svg("rect", { class: "overview-back", x: LEFT, y, width: span, height: 22 }, strip);
  for (const e of dated) svg("line", { x1: x(e.t), x2: x(e.t), y1: y + 4, y2: y + 18, stroke: colorOf(e.type) }, strip);
  const bands = scale.segments.map(({ range }) => svg("rect", {
    class: "brush", x: x(range[0]), y, width: Math.max(2, x(range[1]) - x(range[0])), height: 22,
  }, strip));
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
    bands.slice(1).forEach((band) => band.remove());
    bands[0].setAttribute("x", x(a));
    bands[0].setAttribute("width", Math.max(2, x(b) - x(a)));
  });
  back.addEventListener("pointerup", (event) => {
    const [a, b] = [start, time(event)].sort((p, q) => p - q);
    start = null;
    if (b - a > DAY) choose([a, b]);
  });
  return y + 26;
}

function note(dated, scale) {
  const outside = (test) => dated.filter((e) => !scale.has(e.t) && test(e.t)).length;
  const [first, last] = [scale.segments[0].range[0], scale.segments[scale.segments.length - 1].range[1]];
  const [before, after] = [outside((t) => t < first), outside((t) => t > last)];
  const parts = [before ? `${before} earlier` : "", after ? `${after} later` : ""].filter(Boolean);
  const day = (t) => new Date(t).toISOString().slice(0, 10);
  const cut = scale.segments.length > 1 ? ` · ${scale.segments.length - 1} empty stretch(es) cut out` : "";
  return `${day(first)} – ${day(last)}${cut} · ${parts.length ? `${parts.join(", ")} outside this window` : "all events shown"}`;
}

export function drawTimeline(container, merged, onPick) {
  const dated = merged.filter((e) => e.time_start && !Number.isNaN(Date.parse(e.time_start)))
    .map((e) => ({ ...e, t: Date.parse(e.time_start) }));
  const types = [...new Set(dated.map((e) => e.type))].sort();
  const whole = dated.length ? padded([Math.min(...dated.map((e) => e.t)), Math.max(...dated.map((e) => e.t))]) : null;
  let mode = "events", chosen = null; // "events": empty years cut out; "whole"; "window": dragged
  const draw = () => {
    container.replaceChildren();
    const width = Math.max(container.clientWidth, 300);
    if (!dated.length) {
      svgText(svg("svg", { viewBox: `0 0 ${width} 40`, "aria-label": "timeline" }, container), LEFT, 24, "No dated events yet.");
      return;
    }
    const plot = width - LEFT - RIGHT;
    const scale = mode === "events" ? gappedScale(dated.map((e) => e.t), LEFT, plot)
      : linearScale(mode === "whole" ? whole : chosen, LEFT, plot);
    const bar = html("div", { class: "timeline-bar" }, null, container);
    const undated = merged.length - dated.length;
    html("span", { class: "muted window-note" }, note(dated, scale) + (undated ? ` · ${undated} undated` : ""), bar);
    for (const [label, target] of [["Where the events are", "events"], ["Whole span", "whole"]]) {
      const button = html("button", { type: "button", "aria-pressed": String(mode === target) }, label, bar);
      button.addEventListener("click", () => { mode = target; draw(); });
    }
    const root = svg("svg", { "aria-label": "timeline" }, container);
    let y = drawLanes(root, dated, types, scale, width, onPick);
    y = drawAxis(root, scale, y);
    y = drawOverview(root, dated, whole, scale, width, y, (range) => { mode = "window"; chosen = range; draw(); });
    root.setAttribute("viewBox", `0 0 ${width} ${y}`);
  };
  draw();
  onWidthChange(container, draw);
}
