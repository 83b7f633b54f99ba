import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs, pageSize } from '../../common/pagination/page.args';
import { Requester } from '../requester';
import { toTicketConnection } from './ticket-connection';
import { TicketConnection } from './ticket-connection.type';

/** Requester.tickets: here, since tickets build on requesters (the requester module knows nothing of them). */
@Resolver(() => Requester)
export class RequesterTicketsResolver {
  @FieldResolver(() => TicketConnection)
  async tickets(
    @Root() requester: Requester,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { loaders, budget }: Context,
  ): Promise<TicketConnection> {
    return toTicketConnection(
      await loaders.ticketsByRequester.load({ requesterId: requester.rowId, first: pageSize(first), after }),
      loaders,
      budget,
    );
  }
}
