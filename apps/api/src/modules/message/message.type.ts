import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar';
import type { ChildRow } from '../../graphql/loaders';
import type { MessageEntity } from './message.entity';

@ObjectType('Message', { simpleResolvers: true })
export class Message {
  @Field(() => ID)
  id: string;

  /** Undefined only when the response does not ask for it (Ticket.messages reads pages without their bodies). */
  @Field(() => String)
  body: string | undefined;

  @Field({ description: 'true = internal note, never shown to the requester.' })
  internal: boolean;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  authorMemberId: number | null;
  authorRequesterId: number | null;

  /** `body` for a row read without it. */
  static from(row: ChildRow<MessageEntity>, body: string | undefined = row.body): Message {
    const message = new Message();
    message.id = String(row.id);
    message.body = body;
    message.internal = row.internal;
    message.createdAt = row.createdAt;
    message.authorMemberId = row.authorMemberId;
    message.authorRequesterId = row.authorRequesterId;
    return message;
  }
}
