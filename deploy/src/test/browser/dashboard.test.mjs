// The dashboard in a real browser (Debian's Chromium, driven by playwright-core) against a running
// system. Started by DashboardBrowserTest, which passes:
//   BASE_URL          the gateway
//   CONTROL_URL       the test's control: POST /gateway/restart kills and restarts the gateway
//   CATALOGUE_TOKEN   a catalogue-editor token, PROVINCE_TOKEN a province-editor token for 360000
//   SCREENSHOTS       where to save one screenshot per page and screen size
// and, from deploy/bench/dashboard.sh, INTERACTIVE_BUDGET_MS and FIRST_VISITS (see below).
// Every number the page shows is compared with what the API answers at the same moment.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { TEXTS, UNITS } from '../../../../gateway/src/main/dashboard/src/i18n.js';

const BASE = process.env.BASE_URL;
const SHOTS = process.env.SCREENSHOTS;
const CONTROL_URL = process.env.CONTROL_URL; // POST /gateway/restart restarts the gateway
const CATALOGUE_TOKEN = process.env.CATALOGUE_TOKEN;
const PROVINCE_TOKEN = process.env.PROVINCE_TOKEN;
const LIVE_TIMEOUT = 30_000;
// the first visit to / on a phone: what it may transfer (compressed, headers included) and how soon the page is
// usable; the time is a goal of deploy/bench/dashboard.sh (INTERACTIVE_BUDGET_MS, the median of FIRST_VISITS
// visits), which the test suite only reports: a test passes or fails on what the page does, not on how fast
const FIRST_VISIT_BUDGET_BYTES = 300 * 1024;
const INTERACTIVE_BUDGET_MS = process.env.INTERACTIVE_BUDGET_MS ? Number(process.env.INTERACTIVE_BUDGET_MS) : null;
const FIRST_VISITS = Number(process.env.FIRST_VISITS ?? 1);
const BLOCKING_IMPACTS = ['serious', 'critical'];

const SIZES = {
  desktop: { viewport: { width: 1366, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

let browser;
const problems = []; // page errors, console errors and requests to other origins, over all pages

before(async () => {
  assert.ok(BASE && SHOTS && CONTROL_URL && CATALOGUE_TOKEN && PROVINCE_TOKEN, 'BASE_URL, SCREENSHOTS, CONTROL_URL and the tokens must be set');
  await mkdir(SHOTS, { recursive: true });
  await referenceDataInTheViews();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
});

/** A system that has just started may still be projecting its reference data into the views. */
async function referenceDataInTheViews() {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const overview = await (await fetch(`${BASE}/api/v1/views/overview`)).json();
      const jiangxi = await (await fetch(`${BASE}/api/v1/views/provinces/360000`)).json();
      if (overview.provinces?.length > 0 && overview.attainment?.length > 0 && jiangxi.targets?.length > 0) {
        return;
      }
    } catch {
      // not ready yet
    }
    assert.ok(Date.now() < deadline, 'the views did not receive the reference data within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function until(condition, timeout = LIVE_TIMEOUT) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    assert.ok(Date.now() < deadline, `not within ${timeout} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function api(path, { method = 'GET', token, body, headers = {} } = {}) {
  const response = await fetch(BASE + path, {
    method,
    headers: {
      Accept: 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': headers['Content-Type'] || 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
  return { json: text ? JSON.parse(text) : null, etag: response.headers.get('etag') };
}

/** Changes a measure's content through the API (with the If-Match it requires); returns the new content. */
async function editContent(id, content) {
  const { etag } = await api(`/api/v1/measures/${id}`);
  await api(`/api/v1/measures/${id}`, {
    method: 'PATCH', token: CATALOGUE_TOKEN, body: { content },
    headers: { 'If-Match': etag, 'Content-Type': 'application/merge-patch+json' },
  });
  return content;
}

/**
 * Opens a page of the dashboard in a fresh context of the given size; waits until it has rendered. The reader asks
 * for reduced motion: the charts are drawn at once, so what is checked and screenshot is final without waiting for
 * animations (and Chromium does not rasterise their frames in software); firstVisit() below keeps the default.
 */
async function open(hash, size = 'desktop', locale = 'zh-CN') {
  const context = await browser.newContext({ ...SIZES[size], locale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${hash} (${size}): ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`${hash} (${size}) got ${response.status()} for ${response.url()}`);
    }
  });
  page.on('console', (message) => {
    // a failed request is reported above with its address
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`${hash} (${size}) console: ${message.text()}`);
    }
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(BASE) && !request.url().startsWith('data:')) {
      problems.push(`${hash} (${size}) asked another origin: ${request.url()}`);
    }
  });
  await page.goto(`${BASE}/${hash}`);
  await page.waitForSelector('[data-page]');
  await page.waitForFunction(() => document.getElementById('live')?.dataset.state === 'open');
  return page;
}

/** Runs a check at desktop and phone size side by side, each in a context of its own: two renderer processes. */
async function atBothSizes(check) {
  await Promise.all(['desktop', 'phone'].map((size) => check(size)));
}

async function text(page, selector) {
  return (await page.locator(selector).first().textContent()).trim();
}

async function texts(page, selector) {
  return (await page.locator(selector).allTextContents()).map((s) => s.trim());
}

async function attributes(page, selector, name) {
  return page.locator(selector).evaluateAll((nodes, attribute) => nodes.map((n) => n.getAttribute(attribute)), name);
}

/**
 * Checks the page with axe-core (WCAG 2.1 A and AA rules): no serious or critical violation. Every page
 * is checked at both sizes, as each is screenshot there. The dashboard has no frames, so axe runs in the page itself
 * (legacy mode: no second, blank page to merge frame results in, no second copy of axe) and builds selectors only for
 * violations (passed rules keep one node each): the same rules and outcomes at half the time (~1.3 s against ~2.5 s a
 * page). options() replaces what withTags() set, so it comes first.
 */
async function assertAccessible(page, name) {
  const results = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => BLOCKING_IMPACTS.includes(v.impact))
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
  console.log(`axe ${name}: ${results.violations.length} violations (${blocking.length} serious or critical), ${results.passes.length} rules passed`);
  assert.deepEqual(blocking, [], `${name}: accessibility violations`);
}

/**
 * The interface texts of the other language (long enough not to occur inside data by chance, their
 * placeholders cut out), none of which may show on a page.
 */
function otherLanguageTexts(lang) {
  const [own, other, minimum] = lang === 'en' ? [{ ...TEXTS.en, ...UNITS.en }, { ...TEXTS.zh, ...UNITS.zh }, 5]
    : [{ ...TEXTS.zh, ...UNITS.zh }, { ...TEXTS.en, ...UNITS.en }, 8];
  return Object.keys(other).filter((key) => other[key] !== own[key])
    .flatMap((key) => other[key].split(/\{\w+\}/)).map((part) => part.trim()).filter((part) => part.length >= minimum);
}

/**
 * Saves a full-page screenshot; at phone size the page must fit the screen's width (tables scroll inside it). The
 * image has one pixel per CSS pixel: the phone's pages render at device scale 2, but capturing them at that scale
 * quadrupled the pixels to rasterise and encode: 139 million a run against ~66 million, ~10 s of Chromium's CPU.
 */
async function shoot(page, name) {
  await assertAccessible(page, name);
  const shown = await page.evaluate(() => ({ lang: document.documentElement.lang, text: document.body.innerText }));
  const mixed = otherLanguageTexts(shown.lang.startsWith('en') ? 'en' : 'zh').filter((part) => shown.text.includes(part));
  assert.deepEqual(mixed, [], `${name}: text of the other language on a ${shown.lang} page`);
  const untranslated = await page.evaluate(() => document.body.innerText.match(/\b(?:status|attain|cmp|obs|kpi|overview|province|measure|search|live|framework|nav)\.[a-z-]+/g));
  assert.equal(untranslated, null, `${name}: interface keys shown instead of their text`);
  if (name.endsWith('-phone')) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: the page is ${overflow}px wider than the phone screen`);
  }
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true, scale: 'css' });
}

/** Marks the document; the mark survives a live update, a reload would drop it. */
async function markDocument(page) {
  await page.evaluate(() => { window.notReloaded = true; });
}

async function assertNotReloaded(page) {
  assert.equal(await page.evaluate(() => window.notReloaded === true), true, 'the page was reloaded');
}

describe('weight and speed', () => {
  test('the first visit to / on a phone stays within its transfer budget', async () => {
    const visits = [];
    for (let i = 0; i < FIRST_VISITS; i++) {
      visits.push(await firstVisit());
    }
    const times = visits.map((v) => v.interactive).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(`first visit ×${visits.length}: usable after ${times.join(', ')} ms (median ${median})`);
    for (const visit of visits) {
      assert.ok(visit.bytes <= FIRST_VISIT_BUDGET_BYTES, `the first visit transferred ${visit.bytes} bytes (budget ${FIRST_VISIT_BUDGET_BYTES})`);
    }
    if (INTERACTIVE_BUDGET_MS !== null) {
      assert.ok(median <= INTERACTIVE_BUDGET_MS, `the overview was usable after ${median} ms, the median of ${visits.length} (budget ${INTERACTIVE_BUDGET_MS})`);
    }
  });
});

/** One first visit in a fresh context (nothing cached): bytes transferred, and ms until the overview is usable. */
async function firstVisit() {
  const context = await browser.newContext({ ...SIZES.phone, locale: 'zh-CN' });
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  const started = Date.now();
  await page.goto(`${BASE}/`);
  await page.waitForFunction(() => document.querySelector('[data-page="overview"]') && document.getElementById('page').dataset.rendered);
  const interactive = Date.now() - started;
  await page.waitForLoadState('networkidle').catch(() => {}); // the live stream stays open: idle may never come
  let bytes = 0;
  const lines = [];
  for (const request of finished) {
    const sizes = await request.sizes();
    const size = sizes.responseBodySize + sizes.responseHeadersSize;
    bytes += size;
    lines.push(`${size} ${request.url().replace(BASE, '')}`);
  }
  console.log(`first visit: ${bytes} bytes in ${finished.length} finished requests, usable after ${interactive} ms\n  ${lines.join('\n  ')}`);
  await context.close();
  return { bytes, interactive };
}

describe('national overview', () => {
  test('the tile map shades all 31 provinces by coverage, switches to targets met and opens a province', async () => {
    await atBothSizes(async (size) => {
      const page = await open('#/', size);
      const { json: view } = await api('/api/v1/views/overview');
      const catalogue = view.categories.reduce((s, c) => s + c.catalogue, 0);
      assert.equal(await page.locator('[data-tilemap="coverage"] a.tile').count(), 31);
      for (const row of view.provinces) {
        const share = Number(await page.locator(`[data-tilemap="coverage"] a.tile[data-province="${row.province.id}"]`).getAttribute('data-share'));
        assert.ok(Math.abs(share - row.adopted / catalogue) < 1e-9, `coverage of ${row.province.id}`);
      }
      const withoutList = await page.locator('[data-tilemap="coverage"] a.tile[data-bin="none"]').count();
      assert.equal(withoutList, 31 - view.provinces.length);
      await page.click('button[data-show="attainment"]');
      assert.equal(await page.locator('button[data-show="attainment"]').getAttribute('aria-pressed'), 'true');
      for (const row of view.attainment) {
        const total = Object.values(row.counts).reduce((a, b) => a + b, 0);
        const share = Number(await page.locator(`[data-tilemap="attainment"] a.tile[data-province="${row.province.id}"]`).getAttribute('data-share'));
        assert.ok(Math.abs(share - (row.counts.met ?? 0) / total) < 1e-9, `targets met in ${row.province.id}`);
      }
      await shoot(page, `overview-attainment-${size}`);
      // keyboard: a tile is a link, reached by focus and opened with Enter
      await page.locator('[data-tilemap="attainment"] a.tile[data-province="360000"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-page="province"]');
      assert.equal(await page.evaluate(() => window.location.hash), '#/provinces/360000');
      await page.context().close();
    });
  });

  test('shows the numbers of the overview view', async () => {
    await atBothSizes(async (size) => {
      const page = await open('#/', size);
      const { json: view } = await api('/api/v1/views/overview');
      assert.equal(await text(page, '[data-kpi="measures"]'), String(view.categories.reduce((s, c) => s + c.catalogue, 0)));
      const { json: recent } = await api('/api/v1/changes/recent?limit=12');
      assert.deepEqual(await attributes(page, '[data-list="timeline"] li', 'data-key'), recent.items.map((c) => c.key), 'the timeline');
      assert.equal(await text(page, '[data-kpi="categories"]'), String(view.categories.length));
      assert.equal(await text(page, '[data-kpi="provinces"]'), String(view.provinces.length));
      assert.equal(await text(page, '[data-kpi="targets"]'),
        String(view.attainment.reduce((s, p) => s + Object.values(p.counts).reduce((a, b) => a + b, 0), 0)));
      assert.ok(view.provinces.length > 0, 'the reference data has an adoption list');
      for (const row of view.provinces) {
        for (const category of view.categories) {
          assert.equal(await text(page, `[data-table="heatmap"] tr[data-province="${row.province.id}"] td[data-category="${category.id}"]`),
            String(row.adoptedByCategory[category.id] ?? 0), `${row.province.id} × ${category.id}`);
        }
        assert.equal(await text(page, `[data-table="heatmap"] tr[data-province="${row.province.id}"] td[data-col="adopted"]`), String(row.adopted));
      }
      assert.deepEqual(await attributes(page, '[data-list="most"] li', 'data-measure'), view.mostAdopted.map((m) => m.id));
      assert.deepEqual(await texts(page, '[data-list="most"] li [data-adopted-by]'), view.mostAdopted.map((m) => String(m.adoptedBy)));
      assert.deepEqual(await attributes(page, '[data-list="least"] li', 'data-measure'), view.leastAdopted.map((m) => m.id));
      for (const row of view.attainment) {
        for (const [status, count] of Object.entries(row.counts)) {
          assert.equal(await text(page, `[data-table="attainment"] tr[data-province="${row.province.id}"] td[data-status="${status}"]`), String(count));
        }
      }
      assert.equal(await page.locator('[data-chart="heatmap"] svg').count(), 1, 'the heat map is drawn');
      await shoot(page, `overview-${size}`);
      await page.context().close();
    });
  });

  test('switches to English and back', async () => {
    const page = await open('#/');
    assert.equal(await text(page, 'h1'), '全国推广总览');
    await page.click('#lang');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'National adoption overview');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const { json: view } = await api('/api/v1/views/overview');
    assert.deepEqual(await attributes(page, '[data-table="heatmap"] thead abbr', 'title'), view.categories.map((c) => c.nameEn));
    await shoot(page, 'overview-english-desktop');
    await page.reload();
    await page.waitForSelector('[data-page]');
    assert.equal(await text(page, 'h1'), 'National adoption overview', 'the choice is remembered');
    await page.click('#lang');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '全国推广总览');
    await page.context().close();
  });
});

describe('a province', () => {
  test('Qinghai: coverage by category and adoption records as the province view has them', async () => {
    await atBothSizes(async (size) => {
      const page = await open('#/provinces/630000', size);
      if (size === 'desktop') {
        // drawn at once for a reader who asked for reduced motion: the bars are final when the page is
        const bars = () => page.locator('[data-chart="coverage"] svg path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join());
        const first = await bars();
        await page.waitForTimeout(1200); // longer than ECharts' entry animation (1 s)
        assert.equal(await bars(), first, 'the coverage chart moved although the reader asked for reduced motion');
      }
      const { json: view } = await api('/api/v1/views/provinces/630000');
      assert.equal(await text(page, 'h1'), view.province.nameZh);
      assert.equal(await text(page, '[data-kpi="adopted"]'), String(view.coverage.adopted));
      assert.equal(await text(page, '[data-kpi="catalogue"]'), String(view.coverage.catalogue));
      const records = view.categories.flatMap((c) => c.records);
      assert.ok(records.length > 0);
      assert.equal(await text(page, '[data-kpi="records"]'), String(records.length));
      for (const category of view.categories) {
        assert.equal(await text(page, `[data-table="coverage"] tr[data-category="${category.id}"] td[data-col="adopted"]`), String(category.adopted));
        assert.equal(await text(page, `[data-table="coverage"] tr[data-category="${category.id}"] td[data-col="catalogue"]`), String(category.catalogue));
      }
      assert.deepEqual(await attributes(page, '[data-table="records"] tr[data-record]', 'data-record'), records.map((r) => r.id));
      assert.equal(await page.locator('[data-chart="coverage"] svg').count(), 1);
      assert.equal(view.frameworkSystems.length, 8, 'coverage per institutional system');
      for (const system of view.frameworkSystems) {
        assert.equal(await text(page, `[data-table="systems"] tr[data-system="${system.id}"] td[data-col="adopted"]`), String(system.adopted));
      }
      await shoot(page, `province-qinghai-${size}`);
      await page.context().close();
    });
  });

  test('Jiangxi: targets with attainment; a reported observation appears without a reload', async () => {
    const page = await open('#/provinces/360000');
    const { json: before } = await api('/api/v1/views/provinces/360000');
    assert.ok(before.targets.length > 0, 'Jiangxi has targets in its pilot plan');
    // the attainment picture: one bar per target, in the target's status, drawn where there is a value to draw
    assert.deepEqual(await attributes(page, '[data-chart="attainment"] li', 'data-status'), before.targets.map((x) => x.attainment.status));
    const drawn = before.targets.filter((x) => x.latestObservation && ['≥', '≤', '=', 'eliminate'].includes(x.comparator)).length;
    assert.ok(drawn > 0, 'published values give some targets a value');
    assert.equal(await page.locator('[data-chart="attainment"] .bullet-bar').count(), drawn);
    for (const target of before.targets) {
      assert.equal(await page.locator(`[data-table="targets"] tr[data-target="${target.id}"] [data-col="attainment"]`).getAttribute('data-status'),
        target.attainment.status, target.id);
    }
    // judged on what Jiangxi's government published (63.1 % forest, 94.7 % good surface water in 2020), not "no data"
    for (const id of ['360000-forest-coverage-2020', '360000-surface-water-good-ratio-2020']) {
      assert.equal(await page.locator(`[data-table="targets"] tr[data-target="${id}"] [data-col="attainment"]`).getAttribute('data-status'),
        'met', id);
    }
    const { json: observationsBefore } = await api('/api/v1/observations?province=360000&limit=500');
    assert.equal(await text(page, '[data-kpi="observations"]'), String(observationsBefore.items.length));
    await shoot(page, 'province-jiangxi-desktop');

    await markDocument(page);
    // the first year without a forest-coverage report, so the test can run again on the same data
    const taken = new Set(observationsBefore.items.filter((o) => o.indicator === 'forest-coverage').map((o) => o.period));
    const period = [...Array(80).keys()].map((i) => 2016 + i).find((year) => !taken.has(year));
    await api('/api/v1/observations', {
      method: 'POST', token: PROVINCE_TOKEN,
      body: { province: '360000', indicator: 'forest-coverage', period, value: 61.2, status: 'provisional', source: '江西省统计年鉴' },
    });
    const { json: observations } = await api('/api/v1/observations?province=360000&limit=500');
    const reported = observations.items.find((o) => o.indicator === 'forest-coverage' && o.period === period);
    assert.ok(reported);
    await page.waitForSelector(`tr[data-observation="${reported.id}"]`, { timeout: LIVE_TIMEOUT });
    await assertNotReloaded(page);
    assert.equal(await text(page, `tr[data-observation="${reported.id}"] [data-col="value"]`), String(reported.value));
    assert.equal(await text(page, '[data-kpi="observations"]'), String(observations.items.length));
    assert.equal(await page.locator('[data-chart="history-forest-coverage"] svg').count(), 1, 'the history chart is drawn');
    // attainment follows the observation: the page shows what the view now says
    const { json: afterView } = await api('/api/v1/views/provinces/360000');
    const forest = afterView.targets.find((t) => t.indicator.id === 'forest-coverage');
    await page.waitForFunction(([id, status]) => document.querySelector(`tr[data-target="${id}"] [data-col="attainment"]`)?.dataset.status === status,
      [forest.id, forest.attainment.status], { timeout: LIVE_TIMEOUT });
    await shoot(page, 'province-jiangxi-after-observation-desktop');
    const phone = await open('#/provinces/360000', 'phone');
    await shoot(phone, 'province-jiangxi-phone');
    await phone.context().close();
    await page.context().close();
  });
});

describe('the policy framework', () => {
  test('systems, articles and the measures implementing them as the framework view has them', async () => {
    const { json: view } = await api('/api/v1/views/framework');
    await atBothSizes(async (size) => {
      const page = await open('#/framework', size);
      assert.equal(await text(page, '[data-kpi="systems"]'), '8');
      assert.equal(await text(page, '[data-kpi="articles"]'), '56');
      assert.equal(await text(page, '[data-kpi="linkedMeasures"]'), String(view.linkedMeasures));
      assert.deepEqual(await attributes(page, '[data-table="systems"] tr[data-system]', 'data-system'), view.systems.map((s) => s.id));
      for (const system of view.systems) {
        assert.equal(await text(page, `[data-table="systems"] tr[data-system="${system.id}"] td[data-col="measures"]`), String(system.measures));
        const shown = await attributes(page, `section[data-system="${system.id}"] tr[data-article]`, 'data-article');
        assert.deepEqual(shown, system.articles.map((a) => a.id));
      }
      const compensation = view.systems.flatMap((s) => s.articles).find((a) => a.id === 'F2015-A32');
      assert.deepEqual(await attributes(page, 'tr[data-article="F2015-A32"] li[data-measure]', 'data-measure'), compensation.measures.map((m) => m.id));
      await page.click('tr[data-article="F2015-A32"] li[data-measure] a');
      await page.waitForSelector('[data-page="measure"]');
      assert.equal(await page.locator('[data-page="measure"]').getAttribute('data-measure'), compensation.measures[0].id);
      await page.goBack();
      await page.waitForSelector('[data-page="framework"]');
      await shoot(page, `framework-${size}`);
      await page.context().close();
    });
  });
});

describe('a measure', () => {
  test('content, sources and adopting provinces as the measure view has them', async () => {
    const { json: overview } = await api('/api/v1/views/overview');
    const id = overview.mostAdopted[0].id;
    await atBothSizes(async (size) => {
      const page = await open(`#/measures/${id}`, size);
      const { json: view } = await api(`/api/v1/views/measures/${id}`);
      assert.equal(await text(page, '[data-field="name"]'), view.measure.name);
      assert.equal(await text(page, '[data-field="content"]'), view.measure.content);
      assert.deepEqual(await attributes(page, '[data-field="sourceProvinces"] li', 'data-province'), view.measure.sourceProvinces.map((p) => p.id));
      assert.equal(await text(page, '[data-kpi="adoptingProvinces"]'), String(view.adoptingProvinces));
      assert.deepEqual(await attributes(page, '[data-table="adopters"] tr[data-record]', 'data-record'), view.adopters.map((a) => a.recordId));
      assert.ok((await text(page, '[data-field="provenance"]')).includes(view.measure.provenance.document));
      await shoot(page, `measure-${size}`);
      await page.context().close();
    });
  });

  test('an edit through the API shows without a reload', async () => {
    const page = await open('#/measures/N2020-03');
    await markDocument(page);
    const content = await editContent('N2020-03', `三明市林票制度试点扩面（浏览器测试 ${Date.now()}）`);
    await page.waitForFunction((expected) => document.querySelector('[data-field="content"]')?.textContent === expected, content, { timeout: LIVE_TIMEOUT });
    await assertNotReloaded(page);
    await page.context().close();
  });
});

describe('a dropped connection', () => {
  test('what changed while the stream was down shows once it is back', async () => {
    const page = await open('#/measures/N2020-03');
    await markDocument(page);
    // hold the page's reconnection back until the change is in the views, so it cannot be streamed
    await page.route('**/api/v1/changes/stream', (route) => route.abort());
    const restarted = await fetch(`${CONTROL_URL}/gateway/restart`, { method: 'POST' });
    assert.equal(restarted.status, 204, 'the gateway restarted');
    await page.waitForFunction(() => document.getElementById('live')?.dataset.state !== 'open', null, { timeout: LIVE_TIMEOUT });
    const content = await editContent('N2020-03', `林票制度（实时连接中断期间修改 ${Date.now()}）`);
    await until(async () => (await api('/api/v1/views/measures/N2020-03')).json.measure.content === content);
    await page.unroute('**/api/v1/changes/stream');
    await page.waitForFunction((expected) => document.querySelector('[data-field="content"]')?.textContent === expected, content, { timeout: LIVE_TIMEOUT });
    await page.waitForFunction(() => document.getElementById('live')?.dataset.state === 'open', null, { timeout: LIVE_TIMEOUT });
    await assertNotReloaded(page);
    await page.context().close();
  });
});

describe('search', () => {
  test('finds the measures the API finds', async () => {
    await atBothSizes(async (size) => {
      const page = await open('#/search', size);
      await page.fill('input[name="q"]', '林');
      await page.press('input[name="q"]', 'Enter');
      await page.waitForSelector('[data-result-count]');
      const { json: results } = await api(`/api/v1/measures?q=${encodeURIComponent('林')}&limit=50`);
      assert.ok(results.items.length > 0);
      assert.equal(await page.locator('[data-result-count]').getAttribute('data-result-count'), String(results.items.length));
      assert.deepEqual(await attributes(page, '.results li', 'data-measure'), results.items.map((m) => m.id));
      await shoot(page, `search-${size}`);
      await page.click(`.results li[data-measure="${results.items[0].id}"] a`);
      await page.waitForSelector(`[data-page="measure"][data-measure="${results.items[0].id}"]`);
      await page.context().close();
    });
  });
});

describe('live overview', () => {
  test('a new measure is counted without a reload', async () => {
    const page = await open('#/');
    await markDocument(page);
    const shown = Number(await text(page, '[data-kpi="measures"]'));
    await api('/api/v1/measures', {
      method: 'POST', token: CATALOGUE_TOKEN,
      body: { categoryId: 'C09', name: '绿色金融改革创新试验区经验推广', content: '浏览器测试新增的举措。', sourceProvinces: ['360000'], departments: ['pboc'] },
    });
    await page.waitForFunction((expected) => document.querySelector('[data-kpi="measures"]')?.textContent === expected,
      String(shown + 1), { timeout: LIVE_TIMEOUT });
    await assertNotReloaded(page);
    const { json: view } = await api('/api/v1/views/overview');
    assert.equal(await text(page, '[data-kpi="measures"]'), String(view.categories.reduce((s, c) => s + c.catalogue, 0)));
    await page.context().close();
  });
});

describe('the API page', () => {
  test('Swagger UI renders the whole contract under the gateway\'s content security policy', async () => {
    const context = await browser.newContext({ ...SIZES.desktop, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const refused = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        refused.push(message.text());
      }
    });
    page.on('pageerror', (error) => refused.push(error.message));
    await page.goto(`${BASE}/q/swagger-ui/`);
    await page.waitForSelector('.swagger-ui .info .title', { timeout: 30000 });
    assert.match(await page.textContent('.swagger-ui .info .title'), /ecoreform public API/);
    await page.waitForSelector('.opblock-tag-section');
    const tags = await page.$$eval('.opblock-tag', (elements) => elements.map((element) => element.dataset.tag));
    for (const tag of ['Adoptions', 'Measures', 'Targets', 'Views']) {
      assert.ok(tags.includes(tag), `Swagger UI lists ${tag} among ${tags.join(', ')}`);
    }
    assert.deepEqual(refused, []);
    await context.close();
  });
});

describe('the whole run', () => {
  test('no page error, no console error, no failed request, nothing fetched from another origin', () => {
    assert.deepEqual(problems, []);
  });
});
