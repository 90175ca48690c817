// Time scales for the timeline. News spans decades unevenly (an archive story from 1999 among
// this year's reports), so the opening scale cuts the long empty stretches out: stretches that
// hold events become segments, each as wide as its share of the events, with a break between.
// Hand-written: the page loads no library (no CDN, nothing vendored).

export const DAY = 86400000;
export const BREAK = 14; // pixels between two segments
const MIN_WIDTH = 48; // pixels: room for a segment's year label
const GAP_SHARE = 0.1; // an empty stretch this share of the whole span (and ≥ GAP_DAYS) is cut
const GAP_DAYS = 60;
const STEPS = [
  [1, "day"], [2, "day"], [7, "day"], [14, "day"], [1, "month"], [2, "month"], [3, "month"],
  [6, "month"], [1, "year"], [2, "year"], [5, "year"], [10, "year"], [25, "year"], [50, "year"],
];

export function padded([low, high]) {
  const margin = Math.max((high - low) * 0.04, 2 * DAY);
  return [low - margin, high + margin];
}

// Segments laid side by side from `left` over `plot` pixels; weights share what the minimum
// widths leave.
function segmentScale(parts, left, plot) {
  const free = plot - (parts.length - 1) * BREAK - parts.length * MIN_WIDTH;
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  let at = left;
  const segments = parts.map((p) => {
    const segment = { range: p.range, left: at, width: MIN_WIDTH + (free * p.weight) / total };
    at += segment.width + BREAK;
    return segment;
  });
  const find = (t) => segments.find((s) => t >= s.range[0] && t <= s.range[1]);
  const x = (t) => {
    const s = find(t);
    return s.left + ((t - s.range[0]) / (s.range[1] - s.range[0])) * s.width;
  };
  return { segments, x, has: (t) => Boolean(find(t)) };
}

export function linearScale(range, left, plot) {
  return { ...segmentScale([{ range, weight: 1 }], left, plot), linear: true };
}

// The biggest empty stretches, as many as the width allows segments for.
function cuts(sorted, plot) {
  const least = Math.max(GAP_DAYS * DAY, (sorted[sorted.length - 1] - sorted[0]) * GAP_SHARE);
  const most = Math.max(0, Math.floor((plot + BREAK) / (MIN_WIDTH + BREAK)) - 1);
  return sorted.slice(1).map((t, i) => ({ i: i + 1, size: t - sorted[i] }))
    .filter((gap) => gap.size > least)
    .sort((a, b) => b.size - a.size)
    .slice(0, most)
    .map((gap) => gap.i)
    .sort((a, b) => a - b);
}

export function gappedScale(times, left, plot) {
  const sorted = [...times].sort((a, b) => a - b);
  const bounds = [0, ...cuts(sorted, plot), sorted.length];
  const parts = bounds.slice(1).map((end, k) => {
    const group = sorted.slice(bounds[k], end);
    return { range: padded([group[0], group[group.length - 1]]), weight: group.length };
  });
  return segmentScale(parts, left, plot);
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

// Calendar ticks (days, months or years), at most `most` of them, labelled to their unit; a
// segment too narrow for any gets its middle year.
export function ticks([low, high], most) {
  for (const [n, unit] of STEPS) {
    const found = [];
    for (let t = firstTick(low, n, unit); t <= high && found.length <= most; t = nextTick(t, n, unit)) {
      if (t >= low) found.push(t);
    }
    const chars = unit === "year" ? 4 : unit === "month" ? 7 : 10;
    if (found.length && found.length <= most) {
      return found.map((t) => [t, new Date(t).toISOString().slice(0, chars)]);
    }
  }
  const middle = (low + high) / 2;
  return [[middle, new Date(middle).toISOString().slice(0, 4)]];
}
