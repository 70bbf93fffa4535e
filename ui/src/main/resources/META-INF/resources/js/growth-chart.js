// The history's growth per month (models, papers, concepts that first appeared, and relations on their own
// scale), drawn by uPlot from its webjar. uPlot is imported only when a history is shown, so a page
// without one never asks for it.

import { el } from './dom.js';

// relative paths, as for Cytoscape.js: the page works under any path, and an import map would be an inline script
const UPLOT = '../webjars/uplot/dist/uPlot.esm.js';
const UPLOT_CSS = 'webjars/uplot/dist/uPlot.min.css';

const SERIES = [
  { key: 'models', type: 'Model' },
  { key: 'papers', type: 'Paper' },
  { key: 'concepts', type: 'Concept' },
];

function stylesheet(href) {
  if (!document.querySelector(`link[href="${href}"]`)) document.head.append(el('link', { rel: 'stylesheet', href }));
}

/** Seconds since the epoch of the first day of a `YYYY-MM` month, uPlot's time unit. */
function monthStart(month) {
  const [year, number] = month.split('-').map(Number);
  return Date.UTC(year, number - 1, 1) / 1000;
}

/**
 * Draws `growth.months` into `container`, each class in its legend colour (`colourOf(type)`); resolves to the
 * chart (null when there is nothing to draw).
 */
export async function drawGrowth(container, growth, colourOf, { width = 440, height = 116 } = {}) {
  if (!growth?.months?.length) return null;
  stylesheet(UPLOT_CSS);
  const { default: uPlot } = await import(UPLOT);
  const months = growth.months;
  const columns = [months.map((m) => monthStart(m.month)), ...SERIES.map((s) => months.map((m) => m[s.key])),
    months.map((m) => m.relations)];
  const options = {
    width,
    height,
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true }, relations: {} },
    series: [
      { label: 'month', value: (u, v) => (v == null ? '' : new Date(v * 1000).toISOString().slice(0, 7)) },
      ...SERIES.map((s) => ({ label: s.key, stroke: colourOf(s.type), width: 1.5 })),
      { label: 'relations', stroke: '#9aa5b1', width: 1, dash: [4, 3], scale: 'relations' },
    ],
    axes: [
      { size: 28, font: '10px system-ui, sans-serif' },
      { size: 36, font: '10px system-ui, sans-serif' },
      { scale: 'relations', side: 1, size: 44, font: '10px system-ui, sans-serif', grid: { show: false } },
    ],
  };
  return new uPlot(options, columns, container);
}
