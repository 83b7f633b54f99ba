// The category module's face. Other modules import only this file.
import { byId, type LoaderKit } from '../../graphql/loaders';
import { CategoryEntity } from './category.entity';
import { CategoryResolver, WorkspaceCategoriesResolver } from './category.resolver';

export { CategoryEntity } from './category.entity';
export { findCategoryInWorkspace } from './category.repository';
export { CategoryService } from './category.service';
export { Category } from './category.type';

export const categoryModule = {
  entities: [CategoryEntity],
  resolvers: [CategoryResolver, WorkspaceCategoriesResolver],
  loaders: (kit: LoaderKit) => ({ category: byId(kit, CategoryEntity) }),
};
