// The agent module's face: accounts (a person who signs in). Other modules import only this file.
import { byId, type LoaderKit } from '../../graphql/loaders';
import { AgentEntity } from './agent.entity';

export { AgentEntity } from './agent.entity';
export { Agent } from './agent.type';
export { findAgentByEmail, insertAgent } from './agent.repository';

export const agentModule = {
  entities: [AgentEntity],
  resolvers: [],
  loaders: (kit: LoaderKit) => ({ agent: byId(kit, AgentEntity) }),
};
