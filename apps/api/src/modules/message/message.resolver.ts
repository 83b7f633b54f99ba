import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { primeById } from '../../graphql/loaders';
import { selectsField } from '../../graphql/selection';
import { required } from '../../common/required';
import { loadMember, Member } from '../member';
import { Requester } from '../requester';
import { childPage, Ticket, TicketChildrenArgs } from '../ticket';
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
    primeById(loaders.member, [author]);
    return { message: Message.from(message), ticket: Ticket.from(ticket), claimed };
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The member who wrote it, or null when the requester wrote it.',
  })
  authorMember(@Root() message: Message, @Ctx() { loaders }: Context): Promise<Member | null> {
    return loadMember(loaders.member, message.authorMemberId);
  }

  @FieldResolver(() => Requester, { nullable: true, description: 'Set when the requester wrote it.' })
  async authorRequester(@Root() message: Message, @Ctx() { loaders }: Context): Promise<Requester | null> {
    if (message.authorRequesterId === null) return null;
    return Requester.from(required(await loaders.requester.load(message.authorRequesterId)));
  }
}

/** Ticket.messages: here, since messages build on tickets (the ticket module knows nothing of them). */
@Resolver(() => Ticket)
export class TicketMessagesResolver {
  @FieldResolver(() => [Message], { description: 'Replies and internal notes, oldest first.' })
  async messages(
    @Root() ticket: Ticket,
    @Args(() => TicketChildrenArgs) args: TicketChildrenArgs,
    @Ctx() { loaders, budget }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Message[]> {
    const rows = await loaders.messagesByTicket.load(childPage(ticket, args));
    if (!selectsField(info, 'body')) return rows.map((row) => Message.from(row));
    // The page's bodies are counted, each time the answer holds them, before they are read; past the
    // budget the answer becomes one refusal (response-size.plugin.ts), so nothing more is read.
    if (!budget.spend(rows.reduce((sum, row) => sum + (row.deferredTextLength ?? 0), 0))) return [];
    const bodies = await loaders.messageBody.loadMany(rows.map((row) => row.id));
    return rows.map((row, i) => Message.from(row, required(asText(bodies[i]))));
  }
}

function asText(value: string | null | Error | undefined): string | null {
  if (value instanceof Error) throw value;
  return value ?? null;
}
