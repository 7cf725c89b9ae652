// Looks at a page as a person would: `node scripts/screenshot.mjs <url> <out.png> [width] [dialog|viewport]`.
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';
const [url, out, width = '1280', action] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0, 200)); });
await page.goto(url);
// Until every board and directory has loaded (or failed), not a fixed guess.
await page
  .waitForFunction(() => [...document.querySelectorAll('assignment-list, profile-directory')].every((e) => e.matches(':state(ready), :state(empty), :state(error)')), null, { timeout: 20_000 })
  .catch(() => console.log('still loading after 20 s'));
await page.waitForTimeout(300);
if (action === 'dialog') {
  await page.locator('assignment-list').first().locator('[part="card-title"] button').first().click();
  await page.waitForTimeout(1000);
}
await page.screenshot({ path: out, fullPage: !['dialog', 'viewport'].includes(action) });
await browser.close();
