import { randomUUID } from 'node:crypto';
import { bearerToken } from './common/auth/token';
import { RequestDeadline } from './common/execution-deadline';
import { createLoaders, type Loaders } from './common/loaders';
import { ResponseBudget } from './common/response-budget';
import type { Viewer } from './modules/workspace/access.service';
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
    loaders: createLoaders(services.db, services.ticketLists, deadline, budget),
    deadline,
    budget,
  };
}
