// Debian's Chromium through playwright-core (no browser download), as CI runs it.
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.DASHBOARD_URL ?? 'http://localhost:8080';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** The local realm's demo users (deploy/keycloak/realm-jembatan.json): the password is the user name. */
export const DEMO_USERS = { officer: 'serang', reviewer: 'kemendagri', viewer: 'viewer' };

/**
 * Signs in from the page as a person does: the dashboard's Sign in button, Keycloak's own login page, and back to the
 * page where it started (authorization code with PKCE).
 */
export async function signInThroughKeycloak(page, username) {
  const dashboard = new URL(page.url()).origin;
  await page.getByRole('button', { name: /^(Sign in|Masuk)$/ }).click();
  await page.waitForURL((url) => url.origin !== dashboard);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(username);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.origin === dashboard);
  await page.getByRole('button', { name: /^(Sign out|Keluar)$/ }).waitFor();
}
