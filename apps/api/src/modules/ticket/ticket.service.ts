import type { EntityManager } from 'typeorm';
import type { Database } from '../../database/database';
import { InvalidInput } from '../../common/errors';
import { parseId } from '../../common/ids';
import { recordAssignment } from '../assignment/assignment.recorder';
import { AssignmentVia } from '../assignment/assignment-via.enum';
import { CategoryEntity } from '../category/category.entity';
import type { MemberEntity } from '../member/member.entity';
import { findMemberLocked } from '../member/member.lock';
import type { RequesterEntity } from '../requester/requester.entity';
import { findOrCreateRequester } from '../requester/requester.service';
import type { AccessService, Viewer } from '../workspace/access.service';
import type { CreateTicketInput } from './create-ticket.input';
import { findVisibleTicket, requireTicket } from './ticket-access';
import { parseReference } from './ticket-reference';
import { TicketEntity } from './ticket.entity';
import { Channel, isOpenStatus, Priority, priorityRank, TicketStatus } from './ticket.enums';
import { moveTicketCounts } from './ticket-counts';
import { lockTicket } from './ticket.lock';
import type { UpdateTicketInput } from './update-ticket.input';
import { findOneBy, insertOne, updateBy } from '../../database/entity-queries';
import { runStatement, type MysqlWriteHeader } from '../../database/driver-statements';

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
      const ticket: TicketEntity = { ...values, id: await insertOne(tx, TicketEntity, values) };
      await recordAssignment(tx, [
        {
          ticketId: ticket.id,
          via: AssignmentVia.CREATE,
          actorId: creator.id,
          fromMemberId: null,
          toMemberId: assigneeId,
          at: now,
        },
      ]);
      await moveTicketCounts(tx, workspaceId, null, ticket);
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
      const to = assignee?.id ?? null;
      const current = await lockTicket(tx, ticket.id, now);
      if (current.assigneeId === to) return { ticket: current, assignee };
      await updateBy(tx, TicketEntity, { id: ticket.id }, { assigneeId: to });
      await recordAssignment(tx, [
        {
          ticketId: ticket.id,
          via: AssignmentVia.ASSIGN,
          actorId: member.id,
          fromMemberId: current.assigneeId,
          toMemberId: to,
          at: now,
        },
      ]);
      const assigned = { ...current, assigneeId: to };
      await moveTicketCounts(tx, current.workspaceId, current, assigned);
      return { ticket: assigned, assignee };
    });
  }

  async update(viewer: Viewer | null, input: UpdateTicketInput): Promise<TicketEntity> {
    const { ticket } = await requireTicket(this.db, this.access, viewer, input.ticketId);
    return this.db.transaction(async (tx) => {
      const changes: Partial<TicketEntity> = {};
      if (input.subject != null) changes.subject = input.subject.trim();
      if (input.priority != null) changes.priority = priorityRank(input.priority);
      if (input.status != null) {
        changes.status = input.status;
        changes.isOpen = isOpenStatus(input.status);
      }
      if (input.categoryId !== undefined)
        changes.categoryId = await resolveCategory(tx, ticket.workspaceId, input.categoryId);
      const current = await lockTicket(tx, ticket.id, new Date());
      if (Object.keys(changes).length === 0) return current;
      await updateBy(tx, TicketEntity, { id: ticket.id }, changes);
      const updated = { ...current, ...changes };
      await moveTicketCounts(tx, current.workspaceId, current, updated);
      return updated;
    });
  }

  async get(viewer: Viewer | null, id: string): Promise<TicketEntity | null> {
    return findVisibleTicket(this.db, this.access, viewer, parseId(id));
  }

  async getByReference(viewer: Viewer | null, reference: string): Promise<TicketEntity | null> {
    return findVisibleTicket(this.db, this.access, viewer, parseReference(reference));
  }
}

/**
 * The next per-workspace number: incremented in the ticket's transaction, so a rollback gives it back.
 * One statement that also returns the new value: MySQL hands it back as the insert id that
 * LAST_INSERT_ID(expr) sets, SQLite through RETURNING (MariaDB has no UPDATE … RETURNING).
 */
async function takeTicketNumber(tx: EntityManager, workspaceId: number): Promise<number> {
  const number =
    tx.connection.options.type === 'mysql'
      ? (
          (await runStatement(
            tx,
            'UPDATE workspaces SET ticket_counter = LAST_INSERT_ID(ticket_counter + 1) WHERE id = ?',
            [workspaceId],
          )) as MysqlWriteHeader
        ).insertId
      : (
          (await tx.query(
            'UPDATE workspaces SET ticket_counter = ticket_counter + 1 WHERE id = ? RETURNING ticket_counter',
            [workspaceId],
          )) as { ticket_counter: number }[]
        )[0]?.ticket_counter;
  if (!number) throw new Error(`Workspace ${workspaceId} has no ticket counter`);
  return Number(number);
}

async function resolveCategory(
  tx: EntityManager,
  workspaceId: number,
  categoryId: string | null | undefined,
): Promise<number | null> {
  if (categoryId === null || categoryId === undefined) return null;
  const id = parseId(categoryId);
  const category = id === null ? null : await findOneBy(tx, CategoryEntity, { id, workspaceId });
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
