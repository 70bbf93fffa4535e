// Query results as Cytoscape.js elements: N-Triples (CONSTRUCT, DESCRIBE) and SPARQL JSON rows (SELECT).

const RESOURCE = 'https://w3id.org/genai-kg/resource/';
const GKG = 'https://w3id.org/genai-kg/ontology#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const LABELS = ['http://www.w3.org/2000/01/rdf-schema#label', 'http://purl.org/dc/terms/title'];
const KINDS = { doc: 'Document', section: 'Section', paper: 'Paper', article: 'Article', repo: 'Repository',
  model: 'Model', modality: 'Modality', concept: 'Concept' };

/** `model/llama-2` for an instance IRI, the IRI itself otherwise. */
export function shortId(iri) {
  return iri.startsWith(RESOURCE) ? iri.slice(RESOURCE.length) : iri;
}

const PREFIXES = {
  'https://w3id.org/genai-kg/ontology#': 'gkg:',
  'http://www.w3.org/2000/01/rdf-schema#': 'rdfs:',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf:',
  'http://www.w3.org/2004/02/skos/core#': 'skos:',
  'http://purl.org/dc/terms/': 'dcterms:',
  'https://schema.org/': 'schema:',
  'http://www.w3.org/ns/prov#': 'prov:',
};

/** `model/llama-2` for an instance IRI, `gkg:buildsOn` for a known vocabulary, the IRI otherwise. */
export function displayName(iri) {
  for (const [namespace, prefix] of Object.entries(PREFIXES)) {
    if (iri.startsWith(namespace)) return prefix + iri.slice(namespace.length);
  }
  return shortId(iri);
}

export function localName(iri) {
  return iri.replace(/^.*[#/]/, '');
}

function kindOf(iri) {
  return KINDS[shortId(iri).split('/')[0]] || 'Other';
}

function defaultLabel(iri) {
  const id = shortId(iri);
  return id === iri ? localName(iri) || iri : id.slice(id.indexOf('/') + 1);
}

const TERM = /^(<[^>]*>|_:\S+)\s+<([^>]*)>\s+(.*?)\s*\.\s*$/;

function parseTerm(text) {
  if (text.startsWith('<')) return { type: 'uri', value: text.slice(1, -1) };
  if (text.startsWith('_:')) return { type: 'bnode', value: text };
  const match = /^"((?:[^"\\]|\\.)*)"/.exec(text);
  if (!match) return { type: 'literal', value: text };
  let value;
  try {
    const escaped = match[1].replace(/\\U([0-9A-Fa-f]{8})/g, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)));
    value = JSON.parse(`"${escaped}"`);
  } catch {
    value = match[1];
  }
  return { type: 'literal', value };
}

/** The triples of an N-Triples text: [{s, p, o}] with s and o as {type, value}. */
export function parseNTriples(text) {
  const triples = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const match = TERM.exec(trimmed);
    if (match) triples.push({ s: parseTerm(match[1]), p: match[2], o: parseTerm(match[3]) });
  }
  return triples;
}

class ElementsBuilder {
  constructor() {
    this.nodes = new Map();
    this.edges = new Map();
  }

  node(iri) {
    let node = this.nodes.get(iri);
    if (!node) {
      node = { id: shortId(iri), iri, label: defaultLabel(iri), type: kindOf(iri), degree: 0 };
      this.nodes.set(iri, node);
    }
    return node;
  }

  edge(source, relation, target) {
    const id = `${shortId(source)} ${relation} ${shortId(target)}`;
    if (this.edges.has(id)) return;
    this.node(source).degree++;
    this.node(target).degree++;
    this.edges.set(id, { id, source: shortId(source), target: shortId(target), relation });
  }

  build() {
    return {
      nodes: [...this.nodes.values()].map((data) => ({ data })),
      edges: [...this.edges.values()].map((data) => ({ data })),
    };
  }
}

/** CONSTRUCT/DESCRIBE triples as elements: IRIs to IRIs are edges; type and label set the node's. */
export function triplesToElements(triples) {
  const builder = new ElementsBuilder();
  for (const { s, p, o } of triples) {
    if (s.type !== 'uri') continue;
    const node = builder.node(s.value);
    if (p === RDF_TYPE && o.type === 'uri') {
      if (o.value.startsWith(GKG)) node.type = localName(o.value);
    } else if (LABELS.includes(p) && o.type === 'literal') {
      node.label = o.value;
    } else if (o.type === 'uri') {
      builder.edge(s.value, localName(p), o.value);
    }
  }
  return builder.build();
}

/**
 * SELECT rows as elements: the instance IRIs in a row are nodes (labels from `?xLabel` or `?label`,
 * classes from `?xType`); a row with a property IRI between two of them is an edge of that property,
 * a row with exactly two of them an edge named "row".
 */
export function rowsToElements(vars, rows) {
  const builder = new ElementsBuilder();
  for (const row of rows) {
    const resources = vars.filter((v) => row[v]?.type === 'uri' && row[v].value.startsWith(RESOURCE));
    for (const v of resources) {
      const node = builder.node(row[v].value);
      const label = row[`${v}Label`] || (resources.length === 1 ? row.label : undefined);
      if (label?.type === 'literal') node.label = label.value;
      const type = row[`${v}Type`] || (resources.length === 1 ? row.type : undefined);
      if (type?.type === 'uri' && type.value.startsWith(GKG)) node.type = localName(type.value);
    }
    const property = vars.find((v) => row[v]?.type === 'uri' && row[v].value.startsWith(GKG) && !v.endsWith('Type') && v !== 'type');
    if (resources.length === 2) {
      builder.edge(row[resources[0]].value, property ? localName(row[property].value) : 'row', row[resources[1]].value);
    }
  }
  return builder.build();
}
