// The ticket module's face: tickets and every change of them (ticket-changes.ts), their lists and
// counts. Other modules import only this file.
import type { LoaderKit } from '../../graphql/loaders';
import { MemberTicketCountsEntity } from './member-ticket-counts.entity';
import { RequesterTicketsResolver } from './requester-tickets.resolver';
import { TicketCountsEntity } from './ticket-counts.entity';
import type { TicketListService } from './ticket-list.service';
import { ticketsByRequester } from './ticket.loaders';
import { TicketEntity } from './ticket.entity';
import { TicketResolver } from './ticket.resolver';

export { claimTicket, touchForMessage } from './ticket-changes';
export { requireTicket } from './ticket-access';
export { childPage, TicketChildrenArgs } from './ticket-children.args';
export { ticketMembershipHooks, ticketWorkspaceHooks } from './ticket-hooks';
export { TicketListService } from './ticket-list.service';
export { TicketService } from './ticket.service';
export { TicketEntity } from './ticket.entity';
export { Ticket } from './ticket.type';

export const ticketModule = {
  entities: [TicketEntity, TicketCountsEntity, MemberTicketCountsEntity],
  resolvers: [TicketResolver, RequesterTicketsResolver],
  loaders: (kit: LoaderKit, ticketLists: Pick<TicketListService, 'byRequesters'>) => ({
    ticketsByRequester: ticketsByRequester(kit, ticketLists),
  }),
};
