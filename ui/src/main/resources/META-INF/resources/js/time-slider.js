// The time slider: shown only when the data source has a history. It moves over the walked commits
// (a range input: arrow keys, Page Up/Down, Home and End work on it) and asks main.js to show the graph
// as of the chosen commit (`?asOf=COMMIT` in the URL); the graph is computed from the timeline
// (timeline-graph.js), with what changed since the previous stop marked. It also draws the growth chart.

import { debounce, el, replaceChildren } from './dom.js';
import { drawGrowth } from './growth-chart.js';
import { graphAsOf, revisionOf } from './timeline-graph.js';

const SHORT = 7;
const DRAW_DELAY_MS = 150;
const number = new Intl.NumberFormat('en');

const day = (date) => String(date || '').slice(0, 10);
const describe = (r) => `${r.commit.slice(0, SHORT)} · ${day(r.date)} · ${(r.message || '').split('\n')[0]}`;

export function createTimeSlider({ root, data, colourOf, onMove, onNow }) {
  const range = root.querySelector('.time-range');
  const commitText = root.querySelector('.time-commit');
  const countsText = root.querySelector('.time-counts');
  const chart = root.querySelector('.growth-chart');
  let timeline = null;
  let shown = null; // the revision number last drawn, and what it was compared with
  let comparedWith = null;

  const revisionAt = (index) => timeline.revisions[Number(index)];

  function label(revision) {
    commitText.textContent = describe(revision);
    commitText.title = revision.commit;
    range.setAttribute('aria-valuetext', `commit ${describe(revision)}`);
  }

  const move = debounce(() => onMove(revisionAt(range.value).commit.slice(0, SHORT)), DRAW_DELAY_MS);
  range.addEventListener('input', () => {
    label(revisionAt(range.value));
    move();
  });
  root.querySelector('.time-now').addEventListener('click', () => onNow());
  root.querySelectorAll('.time-step').forEach((button) => button.addEventListener('click', () => {
    const index = Math.max(0, Math.min(timeline.revisions.length - 1, Number(range.value) + Number(button.dataset.step)));
    range.value = String(index);
    label(revisionAt(index));
    onMove(revisionAt(index).commit.slice(0, SHORT));
  }));

  const loaded = data.timeline ? data.timeline().catch(() => null) : Promise.resolve(null);

  /** Resolves to true when there is a history to move over (the slider is then shown). */
  async function ready() {
    timeline = await loaded;
    const has = !!(timeline?.history && timeline.revisions.length);
    root.hidden = !has;
    document.body.dataset.history = has ? 'yes' : 'no';
    if (!has) return false;
    range.min = '0';
    range.max = String(timeline.revisions.length - 1);
    range.value = range.max;
    label(revisionAt(range.max));
    const growth = await data.growth().catch(() => null);
    drawGrowth(chart, growth, colourOf)
      .then((drawn) => { if (drawn) document.body.dataset.growthMonths = String(growth.months.length); })
      .catch((error) => { chart.textContent = `The growth chart could not be drawn: ${error.message}`; });
    return true;
  }

  return {
    ready,

    /** The revision a commit id (or its prefix) names, or null. */
    revision: (commit) => (timeline ? revisionOf(timeline, commit) : null),

    /**
     * The graph as of `commit` with what changed since the previous stop (the commit before it when none was
     * shown), only `types`; null when the commit is not one of the history's.
     */
    graphAsOf(commit, types) {
      const revision = timeline && revisionOf(timeline, commit);
      if (!revision) return null;
      const index = timeline.revisions.indexOf(revision);
      if (shown !== revision.n) {
        comparedWith = shown ?? (index > 0 ? timeline.revisions[index - 1].n : null);
        shown = revision.n;
      }
      range.value = String(index);
      label(revision);
      const { elements, counts } = graphAsOf(timeline, revision.n, comparedWith, types);
      const since = comparedWith === null ? '' : timeline.revisions.find((r) => r.n === comparedWith);
      replaceChildren(countsText,
        `${number.format(counts.nodes)} nodes, ${number.format(counts.edges)} relations`,
        since ? el('span', { class: 'muted', text: ` · since ${since.commit.slice(0, SHORT)}: ` }) : '',
        since ? el('span', { class: 'added-text', text: `+${counts.addedNodes} nodes, +${counts.addedEdges} relations` }) : '',
        since ? ' ' : '',
        since ? el('span', { class: 'removed-text', text: `−${counts.removedNodes} nodes, −${counts.removedEdges} relations` }) : '');
      Object.assign(document.body.dataset, {
        asOf: revision.commit, asOfNodes: counts.nodes, asOfEdges: counts.edges, addedNodes: counts.addedNodes,
        removedNodes: counts.removedNodes, addedEdges: counts.addedEdges, removedEdges: counts.removedEdges,
        comparedWith: since ? since.commit : '',
      });
      return { elements, counts, revision };
    },

    /** Back to the graph as it is now: the next stop is compared with the last commit. */
    leave() {
      shown = timeline?.revisions.length ? timeline.revisions[timeline.revisions.length - 1].n : null;
      comparedWith = null;
      delete document.body.dataset.asOf;
      replaceChildren(countsText, '');
      if (timeline?.revisions.length) {
        range.value = range.max;
        label(revisionAt(range.max));
      }
    },
  };
}
