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
    const member = new Member();
    member.id = String(row.id);
    member.name = row.name;
    member.role = row.role;
    member.active = row.active;
    member.rowId = row.id;
    member.workspaceId = row.workspaceId;
    member.agentId = row.agentId;
    return member;
  }
}
