import { Forbidden, NotFound, Unauthenticated } from '../../common/errors';
import { parseId } from '../../common/ids';
import type { MemberEntity } from './member.entity';
import { canManageMembers } from './member-role.enum';

/**
 * The signed-in agent of one request, with all of their memberships (active or not) as they stood
 * when the request arrived: read with the token in one query, so an access check costs no round trip.
 */
export interface Viewer {
  agentId: number;
  tokenHash: string;
  memberships: readonly MemberEntity[];
}

/** Who may act in a workspace. Every use case starts here, so every query is scoped by workspace. */
export class AccessService {
  requireViewer(viewer: Viewer | null): Viewer {
    if (!viewer) throw new Unauthenticated();
    return viewer;
  }

  /**
   * The viewer's active membership. A workspace they do not belong to reads as not found, and so
   * does what they reached it through (`via`: a ticket, a member …), so ids of other workspaces leak nothing.
   */
  requireMember(viewer: Viewer | null, workspaceId: string | number, via = 'Workspace'): MemberEntity {
    const { memberships } = this.requireViewer(viewer);
    const id = parseId(workspaceId);
    const member = id === null ? undefined : memberships.find((m) => m.workspaceId === id);
    if (!member) throw new NotFound(via);
    if (!member.active) throw new Forbidden('Your membership of this workspace has been deactivated.');
    return member;
  }

  requireManager(viewer: Viewer | null, workspaceId: string | number): MemberEntity {
    const member = this.requireMember(viewer, workspaceId);
    if (!canManageMembers(member.role))
      throw new Forbidden('Only an owner or admin of the workspace can do this.');
    return member;
  }

  /** The viewer's active membership in a workspace, or null: for reads that answer null instead of failing. */
  findMember(viewer: Viewer | null, workspaceId: number): MemberEntity | null {
    return viewer?.memberships.find((m) => m.workspaceId === workspaceId && m.active) ?? null;
  }
}
