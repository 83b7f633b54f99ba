import { isUniqueViolation, type Database } from '../../database';
import { Conflict, InvalidInput } from '../../common/errors';
import { hasTrimmedLength, LIMITS, trimmedLengthMessage } from '../../common/validation';
import type { AccessService, Viewer } from '../member';
import type { CategoryEntity } from './category.entity';
import { insertCategory, listCategories } from './category.repository';

export class CategoryService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {}

  async create(viewer: Viewer | null, workspaceId: string, rawName: string): Promise<CategoryEntity> {
    const member = this.access.requireMember(viewer, workspaceId);
    if (!hasTrimmedLength(rawName, 1, LIMITS.name))
      throw new InvalidInput('name', trimmedLengthMessage('name', 1, LIMITS.name));
    const name = rawName.trim();
    try {
      const values = { workspaceId: member.workspaceId, name, createdAt: new Date() };
      return await this.db.transaction((tx) => insertCategory(tx, values));
    } catch (err) {
      if (isUniqueViolation(err)) throw new Conflict(`The workspace already has a category named "${name}".`);
      throw err;
    }
  }

  list(workspaceId: number): Promise<CategoryEntity[]> {
    return listCategories(this.db.manager, workspaceId);
  }
}
