import type { EntityManager } from 'typeorm';
import { findOneBy, findOneByOrFail, insertOne, rows, statement, updateBy, write } from '../../database';
import { TicketEntity } from './ticket.entity';

/**
 * The statements of `tickets`: the only code that writes them. It is called by ticket-changes.ts
 * alone, which owns every change of a ticket.
 */

export function findTicket(manager: EntityManager, id: number): Promise<TicketEntity | null> {
  return findOneBy(manager, TicketEntity, { id });
}

/**
 * Locks a ticket for the rest of the transaction and returns it as committed. Touching updated_at
 * is a plain UPDATE, which locks the row on MySQL and needs no dialect-specific SELECT … FOR UPDATE
 * (SQLite transactions are already serialized).
 */
export async function touchTicket(tx: EntityManager, id: number, now: Date): Promise<TicketEntity> {
  await updateBy(tx, TicketEntity, { id }, { updatedAt: now });
  return readTicket(tx, id);
}

/** A ticket in the transaction, which must exist (its row is held or was just written). */
export function readTicket(tx: EntityManager, id: number): Promise<TicketEntity> {
  return findOneByOrFail(tx, TicketEntity, { id });
}

export async function insertTicket(
  tx: EntityManager,
  values: Omit<TicketEntity, 'id'>,
): Promise<TicketEntity> {
  return { ...values, id: await insertOne(tx, TicketEntity, values) };
}

export async function writeTicket(
  tx: EntityManager,
  id: number,
  changes: Partial<Omit<TicketEntity, 'id'>>,
): Promise<void> {
  await updateBy(tx, TicketEntity, { id }, changes);
}

const claim = statement<{ me: number; now: Date; id: number }>('claim', (tx) =>
  tx
    .createQueryBuilder()
    .update(TicketEntity)
    .set({ assigneeId: () => ':me', updatedAt: () => ':now' })
    .where('id = :id AND assignee_id IS NULL'),
);

/** Sets the assignee only if there is none: the affected-row count says whether this one won. */
export async function claimIfUnassigned(
  tx: EntityManager,
  id: number,
  memberId: number,
  now: Date,
): Promise<boolean> {
  return (await write(tx, claim, { me: memberId, now, id })).affected === 1;
}

const touchOpenOf = statement<{ ws: number; member: number; open: boolean; now: Date }>(
  'touch open tickets of',
  (tx) =>
    tx
      .createQueryBuilder()
      .update(TicketEntity)
      .set({ updatedAt: () => ':now' })
      .where('workspace_id = :ws AND assignee_id = :member AND is_open = :open'),
);

const openOf = statement<{ ws: number; member: number; open: boolean }>('open tickets of', (manager) =>
  manager
    .createQueryBuilder(TicketEntity, 't')
    .select('t.id', 'id')
    .where('t.workspaceId = :ws AND t.assigneeId = :member AND t.isOpen = :open'),
);

/**
 * The ids of a member's open and pending tickets, locked: the UPDATE that touches them first holds
 * their rows, so no concurrent assignment slips in before the caller changes them.
 */
export async function lockOpenTicketsOf(
  tx: EntityManager,
  workspaceId: number,
  memberId: number,
  now: Date,
): Promise<number[]> {
  await write(tx, touchOpenOf, { ws: workspaceId, member: memberId, open: true, now });
  return (await rows(tx, openOf, { ws: workspaceId, member: memberId, open: true })).map((row) =>
    Number(row['id']),
  );
}

const unassign = statement<{ ids: number[] }>('unassign tickets', (tx) =>
  tx
    .createQueryBuilder()
    .update(TicketEntity)
    .set({ assigneeId: () => 'NULL' })
    .where('id IN (:...ids)'),
);

/** Leaves the tickets with no assignee (a deactivation's). */
export async function unassignTickets(tx: EntityManager, ids: number[]): Promise<void> {
  await write(tx, unassign, { ids });
}
