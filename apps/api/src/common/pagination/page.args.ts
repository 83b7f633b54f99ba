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

/**
 * The page size asked for: an explicit `first: null` means the default, as leaving it out does (GraphQL
 * passes the null through, past the argument's default and past @Min, which skips null).
 */
export function pageSize(first: number | null | undefined, defaultSize = DEFAULT_PAGE_SIZE): number {
  return first ?? defaultSize;
}
