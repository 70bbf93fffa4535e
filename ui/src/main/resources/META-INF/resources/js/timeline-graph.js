// The graph as of one commit of the history, from the timeline (/api/history/timeline or a published
// site's history/timeline.json): every node and relation with a stay that covers the commit, and,
// compared with the previous stop, what came (class `added`) and what went (class `removed`, drawn
// where it was; the rest `kept`). Pure logic: no DOM, no data source.

/** True when one of `stays` ([first, last|null], by revision number) covers revision `n`. */
export function presentAt(stays, n) {
  return stays.some(([first, last]) => first <= n && (last === null || n <= last));
}

/** The revision whose commit id starts with `prefix` (case aside), or null when none or several do. */
export function revisionOf(timeline, prefix) {
  const wanted = String(prefix || '').toLowerCase();
  if (!/^[0-9a-f]{4,40}$/.test(wanted)) return null;
  const found = timeline.revisions.filter((r) => r.commit.startsWith(wanted));
  return found.length === 1 ? found[0] : null;
}

/** `added`, `removed`, `kept` (there before and after), '' (nothing compared) or null (not drawn). */
function change(now, before, compared) {
  if (!compared) return now ? '' : null;
  if (now) return before ? 'kept' : 'added';
  return before ? 'removed' : null;
}

/**
 * Cytoscape.js elements of the graph as of revision `n` (nodes at their timeline positions), with what
 * changed since revision `previous` (null: nothing compared) marked, keeping only the node classes in
 * `types` (all when null); and its counts: nodes and edges there at `n`, added and removed.
 */
export function graphAsOf(timeline, n, previous = null, types = null) {
  const compared = previous !== null && previous !== n;
  const keep = types ? new Set(types) : null;
  const counts = { nodes: 0, edges: 0, addedNodes: 0, removedNodes: 0, addedEdges: 0, removedEdges: 0 };
  const drawn = new Map();
  for (const node of timeline.nodes) {
    if (keep && !keep.has(node.type)) continue;
    const status = change(presentAt(node.stays, n), compared && presentAt(node.stays, previous), compared);
    if (status !== null) drawn.set(node.id, { node, status });
  }
  const degree = new Map();
  const edges = [];
  for (const edge of timeline.edges) {
    if (!drawn.has(edge.source) || !drawn.has(edge.target)) continue;
    const status = change(presentAt(edge.stays, n), compared && presentAt(edge.stays, previous), compared);
    if (status === null) continue;
    const id = `${edge.source} ${edge.relation} ${edge.target}`;
    edges.push({ data: { id, source: edge.source, target: edge.target, relation: edge.relation }, classes: status ? [status] : [] });
    if (status !== 'removed') {
      counts.edges += 1;
      degree.set(edge.source, (degree.get(edge.source) || 0) + 1);
      degree.set(edge.target, (degree.get(edge.target) || 0) + 1);
    }
    if (status === 'added') counts.addedEdges += 1;
    if (status === 'removed') counts.removedEdges += 1;
  }
  const nodes = [];
  for (const { node, status } of drawn.values()) {
    nodes.push({
      data: { id: node.id, label: node.label || node.id, type: node.type, degree: degree.get(node.id) || 0 },
      position: node.position && { ...node.position },
      classes: status ? [status] : [],
    });
    if (status !== 'removed') counts.nodes += 1;
    if (status === 'added') counts.addedNodes += 1;
    if (status === 'removed') counts.removedNodes += 1;
  }
  return { elements: { nodes, edges }, counts };
}
