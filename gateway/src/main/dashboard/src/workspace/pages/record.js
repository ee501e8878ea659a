// #/records/{id}: a record's course (every entry, corrections kept) and, for the office that owns
// it, the form to report progress or correct an entry.
import { ApiError } from '../../api.js';
import { el, section } from '../../dom.js';
import { nameOf, t } from '../../i18n.js';
import { field, input, keepDrafts, select, submit, textarea } from '../form.js';
import { readTagged, relaySend } from '../relay.js';
import { canReportFor } from '../session.js';

const STATUSES = ['planned', 'in-progress', 'implemented', 'suspended', 'withdrawn'];
const EVIDENCE_SLOTS = 3;

/** @typedef {import('../../api.js').JsonOf<'/api/v1/adoptions/{id}'>} Adoption */

/** @param {string[]} params @param {{ session: import('../relay.js').Session }} context */
export async function render([id], { session }) {
  const { body: record, etag } = await readTagged('/api/v1/adoptions/{id}', { path: { id } });
  const course = el('div', {});
  const node = el('div', {},
    el('p', {}, el('a', { href: '#/' }, t('ws.record.back')), ' · ',
      el('a', { href: `/#/provinces/${record.province?.id}` }, t('ws.record.public'))),
    el('h1', {}, record.name ?? id),
    el('p', {}, el('span', { className: `status status-${record.status}`, dataset: { status: record.status } },
      t(`status.${record.status}`)), ' ', t('ws.records.since'), ' ', record.statusSince ?? ''),
    record.actions ? section(t('ws.record.actions'), el('p', { className: 'content' }, record.actions)) : null,
    course);
  const form = reportForm(record, etag, session, showCourse);
  showCourse(record);
  node.append(form);
  return { node, title: record.name ?? id };

  /** @param {Adoption} current */
  function showCourse(current) {
    course.replaceChildren(section(t('ws.record.course'), courseList(current, form)));
  }
}

/** @param {Adoption} record @param {HTMLElement} form */
function courseList(record, form) {
  const entries = [...(record.history ?? [])].reverse();
  return el('ol', { className: 'course', reversed: true }, entries.map((entry) =>
    el('li', { className: entry.correctedBy ? 'corrected' : '', dataset: { entry: String(entry.id) } },
      el('span', { className: 'when' }, entry.effectiveOn ?? ''), ' ',
      el('span', { className: `status status-${entry.status}` }, t(`status.${entry.status}`)),
      entry.narrative ? el('p', {}, entry.narrative) : null,
      (entry.evidence ?? []).length
        ? el('ul', {}, entry.evidence.map((doc) => el('li', {},
          doc.url ? el('a', { href: doc.url, rel: 'noopener noreferrer' }, doc.title) : doc.title,
          doc.documentNumber ? `（${doc.documentNumber}）` : '',
          (doc.figures ?? []).map((f) => ` ${f.what ?? ''} ${f.value} ${f.unit ?? ''}`).join('；'))))
        : null,
      el('p', { className: 'note' }, t('ws.record.by', { by: entry.by ?? '', at: (entry.at ?? '').slice(0, 16).replace('T', ' ') }),
        entry.corrects ? ` · ${t('ws.record.corrects', { entry: entry.corrects })}` : '',
        entry.correctedBy ? ` · ${t('ws.record.correctedBy', { entry: entry.correctedBy })}` : ''),
      form.dataset.editable === 'true' && !entry.correctedBy
        ? el('button', { type: 'button', className: 'secondary', onclick: () => startCorrection(form, entry) },
          t('ws.record.correct'))
        : null)));
}

/**
 * The report form, or the reason there is none for this person.
 * @param {Adoption} record
 * @param {string | null} readTag the version read, sent as If-Match: a report never lands on a record changed meanwhile unseen
 * @param {import('../relay.js').Session} session
 * @param {(record: Adoption) => void} onSaved
 */
function reportForm(record, readTag, session, onSaved) {
  let tag = readTag;
  const province = record.province?.id ?? '';
  const allowed = canReportFor(session, province);
  if (!allowed.ok) {
    const reason = allowed.reason === 'province'
      ? t('ws.readOnly', { yours: session.province ?? '', theirs: nameOf(record.province) })
      : t('ws.readOnlyRole');
    const notice = el('p', { className: 'notice warning', role: 'note', dataset: { readOnly: allowed.reason } }, reason);
    notice.dataset.editable = 'false';
    return notice;
  }
  const draftKey = `progress:${record.id}`;
  const status = el('div', { role: 'status', 'aria-live': 'polite' });
  const correcting = el('div', { hidden: true, className: 'notice', dataset: { correcting: '' } });
  const form = /** @type {HTMLFormElement} */ (el('form', { className: 'report card', novalidate: true, dataset: { editable: 'true' } },
    el('h2', {}, t('ws.form.title')),
    status,
    correcting,
    input('corrects', { type: 'hidden' }),
    field(t('ws.form.status'), select('status', STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })), { required: true })),
    field(t('ws.form.effectiveOn'), input('effectiveOn', { type: 'date', required: true }), t('ws.form.effectiveOnHint')),
    field(t('ws.form.narrative'), textarea('narrative', { required: true, rows: 5 })),
    Array.from({ length: EVIDENCE_SLOTS }, (_, i) => evidenceFields(i)),
    el('button', { type: 'submit', className: 'primary' }, t('ws.form.submit'))));
  /** @type {HTMLSelectElement} */ (form.elements.namedItem('status')).value = record.status ?? 'planned';
  if (keepDrafts(form, draftKey, status)) {
    showCorrecting(form);
    openFilledDisclosures(form);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(form, status, draftKey, async () => {
      const { json, slots } = report(form);
      let answer;
      try {
        answer = await relaySend('POST', '/api/v1/adoptions/{id}/progress', { path: { id: record.id } },
          { json, headers: tag ? { 'If-Match': tag } : {} });
      } catch (error) {
        // the body lists only the filled documents: an error's evidence[k] is the form's slot slots[k]
        for (const fieldError of (error instanceof ApiError ? error.problem?.errors : null) ?? []) {
          fieldError.field = fieldError.field?.replace(/^evidence\[(\d+)\]/, (_, k) => `evidence[${slots[Number(k)]}]`);
        }
        throw error;
      }
      const saved = answer.body;
      tag = answer.etag;
      form.dataset.lastStatus = saved.status ?? '';
      onSaved(saved);
      const last = saved.history?.[saved.history.length - 1];
      return el('p', { className: 'notice', dataset: { saved: String(last?.id ?? '') } }, t('ws.form.saved', { entry: last?.id ?? '' }));
    }, () => {
      /** @type {HTMLSelectElement} */ (form.elements.namedItem('status')).value = form.dataset.lastStatus ?? 'planned';
      showCorrecting(form);
    });
  });
  return form;
}

/**
 * Evidence document i: the first always open, the others behind a disclosure (a phone's screen is
 * short), opened when they hold something or an error names one of their fields.
 * @param {number} i
 */
function evidenceFields(i) {
  const fields = evidenceFieldset(i);
  return i === 0 ? fields : el('details', { className: 'more-evidence' }, el('summary', {}, t('ws.form.evidence', { n: i + 1 })), fields);
}

/** @param {number} i */
function evidenceFieldset(i) {
  const name = (/** @type {string} */ part) => `evidence[${i}].${part}`;
  return el('fieldset', {},
    el('legend', {}, t('ws.form.evidence', { n: i + 1 })),
    el('div', { className: 'pair' },
      field(t('ws.form.docTitle'), input(name('title'))),
      field(t('ws.form.documentNumber'), input(name('documentNumber')))),
    el('div', { className: 'pair' },
      field(t('ws.form.issuedOn'), input(name('issuedOn'), { type: 'date' })),
      field(t('ws.form.url'), input(name('url'), { type: 'url', inputmode: 'url' }))),
    el('div', { className: 'pair' },
      field(t('ws.form.figure'), input(name('figures[0].value'), { inputmode: 'decimal' })),
      field(t('ws.form.unit'), input(name('figures[0].unit'))),
      field(t('ws.form.what'), input(name('figures[0].what')))));
}

/**
 * The request body, as the contract's ProgressInput (empty fields and documents left out), and the
 * form's slot of each document sent.
 * @param {HTMLFormElement} form
 */
function report(form) {
  const value = (/** @type {string} */ name) => {
    const control = /** @type {HTMLInputElement | null} */ (form.elements.namedItem(name));
    const text = control ? control.value.trim() : '';
    return text === '' ? undefined : text;
  };
  const evidence = [];
  const slots = [];
  for (let i = 0; i < EVIDENCE_SLOTS; i++) {
    const part = (/** @type {string} */ p) => value(`evidence[${i}].${p}`);
    if (!['title', 'documentNumber', 'issuedOn', 'url', 'figures[0].value'].some((p) => part(p) !== undefined)) {
      continue;
    }
    const figure = part('figures[0].value');
    const number = figure === undefined ? undefined : Number(figure);
    slots.push(i);
    evidence.push({
      title: part('title'),
      documentNumber: part('documentNumber'),
      issuedOn: part('issuedOn'),
      url: part('url'),
      // a figure that is not a number goes as written: the API names the field it refuses
      figures: figure === undefined ? undefined
        : [{ value: Number.isFinite(number) ? number : figure, unit: part('figures[0].unit'), what: part('figures[0].what') }],
    });
  }
  const corrects = value('corrects');
  return {
    json: {
      status: value('status'),
      effectiveOn: value('effectiveOn'),
      narrative: value('narrative'),
      evidence: evidence.length ? evidence : undefined,
      corrects: corrects === undefined ? undefined : Number(corrects),
    },
    slots,
  };
}

/** Fills the form with an entry to correct it. @param {HTMLElement} node @param {any} entry */
function startCorrection(node, entry) {
  const form = /** @type {HTMLFormElement} */ (node);
  const set = (/** @type {string} */ name, /** @type {unknown} */ v) => {
    const control = /** @type {HTMLInputElement | null} */ (form.elements.namedItem(name));
    if (control) {
      control.value = v === undefined || v === null ? '' : String(v);
    }
  };
  set('corrects', entry.id);
  set('status', entry.status);
  set('effectiveOn', entry.effectiveOn);
  set('narrative', entry.narrative);
  (entry.evidence ?? []).slice(0, EVIDENCE_SLOTS).forEach((/** @type {any} */ doc, /** @type {number} */ i) => {
    set(`evidence[${i}].title`, doc.title);
    set(`evidence[${i}].documentNumber`, doc.documentNumber);
    set(`evidence[${i}].issuedOn`, doc.issuedOn);
    set(`evidence[${i}].url`, doc.url);
    set(`evidence[${i}].figures[0].value`, doc.figures?.[0]?.value);
    set(`evidence[${i}].figures[0].unit`, doc.figures?.[0]?.unit);
    set(`evidence[${i}].figures[0].what`, doc.figures?.[0]?.what);
  });
  showCorrecting(form);
  openFilledDisclosures(form);
  /** @type {HTMLElement} */ (form.elements.namedItem('narrative')).focus();
}

/** Opens the evidence disclosures that hold something. @param {HTMLFormElement} form */
function openFilledDisclosures(form) {
  form.querySelectorAll('details').forEach((details) => {
    const filled = Array.from(details.querySelectorAll('input')).some((/** @type {HTMLInputElement} */ input) => input.value !== '');
    if (filled) {
      details.open = true;
    }
  });
}

/** Shows (or hides) that the form corrects an entry, with the way back to a new report. @param {HTMLFormElement} form */
function showCorrecting(form) {
  const corrects = /** @type {HTMLInputElement} */ (form.elements.namedItem('corrects')).value;
  const banner = /** @type {HTMLElement} */ (form.querySelector('[data-correcting]'));
  banner.hidden = !corrects;
  banner.replaceChildren(...(corrects ? [
    t('ws.form.correcting', { entry: corrects }), ' ',
    el('button', { type: 'button', className: 'secondary', onclick: () => {
      /** @type {HTMLInputElement} */ (form.elements.namedItem('corrects')).value = '';
      showCorrecting(form);
    } }, t('ws.form.cancelCorrection'))] : []));
}
