import { registerEnumType } from 'type-graphql';

export enum MemberRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  AGENT = 'AGENT',
}

registerEnumType(MemberRole, { name: 'MemberRole' });

export function canManageMembers(role: MemberRole): boolean {
  return role === MemberRole.OWNER || role === MemberRole.ADMIN;
}
