import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadMember } from '../member';
import { Member } from '../member';
import { AssignmentEvent } from './assignment-event.type';

@Resolver(() => AssignmentEvent)
export class AssignmentEventResolver {
  @FieldResolver(() => Member, {
    nullable: true,
    description:
      'The member who caused it (the creator, the assigner, the replier, or the admin who deactivated).',
  })
  actor(@Root() event: AssignmentEvent, @Ctx() { loaders }: Context): Promise<Member | null> {
    return loadMember(loaders.member, event.actorId);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The assignee before; null = nobody.' })
  from(@Root() event: AssignmentEvent, @Ctx() { loaders }: Context): Promise<Member | null> {
    return loadMember(loaders.member, event.fromMemberId);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The assignee after; null = nobody.' })
  to(@Root() event: AssignmentEvent, @Ctx() { loaders }: Context): Promise<Member | null> {
    return loadMember(loaders.member, event.toMemberId);
  }
}
