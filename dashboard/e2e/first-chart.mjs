// Measures, in headless Chromium against a running suite, the time from navigation to the overview's first
// rendered chart, and the gzipped JavaScript the first page loads (the targets of issue 14: 1.5 s, 350 kB).
import { gzipSync } from 'node:zlib';
import { BASE_URL, launch } from './browser.mjs';

const runs = Number(process.argv[2] ?? 5);
const browser = await launch();
const times = [];
let javascript = 0;
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const scripts = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length));
    });
    await page.goto(`${BASE_URL}/#/`, { waitUntil: 'commit' });
    await page.locator('.chart svg path').first().waitFor();
    times.push(await page.evaluate(() => performance.now()));
    javascript = (await Promise.all(scripts)).reduce((sum, n) => sum + n, 0);
    await context.close();
  }
} finally {
  await browser.close();
}
times.sort((a, b) => a - b);
console.log(`first chart: median ${Math.round(times[Math.floor(times.length / 2)])} ms over ${runs} cold loads (min ${Math.round(times[0])}, max ${Math.round(times.at(-1))})`);
console.log(`first page JavaScript: ${(javascript / 1024).toFixed(1)} kB gzipped`);
