import type { EntityManager } from 'typeorm';
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
 * The only writer of assignment history. Callers pass the transaction that changes the assignee,
 * so a change and its event commit or roll back together.
 */
export async function recordAssignment(manager: EntityManager, changes: AssignmentChange[]): Promise<void> {
  if (changes.length === 0) return;
  await manager.insert(
    AssignmentEventEntity,
    changes.map((c) => ({
      ticketId: c.ticketId,
      via: c.via,
      actorId: c.actorId,
      fromMemberId: c.fromMemberId,
      toMemberId: c.toMemberId,
      createdAt: c.at,
    })),
  );
}
