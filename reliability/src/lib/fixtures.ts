import { randomBytes } from 'node:crypto';
import type { GraphQLClient } from './graphql';

/** Fixtures made through the API itself, as a new team would: an owner with a workspace, agents, categories. */

export const PASSWORD = 'reliability horse battery';

export interface Actor {
  token: string;
  memberId: string;
  workspaceId: string;
}

export const uniqueEmail = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}@example.com`;

export async function signUpOwner(client: GraphQLClient, workspaceName: string): Promise<Actor> {
  const data = await client.ok<{
    signUp: { token: string; agent: { memberships: { id: string; workspace: { id: string } }[] } };
  }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { token agent { memberships { id workspace { id } } } } }`,
    { input: { email: uniqueEmail('owner'), password: PASSWORD, name: 'Olivia Owner', workspaceName } },
  );
  const membership = data.signUp.agent.memberships[0];
  if (!membership) throw new Error('signUp returned no membership');
  return { token: data.signUp.token, memberId: membership.id, workspaceId: membership.workspace.id };
}

/** `count` agents in the owner's workspace, signed in; in batches of 10 (each hashes a password with scrypt). */
export async function addAgents(client: GraphQLClient, owner: Actor, count: number): Promise<Actor[]> {
  const agents: Actor[] = [];
  for (let i = 0; i < count; i += 10) {
    const batch = Array.from({ length: Math.min(10, count - i) }, async (_, j) => {
      const email = uniqueEmail('agent');
      const added = await client.ok<{ addMember: { id: string } }>(
        `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`,
        {
          input: {
            workspaceId: owner.workspaceId,
            email,
            name: `Agent ${i + j + 1}`,
            password: PASSWORD,
            role: 'AGENT',
          },
        },
        owner.token,
      );
      const signIn = await client.ok<{ signIn: { token: string } }>(
        `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`,
        {
          e: email,
          p: PASSWORD,
        },
      );
      return { token: signIn.signIn.token, memberId: added.addMember.id, workspaceId: owner.workspaceId };
    });
    agents.push(...(await Promise.all(batch)));
  }
  return agents;
}

export async function createCategory(client: GraphQLClient, owner: Actor, name: string): Promise<string> {
  const data = await client.ok<{ createCategory: { id: string } }>(
    `mutation ($ws: ID!, $name: String!) { createCategory(workspaceId: $ws, name: $name) { id } }`,
    { ws: owner.workspaceId, name },
    owner.token,
  );
  return data.createCategory.id;
}

export const CREATE_TICKET = `mutation ($input: CreateTicketInput!) {
  createTicket(input: $input) { id number reference workspace { id } requester { id email } assignee { id } }
}`;

export interface CreatedTicket {
  id: string;
  number: number;
  reference: string;
  workspace: { id: string };
  requester: { id: string; email: string };
  assignee: { id: string } | null;
}

export const REPLY = `mutation ($input: ReplyInput!) {
  replyToTicket(input: $input) { claimed message { id authorMember { id } } ticket { id assignee { id } } }
}`;

export interface ReplyPayload {
  claimed: boolean;
  message: { id: string; authorMember: { id: string } | null };
  ticket: { id: string; assignee: { id: string } | null };
}
