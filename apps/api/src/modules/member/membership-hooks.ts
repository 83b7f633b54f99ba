import type { EntityManager } from 'typeorm';
import type { MemberEntity } from './member.entity';

/**
 * What other modules do when a membership begins or is deactivated, in the same transaction. The
 * ticket module keeps each member's ticket count and returns a deactivated member's tickets to the
 * queue; it registers here (services.ts) because it builds on members, not the other way round.
 */
export interface MembershipHooks {
  joined(tx: EntityManager, member: MemberEntity): Promise<void>;
  /** After the member's row is written inactive. */
  deactivated(tx: EntityManager, member: MemberEntity, by: MemberEntity, at: Date): Promise<void>;
}
