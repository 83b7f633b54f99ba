import type { MembershipHooks } from '../member';
import type { WorkspaceHooks } from '../workspace';
import { returnToQueue } from './ticket-changes';
import { insertMemberCounts, insertWorkspaceCounts } from './ticket-counts.repository';

/**
 * What the ticket module does when a member joins or is deactivated: keep their ticket count, and
 * put their open tickets back in the Unassigned queue (returnToQueue, in the deactivation's transaction).
 */
export const ticketMembershipHooks: MembershipHooks = {
  joined: (tx, member) => insertMemberCounts(tx, member.id),
  deactivated: (tx, member, by, at) => returnToQueue(tx, member, by, at),
};

/** A new workspace comes with its ticket totals, which ticket changes then only move. */
export const ticketWorkspaceHooks: WorkspaceHooks = {
  created: (tx, workspace) => insertWorkspaceCounts(tx, workspace.id),
};
