// Node labels cut to the style's `text-max-width` once, when a node is added. Cytoscape.js's own
// `text-wrap: ellipsis` measures the label again one character at a time (a canvas font change and a
// measureText per character, uncached) each time it sizes or draws a label: with 2,000 nodes that was
// most of the time to the whole graph drawn. Here: a binary search over the label, once per label.

const ELLIPSIS = '\u2026';
const MAP_DATA = /^mapData\(\s*(\w+)\s*,\s*([-\d.]+)\s*,\s*([-\d.]+)\s*,\s*([-\d.]+)\s*,\s*([-\d.]+)\s*\)$/;

/** The font size (px) a style value gives a node's data: a number, "12px" or `mapData(field, a, b, min, max)`. */
export function fontSizeOf(value, data) {
  const mapped = MAP_DATA.exec(String(value));
  if (!mapped) return parseFloat(value);
  const [, field, a, b, min, max] = mapped;
  const t = Math.min(1, Math.max(0, ((Number(data[field]) || 0) - a) / (b - a)));
  return Number(min) + t * (max - min);
}

/**
 * The longest prefix of `text` that, with an ellipsis, is no wider than `maxWidth` by `width(text)`
 * (widths grow with the prefix); `text` itself when it fits.
 */
export function ellipsize(text, maxWidth, width) {
  if (!text || width(text) <= maxWidth) return text || '';
  let lo = 0;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(text.slice(0, mid) + ELLIPSIS) <= maxWidth) lo = mid; else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + ELLIPSIS;
}

/**
 * A function that gives node data its `shortLabel` (the label as the plain `node` rule of `style`
 * would fit it in its `text-max-width` at its font size); other data passes unchanged.
 */
export function shortLabels(style) {
  const node = style.find((rule) => rule.selector === 'node')?.style || {};
  const maxWidth = parseFloat(node['text-max-width']) || Infinity;
  const family = node['font-family'] || 'sans-serif';
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map();
  return (data) => {
    if (data.shortLabel !== undefined || data.label == null) return data;
    const size = fontSizeOf(node['font-size'] ?? 12, data);
    const key = `${size}\n${data.label}`;
    if (!cache.has(key)) {
      context.font = `${size}px ${family}`;
      cache.set(key, ellipsize(String(data.label), maxWidth, (t) => Math.ceil(context.measureText(t).width)));
    }
    return { ...data, shortLabel: cache.get(key) };
  };
}
