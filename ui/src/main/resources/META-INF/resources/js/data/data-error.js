// The one error type of every data source: an HTTP status (0 for a network failure) and the
// problem-details body when there is one, so the explorer shows the same message whoever answered.

export class DataError extends Error {
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

/**
 * A file beside a page opened from file:// (where the browser lets the page read it at all: Chromium
 * only when started with --allow-file-access-from-files), with XMLHttpRequest, as fetch refuses that scheme.
 */
function readLocalFile(url) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.onload = () => resolve(new Response(xhr.responseText, { status: 200 }));
    xhr.onerror = () => reject(new DataError(0, { title: 'Cannot read the file', detail: `${url}: this browser does `
      + 'not let a page opened from file:// read the files beside it; serve the folder over HTTP instead.' }, url));
    xhr.send();
  });
}

/** fetch, with a failure of any kind as a DataError carrying the problem details. */
export async function request(url, options = {}) {
  if (new URL(url, document.baseURI).protocol === 'file:') return readLocalFile(url);
  let response;
  try {
    response = await fetch(url, options);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new DataError(0, { title: 'Network error', detail: error.message }, url);
  }
  if (!response.ok) {
    let problem = null;
    const type = response.headers.get('content-type') || '';
    if (type.includes('json')) {
      problem = await response.json().catch(() => null);
    } else {
      problem = { title: response.statusText || `HTTP ${response.status}` };
    }
    throw new DataError(response.status, problem, url);
  }
  return response;
}

export async function json(url, options) {
  return (await request(url, options)).json();
}
