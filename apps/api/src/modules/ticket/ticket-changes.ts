import type { EntityManager } from 'typeorm';
import { AssignmentVia, recordAssignment } from '../assignment';
import type { MemberEntity } from '../member';
import { moveTicketCounts } from './ticket-counts.repository';
import type { TicketEntity } from './ticket.entity';
import { isOpenStatus, type TicketStatus } from './ticket.enums';
import {
  claimIfUnassigned,
  insertTicket,
  lockOpenTicketsOf,
  readTicket,
  touchTicket,
  unassignTickets,
  writeTicket,
} from './ticket.repository';

/**
 * Every change of a ticket, one function per kind, each in the caller's transaction: it locks the
 * ticket, writes it, records the assignment history and moves the counts, so the change, its history
 * and the totals commit or roll back together. Nothing else writes `tickets` (ticket.repository.ts is
 * called from here alone); the reply's claim and a member's deactivation come here too.
 * The counts move last in each: their rows are locked in one order (ticket-counts.repository.ts).
 */

/** A new ticket with its CREATE entry. */
export async function createTicket(
  tx: EntityManager,
  values: Omit<TicketEntity, 'id'>,
  creatorId: number,
): Promise<TicketEntity> {
  const ticket = await insertTicket(tx, values);
  await recordAssignment(tx, [
    {
      ticketId: ticket.id,
      via: AssignmentVia.CREATE,
      actorId: creatorId,
      fromMemberId: null,
      toMemberId: ticket.assigneeId,
      at: values.createdAt,
    },
  ]);
  await moveTicketCounts(tx, ticket.workspaceId, null, ticket);
  return ticket;
}

/**
 * Gives the ticket to `toMemberId` (null: back to the Unassigned queue), as `actorId` did it. The
 * caller has checked (and locked) the member it goes to. No change, no history entry.
 */
export function changeAssignee(
  tx: EntityManager,
  ticketId: number,
  toMemberId: number | null,
  via: AssignmentVia,
  actorId: number,
  now: Date,
): Promise<TicketEntity> {
  return applyChange(
    tx,
    ticketId,
    now,
    (current) => (current.assigneeId === toMemberId ? {} : { assigneeId: toMemberId }),
    (current) =>
      recordAssignment(tx, [
        { ticketId, via, actorId, fromMemberId: current.assigneeId, toMemberId, at: now },
      ]),
  );
}

/**
 * A public reply's claim: the ticket becomes its author's if it has no assignee, by a conditional
 * UPDATE (… WHERE assignee_id IS NULL) whose affected-row count says who won: of concurrent first
 * replies exactly one claims. Answers the claimed ticket, or null when another assignee got there first
 * (then nothing is written and nothing is held).
 */
export async function claimTicket(
  tx: EntityManager,
  ticketId: number,
  memberId: number,
  now: Date,
): Promise<TicketEntity | null> {
  if (!(await claimIfUnassigned(tx, ticketId, memberId, now))) return null;
  const claimed = await readTicket(tx, ticketId);
  await recordAssignment(tx, [
    {
      ticketId,
      via: AssignmentVia.CLAIM,
      actorId: memberId,
      fromMemberId: null,
      toMemberId: memberId,
      at: now,
    },
  ]);
  await moveTicketCounts(tx, claimed.workspaceId, { ...claimed, assigneeId: null }, claimed);
  return claimed;
}

/**
 * A message on the ticket changes its updated_at, and holds its row for the rest of the transaction:
 * locked before the message insert, whose foreign-key check would otherwise take a shared lock that
 * two concurrent replies could both hold and then both try to upgrade (a deadlock).
 */
export function touchForMessage(tx: EntityManager, ticketId: number, now: Date): Promise<TicketEntity> {
  return touchTicket(tx, ticketId, now);
}

/** What updateTicket may change. */
export interface TicketFields {
  subject?: string;
  priority?: number;
  status?: TicketStatus;
  categoryId?: number | null;
}

/** Subject, priority, status and category; the open state (and so the counts) follows the status. */
export function changeFields(
  tx: EntityManager,
  ticketId: number,
  fields: TicketFields,
  now: Date,
): Promise<TicketEntity> {
  return applyChange(tx, ticketId, now, () =>
    fields.status === undefined ? { ...fields } : { ...fields, isOpen: isOpenStatus(fields.status) },
  );
}

/**
 * The shape of a change of one ticket: lock it (as committed), write what `changesOf` asks of it
 * (nothing: no change, nothing recorded), record it, then move the counts.
 */
async function applyChange(
  tx: EntityManager,
  ticketId: number,
  now: Date,
  changesOf: (current: TicketEntity) => Partial<TicketEntity>,
  record?: (current: TicketEntity) => Promise<void>,
): Promise<TicketEntity> {
  const current = await touchTicket(tx, ticketId, now);
  const changes = changesOf(current);
  if (Object.keys(changes).length === 0) return current;
  await writeTicket(tx, ticketId, changes);
  await record?.(current);
  const changed = { ...current, ...changes };
  await moveTicketCounts(tx, current.workspaceId, current, changed);
  return changed;
}

/**
 * A member's deactivation: their open and pending tickets go back to the Unassigned queue, each with a
 * DEACTIVATION entry by the admin who deactivated them.
 */
export async function returnToQueue(
  tx: EntityManager,
  member: MemberEntity,
  by: MemberEntity,
  now: Date,
): Promise<void> {
  const ids = await lockOpenTicketsOf(tx, member.workspaceId, member.id, now);
  if (ids.length === 0) return;
  await recordAssignment(
    tx,
    ids.map((ticketId) => ({
      ticketId,
      via: AssignmentVia.DEACTIVATION,
      actorId: by.id,
      fromMemberId: member.id,
      toMemberId: null,
      at: now,
    })),
  );
  await unassignTickets(tx, ids);
  await moveTicketCounts(
    tx,
    member.workspaceId,
    { isOpen: true, assigneeId: member.id },
    { isOpen: true, assigneeId: null },
    ids.length,
  );
}
