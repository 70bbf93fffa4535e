// The graph view: one Cytoscape.js instance, its layouts, expand/collapse/remove with undo, path
// highlighting and export. It knows nothing of the API; main.js feeds it elements (whose nodes may
// carry the positions the server computed, drawn with the `preset` layout).

// a relative path, not a bare name (the page works under any path): an import map would be an inline script, which the page's Content-Security-Policy refuses
import cytoscape from '../webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { CLASSES } from './state.js';
import { shortLabels } from './short-labels.js';

/** Above this many elements an automatic choice prefers the WebGL renderer, where WebGL2 exists. */
const WEBGL_THRESHOLD = 600;
const UNDO_DEPTH = 40;
/**
 * Below this zoom only well-connected nodes keep their labels and edges are drawn as plain lines
 * without arrows (class `far` in cy-style.json: `haystack` edges need no control points).
 */
const LABEL_ZOOM = 0.8;
/** A small graph is not blown up to fill the screen. */
const MAX_FIT_ZOOM = 1.25;
/** The largest node diameter in cy-style.json (`mapData(degree, 0, 40, 14, 58)`), the margin of a fit from positions. */
const NODE_SIZE = 58;

/** True when the browser gives a WebGL2 context (headless Chromium may not, without GPU). */
export function hasWebgl2() {
  try {
    const canvas = document.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}

/**
 * The renderer to use: `requested` is 'canvas', 'webgl' or 'auto'. WebGL falls back to the canvas
 * renderer when there is no WebGL2, and 'auto' uses WebGL only for large graphs.
 */
export function chooseRenderer(requested, elementCount, webgl2 = hasWebgl2) {
  if (requested === 'canvas') return { name: 'canvas', reason: 'requested' };
  if (!webgl2()) return { name: 'canvas', reason: requested === 'webgl' ? 'no-webgl2' : 'auto-no-webgl2' };
  if (requested === 'webgl') return { name: 'webgl', reason: 'requested' };
  return elementCount >= WEBGL_THRESHOLD
    ? { name: 'webgl', reason: 'auto-large-graph' }
    : { name: 'canvas', reason: 'auto-small-graph' };
}

/**
 * The layout that `name` stands for over `eles`: `auto` is `preset` when every node has a position
 * from the server (in `presets`), else `cose`.
 */
export function resolveLayout(name, eles, presets) {
  if (name !== 'auto') return name;
  return eles.nodes().nonempty() && eles.nodes().every((n) => presets.has(n.id())) ? 'preset' : 'cose';
}

function layoutOptions(name, { focus, count, roots, presets }) {
  const classRank = (node) => CLASSES.length - CLASSES.indexOf(node.data('type'));
  const common = { animate: false, fit: true, padding: count < 300 ? 50 : 30 };
  switch (name) {
    case 'preset':
      return { ...common, name: 'preset', positions: (node) => presets.get(node.id()) };
    case 'concentric':
      return { ...common, name: 'concentric', concentric: (n) => (focus && n.id() === focus ? 1e6 : n.data('degree')),
        levelWidth: () => 4, minNodeSpacing: 12, avoidOverlap: count < 1500 };
    case 'breadthfirst':
      return { ...common, name: 'breadthfirst', directed: false, spacingFactor: 0.9, avoidOverlap: count < 1500,
        roots };
    case 'grid-class':
      return { ...common, name: 'grid', avoidOverlap: true, condense: true,
        sort: (a, b) => classRank(b) - classRank(a) || b.data('degree') - a.data('degree') };
    case 'concentric-class':
      return { ...common, name: 'concentric', concentric: classRank, levelWidth: () => 1, minNodeSpacing: 8,
        avoidOverlap: count < 1500 };
    default:
      return {
        ...common,
        name: 'cose',
        randomize: true,
        nodeDimensionsIncludeLabels: count < 300,
        idealEdgeLength: () => (count > 800 ? 40 : 70),
        nodeRepulsion: () => (count > 800 ? 6000 : 12000),
        edgeElasticity: () => 80,
        gravity: count > 800 ? 1.2 : 0.6,
        componentSpacing: 40,
        numIter: count > 1500 ? 300 : count > 400 ? 600 : 1000,
        coolingFactor: count > 1500 ? 0.9 : 0.97,
      };
  }
}

/**
 * The viewport (zoom, pan) that fits nodes at `positions` of at most `size` into a `width` x `height`
 * view, as `cy.fit` would but from the positions alone: nothing has to be measured or drawn first.
 */
export function fitViewport(positions, { width, height, padding, size, minZoom, maxZoom }) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y } of positions) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  const w = x2 - x1 + size;
  const h = y2 - y1 + size;
  const fitted = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  const zoom = Math.min(maxZoom, Math.max(minZoom, fitted));
  return { zoom, pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 } };
}

export function createGraphView({ container, style, renderer }) {
  const labelled = shortLabels(style);
  const cy = cytoscape({
    container,
    style,
    elements: [],
    minZoom: 0.05,
    maxZoom: 4,
    pixelRatio: 'auto',
    textureOnViewport: false,
    hideEdgesOnViewport: renderer.name === 'canvas',
    renderer: renderer.name === 'webgl' ? { name: 'canvas', webgl: true } : { name: 'canvas' },
  });

  // the panel and the drawer change the container's size; the observer's first call (the size Cytoscape
  // just measured) would only redraw the whole first frame again
  new ResizeObserver(() => {
    if (container.clientWidth !== cy.width() || container.clientHeight !== cy.height()) cy.resize();
  }).observe(container);

  // labels of small nodes would be unreadable specks when zoomed out (the WebGL renderer draws them anyway),
  // and so would arrows
  let far = null;
  function updateLabels() {
    const now = cy.zoom() < LABEL_ZOOM;
    if (now === far) return;
    far = now;
    cy.batch(() => (now ? cy.elements().addClass('far') : cy.elements().removeClass('far')));
  }
  cy.on('zoom', updateLabels);
  cy.on('add', (event) => { if (far && !event.target.hasClass('far')) event.target.addClass('far'); });

  const history = [];
  const expansions = new Map(); // node id -> ids of the nodes its expansion added
  let presets = new Map(); // node id -> the position the server gave it in the view last shown
  let focus = null;
  let layoutName = 'auto';

  function snapshot() {
    history.push({ elements: cy.elements().jsons(), focus, expansions: new Map(expansions), presets });
    if (history.length > UNDO_DEPTH) history.shift();
  }

  function markFocus() {
    cy.nodes('.focus').removeClass('focus');
    if (focus) cy.getElementById(focus).addClass('focus');
  }

  /**
   * Runs a layout over `eles` (all by default); resolves to the name of the layout that ran (`auto`
   * resolved) once it stopped and a frame was drawn.
   */
  function runLayout(name = layoutName, eles = cy.elements(), { placed = false } = {}) {
    layoutName = name;
    const used = resolveLayout(name, eles, presets);
    return new Promise((resolve) => {
      const roots = focus && cy.getElementById(focus).nonempty() ? cy.getElementById(focus) : undefined;
      const options = layoutOptions(used, { focus, count: eles.nodes().length, roots, presets });
      const stopped = () => requestAnimationFrame(() => {
        if (eles.same(cy.elements())) {
          if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom(MAX_FIT_ZOOM);
          const focused = focus ? cy.getElementById(focus) : cy.collection();
          cy.center(focused.nonempty() ? focused : cy.elements());
        }
        requestAnimationFrame(() => resolve(used));
      });
      if (used === 'preset' && placed) {
        // the nodes were just added at these positions (and the viewport set for them): running the
        // layout would only mark every element moved and measure them all for the fit
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(used)));
        return;
      }
      const layout = eles.layout(options);
      layout.one('layoutstop', stopped);
      layout.run();
    });
  }

  return {
    cy,
    renderer,

    /**
     * Replaces the view with `elements` (Cytoscape.js JSON, nodes with or without a `position`) and
     * lays it out; resolves to the name of the layout that ran.
     */
    async show(elements, { focus: focusId = null, layout = layoutName, undoable = true, keepViewport = false } = {}) {
      if (undoable && cy.elements().nonempty()) snapshot();
      focus = focusId;
      expansions.clear();
      presets = new Map(elements.nodes.filter((n) => n.position).map((n) => [n.data.id, n.position]));
      const placed = elements.nodes.length > 0 && presets.size === elements.nodes.length && ['auto', 'preset'].includes(layout);
      if (placed && !keepViewport) {
        // the viewport first, so that each element gets its style for that zoom (`far` or not) once
        const count = elements.nodes.length;
        const viewport = fitViewport(presets.values(), { width: cy.width(), height: cy.height(),
          padding: layoutOptions('preset', { count, presets }).padding, size: NODE_SIZE, minZoom: cy.minZoom(),
          maxZoom: Math.min(cy.maxZoom(), MAX_FIT_ZOOM) });
        cy.viewport(viewport);
      }
      cy.batch(() => {
        cy.elements().remove();
        const classes = far ? ['far'] : [];
        // an element's own classes (the time slider's `added`, `removed`) beside the zoom's
        const own = (x) => (x.classes?.length ? [...classes, ...x.classes] : classes);
        cy.add(elements.nodes.map((n) => ({ group: 'nodes', data: labelled(n.data), position: n.position && { ...n.position },
          classes: own(n) })));
        cy.add(elements.edges.map((e) => ({ group: 'edges', data: e.data, classes: own(e) })));
        markFocus();
      });
      if (placed && focus && cy.getElementById(focus).nonempty()) cy.center(cy.getElementById(focus));
      return runLayout(layout, cy.elements(), { placed });
    },

    /** Adds a node's neighbours around it; resolves to the number of nodes added. */
    async expand(id, elements) {
      const centre = cy.getElementById(id);
      if (centre.empty()) return 0;
      snapshot();
      const added = [];
      cy.batch(() => {
        cy.nodes('.fresh').removeClass('fresh');
        for (const n of elements.nodes) {
          if (cy.getElementById(n.data.id).empty()) {
            cy.add({ group: 'nodes', data: labelled(n.data), position: { ...centre.position() } }).addClass('fresh');
            added.push(n.data.id);
          }
        }
        for (const e of elements.edges) {
          if (cy.getElementById(e.data.id).empty()
              && cy.getElementById(e.data.source).nonempty() && cy.getElementById(e.data.target).nonempty()) {
            cy.add({ group: 'edges', data: e.data });
          }
        }
      });
      const previous = expansions.get(id) || [];
      expansions.set(id, [...previous, ...added]);
      if (added.length) {
        const ring = cy.collection(added.map((a) => cy.getElementById(a)));
        const radius = Math.max(150, added.length * 12);
        const { x, y } = centre.position();
        ring.layout({ name: 'circle', animate: false, fit: false, radius,
          boundingBox: { x1: x - radius, y1: y - radius, w: 2 * radius, h: 2 * radius } }).run();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        cy.animate({ fit: { eles: centre.closedNeighborhood(), padding: 60 } }, { duration: 250 });
      }
      return added.length;
    },

    /** Removes the nodes a node's expansion added (those no other kept node was expanded from). */
    collapse(id) {
      const added = expansions.get(id);
      if (!added?.length) return 0;
      snapshot();
      const removable = cy.collection(added.map((a) => cy.getElementById(a)))
        .filter((n) => n.id() !== focus && !expansions.has(n.id()));
      removable.remove();
      expansions.delete(id);
      return removable.length;
    },

    remove(ids) {
      const nodes = cy.collection(ids.map((id) => cy.getElementById(id))).filter((n) => n.nonempty());
      if (nodes.empty()) return 0;
      snapshot();
      nodes.remove();
      return nodes.length;
    },

    canUndo: () => history.length > 0,

    undo() {
      const previous = history.pop();
      if (!previous) return false;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(previous.elements);
      });
      focus = previous.focus;
      presets = previous.presets;
      expansions.clear();
      previous.expansions.forEach((v, k) => expansions.set(k, v));
      markFocus();
      return true;
    },

    /** Adds what is missing of a path and highlights it, fading the rest. */
    highlightPath(elements) {
      snapshot();
      this.clearHighlight();
      const anchor = cy.nodes().filter((n) => elements.nodes.some((p) => p.data.id === n.id())).first();
      const base = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      cy.batch(() => {
        elements.nodes.forEach((n, i) => {
          if (cy.getElementById(n.data.id).empty()) {
            cy.add({ group: 'nodes', data: labelled(n.data), position: { x: base.x + 80 * (i + 1), y: base.y + 40 * (i % 2) } });
          }
        });
        elements.edges.forEach((e) => {
          if (cy.getElementById(e.data.id).empty()) cy.add({ group: 'edges', data: e.data });
        });
        const path = cy.collection([...elements.nodes, ...elements.edges].map((x) => cy.getElementById(x.data.id)));
        cy.elements().not(path).addClass('faded');
        path.addClass('path');
      });
      cy.fit(cy.elements('.path'), 80);
      if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom(MAX_FIT_ZOOM);
      cy.center(cy.elements('.path'));
      return cy.elements('.path');
    },

    clearHighlight() {
      cy.elements().removeClass('faded path');
    },

    layout: (name) => runLayout(name),

    fit: () => cy.animate({ fit: { eles: cy.elements(), padding: 30 } }, { duration: 200 }),

    zoomBy(factor) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },

    /** Centres and selects a node already in view; false when it is not drawn. */
    reveal(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return false;
      cy.elements(':selected').unselect();
      node.select();
      cy.animate({ center: { eles: node } }, { duration: 200 });
      return true;
    },

    has: (id) => cy.getElementById(id).nonempty(),

    focus: () => focus,

    counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length }),

    /** Node counts by class, as drawn. */
    countsByType() {
      const counts = {};
      cy.nodes().forEach((n) => { counts[n.data('type')] = (counts[n.data('type')] || 0) + 1; });
      return counts;
    },

    png: () => cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }),

    /** The current view as Cytoscape.js JSON (elements with positions), for saving and reloading. */
    json: () => ({
      // classes kept: the time slider's `added` and `removed` (not the zoom's `far`, nor a highlight's)
      elements: cy.elements().jsons().map(({ group, data: { shortLabel, ...data }, position, classes }) => {
        const kept = String(classes || '').split(' ').filter((c) => c === 'added' || c === 'removed');
        return kept.length ? { group, data, position, classes: kept } : { group, data, position };
      }),
    }),
  };
}
