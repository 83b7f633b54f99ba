import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Workspace } from '../workspace';
import { Category } from './category.type';

@Resolver(() => Category)
export class CategoryResolver {
  @Mutation(() => Category)
  async createCategory(
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('name') name: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Category> {
    return Category.from(await services.categories.create(viewer, workspaceId, name));
  }
}

/** Workspace.categories: for the workspace's active members only, like its members. */
@Resolver(() => Workspace)
export class WorkspaceCategoriesResolver {
  @FieldResolver(() => [Category])
  async categories(@Root() workspace: Workspace, @Ctx() { services, viewer }: Context): Promise<Category[]> {
    if (!services.access.findMember(viewer, workspace.rowId)) return [];
    return (await services.categories.list(workspace.rowId)).map(Category.from);
  }
}
