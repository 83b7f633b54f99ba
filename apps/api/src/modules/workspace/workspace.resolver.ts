import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../common/ids';
import { Category } from '../category/category.type';
import { MAX_MEMBERS_LISTED } from '../member/member.service';
import { Member } from '../member/member.type';
import { Workspace } from './workspace.type';

// A deactivated member still reaches their workspace through their own Agent.memberships: its
// members and categories are for its active members only, like workspace(id).
@Resolver(() => Workspace)
export class WorkspaceResolver {
  @Query(() => Workspace, { nullable: true })
  async workspace(
    @Arg('id', () => ID) id: string,
    @Ctx() { services, viewer, loaders }: Context,
  ): Promise<Workspace | null> {
    services.access.requireViewer(viewer);
    const workspaceId = parseId(id);
    const member = workspaceId === null ? null : services.access.findMember(viewer, workspaceId);
    const workspace = member ? await loaders.workspace.load(member.workspaceId) : null;
    return workspace ? Workspace.from(workspace) : null;
  }

  @FieldResolver(() => [Member], {
    description: `Active members only unless includeInactive is true. This is the 'Assign to' list. By name, at most ${MAX_MEMBERS_LISTED}.`,
  })
  async members(
    @Root() workspace: Workspace,
    @Arg('includeInactive', () => Boolean, { nullable: true, defaultValue: false })
    includeInactive: boolean | null,
    @Ctx() { services, viewer }: Context,
  ): Promise<Member[]> {
    if (!services.access.findMember(viewer, workspace.rowId)) return [];
    return (await services.members.list(workspace.rowId, includeInactive ?? false)).map(Member.from);
  }

  @FieldResolver(() => [Category])
  async categories(@Root() workspace: Workspace, @Ctx() { services, viewer }: Context): Promise<Category[]> {
    if (!services.access.findMember(viewer, workspace.rowId)) return [];
    return (await services.categories.list(workspace.rowId)).map(Category.from);
  }
}
