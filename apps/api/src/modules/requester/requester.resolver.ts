import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { pageSize } from '../../common/pagination/page.args';
import { DEFAULT_SUGGESTIONS, RequesterSearchArgs } from './requester-search.args';
import { Requester } from './requester.type';

@Resolver(() => Requester)
export class RequesterResolver {
  @Query(() => Requester, { nullable: true })
  async requester(
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('email') email: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Requester | null> {
    const requester = await services.requesters.findByEmail(viewer, workspaceId, email);
    return requester ? Requester.from(requester) : null;
  }

  @Query(() => [Requester], {
    description: 'Requesters of the workspace whose email starts with search, by email. first: 1 to 20.',
  })
  async requesters(
    @Args(() => RequesterSearchArgs) args: RequesterSearchArgs,
    @Ctx() { services, viewer }: Context,
  ): Promise<Requester[]> {
    return (
      await services.requesters.search(
        viewer,
        args.workspaceId,
        args.search,
        pageSize(args.first, DEFAULT_SUGGESTIONS),
      )
    ).map(Requester.from);
  }
}
