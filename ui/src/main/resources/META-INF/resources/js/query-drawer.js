// The query drawer: SPARQL and Cypher consoles with examples, answered by the data source's `queries`
// (the API's /sparql and /api/cypher). Results show as a table and, when they hold nodes and edges, are
// drawn as a graph in the main view. A source without queries (a published site) gets the reason instead.

import { el, replaceChildren } from './dom.js';
import { displayName, parseNTriples, rowsToElements, triplesToElements } from './rdf-elements.js';

const PREFIXES = `PREFIX gkg: <https://w3id.org/genai-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
`;

export const EXAMPLES = {
  sparql: [
    { name: 'What models build on (graph)', text: `${PREFIXES}
CONSTRUCT {
  ?model gkg:buildsOn ?base .
  ?model a ?modelType ; rdfs:label ?modelLabel .
  ?base a ?baseType ; rdfs:label ?baseLabel .
}
WHERE {
  ?model gkg:buildsOn ?base .
  ?model a ?modelType ; rdfs:label ?modelLabel .
  ?base a ?baseType ; rdfs:label ?baseLabel .
}` },
    { name: 'Models and their modalities (rows, drawn)', text: `${PREFIXES}
SELECT ?model ?modelLabel ?p ?modality ?modalityLabel
WHERE {
  ?model a gkg:Model ; rdfs:label ?modelLabel ; gkg:hasModality ?modality .
  ?modality rdfs:label ?modalityLabel .
  BIND(gkg:hasModality AS ?p)
}
LIMIT 200` },
    { name: 'Nodes by class (table)', text: `${PREFIXES}
SELECT ?class (COUNT(?node) AS ?count)
WHERE { ?node a ?class . FILTER(STRSTARTS(STR(?class), STR(gkg:))) }
GROUP BY ?class
ORDER BY DESC(?count)` },
    { name: 'Papers with arXiv ids', text: `${PREFIXES}
SELECT ?paper ?label ?arxivId
WHERE { ?paper a gkg:Paper ; rdfs:label ?label ; gkg:arxivId ?arxivId . }
ORDER BY ?arxivId
LIMIT 100` },
    { name: 'The sentence behind each buildsOn', text: `${PREFIXES}
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?from ?to ?path ?line ?text
WHERE {
  ?statement a rdf:Statement ; rdf:subject ?from ; rdf:predicate gkg:buildsOn ; rdf:object ?to ;
             gkg:evidence ?evidence .
  ?evidence gkg:sourcePath ?path ; gkg:sourceLine ?line ; gkg:sourceText ?text .
}
LIMIT 100` },
  ],
  cypher: [
    { name: 'What models build on', text: 'MATCH (m:Model)-[r:BUILDS_ON]->(b)\nRETURN m, r, b\nLIMIT 100' },
    { name: 'Kinds of attention', text: "MATCH (c:Concept)-[r:KIND_OF]->(a:Concept {label: 'Attention'})\nRETURN c, r, a" },
    { name: 'Models by number of mentions', text: 'MATCH (s:Section)-[:MENTIONS]->(m:Model)\nRETURN m.label AS model, count(s) AS mentions\nORDER BY mentions DESC\nLIMIT 25' },
  ],
};

/** "12 rows", or, when the server's row cap cut the answer, says that there were more. */
const rowCount = (count, truncated) =>
  (truncated ? `${count} rows: the server's row cap cut the rest; narrow the query (LIMIT, FILTER) to see them` : `${count} rows`);

const termText = (term) => (term ? (term.type === 'uri' ? displayName(term.value) : term.value) : '');

function table(columns, rows, cell) {
  return el('div', { class: 'table-wrap' }, el('table', { class: 'results' },
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { text: c })))),
    el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((c) => el('td', { text: cell(row, c) })))))));
}

export function createQueryDrawer({ root, queries, unavailable, onDraw }) {
  const tabs = root.querySelectorAll('[role=tab]');
  const textarea = root.querySelector('.query-text');
  const examples = root.querySelector('.query-examples');
  const runButton = root.querySelector('.query-run');
  const output = root.querySelector('.query-output');
  const status = root.querySelector('.query-status');
  let language = 'sparql';
  const texts = { sparql: EXAMPLES.sparql[0].text, cypher: EXAMPLES.cypher[0].text };

  function selectLanguage(name, { keepText = true } = {}) {
    if (keepText) texts[language] = textarea.value;
    language = name;
    tabs.forEach((tab) => tab.setAttribute('aria-selected', String(tab.dataset.language === name)));
    root.dataset.language = name;
    textarea.value = texts[name];
    replaceChildren(examples, el('option', { value: '', text: 'Examples…' }),
      EXAMPLES[name].map((example, i) => el('option', { value: String(i), text: example.name })));
  }

  function setStatus(text, kind = 'info') {
    status.textContent = text;
    status.dataset.kind = kind;
  }

  function showError(error) {
    const problem = error.problem || {};
    const missing = language === 'cypher' && error.status === 404;
    replaceChildren(output, el('div', { class: 'problem', role: 'alert' },
      el('strong', { text: missing ? 'Cypher is not available on this server yet' : (problem.title || 'Query failed') }),
      el('div', { text: missing ? `POST /api/cypher answered ${error.status} (${problem.title || 'Not Found'}). `
        + 'Use the SPARQL console meanwhile.' : error.describe() }),
      problem.type && problem.type !== 'about:blank' ? el('div', { class: 'muted small', text: problem.type }) : null));
    setStatus(`${error.status || 'network'} error`, 'error');
  }

  async function draw(elements, what) {
    if (!elements.nodes.length) return;
    await onDraw(elements);
    setStatus(`${what}; drawn: ${elements.nodes.length} nodes, ${elements.edges.length} edges`, 'ok');
  }

  async function runSparql(text) {
    const result = await queries.sparql(text);
    if (result.kind === 'triples') {
      const triples = parseNTriples(result.body);
      replaceChildren(output, table(['subject', 'predicate', 'object'], triples.slice(0, 1000),
        (t, c) => (c === 'subject' ? termText(t.s) : c === 'predicate' ? displayName(t.p) : termText(t.o))));
      setStatus(`${triples.length} triples`, 'ok');
      await draw(triplesToElements(triples), `${triples.length} triples`);
    } else if ('boolean' in result.body) {
      replaceChildren(output, el('p', { class: 'ask', text: `ASK: ${result.body.boolean}` }));
      setStatus('ASK answered', 'ok');
    } else {
      const vars = result.body.head.vars;
      const rows = result.body.results.bindings;
      replaceChildren(output, table(vars, rows, (row, v) => termText(row[v])));
      setStatus(rowCount(rows.length, result.truncated), result.truncated ? 'warn' : 'ok');
      await draw(rowsToElements(vars, rows), rowCount(rows.length, result.truncated));
    }
  }

  async function runCypher(text) {
    const result = await queries.cypher(text);
    const rows = result.rows || [];
    const columns = result.columns || (rows[0] && !Array.isArray(rows[0]) ? Object.keys(rows[0]) : []);
    const cell = (row, c) => {
      const value = Array.isArray(row) ? row[columns.indexOf(c)] : row[c];
      return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value ?? '');
    };
    replaceChildren(output, table(columns, rows, cell));
    setStatus(rowCount(rows.length, result.truncated), result.truncated ? 'warn' : 'ok');
    if (result.elements?.nodes?.length) await draw(result.elements, rowCount(rows.length, result.truncated));
  }

  async function run() {
    const text = textarea.value.trim();
    if (!text) return;
    runButton.disabled = true;
    setStatus('Running…');
    replaceChildren(output);
    try {
      await (language === 'sparql' ? runSparql(text) : runCypher(text));
    } catch (error) {
      if (error.describe) showError(error);
      else throw error;
    } finally {
      runButton.disabled = false;
    }
  }

  function open() {
    root.hidden = false;
    document.body.classList.add('drawer-open');
    if (queries) textarea.focus();
  }

  function close() {
    root.hidden = true;
    document.body.classList.remove('drawer-open');
  }

  const drawer = { open, close, toggle: () => (root.hidden ? open() : close()), isOpen: () => !root.hidden, run };
  if (!queries) {
    root.dataset.unavailable = 'true';
    root.querySelectorAll('[role=tablist], .query-examples, .query-run, .query-status')
      .forEach((part) => { part.hidden = true; });
    replaceChildren(root.querySelector('.drawer-body'), el('div', { class: 'query-unavailable', role: 'note' },
      el('strong', { text: 'No SPARQL or Cypher console here' }), el('p', { text: unavailable })));
    root.querySelector('.drawer-close').addEventListener('click', () => close());
    return drawer;
  }

  tabs.forEach((tab) => tab.addEventListener('click', () => selectLanguage(tab.dataset.language)));
  examples.addEventListener('change', () => {
    const example = EXAMPLES[language][Number(examples.value)];
    if (example) textarea.value = example.text;
    examples.value = '';
  });
  runButton.addEventListener('click', run);
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  root.querySelector('.drawer-close').addEventListener('click', () => close());

  selectLanguage('sparql', { keepText: false });
  return drawer;
}
