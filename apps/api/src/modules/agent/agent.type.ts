import { Field, ID, ObjectType } from 'type-graphql';
import type { AgentEntity } from './agent.entity';

@ObjectType('Agent', {
  simpleResolvers: true,
  description: 'A person who signs in. One agent can be a member of several workspaces.',
})
export class Agent {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  rowId: number;

  static from(row: AgentEntity): Agent {
    const agent = new Agent();
    agent.id = String(row.id);
    agent.email = row.email;
    agent.name = row.name;
    agent.rowId = row.id;
    return agent;
  }
}
