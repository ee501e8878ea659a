// #/tasks/{id}: a plan task of a pilot zone's plan — its office reports it done (day, what, document);
// the catalogue team decides which national measures it became, the task's text beside each
// candidate's, best score first.
import { apiGet } from '../../api.js';
import { el, section } from '../../dom.js';
import { nameOf, t } from '../../i18n.js';
import { field, input, keepDrafts, submit, textarea, values } from '../form.js';
import { readTagged, relaySend } from '../relay.js';
import { canReportFor } from '../session.js';

/** @typedef {import('../../api.js').JsonOf<'/api/v1/plan-tasks/{id}'>} PlanTask */

/** @param {string[]} params @param {{ session: import('../relay.js').Session }} context */
export async function render([id], { session }) {
  const { body: task, etag } = await readTagged('/api/v1/plan-tasks/{id}', { path: { id } });
  const tag = { value: etag };
  const summary = el('div', {});
  const show = (/** @type {PlanTask} */ current) => summary.replaceChildren(taskSummary(current));
  show(task);
  const node = el('div', {},
    el('p', {}, el('a', { href: '#/' }, t('ws.record.back'))),
    el('h1', {}, t('ws.task.title', { province: nameOf(task.province), year: task.dueYear ?? '' })),
    summary,
    canReportFor(session, task.province?.id ?? '').ok ? completionForm(task, tag, show) : null,
    session.roles.some((r) => r === 'catalogue-editor' || r === 'admin') ? await linkForm(task, tag, show) : null);
  return { node, title: t('ws.task.title', { province: nameOf(task.province), year: task.dueYear ?? '' }) };
}

/** @param {PlanTask} task */
function taskSummary(task) {
  return el('div', { className: 'card' },
    el('p', { className: 'content', dataset: { taskText: '' } }, task.text ?? ''),
    el('p', {}, el('span', { className: `status status-${task.status}`, dataset: { status: task.status } }, t(`ws.task.status.${task.status}`)),
      task.section ? ` · ${task.section}` : ''),
    task.completion ? el('p', { dataset: { completion: task.completion.on } },
      task.completion.basis === 'national-list'
        ? t('ws.task.doneByList', { on: task.completion.on })
        : t('ws.task.doneOn', { on: task.completion.on, by: task.completion.by ?? '' }),
      ' ', task.completion.narrative ?? '',
      task.completion.documentNumber ? `（${task.completion.documentNumber}）` : '') : null,
    el('p', {}, t('ws.task.linked'), ' ', (task.measures ?? []).length
      ? (task.measures ?? []).map((m) => el('a', { href: `/#/measures/${m.id}`, dataset: { linked: m.id } }, m.id)).reduce(
        (/** @type {any[]} */ all, link) => (all.length ? [...all, '、', link] : [link]), [])
      : t('ws.task.none')));
}

/** @param {PlanTask} task @param {{ value: string | null }} tag @param {(task: PlanTask) => void} onSaved */
function completionForm(task, tag, onSaved) {
  const draftKey = `completion:${task.id}`;
  const status = el('div', { role: 'status', 'aria-live': 'polite' });
  const form = /** @type {HTMLFormElement} */ (el('form', { className: 'report card', novalidate: true },
    el('h2', {}, t('ws.task.complete')),
    status,
    field(t('ws.task.on'), input('on', { type: 'date' }), t('ws.form.effectiveOnHint')),
    field(t('ws.form.narrative'), textarea('narrative', { rows: 4 })),
    el('div', { className: 'pair' },
      field(t('ws.form.documentNumber'), input('documentNumber')),
      field(t('ws.form.url'), input('url', { type: 'url', inputmode: 'url' }))),
    el('button', { type: 'submit', className: 'primary' }, t('ws.form.submit'))));
  keepDrafts(form, draftKey, status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(form, status, draftKey, async () => {
      const answer = await relaySend('POST', '/api/v1/plan-tasks/{id}/completion', { path: { id: task.id } },
        { json: values(form, ['on', 'narrative', 'documentNumber', 'url']), headers: tag.value ? { 'If-Match': tag.value } : {} });
      tag.value = answer.etag;
      onSaved(answer.body);
    });
  });
  return form;
}

/**
 * Why the matcher proposed a measure: the phrases the task shares with it, and whether the national
 * list names the task's province among its sources.
 * @param {{ phrases?: string[], provenInProvince?: boolean }} candidate
 */
function whyMatched(candidate) {
  const phrases = candidate.phrases ?? [];
  if (!phrases.length && candidate.provenInProvince == null) {
    return el('span', {});
  }
  return el('p', { className: 'note' },
    phrases.length ? t('ws.task.sharedPhrases', { phrases: phrases.join('、') }) : '',
    candidate.provenInProvince ? ` ${t('ws.task.provenHere')}` : '');
}

/**
 * The catalogue team's decision: every candidate and linked measure with its score and text beside
 * the task's; ticked = the task became it.
 * @param {PlanTask} task @param {{ value: string | null }} tag @param {(task: PlanTask) => void} onSaved
 */
async function linkForm(task, tag, onSaved) {
  const linked = new Set((task.measures ?? []).map((m) => m.id));
  const scored = [...(task.measures ?? []), ...(task.candidates ?? [])];
  const measures = await Promise.all(scored.map((c) => apiGet('/api/v1/measures/{id}', { path: { id: c.id } })));
  const status = el('div', { role: 'status', 'aria-live': 'polite' });
  const form = /** @type {HTMLFormElement} */ (el('form', { className: 'report card', novalidate: true },
    el('h2', {}, t('ws.task.decide')),
    el('p', { className: 'note' }, t('ws.task.decideHint')),
    status,
    el('ul', { className: 'candidates' }, scored.map((candidate, i) => el('li', { className: 'candidate' },
      el('div', { className: 'side-by-side' },
        el('div', {}, el('h3', {}, t('ws.task.text')), el('p', { className: 'content' }, task.text ?? '')),
        el('div', {}, el('h3', {}, `${candidate.id} ${measures[i].name ?? ''}`),
          el('p', { className: 'content' }, measures[i].content ?? ''))),
      el('label', { className: 'check' },
        el('input', { type: 'checkbox', name: 'link', value: candidate.id, checked: linked.has(candidate.id) }),
        ' ', t('ws.task.became', { id: candidate.id, score: (candidate.score ?? 0).toFixed(3) })),
      whyMatched(candidate)))),
    el('button', { type: 'submit', className: 'primary' }, t('ws.task.saveDecision'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const boxes = /** @type {HTMLInputElement[]} */ (Array.from(form.querySelectorAll('input[name="link"]')));
    const decision = {
      link: boxes.filter((b) => b.checked).map((b) => b.value),
      unlink: boxes.filter((b) => !b.checked).map((b) => b.value),
    };
    submit(form, status, null, async () => {
      const answer = await relaySend('PUT', '/api/v1/plan-tasks/{id}/links', { path: { id: task.id } },
        { json: decision, headers: tag.value ? { 'If-Match': tag.value } : {} });
      tag.value = answer.etag;
      onSaved(answer.body);
    });
  });
  return form;
}

