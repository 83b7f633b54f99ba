import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  @Min(1, { message: 'first must be between 1 and 100.' })
  @Max(MAX_PAGE_SIZE, { message: 'first must be between 1 and 100.' })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
