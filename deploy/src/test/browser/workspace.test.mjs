// The reporting workspace (/workspace) in a real browser against a running system and its real
// sign-in provider (NAV's mock-oauth2-server: its login page lists the users). Started by
// DashboardBrowserTest, which passes:
//   BASE_URL        the gateway
//   OTHER_TOKEN     a province-editor token for Gansu (620000), whose notice the test imports: a record
//                   the Qinghai editor must not be able to change
//   SCREENSHOTS     where to save the workspace's pages at desktop and phone size
// Each test signs in through the provider's page as a person would, in a browser context of its own.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';

const BASE = process.env.BASE_URL;
const SHOTS = process.env.SCREENSHOTS;
const OTHER_TOKEN = process.env.OTHER_TOKEN;
const QINGHAI = '630000';
const GANSU = '620000';
const BLOCKING_IMPACTS = ['serious', 'critical'];
// records of the Qinghai list each test changes, no other test touching them
const PROGRESS_RECORD = `${QINGHAI}-2021-106-40`;
const KEYBOARD_RECORD = `${QINGHAI}-2021-106-41`;
const EXPIRY_RECORD = `${QINGHAI}-2021-106-42`;
const DISCLOSURE_RECORD = `${QINGHAI}-2021-106-46`;
const WORKBOOK_RECORDS = [43, 44, 45].map((row) => `${QINGHAI}-2021-106-${row}`);

let browser;

before(async () => {
  assert.ok(BASE && SHOTS && OTHER_TOKEN, 'BASE_URL, SCREENSHOTS and OTHER_TOKEN must be set');
  await mkdir(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
});

/** A fresh browser (no cookie, no storage) signed in as `user` through the provider's login page, at `hash`. */
async function signedIn(user, hash = '#/', size = { width: 1366, height: 900 }) {
  const context = await browser.newContext({ viewport: size, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${BASE}/workspace${hash}`);
  assert.match(page.url(), /\/authorize\?/, 'an unsigned visit goes to the provider');
  assert.match(page.url(), /code_challenge_method=S256/, 'with PKCE');
  await page.getByRole('button', { name: new RegExp(user) }).click();
  await page.waitForURL(`${BASE}/workspace**`);
  await page.locator('#who', { hasText: user }).waitFor();
  return { context, page, errors };
}

async function rendered(page) {
  await page.locator('#page[data-rendered]').waitFor();
}

async function record(id) {
  const response = await fetch(`${BASE}/api/v1/adoptions/${id}`, { headers: { Accept: 'application/json' } });
  assert.equal(response.status, 200, `GET ${id}`);
  return response.json();
}

function yesterdayInChina() {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return new Date(Date.parse(today) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The order in which this browser's date fields take their parts from the keyboard (it follows the
 * browser's own language: month/day/year for en-US, year/month/day for zh-CN): found by typing
 * into a field, as a person sees it.
 */
async function dateFieldOrder() {
  for (const order of [['month', 'day', 'year'], ['year', 'month', 'day'], ['day', 'month', 'year']]) {
    const page = await browser.newPage();
    await page.setContent('<input type="date" id="probe">');
    await page.focus('#probe');
    for (const part of order) {
      await page.keyboard.type({ year: '2001', month: '02', day: '03' }[part]);
    }
    const value = await page.inputValue('#probe');
    await page.close();
    if (value === '2001-02-03') {
      return order;
    }
  }
  throw new Error('no keyboard order fills a date field in this browser');
}

/** Presses Tab until the element matching `selector` has the focus (at most 80 times). */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** Types a day into the focused date field as a keyboard user does, each part in turn. */
async function typeDate(page, day) {
  const [year, month, date] = day.split('-');
  for (const part of await dateFieldOrder()) {
    await page.keyboard.type({ year, month, day: date }[part]);
  }
}

describe('the reporting workspace', () => {
  test('a Qinghai editor reports progress with evidence: a field error shown and fixed, then the course and the public page show it', async () => {
    const before = await record(PROGRESS_RECORD);
    const { context, page, errors } = await signedIn('qinghai-editor', '#/');
    await rendered(page);
    // the figure of the closing note: what one report costs through the workspace, from the to-do list
    const calls = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('/api/')) {
        calls.push(`${request.method()} ${new URL(request.url()).pathname}`);
      }
    });
    const opened = Date.now();
    await page.locator(`a[href="#/records/${PROGRESS_RECORD}"]`).first().click();
    await page.locator('form.report').waitFor();
    const effective = yesterdayInChina();

    await page.getByLabel('状态').selectOption('in-progress');
    await page.getByLabel('生效日期').fill(effective);
    // no narrative: the API's own validation, shown beside the field it names
    await page.getByRole('button', { name: '提交' }).click();
    const narrative = page.getByLabel('进展说明');
    await page.locator('[aria-invalid="true"]').first().waitFor();
    assert.equal(await narrative.getAttribute('aria-invalid'), 'true');
    const describedBy = (await narrative.getAttribute('aria-describedby')).split(' ');
    const error = page.locator(`#${describedBy[describedBy.length - 1]}`);
    assert.equal(await error.innerText(), 'must not be blank');
    assert.equal((await record(PROGRESS_RECORD)).version, before.version, 'nothing stored');

    await narrative.fill('省林草局印发森林康养基地建设实施方案，确定首批试点4处。');
    await page.locator('[name="evidence[0].title"]').fill('青海省森林康养基地建设实施方案');
    await page.locator('[name="evidence[0].documentNumber"]').fill('青林草〔2026〕45号');
    await page.locator('[name="evidence[0].url"]').fill('https://lcj.qinghai.gov.cn/xxgk/2026/45.html');
    await page.locator('[name="evidence[0].figures[0].value"]').fill('4');
    await page.locator('[name="evidence[0].figures[0].unit"]').fill('处');
    await page.locator('[name="evidence[0].figures[0].what"]').fill('森林康养试点基地');
    await page.getByRole('button', { name: '提交' }).click();
    const saved = page.locator('[data-saved]');
    await saved.waitFor();
    console.log(`figures: one progress report with evidence through the workspace: ${calls.length} API requests `
      + `(${calls.join(', ')}), the refused first try included; ${Date.now() - opened} ms of machine time from the to-do list`);
    assert.deepEqual(calls.filter((c) => c.startsWith('POST')).length, 2, 'the refused try and the saved one');
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0, 'the error is gone');

    const after = await record(PROGRESS_RECORD);
    assert.equal(after.version, before.version + 1);
    assert.equal(after.status, 'in-progress');
    assert.equal(after.statusSince, effective);
    const entry = after.history[after.history.length - 1];
    assert.equal(await saved.getAttribute('data-saved'), String(entry.id));
    assert.equal(entry.by, 'qinghai-editor', 'the signed-in person is the actor');
    assert.equal(entry.evidence[0].documentNumber, '青林草〔2026〕45号');
    assert.deepEqual(entry.evidence[0].figures.map((f) => [f.value, f.unit, f.what]), [[4, '处', '森林康养试点基地']]);
    const newest = page.locator(`.course li[data-entry="${entry.id}"]`);
    assert.match(await newest.innerText(), /青海省森林康养基地建设实施方案/);
    assert.match(await newest.innerText(), new RegExp(effective));

    // the public province page shows the entry and the record's new status (live: no reload needed once the view has it)
    const publicPage = await context.newPage();
    await publicPage.goto(`${BASE}/#/provinces/${QINGHAI}`);
    await publicPage.locator(`li[data-entry="${entry.id}"]`).waitFor({ timeout: 30_000 });
    assert.match(await publicPage.locator(`li[data-entry="${entry.id}"]`).innerText(), /青海省森林康养基地建设实施方案/);
    assert.equal(await publicPage.locator(`tr[data-record="${PROGRESS_RECORD}"] [data-col="status"]`).innerText(), '推进中');
    const who = await page.evaluate(async () => (await fetch('/workspace/api/session')).json());
    assert.deepEqual([who.subject, who.roles, who.province], ['qinghai-editor', ['province-editor'], QINGHAI]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('another province\'s record is read only: the page says why, and the API refuses the write', async () => {
    const form = new FormData();
    form.append('province', GANSU);
    form.append('issuingBody', '甘肃省发展和改革委员会');
    form.append('documentNumber', `甘发改环资〔2021〕${Date.now() % 1_000_000}号`); // a new plan on every run
    form.append('issuedOn', '2021-06-01');
    form.append('title', '关于推广国家生态文明试验区改革举措和经验做法的通知');
    form.append('table', new Blob([['名称,来源,落实措施,责任单位', '九、绿色金融,,,',
      '1. 福林贷,福建省,推广林农小额信用贷款。,省林草局'].join('\n')], { type: 'text/csv' }), 'notice.csv');
    const imported = await fetch(`${BASE}/api/v1/imports?commit=true`, {
      method: 'POST', headers: { Authorization: `Bearer ${OTHER_TOKEN}`, Accept: 'application/json' }, body: form,
    });
    assert.equal(imported.status, 201, await imported.clone().text());
    const gansuRecord = (await imported.json()).rows[0].recordId;
    const before = await record(gansuRecord);

    const { context, page } = await signedIn('qinghai-editor', `#/records/${gansuRecord}`);
    await rendered(page);
    const note = page.locator('[data-read-only="province"]');
    assert.match(await note.innerText(), /630000.*甘肃省/);
    assert.equal(await page.locator('form.report').count(), 0, 'no form to fill');
    const answer = await page.evaluate(async ([id, version]) => {
      const response = await fetch(`/workspace/api/v1/adoptions/${id}/progress`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'JavaScript', 'If-Match': `"v${version}"` },
        body: JSON.stringify({ status: 'in-progress', effectiveOn: '2024-01-02', narrative: '越权' }),
      });
      return { status: response.status, type: response.headers.get('Content-Type') };
    }, [gansuRecord, before.version]);
    assert.equal(answer.status, 403);
    assert.match(answer.type, /application\/problem\+json/);
    // and a write without the workspace's header is refused by the gateway itself: a cookie alone writes nothing
    const forged = await page.evaluate(async () => (await fetch(`/workspace/api/v1/adoptions/${'630000-2021-106-1'}/progress`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}',
    })).status);
    assert.equal(forged, 403);
    assert.equal((await record(gansuRecord)).version, before.version);
    await context.close();
  });

  test('the year-end workbook: three rows filled, a preview of 2 accepted and 1 refused, a commit storing exactly 2, the same file again storing none', async () => {
    const { context, page } = await signedIn('qinghai-editor', '#/workbook');
    await rendered(page);
    const before = await Promise.all(WORKBOOK_RECORDS.map(record));
    const download = await (await fetch(`${BASE}/api/v1/provinces/${QINGHAI}/progress-workbook`)).arrayBuffer();
    assert.ok(await page.locator('a.download').getAttribute('href'), 'the page offers the download');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download);
    const sheet = workbook.worksheets[0];
    const column = {};
    sheet.getRow(1).eachCell((cell, number) => { column[String(cell.value).split(' ')[0]] = number; });
    const rowOf = {};
    sheet.eachRow((row, number) => { rowOf[String(row.getCell(column['记录编号']).value)] = number; });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const fill = (id, values) => {
      const row = sheet.getRow(rowOf[id]);
      for (const [header, value] of Object.entries(values)) {
        row.getCell(column[header]).value = value;
      }
      row.commit();
    };
    fill(WORKBOOK_RECORDS[0], { 新状态: 'in-progress', 生效日期: '2025-03-01', 进展说明: '已印发实施细则。', 依据1标题: '实施细则', 依据1文号: '青政办〔2025〕3号' });
    fill(WORKBOOK_RECORDS[1], { 新状态: 'in-progress', 生效日期: tomorrow, 进展说明: '计划下月印发。' });
    fill(WORKBOOK_RECORDS[2], { 新状态: 'suspended', 生效日期: '2025-06-30', 进展说明: '因机构调整暂停。' });
    const file = join(await mkdtemp(join(tmpdir(), 'workbook-')), 'qinghai.xlsx');
    await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));

    await page.locator('#workbook-file').setInputFiles(file);
    await page.getByRole('button', { name: '预览' }).click();
    const summary = page.locator('[data-summary]');
    await summary.waitFor();
    const preview = JSON.parse(await summary.getAttribute('data-summary'));
    assert.equal(preview.accepted, 2);
    assert.equal(preview.refused, 1);
    assert.equal(preview.rows, preview.accepted + preview.refused + preview.unchanged, 'every row of the file has a verdict');
    assert.equal(await page.locator('tr[data-verdict]').count(), preview.rows);
    const refused = page.locator('tr[data-verdict="refused"]');
    assert.equal(await refused.count(), 1);
    assert.equal(await refused.getAttribute('data-line'), String(rowOf[WORKBOOK_RECORDS[1]]));
    assert.match(await refused.innerText(), /生效日期 effective on/);
    assert.deepEqual((await Promise.all(WORKBOOK_RECORDS.map(record))).map((r) => r.version), before.map((r) => r.version),
      'a preview stores nothing');

    await page.locator('[data-commit]').click();
    await page.locator('[data-summary]', { hasText: '已保存' }).waitFor();
    assert.equal(JSON.parse(await page.locator('[data-summary]').getAttribute('data-summary')).stored, 2);
    const after = await Promise.all(WORKBOOK_RECORDS.map(record));
    assert.deepEqual(after.map((r) => r.version - before[after.indexOf(r)].version), [1, 0, 1]);
    assert.deepEqual([after[0].status, after[2].status], ['in-progress', 'suspended']);

    // the same file again: nothing to store
    await page.locator('#workbook-file').setInputFiles(file);
    await page.getByRole('button', { name: '预览' }).click();
    await page.locator('[data-summary]', { hasText: '无变化' }).waitFor();
    const again = JSON.parse(await page.locator('[data-summary]').getAttribute('data-summary'));
    assert.equal(again.accepted, 0);
    assert.equal(await page.locator('[data-commit]').count(), 0, 'nothing offered to save');
    assert.deepEqual((await Promise.all(WORKBOOK_RECORDS.map(record))).map((r) => r.version), after.map((r) => r.version));
    await context.close();
  });

  test('the second and third evidence documents wait behind a disclosure, which an error in them opens', async () => {
    const before = await record(DISCLOSURE_RECORD);
    const { context, page } = await signedIn('qinghai-editor', `#/records/${DISCLOSURE_RECORD}`, { width: 390, height: 844 });
    await page.locator('form.report').waitFor();
    const disclosures = page.locator('details.more-evidence');
    assert.equal(await disclosures.count(), 2);
    assert.deepEqual(await disclosures.evaluateAll((all) => all.map((d) => d.open)), [false, false]);
    await disclosures.first().locator('summary').click();
    await page.locator('[name="evidence[1].title"]').fill('补充材料');
    await page.locator('[name="evidence[1].url"]').fill('not an address');
    await disclosures.first().locator('summary').click(); // closed again, the mistake inside
    await page.getByLabel('状态').selectOption('in-progress');
    await page.getByLabel('生效日期').fill(yesterdayInChina());
    await page.getByLabel('进展说明').fill('已开展。');
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('[name="evidence[1].url"][aria-invalid="true"]').waitFor();
    assert.equal(await disclosures.first().evaluate((d) => d.open), true, 'the error opened it');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'evidence[1].url');
    assert.equal((await record(DISCLOSURE_RECORD)).version, before.version, 'nothing stored');
    await context.close();
  });

  test('a session that ends while a form is open keeps the text, and signing in again brings it back; sign-out ends the session', async () => {
    const { context, page } = await signedIn('qinghai-editor', `#/records/${EXPIRY_RECORD}`);
    await page.locator('form.report').waitFor();
    const text = '会期间起草的进展说明，未及提交。';
    await page.getByLabel('进展说明').fill(text);
    await context.clearCookies(); // the session cookie gone, as when it expires
    await page.getByRole('button', { name: '提交' }).click();
    const ended = page.locator('[data-session-ended]');
    await ended.waitFor();
    assert.equal(await page.getByLabel('进展说明').inputValue(), text, 'the text stays in the form');

    await ended.getByRole('link').click();
    await page.getByRole('button', { name: /qinghai-editor/ }).click();
    await page.waitForURL(`${BASE}/workspace#/records/${EXPIRY_RECORD}`);
    await page.locator('form.report').waitFor();
    assert.equal(await page.getByLabel('进展说明').inputValue(), text, 'the draft is back after signing in again');

    await page.getByRole('link', { name: '退出登录' }).click();
    await page.waitForURL(new RegExp(`^${BASE}/(\\?.*)?$`)); // the public pages, after the provider's sign-out
    const session = await page.evaluate(async () => (await fetch('/workspace/api/session')).status);
    assert.equal(session, 401);
    await context.close();
  });

  test('a catalogue editor decides a plan task\'s candidate and a measure\'s article, with the texts side by side; the measure\'s view then lists the task', async () => {
    const tasks = (await (await fetch(`${BASE}/api/v1/plan-tasks?limit=500`)).json()).items;
    const undecided = tasks.filter((task) => (task.candidates ?? []).length > 0 && !(task.decisions ?? []).length
      && !(task.measures ?? []).length);
    assert.ok(undecided.length > 0, 'the reference plans leave tasks with candidates only');
    const { context, page } = await signedIn('catalogue-editor', '#/');
    await page.locator('[data-attention="links"]').waitFor();
    assert.equal(await page.locator('[data-attention="links"] li').count(), tasks.filter((task) =>
      (task.candidates ?? []).length > 0 && !(task.decisions ?? []).length).length);
    const chosen = undecided[0];
    const measure = chosen.candidates[0].id;
    await page.locator(`a[href="#/tasks/${chosen.id}"]`).click();
    const candidate = page.locator('.candidate', { has: page.locator(`input[value="${measure}"]`) });
    await candidate.waitFor();
    const taskAxe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(taskAxe.violations.filter((v) => BLOCKING_IMPACTS.includes(v.impact)).map((v) => v.id), [], 'the task page');
    assert.match(await candidate.locator('.side-by-side').innerText(), new RegExp(chosen.text.slice(0, 10)));
    await candidate.getByRole('checkbox').check();
    await page.getByRole('button', { name: '保存决定' }).click();
    await page.locator('[data-saved]').waitFor();
    await page.locator(`[data-linked="${measure}"]`).waitFor();
    const after = await (await fetch(`${BASE}/api/v1/plan-tasks/${chosen.id}`)).json();
    assert.deepEqual(after.measures.map((m) => m.id), [measure]);
    assert.deepEqual(after.decisions.filter((d) => d.decision === 'link').map((d) => [d.measureId, d.by]), [[measure, 'catalogue-editor']]);
    await page.waitForFunction(async ([base, id, taskId]) => {
      const view = await (await fetch(`${base}/api/v1/views/measures/${id}`, { cache: 'no-store' })).json();
      return (view.planTasks ?? []).some((task) => task.id === taskId);
    }, [BASE, measure, chosen.id], { timeout: 30_000 });

    // a measure without an article: its ranked candidates beside its text, the best one ticked
    const uncertain = (await (await fetch(`${BASE}/api/v1/framework/links?status=uncertain`)).json()).items;
    await page.goto(`${BASE}/workspace#/`);
    await page.locator('[data-attention="articles"]').waitFor();
    assert.equal(await page.locator('[data-attention="articles"] li').count(), uncertain.length);
    const unlinked = uncertain.find((item) => (item.candidates ?? []).length > 0);
    const article = unlinked.candidates[0].article;
    await page.locator(`a[href="#/measures/${unlinked.measure}/articles"]`).click();
    const articleBox = page.locator(`input[name="article"][value="${article}"]`);
    await articleBox.waitFor();
    assert.equal(await page.locator('input[name="article"]').count(), unlinked.candidates.length);
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.filter((v) => BLOCKING_IMPACTS.includes(v.impact)).map((v) => v.id), [], 'the articles page');
    await articleBox.check();
    await page.getByRole('button', { name: '保存决定' }).click();
    await page.locator('[data-saved]').waitFor();
    const linkedMeasure = await (await fetch(`${BASE}/api/v1/measures/${unlinked.measure}`)).json();
    assert.deepEqual(linkedMeasure.framework.map((link) => [link.article, link.decidedBy]), [[article, 'catalogue-editor']]);
    await context.close();
  });

  test('an administrator reports a plan task done, records an accountability change and imports a notice through the browser', async () => {
    const tasks = (await (await fetch(`${BASE}/api/v1/plan-tasks?province=360000&status=overdue&limit=500`)).json()).items;
    const overdue = tasks[tasks.length - 1];
    const { context, page } = await signedIn('admin', `#/tasks/${overdue.id}`);
    const completion = page.locator('form.report', { hasText: '报告任务完成' });
    await completion.waitFor();
    await completion.getByLabel('完成日期').fill('2020-12-30');
    await completion.getByLabel('进展说明').fill('省自然资源厅印发实施办法。');
    await completion.getByLabel('文号').fill('赣自然资发〔2020〕30号');
    await completion.getByRole('button', { name: '提交' }).click();
    await page.locator('[data-completion="2020-12-30"]').waitFor();
    const done = await (await fetch(`${BASE}/api/v1/plan-tasks/${overdue.id}`)).json();
    assert.deepEqual([done.status, done.completion.on, done.completion.by, done.completion.documentNumber],
      ['done', '2020-12-30', 'admin', '赣自然资发〔2020〕30号']);

    await page.goto(`${BASE}/workspace#/accountability?province=360000`);
    await rendered(page);
    const institutionForm = page.locator('form[data-institution]').first();
    const institution = await institutionForm.getAttribute('data-institution');
    const before = (await (await fetch(`${BASE}/api/v1/accountability?province=360000&institution=${institution}`)).json()).items[0];
    await institutionForm.getByLabel('状态').selectOption('piloting');
    await institutionForm.getByLabel('生效日期').fill('2021-03-01');
    await institutionForm.getByLabel('进展说明').fill('在萍乡市、吉安市开展试点。');
    await institutionForm.getByLabel('试点地区').fill('萍乡市、吉安市');
    await institutionForm.getByRole('button', { name: '提交' }).click();
    await institutionForm.locator('[data-saved]').waitFor();
    const after = (await (await fetch(`${BASE}/api/v1/accountability?province=360000&institution=${institution}`)).json()).items[0];
    assert.equal(after.version, before.version + 1);
    assert.deepEqual([after.status, after.pilotPlaces], ['piloting', ['萍乡市', '吉安市']]);

    await page.goto(`${BASE}/workspace#/notice`);
    await rendered(page);
    const csv = join(await mkdtemp(join(tmpdir(), 'notice-')), 'hubei.csv');
    await writeFile(csv, ['名称,来源,落实措施,责任单位', '九、绿色金融,,,', '1. 福林贷,福建省,推广林农小额信用贷款。,省林业局',
      '2. 不存在的举措名称甲乙丙,,试行。,省林业局'].join('\n'));
    await page.getByLabel('省份代码').fill('420000');
    await page.getByLabel('印发机关').fill('湖北省发展和改革委员会');
    await page.getByLabel('文号').fill(`鄂发改环资〔2021〕${Date.now() % 1_000_000}号`);
    await page.getByLabel('印发日期').fill('2021-07-01');
    await page.getByLabel('标题').fill('关于推广国家生态文明试验区改革举措和经验做法的通知');
    await page.getByLabel('清单表格').setInputFiles(csv);
    await page.getByRole('button', { name: '预览' }).click();
    await page.locator('[data-committed="false"]').waitFor();
    const preview = JSON.parse(await page.locator('[data-summary]').getAttribute('data-summary'));
    assert.equal(preview.rows, 2);
    assert.equal(preview.matched, 1);
    assert.equal(await page.locator('tr[data-verdict]').count(), 2, 'every row in the report');
    await page.locator('[data-commit]').click();
    await page.locator('[data-committed="true"]').waitFor();
    const hubei = (await (await fetch(`${BASE}/api/v1/adoptions?province=420000`)).json()).items;
    assert.equal(hubei.length, JSON.parse(await page.locator('[data-summary]').getAttribute('data-summary')).stored);
    assert.ok(hubei.some((r) => r.measures.some((m) => m.id === 'N2020-57')));
    await context.close();
  });

  test('every workspace page passes axe with no serious or critical violation, at desktop and phone size; the progress form works by keyboard alone', async () => {
    for (const [size, viewport] of Object.entries({ desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } })) {
      const { context, page } = await signedIn('qinghai-editor', '#/', viewport);
      for (const [name, hash] of [['workspace-attention', '#/'], ['workspace-record', `#/records/${KEYBOARD_RECORD}`],
        ['workspace-workbook', '#/workbook'], ['workspace-accountability', '#/accountability'], ['workspace-notice', '#/notice']]) {
        await page.goto(`${BASE}/workspace${hash}`);
        await rendered(page);
        const results = await new AxeBuilder({ page }).analyze();
        const blocking = results.violations.filter((v) => BLOCKING_IMPACTS.includes(v.impact));
        assert.deepEqual(blocking.map((v) => `${v.id}: ${v.help}`), [], `${name} at ${size}`);
        await page.screenshot({ path: join(SHOTS, `${name}-${size}.png`), fullPage: true });
      }
      await context.close();
    }

    const before = await record(KEYBOARD_RECORD);
    const { context, page } = await signedIn('qinghai-editor', `#/records/${KEYBOARD_RECORD}`);
    await page.locator('form.report').waitFor();
    // from the top of the page, keys only
    await page.locator('#page').focus();
    await tabTo(page, '[name="status"]');
    await page.keyboard.press('ArrowDown'); // planned → in-progress
    await page.keyboard.press('Tab');
    await typeDate(page, yesterdayInChina());
    await tabTo(page, '[name="narrative"]');
    await page.keyboard.type('以键盘填报的进展。');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('[data-saved], [role="alert"]').first().waitFor();
    assert.deepEqual(await page.locator('[role="alert"], .field-error:not([hidden])').allInnerTexts(), []);
    const after = await record(KEYBOARD_RECORD);
    assert.equal(after.version, before.version + 1);
    assert.equal(after.history[after.history.length - 1].narrative, '以键盘填报的进展。');
    await context.close();
  });
});
