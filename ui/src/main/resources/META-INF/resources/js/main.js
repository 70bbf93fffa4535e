// Wiring: opens the page's data source (the graph API or a published site's files), loads the style,
// the counts and the first view in parallel, then connects the state to the graph view, the panel,
// search, filters, the query drawer and the URL.

import { whenGraphServed } from './build-progress.js';
import { json as readJson } from './data/data-error.js';
import { openDataSource } from './data/data-source.js';
import { download, el, replaceChildren } from './dom.js';
import { classLook, createFilters } from './filters.js';
import { chooseRenderer, createGraphView } from './graph-view.js';
import { createPanel } from './panel.js';
import { createQueryDrawer } from './query-drawer.js';
import { createSearch } from './search.js';
import { createState, effectiveTypes, LAYOUTS, overviewTypes } from './state.js';
import { createTimeSlider } from './time-slider.js';
import { readUrl, requestedRenderer, writeUrl } from './url-state.js';

/** The whole graph is asked for in full: the API caps it at its row cap (kg.query-row-cap). */
const WHOLE_GRAPH_LIMIT = 10000;

const $ = (selector) => document.querySelector(selector);
const body = document.body;

function toast(message) {
  const box = $('#toast');
  box.textContent = message;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 6000);
}

function describe(error) {
  return error?.describe ? error.describe() : String(error?.message || error);
}

const NOTHING = { elements: { nodes: [], edges: [] } };

const data = openDataSource();

/** The colour of each class, once the style is read; the time slider's growth chart uses it. */
let looks = {};
const colourOf = (type) => looks[type]?.colour || '#9aa5b1';

let store = null;
const slider = createTimeSlider({
  root: $('#timeline'),
  data,
  colourOf,
  onMove: (commit) => store.update({ asOf: commit, focus: null }),
  onNow: () => store.update({ asOf: null }),
});
const historyReady = slider.ready();

/** The whole graph as of a commit of the history (the time slider), when the state names one and no focus. */
async function elementsAsOf(state) {
  if (!state.asOf || state.focus || !(await historyReady)) return null;
  const asOf = slider.graphAsOf(state.asOf, overviewTypes(state));
  if (!asOf) throw new Error(`No commit of the history starts with ${state.asOf}.`);
  return { elements: asOf.elements, asOf };
}

async function fetchElements(state) {
  const past = await elementsAsOf(state);
  if (past) return past;
  const relations = state.relations;
  if (state.focus) {
    return data.graph({ focus: state.focus, depth: state.depth, types: effectiveTypes(state), relations });
  }
  const types = overviewTypes(state);
  return types.length ? data.graph({ types, relations, limit: WHOLE_GRAPH_LIMIT }) : Promise.resolve(NOTHING);
}

/** The first view's elements; a commit the history does not hold is said, and the graph as it is now shown instead. */
async function firstElements() {
  try {
    return await fetchElements(store.get());
  } catch (error) {
    if (!store.get().asOf) return { error };
    toast(describe(error));
    const before = store.get();
    store.update({ asOf: null }, { silent: true });
    writeUrl(store.get(), before);
    return fetchElements(store.get()).catch((again) => ({ error: again }));
  }
}

async function start() {
  store = createState(readUrl());
  // the graph is asked for only once one is served: a first kg serve would answer an empty one
  const stats = await whenGraphServed(data.stats, $('#building'));
  const [style, first] = await Promise.all([
    readJson('cy-style.json'),
    firstElements(),
  ]);
  body.dataset.source = data.kind;
  looks = classLook(style);

  const initial = first.error ? { nodes: [], edges: [] } : first.elements;
  const renderer = chooseRenderer(requestedRenderer(), initial.nodes.length + initial.edges.length);
  body.dataset.renderer = renderer.name;
  body.dataset.rendererReason = renderer.reason;
  const view = createGraphView({ container: $('#cy'), style, renderer });
  const filters = createFilters({ root: $('#filters'), store, looks });
  filters.setStats(stats);

  function updateStatus() {
    const { nodes, edges } = view.counts();
    const state = store.get();
    const expected = overviewTypes(state).reduce((sum, t) => sum + (stats.classes[t] || 0), 0);
    body.dataset.nodes = String(nodes);
    body.dataset.edges = String(edges);
    body.dataset.focus = view.focus() || '';
    const asOf = body.dataset.view === 'history' ? slider.revision(state.asOf) : null;
    const scope = body.dataset.view === 'query' ? 'from the query'
      : asOf ? `as of commit ${asOf.commit.slice(0, 7)} (${asOf.date.slice(0, 10)})`
        : view.focus() ? `around ${view.focus()}` : `of ${expected} in the graph (sections folded into documents)`;
    // as of a commit, what it removed is drawn too, but is not counted as there
    const counted = asOf ? `${body.dataset.asOfNodes} nodes, ${body.dataset.asOfEdges} edges` : `${nodes} nodes, ${edges} edges`;
    const gone = asOf && Number(body.dataset.removedNodes) ? ` · ${body.dataset.removedNodes} removed nodes drawn where they were` : '';
    replaceChildren($('#status'), `${counted} ${scope}${gone} · ${renderer.name} renderer`);
    filters.setDrawn(view.countsByType());
    $('#undo').disabled = !view.canUndo();
  }

  async function showView(elements, focus, { undoable = true, kind = 'graph', keepViewport = false } = {}) {
    body.dataset.state = 'loading';
    body.dataset.view = kind;
    $('#loading').hidden = false;
    if (kind !== 'history') slider.leave();
    const started = performance.now();
    body.dataset.layout = await view.show(elements, { focus, layout: store.get().layout, undoable, keepViewport });
    $('#loading').hidden = true;
    body.dataset.layoutMs = String(Math.round(performance.now() - started));
    updateStatus();
    body.dataset.views = String(Number(body.dataset.views || 0) + 1);
    body.dataset.state = 'ready';
  }

  async function reload({ undoable = true, keepViewport = false } = {}) {
    const state = store.get();
    try {
      const result = await fetchElements(state);
      await showView(result.elements, state.focus, { undoable, kind: result.asOf ? 'history' : 'graph',
        keepViewport: keepViewport && !!result.asOf });
    } catch (error) {
      toast(describe(error));
      body.dataset.state = 'ready';
      $('#loading').hidden = true;
    }
  }

  // ---- panel, path, actions
  const panel = createPanel({
    root: $('#panel'),
    data,
    colourOf,
    onNavigate: (id) => navigate(id),
    onAction: (name, id) => act(name, id),
  });
  $('#panel').addEventListener('panel-closed', () => {
    view.cy.elements(':selected').unselect();
    if (store.get().selected) store.update({ selected: null });
  });

  async function navigate(id) {
    if (!view.has(id)) {
      const centre = store.get().selected;
      try {
        const around = await data.graph({ focus: id, depth: 1 });
        const node = around.elements.nodes.find((n) => n.data.id === id);
        if (centre && view.has(centre)) await view.expand(centre, { nodes: [node], edges: around.elements.edges });
        else await showView(around.elements, id);
      } catch (error) {
        toast(describe(error));
        return;
      }
      updateStatus();
    }
    view.reveal(id);
    store.update({ selected: id });
  }

  async function expand(id) {
    const state = store.get();
    try {
      const around = await data.graph({ focus: id, depth: 1, types: effectiveTypes(state), relations: state.relations });
      const added = await view.expand(id, around.elements);
      updateStatus();
      if (!added) toast('All of its neighbours are already drawn.');
    } catch (error) {
      toast(describe(error));
    }
  }

  function labelOf(id) {
    const node = view.cy.getElementById(id);
    return node.nonempty() ? node.data('label') : id;
  }

  function renderPathBar() {
    const { pathFrom, pathTo } = store.get();
    const bar = $('#path-bar');
    bar.hidden = !pathFrom && !pathTo;
    bar.querySelector('.path-text').textContent =
      `Path: ${pathFrom ? labelOf(pathFrom) : '(choose a start)'} → ${pathTo ? labelOf(pathTo) : '(choose an end: "Path to")'}`;
  }

  async function findPath() {
    const { pathFrom, pathTo, relations } = store.get();
    if (!pathFrom || !pathTo) return;
    try {
      const path = await data.path(pathFrom, pathTo, relations);
      const drawn = view.highlightPath(path.elements);
      body.dataset.path = path.elements.nodes.map((n) => n.data.id).join(' > ');
      renderPathBar();
      updateStatus();
      toast(`Shortest path: ${drawn.nodes().length - 1} hops.`);
    } catch (error) {
      body.dataset.path = '';
      toast(describe(error));
    }
  }

  async function act(name, id) {
    switch (name) {
      case 'focus':
        store.update({ focus: id, selected: id });
        break;
      case 'expand':
        await expand(id);
        break;
      case 'collapse':
        toast(`${view.collapse(id)} nodes collapsed.`);
        updateStatus();
        break;
      case 'remove':
        view.remove([id]);
        panel.close();
        updateStatus();
        break;
      case 'path-from':
        store.update({ pathFrom: id });
        renderPathBar();
        await findPath();
        break;
      case 'path-to':
        store.update({ pathTo: id });
        renderPathBar();
        await findPath();
        break;
      default:
    }
  }

  $('#path-clear').addEventListener('click', () => {
    store.update({ pathFrom: null, pathTo: null });
    view.clearHighlight();
    body.dataset.path = '';
    renderPathBar();
  });

  // ---- graph events
  view.cy.on('tap', 'node', (event) => store.update({ selected: event.target.id() }));
  view.cy.on('tap', 'edge', (event) => {
    const edge = event.target;
    const end = (node) => ({ id: node.id(), label: node.data('label'), type: node.data('type') });
    panel.showEdge({ ...edge.data(), sourceNode: end(edge.source()), targetNode: end(edge.target()) });
  });
  view.cy.on('dbltap', 'node', (event) => expand(event.target.id()));
  view.cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
  view.cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
  view.cy.on('tap', (event) => {
    if (event.target === view.cy) view.cy.elements(':selected').unselect();
  });

  // ---- search, toolbar, drawer
  const search = createSearch({
    data,
    input: $('#search'),
    list: $('#suggestions'),
    colourOf,
    onPick: (hit) => store.update({ focus: hit.id, selected: hit.id }),
  });

  const layoutSelect = $('#layout');
  replaceChildren(layoutSelect, Object.entries(LAYOUTS).map(([value, text]) => el('option', { value, text })));
  layoutSelect.value = store.get().layout;
  layoutSelect.addEventListener('change', () => store.update({ layout: layoutSelect.value }));

  $('#whole-graph').addEventListener('click', () => store.update({ focus: null, selected: null }));
  $('#fit').addEventListener('click', () => view.fit());
  $('#zoom-in').addEventListener('click', () => view.zoomBy(1.3));
  $('#zoom-out').addEventListener('click', () => view.zoomBy(1 / 1.3));
  $('#undo').addEventListener('click', () => undo());
  document.querySelectorAll('#export-menu [data-download]').forEach((link) => {
    const kind = link.dataset.download;
    link.href = kind === 'graph' ? data.downloads.graph(link.dataset.format) : data.downloads[kind]();
  });
  $('#export-png').addEventListener('click', () => {
    download(view.png(), 'genai-kg-view.png');
    $('#export-menu').open = false;
  });
  $('#export-json').addEventListener('click', () => {
    download(new Blob([JSON.stringify(view.json(), null, 2)], { type: 'application/json' }), 'genai-kg-view.json');
    $('#export-menu').open = false;
  });

  const drawer = createQueryDrawer({
    root: $('#drawer'),
    queries: data.queries,
    unavailable: data.queriesUnavailable,
    onDraw: async (elements) => {
      const before = store.get();
      store.update({ focus: null, selected: null }, { silent: true });
      writeUrl(store.get(), before);
      await showView(elements, null, { kind: 'query' });
    },
  });
  $('#query-toggle').addEventListener('click', () => drawer.toggle());
  $('#report-toggle').addEventListener('click', () =>
    (panel.isOpen() && panel.shown()?.kind === 'report' ? panel.close() : panel.showReport()));

  function undo() {
    if (view.undo()) {
      updateStatus();
      toast('Undone.');
    }
  }

  document.addEventListener('keydown', (event) => {
    const typing = event.target.closest('input, textarea, select');
    if (event.key === 'Escape') {
      if (drawer.isOpen() && event.target.closest('#drawer')) drawer.close();
      else if (panel.isOpen()) panel.close();
      else if (drawer.isOpen()) drawer.close();
      else view.clearHighlight();
      return;
    }
    if (typing) return;
    if (event.key === '/') {
      event.preventDefault();
      search.focus();
    } else if (event.key === 'f') {
      view.fit();
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && view.cy.nodes(':selected').nonempty()) {
      view.remove(view.cy.nodes(':selected').map((n) => n.id()));
      panel.close();
      updateStatus();
    } else if (event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      undo();
    }
  });

  // ---- state changes
  store.subscribe((state, before) => {
    writeUrl(state, before);
    const viewChanged = state.focus !== before.focus || state.depth !== before.depth || state.asOf !== before.asOf
      || state.types !== before.types || state.relations !== before.relations || state.conceptsOnly !== before.conceptsOnly;
    if (viewChanged) {
      filters.render();
      // moving along the history keeps the viewport: nodes keep their places from one commit to the next
      const alongHistory = !!(state.asOf && before.asOf && !state.focus && !before.focus);
      reload({ undoable: !alongHistory, keepViewport: alongHistory }).then(() => { if (state.selected) view.reveal(state.selected); });
    } else if (state.layout !== before.layout) {
      view.layout(state.layout).then((used) => {
        body.dataset.layout = used;
        updateStatus();
      });
    }
    if (state.selected && state.selected !== before.selected) {
      view.reveal(state.selected);
      panel.showNode(state.selected);
    }
  });
  window.addEventListener('popstate', () => {
    const fromUrl = readUrl();
    layoutSelect.value = fromUrl.layout;
    store.update(fromUrl);
  });

  // ---- first view
  if (first.error) toast(describe(first.error));
  await showView(initial, store.get().focus, { undoable: false, kind: first.asOf ? 'history' : 'graph' });
  body.dataset.readyMs = String(Math.round(performance.now()));
  const { selected } = store.get();
  if (selected) {
    view.reveal(selected);
    panel.showNode(selected);
  }
}

start().catch((error) => {
  body.dataset.state = 'error';
  toast(`The explorer could not start: ${describe(error)}`);
  throw error;
});
