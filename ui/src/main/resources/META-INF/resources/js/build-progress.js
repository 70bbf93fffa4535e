// While the server builds its first graph (a first `kg serve`), the explorer shows how far the build
// is instead of an empty canvas, and asks again until a graph is served.

import { replaceChildren } from './dom.js';

/** How often the counts are asked for while the server builds. */
const EVERY_MS = 1000;

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/**
 * Resolves with the stats once the source serves a graph: at once when it does already (and always
 * for a source that never builds), else after showing the build's progress in `box` (a
 * `<progress>` and a text) for as long as it says `building`.
 */
export async function whenGraphServed(stats, box) {
  let current = await stats();
  if (current.status !== 'building') return current;
  document.body.dataset.state = 'building';
  box.hidden = false;
  while (current.status === 'building') {
    show(box, current.progress);
    await sleep(EVERY_MS);
    current = await stats().catch(() => current); // a missed answer: keep the last one, ask again
  }
  box.hidden = true;
  document.body.dataset.state = 'loading';
  return current;
}

function show(box, progress) {
  const bar = box.querySelector('progress');
  const text = box.querySelector('.building-text');
  const total = progress?.pagesTotal || 0;
  if (total > 0) {
    bar.max = total;
    bar.value = progress.pagesDone;
    replaceChildren(text, progress.pagesDone >= total
      ? `${total} pages read; writing the graph…`
      : `${progress.pagesDone} of ${total} pages read`);
  } else {
    bar.removeAttribute('value'); // indeterminate until the pages are counted
    replaceChildren(text, 'Reading the pages…');
  }
  box.dataset.done = String(progress?.pagesDone ?? 0);
  box.dataset.total = String(total);
}
