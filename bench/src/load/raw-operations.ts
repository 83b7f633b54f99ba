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

type Row = Record<string, unknown>;

/** moveTicketCounts: the workspace's list totals, changed last in the transaction. */
async function moveCounts(
  tx: RawSession,
  workspaceId: number,
  open: number,
  unassigned: number,
  total: number,
): Promise<void> {
  const moved = await tx.query(
    'UPDATE ticket_counts SET open_count = open_count + ?, unassigned_count = unassigned_count + ?, total_count = total_count + ? WHERE workspace_id = ?',
    [open, unassigned, total, workspaceId],
  );
  if (moved.affected !== 1) throw new Error(`no ticket_counts row for workspace ${workspaceId}`);
}

/** moveTicketCounts: an assignee's open tickets, changed before the workspace's totals, members by ascending id. */
async function moveMemberCounts(tx: RawSession, deltas: [memberId: number, delta: number][]): Promise<void> {
  for (const [memberId, delta] of deltas.filter(([, d]) => d !== 0).sort(([a], [b]) => a - b)) {
    const moved = await tx.query(
      'UPDATE member_ticket_counts SET open_count = open_count + ? WHERE member_id = ?',
      [delta, memberId],
    );
    if (moved.affected !== 1) throw new Error(`no member_ticket_counts row for member ${memberId}`);
  }
}

/** ticketCounts: the totals of a workspace's lists, one primary-key read. */
async function readCounts(db: RawDriver, workspaceId: number): Promise<Row> {
  const [counts] = (
    await db.query(
      'SELECT workspace_id, open_count, unassigned_count, total_count FROM ticket_counts WHERE workspace_id = ? LIMIT 1',
      [workspaceId],
    )
  ).rows;
  if (!counts) throw new Error(`no ticket_counts row for workspace ${workspaceId}`);
  return counts;
}

/** context.ts (AuthService.viewerFor): the token with all of the agent's memberships, in one query. */
async function authenticate(db: RawDriver, viewer: Pick<Viewer, 'token'>): Promise<Row[]> {
  const memberships = (
    await db.query(
      `SELECT t.id, t.agent_id, t.token_hash, t.expires_at, t.created_at, ${prefixed('m', MEMBER_COLUMNS)} FROM auth_tokens t LEFT JOIN members m ON m.agent_id = t.agent_id WHERE t.token_hash = ?`,
      [tokenHash(viewer.token)],
    )
  ).rows;
  if (memberships.length === 0) throw new Error('unknown token');
  return memberships;
}

/** AccessService.requireMember: from the memberships read with the token, no query. */
function requireMember(memberships: Row[], workspaceId: number): Row {
  const member = memberships.find((m) => Number(m['workspace_id']) === workspaceId);
  if (!member) throw new Error('not a member');
  return member;
}

const prefixed = (alias: string, columns: string, named = false) =>
  columns
    .split(', ')
    .map((c) => (named ? `${alias}.${c} AS ${alias}_${c}` : `${alias}.${c}`))
    .join(', ');

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

/** The DataLoader reads of the selection (requester, assignee) the use case did not prime, one IN query each. */
async function loadRequesters(db: RawDriver, ids: unknown[]): Promise<void> {
  if (ids.length)
    await db.query(
      `SELECT ${REQUESTER_COLUMNS} FROM requesters WHERE id IN (${ids.map(() => '?').join(', ')})`,
      ids,
    );
}

async function loadMembers(db: RawDriver, ids: unknown[]): Promise<Row[]> {
  const present = [...new Set(ids.filter((id) => id !== null))];
  if (!present.length) return [];
  const { rows } = await db.query(
    `SELECT ${MEMBER_COLUMNS} FROM members WHERE id IN (${present.map(() => '?').join(', ')})`,
    present,
  );
  return rows;
}

/** TicketService.create; returns what the payload shows (the ticket's id and its requester), for the stack-floor server. */
export async function createTicket(
  db: RawDriver,
  viewer: Pick<Viewer, 'token'>,
  workspaceId: number,
  email: string,
  name: string | null,
): Promise<{ ticketId: number; requester: Row }> {
  const memberId = Number(requireMember(await authenticate(db, viewer), workspaceId)['id']);
  const now = sqlDate(Date.now());
  return db.transaction(async (tx) => {
    const number =
      db.dialect === 'mysql'
        ? (
            await tx.query(
              'UPDATE workspaces SET ticket_counter = LAST_INSERT_ID(ticket_counter + 1) WHERE id = ?',
              [workspaceId],
            )
          ).insertId
        : (
            await tx.query(
              'UPDATE workspaces SET ticket_counter = ticket_counter + 1 WHERE id = ? RETURNING ticket_counter',
              [workspaceId],
            )
          ).rows[0]?.['ticket_counter'];
    await lockedMember(db, tx, memberId, workspaceId);
    const upsert =
      db.dialect === 'mysql'
        ? 'INSERT INTO requesters (workspace_id, email, name, created_at) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE workspace_id = VALUES(workspace_id)'
        : 'INSERT INTO requesters (workspace_id, email, name, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (workspace_id, email) DO UPDATE SET workspace_id = EXCLUDED.workspace_id';
    await tx.query(upsert, [workspaceId, email, name, now]);
    const [r] = (
      await tx.query(
        `SELECT ${REQUESTER_COLUMNS} FROM requesters WHERE workspace_id = ? AND email = ? LIMIT 1`,
        [workspaceId, email],
      )
    ).rows;
    if (!r) throw new Error('requester not found after upsert');
    const ticketId = await tx
      .query(
        'INSERT INTO tickets (workspace_id, number, subject, description, priority, status, is_open, channel, category_id, requester_id, assignee_id, created_by_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          workspaceId,
          number,
          'Printer on the third floor is out of toner',
          'Reported by phone.',
          1,
          'OPEN',
          1,
          'MANUAL',
          null,
          r['id'],
          memberId,
          memberId,
          now,
          now,
        ],
      )
      .then(async (inserted) => {
        await tx.query(
          'INSERT INTO assignment_events (ticket_id, via, actor_id, from_member_id, to_member_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
          [inserted.insertId, 'CREATE', memberId, null, memberId, now],
        );
        return inserted.insertId;
      });
    await moveMemberCounts(tx, [[memberId, 1]]);
    await moveCounts(tx, workspaceId, 1, 0, 1);
    return { ticketId, requester: r };
  });
  // The payload's requester and assignee are the rows the transaction read: primed, no query.
}

/** MessageService.reply: requireTicket, then the claim-or-lock transaction, then the assignee loader. */
export async function reply(
  db: RawDriver,
  viewer: Pick<Viewer, 'token'>,
  ticketId: number,
): Promise<{ claimed: boolean; messageId: number; ticket: Row; assignee: Row | null }> {
  const memberships = await authenticate(db, viewer);
  const ticket = await loadTicket(db, ticketId);
  const workspaceId = Number(ticket['workspace_id']);
  const author = requireMember(memberships, workspaceId);
  const memberId = Number(author['id']);
  const now = sqlDate(Date.now());
  const { claimed, current, messageId } = await db.transaction(async (tx) => {
    await lockedMember(db, tx, memberId, workspaceId);
    // Only a ticket read as unassigned is tried.
    const claim =
      ticket['assignee_id'] === null
        ? await tx.query(
            'UPDATE tickets SET assignee_id = ?, updated_at = ? WHERE id = ? AND assignee_id IS NULL',
            [memberId, now, ticketId],
          )
        : { affected: 0 };
    const claimed = claim.affected === 1;
    if (!claimed) await tx.query('UPDATE tickets SET updated_at = ? WHERE id = ?', [now, ticketId]);
    const current = await loadTicket(tx, ticketId);
    if (claimed) {
      await tx.query(
        'INSERT INTO assignment_events (ticket_id, via, actor_id, from_member_id, to_member_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        [ticketId, 'CLAIM', memberId, null, memberId, now],
      );
    }
    const message = await tx.query(
      'INSERT INTO messages (ticket_id, body, internal, author_member_id, author_requester_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [ticketId, 'Thanks, we are looking into it and will get back to you today.', 0, memberId, null, now],
    );
    if (claimed) {
      await moveMemberCounts(tx, [[memberId, current['is_open'] ? 1 : 0]]);
      await moveCounts(tx, workspaceId, 0, current['is_open'] ? -1 : 0, 0);
    }
    return { claimed, current, messageId: message.insertId };
  });
  // The author was primed: only another assignee is read.
  const assignee =
    Number(current['assignee_id']) === memberId
      ? author
      : ((await loadMembers(db, [current['assignee_id']]))[0] ?? null);
  return { claimed, messageId, ticket: current, assignee };
}

/** TicketService.assign. */
export async function assign(db: RawDriver, viewer: Viewer, ticketId: number, to: number): Promise<void> {
  const memberships = await authenticate(db, viewer);
  const ticket = await loadTicket(db, ticketId);
  const member = requireMember(memberships, Number(ticket['workspace_id']));
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
    const open = current['is_open'] ? 1 : 0;
    const from =
      current['assignee_id'] === null ? [] : [[Number(current['assignee_id']), -open] as [number, number]];
    await moveMemberCounts(tx, [...from, [to, open]]);
    await moveCounts(tx, viewer.workspaceId, 0, current['assignee_id'] === null ? -open : 0, 0);
  });
  // The new assignee is the row the transaction locked: primed, no query.
}

/**
 * The page query of every list: the tickets with their requester and assignee joined in
 * (TicketListService.withPeople), reading the index made for the list's order, named for MySQL as the API does.
 * Columns are named alias_column as TypeORM names them, so the three tables' ids stay apart.
 */
const pageSelect = (db: RawDriver, index: string) =>
  `SELECT ${prefixed('t', TICKET_COLUMNS, true)}, ${prefixed('r', REQUESTER_COLUMNS, true)}, ${prefixed('a', MEMBER_COLUMNS, true)} FROM tickets t${db.dialect === 'mysql' ? ` USE INDEX (${index})` : ''} INNER JOIN requesters r ON r.id = t.requester_id LEFT JOIN members a ON a.id = t.assignee_id`;

/**
 * TicketListService.unassignedQueue: the page and the total run concurrently, as Promise.all there.
 * Returns the page's rows (first + 1 of them) and the total, for the stack-floor server.
 */
export async function unassignedQueue(
  db: RawDriver,
  viewer: Pick<Viewer, 'token'>,
  workspaceId: number,
  after: { p: number; id: number } | null,
): Promise<{ rows: Row[]; total: number }> {
  requireMember(await authenticate(db, viewer), workspaceId);
  const queue = `${pageSelect(db, 'ix_tickets_queue')} WHERE t.workspace_id = ? AND t.is_open = ? AND t.assignee_id IS NULL`;
  const order = 'ORDER BY t.priority DESC, t.id ASC LIMIT 26';
  const page = async (): Promise<Row[]> => {
    if (!after) return (await db.query(`${queue} ${order}`, [workspaceId, 1])).rows;
    if (db.dialect === 'mysql') {
      const { rows } = await db.query(
        `${queue} AND t.priority <= ? AND (t.priority < ? OR (t.priority = ? AND t.id > ?)) ${order}`,
        [workspaceId, 1, after.p, after.p, after.p, after.id],
      );
      return rows;
    }
    // As the API asks SQLite: the rest of the cursor's priority and the lower priorities, then in order here.
    const { rows } = await db.query(
      `SELECT q0.* FROM (${queue} AND t.priority = ? AND t.id > ? ${order}) q0 UNION ALL SELECT q1.* FROM (${queue} AND t.priority < ? ${order}) q1`,
      [workspaceId, 1, after.p, after.id, workspaceId, 1, after.p],
    );
    return rows
      .sort(
        (a, b) => Number(b['t_priority']) - Number(a['t_priority']) || Number(a['t_id']) - Number(b['t_id']),
      )
      .slice(0, 26);
  };
  const [rows, counts] = await Promise.all([page(), readCounts(db, workspaceId)]);
  return { rows, total: Number(counts['unassigned_count']) };
}

/** TicketListService.list with view MINE. */
export async function mine(db: RawDriver, viewer: Viewer, workspaceId: number): Promise<void> {
  const member = requireMember(await authenticate(db, viewer), workspaceId);
  await Promise.all([
    db.query(
      `${pageSelect(db, 'ix_tickets_mine')} WHERE t.workspace_id = ? AND t.is_open = ? AND t.assignee_id = ? ORDER BY t.id DESC LIMIT 26`,
      [workspaceId, 1, member['id']],
    ),
    db.query('SELECT open_count FROM member_ticket_counts WHERE member_id = ? LIMIT 1', [member['id']]),
  ]);
}

/** TicketService.getByReference (findVisibleTicket), then the requester and assignee loaders. */
export async function byReference(db: RawDriver, viewer: Viewer, ticketId: number): Promise<void> {
  const memberships = await authenticate(db, viewer);
  const ticket = await loadTicket(db, ticketId);
  requireMember(memberships, Number(ticket['workspace_id']));
  await Promise.all([loadRequesters(db, [ticket['requester_id']]), loadMembers(db, [ticket['assignee_id']])]);
}
