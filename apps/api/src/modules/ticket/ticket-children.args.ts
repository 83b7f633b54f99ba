import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { InvalidInput } from '../../common/errors';
import { parseId } from '../../common/ids';
import { pageSize } from '../../common/pagination/page.args';
import type { ChildPageRequest } from '../../graphql/loaders';

export const MAX_CHILD_PAGE_SIZE = 100;

/**
 * A page of a ticket's messages or assignment history, oldest first. The default is the most a page
 * holds, so a client that asks for the list without arguments (as version 1 of the API had it) gets
 * every entry of all but the longest tickets; it pages on with `after`, the id of the last entry seen.
 */
@ArgsType()
export class TicketChildrenArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: MAX_CHILD_PAGE_SIZE,
    description: `1 to ${MAX_CHILD_PAGE_SIZE}.`,
  })
  @Min(1, { message: `first must be between 1 and ${MAX_CHILD_PAGE_SIZE}.` })
  @Max(MAX_CHILD_PAGE_SIZE, { message: `first must be between 1 and ${MAX_CHILD_PAGE_SIZE}.` })
  first: number = MAX_CHILD_PAGE_SIZE;

  @Field(() => ID, {
    nullable: true,
    description: 'The id of the last entry already seen: the page starts after it.',
  })
  after?: string | null;
}

/** The page of a ticket's messages or history these arguments ask for. */
export function childPage(ticket: { rowId: number }, { first, after }: TicketChildrenArgs): ChildPageRequest {
  const afterId = after === null || after === undefined ? null : parseId(after);
  if (afterId === null && after !== null && after !== undefined)
    throw new InvalidInput('after', 'after must be the id of an entry of this list.');
  return { parentId: ticket.rowId, first: pageSize(first, MAX_CHILD_PAGE_SIZE), afterId };
}
