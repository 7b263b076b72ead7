/**
 * The HTML report in a real browser: the example story's matrix, points and
 * highlights render, a screenshot is saved, and hostile input runs nothing.
 * Runs only under jest.browser.config.js; under `npm test` it is skipped.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { compare } from '../../src/compare';
import { toHtml } from '../../src/report/html';
import { hostileReport } from '../fixtures/report/bridge';

const inBrowserRun = (globalThis as { __CLAIMDIFF_BROWSER__?: boolean }).__CLAIMDIFF_BROWSER__ === true;
const suite = inBrowserRun ? describe : describe.skip;
const ROOT = join(__dirname, '..', '..');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

suite('toHtml in Chromium', () => {
  let browser: Browser;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, width = 1280): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, dialogs, errors };
  }

  test('the example story renders its matrix, tensions and highlights; screenshot saved', async () => {
    const dir = join(ROOT, 'examples', 'story');
    const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
    const report = compare(articles);
    const { page, errors } = await open(toHtml(report, { title: 'Example story: five outlets, one summit' }));

    expect(await page.locator('table.cd-matrix thead th.cd-col').count()).toBe(articles.length);
    const rows = await page.locator('table.cd-matrix tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    const tensionCells = await page.locator('td.cd-cell.contradict, td.cd-cell.qualify').count();
    expect(tensionCells).toBeGreaterThan(0);
    expect(await page.locator('td.cd-cell.silent').count()).toBeGreaterThan(0);
    // The matrix must carry the tension's reason, not only its colour.
    expect(await page.locator('table.cd-matrix .cd-why').count()).toBeGreaterThan(0);
    expect(await page.locator('article.cd-point').count()).toBe(rows);
    expect(await page.locator('article.cd-point section.cd-position').count()).toBeGreaterThan(rows);
    expect(await page.locator('.cd-tension').count()).toBeGreaterThan(0);
    expect(await page.locator('.cd-tension mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.cd-article a.cd-hl').count()).toBe(report.claims.length);

    // Highlights are visibly coloured, not merely present in the DOM.
    const bg = await page.locator('.cd-article a.cd-hl').first().evaluate((el) => (globalThis as unknown as { getComputedStyle: (e: unknown) => { backgroundColor: string } }).getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');

    // The filter script works: unticking "agreed" hides agreed rows only.
    const agreed = page.locator('.cd-filter input[value="agreement"]');
    await agreed.uncheck();
    const hiddenAgreed = await page.locator('tbody tr[data-consensus="agreement"]:visible').count();
    expect(hiddenAgreed).toBe(0);
    await agreed.check();

    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
    mkdirSync(join(ROOT, 'examples'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'artifacts', 'report.png'), fullPage: true });
    await page.screenshot({ path: join(ROOT, 'examples', 'report.png'), fullPage: false });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  test('hostile input fires no script, no dialog and no request', async () => {
    const { page, dialogs, errors } = await open(toHtml(hostileReport));
    await page.mouse.move(200, 200);
    await page.locator('body').hover();
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('.cd script, .cd img, .cd iframe, .cd svg').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
    expect(await page.textContent('h1')).toBe('claimdiff report');
    expect(await page.locator('.cd-matrix').textContent()).toContain('<iframe');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
