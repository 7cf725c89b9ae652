// Looks at a page as a person would: `node scripts/screenshot.mjs <url> <out.png> [width] [dialog]`.
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';
const [url, out, width = '1280', action] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0, 200)); });
await page.goto(url);
await page.waitForTimeout(2500);
if (action === 'dialog') {
  await page.locator('assignment-list').first().locator('[part="card-title"] button').first().click();
  await page.waitForTimeout(1000);
}
await page.screenshot({ path: out, fullPage: action !== 'dialog' });
await browser.close();
