import type { EntityManager } from 'typeorm';
import type { Database } from '../../database';
import { InvalidInput } from '../../common/errors';
import { parseId } from '../../common/ids';
import { AssignmentVia } from '../assignment';
import { findCategoryInWorkspace } from '../category';
import { findMemberLocked, type AccessService, type MemberEntity, type Viewer } from '../member';
import { findOrCreateRequester, type RequesterEntity } from '../requester';
import { takeTicketNumber } from '../workspace';
import type { CreateTicketInput } from './create-ticket.input';
import { findVisibleTicket, requireTicket } from './ticket-access';
import { changeAssignee, changeFields, createTicket, type TicketFields } from './ticket-changes';
import { parseReference } from './ticket-reference';
import type { TicketEntity } from './ticket.entity';
import { Channel, isOpenStatus, Priority, priorityRank, TicketStatus } from './ticket.enums';
import type { UpdateTicketInput } from './update-ticket.input';

export interface CreatedTicket {
  ticket: TicketEntity;
  requester: RequesterEntity;
  assignee: MemberEntity | null;
}

export interface AssignedTicket {
  ticket: TicketEntity;
  assignee: MemberEntity | null;
}

export class TicketService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {}

  async create(viewer: Viewer | null, input: CreateTicketInput): Promise<CreatedTicket> {
    const creator = this.access.requireMember(viewer, input.workspaceId);
    const workspaceId = creator.workspaceId;
    return this.db.transaction(async (tx) => {
      const now = new Date();
      // The counter comes first: its row lock queues concurrent creations in this workspace before
      // they take any other lock, so they cannot deadlock on the foreign-key locks of the inserts below.
      // First also before any read: on SQLite a transaction that has read cannot wait for another
      // process's write lock (SQLITE_BUSY at once, or SQLITE_BUSY_SNAPSHOT), while one that writes first
      // waits out the busy timeout. A failed validation below rolls the number back.
      const number = await takeTicketNumber(tx, workspaceId);
      const categoryId = await resolveCategory(tx, workspaceId, input.categoryId);
      const assignee = await resolveAssignee(
        tx,
        workspaceId,
        input.assigneeId === undefined ? String(creator.id) : input.assigneeId,
      );
      const assigneeId = assignee?.id ?? null;
      const requester = await findOrCreateRequester(
        tx,
        workspaceId,
        input.requesterEmail,
        input.requesterName,
        now,
      );
      const status = TicketStatus.OPEN;
      const values: Omit<TicketEntity, 'id'> = {
        workspaceId,
        number,
        subject: input.subject.trim(),
        description: input.description ?? '',
        priority: priorityRank(input.priority ?? Priority.NORMAL),
        status,
        isOpen: isOpenStatus(status),
        channel: Channel.MANUAL,
        categoryId,
        requesterId: requester.id,
        assigneeId,
        createdById: creator.id,
        createdAt: now,
        updatedAt: now,
      };
      const ticket = await createTicket(tx, values, creator.id);
      return { ticket, requester, assignee };
    });
  }

  async assign(
    viewer: Viewer | null,
    ticketId: string,
    assigneeIdArg: string | null | undefined,
  ): Promise<AssignedTicket> {
    const { ticket, member } = await requireTicket(this.db, this.access, viewer, ticketId);
    return this.db.transaction(async (tx) => {
      const now = new Date();
      const target = assigneeIdArg == null ? null : parseId(assigneeIdArg);
      // The assignment's history row checks its foreign keys with shared locks on both members, the
      // one it leaves and the one it goes to. Two reassignments in opposite directions (Bob → Alice and
      // Alice → Bob) each held its new assignee's row lock and waited for the other's: a deadlock, in
      // about one run in ten of 12 such at once, sometimes past the retries. So the member it leaves
      // (as read before the transaction; a change in between only costs a retry) is locked too, and
      // both in ascending id order.
      if (ticket.assigneeId !== null && target !== null && ticket.assigneeId < target)
        await findMemberLocked(tx, ticket.assigneeId, ticket.workspaceId);
      const assignee = await resolveAssignee(tx, ticket.workspaceId, assigneeIdArg ?? null);
      if (ticket.assigneeId !== null && target !== null && ticket.assigneeId > target)
        await findMemberLocked(tx, ticket.assigneeId, ticket.workspaceId);
      const assigned = await changeAssignee(
        tx,
        ticket.id,
        assignee?.id ?? null,
        AssignmentVia.ASSIGN,
        member.id,
        now,
      );
      return { ticket: assigned, assignee };
    });
  }

  async update(viewer: Viewer | null, input: UpdateTicketInput): Promise<TicketEntity> {
    const { ticket } = await requireTicket(this.db, this.access, viewer, input.ticketId);
    return this.db.transaction(async (tx) => {
      const fields: TicketFields = {};
      if (input.subject != null) fields.subject = input.subject.trim();
      if (input.priority != null) fields.priority = priorityRank(input.priority);
      if (input.status != null) fields.status = input.status;
      if (input.categoryId !== undefined)
        fields.categoryId = await resolveCategory(tx, ticket.workspaceId, input.categoryId);
      return changeFields(tx, ticket.id, fields, new Date());
    });
  }

  async get(viewer: Viewer | null, id: string): Promise<TicketEntity | null> {
    return findVisibleTicket(this.db, this.access, viewer, parseId(id));
  }

  async getByReference(viewer: Viewer | null, reference: string): Promise<TicketEntity | null> {
    return findVisibleTicket(this.db, this.access, viewer, parseReference(reference));
  }
}

async function resolveCategory(
  tx: EntityManager,
  workspaceId: number,
  categoryId: string | null | undefined,
): Promise<number | null> {
  if (categoryId === null || categoryId === undefined) return null;
  const id = parseId(categoryId);
  const category = id === null ? null : await findCategoryInWorkspace(tx, id, workspaceId);
  if (!category) throw new InvalidInput('categoryId', 'No category with this id in the workspace.');
  return category.id;
}

async function resolveAssignee(
  tx: EntityManager,
  workspaceId: number,
  memberId: string | null,
): Promise<MemberEntity | null> {
  if (memberId === null) return null;
  const id = parseId(memberId);
  const member = id === null ? null : await findMemberLocked(tx, id, workspaceId);
  if (!member) throw new InvalidInput('assigneeId', 'No member with this id in the workspace.');
  if (!member.active)
    throw new InvalidInput('assigneeId', `${member.name} is inactive and cannot be assigned tickets.`);
  return member;
}
