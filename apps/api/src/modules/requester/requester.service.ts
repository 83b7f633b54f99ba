import type { EntityManager } from 'typeorm';
import type { Database } from '../../database';
import { normalizeEmail } from '../../common/normalize';
import type { AccessService, Viewer } from '../member';
import type { RequesterEntity } from './requester.entity';
import {
  fillInBlankName,
  findRequesterByEmail,
  searchRequesters,
  upsertRequester,
} from './requester.repository';

/**
 * Race-free find-or-create, inside the caller's transaction: an upsert against the unique
 * (workspace, email) index either inserts or leaves the winner's row alone, then we read it back.
 */
export async function findOrCreateRequester(
  tx: EntityManager,
  workspaceId: number,
  rawEmail: string,
  rawName: string | null | undefined,
  now: Date,
): Promise<RequesterEntity> {
  const email = normalizeEmail(rawEmail);
  const name = rawName?.trim() || null;
  const requester = await upsertRequester(tx, workspaceId, email, name, now);
  if (name && !requester.name?.trim()) return fillInBlankName(tx, requester.id, name);
  return requester;
}

export class RequesterService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {}

  /** Suggestions for the new-ticket form: requesters whose email starts with what was typed. */
  async search(
    viewer: Viewer | null,
    workspaceId: string,
    text: string,
    first: number,
  ): Promise<RequesterEntity[]> {
    const member = this.access.requireMember(viewer, workspaceId);
    const prefix = normalizeEmail(text);
    if (prefix === '') return [];
    return searchRequesters(this.db.manager, member.workspaceId, prefix, first);
  }

  async findByEmail(
    viewer: Viewer | null,
    workspaceId: string,
    email: string,
  ): Promise<RequesterEntity | null> {
    const member = this.access.requireMember(viewer, workspaceId);
    return findRequesterByEmail(this.db.manager, member.workspaceId, normalizeEmail(email));
  }
}
