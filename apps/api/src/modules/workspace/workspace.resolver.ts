import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../common/ids';
import { required } from '../../common/required';
import { MAX_MEMBERS_LISTED, Member } from '../member';
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
}

/** Member.workspace: here, since workspaces build on members (the member module knows nothing of them). */
@Resolver(() => Member)
export class MemberWorkspaceResolver {
  @FieldResolver(() => Workspace)
  async workspace(@Root() member: Member, @Ctx() { loaders }: Context): Promise<Workspace> {
    return Workspace.from(required(await loaders.workspace.load(member.workspaceId)));
  }
}
