import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
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
