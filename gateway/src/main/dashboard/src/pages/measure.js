// One measure: its content, where it was proven and where it comes from, who adopted it, and the pilot plans' tasks that became it.
import { apiGet } from '../api.js';
import { el, kpi, section, table } from '../dom.js';
import { nameOf, t } from '../i18n.js';

export async function render([id]) {
  const view = await apiGet('/api/v1/views/measures/{id}', { path: { id } });
  const m = view.measure;
  const provenance = m.provenance || {};
  const node = el('div', { className: 'page', dataset: { page: 'measure', measure: m.id } },
    el('p', { className: 'crumbs' }, el('span', { className: 'id' }, m.id), ' · ', `${m.category.id} ${nameOf(m.category)}`,
      m.status === 'retired' ? el('span', { className: 'status status-retired' }, t('measure.retired')) : null),
    el('h1', { dataset: { field: 'name' } }, m.name),
    el('div', { className: 'kpis' }, kpi('adoptingProvinces', view.adoptingProvinces, t('measure.adoptingProvinces'))),
    section(t('measure.content'), el('p', { className: 'content', dataset: { field: 'content' } }, m.content)),
    section(t('measure.sourceProvinces'), el('ul', { className: 'tags', dataset: { field: 'sourceProvinces' } },
      (m.sourceProvinces || []).map((p) => el('li', { dataset: { province: p.id } }, el('a', { href: `#/provinces/${p.id}` }, nameOf(p)))))),
    section(t('measure.departments'), el('ul', { className: 'tags', dataset: { field: 'departments' } },
      (m.departments || []).map((d) => el('li', {}, nameOf(d))))),
    section(t('measure.provenance'), el('p', { dataset: { field: 'provenance' } },
      [provenance.document, provenance.documentDate, provenance.file && `${provenance.file}${provenance.line ? `:${provenance.line}` : ''}`]
        .filter(Boolean).join(' · '))),
    section(t('measure.adopters'), view.adopters.length === 0 ? el('p', { className: 'empty' }, t('measure.noAdopters'))
      : table({ dataset: { table: 'adopters' } }, [t('province'), t('record'), t('status'), t('scope')],
        view.adopters.map((a) => el('tr', { dataset: { record: a.recordId } },
          el('td', {}, el('a', { href: `#/provinces/${a.province.id}` }, nameOf(a.province))),
          el('td', { className: 'id' }, a.recordId),
          el('td', {}, el('span', { className: `status status-${a.status}` }, t(`status.${a.status}`))),
          el('td', {}, a.scope || ''))))),
    section(t('measure.planTasks'), (view.planTasks || []).length === 0
      ? el('p', { className: 'empty', dataset: { empty: 'planTasks' } }, t('measure.noPlanTasks'))
      : table({ dataset: { table: 'planTasks' } }, [t('province'), t('task.section'), t('task.text'), t('year'), t('status')],
        view.planTasks.map((task) => el('tr', { dataset: { task: task.id } },
          el('td', {}, el('a', { href: `#/provinces/${task.province.id}` }, nameOf(task.province))),
          el('td', {}, task.section || ''),
          el('td', {}, task.text),
          el('td', {}, String(task.dueYear)),
          el('td', {}, el('span', { className: `status task-${task.status}`, dataset: { col: 'status' } }, t(`task.${task.status}`))))))));
  return { node, title: m.name };
}
