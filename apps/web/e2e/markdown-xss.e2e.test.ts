/**
 * The Markdown XSS corpus (src/ui/xss-corpus.ts) in a real browser: a ticket whose description,
 * replies, internal notes, subject and names carry every payload, created through the API, then opened
 * in headless Chromium. Nothing may run: no dialog opens, the marker global stays undefined, and the
 * rendered Markdown holds no script-like element, handler attribute or javascript:/data:/vbscript: URL.
 */
import type { Page } from 'playwright-core';
import { findUnsafeMarkup, XSS_MARKER, xssCorpus, xssDocument } from '../src/ui/xss-corpus';
import { type ApiServer, startApiServer } from './support/api-server';
import { type Browser, launchBrowser } from './support/browser';
import { expectText, expectVisible } from './support/expect';

const NAME_PAYLOAD = '<img src=x onerror="window.__xss=1;alert(1)">';
const SUBJECT = `XSS corpus <svg onload="window.__xss=1;alert(1)">`;

let server: ApiServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

async function graphql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

beforeAll(async () => {
  server = await startApiServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('a ticket whose description and replies hold the XSS corpus renders inert in Chromium', async () => {
  // Through the API, to keep it fast: an agent and a requester whose names are payloads too.
  const signUp = await graphql(
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input) {
          token
          agent {
            memberships {
              workspace {
                id
              }
            }
          }
        }
      }
    `,
    {
      input: {
        email: 'xss-owner@acme.test',
        password: 'owner-password-1',
        name: NAME_PAYLOAD,
        workspaceName: 'XSS Support',
      },
    },
  );
  const token: string = signUp.signUp.token;
  const workspaceId: string = signUp.signUp.agent.memberships[0].workspace.id;
  const created = await graphql(
    `
      mutation ($input: CreateTicketInput!) {
        createTicket(input: $input) {
          id
          reference
        }
      }
    `,
    {
      input: {
        workspaceId,
        requesterEmail: 'mallory@customer.test',
        requesterName: NAME_PAYLOAD,
        subject: SUBJECT,
        description: xssDocument,
      },
    },
    token,
  );
  const { id: ticketId, reference } = created.createTicket as { id: string; reference: string };
  // Every payload again as a message of its own, replies and internal notes in turn.
  for (const [i, payload] of xssCorpus.entries()) {
    await graphql(
      `
        mutation ($input: ReplyInput!) {
          replyToTicket(input: $input) {
            message {
              id
            }
          }
        }
      `,
      { input: { ticketId, body: payload.source, internal: i % 2 === 1 } },
      token,
    );
  }

  // Signed in as that agent from the first script that runs on the page.
  await page.addInitScript((t: string) => window.localStorage.setItem('deskline.token', t), token);
  await page.goto(`${server.url}/t/${encodeURIComponent(reference)}`);
  await expectVisible(page.getByRole('heading', { level: 1, name: SUBJECT }));
  // The description and every message rendered by the (lazily loaded) Markdown renderer.
  await page.waitForFunction(
    (count: number) =>
      document.querySelectorAll('.markdown').length === count &&
      document.querySelectorAll('.markdown-fallback').length === 0,
    1 + xssCorpus.length,
  );
  await expectText(
    page.getByRole('region', { name: 'Description' }),
    '<script>window.__xss=1;alert(1)</script>',
  );
  // Let anything that would fire late (image errors, toggles, focus) have its chance.
  await page.waitForLoadState('networkidle');
  await page.getByRole('region', { name: 'Description' }).hover();

  const checkMarkdown = `Array.from(document.querySelectorAll('.markdown')).flatMap((el) => (${findUnsafeMarkup.toString()})(el))`;
  expect(await page.evaluate(checkMarkdown)).toEqual([]);
  const inPage = await page.evaluate((marker: string) => {
    const main = document.querySelector('main') ?? document.body;
    return {
      marker: (window as unknown as Record<string, unknown>)[marker],
      scriptsInMain: main.querySelectorAll('script').length,
      framesAnywhere: document.querySelectorAll('iframe, frame, object, embed').length,
      javascriptHrefs: Array.from(document.querySelectorAll('[href], [src], [action]'))
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
        .filter((url) => /^(javascript|data|vbscript):/.test(url.replace(/[\s\p{Cc}]/gu, '').toLowerCase())),
      handlerAttributes: Array.from(main.querySelectorAll('*')).flatMap((el) =>
        el.getAttributeNames().filter((n) => n.toLowerCase().startsWith('on')),
      ),
    };
  }, XSS_MARKER);
  expect(inPage).toEqual({
    marker: undefined,
    scriptsInMain: 0,
    framesAnywhere: 0,
    javascriptHrefs: [],
    handlerAttributes: [],
  });
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a control: these checks do see a payload that runs (dialog and marker)', async () => {
  const control = await browser.context.newPage();
  const seen: string[] = [];
  control.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  await control.setContent(xssCorpus.find((p) => p.name === 'img onerror')?.source ?? '');
  await control.waitForFunction(
    (marker: string) => (window as unknown as Record<string, unknown>)[marker] === 1,
    XSS_MARKER,
  );
  expect(seen).toEqual(['1']);
  await control.close();
});
