// #/accountability: the province's standing with each accountability institution of the 2015 plan's
// eighth system (assessment, audit of natural-resource assets, lifelong accountability …): its course,
// and a form to record a change (status, pilot places, the document).
import { apiGet, apiGetAll } from '../../api.js';
import { el, section } from '../../dom.js';
import { nameOf, t } from '../../i18n.js';
import { field, input, keepDrafts, select, submit, textarea, values } from '../form.js';
import { relaySend } from '../relay.js';
import { canReportFor, provincePicker, workingProvince } from '../session.js';

const STATUSES = ['planned', 'piloting', 'established'];

/** @param {string[]} params @param {{ session: import('../relay.js').Session }} context */
export async function render([query], { session }) {
  const province = workingProvince(session, query);
  const provinces = (await apiGet('/api/v1/provinces')).items ?? [];
  if (!province) {
    return { node: provincePicker(provinces, '#/accountability'), title: t('ws.nav.accountability') };
  }
  const entries = await apiGetAll('/api/v1/accountability', { query: { province: [province] } });
  const editable = canReportFor(session, province).ok;
  const title = t('ws.accountability.title', { province: nameOf(provinces.find((p) => p.code === province)) || province });
  const node = el('div', {}, el('h1', {}, title),
    entries.length ? null : el('p', { className: 'empty' }, t('ws.accountability.none')),
    entries.map((entry) => institution(entry, province, editable)));
  return { node, title };
}

/** @param {any} entry @param {string} province @param {boolean} editable */
function institution(entry, province, editable) {
  const course = el('ol', { className: 'course', reversed: true });
  const showCourse = (/** @type {any} */ current) => course.replaceChildren(...[...(current.history ?? [])].reverse().map(
    (/** @type {any} */ step) => el('li', {}, el('span', { className: 'when' }, step.effectiveOn ?? ''), ' ',
      t(`ws.accountability.status.${step.status}`), step.narrative ? el('p', {}, step.narrative) : null,
      step.documentTitle || step.documentNumber ? el('p', { className: 'note' }, step.documentTitle ?? '', step.documentNumber ? `（${step.documentNumber}）` : '') : null)));
  showCourse(entry);
  const institutionId = entry.institution?.id ?? '';
  const header = el('p', {}, el('span', { className: 'status', dataset: { status: entry.status } }, t(`ws.accountability.status.${entry.status}`)),
    (entry.pilotPlaces ?? []).length ? ` · ${t('ws.accountability.places')}：${entry.pilotPlaces.join('、')}` : '');
  return section(nameOf(entry.institution) || institutionId, header, course,
    editable ? changeForm(province, institutionId, entry, (/** @type {any} */ saved) => {
      showCourse(saved);
      header.replaceChildren(el('span', { className: 'status', dataset: { status: saved.status } }, t(`ws.accountability.status.${saved.status}`)),
        (saved.pilotPlaces ?? []).length ? ` · ${t('ws.accountability.places')}：${saved.pilotPlaces.join('、')}` : '');
    }) : null);
}

/** @param {string} province @param {string} institutionId @param {any} entry @param {(saved: any) => void} onSaved */
function changeForm(province, institutionId, entry, onSaved) {
  const draftKey = `accountability:${province}:${institutionId}`;
  const status = el('div', { role: 'status', 'aria-live': 'polite' });
  let tag = entry.version === undefined || entry.version === null ? null : `"v${entry.version}"`;
  const form = /** @type {HTMLFormElement} */ (el('form', { className: 'report', novalidate: true, dataset: { institution: institutionId } },
    el('h3', {}, t('ws.accountability.change')),
    status,
    field(t('ws.form.status'), select('status', STATUSES.map((s) => ({ value: s, label: t(`ws.accountability.status.${s}`) })))),
    field(t('ws.form.effectiveOn'), input('effectiveOn', { type: 'date' }), t('ws.form.effectiveOnHint')),
    field(t('ws.form.narrative'), textarea('narrative', { rows: 3 })),
    field(t('ws.accountability.places'), input('pilotPlaces'), t('ws.accountability.placesHint')),
    el('div', { className: 'pair' },
      field(t('ws.form.docTitle'), input('documentTitle')),
      field(t('ws.form.documentNumber'), input('documentNumber'))),
    el('div', { className: 'pair' },
      field(t('ws.form.issuedOn'), input('issuedOn', { type: 'date' })),
      field(t('ws.form.url'), input('url', { type: 'url', inputmode: 'url' }))),
    el('button', { type: 'submit', className: 'primary' }, t('ws.form.submit'))));
  /** @type {HTMLSelectElement} */ (form.elements.namedItem('status')).value = entry.status ?? 'planned';
  keepDrafts(form, draftKey, status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = values(form, ['status', 'effectiveOn', 'narrative', 'documentTitle', 'documentNumber', 'issuedOn', 'url']);
    const places = values(form, ['pilotPlaces']).pilotPlaces;
    submit(form, status, draftKey, async () => {
      const answer = await relaySend('POST', '/api/v1/accountability/{province}/{institution}',
        { path: { province, institution: institutionId } },
        { json: { ...body, pilotPlaces: places ? places.split(/[,，、;；\s]+/).filter(Boolean) : undefined },
          headers: tag ? { 'If-Match': tag } : {} });
      tag = answer.etag;
      onSaved(answer.body);
    });
  });
  return form;
}
