// Which data source the explorer reads: the page says it in
// <meta name="genai-kg-data" content="api|static">. `kg serve` ships the page with `api`; `kg publish`
// writes the same page with `static`. Both sources answer the same calls with the same shapes:
//
//   kind                                  'api' | 'static'
//   stats()                               counts by class and relation ({documents, classes, relations, lastBuild});
//                                         the API's also say status ('building' until a graph is served, then
//                                         'ready') and the build's progress ({pagesDone, pagesTotal} or null)
//   search(q, {types, limit, signal})     ranked hits [{iri, id, label, type, match, matchedAlias, score, context}]
//   node(id)                              one node with names, properties, provenance, relations in and out
//   graph({focus, depth, types, relations, limit})   Cytoscape.js elements; without focus, the whole graph at
//                                         the server's positions
//   nodeHistory(id)                       when the node first appeared ({history, firstCommit, firstDate, stays:
//                                         [{firstCommit, firstDate, removedCommit, removedDate, ...}]}; history false
//                                         without one: kg history never ran, or kg publish had no --repo)
//   timeline()                            the history for the time slider ({history, revisions: [{n, commit, date,
//                                         message}], nodes: [{id, label, type, stays: [[first, last|null]], position}],
//                                         edges: [{source, target, relation, stays}]}; history false without one)
//   growth()                              per month: {history, months: [{month, models, papers, concepts, relations}]}
//   historicPage(commit, path)            URL of a page's Markdown as it was at a commit (text/plain), or null
//   path(from, to, relations)             the elements of a shortest path
//   report(limit)                         duplicates and gaps ({checks: [...]})
//   source(path, line, context)           lines of a page ({path, line, from, to, lines: [{number, text}]})
//   sourceLink(path, line)                where a place can be read in full (a URL)
//   downloads.graph(format), .ontology(), .shapes()   URLs of the RDF
//   queries                               {sparql(text), cypher(text)}, or null with queriesUnavailable (why)
//
// Errors are DataError (data-error.js) whichever source answers.

import { createApiSource } from './api-source.js';
import { createStaticSource } from './static-source.js';

export function openDataSource(doc = document) {
  const kind = doc.querySelector('meta[name="genai-kg-data"]')?.content;
  return kind === 'static' ? createStaticSource() : createApiSource();
}
