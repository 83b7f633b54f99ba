import type { NonEmptyArray } from 'type-graphql';
import type { LoaderKit } from '../graphql/loaders';
import { agentModule } from './agent';
import { assignmentModule } from './assignment';
import { authModule } from './auth';
import { categoryModule } from './category';
import { memberModule } from './member';
import { messageModule } from './message';
import { requesterModule } from './requester';
import { ticketModule, type TicketListService } from './ticket';
import { workspaceModule } from './workspace';

/**
 * The one place modules are registered: each module's face (its index.ts) names its entities,
 * resolvers and request loaders, and this list puts them together for the DataSource, the schema
 * and each request's context. Lower modules come first; a module imports only those before it.
 */
const modules = [
  agentModule,
  memberModule,
  workspaceModule,
  categoryModule,
  requesterModule,
  assignmentModule,
  ticketModule,
  messageModule,
  authModule,
] as const;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- what TypeORM and type-graphql take
type Classes = Function[];

export const entities: Classes = modules.flatMap((module): Classes => [...module.entities]);

export const resolvers = modules.flatMap((module): Classes => [...module.resolvers]) as NonEmptyArray<
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  Function
>;

/** A request's loaders, each module's. */
export function createLoaders(kit: LoaderKit, ticketLists: Pick<TicketListService, 'byRequesters'>) {
  return {
    ...agentModule.loaders(kit),
    ...memberModule.loaders(kit),
    ...workspaceModule.loaders(kit),
    ...categoryModule.loaders(kit),
    ...requesterModule.loaders(kit),
    ...assignmentModule.loaders(kit),
    ...ticketModule.loaders(kit, ticketLists),
    ...messageModule.loaders(kit),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
