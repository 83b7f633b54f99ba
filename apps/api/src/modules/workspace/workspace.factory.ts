import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { insertOne } from '../../database/entity-queries';
import { TicketCountsEntity } from '../ticket/ticket-counts.entity';
import { WorkspaceEntity } from './workspace.entity';

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'workspace';
}

/**
 * Slugs are unique; a taken slug gets a random suffix. Checked before inserting so the transaction
 * never hits the unique index on the common path (a rare race still fails cleanly as a conflict).
 */
export async function createWorkspace(
  manager: EntityManager,
  name: string,
  now: Date,
): Promise<WorkspaceEntity> {
  const base = slugify(name);
  const taken = await manager.existsBy(WorkspaceEntity, { slug: base });
  const slug = taken ? `${base}-${randomBytes(3).toString('hex')}` : base;
  const values = { name, slug, ticketCounter: 0, createdAt: now };
  const workspace: WorkspaceEntity = { ...values, id: await insertOne(manager, WorkspaceEntity, values) };
  await insertOne(manager, TicketCountsEntity, {
    workspaceId: workspace.id,
    openCount: 0,
    unassignedCount: 0,
    totalCount: 0,
  });
  return workspace;
}
