// The reporting workspace's shell (/workspace, signed in first): who is signed in, a hash router
// (#/ the to-do list, #/records/{id}, #/tasks/{id}, #/measures/{id}/articles, #/workbook, #/accountability, #/notice), the language toggle and the session's end.
import { ApiError } from '../api.js';
import { el } from '../dom.js';
import { language, setLanguage, t } from '../i18n.js';
import { addWorkspaceTexts } from './texts.js';
import { currentSession, SessionEnded } from './relay.js';
import { sessionEndedNotice, takeReturnPlace } from './session.js';
import * as attention from './pages/attention.js';
import * as record from './pages/record.js';
import * as workbook from './pages/workbook.js';
import * as task from './pages/task.js';
import * as accountability from './pages/accountability.js';
import * as notice from './pages/notice.js';
import * as articles from './pages/articles.js';

const ROUTES = [
  { pattern: /^#?\/?(?:\?(.*))?$/, page: attention },
  { pattern: /^#\/records\/([A-Za-z0-9-]{1,200})$/, page: record },
  { pattern: /^#\/workbook(?:\?(.*))?$/, page: workbook },
  { pattern: /^#\/tasks\/([A-Za-z0-9-]{1,200})$/, page: task },
  { pattern: /^#\/accountability(?:\?(.*))?$/, page: accountability },
  { pattern: /^#\/notice$/, page: notice },
  { pattern: /^#\/measures\/([A-Za-z0-9-]{1,40})\/articles$/, page: articles },
];

/** @type {import('./relay.js').Session | null} */
let session = null;
let rendering = 0;

function route() {
  const hash = window.location.hash || '#/';
  for (const { pattern, page } of ROUTES) {
    const match = hash.match(pattern);
    if (match) {
      return { page, params: match.slice(1).map((p) => (p === undefined ? '' : decodeURIComponent(p))) };
    }
  }
  return { page: null, params: [hash] };
}

async function render() {
  const root = document.getElementById('page');
  const { page, params } = route();
  const mine = ++rendering;
  if (!page) {
    root.replaceChildren(problem(t('error.notFound', { what: params[0] })));
    return;
  }
  root.replaceChildren(el('p', { className: 'loading' }, t('ws.loading')));
  try {
    const view = await page.render(params, { session });
    if (mine !== rendering) {
      return;
    }
    root.replaceChildren(view.node);
    document.title = `${view.title} · ${t('ws.brand')}`;
    root.dataset.rendered = String(Date.now());
  } catch (error) {
    if (mine === rendering) {
      root.replaceChildren(error instanceof SessionEnded ? sessionEndedNotice()
        : problem(error instanceof ApiError && error.status === 404
          ? t('error.notFound', { what: params[0] }) : t('ws.error', { message: error.message })));
    }
  }
}

function problem(text) {
  return el('div', { className: 'card problem', role: 'alert' }, text);
}

function translateShell() {
  document.querySelectorAll('[data-i18n]').forEach((/** @type {HTMLElement} */ node) => {
    node.textContent = t(node.dataset.i18n);
  });
  document.getElementById('who').textContent = session ? t('ws.signedInAs', { who: session.subject }) : '';
  const toggle = document.getElementById('lang');
  toggle.textContent = language() === 'zh' ? 'EN' : '中文';
  toggle.setAttribute('aria-label', language() === 'zh' ? 'EN: switch to English' : '中文：切换到中文');
  toggle.setAttribute('lang', language() === 'zh' ? 'en' : 'zh-CN');
}

async function start() {
  addWorkspaceTexts();
  setLanguage(language());
  translateShell();
  document.getElementById('lang').addEventListener('click', () => {
    setLanguage(language() === 'zh' ? 'en' : 'zh');
    translateShell();
    render();
  });
  try {
    session = await currentSession();
  } catch (error) {
    document.getElementById('page').replaceChildren(error instanceof SessionEnded ? sessionEndedNotice()
      : problem(t('ws.error', { message: String(error) })));
    return;
  }
  translateShell();
  const place = takeReturnPlace();
  if (place && place !== window.location.hash) {
    window.location.hash = place; // the hashchange renders it
  } else {
    render();
  }
  window.addEventListener('hashchange', () => {
    render();
    document.getElementById('page').focus({ preventScroll: true });
    window.scrollTo(0, 0);
  });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
