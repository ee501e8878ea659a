// #/ : what needs the office's attention first — overdue plan tasks, records with no report for a
// year, deadlines due within 90 days or passed — then every record of the province.
import { apiGet, apiGetAll } from '../../api.js';
import { el, section, table } from '../../dom.js';
import { nameOf, t } from '../../i18n.js';
import { provincePicker, workingProvince } from '../session.js';

const STALE_DAYS = 365;
const DUE_SOON_DAYS = 90;
const CLOSED = new Set(['implemented', 'withdrawn']);

/** @param {string[]} params @param {{ session: import('../relay.js').Session }} context */
export async function render([query], { session }) {
  const province = workingProvince(session, query);
  const provinces = (await apiGet('/api/v1/provinces')).items ?? [];
  if (!province && session.roles.includes('catalogue-editor')) {
    return catalogueAttention(provinces);
  }
  if (!province) {
    return { node: pickProvince(session, provinces), title: t('ws.brand') };
  }
  const label = provinces.find((p) => p.code === province);
  const [records, tasks] = await Promise.all([
    apiGetAll('/api/v1/adoptions', { query: { province: [province] } }),
    apiGetAll('/api/v1/plan-tasks', { query: { province: [province], status: ['overdue'] } }),
  ]);
  const today = chinaToday();
  const stale = records.filter((r) => !CLOSED.has(r.status) && daysBetween(lastReport(r), today) > STALE_DAYS);
  const milestones = records.flatMap((r) => (r.milestones ?? [])
    .filter((m) => !m.done && m.dueOn && daysBetween(today, m.dueOn) <= DUE_SOON_DAYS)
    .map((m) => ({ record: r, milestone: m })))
    .sort((a, b) => a.milestone.dueOn.localeCompare(b.milestone.dueOn));
  const title = t('ws.attention.title', { province: nameOf(label) || province });
  const node = el('div', {},
    el('h1', {}, title),
    stale.length + tasks.length + milestones.length === 0 ? el('p', { className: 'empty' }, t('ws.attention.none')) : null,
    tasks.length ? section(t('ws.attention.overdueTasks'), el('ul', { className: 'attention', dataset: { attention: 'tasks' } },
      tasks.map((task) => el('li', {}, el('strong', {}, t('ws.attention.taskDue', { year: task.dueYear ?? '' })), ' ',
        el('a', { href: `#/tasks/${encodeURIComponent(task.id ?? '')}` }, task.text ?? task.id))))) : null,
    stale.length ? section(t('ws.attention.stale'), el('ul', { className: 'attention', dataset: { attention: 'stale' } },
      stale.map((r) => el('li', {}, recordLink(r), ' · ', t('ws.attention.lastReport', { date: lastReport(r) }))))) : null,
    milestones.length ? section(t('ws.attention.milestones'), el('ul', { className: 'attention', dataset: { attention: 'milestones' } },
      milestones.map(({ record, milestone }) => el('li', {}, el('strong', {}, t('ws.attention.dueOn', { date: milestone.dueOn })), ' ',
        milestone.description ?? '', ' · ', recordLink(record))))) : null,
    section(t('ws.records.title', { count: records.length }),
      table({ dataset: { records: province } }, [t('ws.records.name'), t('ws.records.status'), t('ws.records.since')],
        records.map((r) => el('tr', {},
          el('td', {}, recordLink(r)),
          el('td', {}, el('span', { className: `status status-${r.status}` }, t(`status.${r.status}`))),
          el('td', {}, r.statusSince ?? ''))))));
  return { node, title };
}

/**
 * The catalogue team's first work: plan tasks the matcher found candidates for and nobody decided yet.
 * @param {any[]} provinces
 */
async function catalogueAttention(provinces) {
  const [all, framework] = await Promise.all([apiGetAll('/api/v1/plan-tasks'), apiGet('/api/v1/framework/links', { query: { status: 'uncertain' } })]);
  const tasks = all.filter((task) => (task.candidates ?? []).length > 0 && !(task.decisions ?? []).length);
  const unlinked = framework.items ?? [];
  const title = t('ws.attention.links', { count: tasks.length });
  const node = el('div', {}, el('h1', {}, title),
    tasks.length === 0 ? el('p', { className: 'empty' }, t('ws.attention.none')) : null,
    el('ul', { className: 'attention', dataset: { attention: 'links' } }, tasks.map((task) => el('li', {},
      el('strong', {}, nameOf(provinces.find((p) => p.code === task.province?.id)) || task.province?.id || ''), ' ',
      el('a', { href: `#/tasks/${encodeURIComponent(task.id ?? '')}` }, task.text ?? task.id), ' · ',
      (task.candidates ?? []).map((c) => `${c.id} ${(c.score ?? 0).toFixed(2)}`).join('、')))),
    section(t('ws.attention.articles', { count: unlinked.length }), el('ul', { className: 'attention', dataset: { attention: 'articles' } },
      unlinked.map((item) => el('li', {}, el('a', { href: `#/measures/${encodeURIComponent(item.measure ?? '')}/articles` },
        `${item.measure} ${item.name ?? ''}`), ' · ',
        (item.candidates ?? []).map((c) => `${c.article} ${(c.score ?? 0).toFixed(2)}`).join('、'))))));
  return { node, title };
}

/** @param {{ id?: string | null, name?: string | null, rowNumber?: number | null }} record */
function recordLink(record) {
  return el('a', { href: `#/records/${encodeURIComponent(record.id ?? '')}` },
    record.rowNumber ? `${record.rowNumber}. ` : '', record.name ?? record.id);
}

/** The day of the record's latest report (its status's day when it has no history). @param {any} record */
function lastReport(record) {
  const days = (record.history ?? []).map((/** @type {any} */ h) => h.effectiveOn).filter(Boolean).sort();
  return days.length ? days[days.length - 1] : record.statusSince ?? chinaToday();
}

/** Today in China, as the API counts days (yyyy-mm-dd). */
export function chinaToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** @param {string} from @param {string} to */
function daysBetween(from, to) {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** An administrator (no province of their own) picks the province to work on. @param {any} session @param {any[]} provinces */
function pickProvince(session, provinces) {
  if (!session.roles.includes('admin')) {
    return el('p', { className: 'notice warning', role: 'note' }, t('ws.noProvince'));
  }
  return provincePicker(provinces, '#/');
}
