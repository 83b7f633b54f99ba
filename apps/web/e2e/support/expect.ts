import type { Locator, Page } from 'playwright-core';

// playwright-core has no test runner and so no auto-retrying `expect`: these few poll until the page
// settles, and fail with what they were waiting for.
const TIMEOUT = 10000;

async function poll(
  what: string,
  check: () => Promise<boolean>,
  describe: () => Promise<string>,
): Promise<void> {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline)
      throw new Error(
        `Timed out after ${TIMEOUT} ms waiting for ${what}; ${await describe().catch((e: Error) => e.message)}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Exactly one element matches and it is visible. */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: TIMEOUT });
}

/** No visible element matches. */
export async function expectHidden(locator: Locator): Promise<void> {
  await poll(
    `${locator} to be hidden`,
    async () => (await locator.filter({ visible: true }).count()) === 0,
    async () => `still shown: ${(await locator.filter({ visible: true }).allInnerTexts()).join(' | ')}`,
  );
}

/** The one matching element's text matches (a string must be contained). */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  const matches = (text: string) =>
    typeof expected === 'string' ? text.includes(expected) : expected.test(text);
  await poll(
    `${locator} to have text ${expected}`,
    async () => matches((await locator.innerText({ timeout: 1000 })).replace(/\s+/g, ' ')),
    async () => `text is ${JSON.stringify(await locator.innerText({ timeout: 1000 }))}`,
  );
}

export async function expectUrl(page: Page, expected: RegExp): Promise<void> {
  await page.waitForURL(expected, { timeout: TIMEOUT });
}
