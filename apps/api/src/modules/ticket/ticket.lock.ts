import type { EntityManager } from 'typeorm';
import { TicketEntity } from './ticket.entity';
import { findOneByOrFail, updateBy } from '../../database/entity-queries';

/**
 * Locks a ticket for the rest of the transaction and returns it as committed. Touching updated_at
 * is a plain UPDATE, which locks the row on MySQL and needs no dialect-specific SELECT … FOR UPDATE
 * (SQLite transactions are already serialized).
 */
export async function lockTicket(tx: EntityManager, ticketId: number, now: Date): Promise<TicketEntity> {
  await updateBy(tx, TicketEntity, { id: ticketId }, { updatedAt: now });
  return findOneByOrFail(tx, TicketEntity, { id: ticketId });
}
