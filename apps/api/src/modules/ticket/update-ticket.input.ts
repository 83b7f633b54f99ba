import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsTrimmedLength, LIMITS } from '../../common/validation';
import { Priority, TicketStatus } from './ticket.enums';

@InputType('UpdateTicketInput')
export class UpdateTicketInput {
  @Field(() => ID)
  ticketId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTrimmedLength(1, LIMITS.subject)
  subject?: string | null;

  @Field(() => TicketStatus, { nullable: true })
  status?: TicketStatus | null;

  @Field(() => Priority, { nullable: true })
  priority?: Priority | null;

  /** undefined (omitted) = unchanged, null = clear. */
  @Field(() => ID, { nullable: true, description: 'null clears the category.' })
  categoryId?: string | null;
}
