// Screenshots for the README (docs/screenshots/), desktop and 390 px wide, against a running suite.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BASE_URL, launch } from './browser.mjs';

const directory = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
mkdirSync(directory, { recursive: true });
const browser = await launch();
try {
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['mobile', { width: 390, height: 844 }]]) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/#/`);
    await page.getByTestId('world-map').locator('svg path').first().waitFor();
    await page.getByTestId('shares-chart').locator('svg').waitFor();
    await page.screenshot({ path: `${directory}overview-${device}.png`, fullPage: true });
    await page.goto(`${BASE_URL}/#/registry?q=hangzou&year=2025`);
    await page.getByRole('link', { name: /Letter of Intent Kota Serang – Hangzhou/ }).waitFor();
    await page.screenshot({ path: `${directory}registry-${device}.png`, fullPage: true });
    await page.getByRole('link', { name: /Letter of Intent Kota Serang – Hangzhou/ }).click();
    await page.getByTestId('clauses').waitFor();
    await page.screenshot({ path: `${directory}agreement-${device}.png`, fullPage: true });
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`Screenshots in ${directory}`);
