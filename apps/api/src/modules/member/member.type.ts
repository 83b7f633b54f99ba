import { Field, ID, ObjectType } from 'type-graphql';
import { MemberRole } from './member-role.enum';
import type { MemberEntity } from './member.entity';

@ObjectType('Member', { simpleResolvers: true, description: "An agent's membership in one workspace." })
export class Member {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field()
  active: boolean;

  rowId: number;
  workspaceId: number;
  agentId: number;

  static from(row: MemberEntity): Member {
    return Object.assign(new Member(), {
      id: String(row.id),
      name: row.name,
      role: row.role,
      active: row.active,
      rowId: row.id,
      workspaceId: row.workspaceId,
      agentId: row.agentId,
    });
  }
}
