import type { EntityManager } from 'typeorm';
import { isUniqueViolation, type Database } from '../../database';
import { Conflict, Forbidden, Unauthenticated } from '../../common/errors';
import { hashPassword, verifyPassword } from '../../common/auth/password';
import type { SignInLimiter, SignUpLimiter } from '../../common/auth/sign-in-limiter';
import { hashToken, newToken } from '../../common/auth/token';
import { normalizeEmail } from '../../common/normalize';
import { findAgentByEmail, insertAgent, type AgentEntity } from '../agent';
import { MemberRole, type MemberService, type Viewer } from '../member';
import type { WorkspaceFactory } from '../workspace';
import { deleteToken, findTokenWithMemberships, insertToken } from './auth.repository';
import type { SignUpInput } from './sign-up.input';

export interface SignedIn {
  token: string;
  agent: AgentEntity;
}

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const DUMMY_HASH = hashPassword('not-a-real-password');

class EmailTaken extends Conflict {
  constructor() {
    super('An agent with this email already exists. Sign in instead.');
  }
}

export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly tokenTtlHours: number,
    private readonly limiter: SignInLimiter,
    private readonly signUpLimiter: SignUpLimiter,
    private readonly workspaces: WorkspaceFactory,
    private readonly members: MemberService,
  ) {}

  async signUp(input: SignUpInput, clientAddress: string): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    await this.signUpLimiter.consume(email, clientAddress);
    // Looked up before the password is hashed, so a taken email costs no hashing; the unique index
    // still decides a race, with the same answer.
    if (await findAgentByEmail(this.db.manager, email)) throw new EmailTaken();
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.db.transaction(async (manager) => {
        const now = new Date();
        const values = { email, name: input.name.trim(), passwordHash, createdAt: now };
        const agent = await insertAgent(manager, values);
        const workspace = await this.workspaces.create(manager, input.workspaceName.trim(), now);
        await this.members.join(manager, {
          workspaceId: workspace.id,
          agentId: agent.id,
          name: agent.name,
          role: MemberRole.OWNER,
          active: true,
          createdAt: now,
        });
        return { agent, token: await this.issueToken(manager, agent.id, now) };
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new EmailTaken();
      throw err;
    }
  }

  async signIn(rawEmail: string, password: string, clientAddress: string): Promise<SignedIn> {
    const email = normalizeEmail(rawEmail);
    await this.limiter.assertAllowed(email, clientAddress);
    const agent = await findAgentByEmail(this.db.manager, email);
    const ok = agent
      ? await verifyPassword(password, agent.passwordHash)
      : await verifyPassword(password, await DUMMY_HASH);
    if (!agent || !ok) {
      await this.limiter.recordFailure(email, clientAddress);
      throw new Unauthenticated('The email or password is not correct.');
    }
    await this.limiter.recordSuccess(email, clientAddress);
    const active = await this.members.activeMembershipsOf(agent.id);
    if (active === 0)
      throw new Forbidden('Your memberships have all been deactivated; ask a workspace admin.');
    const token = await this.db.transaction((manager) => this.issueToken(manager, agent.id, new Date()));
    return { agent, token };
  }

  async signOut(viewer: Viewer): Promise<boolean> {
    await this.db.transaction((manager) => deleteToken(manager, viewer.tokenHash));
    return true;
  }

  /** The viewer a bearer token stands for, with their memberships, or null when it is unknown or expired. */
  async viewerFor(token: string | null): Promise<Viewer | null> {
    if (!token) return null;
    const tokenHash = hashToken(token);
    // Every request makes this read: the token and all of the agent's memberships, one row per membership.
    const found = await findTokenWithMemberships(this.db.manager, tokenHash);
    if (!found) return null;
    if (found.token.expiresAt.getTime() <= Date.now()) return null;
    return { agentId: found.token.agentId, tokenHash, memberships: found.memberships };
  }

  private async issueToken(manager: EntityManager, agentId: number, now: Date): Promise<string> {
    const token = newToken();
    await insertToken(manager, {
      agentId,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + this.tokenTtlHours * 3_600_000),
      createdAt: now,
    });
    return token;
  }
}
