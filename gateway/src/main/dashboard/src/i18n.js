// Interface texts in Chinese (the default) and English. Data carries its own names: categories
// and provinces have nameZh/nameEn, measure and adoption texts exist in Chinese only.
/** Every interface text in both languages (exported for the browser test, which checks that a page shows one language). */
export const TEXTS = {
  zh: {
    brand: '生态文明体制改革举措',
    'nav.overview': '全国总览',
    'bullet.latest': '最新值 {value}（{period}年）',
    'timeline.title': '最近更新',
    'timeline.empty': '暂无更新。',
    'timeline.measure': '举措',
    'timeline.adoption': '采纳记录',
    'timeline.target': '目标',
    'timeline.framework': '改革总体方案',
    'timeline.deleted': '已删除',
    'tiles.title': '全国一览',
    'tiles.show': '地图显示',
    'tiles.coverage': '推广清单覆盖率',
    'tiles.attainment': '目标达成率',
    'tiles.legend': '图例',
    'tiles.noList': '尚无推广清单',
    'tiles.noTargets': '尚无目标',
    'tiles.asTable': '以表格查看',
    'tiles.share': '比例',
    'tiles.numbers': '数值',
    'tiles.coverageText': '已采纳 {adopted} / {catalogue} 项举措',
    'tiles.attainmentText': '{total} 项目标中已达成 {met} 项',
    'framework.title': '生态文明体制改革总体方案',
    'framework.note': '《{title}》（2015年）的八项制度、各条款及落实条款的试验区推广举措；链接由文本相似度得出，不确定的不予链接。',
    'framework.kpi.systems': '制度体系',
    'framework.kpi.articles': '条款',
    'framework.kpi.linked': '已链接条款的举措',
    'framework.systems': '八项制度',
    'framework.system': '制度',
    'framework.article': '条款',
    'framework.measures': '推广举措',
    'framework.provinces': '采纳省份',
    'framework.systemNote': '落实本制度的举措 {measures} 项，采纳其中任一举措的省份 {provinces} 个。',
    'framework.general': '总体要求与实施保障',
    'framework.noMeasure': '暂无链接举措',
    'framework.adoptedBy': '{provinces} 省采纳',
    'nav.framework': '改革总体方案',
    'province.systems': '按八项制度的采纳情况',
    'nav.search': '搜索举措',
    footer: '数据来源：国家发展改革委《国家生态文明试验区改革举措和经验做法推广清单》、各省推广清单与试验区实施方案。',
    api: 'API 文档',
    loading: '加载中…',
    'live.connecting': '正在连接实时更新…',
    'live.open': '实时更新',
    'live.closed': '实时更新已中断，正在重连…',
    'live.updated': '已更新 {time}',
    'overview.title': '全国推广总览',
    'kpi.measures': '推广举措',
    'kpi.categories': '改革领域',
    'kpi.provinces': '已发布推广清单的省份',
    'kpi.targets': '试验区目标指标',
    'overview.heatmap': '各省按改革领域采纳举措数',
    'overview.heatmapNote': '颜色越深，采纳的举措越多；格内数字为已采纳数。',
    'overview.most': '采纳最多的举措',
    'overview.least': '采纳最少的举措',
    'overview.attainment': '目标达成情况',
    'overview.noAdoptions': '暂无省份发布推广清单。',
    province: '省份',
    category: '改革领域',
    adopted: '已采纳',
    catalogue: '清单举措',
    total: '合计',
    measure: '举措',
    adoptedBy: '采纳省份数',
    'province.coverage': '清单覆盖率',
    'province.byCategory': '按改革领域的覆盖情况',
    'province.records': '推广记录',
    'province.noRecords': '该省尚无推广记录。',
    'province.progress': '进展时间线',
    'province.noProgress': '尚无进展报告。',
    'progress.since': '自{date}起',
    'progress.evidence': '依据',
    'province.targets': '目标指标与达成情况',
    'province.noTargets': '该省暂无目标指标。',
    'province.history': '观测数据历史',
    'province.noObservations': '尚无观测数据。',
    'province.plans': '推广文件',
    record: '记录',
    name: '名称',
    status: '状态',
    indicator: '指标',
    target: '目标',
    year: '年份',
    attainment: '达成',
    period: '期间',
    value: '数值',
    source: '来源',
    observations: '观测',
    'measure.content': '举措内容',
    'measure.sourceProvinces': '经验来源省份',
    'measure.departments': '指导部门',
    'measure.provenance': '出处',
    'measure.adopters': '采纳该举措的省份',
    'measure.adoptingProvinces': '采纳省份',
    'measure.noAdopters': '尚无省份采纳。',
    'measure.retired': '已停用',
    scope: '范围',
    'search.title': '搜索举措',
    'search.placeholder': '输入关键词，例如：林票',
    'search.button': '搜索',
    'search.results': '共 {count} 条结果',
    'search.more': '（仅显示前 {count} 条）',
    'search.none': '没有找到匹配的举措。',
    'error.title': '无法加载数据',
    'error.notFound': '未找到：{what}',
    'status.planned': '计划推广',
    'status.in-progress': '推进中',
    'status.implemented': '已实施',
    'status.suspended': '已暂停',
    'status.withdrawn': '已撤回',
    'status.active': '有效',
    'status.retired': '已停用',
    'attain.met': '已达成',
    'attain.on-track': '进展顺利',
    'attain.at-risk': '存在风险',
    'attain.missed': '未达成',
    'attain.no-data': '暂无数据',
    'obs.provisional': '初步',
    'obs.verified': '已核实',
    'cmp.increase': '提高',
    'cmp.decrease': '下降',
    'cmp.eliminate': '消除',
    'cmp.qualitative': '定性目标',
    'cmp.against': '（比{year}年）',
  },
  en: {
    brand: 'Ecological civilization reform measures',
    'nav.overview': 'National overview',
    'bullet.latest': 'latest {value} ({period})',
    'timeline.title': 'Recent changes',
    'timeline.empty': 'No change yet.',
    'timeline.measure': 'Measure',
    'timeline.adoption': 'Adoption record',
    'timeline.target': 'Target',
    'timeline.framework': 'Reform framework',
    'timeline.deleted': 'deleted',
    'tiles.title': 'The provinces at a glance',
    'tiles.show': 'Map shows',
    'tiles.coverage': 'Adoption coverage',
    'tiles.attainment': 'Targets met',
    'tiles.legend': 'Legend',
    'tiles.noList': 'No adoption list yet',
    'tiles.noTargets': 'No targets yet',
    'tiles.asTable': 'Show as a table',
    'tiles.share': 'Share',
    'tiles.numbers': 'Numbers',
    'tiles.coverageText': '{adopted} of {catalogue} measures adopted',
    'tiles.attainmentText': '{met} of {total} targets met',
    'framework.title': 'Overall reform plan for ecological civilisation',
    'framework.note': 'The eight institutional systems of “{title}” (2015), its articles, and the pilot measures implementing each; links come from text similarity, uncertain ones are left out.',
    'framework.kpi.systems': 'Institutional systems',
    'framework.kpi.articles': 'Articles',
    'framework.kpi.linked': 'Measures linked to an article',
    'framework.systems': 'The eight systems',
    'framework.system': 'System',
    'framework.article': 'Article',
    'framework.measures': 'Pilot measures',
    'framework.provinces': 'Adopting provinces',
    'framework.systemNote': '{measures} measures implement this system; {provinces} provinces adopt at least one of them.',
    'framework.general': 'General requirements and implementation',
    'framework.noMeasure': 'No linked measure yet',
    'framework.adoptedBy': 'adopted by {provinces}',
    'nav.framework': 'Reform framework',
    'province.systems': 'Adoption by institutional system',
    'nav.search': 'Search measures',
    footer: "Sources: the NDRC's list of reform measures from the national ecological civilization pilot zones, provincial adoption lists and the pilot zones' implementation plans.",
    api: 'API documentation',
    loading: 'Loading…',
    'live.connecting': 'Connecting to live updates…',
    'live.open': 'Live',
    'live.closed': 'Live updates interrupted, reconnecting…',
    'live.updated': 'Updated {time}',
    'overview.title': 'National adoption overview',
    'kpi.measures': 'Reform measures',
    'kpi.categories': 'Reform areas',
    'kpi.provinces': 'Provinces with an adoption list',
    'kpi.targets': 'Pilot-zone targets',
    'overview.heatmap': 'Measures adopted per province and reform area',
    'overview.heatmapNote': 'Darker means more measures adopted; each cell shows the number adopted.',
    'overview.most': 'Most adopted measures',
    'overview.least': 'Least adopted measures',
    'overview.attainment': 'Target attainment',
    'overview.noAdoptions': 'No province has published an adoption list yet.',
    province: 'Province',
    category: 'Reform area',
    adopted: 'Adopted',
    catalogue: 'In the list',
    total: 'Total',
    measure: 'Measure',
    adoptedBy: 'Adopting provinces',
    'province.coverage': 'Coverage of the list',
    'province.byCategory': 'Coverage by reform area',
    'province.records': 'Adoption records',
    'province.noRecords': 'This province has no adoption records yet.',
    'province.progress': 'Progress timeline',
    'province.noProgress': 'No progress reported yet.',
    'progress.since': 'since {date}',
    'progress.evidence': 'Evidence',
    'province.targets': 'Targets and attainment',
    'province.noTargets': 'This province has no targets.',
    'province.history': 'Observation history',
    'province.noObservations': 'No observations yet.',
    'province.plans': 'Adoption documents',
    record: 'Record',
    name: 'Name',
    status: 'Status',
    indicator: 'Indicator',
    target: 'Target',
    year: 'Year',
    attainment: 'Attainment',
    period: 'Period',
    value: 'Value',
    source: 'Source',
    observations: 'Observations',
    'measure.content': 'Content',
    'measure.sourceProvinces': 'Proven in',
    'measure.departments': 'Guiding departments',
    'measure.provenance': 'Source document',
    'measure.adopters': 'Provinces adopting this measure',
    'measure.adoptingProvinces': 'Adopting provinces',
    'measure.noAdopters': 'No province has adopted it yet.',
    'measure.retired': 'retired',
    scope: 'Scope',
    'search.title': 'Search measures',
    'search.placeholder': 'A keyword, e.g. 林票',
    'search.button': 'Search',
    'search.results': '{count} results',
    'search.more': ' (first {count} shown)',
    'search.none': 'No measure matches.',
    'error.title': 'The data could not be loaded',
    'error.notFound': 'Not found: {what}',
    'status.planned': 'Planned',
    'status.in-progress': 'In progress',
    'status.implemented': 'Implemented',
    'status.suspended': 'Suspended',
    'status.withdrawn': 'Withdrawn',
    'status.active': 'Active',
    'status.retired': 'Retired',
    'attain.met': 'Met',
    'attain.on-track': 'On track',
    'attain.at-risk': 'At risk',
    'attain.missed': 'Missed',
    'attain.no-data': 'No data',
    'obs.provisional': 'provisional',
    'obs.verified': 'verified',
    'cmp.increase': 'increase',
    'cmp.decrease': 'decrease',
    'cmp.eliminate': 'eliminate',
    'cmp.qualitative': 'qualitative',
    'cmp.against': ' (vs {year})',
  },
};

const STORAGE_KEY = 'ecoreform.lang';
let current = readStoredLanguage();

function readStoredLanguage() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  current = lang === 'en' ? 'en' : 'zh';
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // private browsing: the choice lasts for this page only
  }
  document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';
}

/**
 * Units as the indicators carry them, in the reader's language: symbols (%, µg/m³) read the same in
 * both; words and Chinese counting units do not.
 */
export const UNITS = {
  zh: { 'water bodies': '个水体' },
  en: { 万公顷: '×10,000 ha', 万平方公里: '×10,000 km²', 万亩: '×10,000 mu', 个百分点: 'percentage points', 个水体: 'water bodies' },
};

export function unitName(unit) {
  return unit ? (UNITS[current][unit] ?? unit) : '';
}

/** The interface text for a key, with {placeholders} filled in. */
export function t(key, params = {}) {
  const text = TEXTS[current][key] ?? TEXTS.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** The name of a labelled thing (category, province, indicator) in the current language. */
export function nameOf(labelled) {
  if (!labelled) {
    return '';
  }
  return (current === 'en' ? labelled.nameEn : labelled.nameZh) || labelled.nameZh || labelled.nameEn || labelled.id || '';
}

export function formatNumber(value) {
  return new Intl.NumberFormat(current === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 2 }).format(value);
}
