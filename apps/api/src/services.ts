import {
  DEFAULT_SIGN_IN_LIMITS,
  SignInLimiter,
  SignUpLimiter,
  type SignInLimits,
  type SignUpLimits,
} from './common/auth/sign-in-limiter';
import { HeavyReadGate } from './common/heavy-read-gate';
import type { Config } from './config';
import type { Database } from './database/database';
import { AuthService } from './modules/agent/auth.service';
import { CategoryService } from './modules/category/category.service';
import { MemberService } from './modules/member/member.service';
import { MessageService } from './modules/message/message.service';
import { RequesterService } from './modules/requester/requester.service';
import { TicketListService } from './modules/ticket/ticket-list.service';
import { TicketService } from './modules/ticket/ticket.service';
import { AccessService } from './modules/workspace/access.service';

/** Built once per process; stateless apart from the database and the heavy-read gate they share. */
export function createServices(
  db: Database,
  config: Pick<Config, 'tokenTtlHours'>,
  signInLimits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
  signUpLimits?: SignUpLimits,
) {
  const access = new AccessService();
  return {
    db,
    access,
    heavyReads: new HeavyReadGate(),
    auth: new AuthService(
      db,
      config.tokenTtlHours,
      new SignInLimiter(signInLimits),
      new SignUpLimiter(signUpLimits),
    ),
    members: new MemberService(db, access),
    categories: new CategoryService(db, access),
    requesters: new RequesterService(db, access),
    tickets: new TicketService(db, access),
    ticketLists: new TicketListService(db, access),
    messages: new MessageService(db, access),
  };
}

export type Services = ReturnType<typeof createServices>;
