import type { EntityManager } from 'typeorm';
import { insertOne } from '../../database';
import { AssignmentEventEntity } from './assignment-event.entity';
import type { AssignmentVia } from './assignment-via.enum';

export interface AssignmentChange {
  ticketId: number;
  via: AssignmentVia;
  actorId: number | null;
  fromMemberId: number | null;
  toMemberId: number | null;
  at: Date;
}

/**
 * The only writer of assignment history (`assignment_events`). The ticket module's changes of assignee
 * call it in their transaction, so a change and its event commit or roll back together.
 */
export async function recordAssignment(manager: EntityManager, changes: AssignmentChange[]): Promise<void> {
  const rows = changes.map((c) => ({
    ticketId: c.ticketId,
    via: c.via,
    actorId: c.actorId,
    fromMemberId: c.fromMemberId,
    toMemberId: c.toMemberId,
    createdAt: c.at,
  }));
  const [only] = rows;
  // One event is every mutation's; many come only from a deactivation, as one multi-row INSERT
  // whose SQL depends on the count, so it is not worth preparing.
  if (rows.length === 1 && only) await insertOne(manager, AssignmentEventEntity, only);
  else if (rows.length > 1) await manager.insert(AssignmentEventEntity, rows);
}
