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
    const message = new Message();
    message.id = String(row.id);
    message.body = row.body;
    message.internal = row.internal;
    message.createdAt = row.createdAt;
    message.authorMemberId = row.authorMemberId;
    message.authorRequesterId = row.authorRequesterId;
    return message;
  }
}
