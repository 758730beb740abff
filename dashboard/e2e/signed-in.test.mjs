// Signed-in views against a running suite: an officer registers an agreement (field errors at their fields), walks it
// to LOI_SIGNED with If-Match (a 412 explained), assesses it and sees the what-if preview move; a reviewer approves
// one from the central-review queue. People sign in through Keycloak's own login page (authorization code with PKCE);
// the set-up calls through the SDK use the same demo users' tokens from ./jembatan token. An expired session leads
// to sign-in and back to the same page; signing out ends the session.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { agreements, configureClient, ifMatch, versioned } from '@jembatan/client';
import { BASE_URL, DEMO_USERS, launch, signInThroughKeycloak } from './browser.mjs';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const token = (...args) => execFileSync('./jembatan', ['token', ...args], { cwd: repository, encoding: 'utf8' }).trim();
const officer = token('--role', 'regional-officer', '--region', '36.73');
const reviewer = token('--role', 'ministry-reviewer');
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A new browser (no Keycloak session yet) signed in as a demo user on the page at path. */
async function signedInPage(username, path = '/#/') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${BASE_URL}${path}`);
  await signInThroughKeycloak(page, username);
  assert.equal(new URL(page.url()).hash, path.slice(1), 'back on the page where sign-in started');
  return { page, context, errors };
}

/** Polls a condition in the page across the navigations of a sign-in round trip. */
async function eventually(page, condition, argument, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if (await page.evaluate(condition, argument)) return;
    } catch {
      /* the page is navigating */
    }
    if (Date.now() > deadline) throw new Error('condition not met within the time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function expectAccessible(page, where) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), [], `axe on ${where}`);
}

test('an officer registers an agreement, walks it to LOI_SIGNED, assesses it and previews a change', async () => {
  const { page, context, errors } = await signedInPage(DEMO_USERS.officer);
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

test('in Bahasa Indonesia, Keycloak\'s login page is in Bahasa Indonesia too (ui_locales), accessible, and signs in', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${BASE_URL}/#/registry?region=36.73`);
  await page.getByLabel('Language').selectOption('id');
  await page.getByRole('heading', { level: 1, name: 'Registri' }).waitFor();
  const dashboard = new URL(BASE_URL).origin;
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((url) => url.origin !== dashboard);
  assert.equal(new URL(page.url()).searchParams.get('ui_locales'), 'id', 'the dashboard asks for its language');
  await page.locator('#username').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  await page.getByText('Masuk ke akun Anda').waitFor();
  assert.equal((await page.locator('label[for=username]').textContent()).trim(), 'Nama pengguna');
  assert.equal((await page.locator('label[for=password]').textContent()).trim(), 'Kata sandi');
  await expectAccessible(page, 'Keycloak login page in Bahasa Indonesia');

  // A wrong password is explained in Bahasa Indonesia, at the form.
  await page.locator('#username').fill(DEMO_USERS.officer);
  await page.locator('#password').fill('not-the-password');
  await page.locator('#kc-login').click();
  await page.getByText('Nama pengguna atau kata sandi tidak valid.').waitFor();
  await expectAccessible(page, 'Keycloak login page with an error, in Bahasa Indonesia');

  await page.locator('#password').fill(DEMO_USERS.officer);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.origin === dashboard);
  await page.getByRole('button', { name: 'Keluar', exact: true }).waitFor();
  assert.equal(new URL(page.url()).hash, '#/registry?region=36.73', 'back on the page where sign-in started');
  await page.getByRole('heading', { level: 1, name: 'Registri' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('in English, Keycloak\'s login page is in English and accessible', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/#/`);
  await page.getByLabel('Language').selectOption('en');
  const dashboard = new URL(BASE_URL).origin;
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.origin !== dashboard);
  await page.locator('#username').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByText('Sign in to your account').waitFor();
  await expectAccessible(page, 'Keycloak login page in English at 390 px');
  await context.close();
});

test('a transition based on an outdated read is refused with 412, explained, and the page shows the current version', async () => {
  configureClient(agreements.client, { baseUrl: `${BASE_URL}/api/agreements`, token: () => officer });
  const { data: created } = await agreements.createAgreement({ body: {
    title: `Concurrent edit test ${Date.now()}`, form: 'KSDPL', type: 'SISTER_CITY', indonesianRegionCode: '36.73',
    foreignRegion: { scheme: 'GB_T_2260', code: '330100' }, sectors: ['TOURISM'] } });
  const { page, context } = await signedInPage(DEMO_USERS.officer, `/#/agreements/${created.id}`);
  const lifecycle = page.locator('#lifecycle');
  await lifecycle.getByRole('button', { name: 'Start exploration' }).click();

  const read = versioned(await agreements.getAgreement({ path: { id: created.id } }));
  await agreements.transitionAgreement({ path: { id: created.id }, headers: ifMatch(read), body: { action: 'START_EXPLORATION' } });

  await lifecycle.getByRole('button', { name: 'Confirm: Start exploration' }).click();
  await lifecycle.getByRole('alert').getByText(/Someone changed this agreement/).waitFor();
  await lifecycle.getByText('State: Exploration').waitFor();
  await context.close();
});

test('a ministry reviewer verifies an agreement from the review queue with a reference', async () => {
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

  const { page, context, errors } = await signedInPage(DEMO_USERS.reviewer, '/#/review');
  const item = page.locator('.queue li', { hasText: title });
  await item.waitFor();
  await expectAccessible(page, 'review queue');
  await item.getByRole('textbox').fill('B-100/KSD/2026');
  await item.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('status').getByText(/Verify ✓/).waitFor();
  await page.locator('.queue li', { hasText: title }).waitFor({ state: 'detached' });
  const { data: approved } = await agreements.getAgreement({ path: { id: created.id } });
  assert.equal(approved.state, 'DRAFTING');
  assert.equal(approved.verificationRef, 'B-100/KSD/2026');
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

test('signed out, a public agreement\'s page shows its activities and dormancy; a confidential agreement\'s activities appear nowhere', async () => {
  configureClient(agreements.client, { baseUrl: `${BASE_URL}/api/agreements`, token: () => officer });
  const clause = { present: true, location: 'Article 1' };
  const body = (title, confidential) => ({ agreement: {
    title, form: 'KSDPL', type: 'SISTER_CITY', indonesianRegionCode: '36.73', foreignRegion: { scheme: 'GB_T_2260', code: '330100' },
    sectors: ['TOURISM'], validFrom: '2023-01-01', validUntil: '2030-12-31', confidential,
    instruments: [{ kind: 'MOU', title, signedOn: '2022-12-01' }],
    clauses: { COST_BENEFIT_ANALYSIS: clause, ENVIRONMENTAL_PROTECTION: clause, FISCAL_PROVISIONS: clause } },
    state: 'ACTIVE', note: 'browser test: in effect since 2023' });
  const stamp = Date.now();
  const { data: dormant } = await agreements.registerLegacyAgreement({ body: body(`Dormant public test ${stamp}`, false) });
  const { data: awake } = await agreements.registerLegacyAgreement({ body: body(`Public activities test ${stamp}`, false) });
  const { data: secret } = await agreements.registerLegacyAgreement({ body: body(`Confidential activities test ${stamp}`, true) });
  const recent = new Date(Date.now() - 5 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await agreements.recordActivity({ path: { id: awake.id }, body: { kind: 'TRAINING', occurredOn: recent, description: `Public training ${stamp}`, peopleTrained: 12 } });
  await agreements.recordActivity({ path: { id: secret.id }, body: { kind: 'MEETING', occurredOn: recent, description: `Secret meeting ${stamp}` } });

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${BASE_URL}/#/agreements/${awake.id}`);
  const activities = page.locator('#activities');
  await activities.getByTestId('activity-log').getByText(`Training: Public training ${stamp}`).waitFor();
  assert.equal(await activities.getByText(/^Dormant/).count(), 0, 'an agreement with a recent activity is not dormant');
  await activities.getByText(/^Last activity:/).waitFor();
  await expectAccessible(page, 'agreement signed out, with activities');

  await page.goto(`${BASE_URL}/#/agreements/${dormant.id}`);
  await page.getByRole('heading', { level: 1, name: `Dormant public test ${stamp}` }).waitFor();
  await activities.getByText('Dormant: no activity for twelve months').waitFor();
  await activities.getByText('None recorded.').waitFor();

  for (const path of [`/#/agreements/${secret.id}`, `/#/registry?q=${encodeURIComponent('Confidential activities test')}`]) {
    await page.goto(`${BASE_URL}${path}`);
    await page.waitForLoadState('networkidle');
    await page.locator('[aria-busy=true]').first().waitFor({ state: 'detached' });
    const text = await page.locator('body').textContent();
    assert.ok(!text.includes('Secret meeting') && !text.includes('Confidential activities test'), `${path} shows nothing of the confidential agreement`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('an expired session leads to sign-in and back to the same page; signing out ends the session', async () => {
  const { page, context, errors } = await signedInPage(DEMO_USERS.officer, '/#/registry?region=36.73');
  await expectAccessible(page, 'registry signed in');
  // The session's access token runs out (as it does after 15 minutes): the page sends the person to Keycloak, whose
  // own session is still alive, and comes back to the registry signed in with a new token.
  const expired = await page.evaluate(() => {
    const session = JSON.parse(sessionStorage.getItem('jembatan.session'));
    sessionStorage.setItem('jembatan.session', JSON.stringify({ ...session, expiresAt: Date.now() / 1000 - 60 }));
    return session.accessToken;
  });
  await page.reload();
  await eventually(page, (old) => {
    const session = JSON.parse(sessionStorage.getItem('jembatan.session') ?? 'null');
    return session !== null && session.accessToken !== old && location.hash === '#/registry?region=36.73';
  }, expired);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  assert.match(await page.getByTestId('signed-in-as').textContent(), /Officer Kota Serang/);

  const loggedOut = page.waitForResponse((response) => response.url().includes('/protocol/openid-connect/logout'));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await loggedOut;
  await page.waitForURL((url) => url.origin === new URL(BASE_URL).origin);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('jembatan.session')), null);
  // Keycloak's session has ended too: signing in asks for the password again.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#username').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
