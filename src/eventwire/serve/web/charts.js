// The timeline, the map and the actor network, drawn as plain SVG.
import { colorOf, hover, participants, svg, svgText } from "./util.js";

const DAY = 86400000;

function eventDetails(event) {
  return [
    `${event.type}${event.cameo ? ` · CAMEO ${event.cameo}` : ""} · ${event.modality}`,
    `${event.date || "undated"}`,
    `actors: ${participants(event.actors)}`,
    `recipients: ${participants(event.recipients)}`,
    event.place?.name ? `place: ${event.place.name}` : "",
    `“${event.trigger ? event.trigger.text : ""}” — ${event.headline || event.article_id}`,
  ].filter(Boolean).join("\n");
}

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

// One dot per merged event (the same event reported by several articles is one dot, sized by
// its independent sources); a click opens its first source.
export function drawTimeline(container, merged, onPick) {
  container.replaceChildren();
  const dated = merged.filter((e) => e.time_start && !Number.isNaN(Date.parse(e.time_start)));
  const types = [...new Set(dated.map((e) => e.type))].sort();
  const width = 760, lane = 30, left = 110, top = 12;
  const height = top + Math.max(types.length, 1) * lane + 30;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, "aria-label": "timeline" }, container);
  if (!dated.length) {
    svgText(root, left, 30, "No dated events yet.", { class: "muted" });
    return;
  }
  const times = dated.map((e) => Date.parse(e.time_start));
  const min = Math.min(...times) - DAY, max = Math.max(...times) + DAY;
  const x = (t) => left + ((t - min) / (max - min)) * (width - left - 20);
  types.forEach((type, i) => {
    const y = top + i * lane + lane / 2;
    const row = svg("g", { class: "lane" }, root);
    svg("line", { x1: left, x2: width - 10, y1: y, y2: y }, row);
    svgText(row, left - 8, y + 4, type, { "text-anchor": "end" });
  });
  const axis = svg("g", { class: "axis" }, root);
  const axisY = top + types.length * lane + 4;
  for (let k = 0; k <= 4; k++) {
    const t = min + ((max - min) * k) / 4;
    const anchor = k === 0 ? "start" : k === 4 ? "end" : "middle";
    svgText(axis, x(t), axisY + 14, new Date(t).toISOString().slice(0, 10), { "text-anchor": anchor });
  }
  for (const event of dated) {
    const dot = svg("circle", {
      class: "dot", cx: x(Date.parse(event.time_start)), cy: top + types.indexOf(event.type) * lane + lane / 2,
      r: 4 + 2 * Math.min(event.source_count, 5), fill: colorOf(event.type), "fill-opacity": 0.85,
    }, root);
    hover(dot, () => mergedDetails(event));
    dot.addEventListener("click", () => onPick(event.sources[0]));
  }
}

// Equirectangular projection: enough for a world overview, and needs no library.
const project = ([lon, lat]) => [(lon + 180) * 2, (90 - lat) * 2];

function ringPath(ring) {
  return ring.map((point, i) => `${i ? "L" : "M"}${project(point).map((v) => v.toFixed(1)).join(",")}`).join("") + "Z";
}

function geometryPath(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map(ringPath).join("")).join("");
}

export function drawMap(container, world, events, onPick) {
  container.replaceChildren();
  const root = svg("svg", { viewBox: "0 0 720 360", "aria-label": "map" }, container);
  const countries = new Set(events.flatMap((e) => [e.place?.country, ...e.actors.map((a) => a.country)]));
  for (const feature of world.features) {
    const active = countries.has(feature.id);
    const shape = svg("path", { class: active ? "country active" : "country", d: geometryPath(feature.geometry) }, root);
    hover(shape, () => `${feature.properties.name} (${feature.id})`);
  }
  for (const event of events.filter((e) => e.place && e.place.lat !== null && e.place.lon !== null)) {
    const [cx, cy] = project([event.place.lon, event.place.lat]);
    const point = svg("circle", { class: "point", cx, cy, r: 3.5, fill: colorOf(event.type) }, root);
    hover(point, () => eventDetails(event));
    point.addEventListener("click", () => onPick(event));
  }
}

export function drawNetwork(container, legend, graph) {
  container.replaceChildren();
  legend.replaceChildren();
  const size = 520, center = size / 2, radius = size / 2 - 90;
  const root = svg("svg", { viewBox: `0 0 ${size} ${size}`, "aria-label": "actor network" }, container);
  if (!graph.nodes.length) {
    svgText(root, 20, 30, "No actor pairs yet.", { class: "muted" });
    return;
  }
  const position = new Map(graph.nodes.map((node, i) => {
    const angle = (2 * Math.PI * i) / graph.nodes.length - Math.PI / 2;
    return [node.id, [center + radius * Math.cos(angle), center + radius * Math.sin(angle), angle]];
  }));
  const types = [...new Set(graph.edges.map((e) => e.type))].sort();
  for (const edge of graph.edges) {
    const [x1, y1] = position.get(edge.source), [x2, y2] = position.get(edge.target);
    const bend = (types.indexOf(edge.type) + 1) * 12;
    const path = svg("path", {
      class: "edge", d: `M${x1},${y1} Q${center + bend},${center - bend} ${x2},${y2}`,
      stroke: colorOf(edge.type), "stroke-width": 1 + Math.log2(edge.count + 1),
    }, root);
    hover(path, () => `${edge.source} → ${edge.target}\n${edge.type} × ${edge.count}`);
  }
  for (const node of graph.nodes) {
    const [x, y, angle] = position.get(node.id);
    const group = svg("g", { class: "node" }, root);
    svg("circle", { cx: x, cy: y, r: 4 + Math.min(node.events, 12) }, group);
    const outward = Math.cos(angle) >= 0;
    svgText(group, x + (outward ? 14 : -14), y + 4, node.id, { "text-anchor": outward ? "start" : "end" });
    hover(group, () => `${node.id}${node.country ? ` (${node.country})` : ""}\n${node.events} event roles`);
  }
  for (const type of types) {
    const item = document.createElement("span");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colorOf(type);
    item.append(swatch, document.createTextNode(type));
    legend.appendChild(item);
  }
}
