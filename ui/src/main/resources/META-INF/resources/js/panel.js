// The side panel: a node's label, class, names, properties, links, provenance and relations, or an
// edge's relation and the sentences behind it. Built from DOM nodes with textContent only.

import { el, replaceChildren, safeHref } from './dom.js';

const PREFIX_LINKS = {
  'gkg:arxivId': (id) => `https://arxiv.org/abs/${id}`,
};

export function createPanel({ root, data, onAction, onNavigate, colourOf }) {
  const body = root.querySelector('.panel-body');
  let shown = null; // { kind: 'node'|'edge', id }

  root.querySelector('.panel-close').addEventListener('click', () => close());

  function open() {
    root.hidden = false;
    document.body.classList.add('panel-open');
  }

  function close() {
    root.hidden = true;
    shown = null;
    document.body.classList.remove('panel-open');
    root.dispatchEvent(new CustomEvent('panel-closed', { bubbles: true }));
  }

  function badge(type) {
    return el('span', { class: 'badge', dataset: { type } },
      el('span', { class: 'swatch', style: `background:${colourOf(type)}` }), type);
  }

  function nodeLink(link) {
    return el('button', { type: 'button', class: 'link-button', title: link.id, onclick: () => onNavigate(link.id) },
      el('span', { class: 'swatch', style: `background:${colourOf(link.type)}` }), link.label || link.id);
  }

  function section(title, ...content) {
    return el('section', { class: 'panel-section' }, el('h3', { text: title }), ...content);
  }

  function evidenceItem(evidence) {
    const where = evidence.line ? `${evidence.path}:${evidence.line}` : evidence.path;
    const excerpt = el('div', { class: 'source-excerpt', hidden: true });
    const show = el('button', { type: 'button', class: 'link-button source-link', title: 'Show the source lines',
      onclick: () => toggleSource(evidence, excerpt) }, where);
    return el('li', { class: 'evidence' },
      el('div', { class: 'evidence-where' }, show, ' ',
        el('a', { href: data.sourceLink(evidence.path, evidence.line || 1), target: '_blank', rel: 'noopener',
          class: 'raw-link', text: 'raw' })),
      evidence.text ? el('blockquote', { text: evidence.text }) : null,
      evidence.rule ? el('div', { class: 'muted small', text: `rule: ${evidence.rule}` }) : null,
      excerpt);
  }

  async function toggleSource(evidence, target) {
    if (!target.hidden) {
      target.hidden = true;
      return;
    }
    target.hidden = false;
    replaceChildren(target, el('span', { class: 'muted', text: 'Loading…' }));
    try {
      const source = await data.source(evidence.path, evidence.line || 1);
      replaceChildren(target, el('pre', {}, source.lines.map((line) =>
        el('code', { class: line.number === source.line ? 'line current' : 'line', dataset: { n: line.number } },
          `${String(line.number).padStart(4)}  ${line.text}\n`))));
    } catch (error) {
      replaceChildren(target, el('span', { class: 'error', text: error.describe ? error.describe() : error.message }));
    }
  }

  function propertyValue(key, value) {
    const href = PREFIX_LINKS[key] ? PREFIX_LINKS[key](value) : /^https?:\/\//.test(value) ? safeHref(value) : null;
    return href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', text: value }) : el('span', { text: value });
  }

  function relations(title, groups, arrow) {
    const names = Object.keys(groups || {}).sort();
    if (!names.length) return null;
    return section(title, ...names.map((name) => el('details', { class: 'relation-group', open: groups[name].length <= 12 },
      el('summary', {}, `${arrow === 'out' ? '' : '← '}${name}${arrow === 'out' ? ' →' : ''} `,
        el('span', { class: 'count', text: groups[name].length })),
      el('ul', { class: 'links' }, groups[name].map((link) => el('li', {}, nodeLink(link)))))));
  }

  function actions(id) {
    const button = (name, text, title) =>
      el('button', { type: 'button', class: 'action', dataset: { action: name }, title, onclick: () => onAction(name, id) }, text);
    return el('div', { class: 'panel-actions' },
      button('focus', 'Focus', 'Show this node and its neighbours'),
      button('expand', 'Expand', 'Add its neighbours to the view (double-click)'),
      button('collapse', 'Collapse', 'Remove the neighbours its expansion added'),
      button('remove', 'Remove', 'Remove from the view (Delete)'),
      button('path-from', 'Path from', 'Start of a shortest path'),
      button('path-to', 'Path to', 'End of a shortest path'));
  }

  async function showNode(id) {
    shown = { kind: 'node', id };
    open();
    replaceChildren(body, el('p', { class: 'muted', text: 'Loading…' }));
    let node;
    try {
      node = await data.node(id);
    } catch (error) {
      if (shown?.id === id) replaceChildren(body, el('p', { class: 'error', text: error.describe() }));
      return;
    }
    if (shown?.id !== id) return;
    const properties = Object.entries(node.properties || {}).filter(([key]) => key !== 'rdfs:label');
    const historySlot = el('div', { class: 'history-slot' });
    replaceChildren(body,
      el('header', { class: 'panel-head' }, badge(node.type), el('h2', { class: 'node-label', text: node.label }),
        el('div', { class: 'muted small node-id', text: node.id })),
      actions(node.id),
      historySlot,
      node.aliases?.length ? section('Also called', el('ul', { class: 'aliases' },
        node.aliases.map((alias) => el('li', { text: alias })))) : null,
      properties.length ? section('Properties', el('dl', { class: 'properties' }, properties.flatMap(([key, values]) =>
        [el('dt', { text: key }), ...values.map((value) => el('dd', {}, propertyValue(key, value)))]))) : null,
      node.provenance?.length ? section(`Found in (${node.provenance.length})`,
        el('ul', { class: 'provenance' }, node.provenance.slice(0, 30).map(evidenceItem))) : null,
      relations('Relations out', node.outgoing, 'out'),
      relations('Relations in', node.incoming, 'in'));
    showHistory(node.id, historySlot);
  }

  /** Links to the pages the node came from, as they were in that commit (when the data source can read them). */
  function pagesThen(commit, pages) {
    if (!data.historicPage || !pages?.length) return null;
    return el('p', { class: 'node-history-pages' }, 'Its page then: ', pages.slice(0, 5).flatMap((page, i) => [
      i ? ', ' : '',
      el('a', { class: 'historic-page', href: data.historicPage(commit, page), target: '_blank', rel: 'noopener', text: page,
        title: `${page} as it was in commit ${commit.slice(0, 7)}` }),
    ]));
  }

  /** "Appeared in commit C on D" and the node's stays, when the data source has a history; nothing else changes without one. */
  async function showHistory(id, slot) {
    if (!data.nodeHistory) return;
    let history;
    try {
      history = await data.nodeHistory(id);
    } catch (error) {
      // 404: the history never saw this node (it is newer than the last kg history); that says nothing worth showing
      if (shown?.id === id && error.status !== 404) replaceChildren(slot, el('p', { class: 'error', text: error.describe() }));
      return;
    }
    if (shown?.id !== id || !history.history || !history.stays?.length) return;
    const commit = (full) => (full || '').slice(0, 7);
    const day = (date) => (date || '').slice(0, 10);
    const stay = (s) => el('li', { class: 'stay', text: s.removedCommit
      ? `${commit(s.firstCommit)} (${day(s.firstDate)}) until ${commit(s.removedCommit)} (${day(s.removedDate)})`
      : `${commit(s.firstCommit)} (${day(s.firstDate)}) until now` });
    replaceChildren(slot, section('History',
      el('p', { class: 'node-history', title: history.firstCommit,
        text: `Appeared in commit ${commit(history.firstCommit)} on ${day(history.firstDate)}` }),
      pagesThen(history.firstCommit, history.stays[0].pages),
      history.stays.length > 1 || history.stays[0].removedCommit ? el('ul', { class: 'stays' }, history.stays.map(stay)) : null));
  }

  async function showEdge(edge) {
    shown = { kind: 'edge', id: edge.id };
    open();
    const head = el('header', { class: 'panel-head' },
      el('span', { class: 'badge', text: 'relation' }), el('h2', { class: 'edge-relation', text: edge.relation }),
      el('div', { class: 'edge-ends' }, nodeLink(edge.sourceNode), el('span', { text: ` ${edge.relation} → ` }),
        nodeLink(edge.targetNode)));
    const evidence = el('div', { class: 'edge-evidence' }, el('p', { class: 'muted', text: 'Loading…' }));
    replaceChildren(body, head, section('Why', evidence));
    try {
      const source = await data.node(edge.source);
      const link = (source.outgoing?.[edge.relation] || []).find((l) => l.id === edge.target);
      const found = link?.provenance || [];
      replaceChildren(evidence, found.length
        ? el('ul', { class: 'provenance' }, found.map(evidenceItem))
        : el('p', { class: 'muted', text: 'No sentence is recorded for this edge here: in the overview, the '
          + 'edges of sections are drawn from their document. Focus the document to see its sections.' }));
    } catch (error) {
      replaceChildren(evidence, el('p', { class: 'error', text: error.describe ? error.describe() : error.message }));
    }
  }

  function finding(item) {
    return el('li', { class: 'finding' },
      el('div', { class: 'finding-nodes' }, item.nodes.map((node) => nodeLink(node))),
      item.detail ? el('div', { class: 'muted small', text: item.detail }) : null);
  }

  async function showReport() {
    shown = { kind: 'report', id: 'report' };
    open();
    replaceChildren(body, el('p', { class: 'muted', text: 'Loading…' }));
    let report;
    try {
      report = await data.report();
    } catch (error) {
      if (shown?.kind === 'report') replaceChildren(body, el('p', { class: 'error', text: error.describe() }));
      return;
    }
    if (shown?.kind !== 'report') return;
    replaceChildren(body,
      el('header', { class: 'panel-head' }, el('span', { class: 'badge', text: 'report' }),
        el('h2', { class: 'report-title', text: 'Duplicates and gaps' }),
        el('div', { class: 'muted small', text: 'What the knowledge base may want tidied. Click a name to focus it.' })),
      ...report.checks.map((check) => el('details', { class: 'report-check', dataset: { check: check.name },
        open: check.count > 0 && check.count <= 10 },
      el('summary', {}, `${check.title} `, el('span', { class: 'count', text: check.count })),
      el('p', { class: 'muted small', text: check.description }),
      check.count > check.findings.length
        ? el('p', { class: 'muted small', text: `The first ${check.findings.length} of ${check.count}.` }) : null,
      el('ul', { class: 'findings' }, check.findings.map(finding)))));
  }

  return {
    showNode,
    showEdge,
    showReport,
    close,
    isOpen: () => !root.hidden,
    shown: () => shown,
  };
}
