// The graph of a published site in memory, and the three views the API computes on the server
// (org.genaikg.api.explore.RelationGraph), computed the same way here: the whole graph with sections
// folded into their documents, a neighbourhood, a shortest path. Pure logic, no I/O.
//
// graph.json: {relations: [name], nodes: [{id, label, type, position?}], edges: [[source, relation,
// target]] (indexes, in the server's order), overview: [[source, relation, target]] (the whole
// graph's edges with sections folded into documents, partOf left out)}.

const RESOURCE = 'https://w3id.org/genai-kg/resource/';

export const iriOf = (id) => (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(id) ? id : RESOURCE + id);

export class StaticGraph {
  constructor({ relations, nodes, edges, overview }) {
    this.relations = relations;
    this.nodes = nodes.map((n) => ({ ...n, iri: iriOf(n.id) }));
    this.edges = edges;
    this.overviewEdges = overview;
    this.byId = new Map(this.nodes.map((n, i) => [n.id, i]));
    this.incident = this.nodes.map(() => []);
    edges.forEach((edge, k) => {
      this.incident[edge[0]].push(k);
      this.incident[edge[2]].push(k);
    });
  }

  has(id) {
    return this.byId.has(id);
  }

  indexOf(id) {
    return this.byId.get(id);
  }

  degree(i) {
    return this.incident[i].length;
  }

  edgeId([s, r, t]) {
    return `${this.nodes[s].id} ${this.relations[r]} ${this.nodes[t].id}`;
  }

  /** The whole graph: the given classes (all but sections when none), the best connected first. */
  overview(types = [], relations = [], limit = Infinity) {
    const kinds = new Set(types);
    const allowed = new Set(relations);
    const inOverview = (i) => (kinds.size ? kinds.has(this.nodes[i].type) : this.nodes[i].type !== 'Section');
    const edges = this.overviewEdges.filter(([s, r, t]) =>
      (!allowed.size || allowed.has(this.relations[r])) && inOverview(s) && inOverview(t));
    const degrees = new Map();
    for (const [s, , t] of edges) {
      degrees.set(s, (degrees.get(s) || 0) + 1);
      degrees.set(t, (degrees.get(t) || 0) + 1);
    }
    const kept = this.nodes.map((_, i) => i).filter(inOverview)
      .sort((a, b) => (degrees.get(b) || 0) - (degrees.get(a) || 0) || compare(this.nodes[a].iri, this.nodes[b].iri))
      .slice(0, limit);
    const keptSet = new Set(kept);
    return this.elements(kept, edges.filter(([s, , t]) => keptSet.has(s) && keptSet.has(t)),
      (i) => degrees.get(i) || 0, true);
  }

  /** The nodes within `depth` hops of `focus` over the allowed relations, breadth first, at most `limit`. */
  neighbourhood(focus, depth = 1, types = [], relations = [], limit = 500) {
    const kinds = new Set(types);
    const allowed = new Set(relations);
    const start = this.byId.get(focus);
    const kept = new Set([start]);
    let frontier = [start];
    for (let hop = 0; hop < depth && frontier.length && kept.size < limit; hop++) {
      const next = [];
      for (const i of frontier) {
        for (const k of this.allowedEdges(i, allowed)) {
          const other = this.otherEnd(k, i);
          if (kept.size < limit && (!kinds.size || kinds.has(this.nodes[other].type)) && !kept.has(other)) {
            kept.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    const edges = new Map();
    for (const i of kept) {
      for (const k of this.allowedEdges(i, allowed)) {
        const edge = this.edges[k];
        if (kept.has(edge[0]) && kept.has(edge[2]) && !edges.has(this.edgeId(edge))) edges.set(this.edgeId(edge), edge);
      }
    }
    return this.elements([...kept], [...edges.values()], (i) => this.degree(i), false);
  }

  /** A shortest path ignoring direction, as elements (the path's nodes in order); null when none joins them. */
  path(from, to, relations = []) {
    const allowed = new Set(relations);
    const start = this.byId.get(from);
    const end = this.byId.get(to);
    const reachedBy = new Map();
    const seen = new Set([start]);
    const queue = [start];
    for (let head = 0; head < queue.length && !seen.has(end); head++) {
      const i = queue[head];
      for (const k of this.allowedEdges(i, allowed)) {
        const other = this.otherEnd(k, i);
        if (!seen.has(other)) {
          seen.add(other);
          reachedBy.set(other, k);
          queue.push(other);
        }
      }
    }
    if (!seen.has(end)) return null;
    const path = [];
    for (let at = end; at !== start;) {
      const k = reachedBy.get(at);
      path.unshift(k);
      at = this.otherEnd(k, at);
    }
    const nodes = [start];
    let at = start;
    for (const k of path) {
      at = this.otherEnd(k, at);
      if (!nodes.includes(at)) nodes.push(at);
    }
    return this.elements(nodes, path.map((k) => this.edges[k]), (i) => this.degree(i), false);
  }

  allowedEdges(i, allowed) {
    const all = this.incident[i];
    return allowed.size ? all.filter((k) => allowed.has(this.relations[this.edges[k][1]])) : all;
  }

  otherEnd(k, i) {
    const [s, , t] = this.edges[k];
    return s === i ? t : s;
  }

  /** Cytoscape.js elements, as the API gives them. */
  elements(nodeIndexes, edges, degreeOf, withPositions) {
    return {
      elements: {
        nodes: nodeIndexes.map((i) => {
          const { id, iri, label, type, position } = this.nodes[i];
          const node = { data: { id, iri, label, type, degree: degreeOf(i) } };
          if (withPositions && position) node.position = { ...position };
          return node;
        }),
        edges: edges.map((edge) => ({
          data: { id: this.edgeId(edge), source: this.nodes[edge[0]].id, target: this.nodes[edge[2]].id,
            relation: this.relations[edge[1]] },
        })),
      },
    };
  }
}

/** Java's String.compareTo: by UTF-16 code units. */
export function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
