import { ApiProcess } from '../lib/api-process';
import { addAgents, signUpOwner, type Actor } from '../lib/fixtures';
import type { GraphQLClient } from '../lib/graphql';

export const LOAD_CLIENTS = 20;
const WORKSPACES = 2;

/** The agents the load runs as: LOAD_CLIENTS agents over WORKSPACES workspaces (the owners among them). */
export async function loadAgents(client: GraphQLClient): Promise<Actor[]> {
  const agents: Actor[] = [];
  for (let w = 1; w <= WORKSPACES; w++) {
    const owner = await signUpOwner(client, `Faults ${w}`);
    agents.push(owner, ...(await addAgents(client, owner, LOAD_CLIENTS / WORKSPACES - 1)));
  }
  return agents;
}

export function startApi(
  name: string,
  databaseUrl: string,
  logFile: string,
  port?: number,
): Promise<ApiProcess> {
  return ApiProcess.start({ name, databaseUrl, logFile, port });
}
