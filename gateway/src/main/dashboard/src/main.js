// The dashboard's shell: a hash router (#/, #/provinces/630000, #/measures/N2020-57,
// #/search?q=…, #/framework), the language toggle and the live refresh of the page on view.
import { disposeCharts } from './charts.js';
import { el } from './dom.js';
import { language, setLanguage, t } from './i18n.js';
import { followChanges, show } from './live.js';
import { ApiError } from './api.js';
import * as overview from './pages/overview.js';
import * as province from './pages/province.js';
import * as measure from './pages/measure.js';
import * as search from './pages/search.js';
import * as framework from './pages/framework.js';

const ROUTES = [
  { pattern: /^#?\/?$/, page: overview },
  { pattern: /^#\/provinces\/(\d{6})$/, page: province },
  { pattern: /^#\/measures\/([A-Za-z0-9-]{1,40})$/, page: measure },
  { pattern: /^#\/search(?:\?(.*))?$/, page: search },
  { pattern: /^#\/framework$/, page: framework },
];

let current = null; // { page, params, token }
let refreshTimer = null;

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

async function render({ quiet = false } = {}) {
  const root = document.getElementById('page');
  const { page, params } = quiet && current ? current : route();
  const token = Symbol('render');
  current = { page, params, token };
  if (!page) {
    root.replaceChildren(problem(t('error.notFound', { what: params[0] })));
    return;
  }
  if (!quiet) {
    root.replaceChildren(el('p', { className: 'loading' }, t('loading')));
  }
  try {
    const view = await page.render(params, { quiet });
    if (current.token !== token) {
      return; // the reader moved on while this page was loading
    }
    if (view) {
      disposeCharts();
      root.replaceChildren(view.node);
      view.afterMount?.();
      document.title = `${view.title} · ${t('brand')}`;
    }
    root.dataset.rendered = String(Date.now());
  } catch (error) {
    if (current.token === token) {
      disposeCharts();
      root.replaceChildren(problem(error instanceof ApiError && error.status === 404
        ? t('error.notFound', { what: params[0] }) : `${t('error.title')}: ${error.message}`));
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
  const toggle = document.getElementById('lang');
  toggle.textContent = language() === 'zh' ? 'EN' : '中文';
  // the visible text starts the accessible name (WCAG 2.5.3), in the language it is written in
  toggle.setAttribute('aria-label', language() === 'zh' ? 'EN: switch to English' : '中文：切换到中文');
  toggle.setAttribute('lang', language() === 'zh' ? 'en' : 'zh-CN');
  show();
}

/** Many changes can arrive at once (an import): refresh once they pause. */
function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => render({ quiet: true }), 300);
}

function start() {
  setLanguage(language());
  translateShell();
  document.getElementById('lang').addEventListener('click', () => {
    setLanguage(language() === 'zh' ? 'en' : 'zh');
    translateShell();
    render({ quiet: true });
  });
  window.addEventListener('hashchange', () => {
    render();
    document.getElementById('page').focus({ preventScroll: true });
    window.scrollTo(0, 0);
  });
  followChanges(scheduleRefresh);
  render();
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
