import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { required } from '../../common/required';
import { Agent } from '../agent';
import { AddMemberInput } from './add-member.input';
import { Member } from './member.type';

@Resolver(() => Member)
export class MemberResolver {
  @Mutation(() => Member, { description: 'OWNER or ADMIN only.' })
  async addMember(
    @Arg('input', () => AddMemberInput) input: AddMemberInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<Member> {
    return Member.from(await services.members.addMember(viewer, input));
  }

  @Mutation(() => Member, {
    description:
      'OWNER or ADMIN only. Inactive members cannot sign in to that workspace, cannot be assigned, and leave the Assign-to list.',
  })
  async setMemberActive(
    @Arg('memberId', () => ID) memberId: string,
    @Arg('active') active: boolean,
    @Ctx() { services, viewer }: Context,
  ): Promise<Member> {
    return Member.from(await services.members.setMemberActive(viewer, memberId, active));
  }

  @FieldResolver(() => Agent)
  async agent(@Root() member: Member, @Ctx() { loaders }: Context): Promise<Agent> {
    return Agent.from(required(await loaders.agent.load(member.agentId)));
  }

  @FieldResolver(() => String)
  async email(@Root() member: Member, @Ctx() { loaders }: Context): Promise<string> {
    return required(await loaders.agent.load(member.agentId)).email;
  }
}

/** Agent.memberships: here, since memberships build on agents (the agent module knows nothing of them). */
@Resolver(() => Agent)
export class AgentMembershipsResolver {
  @FieldResolver(() => [Member], {
    description:
      'For the viewer: all of their memberships. For anyone else: only those in workspaces the viewer also belongs to.',
  })
  async memberships(@Root() agent: Agent, @Ctx() { services, viewer }: Context): Promise<Member[]> {
    return (await services.members.membershipsVisibleTo(viewer, agent.rowId)).map(Member.from);
  }
}
