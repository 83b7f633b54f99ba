import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar';
import type { RequesterEntity } from './requester.entity';

@ObjectType('Requester', {
  simpleResolvers: true,
  description: 'The customer a ticket is for. Unique per workspace by email (case-insensitive).',
})
export class Requester {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  rowId: number;
  workspaceId: number;

  static from(row: RequesterEntity): Requester {
    const requester = new Requester();
    requester.id = String(row.id);
    requester.email = row.email;
    requester.name = row.name;
    requester.createdAt = row.createdAt;
    requester.rowId = row.id;
    requester.workspaceId = row.workspaceId;
    return requester;
  }
}
