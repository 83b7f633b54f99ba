import { statementsSentDuring } from '../../support/database-probes';
import { createTicket, signUpOwner, type Actor } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';
import { TICKETS, QUEUE } from './helpers';

let api: TestApi;
let owner: Actor;
beforeAll(async () => {
  api = await startTestApi();
  owner = await signUpOwner(api);
  for (let i = 0; i < 6; i++)
    await createTicket(api, owner, {
      requesterEmail: 'pat@x.com',
      assigneeId: i % 2 ? null : owner.memberId,
    });
  await addManyTickets(20000);
});
afterAll(() => api.close());

/**
 * Plans depend on the tables' sizes: on a few rows a database rightly scans and sorts. So tickets and
 * requesters get a realistic mix written directly (a tenth of them the owner's workspace's, about
 * 40 % open, a third of those the owner's), one requester each, and fresh statistics.
 */
async function addManyTickets(count: number): Promise<void> {
  const other = await signUpOwner(api, 'Other');
  const query = (sql: string, parameters: unknown[] = []) =>
    api.db.dataSource.query(sql, parameters) as Promise<Record<string, unknown>[]>;
  const numbers = `WITH RECURSIVE d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < 99), n(i) AS (SELECT a.i * 100 + b.i + 1 FROM d a CROSS JOIN d b)`;
  const email = api.db.dialect === 'mysql' ? `CONCAT('bulk-', i, '@x.com')` : `'bulk-' || i || '@x.com'`;
  const workspace = `CASE WHEN i % 10 = 0 THEN ${Number(owner.workspaceId)} ELSE ${Number(other.workspaceId)} END`;
  await query(
    `INSERT INTO requesters (workspace_id, email, name, created_at) ${numbers} SELECT ${workspace}, ${email}, NULL, '2026-01-01 00:00:00.000' FROM n WHERE i <= ?`,
    [count],
  );
  const [first] = await query(`SELECT MIN(id) AS id FROM requesters WHERE email LIKE 'bulk-%'`);
  await query(
    `INSERT INTO tickets (workspace_id, number, subject, description, priority, status, is_open, channel, requester_id, assignee_id, created_by_id, created_at, updated_at)
     ${numbers}
     SELECT ${workspace}, 1000 + i, 'Bulk', '', i % 4, CASE WHEN i % 5 < 2 THEN 'OPEN' ELSE 'CLOSED' END, CASE WHEN i % 5 < 2 THEN 1 ELSE 0 END, 'EMAIL',
            ? + i - 1, CASE WHEN i % 10 = 0 AND i % 3 = 1 THEN ? ELSE NULL END, NULL, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000'
     FROM n WHERE i <= ?`,
    [Number(first?.['id']), Number(owner.memberId), count],
  );
  await query(api.db.dialect === 'mysql' ? 'ANALYZE TABLE tickets, requesters' : 'ANALYZE');
}

interface PagePlan {
  /** The index each read of tickets uses (SQLite: with the constraints it seeks on). */
  reads: string[];
  sorts: boolean;
}

/** How the database reads the page query a list request sends: its reads of tickets, and whether it sorts. */
async function planOfPage(query: string, variables: Record<string, unknown>): Promise<PagePlan> {
  const sent = await statementsSentDuring(api.db, () => api.ok(query, variables, { as: owner.token }));
  const page = sent.find(
    (s) => /FROM [`"]?tickets[`"]? [`"]?t[`"]?/i.test(s.sql) && /JOIN [`"]?requesters/i.test(s.sql),
  );
  if (!page) throw new Error('No page query was sent');
  if (api.db.dialect === 'mysql') {
    const rows = (await api.db.dataSource.query(`EXPLAIN ${page.sql}`, page.parameters)) as {
      table: string;
      key: string | null;
      Extra: string | null;
    }[];
    return {
      reads: rows.filter((r) => r.table === 't').map((r) => r.key ?? 'none'),
      sorts: rows.some((r) => /filesort|temporary/i.test(r.Extra ?? '')),
    };
  }
  const rows = (await api.db.dataSource.query(`EXPLAIN QUERY PLAN ${page.sql}`, page.parameters)) as {
    detail: string;
  }[];
  return {
    reads: rows
      .filter((r) => /^(SEARCH|SCAN) t\b/.test(r.detail))
      .map((r) => /INDEX (\w+(?: \(.*\))?)/.exec(r.detail)?.[1] ?? 'none'),
    sorts: rows.some((r) => /TEMP B-TREE/.test(r.detail)),
  };
}

const indexOnly = (plan: PagePlan) => ({
  indexes: plan.reads.map((read) => read.split(' ')[0]),
  sorts: plan.sorts,
});

describe('every list reads the index made for its order, and never sorts', () => {
  const REQUESTER_TICKETS = `query ($w: ID!) { requester(workspaceId: $w, email: "pat@x.com") { tickets(first: 2) { nodes { id } } } }`;
  const lists: [string, string, () => Record<string, unknown>, string][] = [
    ['ALL', TICKETS, () => ({ w: owner.workspaceId, view: 'ALL', first: 2 }), 'ix_tickets_all'],
    ['INBOX', TICKETS, () => ({ w: owner.workspaceId, view: 'INBOX', first: 2 }), 'ix_tickets_inbox'],
    ['MINE', TICKETS, () => ({ w: owner.workspaceId, view: 'MINE', first: 2 }), 'ix_tickets_mine'],
    [
      'UNASSIGNED',
      TICKETS,
      () => ({ w: owner.workspaceId, view: 'UNASSIGNED', first: 2 }),
      'ix_tickets_mine',
    ],
    ['unassignedQueue', QUEUE, () => ({ w: owner.workspaceId, first: 2 }), 'ix_tickets_queue'],
    ['Requester.tickets', REQUESTER_TICKETS, () => ({ w: owner.workspaceId }), 'ix_tickets_requester'],
  ];
  it.each(lists)('%s', async (_name, query, variables, index) => {
    expect(indexOnly(await planOfPage(query, variables()))).toEqual({ indexes: [index], sorts: false });
  });

  it('unassignedQueue after a cursor seeks to the cursor, not to the start of its priority', async () => {
    const first = await api.ok(QUEUE, { w: owner.workspaceId, first: 50 }, { as: owner.token });
    const plan = await planOfPage(QUEUE, {
      w: owner.workspaceId,
      first: 2,
      after: first.unassignedQueue.pageInfo.endCursor,
    });
    if (api.db.dialect === 'mysql') {
      // One range read: MariaDB/MySQL turn the cursor's OR into the exact range (bench: deep page ÷ first page).
      expect(indexOnly(plan)).toEqual({ indexes: ['ix_tickets_queue'], sorts: false });
    } else {
      expect(plan).toEqual({
        reads: [
          'ix_tickets_queue (workspace_id=? AND is_open=? AND assignee_id=? AND priority=? AND id>?)',
          'ix_tickets_queue (workspace_id=? AND is_open=? AND assignee_id=? AND priority<?)',
        ],
        sorts: false,
      });
    }
  });
});
