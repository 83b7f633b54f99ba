import type { EntityManager } from 'typeorm';
import type { Database } from '../../database/database';
import { normalizeEmail } from '../../common/normalize';
import type { AccessService, Viewer } from '../workspace/access.service';
import { RequesterEntity } from './requester.entity';
import { findOneBy, findOneByOrFail } from '../../database/entity-queries';
import { preparedWrite } from '../../database/prepared-queries';

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
  const upsert = () =>
    tx
      .createQueryBuilder()
      .insert()
      .into(RequesterEntity)
      .values({
        workspaceId: () => ':workspaceId',
        email: () => ':email',
        name: () => ':name',
        createdAt: () => ':now',
      })
      .orUpdate(['workspace_id'], ['workspace_id', 'email']);
  await preparedWrite(tx, 'requester:upsert', upsert, { workspaceId, email, name, now });
  const requester = await findOneByOrFail(tx, RequesterEntity, { workspaceId, email });
  if (name && !requester.name?.trim()) {
    // Fill in a blank name only; the WHERE keeps a concurrent backfill from being overwritten.
    const backfill = () =>
      tx
        .createQueryBuilder()
        .update(RequesterEntity)
        .set({ name: () => ':name' })
        .where("id = :id AND (name IS NULL OR TRIM(name) = '')");
    await preparedWrite(tx, 'requester:backfill-name', backfill, { name, id: requester.id });
    return findOneByOrFail(tx, RequesterEntity, { id: requester.id });
  }
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
    // An email-prefix LIKE is a range scan of the unique (workspace_id, email) index.
    // '!' as the LIKE escape: a backslash means different things in MySQL and SQLite string literals.
    const escaped = prefix.replace(/[!%_]/g, (c) => `!${c}`);
    return this.db.manager
      .getRepository(RequesterEntity)
      .createQueryBuilder('r')
      .where('r.workspaceId = :ws', { ws: member.workspaceId })
      .andWhere("r.email LIKE :prefix ESCAPE '!'", { prefix: `${escaped}%` })
      .orderBy('r.email', 'ASC')
      .take(first)
      .getMany();
  }

  async findByEmail(
    viewer: Viewer | null,
    workspaceId: string,
    email: string,
  ): Promise<RequesterEntity | null> {
    const member = this.access.requireMember(viewer, workspaceId);
    return findOneBy(this.db.manager, RequesterEntity, {
      workspaceId: member.workspaceId,
      email: normalizeEmail(email),
    });
  }
}
