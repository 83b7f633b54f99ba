// The workspace module's face. Other modules import only this file.
import { byId, type LoaderKit } from '../../graphql/loaders';
import { WorkspaceEntity } from './workspace.entity';
import { MemberWorkspaceResolver, WorkspaceResolver } from './workspace.resolver';

export { WorkspaceEntity } from './workspace.entity';
export { WorkspaceFactory, type WorkspaceHooks } from './workspace.factory';
export { takeTicketNumber } from './workspace.repository';
export { Workspace } from './workspace.type';

export const workspaceModule = {
  entities: [WorkspaceEntity],
  resolvers: [WorkspaceResolver, MemberWorkspaceResolver],
  loaders: (kit: LoaderKit) => ({ workspace: byId(kit, WorkspaceEntity) }),
};
