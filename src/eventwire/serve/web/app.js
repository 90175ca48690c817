// Wires the page: loads from the API, draws the charts, follows #article=ID&span=S-E links.
import { renderArticle } from "./article.js";
import { drawMap, drawNetwork } from "./charts.js";
import { drawTimeline } from "./timeline.js";
import { getAll, getJSON, html, onWidthChange } from "./util.js";

const $ = (id) => document.getElementById(id);

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const span = (params.get("span") || "").split("-").map(Number);
  return {
    article: params.get("article"),
    focus: span.length === 2 && span.every(Number.isFinite) ? { start: span[0], end: span[1] } : null,
  };
}

async function showFromHash() {
  const { article, focus } = readHash();
  if (!article) return;
  try {
    renderArticle($("article-view"), await getJSON(`/api/articles/${encodeURIComponent(article)}`), focus);
  } catch (error) {
    $("article-view").replaceChildren(html("p", { class: "muted" }, `Cannot show ${article}: ${error.message}`));
  }
}

function openEvent(event) {
  const trigger = event.trigger || { start: 0, end: 0 };
  location.hash = `article=${encodeURIComponent(event.article_id)}&span=${trigger.start}-${trigger.end}`;
}

// A search snippet as text with its matched stretches in <mark>, never as HTML.
function snippet(hit, parent) {
  const line = html("span", { class: "snippet" }, null, parent);
  let at = 0;
  for (const mark of hit.marks) {
    line.append(hit.snippet.slice(at, mark.start));
    html("mark", {}, hit.snippet.slice(mark.start, mark.end), line);
    at = mark.end;
  }
  line.append(hit.snippet.slice(at));
}

// Articles (or search hits) by title, numbered in the page (so "12." is never cut to "2.");
// a hit also shows its snippet.
function listArticles(items) {
  const list = $("article-list");
  list.replaceChildren();
  for (const [i, item] of items.entries()) {
    const entry = html("li", {}, null, list);
    html("span", { class: "number", "aria-hidden": "true" }, `${i + 1}.`, entry);
    const link = html("a", { href: `#article=${encodeURIComponent(item.id ?? item.article_id)}` }, item.title, entry);
    link.title = [item.date, item.source].filter(Boolean).join(" · ");
    if (item.snippet) snippet(item, entry);
  }
}

async function search(event) {
  event.preventDefault();
  const q = $("search").value.trim();
  if (!q) return listArticles(await getAll("/api/articles", {}, 500));
  listArticles(await getJSON("/api/search", { q, limit: 50 }));
}

async function main() {
  const [stats, events, merged, graph, world, articles] = await Promise.all([
    getJSON("/api/stats"),
    getAll("/api/events"),
    getAll("/api/merged-events"),
    getJSON("/api/network"),
    getJSON("/api/geo/countries"),
    getAll("/api/articles", {}, 500),
  ]);
  const c = stats.counts;
  $("stats").textContent = `${c.articles} articles · ${c.events} events (${c.merged_events} merged, ` +
    `${stats.multi_source_events} from several sources) · ${c.actors} actors · ${c.quotes} quotes · ` +
    `${c.places} places · ${stats.duplicate_groups} near-duplicate groups`;
  drawTimeline($("timeline"), merged, openEvent);
  drawMap($("map"), world, events, openEvent);
  const network = () => drawNetwork($("network"), $("legend"), graph);
  network();
  onWidthChange($("network"), network);
  listArticles(articles);
  if (!readHash().article && articles.length) location.hash = `article=${encodeURIComponent(articles[0].id)}`;
  else await showFromHash();
}

window.addEventListener("hashchange", showFromHash);
$("search-form").addEventListener("submit", search);
main().catch((error) => { $("stats").textContent = `Could not load: ${error.message}`; });
