// What the signed-in person may do here, and the way back in when the session has ended.
import { el, section } from '../dom.js';
import { nameOf, t } from '../i18n.js';

const RETURN_TO = 'ecoreform.workspace.returnTo';

/**
 * Whether this person reports for a province's records: an administrator for any, a province
 * editor for its own (the API decides the same and answers 403 otherwise).
 * @param {import('./relay.js').Session} session
 * @param {string} province
 * @returns {{ ok: boolean, reason?: 'province' | 'role' }}
 */
export function canReportFor(session, province) {
  if (session.roles.includes('admin')) {
    return { ok: true };
  }
  if (session.roles.includes('province-editor')) {
    return session.province === province ? { ok: true } : { ok: false, reason: 'province' };
  }
  return { ok: false, reason: 'role' };
}

/** "Sign in again", back to this page afterwards: the provider's round trip loses the #/… part. */
export function sessionEndedNotice() {
  return el('div', { className: 'notice warning', role: 'alert', dataset: { sessionEnded: '' } },
    t('ws.session.ended'), ' ',
    el('a', { href: '/workspace', onclick: () => rememberPlace() }, t('ws.session.signIn')));
}

export function rememberPlace() {
  try {
    sessionStorage.setItem(RETURN_TO, window.location.hash);
  } catch {
    // the person lands on the to-do list instead
  }
}

/** The page to go back to after signing in again, once. */
export function takeReturnPlace() {
  try {
    const place = sessionStorage.getItem(RETURN_TO);
    sessionStorage.removeItem(RETURN_TO);
    return place;
  } catch {
    return null;
  }
}

/**
 * The province a page works on: the person's own, else the one the address names (an administrator's
 * or the catalogue team's choice). @param {import('./relay.js').Session} session @param {string} query
 */
export function workingProvince(session, query) {
  return session.province ?? new URLSearchParams(query ?? '').get('province');
}

/** Links to a page (`#/workbook` …) for each province, for a person without one of their own. @param {any[]} provinces @param {string} page */
export function provincePicker(provinces, page) {
  return section(t('ws.pickProvince'), el('ul', { className: 'attention' },
    provinces.map((p) => el('li', {}, el('a', { href: `${page}?province=${p.code}` }, nameOf(p))))));
}
