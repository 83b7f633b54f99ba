import { randomUUID } from 'node:crypto';
import { bearerToken } from './common/auth/token';
import { createLoaders, type Loaders } from './common/loaders';
import type { Viewer } from './modules/workspace/access.service';
import type { Services } from './services';

export interface Context {
  requestId: string;
  viewer: Viewer | null;
  services: Services;
  loaders: Loaders;
}

export async function createContext(services: Services, authorization: string | undefined, requestId?: string): Promise<Context> {
  const viewer = await services.auth.viewerFor(bearerToken(authorization));
  return { requestId: requestId ?? randomUUID(), viewer, services, loaders: createLoaders(services.db, viewer) };
}
