import { Field, ID, InputType } from 'type-graphql';
import { IsTrimmedLength, LIMITS } from '../../common/validation';

@InputType('ReplyInput')
export class ReplyInput {
  @Field(() => ID)
  ticketId: string;

  @Field()
  @IsTrimmedLength(1, LIMITS.body)
  body: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'true = internal note: never claims the ticket.',
  })
  internal?: boolean | null;
}
