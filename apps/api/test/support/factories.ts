import { randomBytes } from 'node:crypto';
import type { TestApi } from './test-server';

export const PASSWORD = 'correct horse battery';

export interface Actor {
  token: string;
  agentId: string;
  memberId: string;
  workspaceId: string;
  email: string;
}

export const uniqueEmail = (prefix = 'agent') => `${prefix}-${randomBytes(5).toString('hex')}@example.com`;

/** A new agent owning a new workspace: every test makes its own, so tests never share state. */
export async function signUpOwner(api: TestApi, workspaceName = 'Support'): Promise<Actor> {
  const email = uniqueEmail('owner');
  const data = await api.ok(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { token agent { id memberships { id workspace { id } } } } }`,
    { input: { email, password: PASSWORD, name: 'Olivia Owner', workspaceName } },
  );
  const membership = data.signUp.agent.memberships[0];
  return {
    token: data.signUp.token,
    agentId: data.signUp.agent.id,
    memberId: membership.id,
    workspaceId: membership.workspace.id,
    email,
  };
}

/** Adds a member to the owner's workspace and signs them in. */
export async function addAgent(
  api: TestApi,
  owner: Actor,
  options: { name?: string; role?: 'OWNER' | 'ADMIN' | 'AGENT' } = {},
): Promise<Actor> {
  const email = uniqueEmail('agent');
  const data = await api.ok(
    `mutation ($input: AddMemberInput!) { addMember(input: $input) { id agent { id } } }`,
    {
      input: {
        workspaceId: owner.workspaceId,
        email,
        name: options.name ?? 'Sam Agent',
        password: PASSWORD,
        role: options.role ?? 'AGENT',
      },
    },
    { as: owner.token },
  );
  const signIn = await api.ok(
    `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`,
    { e: email, p: PASSWORD },
  );
  return {
    token: signIn.signIn.token,
    agentId: data.addMember.agent.id,
    memberId: data.addMember.id,
    workspaceId: owner.workspaceId,
    email,
  };
}

export const TICKET_FIELDS = `id number reference subject description priority status channel
  category { id name } requester { id email name } assignee { id name } createdBy { id name }`;

export async function createTicket(
  api: TestApi,
  actor: Actor,
  input: Record<string, unknown> = {},
): Promise<any> {
  const data = await api.ok(
    `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`,
    {
      input: {
        workspaceId: actor.workspaceId,
        requesterEmail: uniqueEmail('customer'),
        subject: 'Cannot log in',
        ...input,
      },
    },
    { as: actor.token },
  );
  return data.createTicket;
}
