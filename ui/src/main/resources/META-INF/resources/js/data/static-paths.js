// Where `kg publish` puts each file of the static data, relative to the page. The Java side
// (org.genaikg.api.publish.StaticPaths) writes by the same rules; a browser test holds them equal.

export const DATA = 'data/';

/** The RDF dumps by format name (as /api/export?format= names them), gzip-compressed. */
export const DUMPS = {
  turtle: 'rdf/genai-kg.ttl.gz',
  ntriples: 'rdf/genai-kg.nt.gz',
  nquads: 'rdf/genai-kg.nq.gz',
  trig: 'rdf/genai-kg.trig.gz',
  jsonld: 'rdf/genai-kg.jsonld.gz',
  rdfxml: 'rdf/genai-kg.rdf.gz',
};

export const ONTOLOGY = 'rdf/genai-kg-ontology.ttl';
export const SHAPES = 'rdf/genai-kg-shapes.ttl';

/** A segment longer than this is cut and made unique by a hash (file names stay far below 255 bytes). */
const LONGEST_SEGMENT = 120;
const KEPT_PREFIX = 100;

function hex(byte) {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/** FNV-1a, 32 bits, over the UTF-16 code units: a short, stable suffix for cut segments. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * One segment of an id as a file name that any static host serves as it is: letters, digits, `.`
 * and `-` kept, every other UTF-8 byte as `_XX` (so `_` itself is `_5F`), a leading `.` too.
 */
export function fileSegment(segment) {
  let out = '';
  const bytes = new TextEncoder().encode(segment);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const kept = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)
      || b === 0x2d || (b === 0x2e && i > 0);
    out += kept ? String.fromCharCode(b) : `_${hex(b)}`;
  }
  if (out === '') return '_';
  return out.length > LONGEST_SEGMENT ? `${out.slice(0, KEPT_PREFIX)}-${fnv1a(out)}` : out;
}

/** `model/llama-2` → `nodes/model/llama-2.json`; the id's slashes are folders. */
export function nodeFile(id) {
  return `nodes/${id.split('/').map(fileSegment).join('/')}.json`;
}

/** `model/llama-2` → `history/nodes/model/llama-2.json`: when the node appeared and its stays (`kg publish --repo`). */
export function nodeHistoryFile(id) {
  return `history/${nodeFile(id)}`;
}

/** The history files of a site published with `kg publish --repo`. */
export const REVISIONS = 'history/revisions.json';
export const GROWTH = 'history/growth.json';
/** The history's timeline, as /api/history/timeline answers it. */
export const TIMELINE = 'history/timeline.json';

/** The copy of a page of the knowledge base, by its path relative to the pages' root. */
export function pageFile(path) {
  return `pages/${path.split('/').map(fileSegment).join('/')}`;
}
