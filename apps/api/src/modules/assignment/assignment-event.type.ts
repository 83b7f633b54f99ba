import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar';
import type { AssignmentEventEntity } from './assignment-event.entity';
import { AssignmentVia } from './assignment-via.enum';

@ObjectType('AssignmentEvent', {
  simpleResolvers: true,
  description: "One change of a ticket's assignee. Append-only.",
})
export class AssignmentEvent {
  @Field(() => ID)
  id: string;

  @Field(() => AssignmentVia)
  via: AssignmentVia;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  actorId: number | null;
  fromMemberId: number | null;
  toMemberId: number | null;

  static from(row: AssignmentEventEntity): AssignmentEvent {
    const assignmentEvent = new AssignmentEvent();
    assignmentEvent.id = String(row.id);
    assignmentEvent.via = row.via;
    assignmentEvent.createdAt = row.createdAt;
    assignmentEvent.actorId = row.actorId;
    assignmentEvent.fromMemberId = row.fromMemberId;
    assignmentEvent.toMemberId = row.toMemberId;
    return assignmentEvent;
  }
}
