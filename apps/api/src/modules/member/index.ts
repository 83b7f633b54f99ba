// The member module's face: memberships of agents in workspaces, roles, and the access checks every
// use case starts with. Other modules import only this file.
import { byId, type LoaderKit } from '../../graphql/loaders';
import { MemberEntity } from './member.entity';
import { AgentMembershipsResolver, MemberResolver } from './member.resolver';

export { AccessService, type Viewer } from './access.service';
export { loadMember } from './load-member';
export { MemberEntity } from './member.entity';
export { MemberRole, canManageMembers } from './member-role.enum';
export { findMemberLocked } from './member.repository';
export { MAX_MEMBERS_LISTED, MemberService } from './member.service';
export { Member } from './member.type';
export type { MembershipHooks } from './membership-hooks';

export const memberModule = {
  entities: [MemberEntity],
  resolvers: [MemberResolver, AgentMembershipsResolver],
  loaders: (kit: LoaderKit) => ({ member: byId(kit, MemberEntity) }),
};
