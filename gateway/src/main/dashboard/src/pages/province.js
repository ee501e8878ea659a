// One province: coverage of the list by reform area, its adoption records with their status,
// its targets with attainment, and the history of the observations reported against them.
import { apiGet, apiGetAll } from '../api.js';
import { coverageBars, history } from '../charts.js';
import { el, kpi, section, table } from '../dom.js';
import { formatNumber, nameOf, t, unitName } from '../i18n.js';

export async function render([code]) {
  const [view, observations, tasks] = await Promise.all([
    apiGet('/api/v1/views/provinces/{code}', { path: { code } }),
    apiGetAll('/api/v1/observations', { query: { province: [code] } }),
    apiGetAll('/api/v1/plan-tasks', { query: { province: [code] } }),
  ]);
  const records = view.categories.flatMap((c) => c.records.map((r) => ({ ...r, category: c })));
  const share = view.coverage.catalogue === 0 ? 0 : Math.round((view.coverage.adopted / view.coverage.catalogue) * 100);
  const coverageChart = el('div', { className: 'chart', dataset: { chart: 'coverage' } });
  const histories = observationHistories(view.targets, observations);

  const node = el('div', { className: 'page', dataset: { page: 'province', province: code } },
    el('h1', {}, nameOf(view.province)),
    el('div', { className: 'kpis' },
      el('div', { className: 'kpi' },
        el('span', { className: 'kpi-value' }, el('span', { dataset: { kpi: 'adopted' } }, String(view.coverage.adopted)), ' / ',
          el('span', { dataset: { kpi: 'catalogue' } }, String(view.coverage.catalogue))),
        el('span', { className: 'kpi-label' }, `${t('province.coverage')} ${share}%`)),
      kpi('records', records.length, t('province.records')),
      kpi('targets', view.targets.length, t('province.targets')),
      kpi('observations', observations.length, t('observations'))),
    view.plans.length === 0 ? null : section(t('province.plans'), el('ul', { className: 'plans' },
      view.plans.map((plan) => el('li', { dataset: { plan: plan.id } }, plan.documentNumber || plan.id, ' · ',
        Object.entries(plan.statusCounts || {}).map(([status, count]) => `${t(`status.${status}`)} ${count}`).join('，'))))),
    section(t('province.byCategory'), coverageChart, coverageTable(view.categories)),
    (view.frameworkSystems || []).length === 0 ? null : section(t('province.systems'), systemsTable(view.frameworkSystems)),
    section(t('province.records'), records.length === 0 ? el('p', { className: 'empty' }, t('province.noRecords')) : recordsTable(records)),
    section(t('province.progress'), progressTimeline(records)),
    tasks.length === 0 ? null : section(t('province.planTasks'), planTasksTable(tasks)),
    section(t('province.targets'), view.targets.length === 0 ? el('p', { className: 'empty' }, t('province.noTargets'))
      : [attainmentPicture(view.targets), targetsTable(view.targets)]),
    section(t('province.history'), histories.length === 0
      ? el('p', { className: 'empty', dataset: { empty: 'observations' } }, t('province.noObservations'))
      : histories.map((h) => h.node)));

  return {
    node,
    title: nameOf(view.province),
    afterMount: () => {
      coverageBars(coverageChart, {
        labels: view.categories.map((c) => c.id),
        names: view.categories.map((c) => `${c.id} ${nameOf(c)}`),
        adopted: view.categories.map((c) => c.adopted),
        catalogue: view.categories.map((c) => c.catalogue),
        adoptedLabel: t('adopted'),
        catalogueLabel: t('catalogue'),
      });
      histories.forEach((h) => h.draw());
    },
  };
}

/** Coverage per institutional system of the 2015 plan: measures linked to the system, and those adopted. */
function systemsTable(systems) {
  return table({ dataset: { table: 'systems' }, className: 'numbers' }, [t('framework.system'), t('adopted'), t('catalogue')],
    systems.map((s) => el('tr', { dataset: { system: s.id } },
      el('th', { scope: 'row' }, el('a', { href: '#/framework' }, nameOf(s))),
      el('td', { dataset: { col: 'adopted' } }, String(s.adopted)),
      el('td', { dataset: { col: 'catalogue' } }, String(s.catalogue)))));
}

function coverageTable(categories) {
  return table({ dataset: { table: 'coverage' }, className: 'numbers' }, [t('category'), t('adopted'), t('catalogue')],
    categories.map((c) => el('tr', { dataset: { category: c.id } },
      el('th', { scope: 'row' }, `${c.id} ${nameOf(c)}`),
      el('td', { dataset: { col: 'adopted' } }, String(c.adopted)),
      el('td', { dataset: { col: 'catalogue' } }, String(c.catalogue)))));
}

function recordsTable(records) {
  return table({ dataset: { table: 'records' } }, [t('record'), t('name'), t('category'), t('status'), t('measure')],
    records.map((r) => el('tr', { dataset: { record: r.id } },
      el('td', { className: 'id' }, r.id),
      el('td', {}, r.name),
      el('td', {}, r.category.id),
      el('td', {}, el('span', { className: `status status-${r.status}`, dataset: { col: 'status' } }, t(`status.${r.status}`)),
        r.statusSince ? el('span', { className: 'since' }, ` ${t('progress.since', { date: r.statusSince })}`) : null),
      el('td', {}, (r.measureIds || []).map((id) => el('a', { href: `#/measures/${encodeURIComponent(id)}`, className: 'id' }, id, ' '))))));
}

/** Every progress entry of the province's records, newest first: the day, the record, the status, what was done, on which documents. */
function progressTimeline(records) {
  const entries = records.flatMap((r) => (r.progress || []).map((p) => ({ ...p, record: r })))
    .sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || b.entry - a.entry);
  if (entries.length === 0) {
    return el('p', { className: 'empty', dataset: { empty: 'progress' } }, t('province.noProgress'));
  }
  return el('ol', { className: 'timeline', dataset: { list: 'progress' } }, entries.map((p) => el('li', { dataset: { entry: String(p.entry), record: p.record.id } },
    el('time', { dateTime: p.effectiveOn }, p.effectiveOn), ' ',
    el('span', { className: `status status-${p.status}` }, t(`status.${p.status}`)), ' ',
    el('span', { className: 'id' }, p.record.id), ' ', p.record.name,
    el('p', {}, p.narrative),
    (p.evidence || []).length === 0 ? null : el('p', { className: 'evidence' }, `${t('progress.evidence')}: `,
      p.evidence.map((e) => {
        const label = [e.documentNumber, e.title, e.issuedOn].filter(Boolean).join(' · ');
        return e.url ? el('a', { href: e.url, rel: 'noopener noreferrer', target: '_blank' }, label, ' ') : el('span', {}, label, ' ');
      })))));
}

/** The pilot plan's dated tasks, overdue ones first, each with the measures it became. */
function planTasksTable(tasks) {
  const order = { overdue: 0, due: 1, done: 2 };
  const sorted = [...tasks].sort((a, b) => order[a.status] - order[b.status] || a.dueYear - b.dueYear || a.position - b.position);
  return table({ dataset: { table: 'planTasks' } }, [t('year'), t('task.section'), t('task.text'), t('status'), t('measure')],
    sorted.map((task) => el('tr', { dataset: { task: task.id, status: task.status } },
      el('td', {}, String(task.dueYear)),
      el('td', {}, task.section || ''),
      el('td', {}, task.text),
      el('td', {}, el('span', { className: `status task-${task.status}` }, t(`task.${task.status}`))),
      el('td', {}, (task.measures || []).map((m) => el('a', { href: `#/measures/${encodeURIComponent(m.id)}`, className: 'id' }, m.id, ' '))))));
}

function targetText(target) {
  const value = target.value === undefined || target.value === null ? '' : ` ${formatNumber(target.value)}${target.unit ? ` ${unitName(target.unit)}` : ''}`;
  // symbols (≥ ≤ =) read the same in both languages; words are translated
  const comparator = /^[a-z]+$/.test(target.comparator) ? t(`cmp.${target.comparator}`) : target.comparator;
  // a change by an amount is measured from a base year (比2015年下降10%)
  const relative = value && (target.comparator === 'increase' || target.comparator === 'decrease') && target.baseline;
  return `${comparator}${value}${relative ? t('cmp.against', { year: target.baseline.year }) : ''}`;
}

/**
 * Each target as a bar on its own scale: the latest value (coloured by attainment) against a tick at
 * the target. The table below has the same facts in words.
 */
function attainmentPicture(targets) {
  return el('ul', { className: 'bullets', dataset: { chart: 'attainment' } }, targets.map((target) => {
    const status = target.attainment.status;
    const latest = target.latestObservation;
    const goal = target.comparator === 'eliminate' ? 0 : target.value;
    const measurable = latest && typeof goal === 'number' && ['≥', '≤', '=', 'eliminate'].includes(target.comparator);
    const words = `${nameOf(target.indicator)}: ${latest ? t('bullet.latest', { value: formatNumber(latest.value), period: latest.period }) : t('attain.no-data')}, `
      + `${t('target')} ${targetText(target)} (${target.year}), ${t(`attain.${status}`)}`;
    const bullet = el('div', { className: 'bullet', role: 'img', 'aria-label': words, title: words });
    if (measurable) {
      const scale = Math.max(Number(goal), Number(latest.value), 1e-9) * 1.15;
      const bar = el('div', { className: `bullet-bar bullet-${status}` });
      bar.style.width = `${Math.min(100, (Number(latest.value) / scale) * 100)}%`;
      const tick = el('div', { className: 'bullet-target' });
      tick.style.left = `${(Number(goal) / scale) * 100}%`;
      bullet.append(bar, tick);
    }
    return el('li', { dataset: { target: target.id, status } },
      el('span', { className: 'bullet-name' }, nameOf(target.indicator), ' ', el('span', { className: 'id' }, String(target.year))),
      bullet,
      el('span', { className: `attain attain-${status}` }, t(`attain.${status}`)));
  }));
}

function targetsTable(targets) {
  return table({ dataset: { table: 'targets' } }, [t('indicator'), t('target'), t('year'), t('attainment')],
    targets.map((target) => el('tr', { dataset: { target: target.id } },
      el('td', {}, nameOf(target.indicator)),
      el('td', {}, targetText(target)),
      el('td', {}, String(target.year)),
      el('td', {}, el('span', {
        className: `attain attain-${target.attainment.status}`, title: target.attainment.explanation || '', dataset: { col: 'attainment', status: target.attainment.status },
      }, t(`attain.${target.attainment.status}`))))));
}

/** A chart and a table per indicator with observations, the target drawn on the chart. */
function observationHistories(targets, observations) {
  const byIndicator = new Map();
  for (const o of observations) {
    if (!byIndicator.has(o.indicator)) {
      byIndicator.set(o.indicator, []);
    }
    byIndicator.get(o.indicator).push(o);
  }
  return [...byIndicator.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([indicator, list]) => {
    list.sort((a, b) => a.period - b.period);
    const target = targets.filter((tg) => tg.indicator.id === indicator && typeof tg.value === 'number').sort((a, b) => b.year - a.year)[0];
    const label = target ? nameOf(target.indicator) : indicator;
    const box = el('div', { className: 'chart chart-small', dataset: { chart: `history-${indicator}` } });
    const node = el('div', { className: 'history', dataset: { indicator } },
      el('h3', {}, label),
      box,
      table({ dataset: { table: `observations-${indicator}` } }, [t('period'), t('value'), t('status'), t('source')],
        list.map((o) => el('tr', { dataset: { observation: o.id } },
          el('td', {}, String(o.period)),
          el('td', { className: 'number', dataset: { col: 'value' } }, String(o.value)),
          el('td', {}, t(`obs.${o.status}`)),
          el('td', {}, o.source)))));
    return {
      node,
      draw: () => history(box, {
        series: list.map((o) => [o.period, Number(o.value)]),
        target: target?.value,
        targetLabel: t('target'),
        unit: unitName(target?.unit),
      }),
    };
  });
}
