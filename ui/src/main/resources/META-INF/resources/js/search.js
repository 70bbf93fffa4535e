// Search with suggestions as you type (labels and aliases, through the data source's search); picking
// one focuses it.

import { debounce, el, replaceChildren } from './dom.js';

export function createSearch({ data, input, list, onPick, colourOf }) {
  let hits = [];
  let active = -1;
  let controller = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  }

  function render() {
    replaceChildren(list, hits.length
      ? hits.map((hit, i) => el('li', {
        role: 'option', id: `suggestion-${i}`, class: i === active ? 'suggestion active' : 'suggestion',
        'aria-selected': i === active ? 'true' : 'false', dataset: { id: hit.id },
        onmousedown: (event) => { event.preventDefault(); pick(i); },
      },
      el('span', { class: 'swatch', style: `background:${colourOf(hit.type)}` }),
      el('span', { class: 'suggestion-label', text: hit.label }),
      hit.matchedAlias ? el('span', { class: 'suggestion-alias', text: ` (${hit.matchedAlias})` }) : null,
      el('span', { class: 'suggestion-type', text: hit.type }),
      hit.context ? el('div', { class: 'suggestion-context', text: hit.context }) : null))
      : [el('li', { class: 'suggestion empty', text: 'No match' })]);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-activedescendant', active >= 0 ? `suggestion-${active}` : '');
  }

  const suggest = debounce(async () => {
    const q = input.value.trim();
    controller?.abort();
    if (q.length < 1) {
      close();
      return;
    }
    controller = new AbortController();
    try {
      hits = await data.search(q, { limit: 12, signal: controller.signal });
      active = hits.length ? 0 : -1;
      if (input.value.trim() === q) render();
    } catch (error) {
      if (error.name !== 'AbortError' && !String(error.message).includes('abort')) {
        hits = [];
        replaceChildren(list, el('li', { class: 'suggestion error', text: error.describe ? error.describe() : error.message }));
        list.hidden = false;
      }
    }
  }, 120);

  function pick(i) {
    const hit = hits[i];
    if (!hit) return;
    close();
    input.value = hit.label;
    input.blur();
    onPick(hit);
  }

  input.addEventListener('input', suggest);
  input.addEventListener('focus', () => { if (hits.length && input.value.trim()) render(); });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      close();
      input.blur();
    }
  });

  return { focus: () => { input.focus(); input.select(); }, close };
}
