import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar';
import type { MemberEntity } from '../member/member.entity';
import type { RequesterEntity } from '../requester/requester.entity';
import type { TicketEntity } from './ticket.entity';
import { Channel, Priority, priorityFromRank, TicketStatus } from './ticket.enums';
import { formatReference } from './ticket-reference';

@ObjectType('Ticket', { simpleResolvers: true })
export class Ticket {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Per-workspace number: 1, 2, 3 ... in each workspace, no gaps, no repeats.' })
  number: number;

  @Field({ description: 'Globally unique across all workspaces: TK- and at least five digits, e.g. TK-00042.' })
  reference: string;

  @Field()
  subject: string;

  @Field({ description: 'Plain text or basic Markdown, stored as written.' })
  description: string;

  @Field(() => Priority)
  priority: Priority;

  @Field(() => TicketStatus)
  status: TicketStatus;

  @Field(() => Channel)
  channel: Channel;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  rowId: number;
  /** Sort key of the unassigned queue, carried into its cursors. */
  priorityRank: number;
  workspaceId: number;
  categoryId: number | null;
  requesterId: number;
  assigneeId: number | null;
  createdById: number | null;
  /**
   * The rows a list query joined in (undefined elsewhere). The requester and assignee fields answer from
   * them synchronously: a page of 25 tickets would otherwise wait on 50 loader promises.
   */
  joinedRequester?: RequesterEntity;
  joinedAssignee?: MemberEntity | null;

  static from(row: TicketEntity): Ticket {
    return Object.assign(new Ticket(), {
      id: String(row.id),
      number: row.number,
      reference: formatReference(row.id),
      subject: row.subject,
      description: row.description,
      priority: priorityFromRank(row.priority),
      status: row.status,
      channel: row.channel,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      rowId: row.id,
      priorityRank: row.priority,
      workspaceId: row.workspaceId,
      categoryId: row.categoryId,
      requesterId: row.requesterId,
      assigneeId: row.assigneeId,
      createdById: row.createdById,
      joinedRequester: row.requester,
      joinedAssignee: row.assignee,
    });
  }
}
