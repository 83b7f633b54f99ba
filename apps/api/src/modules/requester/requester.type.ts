import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar';
import type { RequesterEntity } from './requester.entity';

@ObjectType('Requester', { simpleResolvers: true, description: 'The customer a ticket is for. Unique per workspace by email (case-insensitive).' })
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
    return Object.assign(new Requester(), {
      id: String(row.id),
      email: row.email,
      name: row.name,
      createdAt: row.createdAt,
      rowId: row.id,
      workspaceId: row.workspaceId,
    });
  }
}
