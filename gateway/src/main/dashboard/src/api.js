// Reads the gateway's public API. Every call revalidates (ETag / 304), so a refresh after a live
// change costs little when nothing on the page changed. Calls name the operation by its path as the
// contract writes it; the build checks each call's parameters and each use of an answer against the
// types generated from the published OpenAPI document (openapi-typescript; tsconfig.json).

/** @typedef {import('ecoreform-api').paths} Paths */

/**
 * The parameters of a GET of path P, as the contract declares them.
 * @template {keyof Paths} P
 * @typedef {Paths[P]['get'] extends { parameters: infer Q } ? Q : never} ParamsOf
 */

/**
 * The JSON a GET of path P answers with 200, as the contract types it.
 * @template {keyof Paths} P
 * @typedef {Paths[P]['get'] extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never} JsonOf
 */

/**
 * The items of a cursor-paged list at path P.
 * @template {keyof Paths} P
 * @typedef {JsonOf<P> extends { items?: (infer I)[] } ? I : never} ItemOf
 */

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-cache' });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

/**
 * The address of an operation: the path's {names} filled in, the query appended (a list as repeated
 * parameters, as the contract's form style says).
 * @param {string} template
 * @param {{ path?: object, query?: object }} params
 */
export function address(template, params) {
  const path = template.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(String(params.path?.[name])));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params.query ?? {})) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null) {
        query.append(name, String(one));
      }
    }
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * GETs one operation of the contract, e.g. `apiGet('/api/v1/views/provinces/{code}', { path: { code } })`.
 * @template {keyof Paths} P
 * @param {P} template
 * @param {ParamsOf<P>} [params]
 * @returns {Promise<JsonOf<P>>}
 */
export function apiGet(template, params) {
  return getJson(address(template, /** @type {object} */ (params ?? {})));
}

/**
 * Every item of a cursor-paged list, following nextCursor (at most `maxPages` pages of 500).
 * @template {keyof Paths} P
 * @param {P} template
 * @param {ParamsOf<P>} [params]
 * @returns {Promise<ItemOf<P>[]>}
 */
export async function apiGetAll(template, params, maxPages = 20) {
  /** @type {{ path?: object, query?: Record<string, unknown> }} */
  const base = /** @type {object} */ (params ?? {});
  const items = [];
  let cursor = null;
  for (let page = 0; page < maxPages; page++) {
    const query = { ...base.query, limit: 500, ...(cursor ? { cursor } : {}) };
    const body = await getJson(address(template, { ...base, query }));
    items.push(...(body.items || []));
    cursor = body.nextCursor;
    if (!cursor || !body.items || body.items.length === 0) {
      break;
    }
  }
  return items;
}
