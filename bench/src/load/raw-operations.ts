import { tokenHash } from '../lib/bench-tokens';
import { sqlDate } from '../seed/row-generator';
import type { RawDriver, RawSession } from './raw-driver';

/**
 * The statements each API operation runs (from the services, in their order; see `pnpm bench
 * --trace-sql`), with the same columns, so a raw baseline does exactly the database work of one request.
 */
const TICKET_COLUMNS =
  'id, workspace_id, number, subject, description, priority, status, is_open, channel, category_id, requester_id, assignee_id, created_by_id, created_at, updated_at';
const MEMBER_COLUMNS = 'id, workspace_id, agent_id, name, role, active, created_at';
const REQUESTER_COLUMNS = 'id, workspace_id, email, name, created_at';

export interface Viewer {
  token: string;
  agentId: number;
  workspaceId: number;
  memberId: number;
}

/** context.ts: the token, then AccessService.requireMember. */
async function authenticate(db: RawDriver, viewer: Viewer): Promise<void> {
  const [token] = (
    await db.query(
      'SELECT id, agent_id, token_hash, expires_at, created_at FROM auth_tokens WHERE token_hash = ? LIMIT 1',
      [tokenHash(viewer.token)],
    )
  ).rows;
  if (!token) throw new Error('unknown token');
}

async function requireMember(
  db: RawDriver,
  workspaceId: number,
  agentId: number,
): Promise<Record<string, unknown>> {
  const [member] = (
    await db.query(`SELECT ${MEMBER_COLUMNS} FROM members WHERE workspace_id = ? AND agent_id = ? LIMIT 1`, [
      workspaceId,
      agentId,
    ])
  ).rows;
  if (!member) throw new Error('not a member');
  return member;
}

async function lockedMember(db: RawDriver, tx: RawSession, id: number, workspaceId: number): Promise<void> {
  const [m] = (
    await tx.query(
      `SELECT ${MEMBER_COLUMNS} FROM members WHERE id = ? AND workspace_id = ? LIMIT 1${db.lockSuffix}`,
      [id, workspaceId],
    )
  ).rows;
  if (!m) throw new Error('no member');
}

async function loadTicket(s: RawSession, id: number): Promise<Record<string, unknown>> {
  const [t] = (await s.query(`SELECT ${TICKET_COLUMNS} FROM tickets WHERE id = ? LIMIT 1`, [id])).rows;
  if (!t) throw new Error(`no ticket ${id}`);
  return t;
}

/** The DataLoader reads of the selection (requester, assignee), one IN query each. */
async function loadRequesters(db: RawDriver, ids: unknown[]): Promise<void> {
  if (ids.length)
    await db.query(
      `SELECT ${REQUESTER_COLUMNS} FROM requesters WHERE id IN (${ids.map(() => '?').join(', ')})`,
      ids,
    );
}

async function loadMembers(db: RawDriver, ids: unknown[]): Promise<void> {
  const present = [...new Set(ids.filter((id) => id !== null))];
  if (present.length)
    await db.query(
      `SELECT ${MEMBER_COLUMNS} FROM members WHERE id IN (${present.map(() => '?').join(', ')})`,
      present,
    );
}

export async function createTicket(
  db: RawDriver,
  viewer: Viewer,
  email: string,
  name: string | null,
): Promise<void> {
  await authenticate(db, viewer);
  await requireMember(db, viewer.workspaceId, viewer.agentId);
  const now = sqlDate(Date.now());
  const requester = await db.transaction(async (tx) => {
    await tx.query('UPDATE workspaces SET ticket_counter = ticket_counter + 1 WHERE id = ?', [
      viewer.workspaceId,
    ]);
    const [ws] = (
      await tx.query('SELECT id, ticket_counter FROM workspaces WHERE id = ? LIMIT 1', [viewer.workspaceId])
    ).rows;
    await lockedMember(db, tx, viewer.memberId, viewer.workspaceId);
    const upsert =
      db.dialect === 'mysql'
        ? 'INSERT INTO requesters (workspace_id, email, name, created_at) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE workspace_id = VALUES(workspace_id)'
        : 'INSERT INTO requesters (workspace_id, email, name, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (workspace_id, email) DO UPDATE SET workspace_id = EXCLUDED.workspace_id';
    await tx.query(upsert, [viewer.workspaceId, email, name, now]);
    const [r] = (
      await tx.query(
        `SELECT ${REQUESTER_COLUMNS} FROM requesters WHERE workspace_id = ? AND email = ? LIMIT 1`,
        [viewer.workspaceId, email],
      )
    ).rows;
    if (!r) throw new Error('requester not found after upsert');
    await tx
      .query(
        'INSERT INTO tickets (workspace_id, number, subject, description, priority, status, is_open, channel, category_id, requester_id, assignee_id, created_by_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          viewer.workspaceId,
          ws?.['ticket_counter'],
          'Printer on the third floor is out of toner',
          'Reported by phone.',
          1,
          'OPEN',
          1,
          'MANUAL',
          null,
          r['id'],
          viewer.memberId,
          viewer.memberId,
          now,
          now,
        ],
      )
      .then(async (inserted) => {
        await tx.query(
          'INSERT INTO assignment_events (ticket_id, via, actor_id, from_member_id, to_member_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
          [inserted.insertId, 'CREATE', viewer.memberId, null, viewer.memberId, now],
        );
      });
    return r;
  });
  await loadRequesters(db, [requester['id']]);
}

/** MessageService.reply: requireTicket, then the claim-or-lock transaction, then the assignee loader. */
export async function reply(db: RawDriver, viewer: Viewer, ticketId: number): Promise<boolean> {
  await authenticate(db, viewer);
  const ticket = await loadTicket(db, ticketId);
  await requireMember(db, Number(ticket['workspace_id']), viewer.agentId);
  const now = sqlDate(Date.now());
  const { claimed, current } = await db.transaction(async (tx) => {
    await lockedMember(db, tx, viewer.memberId, viewer.workspaceId);
    const claim = await tx.query(
      'UPDATE tickets SET assignee_id = ?, updated_at = ? WHERE id = ? AND assignee_id IS NULL',
      [viewer.memberId, now, ticketId],
    );
    const claimed = claim.affected === 1;
    if (!claimed) await tx.query('UPDATE tickets SET updated_at = ? WHERE id = ?', [now, ticketId]);
    const current = await loadTicket(tx, ticketId);
    if (claimed) {
      await tx.query(
        'INSERT INTO assignment_events (ticket_id, via, actor_id, from_member_id, to_member_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        [ticketId, 'CLAIM', viewer.memberId, null, viewer.memberId, now],
      );
    }
    await tx.query(
      'INSERT INTO messages (ticket_id, body, internal, author_member_id, author_requester_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [
        ticketId,
        'Thanks, we are looking into it and will get back to you today.',
        0,
        viewer.memberId,
        null,
        now,
      ],
    );
    return { claimed, current };
  });
  await loadMembers(db, [current['assignee_id']]);
  return claimed;
}

/** TicketService.assign. */
export async function assign(db: RawDriver, viewer: Viewer, ticketId: number, to: number): Promise<void> {
  await authenticate(db, viewer);
  const ticket = await loadTicket(db, ticketId);
  const member = await requireMember(db, Number(ticket['workspace_id']), viewer.agentId);
  const now = sqlDate(Date.now());
  await db.transaction(async (tx) => {
    await lockedMember(db, tx, to, viewer.workspaceId);
    await tx.query('UPDATE tickets SET updated_at = ? WHERE id = ?', [now, ticketId]);
    const current = await loadTicket(tx, ticketId);
    if (Number(current['assignee_id']) === to) return;
    await tx.query('UPDATE tickets SET assignee_id = ? WHERE id = ?', [to, ticketId]);
    await tx.query(
      'INSERT INTO assignment_events (ticket_id, via, actor_id, from_member_id, to_member_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [ticketId, 'ASSIGN', member['id'], current['assignee_id'], to, now],
    );
  });
  await loadMembers(db, [to]);
}

/** TicketListService.unassignedQueue: the page and the total run concurrently, as Promise.all there. */
export async function unassignedQueue(
  db: RawDriver,
  viewer: Viewer,
  workspaceId: number,
  after: { p: number; id: number } | null,
): Promise<void> {
  await authenticate(db, viewer);
  await requireMember(db, workspaceId, viewer.agentId);
  const keyset = after ? ' AND (priority < ? OR (priority = ? AND id > ?))' : '';
  const [page] = await Promise.all([
    db.query(
      `SELECT ${TICKET_COLUMNS} FROM tickets WHERE workspace_id = ? AND is_open = ? AND assignee_id IS NULL${keyset} ORDER BY priority DESC, id ASC LIMIT 26`,
      after ? [workspaceId, 1, after.p, after.p, after.id] : [workspaceId, 1],
    ),
    db.query(
      'SELECT COUNT(1) AS cnt FROM tickets WHERE workspace_id = ? AND is_open = ? AND assignee_id IS NULL',
      [workspaceId, 1],
    ),
  ]);
  const rows = page.rows.slice(0, 25);
  await Promise.all([
    loadRequesters(db, [...new Set(rows.map((r) => r['requester_id']))]),
    loadMembers(
      db,
      rows.map((r) => r['assignee_id']),
    ),
  ]);
}

/** TicketListService.list with view MINE. */
export async function mine(db: RawDriver, viewer: Viewer, workspaceId: number): Promise<void> {
  await authenticate(db, viewer);
  const member = await requireMember(db, workspaceId, viewer.agentId);
  const [page] = await Promise.all([
    db.query(
      `SELECT ${TICKET_COLUMNS} FROM tickets WHERE workspace_id = ? AND is_open = ? AND assignee_id = ? ORDER BY id DESC LIMIT 26`,
      [workspaceId, 1, member['id']],
    ),
    db.query(
      'SELECT COUNT(1) AS cnt FROM tickets WHERE workspace_id = ? AND is_open = ? AND assignee_id = ?',
      [workspaceId, 1, member['id']],
    ),
  ]);
  const rows = page.rows.slice(0, 25);
  await Promise.all([
    loadRequesters(db, [...new Set(rows.map((r) => r['requester_id']))]),
    loadMembers(
      db,
      rows.map((r) => r['assignee_id']),
    ),
  ]);
}

/** TicketService.getByReference (findVisibleTicket), then the requester and assignee loaders. */
export async function byReference(db: RawDriver, viewer: Viewer, ticketId: number): Promise<void> {
  await authenticate(db, viewer);
  const ticket = await loadTicket(db, ticketId);
  const [m] = (
    await db.query(`SELECT ${MEMBER_COLUMNS} FROM members WHERE workspace_id = ? AND agent_id = ? LIMIT 1`, [
      ticket['workspace_id'],
      viewer.agentId,
    ])
  ).rows;
  if (!m) throw new Error('not visible');
  await Promise.all([loadRequesters(db, [ticket['requester_id']]), loadMembers(db, [ticket['assignee_id']])]);
}
