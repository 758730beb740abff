// Browser tests of the public dashboard against a running suite (./jembatan up): Debian's Chromium through
// playwright-core, axe-core on every page (no serious or critical violation).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL, DEMO_USERS, launch, signInThroughKeycloak } from './browser.mjs';

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function newPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, errors };
}

async function expectAccessible(page, where) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), [], `axe on ${where}`);
}


test('the national overview renders the demo registry: figures, world map, province grid, charts', async () => {
  const { page, context, errors } = await newPage();
  await page.goto(`${BASE_URL}/#/`);
  await page.getByRole('heading', { level: 1, name: 'National overview' }).waitFor();
  const live = page.getByTestId('live-count');
  await live.waitFor();
  assert.ok(Number((await live.textContent()).replace(/\D/g, '')) >= 7, 'the demo data has at least seven live public agreements');
  assert.match(await page.getByTestId('hhi').textContent(), /\d/);
  await page.getByTestId('world-map').locator('svg path').first().waitFor();
  await page.getByTestId('shares-chart').locator('svg').waitFor();
  assert.equal(await page.getByTestId('province-grid').locator('li').count(), 38);
  assert.ok(await page.getByRole('link', { name: /^Banten: [1-9]/ }).isVisible(), 'Banten has live agreements');
  assert.match(await page.getByTestId('freshness').textContent(), /Figures read from the registry at/);
  await expectAccessible(page, 'overview');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a province tile leads to the province page: portfolio, fiscal exposure, concentration, its regencies and cities', async () => {
  const { page, context, errors } = await newPage();
  await page.goto(`${BASE_URL}/#/`);
  await page.getByRole('link', { name: /^Banten: [1-9]/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Banten' }).waitFor();
  assert.ok(Number(await page.getByTestId('region-live').textContent()) >= 2, 'Kota Serang and Kabupaten Tangerang');
  await page.getByTestId('exposure').waitFor();
  await page.locator('#subregions').getByRole('link', { name: 'Kota Serang' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kota Serang' }).waitFor();
  await page.locator('#fiscal').getByText(/1,300,000,000,000/).waitFor();  // Kota Serang's revenue figure from the directory
  await expectAccessible(page, 'region page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('registry search tolerates a misspelling: "hangzou" finds the Hangzhou agreements', async () => {
  const { page, context, errors } = await newPage();
  await page.goto(`${BASE_URL}/#/registry`);
  await page.getByLabel('Search').fill('hangzou');
  await page.getByLabel('Signing year').fill('2025');  // other runs of these tests register Hangzhou agreements in 2026
  await page.getByRole('button', { name: 'Apply' }).click();
  const link = page.getByRole('link', { name: /Letter of Intent Kota Serang – Hangzhou/ });
  await link.waitFor();
  assert.match(page.url(), /q=hangzou/);
  await expectAccessible(page, 'registry');
  await link.click();
  await page.getByRole('heading', { level: 1, name: /Letter of Intent Kota Serang – Hangzhou/ }).waitFor();
  assert.equal(await page.getByTestId('clauses').locator('li').count(), 8, 'the eight safeguard clauses');
  // Signed out, the public view of the latest assessment (./jembatan up assesses the public demo agreements):
  // findings with their legal basis, without the figures and the partner-concentration findings.
  const findings = page.getByTestId('findings');
  await findings.locator('li').first().waitFor();
  const rules = await findings.locator('li').evaluateAll((items) => items.map((li) => li.dataset.rule));
  assert.ok(rules.some((rule) => rule.startsWith('TRANSPARENCY.')), `transparency findings in ${rules}`);
  assert.ok(rules.includes('DIGITAL.DATA_CLAUSE_MISSING'), `the missing data clause in ${rules}`);
  assert.ok(!rules.some((rule) => rule.startsWith('CONCENTRATION.')), `no partner-concentration finding in public: ${rules}`);
  assert.match(await findings.textContent(), /PP 71\/2019/, 'findings name their legal basis');
  assert.match(await page.locator('#assessment').textContent(), /Public view/);
  await page.getByTestId('dimensions-chart').locator('svg').waitFor();
  await expectAccessible(page, 'agreement (signed out)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Serang–Hangzhou LoI page shows its transparency and digital-sovereignty findings', async () => {
  const { page, context, errors } = await newPage();
  await page.goto(`${BASE_URL}/#/registry?q=Hangzhou&year=2025`);
  await signInThroughKeycloak(page, DEMO_USERS.reviewer);
  await page.getByRole('link', { name: /Letter of Intent Kota Serang – Hangzhou/ }).click();
  const findings = page.getByTestId('findings');
  const assess = page.getByRole('button', { name: 'Assess now' });
  await Promise.race([findings.waitFor(), assess.waitFor()]);
  if (!(await findings.isVisible())) {
    await assess.click();  // a fresh database holds no assessment yet
  }
  await findings.locator('li').first().waitFor();
  const rules = await findings.locator('li').evaluateAll((items) => items.map((li) => li.dataset.rule));
  assert.ok(rules.some((rule) => rule.startsWith('TRANSPARENCY.')), `transparency findings in ${rules}`);
  assert.ok(rules.includes('DIGITAL.DATA_CLAUSE_MISSING'), `the missing data clause in ${rules}`);
  assert.match(await findings.textContent(), /PP 71\/2019/, 'findings name their legal basis');
  await page.getByTestId('dimensions-chart').locator('svg').waitFor();
  await expectAccessible(page, 'agreement (signed in)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Bahasa Indonesia is chosen, remembered across a reload, and formats dates the Indonesian way', async () => {
  const { page, context } = await newPage();
  await page.goto(`${BASE_URL}/#/registry?q=Hangzhou&year=2025`);
  await page.getByLabel('Language').selectOption('id');
  await page.getByRole('heading', { level: 1, name: 'Registri' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Registri' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  await page.getByRole('cell', { name: /Sep 2025|Sept 2025|September 2025/ }).first().waitFor();
  await expectAccessible(page, 'registry in Bahasa Indonesia');
  await context.close();
});

test('a service that is down affects only its own panels', async () => {
  const down = (route) => route.fulfill({ status: 502, contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title: 'Service unreachable', status: 502 }) });
  // agreements-service down: the overview still renders, from assessment-service's projection of the registry.
  const first = await newPage();
  await first.page.route('**/api/agreements/**', down);
  await first.page.goto(`${BASE_URL}/#/`);
  await first.page.getByTestId('live-count').waitFor();
  await first.page.getByTestId('world-map').locator('svg path').first().waitFor();
  await first.context.close();
  // assessment-service down: its panels say so, and the registry (agreements-service) still answers.
  const { page, context } = await newPage();
  await page.route('**/api/assessment/**', down);
  await page.goto(`${BASE_URL}/#/`);
  await page.locator('#concentration [data-service-down="assessment-service"]').waitFor();
  await expectAccessible(page, 'overview with assessment-service down');
  await page.goto(`${BASE_URL}/#/registry?q=Hangzhou&year=2025`);
  await page.getByRole('link', { name: /Letter of Intent Kota Serang – Hangzhou/ }).waitFor();
  await context.close();
});
