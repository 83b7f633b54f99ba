import type { EntityManager } from 'typeorm';
import { isUniqueViolation, type Database } from '../../database';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../../common/errors';
import { hashPassword } from '../../common/auth/password';
import { parseId } from '../../common/ids';
import { normalizeEmail } from '../../common/normalize';
import { findAgentByEmail, insertAgent } from '../agent';
import type { AccessService, Viewer } from './access.service';
import {
  countActiveMemberships,
  findMember,
  insertMember,
  listMembers,
  membershipsOfAgent,
  writeMemberActive,
} from './member.repository';
import type { MembershipHooks } from './membership-hooks';
import type { AddMemberInput } from './add-member.input';
import type { MemberEntity } from './member.entity';
import { MemberRole } from './member-role.enum';

export const MAX_MEMBERS_LISTED = 500;

export class MemberService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly hooks: MembershipHooks,
  ) {}

  /** A new membership, in the caller's transaction (sign-up makes the first). */
  async join(tx: EntityManager, values: Omit<MemberEntity, 'id'>): Promise<MemberEntity> {
    const member = await insertMember(tx, values);
    await this.hooks.joined(tx, member);
    return member;
  }

  /** How many of an agent's memberships are active: none, and they cannot sign in. */
  activeMembershipsOf(agentId: number): Promise<number> {
    return countActiveMemberships(this.db.manager, agentId);
  }

  async addMember(viewer: Viewer | null, input: AddMemberInput): Promise<MemberEntity> {
    const manager = this.access.requireManager(viewer, input.workspaceId);
    const role = input.role ?? MemberRole.AGENT;
    if (role === MemberRole.OWNER && manager.role !== MemberRole.OWNER) {
      throw new Forbidden('Only an owner can add another owner.');
    }
    const email = normalizeEmail(input.email);
    const existing = await findAgentByEmail(this.db.manager, email);
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
        const agent = existing ?? (await insertAgent(tx, values));
        return this.join(tx, {
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
   * DEACTIVATION event, in the same transaction (MembershipHooks.deactivated: the ticket module's).
   */
  async setMemberActive(viewer: Viewer | null, memberId: string, active: boolean): Promise<MemberEntity> {
    this.access.requireViewer(viewer);
    const id = parseId(memberId);
    const target = id === null ? null : await findMember(this.db.manager, id);
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
      await writeMemberActive(tx, target.id, active);
      if (!active) await this.hooks.deactivated(tx, target, admin, now);
      return { ...target, active };
    });
  }

  /** By name; at most MAX_MEMBERS_LISTED, so that one request cannot make the server read an unbounded list. */
  list(workspaceId: number, includeInactive: boolean): Promise<MemberEntity[]> {
    return listMembers(this.db.manager, workspaceId, includeInactive, MAX_MEMBERS_LISTED);
  }

  /** All of the viewer's own memberships; for another agent, only those in workspaces the viewer shares. */
  async membershipsVisibleTo(viewer: Viewer | null, agentId: number): Promise<MemberEntity[]> {
    if (!viewer) return [];
    if (viewer.agentId === agentId) return [...viewer.memberships].sort((a, b) => a.id - b.id);
    const memberships = await membershipsOfAgent(this.db.manager, agentId);
    return memberships.filter((m) => this.access.findMember(viewer, m.workspaceId));
  }
}
