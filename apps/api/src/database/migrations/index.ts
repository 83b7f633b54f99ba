import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { QueueIndexPriorityDesc1764100000000 } from './1764100000000-queue-index-priority-desc';
import { TicketCounts1764200000000 } from './1764200000000-ticket-counts';
import { MemberTicketCounts1764300000000 } from './1764300000000-member-ticket-counts';
import { AllViewIndex1764400000000 } from './1764400000000-all-view-index';

/** Registered explicitly, oldest first: no globs, so a build can never miss or reorder one. */
export const migrations = [
  InitialSchema1764000000000,
  QueueIndexPriorityDesc1764100000000,
  TicketCounts1764200000000,
  MemberTicketCounts1764300000000,
  AllViewIndex1764400000000,
];
