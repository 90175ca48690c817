// Small DOM helpers. Text only ever enters the page through textContent or attributes,
// never as HTML, so a `<script>` inside an article stays text.
const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, parent = null) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (parent) parent.appendChild(node);
  return node;
}

export function html(tag, attrs = {}, text = null, parent = null) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== null) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

export function svgText(parent, x, y, text, attrs = {}) {
  const node = svg("text", { x, y, ...attrs }, parent);
  node.textContent = text;
  return node;
}

// A stable colour per event type, so the timeline, map and network agree.
export function colorOf(type) {
  let hash = 0;
  for (const ch of String(type)) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360} 65% 45%)`;
}

const tooltip = () => document.getElementById("tooltip");

// Hover details: the tooltip follows the pointer and shows `describe()`'s plain text.
export function hover(node, describe) {
  node.setAttribute("data-details", describe());
  node.addEventListener("mouseenter", (event) => {
    const tip = tooltip();
    tip.textContent = describe();
    tip.hidden = false;
    place(tip, event, node);
  });
  node.addEventListener("mousemove", (event) => place(tooltip(), event, node));
  node.addEventListener("mouseleave", () => { tooltip().hidden = true; });
}

const clamp = (value, low, high) => Math.max(low, Math.min(value, high));

// The visible part of the panel (section) that holds `node`: the tooltip stays inside it.
function bounds(node) {
  const panel = node.closest("section")?.getBoundingClientRect();
  return {
    left: Math.max(0, panel ? panel.left : 0),
    top: Math.max(0, panel ? panel.top : 0),
    right: Math.min(window.innerWidth, panel ? panel.right : Infinity),
    bottom: Math.min(window.innerHeight, panel ? panel.bottom : Infinity),
  };
}

// Beside the pointer, flipped to the other side where it would cross the panel's edge.
function place(tip, event, node) {
  const box = bounds(node);
  tip.style.maxWidth = `${Math.min(416, box.right - box.left)}px`;
  const { width, height } = tip.getBoundingClientRect();
  let x = event.clientX + 14, y = event.clientY + 14;
  if (x + width > box.right) x = event.clientX - 14 - width;
  if (y + height > box.bottom) y = event.clientY - 14 - height;
  tip.style.left = `${clamp(x, box.left, box.right - width)}px`;
  tip.style.top = `${clamp(y, box.top, box.bottom - height)}px`;
}

// Text cut to `most` characters, with an ellipsis; the full text goes in a tooltip.
export function shorten(text, most) {
  return text.length <= most ? text : `${text.slice(0, most - 1)}…`;
}

export async function getJSON(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined));
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

// Every page of a cursor-paginated list, up to `cap` records.
export async function getAll(path, params = {}, cap = 2000) {
  const items = [];
  let cursor = null;
  do {
    const page = await getJSON(path, { ...params, limit: 500, cursor });
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && items.length < cap);
  return items;
}

export function participants(list) {
  return list.map((p) => `${p.name}${p.country ? ` (${p.country})` : ""}`).join(", ") || "—";
}

// Redraw a chart drawn at its panel's pixel width when that width changes.
export function onWidthChange(container, draw) {
  let width = container.clientWidth;
  new ResizeObserver(() => {
    if (container.clientWidth !== width) {
      width = container.clientWidth;
      draw();
    }
  }).observe(container);
}
