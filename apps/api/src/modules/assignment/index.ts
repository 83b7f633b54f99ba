// The assignment module's face: the history of every ticket's assignee. Other modules import only this file.
import { childPages, type LoaderKit } from '../../graphql/loaders';
import { AssignmentEventEntity } from './assignment-event.entity';
import { AssignmentEventResolver } from './assignment-event.resolver';

export { AssignmentEvent } from './assignment-event.type';
export { AssignmentVia } from './assignment-via.enum';
export { recordAssignment, type AssignmentChange } from './assignment.repository';

export const assignmentModule = {
  entities: [AssignmentEventEntity],
  resolvers: [AssignmentEventResolver],
  loaders: (kit: LoaderKit) => ({
    assignmentsByTicket: childPages(kit, AssignmentEventEntity, 'ticketId'),
  }),
};
