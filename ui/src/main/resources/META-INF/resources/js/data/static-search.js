// Ranked name search over labels and aliases in the browser, for a published site: the ranking of
// the API's search (org.genaikg.api.search.SearchIndex and Names) computed the same way, so a
// published explorer suggests what `kg serve` suggests. A browser test compares the two.

import { compare } from './static-graph.js';

const FUZZY_THRESHOLD = 0.5;
const TRIGRAM_PREFILTER = 0.2;
const FUZZY_CANDIDATES = 1000;

/** Lower-case letters and digits only: case, accents, spaces and punctuation set aside. */
export function normalise(text) {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(text) {
  return text.split(/[^\p{L}\p{N}]+/u).map(normalise).filter((w) => w);
}

function trigrams(normalised) {
  const padded = `  ${normalised} `;
  const grams = new Set();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

function trigramSimilarity(a, b) {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const gram of a) if (b.has(gram)) common++;
  return common / (a.size + b.size - common);
}

/** Levenshtein distance, or bound + 1 once it is known to exceed bound. */
function boundedDistance(a, b, bound) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(current[j - 1] + 1, previous[j] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > bound) return bound + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], bound + 1);
}

function editSimilarity(a, b, floor) {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const maxDistance = Math.floor(longer * (1 - floor));
  if (Math.abs(a.length - b.length) > maxDistance) return 0;
  const distance = boundedDistance(a, b, maxDistance);
  return distance > maxDistance ? 0 : 1 - distance / longer;
}

function lowerBound(sorted, key, wanted) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(key(sorted[mid]), wanted) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function score(name, wanted, wantedTrigrams) {
  const { normalised } = name;
  const closeness = wanted.length / Math.max(normalised.length, 1);
  if (normalised === wanted) return ['exact', 1.0];
  if (normalised.startsWith(wanted)) return ['prefix', 0.8 + 0.1 * closeness];
  if (name.words.some((word) => word.startsWith(wanted))) return ['word', 0.6 + 0.1 * closeness];
  if (wanted.length >= 3 && normalised.includes(wanted)) return ['contains', 0.5 + 0.1 * closeness];
  let similarity = trigramSimilarity(wantedTrigrams, name.trigrams);
  if (similarity >= TRIGRAM_PREFILTER) {
    similarity = Math.max(similarity, editSimilarity(wanted, normalised, FUZZY_THRESHOLD));
    for (const word of name.words) similarity = Math.max(similarity, editSimilarity(wanted, word, FUZZY_THRESHOLD));
  }
  return similarity >= FUZZY_THRESHOLD ? ['fuzzy', 0.4 * similarity] : null;
}

/**
 * The index of `entries` ({id, iri, label, type, aliases, context}), with search(query, {types, limit})
 * answering the hits /api/search answers: {iri, id, label, type, match, matchedAlias, score, context}.
 */
export function createSearchIndex(entries) {
  const names = [];
  entries.forEach((entry, i) => {
    for (const [text, alias] of [[entry.label, false], ...entry.aliases.map((a) => [a, true])]) {
      const normalised = normalise(text);
      names.push({ entry: i, text, normalised, words: words(text), trigrams: trigrams(normalised), alias });
    }
  });
  const byNormalised = names.map((_, i) => i).sort((a, b) => compare(names[a].normalised, names[b].normalised));
  const wordList = names.flatMap((name, i) => name.words.map((word) => [word, i]))
    .sort((a, b) => compare(a[0], b[0]));
  const postings = new Map();
  names.forEach((name, i) => name.trigrams.forEach((gram) => {
    if (!postings.has(gram)) postings.set(gram, []);
    postings.get(gram).push(i);
  }));

  function trigramCandidates(wantedTrigrams) {
    const shared = new Int32Array(names.length);
    let most = 0;
    for (const gram of wantedTrigrams) {
      for (const name of postings.get(gram) || []) most = Math.max(most, ++shared[name]);
    }
    const least = Math.max(1, Math.ceil(wantedTrigrams.size * TRIGRAM_PREFILTER));
    const perCount = new Int32Array(most + 2);
    for (const count of shared) perCount[count]++;
    let cut = most + 1;
    let taken = 0;
    while (cut - 1 >= least && taken + perCount[cut - 1] <= FUZZY_CANDIDATES) taken += perCount[--cut];
    const candidates = [];
    for (let name = 0; name < shared.length && candidates.length < taken; name++) {
      if (shared[name] >= cut) candidates.push(name);
    }
    return candidates;
  }

  function search(query, { types = [], limit = 20 } = {}) {
    const wanted = normalise(query);
    if (!wanted) return [];
    const kinds = new Set(types);
    const wantedTrigrams = trigrams(wanted);
    const best = new Map();
    const consider = (nameIndex) => {
      const name = names[nameIndex];
      const entry = entries[name.entry];
      if (kinds.size && !kinds.has(entry.type)) return;
      const scored = score(name, wanted, wantedTrigrams);
      if (!scored) return;
      const known = best.get(name.entry);
      if (!known || scored[1] > known.score) best.set(name.entry, { entry, name, match: scored[0], score: scored[1] });
    };
    for (let i = lowerBound(byNormalised, (n) => names[n].normalised, wanted);
      i < byNormalised.length && names[byNormalised[i]].normalised.startsWith(wanted); i++) consider(byNormalised[i]);
    for (let i = lowerBound(wordList, (w) => w[0], wanted); i < wordList.length && wordList[i][0].startsWith(wanted); i++) {
      consider(wordList[i][1]);
    }
    trigramCandidates(wantedTrigrams).forEach(consider);
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.entry.label.length - b.entry.label.length
        || compare(a.entry.label, b.entry.label) || compare(a.entry.iri, b.entry.iri))
      .slice(0, limit)
      .map(({ entry, name, match, score: value }) => ({
        iri: entry.iri, id: entry.id, label: entry.label, type: entry.type, match,
        matchedAlias: name.alias ? name.text : null, score: Math.round(value * 1000) / 1000, context: entry.context,
      }));
  }

  return { search };
}
