import type { Connection, RowDataPacket } from 'mysql2/promise';
import type { Checks } from '../lib/checks';
import { withMysql } from '../lib/databases';
import type { AcknowledgedReply, AcknowledgedTicket } from './load';

export interface StoredFigures {
  storedTickets: number;
  storedReplies: number;
  acknowledgedTicketsMissing: number;
  acknowledgedRepliesMissing: number;
  /** Committed although the client got no acknowledgement (the answer was lost): allowed, reported. */
  storedNotAcknowledgedTickets: number;
  storedNotAcknowledgedReplies: number;
  halfWritten: number;
}

const ids = async (conn: Connection, sql: string): Promise<number[]> =>
  ((await conn.query<RowDataPacket[]>(sql))[0] as { id: number }[]).map((r) => Number(r.id));

/**
 * Reads what is really stored, straight from MySQL (not through the API), and checks it against what
 * the server acknowledged: every acknowledged ticket and reply is there, and nothing is half-written.
 */
export async function checkStoredData(
  databaseUrl: string,
  tickets: AcknowledgedTicket[],
  replies: AcknowledgedReply[],
  checks: Checks,
): Promise<StoredFigures> {
  return withMysql(databaseUrl, async (conn) => {
    const storedTicketIds = new Set(await ids(conn, 'SELECT id FROM tickets'));
    const storedReplyIds = new Set(await ids(conn, 'SELECT id FROM messages'));
    const missingTickets = tickets.filter((t) => !storedTicketIds.has(t.id));
    const missingReplies = replies.filter((r) => !storedReplyIds.has(r.id));
    checks.equal(
      missingTickets.map((t) => t.id).slice(0, 20),
      [],
      `acknowledged tickets missing from the database (${missingTickets.length})`,
    );
    checks.equal(
      missingReplies.map((r) => r.id).slice(0, 20),
      [],
      `acknowledged replies missing from the database (${missingReplies.length})`,
    );

    const [numberRows] = await conn.query<RowDataPacket[]>('SELECT id, number FROM tickets');
    const numbers = new Map(
      (numberRows as { id: number; number: number }[]).map((r) => [Number(r.id), Number(r.number)]),
    );
    const renumbered = tickets.filter((t) => numbers.has(t.id) && numbers.get(t.id) !== t.number);
    checks.equal(renumbered.length, 0, 'acknowledged tickets stored with another number');

    // Nothing half-written: each query lists rows that only part of a transaction would leave behind.
    const halfWritten: [string, string][] = [
      [
        'tickets without exactly one CREATE assignment event',
        `SELECT t.id FROM tickets t LEFT JOIN assignment_events e ON e.ticket_id = t.id AND e.via = 'CREATE'
         GROUP BY t.id HAVING COUNT(e.id) <> 1`,
      ],
      [
        'assigned tickets without the CLAIM event that assigned them',
        `SELECT t.id FROM tickets t WHERE t.assignee_id IS NOT NULL AND NOT EXISTS
         (SELECT 1 FROM assignment_events e WHERE e.ticket_id = t.id AND e.via = 'CLAIM' AND e.to_member_id = t.assignee_id)`,
      ],
      [
        'tickets with more than one CLAIM event',
        `SELECT ticket_id AS id FROM assignment_events WHERE via = 'CLAIM' GROUP BY ticket_id HAVING COUNT(*) > 1`,
      ],
      [
        'CLAIM events without the claimer’s reply on the ticket',
        `SELECT e.id FROM assignment_events e WHERE e.via = 'CLAIM' AND NOT EXISTS
         (SELECT 1 FROM messages m WHERE m.ticket_id = e.ticket_id AND m.author_member_id = e.to_member_id)`,
      ],
      [
        'CLAIM events on a ticket not assigned to the claimer',
        `SELECT e.id FROM assignment_events e JOIN tickets t ON t.id = e.ticket_id WHERE e.via = 'CLAIM' AND NOT (t.assignee_id <=> e.to_member_id)`,
      ],
      [
        'messages without their ticket',
        'SELECT m.id FROM messages m LEFT JOIN tickets t ON t.id = m.ticket_id WHERE t.id IS NULL',
      ],
      [
        'assignment events without their ticket',
        'SELECT e.id FROM assignment_events e LEFT JOIN tickets t ON t.id = e.ticket_id WHERE t.id IS NULL',
      ],
      [
        'workspaces whose ticket numbers are not 1..n or whose counter is not n',
        `SELECT w.id FROM workspaces w LEFT JOIN tickets t ON t.workspace_id = w.id GROUP BY w.id, w.ticket_counter
         HAVING COUNT(t.id) <> COUNT(DISTINCT t.number) OR COALESCE(MAX(t.number), 0) <> COUNT(t.id) OR w.ticket_counter <> COUNT(t.id)`,
      ],
      [
        'workspaces whose list totals (ticket_counts) differ from their tickets',
        `SELECT c.workspace_id AS id FROM ticket_counts c LEFT JOIN tickets t ON t.workspace_id = c.workspace_id
         GROUP BY c.workspace_id, c.open_count, c.unassigned_count, c.total_count
         HAVING c.total_count <> COUNT(t.id)
             OR c.open_count <> COALESCE(SUM(t.is_open = 1), 0)
             OR c.unassigned_count <> COALESCE(SUM(t.is_open = 1 AND t.assignee_id IS NULL), 0)`,
      ],
      [
        'members whose open-ticket count (member_ticket_counts) differs from their tickets',
        `SELECT c.member_id AS id FROM member_ticket_counts c LEFT JOIN tickets t ON t.assignee_id = c.member_id AND t.is_open = 1
         GROUP BY c.member_id, c.open_count
         HAVING c.open_count <> COUNT(t.id)`,
      ],
      [
        'members without a member_ticket_counts row',
        'SELECT m.id FROM members m LEFT JOIN member_ticket_counts c ON c.member_id = m.id WHERE c.member_id IS NULL',
      ],
    ];
    let halfWrittenRows = 0;
    for (const [what, sql] of halfWritten) {
      const bad = await ids(conn, sql);
      halfWrittenRows += bad.length;
      checks.equal(bad.slice(0, 20), [], `${what} (${bad.length})`);
    }

    // Every acknowledged claim is recorded for the member the client was told claimed it.
    const [claimRows] = await conn.query<RowDataPacket[]>(
      `SELECT ticket_id, to_member_id FROM assignment_events WHERE via = 'CLAIM'`,
    );
    const claims = new Map(
      (claimRows as { ticket_id: number; to_member_id: number }[]).map((r) => [
        Number(r.ticket_id),
        Number(r.to_member_id),
      ]),
    );
    const lostClaims = replies.filter((r) => r.claimed && claims.get(r.ticketId) !== r.authorMemberId);
    checks.equal(
      lostClaims.length,
      0,
      'acknowledged claims (claimed:true) without their CLAIM event for that agent',
    );

    const acknowledgedTickets = new Set(tickets.map((t) => t.id));
    const acknowledgedReplies = new Set(replies.map((r) => r.id));
    return {
      storedTickets: storedTicketIds.size,
      storedReplies: storedReplyIds.size,
      acknowledgedTicketsMissing: missingTickets.length,
      acknowledgedRepliesMissing: missingReplies.length,
      storedNotAcknowledgedTickets: [...storedTicketIds].filter((id) => !acknowledgedTickets.has(id)).length,
      storedNotAcknowledgedReplies: [...storedReplyIds].filter((id) => !acknowledgedReplies.has(id)).length,
      halfWritten: halfWrittenRows + renumbered.length + lostClaims.length,
    };
  });
}
