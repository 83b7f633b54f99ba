import type { Database } from '../../database/database';
import { Forbidden, NotFound, Unauthenticated } from '../../common/errors';
import { parseId } from '../../common/ids';
import { MemberEntity } from '../member/member.entity';
import { canManageMembers } from '../member/member-role.enum';

export interface Viewer {
  agentId: number;
  tokenHash: string;
}

/** Who may act in a workspace. Every use case starts here, so every query is scoped by workspace. */
export class AccessService {
  constructor(private readonly db: Database) {}

  requireViewer(viewer: Viewer | null): Viewer {
    if (!viewer) throw new Unauthenticated();
    return viewer;
  }

  /** The viewer's active membership; a workspace they do not belong to reads as not found. */
  async requireMember(viewer: Viewer | null, workspaceId: string | number): Promise<MemberEntity> {
    const { agentId } = this.requireViewer(viewer);
    const id = parseId(workspaceId);
    const member = id === null ? null : await this.db.manager.findOneBy(MemberEntity, { workspaceId: id, agentId });
    if (!member) throw new NotFound('Workspace');
    if (!member.active) throw new Forbidden('Your membership of this workspace has been deactivated.');
    return member;
  }

  async requireManager(viewer: Viewer | null, workspaceId: string | number): Promise<MemberEntity> {
    const member = await this.requireMember(viewer, workspaceId);
    if (!canManageMembers(member.role)) throw new Forbidden('Only an owner or admin of the workspace can do this.');
    return member;
  }

  /** The viewer's active membership in a workspace, or null: for reads that answer null instead of failing. */
  async findMember(viewer: Viewer | null, workspaceId: number): Promise<MemberEntity | null> {
    if (!viewer) return null;
    const member = await this.db.manager.findOneBy(MemberEntity, { workspaceId, agentId: viewer.agentId });
    return member?.active ? member : null;
  }
}
