import { Field, ID, ObjectType } from 'type-graphql';
import type { AgentEntity } from './agent.entity';

@ObjectType('Agent', { simpleResolvers: true, description: 'A person who signs in. One agent can be a member of several workspaces.' })
export class Agent {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  rowId: number;

  static from(row: AgentEntity): Agent {
    return Object.assign(new Agent(), { id: String(row.id), email: row.email, name: row.name, rowId: row.id });
  }
}
