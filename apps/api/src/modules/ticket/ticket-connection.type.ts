import { Field, Int, ObjectType } from 'type-graphql';
import { Ticket } from './ticket.type';

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('TicketEdge', { simpleResolvers: true })
export class TicketEdge {
  @Field()
  cursor: string;

  @Field(() => Ticket)
  node: Ticket;
}

@ObjectType('TicketConnection', { simpleResolvers: true })
export class TicketConnection {
  @Field(() => [TicketEdge])
  edges: TicketEdge[];

  @Field(() => [Ticket])
  nodes: Ticket[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
