import type { Database } from '../../database';
import { NotFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import type { AccessService, MemberEntity, Viewer } from '../member';
import type { TicketEntity } from './ticket.entity';
import { findTicket } from './ticket.repository';

export interface TicketAccess {
  ticket: TicketEntity;
  member: MemberEntity;
}

/** The ticket and the viewer's membership of its workspace; another workspace's ticket reads as not found. */
export async function requireTicket(
  db: Database,
  access: AccessService,
  viewer: Viewer | null,
  ticketId: string,
): Promise<TicketAccess> {
  access.requireViewer(viewer);
  const id = parseId(ticketId);
  const ticket = id === null ? null : await findTicket(db.manager, id);
  if (!ticket) throw new NotFound('Ticket');
  const member = access.requireMember(viewer, ticket.workspaceId, 'Ticket');
  return { ticket, member };
}

/** For queries that answer null rather than fail. */
export async function findVisibleTicket(
  db: Database,
  access: AccessService,
  viewer: Viewer | null,
  id: number | null,
): Promise<TicketEntity | null> {
  if (id === null || !viewer) return null;
  const ticket = await findTicket(db.manager, id);
  if (!ticket) return null;
  return access.findMember(viewer, ticket.workspaceId) ? ticket : null;
}
