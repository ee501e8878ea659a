// The workspace's calls that need the person signed in: through the gateway's relay
// (/workspace/api/v1/… → /api/v1/…), which adds the session's token; the browser never holds one.
// Paths are the contract's own, so the build checks them against the published document.
import { address, ApiError } from '../api.js';

/** @typedef {import('ecoreform-api').paths} Paths */

/** The session is gone (expired, or signed out elsewhere): the page keeps the person's text and offers to sign in. */
export class SessionEnded extends Error {
  constructor() {
    super('session ended');
  }
}

/**
 * @typedef {{ subject: string, roles: string[], province: string | null, signedInUntil: string | null }} Session
 */

/** Who is signed in. @returns {Promise<Session>} */
export async function currentSession() {
  const response = await fetch('/workspace/api/session', {
    headers: { Accept: 'application/json', 'X-Requested-With': 'JavaScript' },
    cache: 'no-store',
  });
  if (response.status === 401 || response.status === 499) {
    throw new SessionEnded();
  }
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => null));
  }
  return response.json();
}

/**
 * Reads a resource of the contract with its entity tag, for a write that must name the version it
 * changes (If-Match). Public reads need no session.
 * @template {keyof Paths} P
 * @param {P} template
 * @param {import('../api.js').ParamsOf<P>} params
 * @returns {Promise<{ body: import('../api.js').JsonOf<P>, etag: string | null }>}
 */
export async function readTagged(template, params) {
  const response = await fetch(address(template, /** @type {object} */ (params)), {
    headers: { Accept: 'application/json' },
    cache: 'no-store',
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return { body, etag: response.headers.get('ETag') };
}

/**
 * Sends a write of the contract through the relay; answers the JSON the operation returns and the
 * new entity tag.
 * @template {keyof Paths} P
 * @param {'POST' | 'PUT' | 'PATCH' | 'DELETE'} method
 * @param {P} template
 * @param {{ path?: object, query?: object }} params
 * @param {{ json?: unknown, form?: FormData, headers?: Record<string, string> }} content
 */
export async function relaySend(method, template, params, content) {
  const url = address(template, params).replace(/^\/api\/v1\//, '/workspace/api/v1/');
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json', 'X-Requested-With': 'JavaScript', ...(content.headers ?? {}) };
  let body;
  if (content.form) {
    body = content.form;
  } else if (content.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(content.json);
  }
  const response = await fetch(url, { method, headers, body, cache: 'no-store' });
  if (response.status === 401 || response.status === 499) {
    throw new SessionEnded();
  }
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, answer);
  }
  return { body: answer, etag: response.headers.get('ETag') };
}
