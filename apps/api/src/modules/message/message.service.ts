import type { Database } from '../../database/database';
import { Forbidden } from '../../common/errors';
import type { MemberEntity } from '../member/member.entity';
import { findMemberLocked } from '../member/member.lock';
import { recordAssignment } from '../assignment/assignment.recorder';
import { AssignmentVia } from '../assignment/assignment-via.enum';
import { requireTicket } from '../ticket/ticket-access';
import { TicketEntity } from '../ticket/ticket.entity';
import { moveTicketCounts } from '../ticket/ticket-counts';
import { lockTicket } from '../ticket/ticket.lock';
import type { AccessService, Viewer } from '../workspace/access.service';
import { MessageEntity } from './message.entity';
import type { ReplyInput } from './reply.input';
import { findOneByOrFail, insertOne } from '../../database/entity-queries';
import { preparedWrite } from '../../database/prepared-queries';

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
   * A public reply to an unassigned ticket claims it for its author. The claim is a conditional
   * UPDATE (… WHERE assignee_id IS NULL) whose affected-row count says who won, in the same
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
      let claimed = false;
      if (!internal && ticket.assigneeId === null) {
        const build = () =>
          tx
            .createQueryBuilder()
            .update(TicketEntity)
            .set({ assigneeId: () => ':me', updatedAt: () => ':now' })
            .where('id = :id AND assignee_id IS NULL');
        const result = await preparedWrite(tx, 'claim', build, { me: member.id, now, id: ticket.id });
        claimed = result.affected === 1;
      }
      // Locked before the message insert: the insert's foreign-key check would otherwise take a shared
      // lock that two concurrent replies could both hold and then both try to upgrade (a deadlock).
      const current = claimed
        ? await findOneByOrFail(tx, TicketEntity, { id: ticket.id })
        : await lockTicket(tx, ticket.id, now);
      if (claimed) {
        await recordAssignment(tx, [
          {
            ticketId: ticket.id,
            via: AssignmentVia.CLAIM,
            actorId: member.id,
            fromMemberId: null,
            toMemberId: member.id,
            at: now,
          },
        ]);
      }
      const values: Omit<MessageEntity, 'id'> = {
        ticketId: ticket.id,
        body: input.body,
        internal,
        authorMemberId: member.id,
        authorRequesterId: null,
        createdAt: now,
      };
      const id = await insertOne(tx, MessageEntity, values);
      if (claimed) await moveTicketCounts(tx, current.workspaceId, { ...current, assigneeId: null }, current);
      return { message: { ...values, id }, ticket: current, claimed, author };
    });
  }
}
