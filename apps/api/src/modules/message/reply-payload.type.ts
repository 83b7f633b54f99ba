import { Field, ObjectType } from 'type-graphql';
import { Ticket } from '../ticket';
import { Message } from './message.type';

@ObjectType('ReplyPayload', { simpleResolvers: true })
export class ReplyPayload {
  @Field(() => Message)
  message: Message;

  @Field(() => Ticket)
  ticket: Ticket;

  @Field({ description: 'true when this reply auto-claimed the ticket for its author.' })
  claimed: boolean;
}
