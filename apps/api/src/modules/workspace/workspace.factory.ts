import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { WorkspaceEntity } from './workspace.entity';
import { insertWorkspace, slugTaken } from './workspace.repository';

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

/** What other modules set up for a new workspace, in its transaction (the ticket module: its counts). */
export interface WorkspaceHooks {
  created(tx: EntityManager, workspace: WorkspaceEntity): Promise<void>;
}

export class WorkspaceFactory {
  constructor(private readonly hooks: WorkspaceHooks) {}

  /**
   * Slugs are unique; a taken slug gets a random suffix. Checked before inserting so the transaction
   * never hits the unique index on the common path (a rare race still fails cleanly as a conflict).
   */
  async create(tx: EntityManager, name: string, now: Date): Promise<WorkspaceEntity> {
    const base = slugify(name);
    const slug = (await slugTaken(tx, base)) ? `${base}-${randomBytes(3).toString('hex')}` : base;
    const workspace = await insertWorkspace(tx, { name, slug, ticketCounter: 0, createdAt: now });
    await this.hooks.created(tx, workspace);
    return workspace;
  }
}
