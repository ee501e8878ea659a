// #/workbook: the year-end round trip for a whole province — download the workbook, upload it
// filled, see every row's verdict, then save the accepted rows at once.
import { address, apiGet, ApiError } from '../../api.js';
import { el, table } from '../../dom.js';
import { nameOf, t } from '../../i18n.js';
import { relaySend, SessionEnded } from '../relay.js';
import { provincePicker, sessionEndedNotice, workingProvince } from '../session.js';

/** @param {string[]} params @param {{ session: import('../relay.js').Session }} context */
export async function render([query], { session }) {
  const province = workingProvince(session, query);
  const provinces = (await apiGet('/api/v1/provinces')).items ?? [];
  if (!province) {
    return { node: provincePicker(provinces, '#/workbook'), title: t('ws.nav.workbook') };
  }
  const title = t('ws.workbook.title', { province: nameOf(provinces.find((p) => p.code === province)) || province });
  const status = el('div', { role: 'status', 'aria-live': 'polite' });
  const report = el('div', {});
  const file = /** @type {HTMLInputElement} */ (el('input', { type: 'file', name: 'file', id: 'workbook-file', accept: '.xlsx,.csv' }));
  /** The key of this upload's commit: a retry of the same commit (a lost answer) stores nothing twice. */
  let idempotencyKey = '';
  const form = /** @type {HTMLFormElement} */ (el('form', { className: 'report card', novalidate: true },
    el('div', { className: 'field' }, el('label', { for: 'workbook-file' }, t('ws.workbook.file')), file),
    el('button', { type: 'submit', className: 'primary' }, t('ws.workbook.preview'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    idempotencyKey = crypto.randomUUID();
    send(false);
  });
  file.addEventListener('change', () => report.replaceChildren());

  /** @param {boolean} commit */
  async function send(commit) {
    if (!file.files?.length) {
      status.replaceChildren(el('p', { className: 'notice warning', role: 'alert' }, t('ws.workbook.noFile')));
      return;
    }
    const upload = new FormData();
    upload.append('file', file.files[0]);
    status.replaceChildren(el('p', { className: 'loading' }, t('ws.loading')));
    try {
      const { body: answer } = await relaySend('POST', '/api/v1/progress-imports', { query: commit ? { commit: 'true' } : {} },
        { form: upload, headers: commit ? { 'Idempotency-Key': idempotencyKey } : {} });
      status.replaceChildren(summary(answer));
      report.replaceChildren(rows(answer), !commit && (answer.summary?.accepted ?? 0) > 0
        ? el('button', { type: 'button', className: 'primary', dataset: { commit: '' }, onclick: () => send(true) },
          t('ws.workbook.commit', { count: answer.summary?.accepted ?? 0 }))
        : null);
    } catch (error) {
      status.replaceChildren(error instanceof SessionEnded ? sessionEndedNotice()
        : el('p', { className: 'notice warning', role: 'alert' },
          t('ws.error', { message: error instanceof ApiError ? error.message : String(error) })));
    }
  }

  const node = el('div', {},
    el('h1', {}, title),
    el('p', {}, t('ws.workbook.intro')),
    el('p', {}, el('a', {
      href: address('/api/v1/provinces/{code}/progress-workbook', { path: { code: province } }),
      download: '',
      className: 'download',
    }, t('ws.workbook.download'))),
    form, status, report);
  return { node, title };
}

/** @param {any} answer */
function summary(answer) {
  const s = answer.summary ?? {};
  return el('p', { className: 'notice', dataset: { summary: JSON.stringify(s) } },
    answer.committed ? t('ws.workbook.committed', { accepted: s.stored ?? 0 })
      : t('ws.workbook.summary', { rows: s.rows ?? 0, accepted: s.accepted ?? 0, unchanged: s.unchanged ?? 0, refused: s.refused ?? 0 }));
}

/** Every row of the file, with its verdict. @param {any} answer */
function rows(answer) {
  return table({ dataset: { importRows: '' } },
    [t('ws.workbook.sheet'), t('ws.workbook.line'), t('ws.workbook.record'), t('ws.workbook.verdict'), t('ws.workbook.column'),
      t('ws.workbook.reason')],
    (answer.rows ?? []).map((/** @type {any} */ row) => el('tr', { dataset: { line: String(row.line), verdict: row.verdict, sheet: row.sheet } },
      el('td', {}, row.sheet ?? ''),
      el('td', {}, String(row.line)),
      el('td', {}, row.record ? el('a', { href: `#/records/${encodeURIComponent(row.record)}` }, row.record)
        : row.task ? el('a', { href: `#/tasks/${encodeURIComponent(row.task)}` }, row.task) : ''),
      el('td', { className: `verdict-${row.verdict}` }, t(`ws.verdict.${row.verdict}`)),
      el('td', {}, row.column ?? ''),
      el('td', {}, row.reason ?? ''))));
}
