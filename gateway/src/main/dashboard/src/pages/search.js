// Full-text search over the catalogue (the measures service's q parameter: Chinese substrings work).
import { apiGet } from '../api.js';
import { el } from '../dom.js';
import { nameOf, t } from '../i18n.js';

const LIMIT = 50;

export async function render([query], { quiet }) {
  const q = new URLSearchParams(query || '').get('q') || '';
  const results = q ? await apiGet('/api/v1/measures', { query: { q, limit: LIMIT } }) : null;
  const existing = document.querySelector('[data-page="search"] [data-results]');
  if (quiet && existing) {
    existing.replaceWith(resultList(results)); // keep the search box (and what is being typed) as it is
    return null;
  }
  const input = el('input', { type: 'search', name: 'q', value: q, placeholder: t('search.placeholder'), 'aria-label': t('search.title'), maxlength: 100 });
  const form = el('form', { className: 'search', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    window.location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`;
  } }, input, el('button', { type: 'submit' }, t('search.button')));
  return {
    node: el('div', { className: 'page', dataset: { page: 'search' } }, el('h1', {}, t('search.title')), form, resultList(results)),
    title: t('search.title'),
    afterMount: () => {
      if (!q) {
        input.focus();
      }
    },
  };
}

function resultList(results) {
  if (!results) {
    return el('div', { dataset: { results: '' } });
  }
  const items = results.items || [];
  return el('div', { dataset: { results: '' } },
    el('p', { className: 'note' }, el('span', { dataset: { resultCount: String(items.length) } }, t('search.results', { count: items.length })),
      results.nextCursor ? t('search.more', { count: LIMIT }) : ''),
    items.length === 0 ? el('p', { className: 'empty' }, t('search.none')) : el('ul', { className: 'results' },
      items.map((m) => el('li', { dataset: { measure: m.id } },
        el('a', { href: `#/measures/${encodeURIComponent(m.id)}` }, el('span', { className: 'id' }, m.id), ' ', m.name),
        el('span', { className: 'category' }, `${m.category.id} ${nameOf(m.category)}`)))));
}
