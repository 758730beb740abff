// Signed-in views against a running suite: an officer registers an agreement (field errors at their fields), walks it
// to LOI_SIGNED with If-Match (a 412 explained), assesses it and sees the what-if preview move; a reviewer approves
// one from the central-review queue. Sign-in is the interim pasted token (Keycloak is not wired yet).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { agreements, configureClient, ifMatch, versioned } from '@jembatan/client';
import { BASE_URL, launch } from './browser.mjs';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const token = (...args) => execFileSync('./jembatan', ['token', ...args], { cwd: repository, encoding: 'utf8' }).trim();
const officer = token('--role', 'regional-officer', '--region', '36.73', '--subject', 'serang-officer');
const reviewer = token('--role', 'ministry-reviewer');
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function signedInPage(bearer) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((t) => sessionStorage.setItem('jembatan.token', t), bearer);
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

test('an officer registers an agreement, walks it to LOI_SIGNED, assesses it and previews a change', async () => {
  const { page, context, errors } = await signedInPage(officer);
  await page.goto(`${BASE_URL}/#/register`);
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.locator('#r-title-error').waitFor();  // the service's field error, shown at its field
  assert.equal(await page.locator('#r-title').getAttribute('aria-invalid'), 'true');
  await expectAccessible(page, 'register form with errors');

  const title = `Browser test cooperation Kota Serang – Hangzhou ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Indonesian region (Kemendagri code)').fill('36.73');
  await page.getByLabel('Foreign region code', { exact: true }).fill('330100');
  await page.getByLabel('Letter of Intent signed on (if signed)').fill('2026-01-15');
  await page.getByLabel('E-commerce').check();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();

  const lifecycle = page.locator('#lifecycle');
  for (const [action, state] of [['Start exploration', 'Exploration'], ['Sign LoI', 'LoI signed']]) {
    await lifecycle.getByRole('button', { name: action }).click();
    await lifecycle.getByRole('button', { name: `Confirm: ${action}` }).click();
    await lifecycle.getByText(`State: ${state}`).waitFor();
  }
  await page.getByTestId('history').getByText('TRANSITION:SIGN_LOI').waitFor();

  await page.getByRole('button', { name: 'Assess now' }).click();
  await page.getByTestId('findings').locator('li').first().waitFor();

  const whatIf = page.locator('#what-if');
  await whatIf.getByRole('button', { name: 'Preview' }).click();
  const before = await page.getByTestId('preview').textContent();
  await whatIf.getByLabel('Data protection and localisation').check();
  await whatIf.getByRole('button', { name: 'Preview' }).click();
  await page.waitForFunction((previous) => document.querySelector('[data-testid=preview]')?.textContent !== previous, before);
  await expectAccessible(page, 'agreement signed in');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a transition based on an outdated read is refused with 412, explained, and the page shows the current version', async () => {
  configureClient(agreements.client, { baseUrl: `${BASE_URL}/api/agreements`, token: () => officer });
  const { data: created } = await agreements.createAgreement({ body: {
    title: `Concurrent edit test ${Date.now()}`, form: 'KSDPL', type: 'SISTER_CITY', indonesianRegionCode: '36.73',
    foreignRegion: { scheme: 'GB_T_2260', code: '330100' }, sectors: ['TOURISM'] } });
  const { page, context } = await signedInPage(officer);
  await page.goto(`${BASE_URL}/#/agreements/${created.id}`);
  const lifecycle = page.locator('#lifecycle');
  await lifecycle.getByRole('button', { name: 'Start exploration' }).click();

  const read = versioned(await agreements.getAgreement({ path: { id: created.id } }));
  await agreements.transitionAgreement({ path: { id: created.id }, headers: ifMatch(read), body: { action: 'START_EXPLORATION' } });

  await lifecycle.getByRole('button', { name: 'Confirm: Start exploration' }).click();
  await lifecycle.getByRole('alert').getByText(/Someone changed this agreement/).waitFor();
  await lifecycle.getByText('State: Exploration').waitFor();
  await context.close();
});

test('a ministry reviewer approves an agreement from the central-review queue with a reference', async () => {
  configureClient(agreements.client, { baseUrl: `${BASE_URL}/api/agreements`, token: () => officer });
  const clause = { present: true, location: 'Article 1' };
  const title = `Central review test ${Date.now()}`;
  const { data: created } = await agreements.createAgreement({ body: {
    title, form: 'KSDPL', type: 'SISTER_CITY', indonesianRegionCode: '36.73', foreignRegion: { scheme: 'GB_T_2260', code: '330100' },
    sectors: ['TOURISM'], instruments: [{ kind: 'LOI', title, signedOn: '2026-01-15' }],
    clauses: { COST_BENEFIT_ANALYSIS: clause, ENVIRONMENTAL_PROTECTION: clause, FISCAL_PROVISIONS: clause },
    costBenefit: { currency: 'IDR', horizonYears: 3, costs: [{ year: 0, payer: 'REGION', amount: 100000000 }],
      benefits: [{ year: 1, kind: 'TOURISM', amount: 80000000 }, { year: 2, kind: 'TOURISM', amount: 80000000 }] } } });
  for (const [action, reference] of [['START_EXPLORATION'], ['SIGN_LOI'], ['PREPARE_PLAN'], ['SUBMIT_TO_DPRD'],
    ['DPRD_APPROVE', 'Keputusan DPRD Kota Serang No. 1/2026'], ['SUBMIT_TO_CENTRAL']]) {
    const read = versioned(await agreements.getAgreement({ path: { id: created.id } }));
    await agreements.transitionAgreement({ path: { id: created.id }, headers: ifMatch(read), body: { action, reference } });
  }

  const { page, context, errors } = await signedInPage(reviewer);
  await page.goto(`${BASE_URL}/#/review`);
  const item = page.locator('.queue li', { hasText: title });
  await item.waitFor();
  await expectAccessible(page, 'review queue');
  await item.getByRole('textbox').fill('B-100/KSD/2026');
  await item.getByRole('button', { name: 'Approve (central)' }).click();
  await page.getByRole('status').getByText(/Approve \(central\) ✓/).waitFor();
  await page.locator('.queue li', { hasText: title }).waitFor({ state: 'detached' });
  const { data: approved } = await agreements.getAgreement({ path: { id: created.id } });
  assert.equal(approved.state, 'APPROVED');
  assert.equal(approved.centralApprovalRef, 'B-100/KSD/2026');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a signed-out person sees nothing of a confidential agreement: not in the registry, the overview or its page', async () => {
  configureClient(agreements.client, { baseUrl: `${BASE_URL}/api/agreements`, token: () => officer });
  const title = `Confidential browser test ${Date.now()}`;
  const { data: created } = await agreements.createAgreement({ body: {
    title, form: 'KSDPL', type: 'SISTER_CITY', indonesianRegionCode: '36.73', foreignRegion: { scheme: 'GB_T_2260', code: '330100' },
    sectors: ['TOURISM'], confidential: true } });
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const path of ['/#/', `/#/registry?q=${encodeURIComponent('Confidential browser test')}`, '/#/registry?region=36.73', `/#/agreements/${created.id}`]) {
    await page.goto(`${BASE_URL}${path}`);
    await page.waitForLoadState('networkidle');
    await page.locator('[aria-busy=true]').first().waitFor({ state: 'detached' });
    const text = await page.locator('body').textContent();
    assert.ok(!text.includes(title), `${path} shows nothing of the confidential agreement`);
  }
  await page.getByRole('heading', { level: 1, name: 'No such public agreement.' }).waitFor();
  await context.close();
});
