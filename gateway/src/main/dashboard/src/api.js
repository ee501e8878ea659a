// Reads the gateway's public API. Every call revalidates (ETag / 304), so a refresh after a live
// change costs little when nothing on the page changed.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-cache' });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

/** Every item of a cursor-paged list, following nextCursor (at most `maxPages` pages). */
export async function getAll(path, maxPages = 20) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < maxPages; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const url = `${path}${separator}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const body = await getJson(url);
    items.push(...(body.items || []));
    cursor = body.nextCursor;
    if (!cursor || !body.items || body.items.length === 0) {
      break;
    }
  }
  return items;
}
