import type { Database } from '../../database/database';
import { NotFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import type { MemberEntity } from '../member/member.entity';
import type { AccessService, Viewer } from '../workspace/access.service';
import { TicketEntity } from './ticket.entity';
import { findOneBy } from '../../database/entity-queries';

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
  const ticket = id === null ? null : await findOneBy(db.manager, TicketEntity, { id });
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
  const ticket = await findOneBy(db.manager, TicketEntity, { id });
  if (!ticket) return null;
  return access.findMember(viewer, ticket.workspaceId) ? ticket : null;
}
