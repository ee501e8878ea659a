// The policy framework (the 2015 overall reform plan): its institutional systems, their articles,
// the pilot measures implementing each article and how many provinces adopted them.
import { apiGet } from '../api.js';
import { el, kpi, section, table } from '../dom.js';
import { nameOf, t } from '../i18n.js';

export async function render() {
  const view = await apiGet('/api/v1/views/framework');
  const articleCount = view.systems.reduce((sum, s) => sum + s.articles.length, 0) + view.general.length;
  const node = el('div', { className: 'page', dataset: { page: 'framework', framework: view.id } },
    el('h1', {}, t('framework.title')),
    el('p', { className: 'note' }, t('framework.note', { title: view.title })),
    el('div', { className: 'kpis' },
      kpi('systems', view.systems.length, t('framework.kpi.systems')),
      kpi('articles', articleCount, t('framework.kpi.articles')),
      kpi('linkedMeasures', view.linkedMeasures, t('framework.kpi.linked')),
      kpi('placedMeasures', view.placedMeasures, t('framework.kpi.placed'))),
    section(t('framework.systems'), systemsTable(view.systems)),
    view.systems.map((s) => el('section', { className: 'card', dataset: { system: s.id } },
      el('h2', { id: s.id }, `${s.section} ${nameOf(s)}`),
      el('p', { className: 'note' }, t('framework.systemNote', { measures: s.measures, provinces: s.adoptingProvinces })),
      articlesTable(s.articles),
      placedWithoutArticle(s.placedWithoutArticle || []),
      s.accountability ? accountabilityTable(s.accountability) : null)),
    el('section', { className: 'card', dataset: { system: 'general' } },
      el('h2', {}, t('framework.general')),
      articlesTable(view.general)));
  return { node, title: t('framework.title') };
}

function systemsTable(systems) {
  return table({ dataset: { table: 'systems' } }, [t('framework.system'), t('framework.kpi.articles'), t('framework.measures'), t('framework.provinces')],
    systems.map((s) => el('tr', { dataset: { system: s.id } },
      el('th', { scope: 'row' }, el('a', { href: `#/framework`, onclick: (event) => jump(event, s.id) }, `${s.section} ${nameOf(s)}`)),
      el('td', { dataset: { col: 'articles' } }, String(s.articles.length)),
      el('td', { dataset: { col: 'measures' } }, String(s.measures)),
      el('td', { dataset: { col: 'provinces' } }, String(s.adoptingProvinces)))));
}

function articlesTable(articles) {
  return table({ dataset: { table: 'articles' } }, [t('framework.article'), t('framework.measures')],
    articles.map((a) => el('tr', { dataset: { article: a.id } },
      el('th', { scope: 'row' }, el('span', { className: 'id' }, `（${a.number}）`), ' ', a.heading),
      el('td', {}, a.measures.length === 0 ? el('span', { className: 'empty' }, t('framework.noMeasure'))
        : el('ul', { className: 'tags' }, a.measures.map((m) => el('li', { dataset: { measure: m.id } },
          el('a', { href: `#/measures/${encodeURIComponent(m.id)}` }, m.name),
          ' ', el('span', { className: 'count', title: t('framework.provinces') }, t('framework.adoptedBy', { provinces: m.provinces })))))))));
}

/** The measures placed in the system (by their category or candidates) that none of its articles names. */
function placedWithoutArticle(measures) {
  if (measures.length === 0) {
    return null;
  }
  return [el('h3', {}, t('framework.placedWithoutArticle')),
    el('ul', { className: 'tags', dataset: { list: 'placedWithoutArticle' } }, measures.map((m) => el('li', { dataset: { measure: m.id } },
      el('a', { href: `#/measures/${encodeURIComponent(m.id)}` }, m.name),
      ' ', el('span', { className: 'count', title: t('framework.provinces') }, t('framework.adoptedBy', { provinces: m.provinces })))))];
}

/** The eighth system's tracker: per province, where it stands with each assessment and accountability institution. */
function accountabilityTable(provinces) {
  if (provinces.length === 0) {
    return el('p', { className: 'empty', dataset: { empty: 'accountability' } }, t('framework.noAccountability'));
  }
  return [el('h3', {}, t('framework.accountability')),
    table({ dataset: { table: 'accountability' } }, [t('province'), t('framework.institutions')],
      provinces.map((p) => el('tr', { dataset: { province: p.province.id } },
        el('th', { scope: 'row' }, el('a', { href: `#/provinces/${p.province.id}` }, nameOf(p.province))),
        el('td', {}, el('ul', { className: 'tags' }, p.institutions.map((i) => el('li', { dataset: { institution: i.id, status: i.status } },
          nameOf(i), ' ', el('span', { className: `status accountability-${i.status}` }, t(`accountability.${i.status}`)),
          (i.pilotPlaces || []).length === 0 ? null : el('span', { className: 'count' }, ` ${t('framework.pilots', { places: i.pilotPlaces.join('、') })}`))))))))];
}

/** Scrolls to a system's card without leaving the page's route. */
function jump(event, id) {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView();
}
