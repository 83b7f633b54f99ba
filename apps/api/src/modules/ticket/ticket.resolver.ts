import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { primeById } from '../../graphql/loaders';
import { pageSize } from '../../common/pagination/page.args';
import { required } from '../../common/required';
import { AssignmentEvent } from '../assignment';
import { Category } from '../category';
import { loadMember } from '../member';
import { Member } from '../member';
import { Requester } from '../requester';
import { Workspace } from '../workspace';
import { CreateTicketInput } from './create-ticket.input';
import { readTicketPage, toTicketConnection } from './ticket-connection';
import { TicketConnection } from './ticket-connection.type';
import { TicketView } from './ticket.enums';
import { Ticket } from './ticket.type';
import { childPage, TicketChildrenArgs } from './ticket-children.args';
import { TicketsArgs, WorkspacePageArgs } from './tickets.args';
import { UpdateTicketInput } from './update-ticket.input';

@Resolver(() => Ticket)
export class TicketResolver {
  @Query(() => Ticket, {
    nullable: true,
    description: 'null when it does not exist or the viewer may not see it.',
  })
  async ticket(
    @Arg('id', () => ID) id: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Ticket | null> {
    services.access.requireViewer(viewer);
    const ticket = await services.tickets.get(viewer, id);
    return ticket ? Ticket.from(ticket) : null;
  }

  @Query(() => Ticket, {
    nullable: true,
    description:
      'Case-insensitive, surrounding spaces ignored, leading zeros optional (tk-42 finds TK-00042).\nnull when it does not exist or the viewer may not see it.',
  })
  async ticketByReference(
    @Arg('reference') reference: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Ticket | null> {
    services.access.requireViewer(viewer);
    const ticket = await services.tickets.getByReference(viewer, reference);
    return ticket ? Ticket.from(ticket) : null;
  }

  @Query(() => TicketConnection, { description: 'Newest first. first: 1 to 100.' })
  async tickets(
    @Args(() => TicketsArgs) args: TicketsArgs,
    @Ctx() { services, viewer, loaders, budget }: Context,
  ): Promise<TicketConnection> {
    const first = pageSize(args.first);
    const page = await readTicketPage(budget, first, () =>
      services.ticketLists.list(viewer, args.workspaceId, args.view ?? TicketView.INBOX, first, args.after),
    );
    return toTicketConnection(page, loaders, budget);
  }

  @Query(() => TicketConnection, {
    description:
      'Open or pending tickets with no assignee: URGENT first, then HIGH, NORMAL, LOW; oldest first within a priority. first: 1 to 100.',
  })
  async unassignedQueue(
    @Args(() => WorkspacePageArgs) args: WorkspacePageArgs,
    @Ctx() { services, viewer, loaders, budget }: Context,
  ): Promise<TicketConnection> {
    const first = pageSize(args.first);
    const page = await readTicketPage(budget, first, () =>
      services.ticketLists.unassignedQueue(viewer, args.workspaceId, first, args.after),
    );
    return toTicketConnection(page, loaders, budget);
  }

  @Mutation(() => Ticket)
  async createTicket(
    @Arg('input', () => CreateTicketInput) input: CreateTicketInput,
    @Ctx() { services, viewer, loaders }: Context,
  ): Promise<Ticket> {
    const { ticket, requester, assignee } = await services.tickets.create(viewer, input);
    primeById(loaders.requester, [requester]);
    primeById(loaders.member, [assignee]);
    return Ticket.from(ticket);
  }

  @Mutation(() => Ticket, {
    description:
      "assigneeId null: unassign (back to the Unassigned queue). Otherwise an active member of the ticket's workspace.",
  })
  async assignTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId: string | null,
    @Ctx() { services, viewer, loaders }: Context,
  ): Promise<Ticket> {
    const { ticket, assignee } = await services.tickets.assign(viewer, ticketId, assigneeId);
    primeById(loaders.member, [assignee]);
    return Ticket.from(ticket);
  }

  @Mutation(() => Ticket)
  async updateTicket(
    @Arg('input', () => UpdateTicketInput) input: UpdateTicketInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<Ticket> {
    return Ticket.from(await services.tickets.update(viewer, input));
  }

  @FieldResolver(() => Workspace)
  async workspace(@Root() ticket: Ticket, @Ctx() { loaders }: Context): Promise<Workspace> {
    return Workspace.from(required(await loaders.workspace.load(ticket.workspaceId)));
  }

  @FieldResolver(() => Category, { nullable: true })
  async category(@Root() ticket: Ticket, @Ctx() { loaders }: Context): Promise<Category | null> {
    return ticket.categoryId === null
      ? null
      : Category.from(required(await loaders.category.load(ticket.categoryId)));
  }

  @FieldResolver(() => Requester)
  requester(@Root() ticket: Ticket, @Ctx() { loaders }: Context): Requester | Promise<Requester> {
    if (ticket.joinedRequester) return Requester.from(ticket.joinedRequester);
    return loaders.requester.load(ticket.requesterId).then((row) => Requester.from(required(row)));
  }

  @FieldResolver(() => Member, { nullable: true, description: 'null = in the Unassigned queue.' })
  assignee(@Root() ticket: Ticket, @Ctx() { loaders }: Context): Member | null | Promise<Member | null> {
    if (ticket.assigneeId === null) return null;
    if (ticket.joinedAssignee) return Member.from(ticket.joinedAssignee);
    return loadMember(loaders.member, ticket.assigneeId);
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The member who created it (null when it arrived through a channel).',
  })
  async createdBy(@Root() ticket: Ticket, @Ctx() { loaders }: Context): Promise<Member | null> {
    return loadMember(loaders.member, ticket.createdById);
  }

  @FieldResolver(() => [AssignmentEvent], {
    description: 'Every change of assignee since creation, oldest first; the first entry is the creation.',
  })
  async assignmentHistory(
    @Root() ticket: Ticket,
    @Args(() => TicketChildrenArgs) args: TicketChildrenArgs,
    @Ctx() { loaders }: Context,
  ): Promise<AssignmentEvent[]> {
    return (await loaders.assignmentsByTicket.load(childPage(ticket, args))).map(AssignmentEvent.from);
  }
}
