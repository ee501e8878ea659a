// #/notice: a province's adoption notice uploaded as the office has it (.xlsx or CSV): first the
// import report (every row matched, uncertain or not read, with the reason), then the same file committed.
import { el, table } from '../../dom.js';
import { t } from '../../i18n.js';
import { field, input, submit } from '../form.js';
import { relaySend } from '../relay.js';
import { canReportFor } from '../session.js';

/** @param {string[]} params @param {{ session: import('../relay.js').Session }} context */
export async function render(params, { session }) {
  const title = t('ws.notice.title');
  const status = el('div', { role: 'status', 'aria-live': 'polite' });
  const report = el('div', {});
  const province = input('province', { inputmode: 'numeric', value: session.province ?? '' });
  if (session.province) {
    province.readOnly = true;
  }
  const file = input('table', { type: 'file', accept: '.xlsx,.csv' });
  const form = /** @type {HTMLFormElement} */ (el('form', { className: 'report card', novalidate: true },
    status,
    field(t('ws.notice.province'), province),
    field(t('ws.notice.issuingBody'), input('issuingBody')),
    el('div', { className: 'pair' },
      field(t('ws.form.documentNumber'), input('documentNumber')),
      field(t('ws.form.issuedOn'), input('issuedOn', { type: 'date' }))),
    field(t('ws.form.docTitle'), input('title')),
    field(t('ws.notice.table'), file),
    el('button', { type: 'submit', className: 'primary' }, t('ws.workbook.preview'))));

  /** @param {boolean} commit */
  const send = (commit) => submit(form, status, null, async () => {
    const upload = new FormData(form); // the fields are named as the operation's form parts
    if (!file.files?.length) {
      upload.delete('table');
    }
    const { body } = await relaySend('POST', '/api/v1/imports', { query: commit ? { commit: 'true' } : {} }, { form: upload });
    report.replaceChildren(rows(body), !commit && (body.summary?.matched ?? 0) > 0
      ? el('button', { type: 'button', className: 'primary', dataset: { commit: '' }, onclick: () => send(true) },
        t('ws.notice.commit', { count: body.summary?.matched ?? 0 }))
      : null);
    const s = body.summary ?? {};
    return el('p', { className: 'notice', dataset: { summary: JSON.stringify(s), committed: String(Boolean(body.committed)) } },
      t(body.committed ? 'ws.notice.committed' : 'ws.notice.summary',
        { rows: s.rows ?? 0, matched: s.matched ?? 0, uncertain: s.uncertain ?? 0, rejected: s.rejected ?? 0, stored: s.stored ?? 0 }));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(false);
  });
  const allowed = !session.province || canReportFor(session, session.province).ok;
  return { node: el('div', {}, el('h1', {}, title), el('p', {}, t('ws.notice.intro')), allowed ? form : null, report), title };
}

/** Every row of the notice with its verdict. @param {any} body */
function rows(body) {
  return table({ dataset: { importRows: '' } },
    [t('ws.workbook.line'), t('ws.records.name'), t('ws.workbook.verdict'), t('ws.notice.links'), t('ws.workbook.reason')],
    (body.rows ?? []).map((/** @type {any} */ row) => el('tr', { dataset: { line: String(row.line), verdict: row.verdict } },
      el('td', {}, String(row.line ?? '')),
      el('td', {}, row.recordId ? el('a', { href: `#/records/${encodeURIComponent(row.recordId)}` }, row.name ?? row.recordId) : row.name ?? ''),
      el('td', {}, row.verdict ?? ''),
      el('td', {}, (row.links ?? []).map((/** @type {any} */ l) => `${l.measureId} ${l.name ?? ''}`).join('；')),
      el('td', {}, row.reason ?? ''))));
}
