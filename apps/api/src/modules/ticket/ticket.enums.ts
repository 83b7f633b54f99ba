import { registerEnumType } from 'type-graphql';

export enum Priority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

export enum TicketStatus {
  OPEN = 'OPEN',
  PENDING = 'PENDING',
  SOLVED = 'SOLVED',
  CLOSED = 'CLOSED',
}

export enum Channel {
  MANUAL = 'MANUAL',
  CONTACT_FORM = 'CONTACT_FORM',
  EMAIL = 'EMAIL',
  CHAT = 'CHAT',
  API = 'API',
}

export enum TicketView {
  INBOX = 'INBOX',
  MINE = 'MINE',
  UNASSIGNED = 'UNASSIGNED',
  ALL = 'ALL',
}

registerEnumType(Priority, { name: 'Priority' });
registerEnumType(TicketStatus, { name: 'TicketStatus' });
registerEnumType(Channel, { name: 'Channel' });
registerEnumType(TicketView, {
  name: 'TicketView',
  description:
    'INBOX: open or pending tickets of the workspace. MINE: open or pending, assigned to the viewer.\nUNASSIGNED: open or pending with no assignee. ALL: every ticket.',
});

/** Stored as a rank so that "URGENT first" is an index order. */
const PRIORITY_ORDER = [Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT] as const;

export function priorityRank(priority: Priority): number {
  return PRIORITY_ORDER.indexOf(priority);
}

export function priorityFromRank(rank: number): Priority {
  const priority = PRIORITY_ORDER[rank];
  if (!priority) throw new Error(`Unknown priority rank ${rank}`);
  return priority;
}

export function isOpenStatus(status: TicketStatus): boolean {
  return status === TicketStatus.OPEN || status === TicketStatus.PENDING;
}
