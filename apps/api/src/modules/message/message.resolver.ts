import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { primeLoaders } from '../../common/loaders';
import { required } from '../../common/required';
import { loadMember } from '../member/load-member';
import { Member } from '../member/member.type';
import { Requester } from '../requester/requester.type';
import { Ticket } from '../ticket/ticket.type';
import { Message } from './message.type';
import { ReplyInput } from './reply.input';
import { ReplyPayload } from './reply-payload.type';

@Resolver(() => Message)
export class MessageResolver {
  @Mutation(() => ReplyPayload, {
    description:
      'A public reply (internal false) to an unassigned ticket makes its author the assignee, atomically: of concurrent first replies exactly one claims.',
  })
  async replyToTicket(
    @Arg('input', () => ReplyInput) input: ReplyInput,
    @Ctx() { services, viewer, loaders }: Context,
  ): Promise<ReplyPayload> {
    const { message, ticket, claimed, author } = await services.messages.reply(viewer, input);
    primeLoaders(loaders, { members: [author] });
    return { message: Message.from(message), ticket: Ticket.from(ticket), claimed };
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The member who wrote it, or null when the requester wrote it.',
  })
  authorMember(@Root() message: Message, @Ctx() { loaders }: Context): Promise<Member | null> {
    return loadMember(loaders, message.authorMemberId);
  }

  @FieldResolver(() => Requester, { nullable: true, description: 'Set when the requester wrote it.' })
  async authorRequester(@Root() message: Message, @Ctx() { loaders }: Context): Promise<Requester | null> {
    if (message.authorRequesterId === null) return null;
    return Requester.from(required(await loaders.requester.load(message.authorRequesterId)));
  }
}
