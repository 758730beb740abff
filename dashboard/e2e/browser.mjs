// Debian's Chromium through playwright-core (no browser download), as CI runs it.
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.DASHBOARD_URL ?? 'http://localhost:8080';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
