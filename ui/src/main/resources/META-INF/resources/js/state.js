// The explorer's state: what is asked of the API (focus, filters) and what the person chose.
// One store, changed only through `update`, observed through `subscribe`.

/** The classes of the graph model, in legend order. */
export const CLASSES = ['Document', 'Section', 'Paper', 'Article', 'Repository', 'Model', 'Modality', 'Concept'];

/** The relations of the graph model. */
export const RELATIONS = ['partOf', 'mentions', 'linksTo', 'describedIn', 'hasCode', 'buildsOn', 'hasModality',
  'componentOf', 'kindOf'];

/** Shown by default: every class (the whole-graph view folds sections into their documents). */
export const DEFAULT_TYPES = [...CLASSES];

/** The "concepts only" view hides the parts of the knowledge base itself. */
export const CONCEPT_TYPES = CLASSES.filter((c) => c !== 'Document' && c !== 'Section');

/**
 * `auto` draws a response whose nodes all carry a server-computed `position` (the whole graph) with
 * Cytoscape's `preset` layout, and anything else with `cose`; the others run on demand.
 */
export const LAYOUTS = {
  auto: 'Automatic (precomputed, else force)',
  cose: 'Force (cose)',
  concentric: 'Concentric by degree',
  breadthfirst: 'Breadth-first',
  'grid-class': 'Grid grouped by class',
  'concentric-class': 'Rings grouped by class',
};

export function createState(initial) {
  let state = {
    focus: null, // short id of the focused node, null for the whole graph
    depth: 1,
    types: [...DEFAULT_TYPES], // classes shown
    relations: [], // relations shown; empty = all
    conceptsOnly: false,
    layout: 'auto',
    selected: null, // short id of the node shown in the panel
    pathFrom: null,
    pathTo: null,
    asOf: null, // a commit of the history (id or prefix): the whole graph as of it, null for now
    ...initial,
  };
  const listeners = new Set();
  return {
    get: () => state,
    /** Changes the state; `silent` changes skip the listeners (the view already shows them). */
    update(changes, { silent = false } = {}) {
      const before = state;
      state = { ...state, ...changes };
      if (!silent) listeners.forEach((listener) => listener(state, before));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The classes the API is asked for: the chosen ones, less documents and sections in "concepts only". */
export function effectiveTypes(state) {
  return state.conceptsOnly ? state.types.filter((t) => CONCEPT_TYPES.includes(t)) : state.types;
}

/** The classes drawn in the whole-graph view, where sections are folded into their documents. */
export function overviewTypes(state) {
  return effectiveTypes(state).filter((t) => t !== 'Section');
}
