import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEmailAddress, IsTrimmedLength, LIMITS, MaxChars } from '../../common/validation';
import { Priority } from './ticket.enums';

@InputType('CreateTicketInput')
export class CreateTicketInput {
  @Field(() => ID)
  workspaceId: string;

  @Field({
    description:
      "Required. Finds the workspace's requester with this email (case-insensitive) or creates one.",
  })
  @IsEmailAddress()
  requesterEmail: string;

  @Field(() => String, {
    nullable: true,
    description: "Optional. Fills in an existing requester's name only when it is blank; never overwrites.",
  })
  @IsOptional()
  @IsTrimmedLength(0, LIMITS.name)
  requesterName?: string | null;

  @Field()
  @IsTrimmedLength(1, LIMITS.subject)
  subject: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @MaxChars(LIMITS.body)
  description?: string | null;

  @Field(() => Priority, { nullable: true, defaultValue: Priority.NORMAL })
  priority?: Priority | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  /** Three meanings: undefined (omitted) = the creator, null = nobody, an ID = that member. */
  @Field(() => ID, {
    nullable: true,
    description: 'Omitted: the creator. null: nobody (Unassigned queue). An ID: that active member.',
  })
  assigneeId?: string | null;
}
