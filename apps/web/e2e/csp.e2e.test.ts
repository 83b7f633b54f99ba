/**
 * The Content-Security-Policy in a real browser: the web app and the GraphQL playground both work
 * under it (nothing of theirs is inline), and Chromium reports no violation while they load.
 */
import type { Page } from 'playwright-core';
import { type ApiServer, startApiServer } from './support/api-server';
import { type Browser, launchBrowser } from './support/browser';

let server: ApiServer;
let browser: Browser;

beforeAll(async () => {
  server = await startApiServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens `path`, waits for `selector`, and returns the CSP violations and page errors seen. */
async function open(
  path: string,
  selector: string,
): Promise<{ page: Page; problems: string[]; csp: string | null }> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(`${server.url}${path}`);
  await page.waitForSelector(selector, { timeout: 20_000 });
  await page.waitForTimeout(500);
  return { page, problems, csp: (await response?.headerValue('content-security-policy')) ?? null };
}

test('the web app loads under the policy with no violation', async () => {
  const { page, problems, csp } = await open('/', 'form');
  expect(csp).toContain("script-src 'self'");
  expect(problems).toEqual([]);
  await page.close();
});

test('the playground loads under the policy with no violation, its headers editor ready for a token', async () => {
  const { page, problems, csp } = await open('/graphql', '.graphiql-container');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(problems).toEqual([]);
  expect(await page.textContent('.graphiql-container')).toContain('Authorization');
  await page.close();
});

test('an inline script is refused: the policy is really enforced', async () => {
  const { page } = await open('/', 'form');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.appendChild(script);
    return (window as unknown as { __inline?: number }).__inline ?? null;
  });
  expect(ran).toBeNull();
  await page.close();
});
