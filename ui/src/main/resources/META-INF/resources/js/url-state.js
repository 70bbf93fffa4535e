// The URL keeps the state that makes a view (focus, depth, filters, layout, selection), so a view can
// be shared and a reload restores it. `renderer` is read once and kept as it was given.

import { CLASSES, DEFAULT_TYPES, LAYOUTS, RELATIONS } from './state.js';

const list = (value, allowed) => (value ? value.split(',').filter((v) => allowed.includes(v)) : null);

/** The state given by the page's URL (only known values are taken). */
export function readUrl(href = location.href) {
  const params = new URL(href).searchParams;
  const depth = Number.parseInt(params.get('depth') || '1', 10);
  const layout = params.get('layout');
  return {
    focus: params.get('focus') || null,
    depth: depth >= 1 && depth <= 4 ? depth : 1,
    types: list(params.get('types'), CLASSES) || [...DEFAULT_TYPES],
    relations: list(params.get('relations'), RELATIONS) || [],
    conceptsOnly: params.get('concepts') === '1',
    layout: layout in LAYOUTS ? layout : 'auto',
    selected: params.get('node') || null,
    asOf: /^[0-9a-fA-F]{4,40}$/.test(params.get('asOf') || '') ? params.get('asOf').toLowerCase() : null,
  };
}

/** The renderer asked for with `?renderer=canvas|webgl`, or 'auto'. */
export function requestedRenderer(href = location.href) {
  const value = new URL(href).searchParams.get('renderer');
  return value === 'canvas' || value === 'webgl' ? value : 'auto';
}

/** Writes the state into the URL: a new history entry when the focus changes, else in place. */
export function writeUrl(state, before) {
  const url = new URL(location.href);
  const params = url.searchParams;
  const set = (key, value, isDefault) => (isDefault ? params.delete(key) : params.set(key, value));
  set('focus', state.focus, !state.focus);
  set('depth', state.depth, state.depth === 1);
  set('types', state.types.join(','), sameSet(state.types, DEFAULT_TYPES));
  set('relations', state.relations.join(','), state.relations.length === 0);
  set('concepts', '1', !state.conceptsOnly);
  set('layout', state.layout, state.layout === 'auto');
  set('node', state.selected, !state.selected);
  set('asOf', state.asOf, !state.asOf);
  // ids keep their slashes and lists their commas, so the URL stays readable
  url.search = [...params].map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2F/g, '/').replace(/%2C/g, ',')}`)
    .join('&');
  if (url.href === location.href) return;
  if (before && (before.focus !== state.focus || before.asOf !== state.asOf)) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function sameSet(a, b) {
  return a.length === b.length && a.every((x) => b.includes(x));
}
