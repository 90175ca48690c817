// The map and the actor network, drawn as plain SVG (the timeline is in timeline.js).
import { colorOf, hover, html, participants, shorten, svg, svgText } from "./util.js";

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

const ROW = 20, LABEL = 11 * 0.6; // row height; average glyph width at the 11 px font
const MOST_ROWS = 40;

// Who acts on whom as two columns, actors on the left and recipients on the right, one row
// per name, so no label can cover another; an actor that is also a recipient stands in both.
function columns(graph) {
  const weight = new Map(graph.nodes.map((n) => [n.id, n.events]));
  const byWeight = (names) => [...names].sort((a, b) => weight.get(b) - weight.get(a) || a.localeCompare(b));
  const left = byWeight(new Set(graph.edges.map((e) => e.source))).slice(0, MOST_ROWS);
  const right = byWeight(new Set(graph.edges.map((e) => e.target))).slice(0, MOST_ROWS);
  return { left, right, hidden: graph.nodes.length - new Set([...left, ...right]).size };
}

function drawColumn(root, names, nodes, x, anchor, most) {
  const rows = new Map();
  names.forEach((name, i) => {
    const y = ROW / 2 + i * ROW + 4;
    rows.set(name, y);
    const node = nodes.get(name) || { id: name, events: 0 };
    const group = svg("g", { class: "node" }, root);
    svg("circle", { cx: x, cy: y, r: 3 + Math.min(node.events, 6) }, group);
    const dx = anchor === "end" ? -12 : 12;
    svgText(group, x + dx, y + 4, shorten(name, most), { "text-anchor": anchor });
    hover(group, () => `${name}${node.country ? ` (${node.country})` : ""}\n${node.events} event roles`);
  });
  return rows;
}

export function drawNetwork(container, legend, graph) {
  container.replaceChildren();
  legend.replaceChildren();
  const width = Math.max(container.clientWidth, 300);
  if (!graph.edges.length) {
    svgText(svg("svg", { viewBox: `0 0 ${width} 40`, "aria-label": "actor network" }, container), 10, 24, "No actor pairs yet.");
    return;
  }
  const { left, right, hidden } = columns(graph);
  const longest = Math.max(...[...left, ...right].map((name) => name.length));
  const most = Math.max(8, Math.min(longest, Math.floor((width - 120) / 2 / LABEL)));
  const labelWidth = Math.min(longest, most) * LABEL + 16;
  const height = Math.max(left.length, right.length) * ROW + 8;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, "aria-label": "actor network" }, container);
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const [x1, x2] = [labelWidth, width - labelWidth];
  const edgeLayer = svg("g", {}, root);
  const from = drawColumn(root, left, nodes, x1, "end", most);
  const to = drawColumn(root, right, nodes, x2, "start", most);
  const types = [...new Set(graph.edges.map((e) => e.type))].sort();
  for (const edge of graph.edges.filter((e) => from.has(e.source) && to.has(e.target))) {
    const [ya, yb, mid] = [from.get(edge.source), to.get(edge.target), (x1 + x2) / 2];
    const path = svg("path", {
      class: "edge", d: `M${x1},${ya} C${mid},${ya} ${mid},${yb} ${x2},${yb}`,
      stroke: colorOf(edge.type), "stroke-width": 1 + Math.log2(edge.count + 1),
    }, edgeLayer);
    hover(path, () => `${edge.source} → ${edge.target}\n${edge.type} × ${edge.count}`);
  }
  // Fonts differ from the estimate: widen the view to the labels' measured extent if need be.
  const box = root.getBBox();
  const [low, high] = [Math.min(0, box.x - 2), Math.max(width, box.x + box.width + 2)];
  root.setAttribute("viewBox", `${low} 0 ${high - low} ${height}`);
  for (const type of types) {
    const item = document.createElement("span");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colorOf(type);
    item.append(swatch, document.createTextNode(type));
    legend.appendChild(item);
  }
  if (hidden > 0) legend.append(html("span", { class: "muted" }, `${hidden} less active actors not shown`));
}
