import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar';
import type { ChildRow } from '../../common/loaders';
import type { MessageEntity } from './message.entity';

@ObjectType('Message', { simpleResolvers: true })
export class Message {
  @Field(() => ID)
  id: string;

  /** Resolved by MessageResolver.body: undefined when the page was read without the text (loaders.ts childPages). */
  @Field(() => String)
  body: string | undefined;
  /** The body's length, counted against the ResponseBudget before the body is read. */
  bodyLength: number;
  rowId: number;

  @Field({ description: 'true = internal note, never shown to the requester.' })
  internal: boolean;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  authorMemberId: number | null;
  authorRequesterId: number | null;

  static from(row: ChildRow<MessageEntity>): Message {
    const message = new Message();
    message.id = String(row.id);
    message.rowId = row.id;
    message.body = row.body;
    message.bodyLength = row.deferredTextLength ?? row.body.length;
    message.internal = row.internal;
    message.createdAt = row.createdAt;
    message.authorMemberId = row.authorMemberId;
    message.authorRequesterId = row.authorRequesterId;
    return message;
  }
}
