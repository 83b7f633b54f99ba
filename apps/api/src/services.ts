import {
  DEFAULT_SIGN_IN_LIMITS,
  SignInLimiter,
  SignUpLimiter,
  type SignInLimits,
  type SignUpLimits,
} from './common/auth/sign-in-limiter';
import { HeavyReadGate } from './graphql/heavy-read-gate';
import type { Config } from './config';
import type { Database } from './database';
import { AuthService } from './modules/auth';
import { CategoryService } from './modules/category';
import { AccessService, MemberService } from './modules/member';
import { MessageService } from './modules/message';
import { RequesterService } from './modules/requester';
import {
  TicketListService,
  TicketService,
  ticketMembershipHooks,
  ticketWorkspaceHooks,
} from './modules/ticket';
import { WorkspaceFactory } from './modules/workspace';

/**
 * Built once per process; stateless apart from the database and the heavy-read gate they share. The
 * ticket module hears of new workspaces and of memberships beginning and ending through hooks here,
 * since those modules come before it.
 */
export function createServices(
  db: Database,
  config: Pick<Config, 'tokenTtlHours'>,
  signInLimits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
  signUpLimits?: SignUpLimits,
) {
  const access = new AccessService();
  const members = new MemberService(db, access, ticketMembershipHooks);
  return {
    db,
    access,
    heavyReads: new HeavyReadGate(),
    auth: new AuthService(
      db,
      config.tokenTtlHours,
      new SignInLimiter(signInLimits),
      new SignUpLimiter(signUpLimits),
      new WorkspaceFactory(ticketWorkspaceHooks),
      members,
    ),
    members,
    categories: new CategoryService(db, access),
    requesters: new RequesterService(db, access),
    tickets: new TicketService(db, access),
    ticketLists: new TicketListService(db, access),
    messages: new MessageService(db, access),
  };
}

export type Services = ReturnType<typeof createServices>;
