// The legend (class colours and shapes, counts, one checkbox per class), the "concepts only" switch,
// the relation filter and the neighbourhood depth. Colours and shapes come from cy-style.json.

import { el, replaceChildren } from './dom.js';
import { CLASSES, CONCEPT_TYPES, RELATIONS } from './state.js';

const SHAPES = {
  ellipse: 'circle(50% at 50% 50%)',
  diamond: 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  hexagon: 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)',
  star: 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)',
  'round-triangle': 'polygon(50% 0, 100% 100%, 0 100%)',
  'round-tag': 'polygon(0 0, 70% 0, 100% 50%, 70% 100%, 0 100%)',
  'round-rectangle': 'inset(0 round 25%)',
  rectangle: 'inset(0)',
};

/** Colour and shape of each class, read from the Cytoscape.js style. */
export function classLook(style) {
  const looks = {};
  for (const type of CLASSES) {
    const rule = style.find((r) => r.selector === `node[type = "${type}"]`);
    looks[type] = { colour: rule?.style['background-color'] || '#9aa5b1', shape: rule?.style.shape || 'ellipse' };
  }
  return looks;
}

export function createFilters({ root, store, looks }) {
  const legend = root.querySelector('.legend');
  const relationList = root.querySelector('.relations');
  const conceptsOnly = root.querySelector('#concepts-only');
  const depth = root.querySelector('#depth');
  let stats = null;
  let drawn = {};

  function classRow(type) {
    const state = store.get();
    const hiddenBySwitch = state.conceptsOnly && !CONCEPT_TYPES.includes(type);
    const look = looks[type];
    const total = stats?.classes?.[type];
    const shown = drawn[type] || 0;
    return el('li', { class: hiddenBySwitch ? 'legend-item disabled' : 'legend-item', dataset: { type } },
      el('label', {},
        el('input', { type: 'checkbox', value: type, checked: state.types.includes(type), disabled: hiddenBySwitch,
          onchange: (event) => toggleType(type, event.target.checked) }),
        el('span', { class: 'shape', style: `background:${look.colour};clip-path:${SHAPES[look.shape] || SHAPES.ellipse}` }),
        el('span', { class: 'legend-name', text: type }),
        el('span', { class: 'legend-count', title: 'drawn / in the graph',
          text: total === undefined ? '' : `${shown}/${total}` })));
  }

  function toggleType(type, on) {
    const types = store.get().types.filter((t) => t !== type);
    if (on) types.push(type);
    store.update({ types: CLASSES.filter((t) => types.includes(t)) });
  }

  function toggleRelation(relation, on) {
    const current = store.get().relations.length ? store.get().relations : [...RELATIONS];
    const relations = current.filter((r) => r !== relation);
    if (on) relations.push(relation);
    store.update({ relations: relations.length === RELATIONS.length ? [] : RELATIONS.filter((r) => relations.includes(r)) });
  }

  function render() {
    const state = store.get();
    replaceChildren(legend, CLASSES.map(classRow));
    replaceChildren(relationList, RELATIONS.map((relation) => el('li', {},
      el('label', {}, el('input', { type: 'checkbox', value: relation,
        checked: !state.relations.length || state.relations.includes(relation),
        onchange: (event) => toggleRelation(relation, event.target.checked) }),
      el('span', { text: relation }),
      el('span', { class: 'legend-count', text: stats?.relations?.[relation] ?? '' })))));
    conceptsOnly.checked = state.conceptsOnly;
    depth.value = String(state.depth);
  }

  conceptsOnly.addEventListener('change', () => store.update({ conceptsOnly: conceptsOnly.checked }));
  depth.addEventListener('change', () => store.update({ depth: Number(depth.value) }));

  return {
    render,
    setStats(value) {
      stats = value;
      render();
    },
    setDrawn(counts) {
      drawn = counts;
      render();
    },
  };
}
