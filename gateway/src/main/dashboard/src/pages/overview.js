// National overview: how far each province has adopted the list, by reform area; the most and
// least adopted measures; target attainment per pilot province.
import { apiGet } from '../api.js';
import { heatmap } from '../charts.js';
import { tileMap } from '../tilemap.js';
import { el, kpi, section, table } from '../dom.js';
import { language, nameOf, t } from '../i18n.js';

export async function render() {
  const [view, recent] = await Promise.all([apiGet('/api/v1/views/overview'),
    apiGet('/api/v1/changes/recent', { query: { limit: RECENT } }).then((body) => body.items)]);
  const catalogueTotal = view.categories.reduce((sum, c) => sum + c.catalogue, 0);
  const targetTotal = view.attainment.reduce((sum, p) => sum + Object.values(p.counts).reduce((a, b) => a + b, 0), 0);
  const chartBox = el('div', { className: 'chart chart-heatmap', dataset: { chart: 'heatmap' } });
  chartBox.style.height = `${Math.max(160, 60 + view.provinces.length * 36)}px`;

  const node = el('div', { className: 'page', dataset: { page: 'overview' } },
    el('h1', {}, t('overview.title')),
    el('div', { className: 'kpis' },
      kpi('measures', catalogueTotal, t('kpi.measures')),
      kpi('categories', view.categories.length, t('kpi.categories')),
      kpi('provinces', view.provinces.length, t('kpi.provinces')),
      kpi('targets', targetTotal, t('kpi.targets'))),
    nationalMap(view, catalogueTotal),
    section(t('overview.heatmap'),
      view.provinces.length === 0 ? el('p', { className: 'empty' }, t('overview.noAdoptions')) : [
        el('p', { className: 'note' }, t('overview.heatmapNote')),
        chartBox,
        heatTable(view, catalogueTotal),
      ]),
    el('div', { className: 'columns' },
      section(t('overview.most'), ranked('most', view.mostAdopted)),
      section(t('overview.least'), ranked('least', view.leastAdopted))),
    section(t('overview.attainment'), attainmentTable(view.attainment)),
    section(t('timeline.title'), timeline(recent)));

  return {
    node,
    title: t('overview.title'),
    afterMount: () => {
      if (view.provinces.length === 0) {
        return;
      }
      const columns = view.categories.map((c) => c.id);
      heatmap(chartBox, {
        columns,
        columnNames: view.categories.map((c) => `${c.id} ${nameOf(c)}`),
        rows: view.provinces.map((p) => nameOf(p.province)),
        cells: view.provinces.flatMap((p, row) => columns.map((id, column) => [column, row, p.adoptedByCategory[id] ?? 0])),
        max: Math.max(...view.categories.map((c) => c.catalogue)),
      });
    },
  };
}

/** The 31 provinces at a glance: adoption coverage, or the share of targets met, on a tile map. */
function nationalMap(view, catalogueTotal) {
  const names = Object.fromEntries(view.allProvinces.map((p) => [p.id, nameOf(p)]));
  const coverage = Object.fromEntries(view.provinces.map((p) => [p.province.id, {
    share: catalogueTotal === 0 ? 0 : p.adopted / catalogueTotal,
    text: t('tiles.coverageText', { adopted: p.adopted, catalogue: catalogueTotal }),
  }]));
  const attainment = Object.fromEntries(view.attainment.map((p) => {
    const total = Object.values(p.counts).reduce((a, b) => a + b, 0);
    const met = p.counts.met ?? 0;
    return [p.province.id, { share: total === 0 ? 0 : met / total, text: t('tiles.attainmentText', { met, total }) }];
  }));
  const maps = {
    coverage: tileMap({ kind: 'coverage', caption: t('tiles.coverage'), values: coverage, names, noValue: t('tiles.noList') }),
    attainment: tileMap({ kind: 'attainment', caption: t('tiles.attainment'), values: attainment, names, noValue: t('tiles.noTargets') }),
  };
  const holder = el('div', {}, maps.coverage);
  const buttons = Object.keys(maps).map((kind) => el('button', {
    type: 'button', className: 'switch', 'aria-pressed': String(kind === 'coverage'), dataset: { show: kind },
    onclick: () => {
      holder.replaceChildren(maps[kind]);
      buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.show === kind)));
    },
  }, t(`tiles.${kind}`)));
  return section(t('tiles.title'), el('div', { className: 'switches', role: 'group', 'aria-label': t('tiles.show') }, buttons), holder);
}

/** The heat map's numbers as a table: readable without the chart, by screen readers and on paper. */
function heatTable(view, catalogueTotal) {
  const headers = [t('province'), ...view.categories.map((c) => el('abbr', { title: nameOf(c) }, c.id)), t('total')];
  const rows = view.provinces.map((p) => el('tr', { dataset: { province: p.province.id } },
    el('th', { scope: 'row' }, el('a', { href: `#/provinces/${p.province.id}` }, nameOf(p.province))),
    view.categories.map((c) => el('td', { dataset: { category: c.id } }, String(p.adoptedByCategory[c.id] ?? 0))),
    el('td', { dataset: { col: 'adopted' } }, String(p.adopted))));
  rows.push(el('tr', { className: 'catalogue-row' },
    el('th', { scope: 'row' }, t('catalogue')),
    view.categories.map((c) => el('td', { dataset: { catalogue: c.id } }, String(c.catalogue))),
    el('td', {}, String(catalogueTotal))));
  return table({ dataset: { table: 'heatmap' }, className: 'numbers' }, headers, rows);
}

function ranked(kind, measures) {
  return el('ol', { className: 'ranked', dataset: { list: kind } },
    measures.map((m) => el('li', { dataset: { measure: m.id } },
      el('a', { href: `#/measures/${encodeURIComponent(m.id)}` }, el('span', { className: 'id' }, m.id), ' ', m.name),
      el('span', { className: 'badge', title: t('adoptedBy'), dataset: { adoptedBy: String(m.adoptedBy) } }, String(m.adoptedBy)))));
}

const ATTAINMENT = ['met', 'on-track', 'at-risk', 'missed', 'no-target-year-data', 'no-data'];
const RECENT = 12;

/** Where a change's aggregate is shown: a measure's page, its province's, or the framework page. */
function changeLink(change) {
  const province = change.key.slice(0, 6);
  switch (change.topic) {
    case 'ecoreform.measures.v1': return { kind: 'measure', href: `#/measures/${encodeURIComponent(change.key)}` };
    case 'ecoreform.adoptions.v1': return { kind: 'adoption', href: `#/provinces/${province}` };
    case 'ecoreform.indicators.v1': return { kind: 'target', href: `#/provinces/${province}` };
    case 'ecoreform.plan-tasks.v1': return { kind: 'planTask', href: `#/provinces/${province}` };
    case 'ecoreform.accountability.v1': return { kind: 'accountability', href: '#/framework' };
    default: return { kind: 'framework', href: '#/framework' };
  }
}

/** The newest changes across the domains, newest first; the page redraws when one arrives. */
function timeline(changes) {
  if (changes.length === 0) {
    return el('p', { className: 'empty' }, t('timeline.empty'));
  }
  return el('ol', { className: 'timeline', dataset: { list: 'timeline' } }, changes.map((change) => {
    const { kind, href } = changeLink(change);
    return el('li', { dataset: { change: String(change.sequence), key: change.key } },
      el('time', { datetime: change.at }, formatTime(change.at)),
      el('span', { className: `change-kind change-${kind}` }, t(`timeline.${kind}`)),
      el('a', { href, className: 'id' }, change.key),
      el('span', { className: 'change-version' }, change.kind === 'deleted' ? t('timeline.deleted') : `v${change.version}`));
  }));
}

function formatTime(at) {
  return new Date(at).toLocaleString(language() === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'short', timeStyle: 'short' });
}

function attainmentTable(rows) {
  return table({ dataset: { table: 'attainment' }, className: 'numbers' },
    [t('province'), ...ATTAINMENT.map((s) => t(`attain.${s}`))],
    rows.map((row) => el('tr', { dataset: { province: row.province.id } },
      el('th', { scope: 'row' }, el('a', { href: `#/provinces/${row.province.id}` }, nameOf(row.province))),
      ATTAINMENT.map((s) => el('td', { dataset: { status: s } }, String(row.counts[s] ?? 0))))));
}
