import { randomUUID } from 'node:crypto';
import { bearerToken } from './common/auth/token';
import { RequestDeadline } from './graphql/execution-deadline';
import { ResponseBudget } from './graphql/response-budget';
import { createLoaders, type Loaders } from './modules';
import type { Viewer } from './modules/member';
import type { Services } from './services';

export interface Context {
  requestId: string;
  clientAddress: string;
  viewer: Viewer | null;
  services: Services;
  loaders: Loaders;
  deadline: RequestDeadline;
  budget: ResponseBudget;
}

export interface RequestInfo {
  authorization?: string;
  requestId?: string;
  /** The client's IP address (behind a proxy only when TRUST_PROXY says so), for rate limits. */
  clientAddress?: string;
}

export async function createContext(services: Services, request: RequestInfo): Promise<Context> {
  const viewer = await services.auth.viewerFor(bearerToken(request.authorization));
  const deadline = new RequestDeadline();
  const budget = new ResponseBudget(services.heavyReads);
  return {
    requestId: request.requestId ?? randomUUID(),
    clientAddress: request.clientAddress ?? 'unknown',
    viewer,
    services,
    loaders: createLoaders({ db: services.db, deadline, budget }, services.ticketLists),
    deadline,
    budget,
  };
}
