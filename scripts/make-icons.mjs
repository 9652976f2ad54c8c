// Renders the app icons (public/icons/*.png) from their SVG sources with Debian's Chromium.
// Run by hand after editing an SVG: `node scripts/make-icons.mjs`; the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';

const dir = new URL('../public/icons/', import.meta.url).pathname;
const renders = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
  ['../maskable.svg', 'maskable-512.png', 512],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
for (const [svg, png, size] of renders) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const data = (await readFile(dir + svg)).toString('base64');
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>`
    + `<img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}" style="display:block">`);
  await page.waitForFunction(() => document.images[0].complete);
  await page.screenshot({ path: dir + png, omitBackground: true });
  await page.close();
  console.log(`${png} (${size}×${size})`);
}
await browser.close();
