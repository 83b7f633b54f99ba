import { AgentEntity } from '../modules/agent/agent.entity';
import { AuthTokenEntity } from '../modules/agent/auth-token.entity';
import { AssignmentEventEntity } from '../modules/assignment/assignment-event.entity';
import { CategoryEntity } from '../modules/category/category.entity';
import { MemberEntity } from '../modules/member/member.entity';
import { MessageEntity } from '../modules/message/message.entity';
import { RequesterEntity } from '../modules/requester/requester.entity';
import { MemberTicketCountsEntity } from '../modules/ticket/member-ticket-counts.entity';
import { TicketCountsEntity } from '../modules/ticket/ticket-counts.entity';
import { TicketEntity } from '../modules/ticket/ticket.entity';
import { WorkspaceEntity } from '../modules/workspace/workspace.entity';

export const entities = [
  AgentEntity,
  AuthTokenEntity,
  WorkspaceEntity,
  MemberEntity,
  CategoryEntity,
  RequesterEntity,
  TicketEntity,
  TicketCountsEntity,
  MemberTicketCountsEntity,
  MessageEntity,
  AssignmentEventEntity,
];
