import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LIMITS } from '../../common/validation';

export const MAX_SUGGESTIONS = 20;
export const DEFAULT_SUGGESTIONS = 10;

@ArgsType()
export class RequesterSearchArgs {
  @Field(() => ID)
  workspaceId: string;

  @Field({ description: 'The start of an email address, as typed (case and surrounding spaces ignored).' })
  @MaxLength(LIMITS.email, { message: `search must be at most ${LIMITS.email} characters.` })
  search: string;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_SUGGESTIONS })
  @Min(1, { message: `first must be between 1 and ${MAX_SUGGESTIONS}.` })
  @Max(MAX_SUGGESTIONS, { message: `first must be between 1 and ${MAX_SUGGESTIONS}.` })
  first: number = DEFAULT_SUGGESTIONS;
}
