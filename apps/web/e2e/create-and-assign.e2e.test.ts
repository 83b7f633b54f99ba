/**
 * The create-and-assign flow of the product page, in a real browser against the real API on a fresh
 * SQLite file: one story, split into ordered steps that share the page. Controls are found by role and
 * label (text only for content), so a control without an accessible name fails here too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { type ApiServer, startApiServer } from './support/api-server';
import { type Browser, launchBrowser } from './support/browser';
import { expectHidden, expectText, expectUrl, expectVisible } from './support/expect';

const screenshots = path.resolve(__dirname, '../../../docs/screenshots');

const owner = {
  name: 'Olivia Owner',
  email: 'olivia@acme.test',
  password: 'owner-password-1',
  workspace: 'Acme Support',
};
const teammate = { name: 'Tom Teammate', email: 'tom@acme.test', password: 'teammate-password-1' };
const requester = { name: 'Rita Requester', email: 'rita@customer.test' };

let server: ApiServer;
let browser: Browser;
let page: Page;

// Steps build on each other: once one fails, the rest say so instead of failing in confusing ways.
let broken: string | null = null;
function step(name: string, fn: () => Promise<void>) {
  test(name, async () => {
    if (broken) throw new Error(`not run: the earlier step "${broken}" failed`);
    try {
      await fn();
    } catch (err) {
      broken = name;
      // What the page showed when it failed, for whoever reads the log.
      const shot = path.join(os.tmpdir(), 'deskline-e2e-failure.png');
      if (
        await page?.screenshot({ path: shot }).then(
          () => true,
          () => false,
        )
      ) {
        (err as Error).message += `\n(screenshot of the page: ${shot})`;
      }
      throw err;
    }
  });
}

beforeAll(async () => {
  server = await startApiServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  fs.mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const header = () => page.getByRole('banner');
const mainNav = () => page.getByRole('navigation', { name: 'Main' });
const viewTabs = () => page.getByRole('navigation', { name: 'Ticket views' });
const ticketRows = () => page.getByRole('table').getByRole('row');
const assignedTo = () => page.getByLabel('Assigned to', { exact: true });

/** The reference shown on a ticket page's URL, e.g. TK-00001. */
function referenceFromUrl(): string {
  const match = /\/t\/([^/?#]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a ticket page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

async function openView(name: RegExp) {
  await viewTabs().getByRole('link', { name }).click();
  await expectVisible(page.getByRole('heading', { level: 1, name }));
}

async function createTicket(
  fields: { email: string; name?: string; subject: string; description: string; assignTo?: string },
  beforeSave?: () => Promise<void>,
) {
  await mainNav().getByRole('link', { name: 'New ticket' }).click();
  await expectVisible(page.getByRole('heading', { level: 1, name: /new ticket/i }));
  const form = page.getByRole('main');
  await form.getByLabel('Requester email').fill(fields.email);
  if (fields.name !== undefined) await form.getByLabel('Requester name').fill(fields.name);
  await form.getByLabel('Subject').fill(fields.subject);
  await form.getByLabel('Description').fill(fields.description);
  if (fields.assignTo !== undefined)
    await form.getByLabel('Assign to', { exact: true }).selectOption({ label: fields.assignTo });
  await beforeSave?.();
  await form.getByRole('button', { name: /create ticket/i }).click();
  await expectUrl(page, /\/t\/TK-\d+/);
  await expectVisible(page.getByRole('heading', { level: 1, name: fields.subject }));
  return referenceFromUrl();
}

async function signIn(user: { email: string; password: string }) {
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectVisible(header().getByRole('button', { name: 'Sign out' }));
}

const tickets = { first: '', second: '', unassigned: '' };

step('an agent creates a workspace and lands in its inbox', async () => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Create a workspace' }).click();
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByLabel('Workspace name').fill(owner.workspace);
  await page.getByRole('button', { name: 'Create workspace' }).click();

  await expectVisible(header().getByText(owner.workspace));
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Inbox' }));
});

step('the owner adds a teammate on the Members page', async () => {
  await mainNav().getByRole('link', { name: 'Members' }).click();
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Members' }));
  const members = page.getByRole('table');
  await expectVisible(members.getByRole('row', { name: new RegExp(owner.email) }));

  const form = page.getByRole('form', { name: 'Add a member' });
  await form.getByLabel('Email').fill(teammate.email);
  await form.getByLabel('Name').fill(teammate.name);
  await form.getByLabel(/^Password/).fill(teammate.password);
  await form.getByLabel('Role').selectOption('AGENT');
  await form.getByRole('button', { name: 'Add member' }).click();

  const row = members.getByRole('row', { name: new RegExp(teammate.email) });
  await expectText(row, /Tom Teammate.*Agent.*Active/);

  // Deactivate and reactivate: the row follows without a reload.
  await members.getByRole('button', { name: `Deactivate ${teammate.name}` }).click();
  await expectText(row, 'Deactivated');
  await members.getByRole('button', { name: `Reactivate ${teammate.name}` }).click();
  await expectText(row, /Agent Active/);

  // The server's refusal shows at the row it is about.
  await members.getByRole('button', { name: `Deactivate ${owner.name}` }).click();
  await expectText(page.getByRole('alert'), /cannot deactivate yourself/i);
});

step('a ticket for a new requester', async () => {
  tickets.first = await createTicket(
    {
      email: requester.email,
      name: requester.name,
      subject: 'Cannot log in after password reset',
      description: 'Called in: the reset link loops back to the login page.',
    },
    () => page.screenshot({ path: path.join(screenshots, 'new-ticket.png') }).then(() => undefined),
  );
  await expectVisible(page.getByRole('main').getByText(requester.email, { exact: true }));
});

step('a second ticket for the same email links the same requester', async () => {
  await mainNav().getByRole('link', { name: 'New ticket' }).click();
  await page.getByRole('main').getByLabel('Requester email').fill(`  ${requester.email.toUpperCase()} `);
  // The form recognises the requester before saving.
  await expectVisible(page.getByRole('status').filter({ hasText: `Known requester: ${requester.name}` }));

  tickets.second = await createTicket({
    email: requester.email.toUpperCase(),
    subject: 'Invoice shows the wrong company name',
    description: 'Mentioned on the same call.',
  });
  expect(tickets.second).not.toBe(tickets.first);
  // The existing requester, as first written (not the upper-case spelling typed here), with the name
  // given on the first ticket only.
  const main = page.getByRole('main');
  await expectVisible(main.getByText(requester.email, { exact: true }));
  await expectVisible(main.getByText(requester.name, { exact: true }));
});

step('a ticket assigned to nobody waits in the Unassigned view', async () => {
  tickets.unassigned = await createTicket({
    email: 'sam@customer.test',
    name: 'Sam Shopper',
    subject: 'Refund for a double charge',
    description: 'Charged twice for the March invoice.',
    assignTo: 'Nobody (Unassigned queue)',
  });

  await mainNav().getByRole('link', { name: 'Inbox' }).click();
  await expectVisible(ticketRows().filter({ hasText: 'Cannot log in after password reset' }));
  await page.screenshot({ path: path.join(screenshots, 'inbox.png') });

  await openView(/^Unassigned/);
  await expectVisible(ticketRows().filter({ hasText: 'Refund for a double charge' }));
  await expectHidden(ticketRows().filter({ hasText: 'Cannot log in after password reset' }));
});

step('the teammate signs in, replies to it and becomes the assignee', async () => {
  await header().getByRole('button', { name: 'Sign out' }).click();
  await signIn(teammate);
  // An agent manages no members.
  await expectHidden(mainNav().getByRole('link', { name: 'Members' }));

  await openView(/^Unassigned/);
  await ticketRows().filter({ hasText: 'Refund for a double charge' }).getByRole('link').first().click();
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Refund for a double charge' }));

  await page.getByLabel('Reply to the requester').fill('Sorry about that — the refund is on its way.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expectVisible(page.getByRole('status').filter({ hasText: 'You are now the assignee' }));
  await expectVisible(page.getByText('Sorry about that — the refund is on its way.'));
  await expectSelected(assignedTo(), `${teammate.name} (you)`);
  await page.screenshot({ path: path.join(screenshots, 'ticket.png') });

  await mainNav().getByRole('link', { name: 'Inbox' }).click();
  await openView(/^Unassigned/);
  await expectVisible(page.getByText(/nothing unassigned/i));
  await expectHidden(ticketRows().filter({ hasText: 'Refund for a double charge' }));
});

step('the teammate reassigns it to the owner, then to nobody', async () => {
  await page.goto(`${server.url}/t/${tickets.unassigned}`);
  const assignment = page.getByRole('form', { name: 'Assignment' });

  await assignedTo().selectOption({ label: owner.name });
  await assignment.getByRole('button', { name: 'Assign' }).click();
  await expectVisible(assignment.getByRole('status').filter({ hasText: `Assigned to ${owner.name}.` }));
  await expectSelected(assignedTo(), owner.name);

  await assignedTo().selectOption({ label: 'Nobody (Unassigned queue)' });
  await assignment.getByRole('button', { name: 'Assign' }).click();
  await expectVisible(assignment.getByRole('status').filter({ hasText: 'back in the Unassigned queue' }));
  await expectSelected(assignedTo(), 'Nobody (Unassigned queue)');

  await mainNav().getByRole('link', { name: 'Inbox' }).click();
  await openView(/^Unassigned/);
  await expectVisible(ticketRows().filter({ hasText: 'Refund for a double charge' }));
});

step('a pasted reference opens its ticket, in any spelling', async () => {
  const search = header().getByRole('searchbox', { name: 'Open a ticket by reference' });
  const number = Number(tickets.first.replace(/^TK-/, ''));

  await search.fill(`  tk-${number} `);
  await search.press('Enter');
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Cannot log in after password reset' }));

  await search.fill(tickets.second);
  await header().getByRole('button', { name: 'Open' }).click();
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Invoice shows the wrong company name' }));
});

step('a deep link to a ticket survives a reload', async () => {
  await page.goto(`${server.url}/t/${tickets.first}`);
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Cannot log in after password reset' }));
  await page.reload();
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Cannot log in after password reset' }));
  await expectVisible(page.getByRole('main').getByText(requester.email, { exact: true }));
});

/** The option a select shows, by its visible label. */
async function expectSelected(select: Locator, label: string) {
  await expectText(select.getByRole('option', { selected: true }), label);
}
