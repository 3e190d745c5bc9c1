// The browsable page in a real browser: the system's Chromium driven by playwright-core
// (never a downloaded browser) against the app on a real port. Fills in the form, follows
// the pagination and the links in the JSON, checks that markup in the data stays text, and
// saves screenshots to test-results/ for a person to look at.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { asBrowsableLinks, loadDataWithHostileName, XSS_ID, XSS_NAME } from '../support/browsable.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const CHROMIUM = '/usr/bin/chromium';
const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

const skip = skipUnlessRequired(
  existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}: browser suite skipped (install it with: apt-get install -y chromium)`,
);

describe('the browsable page in Chromium', { skip }, () => {
  let server: TestApp;
  let address: string;
  let browser: Browser;

  before(async () => {
    server = await startTestApp('sqlite', loadDataWithHostileName);
    address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(RESULTS_DIR, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page that records any dialog (an executed `alert` would open one). */
  async function openPage(path: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; dialogs: string[] }> {
    const page = await browser.newPage({ viewport });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(`${address}${path}`);
    assert.ok(response, path);
    return { page, dialogs };
  }

  /** The JSON the page shows, as text. */
  async function shownJson(page: Page): Promise<string> {
    return (await page.locator('pre.response .json').textContent()) ?? '';
  }

  async function jsonOf(path: string): Promise<string> {
    const response = await fetch(`${address}${path}`, { headers: { accept: 'application/json; indent=4' } });
    assert.equal(response.status, 200, path);
    return response.text();
  }

  test('the form filters the list: choose in_space = true, Apply', async () => {
    const { page } = await openPage('/2.3.0/spacecraft/?format=api');
    assert.equal(await page.locator('h1').textContent(), 'Spacecraft List');
    await page.selectOption('select[name="in_space"]', 'true');
    await Promise.all([page.waitForURL(/in_space=true/), page.click('form.query-form button[type="submit"]')]);
    // The enhancement script leaves the untouched fields out of the URL.
    assert.equal(new URL(page.url()).search, '?format=api&in_space=true');
    const shown = JSON.parse(await shownJson(page));
    assert.ok(shown.results.length > 0);
    assert.ok(shown.results.every((spacecraft: { in_space: boolean }) => spacecraft.in_space === true));
    assert.equal(await shownJson(page), asBrowsableLinks(await jsonOf('/2.3.0/spacecraft/?format=json&in_space=true')));
    await page.close();
  });

  test('Next follows the pagination; the JSON’s own next link too', async () => {
    const { page } = await openPage('/2.3.0/spacecraft/?format=api&limit=5');
    await Promise.all([page.waitForURL(/offset=5/), page.click('nav.pager >> nth=0 >> a[rel="next"]')]);
    assert.match((await page.locator('nav.pager .summary').first().textContent()) ?? '', /^Results 6–10 of \d+$/);
    const next = page.locator('pre.response .json a', { hasText: 'offset=10' });
    await Promise.all([page.waitForURL(/offset=10/), next.click()]);
    assert.match((await page.locator('nav.pager .summary').first().textContent()) ?? '', /^Results 11–15 of \d+$/);
    await page.close();
  });

  test('a spacecraft opened by its link shows exactly the JSON endpoint’s body', async () => {
    const { page } = await openPage('/2.3.0/spacecraft/?format=api');
    const link = page.locator('pre.response .json a').filter({ hasText: /\/2\.3\.0\/spacecraft\/\d+\/\?format=api$/ }).first();
    const href = (await link.getAttribute('href')) ?? '';
    await Promise.all([page.waitForURL(href), link.click()]);
    assert.equal(await page.locator('h1').textContent(), 'Spacecraft Instance');
    const path = new URL(href).pathname;
    assert.equal(await shownJson(page), asBrowsableLinks(await jsonOf(`${path}?format=json`)));
    assert.equal(await page.locator('pre.request').textContent(), `GET ${path}?format=api`);
    await page.close();
  });

  test('a spacecraft named <script>alert(1)</script>: no dialog, the name shown as text', async () => {
    for (const path of [`/2.3.0/spacecraft/${XSS_ID}/?format=api`, '/2.3.0/spacecraft/?format=api&search=script', '/2.3.0/spacecraft_flights/?format=api']) {
      const { page, dialogs } = await openPage(path);
      await page.waitForLoadState('load');
      assert.deepEqual(dialogs, [], `${path}: no script ran`);
      assert.equal(await page.locator('img').count(), 0, `${path}: no injected image`);
      if (!path.includes('spacecraft_flights')) {
        assert.ok((await shownJson(page)).includes(`"name": ${JSON.stringify(XSS_NAME)}`), path);
      } else {
        const labels = await page.locator('select[name="spacecraft"] option').allTextContents();
        assert.ok(labels.includes(`${XSS_NAME} (${XSS_ID})`), 'listed as text in the select');
      }
      await page.close();
    }
  });

  test('screenshots: the list (desktop and phone), the landing page, the docs', async () => {
    const desktop = { width: 1280, height: 1300 };
    const phone = { width: 390, height: 1600 };
    const list = '/2.3.0/spacecraft/?format=api&offset=10&ordering=-flights_count';
    // First screens (what a visitor sees, small enough to look at), and one whole page.
    const shots: Array<[string, string, { width: number; height: number }, boolean]> = [
      [list, 'browsable-spacecraft-list.png', desktop, false],
      [list, 'browsable-spacecraft-list-full.png', desktop, true],
      ['/2.3.0/spacecraft/?format=api&limit=3', 'browsable-spacecraft-list-phone.png', phone, false],
      ['/2.3.0/agencies/?format=api&limit=2', 'browsable-agencies-list.png', desktop, false],
      ['/', 'landing.png', desktop, false],
      // The docs page is another part of the server; whatever answers there is captured.
      ['/2.3.0/swagger/', 'swagger.png', desktop, false],
    ];
    for (const [path, file, viewport, fullPage] of shots) {
      const { page } = await openPage(path, viewport);
      await page.waitForLoadState('networkidle').catch(() => {});
      await page.screenshot({ path: `${RESULTS_DIR}${file}`, fullPage });
      assert.ok(existsSync(`${RESULTS_DIR}${file}`), file);
      await page.close();
    }
  });
});
