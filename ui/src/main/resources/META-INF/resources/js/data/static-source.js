// The data source of a site written by `kg publish`: the same answers as the graph API, read from
// prebuilt files under data/ beside the page (static-paths.js) and computed in the browser where the
// API computes them (static-graph.js, static-search.js). It never asks a server for more than files.

import { DataError, request } from './data-error.js';
import { DATA, DUMPS, GROWTH, nodeFile, nodeHistoryFile, ONTOLOGY, pageFile, SHAPES, TIMELINE } from './static-paths.js';
import { StaticGraph } from './static-graph.js';
import { createSearchIndex } from './static-search.js';

const notFound = (title, detail) => new DataError(404, { title, detail });

/** What /api/history/timeline answers on a data folder without a history. */
const NO_TIMELINE = { history: false, revisions: [], nodes: [], edges: [] };

/** Lines of a page around `line`, as /api/source gives them (SourceFiles.excerpt). */
export function excerpt(path, text, line, context) {
  const all = text.split(/\r?\n/);
  if (all.length && all[all.length - 1] === '') all.pop();
  const wanted = Math.max(1, Math.min(line, all.length));
  const around = Math.max(0, Math.min(context, 50));
  const from = Math.max(1, wanted - around);
  const to = Math.min(all.length, wanted + around);
  const lines = [];
  for (let number = from; number <= to; number++) lines.push({ number, text: all[number - 1] });
  return { path, line: wanted, from, to, lines };
}

/** A `--source-url` template filled for one place: `{path}`, `{page}` (no .md), `{line}`; else URL + path + #Lline. */
export function fillSourceUrl(template, path, line) {
  if (!/\{(path|page|line)\}/.test(template)) return `${template}${path}#L${line}`;
  const page = path.replace(/\.md$/i, '').replace(/(^|\/)index$/, '$1');
  return template.replaceAll('{path}', path).replaceAll('{page}', page).replaceAll('{line}', String(line));
}

export function createStaticSource(base = DATA) {
  const files = new Map();
  function load(name, parse = (r) => r.json()) {
    if (!files.has(name)) {
      files.set(name, request(base + name).then(parse).catch((error) => {
        files.delete(name);
        throw error;
      }));
    }
    return files.get(name);
  }
  let site = null;
  const siteFile = () => load('site.json').then((value) => { site = value; return value; });
  let graph = null;
  const graphFile = () => (graph ??= load('graph.json').then((data) => new StaticGraph(data)));
  let index = null;
  const searchIndex = () => (index ??= Promise.all([graphFile(), load('search.json')]).then(([g, extra]) =>
    createSearchIndex(g.nodes.map((n, i) => ({ ...n, aliases: extra.entries[i][0], context: extra.entries[i][1] })))));

  async function existing(id) {
    const g = await graphFile();
    if (!g.has(id)) throw notFound('Node not found', `No node with id ${id}.`);
    return g;
  }

  return {
    kind: 'static',

    stats: () => siteFile().then((s) => s.stats),

    async search(q, { types, limit = 12, signal } = {}) {
      const found = (await searchIndex()).search(q, { types, limit });
      if (signal?.aborted) throw new DOMException('The search was replaced', 'AbortError');
      return found;
    },

    node: (id) => load(nodeFile(id)).catch((error) => {
      throw error.status === 404 ? notFound('Node not found', `No node with id ${id}.`) : error;
    }),

    async graph({ focus, depth = 1, types = [], relations = [], limit } = {}) {
      if (!focus) return (await graphFile()).overview(types, relations, limit ?? 500);
      return (await existing(focus)).neighbourhood(focus, depth, types, relations, limit ?? 500);
    },

    async report(limit = 50) {
      const report = await load('report.json');
      return { ...report, checks: report.checks.map((c) => ({ ...c, findings: c.findings.slice(0, limit) })) };
    },

    async path(from, to, relations = []) {
      const g = await existing(from);
      await existing(to);
      const path = g.path(from, to, relations);
      if (!path) throw notFound('No path found', `No path joins ${from} and ${to} over the allowed relations.`);
      return path;
    },

    source: (path, line, context = 6) =>
      load(pageFile(path), (r) => r.text()).then((text) => excerpt(path, text, line, context)),

    /** The page on the knowledge base's site or repository (`kg publish --source-url`), else its copy here. */
    sourceLink: (path, line) => (site?.sourceUrl ? fillSourceUrl(site.sourceUrl, path, line) : base + pageFile(path)),

    downloads: {
      graph: (format) => base + DUMPS[format],
      ontology: () => base + ONTOLOGY,
      shapes: () => base + SHAPES,
    },

    /**
     * The history's timeline when `kg publish --repo` wrote one (site.json says `"history": true`); else none
     * (`history` false), without asking for a file that is not there.
     */
    timeline: () => siteFile().then((s) => (s.history ? load(TIMELINE) : NO_TIMELINE)),

    /** Growth per month as /api/history/growth answered it when `kg publish --repo` wrote the site; else none. */
    growth: () => siteFile().then((s) => (s.history ? load(GROWTH) : { history: false, months: [] })),

    /**
     * When the node appeared, as /api/history/nodes/{id} answers: a site published with --repo holds one file per
     * node its history saw; any other answers `history: false`, as the API does on a data folder without one.
     */
    async nodeHistory(id) {
      const s = await siteFile();
      if (!s.history) return { history: false, id, firstCommit: null, firstDate: null, stays: [] };
      return load(nodeHistoryFile(id)).catch((error) => {
        throw error.status === 404 ? notFound('Node not found', `The history never saw a node with id ${id}.`) : error;
      });
    },

    /** The pages as they were at a commit are not in a published copy. */
    historicPage: null,

    /** No server answers queries here: the drawer says so instead of showing consoles. */
    queries: null,
    queriesUnavailable: 'This is a published copy of the graph: static files, with no server to answer SPARQL or '
      + 'Cypher. Download the graph from the Export menu and query it with any SPARQL engine (Apache Jena: '
      + 'sparql --data genai-kg.ttl --query query.rq), or run kg serve on the knowledge base for both consoles.',
  };
}
