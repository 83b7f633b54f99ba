import type { EntityManager } from 'typeorm';
import { incrementColumn, insertOne } from '../../database';
import { WorkspaceEntity } from './workspace.entity';

/** The statements of `workspaces`: the only code that writes them. */

export function slugTaken(manager: EntityManager, slug: string): Promise<boolean> {
  return manager.existsBy(WorkspaceEntity, { slug });
}

export async function insertWorkspace(
  tx: EntityManager,
  values: Omit<WorkspaceEntity, 'id'>,
): Promise<WorkspaceEntity> {
  return { ...values, id: await insertOne(tx, WorkspaceEntity, values) };
}

/**
 * The next per-workspace ticket number: incremented in the ticket's transaction, so a rollback gives
 * it back; one statement that also answers the new value.
 */
export function takeTicketNumber(tx: EntityManager, workspaceId: number): Promise<number> {
  return incrementColumn(tx, WorkspaceEntity, 'ticketCounter', workspaceId);
}
