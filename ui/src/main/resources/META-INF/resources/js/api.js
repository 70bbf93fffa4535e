// The graph API client: one function per endpoint, errors as ApiError with the problem detail.

/** An error answer of the API, carrying its problem-details body when there is one. */
export class ApiError extends Error {
  constructor(status, problem, url) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.url = url;
  }

  /** One line for people: "Not Found (404): No node model/x." */
  describe() {
    const title = this.problem?.title || (this.status ? `HTTP ${this.status}` : 'Network error');
    const detail = this.problem?.detail && this.problem.detail !== title ? `: ${this.problem.detail}` : '';
    return `${title}${this.status ? ` (${this.status})` : ''}${detail}`;
  }
}

async function request(url, options = {}) {
  let response;
  try {
    response = await fetch(url, options);
  } catch (error) {
    throw new ApiError(0, { title: 'Network error', detail: error.message }, url);
  }
  if (!response.ok) {
    let problem = null;
    const type = response.headers.get('content-type') || '';
    if (type.includes('json')) {
      problem = await response.json().catch(() => null);
    } else {
      problem = { title: response.statusText || `HTTP ${response.status}` };
    }
    throw new ApiError(response.status, problem, url);
  }
  return response;
}

async function json(url, options) {
  return (await request(url, options)).json();
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  stats: () => json('/api/stats'),

  search: (q, { types, limit = 12, signal } = {}) => json(`/api/search${query({ q, types, limit })}`, { signal }),

  node: (id) => json(`/api/nodes/${encodeURI(id).replaceAll('#', '%23')}`),

  /** The whole graph (no focus) or a neighbourhood, as Cytoscape.js elements. */
  graph: ({ focus, depth, types, relations, limit } = {}) =>
    json(`/api/graph${query({ focus, depth, types, relations, limit })}`),

  /** Duplicates and gaps: checks with their counts and first findings. */
  report: (limit = 50) => json(`/api/report${query({ limit })}`),

  path: (from, to, relations) => json(`/api/path${query({ from, to, relations })}`),

  source: (path, line, context = 6) => json(`/api/source${query({ path, line, context })}`),

  sourceUrl: (path, line) => `/api/source${query({ path, line })}`,

  exportUrl: (format) => `/api/export${query({ format })}`,

  /** A SPARQL query: SELECT/ASK as SPARQL JSON, CONSTRUCT/DESCRIBE as N-Triples text. */
  async sparql(text) {
    const response = await request('/sparql', {
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
    json('/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: text, parameters }),
    }),
};
