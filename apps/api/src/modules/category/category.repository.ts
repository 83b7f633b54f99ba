import type { EntityManager } from 'typeorm';
import { findOneBy, insertOne } from '../../database';
import { CategoryEntity } from './category.entity';

/** The statements of `categories`: the only code that writes them. */

export async function insertCategory(
  tx: EntityManager,
  values: Omit<CategoryEntity, 'id'>,
): Promise<CategoryEntity> {
  return { ...values, id: await insertOne(tx, CategoryEntity, values) };
}

export function findCategoryInWorkspace(
  manager: EntityManager,
  id: number,
  workspaceId: number,
): Promise<CategoryEntity | null> {
  return findOneBy(manager, CategoryEntity, { id, workspaceId });
}

export function listCategories(manager: EntityManager, workspaceId: number): Promise<CategoryEntity[]> {
  return manager.find(CategoryEntity, { where: { workspaceId }, order: { name: 'ASC', id: 'ASC' } });
}
