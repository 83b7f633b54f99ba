import type { Database } from '../../database';
import { Forbidden } from '../../common/errors';
import { findMemberLocked, type AccessService, type MemberEntity, type Viewer } from '../member';
import { claimTicket, requireTicket, touchForMessage, type TicketEntity } from '../ticket';
import type { MessageEntity } from './message.entity';
import { insertMessage } from './message.repository';
import type { ReplyInput } from './reply.input';

export interface ReplyResult {
  message: MessageEntity;
  ticket: TicketEntity;
  claimed: boolean;
  author: MemberEntity;
}

export class MessageService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {}

  /**
   * A public reply to an unassigned ticket claims it for its author (claimTicket), in the same
   * transaction as the message: of concurrent first replies exactly one claims. A ticket that had an
   * assignee when it was read is not tried: if it is unassigned meanwhile, the reply counts as sent before.
   */
  async reply(viewer: Viewer | null, input: ReplyInput): Promise<ReplyResult> {
    const { ticket, member } = await requireTicket(this.db, this.access, viewer, input.ticketId);
    const internal = input.internal ?? false;
    return this.db.transaction(async (tx) => {
      const now = new Date();
      const author = await findMemberLocked(tx, member.id, ticket.workspaceId);
      if (!author?.active) throw new Forbidden('Your membership of this workspace has been deactivated.');
      const claimed =
        !internal && ticket.assigneeId === null ? await claimTicket(tx, ticket.id, member.id, now) : null;
      const current = claimed ?? (await touchForMessage(tx, ticket.id, now));
      const message = await insertMessage(tx, {
        ticketId: ticket.id,
        body: input.body,
        internal,
        authorMemberId: member.id,
        authorRequesterId: null,
        createdAt: now,
      });
      return { message, ticket: current, claimed: claimed !== null, author };
    });
  }
}
