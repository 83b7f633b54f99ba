import type { Priority, TicketStatus } from '../../gql/graphql';

/** Words for the enum values, so the table reads 'Urgent', not 'URGENT'. */
export const priorityLabel: Record<Priority, string> = {
  URGENT: 'Urgent',
  HIGH: 'High',
  NORMAL: 'Normal',
  LOW: 'Low',
};

export const statusLabel: Record<TicketStatus, string> = {
  OPEN: 'Open',
  PENDING: 'Pending',
  SOLVED: 'Solved',
  CLOSED: 'Closed',
};
