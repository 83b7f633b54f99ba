import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar';
import type { MessageEntity } from './message.entity';

@ObjectType('Message', { simpleResolvers: true })
export class Message {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field({ description: 'true = internal note, never shown to the requester.' })
  internal: boolean;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  authorMemberId: number | null;
  authorRequesterId: number | null;

  static from(row: MessageEntity): Message {
    return Object.assign(new Message(), {
      id: String(row.id),
      body: row.body,
      internal: row.internal,
      createdAt: row.createdAt,
      authorMemberId: row.authorMemberId,
      authorRequesterId: row.authorRequesterId,
    });
  }
}
