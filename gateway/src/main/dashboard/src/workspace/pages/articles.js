// #/measures/{id}/articles: the catalogue team decides which articles of the 2015 plan a measure
// implements — the matcher's ranked candidates and the present links, the measure's text beside each
// article's; ticked = linked (PUT), unticked = not (DELETE), each the editor's decision.
import { apiGet } from '../../api.js';
import { el } from '../../dom.js';
import { t } from '../../i18n.js';
import { submit } from '../form.js';
import { readTagged, relaySend } from '../relay.js';

/** @param {string[]} params @param {{ session: import('../relay.js').Session }} context */
export async function render([id], { session }) {
  const [{ body: measure, etag }, report] = await Promise.all([
    readTagged('/api/v1/measures/{id}', { path: { id } }),
    apiGet('/api/v1/framework/links'),
  ]);
  const reported = (report.items ?? []).find((item) => item.measure === id);
  const linked = new Set((measure.framework ?? []).map((link) => link.article));
  const articleIds = [...new Set([...linked, ...(reported?.candidates ?? []).map((c) => c.article)])];
  const scores = new Map((reported?.candidates ?? []).map((c) => [c.article, c.score]));
  const articles = await Promise.all(articleIds.map((article) => apiGet('/api/v1/framework/articles/{id}', { path: { id: article } })));
  const title = t('ws.articles.title', { id, name: measure.name ?? '' });
  const editor = session.roles.some((r) => r === 'catalogue-editor' || r === 'admin');
  const status = el('div', { role: 'status', 'aria-live': 'polite' });
  let tag = etag;
  const form = /** @type {HTMLFormElement} */ (el('form', { className: 'report card', novalidate: true },
    el('p', { className: 'note' }, t('ws.articles.hint')),
    status,
    el('ul', { className: 'candidates' }, articles.map((article) => el('li', { className: 'candidate' },
      el('div', { className: 'side-by-side' },
        el('div', {}, el('h3', {}, t('ws.articles.measure')), el('p', { className: 'content' }, measure.content ?? '')),
        el('div', {}, el('h3', {}, `${article.id} ${article.heading ?? ''}`), el('p', { className: 'content' }, article.text ?? ''))),
      el('label', { className: 'check' },
        el('input', { type: 'checkbox', name: 'article', value: article.id, checked: linked.has(article.id), disabled: !editor }),
        ' ', t('ws.articles.implements', { id: article.id, score: scores.has(article.id) ? (scores.get(article.id) ?? 0).toFixed(3) : '—' }))))),
    editor ? el('button', { type: 'submit', className: 'primary' }, t('ws.task.saveDecision')) : null));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const boxes = /** @type {HTMLInputElement[]} */ (Array.from(form.querySelectorAll('input[name="article"]')));
    submit(form, status, null, async () => {
      for (const box of boxes) {
        if (box.checked === linked.has(box.value)) {
          continue; // unchanged: no call
        }
        const answer = await relaySend(box.checked ? 'PUT' : 'DELETE', '/api/v1/measures/{id}/framework/{article}',
          { path: { id, article: box.value } }, { headers: tag ? { 'If-Match': tag } : {} });
        tag = answer.etag;
        if (box.checked) {
          linked.add(box.value);
        } else {
          linked.delete(box.value);
        }
      }
    });
  });
  return { node: el('div', {}, el('p', {}, el('a', { href: '#/' }, t('ws.record.back'))), el('h1', {}, title), form), title };
}
