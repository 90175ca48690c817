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
    place(tip, event);
  });
  node.addEventListener("mousemove", (event) => place(tooltip(), event));
  node.addEventListener("mouseleave", () => { tooltip().hidden = true; });
}

function place(tip, event) {
  tip.style.left = `${event.clientX + 14}px`;
  tip.style.top = `${event.clientY + 14}px`;
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
