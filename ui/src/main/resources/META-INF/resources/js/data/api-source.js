// The data source of `kg serve`: the graph API, one call per endpoint. Every other module reads the
// graph through a data source (this one or static-source.js), never through fetch.

import { json, request } from './data-error.js';

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** `api/...` relative to the page, so the explorer also works behind a proxy under a sub-path. */
const API = 'api/';

export function createApiSource() {
  return {
    kind: 'api',

    stats: () => json(`${API}stats`),

    search: (q, { types, limit = 12, signal } = {}) => json(`${API}search${query({ q, types, limit })}`, { signal }),

    node: (id) => json(`${API}nodes/${encodeURI(id).replaceAll('#', '%23')}`),

    /** When the node first appeared and its stays; `history` is false when `kg history` never ran on the data folder. */
    nodeHistory: (id) => json(`${API}history/nodes/${encodeURI(id).replaceAll('#', '%23')}`),

    /** The Markdown of a page as it was at a commit of the history (text/plain), from the repository kg history walked. */
    historicPage: (commit, path) => `${API}history/pages/${commit}/${encodeURI(path).replaceAll('#', '%23')}`,

    /** Every commit, node and relation of the history with its stays and place (`history` false without one). */
    timeline: () => json(`${API}history/timeline`),

    /** Models, papers, concepts and relations that first appeared, per month. */
    growth: () => json(`${API}history/growth`),

    /** The whole graph (no focus, nodes at the server's positions) or a neighbourhood, as Cytoscape.js elements. */
    graph: ({ focus, depth, types, relations, limit } = {}) =>
      json(`${API}graph${query({ focus, depth, types, relations, limit })}`),

    /** Duplicates and gaps: checks with their counts and first findings. */
    report: (limit = 50) => json(`${API}report${query({ limit })}`),

    path: (from, to, relations) => json(`${API}path${query({ from, to, relations })}`),

    /** The lines of a page around `line`: {path, line, from, to, lines: [{number, text}]}. */
    source: (path, line, context = 6) => json(`${API}source${query({ path, line, context })}`),

    /** Where a piece of provenance can be read in full. */
    sourceLink: (path, line) => `${API}source${query({ path, line })}`,

    /** The RDF of the whole graph, of the vocabulary and of the shapes, by format name. */
    downloads: {
      graph: (format) => `${API}export${query({ format })}`,
      ontology: () => `${API}ontology`,
      shapes: () => `${API}shapes`,
    },

    /** SPARQL and Cypher consoles: a server answers them. */
    queries: {
      /** SELECT/ASK as SPARQL JSON, CONSTRUCT/DESCRIBE as N-Triples text. */
      async sparql(text) {
        const response = await request('sparql', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/sparql-query',
            Accept: 'application/sparql-results+json, application/n-triples;q=0.9',
          },
          body: text,
        });
        const type = response.headers.get('content-type') || '';
        const truncated = response.headers.get('KG-Results-Truncated');
        return type.includes('json')
          ? { kind: 'results', body: await response.json(), truncated }
          : { kind: 'triples', body: await response.text(), truncated };
      },

      cypher: (text, parameters = {}) =>
        json(`${API}cypher`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ query: text, parameters }),
        }),
    },
  };
}
