import { In } from 'typeorm';
import type { Database } from '../../database/database';
import { isUniqueViolation } from '../../database/database-errors';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../../common/errors';
import { hashPassword } from '../../common/auth/password';
import { parseId } from '../../common/ids';
import { normalizeEmail } from '../../common/normalize';
import { AgentEntity } from '../agent/agent.entity';
import { recordAssignment } from '../assignment/assignment.recorder';
import { AssignmentVia } from '../assignment/assignment-via.enum';
import { moveTicketCounts } from '../ticket/ticket-counts';
import { TicketEntity } from '../ticket/ticket.entity';
import type { AccessService, Viewer } from '../workspace/access.service';
import type { AddMemberInput } from './add-member.input';
import { MemberEntity } from './member.entity';
import { createMember } from './member.factory';
import { MemberRole } from './member-role.enum';
import { findOneBy, insertOne, updateBy } from '../../database/entity-queries';

export const MAX_MEMBERS_LISTED = 500;

export class MemberService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {}

  async addMember(viewer: Viewer | null, input: AddMemberInput): Promise<MemberEntity> {
    const manager = this.access.requireManager(viewer, input.workspaceId);
    const role = input.role ?? MemberRole.AGENT;
    if (role === MemberRole.OWNER && manager.role !== MemberRole.OWNER) {
      throw new Forbidden('Only an owner can add another owner.');
    }
    const email = normalizeEmail(input.email);
    const existing = await findOneBy(this.db.manager, AgentEntity, { email });
    if (!existing && !input.password) {
      throw new InvalidInput('password', 'This email has no Deskline account yet: give a password for it.');
    }
    const passwordHash = existing ? null : await hashPassword(input.password as string);
    try {
      return await this.db.transaction(async (tx) => {
        const now = new Date();
        const values = {
          email,
          name: input.name.trim(),
          passwordHash: passwordHash as string,
          createdAt: now,
        };
        const agent: AgentEntity = existing ?? { ...values, id: await insertOne(tx, AgentEntity, values) };
        return createMember(tx, {
          workspaceId: manager.workspaceId,
          agentId: agent.id,
          name: input.name.trim(),
          role,
          active: true,
          createdAt: now,
        });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new Conflict('This person is already a member of the workspace.');
      throw err;
    }
  }

  /**
   * Deactivating puts the member's open and pending tickets back in the Unassigned queue, each with a
   * DEACTIVATION event, in the same transaction.
   */
  async setMemberActive(viewer: Viewer | null, memberId: string, active: boolean): Promise<MemberEntity> {
    this.access.requireViewer(viewer);
    const id = parseId(memberId);
    const target = id === null ? null : await findOneBy(this.db.manager, MemberEntity, { id });
    if (!target) throw new NotFound('Member');
    const admin = this.access.requireMember(viewer, target.workspaceId, 'Member');
    if (admin.role === MemberRole.AGENT)
      throw new Forbidden('Only an owner or admin of the workspace can do this.');
    if (target.role === MemberRole.OWNER && admin.role !== MemberRole.OWNER) {
      throw new Forbidden('Only an owner can deactivate an owner.');
    }
    if (!active && target.id === admin.id) throw new Conflict('You cannot deactivate yourself.');

    return this.db.transaction(async (tx) => {
      const now = new Date();
      await updateBy(tx, MemberEntity, { id: target.id }, { active });
      if (!active) {
        // Touch first: the UPDATE locks the rows, so no concurrent assignment slips in between.
        const where = { workspaceId: target.workspaceId, assigneeId: target.id, isOpen: true };
        await updateBy(tx, TicketEntity, where, { updatedAt: now });
        const tickets = await tx.find(TicketEntity, { where, select: { id: true } });
        if (tickets.length > 0) {
          await recordAssignment(
            tx,
            tickets.map((t) => ({
              ticketId: t.id,
              via: AssignmentVia.DEACTIVATION,
              actorId: admin.id,
              fromMemberId: target.id,
              toMemberId: null,
              at: now,
            })),
          );
          await tx.update(TicketEntity, { id: In(tickets.map((t) => t.id)) }, { assigneeId: null });
          await moveTicketCounts(
            tx,
            target.workspaceId,
            { isOpen: true, assigneeId: target.id },
            { isOpen: true, assigneeId: null },
            tickets.length,
          );
        }
      }
      return { ...target, active };
    });
  }

  /** By name; at most MAX_MEMBERS_LISTED, so that one request cannot make the server read an unbounded list. */
  list(workspaceId: number, includeInactive: boolean): Promise<MemberEntity[]> {
    return this.db.manager.find(MemberEntity, {
      where: includeInactive ? { workspaceId } : { workspaceId, active: true },
      order: { name: 'ASC', id: 'ASC' },
      take: MAX_MEMBERS_LISTED,
    });
  }

  /** All of the viewer's own memberships; for another agent, only those in workspaces the viewer shares. */
  async membershipsVisibleTo(viewer: Viewer | null, agentId: number): Promise<MemberEntity[]> {
    if (!viewer) return [];
    if (viewer.agentId === agentId) return [...viewer.memberships].sort((a, b) => a.id - b.id);
    const memberships = await this.db.manager.find(MemberEntity, {
      where: { agentId },
      order: { id: 'ASC' },
    });
    return memberships.filter((m) => this.access.findMember(viewer, m.workspaceId));
  }
}
