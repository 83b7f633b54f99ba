import type { Channel, Priority, TicketStatus } from '../gql/graphql';

/** How enum values read to an agent ('Urgent', not 'URGENT'), for every page. */
export const priorityLabels: Record<Priority, string> = {
  LOW: 'Low',
  NORMAL: 'Normal',
  HIGH: 'High',
  URGENT: 'Urgent',
};

export const statusLabels: Record<TicketStatus, string> = {
  OPEN: 'Open',
  PENDING: 'Pending',
  SOLVED: 'Solved',
  CLOSED: 'Closed',
};

export const channelLabels: Record<Channel, string> = {
  EMAIL: 'Email',
  CHAT: 'Chat',
  CONTACT_FORM: 'Contact form',
  API: 'API',
  MANUAL: 'Created by an agent',
};

/** Options in a sensible order (the records above are keyed, and key order is not meaning). */
export const statusOrder: TicketStatus[] = ['OPEN', 'PENDING', 'SOLVED', 'CLOSED'];
export const priorityOrder: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
